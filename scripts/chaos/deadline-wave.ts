import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppealState } from '../../domain/appeal.js';
import { WorkingCalendar, nthWorkingDayAfter } from '../../domain/calendar.js';
import { atLocalTime, formatInstant, localDate } from '../../domain/dates.js';
import { shippedCalendarYears } from '../../domain/holiday-seed.js';
import { appealWorkflowId, stateQuery } from '../../workflows/messages.js';
import { appealBody, newCreditCode } from '../../test/support/appeal-body.js';
import { startLedger, stopLedger } from '../../test/support/ledger-outage.js';
import { ADMIN, TIMEZONE, startProductStack, type TestStack } from '../../test/support/product-stack.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../embedded-postgres.js';
import { freePort } from '../ports.js';
import { apiClient, describeReply } from './api-client.js';
import { waitUntilFlushed, type CheckDeps } from './checker.js';
import { seededRandom } from './random.js';

// The ledger goes away just before a wave of deadlines and stays away for minutes of real time, longer than any
// retry's interval; once it is back, every appeal whose deadline passed meanwhile must show its whole transition
// (events, deadlines, follow-up visits) through the API within minutes, its ledger numbered without a gap. The dev
// server of the main run cannot make deadlines pass, so this phase runs the whole product in-process on the
// time-skipping test server (as bench/longest-history.ts does), on its own database of a Postgres server.

export interface DeadlineWaveOptions {
  appeals: number;
  /** How long the ledger stays closed, in real time. */
  outageMs: number;
  seed: number;
  /** Progress lines. The SDK's own logging is the caller's (`Runtime.install`), as it is process-wide. */
  log(line: string): void;
  /** Aborting ends the phase where it is, reports what it found so far, and tears everything down. */
  signal?: AbortSignal;
  /** The Postgres server to create the phase's database on: DATABASE_URL's if unset, else an embedded one. */
  serverUrl?: string;
  /** Workflow code bundled already (the tests'); without it the worker bundles its own. */
  workflowBundleCode?: string;
}

export interface DeadlineWaveReport {
  appeals: number;
  /** Appeals whose deadline fell while the ledger was closed. */
  deadlinesPassed: number;
  /** How long the ledger was actually closed, in real time. */
  outageMs: number;
  /** From the ledger's return until every appeal was complete (or until the phase gave up: see anomalies). */
  caughtUpMs: number;
  anomalies: string[];
}

type Kind = 'overdue' | 'unrated';
interface WaveAppeal {
  id: string;
  kind: Kind;
  /** The instant its deadline fires: `dueAt`, or the `unrated` closure's. */
  deadline: number;
}

interface Shown {
  status: string;
  overdue: boolean;
  supervised: boolean;
  closure: string | null;
  closedAt: string | null;
  deadlines: Record<string, string | null>;
  followUps: { outcome: string }[];
  timeline: { kind: string; at: string }[];
}

const DEPARTMENT = 'wave';
// The default policy closes an unrated appeal 10 working days after its resolution: with the same handling limit
// from the same day, both kinds fall due at one instant.
const TIME_LIMIT_DAYS = 10;
/** Appeals prepared, or read, at once: the worker and the test server share two cores with the rest. */
const AT_ONCE = 8;
/** The ledger closes this long (server time) before the wave and the clock skips as far past it. */
const AROUND_WAVE_MS = 10 * 60_000;
const FLUSHED_WITHIN_MS = 60_000;
const ANSWER_WITHIN_MS = 10_000;
const CATCH_UP_WITHIN_MS = 5 * 60_000;
const PROGRESS_EVERY_MS = 10_000;

async function inLanes<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, lane));
  return results;
}

/** Half of each kind, in an order the seed decides, so a repeat with the same seed interleaves them the same way. */
function drawKinds(n: number, seed: number): Kind[] {
  const random = seededRandom(seed);
  const kinds = Array.from({ length: n }, (_, i): Kind => (i % 2 === 0 ? 'overdue' : 'unrated'));
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  return kinds;
}

/** What the appeal still lacks of the transition its deadline owes it; undefined once it is whole. */
function missing(a: WaveAppeal, shown: Shown): string | undefined {
  const at = formatInstant(a.deadline, TIMEZONE);
  const events = (kind: string) => shown.timeline.filter((e) => e.kind === kind);
  const once = (kind: string) => {
    const found = events(kind);
    return found.length === 1 && found[0]!.at === at
      ? []
      : [`${found.length} ${kind} event(s)${found.length ? ` at ${found.map((e) => e.at).join(', ')}` : ''}`];
  };
  const lacks =
    a.kind === 'overdue'
      ? [
          ...(shown.status === 'in_progress' ? [] : [`status ${shown.status}`]),
          ...(shown.overdue ? [] : ['not overdue']),
          ...(shown.supervised ? [] : ['not supervised']),
          ...(shown.deadlines.reportBy ? [] : ['no reportBy']),
          ...once('overdue'),
          ...once('supervision_started'),
        ]
      : [
          ...(shown.status === 'closed' && shown.closure === 'unrated' ? [] : [`status ${shown.status} (closure ${shown.closure})`]),
          ...(shown.closedAt === at ? [] : [`closedAt ${shown.closedAt}`]),
          ...(shown.followUps.length === 4 && shown.followUps.every((f) => f.outcome === 'pending')
            ? []
            : [`follow-ups ${shown.followUps.map((f) => f.outcome).join(' ') || 'none'}`]),
        ];
  return lacks.length > 0 ? lacks.join(', ') : undefined;
}

/** Sequence numbers 1..n (n the workflow's) with no gap or repeat, and one notification row per `notified` event. */
async function ledgerGaps(deps: CheckDeps, ids: readonly string[], states: Map<string, AppealState>): Promise<Map<string, string>> {
  const events = await deps.db.selectFrom('appeal_events').select(['appeal_id', 'seq', 'kind']).where('appeal_id', 'in', ids).orderBy('seq').execute();
  const notifications = await deps.db.selectFrom('notifications').select(['appeal_id', 'seq']).where('appeal_id', 'in', ids).execute();
  const found = new Map<string, string>();
  for (const id of ids) {
    const top = states.get(id)?.seq;
    const seqs = events.filter((e) => e.appeal_id === id).map((e) => e.seq);
    const expected = Array.from({ length: top ?? 0 }, (_, i) => i + 1);
    const notified = events.filter((e) => e.appeal_id === id && e.kind === 'notified').map((e) => e.seq);
    const rows = notifications
      .filter((n) => n.appeal_id === id)
      .map((n) => n.seq)
      .sort((x, y) => x - y);
    if (top === undefined) found.set(id, 'its workflow did not answer the state query');
    else if (seqs.join() !== expected.join()) found.set(id, `ledger seq ${seqs.join(' ')}; the workflow is at ${top}`);
    else if (rows.join() !== notified.join()) found.set(id, `notification rows at seq ${rows.join(' ')}, notified events at ${notified.join(' ')}`);
  }
  return found;
}

async function postgresServer(o: DeadlineWaveOptions): Promise<{ serverUrl: string; stop(): Promise<void> }> {
  const given = o.serverUrl ?? process.env.DATABASE_URL;
  if (given) return { serverUrl: given, stop: async () => {} };
  const dataDir = await mkdtemp(join(tmpdir(), 'appeals-wave-pg-'));
  let embedded: EmbeddedPostgres;
  try {
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: () => {} });
  } catch (err) {
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
  o.log(`embedded Postgres at ${new URL(embedded.url).host}`);
  return {
    serverUrl: embedded.url,
    async stop() {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function runDeadlineWave(o: DeadlineWaveOptions): Promise<DeadlineWaveReport> {
  const anomalies: string[] = [];
  const anomaly = (text: string) => {
    anomalies.push(text);
    o.log(`ANOMALY ${text}`);
  };
  const report = { appeals: 0, deadlinesPassed: 0, outageMs: 0, caughtUpMs: 0 };
  const wait = (ms: number) => sleep(ms, undefined, { signal: o.signal });
  let postgres: Awaited<ReturnType<typeof postgresServer>> | undefined;
  let stack: TestStack | undefined;
  let ledgerClosed = false;
  try {
    postgres = await postgresServer(o);
    stack = await startProductStack({ serverUrl: postgres.serverUrl, workflowBundleCode: o.workflowBundleCode });
    const { env } = stack;
    const api = apiClient(stack.baseUrl);
    const deps: CheckDeps = { db: stack.db, client: env.client, api, office: ADMIN };
    await stack.department(DEPARTMENT);
    const office = await stack.token('office', { label: 'deadline wave' });
    const department = await stack.token('department', { department: DEPARTMENT });

    // 10:00 on a working day: every step of the preparation then falls on that day, and so every deadline on one
    // instant, even if preparing takes minutes of the clock.
    const calendar = new WorkingCalendar(shippedCalendarYears());
    const morning = atLocalTime(nthWorkingDayAfter(calendar, localDate(await env.currentTimeMs(), TIMEZONE), 1), '10:00', TIMEZONE);
    await env.sleep(morning - (await env.currentTimeMs()));

    const kinds = drawKinds(o.appeals, o.seed);
    o.log(
      `deadline wave: ${o.appeals} appeals (${kinds.filter((k) => k === 'overdue').length} to pass dueAt, the rest their unrated closure), outage ${Math.round(o.outageMs / 1000)} s, seed ${o.seed}`,
    );
    const step = async (id: string, name: string, token: string, body: unknown = {}) => {
      const reply = await api('POST', `/v1/appeals/${id}/${name}`, token, body);
      if (reply.kind !== 'answer' || reply.status !== 200) throw new Error(`preparing appeal ${id}: ${name} answered ${describeReply(reply)}`);
    };
    const appeals = await inLanes(kinds, async (kind): Promise<WaveAppeal> => {
      o.signal?.throwIfAborted();
      const created = await api('POST', '/v1/appeals', office, appealBody(newCreditCode(), { channel: 'service_window' }));
      if (created.kind !== 'answer' || created.status !== 201) throw new Error(`preparing: POST /v1/appeals answered ${describeReply(created)}`);
      const id = (created.body as { id: string }).id;
      await step(id, 'classify', office, { classification: 'general', timeLimitDays: TIME_LIMIT_DAYS });
      await step(id, 'assign', office, { lead: DEPARTMENT });
      await step(id, 'accept', department);
      if (kind === 'unrated') await step(id, 'resolve', department, { summary: '已办结，待回访' });
      const state = await env.client.workflow.getHandle(appealWorkflowId(id)).query(stateQuery);
      const deadline = kind === 'overdue' ? state.deadlines.dueAt : state.unratedAt;
      if (deadline === null) throw new Error(`preparing appeal ${id}: no ${kind === 'overdue' ? 'dueAt' : 'unrated deadline'}`);
      return { id, kind, deadline };
    });
    report.appeals = appeals.length;
    const ids = appeals.map((a) => a.id);
    const first = Math.min(...appeals.map((a) => a.deadline));
    const last = Math.max(...appeals.map((a) => a.deadline));
    o.log(
      `${appeals.length} appeals prepared; their deadlines fall ${first === last ? `at ${formatInstant(first, TIMEZONE)}` : `from ${formatInstant(first, TIMEZONE)} to ${formatInstant(last, TIMEZONE)}`}`,
    );

    // The warnings, path and rating reminders before the wave are written first, so the outage owes the wave only.
    await env.sleep(first - AROUND_WAVE_MS - (await env.currentTimeMs()));
    const behind = await ledgerGaps(deps, ids, await waitUntilFlushed(deps, ids, FLUSHED_WITHIN_MS));
    for (const [id, gap] of behind) anomaly(`appeal ${id}, before the outage: ${gap}`);

    const closedFrom = await env.currentTimeMs();
    await stopLedger(postgres.serverUrl, stack.database);
    ledgerClosed = true;
    const closedAt = Date.now();
    o.log(`the ledger is closed at ${formatInstant(closedFrom, TIMEZONE)}; skipping past the wave`);
    await env.sleep(last + AROUND_WAVE_MS - closedFrom);
    o.log(`the clock is past the wave (${Math.round((Date.now() - closedAt) / 1000)} s of real time to get there)`);

    const read = await api('GET', `/v1/appeals/${ids[0]}`, office);
    if (read.kind !== 'answer' || read.status !== 503 || !read.problemJson || read.retryAfterMs === undefined || read.ms > ANSWER_WITHIN_MS) {
      const retryAfter = read.kind === 'answer' ? `, Retry-After ${read.retryAfterMs === undefined ? 'missing' : `${read.retryAfterMs / 1000} s`}` : '';
      anomaly(`a ledger read while it is closed: ${describeReply(read)}${retryAfter} after ${read.ms} ms (expected a quick 503 problem+json with Retry-After)`);
    }
    for (let left = o.outageMs - (Date.now() - closedAt); left > 0; left = o.outageMs - (Date.now() - closedAt)) {
      await wait(Math.min(left, PROGRESS_EVERY_MS));
      o.log(`the ledger has been closed for ${Math.round((Date.now() - closedAt) / 1000)} s`);
    }

    const closedUntil = await env.currentTimeMs();
    await startLedger(postgres.serverUrl, stack.database);
    ledgerClosed = false;
    const returnedAt = Date.now();
    const serverReturnedAt = await env.currentTimeMs();
    report.outageMs = returnedAt - closedAt;
    report.deadlinesPassed = appeals.filter((a) => a.deadline > closedFrom && a.deadline <= closedUntil).length;
    o.log(`the ledger is back after ${Math.round(report.outageMs / 1000)} s; ${report.deadlinesPassed} deadlines passed while it was closed`);

    // Real time only from here: the transitions must catch up by the retries' own clock, as in production, without
    // the test server skipping their back-off.
    let pending = appeals;
    const lacking = new Map<string, string>();
    let lastProgress = returnedAt;
    while (pending.length > 0 && Date.now() - returnedAt < CATCH_UP_WITHIN_MS && !o.signal?.aborted) {
      const shown = await inLanes(pending, (a) => api('GET', `/v1/appeals/${a.id}`, office));
      pending = pending.filter((a, i) => {
        const reply = shown[i]!;
        const lacks = reply.kind === 'answer' && reply.status === 200 ? missing(a, reply.body as Shown) : `GET answered ${describeReply(reply)}`;
        if (lacks) lacking.set(a.id, lacks);
        return lacks !== undefined;
      });
      report.caughtUpMs = Date.now() - returnedAt;
      if (pending.length === 0) break;
      if (Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = Date.now();
        o.log(`${appeals.length - pending.length}/${appeals.length} appeals complete ${Math.round(report.caughtUpMs / 1000)} s after the return`);
      }
      await sleep(500);
    }
    for (const a of pending)
      anomaly(`appeal ${a.id} (${a.kind}): ${Math.round(report.caughtUpMs / 1000)} s after the ledger's return, still ${lacking.get(a.id)}`);
    const serverMoved = Math.round(((await env.currentTimeMs()) - serverReturnedAt) / 1000);
    if (pending.length === 0)
      o.log(`every appeal complete ${(report.caughtUpMs / 1000).toFixed(1)} s after the ledger's return (the server's clock moved ${serverMoved} s)`);

    // Complete as the API shows it is not yet all: the ledger must also hold every row the workflow has numbered.
    const states = await waitUntilFlushed(deps, ids, pending.length === 0 ? FLUSHED_WITHIN_MS : 5_000);
    for (const [id, gap] of await ledgerGaps(deps, ids, states)) anomaly(`appeal ${id}: ${gap}`);
    o.signal?.throwIfAborted();
  } catch (err) {
    anomaly(o.signal?.aborted ? 'the phase was interrupted' : `the phase could not go on: ${(err as Error).message}`);
  } finally {
    const cleanUp = async (what: string, work: () => Promise<void>) => work().catch((err: unknown) => anomaly(`${what}: ${(err as Error).message}`));
    if (ledgerClosed && stack && postgres) await cleanUp('reopening the ledger', () => startLedger(postgres!.serverUrl, stack!.database));
    if (stack) await cleanUp('stopping the stack', () => stack!.teardown());
    if (postgres) await cleanUp('stopping Postgres', () => postgres!.stop());
  }
  return { ...report, anomalies };
}
