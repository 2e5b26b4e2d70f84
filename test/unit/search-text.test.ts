import { describe, expect, it } from 'vitest';
import { enterpriseTimeline } from '../../api/audience.js';
import type { TimelineKind } from '../../domain/codes.js';
import { SEARCHED_EVENTS, eventTexts, hasSearchTerms, indexText, searchQuery } from '../../domain/search-text.js';

describe('indexText', () => {
  it('splits Han runs into overlapping bigrams and their last character, other words whole', () => {
    expect(indexText(['申请科技贷款'])).toBe('申请 请科 科技 技贷 贷款 款');
    expect(indexText(['ETC卡办理，第3条'])).toBe('ETC 卡办 办理 理 第 3 条');
  });

  it('folds full-width letters and digits, and case, so that either spelling finds the other', () => {
    expect(indexText(['ＥＴＣ　２０２６'])).toBe(indexText(['etc 2026']));
  });

  it('keeps each occurrence, which ranking counts, and joins several texts without bigrams across them', () => {
    expect(indexText(['贷款', '贷款'])).toBe('贷款 款 贷款 款');
    expect(indexText(['科', '技'])).toBe('科 技');
  });
});

describe('searchQuery', () => {
  it('requires every bigram of a Han run, once each', () => {
    expect(searchQuery('贷款')).toBe("'贷款'");
    expect(searchQuery('科技贷款 科技')).toBe("'科技' & '技贷' & '贷款'");
  });

  it('takes one Han character and other words as prefixes', () => {
    expect(searchQuery('税')).toBe("'税':*");
    expect(searchQuery('９１５１ etc')).toBe("'9151':* & 'ETC':*");
  });

  it('keeps to one weight when asked (an enterprise reads weight A)', () => {
    expect(searchQuery('贷款 税 etc', 'A')).toBe("'贷款':A & '税':*A & 'ETC':*A");
  });

  it('has nothing to search for in punctuation and spaces', () => {
    expect(hasSearchTerms('，。！ ')).toBe(false);
    expect(hasSearchTerms('？税')).toBe(true);
  });
});

describe('eventTexts', () => {
  it('reads the searched field of the searched kinds, shared or internal', () => {
    const texts = eventTexts([
      { kind: 'resolved', data: { summary: '已放款' } },
      { kind: 'note_added', data: { text: '企业负责人电话' } },
      { kind: 'assigned', data: { lead: 'bank' } },
      { kind: 'answered', data: {} },
    ]);
    expect(texts).toEqual({ shared: ['已放款'], internal: ['企业负责人电话'] });
  });

  it('counts as shared exactly the texts the enterprise reads in its timeline', () => {
    for (const [kind, { field, enterpriseReads }] of Object.entries(SEARCHED_EVENTS)) {
      const [seen] = enterpriseTimeline([{ seq: 1, kind: kind as TimelineKind, at: 0, round: 1, data: { [field]: '文字' } }]);
      expect(seen?.data?.[field] === '文字', kind).toBe(enterpriseReads);
    }
  });
});
