import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { AppealState } from '../../domain/appeal.js';
import { appealWorkflowId, stateQuery } from '../../workflows/messages.js';
import { describeReply, type ApiCall } from './api-client.js';
import { expectedEvents, type Lifecycle } from './driver.js';

// The end of a chaos run: every appeal in the state its steps lead to, as the API shows it, and its ledger
// complete: sequence numbers 1..n with no gap and none twice, each step's events exactly once, a notification
// row for each `notified` event and none without, and the snapshot where the workflow is.

export interface CheckDeps {
  db: Kysely<Database>;
  client: Client;
  api: ApiCall;
  office: string;
}

const QUERIES_AT_ONCE = 8;

async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += QUERIES_AT_ONCE) results.push(...(await Promise.all(items.slice(i, i + QUERIES_AT_ONCE).map(work))));
  return results;
}

/**
 * Waits until the ledger holds everything each workflow has done (its snapshot's version is the state's sequence
 * number: no outbox left to flush), or `withinMs` passed; answers each workflow's state.
 */
export async function waitUntilFlushed(deps: CheckDeps, ids: readonly string[], withinMs: number): Promise<Map<string, AppealState>> {
  const states = new Map<string, AppealState>();
  let pending = [...ids];
  for (const giveUpAt = Date.now() + withinMs; pending.length > 0 && Date.now() < giveUpAt;) {
    const queried = await inBatches(pending, (id) =>
      deps.client.workflow
        .getHandle(appealWorkflowId(id))
        .query(stateQuery)
        .catch(() => undefined),
    );
    const rows = await deps.db.selectFrom('appeals').select(['id', 'version']).where('id', 'in', pending).execute();
    const versions = new Map(rows.map((row) => [row.id, row.version]));
    pending = pending.filter((id, i) => {
      const state = queried[i];
      if (state) states.set(id, state);
      return state === undefined || versions.get(id) !== state.seq;
    });
    if (pending.length > 0) await sleep(1_000);
  }
  return states;
}

function missingFrom(seqs: number[], top: number): number[] {
  const present = new Set(seqs);
  return Array.from({ length: top }, (_, i) => i + 1).filter((seq) => !present.has(seq));
}

export async function checkLifecycle(deps: CheckDeps, lc: Lifecycle, state: AppealState | undefined): Promise<string[]> {
  const found: string[] = [];
  const id = lc.appealId;
  // Its submission never went through: the driver has reported that, and there is no appeal to check.
  if (!id) return found;
  const say = (text: string) => found.push(`appeal #${lc.index} (${lc.plan.name} ${id}): ${text}`);
  if (!state) say('its workflow did not answer the state query');

  const reply = await deps.api('GET', `/v1/appeals/${id}`, deps.office);
  const appeal = reply.kind === 'answer' && reply.status === 200 ? (reply.body as { status: string; closure: string | null; timeline: unknown[] }) : undefined;
  if (!appeal) say(`GET answered ${describeReply(reply)}`);
  const { status, closure } = lc.plan.expected;
  if (appeal && lc.completed && (appeal.status !== status || appeal.closure !== closure)) {
    say(`is ${appeal.status} (closure ${appeal.closure}); its steps lead to ${status} (closure ${closure})`);
  }

  const row = await deps.db.selectFrom('appeals').select(['version', 'status', 'state']).where('id', '=', id).executeTakeFirst();
  if (!row) say('no row in appeals');
  if (row && state) {
    if (row.status !== state.status || row.state.status !== state.status) say(`the ledger says ${row.status}, the workflow ${state.status}`);
    if (row.version !== state.seq) say(`the ledger is at version ${row.version}, the workflow at ${state.seq}`);
  }

  const events = await deps.db.selectFrom('appeal_events').select(['seq', 'kind', 'data']).where('appeal_id', '=', id).orderBy('seq').execute();
  const seqs = events.map((e) => e.seq);
  const top = state?.seq ?? row?.version ?? 0;
  const missing = missingFrom(seqs, top);
  const twice = seqs.filter((seq, i) => seqs.indexOf(seq) !== i);
  const beyond = seqs.filter((seq) => seq > top);
  if (missing.length > 0) say(`events missing: seq ${missing.join(', ')}`);
  if (twice.length > 0) say(`events twice: seq ${twice.join(', ')}`);
  if (beyond.length > 0) say(`events beyond the workflow's ${top}: seq ${beyond.join(', ')}`);

  const kinds = events.filter((e) => e.kind !== 'notified').map((e) => e.kind);
  const expected = expectedEvents(lc.taken);
  if (kinds.join() !== expected.join()) say(`events ${kinds.join(' ')}; the steps taken make ${expected.join(' ')}`);

  const notified = events.filter((e) => e.kind === 'notified');
  const notifications = await deps.db.selectFrom('notifications').select(['id', 'seq']).where('appeal_id', '=', id).orderBy('seq').execute();
  const expectedIds = notified.map((e) => `${id}-${e.seq}`);
  const namedIds = notified.map((e) => (e.data as { notificationId?: string } | null)?.notificationId);
  const ids = notifications.map((n) => n.id);
  if (ids.join() !== expectedIds.join())
    say(`notification rows ${ids.length}, notified events ${notified.length} (${ids.join(' ')} vs ${expectedIds.join(' ')})`);
  if (namedIds.join() !== expectedIds.join()) say('a notified event names another notification than its own sequence number');

  if (appeal && appeal.timeline.length !== events.length) say(`the API shows ${appeal.timeline.length} timeline events, the ledger holds ${events.length}`);
  return found;
}
