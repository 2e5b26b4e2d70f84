import { createHash } from 'node:crypto';
import { log } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import { isOpen, type Actor, type Enterprise, type Instant } from '../domain/appeal.js';
import type { TableDecision } from '../domain/meeting-schemas.js';
import type { Channel } from '../domain/codes.js';
import { figuresOf, planMeeting, type MeetingAppeal, type MeetingAppealFacts, type MeetingFigures, type MeetingKind, type Problem } from '../domain/meeting.js';
import { occurrenceFiringAt, timingOf, upcomingOccurrences } from '../domain/recurrence.js';
import { createAppealGateway } from '../gateway/appeals.js';
import { SchedulesUnsupported, StepRejected, WorkflowCompleted } from '../gateway/errors.js';
import { UPCOMING_WINDOW, createMeetingGateway } from '../gateway/meetings.js';
import { nextReceiptNumber } from '../db/idempotency.js';
import { loadPolicy } from '../db/policy.js';
import { appealSummaries, findSeries, recordMeetingEntry, updateSeries, type MeetingLedgerEntry } from '../db/meetings.js';
import type { Database } from '../db/schema.js';
import type { MessageChannel } from './channels/message-channel.js';
import { createDispatcher } from './dispatch.js';
import type { TemporalDeps } from '../gateway/workflows.js';
import type { MeetingNoteCommand } from '../workflows/messages.js';

// What the meeting workflow asks of the world: its ledger (and its notifications' deliveries), how its appeals stand,
// opening the appeals its problems become, and a series' firing. Each is safe to retry: rows are keyed by the
// workflow's sequence numbers, deliveries by notification id, appeals by ids derived from the meeting and the
// problem, meetings by the series and the date.

export interface MeetingReview {
  figures: MeetingFigures;
  /** Appeals neither closed nor withdrawn. */
  open: number;
  /** Every appeal's workflow has finished for good. */
  settled: boolean;
}

export interface ProblemToOpen {
  key: string;
  enterprise: Enterprise;
  problem: Problem;
}

/** The same meeting and problem always name the same appeal, so a retried activity opens nothing twice. */
export function meetingAppealId(meetingId: string, key: string): string {
  const hex = createHash('sha256').update(`meeting/${meetingId}/${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A decision at the table for one of the meeting's appeals (issue 19). */
export type AppealDecision = TableDecision & { appealId: string };

/** Appeals started at once while a meeting is held: enough to be quick, few enough not to flood the task queue. */
const OPEN_CONCURRENTLY = 8;

export function createMeetingActivities({
  db,
  timezone,
  temporal,
  messageChannel,
}: {
  db: Kysely<Database>;
  timezone: string;
  temporal: TemporalDeps;
  messageChannel?: MessageChannel;
}) {
  const dispatch = createDispatcher({ db, temporal, ...(messageChannel ? { messageChannel } : {}) });
  const appeals = createAppealGateway(temporal.client, temporal.taskQueue);
  const meetings = createMeetingGateway(temporal.client, temporal.taskQueue);

  return {
    /** As the appeal's `record`: the ledger first, then each notification on its way; safe to repeat. */
    async recordMeeting(entry: MeetingLedgerEntry): Promise<void> {
      await recordMeetingEntry(db, entry);
      await dispatch(entry.notifications.map((n) => n.id));
    },

    /** `facts` by appeal id (issue 19's counts): absent from tasks scheduled before they were sent, counted as none. */
    async reviewMeetingAppeals({
      appealIds,
      attendance,
      facts = {},
    }: {
      appealIds: string[];
      attendance: { invited: number; registered: number; attended: number };
      facts?: Record<string, MeetingAppealFacts>;
    }): Promise<MeetingReview> {
      const [summaries, { figures: counting }] = await Promise.all([appealSummaries(db, appealIds), loadPolicy(db)]);
      return {
        figures: figuresOf(
          attendance,
          summaries.map((a) => ({ ...a, ...facts[a.appealId] })),
          counting,
        ),
        open: summaries.filter((a) => isOpen(a.status)).length,
        settled: summaries.length === new Set(appealIds).size && summaries.every((a) => a.settled),
      };
    },

    /**
     * Registers one appeal per problem, as `POST /v1/appeals` would, and waits until each is on the ledger. Problems
     * registered ahead of the meeting (`waitFor` its start, `at` the workflow's now) start their clock at the meeting
     * when the policy says they wait for it (issue 19).
     */
    async openMeetingAppeals({
      meetingId,
      channel,
      problems,
      waitFor,
      at,
    }: {
      meetingId: string;
      channel: Channel;
      problems: ProblemToOpen[];
      waitFor?: Instant;
      at?: Instant;
    }): Promise<(Omit<MeetingAppeal, 'origin' | 'at'> & { key: string })[]> {
      const waits = waitFor !== undefined && at !== undefined && waitFor > at && (await loadPolicy(db)).meetingProblemsWaitForMeeting;
      const ids = problems.map((p) => meetingAppealId(meetingId, p.key));
      const existing = new Map(
        ids.length === 0
          ? []
          : (await db.selectFrom('appeals').select(['id', 'receipt_number']).where('id', 'in', ids).execute()).map((r) => [r.id, r.receipt_number]),
      );
      const opened: (Omit<MeetingAppeal, 'origin' | 'at'> & { key: string })[] = [];
      for (let i = 0; i < problems.length; i += OPEN_CONCURRENTLY) {
        const batch = problems.slice(i, i + OPEN_CONCURRENTLY).map(async ({ key, enterprise, problem }, j) => {
          const id = ids[i + j]!;
          // Already on the ledger from an earlier attempt: its workflow may even have finished (a quick withdrawal).
          let receiptNumber = existing.get(id);
          if (receiptNumber === undefined) {
            const state = await appeals.register({
              id,
              receiptNumber: await nextReceiptNumber(db),
              enterprise,
              channel,
              ...problem,
              disclose: false,
              meetingId,
              ...(waits ? { clockFrom: waitFor } : {}),
            });
            receiptNumber = state.receiptNumber;
          }
          return { key, appealId: id, receiptNumber, creditCode: enterprise.creditCode };
        });
        opened.push(...(await Promise.all(batch)));
      }
      return opened;
    },

    /**
     * Takes what the meeting decided at the table through each appeal's own steps, as the office would: `answer`,
     * or `classify` then `assign`. Each Update carries an id derived from the meeting, the appeal and the step, so a
     * retried activity takes nothing twice. A step the appeal refuses (it moved on since the API looked) is answered
     * as refused, for the meeting's timeline, rather than retried.
     */
    async decideAtTable({
      meetingId,
      actor,
      decisions,
    }: {
      meetingId: string;
      actor: Actor;
      decisions: AppealDecision[];
    }): Promise<{ appealId: string; refused?: string }[]> {
      const results: { appealId: string; refused?: string }[] = [];
      for (const d of decisions) {
        const updateId = (step: string) => `meeting-${meetingId}-held-${d.appealId}-${step}`;
        try {
          if (d.decision === 'answered') {
            await appeals.step(d.appealId, 'answer', { actor, text: d.text, ...(d.basis ? { basis: d.basis } : {}) }, updateId('answer'));
          } else if (d.decision === 'assigned') {
            const { classification, timeLimitDays, lead, co } = d;
            // The API settled the limit from the policy (CONTRACT.md §3: classify).
            await appeals.step(d.appealId, 'classify', { actor, classification, timeLimitDays: timeLimitDays! }, updateId('classify'));
            await appeals.step(d.appealId, 'assign', { actor, lead, ...(co ? { co } : {}) }, updateId('assign'));
          }
          results.push({ appealId: d.appealId });
        } catch (err) {
          if (err instanceof WorkflowCompleted) results.push({ appealId: d.appealId, refused: 'its workflow has completed' });
          else if (err instanceof StepRejected) results.push({ appealId: d.appealId, refused: err.message });
          else throw err;
        }
      }
      return results;
    },

    /**
     * Tells each appeal why it goes on without its meeting (issue 19), once per appeal and reason (the Update's id);
     * an appeal that has finished, or refuses, is passed over: the meeting's own timeline names it all the same.
     */
    async noteOnAppeals({
      meetingId,
      appealIds,
      what,
      reason,
    }: {
      meetingId: string;
      appealIds: string[];
      what: MeetingNoteCommand['what'];
      reason?: string;
    }): Promise<void> {
      for (const appealId of appealIds) {
        try {
          await appeals.noteMeeting(
            appealId,
            { actor: { role: 'system' }, meetingId, what, ...(reason ? { reason } : {}) },
            `meeting-${meetingId}-${what}-${appealId}`,
          );
        } catch (err) {
          if (!(err instanceof WorkflowCompleted) && !(err instanceof StepRejected)) throw err;
          log.info('appeal not told of its meeting', { meetingId, appealId, what, error: (err as Error).message });
        }
      }
    },

    /** A series' Schedule fired (or was triggered) at `at`: opens the meeting it announces and moves the window on. */
    async openSeriesMeeting({ seriesId, at }: { seriesId: string; at: Instant }): Promise<string | null> {
      const series = await findSeries(db, seriesId);
      if (!series || series.status !== 'active') {
        log.info('series is paused or gone; nothing to open', { seriesId });
        return null;
      }
      const timing = timingOf(series);
      const occurrence = occurrenceFiringAt(timing, timezone, at);
      let meetingId: string | null = null;
      if (occurrence) {
        const plan = planMeeting(
          {
            id: `${seriesId}-${occurrence.date}`,
            seriesId,
            kind: series.kind as MeetingKind,
            title: series.title,
            theme: series.theme,
            sector: series.sector,
            chair: series.chair,
            location: series.location,
            startsAt: occurrence.startsAt,
          },
          series.announceDaysBefore,
          timezone,
        );
        await meetings.start(plan);
        meetingId = plan.id;
      }
      const upcoming = upcomingOccurrences(timing, timezone, at, UPCOMING_WINDOW);
      try {
        await meetings.refreshSchedule(seriesId, upcoming);
      } catch (err) {
        if (!(err instanceof SchedulesUnsupported)) throw err;
        log.warn('this Temporal server runs no Schedules; skipped moving the series window on', { seriesId });
      }
      await updateSeries(db, seriesId, { upcoming });
      return meetingId;
    },
  };
}

export type MeetingActivities = ReturnType<typeof createMeetingActivities>;
