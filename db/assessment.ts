import type { Kysely } from 'kysely';
import { DEFAULT_ASSESSMENT_MODEL, assessUnits, assessmentModelSchema, dutiesOf, missedByUnit, scaleOf, type AssessmentModel } from '../domain/assessment.js';
import type { AssessmentReportDocument, ReportLevel } from '../domain/assessment-reports.js';
import { localDate, type IsoDate } from '../domain/dates.js';
import { groupFigures } from '../domain/figures.js';
import { surveyScoresByUnit } from '../domain/surveys.js';
import { assessmentRange, registrationBounds, type AssessmentPeriod } from '../domain/periods.js';
import { unitAtLevel, type UnitLevel } from '../domain/units.js';
import { loadUnitTree } from './departments.js';
import { listMeetings } from './meetings.js';
import { loadAppealRecords, loadCounting, loadLabels, rolledUp } from './stats.js';
import { answersWithin } from './surveys.js';
import type { Database } from './schema.js';

// The assessment's side of the ledger (issue 20): the scoring model (the city's, or the default until it sets one),
// a period's assessment counted from the appeals and meetings, and the stored quarterly and annual reports.

export async function loadAssessmentModel(db: Kysely<Database>): Promise<AssessmentModel> {
  const row = await db.selectFrom('assessment_model').select('document').where('id', '=', 1).executeTakeFirst();
  // Parsed, so a model stored before a defaulted field was added reads with its default.
  return row ? assessmentModelSchema.parse(row.document) : DEFAULT_ASSESSMENT_MODEL;
}

export async function replaceAssessmentModel(db: Kysely<Database>, model: AssessmentModel): Promise<void> {
  const document = JSON.stringify(model);
  await db
    .insertInto('assessment_model')
    .values({ id: 1, document })
    .onConflict((oc) => oc.column('id').doUpdateSet({ document }))
    .execute();
}

/** Whose clock judges a duty's stretch (missed only once it has ended) and which zone the dates are in. */
export interface AssessmentClock {
  timezone: string;
  today: IsoDate;
}

export type Duty = ReturnType<typeof dutiesOf>[number];

/** The model's meeting duties judged over the period, from the meetings held in it. */
export async function dutiesIn(db: Kysely<Database>, model: AssessmentModel, period: AssessmentPeriod, { timezone, today }: AssessmentClock): Promise<Duty[]> {
  if (model.meetingDuties.length === 0) return [];
  // The period's first and last instants in APPEALS_TIMEZONE (both ends given, so both bounds are); the list's
  // upper bound is exclusive, so one millisecond past the last instant keeps a meeting starting at it.
  const { registeredFrom, registeredUntil } = registrationBounds(assessmentRange(period), timezone);
  const meetings = await listMeetings(db, { startsFrom: registeredFrom!, startsBefore: new Date(registeredUntil!.getTime() + 1) });
  const held = meetings.filter((m) => m.heldAt !== null).map((m) => ({ kind: m.kind, sector: m.sector, on: localDate(m.startsAt, timezone) }));
  return dutiesOf(model.meetingDuties, held, period, today);
}

/** Missed duties per assessed unit: a duty's unit, or the unit of the level it is or sits beneath. */
async function missedMeetings(db: Kysely<Database>, duties: Duty[], level: UnitLevel | undefined): Promise<Map<string, number>> {
  if (!level || duties.length === 0) return missedByUnit(duties);
  const tree = await loadUnitTree(db);
  return missedByUnit(
    duties.flatMap((d) => {
      const unit = unitAtLevel(tree, d.unit, level);
      return unit === null ? [] : [{ unit, missed: d.missed }];
    }),
  );
}

/** The enterprises' evaluation of each assessed unit in the period's surveys (a unit beneath one rolled up into it). */
async function surveyScores(db: Kysely<Database>, period: AssessmentPeriod, level: UnitLevel | undefined): Promise<Map<string, number>> {
  const answers = await answersWithin(db, period);
  if (!level || answers.length === 0) return surveyScoresByUnit(answers);
  const tree = await loadUnitTree(db);
  return surveyScoresByUnit(answers, (code) => unitAtLevel(tree, code, level));
}

/** Every unit's scorecard for the period: the units that led appeals of it (those no unit holds are no one's). */
export async function assessPeriod(db: Kysely<Database>, period: AssessmentPeriod, level: UnitLevel | undefined, clock: AssessmentClock) {
  const range = assessmentRange(period);
  const [records, labels, counting, model] = await Promise.all([
    loadAppealRecords(db, range, clock.timezone),
    loadLabels(db),
    loadCounting(db),
    loadAssessmentModel(db),
  ]);
  const scale = scaleOf(model, level);
  const units = groupFigures(level ? await rolledUp(db, records, level) : records, 'department', labels, counting).flatMap(({ key, label, ...figures }) =>
    key === null ? [] : [{ key, label, figures }],
  );
  const items = assessUnits(
    units,
    scale,
    model.worth,
    await missedMeetings(db, await dutiesIn(db, model, period, clock), level),
    await surveyScores(db, period, level),
  );
  return { range, counting, model, scale, items, labels };
}

// ---- the stored reports ----

export interface StoredAssessmentReport {
  computedAt: Date;
  timezone: string;
  document: AssessmentReportDocument;
}

/** Stores the reports whose period and level have none yet; answers the levels this call stored. */
export async function insertAssessmentReports(db: Kysely<Database>, reports: readonly StoredAssessmentReport[]): Promise<ReportLevel[]> {
  if (reports.length === 0) return [];
  const rows = await db
    .insertInto('assessment_reports')
    .values(
      reports.map((r) => ({
        period: r.document.period,
        level: r.document.level,
        computed_at: r.computedAt,
        timezone: r.timezone,
        document: JSON.stringify(r.document),
      })),
    )
    .onConflict((oc) => oc.columns(['period', 'level']).doNothing())
    .returning('level')
    .execute();
  return rows.map((r) => r.level as ReportLevel);
}

const toStored = (r: { computed_at: Date; timezone: string; document: AssessmentReportDocument }): StoredAssessmentReport => ({
  computedAt: r.computed_at,
  timezone: r.timezone,
  document: r.document,
});

export async function findAssessmentReport(db: Kysely<Database>, period: AssessmentPeriod, level: ReportLevel): Promise<StoredAssessmentReport | undefined> {
  const row = await db
    .selectFrom('assessment_reports')
    .select(['computed_at', 'timezone', 'document'])
    .where('period', '=', period)
    .where('level', '=', level)
    .executeTakeFirst();
  return row && toStored(row);
}

/** Newest period first, departments before the levels; of one period or one level when asked. */
export async function listAssessmentReports(
  db: Kysely<Database>,
  filter: { period?: AssessmentPeriod; level?: ReportLevel },
): Promise<StoredAssessmentReport[]> {
  let q = db.selectFrom('assessment_reports').select(['computed_at', 'timezone', 'document']);
  if (filter.period) q = q.where('period', '=', filter.period);
  if (filter.level) q = q.where('level', '=', filter.level);
  const rows = await q
    .orderBy('period', 'desc')
    .orderBy((eb) => eb.case().when('level', '=', 'department').then(0).else(1).end())
    .orderBy('level')
    .execute();
  return rows.map(toStored);
}

/** The periods whose departments' report is stored. */
export async function storedAssessmentPeriods(db: Kysely<Database>): Promise<Set<AssessmentPeriod>> {
  const rows = await db.selectFrom('assessment_reports').select('period').where('level', '=', 'department').execute();
  return new Set(rows.map((r) => r.period));
}
