import { isOpen, type Actor, type AppealState, type Enterprise, type Instant } from './appeal.js';
import { addDays, endOfDay, localDate } from './dates.js';
import type { Channel, Status } from './codes.js';
import { percent, type FigurePolicy } from './figures.js';
import { announcementOf } from './recurrence.js';

// A meeting's closed loop (CONTRACT.md §6; seed 004: plan, call for problems, hold, ledger, time-limited handling,
// follow-up supervision, special report). Pure: the meeting workflow, its activities and the API share it.

export const MEETING_KINDS = {
  symposium: '面对面专题座谈会',
  consultation_meeting: '困难问题会商会',
  coordination: '协调调度会',
} as const;

export const MEETING_STATUSES = {
  planned: '筹备中',
  announced: '已发布公告',
  registration_closed: '报名已截止',
  held: '已召开',
  follow_up: '跟踪督办',
  reported: '已形成专题报告',
  cancelled: '已取消',
} as const;

/** The meeting's own timeline (the appeal timeline's kinds are fixed by the contract, so links are recorded here). */
export const MEETING_EVENT_KINDS = {
  planned: '筹备',
  announced: '发布公告',
  invited: '邀请企业',
  registered: '企业报名',
  registration_closed: '报名截止',
  held: '召开会议',
  appeals_opened: '问题建立台账',
  decided: '现场议定',
  absent_problems: '未到会企业问题继续办理',
  appeal_linked: '纳入诉求',
  digest: '进展通报',
  reported: '形成专题报告',
  follow_up_resumed: '诉求反弹，恢复跟踪',
  cancelled: '取消',
  notified: '通知',
} as const;

/** What a meeting decided at the table for a problem (issue 19: 现场答疑、现场交办). */
export const TABLE_DECISIONS = {
  answered: '现场答复',
  assigned: '现场交办',
  follow_up: '会后跟踪办理',
} as const;

export type TableDecisionKind = keyof typeof TABLE_DECISIONS;

/** How far a meeting's problem is prepared (事前筹备), read from its appeal: what the meeting's view shows per problem. */
export const READINESS = {
  unsorted: '待梳理交办',
  awaiting_acceptance: '待部门签收',
  preparing: '部门准备答复',
  ready: '已有答复',
  finished: '已办结或撤回',
} as const;

export type Readiness = keyof typeof READINESS;

export function readinessOf(a: Pick<AppealState, 'status' | 'pathReported'>): Readiness {
  switch (a.status) {
    case 'registered':
      return 'unsorted';
    case 'assigned':
      return 'awaiting_acceptance';
    // The path (the day-3 answer to the enterprise) is what the department brings to the table.
    case 'in_progress':
      return a.pathReported ? 'ready' : 'preparing';
    case 'awaiting_material':
      return 'preparing';
    case 'closed':
    case 'withdrawn':
      return 'finished';
    default:
      return 'ready';
  }
}

/** One of a meeting's problems as its view lists it: the appeal's lead and how far it is prepared. */
export interface MeetingProblem {
  appealId: string;
  title: string;
  status: Status;
  leadDepartment: string | null;
  leadDepartmentName: string | null;
  coDepartments: string[];
  readiness: Readiness;
}
export type MeetingKind = keyof typeof MEETING_KINDS;
export type MeetingStatus = keyof typeof MEETING_STATUSES;
export type MeetingEventKind = keyof typeof MEETING_EVENT_KINDS;

/** The progress digest goes to the office every this many working days while the meeting follows up. */
export const DIGEST_EVERY_WORKING_DAYS = 5;
export const DEFAULT_ANNOUNCE_DAYS_BEFORE = 7;

export interface Problem {
  category: string;
  title: string;
  description: string;
}

export interface MeetingRegistration {
  enterprise: Enterprise;
  problems: Problem[];
  /** The latest registration: registering again replaces the earlier one. */
  at: Instant;
  by: Actor['role'];
  /**
   * The appeal each problem became at registration, by index (issue 19: collected = registered). Absent on
   * registrations taken before then, whose problems become appeals when the meeting is held and the enterprise came.
   */
  appealIds?: string[];
}

export interface MeetingAppeal {
  appealId: string;
  receiptNumber: string;
  creditCode: string;
  /** `registered`: a problem registered for the meeting; `raised`: on the spot; `linked`: an existing appeal. */
  origin: 'registered' | 'raised' | 'linked';
  at: Instant;
  /** A registered problem whose enterprise did not come: its appeal goes on all the same (issue 19). */
  absent?: true;
  /** What the meeting decided for it at the table (issue 19); absent before it was held, or for older meetings. */
  decision?: TableDecisionKind;
}

export interface MeetingPlan {
  id: string;
  seriesId: string | null;
  kind: MeetingKind;
  title: string;
  theme: string;
  sector: string | null;
  chair: string;
  location: string;
  startsAt: Instant;
  announceAt: Instant;
  /** 23:59:59.999 of the day before `startsAt`. */
  registrationClosesAt: Instant;
}

/** How the meeting came by each problem and what it decided, for the report's issue-19 counts. */
export type MeetingAppealFacts = Pick<MeetingAppeal, 'origin' | 'decision' | 'absent'>;

/** The report's counts of one group of the meeting's appeals (issue 19 added collected … absent). */
export interface ProblemCounts {
  problemsRaised: number;
  /** Registered for the meeting ahead of it (collected by its call), rather than raised there or linked. */
  collected: number;
  answeredOnTheSpot: number;
  assignedAtTable: number;
  /** Registered problems of enterprises that did not attend, followed up all the same. */
  absent: number;
  solved: number;
  inProgress: number;
  solveRate: number | null;
}

export interface DepartmentFigures extends ProblemCounts {
  department: string | null;
  name: string | null;
}

/** The special report's figures (the seeds' table: invited, problems, solved, solve rate). */
export interface MeetingFigures extends ProblemCounts {
  invited: number;
  registered: number;
  attended: number;
  byDepartment: DepartmentFigures[];
}

export interface MeetingState extends MeetingPlan {
  status: MeetingStatus;
  createdAt: Instant;
  announcedAt: Instant | null;
  heldAt: Instant | null;
  minutes: string | null;
  invitations: string[];
  registrations: MeetingRegistration[];
  attended: string[];
  appeals: MeetingAppeal[];
  cancelledAt: Instant | null;
  cancelReason: string | null;
  /** The stored special report: written when the last appeal closes, kept (not recomputed) afterwards. */
  report: MeetingFigures | null;
  reportedAt: Instant | null;
  digestAt: Instant | null;
  /** When the workflow next looks at its appeals on the ledger (daily while it has appeals to watch). */
  reviewAt: Instant | null;
  /** Every appeal has finished for good (withdrawn, or its last follow-up visit done): nothing can reopen. */
  settled: boolean;
  fired: Record<string, Instant>;
  seq: number;
}

export type MeetingRecipient = { kind: 'office' } | { kind: 'enterprise'; creditCode: string };

export interface MeetingEvent {
  seq: number;
  kind: MeetingEventKind;
  at: Instant;
  actor?: Actor;
  data?: Record<string, unknown>;
}

export interface MeetingNotification {
  id: string;
  seq: number;
  kind: MeetingEventKind;
  recipient: MeetingRecipient;
  at: Instant;
  data?: Record<string, unknown>;
}

const ENTERPRISE_KEY = 'enterprise:';

/** A meeting's recipient as the notifications ledger keys it (an appeal's enterprise is plain `enterprise`). */
export const meetingRecipientKey = (r: MeetingRecipient) => (r.kind === 'office' ? 'office' : `${ENTERPRISE_KEY}${r.creditCode}`);

/** The credit code of the enterprise a recipient key names by it, if any. */
export const creditCodeOfRecipientKey = (key: string): string | undefined => (key.startsWith(ENTERPRISE_KEY) ? key.slice(ENTERPRISE_KEY.length) : undefined);

/** The channel of appeals a meeting opens; a coordination meeting's linked appeals keep their own. */
export function meetingChannel(kind: MeetingKind): Channel {
  return kind === 'coordination' ? 'other' : kind;
}

export function planMeeting(input: Omit<MeetingPlan, 'announceAt' | 'registrationClosesAt'>, announceDaysBefore: number, timeZone: string): MeetingPlan {
  return {
    ...input,
    announceAt: announcementOf(input.startsAt, announceDaysBefore, timeZone),
    registrationClosesAt: endOfDay(addDays(localDate(input.startsAt, timeZone), -1), timeZone),
  };
}

/** A meeting as its workflow starts it, planned at `now`. */
export function newMeeting(plan: MeetingPlan, now: Instant): MeetingState {
  return {
    ...plan,
    status: 'planned',
    createdAt: now,
    announcedAt: null,
    heldAt: null,
    minutes: null,
    invitations: [],
    registrations: [],
    attended: [],
    appeals: [],
    cancelledAt: null,
    cancelReason: null,
    report: null,
    reportedAt: null,
    digestAt: null,
    reviewAt: null,
    settled: false,
    fired: {},
    seq: 0,
  };
}

// ---- which step is allowed when: the workflow's validators and the API's 409 answers ----

export const MEETING_STEPS = ['invitations', 'registrations', 'held', 'appeals', 'cancel'] as const;
export type MeetingStep = (typeof MEETING_STEPS)[number];

const BEFORE_HELD: MeetingStatus[] = ['planned', 'announced', 'registration_closed'];

const meetingAllowedIn: Record<MeetingStep, (s: MeetingState, now: Instant) => boolean> = {
  invitations: (s) => BEFORE_HELD.includes(s.status),
  registrations: (s, now) => (s.status === 'planned' || s.status === 'announced') && now <= s.registrationClosesAt,
  held: (s) => BEFORE_HELD.includes(s.status),
  appeals: (s) => s.status !== 'cancelled',
  cancel: (s) => BEFORE_HELD.includes(s.status),
};

export function meetingStepAllowed(step: MeetingStep, s: MeetingState, now: Instant): boolean {
  return meetingAllowedIn[step](s, now);
}

export function allowedMeetingSteps(s: MeetingState, now: Instant): MeetingStep[] {
  return MEETING_STEPS.filter((step) => meetingAllowedIn[step](s, now));
}

/**
 * The problems that become appeals when the meeting is held, each with a key that names it for good: those raised
 * there, and the registered problems of attending enterprises from registrations taken before issue 19 (since then a
 * registered problem is an appeal from its registration).
 */
export function problemsToOpen(
  s: Pick<MeetingState, 'registrations'>,
  attended: string[],
  raised: (Problem & { enterprise: Enterprise })[],
): { key: string; origin: 'registered' | 'raised'; enterprise: Enterprise; problem: Problem }[] {
  const present = new Set(attended);
  return [
    ...s.registrations
      .filter((r) => r.appealIds === undefined && present.has(r.enterprise.creditCode))
      .flatMap((r) =>
        r.problems.map((problem, i) => ({
          key: `registered:${r.enterprise.creditCode}:${i}`,
          origin: 'registered' as const,
          enterprise: r.enterprise,
          problem,
        })),
      ),
    ...raised.map(({ enterprise, ...problem }, i) => ({ key: `raised:${i}`, origin: 'raised' as const, enterprise, problem })),
  ];
}

const sameProblem = (a: Problem, b: Problem) => a.category === b.category && a.title === b.title && a.description === b.description;

/**
 * A registration's problems against the enterprise's earlier registration: each keeps the appeal an equal earlier
 * problem became, or is new (`appealId` undefined). Problems left out of the new registration keep their appeals,
 * which the enterprise or the office withdraws with a reason.
 */
export function matchProblems(earlier: MeetingRegistration | undefined, problems: Problem[]): { problem: Problem; appealId: string | undefined }[] {
  const free = (earlier?.problems ?? []).map((problem, i) => ({ problem, appealId: earlier?.appealIds?.[i] }));
  return problems.map((problem) => {
    const i = free.findIndex((e) => e.appealId !== undefined && sameProblem(e.problem, problem));
    return { problem, appealId: i < 0 ? undefined : free.splice(i, 1)[0]!.appealId };
  });
}

// ---- figures ----

export interface AppealSummary {
  appealId: string;
  status: Status;
  closure: string | null;
  leadDepartment: string | null;
  leadDepartmentName: string | null;
  settled: boolean;
}

/** A finished appeal workflow: withdrawn, or closed with the last visit of its latest cycle stable or missed. */
export function appealSettled(s: Pick<AppealState, 'status' | 'followUps'>): boolean {
  if (s.status === 'withdrawn') return true;
  const cycle = Math.max(0, ...s.followUps.map((f) => f.cycle));
  const fourth = s.followUps.find((f) => f.cycle === cycle && f.n === 4);
  return s.status === 'closed' && (fourth?.outcome === 'stable' || fourth?.outcome === 'missed');
}

// Solved as the figures count it (README "Figures"): closed satisfied, and closed unrated only where the policy
// says so, as the seeds' bulletins did.
const isSolved = (a: AppealSummary, { unratedCountsAsSolved }: FigurePolicy) =>
  a.status === 'closed' && (a.closure === 'satisfied' || (unratedCountsAsSolved && a.closure === 'unrated'));

type Counted = AppealSummary & Partial<MeetingAppealFacts>;

function count(appeals: Counted[], counting: FigurePolicy): ProblemCounts {
  const solved = appeals.filter((a) => isSolved(a, counting)).length;
  return {
    problemsRaised: appeals.length,
    collected: appeals.filter((a) => a.origin === 'registered').length,
    answeredOnTheSpot: appeals.filter((a) => a.decision === 'answered').length,
    assignedAtTable: appeals.filter((a) => a.decision === 'assigned').length,
    absent: appeals.filter((a) => a.absent === true).length,
    solved,
    inProgress: appeals.filter((a) => isOpen(a.status)).length,
    solveRate: percent(solved, appeals.length, counting.rounding),
  };
}

/** The figures of a meeting's (or many meetings') appeals, each with what the meeting knows of it where it is known. */
export function figuresOf(attendance: { invited: number; registered: number; attended: number }, appeals: Counted[], counting: FigurePolicy): MeetingFigures {
  const byDepartment = new Map<string | null, Counted[]>();
  for (const a of appeals) byDepartment.set(a.leadDepartment, [...(byDepartment.get(a.leadDepartment) ?? []), a]);
  return {
    ...attendance,
    ...count(appeals, counting),
    byDepartment: [...byDepartment.entries()]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
      .map(([department, list]) => ({ department, name: list[0]!.leadDepartmentName, ...count(list, counting) })),
  };
}

/** What the meeting knows of each of its appeals, by id, for the report (issue 19). */
export function factsOf(s: Pick<MeetingState, 'appeals'>): Record<string, MeetingAppealFacts> {
  return Object.fromEntries(
    s.appeals.map(({ appealId, origin, decision, absent }) => [appealId, { origin, ...(decision ? { decision } : {}), ...(absent ? { absent } : {}) }]),
  );
}

export function attendanceOf(s: Pick<MeetingState, 'invitations' | 'registrations' | 'attended'>) {
  return { invited: s.invitations.length, registered: s.registrations.length, attended: s.attended.length };
}
