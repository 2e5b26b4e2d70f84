import { sql, type Kysely, type Selectable } from 'kysely';
import type { Actor } from '../domain/appeal.js';
import type { Storage } from './attachment-store.js';
import type { AttachmentsTable, Database } from './schema.js';

// What each file attached to an appeal is (issue 17); its bytes are in the store its `storage` names.

export interface Attachment {
  id: string;
  appealId: string;
  name: string;
  size: number;
  contentType: string;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  uploader: Actor;
  uploadedAt: Date;
  storage: Storage;
}

const toAttachment = (r: Selectable<AttachmentsTable>): Attachment => ({
  id: r.id,
  appealId: r.appeal_id,
  name: r.name,
  size: r.size,
  contentType: r.content_type,
  sha256: r.sha256,
  uploader: r.uploader,
  uploadedAt: r.uploaded_at,
  storage: r.storage,
});

export async function countAttachments(db: Kysely<Database>, appealId: string): Promise<number> {
  const { n } = await db
    .selectFrom('attachments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('appeal_id', '=', appealId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * Records an attachment unless its appeal already has `limit`; false then. The appeal's attachments are counted under
 * a lock on the appeal, so two uploads at once cannot both take the last place.
 */
export async function recordAttachment(db: Kysely<Database>, a: Omit<Attachment, 'uploadedAt'>, limit: number): Promise<Attachment | false> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`attachments:${a.appealId}`}))`.execute(trx);
    if ((await countAttachments(trx, a.appealId)) >= limit) return false;
    const row = await trx
      .insertInto('attachments')
      .values({
        id: a.id,
        appeal_id: a.appealId,
        name: a.name,
        size: a.size,
        content_type: a.contentType,
        sha256: a.sha256,
        uploader: JSON.stringify(a.uploader),
        storage: a.storage,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAttachment(row);
  });
}

/** An appeal's attachments, oldest first. */
export async function listAttachments(db: Kysely<Database>, appealId: string): Promise<Attachment[]> {
  const rows = await db.selectFrom('attachments').selectAll().where('appeal_id', '=', appealId).orderBy('uploaded_at').orderBy('id').execute();
  return rows.map(toAttachment);
}

export async function findAttachment(db: Kysely<Database>, appealId: string, id: string): Promise<Attachment | undefined> {
  const row = await db.selectFrom('attachments').selectAll().where('appeal_id', '=', appealId).where('id', '=', id).executeTakeFirst();
  return row && toAttachment(row);
}

/** Of `ids`, those that are not attachments of the appeal (a step naming its evidence checks them). */
export async function missingAttachments(db: Kysely<Database>, appealId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db.selectFrom('attachments').select('id').where('appeal_id', '=', appealId).where('id', 'in', ids).execute();
  const known = new Set(found.map((r) => r.id));
  return [...new Set(ids)].filter((id) => !known.has(id));
}
