import { describe, expect, it } from 'vitest';
import {
  accountabilitySettled,
  allowedAccountabilitySteps,
  mayTakeAccountabilityStep,
  newAccountability,
  publishable,
  rectifiedOnTime,
  type AccountabilityState,
} from '../../domain/accountability.js';
import { groupAccountability } from '../../domain/accountability-figures.js';

// The accountability record's rules (issue 18): who takes which step when, what may be published, and the counts.

const office = { role: 'office' as const };
const referral = (changes: Partial<AccountabilityState> = {}): AccountabilityState => ({
  ...newAccountability({ id: 'r', kind: 'referral', unit: 'tax', persons: [], appeals: ['a'], text: '拖延', owner: office }, 0),
  rectifyBy: 1000,
  ...changes,
});
const found = (result: 'upheld' | 'not_upheld' | 'clarified') => ({ result, note: '', at: 500, by: { role: 'commission' as const } });

describe('accountability rules', () => {
  it('publishes a referral only once the commission clears the unit', () => {
    expect(publishable(referral())).toBe(false);
    expect(publishable(referral({ finding: found('upheld') }))).toBe(false);
    expect(publishable(referral({ finding: found('not_upheld') }))).toBe(true);
    expect(publishable(referral({ finding: found('clarified') }))).toBe(true);
    expect(publishable({ kind: 'exposure', finding: found('clarified') })).toBe(false);
  });

  it('a rectification is on time up to rectifyBy; unknown until reported or missed', () => {
    expect(rectifiedOnTime(referral())).toBeNull();
    expect(rectifiedOnTime(referral({ rectification: { text: '', at: 1000, by: office } }))).toBe(true);
    expect(rectifiedOnTime(referral({ rectification: { text: '', at: 1001, by: office }, missed: true }))).toBe(false);
    expect(rectifiedOnTime(referral({ missed: true }))).toBe(false);
  });

  it('the unit reports, the office decides, the commission finds once on a referral; a referral settles with both', () => {
    const s = referral();
    expect(allowedAccountabilitySteps(s)).toEqual(['rectification', 'outcome', 'finding']);
    expect(mayTakeAccountabilityStep('rectification', { role: 'department', department: 'tax' }, s)).toBe(true);
    expect(mayTakeAccountabilityStep('rectification', { role: 'department', department: 'env' }, s)).toBe(false);
    expect(mayTakeAccountabilityStep('finding', office, s)).toBe(false);
    const closed = referral({ status: 'closed' });
    expect(accountabilitySettled(closed)).toBe(false);
    expect(accountabilitySettled({ ...closed, finding: found('upheld') })).toBe(true);
    expect(allowedAccountabilitySteps({ ...closed, finding: found('upheld') })).toEqual([]);
  });

  it('groups by unit, most records first and the unit-less last', () => {
    const groups = groupAccountability(
      [referral({ unit: null }), referral({ unit: 'env', kind: 'exposure' }), referral({ unit: 'env', kind: 'interview', missed: true })],
      'unit',
    );
    expect(
      groups.map((g) => [g.key, g.figures.records, g.figures.exposures, g.figures.interviews, g.figures.referrals, g.figures.rectificationMissed]),
    ).toEqual([
      ['env', 2, 1, 1, 0, 1],
      [null, 1, 0, 0, 1, 0],
    ]);
  });
});
