import type { Kysely } from 'kysely';
import type { FollowUp, Instant } from '../domain/appeal.js';
import { WorkingCalendar, nthWorkingDayAfter, nthWorkingDayCounting, workingDayBefore, workingDayOnOrAfter, workingDaysStopped } from '../domain/calendar.js';
import { addMonthsClamped, atLocalTime, endOfDay, localDate } from '../domain/dates.js';
import type { Policy } from '../domain/policy.js';
import { loadCalendarYears } from '../db/calendar.js';
import { loadPolicy } from '../db/policy.js';
import type { Database } from '../db/schema.js';

// Calendar + policy → instants (CONTRACT.md §4). The workflow asks here for every deadline it sets, so the result
// is recorded in its history: a later calendar or policy edit changes deadlines set afterwards, and never
// breaks the replay of a running appeal.

export type DeadlineRule =
  | 'firstAssignBy'
  | 'firstPathBy'
  | 'laterAssignBy'
  | 'laterPathBy'
  | 'dueAt'
  | 'extendedDueAt'
  | 'warningAt'
  | 'reportBy'
  | 'ratingBy'
  | 'unratedAt'
  | 'explanationBy'
  | 'contributeBy'
  | 'rectifyBy';

export interface DeadlineRequest {
  rule: DeadlineRule;
  /** The starting event's instant (for `warningAt` and `extendedDueAt`: the current `dueAt`). */
  from: Instant;
  /** For `dueAt`, `extendedDueAt`, `reportBy` and `rectifyBy`: the number of working days. */
  workingDays?: number;
}

type Day = string;
type Rule = (cal: WorkingCalendar, day: Day, policy: Policy, workingDays: number | undefined) => { day: Day; time?: string };

const after =
  (n: (p: Policy, w: number | undefined) => number): Rule =>
  (cal, day, p, w) => ({
    day: nthWorkingDayAfter(cal, day, n(p, w)),
  });
const given = (_: Policy, w: number | undefined) => {
  if (w === undefined) throw new Error('workingDays is required for this rule');
  return w;
};

const RULES: Record<DeadlineRule, Rule> = {
  firstAssignBy: (cal, day, p) => ({ day: nthWorkingDayCounting(cal, day, p.assignByDay) }),
  firstPathBy: (cal, day, p) => ({ day: nthWorkingDayCounting(cal, day, p.pathByDay) }),
  laterAssignBy: after((p) => p.laterAssignByWorkingDays),
  laterPathBy: after((p) => p.laterPathByWorkingDays),
  dueAt: after(given),
  extendedDueAt: after(given),
  warningAt: (cal, day, p) => ({ day: workingDayBefore(cal, day), time: p.warningTime }),
  reportBy: after((p, w) => w ?? p.reportEveryWorkingDays),
  ratingBy: after((p) => p.ratingDueWorkingDays),
  unratedAt: after((p) => p.unratedAfterWorkingDays),
  explanationBy: after((p) => p.explanationDueWorkingDays),
  contributeBy: after((p) => p.contributionDueWorkingDays),
  rectifyBy: after((p, w) => w ?? p.rectifyWorkingDays),
};

export function createDeadlineActivities({ db, timezone }: { db: Kysely<Database>; timezone: string }) {
  async function calendarAround(from: Instant): Promise<WorkingCalendar> {
    const year = Number(localDate(from, timezone).slice(0, 4));
    // Time limits reach at most a few months ahead; follow-ups up to a year and a few days.
    return new WorkingCalendar(await loadCalendarYears(db, [year - 1, year, year + 1, year + 2]));
  }

  return {
    async deadlines(requests: DeadlineRequest[]): Promise<Instant[]> {
      if (requests.length === 0) return [];
      const [cal, policy] = await Promise.all([calendarAround(requests[0]!.from), loadPolicy(db)]);
      return requests.map(({ rule, from, workingDays }) => {
        const { day, time } = RULES[rule](cal, localDate(from, timezone), policy, workingDays);
        return time ? atLocalTime(day, time, timezone) : endOfDay(day, timezone);
      });
    },

    /** The working days between two instants' local days, the first counted and the last not (domain/calendar.ts). */
    async workingDaysStopped({ from, until }: { from: Instant; until: Instant }): Promise<number> {
      return workingDaysStopped(await calendarAround(from), localDate(from, timezone), localDate(until, timezone));
    },

    /** The four visits of a closure cycle: announced on `scheduledFor` at the policy's time, due days later. */
    async followUpVisits({ closedAt, cycle }: { closedAt: Instant; cycle: number }): Promise<FollowUp[]> {
      const [cal, policy] = await Promise.all([calendarAround(closedAt), loadPolicy(db)]);
      const closedOn = localDate(closedAt, timezone);
      return policy.followUpMonths.map((months, i) => {
        const scheduledFor = workingDayOnOrAfter(cal, addMonthsClamped(closedOn, months));
        return {
          cycle,
          n: i + 1,
          scheduledFor,
          dueAt: endOfDay(nthWorkingDayAfter(cal, scheduledFor, policy.followUpDueWorkingDays), timezone),
          outcome: 'pending',
          announceAt: atLocalTime(scheduledFor, policy.followUpTime, timezone),
        };
      });
    },
  };
}

export type DeadlineActivities = ReturnType<typeof createDeadlineActivities>;
