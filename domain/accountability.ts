import type { Actor, Instant } from './appeal.js';

// Accountability (问责, issue 18; seed 004: public exposure of serious failures, referral to the discipline
// commission): a record the office keeps against a unit for appeals it failed, the unit's rectification by a
// deadline, the office's outcome and, for a referral, the commission's finding. Pure: the workflow, its activity
// and the API share it.

export const ACCOUNTABILITY_KINDS = {
  exposure: '公开曝光',
  discipline_letter: '纪律建议书',
  interview: '约谈',
  referral: '转报纪委监委',
} as const;

export const ACCOUNTABILITY_STATUSES = { open: '待整改', reported: '已报告整改', closed: '已办结' } as const;

export const OUTCOME_RESULTS = { rectified: '已整改', not_rectified: '未整改', escalated: '升级问责' } as const;

/** The commission's finding on a referral; `clarified` is 错告澄清 (001): the unit is cleared in public. */
export const FINDING_RESULTS = { upheld: '属实', not_upheld: '不属实', clarified: '错告澄清' } as const;

export const ACCOUNTABILITY_EVENT_KINDS = {
  created: '建立问责记录',
  rectification_reported: '报告整改',
  rectification_missed: '逾期未报告整改',
  outcome_recorded: '认定整改结果',
  finding_recorded: '纪委监委作出结论',
  notified: '通知',
} as const;

export type AccountabilityKind = keyof typeof ACCOUNTABILITY_KINDS;
export type AccountabilityStatus = keyof typeof ACCOUNTABILITY_STATUSES;
export type OutcomeResult = keyof typeof OUTCOME_RESULTS;
export type FindingResult = keyof typeof FINDING_RESULTS;
export type AccountabilityEventKind = keyof typeof ACCOUNTABILITY_EVENT_KINDS;

/** What the office (or a referral closure) opens a record with. */
export interface AccountabilityPlan {
  id: string;
  kind: AccountabilityKind;
  /** The unit held to account; null only for a referral of an appeal that had no lead department. */
  unit: string | null;
  /** People named in the record (person ids). */
  persons: string[];
  appeals: string[];
  text: string;
  /** Who opened it: the office's actor, or the office's actor who referred the appeal. */
  owner: Actor;
  /** Working days the unit has to report its rectification; the policy's `rectifyWorkingDays` when absent. */
  rectifyWorkingDays?: number;
}

export interface AccountabilityState extends AccountabilityPlan {
  status: AccountabilityStatus;
  createdAt: Instant;
  /** Set by the workflow's first work, from the calendar. */
  rectifyBy: Instant | null;
  rectification: { text: string; at: Instant; by: Actor } | null;
  /** The deadline passed without a rectification report. */
  missed: boolean;
  outcome: { result: OutcomeResult; note: string; at: Instant; by: Actor } | null;
  finding: { result: FindingResult; note: string; at: Instant; by: Actor } | null;
  fired: Record<string, Instant>;
  seq: number;
}

export type AccountabilityRecipient = { kind: 'office' } | { kind: 'department'; code: string };

export interface AccountabilityEvent {
  seq: number;
  kind: AccountabilityEventKind;
  at: Instant;
  actor?: Actor;
  data?: Record<string, unknown>;
}

export interface AccountabilityNotification {
  id: string;
  seq: number;
  kind: AccountabilityEventKind;
  recipient: AccountabilityRecipient;
  at: Instant;
  deadline: Instant | null;
}

/** As the notifications ledger keys recipients (an appeal's department recipient reads the same). */
export const accountabilityRecipientKey = (r: AccountabilityRecipient) => (r.kind === 'office' ? 'office' : `department:${r.code}`);

export function newAccountability(plan: AccountabilityPlan, now: Instant): AccountabilityState {
  return { ...plan, status: 'open', createdAt: now, rectifyBy: null, rectification: null, missed: false, outcome: null, finding: null, fired: {}, seq: 0 };
}

/** Only a finding that clears the unit may be published; a referral itself accuses before any finding. */
export const PUBLISHABLE_FINDINGS: readonly FindingResult[] = ['not_upheld', 'clarified'];

export const publishable = (s: Pick<AccountabilityState, 'kind' | 'finding'>) =>
  s.kind === 'referral' && s.finding !== null && PUBLISHABLE_FINDINGS.includes(s.finding.result);

/** Reported by the deadline; null while nothing is reported and the deadline has not passed. */
export function rectifiedOnTime(s: Pick<AccountabilityState, 'rectification' | 'rectifyBy' | 'missed'>): boolean | null {
  if (s.rectification) return s.rectifyBy === null || s.rectification.at <= s.rectifyBy;
  return s.missed ? false : null;
}

// ---- which step is allowed when, and for whom: the workflow's validators and the API's 403 and 409 answers ----

export const ACCOUNTABILITY_STEPS = ['rectification', 'outcome', 'finding'] as const;
export type AccountabilityStep = (typeof ACCOUNTABILITY_STEPS)[number];

const allowedIn: Record<AccountabilityStep, (s: AccountabilityState) => boolean> = {
  // A late report is still taken: the record keeps that it was late.
  rectification: (s) => s.status === 'open',
  outcome: (s) => s.status !== 'closed',
  // The commission's own course does not wait for the unit's rectification.
  finding: (s) => s.kind === 'referral' && s.finding === null,
};

export const accountabilityStepAllowed = (step: AccountabilityStep, s: AccountabilityState) => allowedIn[step](s);

export const allowedAccountabilitySteps = (s: AccountabilityState) => ACCOUNTABILITY_STEPS.filter((step) => allowedIn[step](s));

/** Who takes each step: the unit held to account, the office, the discipline commission. */
export function mayTakeAccountabilityStep(step: AccountabilityStep, actor: Actor, s: Pick<AccountabilityState, 'unit'>): boolean {
  switch (step) {
    case 'rectification':
      return actor.role === 'department' && actor.department !== undefined && actor.department === s.unit;
    case 'outcome':
      return actor.role === 'office' || actor.role === 'admin';
    case 'finding':
      return actor.role === 'commission';
  }
}

/** The record's workflow stays until its outcome, and a referral's finding, are recorded. */
export const accountabilitySettled = (s: AccountabilityState) => s.status === 'closed' && (s.kind !== 'referral' || s.finding !== null);
