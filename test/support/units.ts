import { ADMIN, type TestStack } from './product-stack.js';

// A small tree of units (issue 15) for the tests of counties, towns and their offices: two counties, fcx with two
// towns and axq with one.

export const COUNTY_TREE = [
  { code: 'fcx', name: '涪城区', level: 'county' },
  { code: 'fcx-wjz', name: '吴家镇', level: 'town', parent: 'fcx' },
  { code: 'fcx-yjz', name: '杨家镇', level: 'town', parent: 'fcx' },
  { code: 'axq', name: '安州区', level: 'county' },
  { code: 'axq-hsz', name: '花荄镇', level: 'town', parent: 'axq' },
] as const;

export async function createCountyTree(stack: TestStack): Promise<void> {
  for (const unit of COUNTY_TREE) {
    const created = await stack.api('POST', '/v1/departments', ADMIN, unit);
    if (created.status !== 201) throw new Error(`creating ${unit.code}: ${created.status} ${JSON.stringify(created.body)}`);
  }
}
