import { describe, expect, it } from 'vitest';
import { disclosureOf, maskEnterpriseName } from '../../domain/disclosure.js';

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
});
