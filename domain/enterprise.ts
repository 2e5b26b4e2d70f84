import { z } from 'zod';
import { ENTERPRISE_FLAGS, ENTERPRISE_SIZES, codesOf, type EnterpriseFlag } from './codes.js';
import type { Policy } from './policy.js';
import { departmentCode, text } from './steps.js';

// The enterprises register (issue 18): what the office may change of an enterprise, and what its flags do to the
// limits of its appeals. The register itself is filled from submissions (db/enterprises.ts).

export const enterpriseFlag = z.enum(codesOf(ENTERPRISE_FLAGS));

/** `PUT /v1/enterprises/:creditCode`: only the fields given change; null clears one. */
export const enterpriseUpdateSchema = z.strictObject({
  name: text(200).optional(),
  unit: departmentCode.nullable().optional().describe('the county or park the enterprise belongs to'),
  industry: text(100).nullable().optional(),
  size: z.enum(codesOf(ENTERPRISE_SIZES)).nullable().optional(),
  flags: z
    .array(enterpriseFlag)
    .refine((flags) => new Set(flags).size === flags.length, 'must not repeat a flag')
    .optional(),
});

export type EnterpriseUpdate = z.infer<typeof enterpriseUpdateSchema>;

/** The shortest limit the policy gives any of the enterprise's flags; undefined when none has one. */
export function flagLimit(flags: readonly EnterpriseFlag[], limits: Policy['flagLimits']): number | undefined {
  const days = flags.flatMap((f) => (limits[f] === null ? [] : [limits[f]]));
  return days.length === 0 ? undefined : Math.min(...days);
}
