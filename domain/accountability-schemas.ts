import { z } from 'zod';
import { ACCOUNTABILITY_KINDS, FINDING_RESULTS, OUTCOME_RESULTS, type AccountabilityStep } from './accountability.js';
import { codesOf } from './codes.js';
import { departmentCode, personId, text } from './steps.js';

// One schema per accountability body (issue 18): validation, the Updates' argument types and the OpenAPI document.

export const accountabilityKind = z.enum(codesOf(ACCOUNTABILITY_KINDS));

export const createAccountabilitySchema = z.strictObject({
  kind: accountabilityKind,
  unit: departmentCode,
  persons: z.array(personId).max(50).optional(),
  appeals: z.array(z.string().min(1).max(100)).min(1).max(100),
  text: text(5000),
  rectifyWorkingDays: z.number().int().min(1).max(120).optional().meta({ description: 'default: the policy’s rectifyWorkingDays (20)' }),
});

export const rectificationSchema = z.strictObject({ text: text(5000) });
export const outcomeSchema = z.strictObject({ result: z.enum(codesOf(OUTCOME_RESULTS)), note: text(2000) });
export const findingSchema = z.strictObject({ result: z.enum(codesOf(FINDING_RESULTS)), note: text(2000) });

export const accountabilityBodySchemas = {
  rectification: rectificationSchema,
  outcome: outcomeSchema,
  finding: findingSchema,
} satisfies Record<AccountabilityStep, z.ZodType>;

export type AccountabilityBodies = { [S in AccountabilityStep]: z.infer<(typeof accountabilityBodySchemas)[S]> };
