import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/dates.js';
import { ADMIN, appealBody, newCreditCode, startTestStack, type Answer, type TestStack } from '../support/stack.js';
import { at, day, iso, lifecycle, tokensFor, type Tokens } from '../support/lifecycle.js';

// People of the units (issue 15): created and listed by the office, tokens issued to them, and every event such a
// token writes names the person for the government and never for the enterprise; a retired person's token is 401.

let stack: TestStack;
let tokens: Tokens;

const UNIT = 'people-dept';
const OTHER = 'people-other';
const CLOSED = 'people-closed';

type Person = { id: string; name: string; unit: string; phone?: string | null; duties: string[]; active: boolean };

async function addPerson(body: Record<string, unknown>, token = tokens.office): Promise<Person> {
  const created = await stack.api('POST', '/v1/people', token, body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect(created.headers.get('location')).toBe(`/v1/people/${created.body.id}`);
  return created.body;
}

const fields = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);

beforeAll(async () => {
  stack = await startTestStack();
  tokens = await tokensFor(stack, [UNIT, OTHER, CLOSED]);
  expect((await stack.api('PATCH', `/v1/departments/${CLOSED}`, ADMIN, { active: false })).status).toBe(200);
});
afterAll(() => stack?.teardown());

describe('POST /v1/people', () => {
  it('creates a person of an active unit (office or admin), 201 with Location, readable there', async () => {
    const person = await addPerson({ name: '王建国', unit: UNIT, phone: '0816-2345678', duties: ['handler', 'case_owner'] });
    expect(person).toMatchObject({ name: '王建国', unit: UNIT, phone: '0816-2345678', duties: ['handler', 'case_owner'], active: true });
    const read = await stack.api('GET', `/v1/people/${person.id}`, tokens.office);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(person);
    const byAdmin = await addPerson({ name: '李分管', unit: OTHER, duties: ['leader'] }, ADMIN);
    expect(byAdmin.phone).toBeNull();
  });

  it.each([
    ['an unknown unit', { name: '张三', unit: 'no-such-unit', duties: ['handler'] }, ['unit']],
    ['an inactive unit', { name: '张三', unit: CLOSED, duties: ['handler'] }, ['unit']],
    ['an unknown duty', { name: '张三', unit: UNIT, duties: ['handler', 'boss'] }, ['duties.1']],
    ['a repeated duty', { name: '张三', unit: UNIT, duties: ['handler', 'handler'] }, ['duties']],
    ['no duty', { name: '张三', unit: UNIT, duties: [] }, ['duties']],
    ['a malformed phone', { name: '张三', unit: UNIT, phone: '12345', duties: ['handler'] }, ['phone']],
    ['an unknown field', { name: '张三', unit: UNIT, duties: ['handler'], email: 'a@b.cn' }, ['email']],
    ['no name', { unit: UNIT, duties: ['handler'] }, ['name']],
  ])('answers 400 naming the field for %s', async (_, body, named) => {
    const answer = await stack.api('POST', '/v1/people', tokens.office, body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(fields(answer)).toEqual(named);
  });

  it('is the office’s and the admin’s: 403 to departments and enterprises', async () => {
    const body = { name: '张三', unit: UNIT, duties: ['handler'] };
    expect((await stack.api('POST', '/v1/people', await tokens.dept(UNIT), body)).status).toBe(403);
    expect((await stack.api('POST', '/v1/people', await tokens.enterprise(newCreditCode()), body)).status).toBe(403);
  });
});

describe('GET /v1/people and PATCH /v1/people/:id', () => {
  let handler: Person;
  let owner: Person;
  let leader: Person;
  let elsewhere: Person;

  beforeAll(async () => {
    handler = await addPerson({ name: '赵经办', unit: UNIT, phone: '13900001111', duties: ['handler'] });
    owner = await addPerson({ name: '钱承办', unit: UNIT, duties: ['case_owner', 'handler'] });
    leader = await addPerson({ name: '孙分管', unit: UNIT, duties: ['leader'] });
    elsewhere = await addPerson({ name: '周经办', unit: OTHER, duties: ['handler'] });
  });

  const ids = (answer: Answer) => (answer.body.items as Person[]).map((p) => p.id);

  it('filters by unit, duty and active, by unit then name', async () => {
    const ofUnit = await stack.api('GET', `/v1/people?unit=${UNIT}`, tokens.office);
    expect(ofUnit.status).toBe(200);
    expect(ids(ofUnit)).toEqual(expect.arrayContaining([handler.id, owner.id, leader.id]));
    expect(ids(ofUnit)).not.toContain(elsewhere.id);
    const handlers = ids(await stack.api('GET', `/v1/people?unit=${UNIT}&duty=handler`, tokens.office));
    expect(handlers).toEqual(expect.arrayContaining([handler.id, owner.id]));
    expect(handlers).not.toContain(leader.id);
    expect(ids(await stack.api('GET', `/v1/people?duty=leader&unit=${UNIT}`, tokens.office))).toEqual([leader.id]);
    const everyone = ids(await stack.api('GET', '/v1/people', tokens.office));
    expect(everyone).toEqual(expect.arrayContaining([handler.id, elsewhere.id]));
    const bad = await stack.api('GET', '/v1/people?duty=boss', tokens.office);
    expect(bad.status).toBe(400);
    expect(fields(bad)).toEqual(['duty']);
  });

  it('changes name, phone and duties; a retired person is listed by active=false', async () => {
    const changed = await stack.api('PATCH', `/v1/people/${leader.id}`, tokens.office, {
      name: '孙主任',
      phone: '13900002222',
      duties: ['leader', 'case_owner'],
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ id: leader.id, name: '孙主任', phone: '13900002222', duties: ['leader', 'case_owner'], active: true });
    expect((await stack.api('PATCH', `/v1/people/${leader.id}`, tokens.office, { phone: null })).body.phone).toBeNull();
    expect((await stack.api('PATCH', `/v1/people/${leader.id}`, ADMIN, { active: false })).body.active).toBe(false);
    expect(ids(await stack.api('GET', `/v1/people?unit=${UNIT}&active=false`, tokens.office))).toEqual([leader.id]);
    expect(ids(await stack.api('GET', `/v1/people?unit=${UNIT}&active=true`, tokens.office))).not.toContain(leader.id);
    const bad = await stack.api('PATCH', `/v1/people/${leader.id}`, tokens.office, { duties: ['boss'], unit: OTHER });
    expect(bad.status).toBe(400);
    expect(fields(bad).sort()).toEqual(['duties.0', 'unit']);
    expect((await stack.api('PATCH', '/v1/people/nobody', tokens.office, { name: '无名' })).status).toBe(404);
    expect((await stack.api('PATCH', `/v1/people/${leader.id}`, await tokens.dept(UNIT), { name: '自改' })).status).toBe(403);
  });

  it('a department reads the people of its own unit, phones included; another unit’s is 403; enterprises 403', async () => {
    const dept = await tokens.dept(UNIT);
    const own = await stack.api('GET', '/v1/people', dept);
    expect(own.status).toBe(200);
    expect(ids(own)).toContain(handler.id);
    expect(ids(own)).not.toContain(elsewhere.id);
    expect((own.body.items as Person[]).find((p) => p.id === handler.id)?.phone).toBe('13900001111');
    expect((await stack.api('GET', `/v1/people?unit=${UNIT}`, dept)).status).toBe(200);
    expect((await stack.api('GET', `/v1/people?unit=${OTHER}`, dept)).status).toBe(403);
    expect((await stack.api('GET', `/v1/people/${handler.id}`, dept)).body.phone).toBe('13900001111');
    expect((await stack.api('GET', `/v1/people/${elsewhere.id}`, dept)).status).toBe(403);
    expect((await stack.api('GET', '/v1/people/nobody', dept)).status).toBe(404);
    const enterprise = await tokens.enterprise(newCreditCode());
    expect((await stack.api('GET', '/v1/people', enterprise)).status).toBe(403);
    expect((await stack.api('GET', `/v1/people/${handler.id}`, enterprise)).status).toBe(403);
  });
});

describe('tokens issued to a person', () => {
  let handler: Person;
  let clerk: Person;

  beforeAll(async () => {
    handler = await addPerson({ name: '吴经办', unit: UNIT, phone: '13900003333', duties: ['handler'] });
    clerk = await addPerson({ name: '郑科员', unit: OTHER, duties: ['handler'] });
  });

  const issue = (body: Record<string, unknown>) => stack.api('POST', '/v1/tokens', ADMIN, body);

  it('a department token takes the person’s unit, or must name it; an office token may name anyone', async () => {
    const implied = await issue({ role: 'department', person: handler.id });
    expect(implied.status, JSON.stringify(implied.body)).toBe(201);
    expect(implied.body).toMatchObject({ role: 'department', department: UNIT, person: handler.id });
    expect((await issue({ role: 'department', department: UNIT, person: handler.id })).status).toBe(201);
    const office = await issue({ role: 'office', person: clerk.id, label: '营商办借调' });
    expect(office.status).toBe(201);
    expect(office.body).toMatchObject({ role: 'office', department: null, person: clerk.id });
    const listed = (await stack.api('GET', '/v1/tokens', ADMIN)).body.items as { id: string; person: string | null }[];
    expect(listed.find((t) => t.id === implied.body.id)?.person).toBe(handler.id);
  });

  it.each([
    ['an enterprise token naming a person', () => ({ role: 'enterprise', creditCode: newCreditCode(), person: handler.id }), ['person']],
    ['a person who does not exist', () => ({ role: 'department', person: 'nobody' }), ['person']],
    ['a department token for another unit than its person’s', () => ({ role: 'department', department: OTHER, person: handler.id }), ['department']],
  ])('answers 400 for %s', async (_, body, named) => {
    const answer = await issue(body());
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(fields(answer)).toEqual(named);
  });

  it('every event the token writes names the person, for the office and departments, never for the enterprise', async () => {
    const personal = (await issue({ role: 'department', person: handler.id })).body.token as string;
    const officer = await addPerson({ name: '冯主任', unit: OTHER, duties: ['leader'] });
    const officeToken = (await issue({ role: 'office', person: officer.id })).body.token as string;
    const L = lifecycle(stack, tokens);
    const cc = newCreditCode();
    const enterprise = await tokens.enterprise(cc);
    const created = await stack.api('POST', '/v1/appeals', enterprise, appealBody(cc));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    await L.step(id, 'classify', officeToken, { classification: 'general', timeLimitDays: 10 });
    await L.step(id, 'assign', tokens.office, { lead: UNIT });
    const answer = await L.step(id, 'accept', personal);
    await L.step(id, 'path', personal, { message: '已联系银行' });

    const byPerson = { id: handler.id, name: '吴经办' };
    expect(L.lastEvent(answer, 'accepted').actor).toEqual({ role: 'department', department: UNIT, person: byPerson });
    for (const reader of [tokens.office, ADMIN, await tokens.dept(UNIT)]) {
      const appeal = await L.get(id, reader);
      expect(L.lastEvent(appeal, 'accepted').actor).toEqual({ role: 'department', department: UNIT, person: byPerson });
      expect(L.lastEvent(appeal, 'path_reported').actor).toEqual({ role: 'department', department: UNIT, person: byPerson });
      expect(L.lastEvent(appeal, 'classified').actor).toEqual({ role: 'office', person: { id: officer.id, name: '冯主任' } });
      // A token without a person writes what it always did.
      expect(L.lastEvent(appeal, 'assigned').actor).toEqual({ role: 'office' });
    }
    const seen = await L.get(id, enterprise);
    expect(L.lastEvent(seen, 'accepted').actor).toEqual({ role: 'department', department: UNIT });
    expect(L.lastEvent(seen, 'path_reported').actor).toEqual({ role: 'department', department: UNIT });
    expect(L.lastEvent(seen, 'classified').actor).toEqual({ role: 'office' });
    expect(JSON.stringify(seen)).not.toMatch(/吴经办|冯主任|13900003333/);
    expect(JSON.stringify(seen)).not.toContain(handler.id);

    const rows = await stack.db.selectFrom('appeal_events').select(['kind', 'actor']).where('appeal_id', '=', id).where('kind', '=', 'path_reported').execute();
    expect(rows[0]?.actor).toMatchObject({ role: 'department', department: UNIT, person: byPerson });
  });

  it('names the person in a meeting’s timeline too', async () => {
    const officer = await addPerson({ name: '陈联络', unit: OTHER, duties: ['handler'] });
    const officeToken = (await issue({ role: 'office', person: officer.id })).body.token as string;
    const now = await stack.env.currentTimeMs();
    const meeting = await stack.api('POST', '/v1/meetings', tokens.office, {
      kind: 'symposium',
      title: '政企座谈会',
      theme: '融资',
      chair: '市长',
      location: '第一会议室',
      startsAt: iso(at(addDays(day(now), 5), '09:30')),
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
    const invited = await stack.api('POST', `/v1/meetings/${meeting.body.id}/invitations`, officeToken, { creditCodes: [newCreditCode()] });
    expect(invited.status, JSON.stringify(invited.body)).toBe(200);
    const read = await stack.api('GET', `/v1/meetings/${meeting.body.id}`, tokens.office);
    const event = (read.body.timeline as { kind: string; actor?: unknown }[]).find((e) => e.kind === 'invited');
    expect(event?.actor).toEqual({ role: 'office', person: { id: officer.id, name: '陈联络' } });
  });

  it('a retired person’s tokens answer 401, like a revoked token; issuing one is 400', async () => {
    const retiring = await addPerson({ name: '卫退休', unit: UNIT, duties: ['handler'] });
    const personal = (await issue({ role: 'department', person: retiring.id })).body.token as string;
    expect((await stack.api('GET', '/v1/people', personal)).status).toBe(200);
    expect((await stack.api('PATCH', `/v1/people/${retiring.id}`, tokens.office, { active: false })).status).toBe(200);
    const refused = await stack.api('GET', '/v1/people', personal);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // The unit's other tokens go on working.
    expect((await stack.api('GET', '/v1/people', await tokens.dept(UNIT))).status).toBe(200);
    const again = await issue({ role: 'department', person: retiring.id });
    expect(again.status).toBe(400);
    expect(fields(again)).toEqual(['person']);
    // Back in service, the same token works again: retiring is not revoking.
    expect((await stack.api('PATCH', `/v1/people/${retiring.id}`, tokens.office, { active: true })).status).toBe(200);
    expect((await stack.api('GET', '/v1/people', personal)).status).toBe(200);
  });
});
