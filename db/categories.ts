import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export async function listCategories(db: Kysely<Database>) {
  return db.selectFrom('categories').selectAll().orderBy('code').execute();
}

export async function categoryExists(db: Kysely<Database>, code: string): Promise<boolean> {
  return (await db.selectFrom('categories').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

/** Adds a category; false when the code is taken. */
export async function insertCategory(db: Kysely<Database>, code: string, label: string): Promise<boolean> {
  const result = await db
    .insertInto('categories')
    .values({ code, label })
    .onConflict((oc) => oc.column('code').doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}
