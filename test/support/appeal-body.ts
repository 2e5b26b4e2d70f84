import { creditCodeCheckCharacter } from '../../domain/credit-code.js';

// A valid submission, for tests and the benchmarks alike (no test runner imported here).

export function creditCode(body17: string): string {
  return body17 + creditCodeCheckCharacter(body17);
}

let counter = 0;
/** A fresh valid credit code per call, so tests never share an enterprise by accident. */
export function newCreditCode(): string {
  counter += 1;
  return creditCode(`91510700MA${String(process.pid % 10000).padStart(4, '0')}${String(counter).padStart(3, '0')}`);
}

export function appealBody(cc = newCreditCode(), overrides: Record<string, unknown> = {}) {
  return {
    enterprise: { name: '绵阳测试科技有限公司', creditCode: cc, contact: { name: '张三', phone: '13800000000' } },
    channel: 'online_platform',
    category: 'financing',
    title: '贷款审批慢',
    description: '申请科技贷款两个月未有答复',
    ...overrides,
  };
}
