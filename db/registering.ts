import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from './schema.js';

// Submissions answered 202: their workflow runs, their registration was not on the ledger in time. Rows are noted
// only then (a 201 needs none), and dropped once their appeal is on the ledger, which always wins on a read.

export interface Registering {
  appealId: string;
  receiptNumber: string;
  creditCode: string;
  /** The county or park whose office submitted it (Registration.unit). */
  unit: string | null;
}

const registered = (eb: ExpressionBuilder<Database, 'registering_appeals'>) =>
  eb.exists(eb.selectFrom('appeals').select('appeals.id').whereRef('appeals.id', '=', 'registering_appeals.appeal_id'));

/** Notes a submission answered 202, dropping the rows of those registered since. */
export async function noteRegistering(db: Kysely<Database>, r: Registering): Promise<void> {
  await db.deleteFrom('registering_appeals').where(registered).execute();
  await db
    .insertInto('registering_appeals')
    .values({ appeal_id: r.appealId, receipt_number: r.receiptNumber, credit_code: r.creditCode, unit: r.unit })
    .onConflict((oc) => oc.column('appeal_id').doNothing())
    .execute();
}

/** A submission answered 202; the caller looks on the ledger first. */
export async function findRegistering(db: Kysely<Database>, appealId: string): Promise<Registering | undefined> {
  const row = await db.selectFrom('registering_appeals').selectAll().where('appeal_id', '=', appealId).executeTakeFirst();
  return row && { appealId: row.appeal_id, receiptNumber: row.receipt_number, creditCode: row.credit_code, unit: row.unit };
}

/** Submissions accepted and not yet on the ledger. */
export async function countRegistering(db: Kysely<Database>): Promise<number> {
  const { n } = await db
    .selectFrom('registering_appeals')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where((eb) => eb.not(registered(eb)))
    .executeTakeFirstOrThrow();
  return Number(n);
}
