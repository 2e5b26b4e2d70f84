import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { LedgerOutbox } from './step-loop.js';
import type { Actor, AppealState, Follower, NotificationRecord, Registration, TimelineEvent } from '../domain/appeal.js';
import type { Step } from '../domain/rules.js';
import type { StepBodies } from '../domain/steps.js';

// The appeal workflow's public API: the client and the workflow import these same definitions.

export const APPEAL_WORKFLOW = 'appeal';
export const appealWorkflowId = (appealId: string) => `appeal-${appealId}`;

/** Ledger rows a step produced that are not yet written (kept across continue-as-new). */
export type Outbox = LedgerOutbox<TimelineEvent, NotificationRecord>;

export type AppealInput = { registration: Registration } | { carried: AppealState; outbox: Outbox };

/** What a step's Update carries: who takes it and the body, with the classification's limit already resolved. */
export type StepCommand<S extends Step> = { actor: Actor } & (S extends 'classify' ? StepBodies['classify'] & { timeLimitDays: number } : StepBodies[S]);

export const stepUpdates: { [S in Step]: ReturnType<typeof defineUpdate<AppealState, [StepCommand<S>]>> } = {
  classify: defineUpdate('classify'),
  assign: defineUpdate('assign'),
  accept: defineUpdate('accept'),
  return: defineUpdate('return'),
  path: defineUpdate('path'),
  progress: defineUpdate('progress'),
  contribution: defineUpdate('contribution'),
  delegate: defineUpdate('delegate'),
  'delegate-report': defineUpdate('delegate-report'),
  owner: defineUpdate('owner'),
  handler: defineUpdate('handler'),
  instruction: defineUpdate('instruction'),
  escalate: defineUpdate('escalate'),
  note: defineUpdate('note'),
  contacts: defineUpdate('contacts'),
  extension: defineUpdate('extension'),
  'extension/decision': defineUpdate('extension/decision'),
  supervision: defineUpdate('supervision'),
  resolve: defineUpdate('resolve'),
  answer: defineUpdate('answer'),
  'request-material': defineUpdate('request-material'),
  material: defineUpdate('material'),
  merge: defineUpdate('merge'),
  reassign: defineUpdate('reassign'),
  rating: defineUpdate('rating'),
  explanation: defineUpdate('explanation'),
  referral: defineUpdate('referral'),
  close: defineUpdate('close'),
  'follow-ups': defineUpdate('follow-ups'),
  withdraw: defineUpdate('withdraw'),
};

/** A duplicate joins the appeal it is merged into (并单): sent by the API just before the duplicate's `merge`. */
export type FollowerCommand = { actor: Actor } & Omit<Follower, 'at' | 'rating'>;
export const followerUpdate = defineUpdate<AppealState, [FollowerCommand]>('follower');

/**
 * The meeting an appeal was registered for tells it why it goes on without it (issue 19): its enterprise did not
 * attend, or the meeting was cancelled. Sent by the meeting's activity, never by the API.
 */
export interface MeetingNoteCommand {
  actor: Actor;
  meetingId: string;
  what: 'absent' | 'cancelled';
  reason?: string;
}
export const meetingNoteUpdate = defineUpdate<AppealState, [MeetingNoteCommand]>('meetingNote');

/** Answers once every step taken before it is on the ledger: the API uses it after starting an appeal. */
export const syncUpdate = defineUpdate<AppealState>('sync');

export const stateQuery = defineQuery<AppealState>('state');

/** The failure type of a step refused in the current state; details carry `{currentStatus, allowedSteps}`. */
export const WRONG_STATE = 'WrongState';

/** The failure types of a step refused for its actor (403) or its body (400; details carry `{errors}`). */
export const FORBIDDEN = 'Forbidden';
export const INVALID_INPUT = 'InvalidInput';
