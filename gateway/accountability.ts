import type { Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { AccountabilityPlan, AccountabilityState, AccountabilityStep } from '../domain/accountability.js';
import {
  ACCOUNTABILITY_WORKFLOW,
  accountabilitySyncUpdate,
  accountabilityUpdates,
  accountabilityWorkflowId,
  type AccountabilityCommands,
} from '../workflows/accountability-messages.js';
import { createWorkflowGateway } from './workflows.js';

// The way into Temporal for accountability records: open one, send it a step. Every call answers within a bound.

const ANSWER_WITHIN_MS = 20_000;

export function createAccountabilityGateway(client: Client, taskQueue: string) {
  const gateway = createWorkflowGateway(client, taskQueue, ANSWER_WITHIN_MS);
  return {
    /** Starts the record's workflow and waits until it is on the ledger. */
    start: (plan: AccountabilityPlan) =>
      gateway.start(ACCOUNTABILITY_WORKFLOW, accountabilityWorkflowId(plan.id), [{ plan }], accountabilitySyncUpdate, {
        summary: `${plan.kind} · ${plan.unit ?? '-'}`,
      }),

    step: <S extends AccountabilityStep>(recordId: string, step: S, command: AccountabilityCommands[S], updateId?: string) =>
      gateway.update(
        accountabilityWorkflowId(recordId),
        accountabilityUpdates[step] as unknown as UpdateDefinition<AccountabilityState, [AccountabilityCommands[S]]>,
        command,
        updateId,
      ),
  };
}
