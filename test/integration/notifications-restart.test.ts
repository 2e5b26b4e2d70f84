import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { webhookHelpers } from '../support/webhooks.js';

// A delivery outlives the worker that began it: its retry schedule is the workflow's, kept by Temporal. In a file
// of its own because restarting a worker needs the workflow cache off on the time-skipping server.

let stack: TestStack;
let receiver: Receiver;
let hooks: ReturnType<typeof webhookHelpers>;

beforeAll(async () => {
  [stack, receiver] = await Promise.all([startTestStack({ workflowCache: false }), startReceiver()]);
  hooks = webhookHelpers(stack, receiver, await stack.token('office'));
});
afterAll(async () => {
  await stack?.teardown();
  await receiver?.close();
});

describe('a worker restart', () => {
  it('leaves a delivery retrying until it is delivered', async () => {
    const dept = await hooks.hookedDepartment('restart-dept', [{ status: 502 }, { status: 200 }]);
    const { notificationId } = await hooks.assignedAppeal(dept.code);
    await stack.stopWorker();
    await stack.startWorker();
    expect(await hooks.delivery(notificationId)).toBe('delivered');
    expect((await hooks.notification(notificationId)).attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([502, 200]);
  });
});
