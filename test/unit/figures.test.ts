import { describe, expect, it } from 'vitest';
import { figuresOf, groupFigures, percent, praiseAndCriticism, rankDepartments, type AppealRecord, type Labels } from '../../domain/figures.js';

// The figures' definitions (README "Figures") on a hand-made ledger: every expectation below is counted by hand
// from the eight appeals, and the comments say how.

const closedSatisfied: AppealRecord = {
  creditCode: 'E1',
  channel: 'symposium',
  submitterKind: 'enterprise',
  category: 'financing',
  kind: 'problem',
  answeredOnTheSpot: false,
  department: 'ndrc',
  status: 'closed',
  closure: 'satisfied',
  round: 1,
  ratings: ['satisfied'],
  followUps: ['pending', 'pending', 'pending', 'pending'],
  resolutions: 1,
  lateResolutions: 0,
  overdues: 0,
  referrals: 0,
};
const appeal = (changes: Partial<AppealRecord>): AppealRecord => ({ ...closedSatisfied, ...changes });

const A = appeal({ followUps: ['stable', 'stable', 'pending', 'pending'] });
/** A's enterprise again. Resolved after its dueAt, never rated: closed `unrated`; its first visit was missed. */
const B = appeal({
  closure: 'unrated',
  ratings: [],
  overdues: 1,
  lateResolutions: 1,
  followUps: ['missed', 'pending', 'pending', 'pending'],
  channel: 'wechat_group',
});
/** Dissatisfied, explained, assigned a second time, dissatisfied again, referred. */
const C = appeal({
  creditCode: 'E2',
  department: 'land',
  category: 'land',
  closure: 'referred',
  round: 2,
  ratings: ['dissatisfied', 'dissatisfied'],
  resolutions: 2,
  referrals: 1,
});
/** Dissatisfied once, then closed by the office before any second assignment. */
const D = appeal({ creditCode: 'E2', department: 'land', category: 'land', closure: 'closed_by_office', ratings: ['dissatisfied'], followUps: [] });
/** Still being handled, past its dueAt. */
const E = appeal({ creditCode: 'E3', status: 'in_progress', closure: null, ratings: [], followUps: [], resolutions: 0, overdues: 1, channel: 'wechat_group' });
/** Withdrawn before assignment. */
const F = appeal({ creditCode: 'E4', department: null, status: 'withdrawn', closure: null, ratings: [], followUps: [], resolutions: 0 });
/** Closed basically satisfied, came back at the second visit: reopened, a new round waiting for assignment. */
const G = appeal({
  creditCode: 'E5',
  department: null,
  status: 'registered',
  closure: null,
  round: 2,
  ratings: ['basically_satisfied'],
  followUps: ['stable', 'rebound', 'cancelled', 'cancelled'],
});
/** Dissatisfied, explained, second assignment, then basically satisfied. */
const H = appeal({ creditCode: 'E6', department: 'tax', category: 'tax_fees', round: 2, ratings: ['dissatisfied', 'basically_satisfied'], resolutions: 2 });

const ledger = [A, B, C, D, E, F, G, H];
const labels: Labels = {
  department: { ndrc: '发展和改革委员会', land: '自然资源和规划局', tax: '税务局' },
  channel: { symposium: '面对面专题座谈会', wechat_group: '企业家微信群' },
  category: { financing: '融资', land: '用地', tax_fees: '税费' },
  submitterKind: { enterprise: '企业' },
  kind: { problem: '问题诉求', consultation: '政策咨询' },
};

describe('figures of a period', () => {
  it('counts each figure as README defines it', () => {
    expect(figuresOf(ledger)).toEqual({
      received: 8,
      enterprises: 6, // A and B are E1's, C and D E2's
      resolved: 6, // every one but E and F
      closed: 5, // A B C D H
      satisfied: 2, // A H
      closed_by_office: 1, // D
      referred: 1, // C
      unrated: 1, // B
      withdrawn: 1, // F
      open: 2, // E G
      overdue: 2, // B E
      onTime: 5, // A C D G H
      late: 1, // B
      secondAssignments: 2, // C H; G's second round is a rebound's
      referrals: 1, // C
      rebounds: 1, // G
      followUpsDone: 4, // A's two stable visits, G's stable and rebound ones
      followUpsMissed: 1, // B
      solved: 2, // A H (satisfied); B's unrated closure is not (issue 20)
      rated: 5, // A C D G H
      ratings: 7, // 1 + 2 + 1 + 1 + 2
      favourableRatings: 3, // A satisfied, G and H basically satisfied
      instructed: 0,
      answeredOnTheSpot: 0,
      merged: 0,
      noMaterial: 0,
      solveRate: 25, // 2 / 8
      onTimeRate: 83.3, // 5 / 6
      satisfactionRate: 42.9, // 3 / 7
      returnVisitRate: 83.3, // 5 / 6
    });
  });

  it('counts the appeals a leader instructed (issue 15)', () => {
    expect(figuresOf([appeal({ instructed: true }), appeal({ instructed: false }), appeal({})]).instructed).toBe(1);
  });

  it('counts a consultation answered at the window as resolved on time, for no department (issue 17)', () => {
    const answered = appeal({ kind: 'consultation', department: null, answeredOnTheSpot: true, resolutions: 0 });
    const figures = figuresOf([answered, appeal({})]);
    expect(figures).toMatchObject({ received: 2, resolved: 2, onTime: 2, answeredOnTheSpot: 1, solved: 2 });
    expect(groupFigures([answered, appeal({})], 'kind', labels).map((g) => [g.key, g.label, g.received])).toEqual([
      ['consultation', '政策咨询', 1],
      ['problem', '问题诉求', 1],
    ]);
    expect(rankDepartments([answered], labels)).toEqual([]);
  });

  it('counts a merged duplicate as merged and nothing else: the appeal it joined is counted once (issue 17)', () => {
    const duplicate = appeal({ closure: 'merged', ratings: [], followUps: [], resolutions: 0 });
    const figures = figuresOf([duplicate, appeal({})]);
    expect(figures).toMatchObject({ received: 1, closed: 1, solved: 1, merged: 1, solveRate: 100 });
    expect(figuresOf([appeal({ closure: 'no_material', ratings: [], followUps: [], resolutions: 0 })])).toMatchObject({ noMaterial: 1, closed: 1, solved: 0 });
  });

  it('counts each enterprise once, in the total and in each group, and not for a merged duplicate (issue 18)', () => {
    expect(groupFigures(ledger, 'department', labels).map((g) => [g.key, g.received, g.enterprises])).toEqual([
      ['ndrc', 3, 2], // A and B are E1's, E is E3's
      ['land', 2, 1],
      [null, 2, 2],
      ['tax', 1, 1],
    ]);
    const duplicate = appeal({ creditCode: 'E9', closure: 'merged', ratings: [], followUps: [], resolutions: 0 });
    expect(figuresOf([duplicate, appeal({})])).toMatchObject({ received: 1, enterprises: 1 });
    expect(figuresOf([])).toMatchObject({ enterprises: 0 });
  });

  it('the seeds’ solve rate: 1238 solved of 1466 received is 84.4%', () => {
    expect(percent(1238, 1466)).toBe(84.4);
    expect(percent(3874, 3894)).toBe(99.5);
    expect(percent(85, 89)).toBe(95.5);
  });

  it('counts an unrated closure as solved only when the policy says so, as the seeds’ bulletins did (issue 20)', () => {
    const bulletins = { unratedCountsAsSolved: true, rounding: 0.1 } as const;
    expect(figuresOf(ledger, bulletins)).toMatchObject({ unrated: 1, solved: 3, solveRate: 37.5 }); // A H + B, 3 / 8
    expect(figuresOf(ledger)).toMatchObject({ unrated: 1, solved: 2, solveRate: 25 });
    expect(groupFigures(ledger, 'channel', labels, bulletins).map((g) => [g.key, g.solved])).toEqual([
      ['symposium', 2],
      ['wechat_group', 1],
    ]);
  });

  it('rounds to whole percents as the bulletins print them when the policy says 1', () => {
    expect(percent(3874, 3894, 1)).toBe(99); // 99.49: the seeds' 99%
    expect(percent(1238, 1466, 1)).toBe(84);
    expect(percent(1, 2 * 100, 1)).toBe(1); // 0.5 half up
    expect(percent(1, 3, 1)).toBe(33);
    expect(percent(0, 0, 1)).toBeNull();
    expect(figuresOf(ledger, { unratedCountsAsSolved: false, rounding: 1 })).toMatchObject({ onTimeRate: 83, satisfactionRate: 43, returnVisitRate: 83 });
  });

  it('rounds half up to one decimal, and has no rate without a denominator', () => {
    expect(percent(1, 16)).toBe(6.3); // 6.25
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 5)).toBe(0);
    expect(percent(0, 0)).toBeNull();
    expect(figuresOf([])).toMatchObject({ received: 0, solveRate: null, onTimeRate: null, satisfactionRate: null, returnVisitRate: null });
  });

  it('groups by the latest round’s lead department, most appeals first, the unassigned last among equals', () => {
    const groups = groupFigures(ledger, 'department', labels);
    expect(groups.map((g) => [g.key, g.label, g.received])).toEqual([
      ['ndrc', '发展和改革委员会', 3],
      ['land', '自然资源和规划局', 2],
      [null, '未交办', 2],
      ['tax', '税务局', 1],
    ]);
    expect(groups[0]).toMatchObject({ resolved: 2, onTime: 1, late: 1, overdue: 2, open: 1, onTimeRate: 50, satisfactionRate: 100 });
  });

  it('groups by channel and by category, with the label of each', () => {
    expect(groupFigures(ledger, 'channel', labels).map((g) => [g.key, g.label, g.received, g.solved])).toEqual([
      ['symposium', '面对面专题座谈会', 6, 2],
      ['wechat_group', '企业家微信群', 2, 0],
    ]);
    expect(groupFigures(ledger, 'category', labels).map((g) => [g.key, g.label, g.received])).toEqual([
      ['financing', '融资', 5],
      ['land', '用地', 2],
      ['tax_fees', '税费', 1],
    ]);
    // a code the labels do not know is its own label
    expect(groupFigures([appeal({ category: 'startup' })], 'category', labels)[0]).toMatchObject({ key: 'startup', label: 'startup' });
  });

  it('the totals of the groups add up to the period’s total', () => {
    for (const by of ['department', 'channel', 'category'] as const) {
      const groups = groupFigures(ledger, by, labels);
      expect(
        groups.reduce((n, g) => n + g.received, 0),
        by,
      ).toBe(8);
      expect(
        groups.reduce((n, g) => n + g.solved, 0),
        by,
      ).toBe(2);
    }
  });
});

describe('the ranking for the praise and criticism lists', () => {
  it('orders by on-time rate, then satisfaction rate (unassigned appeals take no part)', () => {
    // tax 100% on time, 50% satisfied; land 100% and 0%; ndrc 50% and 100%
    const ranked = rankDepartments(ledger, labels);
    expect(ranked.map((d) => [d.rank, d.key, d.onTimeRate, d.satisfactionRate, d.overdue])).toEqual([
      [1, 'tax', 100, 50, 0],
      [2, 'land', 100, 0, 0],
      [3, 'ndrc', 50, 100, 2],
    ]);
    expect(praiseAndCriticism(ranked, 1)).toEqual({ praise: ['tax'], criticism: ['ndrc'] });
    // never on both lists: with 2 praised, only ndrc is left to criticise
    expect(praiseAndCriticism(ranked, 2)).toEqual({ praise: ['tax', 'land'], criticism: ['ndrc'] });
  });

  it('breaks ties by fewer overdue appeals, then more appeals received, then the code', () => {
    const onTimeSatisfied = (department: string) => appeal({ department });
    const overdueOpen = (department: string) => appeal({ department, status: 'in_progress', closure: null, ratings: [], resolutions: 0, overdues: 1 });
    const ranked = rankDepartments(
      [
        onTimeSatisfied('b'),
        onTimeSatisfied('b'), // 100%, 100%, none overdue, 2 received
        onTimeSatisfied('a'),
        onTimeSatisfied('a'), // the same as b: the code decides
        onTimeSatisfied('c'),
        onTimeSatisfied('c'),
        onTimeSatisfied('c'),
        overdueOpen('c'), // one overdue
        onTimeSatisfied('d'), // fewer received than a and b
        overdueOpen('e'), // nothing resolved: no rates at all, below any number
      ],
      labels,
    );
    expect(ranked.map((d) => d.key)).toEqual(['a', 'b', 'd', 'c', 'e']);
    expect(ranked.map((d) => d.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(ranked.at(-1)).toMatchObject({ onTimeRate: null, satisfactionRate: null });
    // e has resolved nothing, so it cannot be praised, but its overdue appeal puts it first on the criticism list
    expect(praiseAndCriticism(ranked, 2)).toEqual({ praise: ['a', 'b'], criticism: ['e', 'c'] });
  });

  it('a rate of 0% ranks above no rate at all', () => {
    const late = appeal({ department: 'late', overdues: 1, lateResolutions: 1 });
    const none = appeal({ department: 'none', status: 'assigned', closure: null, ratings: [], resolutions: 0 });
    expect(rankDepartments([none, late], labels).map((d) => [d.key, d.onTimeRate])).toEqual([
      ['late', 0],
      ['none', null],
    ]);
  });
});
