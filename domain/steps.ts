import { z } from 'zod';
import { APPEAL_KINDS, CHANNELS, SUBMITTER_KINDS, codesOf } from './codes.js';
import { buildAll } from './once.js';
import * as bodies from './step-bodies.js';

// One schema per request body: it validates input, types the workflow's Update arguments and generates the
// OpenAPI document. Those a workflow checks a step with are defined in domain/step-bodies.ts and built here once,
// for the API, which validates with every one of them. Strict objects, because unknown fields are rejected
// (CONTRACT.md §3, input rules).

export { text, type StepBodies } from './step-bodies.js';

export const creditCode = bodies.creditCode();
export const phone = bodies.phone();
export const personId = bodies.personId();
export const departmentCode = bodies.departmentCode();
export const emptySchema = bodies.emptySchema();
export const ratingSchema = bodies.ratingSchema();
export const stepBodySchemas = buildAll(bodies.stepBodySchemas);

/** A yes/no filter of a list's query (`?overdue=true`). */
export const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Someone who raises an appeal on an enterprise's behalf, or the enterprise's own contact (issue 16). */
export const submitterSchema = z.strictObject({
  kind: z.enum(codesOf(SUBMITTER_KINDS)),
  name: bodies.text(100),
  phone,
  organisation: bodies.text(200).optional(),
  /** Where a WeChat Official Account reaches them (a submission from inside WeChat knows it). */
  wechatOpenId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{6,64}$/, 'must be a WeChat openid')
    .optional(),
});

export const submitAppealSchema = z.strictObject({
  enterprise: bodies.enterpriseSchema(),
  submitter: submitterSchema.optional(),
  channel: z.enum(codesOf(CHANNELS)).optional(),
  category: z.string().regex(/^[a-z0-9_]{1,64}$/, 'must be a category code'),
  title: bodies.text(200),
  description: bodies.text(5000),
  disclose: z.boolean().optional(),
  meetingId: z.string().max(100).optional(),
  kind: z.enum(codesOf(APPEAL_KINDS)).optional().describe('problem (default), consultation or suggestion: each kind has its own time limit and figures'),
});

export type SubmitAppeal = z.infer<typeof submitAppealSchema>;
