import { ScheduleNotFoundError, type CalendarSpec, type Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { MeetingPlan, MeetingState, MeetingStep } from '../domain/meeting.js';
import type { Occurrence } from '../domain/recurrence.js';
import {
  MEETING_WORKFLOW,
  SERIES_FIRING_WORKFLOW,
  meetingSyncUpdate,
  meetingUpdates,
  meetingWorkflowId,
  seriesScheduleId,
  type MeetingCommands,
  type SeriesFiringInput,
} from '../workflows/meeting-messages.js';
import { meetingSummary } from '../workflows/ui-summary.js';
import { SchedulesUnsupported, TemporalUnavailable } from './errors.js';
import { isUnimplemented } from './server-features.js';
import { createWorkflowGateway } from './workflows.js';

// The way into Temporal for meetings: start a meeting, send it a step, and keep a series' Schedule. The API uses it,
// and so does the activity a series' firing runs. Every call answers within a bound (TemporalUnavailable, never a
// hang); a server without Schedules is SchedulesUnsupported.

/** Holding a meeting opens an appeal per problem before it answers: allow it longer than one appeal's step. */
const ANSWER_WITHIN_MS = 60_000;
/** How many announcements ahead a series' Schedule holds; each firing moves the window on. */
export const UPCOMING_WINDOW = 12;
const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'] as const;

/** One calendar entry per announcement, in UTC: the Schedule fires exactly when each meeting is to be announced. */
export function announcementCalendars(upcoming: Occurrence[]): CalendarSpec[] {
  return upcoming.map((o) => {
    const at = new Date(o.announceAt);
    return {
      year: at.getUTCFullYear(),
      month: MONTHS[at.getUTCMonth()]!,
      dayOfMonth: at.getUTCDate(),
      hour: at.getUTCHours(),
      minute: at.getUTCMinutes(),
      second: at.getUTCSeconds(),
      comment: `announces the meeting of ${o.date}`,
    };
  });
}

export function createMeetingGateway(client: Client, taskQueue: string) {
  const gateway = createWorkflowGateway(client, taskQueue, ANSWER_WITHIN_MS);
  const { bounded } = gateway;

  /** A Schedule call, bounded like every other; a server without Schedules says so in its own error. */
  async function onSchedules<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await bounded(work);
    } catch (err) {
      if (isUnimplemented(err)) throw new SchedulesUnsupported();
      throw TemporalUnavailable.because(err);
    }
  }

  const schedule = <T>(seriesId: string, work: (handle: ReturnType<Client['schedule']['getHandle']>) => Promise<T>): Promise<T> =>
    onSchedules(() => work(client.schedule.getHandle(seriesScheduleId(seriesId))));

  return {
    /** Starts the meeting's workflow and waits until it is on the ledger. */
    start: (plan: MeetingPlan) => gateway.start(MEETING_WORKFLOW, meetingWorkflowId(plan.id), [{ plan }], meetingSyncUpdate, { summary: meetingSummary(plan) }),

    step: <S extends MeetingStep>(meetingId: string, step: S, command: MeetingCommands[S], updateId?: string) =>
      gateway.update(meetingWorkflowId(meetingId), meetingUpdates[step] as unknown as UpdateDefinition<MeetingState, [MeetingCommands[S]]>, command, updateId),

    /** The series' Schedule, firing at each announcement of `upcoming`. */
    async createSchedule(seriesId: string, upcoming: Occurrence[]): Promise<void> {
      const input: SeriesFiringInput = { seriesId };
      await onSchedules(() =>
        client.schedule.create({
          scheduleId: seriesScheduleId(seriesId),
          spec: { calendars: announcementCalendars(upcoming) },
          action: { type: 'startWorkflow', workflowType: SERIES_FIRING_WORKFLOW, workflowId: `${seriesScheduleId(seriesId)}-firing`, taskQueue, args: [input] },
          // A firing missed while the cluster was down is still worth taking while its meeting lies ahead.
          policies: { catchupWindow: '7 days' },
        }),
      );
    },

    /** Replaces the firings still to come; a window of announcements is all a calendar spec can hold. */
    refreshSchedule: (seriesId: string, upcoming: Occurrence[]) =>
      schedule(seriesId, (h) => h.update((previous) => ({ ...previous, spec: { calendars: announcementCalendars(upcoming) } }))),

    pauseSchedule: (seriesId: string, note: string) => schedule(seriesId, (h) => h.pause(note)),
    resumeSchedule: (seriesId: string, note: string) => schedule(seriesId, (h) => h.unpause(note)),

    /** Deletes the Schedule; one already gone is fine. */
    deleteSchedule: (seriesId: string) =>
      schedule(seriesId, async (h) => {
        try {
          await h.delete();
        } catch (err) {
          if (!(err instanceof ScheduleNotFoundError)) throw err;
        }
      }),
  };
}

export type MeetingGateway = ReturnType<typeof createMeetingGateway>;
