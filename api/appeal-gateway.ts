import type { Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { AppealState, Registration } from '../domain/appeal.js';
import type { Step } from '../domain/rules.js';
import { APPEAL_WORKFLOW, appealWorkflowId, stepUpdates, syncUpdate, type StepCommand } from '../workflows/messages.js';
import { appealSummary } from '../workflows/ui-summary.js';
import { createWorkflowGateway } from './workflow-gateway.js';

const ANSWER_WITHIN_MS = 20_000;

export function createAppealGateway(client: Client, taskQueue: string) {
  const gateway = createWorkflowGateway(client, taskQueue, ANSWER_WITHIN_MS);
  return {
    /** Starts the appeal's workflow and waits for its registration to be on the ledger. */
    register: (registration: Registration) =>
      gateway.start(APPEAL_WORKFLOW, appealWorkflowId(registration.id), [{ registration }], syncUpdate, appealSummary(registration)),

    step: <S extends Step>(appealId: string, step: S, command: StepCommand<S>, updateId?: string) =>
      gateway.update(appealWorkflowId(appealId), stepUpdates[step] as unknown as UpdateDefinition<AppealState, [StepCommand<S>]>, command, updateId),
  };
}

export type AppealGateway = ReturnType<typeof createAppealGateway>;
