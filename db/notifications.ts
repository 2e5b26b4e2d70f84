import { sql, type Insertable, type Kysely } from 'kysely';
import { creditCodeOfRecipientKey } from '../domain/meeting.js';
import type { Cursor } from './appeals.js';
import type { Database, MessageAddress, NotificationsTable } from './schema.js';

// Notifications (an appeal's or a meeting's) and their delivery attempts on the ledger.

/** Part of a ledger write (appeal or meeting): the row's id comes from the workflow, so a retry adds nothing. Answers the ids it added. */
export async function insertNotifications(tx: Kysely<Database>, rows: Insertable<NotificationsTable>[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const added = await tx
    .insertInto('notifications')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return added.map((r) => r.id);
}

/** An assessment period's notifications not yet delivered (issue 20). */
export async function pendingOfAssessment(db: Kysely<Database>, period: string): Promise<string[]> {
  const rows = await db.selectFrom('notifications').select('id').where('assessment_period', '=', period).where('status', '=', 'pending').execute();
  return rows.map((r) => r.id);
}

/** A message's columns of its notification row (issue 16). */
export function messageColumns(m: { text: string; params: Record<string, string>; address: MessageAddress } | undefined) {
  return m ? { message: m.text, message_params: JSON.stringify(m.params), address: JSON.stringify(m.address) } : {};
}

export type DeliveryTarget =
  | { kind: 'webhook'; url: string; secret: string; previousSecret?: string }
  | { kind: 'message'; to: MessageAddress; text: string; params: Record<string, string> }
  | { kind: 'ledger' };

export interface Deliverable {
  id: string;
  kind: string;
  status: string;
  recipient: string;
  payload: Record<string, unknown>;
  target: DeliveryTarget;
}

export interface Attempt {
  attempt: number;
  at: Date;
  target: string;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  outcome: 'delivered' | 'retry' | 'failed';
}

/**
 * The notification and where it goes now: the recipient's current webhook and secrets (the previous secret while
 * its grace period lasts, in real time like the rotation that started it), the enterprise's channel, or the ledger.
 */
export async function findDeliverable(db: Kysely<Database>, id: string): Promise<Deliverable | undefined> {
  const n = await db
    .selectFrom('notifications')
    .select(['id', 'kind', 'status', 'recipient', 'department_code', 'payload', 'message', 'message_params', 'address'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!n) return undefined;
  const found = { id: n.id, kind: n.kind, status: n.status, recipient: n.recipient, payload: n.payload };
  if (n.message !== null && n.address !== null)
    return { ...found, target: { kind: 'message', to: n.address, text: n.message, params: n.message_params ?? {} } };
  // An enterprise's notification written before messages had text (or a meeting's, which has none): on the ledger.
  if (n.recipient === 'enterprise' || n.recipient === 'submitter' || creditCodeOfRecipientKey(n.recipient)) return { ...found, target: { kind: 'ledger' } };
  const hook = n.department_code
    ? await db
        .selectFrom('departments')
        .select(['webhook_url as url', 'secret', 'previous_secret', sql<boolean>`previous_secret_until > now()`.as('in_grace')])
        .where('code', '=', n.department_code)
        .executeTakeFirst()
    : n.recipient === 'office'
      ? await db
          .selectFrom('office_webhook')
          .select(['url', 'secret', 'previous_secret', sql<boolean>`previous_secret_until > now()`.as('in_grace')])
          .executeTakeFirst()
      : undefined;
  const target: DeliveryTarget = hook?.url
    ? {
        kind: 'webhook',
        url: hook.url,
        secret: hook.secret,
        ...(hook.previous_secret && hook.in_grace ? { previousSecret: hook.previous_secret } : {}),
      }
    : { kind: 'ledger' };
  return { ...found, target };
}

/** Records an attempt (a retried activity rewrites its own row) and the notification's resulting status. */
export async function recordAttempt(db: Kysely<Database>, id: string, a: Attempt): Promise<void> {
  const row = {
    notification_id: id,
    attempt: a.attempt,
    at: a.at,
    target: a.target,
    status_code: a.statusCode,
    latency_ms: a.latencyMs,
    error: a.error,
    outcome: a.outcome,
  };
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('notification_attempts')
      .values(row)
      .onConflict((oc) => oc.columns(['notification_id', 'attempt']).doUpdateSet(row))
      .execute();
    const status = a.outcome === 'retry' ? 'pending' : a.outcome;
    await tx
      .updateTable('notifications')
      .set({
        status,
        channel: a.target,
        delivered_at: a.outcome === 'delivered' ? a.at : null,
        failure: a.outcome === 'failed' ? (a.error ?? `answered ${a.statusCode}`) : null,
      })
      .where('id', '=', id)
      .execute();
  });
}

export async function markFailed(db: Kysely<Database>, id: string, failure: string): Promise<void> {
  await db.updateTable('notifications').set({ status: 'failed', failure }).where('id', '=', id).execute();
}

export async function attemptCount(db: Kysely<Database>, id: string): Promise<number> {
  const row = await db
    .selectFrom('notification_attempts')
    .select((eb) => eb.fn.max('attempt').as('n'))
    .where('notification_id', '=', id)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export interface NotificationFilter {
  appeal?: string;
  meeting?: string;
  department?: string;
  status?: string;
}

export async function listNotifications(db: Kysely<Database>, f: NotificationFilter, page: { limit: number; after?: Cursor }) {
  let q = db
    .selectFrom('notifications')
    .select([
      'id',
      'appeal_id',
      'meeting_id',
      'accountability_id',
      'assessment_period',
      'survey_id',
      'kind',
      'recipient',
      'department_code',
      'status',
      'channel',
      'deadline',
      'created_at',
      'delivered_at',
      'failure',
      'payload',
      'message',
      'address',
    ]);
  if (f.appeal) q = q.where('appeal_id', '=', f.appeal);
  if (f.meeting) q = q.where('meeting_id', '=', f.meeting);
  if (f.department) q = q.where('department_code', '=', f.department);
  if (f.status) q = q.where('status', '=', f.status);
  if (page.after) {
    const { at, id } = page.after;
    q = q.where((eb) => eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]));
  }
  const rows = await q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  const items = rows.slice(0, page.limit);
  const attempts = items.length
    ? await db
        .selectFrom('notification_attempts')
        .selectAll()
        .where(
          'notification_id',
          'in',
          items.map((r) => r.id),
        )
        .orderBy('attempt')
        .execute()
    : [];
  const last = items.at(-1);
  return {
    items: items.map((r) => ({ ...r, attempts: attempts.filter((a) => a.notification_id === r.id) })),
    next: rows.length > page.limit && last ? { at: last.created_at, id: last.id } : undefined,
  };
}

export async function findNotification(db: Kysely<Database>, id: string) {
  return db.selectFrom('notifications').select(['id', 'status', 'department_code']).where('id', '=', id).executeTakeFirst();
}

/** A failed notification back to pending for another delivery (a pending one stays so); false once delivered. */
export async function reopenForRedelivery(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ status: 'pending', failure: null })
    .where('id', '=', id)
    .where('status', 'in', ['failed', 'pending'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
