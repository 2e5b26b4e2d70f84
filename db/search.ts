import { sql, type Kysely } from 'kysely';
import type { AppealState, TimelineEvent } from '../domain/appeal.js';
import { eventTexts, indexText, searchQuery } from '../domain/search-text.js';
import type { Database } from './schema.js';

// The search column of `appeals` (2026-12-02-10-appeal-search): written with the ledger, read by the lists. The
// texts an enterprise reads are at weight A, the government's own at B.

/** A list's search (`q`). */
export interface AppealSearch {
  text: string;
  /** An enterprise: only the texts it reads (weight A of `search`). */
  sharedOnly: boolean;
}

const weighted = (texts: string[], weight: 'A' | 'B') => sql<string>`setweight(to_tsvector('simple', ${indexText(texts)}), ${weight})`;

/** The searched texts an appeal is registered with, for its first ledger row. */
export const registrationSearch = (s: Pick<AppealState, 'title' | 'description'>) => ({ search: weighted([s.title, s.description], 'A') });

/**
 * Appends the texts of events just written to the ledger. The caller passes only the events its insert wrote (not
 * those a retry finds already there), so that a retried write adds nothing twice.
 */
export async function appendEventSearch(db: Kysely<Database>, appealId: string, written: readonly TimelineEvent[]): Promise<void> {
  const { shared, internal } = eventTexts(written);
  if (shared.length === 0 && internal.length === 0) return;
  await db
    .updateTable('appeals')
    .set({ search: sql<string>`search || ${weighted(shared, 'A')} || ${weighted(internal, 'B')}` })
    .where('id', '=', appealId)
    .execute();
}

/**
 * A search ranks the newest this many matches (within the caller's reach and filters). Ranking reads every match's
 * row, which takes about 15 µs each: a query such as `企业`, in nearly every appeal, would take seconds at 100,000.
 */
export const SEARCH_CANDIDATES = 1_000;

const tsquery = ({ text, sharedOnly }: AppealSearch) => sql`to_tsquery('simple', ${searchQuery(text, sharedOnly ? 'A' : '')})`;

/** Appeals whose texts hold every term of the search (the GIN index appeals_search serves a narrow one). */
export const matches = (search: AppealSearch) => sql<boolean>`search @@ ${tsquery(search)}`;

/** How well an appeal matches: more occurrences rank higher, and the texts an enterprise reads above notes. */
export const rankOf = (search: AppealSearch) => sql<number>`ts_rank(search, ${tsquery(search)})`;
