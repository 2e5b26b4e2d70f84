import type { Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { registeredAppeal, type AppealState, type Registration } from '../domain/appeal.js';
import type { Step } from '../domain/rules.js';
import {
  APPEAL_WORKFLOW,
  appealWorkflowId,
  followerUpdate,
  meetingNoteUpdate,
  stepUpdates,
  syncUpdate,
  type FollowerCommand,
  type MeetingNoteCommand,
  type StepCommand,
} from '../workflows/messages.js';
import { searchAttributesAtStart } from '../workflows/search-attributes.js';
import { appealSummary } from '../workflows/ui-summary.js';
import { createWorkflowGateway, type Listing } from './workflows.js';

const ANSWER_WITHIN_MS = 20_000;

export function createAppealGateway(client: Client, taskQueue: string, answerWithinMs = ANSWER_WITHIN_MS) {
  const gateway = createWorkflowGateway(client, taskQueue, answerWithinMs);
  const appealStart = (registration: Registration): [string, string, unknown[], typeof syncUpdate, Listing] => [
    APPEAL_WORKFLOW,
    appealWorkflowId(registration.id),
    [{ registration }],
    syncUpdate,
    // Indexed as the workflow registers it (the instant aside, which no attribute holds), so intake upserts nothing.
    { summary: appealSummary(registration), searchAttributes: searchAttributesAtStart(registeredAppeal(registration, Date.now())) },
  ];
  return {
    /** Starts the appeal's workflow and waits for its registration to be on the ledger. */
    register: (registration: Registration) => gateway.start(...appealStart(registration)),

    /**
     * Starts the appeal's workflow and waits, within the bound, for its registration to be on the ledger; resolves
     * once the workflow certainly runs, registered or not (POST /v1/appeals answers 201 or 202).
     */
    submit: (registration: Registration) => gateway.launch(...appealStart(registration)),

    step: <S extends Step>(appealId: string, step: S, command: StepCommand<S>, updateId?: string) =>
      gateway.update(appealWorkflowId(appealId), stepUpdates[step] as unknown as UpdateDefinition<AppealState, [StepCommand<S>]>, command, updateId),

    /** Makes a duplicate a follower of the appeal it is merged into (并单); taking the same one twice changes nothing. */
    follow: (appealId: string, command: FollowerCommand, updateId?: string) => gateway.update(appealWorkflowId(appealId), followerUpdate, command, updateId),

    /** Its meeting tells the appeal why it goes on without it (issue 19). */
    noteMeeting: (appealId: string, command: MeetingNoteCommand, updateId: string) =>
      gateway.update(appealWorkflowId(appealId), meetingNoteUpdate, command, updateId),
  };
}

export type AppealGateway = ReturnType<typeof createAppealGateway>;
