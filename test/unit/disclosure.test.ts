import { describe, expect, it } from 'vitest';
import { disclosureOf } from '../../domain/disclosure.js';
import { maskEnterpriseName, nameVariants } from '../../domain/enterprise-name.js';

describe('enterprise names on public pages', () => {
  it('keep the place name and the kind of organisation, and mask the rest', () => {
    expect(maskEnterpriseName('绵阳测试科技有限公司')).toBe('绵阳**有限公司');
    expect(maskEnterpriseName('四川长虹电器股份有限公司')).toBe('四川**股份有限公司');
    expect(maskEnterpriseName('广元市某某食品厂')).toBe('广元**厂');
    expect(maskEnterpriseName('王记店')).toBe('王**店');
    expect(maskEnterpriseName('有限公司')).toBe('有**公司');
    expect(maskEnterpriseName('Acme Trading')).toBe('Ac**');
  });

  it('are shown whole only where the enterprise agreed to disclosure', () => {
    const enterprise = { name: '绵阳测试科技有限公司', creditCode: '91510700MA62BAR50X', contact: { name: '张三', phone: '13800000000' } };
    expect(disclosureOf(enterprise, true).enterpriseName).toBe('绵阳测试科技有限公司');
    expect(disclosureOf(enterprise, false).enterpriseName).toBe('绵阳**有限公司');
  });

  it('never carry the contact’s name, even when the business is named after its owner', () => {
    const enterprise = { name: '张三烧烤店', creditCode: '91510700MA62BAR50X', contact: { name: '张三', phone: '13800000000' } };
    expect(disclosureOf(enterprise, false).enterpriseName).toBe('**店');
  });
});

describe('free text on public pages', () => {
  const enterprise = { name: '绵阳测试科技有限公司', creditCode: '91510700MA62BAR50X', contact: { name: '李四', phone: '13912345678' } };

  it('loses the appeal’s own identifiers and anything shaped like a phone number or a credit code', () => {
    const { scrub } = disclosureOf(enterprise, false);
    expect(scrub('已联系李四（13912345678），绵阳测试科技有限公司91510700MA62BAR50X贷款已放款')).toBe('已联系***（***），绵阳**有限公司***贷款已放款');
    expect(scrub('请致电 0816-2345678 或 028 87654321，或 13800001111')).toBe('请致电 *** 或 ***，或 ***');
    expect(scrub('另一家企业 915107007118888888 的问题')).toBe('另一家企业 *** 的问题');
  });

  it('keeps amounts, dates and ordinary numbers', () => {
    const { scrub } = disclosureOf(enterprise, true);
    expect(scrub('2026年10月15日放款500万元，编号A-1024')).toBe('2026年10月15日放款500万元，编号A-1024');
    expect(scrub('绵阳测试科技有限公司')).toBe('绵阳测试科技有限公司');
  });

  it('masks the example found on the public list: dashes, spaces, +86, an e-mail address and the short name', () => {
    const { scrub } = disclosureOf({ ...enterprise, contact: { name: '王小明', phone: '13912345678' } }, false);
    expect(scrub('测试科技公司贷款难，联系人手机139-1234-5678')).toBe('***公司贷款难，联系人手机***');
    expect(scrub('已联系财务王经理 138 0000 1111、+8613700002222，邮箱 wang@cs-tech.cn')).toBe('已联系财务*** ***、***，邮箱 ***');
  });

  it.each([
    ['a mobile with dashes', '手机139-1234-5678。', '手机***。'],
    ['a mobile with spaces', '手机138 0000 1111。', '手机***。'],
    ['a mobile with +86', '手机+8613700002222。', '手机***。'],
    ['a mobile with 0086 and spaces', '手机0086 137 0000 2222。', '手机***。'],
    ['a mobile with 86-', '手机86-13700002222。', '手机***。'],
    ['a mobile in full-width digits', '手机１３９１２３４５６７８。', '手机***。'],
    ['a mobile with dots and an ideographic space', '手机139.1234　5678。', '手机***。'],
    ['a landline in brackets', '电话(0816)2345678。', '电话***。'],
    ['a landline with a dash and a space', '电话0816-234 5678。', '电话***。'],
    ['a landline in full-width brackets and digits', '电话（０８１６）２３４５６７８。', '电话***。'],
    ['a Beijing landline', '电话010-87654321。', '电话***。'],
    ['an e-mail address', '邮箱Wang.Li@cs-tech.com.cn。', '邮箱***。'],
    ['an e-mail address with a full-width at', '邮箱wang＠cs-tech.cn。', '邮箱***。'],
    ['an ID number ending in x', '身份证51070319900101123x。', '身份证***。'],
    ['an ID number ending in X, grouped', '身份证510703 19900101 123X。', '身份证***。'],
    ['a bank card', '账号6222021234567890123。', '账号***。'],
    ['a bank card in groups of four', '账号6222 0212 3456 7890。', '账号***。'],
    ['another credit code in lower case', '代码915107007118888888。', '代码***。'],
    ['its own credit code in lower case', '代码91510700ma62bar50x。', '代码***。'],
    ['the full name', '绵阳测试科技有限公司贷款难', '绵阳**有限公司贷款难'],
    ['the stem', '测试科技的贷款', '***的贷款'],
    ['the name without its kind', '绵阳测试科技的贷款', '***的贷款'],
    ['the stem before another kind of organisation', '测试科技集团的贷款', '***集团的贷款'],
    ['the contact by surname and title', '李经理、李总和李女士', '***、***和***'],
  ])('masks %s', (_, text, scrubbed) => {
    expect(disclosureOf(enterprise, false).scrub(text)).toBe(scrubbed);
  });

  it('leaves ordinary text as written: dates, amounts, receipt and policy numbers, counts, Chinese punctuation', () => {
    const { scrub } = disclosureOf(enterprise, false);
    const ordinary = [
      '2026-10-15放款500万元，2026.10.15 13:00回访；2026/10/15复核。',
      '受理编号QS00000012，依据川府发〔2023〕12号、GB/T 19001-2016和GB 32100-2015。',
      '共1466个问题，解决1238个，解决率84.4%，贷款1,380,000元，面积2000㎡。',
      '（一）科技创新：推动大数据、互联网、新能源、科技企业发展！',
    ];
    for (const text of ordinary) expect(scrub(text)).toBe(text);
  });
});

describe('what free text may call an enterprise', () => {
  it('is the whole name, the name without its kind, and its distinctive stem of at least four characters', () => {
    expect(nameVariants('绵阳测试科技有限公司')).toEqual(['绵阳测试科技有限公司', '绵阳测试科技', '测试科技']);
    expect(nameVariants('四川省绵阳市测试科技有限公司')).toEqual(['四川省绵阳市测试科技有限公司', '四川省绵阳市测试科技', '绵阳市测试科技', '测试科技']);
    expect(nameVariants('四川长虹电器股份有限公司')).toEqual(['四川长虹电器股份有限公司', '四川长虹电器', '长虹电器']);
    expect(nameVariants('测试科技（绵阳）有限公司')).toEqual(['测试科技（绵阳）有限公司', '测试科技']);
    // short stems are ordinary words: 技术, 互联网
    expect(nameVariants('华为技术有限公司')).toEqual(['华为技术有限公司', '华为技术']);
    expect(nameVariants('绵阳互联网有限公司')).toEqual(['绵阳互联网有限公司', '绵阳互联网']);
  });
});
