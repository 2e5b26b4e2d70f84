import { expect } from 'vitest';
import { deliveryWorkflowId } from '../../workflows/notification-messages.js';
import type { Receiver, Reply } from './receiver.js';
import { ADMIN, appealBody, type TestStack } from './stack.js';

// What the notification tests do again and again: a department whose webhook is the test receiver, an appeal
// assigned to it (whose `assigned` notification goes there), a delivery's outcome, a notification as listed.

export function webhookHelpers(stack: TestStack, receiver: Receiver, office: string) {
  return {
    /** A department whose webhook answers with `replies`; returns its code and secret. */
    async hookedDepartment(code: string, replies: Reply[]) {
      receiver.script(`/${code}`, replies);
      const created = await stack.api('POST', '/v1/departments', ADMIN, { code, name: `${code} 局`, webhookUrl: receiver.url(`/${code}`) });
      expect(created.status).toBe(201);
      return { code, secret: created.body.secret as string };
    },

    /** Registers, classifies and assigns an appeal to `lead`: the `assigned` notification goes to its webhook. */
    async assignedAppeal(lead: string) {
      const id = (await stack.api('POST', '/v1/appeals', office, appealBody())).body.id as string;
      await stack.api('POST', `/v1/appeals/${id}/classify`, office, { classification: 'general', timeLimitDays: 5 });
      const assigned = await stack.api('POST', `/v1/appeals/${id}/assign`, office, { lead });
      expect(assigned.status).toBe(200);
      const [n] = (await stack.api('GET', `/v1/notifications?appeal=${id}&department=${lead}`, office)).body.items;
      return { id, assigned: assigned.body, notificationId: n.id as string };
    },

    /** The latest delivery's outcome (awaiting it lets the time-skipping server skip its back-off). */
    delivery: (notificationId: string): Promise<'delivered' | 'failed'> => stack.env.client.workflow.getHandle(deliveryWorkflowId(notificationId)).result(),

    notification: async (id: string) => (await stack.api('GET', `/v1/notifications?limit=100`, office)).body.items.find((n: { id: string }) => n.id === id),
  };
}
