import type { Kysely, Selectable } from 'kysely';
import { DEFAULT_TEMPLATES, MESSAGE_KINDS, type MessageKind } from '../domain/message-templates.js';
import type { Database } from './schema.js';

// The admin's message templates (issue 16); a kind never edited reads as its default.

export interface StoredTemplate {
  kind: MessageKind;
  text: string;
  maxSegments: number;
  /** Absent while the kind keeps its default. */
  updatedAt?: Date;
  updatedBy?: string;
}

const defaultOf = (kind: MessageKind): StoredTemplate => ({ kind, text: DEFAULT_TEMPLATES[kind].text, maxSegments: DEFAULT_TEMPLATES[kind].maxSegments });

type Row = Selectable<Database['message_templates']>;

const storedOf = (kind: MessageKind, row: Row | undefined): StoredTemplate =>
  row ? { kind, text: row.text, maxSegments: row.max_segments, updatedAt: row.updated_at, updatedBy: row.updated_by } : defaultOf(kind);

export async function loadTemplate(db: Kysely<Database>, kind: MessageKind): Promise<StoredTemplate> {
  return storedOf(kind, await db.selectFrom('message_templates').selectAll().where('kind', '=', kind).executeTakeFirst());
}

export async function listTemplates(db: Kysely<Database>): Promise<StoredTemplate[]> {
  const rows = await db.selectFrom('message_templates').selectAll().execute();
  return MESSAGE_KINDS.map((kind) =>
    storedOf(
      kind,
      rows.find((r) => r.kind === kind),
    ),
  );
}

export async function saveTemplate(db: Kysely<Database>, t: { kind: MessageKind; text: string; maxSegments: number; by: string; at: Date }): Promise<void> {
  const row = { kind: t.kind, text: t.text, max_segments: t.maxSegments, updated_at: t.at, updated_by: t.by };
  await db
    .insertInto('message_templates')
    .values(row)
    .onConflict((oc) => oc.column('kind').doUpdateSet(row))
    .execute();
}
