import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealWorkflowId, stepUpdates } from '../../workflows/messages.js';
import { ExpectedCalendar, iso, lifecycle, ms, rules, tokensFor, type Tokens } from '../support/lifecycle.js';
import { startLedger, stopLedger } from '../support/ledger-outage.js';
import { startTestStack, type TestStack } from '../support/stack.js';

// The ledger database goes away while deadlines pass, for longer than any in-place retry, and comes back: every
// transition the outage delayed is then on the ledger whole (events, deadlines, follow-ups), within minutes of the
// return, and nothing was half-applied meanwhile.

let stack: TestStack;
let tokens: Tokens;
let L: ReturnType<typeof lifecycle>;
const expected = new ExpectedCalendar();
const R = rules(expected);
const HOUR = 3_600_000;
/** How long after the database's return everything owed must be written: the retries' longest interval. */
const WITHIN_AFTER_RETURN = 2 * 60_000;

beforeAll(async () => {
  stack = await startTestStack();
  tokens = await tokensFor(stack, ['fin']);
  L = lifecycle(stack, tokens);
});
afterAll(async () => {
  await startLedger(stack.serverUrl, stack.database);
  await stack?.teardown();
});

/** The ledger is away from an hour before `instant` to an hour after it, then back for `WITHIN_AFTER_RETURN`. */
async function outageAround(instant: number) {
  await L.sleepUntil(instant - HOUR);
  await stopLedger(stack.serverUrl, stack.database);
  try {
    await stack.env.sleep(2 * HOUR);
  } finally {
    await startLedger(stack.serverUrl, stack.database);
  }
  await stack.env.sleep(WITHIN_AFTER_RETURN);
}

async function inProgress() {
  await L.toWorkingMorning(expected);
  const submitted = await L.submit();
  await L.step(submitted.id, 'classify', tokens.office, { classification: 'general', timeLimitDays: 5 });
  const assigned = await L.step(submitted.id, 'assign', tokens.office, { lead: 'fin' });
  await L.step(submitted.id, 'accept', await tokens.dept('fin'));
  await L.step(submitted.id, 'path', await tokens.dept('fin'), { message: '已约企业现场核实' });
  return { ...submitted, dueAt: ms(assigned.deadlines.dueAt) };
}

describe('a ledger outage across a wave of deadlines', () => {
  it('passing dueAt: overdue, supervision with its report clock, and their notices, all written once it is back', async () => {
    const { id, dueAt } = await inProgress();
    await outageAround(dueAt);

    await L.settled(id);
    const a = await L.get(id);
    expect(a).toMatchObject({ status: 'in_progress', overdue: true, supervised: true });
    expect(a.deadlines.reportBy).toBe(iso(R.after(dueAt, 5)));
    expect(L.lastEvent(a, 'overdue')).toMatchObject({ at: iso(dueAt) });
    expect(L.lastEvent(a, 'supervision_started')).toMatchObject({ at: iso(dueAt), data: { reason: 'overdue', reportBy: iso(R.after(dueAt, 5)) } });
    const kinds = a.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds.filter((k: string) => k === 'overdue')).toHaveLength(1);
    expect(kinds.filter((k: string) => k === 'supervision_started')).toHaveLength(1);
    await L.history(id, 'ledger-outage-overdue');
  });

  it('passing the unrated deadline: closed with its four follow-up visits, and the workflow keeps their clock', async () => {
    const { id } = await inProgress();
    const resolved = await L.step(id, 'resolve', await tokens.dept('fin'), { summary: '已办结' });
    const unratedAt = R.after(ms(resolved.timeline.at(-1).at), 10);
    await outageAround(unratedAt);

    await L.settled(id);
    const a = await L.get(id);
    expect(a).toMatchObject({ status: 'closed', closure: 'unrated', closedAt: iso(unratedAt) });
    expect(a.followUps.map((f: { n: number; outcome: string }) => `${f.n} ${f.outcome}`)).toEqual(['1 pending', '2 pending', '3 pending', '4 pending']);
    expect((await L.describeWorkflow(id)).status.name).toBe('RUNNING');
  });

  it('a withdrawal taken while the ledger is away: the workflow ends only once its last rows are written', async () => {
    const { id } = await inProgress();
    const handle = stack.env.client.workflow.getHandle(appealWorkflowId(id));
    await stopLedger(stack.serverUrl, stack.database);
    let withdrawn: Promise<unknown> | undefined;
    try {
      // Straight to the workflow: the API itself answers 503 while the ledger is away, and says when to try again.
      const refused = await stack.api('POST', `/v1/appeals/${id}/withdraw`, tokens.office, { reason: '企业已自行解决' });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.headers.get('retry-after')).toBe('5');
      withdrawn = handle.executeUpdate(stepUpdates.withdraw, { args: [{ actor: { role: 'office', tokenId: 'test' }, reason: '企业已自行解决' }] });
      withdrawn.catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 6_000)); // past the in-place tries
      expect((await handle.describe()).status.name).toBe('RUNNING');
    } finally {
      await startLedger(stack.serverUrl, stack.database);
    }
    await stack.env.sleep(WITHIN_AFTER_RETURN);
    await withdrawn;
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    const a = await L.get(id);
    expect(a.status).toBe('withdrawn');
    expect(L.lastEvent(a, 'withdrawn')).toMatchObject({ data: { reason: '企业已自行解决' } });
    await L.history(id, 'ledger-outage-withdrawal');
  });
});
