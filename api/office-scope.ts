import type { Kysely } from 'kysely';
import type { UnitSubtree } from '../db/appeals.js';
import { unitsWithin } from '../db/departments.js';
import type { Database } from '../db/schema.js';
import type { Caller } from './auth.js';
import { notFound } from './problem.js';

// A county's or park's office (an office token with a `unit`, issue 15) has the office's powers over its subtree
// only: it reaches the appeals registered at its window or led by a unit beneath it, assigns within it, and calls
// only the routes that honour a unit (RouteSpec.unitScoped). An appeal outside is 404 to it, as if not there.

export interface OfficeScope {
  unit: string;
  /** The unit and every unit beneath it. */
  units: ReadonlySet<string>;
}

/** The caller's subtree when it is a county's or park's office; undefined for everyone else. */
export async function officeScope(db: Kysely<Database>, caller: Caller): Promise<OfficeScope | undefined> {
  if (caller.role !== 'office' || !caller.unit) return undefined;
  return { unit: caller.unit, units: new Set(await unitsWithin(db, caller.unit)) };
}

export function withinScope(scope: OfficeScope | undefined, appeal: { unit?: string | null; leadDepartment: string | null }): boolean {
  return !scope || appeal.unit === scope.unit || (appeal.leadDepartment !== null && scope.units.has(appeal.leadDepartment));
}

/**
 * The subtree a figure or list keeps to: `?unit=` if asked (within the caller's own, for a county's office), else the
 * county's office's own; undefined for the city's whole ledger. A unit that does not exist, or is not the caller's to
 * see, is 404.
 */
export async function subtreeOf(db: Kysely<Database>, asked: string | undefined, scope: OfficeScope | undefined): Promise<UnitSubtree | undefined> {
  const unit = asked ?? scope?.unit;
  if (unit === undefined) return undefined;
  const units = scope && !scope.units.has(unit) ? [] : await unitsWithin(db, unit);
  if (units.length === 0) throw notFound(`no unit ${unit}`);
  return { unit, units };
}

/** Whether `caller` is a county's or park's office: a route that does not honour its unit refuses it. */
export const isUnitOffice = (caller: Caller) => caller.role === 'office' && caller.unit !== undefined;
