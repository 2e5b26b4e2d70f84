import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface TokenRow {
  id: string;
  role: string;
  department: string | null;
  creditCode: string | null;
  label: string | null;
  /** An office token's county or park (domain/units.ts); null for the city's office. */
  unit: string | null;
  /** The person the token was issued to (issue 15), or null. */
  person: string | null;
  createdAt: Date;
}

/** An active token as the authenticator reads it: with the name of its person, who must be active too. */
export type ActiveToken = TokenRow & { personName: string | null };

const columns = [
  'tokens.id',
  'tokens.role',
  'tokens.department_code',
  'tokens.credit_code',
  'tokens.label',
  'tokens.unit',
  'tokens.person_id',
  'tokens.created_at',
] as const;
const toToken = (r: {
  id: string;
  role: string;
  department_code: string | null;
  credit_code: string | null;
  label: string | null;
  unit: string | null;
  person_id: string | null;
  created_at: Date;
}): TokenRow => ({
  id: r.id,
  role: r.role,
  department: r.department_code,
  creditCode: r.credit_code,
  label: r.label,
  unit: r.unit,
  person: r.person_id,
  createdAt: r.created_at,
});

export async function insertToken(db: Kysely<Database>, token: Omit<TokenRow, 'createdAt'>, tokenHash: string) {
  await db
    .insertInto('tokens')
    .values({
      id: token.id,
      token_hash: tokenHash,
      role: token.role,
      department_code: token.department,
      credit_code: token.creditCode,
      label: token.label,
      unit: token.unit,
      person_id: token.person,
    })
    .execute();
}

/** A token neither revoked nor issued to a person since deactivated: a retired person's tokens stop working. */
export async function findActiveTokenByHash(db: Kysely<Database>, tokenHash: string): Promise<ActiveToken | undefined> {
  const row = await db
    .selectFrom('tokens')
    .leftJoin('people', 'people.id', 'tokens.person_id')
    .select([...columns, 'people.name as person_name'])
    .where('tokens.token_hash', '=', tokenHash)
    .where('tokens.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('tokens.person_id', 'is', null), eb('people.active', '=', true)]))
    .executeTakeFirst();
  return row && { ...toToken(row), personName: row.person_name };
}

export async function listActiveTokens(db: Kysely<Database>): Promise<TokenRow[]> {
  const rows = await db.selectFrom('tokens').select(columns).where('revoked_at', 'is', null).orderBy('created_at').execute();
  return rows.map(toToken);
}

export async function revokeToken(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.updateTable('tokens').set({ revoked_at: new Date() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
