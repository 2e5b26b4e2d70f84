import type { Enterprise } from './appeal.js';

// What the public may see of a closed appeal (DOMAIN.md: 结果公开): never a contact or a credit code, and the
// enterprise's name only where it consented at submission. Free text is written by people, so it is scrubbed
// of the appeal's own identifiers and of anything shaped like a phone number or a credit code.

const MASK = '**';
const REDACTED = '***';

/** Longest first, so 股份有限公司 is kept whole rather than as 有限公司. */
const ORGANISATION_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', '合作社', '工作室', '商行', '中心', '厂', '店'];

/** `绵阳测试科技有限公司` → `绵阳**有限公司`: the place-name prefix and the organisation type stay, the rest is masked. */
export function maskEnterpriseName(name: string): string {
  const chars = [...name.trim()];
  const suffix = ORGANISATION_SUFFIXES.find((s) => name.trim().endsWith(s) && chars.length > [...s].length) ?? '';
  const stem = chars.slice(0, chars.length - [...suffix].length);
  const kept = stem.length > 2 ? 2 : Math.max(0, stem.length - 1);
  return `${stem.slice(0, kept).join('')}${MASK}${suffix}`;
}

// Mainland mobiles and landlines with an area code, with or without a dash, not inside a longer number.
const PHONE = /(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}[-\s]?\d{7,8})(?!\d)/g;
// An 18-character unified social credit code (upper-case letters and digits), not inside a longer word.
const CREDIT_CODE = /(?<![0-9A-Za-z])[0-9A-Z]{18}(?![0-9A-Za-z])/g;

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
  const literal: [string, string][] = [
    ...(disclose ? [] : [[enterprise.name, enterpriseName] as [string, string]]),
    [enterprise.creditCode, REDACTED],
    [enterprise.contact.phone, REDACTED],
    [enterprise.contact.name, REDACTED],
  ];
  return {
    enterpriseName,
    scrub(text) {
      let out = text;
      for (const [secret, replacement] of literal) if (secret) out = out.replaceAll(secret, replacement);
      return out.replace(PHONE, REDACTED).replace(CREDIT_CODE, REDACTED);
    },
  };
}
