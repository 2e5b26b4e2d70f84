import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCE } from '../../api/audience.js';
import { addDays } from '../../domain/dates.js';
import { ADMIN, appealBody, newCreditCode, startTestStack, type Answer, type TestStack } from '../support/stack.js';
import { at, day, iso, lifecycle, tokensFor, type Tokens } from '../support/lifecycle.js';

// Each role sees its own (issue 14, part 3), as a table of route × role × field over the real HTTP server: an
// appeal that went through every internal step (a return, supervision, an extension, explanations, a referral, a
// follow-up visit), departments with a webhook, and a held meeting. Each field is a marker written into that step,
// looked for anywhere in the answer, so a field that moves elsewhere in the document is still found.

let stack: TestStack;
let tokens: Tokens;

const CONTACT_PHONE = '13912345678';
const MARK = {
  path: '路径答复已约银行面谈',
  progress: '进度说明内部协调中',
  returnReason: '退回理由非本部门职责',
  supervision: '督办理由久拖未决',
  extensionReason: '延期理由待评估报告',
  decisionNote: '审批意见同意延期',
  result: '办理结果银行已放款',
  ratingComment: '企业评价仍未解决',
  explanation: '部门说明企业条件不符',
  referralNote: '转报说明敷衍塞责',
  followUpNote: '回访记录企业已搬迁',
  hookKey: 'hookkey-s3cr3t',
  minutes: '会议纪要逐项明确责任部门',
  registrantPhone: '13787654321',
  personName: '刘经办人',
  personPhone: '13611112222',
};

type Body = Record<string, unknown>;
const text = (part: unknown) => JSON.stringify(part);
const has = (marker: string) => (part: unknown) => text(part).includes(marker);
const notices = (toEnterprise: boolean) => (part: unknown) =>
  ((part as { timeline?: { kind: string; data?: { recipient?: { kind: string } } }[] }).timeline ?? []).some(
    (e) => e.kind === 'notified' && (e.data?.recipient?.kind === 'enterprise') === toEnterprise,
  );

/** Where a route's answer is about the resource under test: the whole body, or its item in a list. */
type Part = (body: Body) => unknown;
const whole: Part = (body) => body;
const itemWhere =
  (key: string, value: () => string): Part =>
  (body) =>
    (body.items as Body[]).find((i) => i[key] === value());

interface RouteCase {
  route: string;
  request: (token: string | undefined) => Promise<Answer>;
  part: Part;
  fields: Record<string, (part: unknown) => boolean>;
  /** Reader → the status it gets, and for a 200 the fields it sees (every other field must be absent). */
  readers: Record<string, [number, string[]?]>;
}

// Readers, filled in before the table runs: name → bearer token (none for the anonymous caller).
const token: Record<string, string | undefined> = { anonymous: undefined, admin: ADMIN };

let appealId: string;
let receiptNumber: string;
let stepAnswer: Answer;
let meetingId: string;
let attendee: string;
let personId: string;
const unregistered = newCreditCode();

const APPEAL_FIELDS = {
  contact: has(CONTACT_PHONE),
  'path answer': has(MARK.path),
  result: has(MARK.result),
  'own rating': has(MARK.ratingComment),
  'notices to the enterprise': notices(true),
  'notices to the government': notices(false),
  'progress note': has(MARK.progress),
  'return reason': has(MARK.returnReason),
  'supervision order': has(MARK.supervision),
  'extension reason': has(MARK.extensionReason),
  'extension decision note': has(MARK.decisionNote),
  explanation: has(MARK.explanation),
  'referral cause': has('"cause"'),
  'referral note': has(MARK.referralNote),
  'follow-up note': has(MARK.followUpNote),
  publication: (part: unknown) => 'publication' in (part as Body),
  'who took a step (actor.person)': has(MARK.personName),
};
const OUTWARD = ['path answer', 'result', 'own rating', 'notices to the enterprise'];
const INTERNAL = [
  'notices to the government',
  'progress note',
  'return reason',
  'supervision order',
  'extension reason',
  'extension decision note',
  'explanation',
  'referral cause',
  'referral note',
  'follow-up note',
];
/** What the list and the ledger hold of an appeal (no timeline): its own fields. */
const LISTED = ['supervision order', 'extension reason', 'extension decision note', 'referral note', 'follow-up note'];

const TABLE: RouteCase[] = [
  {
    route: 'GET /v1/appeals/:id',
    request: (t) => stack.api('GET', `/v1/appeals/${appealId}`, t),
    part: whole,
    fields: APPEAL_FIELDS,
    readers: {
      admin: [200, ['contact', ...OUTWARD, ...INTERNAL, 'publication', 'who took a step (actor.person)']],
      office: [200, ['contact', ...OUTWARD, ...INTERNAL, 'publication', 'who took a step (actor.person)']],
      'lead department': [200, ['contact', ...OUTWARD, ...INTERNAL, 'who took a step (actor.person)']],
      'co-department': [200, [...OUTWARD, ...INTERNAL, 'who took a step (actor.person)']],
      'owning enterprise': [200, ['contact', ...OUTWARD]],
      'other enterprise': [403],
      anonymous: [401],
    },
  },
  {
    route: 'GET /v1/appeals',
    request: (t) => stack.api('GET', `/v1/appeals?receiptNumber=${receiptNumber}`, t),
    part: itemWhere('id', () => appealId),
    fields: APPEAL_FIELDS,
    readers: {
      admin: [200, ['contact', 'own rating', ...LISTED, 'publication']],
      office: [200, ['contact', 'own rating', ...LISTED, 'publication']],
      'lead department': [200, ['contact', 'own rating', ...LISTED]],
      'co-department': [200, ['own rating', ...LISTED]],
      'owning enterprise': [200, ['contact', 'own rating']],
      anonymous: [401],
    },
  },
  {
    // Every step answers the appeal as GET would: here the enterprise's second rating, before the referral.
    route: 'POST /v1/appeals/:id/rating',
    request: () => Promise.resolve(stepAnswer),
    part: whole,
    fields: APPEAL_FIELDS,
    readers: { 'owning enterprise': [200, ['contact', 'path answer', 'result', 'own rating', 'notices to the enterprise']] },
  },
  {
    route: 'GET /v1/public/appeals',
    request: (t) => stack.api('GET', '/v1/public/appeals', t),
    part: itemWhere('receiptNumber', () => receiptNumber),
    fields: APPEAL_FIELDS,
    readers: { anonymous: [200, ['result']] },
  },
  {
    route: 'GET /v1/departments',
    request: (t) => stack.api('GET', '/v1/departments', t),
    part: itemWhere('code', () => 'hooked-dept'),
    fields: { webhookUrl: (part) => 'webhookUrl' in (part as Body), 'webhook key': has(MARK.hookKey) },
    readers: {
      admin: [200, ['webhookUrl', 'webhook key']],
      office: [200, []],
      'lead department': [200, []],
      'owning enterprise': [200, []],
      anonymous: [401],
    },
  },
  ...['GET /v1/people/:id', 'GET /v1/people'].map((route): RouteCase => ({
    route,
    request: (t) => stack.api('GET', route === 'GET /v1/people' ? '/v1/people?unit=lead-dept' : `/v1/people/${personId}`, t),
    part: route === 'GET /v1/people' ? itemWhere('id', () => personId) : whole,
    fields: { person: has(MARK.personName), phone: has(MARK.personPhone) },
    readers: {
      admin: [200, ['person', 'phone']],
      office: [200, ['person', 'phone']],
      'lead department': [200, ['person', 'phone']],
      'co-department': [403],
      'owning enterprise': [403],
      anonymous: [401],
    },
  })),
  {
    route: 'POST /v1/departments/:code/secret',
    request: (t) => stack.api('POST', '/v1/departments/hooked-dept/secret', t),
    part: whole,
    fields: { secret: (part) => typeof (part as Body).secret === 'string' },
    readers: { admin: [200, ['secret']], office: [403], 'lead department': [403], 'owning enterprise': [403], anonymous: [401] },
  },
  ...['GET /v1/meetings/:id', 'GET /v1/meetings'].map((route): RouteCase => ({
    route,
    request: (t) => stack.api('GET', route === 'GET /v1/meetings' ? '/v1/meetings' : `/v1/meetings/${meetingId}`, t),
    part: route === 'GET /v1/meetings' ? itemWhere('id', () => meetingId) : whole,
    fields: {
      minutes: has(MARK.minutes),
      "the attendee's registration": (part) => text(part).includes(attendee),
      "the registrant's contact": has(MARK.registrantPhone),
      timeline: (part) => 'timeline' in (part as Body),
    },
    readers: {
      admin: [200, ['minutes', "the attendee's registration", "the registrant's contact", ...(route === 'GET /v1/meetings' ? [] : ['timeline'])]],
      office: [200, ['minutes', "the attendee's registration", "the registrant's contact", ...(route === 'GET /v1/meetings' ? [] : ['timeline'])]],
      'lead department': [200, ['minutes', "the attendee's registration", ...(route === 'GET /v1/meetings' ? [] : ['timeline'])]],
      'attending enterprise': [200, ['minutes', "the attendee's registration", "the registrant's contact"]],
      'invited enterprise': [200, []],
      anonymous: [401],
    },
  })),
  {
    route: "GET /v1/meetings/:id/registrations/:creditCode (the attendee's)",
    request: (t) => stack.api('GET', `/v1/meetings/${meetingId}/registrations/${attendee}`, t),
    part: whole,
    fields: { "the registrant's contact": has(MARK.registrantPhone) },
    readers: {
      office: [200, ["the registrant's contact"]],
      'lead department': [200, []],
      'attending enterprise': [200, ["the registrant's contact"]],
      'invited enterprise': [403],
      anonymous: [401],
    },
  },
  {
    // The same 403 as for a registration that exists: a 404 here would say who did not register.
    route: 'GET /v1/meetings/:id/registrations/:creditCode (nobody’s)',
    request: (t) => stack.api('GET', `/v1/meetings/${meetingId}/registrations/${unregistered}`, t),
    part: whole,
    fields: {},
    readers: { office: [404], 'lead department': [404], 'attending enterprise': [403], 'invited enterprise': [403], anonymous: [401] },
  },
];

let ownerCode: string;

beforeAll(async () => {
  stack = await startTestStack();
  tokens = await tokensFor(stack, ['lead-dept', 'co-dept']);
  const L = lifecycle(stack, tokens);
  const hooked = await stack.api('POST', '/v1/departments', ADMIN, {
    code: 'hooked-dept',
    name: '挂钩局',
    webhookUrl: `https://hooks.example.com/appeals?key=${MARK.hookKey}`,
  });
  expect(hooked.status, JSON.stringify(hooked.body)).toBe(201);

  ownerCode = newCreditCode();
  attendee = newCreditCode();
  const invited = newCreditCode();
  Object.assign(token, {
    office: tokens.office,
    'lead department': await tokens.dept('lead-dept'),
    'co-department': await tokens.dept('co-dept'),
    'owning enterprise': await tokens.enterprise(ownerCode),
    'other enterprise': await tokens.enterprise(newCreditCode()),
    'attending enterprise': await tokens.enterprise(attendee),
    'invited enterprise': await tokens.enterprise(invited),
  });
  const [office, lead, enterprise] = [tokens.office, token['lead department']!, token['owning enterprise']!];

  const contact = { name: '王经理', phone: CONTACT_PHONE };
  const created = await stack.api(
    'POST',
    '/v1/appeals',
    enterprise,
    appealBody(ownerCode, { enterprise: { name: '绵阳测试科技有限公司', creditCode: ownerCode, contact } }),
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  ({ id: appealId, receiptNumber } = created.body);
  const assign = { lead: 'lead-dept', co: ['co-dept'] };
  await L.step(appealId, 'classify', office, { classification: 'general', timeLimitDays: 10 });
  await L.step(appealId, 'assign', office, assign);
  await L.step(appealId, 'return', lead, { reason: MARK.returnReason });
  await L.step(appealId, 'assign', office, assign);
  await L.step(appealId, 'accept', lead);
  // The path answer by a token issued to a person of the lead department: its event names them (issue 15).
  const person = await stack.api('POST', '/v1/people', office, { name: MARK.personName, unit: 'lead-dept', phone: MARK.personPhone, duties: ['handler'] });
  expect(person.status, JSON.stringify(person.body)).toBe(201);
  personId = person.body.id;
  const personal = await stack.api('POST', '/v1/tokens', ADMIN, { role: 'department', person: personId });
  expect(personal.status, JSON.stringify(personal.body)).toBe(201);
  await L.step(appealId, 'path', personal.body.token, { message: MARK.path });
  await L.step(appealId, 'progress', lead, { message: MARK.progress });
  await L.step(appealId, 'supervision', office, { reason: MARK.supervision });
  await L.step(appealId, 'extension', lead, { workingDays: 3, reason: MARK.extensionReason });
  await L.step(appealId, 'extension/decision', office, { approve: true, note: MARK.decisionNote });
  await L.step(appealId, 'resolve', lead, { summary: MARK.result });
  await L.step(appealId, 'rating', enterprise, { result: 'dissatisfied', method: 'online', comment: MARK.ratingComment });
  await L.step(appealId, 'explanation', lead, { text: MARK.explanation });
  await L.step(appealId, 'assign', office, assign);
  await L.step(appealId, 'accept', lead);
  // Supervision ends with its round: ordered again, so the closed appeal still holds an order.
  await L.step(appealId, 'supervision', office, { reason: MARK.supervision });
  await L.step(appealId, 'resolve', lead, { summary: MARK.result });
  stepAnswer = await L.post(appealId, 'rating', enterprise, { result: 'dissatisfied', method: 'online' });
  await L.step(appealId, 'explanation', lead, { text: MARK.explanation });
  const closed = await L.step(appealId, 'referral', office, { cause: 'perfunctory', note: MARK.referralNote });
  expect(closed).toMatchObject({ status: 'closed', closure: 'referred' });
  await L.step(appealId, 'publish', office);

  await L.sleepUntil(at(closed.followUps[0].scheduledFor, '10:00'));
  await L.whenTimelineHas(appealId, 'follow_up_due');
  await L.step(appealId, 'follow-ups', office, { outcome: 'stable', note: MARK.followUpNote });

  const meeting = await stack.api('POST', '/v1/meetings', office, {
    kind: 'symposium',
    title: '民营企业面对面专题座谈会',
    theme: '破解融资难题',
    chair: '市长',
    location: '市政府第一会议室',
    startsAt: iso(at(addDays(day(await L.now()), 5), '09:30')),
  });
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
  meetingId = meeting.body.id;
  const registrant = { name: '绵阳会议企业有限公司', creditCode: attendee, contact: { name: '李四', phone: MARK.registrantPhone } };
  expect((await stack.api('POST', `/v1/meetings/${meetingId}/invitations`, office, { creditCodes: [attendee, invited] })).status).toBe(200);
  expect((await stack.api('POST', `/v1/meetings/${meetingId}/registrations`, token['attending enterprise'], { enterprise: registrant })).status).toBe(201);
  const held = await stack.api('POST', `/v1/meetings/${meetingId}/held`, office, { attendedCreditCodes: [attendee], minutes: MARK.minutes });
  expect(held.status, JSON.stringify(held.body)).toBe(200);
});
afterAll(() => stack?.teardown());

describe.each(TABLE)('$route', ({ request, part, fields, readers }) => {
  it.each(Object.entries(readers))('as the %s', async (reader, [status, sees = []]) => {
    const answer = await request(token[reader]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    if (status !== 200) return;
    const found = part(answer.body);
    expect(found, 'the resource is in the answer').toBeDefined();
    const seen = Object.keys(fields).filter((field) => fields[field]!(found));
    expect(seen.sort()).toEqual([...sees].sort());
  });
});

describe('the table', () => {
  // A field no reader sees would pass for a probe that never finds anything: each is found somewhere.
  it('names only fields its routes look for, and each is seen by some reader of some route', () => {
    for (const { route, fields, readers } of TABLE) {
      for (const [, sees = []] of Object.values(readers)) for (const field of sees) expect(Object.keys(fields), route).toContain(field);
    }
    const named = new Set(TABLE.flatMap((c) => Object.keys(c.fields)));
    const seen = new Set(TABLE.flatMap((c) => Object.values(c.readers).flatMap(([, sees = []]) => sees)));
    expect([...seen].sort()).toEqual([...named].sort());
  });
});

describe('the OpenAPI document', () => {
  const documented: Record<string, keyof typeof AUDIENCE> = {
    'GET /v1/appeals/:id': 'appeal',
    'GET /v1/appeals': 'appeal',
    'POST /v1/appeals': 'appeal',
    'POST /v1/appeals/:id/rating': 'appeal',
    'GET /v1/departments': 'departments',
    'GET /v1/meetings/:id': 'meeting',
    'GET /v1/meetings': 'meeting',
    'GET /v1/meetings/:id/registrations/:creditCode': 'registration',
    'POST /v1/people': 'people',
    'GET /v1/people': 'people',
    'GET /v1/people/:id': 'people',
    'PATCH /v1/people/:id': 'people',
  };
  it.each(Object.entries(documented))('says what each role sees in the successful answers of %s', async (route, audience) => {
    const [method, path] = route.split(' ') as [string, string];
    const doc = await stack.api('GET', '/openapi.json');
    const responses = doc.body.paths[path.replace(/:(\w+)/g, '{$1}')][method.toLowerCase()].responses as Record<string, { description: string }>;
    const successes = Object.entries(responses).filter(([status]) => status === '200' || status === '201');
    expect(successes.length).toBeGreaterThan(0);
    for (const [status, { description }] of successes) expect(description, status).toContain(AUDIENCE[audience]);
  });
});
