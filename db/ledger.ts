import type { Kysely } from 'kysely';
import { recipientKey, type AppealState, type NotificationRecord, type TimelineEvent } from '../domain/appeal.js';
import { linkToCommonIssue } from './common-issues.js';
import { registerEnterprise } from './enterprises.js';
import { eventColumns } from './event-columns.js';
import { insertNotifications, messageColumns } from './notifications.js';
import { appendEventSearch, registrationSearch } from './search.js';
import type { Database, MessageAddress } from './schema.js';

// Writes of the appeal's ledger. Each row carries a key from the workflow's own sequence numbers, so a retried
// activity or a replayed workflow writes nothing twice, and an older snapshot never overwrites a newer one.

export interface LedgerEntry {
  snapshot: AppealState;
  events: TimelineEvent[];
  notifications: NotificationRecord[];
}

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

/** The text each message to an enterprise or a submitter goes out with, by notification id (activities/messages.ts). */
export type MessagesOf = ReadonlyMap<string, { text: string; params: Record<string, string>; address: MessageAddress }>;

export async function recordLedgerEntry(db: Kysely<Database>, { snapshot: s, events, notifications }: LedgerEntry, messages: MessagesOf = new Map()) {
  await db.transaction().execute(async (tx) => {
    const row = {
      id: s.id,
      receipt_number: s.receiptNumber,
      version: s.seq,
      status: s.status,
      round: s.round,
      channel: s.channel,
      category: s.category,
      credit_code: s.enterprise.creditCode,
      lead_department: s.leadDepartment,
      co_departments: s.coDepartments,
      overdue: s.overdue,
      supervised: s.supervised,
      meeting_id: s.meetingId,
      registered_at: new Date(s.registeredAt),
      due_at: date(s.deadlines.dueAt),
      closed_at: date(s.closedAt),
      closure: s.closure,
      state: JSON.stringify(s),
      ...registrationSearch(s),
    };
    await tx
      .insertInto('appeals')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            version: eb.ref('excluded.version'),
            status: eb.ref('excluded.status'),
            round: eb.ref('excluded.round'),
            lead_department: eb.ref('excluded.lead_department'),
            co_departments: eb.ref('excluded.co_departments'),
            overdue: eb.ref('excluded.overdue'),
            supervised: eb.ref('excluded.supervised'),
            due_at: eb.ref('excluded.due_at'),
            closed_at: eb.ref('excluded.closed_at'),
            closure: eb.ref('excluded.closure'),
            state: eb.ref('excluded.state'),
          }))
          .where('appeals.version', '<=', (eb) => eb.ref('excluded.version')),
      )
      .execute();
    if (events.length > 0) {
      const written = await tx
        .insertInto('appeal_events')
        .values(events.map((e) => ({ appeal_id: s.id, round: e.round, ...eventColumns(e) })))
        .onConflict((oc) => oc.columns(['appeal_id', 'seq']).doNothing())
        .returning('seq')
        .execute();
      const fresh = new Set(written.map((w) => w.seq));
      await appendEventSearch(
        tx,
        s.id,
        events.filter((e) => fresh.has(e.seq)),
      );
    }
    // A registration reaching the ledger: the enterprise joins the register, the appeal its named common issue.
    if (events.some((e) => e.kind === 'registered')) {
      await registerEnterprise(tx, s);
      await linkToCommonIssue(tx, s);
    }
    await insertNotifications(
      tx,
      notifications.map((n) => ({
        id: n.id,
        appeal_id: s.id,
        seq: n.seq,
        kind: n.kind,
        recipient: recipientKey(n.recipient),
        department_code: n.recipient.kind === 'department' ? n.recipient.code : null,
        deadline: date(n.deadline),
        created_at: new Date(n.at),
        payload: JSON.stringify({
          id: n.id,
          kind: n.kind,
          appealId: s.id,
          receiptNumber: s.receiptNumber,
          status: s.status,
          deadline: n.deadline,
          link: `/v1/appeals/${s.id}`,
          at: n.at,
        }),
        ...messageColumns(messages.get(n.id)),
      })),
    );
  });
}
