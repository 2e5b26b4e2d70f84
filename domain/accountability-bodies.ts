import { z } from 'zod';
import { FINDING_RESULTS, OUTCOME_RESULTS, type AccountabilityStep } from './accountability.js';
import { codesOf } from './codes.js';
import { once } from './once.js';
import { text } from './step-bodies.js';

// The schemas of the accountability steps' bodies (issue 18), each built on first use (domain/once.ts), as the
// appeal steps' are (domain/step-bodies.ts); domain/accountability-schemas.ts exports them built, for the API.

const rectificationSchema = once(() => z.strictObject({ text: text(5000) }));
const outcomeSchema = once(() => z.strictObject({ result: z.enum(codesOf(OUTCOME_RESULTS)), note: text(2000) }));
const findingSchema = once(() => z.strictObject({ result: z.enum(codesOf(FINDING_RESULTS)), note: text(2000) }));

/** Each step's body schema, built when first asked for. */
export const accountabilityBodySchemas = {
  rectification: rectificationSchema,
  outcome: outcomeSchema,
  finding: findingSchema,
} satisfies Record<AccountabilityStep, () => z.ZodType>;

export type AccountabilityBodies = { [S in AccountabilityStep]: z.infer<ReturnType<(typeof accountabilityBodySchemas)[S]>> };
