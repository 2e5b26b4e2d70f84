import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../domain/appeal.js';
import type { AccountabilityEvent, AccountabilityNotification, AccountabilityPlan, AccountabilityState, AccountabilityStep } from '../domain/accountability.js';
import type { AccountabilityBodies } from '../domain/accountability-schemas.js';
import type { LedgerOutbox } from './step-loop.js';

// The accountability workflow's public API: the API, the appeal workflow (a referral's record) and the workflow
// import these same definitions.

export const ACCOUNTABILITY_WORKFLOW = 'accountability';
export const accountabilityWorkflowId = (recordId: string) => `accountability-${recordId}`;
/** The record a referral closure opens: one per appeal and round, so a replayed or retried start opens none twice. */
export const referralRecordId = (appealId: string, round: number) => `referral-${appealId}-${round}`;

export type AccountabilityOutbox = LedgerOutbox<AccountabilityEvent, AccountabilityNotification>;

export type AccountabilityInput = { plan: AccountabilityPlan } | { carried: AccountabilityState; outbox: AccountabilityOutbox };

export type AccountabilityCommands = { [S in AccountabilityStep]: { actor: Actor } & AccountabilityBodies[S] };

export const accountabilityUpdates: { [S in AccountabilityStep]: ReturnType<typeof defineUpdate<AccountabilityState, [AccountabilityCommands[S]]>> } = {
  rectification: defineUpdate('rectification'),
  outcome: defineUpdate('outcome'),
  finding: defineUpdate('finding'),
};

/** Answers once the record's start is on the ledger: the API uses it right after starting one. */
export const accountabilitySyncUpdate = defineUpdate<AccountabilityState>('sync');

export const accountabilityStateQuery = defineQuery<AccountabilityState>('state');
