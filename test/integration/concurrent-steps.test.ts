import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealWorkflowId } from '../../workflows/messages.js';
import { keepHistory } from '../replay/fixtures.js';
import { appealBody, startTestStack, type TestStack } from '../support/stack.js';

// Two people taking the same step at once: delivered together (here: while no worker runs), both pass the
// validator, the second finds the state moved on when its turn comes and is refused (409); the appeal carries on
// and its timers still fire. Its history is a replay fixture (RECORD_HISTORIES=1) for the workflow's patched
// handling of a step that fails in its handler.

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ workflowCache: false });
});
afterAll(() => stack?.teardown());

describe('concurrent steps', () => {
  it('accepts one of two simultaneous acceptances, refuses the other, and keeps the clock', async () => {
    const office = await stack.token('office');
    await stack.department('race-dept');
    const dept = await stack.token('department', { department: 'race-dept' });
    const id = (await stack.api('POST', '/v1/appeals', office, appealBody())).body.id as string;
    await stack.api('POST', `/v1/appeals/${id}/classify`, office, { classification: 'general', timeLimitDays: 5 });
    const assigned = await stack.api('POST', `/v1/appeals/${id}/assign`, office, { lead: 'race-dept' });
    await stack.stopWorker();
    const both = Promise.all([stack.api('POST', `/v1/appeals/${id}/accept`, dept, {}), stack.api('POST', `/v1/appeals/${id}/accept`, dept, {})]);
    await new Promise((r) => setTimeout(r, 1000));
    await stack.startWorker();
    const answers = await both;
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body).toMatchObject({ currentStatus: 'in_progress' });

    // the path deadline still fires after the refusal
    const pathBy = Date.parse(assigned.body.deadlines.pathBy);
    await stack.env.sleep(pathBy - (await stack.env.currentTimeMs()) + 1000);
    let kinds: string[] = [];
    for (let i = 0; i < 50 && !kinds.includes('path_missed'); i++) {
      kinds = (await stack.api('GET', `/v1/appeals/${id}`, office)).body.timeline.map((e: { kind: string }) => e.kind);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(kinds.filter((k) => k === 'accepted')).toHaveLength(1);
    expect(kinds).toContain('path_missed');

    await keepHistory(stack.env.client.workflow.getHandle(appealWorkflowId(id)), 'concurrent-steps');
  });
});
