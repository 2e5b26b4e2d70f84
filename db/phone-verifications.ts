import { sql, type Insertable, type Kysely } from 'kysely';
import { MAX_WRONG_ATTEMPTS, PHONE_LIMIT_WINDOW_MS, codeMatches, phoneRetryAfterMs } from '../domain/phone-verification.js';
import { insertNotifications } from './notifications.js';
import type { Database, NotificationsTable } from './schema.js';

// One-time codes for submissions without a token (issue 16): each verification's phone, its code's hash, when it
// expires, the tries it took and when it was used. Times come from the caller's clock (the workflows' in tests).

export interface NewVerification {
  id: string;
  phone: string;
  codeHash: string;
  at: Date;
  expiresAt: Date;
}

/**
 * Records a verification with the notification that carries its code, both or neither, unless the phone's limits
 * refuse another code now: then nothing is written and the wait is returned. The phone's codes are counted under a
 * lock of its own for the transaction, so two requests at once cannot both slip under a limit, whichever API
 * process takes them.
 */
export async function issueVerification(
  db: Kysely<Database>,
  v: NewVerification,
  notification: Insertable<NotificationsTable>,
): Promise<{ issued: true } | { issued: false; retryAfterMs: number }> {
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`phone_verifications:${v.phone}`}, 0))`.execute(tx);
    const sent = await tx
      .selectFrom('phone_verifications')
      .select('created_at')
      .where('phone', '=', v.phone)
      .where('created_at', '>', new Date(v.at.getTime() - PHONE_LIMIT_WINDOW_MS))
      .execute();
    const retryAfterMs = phoneRetryAfterMs(
      sent.map((r) => r.created_at.getTime()),
      v.at.getTime(),
    );
    if (retryAfterMs !== undefined) return { issued: false, retryAfterMs };
    await tx.insertInto('phone_verifications').values({ id: v.id, phone: v.phone, code_hash: v.codeHash, created_at: v.at, expires_at: v.expiresAt }).execute();
    await insertNotifications(tx, [notification]);
    return { issued: true };
  });
}

/** `used`: the code was right, and is now spent; `other_phone`: the verification was for another phone. */
export type CodeCheck = 'used' | 'refused' | 'other_phone';

/**
 * One try of a code. The try is counted in the same statement that finds the verification open (not used, not
 * expired, tries left), so concurrent guesses cannot take more than MAX_WRONG_ATTEMPTS between them; a right code
 * then marks it used, once, for whichever of two concurrent submissions gets there first.
 */
export async function useVerification(db: Kysely<Database>, t: { id: string; phone: string; code: string; at: Date }): Promise<CodeCheck> {
  const open = await db
    .updateTable('phone_verifications')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', t.id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', t.at)
    .where('attempts', '<', MAX_WRONG_ATTEMPTS)
    .returning(['phone', 'code_hash'])
    .executeTakeFirst();
  if (!open) return 'refused';
  if (open.phone !== t.phone) return 'other_phone';
  if (!codeMatches(t.id, t.code, open.code_hash)) return 'refused';
  const used = await db.updateTable('phone_verifications').set({ used_at: t.at }).where('id', '=', t.id).where('used_at', 'is', null).executeTakeFirst();
  return used.numUpdatedRows > 0n ? 'used' : 'refused';
}
