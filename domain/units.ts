// The city's organisation as a tree of units (issue 15): the city's own departments, counties and parks beneath the
// city, and the departments and towns of a county or park beneath it (「市县乡村四级」 stops at the town here: villages
// are reached through their town).

export const UNIT_LEVELS = {
  city_department: '市直部门',
  county: '县市区',
  park: '园区',
  county_department: '县级部门',
  town: '乡镇（街道）',
} as const;

export type UnitLevel = keyof typeof UNIT_LEVELS;
export const UNIT_LEVEL_CODES = Object.keys(UNIT_LEVELS) as [UnitLevel, ...UnitLevel[]];

/** Where a unit of each level sits: beneath the city itself (no parent), or beneath a county or a park. */
const PARENT_LEVELS: Record<UnitLevel, readonly UnitLevel[] | null> = {
  city_department: null,
  county: null,
  park: null,
  county_department: ['county', 'park'],
  town: ['county', 'park'],
};

export interface PlacedUnit {
  code: string;
  level: UnitLevel;
  parent: string | null;
}

/** The unit of `level` that `code` is or sits beneath (a town's county, a county itself); null when none is. */
export function unitAtLevel(tree: ReadonlyMap<string, PlacedUnit>, code: string | null, level: UnitLevel): string | null {
  for (let unit = code === null ? undefined : tree.get(code); unit; unit = unit.parent === null ? undefined : tree.get(unit.parent)) {
    if (unit.level === level) return unit.code;
  }
  return null;
}

/**
 * Why `unit` cannot sit where it is placed, or undefined if it can: its parent must exist and be of a level that
 * holds units of its level, and its own children must still fit beneath it (a level changed by PATCH). Since every
 * parent is a level above its children, no chain of parents can come back to where it started.
 */
export function misplaced(
  unit: PlacedUnit,
  parent: PlacedUnit | undefined,
  children: readonly PlacedUnit[],
): { field: 'parent' | 'level'; message: string } | undefined {
  const allowed = PARENT_LEVELS[unit.level];
  if (unit.parent === unit.code) return { field: 'parent', message: 'a unit cannot be its own parent' };
  if (allowed === null && unit.parent !== null) return { field: 'parent', message: `a ${unit.level} sits beneath the city itself: parent must be null` };
  if (allowed !== null && unit.parent === null) return { field: 'parent', message: `a ${unit.level} needs a parent (${allowed.join(' or ')})` };
  if (unit.parent !== null && !parent) return { field: 'parent', message: `no unit ${unit.parent}` };
  if (allowed !== null && parent && !allowed.includes(parent.level)) {
    return { field: 'parent', message: `${parent.code} is a ${parent.level}; a ${unit.level} sits beneath a ${allowed.join(' or ')}` };
  }
  const stranded = children.find((child) => !PARENT_LEVELS[child.level]?.includes(unit.level));
  if (stranded) return { field: 'level', message: `${stranded.code} (a ${stranded.level}) sits beneath it and cannot sit beneath a ${unit.level}` };
  return undefined;
}
