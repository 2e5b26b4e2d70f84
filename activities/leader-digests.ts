import type { Kysely } from 'kysely';
import type { Instant } from '../domain/appeal.js';
import { formatEpochDay, formatInstant, localDate, mondayOnOrBefore, parseIsoDate } from '../domain/dates.js';
import { insertDigests, openInstructedAppeals, type LeaderDigest } from '../db/leader-digests.js';
import type { Database } from '../db/schema.js';

// Leaders' weekly digests (issue 15). `at` is the digest workflow's clock (CONTRACT.md §2).

export function createLeaderDigestActivities({ db, timezone }: { db: Kysely<Database>; timezone: string }) {
  const at = (ms: Instant | null | undefined) => (ms === null || ms === undefined ? null : formatInstant(ms, timezone));
  return {
    /** Stores this week's digest for every leader with open appeals they instructed; answers how many were new. */
    async storeLeaderDigests({ at: now }: { at: Instant }): Promise<number> {
      const week = formatEpochDay(mondayOnOrBefore(parseIsoDate(localDate(now, timezone))));
      const digests: LeaderDigest[] = (await openInstructedAppeals(db))
        .filter(({ states }) => states.length > 0)
        .map(({ person, states }) => ({
          person,
          week,
          computedAt: new Date(now),
          appeals: states.map((s) => ({
            appealId: s.id,
            receiptNumber: s.receiptNumber,
            status: s.status,
            leadDepartment: s.leadDepartment,
            overdue: s.overdue,
            dueAt: at(s.deadlines.dueAt),
            reportBy: at(
              s
                .instructions!.filter((i) => i.by === person)
                .map((i) => i.reportBy)
                .find((r) => r !== null),
            ),
          })),
        }));
      return insertDigests(db, digests);
    },
  };
}

export type LeaderDigestActivities = ReturnType<typeof createLeaderDigestActivities>;
