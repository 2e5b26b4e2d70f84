import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, Enterprise } from '../domain/appeal.js';
import type { MeetingAppeal, MeetingEvent, MeetingNotification, MeetingPlan, MeetingState, MeetingStep, Problem } from '../domain/meeting.js';
import type { HeldBody } from '../domain/meeting-schemas.js';
import type { LedgerOutbox } from './step-loop.js';

// The meeting workflow's public API: the API, the series' activity and the workflow import these same definitions.

export const MEETING_WORKFLOW = 'meeting';
export const SERIES_FIRING_WORKFLOW = 'meetingSeriesFiring';
export const meetingWorkflowId = (meetingId: string) => `meeting-${meetingId}`;
export const seriesScheduleId = (seriesId: string) => `meeting-series-${seriesId}`;

export type MeetingOutbox = LedgerOutbox<MeetingEvent, MeetingNotification>;

export type MeetingInput = { plan: MeetingPlan } | { carried: MeetingState; outbox: MeetingOutbox };

export interface SeriesFiringInput {
  seriesId: string;
}

/** What each step's Update carries: who takes it and the body, with linked appeals already looked up. */
export interface MeetingCommands {
  invitations: { actor: Actor; creditCodes: string[] };
  registrations: { actor: Actor; enterprise: Enterprise; problems: Problem[] };
  /** The body as sent, each `assigned` decision's time limit settled from the policy. */
  held: { actor: Actor } & Omit<HeldBody, 'problemsRaised'> & { problemsRaised: NonNullable<HeldBody['problemsRaised']> };
  appeals: { actor: Actor; appeals: Omit<MeetingAppeal, 'origin' | 'at'>[] };
  cancel: { actor: Actor; reason: string };
}

export const meetingUpdates: { [S in MeetingStep]: ReturnType<typeof defineUpdate<MeetingState, [MeetingCommands[S]]>> } = {
  invitations: defineUpdate('invitations'),
  registrations: defineUpdate('registrations'),
  held: defineUpdate('held'),
  appeals: defineUpdate('appeals'),
  cancel: defineUpdate('cancel'),
};

/** Answers once the meeting's start is on the ledger: the API uses it right after starting one. */
export const meetingSyncUpdate = defineUpdate<MeetingState>('sync');

export const meetingStateQuery = defineQuery<MeetingState>('state');

/** Registered with the appeals' attributes: `MeetingStatus="follow_up"` in the Temporal UI. */
export const meetingSearchAttributeKeys = {
  status: defineSearchAttributeKey('MeetingStatus', SearchAttributeType.KEYWORD),
};

/** Set by Temporal on a workflow a Schedule starts: the moment the firing was due. */
export const scheduledStartTimeKey = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);
