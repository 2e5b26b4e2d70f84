import { z } from 'zod';
import type { Actor, Instant } from './appeal.js';
import { codesOf } from './codes.js';

// Links between appeals (issue 17): the office says two appeals are one problem raised twice, or related ones. A
// link is symmetric: either appeal lists it.

export const LINK_RELATIONS = { same_issue: '同一问题', related: '相关问题' } as const;
export type LinkRelation = keyof typeof LINK_RELATIONS;

export const linkSchema = z.strictObject({
  to: z.string().min(1).max(64).describe('the other appeal’s id'),
  relation: z.enum(codesOf(LINK_RELATIONS)),
});

/** A link as one of its appeals sees it: `appealId` is the other one. */
export interface AppealLink {
  id: string;
  appealId: string;
  receiptNumber: string;
  title: string;
  status: string;
  relation: LinkRelation;
  linkedBy: Actor;
  linkedAt: Instant;
}
