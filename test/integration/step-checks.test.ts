import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountabilityStep } from '../../domain/accountability.js';
import type { MeetingStep } from '../../domain/meeting.js';
import type { Step } from '../../domain/rules.js';
import { accountabilityUpdates, accountabilityWorkflowId } from '../../workflows/accountability-messages.js';
import { appealWorkflowId, stepUpdates } from '../../workflows/messages.js';
import { meetingUpdates, meetingWorkflowId } from '../../workflows/meeting-messages.js';
import { appealBody, startTestStack, type TestStack } from '../support/stack.js';

// Steps sent straight to Temporal, past the API: the workflow holds them to the API's own rules (who may take the
// step on this appeal, what its body may carry) and refuses the rest without a trace in its history.

let stack: TestStack;
let office: string;
let appealId: string;

beforeAll(async () => {
  stack = await startTestStack({ workflowCache: false });
  office = await stack.token('office');
  await stack.department('fin');
  await stack.department('tax');
  appealId = (await stack.api('POST', '/v1/appeals', office, appealBody())).body.id as string;
  await stack.api('POST', `/v1/appeals/${appealId}/classify`, office, { classification: 'general', timeLimitDays: 5 });
  const assigned = await stack.api('POST', `/v1/appeals/${appealId}/assign`, office, { lead: 'fin' });
  expect(assigned.status).toBe(200);
});
afterAll(() => stack?.teardown());

/** The failure a step sent to the workflow ends with. */
async function refusal(send: () => Promise<unknown>): Promise<ApplicationFailure> {
  const err = await send().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (err as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  return cause as ApplicationFailure;
}

async function updateEvents(workflowId: string) {
  const history = await stack.env.client.workflow.getHandle(workflowId).fetchHistory();
  return (history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes || e.workflowExecutionUpdateRejectedEventAttributes).length;
}

describe('the appeal workflow checks who takes a step and what it carries', () => {
  const handle = () => stack.env.client.workflow.getHandle(appealWorkflowId(appealId));

  it('refuses a step by another department, an enterprise or the system, and leaves no trace', async () => {
    const before = await updateEvents(appealWorkflowId(appealId));
    for (const actor of [{ role: 'department', department: 'tax' }, { role: 'enterprise', creditCode: '91510700MA62BAR50B' }, { role: 'system' }, {}]) {
      const failure = await refusal(() => handle().executeUpdate(stepUpdates.accept, { args: [{ actor } as never] }));
      expect(failure.type, JSON.stringify(actor)).toBe('Forbidden');
    }
    expect(await updateEvents(appealWorkflowId(appealId))).toBe(before);
    expect((await stack.api('GET', `/v1/appeals/${appealId}`, office)).body.status).toBe('assigned');
  });

  it('refuses a body the API would refuse, naming the fields as the API does', async () => {
    const lead = { role: 'department' as const, department: 'fin', tokenId: 't' };
    const empty = await refusal(() => handle().executeUpdate(stepUpdates.path, { args: [{ actor: lead, message: '   ' }] }));
    expect(empty.type).toBe('InvalidInput');
    expect(empty.details?.[0]).toEqual({ errors: [{ field: 'message', message: 'must not be empty' }] });
    const extra = await refusal(() => handle().executeUpdate(stepUpdates.path, { args: [{ actor: lead, message: '路径', admin: true } as never] }));
    expect(extra.details?.[0]).toEqual({ errors: [{ field: 'admin', message: 'unknown field' }] });
  });

  // The worker shares one zod, readied before the SDK froze it (workflows/shared-modules.ts); each workflow builds
  // the schema of a step it checks. Every step's, built and run there, refuses as the product does, not from inside zod.
  it('checks the body of every step with a schema it builds itself', async () => {
    const lead = { role: 'department' as const, department: 'fin', tokenId: 't' };
    for (const step of Object.keys(stepUpdates) as Step[]) {
      const failure = await refusal(() => handle().executeUpdate(stepUpdates[step] as never, { args: [{ actor: lead, unknown: true }] }));
      expect(['Forbidden', 'InvalidInput'], `${step}: ${failure.message}`).toContain(failure.type);
    }
  });

  it('answers 403 through the API to a lead replaced while its step waited its turn', async () => {
    const fin = await stack.token('department', { department: 'fin' });
    await stack.stopWorker();
    const reassigned = stack.api('POST', `/v1/appeals/${appealId}/assign`, office, { lead: 'tax' });
    await new Promise((r) => setTimeout(r, 500));
    // The ledger still names fin the lead, so the API lets fin's acceptance through to the workflow.
    const accepted = stack.api('POST', `/v1/appeals/${appealId}/accept`, fin, {});
    await new Promise((r) => setTimeout(r, 1000));
    await stack.startWorker();
    expect((await reassigned).status).toBe(200);
    const refused = await accepted;
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/department may not take the accept step/);
    expect((await stack.api('GET', `/v1/appeals/${appealId}`, office)).body).toMatchObject({ status: 'assigned', leadDepartment: 'tax' });
  });
});

describe('the meeting workflow checks who takes a step', () => {
  async function meeting() {
    const created = await stack.api('POST', '/v1/meetings', office, {
      kind: 'symposium',
      title: '座谈会',
      theme: '融资',
      chair: '市长',
      location: '市政府',
      startsAt: new Date((await stack.env.currentTimeMs()) + 30 * 86_400_000).toISOString(),
    });
    expect(created.status).toBe(201);
    return { id: created.body.id as string, handle: stack.env.client.workflow.getHandle(meetingWorkflowId(created.body.id)) };
  }

  it('refuses a cancellation by an enterprise and a registration of another enterprise', async () => {
    const { id, handle } = await meeting();
    const enterprise = { role: 'enterprise', creditCode: '91510700MA62BAR50B' };
    const cancel = await refusal(() => handle.executeUpdate(meetingUpdates.cancel, { args: [{ actor: enterprise, reason: '不开了' } as never] }));
    expect(cancel.type).toBe('Forbidden');
    const other = { name: '别家公司', creditCode: '91110000600037341L', contact: { name: '王', phone: '13800001111' } };
    const register = await refusal(() =>
      handle.executeUpdate(meetingUpdates.registrations, { args: [{ actor: enterprise, enterprise: other, problems: [] } as never] }),
    );
    expect(register.type).toBe('Forbidden');
    expect((await stack.api('GET', `/v1/meetings/${id}`, office)).body.status).not.toBe('cancelled');
  });

  it('checks the body of every step with a schema it builds itself', async () => {
    const { handle } = await meeting();
    for (const step of Object.keys(meetingUpdates) as MeetingStep[]) {
      const failure = await refusal(() => handle.executeUpdate(meetingUpdates[step] as never, { args: [{ actor: { role: 'office' }, unknown: true }] }));
      expect(failure.type, `${step}: ${failure.message}`).toBe('InvalidInput');
    }
  });
});

describe('the accountability workflow checks who takes a step', () => {
  it('checks the body of every step with a schema it builds itself', async () => {
    const created = await stack.api('POST', '/v1/accountability', office, {
      kind: 'exposure',
      unit: 'fin',
      appeals: [appealId],
      text: '办理敷衍',
      rectifyWorkingDays: 5,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const handle = stack.env.client.workflow.getHandle(accountabilityWorkflowId(created.body.id));
    for (const step of Object.keys(accountabilityUpdates) as AccountabilityStep[]) {
      const failure = await refusal(() => handle.executeUpdate(accountabilityUpdates[step] as never, { args: [{ actor: { role: 'office' }, unknown: true }] }));
      expect(['Forbidden', 'InvalidInput'], `${step}: ${failure.message}`).toContain(failure.type);
    }
  });
});
