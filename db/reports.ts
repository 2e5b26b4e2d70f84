import type { Kysely } from 'kysely';
import type { Instant } from '../domain/appeal.js';
import type { Assessment } from '../domain/figures.js';
import type { Period } from '../domain/periods.js';
import type { Database } from './schema.js';

// The monthly assessment snapshots: written once per period, read by the API.

export interface StoredReport {
  period: Period;
  computedAt: Instant;
  timezone: string;
  document: Assessment;
}

const toReport = (r: { period: string; computed_at: Date; timezone: string; document: Assessment }): StoredReport => ({
  period: r.period,
  computedAt: r.computed_at.getTime(),
  timezone: r.timezone,
  document: r.document,
});

/** Stores the snapshot unless the period has one; true when this call stored it. */
export async function insertReport(db: Kysely<Database>, report: StoredReport): Promise<boolean> {
  const result = await db
    .insertInto('reports')
    .values({
      period: report.period,
      computed_at: new Date(report.computedAt),
      timezone: report.timezone,
      document: JSON.stringify(report.document),
    })
    .onConflict((oc) => oc.column('period').doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

export async function storedPeriods(db: Kysely<Database>): Promise<Set<Period>> {
  const rows = await db.selectFrom('reports').select('period').execute();
  return new Set(rows.map((r) => r.period));
}

/** Newest period first. */
export async function listReports(db: Kysely<Database>): Promise<StoredReport[]> {
  const rows = await db.selectFrom('reports').selectAll().orderBy('period', 'desc').execute();
  return rows.map(toReport);
}

export async function findReport(db: Kysely<Database>, period: Period): Promise<StoredReport | undefined> {
  const row = await db.selectFrom('reports').selectAll().where('period', '=', period).executeTakeFirst();
  return row && toReport(row);
}
