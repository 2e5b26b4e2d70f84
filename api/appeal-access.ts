import type { Kysely } from 'kysely';
import type { AppealState } from '../domain/appeal.js';
import { referredInRecord } from '../db/accountability.js';
import { findAppealState } from '../db/appeals.js';
import { findRegistering, type Registering } from '../db/registering.js';
import type { Database } from '../db/schema.js';
import type { Caller } from './auth.js';
import { readsAppeal } from './audience.js';
import { officeScope, withinScope } from './office-scope.js';
import { forbidden, notFound } from './problem.js';

// Whether a caller may read an appeal, decided once for the appeal itself (`GET /v1/appeals/:id`) and for what
// hangs off it (its attachments): an unknown appeal, or one outside a county's office's reach, is 404; another's is 403.

/** The appeal on the ledger, or the submission still registering (answered 202). */
export type ReadableAppeal = { state: AppealState } | { registering: Registering };

export async function readableAppeal(db: Kysely<Database>, caller: Caller, id: string): Promise<ReadableAppeal> {
  const [s, scope] = await Promise.all([findAppealState(db, id), officeScope(db, caller)]);
  if (s) {
    if (!withinScope(scope, s)) throw notFound(`no appeal ${id}`);
    // The units a part was delegated to read the appeal too, as long as it is on the ledger.
    const delegatedTo = (s.delegations ?? []).map((d) => d.to);
    const departments = [...(s.leadDepartment ? [s.leadDepartment] : []), ...s.coDepartments, ...delegatedTo];
    const instructedBy = (s.instructions ?? []).map((i) => i.by);
    const referred = caller.role === 'commission' && (await referredInRecord(db, id));
    if (!readsAppeal(caller, { creditCode: s.enterprise.creditCode, departments, instructedBy, referred })) throw forbidden('this appeal is not yours to read');
    return { state: s };
  }
  const registering = await findRegistering(db, id);
  if (!registering || !withinScope(scope, { unit: registering.unit, leadDepartment: null })) throw notFound(`no appeal ${id}`);
  if (!readsAppeal(caller, { creditCode: registering.creditCode, departments: [] })) throw forbidden('this appeal is not yours to read');
  return { registering };
}
