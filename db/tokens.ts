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
  createdAt: Date;
}

const columns = ['id', 'role', 'department_code', 'credit_code', 'label', 'unit', 'created_at'] as const;
const toToken = (r: { id: string; role: string; department_code: string | null; credit_code: string | null; label: string | null; unit: string | null; created_at: Date }): TokenRow => ({
  id: r.id,
  role: r.role,
  department: r.department_code,
  creditCode: r.credit_code,
  label: r.label,
  unit: r.unit,
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
    })
    .execute();
}

export async function findActiveTokenByHash(db: Kysely<Database>, tokenHash: string): Promise<TokenRow | undefined> {
  const row = await db
    .selectFrom('tokens')
    .select(columns)
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && toToken(row);
}

export async function listActiveTokens(db: Kysely<Database>): Promise<TokenRow[]> {
  const rows = await db.selectFrom('tokens').select(columns).where('revoked_at', 'is', null).orderBy('created_at').execute();
  return rows.map(toToken);
}

export async function revokeToken(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
