import { setTimeout as sleep } from 'node:timers/promises';
import type { TimelineKind } from '../../domain/codes.js';
import { describeReply, isTransient, type ApiCall, type Reply } from './api-client.js';
import { REGISTRATION_EVENTS, type Caller, type Plan, type PlannedStep } from './plans.js';
import type { Random } from './random.js';

// One appeal's lifecycle through the HTTP API, as a careful client drives it while workers die and Postgres
// restarts: a request that failed with 503 or a broken connection is sent again, after the Retry-After the API asked
// for, if any. Submissions always carry an Idempotency-Key. Steps carry one in a keyed lifecycle, which sends some of
// them twice at once or again after their answer, as a client with a flaky network does; an unkeyed lifecycle checks
// on the timeline whether a step went through before sending it again. A submission answered 202 is accepted: its
// steps wait until GET finds it on the ledger.

export interface Tokens {
  office: string;
  department(code: string): string;
  enterprise(creditCode: string): string;
}

export interface DriverContext {
  api: ApiCall;
  tokens: Tokens;
  random: Random;
  /** Scopes the submissions' Idempotency-Keys to this run. */
  runId: string;
  /** The pause between two steps of a lifecycle, so that kills land in every phase. */
  thinkMs: readonly [number, number];
  /** How long one step may keep failing before the driver gives up on its lifecycle. */
  stepDeadlineMs: number;
  /** A step of `lc` went through (its submission first). */
  onStep(lc: Lifecycle): void;
  anomaly(text: string): void;
  /** Aborted when the run cannot go on (a process of the stack died): drivers stop where they are. */
  halt: AbortSignal;
}

export interface Lifecycle {
  index: number;
  plan: Plan;
  creditCode: string;
  appealId?: string;
  /** The steps that took effect, each once however many times it was sent. */
  taken: PlannedStep[];
  completed: boolean;
  /** Requests sent again after a 503, a failed connection or a hang. */
  retries: number;
  /** Retries answered 409 because an earlier attempt had gone through after all: nothing was recorded twice. */
  conflictsAfterSuccess: number;
  /** The submission was answered 202: accepted, registered after its answer. */
  acceptedRegistering: boolean;
  /** Its steps carry an Idempotency-Key. */
  keyed: boolean;
  /** Requests of a keyed step sent on purpose beside or after the one that counts. */
  duplicatesSent: number;
}

/** How often a keyed step is sent twice at once, and sent again after its answer. */
const DUPLICATE_AT_ONCE = 0.25;
const DUPLICATE_AFTER = 0.25;

/**
 * How long a step's effect is waited for on the timeline: before a repeatable step whose answer was lost is sent
 * again, and after a retry refused with 409. The API stops waiting for an Update after 20 s, but Temporal keeps it
 * and the next worker runs it (a worker's start, plus the 10 s before Temporal moves a dead worker's sticky tasks
 * to the others); a ledger write Postgres refused is retried for a while after it is back.
 */
const SETTLE_MS = 30_000;
const POLL_MS = 1_000;

/** The ledger events an appeal must hold once these steps are taken. */
export function expectedEvents(taken: readonly PlannedStep[]): TimelineKind[] {
  return [...REGISTRATION_EVENTS, ...taken.flatMap((step) => step.events)];
}

export function newLifecycle(index: number, plan: Plan, creditCode: string, keyed: boolean): Lifecycle {
  return { index, plan, creditCode, taken: [], completed: false, retries: 0, conflictsAfterSuccess: 0, acceptedRegistering: false, keyed, duplicatesSent: 0 };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function drive(ctx: DriverContext, lc: Lifecycle): Promise<void> {
  const anomaly = (text: string) => ctx.anomaly(`appeal #${lc.index} (${lc.plan.name}${lc.appealId ? ` ${lc.appealId}` : ''}): ${text}`);
  const token = (by: Caller) =>
    by === 'office' ? ctx.tokens.office : by === 'enterprise' ? ctx.tokens.enterprise(lc.creditCode) : ctx.tokens.department(by.department);

  /** Failures the contract rules out whatever is down: a hang, a 503 that is not problem+json. */
  function check(what: string, reply: Reply) {
    if (reply.kind === 'hung') anomaly(`${what}: the API gave no answer within ${reply.ms} ms instead of a 503`);
    if (reply.kind === 'answer' && reply.status === 503 && !reply.problemJson) anomaly(`${what}: a 503 that is not problem+json`);
  }

  const backoff = (attempt: number) => Math.min(5_000, 500 * 2 ** (attempt - 1)) * ctx.random.between(0.5, 1);
  /** The wait the API asked for (a submission turned away at intake), else the driver's own backoff. */
  const pause = (reply: Reply, attempt: number) => sleep(reply.kind === 'answer' && reply.retryAfterMs !== undefined ? reply.retryAfterMs : backoff(attempt));

  async function submit(): Promise<boolean> {
    const byOffice = lc.index % 2 === 0;
    const body = {
      enterprise: { name: `绵阳混沌测试${lc.index}号有限公司`, creditCode: lc.creditCode, contact: { name: '张三', phone: '13800000000' } },
      ...(byOffice ? { channel: 'service_window' } : {}),
      category: 'financing',
      title: `贷款审批慢（混沌 ${lc.index}）`,
      description: '申请科技贷款两个月未有答复',
    };
    const headers = { 'idempotency-key': `chaos-${ctx.runId}-${lc.index}` };
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      const reply = await ctx.api('POST', '/v1/appeals', token(byOffice ? 'office' : 'enterprise'), body, headers);
      check('submit', reply);
      if (reply.kind === 'answer' && (reply.status === 201 || reply.status === 202)) {
        lc.appealId = (reply.body as { id: string }).id;
        lc.acceptedRegistering = reply.status === 202;
        return reply.status === 201 || (await registered(started + ctx.stepDeadlineMs));
      }
      if (ctx.halt.aborted) return false;
      if (!isTransient(reply) || Date.now() - started > ctx.stepDeadlineMs) {
        anomaly(`submit: ${describeReply(reply)}`);
        return false;
      }
      lc.retries++;
      await pause(reply, attempt);
    }
  }

  /** Polls an accepted submission (answered 202) until it is on the ledger, as often as the API says. */
  async function registered(giveUpAt: number): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const reply = await ctx.api('GET', `/v1/appeals/${lc.appealId}`, ctx.tokens.office);
      check('read', reply);
      if (reply.kind === 'answer' && reply.status === 200) return true;
      if (ctx.halt.aborted) return false;
      // A 404 too: a 202 answered while Postgres was down could not be noted, and GET finds it once registered.
      const registering = reply.kind === 'answer' && (reply.status === 202 || reply.status === 404);
      if (!(registering || isTransient(reply)) || Date.now() >= giveUpAt) {
        anomaly(`accepted (202) but not registered: ${describeReply(reply)}`);
        return false;
      }
      await pause(reply, attempt);
    }
  }

  /** Whether the timeline holds the step's event `nth` times; undefined while the appeal cannot be read. */
  async function onTimeline(kind: TimelineKind, nth: number): Promise<boolean | undefined> {
    const reply = await ctx.api('GET', `/v1/appeals/${lc.appealId}`, ctx.tokens.office);
    check('read', reply);
    if (reply.kind !== 'answer' || reply.status !== 200) return undefined;
    const timeline = (reply.body as { timeline: { kind: string }[] }).timeline;
    return timeline.filter((e) => e.kind === kind).length >= nth;
  }

  /** Waits up to `settleMs` for the step to show; while the appeal cannot be read at all, longer. */
  async function wentThrough(kind: TimelineKind, nth: number, settleMs: number, giveUpAt: number): Promise<boolean> {
    const until = Date.now() + settleMs;
    for (;;) {
      const seen = await onTimeline(kind, nth);
      if (seen) return true;
      if ((seen === false && Date.now() >= until) || Date.now() >= giveUpAt || ctx.halt.aborted) return false;
      await sleep(POLL_MS);
    }
  }

  /**
   * A keyed step: every try, duplicate and retry is the same request under one key, so the API takes it once and
   * answers each with the first answer. Any other answer to a duplicate than that one (or a transient failure) is an
   * anomaly; whether it was taken once, the ledger check at the end of the run tells.
   */
  async function takeKeyed(step: PlannedStep, n: number): Promise<boolean> {
    const headers = { 'idempotency-key': `chaos-${ctx.runId}-${lc.index}-step-${n}` };
    const send = async () => {
      const reply = await ctx.api('POST', `/v1/appeals/${lc.appealId}/${step.step}`, token(step.by), step.body, headers);
      check(step.step, reply);
      return reply;
    };
    const answered = (reply: Reply): reply is Reply & { kind: 'answer' } => reply.kind === 'answer' && reply.status === 200;
    const giveUpAt = Date.now() + ctx.stepDeadlineMs;
    for (let attempt = 1; ; attempt++) {
      const twice = ctx.random.next() < DUPLICATE_AT_ONCE;
      if (twice) lc.duplicatesSent++;
      const replies = await Promise.all(twice ? [send(), send()] : [send()]);
      const first = replies.find(answered);
      if (first) {
        for (const other of replies) {
          if (other !== first && !isTransient(other) && !(answered(other) && sameJson(other.body, first.body))) {
            anomaly(`${step.step}: sent twice at once, answered 200 and ${describeReply(other)}${answered(other) ? ' with another body' : ''}`);
          }
        }
        if (ctx.random.next() < DUPLICATE_AFTER) {
          lc.duplicatesSent++;
          const again = await send();
          if (!isTransient(again) && !(answered(again) && sameJson(again.body, first.body))) {
            anomaly(
              `${step.step}: sent again after its answer, answered ${describeReply(again)}${answered(again) ? ' with another body than the first answer' : ''}`,
            );
          }
        }
        return true;
      }
      const refusal = replies.find((reply) => !isTransient(reply));
      if (ctx.halt.aborted) return false;
      if (refusal || Date.now() >= giveUpAt) {
        anomaly(`${step.step} (attempt ${attempt}): ${describeReply(refusal ?? replies[0]!)}`);
        return false;
      }
      lc.retries++;
      await pause(replies[0]!, attempt);
    }
  }

  async function take(step: PlannedStep): Promise<boolean> {
    const kind = step.events[0]!;
    const nth = expectedEvents([...lc.taken, step]).filter((k) => k === kind).length;
    const giveUpAt = Date.now() + ctx.stepDeadlineMs;
    for (let attempt = 1; ; attempt++) {
      const reply = await ctx.api('POST', `/v1/appeals/${lc.appealId}/${step.step}`, token(step.by), step.body);
      check(step.step, reply);
      if (reply.kind === 'answer' && reply.status === 200) return true;
      if (reply.kind === 'answer' && reply.status === 409) {
        // Refused now because an earlier attempt went through: that attempt is the one on the ledger, once the
        // workflow has written what it owes (it may have taken the step while Postgres was down).
        if (attempt > 1 && (await wentThrough(kind, nth, SETTLE_MS, giveUpAt))) {
          lc.conflictsAfterSuccess++;
          return true;
        }
        anomaly(`${step.step} (attempt ${attempt}): ${describeReply(reply)}, and the step is not on the timeline`);
        return false;
      }
      if (ctx.halt.aborted) return false;
      if (!isTransient(reply) || Date.now() >= giveUpAt) {
        anomaly(`${step.step}: ${describeReply(reply)}`);
        return false;
      }
      // The API stopped waiting, but the Update may still run: a repeatable step sent again too early would be
      // taken twice, another one would be refused (409) and found above.
      if (await wentThrough(kind, nth, step.repeatable ? SETTLE_MS : 0, giveUpAt)) return true;
      lc.retries++;
      await pause(reply, attempt);
    }
  }

  if (!(await submit())) return;
  ctx.onStep(lc);
  for (const [n, step] of lc.plan.steps.entries()) {
    await sleep(ctx.random.between(...ctx.thinkMs));
    if (ctx.halt.aborted) return;
    if (!(await (lc.keyed ? takeKeyed(step, n + 1) : take(step)))) return;
    lc.taken.push(step);
    ctx.onStep(lc);
  }
  lc.completed = true;
}
