import { describe, expect, it } from 'vitest';
import { CLUSTER_THRESHOLD, centroidOf, clusterAppeals, keyTerms, matchNamed, type IssueAppeal } from '../../domain/common-issues.js';
import { bigrams, dice } from '../../domain/similarity.js';

// Common issues (issue 18): a period's appeals grouped by category and similar text, hand-made Chinese appeals.

let n = 0;
const appeal = (category: string, title: string, description: string, extra: Partial<IssueAppeal> = {}): IssueAppeal => {
  n += 1;
  return {
    id: `a${String(n).padStart(3, '0')}`,
    category,
    title,
    description,
    creditCode: `cc${n}`,
    registeredAt: n * 1000,
    units: [],
    issueId: null,
    ...extra,
  };
};

const loans = [
  appeal('financing', '贷款审批慢', '申请科技贷款两个月未有答复', { creditCode: 'A', units: ['bank'] }),
  appeal('financing', '贷款审批太慢', '科技贷款申请两个月没有回复', { creditCode: 'A', units: ['county-a'] }),
  appeal('financing', '贷款审批进度慢', '流动资金贷款审批三个月没有消息', { creditCode: 'B' }),
  appeal('financing', '银行贷款审批慢', '企业申请银行贷款一个多月没有答复', { creditCode: 'C', units: ['bank'] }),
];
const power = [
  appeal('utilities', '用电报装慢', '新厂房用电报装申请一个月未接电'),
  appeal('utilities', '用电报装流程繁琐', '厂房用电报装需要跑多个部门'),
  appeal('utilities', '用电报装时间长', '新建厂房用电报装排队等待接电'),
];
const noise = [
  appeal('financing', '融资担保费用高', '担保公司收费过高影响融资'),
  appeal('utilities', '厂区门前积水', '雨季排水不畅影响通行'),
  appeal('labour', '招工难', '技术工人招不到'),
];
const all = [...noise, ...power, ...loans];

describe('clusterAppeals', () => {
  const clusters = clusterAppeals(all, [], null);

  it('groups the rewordings of one problem within a category, biggest first, and leaves the rest alone', () => {
    expect(clusters.map((c) => [c.category, c.members.map((m) => m.id)])).toEqual([
      ['financing', loans.map((a) => a.id)],
      ['utilities', power.map((a) => a.id)],
      ['financing', [noise[0]!.id]],
      ['utilities', [noise[1]!.id]],
      ['labour', [noise[2]!.id]],
    ]);
  });

  it('counts distinct enterprises, lists the units involved and the key terms', () => {
    const [loan, electricity] = clusters;
    expect(loan).toMatchObject({ enterprises: 3, units: ['bank', 'county-a'], trend: null, issueId: null });
    expect(loan!.terms).toHaveLength(5);
    expect(loan!.terms.slice(0, 3)).toEqual(['贷款', '审批', '款审']);
    expect(electricity!.terms).toContain('报装');
    expect(electricity!.terms).toContain('用电');
  });

  it('gives as examples the three members nearest the centroid', () => {
    const loan = clusters[0]!;
    const centroid = centroidOf(loan.members.map((m) => bigrams(`${m.title}\n${m.description}`)));
    const scores = loan.examples.map((m) => dice(bigrams(`${m.title}\n${m.description}`), centroid));
    expect(loan.examples).toHaveLength(3);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('is deterministic: the order the appeals are given in does not matter', () => {
    expect(clusterAppeals([...all].reverse(), [], null)).toEqual(clusters);
  });

  it('never puts two categories in one cluster', () => {
    const same = appeal('land', '贷款审批慢', '申请科技贷款两个月未有答复');
    expect(clusterAppeals([loans[0]!, same], [], null)).toHaveLength(2);
  });
});

describe('named issues', () => {
  const named = { id: '7', category: 'financing', centroid: centroidOf(loans.slice(0, 2).map((a) => bigrams(`${a.title}\n${a.description}`))) };

  it('form their cluster from their linked members first, and similar appeals join it', () => {
    const linked = loans.map((a, i) => (i < 2 ? { ...a, issueId: '7' } : a));
    const [loan] = clusterAppeals([...linked, ...noise], [named], null);
    expect(loan).toMatchObject({ issueId: '7', category: 'financing' });
    expect(loan!.members.map((m) => m.id)).toEqual(loans.map((a) => a.id));
  });

  it('a linked appeal stays in its named cluster even when its text is unlike the rest', () => {
    const odd = { ...noise[0]!, issueId: '7' };
    const [loan] = clusterAppeals([odd, ...loans], [named], null);
    expect(loan!.members.map((m) => m.id)).toContain(odd.id);
  });

  it('are matched by a new appeal of their category with similar text, not by another category or other text', () => {
    expect(matchNamed({ category: 'financing', title: '科技贷款审批慢', description: '贷款申请一个多月没有答复' }, [named])).toBe(named);
    expect(matchNamed({ category: 'land', title: '科技贷款审批慢', description: '贷款申请一个多月没有答复' }, [named])).toBeUndefined();
    expect(matchNamed({ category: 'financing', title: '融资担保费用高', description: '担保公司收费过高' }, [named])).toBeUndefined();
  });
});

describe('trend', () => {
  it('places the previous period’s appeals by the same rule: previous count, change, and new when none before', () => {
    const before = [
      appeal('financing', '贷款审批慢', '贷款申请一个月没有答复'),
      appeal('financing', '贷款审批时间长', '申请贷款审批两个月未有答复'),
      appeal('utilities', '用电报装慢', '用电报装申请迟迟未接电'),
      appeal('tax_fees', '退税慢', '出口退税迟迟未到账'),
    ];
    const [loan, electricity, guarantee] = clusterAppeals(all, [], before);
    expect(loan!.trend).toEqual({ previous: 2, change: 2 });
    expect(electricity!.trend).toEqual({ previous: 1, change: 2 });
    expect(guarantee!.trend).toEqual({ previous: 0, change: 1, new: true });
  });
});

describe('keyTerms', () => {
  it('ranks bigrams by how many members have them, then how often, then code point order', () => {
    expect(keyTerms([bigrams('用电报装'), bigrams('用电慢'), bigrams('报装')])).toEqual(['报装', '用电', '电慢', '电报']);
  });
});

it('states its threshold', () => {
  expect(CLUSTER_THRESHOLD).toBe(0.3);
});
