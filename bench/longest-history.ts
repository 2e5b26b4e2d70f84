import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { appealWorkflowId } from '../workflows/messages.js';
import { appealBody, newCreditCode } from '../test/support/appeal-body.js';
import { ADMIN, startProductStack, type TestStack } from '../test/support/product-stack.js';

// The longest lifecycle the product knows — an extension, overdue and supervision, a missed report, dissatisfied,
// a second round, satisfied, four follow-up visits (one missed) — driven through the HTTP API on the time-skipping
// server, then its history counted across every run of the workflow (continue-as-new included).

const HOUR = 3_600_000;
const ms = (iso: string) => new Date(iso).getTime();

interface Appeal {
  status: string;
  supervised: boolean;
  deadlines: Record<string, string | null>;
  followUps: { n: number; dueAt: string; outcome: string | null }[];
  timeline: { kind: string }[];
}

function driver(stack: TestStack, id: string) {
  const get = async (): Promise<Appeal> => (await stack.api('GET', `/v1/appeals/${id}`, ADMIN)).body;
  return {
    get,
    async step(step: string, token: string, body: unknown = {}) {
      const answer = await stack.api('POST', `/v1/appeals/${id}/${step}`, token, body);
      if (answer.status !== 200) throw new Error(`${step} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    },
    /** Moves the server's clock to `at`, then waits for the workflow to have written what fired there. */
    async passTo(at: number, until: (a: Appeal) => boolean) {
      const now = await stack.env.currentTimeMs();
      if (at > now) await stack.env.sleep(at - now);
      for (let tries = 0; tries < 200; tries++, await sleep(50)) if (until(await get())) return;
      throw new Error(`appeal ${id}: what was due by ${new Date(at).toISOString()} was never written`);
    },
  };
}

const has =
  (kind: string, count = 1) =>
  (a: Appeal) =>
    a.timeline.filter((e) => e.kind === kind).length >= count;

async function historyEvents(client: Client, workflowId: string): Promise<{ events: number; runs: number }> {
  let runId: string | undefined;
  let events = 0;
  let runs = 0;
  do {
    const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    events += history.events?.length ?? 0;
    runs += 1;
    runId = history.events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId ?? undefined;
  } while (runId);
  return { events, runs };
}

export async function longestLifecycleHistory(serverUrl: string): Promise<{ events: number; runs: number }> {
  const stack = await startProductStack({ serverUrl });
  try {
    for (const code of ['fin', 'tax']) await stack.department(code);
    const [fin, tax] = await Promise.all([stack.token('department', { department: 'fin' }), stack.token('department', { department: 'tax' })]);
    const created = await stack.api('POST', '/v1/appeals', ADMIN, appealBody(newCreditCode()));
    if (created.status !== 201) throw new Error(`POST /v1/appeals answered ${created.status}`);
    const id = created.body.id as string;
    const appeal = driver(stack, id);

    await appeal.step('classify', ADMIN, { classification: 'general', timeLimitDays: 5 });
    await appeal.step('assign', ADMIN, { lead: 'fin', co: ['tax'] });
    await appeal.step('accept', fin);
    await appeal.step('path', fin, { message: '正在协调' });
    await appeal.step('extension', fin, { workingDays: 2, reason: '需要会商' });
    await appeal.step('extension/decision', ADMIN, { approve: true });
    const dueAt = ms((await appeal.get()).deadlines.dueAt!);
    await appeal.passTo(dueAt + 10 * HOUR, (a) => a.supervised);
    const reportBy = ms((await appeal.get()).deadlines.reportBy!);
    await appeal.passTo(reportBy + 10 * HOUR, has('report_missed'));
    await appeal.step('progress', fin, { message: '已会商' });
    await appeal.step('resolve', fin, { summary: '第一轮办结' });
    await appeal.step('rating', ADMIN, { result: 'dissatisfied', method: 'visit' });
    await appeal.step('explanation', fin, { text: '说明情况' });

    await appeal.step('assign', ADMIN, { lead: 'tax' });
    await appeal.step('accept', tax);
    await appeal.step('path', tax, { message: '第二轮' });
    await appeal.step('progress', tax, { message: '进展' });
    await appeal.step('resolve', tax, { summary: '第二轮办结' });
    await appeal.step('rating', ADMIN, { result: 'satisfied', method: 'phone' });

    for (const visit of (await appeal.get()).followUps) {
      if (visit.n === 3) {
        await appeal.passTo(ms(visit.dueAt) + 10 * HOUR, has('follow_up_missed'));
        continue;
      }
      await appeal.passTo(ms(visit.dueAt) - HOUR, has('follow_up_due', visit.n));
      await appeal.step('follow-ups', ADMIN, { outcome: 'stable' });
    }
    const handle = stack.env.client.workflow.getHandle(appealWorkflowId(id));
    for (let tries = 0; (await handle.describe()).status.name !== 'COMPLETED'; tries++, await sleep(100)) {
      if (tries > 100) throw new Error(`appeal ${id}: the workflow did not complete after its last visit`);
    }
    return await historyEvents(stack.env.client, appealWorkflowId(id));
  } finally {
    await stack.teardown();
  }
}
