import { TypedSearchAttributes } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { registeredAppeal, type AppealState } from '../../domain/appeal.js';
import { indexedAsWanted, searchAttributeKeys as k, searchAttributesAtStart, searchAttributesOf } from '../../workflows/search-attributes.js';

// What the gateway starts an appeal with, and when the workflow finds its run's attributes already say what it wants
// (issue 21): the comparison decides whether a commit upserts, so a false "differs" costs an event and a false
// "same" leaves the index stale.

const registered = registeredAppeal(
  {
    id: 'a1',
    receiptNumber: 'QS00000001',
    enterprise: { name: '绵阳某某科技有限公司', creditCode: '91510700MA000000XX', contact: { name: '张三', phone: '13800000000' } },
    channel: 'online_platform',
    category: 'permits',
    title: '用地审批',
    description: '审批迟迟没有结果',
    disclose: false,
    meetingId: null,
  },
  Date.parse('2026-09-01T02:00:00Z'),
);
const assigned: AppealState = {
  ...registered,
  status: 'assigned',
  leadDepartment: 'fin',
  deadlines: { ...registered.deadlines, dueAt: Date.parse('2026-09-08T15:59:59.999Z') },
};

describe('search attributes at start', () => {
  it('are the registered appeal’s, without the unset lead and due date', () => {
    expect(searchAttributesAtStart(registered)).toEqual([
      { key: k.status, value: 'registered' },
      { key: k.channel, value: 'online_platform' },
      { key: k.category, value: 'permits' },
      { key: k.supervised, value: false },
      { key: k.round, value: 1 },
    ]);
  });
});

describe('indexedAsWanted', () => {
  const indexedAs = (s: AppealState) => new TypedSearchAttributes(searchAttributesAtStart(s));

  it('holds for what a start or an upsert left, an unset value counting as absent', () => {
    expect(indexedAsWanted(indexedAs(registered), searchAttributesOf(registered))).toBe(true);
    // A date read back from the server is another Date of the same instant.
    expect(indexedAsWanted(indexedAs(assigned), searchAttributesOf({ ...assigned, deadlines: { ...assigned.deadlines } }))).toBe(true);
  });

  it('fails for nothing indexed (an older API’s start), a changed value, a value to remove and a moved date', () => {
    expect(indexedAsWanted(new TypedSearchAttributes(), searchAttributesOf(registered))).toBe(false);
    expect(indexedAsWanted(indexedAs(registered), searchAttributesOf(assigned))).toBe(false);
    expect(indexedAsWanted(indexedAs(assigned), searchAttributesOf({ ...assigned, leadDepartment: null }))).toBe(false);
    const moved = { ...assigned, deadlines: { ...assigned.deadlines, dueAt: assigned.deadlines.dueAt! + 86_400_000 } };
    expect(indexedAsWanted(indexedAs(assigned), searchAttributesOf(moved))).toBe(false);
  });
});
