import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../domain/credit-code.js';
import { disclosureOf } from '../../domain/disclosure.js';
import { fold } from '../../domain/text-fold.js';

// Whatever spelling people use for a phone number, an e-mail address, an ID number, a credit code, the
// enterprise's name or the contact, none of it survives the scrubber. The surrounding text is Chinese without
// digits or Latin letters, so any run of digits left in the answer is a leak.

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;
/** A digit as written: ASCII or full-width. */
const spelledDigit = (d: string) => fc.constantFrom(d, String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET));
const SEPARATORS = ['', '', '', ' ', '-', '.', ' - ', '  ', '\u3000', '－', '–', '—', '\u200b', '．'];

/** The digits as written, each possibly full-width, with a random separator (often none) between any two. */
const spelledNumber = (digits: string) =>
  fc
    .tuple(...[...digits].map((d) => fc.tuple(spelledDigit(d), fc.constantFrom(...SEPARATORS))))
    .map((parts) => parts.map(([d, sep], i) => (i < parts.length - 1 ? d + sep : d)).join(''));
const digitString = (min: number, max = min) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const randomCase = (s: string) => fc.tuple(...[...s].map((c) => fc.constantFrom(c.toLowerCase(), c.toUpperCase()))).map((cs) => cs.join(''));

const mobile = fc.tuple(fc.constantFrom(...'3456789'), digitString(9)).chain(([second, rest]) => {
  const core = `1${second}${rest}`;
  const prefix = fc.constantFrom('', '', '+86', '+86 ', '0086', '86-', '(+86)', '＋８６', '（+86）');
  return fc.record({ text: fc.tuple(prefix, spelledNumber(core)).map(([p, n]) => p + n), core: fc.constant(core) });
});

const landline = fc.tuple(fc.constantFrom('10', '28', '816', '839', '755'), fc.constantFrom(...'23456789'), digitString(6, 7)).chain(([area, first, rest]) => {
  const subscriber = `${first}${rest}`;
  const brackets = fc.constantFrom(['', ''], ['(', ')'], ['（', '）'], ['【', '】'], ['', '-'], ['', ' ']);
  return fc.record({
    text: fc.tuple(brackets, spelledNumber(`0${area}`), spelledNumber(subscriber)).map(([[open, close], a, s]) => `${open}${a}${close}${s}`),
    core: fc.constant(`0${area}${subscriber}`),
  });
});

const email = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9._]{0,8}[a-z0-9]$/),
    fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/),
    fc.constantFrom('cn', 'com', 'com.cn', 'net'),
    fc.constantFrom('@', '＠', ' @ '),
  )
  .chain(([local, domain, tld, at]) =>
    fc.record({ text: randomCase(`${local}${at}${domain}.${tld}`), core: fc.constant(`${local}@${domain}.${tld}`.toUpperCase()) }),
  );

const idNumber = fc.tuple(digitString(17), fc.constantFrom(...'0123456789Xx')).chain(([body, check]) =>
  fc.record({
    text: fc.tuple(spelledNumber(body), fc.constantFrom('', ' ', '-')).map(([b, sep]) => `${b}${sep}${check}`),
    core: fc.constant(body),
  }),
);

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const creditCodeItem = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...CODE_ALPHABET), minLength: 2, maxLength: 2 }),
    digitString(6),
    fc.string({ unit: fc.constantFrom(...CODE_ALPHABET), minLength: 9, maxLength: 9 }),
  )
  .map(([head, division, organisation]) => head + division + organisation)
  .chain((body) => {
    const code = body + creditCodeCheckCharacter(body);
    return fc.record({ text: randomCase(code), core: fc.constant(code) });
  });

// Disjoint character sets: the surrounding text cannot spell a name by accident.
const FILLER = [...'的是了在和对企业反映问题情况办理已经完成沟通协调贷款审批用地手续请尽快回复谢谢因为所以目前进展顺利，。、：'];
const TRADE = [...'鑫瑞恒泰华宏博锦晟昊'];
const INDUSTRY = ['科技', '电器', '食品', '机械', '物流', '建材'];
const PLACES = ['绵阳', '四川省绵阳市', '广元市', '成都', '涪城区', '四川绵阳'];
const SUFFIXES = ['有限公司', '股份有限公司', '有限责任公司', '集团有限公司', '厂'];
const SURNAMES = [...'王李赵周吴郑'];
const GIVEN = [...'小明海燕伟芳'];

const filler = fc.string({ unit: fc.constantFrom(...FILLER), minLength: 1, maxLength: 8 });

const enterprise = fc
  .record({
    place: fc.constantFrom(...PLACES),
    trade: fc.string({ unit: fc.constantFrom(...TRADE), minLength: 2, maxLength: 3 }),
    industry: fc.constantFrom(...INDUSTRY),
    suffix: fc.constantFrom(...SUFFIXES),
    surname: fc.constantFrom(...SURNAMES),
    given: fc.string({ unit: fc.constantFrom(...GIVEN), minLength: 1, maxLength: 2 }),
  })
  .map((e) => ({ ...e, stem: e.trade + e.industry, name: e.place + e.trade + e.industry + e.suffix, contact: e.surname + e.given }));

const digitsRun = /\d{7,}/;
const compact = (text: string) => fold(text).text.replace(/[ \-.()]/g, '');

describe('the scrubber, whatever the spelling', () => {
  it('leaves no phone, e-mail, ID number, credit code, name, stem or contact in a text', () => {
    fc.assert(
      fc.property(
        enterprise,
        fc.array(fc.oneof(mobile, landline, email, idNumber, creditCodeItem), { minLength: 1, maxLength: 6 }),
        fc.array(filler, { minLength: 12, maxLength: 12 }),
        fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        (e, identifiers, fillers, picks) => {
          const mentions = [e.name, e.stem, `${e.stem}公司`, e.place + e.stem, e.contact, `${e.surname}经理`, `${e.surname}总`];
          const parts = [...identifiers.map((i) => i.text), ...picks.map((p) => mentions[p % mentions.length]!)];
          const text = parts.map((p, i) => fillers[i % fillers.length] + p).join('') + fillers[11];
          const { scrub } = disclosureOf({ name: e.name, creditCode: '91510700MA62BAR50X', contact: { name: e.contact, phone: '13800000000' } }, false);
          const out = scrub(text);
          const seen = compact(out);
          for (const i of identifiers) expect(seen, `${i.core} in ${out} (from ${text})`).not.toContain(i.core);
          expect(seen, `digits in ${out} (from ${text})`).not.toMatch(digitsRun);
          expect(out, `an e-mail address in ${out}`).not.toMatch(/[@＠]/);
          for (const secret of [e.stem, e.contact, `${e.surname}经理`, `${e.surname}总`]) {
            expect(seen, `${secret} in ${out} (from ${text})`).not.toContain(secret);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
