import type { Actor, AppealState, Extension, TimelineEvent } from '../domain/appeal.js';
import type { TimelineKind } from '../domain/codes.js';
import type { MeetingState } from '../domain/meeting.js';
import { isOffice, type Caller } from './auth.js';
import { isUnitOffice } from './office-scope.js';

// Who sees what (issue 14, "each role sees its own"): every rule on which role reads which part of a resource lives
// here, so an audit reads one file; the views in views.ts and meeting-views.ts only shape what these rules let
// through. README's "Who sees what" and test/integration/views.test.ts follow this file. The public pages (no token)
// are another matter: what they may print is domain/disclosure.ts's scrubbing, shaped by api/routes/public.ts.

const ownEnterprise = (caller: Caller, creditCode: string) => caller.role === 'enterprise' && caller.creditCode === creditCode;

/**
 * An appeal: the office, the admin, its lead and co-departments (none while it registers), its own enterprise; the
 * discipline commission only while a referral record is about it (`referred`, looked up for the commission alone).
 */
export function readsAppeal(caller: Caller, appeal: { creditCode: string; departments: string[]; instructedBy?: string[]; referred?: boolean }): boolean {
  switch (caller.role) {
    case 'commission':
      return appeal.referred === true;
    case 'leader':
      return caller.person !== undefined && (appeal.instructedBy ?? []).includes(caller.person.id);
    case 'department':
      return caller.department !== undefined && appeal.departments.includes(caller.department);
    case 'enterprise':
      return appeal.creditCode === caller.creditCode;
    default:
      return true;
  }
}

/** An appeal's contact person: the office, the admin, the owning enterprise and the lead department. */
export function readsAppealContact(caller: Caller, appeal: { creditCode: string; leadDepartment: string | null }): boolean {
  if (caller.role === 'department') return caller.department === appeal.leadDepartment;
  return isOffice(caller) || ownEnterprise(caller, appeal.creditCode);
}

/**
 * The government's own workings on an appeal (supervision orders, extension requests and decisions, follow-up
 * notes, the full timeline): the office, the admin and the departments handling it, never the enterprise.
 */
export const readsInternalWork = (caller: Caller) => caller.role !== 'enterprise';

/**
 * How the office marks an enterprise in its register (issue 18), on its profile and its appeals: the government's
 * attention, not something to show the enterprise.
 */
export const readsEnterpriseFlags = readsInternalWork;

/**
 * Where an appeal stands on the public pages is the city office's decision and its business alone, not a county's or
 * park's office's.
 */
export const readsPublication = (caller: Caller) => isOffice(caller) && !isUnitOffice(caller);

/** Webhook URLs (whatever credentials or tokens their path carries) and secrets: the admin who sets them. */
export const readsWebhooks = (caller: Caller) => caller.role === 'admin';

/** The people of a unit (issue 15): the office and the admin read everyone, a department its own unit's. */
export const readsPerson = (caller: Caller, person: { unit: string }) =>
  isOffice(caller) || (caller.role === 'department' && caller.department === person.unit);

/** A person's phone is personal data: the office, the admin and the person's own unit, whoever else reads the person. */
export const readsPersonPhone = (caller: Caller, person: { unit: string }) =>
  isOffice(caller) || (caller.role === 'department' && caller.department === person.unit);

/** An accountability record (issue 18): the office and the admin all, a department its own unit's, the commission referrals. */
export function readsAccountability(caller: Caller, record: { kind: string; unit: string | null }): boolean {
  if (isOffice(caller)) return true;
  if (caller.role === 'department') return caller.department !== undefined && caller.department === record.unit;
  return caller.role === 'commission' && record.kind === 'referral';
}

/** A meeting: the government's from its creation; an enterprise's once announced, or when invited to it or registered for it. */
export function readsMeeting(caller: Caller, meeting: Pick<MeetingState, 'announcedAt' | 'invitations' | 'registrations'>): boolean {
  if (caller.role !== 'enterprise') return true;
  const code = caller.creditCode ?? '';
  return meeting.announcedAt !== null || meeting.invitations.includes(code) || meeting.registrations.some((r) => r.enterprise.creditCode === code);
}

/** What is an enterprise's own among a meeting's invitations, registrations, attendance and appeals: all of it for the government. */
export const readsMeetingItem = (caller: Caller, creditCode: string) => caller.role !== 'enterprise' || caller.creditCode === creditCode;

/** A meeting registration's contact person: the office, the admin and the registered enterprise. */
export const readsRegistrationContact = (caller: Caller, creditCode: string) => isOffice(caller) || ownEnterprise(caller, creditCode);

/** A meeting's minutes: the office, the departments and the enterprises that attended. */
export const readsMinutes = (caller: Caller, meeting: Pick<MeetingState, 'attended'>) =>
  caller.role !== 'enterprise' || (caller.creditCode !== undefined && meeting.attended.includes(caller.creditCode));

/** A meeting's timeline (who was notified, the digests): the government's. */
export const readsMeetingTimeline = readsInternalWork;

/**
 * The enterprise-facing timeline: for each kind, the data an enterprise reads (`false`: not the event at all).
 * It sees the steps and answers addressed to it (receipt, assignment, the path, the result, its own rating, the
 * closure); never return reasons, supervision, progress notes, extension reasons, explanations or a referral's
 * cause and note. A `Record` over every kind, so a new kind cannot reach enterprises without a decision here.
 */
type EnterpriseShare = false | readonly string[] | ((data: Record<string, unknown>) => Record<string, unknown> | false);

const ENTERPRISE_TIMELINE: Record<TimelineKind, EnterpriseShare> = {
  registered: ['channel', 'category', 'clockFrom'],
  // Its meeting went on without it (issue 19): the enterprise reads why its problem is handled all the same.
  meeting_noted: ['meetingId', 'what', 'reason'],
  // The office's own notice that an appeal arrived online.
  received: false,
  acknowledged: ['receiptNumber'],
  classified: ['classification', 'timeLimitDays'],
  assigned: ['lead', 'co', 'dueAt'],
  assign_missed: false,
  returned: false,
  accepted: [],
  path_reported: ['message', 'attachments'],
  path_missed: false,
  progress_reported: [],
  contributed: false,
  contribution_missed: false,
  // People are named to the office and departments only (actor.person likewise).
  escalated: false,
  note_added: false,
  // The enterprise learns that it was contacted, and how; what was said is the government's note.
  contacted: ['method', 'contactedAt'],
  instructed: false,
  instruction_report_missed: false,
  owner_named: false,
  handler_named: false,
  delegated: false,
  delegate_reported: false,
  delegation_missed: false,
  extension_requested: false,
  extension_approved: ['workingDays', 'dueAt'],
  extension_denied: false,
  warning: false,
  overdue: false,
  supervision_started: false,
  report_missed: false,
  resolved: ['summary', 'attachments'],
  answered: ['text', 'basis', 'attachments'],
  material_requested: ['what', 'timeLimitDays', 'materialBy'],
  material_supplied: ['text', 'workingDaysStopped', 'dueAt', 'attachments'],
  material_missed: ['deadline'],
  merged: ['into'],
  // Another enterprise's duplicate: the government's to know.
  duplicate_merged: false,
  reassigned: ['lead', 'co'],
  // A merged duplicate's enterprise rates too: each enterprise reads only the ratings of its own appeal.
  rated: (data) => data.follower === undefined && pick(data, ['result', 'method', 'comment']),
  rating_reminder: false,
  explanation_given: false,
  explanation_missed: false,
  referred: false,
  // A referral closes with its note as the reason: the enterprise learns that, not why.
  closed: (data) => pick(data, data.closure === 'referred' ? ['closure'] : ['closure', 'reason']),
  withdrawn: ['reason'],
  follow_up_due: ['cycle', 'n', 'dueAt'],
  follow_up_recorded: ['cycle', 'n', 'outcome'],
  follow_up_missed: false,
  reopened: ['cycle', 'n'],
  notified: (data) => (data.recipient as { kind?: string } | undefined)?.kind === 'enterprise' && data,
};

function pick(data: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => data[k] !== undefined).map((k) => [k, data[k]]));
}

/**
 * Who took a step, as an enterprise reads it: the role and the unit, never the person (issue 15). Officials' names
 * are the government's to know; an enterprise deals with the unit.
 */
export function enterpriseActor({ person: _person, ...actor }: Actor): Actor {
  return actor;
}

/** The events an enterprise reads, each with only the data it reads, and their actors without the person. */
export function enterpriseTimeline(events: TimelineEvent[]): TimelineEvent[] {
  return events.flatMap(({ data: all, actor, ...event }) => {
    const share = ENTERPRISE_TIMELINE[event.kind];
    const data = share === false ? false : typeof share === 'function' ? share(all ?? {}) : pick(all ?? {}, share);
    if (data === false) return [];
    const shared = actor ? { ...event, actor: enterpriseActor(actor) } : event;
    return [Object.keys(data).length > 0 ? { ...shared, data } : shared];
  });
}

/** An appeal with what its reader may not see taken out: the supervision order, an extension's reason. */
export type SharedAppeal = Omit<AppealState, 'extensions' | 'supervision'> & {
  supervision?: AppealState['supervision'];
  extensions: (Omit<Extension, 'reason'> & { reason?: string })[];
};

/**
 * The appeal as an enterprise reads it: no supervision order, only the extensions granted and not why, follow-up
 * visits without the office's notes, and no closure reason for a referral (its reason is the referral's note).
 */
export function enterpriseAppeal({
  supervision: _supervision,
  contributions: _contributions,
  delegations: _delegations,
  owner: _owner,
  instructions: _instructions,
  taskForce: _taskForce,
  handler: _handler,
  followers: _followers,
  ...s
}: AppealState): SharedAppeal {
  return {
    ...s,
    extensions: s.extensions.filter((e) => e.decision === 'approved').map(({ reason: _reason, note: _note, ...e }) => e),
    followUps: s.followUps.map(({ note: _note, ...f }) => f),
    closureReason: s.closure === 'referred' ? null : s.closureReason,
  };
}

/** The rules above in words, for the OpenAPI document of the routes they shape (api/openapi.ts). */
export const AUDIENCE = {
  appeal:
    'The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact).',
  departments: 'Each department’s `code`, `name`, `level`, `parent` and `active`; `webhookUrl` only for the admin.',
  people:
    'The office and the admin read every person; a department reads the people of its own unit (another unit’s person is 403). `phone` (personal data) only for the office, the admin and the person’s own unit. In appeal timelines `actor.person` ({id, name}) is shown to the office, the admin and departments, never to enterprises.',
  meeting:
    'The office, the admin and departments read every meeting and its timeline (registrations without contacts for departments); an enterprise reads announced meetings and those it is invited to or registered for, only its own invitation, registration, attendance and appeals, the `minutes` only if it attended, and no timeline.',
  accountability:
    'The city’s office and the admin read every record; a department reads the records of its own unit (others 404); the discipline commission reads referral records only, and through them `GET /v1/appeals/:id` of the appeals behind them (read-only, without the contact).',
  enterprise:
    'The office and the admin read every enterprise of the register (a county’s or park’s office: those whose `unit` is in its subtree, others 404, and only their appeals and figures within it); an enterprise reads its own profile without `flags` (another’s is 403 whether it exists or not); departments and leaders do not read the register.',
  registration: 'An enterprise reads only its own registration: another’s is 403 whether it exists or not; departments read it without the contact.',
} as const;
