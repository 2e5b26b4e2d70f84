// People spell the same identifier in many ways: full-width digits (１３９), full-width or typographic dashes,
// ideographic spaces, Chinese brackets, lower-case letters. The scrubber looks for identifiers in a folded copy
// of the text where each of those has one spelling, and masks the matching stretch of the original: the text the
// public reads keeps its own punctuation (NFKC of the whole text would turn every ，into a comma).

const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63]/u;
const OPENING = /[【〔〖［[]/u;
const CLOSING = /[】〕〗］\]]/u;

/** One code point's folded spelling: nothing for a format character; NFKC (full-width → ASCII), one dash, one space, round brackets, upper case. */
function foldCodePoint(c: string): string {
  // Zero-width and other format characters hide nothing from a reader, so they must hide nothing from the scrubber.
  if (/^\p{Cf}$/u.test(c)) return '';
  const n = c.normalize('NFKC');
  if (DASHES.test(n)) return '-';
  if (OPENING.test(n)) return '(';
  if (CLOSING.test(n)) return ')';
  if (/^\s+$/u.test(n)) return ' ';
  return n.toUpperCase();
}

export interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, where the code point it came from starts and ends in the original. */
  from: number[];
  to: number[];
}

export function fold(original: string): Folded {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const c of original) {
    const folded = foldCodePoint(c);
    text += folded;
    for (let i = 0; i < folded.length; i++) {
      from.push(at);
      to.push(at + c.length);
    }
    at += c.length;
  }
  return { text, from, to };
}

/** A half-open stretch of a text. */
export interface Span {
  start: number;
  end: number;
}

/** The stretch of the original a stretch of the folded text came from (whole code points). */
export function originalSpan(f: Folded, s: Span): Span {
  return { start: f.from[s.start]!, end: f.to[s.end - 1]! };
}
