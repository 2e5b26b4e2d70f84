import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ASSESSMENT_MODEL,
  assessUnits,
  assessmentModelSchema,
  dutiesOf,
  dutyStretches,
  missedByUnit,
  scaleOf,
  scoreOf,
  type MeetingDuty,
} from '../../domain/assessment.js';
import { figuresOf, type Figures } from '../../domain/figures.js';
import { assessmentRange } from '../../domain/periods.js';

// The assessment's arithmetic (README "Assessment") on hand-made figures: every score below is computed by hand
// from the default model, and the comments say how.

const scale = DEFAULT_ASSESSMENT_MODEL.department;
const figures = (changes: Partial<Figures>): Figures => ({ ...figuresOf([]), ...changes });

/** Rates part-way between their thresholds, three overdue appeals. */
const A = figures({ onTimeRate: 80, solveRate: 70, satisfactionRate: 100, returnVisitRate: 50, overdue: 3 });
/** Nothing rated yet: satisfaction has no value, so it is left out and the other 70 points scaled up to 100. */
const B = figures({ onTimeRate: 100, solveRate: 95, satisfactionRate: null, returnVisitRate: 0 });
/** Full marks, but one appeal referred to the discipline commission: vetoed. */
const C = figures({ onTimeRate: 100, solveRate: 100, satisfactionRate: 100, returnVisitRate: 100, referrals: 1 });
/** Full marks less capped deductions: 15 overdue (30, capped at 20) and 12 missed visits (12, capped at 10). */
const D = figures({ onTimeRate: 100, solveRate: 100, satisfactionRate: 100, returnVisitRate: 100, overdue: 15, followUpsMissed: 12 });

describe('a unit’s score', () => {
  it('earns each rate’s points linearly between its thresholds, less deductions', () => {
    const card = scoreOf(A, scale, 2);
    // on time 30 × (80 − 60) / (100 − 60) = 15; solved 30 × (70 − 50) / (90 − 50) = 15; satisfaction ≥ 95: 30;
    // return visits 10 × 50 / 100 = 5: 65, less 3 overdue × 2 = 6: 59, worth 59 × 2 / 100 = 1.18 of the 2 points
    expect(card.rates.map((r) => [r.figure, r.value, r.points])).toEqual([
      ['onTimeRate', 80, 15],
      ['solveRate', 70, 15],
      ['satisfactionRate', 100, 30],
      ['returnVisitRate', 50, 5],
    ]);
    expect(card.deductions).toEqual([
      { figure: 'overdue', label: '超期数', count: 3, points: 6 },
      { figure: 'followUpsMissed', label: '跟踪回访逾期次数', count: 0, points: 0 },
      { figure: 'rebounds', label: '反弹数', count: 0, points: 0 },
    ]);
    expect(card).toMatchObject({ score: 59, points: 1.18, vetoes: [] });
  });

  it('leaves out a rate without a denominator and scales the others up to 100', () => {
    // 30 + 30 + 0 of the 70 points that have a value: 60 × 100 / 70 = 85.714… → 85.71; 1.714… → 1.71
    const card = scoreOf(B, scale, 2);
    expect(card.rates.find((r) => r.figure === 'satisfactionRate')).toMatchObject({ value: null, points: null });
    expect(card).toMatchObject({ score: 85.71, points: 1.71 });
  });

  it('caps each deduction, and a veto zeroes the score whatever was earned', () => {
    expect(scoreOf(D, scale, 2)).toMatchObject({ score: 70, deductions: [{ points: 20 }, { points: 10 }, { points: 0 }] }); // 100 − 20 − 10
    expect(scoreOf(C, scale, 2)).toMatchObject({ score: 0, points: 0, vetoes: [{ figure: 'referrals', count: 1, reason: '发生转报纪委监委事项' }] });
  });

  it('a missed meeting duty vetoes too (「困难问题会商会等机制落实未达要求的，年终考核实现一票否决」)', () => {
    expect(scoreOf(D, scale, 2, 1)).toMatchObject({ score: 0, vetoes: [{ figure: 'missedMeetings', count: 1, reason: '困难问题会商会等机制落实未达要求' }] });
    const ranked = assessUnits(
      [
        { key: 'd', label: 'D', figures: D },
        { key: 'a', label: 'A', figures: A },
      ],
      scale,
      2,
      new Map([['d', 2]]),
    );
    expect(ranked.map((u) => [u.rank, u.key, u.score])).toEqual([
      [1, 'a', 59],
      [2, 'd', 0],
    ]);
  });

  it('never goes below 0', () => {
    const worst = figures({ onTimeRate: 0, solveRate: 0, satisfactionRate: 0, returnVisitRate: 0, overdue: 40 });
    expect(scoreOf(worst, scale, 2).score).toBe(0);
  });
});

describe('the ranking', () => {
  it('orders by score; equal scores share a rank, listed by code', () => {
    const units = [
      { key: 'a', label: 'A', figures: A },
      { key: 'c', label: 'C', figures: C },
      { key: 'b', label: 'B', figures: B },
      { key: 'd', label: 'D', figures: D },
      { key: 'a2', label: 'A2', figures: A },
    ];
    expect(assessUnits(units, scale, 2).map((u) => [u.rank, u.key, u.score])).toEqual([
      [1, 'b', 85.71],
      [2, 'd', 70],
      [3, 'a', 59],
      [3, 'a2', 59],
      [5, 'c', 0],
    ]);
  });
});

describe('the model', () => {
  it('the default model is valid, and a level without its own scale uses the departments’', () => {
    expect(assessmentModelSchema.parse(DEFAULT_ASSESSMENT_MODEL)).toEqual(DEFAULT_ASSESSMENT_MODEL);
    expect(scaleOf(DEFAULT_ASSESSMENT_MODEL, 'county')).toBe(scale);
    const county = { rates: [{ figure: 'solveRate' as const, weight: 100, fullAt: 100, zeroAt: 0 }], deductions: [], vetoes: [] };
    expect(scaleOf({ ...DEFAULT_ASSESSMENT_MODEL, byLevel: { county } }, 'county')).toBe(county);
  });

  it('refuses weights that do not add up to 100, a rate twice, and thresholds the wrong way round', () => {
    const withRates = (rates: unknown[]) => assessmentModelSchema.safeParse({ ...DEFAULT_ASSESSMENT_MODEL, department: { ...scale, rates } }).success;
    expect(withRates([{ figure: 'solveRate', weight: 90 }])).toBe(false);
    expect(
      withRates([
        { figure: 'solveRate', weight: 50 },
        { figure: 'solveRate', weight: 50 },
      ]),
    ).toBe(false);
    expect(withRates([{ figure: 'solveRate', weight: 100, fullAt: 50, zeroAt: 60 }])).toBe(false);
    expect(withRates([{ figure: 'solveRate', weight: 100 }])).toBe(true);
  });
});

describe('meeting duties', () => {
  const industry: MeetingDuty = { unit: 'industry', kind: 'consultation_meeting', sector: '工业', every: 'quarter', atLeast: 1 };
  const trade: MeetingDuty = { ...industry, unit: 'commerce', sector: '外贸' };
  const held = [
    { kind: 'consultation_meeting' as const, sector: '工业', on: '2026-02-10' },
    { kind: 'consultation_meeting' as const, sector: '工业', on: '2026-08-31' },
    { kind: 'symposium' as const, sector: '工业', on: '2026-05-06' }, // another kind: not the duty's
    { kind: 'consultation_meeting' as const, sector: '外贸', on: '2026-07-01' },
  ];

  it('judges a quarterly duty over each quarter of a year, the quarter itself, and not within a month', () => {
    expect(dutyStretches('2026', 'quarter')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(dutyStretches('2026-Q3', 'quarter')).toEqual(['2026-Q3']);
    expect(dutyStretches('2026-10', 'quarter')).toEqual([]);
    expect(dutyStretches('2026-Q3', 'month')).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(dutyStretches('2026-Q3', 'year')).toEqual([]);
  });

  it('met when held in the stretch, missed once the stretch has ended without, pending before', () => {
    // on 2026-11-15: industry held in Q1 and Q3, none in Q2 (a symposium is not its meeting kind), Q4 still running
    const [ind, com] = dutiesOf([industry, trade], held, '2026', '2026-11-15');
    expect(ind!.stretches.map((s) => [s.period, s.held, s.status])).toEqual([
      ['2026-Q1', 1, 'met'],
      ['2026-Q2', 0, 'missed'],
      ['2026-Q3', 1, 'met'],
      ['2026-Q4', 0, 'pending'],
    ]);
    expect(ind!.missed).toBe(1);
    expect(com!.stretches.map((s) => s.status)).toEqual(['missed', 'missed', 'met', 'pending']);
    expect(missedByUnit([ind!, com!])).toEqual(
      new Map([
        ['industry', 1],
        ['commerce', 2],
      ]),
    );
    // a duty of any sector counts every meeting of its kind; twice a quarter needs two
    const [any] = dutiesOf([{ ...industry, sector: null, atLeast: 2 }], held, '2026-Q3', '2026-10-01');
    expect(any!.stretches).toEqual([{ period: '2026-Q3', from: '2026-07-01', to: '2026-09-30', held: 2, status: 'met' }]);
  });
});

describe('assessment periods', () => {
  it('a month, a quarter or a year', () => {
    expect(assessmentRange('2026-10')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(assessmentRange('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(assessmentRange('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(assessmentRange('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});
