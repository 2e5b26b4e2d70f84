import type { Instant } from './appeal.js';
import { fold } from './text-fold.js';

// Likely duplicates of an appeal (issue 17): the same problem raised again, by the same enterprise through another
// channel, or by another in the same category. Chinese has no spaces to split words at, and pg_trgm ignores CJK
// under the C locale our Postgres runs in, so the text is compared here, by character bigrams, which is how
// Chinese is usually compared without a dictionary. Pure: the route reads the candidates, this ranks them.

/** Appeals registered this many days before or after one are its candidates. */
export const SIMILAR_WITHIN_DAYS = 90;
/** At most this many candidates, the newest, are read: a flood in one category must not make a look-up read it all. */
export const SIMILAR_CANDIDATES = 500;
/** The weight of the same enterprise in the score; the text carries the rest. */
export const SAME_ENTERPRISE_WEIGHT = 0.2;
/** Below this score an appeal is not suggested. */
export const SIMILAR_THRESHOLD = 0.3;
/** The suggestions answered at most, best first. */
export const SIMILAR_LIMIT = 10;

type Bigrams = Map<string, number>;

/**
 * The character bigrams of a text and how often each occurs, after folding full-width to half-width and letters to
 * upper case (domain/text-fold.ts). Punctuation and spaces end a run of letters and digits, and no bigram spans two
 * runs; a run of a single character counts as itself.
 */
export function bigrams(text: string): Bigrams {
  const counts: Bigrams = new Map();
  for (const run of fold(text).text.split(/[^\p{L}\p{N}]+/u)) {
    const chars = [...run];
    const grams = chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i]! + c);
    for (const g of grams) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

const size = (b: Bigrams) => [...b.values()].reduce((n, c) => n + c, 0);

/** Dice's coefficient of two bigram multisets, 2·|A∩B| / (|A| + |B|): 1 for the same text, 0 for nothing shared. */
export function dice(a: Bigrams, b: Bigrams): number {
  const total = size(a) + size(b);
  if (total === 0) return 0;
  let shared = 0;
  for (const [g, n] of a) shared += Math.min(n, b.get(g) ?? 0);
  return (2 * shared) / total;
}

/** What of an appeal the comparison reads. */
export interface Comparable {
  id: string;
  enterprise: { creditCode: string };
  title: string;
  description: string;
  registeredAt: Instant;
}

export interface Suggestion<T> {
  appeal: T;
  sameEnterprise: boolean;
  /** Rounded to two decimals. */
  score: number;
}

const textOf = (a: Comparable) => bigrams(`${a.title}\n${a.description}`);

/**
 * The candidates likely to raise the same problem as `of`, best first (the newest first among equals), at most
 * SIMILAR_LIMIT of them:
 *
 *     score = 0.8 · dice(bigrams(title + description)) + 0.2 · [same enterprise]
 *
 * kept when score ≥ 0.3. The same enterprise alone does not make a suggestion (it needs a text similarity of 0.125),
 * another enterprise needs 0.375; of two equally similar texts, the same enterprise's comes first.
 */
export function likelyDuplicates<T extends Comparable>(of: Comparable, candidates: T[]): Suggestion<T>[] {
  const mine = textOf(of);
  return candidates
    .filter((c) => c.id !== of.id)
    .map((appeal) => {
      const sameEnterprise = appeal.enterprise.creditCode === of.enterprise.creditCode;
      const score = (1 - SAME_ENTERPRISE_WEIGHT) * dice(mine, textOf(appeal)) + (sameEnterprise ? SAME_ENTERPRISE_WEIGHT : 0);
      return { appeal, sameEnterprise, score };
    })
    .filter((s) => s.score >= SIMILAR_THRESHOLD)
    .sort((x, y) => y.score - x.score || y.appeal.registeredAt - x.appeal.registeredAt)
    .slice(0, SIMILAR_LIMIT)
    .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }));
}
