import { z } from 'zod';
import { formatMonth, type IsoDate } from './dates.js';
import { codesOf } from './codes.js';
import { COUNTS, FIGURE_LABELS, RATES, type Figures } from './figures.js';
import { MEETING_KINDS, type MeetingKind } from './meeting.js';
import { assessmentRange, type AssessmentPeriod } from './periods.js';
import { departmentCode } from './steps.js';
import { UNIT_LEVEL_CODES, type UnitLevel } from './units.js';

// The assessment (考核, issue 20) as data: a scoring model over the figures (README "Figures") that a city sets
// through `PUT /v1/assessment/model`, and the pure arithmetic that turns each unit's figures into its score,
// breakdown and rank. The seeds give the frame (「单列2分」 in the annual target assessment, 「扣分」 for inaction,
// 「一票否决」); the weights, caps and thresholds of the default model are the city's to set (README says which).

const points = z.number().min(0).max(100);

/** What deductions and vetoes may count: the figures' counts, and the unit's meeting duties missed in the period. */
export const ASSESSMENT_COUNTS = [...COUNTS, 'missedMeetings'] as const;
export type AssessmentCount = (typeof ASSESSMENT_COUNTS)[number];
export const ASSESSMENT_COUNT_LABELS: Record<AssessmentCount, string> = { ...FIGURE_LABELS, missedMeetings: '未按要求召开会议次数' };

/** What rates may earn points: the figures' rates, and the enterprises' evaluation of the unit (百企评, 0–100). */
export const ASSESSMENT_RATES = [...RATES, 'surveyScore'] as const;
export type AssessmentRate = (typeof ASSESSMENT_RATES)[number];
export const ASSESSMENT_RATE_LABELS: Record<AssessmentRate, string> = { ...FIGURE_LABELS, surveyScore: '企业评价(百企评)' };

/** Points for a rate: none at or below `zeroAt`, all of `weight` at or above `fullAt`, linear between. */
const rateIndicatorSchema = z
  .strictObject({
    figure: z.enum(ASSESSMENT_RATES),
    weight: points.describe('the points the rate earns at fullAt'),
    fullAt: points.default(100).describe('the rate (percent) at or above which it earns its whole weight'),
    zeroAt: points.default(0).describe('the rate (percent) at or below which it earns nothing'),
  })
  .refine((r) => r.zeroAt < r.fullAt, { path: ['zeroAt'], message: 'must be below fullAt' });

/** Points off for each of a count (an overdue appeal, a referral…), at most `cap` in all. */
const deductionSchema = z.strictObject({
  figure: z.enum(ASSESSMENT_COUNTS),
  each: z.number().positive().max(100).describe('points off for each one'),
  cap: points.describe('the most this deduction takes off'),
});

/** 一票否决: a unit whose `figure` reaches `atLeast` scores 0, whatever else it earned. */
const vetoSchema = z.strictObject({
  figure: z.enum(ASSESSMENT_COUNTS),
  atLeast: z.number().int().min(1),
  reason: z.string().trim().min(1).max(100).describe('what the circular says, e.g. 发生转报纪委监委事项'),
});

/** How one level's units are scored: rates that earn points (weights adding up to 100), deductions and vetoes. */
const scaleSchema = z
  .strictObject({
    rates: z.array(rateIndicatorSchema).min(1).max(ASSESSMENT_RATES.length),
    deductions: z.array(deductionSchema).max(ASSESSMENT_COUNTS.length).default([]),
    vetoes: z.array(vetoSchema).max(ASSESSMENT_COUNTS.length).default([]),
  })
  .refine((s) => s.rates.reduce((n, r) => n + r.weight, 0) === 100, { path: ['rates'], message: 'the weights must add up to 100' })
  .refine((s) => new Set(s.rates.map((r) => r.figure)).size === s.rates.length, { path: ['rates'], message: 'each rate once' });

export const DUTY_FREQUENCIES = { month: '每月', quarter: '每季度', year: '每年' } as const;
export type DutyFrequency = keyof typeof DUTY_FREQUENCIES;

/** A meeting a unit must hold (「每季度至少召开1次」): of this kind, for this sector if named, at least so often. */
export const meetingDutySchema = z.strictObject({
  unit: departmentCode.describe('the unit that must hold it (its lead department)'),
  kind: z.enum(codesOf(MEETING_KINDS)),
  sector: z.string().trim().min(1).max(64).nullable().default(null).describe('only meetings of this sector count (a meeting’s sector as planned)'),
  every: z.enum(codesOf(DUTY_FREQUENCIES)),
  atLeast: z.number().int().min(1).max(31).default(1),
});
export type MeetingDuty = z.infer<typeof meetingDutySchema>;

export const assessmentModelSchema = z.strictObject({
  worth: z.number().positive().max(100).describe('what a score of 100 is worth in the annual target assessment (单列2分: 2)'),
  department: scaleSchema.describe('the scale of departments, and of any level without its own'),
  byLevel: z.partialRecord(z.enum(UNIT_LEVEL_CODES), scaleSchema).default({}).describe('a scale for the units of a level (county, park…) rolled up'),
  meetingDuties: z.array(meetingDutySchema).max(200).default([]).describe('the meetings units must hold; a duty missed counts as missedMeetings'),
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
    vetoes: [
      { figure: 'referrals', atLeast: 1, reason: '发生转报纪委监委事项' },
      { figure: 'missedMeetings', atLeast: 1, reason: '困难问题会商会等机制落实未达要求' },
    ],
  },
  byLevel: {},
  // Which units hold which sector's meeting is the city's organisation: none until it says.
  meetingDuties: [],
};

/** The scale for units of `level` (departments when none). */
export const scaleOf = (model: AssessmentModel, level?: UnitLevel): Scale => (level && model.byLevel[level]) || model.department;

export interface RateScore {
  figure: AssessmentRate;
  label: string;
  value: number | null;
  weight: number;
  /** null when the rate has no denominator: the indicator is left out and the others scaled up to 100. */
  points: number | null;
}
export interface Deduction {
  figure: AssessmentCount;
  label: string;
  count: number;
  points: number;
}
export interface Veto {
  figure: AssessmentCount;
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
export function scoreOf(figures: Figures, scale: Scale, worth: number, missedMeetings = 0, surveyScore: number | null = null): Scorecard {
  const countOf = (c: AssessmentCount) => (c === 'missedMeetings' ? missedMeetings : figures[c]);
  const valueOf = (r: AssessmentRate) => (r === 'surveyScore' ? surveyScore : figures[r]);
  const rates = scale.rates.map((r) => {
    const value = valueOf(r.figure);
    return { figure: r.figure, label: ASSESSMENT_RATE_LABELS[r.figure], value, weight: r.weight, points: value === null ? null : round2(ratePoints(r, value)) };
  });
  const counted = scale.rates.filter((r) => valueOf(r.figure) !== null);
  const weighed = counted.reduce((n, r) => n + r.weight, 0);
  const earned = counted.reduce((n, r) => n + ratePoints(r, valueOf(r.figure)!), 0);
  const deductions = scale.deductions.map((d) => {
    const count = countOf(d.figure);
    return { figure: d.figure, label: ASSESSMENT_COUNT_LABELS[d.figure], count, points: round2(Math.min(d.cap, d.each * count)) };
  });
  const vetoes = scale.vetoes.flatMap((v) => (countOf(v.figure) >= v.atLeast ? [{ figure: v.figure, count: countOf(v.figure), reason: v.reason }] : []));
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
export function assessUnits(
  units: readonly { key: string; label: string; figures: Figures }[],
  scale: Scale,
  worth: number,
  missedMeetings: ReadonlyMap<string, number> = new Map(),
  surveyScores: ReadonlyMap<string, number> = new Map(),
): AssessedUnit[] {
  const scored = units
    .map((u) => ({
      key: u.key,
      label: u.label,
      ...scoreOf(u.figures, scale, worth, missedMeetings.get(u.key) ?? 0, surveyScores.get(u.key) ?? null),
      figures: u.figures,
    }))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  let rank = 0;
  return scored.map((u, i) => {
    if (i === 0 || u.score !== scored[i - 1]!.score) rank = i + 1;
    return { rank, ...u };
  });
}

// ---- meeting duties ----

export const DUTY_STATUSES = { met: '已履行', missed: '未履行', pending: '期限未到' } as const;
export type DutyStatus = keyof typeof DUTY_STATUSES;

/**
 * The stretches of an assessment period a duty is judged over: a quarterly duty over each quarter of a year, or the
 * quarter itself; none within a month (a quarter is not judged by one of its months), and likewise for the others.
 */
export function dutyStretches(period: AssessmentPeriod, every: DutyFrequency): AssessmentPeriod[] {
  const year = period.slice(0, 4);
  const months = (first: number, n: number) => Array.from({ length: n }, (_, i) => formatMonth(Number(year), first + i));
  const quarter = /-Q([1-4])$/.exec(period);
  const isYear = period.length === 4;
  if (every === 'year') return isYear ? [period] : [];
  if (every === 'quarter') return isYear ? ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `${year}-${q}`) : quarter ? [period] : [];
  return isYear ? months(1, 12) : quarter ? months((Number(quarter[1]) - 1) * 3 + 1, 3) : [period];
}

/** A meeting held, as the duties see it: its kind, its sector and the local date it began. */
export interface HeldMeeting {
  kind: MeetingKind;
  sector: string | null;
  on: IsoDate;
}

export interface DutyStretch {
  period: AssessmentPeriod;
  from: IsoDate;
  to: IsoDate;
  held: number;
  status: DutyStatus;
}

/**
 * Each duty's stretches in the period, met when enough of its meetings were held in it, missed once the stretch
 * has ended (`today` past its last day) without, pending before.
 */
export function dutiesOf(
  duties: readonly MeetingDuty[],
  held: readonly HeldMeeting[],
  period: AssessmentPeriod,
  today: IsoDate,
): (MeetingDuty & { stretches: DutyStretch[]; missed: number })[] {
  return duties.map((duty) => {
    const stretches = dutyStretches(period, duty.every).map((p) => {
      const { from, to } = assessmentRange(p);
      const count = held.filter((m) => m.kind === duty.kind && (duty.sector === null || m.sector === duty.sector) && m.on >= from && m.on <= to).length;
      const status: DutyStatus = count >= duty.atLeast ? 'met' : today > to ? 'missed' : 'pending';
      return { period: p, from, to, held: count, status };
    });
    return { ...duty, stretches, missed: stretches.filter((s) => s.status === 'missed').length };
  });
}

/** Missed stretches per unit, for the `missedMeetings` deductions and vetoes. */
export function missedByUnit(duties: readonly { unit: string; missed: number }[]): Map<string, number> {
  const missed = new Map<string, number>();
  for (const d of duties) missed.set(d.unit, (missed.get(d.unit) ?? 0) + d.missed);
  return missed;
}
