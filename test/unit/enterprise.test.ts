import { describe, expect, it } from 'vitest';
import { enterpriseUpdateSchema, flagLimit } from '../../domain/enterprise.js';

// What an enterprise's flags do to its appeals' limits (issue 18), and what the office may change of it.

describe('flagLimit', () => {
  it('is the shortest limit of the enterprise’s flags, none when no flag of it has one', () => {
    expect(flagLimit(['green_card', 'key_project'], { green_card: 5, key_project: 3 })).toBe(3);
    expect(flagLimit(['green_card', 'key_project'], { green_card: 5, key_project: null })).toBe(5);
    expect(flagLimit(['key_project'], { green_card: 5, key_project: null })).toBeUndefined();
    expect(flagLimit([], { green_card: 5, key_project: 3 })).toBeUndefined();
  });
});

describe('enterpriseUpdateSchema', () => {
  it('takes any of the fields, null clearing one, and refuses unknown fields, sizes and repeated flags', () => {
    expect(enterpriseUpdateSchema.parse({ industry: null, flags: [] })).toEqual({ industry: null, flags: [] });
    for (const bad of [{ colour: 'red' }, { size: 'huge' }, { flags: ['green_card', 'green_card'] }, { flags: ['gold'] }, { name: ' ' }]) {
      expect(enterpriseUpdateSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
