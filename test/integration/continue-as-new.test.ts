import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppealState } from '../../domain/appeal.js';
import { APPEAL_WORKFLOW, appealWorkflowId, stateQuery, type AppealInput } from '../../workflows/messages.js';
import { searchAttributeKeys } from '../../workflows/search-attributes.js';
import { appealBody, startTestStack, type TestStack } from '../support/stack.js';

// A long appeal continues as new when its history grows, carrying its state (and any ledger rows still owed)
// into the next run. The history of a whole lifecycle stays far below the point where the server suggests it,
// so this starts the next run the way continue-as-new does, from a live appeal's state, and checks that the
// carried appeal goes on where it was: no second registration, sequence numbers and deadlines intact.

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.teardown());

describe('a carried appeal', () => {
  it('goes on from its state: steps, timers and the ledger continue where the previous run stopped', async () => {
    const office = await stack.token('office');
    await stack.department('carry-dept');
    const dept = await stack.token('department', { department: 'carry-dept' });
    const id = (await stack.api('POST', '/v1/appeals', office, appealBody())).body.id as string;
    await stack.api('POST', `/v1/appeals/${id}/classify`, office, { classification: 'general', timeLimitDays: 5 });
    const assigned = (await stack.api('POST', `/v1/appeals/${id}/assign`, office, { lead: 'carry-dept' })).body;

    const handle = stack.env.client.workflow.getHandle(appealWorkflowId(id));
    const state: AppealState = await handle.query(stateQuery);
    await handle.terminate('replaced by a carried run, as continue-as-new would');
    const input: AppealInput = { carried: state, outbox: { events: [], notifications: [] } };
    await stack.env.client.workflow.start(APPEAL_WORKFLOW, { workflowId: appealWorkflowId(id), taskQueue: stack.taskQueue, args: [input] });

    const accepted = await stack.api('POST', `/v1/appeals/${id}/accept`, dept, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('in_progress');
    expect(accepted.body.deadlines).toEqual(assigned.deadlines);
    const kinds = accepted.body.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds.filter((k: string) => k === 'registered')).toHaveLength(1);
    expect(kinds.at(-1)).toBe('accepted');
    const seqs = (await stack.db.selectFrom('appeal_events').select('seq').where('appeal_id', '=', id).orderBy('seq').execute()).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    // Started here without search attributes (continue-as-new would carry the last run's): indexed at its first commit.
    const indexed = (await handle.describe()).typedSearchAttributes;
    expect(indexed.get(searchAttributeKeys.status)).toBe('in_progress');
    expect(indexed.get(searchAttributeKeys.leadDepartment)).toBe('carry-dept');
    expect(indexed.get(searchAttributeKeys.dueAt)?.getTime()).toBe(Date.parse(assigned.deadlines.dueAt));

    // the carried run's alarms are armed: the missed path deadline still fires, dated at the deadline
    await stack.env.sleep(Date.parse(assigned.deadlines.pathBy) - (await stack.env.currentTimeMs()) + 1000);
    let timeline: { kind: string; at: string }[] = [];
    for (let i = 0; i < 50 && !timeline.some((e) => e.kind === 'path_missed'); i++) {
      timeline = (await stack.api('GET', `/v1/appeals/${id}`, office)).body.timeline;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(timeline.find((e) => e.kind === 'path_missed')?.at).toBe(assigned.deadlines.pathBy);
  });
});
