import { z } from 'zod';
import { isValidCreditCode, isValidPhone } from './credit-code.js';
import { instant } from './date-schemas.js';
import { CLASSIFICATIONS, FOLLOW_UP_OUTCOMES, RATING_METHODS, RATING_RESULTS, REFERRAL_CAUSES, codesOf } from './codes.js';
import { once } from './once.js';

// The schemas of the appeal steps' bodies and of what they are made of, each built on first use (domain/once.ts):
// a workflow checks a step's body with the very schema the API validates it with, and builds only that one.
// domain/steps.ts exports them built, for the API. Strict objects, because unknown fields are rejected
// (CONTRACT.md §3, input rules).

export const text = (max = 500) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

export const creditCode = once(() =>
  z
    .string()
    .refine(isValidCreditCode, 'must be an 18-character unified social credit code with a valid check character (GB 32100-2015)')
    .meta({ example: '91510700MA62BAR50B' }),
);

export const phone = once(() => z.string().refine(isValidPhone, 'must be a mainland mobile (1[3-9] + 9 digits) or a landline with area code'));

/** A person's id (issue 15), as `POST /v1/people` hands it out. */
export const personId = once(() => z.string().min(1).max(100));

export const departmentCode = once(() => z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lowercase letters, digits and dashes'));

export const enterpriseSchema = once(() =>
  z.strictObject({
    name: text(200),
    creditCode: creditCode(),
    contact: z.strictObject({ name: text(100), phone: phone() }),
  }),
);

/** An appeal's id as the API hands it out. */
export const appealId = once(() => z.string().min(1).max(100));

/** Evidence uploaded to the appeal beforehand (`POST /v1/appeals/:id/attachments`), by id. */
const attachments = once(() => z.array(z.string().min(1).max(100)).max(50).optional());

export const classifySchema = once(() =>
  z.strictObject({
    classification: z.enum(codesOf(CLASSIFICATIONS)),
    timeLimitDays: z.number().int().min(1).max(120).optional(),
  }),
);

export const assignSchema = once(() =>
  z.strictObject({
    lead: departmentCode(),
    co: z.array(departmentCode()).max(20).optional(),
  }),
);

export const emptySchema = once(() => z.strictObject({}));
const returnSchema = once(() => z.strictObject({ reason: text() }));
const messageSchema = once(() => z.strictObject({ message: text(5000), attachments: attachments() }));
const extensionSchema = once(() => z.strictObject({ workingDays: z.number().int().min(1).max(30), reason: text() }));
const extensionDecisionSchema = once(() => z.strictObject({ approve: z.boolean(), note: text().optional() }));
const supervisionSchema = once(() =>
  z.strictObject({
    reason: text(),
    reportEveryWorkingDays: z.number().int().min(1).max(60).optional(),
    leaderAssigned: z.boolean().optional(),
  }),
);
const resolveSchema = once(() => z.strictObject({ summary: text(5000), attachments: attachments() }));
export const answerSchema = once(() =>
  z.strictObject({
    text: text(5000),
    basis: text(1000).optional().describe('the policy the answer rests on (政策依据)'),
    attachments: attachments(),
  }),
);
const requestMaterialSchema = once(() => z.strictObject({ what: text(2000), timeLimitDays: z.number().int().min(1).max(30) }));
const materialSchema = once(() => z.strictObject({ text: text(5000), attachments: attachments() }));
const mergeSchema = once(() => z.strictObject({ into: appealId(), reason: text() }));
const reassignSchema = once(() => z.strictObject({ lead: departmentCode(), co: z.array(departmentCode()).max(20).optional(), reason: text() }));
export const ratingSchema = once(() =>
  z.strictObject({
    result: z.enum(codesOf(RATING_RESULTS)),
    method: z.enum(codesOf(RATING_METHODS)),
    comment: text().optional(),
  }),
);
const explanationSchema = once(() => z.strictObject({ text: text(5000), attachments: attachments() }));
const contributionSchema = once(() => z.strictObject({ text: text(5000) }));
const personSchema = once(() => z.strictObject({ person: z.string().min(1).max(100) }));
const instructionSchema = once(() => z.strictObject({ text: text(5000), reportEveryWorkingDays: z.number().int().min(1).max(60).optional() }));
const escalateSchema = once(() => z.strictObject({ reason: text(), meetingId: z.string().min(1).max(100).optional() }));
const contactSchema = once(() =>
  z.strictObject({
    method: z.enum(['phone', 'visit', 'message']),
    summary: text(1000),
    /** When the contact happened, if not now; never in the future. */
    at: instant().optional(),
  }),
);
const delegateSchema = once(() => z.strictObject({ to: departmentCode(), timeLimitDays: z.number().int().min(1).max(60), note: text() }));
const referralSchema = once(() => z.strictObject({ cause: z.enum(codesOf(REFERRAL_CAUSES)), note: text() }));
const closeSchema = once(() => z.strictObject({ reason: text() }));
const followUpSchema = once(() =>
  z.strictObject({
    outcome: z.enum(['stable', 'rebound'] satisfies (keyof typeof FOLLOW_UP_OUTCOMES)[]),
    note: text().optional(),
  }),
);
const withdrawSchema = once(() => z.strictObject({ reason: text() }));

/** Each step's body schema, built when first asked for. */
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

export type StepBodies = { [K in keyof typeof stepBodySchemas]: z.infer<ReturnType<(typeof stepBodySchemas)[K]>> };
