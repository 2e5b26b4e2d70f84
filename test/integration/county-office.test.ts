import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, appealBody, startTestStack, type TestStack } from '../support/stack.js';
import { createCountyTree } from '../support/units.js';

// A county's office (an office token with a `unit`, issue 15): the office's powers over its own subtree only. It
// registers at its window, classifies and assigns within its units, reads the appeals registered there or led
// beneath it, and finds every other appeal missing (404); the city's office still reads them all.

let stack: TestStack;
let county: string;
let city: string;
const dept = (code: string) => stack.token('department', { department: code });

beforeAll(async () => {
  stack = await startTestStack();
  await createCountyTree(stack);
  await stack.api('POST', '/v1/departments', ADMIN, { code: 'sjxj', name: '市经信局' });
  county = await stack.token('office', { unit: 'fcx', label: '涪城区营商办' });
  city = await stack.token('office');
});
afterAll(() => stack?.teardown());

async function step(id: string, name: string, token: string, body: Record<string, unknown> = {}) {
  const answer = await stack.api('POST', `/v1/appeals/${id}/${name}`, token, body);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
}

describe('a county’s office', () => {
  it('takes an appeal from its window to closed through its own towns', async () => {
    const submitted = await stack.api('POST', '/v1/appeals', county, appealBody(undefined, { channel: 'service_window' }));
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    await step(id, 'classify', county, { classification: 'general', timeLimitDays: 10 });
    const outside = await stack.api('POST', `/v1/appeals/${id}/assign`, county, { lead: 'sjxj', co: ['axq-hsz'] });
    expect(outside.status).toBe(400);
    expect(outside.body.errors).toEqual([
      { field: 'lead', message: 'sjxj is not a unit of fcx' },
      { field: 'co.0', message: 'axq-hsz is not a unit of fcx' },
    ]);
    await step(id, 'assign', county, { lead: 'fcx-wjz', co: ['fcx-yjz'] });
    const town = await dept('fcx-wjz');
    await step(id, 'accept', town);
    await step(id, 'resolve', town, { summary: '已协调银行放款' });
    const closed = await step(id, 'rating', county, { result: 'satisfied', method: 'phone' });
    expect(closed).toMatchObject({ status: 'closed', closure: 'satisfied', leadDepartment: 'fcx-wjz' });
    expect(closed.unit).toBe('fcx');
    const classified = closed.timeline.find((e: { kind: string }) => e.kind === 'classified');
    expect(classified.actor).toEqual({ role: 'office', unit: 'fcx' });
    // The city's office reads it too, and may act on it.
    expect((await stack.api('GET', `/v1/appeals/${id}`, city)).status).toBe(200);
  });

  it('reads the appeals led beneath it and finds every other appeal missing', async () => {
    const register = async () => (await stack.api('POST', '/v1/appeals', city, appealBody(undefined, { channel: 'service_window' }))).body.id as string;
    const [ledByTown, ledByCity, unassigned] = [await register(), await register(), await register()];
    for (const [id, lead] of [
      [ledByTown, 'fcx-yjz'],
      [ledByCity, 'sjxj'],
    ] as const) {
      await step(id, 'classify', city, { classification: 'general', timeLimitDays: 10 });
      await step(id, 'assign', city, { lead });
    }
    expect((await stack.api('GET', `/v1/appeals/${ledByTown}`, county)).status).toBe(200);
    for (const id of [ledByCity, unassigned]) {
      const read = await stack.api('GET', `/v1/appeals/${id}`, county);
      expect(read.status).toBe(404);
      expect((await stack.api('POST', `/v1/appeals/${id}/close`, county, { reason: '不属于本区' })).status).toBe(404);
    }
    const listed = (await stack.api('GET', '/v1/appeals?limit=100', county)).body.items.map((a: { id: string }) => a.id);
    expect(listed).toContain(ledByTown);
    expect(listed).not.toContain(ledByCity);
    expect(listed).not.toContain(unassigned);
    const ledger = await stack.api('GET', '/v1/appeals', county, undefined, { accept: 'text/csv' });
    expect(ledger.status).toBe(200);
    expect(String(ledger.body).split('\r\n')[0]!.split(',').slice(-3)).toEqual(['unit', 'owner', 'instructed']);
    expect(String(ledger.body)).not.toContain(ledByCity);
    expect((await stack.api('GET', '/v1/appeals?limit=100', city)).body.items.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([ledByTown, ledByCity, unassigned]),
    );
    // Another county's office does not see what is led beneath this one.
    const other = await stack.token('office', { unit: 'axq' });
    expect((await stack.api('GET', `/v1/appeals/${ledByTown}`, other)).status).toBe(404);
  });

  it('has the figures of its subtree, which the city sees rolled up by county', async () => {
    // So far: one appeal from the county's window led by its town, one the city assigned to its other town, one led
    // by a city department and one not assigned.
    const rolledUp = (await stack.api('GET', '/v1/stats?groupBy=unit&level=county', city)).body;
    expect(rolledUp).toMatchObject({ groupBy: 'unit', level: 'county', total: { received: 4 } });
    expect(rolledUp.groups.map((g: { key: string | null; label: string; received: number }) => [g.key, g.label, g.received])).toEqual([
      ['fcx', '涪城区', 2],
      [null, '不属于任何县市区', 2],
    ]);
    const ofCounty = (await stack.api('GET', '/v1/stats', county)).body;
    expect(ofCounty).toMatchObject({ unit: 'fcx', total: { received: 2, solved: 1 } });
    expect(ofCounty.groups.map((g: { key: string }) => g.key).sort()).toEqual(['fcx-wjz', 'fcx-yjz']);
    expect((await stack.api('GET', '/v1/stats?unit=fcx', city)).body.total).toEqual(ofCounty.total);
    expect((await stack.api('GET', '/v1/stats?unit=fcx-wjz', county)).body.total).toMatchObject({ received: 1 });
    expect((await stack.api('GET', '/v1/stats?unit=axq', county)).status).toBe(404);
    expect((await stack.api('GET', '/v1/stats?unit=nowhere', city)).status).toBe(404);
    const towns = (await stack.api('GET', '/v1/stats/ranking?level=town', city)).body;
    expect(towns).toMatchObject({ level: 'town' });
    expect(towns.items.map((d: { key: string }) => d.key)).toEqual(['fcx-wjz', 'fcx-yjz']);
    const listed = (await stack.api('GET', '/v1/appeals?unit=fcx&limit=100', city)).body.items.map((a: { id: string }) => a.id).sort();
    expect(listed).toEqual((await stack.api('GET', '/v1/appeals?limit=100', county)).body.items.map((a: { id: string }) => a.id).sort());
    expect(listed).toHaveLength(2);
  });

  it('reaches its own appeals, units, codes and figures only, and no publication decisions', async () => {
    for (const path of ['/v1/departments?parent=fcx', '/v1/codes', '/v1/policy', '/v1/stats/ranking'])
      expect((await stack.api('GET', path, county)).status).toBe(200);
    for (const path of ['/v1/stats/departments/fcx-wjz', '/v1/notifications', '/v1/meetings', '/v1/reports']) {
      const refused = await stack.api('GET', path, county);
      expect(refused.status, path).toBe(403);
      expect(refused.body.detail).toMatch(/county's or park's office/);
    }
    expect((await stack.api('GET', '/v1/appeals?publication=pending', county)).status).toBe(403);
  });

  it('is issued for a county or park only, and only to the office role', async () => {
    const issue = (body: Record<string, unknown>) => stack.api('POST', '/v1/tokens', ADMIN, body);
    const town = await issue({ role: 'office', unit: 'fcx-wjz' });
    expect(town.status).toBe(400);
    expect(town.body.errors).toEqual([{ field: 'unit', message: 'fcx-wjz is a town, not a county or park' }]);
    expect((await issue({ role: 'office', unit: 'nowhere' })).body.errors).toEqual([{ field: 'unit', message: 'no unit nowhere' }]);
    expect((await issue({ role: 'department', department: 'fcx-wjz', unit: 'fcx' })).body.errors).toEqual([
      { field: 'unit', message: expect.stringMatching(/only for the office role/) },
    ]);
    expect((await issue({ role: 'office', unit: 'fcx' })).body).toMatchObject({ role: 'office', unit: 'fcx' });
  });
});
