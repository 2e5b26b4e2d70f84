import { z } from 'zod';
import { ACCOUNTABILITY_KINDS } from './accountability.js';
import { accountabilityBodySchemas } from './accountability-bodies.js';
import { codesOf } from './codes.js';
import { buildAll } from './once.js';
import { departmentCode, personId, text } from './steps.js';

// One schema per accountability body (issue 18): validation, the Updates' argument types and the OpenAPI document.
// Those a workflow checks a step with are defined in domain/accountability-bodies.ts and built here, for the API.

export type { AccountabilityBodies } from './accountability-bodies.js';

export const { rectification: rectificationSchema, outcome: outcomeSchema, finding: findingSchema } = buildAll(accountabilityBodySchemas);

export const accountabilityKind = z.enum(codesOf(ACCOUNTABILITY_KINDS));

export const createAccountabilitySchema = z.strictObject({
  kind: accountabilityKind,
  unit: departmentCode,
  persons: z.array(personId).max(50).optional(),
  appeals: z.array(z.string().min(1).max(100)).min(1).max(100),
  text: text(5000),
  rectifyWorkingDays: z.number().int().min(1).max(120).optional().meta({ description: 'default: the policy’s rectifyWorkingDays (20)' }),
});
