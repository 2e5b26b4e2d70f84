import { describe, expect, it } from 'vitest';
import { compared, dueAssessmentReports, endedPeriods, quarterStart, yearBefore } from '../../domain/assessment-reports.js';
import { surveyResults, surveyScoresByUnit, surveyWithin } from '../../domain/surveys.js';

// The stored assessments' periods and year-on-year comparison, and the evaluation's arithmetic (issue 20).

describe('which reports a daily run stores', () => {
  it('the quarter just ended, from the first working day of the next; in the first quarter the year too; each once', () => {
    // 2026-10-01 to 10-07 are National Day holidays, 10-08 the quarter's first working day
    expect(dueAssessmentReports({ today: '2026-10-07', firstWorkingDayOfQuarter: '2026-10-08', stored: new Set() })).toEqual([]);
    expect(dueAssessmentReports({ today: '2026-10-08', firstWorkingDayOfQuarter: '2026-10-08', stored: new Set() })).toEqual(['2026-Q3']);
    expect(dueAssessmentReports({ today: '2026-12-02', firstWorkingDayOfQuarter: '2026-10-08', stored: new Set(['2026-Q3']) })).toEqual([]);
    expect(dueAssessmentReports({ today: '2027-01-04', firstWorkingDayOfQuarter: '2027-01-04', stored: new Set() })).toEqual(['2026-Q4', '2026']);
    expect(dueAssessmentReports({ today: '2027-03-31', firstWorkingDayOfQuarter: '2027-01-04', stored: new Set(['2026-Q4']) })).toEqual(['2026']);
    expect(dueAssessmentReports({ today: '2027-04-01', firstWorkingDayOfQuarter: '2027-04-01', stored: new Set() })).toEqual(['2027-Q1']);
  });

  it('names the periods just ended and a year before', () => {
    expect(endedPeriods('2027-01-15')).toEqual({ quarter: '2026-Q4', year: '2026' });
    expect(endedPeriods('2026-08-31')).toEqual({ quarter: '2026-Q2', year: '2025' });
    expect(quarterStart('2026-08-31')).toBe('2026-07-01');
    expect([yearBefore('2026-Q3'), yearBefore('2026'), yearBefore('2026-10')]).toEqual(['2025-Q3', '2025', '2025-10']);
  });
});

describe('year on year', () => {
  it('each unit beside its own rank and score of a year before, by code; a unit new since has none', () => {
    const unit = (key: string, rank: number, score: number) => ({
      key,
      rank,
      score,
      label: key,
      points: 0,
      rates: [],
      deductions: [],
      vetoes: [],
      figures: {} as never,
    });
    expect(
      compared([unit('tax', 1, 70.5), unit('ndrc', 2, 30)], [unit('ndrc', 1, 35.25), unit('land', 2, 0)]).map((u) => [u.key, u.lastYear, u.change]),
    ).toEqual([
      ['tax', null, null],
      ['ndrc', { rank: 1, score: 35.25 }, -5.25],
    ]);
  });
});

describe('the evaluation’s arithmetic', () => {
  const answers = [
    {
      ratings: [
        { unit: 'ndrc', scores: [5, 4] },
        { unit: 'fcx-wjz', scores: [1, 1] },
      ],
    },
    { ratings: [{ unit: 'ndrc', scores: [3, 2] }] },
  ];

  it('per unit: each question’s mean, the responses, and all scores’ mean on 0–100', () => {
    expect(surveyResults(['ndrc', 'fcx-wjz', 'tax'], 2, answers)).toEqual([
      { unit: 'ndrc', responses: 2, means: [4, 3], surveyScore: 62.5 },
      { unit: 'fcx-wjz', responses: 1, means: [1, 1], surveyScore: 0 },
      { unit: 'tax', responses: 0, means: [null, null], surveyScore: null },
    ]);
  });

  it('pooled into the unit of a level a rated unit sits beneath', () => {
    expect(surveyScoresByUnit(answers)).toEqual(
      new Map([
        ['ndrc', 62.5],
        ['fcx-wjz', 0],
      ]),
    );
    // every score weighs the same: (5 + 4 + 3 + 2 + 1 + 1) / 6 = 2.67 → 41.7
    expect(surveyScoresByUnit(answers, () => 'city')).toEqual(new Map([['city', 41.7]]));
    expect(surveyScoresByUnit(answers, (code) => (code === 'fcx-wjz' ? 'fcx' : null))).toEqual(new Map([['fcx', 0]]));
  });

  it('a survey counts in the assessments whose period holds its own', () => {
    expect(surveyWithin('2026-Q3', '2026-Q3')).toBe(true);
    expect(surveyWithin('2026-08', '2026-Q3')).toBe(true);
    expect(surveyWithin('2026-Q3', '2026')).toBe(true);
    expect(surveyWithin('2026-Q3', '2026-08')).toBe(false);
    expect(surveyWithin('2026-10', '2026-Q3')).toBe(false);
    expect(surveyWithin('2025-Q3', '2026')).toBe(false);
  });
});
