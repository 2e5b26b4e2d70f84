import { describe, expect, it } from 'vitest';
import { bigrams, dice, likelyDuplicates, SIMILAR_LIMIT, type Comparable } from '../../domain/similarity.js';

// Likely duplicates are ranked by the bigrams their Chinese text shares, with a weight for the same enterprise.

const text = (a: string, b: string) => dice(bigrams(a), bigrams(b));

let n = 0;
function appeal(description: string, over: Partial<Comparable> = {}): Comparable {
  n += 1;
  return { id: `a-${n}`, enterprise: { creditCode: 'A' }, title: '', description, registeredAt: n, ...over };
}

describe('text similarity', () => {
  it('scores a rewording of the same problem high and an unrelated text low', () => {
    expect(text('申请科技贷款两个月未有答复', '科技贷款申请两个月没有回复')).toBeCloseTo(0.5);
    expect(text('申请科技贷款两个月未有答复', '厂区门前道路积水严重，雨季排水不畅')).toBe(0);
    expect(text('申请科技贷款两个月未有答复', '申请科技贷款两个月未有答复')).toBe(1);
  });

  it('folds full-width to half-width and case, and no bigram spans punctuation or a space', () => {
    expect(text('ＡＢＣ公司１２３', 'abc公司123')).toBe(1);
    expect([...bigrams('贷款，审批 慢').keys()]).toEqual(['贷款', '审批', '慢']);
    expect(text('', '')).toBe(0);
  });
});

describe('likely duplicates', () => {
  const of = appeal('申请科技贷款两个月未有答复');

  it('ranks the same enterprise above another with the same text, and leaves out unrelated and itself', () => {
    const sameEnterprise = appeal('科技贷款申请两个月没有回复');
    const other = appeal('科技贷款申请两个月没有回复', { enterprise: { creditCode: 'B' } });
    const unrelated = appeal('厂区门前道路积水严重');
    const found = likelyDuplicates(of, [other, unrelated, sameEnterprise, of]);
    expect(found).toEqual([
      { appeal: sameEnterprise, sameEnterprise: true, score: 0.6 },
      { appeal: other, sameEnterprise: false, score: 0.4 },
    ]);
  });

  it('does not suggest the same enterprise for that alone, nor another with little text in common', () => {
    expect(likelyDuplicates(of, [appeal('厂区门前道路积水严重')])).toEqual([]);
    expect(likelyDuplicates(of, [appeal('科技园区道路积水严重', { enterprise: { creditCode: 'B' } })])).toEqual([]);
  });

  it('answers the best ten, the newest first among equals', () => {
    const many = Array.from({ length: 12 }, () => appeal('申请科技贷款两个月未有答复'));
    const found = likelyDuplicates(of, many);
    expect(found).toHaveLength(SIMILAR_LIMIT);
    expect(found.map((s) => s.appeal.id)).toEqual(
      many
        .slice(2)
        .reverse()
        .map((a) => a.id),
    );
    expect(found[0]!.score).toBe(1);
  });
});
