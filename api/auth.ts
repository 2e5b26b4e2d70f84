import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ROLES, type Actor } from '../domain/appeal.js';
import { findActiveTokenByHash } from '../db/tokens.js';
import type { Database } from '../db/schema.js';
import { unauthorized } from './problem.js';

// Bearer tokens: shown once when issued, stored as SHA-256 hashes; ADMIN_TOKEN is always the admin. A token issued
// to a person carries them (`person: {id, name}`) into every step it takes, and stops working once they are retired.

export type Role = Exclude<Actor['role'], 'system'>;
export type Caller = Actor & { role: Role };
export { ROLES };

export function issueToken(): { token: string; hash: string } {
  const token = `apl_${randomBytes(24).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function createAuthenticator(db: Kysely<Database>, adminToken: string | undefined) {
  return async function authenticate(header: string | undefined): Promise<Caller> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw unauthorized();
    const token = match[1]!;
    if (adminToken && sameSecret(token, adminToken)) return { role: 'admin', tokenId: 'admin' };
    const row = await findActiveTokenByHash(db, hashToken(token));
    if (!row) throw unauthorized('the token is unknown or revoked, or its person retired');
    return {
      role: row.role as Role,
      tokenId: row.id,
      ...(row.department ? { department: row.department } : {}),
      ...(row.creditCode ? { creditCode: row.creditCode } : {}),
      ...(row.unit ? { unit: row.unit } : {}),
      ...(row.person && row.personName ? { person: { id: row.person, name: row.personName } } : {}),
    };
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;

export const isOffice = (caller: Caller) => caller.role === 'office' || caller.role === 'admin';
