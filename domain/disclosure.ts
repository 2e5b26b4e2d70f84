import type { Enterprise } from './appeal.js';
import { MASK, contactReferences, maskEnterpriseName, nameVariants } from './enterprise-name.js';
import { identifierSpans } from './identifiers.js';
import { fold, originalSpan, type Span } from './text-fold.js';

// What the public may see of a closed appeal (DOMAIN.md: 结果公开): never a contact or a credit code, and the
// enterprise's name only where it consented at submission. Free text is written by people, so it is scrubbed
// of the appeal's own identifiers, in any spelling, and of anything shaped like a phone number, an e-mail
// address, an ID or bank card number or a credit code. Only the masked stretches change: the rest of the text
// is returned as written.

const REDACTED = '***';

interface Secret {
  /** Folded (domain/text-fold.ts), as the text it is looked for in. */
  text: string;
  replacement: string;
}

interface Replacement extends Span {
  replacement: string;
}

/** Each secret's occurrences, longest secret first; a shorter one inside a longer one's match is already masked. */
function secretSpans(folded: string, secrets: Secret[]): Replacement[] {
  const found: Replacement[] = [];
  const covered = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  for (const secret of [...secrets].sort((a, b) => b.text.length - a.text.length)) {
    for (let at = folded.indexOf(secret.text); at >= 0; at = folded.indexOf(secret.text, at + 1)) {
      if (!covered(at, at + secret.text.length)) found.push({ start: at, end: at + secret.text.length, replacement: secret.replacement });
    }
  }
  return found;
}

/** Overlapping stretches become one, masked as a whole unless it is a single secret's own match. */
function merged(spans: Replacement[]): Replacement[] {
  const out: Replacement[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && s.start < last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end), replacement: REDACTED };
    else out.push(s);
  }
  return out;
}

/** Masks the secrets and anything shaped like an identifier; the rest of the text stays as written. */
function scrubber(secrets: Secret[]): (text: string) => string {
  return (text) => {
    const f = fold(text);
    const spans = merged([...secretSpans(f.text, secrets), ...identifierSpans(f.text).map((s) => ({ ...s, replacement: REDACTED }))]);
    let out = '';
    let at = 0;
    for (const s of spans) {
      const { start, end } = originalSpan(f, s);
      out += text.slice(at, start) + s.replacement;
      at = end;
    }
    return out + text.slice(at);
  };
}

/** For public texts that belong to no appeal (a meeting's title and theme). */
export const scrubIdentifiers = scrubber([]);

export interface Disclosure {
  /** The name as the public sees it. */
  enterpriseName: string;
  /** Scrubs a text the enterprise or a department wrote. */
  scrub(text: string): string;
}

export function disclosureOf(enterprise: Enterprise, disclose: boolean): Disclosure {
  const masked = maskEnterpriseName(enterprise.name);
  // A business named after its owner (张三烧烤店, contact 张三) would show the contact in its masked name.
  const enterpriseName = disclose ? enterprise.name : masked.includes(enterprise.contact.name) ? masked.slice(masked.indexOf(MASK)) : masked;
  const secret = (text: string, replacement = REDACTED): Secret => ({ text: fold(text).text, replacement });
  const secrets = [
    ...(disclose ? [] : nameVariants(enterprise.name).map((v, i) => secret(v, i === 0 ? enterpriseName : REDACTED))),
    secret(enterprise.creditCode),
    ...contactReferences(enterprise.contact.name).map((r) => secret(r)),
  ].filter((s) => s.text.length > 0);
  return { enterpriseName, scrub: scrubber(secrets) };
}
