import { describe, expect, it } from 'vitest';
import { ROLES, registeredAppeal, type Actor, type AppealState, type FollowUp } from '../../domain/appeal.js';
import { WorkingCalendar, nthWorkingDayAfter, workingDayOnOrAfter } from '../../domain/calendar.js';
import { STATUSES, type Status } from '../../domain/codes.js';
import { addMonthsClamped, atLocalTime, endOfDay } from '../../domain/dates.js';
import { shippedCalendarYears } from '../../domain/holiday-seed.js';
import { STEPS, actorMayTake, allowedSteps, dueFollowUp, isAllowed, pendingDelegations, roleMayTake, type Step } from '../../domain/rules.js';

// domain/rules.ts as tables: each row an input and the outcome CONTRACT.md §3's steps table (and the issues that
// extend it) asks for. The instants on the deadline rows come from the shipped 2026 calendar (National Day 10-01–07
// off, Saturday 10-10 a working day), so the day before, the day of and the day after a deadline are real days.

const TZ = 'Asia/Shanghai';
const calendar = new WorkingCalendar(shippedCalendarYears());
const at = (date: string, time: string) => atLocalTime(date, time, TZ);
const ALL_STATUSES = Object.keys(STATUSES) as Status[];

/** A registered appeal, classified and with a lead and a co-handler named, changed by `overrides`. */
function appeal(overrides: Partial<AppealState> = {}): AppealState {
  const registration = {
    id: 'a1',
    receiptNumber: 'R000001',
    enterprise: { name: '绵阳某某科技有限公司', creditCode: '91510700MA000000XX', contact: { name: '张三', phone: '13800000000' } },
    channel: 'online_platform' as const,
    category: 'permits',
    title: '用地审批',
    description: '审批迟迟没有结果',
    disclose: false,
    meetingId: null,
  };
  return {
    ...registeredAppeal(registration, at('2026-09-01', '10:00')),
    classification: 'general',
    timeLimitDays: 5,
    leadDepartment: 'lead',
    coDepartments: ['co'],
    ...overrides,
  };
}

const NOW = at('2026-09-29', '10:00');
const LATER = at('2026-12-31', '10:00');
const pendingExtension = { workingDays: 3, reason: '需要会商', requestedAt: NOW, decision: 'pending' as const };
const delegation = { round: 1, to: 'town', from: 'lead', note: '核实现场', timeLimitDays: 3, dueAt: LATER, at: NOW, missed: false };
const rating = { round: 1, result: 'satisfied' as const, method: 'online' as const, at: NOW };
/** Material asked for and still within its time: an appeal awaiting material always has one. */
const material = { what: '营业执照', timeLimitDays: 5, requestedAt: NOW, materialBy: LATER, missed: false };
const follower = { appealId: 'a2', receiptNumber: 'R000002', creditCode: '91510700MA000001XX', phones: ['13900000000'], at: NOW };

/** A follow-up visit announced and open until the end of `dueDate`. */
function visit(dueDate: string, overrides: Partial<FollowUp> = {}): FollowUp {
  return { cycle: 1, n: 1, scheduledFor: '2026-10-08', dueAt: endOfDay(dueDate, TZ), outcome: 'pending', announceAt: null, ...overrides };
}

describe('which status each step is taken in', () => {
  // `given` is what the step needs besides the status (a future dueAt, a pending extension, …), so each row shows
  // the status alone deciding; the rows after this table take those conditions away one by one.
  const table: { step: Step; given?: Partial<AppealState>; allowedIn: Status[] }[] = [
    { step: 'classify', allowedIn: ['registered', 'assigned', 'in_progress'] },
    { step: 'assign', allowedIn: ['registered', 'assigned', 'in_progress'] },
    { step: 'accept', allowedIn: ['assigned'] },
    { step: 'return', allowedIn: ['assigned'] },
    { step: 'path', allowedIn: ['assigned', 'in_progress'] },
    { step: 'progress', allowedIn: ['assigned', 'in_progress'] },
    { step: 'contribution', allowedIn: ['assigned', 'in_progress'] },
    { step: 'delegate', allowedIn: ['assigned', 'in_progress'] },
    { step: 'delegate-report', given: { delegations: [delegation] }, allowedIn: ['assigned', 'in_progress'] },
    { step: 'owner', allowedIn: ['registered', 'assigned', 'in_progress', 'resolved', 'awaiting_material', 'awaiting_explanation', 'awaiting_decision'] },
    { step: 'handler', allowedIn: ['assigned', 'in_progress'] },
    { step: 'instruction', allowedIn: ['registered', 'assigned', 'in_progress', 'resolved', 'awaiting_material', 'awaiting_explanation', 'awaiting_decision'] },
    { step: 'escalate', allowedIn: ['registered', 'assigned', 'in_progress', 'awaiting_explanation', 'awaiting_decision'] },
    { step: 'note', given: { owner: 'p1' }, allowedIn: ALL_STATUSES },
    { step: 'contacts', allowedIn: ALL_STATUSES.filter((s) => s !== 'withdrawn') },
    { step: 'extension', given: { deadlines: { ...appeal().deadlines, dueAt: LATER } }, allowedIn: ['in_progress'] },
    { step: 'extension/decision', given: { extensions: [pendingExtension] }, allowedIn: ['assigned', 'in_progress'] },
    { step: 'supervision', allowedIn: ['registered', 'assigned', 'in_progress'] },
    { step: 'resolve', allowedIn: ['in_progress'] },
    { step: 'answer', allowedIn: ['registered'] },
    { step: 'request-material', allowedIn: ['in_progress'] },
    { step: 'material', allowedIn: ['awaiting_material'] },
    { step: 'merge', allowedIn: ['registered', 'assigned', 'in_progress', 'awaiting_material'] },
    { step: 'reassign', allowedIn: ['awaiting_explanation'] },
    { step: 'rating', allowedIn: ['resolved'] },
    { step: 'explanation', allowedIn: ['awaiting_explanation'] },
    { step: 'referral', allowedIn: ['awaiting_explanation', 'awaiting_decision'] },
    {
      step: 'close',
      given: { material: { ...material, materialBy: NOW, missed: true } },
      allowedIn: ['awaiting_material', 'awaiting_explanation', 'awaiting_decision'],
    },
    { step: 'follow-ups', given: { followUps: [visit('2026-12-31')] }, allowedIn: ['closed'] },
    { step: 'withdraw', allowedIn: ['registered', 'assigned', 'in_progress', 'resolved', 'awaiting_material', 'awaiting_explanation', 'awaiting_decision'] },
  ];

  it('has a row for every step', () => {
    expect(table.map((row) => row.step).sort()).toEqual([...STEPS].sort());
  });

  const cases = table.flatMap(({ step, given, allowedIn }) => ALL_STATUSES.map((status) => ({ step, status, given, allowed: allowedIn.includes(status) })));
  it.each(cases)('$step in $status: $allowed', ({ step, status, given, allowed }) => {
    const s = appeal({ ...(status === 'awaiting_material' ? { material } : {}), ...given, status });
    expect(isAllowed(step, s, NOW)).toBe(allowed);
    expect(allowedSteps(s, NOW).includes(step)).toBe(allowed);
  });
});

describe('what a step needs besides the status', () => {
  const table: { name: string; step: Step; state: Partial<AppealState>; allowed: boolean }[] = [
    {
      name: 'assign: an unclassified registered appeal cannot be assigned',
      step: 'assign',
      state: { status: 'registered', classification: null },
      allowed: false,
    },
    {
      name: 'assign: reassigning while handling needs no classification check',
      step: 'assign',
      state: { status: 'in_progress', classification: null },
      allowed: true,
    },
    {
      name: 'escalate: not twice to the task force',
      step: 'escalate',
      state: { status: 'in_progress', taskForce: { reason: '跨部门', meetingId: null, at: NOW } },
      allowed: false,
    },
    { name: 'supervision: not while already supervised', step: 'supervision', state: { status: 'in_progress', supervised: true }, allowed: false },
    {
      name: 'merge: an appeal others were merged into is not merged itself',
      step: 'merge',
      state: { status: 'registered', followers: [follower] },
      allowed: false,
    },
    { name: 'merge: an empty followers list is no obstacle', step: 'merge', state: { status: 'registered', followers: [] }, allowed: true },
    { name: 'note: only once a case owner is named', step: 'note', state: { status: 'in_progress' }, allowed: false },
    { name: 'delegate-report: nothing delegated', step: 'delegate-report', state: { status: 'in_progress' }, allowed: false },
    {
      name: 'delegate-report: the delegation already answered',
      step: 'delegate-report',
      state: { status: 'in_progress', delegations: [{ ...delegation, reportedAt: NOW }] },
      allowed: false,
    },
    {
      name: 'delegate-report: a delegation of an earlier round',
      step: 'delegate-report',
      state: { status: 'in_progress', round: 2, delegations: [delegation] },
      allowed: false,
    },
    { name: 'extension: no dueAt to extend', step: 'extension', state: { status: 'in_progress' }, allowed: false },
    {
      name: 'extension: one request at a time',
      step: 'extension',
      state: { status: 'in_progress', deadlines: { ...appeal().deadlines, dueAt: LATER }, extensions: [pendingExtension] },
      allowed: false,
    },
    {
      name: 'extension: a decided request does not block the next',
      step: 'extension',
      state: { status: 'in_progress', deadlines: { ...appeal().deadlines, dueAt: LATER }, extensions: [{ ...pendingExtension, decision: 'denied' }] },
      allowed: true,
    },
    {
      name: 'extension/decision: nothing pending',
      step: 'extension/decision',
      state: { status: 'in_progress', extensions: [{ ...pendingExtension, decision: 'approved' }] },
      allowed: false,
    },
    { name: 'rating: rated this round already', step: 'rating', state: { status: 'resolved', ratings: [rating] }, allowed: false },
    { name: 'rating: rated in an earlier round only', step: 'rating', state: { status: 'resolved', round: 2, ratings: [rating] }, allowed: true },
    {
      name: 'rating: rated, but a merged duplicate’s enterprise has not',
      step: 'rating',
      state: { status: 'resolved', ratings: [rating], followers: [follower] },
      allowed: true,
    },
    {
      name: 'rating: rated, and every duplicate’s enterprise has too',
      step: 'rating',
      state: { status: 'resolved', ratings: [rating], followers: [{ ...follower, rating }] },
      allowed: false,
    },
    {
      name: 'close: material still within its time',
      step: 'close',
      state: { status: 'awaiting_material', material },
      allowed: false,
    },
  ];

  it.each(table)('$name', ({ step, state, allowed }) => {
    expect(isAllowed(step, appeal(state), NOW)).toBe(allowed);
  });
});

describe('deadlines: the day before, the day of and the day after, across holidays', () => {
  // Assigned on Monday 2026-09-28 with a 5-working-day limit: due at the end of Saturday 2026-10-10 (CONTRACT §4's
  // own example), the National Day holidays in between not counted.
  const dueDate = nthWorkingDayAfter(calendar, '2026-09-28', 5);
  const handling = appeal({ status: 'in_progress', deadlines: { ...appeal().deadlines, dueAt: endOfDay(dueDate, TZ) } });

  it('counts the example’s due date from the shipped calendar', () => {
    expect(dueDate).toBe('2026-10-10');
  });

  const extension: { when: string; now: number; allowed: boolean }[] = [
    { when: 'on a holiday in between (National Day, 10-05)', now: at('2026-10-05', '12:00'), allowed: true },
    { when: 'the working day before (Friday 10-09), at its last minute', now: at('2026-10-09', '23:59'), allowed: true },
    { when: 'the day of (a Saturday made a working day), in the morning', now: at('2026-10-10', '09:00'), allowed: true },
    { when: 'the day of, one millisecond before dueAt', now: endOfDay('2026-10-10', TZ) - 1, allowed: true },
    { when: 'at dueAt itself: the deadline has passed', now: endOfDay('2026-10-10', TZ), allowed: false },
    { when: 'the day after (Sunday 10-11)', now: at('2026-10-11', '00:00'), allowed: false },
  ];
  it.each(extension)('extension $when: $allowed', ({ now, allowed }) => {
    expect(isAllowed('extension', handling, now)).toBe(allowed);
  });

  // Closed on 2026-07-01: the 3-month visit falls on 10-01, a holiday, so it moves to Thursday 10-08, and its
  // dueAt is 5 working days later, Saturday 10-10 counted: the end of Wednesday 10-14.
  const scheduledFor = workingDayOnOrAfter(calendar, addMonthsClamped('2026-07-01', 3));
  const visitDue = nthWorkingDayAfter(calendar, scheduledFor, 5);
  const closed = (f: Partial<FollowUp> = {}) => appeal({ status: 'closed', closure: 'satisfied', followUps: [visit(visitDue, { scheduledFor, ...f })] });

  it('counts the visit’s days from the shipped calendar', () => {
    expect([scheduledFor, visitDue]).toEqual(['2026-10-08', '2026-10-14']);
  });

  const followUps: { when: string; now: number; visit?: Partial<FollowUp>; allowed: boolean }[] = [
    {
      when: 'before the visit is announced (09:00 on its day)',
      now: at('2026-10-08', '08:59'),
      visit: { announceAt: at('2026-10-08', '09:00') },
      allowed: false,
    },
    { when: 'once announced, on its day', now: at('2026-10-08', '09:00'), allowed: true },
    { when: 'the day before dueAt', now: at('2026-10-13', '15:00'), allowed: true },
    { when: 'at dueAt itself (recorded in time to the millisecond)', now: endOfDay('2026-10-14', TZ), allowed: true },
    { when: 'one millisecond after dueAt', now: endOfDay('2026-10-14', TZ) + 1, allowed: false },
    { when: 'the day after dueAt', now: at('2026-10-15', '10:00'), allowed: false },
    { when: 'a visit already recorded', now: at('2026-10-09', '10:00'), visit: { outcome: 'stable', recordedAt: at('2026-10-08', '10:00') }, allowed: false },
    { when: 'a visit already missed', now: at('2026-10-09', '10:00'), visit: { outcome: 'missed' }, allowed: false },
  ];
  it.each(followUps)('follow-ups $when: $allowed', ({ now, visit: f, allowed }) => {
    const s = closed(f);
    expect(isAllowed('follow-ups', s, now)).toBe(allowed);
    expect(dueFollowUp(s, now) !== undefined).toBe(allowed);
  });
});

describe('who may take each step', () => {
  const OFFICE = ['office', 'admin'];
  const table: Record<Step, string[]> = {
    classify: OFFICE,
    assign: OFFICE,
    accept: ['department'],
    return: ['department'],
    path: ['department'],
    progress: ['department'],
    contribution: ['department'],
    delegate: ['department'],
    'delegate-report': ['department'],
    owner: OFFICE,
    handler: ['department'],
    instruction: ['leader'],
    escalate: OFFICE,
    note: [...OFFICE, 'department'],
    contacts: [...OFFICE, 'department'],
    extension: ['department'],
    'extension/decision': OFFICE,
    supervision: OFFICE,
    resolve: ['department'],
    answer: OFFICE,
    'request-material': ['department'],
    material: [...OFFICE, 'enterprise', 'department'],
    merge: OFFICE,
    reassign: OFFICE,
    rating: [...OFFICE, 'enterprise'],
    explanation: [...OFFICE, 'department'],
    referral: OFFICE,
    close: [...OFFICE, 'department'],
    'follow-ups': OFFICE,
    withdraw: [...OFFICE, 'enterprise'],
  };
  const roles: Actor['role'][] = [...ROLES, 'system'];
  const cases = STEPS.flatMap((step) => roles.map((role) => ({ step, role, allowed: table[step].includes(role) })));
  it.each(cases)('$step by $role: $allowed', ({ step, role, allowed }) => {
    expect(roleMayTake(step, role)).toBe(allowed);
  });
});

describe('which actor may take a step on this appeal', () => {
  const lead: Actor = { role: 'department', department: 'lead' };
  const co: Actor = { role: 'department', department: 'co' };
  const other: Actor = { role: 'department', department: 'other' };
  const town: Actor = { role: 'department', department: 'town' };
  const office: Actor = { role: 'office' };
  const owning: Actor = { role: 'enterprise', creditCode: '91510700MA000000XX' };
  const duplicates: Actor = { role: 'enterprise', creditCode: follower.creditCode };
  const stranger: Actor = { role: 'enterprise', creditCode: '91510700MA000009XX' };
  const caseOwner = { id: 'p1', name: '李专员' };

  const table: { name: string; step: Step; actor: Actor; state?: Partial<AppealState>; allowed: boolean }[] = [
    { name: 'the lead reports the path', step: 'path', actor: lead, allowed: true },
    { name: 'a co-handler does not report the path', step: 'path', actor: co, allowed: false },
    { name: 'a co-handler reports progress', step: 'progress', actor: co, allowed: true },
    { name: 'another department reports nothing', step: 'progress', actor: other, allowed: false },
    { name: 'a co-handler gives its contribution', step: 'contribution', actor: co, allowed: true },
    { name: 'the lead gives no contribution of its own', step: 'contribution', actor: lead, allowed: false },
    { name: 'the unit delegated to reports back', step: 'delegate-report', actor: town, state: { delegations: [delegation] }, allowed: true },
    { name: 'the lead does not report for its unit', step: 'delegate-report', actor: lead, state: { delegations: [delegation] }, allowed: false },
    { name: 'the office cannot take a department’s step', step: 'resolve', actor: office, allowed: false },
    { name: 'the office explains its own answer when there is no lead', step: 'explanation', actor: office, state: { leadDepartment: null }, allowed: true },
    { name: 'the office does not explain for a lead', step: 'explanation', actor: office, allowed: false },
    { name: 'the lead explains', step: 'explanation', actor: lead, allowed: true },
    {
      name: 'the lead closes when the material is overdue',
      step: 'close',
      actor: lead,
      state: { status: 'awaiting_material', material: { ...material, missed: true } },
      allowed: true,
    },
    { name: 'the lead does not close an appeal awaiting a decision', step: 'close', actor: lead, state: { status: 'awaiting_decision' }, allowed: false },
    {
      name: 'a co-handler does not close for want of material',
      step: 'close',
      actor: co,
      state: { status: 'awaiting_material', material: { ...material, missed: true } },
      allowed: false,
    },
    { name: 'the case owner takes a note', step: 'note', actor: { ...office, person: caseOwner }, state: { owner: 'p1' }, allowed: true },
    { name: 'the office without the owner’s person takes no note', step: 'note', actor: office, state: { owner: 'p1' }, allowed: false },
    { name: 'the lead logs a contact', step: 'contacts', actor: lead, allowed: true },
    {
      name: 'the case owner logs a contact through a department token',
      step: 'contacts',
      actor: { ...other, person: caseOwner },
      state: { owner: 'p1' },
      allowed: true,
    },
    { name: 'another department logs no contact', step: 'contacts', actor: other, allowed: false },
    { name: 'the owning enterprise rates', step: 'rating', actor: owning, allowed: true },
    { name: 'a merged duplicate’s enterprise rates', step: 'rating', actor: duplicates, state: { followers: [follower] }, allowed: true },
    {
      name: 'a duplicate’s enterprise does not withdraw the main appeal',
      step: 'withdraw',
      actor: duplicates,
      state: { followers: [follower] },
      allowed: false,
    },
    { name: 'another enterprise does not rate', step: 'rating', actor: stranger, allowed: false },
    { name: 'a leader named by its token instructs', step: 'instruction', actor: { role: 'leader', person: { id: 'l1', name: '市领导' } }, allowed: true },
    { name: 'a leader token without a person does not', step: 'instruction', actor: { role: 'leader' }, allowed: false },
    { name: 'the commission takes no step', step: 'referral', actor: { role: 'commission' }, allowed: false },
    { name: 'the office refers', step: 'referral', actor: office, allowed: true },
  ];

  it.each(table)('$name', ({ step, actor, state, allowed }) => {
    expect(actorMayTake(step, actor, appeal({ status: 'in_progress', ...state }))).toBe(allowed);
  });
});

describe('pendingDelegations', () => {
  const table: { name: string; state: Partial<AppealState>; pending: string[] }[] = [
    { name: 'none delegated', state: {}, pending: [] },
    { name: 'one unanswered this round', state: { delegations: [delegation] }, pending: ['town'] },
    { name: 'answered', state: { delegations: [{ ...delegation, reportedAt: NOW }] }, pending: [] },
    { name: 'an earlier round’s', state: { round: 2, delegations: [delegation, { ...delegation, round: 2, to: 'park' }] }, pending: ['park'] },
  ];
  it.each(table)('$name', ({ state, pending }) => {
    expect(pendingDelegations(appeal(state)).map((d) => d.to)).toEqual(pending);
  });
});
