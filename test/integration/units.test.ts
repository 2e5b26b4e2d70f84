import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestStack, type TestStack } from '../support/stack.js';

// Units as a tree (issue 15): the city's departments, counties and parks beneath the city; a county's departments
// and towns beneath it. A unit placed where the tree does not hold it is 400, naming the field.

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.teardown());

const create = (body: Record<string, unknown>) => stack.api('POST', '/v1/departments', ADMIN, body);
const patch = (code: string, body: Record<string, unknown>) => stack.api('PATCH', `/v1/departments/${code}`, ADMIN, body);
const codes = (answer: { body: { items: { code: string }[] } }) => answer.body.items.map((d) => d.code);

describe('the unit tree', () => {
  it('places counties, parks, their departments and towns, and lists them by parent and level', async () => {
    expect((await create({ code: 'fcx', name: '涪城区', level: 'county' })).body).toMatchObject({ code: 'fcx', level: 'county', parent: null });
    expect((await create({ code: 'kgq', name: '科技城新区', level: 'park' })).status).toBe(201);
    const town = await create({ code: 'fcx-wjz', name: '吴家镇', level: 'town', parent: 'fcx' });
    expect(town.status).toBe(201);
    expect(town.body).toMatchObject({ code: 'fcx-wjz', name: '吴家镇', level: 'town', parent: 'fcx', active: true });
    expect((await create({ code: 'fcx-jjj', name: '涪城区经信局', level: 'county_department', parent: 'fcx' })).status).toBe(201);
    expect((await create({ code: 'kgq-zsj', name: '科技城招商局', level: 'county_department', parent: 'kgq' })).status).toBe(201);
    // Without a level, a department is one of the city's own, as every department was before the tree.
    expect((await create({ code: 'sjxj', name: '市经信局' })).body).toMatchObject({ level: 'city_department', parent: null });

    const department = await stack.token('department', { department: 'fcx-wjz' });
    expect(codes(await stack.api('GET', '/v1/departments?parent=fcx', department))).toEqual(['fcx-jjj', 'fcx-wjz']);
    expect(codes(await stack.api('GET', '/v1/departments?level=county_department', department))).toEqual(['fcx-jjj', 'kgq-zsj']);
    expect(codes(await stack.api('GET', '/v1/departments?parent=fcx&level=town', department))).toEqual(['fcx-wjz']);
    const invalid = await stack.api('GET', '/v1/departments?level=village', department);
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ field: 'level' })]);

    const levels = (await stack.api('GET', '/v1/codes', department)).body.unitLevels;
    expect(levels).toMatchObject({ county: '县市区', town: '乡镇（街道）' });
  });

  it('refuses a parent of the wrong level, a missing or unknown parent, and a unit as its own parent', async () => {
    await create({ code: 'axq', name: '安州区', level: 'county' });
    await create({ code: 'axq-hsz', name: '花荄镇', level: 'town', parent: 'axq' });
    const refused = async (answer: Promise<{ status: number; body: { errors: { field: string; message: string }[] } }>, field: string, message: RegExp) => {
      const { status, body } = await answer;
      expect(status).toBe(400);
      expect(body.errors).toEqual([{ field, message: expect.stringMatching(message) }]);
    };
    await refused(create({ code: 'x1', name: '某镇', level: 'town', parent: 'axq-hsz' }), 'parent', /axq-hsz is a town; a town sits beneath a county or park/);
    await refused(create({ code: 'x2', name: '某镇', level: 'town' }), 'parent', /needs a parent/);
    await refused(create({ code: 'x3', name: '某镇', level: 'town', parent: 'nowhere' }), 'parent', /no unit nowhere/);
    await refused(create({ code: 'x4', name: '某县', level: 'county', parent: 'axq' }), 'parent', /beneath the city itself/);
    await refused(patch('axq', { parent: 'axq' }), 'parent', /its own parent/);
    // A county with towns beneath it cannot become a town: the tree would go round (axq beneath a county, its towns beneath it).
    await refused(patch('axq', { level: 'town', parent: 'fcx' }), 'level', /axq-hsz \(a town\) sits beneath it/);
    expect((await stack.api('GET', '/v1/departments?parent=axq', ADMIN)).body.items).toHaveLength(1);
  });

  it('moves a unit to another parent of a level that holds it', async () => {
    await create({ code: 'yxq', name: '游仙区', level: 'county' });
    await create({ code: 'yxq-sgz', name: '石马镇', level: 'town', parent: 'yxq' });
    const moved = await patch('yxq-sgz', { parent: 'fcx' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ code: 'yxq-sgz', level: 'town', parent: 'fcx' });
    // A county without units beneath it can be turned into a park.
    expect((await patch('yxq', { level: 'park' })).body).toMatchObject({ level: 'park', parent: null });
  });
});
