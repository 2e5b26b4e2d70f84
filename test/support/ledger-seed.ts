import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { AppealState, Enterprise, FollowUp, TimelineEvent } from '../../domain/appeal.js';
import type { Channel, Closure, FollowUpOutcome, RatingResult, Status, TimelineKind } from '../../domain/codes.js';
import { recordLedgerEntry } from '../../db/ledger.js';
import type { Database } from '../../db/schema.js';
import { newCreditCode } from './stack.js';

// Appeals written straight to the ledger, as their workflows would have left them, for tests that need
// hundreds of appeals in past periods (the figures): only the snapshot fields and timeline events the figures,
// the lists and the public pages read are filled in.

export interface SeededAppeal {
  registeredAt: number;
  status: Status;
  channel?: Channel;
  category?: string;
  /** The latest round's lead department. */
  lead?: string | null;
  closure?: Closure | null;
  round?: number;
  ratings?: RatingResult[];
  followUps?: FollowUpOutcome[];
  /** One `resolved` event each, in order; false: resolved after `dueAt` had passed. */
  resolutions?: { onTime: boolean; summary?: string }[];
  /** `overdue` events (rounds whose `dueAt` passed unresolved). */
  overdues?: number;
  referred?: boolean;
  enterprise?: Enterprise;
  disclose?: boolean;
  title?: string;
  description?: string;
}

let receipts = 0;

export function seededState(a: SeededAppeal): { state: AppealState; events: TimelineEvent[] } {
  const id = randomUUID();
  const events: TimelineEvent[] = [];
  const event = (kind: TimelineKind, data?: Record<string, unknown>) =>
    events.push({ seq: events.length + 1, kind, at: a.registeredAt + events.length * 60_000, round: 1, ...(data ? { data } : {}) });
  event('registered', { channel: a.channel ?? 'symposium', category: a.category ?? 'financing' });
  for (let i = 0; i < (a.overdues ?? 0); i++) event('overdue', { dueAt: a.registeredAt });
  for (const r of a.resolutions ?? []) event('resolved', { summary: r.summary ?? '已办理', onTime: r.onTime });
  for (const result of a.ratings ?? []) event('rated', { result, method: 'phone' });
  if (a.referred) event('referred', { cause: 'delay', note: '拖延' });
  const closedAt = a.status === 'closed' ? events.at(-1)!.at + 60_000 : null;
  if (closedAt !== null) event('closed', { closure: a.closure, reason: null });
  const followUps: FollowUp[] = (a.followUps ?? []).map((outcome, i) => ({
    cycle: 1,
    n: (i % 4) + 1,
    scheduledFor: '2030-01-01',
    dueAt: a.registeredAt,
    outcome,
    announceAt: null,
  }));
  const enterprise = a.enterprise ?? { name: '绵阳测试科技有限公司', creditCode: newCreditCode(), contact: { name: '张三', phone: '13800000000' } };
  const state: AppealState = {
    id,
    receiptNumber: `SEED-${process.pid}-${++receipts}`,
    enterprise,
    channel: a.channel ?? 'symposium',
    category: a.category ?? 'financing',
    title: a.title ?? '贷款审批慢',
    description: a.description ?? '申请科技贷款两个月未有答复',
    disclose: a.disclose ?? false,
    meetingId: null,
    registeredAt: a.registeredAt,
    status: a.status,
    round: a.round ?? 1,
    classification: 'general',
    timeLimitDays: 10,
    leadDepartment: a.lead ?? null,
    coDepartments: [],
    deadlines: { assignBy: null, pathBy: null, dueAt: null, ratingBy: null, explanationBy: null, reportBy: null },
    overdue: (a.overdues ?? 0) > 0 && a.status !== 'closed',
    supervised: false,
    supervision: null,
    extensions: [],
    ratings: (a.ratings ?? []).map((result, i) => ({ round: i + 1, result, method: 'phone', at: a.registeredAt })),
    closure: a.status === 'closed' ? (a.closure ?? 'satisfied') : null,
    closureReason: null,
    closedAt,
    followUps,
    assignedAt: null,
    pathReported: true,
    warningAt: null,
    unratedAt: null,
    dissatisfiedSinceReopen: 0,
    fired: {},
    seq: events.length,
  };
  return { state, events };
}

/** Writes the appeals to the ledger, a few at a time, and answers their ids in order. */
export async function seedLedger(db: Kysely<Database>, appeals: SeededAppeal[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < appeals.length; i += 50) {
    const batch = appeals.slice(i, i + 50).map(seededState);
    await Promise.all(batch.map(({ state, events }) => recordLedgerEntry(db, { snapshot: state, events, notifications: [] })));
    ids.push(...batch.map((b) => b.state.id));
  }
  return ids;
}

/** `n` copies of one appeal. */
export const times = (n: number, a: SeededAppeal): SeededAppeal[] => Array.from({ length: n }, () => ({ ...a }));
