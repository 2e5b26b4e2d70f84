import { rectifiedOnTime, type AccountabilityKind, type AccountabilityState, type FindingResult } from './accountability.js';

// The accountability figures (issue 18) of a period: how many records of each kind, the commission's findings by
// result, and whether units reported their rectification in time; per unit or per kind. Pure.

export const ACCOUNTABILITY_COUNTS = {
  records: '问责记录数',
  exposures: '公开曝光数',
  disciplineLetters: '纪律建议书数',
  interviews: '约谈数',
  referrals: '转报纪委监委数',
  findingsUpheld: '结论属实数',
  findingsNotUpheld: '结论不属实数',
  findingsClarified: '错告澄清数',
  rectifiedOnTime: '按期报告整改数',
  rectificationMissed: '逾期未报告整改数',
} as const;

export type AccountabilityFigures = Record<keyof typeof ACCOUNTABILITY_COUNTS, number>;

export const ACCOUNTABILITY_GROUP_BYS = ['unit', 'kind'] as const;
export type AccountabilityGroupBy = (typeof ACCOUNTABILITY_GROUP_BYS)[number];

const KIND_COUNT: Record<AccountabilityKind, keyof AccountabilityFigures> = {
  exposure: 'exposures',
  discipline_letter: 'disciplineLetters',
  interview: 'interviews',
  referral: 'referrals',
};

const FINDING_COUNT: Record<FindingResult, keyof AccountabilityFigures> = {
  upheld: 'findingsUpheld',
  not_upheld: 'findingsNotUpheld',
  clarified: 'findingsClarified',
};

type Counted = Pick<AccountabilityState, 'kind' | 'unit' | 'finding' | 'rectification' | 'rectifyBy' | 'missed'>;

export function accountabilityFigures(records: Counted[]): AccountabilityFigures {
  const f = Object.fromEntries(Object.keys(ACCOUNTABILITY_COUNTS).map((k) => [k, 0])) as AccountabilityFigures;
  for (const r of records) {
    f.records++;
    f[KIND_COUNT[r.kind]]++;
    if (r.finding) f[FINDING_COUNT[r.finding.result]]++;
    if (rectifiedOnTime(r) === true) f.rectifiedOnTime++;
    if (r.missed) f.rectificationMissed++;
  }
  return f;
}

/** One group per key that has records, the most records first, then by key (the null key last). */
export function groupAccountability(records: Counted[], groupBy: AccountabilityGroupBy): { key: string | null; figures: AccountabilityFigures }[] {
  const groups = new Map<string | null, Counted[]>();
  for (const r of records) {
    const key = groupBy === 'unit' ? r.unit : r.kind;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups]
    .map(([key, rs]) => ({ key, figures: accountabilityFigures(rs) }))
    .sort((a, b) => b.figures.records - a.figures.records || (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key)));
}
