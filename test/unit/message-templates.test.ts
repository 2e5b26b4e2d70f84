import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATES,
  MESSAGE_KINDS,
  SMS_PART,
  SMS_SINGLE,
  deadlineInWords,
  renderMessage,
  smsSegments,
  templateProblems,
} from '../../domain/message-templates.js';

const TZ = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);

describe('SMS segments', () => {
  it('counts 70 characters as one message and 67 a part beyond', () => {
    expect(smsSegments('')).toBe(1);
    expect(smsSegments('字'.repeat(SMS_SINGLE))).toBe(1);
    expect(smsSegments('字'.repeat(SMS_SINGLE + 1))).toBe(2);
    expect(smsSegments('字'.repeat(2 * SMS_PART))).toBe(2);
    expect(smsSegments('字'.repeat(2 * SMS_PART + 1))).toBe(3);
  });
});

describe('rendering', () => {
  const values = {
    receiptNumber: 'QS-2026-000001',
    title: '申请科技贷款两个月未有答复',
    department: '市发展和改革委员会',
    deadline: '12月15日前',
    link: 'https://appeals.city.example/a/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
  };

  it('fills every value and leaves nothing in braces', () => {
    const text = renderMessage(DEFAULT_TEMPLATES.acknowledged.text, values, 3);
    expect(text).toBe(`您反映的“申请科技贷款两个月未有答复”已受理，受理编号QS-2026-000001，12月15日前告知办理路径。查看进度：${values.link}`);
  });

  it('shortens a long answer, then the title, to stay within the segments allowed, keeping receipt, deadline and link', () => {
    const answer = '经协调，'.repeat(80);
    const title = '关于'.repeat(60);
    const text = renderMessage(DEFAULT_TEMPLATES.resolved.text, { ...values, title, answer }, 4);
    expect(smsSegments(text)).toBeLessThanOrEqual(4);
    expect(text).toContain(values.receiptNumber);
    expect(text).toContain(values.deadline);
    expect(text).toContain(values.link);
    expect(text).toContain('…');
  });

  it('keeps a one-segment message within 70 characters', () => {
    const text = renderMessage('{receiptNumber}：{answer}', { receiptNumber: 'QS-2026-000001', answer: '答'.repeat(100) }, 1);
    expect(text.length).toBeLessThanOrEqual(SMS_SINGLE);
  });

  it('fits every default template into its segments with long values', () => {
    for (const kind of MESSAGE_KINDS) {
      const spec = DEFAULT_TEMPLATES[kind];
      const text = renderMessage(spec.text, { ...values, title: '标'.repeat(200), answer: '答'.repeat(2000), code: '123456' }, spec.maxSegments);
      expect(smsSegments(text), kind).toBeLessThanOrEqual(spec.maxSegments);
    }
  });
});

describe('template checks', () => {
  it('accepts the defaults', () => {
    for (const kind of MESSAGE_KINDS) expect(templateProblems(kind, DEFAULT_TEMPLATES[kind].text)).toEqual([]);
  });

  it('refuses values a kind does not have and a text without the receipt number', () => {
    expect(templateProblems('acknowledged', '编号{receiptNumber}，验证码{code}，{nonsense}')).toEqual([
      expect.stringContaining('{code} is not a value of acknowledged messages'),
      expect.stringContaining('{nonsense} is not a value'),
    ]);
    expect(templateProblems('closed', '已办结')).toEqual(['must contain {receiptNumber}']);
    expect(templateProblems('verification', '验证码')).toEqual(['must contain {code}']);
    // an evaluation's invitation (issue 20) is nothing without its link
    expect(templateProblems('survey', '{survey}：请评价')).toEqual(['must contain {link}']);
  });
});

describe('deadlines in words', () => {
  it('says the local date, with the year only when it is not this one', () => {
    // 16:00 UTC is midnight in Shanghai: the next local day.
    expect(deadlineInWords(at('2026-12-15T09:30:00Z'), at('2026-12-02T00:00:00Z'), TZ)).toBe('12月15日前');
    expect(deadlineInWords(at('2026-12-15T16:00:00Z'), at('2026-12-02T00:00:00Z'), TZ)).toBe('12月16日前');
    expect(deadlineInWords(at('2027-01-05T02:00:00Z'), at('2026-12-30T00:00:00Z'), TZ)).toBe('2027年1月5日前');
  });
});
