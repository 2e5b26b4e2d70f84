import {
  defineSearchAttributeKey,
  SearchAttributeType,
  type SearchAttributePair,
  type SearchAttributeUpdatePair,
  type TypedSearchAttributes,
} from '@temporalio/common';
import type { AppealState } from '../domain/appeal.js';

// CONTRACT.md §2: what admins filter appeals by in the Temporal UI. The server indexes these in clear (the payload
// codec never sees them), so they hold codes, dates and numbers only, never anything about the enterprise.
export const searchAttributeKeys = {
  status: defineSearchAttributeKey('AppealStatus', SearchAttributeType.KEYWORD),
  channel: defineSearchAttributeKey('AppealChannel', SearchAttributeType.KEYWORD),
  category: defineSearchAttributeKey('AppealCategory', SearchAttributeType.KEYWORD),
  leadDepartment: defineSearchAttributeKey('LeadDepartment', SearchAttributeType.KEYWORD),
  dueAt: defineSearchAttributeKey('AppealDueAt', SearchAttributeType.DATETIME),
  supervised: defineSearchAttributeKey('AppealSupervised', SearchAttributeType.BOOL),
  round: defineSearchAttributeKey('AppealRound', SearchAttributeType.INT),
};

/** Null removes an attribute: an appeal without a lead or a due date is not found by one. */
export function searchAttributesOf(s: AppealState): SearchAttributeUpdatePair[] {
  const k = searchAttributeKeys;
  return [
    { key: k.status, value: s.status },
    { key: k.channel, value: s.channel },
    { key: k.category, value: s.category },
    { key: k.leadDepartment, value: s.leadDepartment },
    { key: k.dueAt, value: s.deadlines.dueAt === null ? null : new Date(s.deadlines.dueAt) },
    { key: k.supervised, value: s.supervised },
    { key: k.round, value: s.round },
  ];
}

/**
 * What a start sets (issue 21: the gateway starts each appeal indexed, so its intake upserts nothing). A start has
 * nothing to remove, and the SDK would send a null as an untyped payload, so the unset ones stay out.
 */
export function searchAttributesAtStart(s: AppealState): SearchAttributePair[] {
  return searchAttributesOf(s).filter((pair): pair is SearchAttributePair => pair.value !== null);
}

/** Whether `indexed` (a run's attributes) already says what `wanted` does: each value equal, each null one absent. */
export function indexedAsWanted(indexed: TypedSearchAttributes, wanted: SearchAttributeUpdatePair[]): boolean {
  return wanted.every(({ key, value }) => comparable(indexed.get(key)) === comparable(value));
}

const comparable = (value: unknown) => (value instanceof Date ? value.getTime() : (value ?? null));
