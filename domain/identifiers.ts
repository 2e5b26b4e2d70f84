import type { Span } from './text-fold.js';

// Shapes of identifiers that name a person or a business, in folded text (domain/text-fold.ts: one dash, one
// space, round brackets, upper case, ASCII digits). Matching the shape rather than one appeal's own values also
// catches the numbers of other people a text mentions.

/** Between two digits of a phone number: spaces, at most one dash or dot (`139-1234-5678`, `138 0000 1111`, `0816 - 234.5678`). */
const SEP = '[ ]*[-.]?[ ]*';
/** `n` digits, separated or not. */
const digits = (n: number | string) => `\\d(?:${SEP}\\d){${typeof n === 'number' ? n - 1 : n}}`;
/** `+86`, `0086`, `86-`, `(+86)`: the country code before a mainland number. */
const COUNTRY = `(?:\\(?(?:\\+|00)?86\\)?${SEP})?`;

const PATTERNS: RegExp[] = [
  // Mainland mobiles: 1[3-9] and nine more digits.
  new RegExp(`(?<!\\d)${COUNTRY}1${SEP}[3-9](?:${SEP}\\d){9}(?!\\d)`, 'g'),
  // Landlines with an area code, in brackets or not: 0 + 2–3 digits, then 7–8 digits.
  new RegExp(`(?<!\\d)${COUNTRY}\\(?0${SEP}${digits('1,2')}${SEP}\\)?${SEP}${digits('6,7')}(?!\\d)`, 'g'),
  // Resident ID numbers: 17 digits and a check character (X when 10).
  new RegExp(`(?<![0-9A-Z])${digits(17)}${SEP}[0-9X](?![0-9A-Z])`, 'g'),
  // Bank cards: 16–19 digits, whole or in groups of four. Not any separators: dates in a row must survive.
  /(?<!\d)(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?!\d)/g,
  // Unified social credit codes (GB 32100-2015): two characters, the six-digit division code, ten characters.
  /(?<![0-9A-Z])[0-9A-Z]{2}\d{6}[0-9A-Z]{10}(?![0-9A-Z])/g,
  // E-mail addresses.
  /[A-Z0-9._%+-]+ ?@ ?[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/g,
];

/** Where the folded text holds something shaped like an identifier. */
export function identifierSpans(folded: string): Span[] {
  return PATTERNS.flatMap((pattern) => [...folded.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
}
