import type {
  AppealKind,
  Channel,
  Classification,
  Closure,
  FollowUpOutcome,
  RatingMethod,
  RatingResult,
  Status,
  SubmitterKind,
  TimelineKind,
} from './codes.js';

// The appeal as its workflow holds it and as the ledger stores its snapshot. Instants are epoch milliseconds
// of the workflow's clock (CONTRACT.md §2); the API formats them in APPEALS_TIMEZONE.

export type Instant = number;

export interface Enterprise {
  name: string;
  creditCode: string;
  contact: { name: string; phone: string };
}

/** Who raised the appeal when not the enterprise's contact (issue 16): told everything the enterprise is told. */
export interface Submitter {
  kind: SubmitterKind;
  name: string;
  phone: string;
  organisation?: string;
  wechatOpenId?: string;
}

export interface Registration {
  id: string;
  receiptNumber: string;
  enterprise: Enterprise;
  channel: Channel;
  category: string;
  title: string;
  description: string;
  disclose: boolean;
  meetingId: string | null;
  /** The county or park whose office registered it; absent when the city's office or the enterprise did. */
  unit?: string;
  /** Absent: the enterprise's contact raised it. */
  submitter?: Submitter;
  /** Submitted by the enterprise or its submitter themselves (with a token or a verified phone), not by a clerk. */
  arrivedOnline?: true;
  /** Absent: a problem (issue 17; appeals registered before kinds were all problems). */
  kind?: AppealKind;
  /**
   * When the 1-2-3 clock starts, if not at registration: a meeting's problem registered ahead of it under the policy
   * `meetingProblemsWaitForMeeting` waits for the meeting's start (issue 19).
   */
  clockFrom?: Instant;
}

export interface Deadlines {
  assignBy: Instant | null;
  pathBy: Instant | null;
  dueAt: Instant | null;
  ratingBy: Instant | null;
  explanationBy: Instant | null;
  reportBy: Instant | null;
}

export interface Extension {
  workingDays: number;
  reason: string;
  requestedAt: Instant;
  decision: 'pending' | 'approved' | 'denied';
  decidedAt?: Instant;
  note?: string;
}

export interface Rating {
  round: number;
  result: RatingResult;
  method: RatingMethod;
  comment?: string;
  at: Instant;
}

export interface FollowUp {
  cycle: number;
  n: number;
  scheduledFor: string;
  dueAt: Instant;
  outcome: FollowUpOutcome;
  note?: string;
  recordedAt?: Instant;
  /** When `follow_up_due` fires (policy time on `scheduledFor`); null once it has. */
  announceAt: Instant | null;
}

/** What a co-department owes the lead in a round (issue 15): its part, by `dueBy`. */
export interface Contribution {
  round: number;
  department: string;
  dueBy: Instant;
  /** Its latest answer; absent until it answers. */
  text?: string;
  at?: Instant;
  /** `contribution_missed` has fired for it. */
  missed: boolean;
}

/** Part of an appeal passed down by its lead to one of the lead's own units (issue 15): answered by `dueAt`. */
export interface Delegation {
  round: number;
  to: string;
  from: string;
  note: string;
  timeLimitDays: number;
  dueAt: Instant;
  at: Instant;
  reportedAt?: Instant;
  text?: string;
  /** `delegation_missed` has fired for it. */
  missed: boolean;
}

/** A leader's instruction (批示, 一事一督办): the lead then owes the leader progress on its cadence, if one is set. */
export interface Instruction {
  /** The leader's person id. */
  by: string;
  text: string;
  at: Instant;
  reportEveryWorkingDays: number | null;
  /** When the lead's next progress report to the leader is due; null without a cadence or a lead. */
  reportBy: Instant | null;
}

export interface Supervision {
  reason: string;
  /** null: the policy's interval. */
  reportEveryWorkingDays: number | null;
  leaderAssigned: boolean;
}

/** The enterprise's documents the lead waits for (补正, issue 17): its clock stands still meanwhile. */
export interface MaterialRequest {
  what: string;
  timeLimitDays: number;
  requestedAt: Instant;
  /** When `material_missed` fires unless the material comes. */
  materialBy: Instant;
  missed: boolean;
}

/** Why `dueAt` moved (issue 17): `GET /v1/appeals/:id` explains each change. */
export interface DeadlineChange {
  from: Instant | null;
  to: Instant | null;
  because: 'assigned' | 'classified' | 'extension' | 'material' | 'returned' | 'new_round';
  at: Instant;
  /** For `material`: the working days the clock stood still. */
  workingDays?: number;
}

/** A duplicate merged into this appeal (并单, issue 17): its enterprise hears this appeal's answers and may rate it. */
export interface Follower {
  appealId: string;
  receiptNumber: string;
  creditCode: string;
  /** Where its enterprise (and its own submitter, if another) are reached. */
  phones: string[];
  at: Instant;
  rating?: Rating;
}

/**
 * `person`: the appeal's case owner (issue 15), told of everything about it. `follower`: a merged duplicate's
 * enterprise or submitter (issue 17), reached at `phone`.
 */
export type Recipient =
  | { kind: 'office' }
  | { kind: 'department'; code: string }
  | { kind: 'enterprise' }
  | { kind: 'submitter' }
  | { kind: 'person'; id: string }
  | { kind: 'follower'; appealId: string; phone: string };

/** The roles a token can have; the workflow itself acts as `system`. */
/** `leader`: a city leader who instructs (批示) appeals, always a named person (issue 15). */
/** `commission`: the discipline commission (纪委监委), which reads referrals and records its findings (issue 18). */
export const ROLES = ['admin', 'office', 'department', 'enterprise', 'leader', 'commission'] as const;

/** The person a token was issued to (issue 15): the events its steps write name them. */
export interface PersonRef {
  id: string;
  name: string;
}

export interface Actor {
  role: (typeof ROLES)[number] | 'system';
  department?: string;
  /** A county's or park's office acting (api/office-scope.ts); absent for the city's office. */
  unit?: string;
  creditCode?: string;
  tokenId?: string;
  /** Present when the token names a person; actors without it (and histories written before it) stay valid. */
  person?: PersonRef;
}

export interface TimelineEvent {
  seq: number;
  kind: TimelineKind;
  at: Instant;
  round: number;
  actor?: Actor;
  data?: Record<string, unknown>;
}

export interface NotificationRecord {
  id: string;
  seq: number;
  kind: TimelineKind;
  recipient: Recipient;
  at: Instant;
  deadline: Instant | null;
}

export interface AppealState extends Registration {
  registeredAt: Instant;
  status: Status;
  round: number;
  classification: Classification | null;
  timeLimitDays: number | null;
  leadDepartment: string | null;
  coDepartments: string[];
  deadlines: Deadlines;
  overdue: boolean;
  supervised: boolean;
  supervision: Supervision | null;
  extensions: Extension[];
  ratings: Rating[];
  closure: Closure | null;
  closureReason: string | null;
  closedAt: Instant | null;
  followUps: FollowUp[];
  /** The day the round's handling time limit counts from (its latest assignment). */
  assignedAt: Instant | null;
  pathReported: boolean;
  /** The warning's moment for the current `dueAt`; null when none is due. */
  warningAt: Instant | null;
  /** The `unrated` closure's moment while awaiting a rating. */
  unratedAt: Instant | null;
  /** Dissatisfied ratings since registration or the last reopening (the second one goes to the office). */
  dissatisfiedSinceReopen: number;
  /** Co-departments' parts, every round; absent in appeals assigned before co-handlers owed anything. */
  contributions?: Contribution[];
  /** The case owner (企业服务专员, a person's id) who follows it from intake to the last visit; absent until named. */
  owner?: string;
  /** The lead's responsible handler (责任人, a person's id) this round; absent or null until named. */
  handler?: string | null;
  /** How many times someone followed up with the enterprise (issue 16's contact log); absent until the first. */
  contacts?: number;
  /** Marked for the task force (专班 / 会诊) by the office, with the coordination meeting it is taken to, if any. */
  taskForce?: { reason: string; meetingId: string | null; at: Instant };
  /** Leaders' instructions; absent until the first, which makes the appeal leader-supervised. */
  instructions?: Instruction[];
  /** Parts passed down to the lead's units, every round; absent until the first. */
  delegations?: Delegation[];
  /** Settled at the window (当场答复) by the office, without a department (issue 17). */
  answeredOnTheSpot?: boolean;
  /** The material asked for most recently, while or since the clock stood still; absent until the first request. */
  material?: MaterialRequest;
  /** Every change of `dueAt` with its reason; absent in appeals started before it was kept. */
  deadlineChanges?: DeadlineChange[];
  /** The appeal this duplicate was merged into. */
  mergedInto?: string;
  /** Duplicates merged into this one. */
  followers?: Follower[];
  /** Deadline alarms already fired, by alarm name, with the instant they fired for. */
  fired: Record<string, Instant>;
  /** The last ledger sequence number handed out: events and notifications are keyed by it. */
  seq: number;
}

/** A new appeal as its workflow starts it: registered at `now`, in round 1, with nothing yet decided. */
export function registeredAppeal(registration: Registration, now: Instant): AppealState {
  return {
    ...registration,
    registeredAt: now,
    status: 'registered',
    round: 1,
    classification: null,
    timeLimitDays: null,
    leadDepartment: null,
    coDepartments: [],
    deadlines: { assignBy: null, pathBy: null, dueAt: null, ratingBy: null, explanationBy: null, reportBy: null },
    overdue: false,
    supervised: false,
    supervision: null,
    extensions: [],
    ratings: [],
    closure: null,
    closureReason: null,
    closedAt: null,
    followUps: [],
    assignedAt: null,
    pathReported: false,
    warningAt: null,
    unratedAt: null,
    dissatisfiedSinceReopen: 0,
    fired: {},
    seq: 0,
  };
}

export function isOpen(status: Status): boolean {
  return status !== 'closed' && status !== 'withdrawn';
}

export function recipientKey(r: Recipient): string {
  if (r.kind === 'department') return `department:${r.code}`;
  if (r.kind === 'follower') return `follower:${r.appealId}:${r.phone}`;
  return r.kind === 'person' ? `person:${r.id}` : r.kind;
}
