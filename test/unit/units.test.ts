import { describe, expect, it } from 'vitest';
import { misplaced, unitAtLevel, type PlacedUnit } from '../../domain/units.js';

// The unit tree's rules (domain/units.ts): where a unit may sit, and which unit of a level an appeal rolls up to.

const units: PlacedUnit[] = [
  { code: 'fcx', level: 'county', parent: null },
  { code: 'fcx-wjz', level: 'town', parent: 'fcx' },
  { code: 'kgq', level: 'park', parent: null },
  { code: 'kgq-zsj', level: 'county_department', parent: 'kgq' },
  { code: 'sjxj', level: 'city_department', parent: null },
];
const tree = new Map(units.map((u) => [u.code, u]));

describe('unitAtLevel', () => {
  it('finds the unit itself or the one above it at that level, else null', () => {
    expect(unitAtLevel(tree, 'fcx-wjz', 'county')).toBe('fcx');
    expect(unitAtLevel(tree, 'fcx', 'county')).toBe('fcx');
    expect(unitAtLevel(tree, 'kgq-zsj', 'park')).toBe('kgq');
    expect(unitAtLevel(tree, 'kgq-zsj', 'county')).toBeNull();
    expect(unitAtLevel(tree, 'sjxj', 'county')).toBeNull();
    expect(unitAtLevel(tree, 'fcx', 'town')).toBeNull();
    expect(unitAtLevel(tree, null, 'county')).toBeNull();
    expect(unitAtLevel(tree, 'gone', 'county')).toBeNull();
  });
});

describe('misplaced', () => {
  it('holds towns and county departments beneath counties and parks, everything else beneath the city', () => {
    expect(misplaced({ code: 't', level: 'town', parent: 'kgq' }, tree.get('kgq'), [])).toBeUndefined();
    expect(misplaced({ code: 'c', level: 'county', parent: null }, undefined, [])).toBeUndefined();
    expect(misplaced({ code: 't', level: 'town', parent: 'sjxj' }, tree.get('sjxj'), [])).toMatchObject({ field: 'parent' });
    expect(misplaced({ code: 's', level: 'city_department', parent: 'fcx' }, tree.get('fcx'), [])).toMatchObject({ field: 'parent' });
  });

  it('refuses a level that would strand the units beneath', () => {
    expect(misplaced({ code: 'fcx', level: 'park', parent: null }, undefined, [tree.get('fcx-wjz')!])).toBeUndefined();
    expect(misplaced({ code: 'fcx', level: 'city_department', parent: null }, undefined, [tree.get('fcx-wjz')!])).toMatchObject({ field: 'level' });
  });
});
