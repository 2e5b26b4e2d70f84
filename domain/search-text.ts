import type { TimelineEvent } from './appeal.js';
import type { TimelineKind } from './codes.js';
import { fold } from './text-fold.js';

// Search in Chinese (issue 18). Chinese has no spaces to split words at, and the Postgres we ship (C locale, no
// zhparser, pg_jieba or pg_bigm; pg_trgm takes no trigrams from CJK there) has nothing that splits it, so the
// ledger indexes character bigrams computed here, written as space-separated words that the `simple` text search
// configuration keeps as they are. A query's bigrams must all be there, which finds a word of two characters or
// more anywhere in a text (`贷款` in `申请科技贷款两个月未有答复`) without a dictionary. Writing and querying share
// this module, so the two always split a text the same way.

/**
 * The texts of the timeline that are searched besides the title and description, by kind: the data field holding
 * it, and whether the enterprise reads it (api/audience.ts; test/unit/search-text.test.ts holds the two together).
 * An enterprise's search reads only what it reads, or a hit would tell it what an internal note says.
 */
export const SEARCHED_EVENTS: Partial<Record<TimelineKind, { field: string; enterpriseReads: boolean }>> = {
  resolved: { field: 'summary', enterpriseReads: true },
  answered: { field: 'text', enterpriseReads: true },
  path_reported: { field: 'message', enterpriseReads: true },
  material_supplied: { field: 'text', enterpriseReads: true },
  progress_reported: { field: 'message', enterpriseReads: false },
  note_added: { field: 'text', enterpriseReads: false },
  explanation_given: { field: 'text', enterpriseReads: false },
};

/** Runs of Han characters, and words of any other letters and digits, in the folded text (full-width → ASCII, upper case). */
const segmentsOf = (text: string): string[] => fold(text).text.match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? [];

const isHan = (segment: string) => /^\p{Script=Han}/u.test(segment);

/** Overlapping pairs of a run's characters. */
const bigramsOf = (chars: string[]) => chars.slice(1).map((c, i) => chars[i]! + c);

/**
 * What the index holds of a text: each Han run's bigrams and its last character alone (so that a query of one
 * character, a prefix, finds it wherever it stands), and every other word whole. Words repeat as often as they
 * occur, which is what ranking counts.
 */
export function indexText(texts: readonly string[]): string {
  return texts
    .flatMap(segmentsOf)
    .flatMap((s) => {
      const chars = [...s];
      if (!isHan(s)) return [s];
      return chars.length === 1 ? chars : [...bigramsOf(chars), chars.at(-1)!];
    })
    .join(' ');
}

/** Whether a query has anything to search for: a letter or a digit. */
export const hasSearchTerms = (q: string) => segmentsOf(q).length > 0;

/**
 * A query as `to_tsquery('simple', …)` takes it: every bigram of its Han runs, and every other word as a prefix
 * (`9151` finds a credit code), all required. One Han character alone is a prefix too, found through the bigrams
 * it starts and the last characters indexed alone. `weight` keeps to the texts of that weight (the enterprise's).
 */
export function searchQuery(q: string, weight = ''): string {
  const exact = weight ? `:${weight}` : '';
  const terms = segmentsOf(q).flatMap((s) => {
    const chars = [...s];
    return isHan(s) && chars.length > 1 ? bigramsOf(chars).map((b) => `'${b}'${exact}`) : [`'${s}':*${weight}`];
  });
  return [...new Set(terms)].join(' & ');
}

/** The searched texts among events: those the enterprise reads, and the government's own. */
export function eventTexts(events: readonly Pick<TimelineEvent, 'kind' | 'data'>[]): { shared: string[]; internal: string[] } {
  const shared: string[] = [];
  const internal: string[] = [];
  for (const { kind, data } of events) {
    const searched = SEARCHED_EVENTS[kind];
    const text = searched && data?.[searched.field];
    if (searched && typeof text === 'string') (searched.enterpriseReads ? shared : internal).push(text);
  }
  return { shared, internal };
}
