import { z } from 'zod';
import { COUNTS, FIGURE_LABELS, RATES, type Count, type Figures, type Rate } from './figures.js';
import { UNIT_LEVEL_CODES, type UnitLevel } from './units.js';

// The assessment (考核, issue 20) as data: a scoring model over the figures (README "Figures") that a city sets
// through `PUT /v1/assessment/model`, and the pure arithmetic that turns each unit's figures into its score,
// breakdown and rank. The seeds give the frame (「单列2分」 in the annual target assessment, 「扣分」 for inaction,
// 「一票否决」); the weights, caps and thresholds of the default model are the city's to set (README says which).

const points = z.number().min(0).max(100);

/** Points for a rate: none at or below `zeroAt`, all of `weight` at or above `fullAt`, linear between. */
const rateIndicatorSchema = z
  .strictObject({
    figure: z.enum(RATES),
    weight: points.describe('the points the rate earns at fullAt'),
    fullAt: points.default(100).describe('the rate (percent) at or above which it earns its whole weight'),
    zeroAt: points.default(0).describe('the rate (percent) at or below which it earns nothing'),
  })
  .refine((r) => r.zeroAt < r.fullAt, { path: ['zeroAt'], message: 'must be below fullAt' });

/** Points off for each of a count (an overdue appeal, a referral…), at most `cap` in all. */
const deductionSchema = z.strictObject({
  figure: z.enum(COUNTS),
  each: z.number().positive().max(100).describe('points off for each one'),
  cap: points.describe('the most this deduction takes off'),
});

/** 一票否决: a unit whose `figure` reaches `atLeast` scores 0, whatever else it earned. */
const vetoSchema = z.strictObject({
  figure: z.enum(COUNTS),
  atLeast: z.number().int().min(1),
  reason: z.string().trim().min(1).max(100).describe('what the circular says, e.g. 发生转报纪委监委事项'),
});

/** How one level's units are scored: rates that earn points (weights adding up to 100), deductions and vetoes. */
const scaleSchema = z
  .strictObject({
    rates: z.array(rateIndicatorSchema).min(1).max(RATES.length),
    deductions: z.array(deductionSchema).max(COUNTS.length).default([]),
    vetoes: z.array(vetoSchema).max(COUNTS.length).default([]),
  })
  .refine((s) => s.rates.reduce((n, r) => n + r.weight, 0) === 100, { path: ['rates'], message: 'the weights must add up to 100' })
  .refine((s) => new Set(s.rates.map((r) => r.figure)).size === s.rates.length, { path: ['rates'], message: 'each rate once' });

export const assessmentModelSchema = z.strictObject({
  worth: z.number().positive().max(100).describe('what a score of 100 is worth in the annual target assessment (单列2分: 2)'),
  department: scaleSchema.describe('the scale of departments, and of any level without its own'),
  byLevel: z.partialRecord(z.enum(UNIT_LEVEL_CODES), scaleSchema).default({}).describe('a scale for the units of a level (county, park…) rolled up'),
});

export type AssessmentModel = z.infer<typeof assessmentModelSchema>;
export type Scale = z.infer<typeof scaleSchema>;

/** The default model: the seeds' frame (2 points, deductions, vetoes); every number in it is the city's to set. */
export const DEFAULT_ASSESSMENT_MODEL: AssessmentModel = {
  worth: 2,
  department: {
    rates: [
      { figure: 'onTimeRate', weight: 30, fullAt: 100, zeroAt: 60 },
      { figure: 'solveRate', weight: 30, fullAt: 90, zeroAt: 50 },
      { figure: 'satisfactionRate', weight: 30, fullAt: 95, zeroAt: 60 },
      { figure: 'returnVisitRate', weight: 10, fullAt: 100, zeroAt: 0 },
    ],
    deductions: [
      { figure: 'overdue', each: 2, cap: 20 },
      { figure: 'followUpsMissed', each: 1, cap: 10 },
      { figure: 'rebounds', each: 2, cap: 10 },
    ],
    vetoes: [{ figure: 'referrals', atLeast: 1, reason: '发生转报纪委监委事项' }],
  },
  byLevel: {},
};

/** The scale for units of `level` (departments when none). */
export const scaleOf = (model: AssessmentModel, level?: UnitLevel): Scale => (level && model.byLevel[level]) || model.department;

export interface RateScore {
  figure: Rate;
  label: string;
  value: number | null;
  weight: number;
  /** null when the rate has no denominator: the indicator is left out and the others scaled up to 100. */
  points: number | null;
}
export interface Deduction {
  figure: Count;
  label: string;
  count: number;
  points: number;
}
export interface Veto {
  figure: Count;
  count: number;
  reason: string;
}
export interface Scorecard {
  score: number;
  /** The score's share of `worth`. */
  points: number;
  rates: RateScore[];
  deductions: Deduction[];
  vetoes: Veto[];
}

/** Scores and points to two decimals, so that rounding never reorders units that differ. */
const round2 = (x: number) => Math.round(x * 100) / 100;

function ratePoints({ weight, fullAt, zeroAt }: Scale['rates'][number], value: number): number {
  if (value >= fullAt) return weight;
  if (value <= zeroAt) return 0;
  return (weight * (value - zeroAt)) / (fullAt - zeroAt);
}

/**
 * One unit's score out of 100: the rates' points, scaled up to 100 over the indicators that have a value (a unit
 * with nothing rated is judged on the rest, not given 0 or full marks for it), less the deductions, never below 0;
 * 0 when a veto holds.
 */
export function scoreOf(figures: Figures, scale: Scale, worth: number): Scorecard {
  const rates = scale.rates.map((r) => {
    const value = figures[r.figure];
    return { figure: r.figure, label: FIGURE_LABELS[r.figure], value, weight: r.weight, points: value === null ? null : round2(ratePoints(r, value)) };
  });
  const counted = scale.rates.filter((r) => figures[r.figure] !== null);
  const weighed = counted.reduce((n, r) => n + r.weight, 0);
  const earned = counted.reduce((n, r) => n + ratePoints(r, figures[r.figure]!), 0);
  const deductions = scale.deductions.map((d) => {
    const count = figures[d.figure];
    return { figure: d.figure, label: FIGURE_LABELS[d.figure], count, points: round2(Math.min(d.cap, d.each * count)) };
  });
  const vetoes = scale.vetoes.flatMap((v) => (figures[v.figure] >= v.atLeast ? [{ figure: v.figure, count: figures[v.figure], reason: v.reason }] : []));
  const before = weighed === 0 ? 0 : (earned * 100) / weighed - deductions.reduce((n, d) => n + d.points, 0);
  const score = vetoes.length > 0 ? 0 : round2(Math.max(0, before));
  return { score, points: round2((score * worth) / 100), rates, deductions, vetoes };
}

/** A unit of the assessment: a department, or a unit of a level with its subtree's appeals. */
export interface AssessedUnit extends Scorecard {
  rank: number;
  key: string;
  label: string;
  figures: Figures;
}

/**
 * Units best first: by score, then by code; units with equal scores share a rank (1, 1, 3), since the circular
 * publishes the model's verdict, not the alphabet's.
 */
export function assessUnits(units: readonly { key: string; label: string; figures: Figures }[], scale: Scale, worth: number): AssessedUnit[] {
  const scored = units
    .map((u) => ({ key: u.key, label: u.label, ...scoreOf(u.figures, scale, worth), figures: u.figures }))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  let rank = 0;
  return scored.map((u, i) => {
    if (i === 0 || u.score !== scored[i - 1]!.score) rank = i + 1;
    return { rank, ...u };
  });
}
