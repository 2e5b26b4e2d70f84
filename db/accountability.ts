import type { Kysely } from 'kysely';
import {
  accountabilityRecipientKey,
  publishable,
  type AccountabilityEvent,
  type AccountabilityNotification,
  type AccountabilityState,
} from '../domain/accountability.js';
import { eventColumns, eventOfRow } from './event-columns.js';
import { insertNotifications } from './notifications.js';
import type { Database } from './schema.js';

// The accountability records' ledger (issue 18): written by the record workflow's activity (keyed by its sequence
// numbers, so a retry or a replay writes nothing twice and an older snapshot never overwrites a newer one), read by
// the API.

export interface AccountabilityLedgerEntry {
  snapshot: AccountabilityState;
  events: AccountabilityEvent[];
  notifications: AccountabilityNotification[];
}

const json = (value: unknown) => JSON.stringify(value);

export async function recordAccountabilityEntry(db: Kysely<Database>, { snapshot: s, events, notifications }: AccountabilityLedgerEntry) {
  await db.transaction().execute(async (tx) => {
    const row = {
      id: s.id,
      version: s.seq,
      kind: s.kind,
      unit: s.unit,
      status: s.status,
      created_at: new Date(s.createdAt),
      finding: s.finding?.result ?? null,
      publishable: publishable(s),
      state: json(s),
    };
    await tx
      .insertInto('accountability_records')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            version: eb.ref('excluded.version'),
            status: eb.ref('excluded.status'),
            finding: eb.ref('excluded.finding'),
            publishable: eb.ref('excluded.publishable'),
            state: eb.ref('excluded.state'),
          }))
          .where('accountability_records.version', '<=', (eb) => eb.ref('excluded.version')),
      )
      .execute();
    if (s.appeals.length > 0) {
      await tx
        .insertInto('accountability_appeals')
        .values([...new Set(s.appeals)].map((appealId) => ({ record_id: s.id, appeal_id: appealId })))
        .onConflict((oc) => oc.columns(['record_id', 'appeal_id']).doNothing())
        .execute();
    }
    if (events.length > 0) {
      await tx
        .insertInto('accountability_events')
        .values(events.map((e) => ({ record_id: s.id, ...eventColumns(e) })))
        .onConflict((oc) => oc.columns(['record_id', 'seq']).doNothing())
        .execute();
    }
    // The appeals' notifications table and payload (CONTRACT.md §5), naming the record where they name the appeal.
    await insertNotifications(
      tx,
      notifications.map((n) => ({
        id: n.id,
        appeal_id: null,
        meeting_id: null,
        accountability_id: s.id,
        seq: n.seq,
        kind: n.kind,
        recipient: accountabilityRecipientKey(n.recipient),
        department_code: n.recipient.kind === 'department' ? n.recipient.code : null,
        deadline: n.deadline === null ? null : new Date(n.deadline),
        created_at: new Date(n.at),
        payload: json({
          id: n.id,
          kind: n.kind,
          accountabilityId: s.id,
          recordKind: s.kind,
          unit: s.unit,
          status: s.status,
          deadline: n.deadline,
          link: `/v1/accountability/${s.id}`,
          at: n.at,
        }),
      })),
    );
  });
}

export async function findAccountability(db: Kysely<Database>, id: string): Promise<AccountabilityState | undefined> {
  const row = await db.selectFrom('accountability_records').select('state').where('id', '=', id).executeTakeFirst();
  return row?.state;
}

export async function accountabilityTimeline(db: Kysely<Database>, id: string): Promise<AccountabilityEvent[]> {
  const rows = await db.selectFrom('accountability_events').selectAll().where('record_id', '=', id).orderBy('seq').execute();
  return rows.map((r) => eventOfRow<AccountabilityEvent['kind'], typeof r>(r));
}

export interface AccountabilityFilter {
  kind?: string | undefined;
  unit?: string | undefined;
  status?: string | undefined;
  /** Inclusive bounds on the record's creation. */
  createdFrom?: Date;
  createdUntil?: Date;
  publishable?: boolean;
}

/** Newest first. */
export async function listAccountability(db: Kysely<Database>, f: AccountabilityFilter): Promise<AccountabilityState[]> {
  let q = db.selectFrom('accountability_records').select('state');
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.unit) q = q.where('unit', '=', f.unit);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.createdFrom) q = q.where('created_at', '>=', f.createdFrom);
  if (f.createdUntil) q = q.where('created_at', '<=', f.createdUntil);
  if (f.publishable !== undefined) q = q.where('publishable', '=', f.publishable);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((r) => r.state);
}

/** Whether a referral record is about this appeal: what lets the discipline commission read it. */
export async function referredInRecord(db: Kysely<Database>, appealId: string): Promise<boolean> {
  const row = await db
    .selectFrom('accountability_appeals')
    .innerJoin('accountability_records', 'accountability_records.id', 'accountability_appeals.record_id')
    .select('accountability_records.id')
    .where('accountability_appeals.appeal_id', '=', appealId)
    .where('accountability_records.kind', '=', 'referral')
    .executeTakeFirst();
  return row !== undefined;
}

/** The receipt numbers of appeals, by id: all a public entry says of the appeals behind it. */
export async function receiptNumbers(db: Kysely<Database>, appealIds: string[]): Promise<Map<string, string>> {
  if (appealIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('appeals')
    .select(['id', 'receipt_number'])
    .where('id', 'in', [...new Set(appealIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.receipt_number]));
}
