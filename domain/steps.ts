import { z } from 'zod';
import { isValidCreditCode, isValidPhone } from './credit-code.js';
import { instant } from './periods.js';
import {
  APPEAL_KINDS,
  CHANNELS,
  CLASSIFICATIONS,
  FOLLOW_UP_OUTCOMES,
  RATING_METHODS,
  RATING_RESULTS,
  SUBMITTER_KINDS,
  REFERRAL_CAUSES,
  codesOf,
} from './codes.js';

// One schema per request body: it validates input, types the workflow's Update arguments and generates the
// OpenAPI document. Strict objects, because unknown fields are rejected (CONTRACT.md §3, input rules).

export const text = (max = 500) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

export const creditCode = z
  .string()
  .refine(isValidCreditCode, 'must be an 18-character unified social credit code with a valid check character (GB 32100-2015)')
  .meta({ example: '91510700MA62BAR50B' });

export const phone = z.string().refine(isValidPhone, 'must be a mainland mobile (1[3-9] + 9 digits) or a landline with area code');

/** A yes/no filter of a list's query (`?overdue=true`). */
export const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** A person's id (issue 15), as `POST /v1/people` hands it out. */
export const personId = z.string().min(1).max(100);

export const departmentCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lowercase letters, digits and dashes');

export const enterpriseSchema = z.strictObject({
  name: text(200),
  creditCode,
  contact: z.strictObject({ name: text(100), phone }),
});

/** Someone who raises an appeal on an enterprise's behalf, or the enterprise's own contact (issue 16). */
export const submitterSchema = z.strictObject({
  kind: z.enum(codesOf(SUBMITTER_KINDS)),
  name: text(100),
  phone,
  organisation: text(200).optional(),
  /** Where a WeChat Official Account reaches them (a submission from inside WeChat knows it). */
  wechatOpenId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{6,64}$/, 'must be a WeChat openid')
    .optional(),
});

export const submitAppealSchema = z.strictObject({
  enterprise: enterpriseSchema,
  submitter: submitterSchema.optional(),
  channel: z.enum(codesOf(CHANNELS)).optional(),
  category: z.string().regex(/^[a-z0-9_]{1,64}$/, 'must be a category code'),
  title: text(200),
  description: text(5000),
  disclose: z.boolean().optional(),
  meetingId: z.string().max(100).optional(),
  kind: z.enum(codesOf(APPEAL_KINDS)).optional().describe('problem (default), consultation or suggestion: each kind has its own time limit and figures'),
});

/** An appeal's id as the API hands it out. */
export const appealId = z.string().min(1).max(100);

/** Evidence uploaded to the appeal beforehand (`POST /v1/appeals/:id/attachments`), by id. */
const attachments = z.array(z.string().min(1).max(100)).max(50).optional();

export const classifySchema = z.strictObject({
  classification: z.enum(codesOf(CLASSIFICATIONS)),
  timeLimitDays: z.number().int().min(1).max(120).optional(),
});

export const assignSchema = z.strictObject({
  lead: departmentCode,
  co: z.array(departmentCode).max(20).optional(),
});

export const emptySchema = z.strictObject({});
export const returnSchema = z.strictObject({ reason: text() });
export const messageSchema = z.strictObject({ message: text(5000), attachments });
export const extensionSchema = z.strictObject({ workingDays: z.number().int().min(1).max(30), reason: text() });
export const extensionDecisionSchema = z.strictObject({ approve: z.boolean(), note: text().optional() });
export const supervisionSchema = z.strictObject({
  reason: text(),
  reportEveryWorkingDays: z.number().int().min(1).max(60).optional(),
  leaderAssigned: z.boolean().optional(),
});
export const resolveSchema = z.strictObject({ summary: text(5000), attachments });
export const answerSchema = z.strictObject({
  text: text(5000),
  basis: text(1000).optional().describe('the policy the answer rests on (政策依据)'),
  attachments,
});
export const requestMaterialSchema = z.strictObject({ what: text(2000), timeLimitDays: z.number().int().min(1).max(30) });
export const materialSchema = z.strictObject({ text: text(5000), attachments });
export const mergeSchema = z.strictObject({ into: appealId, reason: text() });
export const reassignSchema = z.strictObject({ lead: departmentCode, co: z.array(departmentCode).max(20).optional(), reason: text() });
export const ratingSchema = z.strictObject({
  result: z.enum(codesOf(RATING_RESULTS)),
  method: z.enum(codesOf(RATING_METHODS)),
  comment: text().optional(),
});
export const explanationSchema = z.strictObject({ text: text(5000), attachments });
export const contributionSchema = z.strictObject({ text: text(5000) });
export const personSchema = z.strictObject({ person: z.string().min(1).max(100) });
export const instructionSchema = z.strictObject({ text: text(5000), reportEveryWorkingDays: z.number().int().min(1).max(60).optional() });
export const escalateSchema = z.strictObject({ reason: text(), meetingId: z.string().min(1).max(100).optional() });
export const contactSchema = z.strictObject({
  method: z.enum(['phone', 'visit', 'message']),
  summary: text(1000),
  /** When the contact happened, if not now; never in the future. */
  at: instant.optional(),
});
export const delegateSchema = z.strictObject({ to: departmentCode, timeLimitDays: z.number().int().min(1).max(60), note: text() });
export const referralSchema = z.strictObject({ cause: z.enum(codesOf(REFERRAL_CAUSES)), note: text() });
export const closeSchema = z.strictObject({ reason: text() });
export const followUpSchema = z.strictObject({
  outcome: z.enum(['stable', 'rebound'] satisfies (keyof typeof FOLLOW_UP_OUTCOMES)[]),
  note: text().optional(),
});
export const withdrawSchema = z.strictObject({ reason: text() });

export const stepBodySchemas = {
  classify: classifySchema,
  assign: assignSchema,
  accept: emptySchema,
  return: returnSchema,
  path: messageSchema,
  progress: messageSchema,
  contribution: contributionSchema,
  delegate: delegateSchema,
  'delegate-report': contributionSchema,
  owner: personSchema,
  handler: personSchema,
  instruction: instructionSchema,
  escalate: escalateSchema,
  note: contributionSchema,
  contacts: contactSchema,
  extension: extensionSchema,
  'extension/decision': extensionDecisionSchema,
  supervision: supervisionSchema,
  resolve: resolveSchema,
  answer: answerSchema,
  'request-material': requestMaterialSchema,
  material: materialSchema,
  merge: mergeSchema,
  reassign: reassignSchema,
  rating: ratingSchema,
  explanation: explanationSchema,
  referral: referralSchema,
  close: closeSchema,
  'follow-ups': followUpSchema,
  withdraw: withdrawSchema,
} as const;

export type StepBodies = { [K in keyof typeof stepBodySchemas]: z.infer<(typeof stepBodySchemas)[K]> };
export type SubmitAppeal = z.infer<typeof submitAppealSchema>;
