import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributeUpdatePair } from '@temporalio/common';
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
