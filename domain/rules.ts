import type { Actor, AppealState, Instant } from './appeal.js';
import type { Status } from './codes.js';

// Which step is allowed in which state, and who may take it (CONTRACT.md §3, the steps table). Pure: the
// workflow's Update validators and the API's 403/409 answers read the same rules.

export const STEPS = [
  'classify',
  'assign',
  'accept',
  'return',
  'path',
  'progress',
  'contribution',
  'delegate',
  'delegate-report',
  'owner',
  'handler',
  'instruction',
  'escalate',
  'note',
  'contacts',
  'extension',
  'extension/decision',
  'supervision',
  'resolve',
  'answer',
  'request-material',
  'material',
  'merge',
  'reassign',
  'rating',
  'explanation',
  'referral',
  'close',
  'follow-ups',
  'withdraw',
] as const;

export type Step = (typeof STEPS)[number];

const HANDLING: Status[] = ['assigned', 'in_progress'];

const allowedIn: Record<Step, (s: AppealState, now: Instant) => boolean> = {
  classify: (s) => ['registered', ...HANDLING].includes(s.status),
  assign: (s) => (s.status === 'registered' && s.classification !== null) || HANDLING.includes(s.status),
  accept: (s) => s.status === 'assigned',
  return: (s) => s.status === 'assigned',
  path: (s) => HANDLING.includes(s.status),
  progress: (s) => HANDLING.includes(s.status),
  contribution: (s) => HANDLING.includes(s.status),
  delegate: (s) => HANDLING.includes(s.status),
  owner: (s) => s.status !== 'closed' && s.status !== 'withdrawn',
  handler: (s) => HANDLING.includes(s.status),
  instruction: (s) => s.status !== 'closed' && s.status !== 'withdrawn',
  // The case owner follows the appeal to its last visit: a note is taken whatever the status.
  note: (s) => s.owner !== undefined,
  contacts: (s) => s.status !== 'withdrawn',
  escalate: (s) => ['registered', ...HANDLING, 'awaiting_explanation', 'awaiting_decision'].includes(s.status) && !s.taskForce,
  'delegate-report': (s) => HANDLING.includes(s.status) && pendingDelegations(s).length > 0,
  extension: (s, now) =>
    s.status === 'in_progress' && s.deadlines.dueAt !== null && now < s.deadlines.dueAt && !s.extensions.some((e) => e.decision === 'pending'),
  'extension/decision': (s) => HANDLING.includes(s.status) && s.extensions.some((e) => e.decision === 'pending'),
  supervision: (s) => ['registered', ...HANDLING].includes(s.status) && !s.supervised,
  resolve: (s) => s.status === 'in_progress',
  // 当场答复: settled at the window before any department is involved.
  answer: (s) => s.status === 'registered',
  'request-material': (s) => s.status === 'in_progress',
  material: (s) => s.status === 'awaiting_material',
  merge: (s) => ['registered', ...HANDLING, 'awaiting_material'].includes(s.status) && (s.followers ?? []).length === 0,
  reassign: (s) => s.status === 'awaiting_explanation',
  // The appeal's own enterprise rates once a round; each merged duplicate's enterprise may rate it too.
  rating: (s) => s.status === 'resolved' && (!s.ratings.some((r) => r.round === s.round) || (s.followers ?? []).some((f) => !f.rating)),
  explanation: (s) => s.status === 'awaiting_explanation',
  referral: (s) => s.status === 'awaiting_decision' || s.status === 'awaiting_explanation',
  close: (s) => s.status === 'awaiting_decision' || s.status === 'awaiting_explanation' || (s.status === 'awaiting_material' && s.material!.missed),
  'follow-ups': (s, now) => s.status === 'closed' && dueFollowUp(s, now) !== undefined,
  withdraw: (s) => s.status !== 'closed' && s.status !== 'withdrawn',
};

/** This round's delegations not yet answered. */
export function pendingDelegations(s: Pick<AppealState, 'delegations' | 'round'>) {
  return (s.delegations ?? []).filter((d) => d.round === s.round && d.reportedAt === undefined);
}

/** The steps the appeal accepts now, whoever asks (the 409 answer lists them). */
export function allowedSteps(s: AppealState, now: Instant) {
  return STEPS.filter((step) => allowedIn[step](s, now));
}

export function isAllowed(step: Step, s: AppealState, now: Instant): boolean {
  return allowedIn[step](s, now);
}

/** The follow-up visit that can be recorded now: announced, still pending, before its `dueAt`. */
export function dueFollowUp(s: AppealState, now: Instant) {
  return s.followUps.find((f) => f.outcome === 'pending' && f.announceAt === null && now <= f.dueAt);
}

type Role = Actor['role'];
const OFFICE: Role[] = ['office', 'admin'];

/** Whether the role may take the step at all (403 before the appeal is even looked up). */
export function roleMayTake(step: Step, role: Role): boolean {
  switch (step) {
    case 'request-material':
    case 'accept':
    case 'return':
    case 'path':
    case 'extension':
    case 'resolve':
    case 'progress':
    case 'contribution':
    case 'delegate':
    case 'delegate-report':
    case 'handler':
      return role === 'department';
    case 'instruction':
      return role === 'leader';
    // `explanation`: an appeal answered at the window has no lead, so the office explains its own answer.
    // `close`: when the enterprise's material is overdue the lead as well as the office decides: close, or resume.
    case 'note':
    case 'contacts':
    case 'explanation':
    case 'close':
      return OFFICE.includes(role) || role === 'department';
    case 'material':
      return OFFICE.includes(role) || role === 'enterprise' || role === 'department';
    case 'rating':
    case 'withdraw':
      return OFFICE.includes(role) || role === 'enterprise';
    default:
      return OFFICE.includes(role);
  }
}

/** Whether this actor may take the step on this appeal (lead, co-department, owning enterprise). */
export function actorMayTake(
  step: Step,
  actor: Actor,
  s: Pick<AppealState, 'leadDepartment' | 'coDepartments' | 'enterprise' | 'delegations' | 'round' | 'owner' | 'status' | 'followers'>,
): boolean {
  if (!roleMayTake(step, actor.role)) return false;
  if (step === 'explanation' && OFFICE.includes(actor.role)) return s.leadDepartment === null;
  if (step === 'close' && actor.role === 'department') return s.status === 'awaiting_material' && actor.department === s.leadDepartment;
  // Only the case owner, through a token issued to them.
  if (step === 'note') return actor.person !== undefined && actor.person.id === s.owner;
  // The office, the lead, or the case owner through a token issued to them.
  if (step === 'contacts' && actor.role === 'department')
    return actor.department === s.leadDepartment || (actor.person !== undefined && actor.person.id === s.owner);
  if (actor.role === 'department') {
    if (step === 'contribution') return s.coDepartments.includes(actor.department ?? '');
    if (step === 'delegate-report') return pendingDelegations(s).some((d) => d.to === actor.department);
    if (actor.department === s.leadDepartment) return true;
    return step === 'progress' && s.coDepartments.includes(actor.department ?? '');
  }
  if (actor.role === 'enterprise') {
    return actor.creditCode === s.enterprise.creditCode || (step === 'rating' && (s.followers ?? []).some((f) => f.creditCode === actor.creditCode));
  }
  // A leader is a named person: the instruction and the reports it asks for are theirs.
  if (actor.role === 'leader') return actor.person !== undefined;
  return true;
}
