import type { Kysely } from 'kysely';
import { DEFAULT_POLICY } from '../domain/default-policy.js';
import { policySchema, type Policy } from '../domain/policy.js';
import type { Database } from './schema.js';

export async function loadPolicy(db: Kysely<Database>): Promise<Policy> {
  const row = await db.selectFrom('policy').select('document').where('id', '=', 1).executeTakeFirst();
  // Parsed, so a document stored before a defaulted field was added reads with its default.
  return row ? policySchema.parse(row.document) : DEFAULT_POLICY;
}

export async function replacePolicy(db: Kysely<Database>, policy: Policy): Promise<void> {
  const document = JSON.stringify(policy);
  await db
    .insertInto('policy')
    .values({ id: 1, document })
    .onConflict((oc) => oc.column('id').doUpdateSet({ document }))
    .execute();
}
