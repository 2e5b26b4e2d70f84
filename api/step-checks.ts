import type { Kysely } from 'kysely';
import type { AppealKind } from '../domain/codes.js';
import { flagLimit } from '../domain/enterprise.js';
import type { StepBodies } from '../domain/steps.js';
import { inactiveOrUnknown } from '../db/departments.js';
import { findEnterprise } from '../db/enterprises.js';
import { loadPolicy } from '../db/policy.js';
import type { Policy } from '../domain/policy.js';
import type { Database } from '../db/schema.js';
import { badRequest } from './problem.js';

// Checks of `classify` and `assign` that need the policy or the departments: the appeal's own steps and the
// decisions a meeting takes at the table for its problems (issue 19) answer the same 400s. `at` prefixes the
// fields named, for a check inside a larger body.

/** What the limit depends on besides the classification: the appeal's kind and its enterprise's flags. */
export interface Classified {
  kind: AppealKind;
  creditCode: string;
}

/**
 * The time limit a classification gives, as the policy allows it (400 on a limit it does not); a flagged
 * enterprise's appeal gets at most its flags' limit, whatever was asked (issue 18).
 */
export async function classifiedLimit(db: Kysely<Database>, body: StepBodies['classify'], { kind, creditCode }: Classified, at = ''): Promise<number> {
  const [policy, enterprise] = await Promise.all([loadPolicy(db), findEnterprise(db, creditCode)]);
  const days = asClassified(policy, body, kind, at);
  const cap = flagLimit(enterprise?.flags ?? [], policy.flagLimits);
  return cap === undefined ? days : Math.min(days, cap);
}

function asClassified(policy: Policy, { classification, timeLimitDays }: StepBodies['classify'], kind: AppealKind, at: string): number {
  const { limits } = policy;
  const invalid = (message: string) => badRequest([{ field: `${at}timeLimitDays`, message }]);
  if (kind !== 'problem') {
    // A consultation's or suggestion's limit is its kind's, whatever its classification (issue 17).
    const limit = policy.kindLimits[kind];
    if (timeLimitDays !== undefined && timeLimitDays > limit) throw invalid(`a ${kind}'s limit is at most ${limit}`);
    return timeLimitDays ?? limit;
  }
  if (classification === 'simple') {
    if (timeLimitDays !== undefined && timeLimitDays !== limits.simple) throw invalid(`a simple appeal's limit is ${limits.simple}`);
    return limits.simple;
  }
  if (classification === 'general') {
    if (timeLimitDays === undefined || !limits.general.includes(timeLimitDays)) throw invalid(`must be one of ${limits.general.join(', ')}`);
    return timeLimitDays;
  }
  const days = timeLimitDays ?? limits.complex;
  if (days > limits.complexMax) throw invalid(`must be 1–${limits.complexMax}`);
  return days;
}

/** 400 unless the lead and every co-department are active departments. */
export async function checkAssignees(db: Kysely<Database>, { lead, co = [] }: StepBodies['assign'], at = ''): Promise<void> {
  const unknown = await inactiveOrUnknown(db, [lead, ...co]);
  if (unknown.length > 0) {
    throw badRequest(
      unknown.map((code) => ({
        field: `${at}${code === lead ? 'lead' : `co.${co.indexOf(code)}`}`,
        message: `${code} is not an active department`,
      })),
    );
  }
}
