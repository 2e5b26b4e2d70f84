import { z } from 'zod';
import { assessmentPeriod, assessmentRange, type AssessmentPeriod } from './periods.js';
import { departmentCode } from './steps.js';

// The enterprises' evaluation of the units (百企评营商环境, issue 20): the office asks, for a period, the enterprises
// that had appeals in it to rate named units on a few questions, each 1 to 5; each enterprise answers once through
// its signed link. A unit's result is the mean of each question over the enterprises that rated it, and its
// `surveyScore`, the assessment's indicator: the mean of all its scores on a 0–100 scale (1 → 0, 5 → 100).

export const SURVEY_SCALE = { min: 1, max: 5 } as const;

export const surveyBody = z.strictObject({
  period: assessmentPeriod.describe('the period evaluated (a month, a quarter or a year): the enterprises that had appeals registered in it are asked'),
  title: z.string().trim().min(1).max(200).describe('what the enterprises are told they are asked, e.g. 2026年第三季度百企评营商环境'),
  units: z
    .array(departmentCode)
    .min(1)
    .max(200)
    .refine((u) => new Set(u).size === u.length, 'each unit once')
    .describe('the units rated'),
  questions: z.array(z.string().trim().min(1).max(200)).min(1).max(20).describe('each rated 1 (worst) to 5 (best)'),
});
export type SurveyBody = z.infer<typeof surveyBody>;

const score = z.number().int().min(SURVEY_SCALE.min).max(SURVEY_SCALE.max);

/** An enterprise's answer: for each unit it rates (those it dealt with, at least one), a score per question in order. */
export const surveyAnswerBody = z.strictObject({
  ratings: z
    .array(z.strictObject({ unit: departmentCode, scores: z.array(score).min(1).max(20).describe('one per question, in order, each 1–5') }))
    .min(1)
    .max(200)
    .refine((r) => new Set(r.map((x) => x.unit)).size === r.length, 'each unit once'),
});
export type SurveyAnswer = z.infer<typeof surveyAnswerBody>;

/** Where an answer does not fit its survey: a unit not rated by it, or the wrong number of scores; as field errors. */
export function answerProblems(answer: SurveyAnswer, survey: { units: readonly string[]; questions: readonly string[] }): { field: string; message: string }[] {
  return answer.ratings.flatMap((r, i) => [
    ...(survey.units.includes(r.unit) ? [] : [{ field: `ratings.${i}.unit`, message: `not a unit this survey rates (${survey.units.join(', ')})` }]),
    ...(r.scores.length === survey.questions.length
      ? []
      : [{ field: `ratings.${i}.scores`, message: `must hold ${survey.questions.length} scores, one per question` }]),
  ]);
}

export interface SurveyResult {
  unit: string;
  /** Enterprises that rated the unit. */
  responses: number;
  /** Each question's mean score (two decimals), null with no responses. */
  means: (number | null)[];
  /** The mean of all its scores as 0–100 (one decimal); null with no responses. */
  surveyScore: number | null;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** A 1–5 mean as 0–100. */
const toScore = (m: number) => ((m - SURVEY_SCALE.min) * 100) / (SURVEY_SCALE.max - SURVEY_SCALE.min);

/** The mean of scores 1–5 as 0–100 (one decimal); null for none. */
function surveyScoreOf(scores: readonly number[]): number | null {
  const all = mean(scores);
  return all === null ? null : round(toScore(all), 1);
}

/** Each unit's result from the answers given (each enterprise's ratings), in the order of `units`. */
export function surveyResults(units: readonly string[], questions: number, answers: readonly SurveyAnswer[]): SurveyResult[] {
  return units.map((unit) => {
    const rated = answers.flatMap((a) => a.ratings.filter((r) => r.unit === unit));
    const means = Array.from({ length: questions }, (_, q) => mean(rated.map((r) => r.scores[q]!)));
    return {
      unit,
      responses: rated.length,
      means: means.map((m) => (m === null ? null : round(m, 2))),
      surveyScore: surveyScoreOf(rated.flatMap((r) => r.scores)),
    };
  });
}

/**
 * Each assessed unit's `surveyScore` from the answers of the period's surveys: every score given to it (or, rolled
 * up, to a unit beneath it) pooled, so an enterprise's every answer weighs the same.
 */
export function surveyScoresByUnit(answers: readonly SurveyAnswer[], unitOf: (code: string) => string | null = (code) => code): Map<string, number> {
  const pooled = new Map<string, number[]>();
  for (const r of answers.flatMap((a) => a.ratings)) {
    const unit = unitOf(r.unit);
    if (unit !== null) pooled.set(unit, [...(pooled.get(unit) ?? []), ...r.scores]);
  }
  return new Map([...pooled].map(([unit, scores]) => [unit, surveyScoreOf(scores)!]));
}

/** Whether a survey's period lies within an assessment's: a quarter's assessment takes its quarter's and its months' surveys. */
export function surveyWithin(survey: AssessmentPeriod, assessment: AssessmentPeriod): boolean {
  const [inner, outer] = [assessmentRange(survey), assessmentRange(assessment)];
  return inner.from >= outer.from && inner.to <= outer.to;
}
