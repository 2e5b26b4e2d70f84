import { randomUUID } from 'node:crypto';
import type { History } from '@temporalio/common/lib/proto-utils.js';
import proto from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registration } from '../../domain/appeal.js';
import { createWorkflowGateway } from '../../gateway/workflows.js';
import { APPEAL_WORKFLOW, appealWorkflowId, syncUpdate } from '../../workflows/messages.js';
import { searchAttributeKeys } from '../../workflows/search-attributes.js';
import { keepHistory } from '../replay/fixtures.js';
import { eventually } from '../support/lifecycle.js';
import { appealBody, startTestStack, type TestStack } from '../support/stack.js';

// Issue 21: the gateway starts an appeal with its search attributes set, so its intake upserts none of them and it
// is found by them from its start; a step that changes them still upserts them. Searching needs the dev server's
// visibility store (the time-skipping server keeps none), so this file runs on it, on the real clock. One test
// stops the worker to hold a registration back, so the workflow cache is off (see product-stack.ts).

const { EventType } = proto.temporal.api.enums.v1;
const APPEAL_ATTRIBUTES = new Set(Object.values(searchAttributeKeys).map((key) => key.name));

let stack: TestStack;
let office: string;
let dept: string;

beforeAll(async () => {
  stack = await startTestStack({ temporal: 'dev', workflowCache: false, appealAnswerWithinMs: 1_500 });
  await stack.department('sa-dept');
  [office, dept] = await Promise.all([stack.token('office'), stack.token('department', { department: 'sa-dept' })]);
});
afterAll(() => stack?.teardown());

/**
 * The upserts of the appeal's own attributes. The SDK upserts `TemporalChangeVersion` beside each `patched()` marker
 * a run records, which says nothing about the appeal.
 */
const appealUpserts = (history: History) =>
  (history.events ?? []).filter(
    (e) =>
      e.eventType === EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES &&
      Object.keys(e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields ?? {}).some((name) => APPEAL_ATTRIBUTES.has(name)),
  ).length;

/** The workflow ids visibility finds for `query` (which it writes asynchronously, even on the dev server). */
async function found(query: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const execution of stack.env.client.workflow.list({ query })) ids.push(execution.workflowId);
  return ids;
}

describe('an appeal submitted through the API', () => {
  it('is found by its search attributes from its start, and upserts them only when a step changes them', async () => {
    const created = await stack.api('POST', '/v1/appeals', office, appealBody());
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const handle = stack.env.client.workflow.getHandle(appealWorkflowId(id));

    expect(appealUpserts(await handle.fetchHistory())).toBe(0);
    const indexed = (await handle.describe()).typedSearchAttributes;
    expect(indexed.get(searchAttributeKeys.status)).toBe('registered');
    expect(indexed.get(searchAttributeKeys.channel)).toBe('online_platform');
    expect(indexed.get(searchAttributeKeys.category)).toBe('financing');
    expect(indexed.get(searchAttributeKeys.supervised)).toBe(false);
    expect(indexed.get(searchAttributeKeys.round)).toBe(1);
    // Not assigned yet: no lead and no due date are indexed, rather than empty ones.
    expect(indexed.get(searchAttributeKeys.leadDepartment)).toBeUndefined();
    expect(indexed.get(searchAttributeKeys.dueAt)).toBeUndefined();
    await eventually(async () =>
      expect(await found(`WorkflowId = "${handle.workflowId}" AND AppealStatus = "registered" AND AppealRound = 1`)).toEqual([handle.workflowId]),
    );

    // Classifying changes none of them; assigning and accepting do.
    expect((await stack.api('POST', `/v1/appeals/${id}/classify`, office, { classification: 'general', timeLimitDays: 5 })).status).toBe(200);
    expect(appealUpserts(await handle.fetchHistory())).toBe(0);
    const assigned = await stack.api('POST', `/v1/appeals/${id}/assign`, office, { lead: 'sa-dept' });
    expect(assigned.status).toBe(200);
    expect((await stack.api('POST', `/v1/appeals/${id}/accept`, dept, {})).status).toBe(200);

    expect(appealUpserts(await keepHistory(handle, 'attributes-at-start'))).toBe(2);
    const now = (await handle.describe()).typedSearchAttributes;
    expect(now.get(searchAttributeKeys.dueAt)?.getTime()).toBe(Date.parse(assigned.body.deadlines.dueAt));
    await eventually(async () =>
      expect(await found(`WorkflowId = "${handle.workflowId}" AND AppealStatus = "in_progress" AND LeadDepartment = "sa-dept"`)).toEqual([handle.workflowId]),
    );
  });

  it('is found by them while no worker has run it yet (answered 202)', async () => {
    await stack.stopWorker();
    let id: string;
    try {
      const accepted = await stack.api('POST', '/v1/appeals', office, appealBody());
      expect(accepted.status).toBe(202);
      id = accepted.body.id as string;
      const history = await stack.env.client.workflow.getHandle(appealWorkflowId(id)).fetchHistory();
      expect(history.events?.some((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED)).toBe(false);
      await eventually(async () =>
        expect(await found(`WorkflowId = "${appealWorkflowId(id)}" AND AppealStatus = "registered"`)).toEqual([appealWorkflowId(id)]),
      );
    } finally {
      await stack.startWorker();
    }
    await eventually(async () => expect((await stack.api('GET', `/v1/appeals/${id}`, office)).body.status).toBe('registered'));
  });

  it('started without them, as an older API did, upserts them at its first commit', async () => {
    const body = appealBody();
    const registration: Registration = {
      ...body,
      id: randomUUID(),
      receiptNumber: 'QS99999999',
      channel: 'online_platform',
      disclose: false,
      meetingId: null,
    };
    const workflowId = appealWorkflowId(registration.id);
    await createWorkflowGateway(stack.env.client, stack.taskQueue, 20_000).start(APPEAL_WORKFLOW, workflowId, [{ registration }], syncUpdate, {
      summary: 'an older API',
    });

    const handle = stack.env.client.workflow.getHandle(workflowId);
    expect(appealUpserts(await handle.fetchHistory())).toBe(1);
    expect((await handle.describe()).typedSearchAttributes.get(searchAttributeKeys.status)).toBe('registered');
  });
});
