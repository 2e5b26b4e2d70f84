import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../api/auth.js';
import { recordLedgerEntry } from '../../db/ledger.js';
import type { AppealState } from '../../domain/appeal.js';
import { ADMIN, DRIVER_WRITE_LIMIT, TEST_OUTBOUND, appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// The HTTP surface for every role (CONTRACT.md §3): the OpenAPI document matches the router, the permission
// matrix holds for every route, submissions are idempotent, lists page and filter, inboxes sort by deadline.

let stack: TestStack;
let office: string;
let lead: string;
let other: string;
let owner: string;
let stranger: string;
let ownerCode: string;
let appealId: string;
let coHandler: string;
let leader: string;
let commission: string;

beforeAll(async () => {
  stack = await startTestStack();
  await stack.department('lead-dept');
  await stack.department('other-dept');
  await stack.department('co-dept');
  coHandler = await stack.token('department', { department: 'co-dept' });
  const leaderId = (await stack.api('POST', '/v1/people', ADMIN, { name: '市领导', unit: 'other-dept', duties: ['leader'] })).body.id;
  leader = await stack.token('leader', { person: leaderId });
  commission = await stack.token('commission');
  ownerCode = newCreditCode();
  [office, lead, other, owner, stranger] = await Promise.all([
    stack.token('office'),
    stack.token('department', { department: 'lead-dept' }),
    stack.token('department', { department: 'other-dept' }),
    stack.token('enterprise', { creditCode: ownerCode }),
    stack.token('enterprise', { creditCode: newCreditCode() }),
  ]);
  const created = await stack.api('POST', '/v1/appeals', owner, appealBody(ownerCode));
  expect(created.status).toBe(201);
  appealId = created.body.id;
  await stack.api('POST', `/v1/appeals/${appealId}/classify`, office, { classification: 'general', timeLimitDays: 10 });
  await stack.api('POST', `/v1/appeals/${appealId}/assign`, office, { lead: 'lead-dept', co: ['co-dept'] });
});
afterAll(() => stack?.teardown());

async function openapiOperations(): Promise<Set<string>> {
  const doc = await stack.api('GET', '/openapi.json');
  expect(doc.status).toBe(200);
  expect(doc.body.openapi).toBe('3.1.0');
  return new Set(
    Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    ),
  );
}

describe('the OpenAPI document', () => {
  it('lists exactly the routes the router serves', async () => {
    const { createApp } = await import('../../api/app.js');
    const { routes, app } = createApp({
      db: stack.db,
      client: stack.env.client,
      connection: stack.env.connection,
      taskQueue: 'x',
      timezone: 'Asia/Shanghai',
      adminToken: ADMIN,
      outbound: TEST_OUTBOUND,
      log: (await import('pino')).pino({ level: 'silent' }),
      maxSubmissionsInFlight: 1,
      tokenWriteLimit: DRIVER_WRITE_LIMIT,
    });
    const router = (app as unknown as { router: { stack: { handle: { stack?: { route?: { path: string; methods: Record<string, boolean> } }[] } }[] } }).router;
    const served = new Set(
      router.stack
        .flatMap((layer) => layer.handle.stack ?? [])
        .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`) : [])),
    );
    expect(served.size).toBe(routes.specs.length);
    expect(await openapiOperations()).toEqual(served);
  });

  it('covers every route of the contract', async () => {
    const ops = await openapiOperations();
    const steps = [
      'classify',
      'assign',
      'accept',
      'return',
      'path',
      'progress',
      'contribution',
      'delegate',
      'delegate-report',
      'owner',
      'handler',
      'instruction',
      'escalate',
      'note',
      'contacts',
      'extension',
      'extension/decision',
      'supervision',
      'resolve',
      'answer',
      'request-material',
      'material',
      'merge',
      'reassign',
      'rating',
      'explanation',
      'referral',
      'close',
      'follow-ups',
      'withdraw',
    ];
    for (const op of [
      'POST /v1/departments',
      'GET /v1/departments',
      'PATCH /v1/departments/:code',
      'POST /v1/departments/:code/secret',
      'PUT /v1/office/webhook',
      'POST /v1/tokens',
      'GET /v1/tokens',
      'DELETE /v1/tokens/:id',
      'PUT /v1/calendar/:year',
      'GET /v1/calendar/:year',
      'GET /v1/codes',
      'POST /v1/codes/categories',
      'GET /v1/policy',
      'PUT /v1/policy',
      'POST /v1/appeals',
      'GET /v1/appeals/:id',
      'GET /v1/appeals',
      'GET /v1/departments/:code/inbox',
      'GET /healthz',
      'GET /readyz',
      'GET /metrics',
      'POST /v1/appeals/:id/publish',
      'POST /v1/appeals/:id/withhold',
      'POST /v1/people',
      'GET /v1/people',
      'GET /v1/people/:id',
      'PATCH /v1/people/:id',
      ...steps.map((s) => `POST /v1/appeals/:id/${s}`),
    ]) {
      expect(ops, op).toContain(op);
    }
  });
});

describe('Idempotency-Key in the document', () => {
  it('every step of an appeal or a meeting takes the optional header and declares its 409', async () => {
    const doc = (await stack.api('GET', '/openapi.json')).body;
    type Op = { parameters: { name: string; in: string; required: boolean }[]; responses: Record<string, { description: string }> };
    const steps = Object.entries(doc.paths as Record<string, Record<string, Op>>)
      // Publication decisions, links and attachments are not workflow steps: deciding or linking the same twice
      // changes nothing, and an upload is a new attachment each time.
      .filter(([path]) => !/\/(publish|withhold|links|similar|attachments(\/\{aid\})?)$/.test(path))
      .filter(([path]) => /^\/v1\/appeals\/\{id\}\/|^\/v1\/meetings\/\{id\}\/(invitations|registrations|held|appeals|cancel)$/.test(path))
      .map(([path, ops]) => [path, ops.post!] as const);
    expect(steps).toHaveLength(30 + 5);
    for (const [path, op] of steps) {
      expect(op.parameters, path).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }));
      expect(op.responses['409']!.description, path).toMatch(/current status.*; or the Idempotency-Key was used with another request$/);
    }
  });
});

describe('the answers every route declares', () => {
  it('401/403/503 by its roles, 400/413 by its body and query, 404 by its path; 204 and non-JSON answers as they are', async () => {
    const doc = (await stack.api('GET', '/openapi.json')).body;
    type Op = {
      description?: string;
      security?: unknown[];
      requestBody?: unknown;
      parameters: { in: string }[];
      responses: Record<string, { content?: Record<string, unknown> }>;
    };
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Op>>)) {
      for (const [method, op] of Object.entries(ops)) {
        const declared = Object.keys(op.responses);
        const expected = [
          ...(op.security ? [] : ['401', '503']),
          ...(op.requestBody ? ['400', '413'] : []),
          ...(op.parameters.some((p) => p.in === 'query') ? ['400'] : []),
          ...(path.includes('{') ? ['404'] : []),
        ];
        const roles = (op.description ?? '').replace(/^Roles: |\.$/g, '').split(', ');
        if (!op.security && roles.length < 4) expected.push('403');
        expect(declared, `${method} ${path}`).toEqual(expect.arrayContaining(expected));
        for (const [status, answer] of Object.entries(op.responses)) {
          if (status === '204') expect(answer.content, `${method} ${path} 204`).toBeUndefined();
          else if (Number(status) >= 400 && `${method} ${path}` !== 'get /readyz') {
            expect(Object.keys(answer.content!), `${method} ${path} ${status}`).toEqual(['application/problem+json']);
          }
        }
      }
    }
    // No body reads as {}: required only where {} is not valid.
    expect(doc.paths['/v1/departments'].post.requestBody.required).toBe(true);
    expect(doc.paths['/v1/departments/{code}'].patch.requestBody.required).toBe(false);
    expect(Object.keys(doc.paths['/metrics'].get.responses['200'].content)).toEqual(['text/plain']);
    expect(Object.keys(doc.paths['/readyz'].get.responses['503'].content)).toEqual(['application/json']);
    expect((await stack.api('GET', '/metrics')).headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('a method a path does not serve is an unknown route: 404 problem+json (CONTRACT.md §3), like an unknown path', async () => {
    const wrong = await stack.api('PUT', '/v1/appeals', office, {});
    expect(wrong.status).toBe(404);
    expect(wrong.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await stack.api('DELETE', `/v1/appeals/${appealId}/classify`, office)).status).toBe(404);
    expect((await stack.api('PUT', '/v1/nothing-here', office, {})).status).toBe(404);
  });
});

describe('input Postgres cannot take', () => {
  it('U+0000 is 400 in a body or a query and 404 in a path, and writes nothing', async () => {
    const before = (await stack.api('GET', `/v1/appeals/${appealId}`, office)).body.timeline.length;
    const inBody = await stack.api('POST', `/v1/appeals/${appealId}/supervision`, office, { reason: 'a\u0000b' });
    expect(inBody.status).toBe(400);
    expect(inBody.body.errors).toEqual([{ field: 'reason', message: 'must not contain U+0000' }]);
    expect((await stack.api('GET', '/v1/appeals?meetingId=a%00b', office)).status).toBe(400);
    expect((await stack.api('GET', '/v1/appeals/a%00b', office)).status).toBe(404);
    expect((await stack.api('GET', `/v1/appeals/${appealId}`, office)).body.timeline.length).toBe(before);
  });

  it('dates outside 1900–2199 are 400, for a period, a meeting list and a meeting’s start', async () => {
    for (const path of ['/v1/appeals?from=0000-01-01', '/v1/meetings?from=0001-01-10', '/v1/meetings?to=2026-02-30', '/v1/stats?to=2200-01-01']) {
      expect((await stack.api('GET', path, office)).status, path).toBe(400);
    }
    const meeting = { kind: 'symposium', title: '座谈会', theme: '融资', chair: '市长', location: '市政府', startsAt: '0073-09-16T09:30:00+08:00' };
    expect((await stack.api('POST', '/v1/meetings', office, meeting)).status).toBe(400);
  });

  it('an empty department patch changes nothing', async () => {
    const patched = await stack.api('PATCH', '/v1/departments/other-dept', ADMIN, {});
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ code: 'other-dept', active: true });
  });
});

describe('permissions', () => {
  it('every route × role: 401 without a token, 403 and nothing written for every role it does not list', async () => {
    const doc = (await stack.api('GET', '/openapi.json')).body;
    const tokens: Record<Role, string> = { admin: ADMIN, office, department: other, enterprise: stranger, leader, commission };
    const events = async () =>
      Number(
        (
          await stack.db
            .selectFrom('appeal_events')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { description?: string; security?: unknown[] }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        const url = path.replace('{id}', appealId).replace('{code}', 'lead-dept').replace('{year}', '2026');
        if (op.security) continue; // public
        const allowed = new Set((op.description ?? '').replace(/^Roles: |\.$/g, '').split(', '));
        const body = method === 'get' || method === 'delete' ? undefined : {};
        expect((await stack.api(method.toUpperCase(), url, undefined, body)).status, `${method} ${path} without token`).toBe(401);
        for (const [role, token] of Object.entries(tokens)) {
          if (allowed.has(role)) continue;
          const before = await events();
          const answer = await stack.api(method.toUpperCase(), url, token, body);
          expect(answer.status, `${role} ${method} ${path}`).toBe(403);
          expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(await events()).toBe(before);
        }
      }
    }
  });

  it('a department acts only on appeals it leads; an enterprise only on its own', async () => {
    expect((await stack.api('POST', `/v1/appeals/${appealId}/accept`, other, {})).status).toBe(403);
    expect((await stack.api('GET', `/v1/appeals/${appealId}`, other)).status).toBe(403);
    expect((await stack.api('GET', `/v1/appeals/${appealId}`, stranger)).status).toBe(403);
    expect((await stack.api('POST', `/v1/appeals/${appealId}/withdraw`, stranger, { reason: 'x' })).status).toBe(403);
    expect((await stack.api('POST', '/v1/appeals', stranger, appealBody(ownerCode))).status).toBe(403);
    const mine = await stack.api('GET', `/v1/appeals/${appealId}`, lead);
    expect(mine.status).toBe(200);
    expect(mine.body.enterprise.contact).toBeDefined();
    const accepted = await stack.api('POST', `/v1/appeals/${appealId}/accept`, lead, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('in_progress');
  });

  it('a wrong-state step is 409 naming the status and the allowed steps', async () => {
    const answer = await stack.api('POST', `/v1/appeals/${appealId}/rating`, office, { result: 'satisfied', method: 'phone' });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ status: 409, currentStatus: 'in_progress', allowedSteps: expect.arrayContaining(['resolve', 'progress']) });
  });
});

describe('metrics', () => {
  const figure = (text: string, series: string) => Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);

  it('counts answers by route template and status, and reads the open work from the ledger', async () => {
    await stack.api('GET', `/v1/appeals/${appealId}`, office);
    await stack.api('GET', '/v1/no-such-route', office);
    const before = (await stack.api('GET', '/metrics')).body as string;
    expect(figure(before, 'appeals_http_requests_total{method="GET",route="/v1/appeals/:id",status="200"}')).toBeGreaterThanOrEqual(1);
    expect(figure(before, 'appeals_http_requests_total{method="GET",route="unmatched",status="404"}')).toBeGreaterThanOrEqual(1);
    expect(before).toMatch(/^appeals_http_request_duration_seconds_bucket\{le="0.05",method="GET",route="\/v1\/appeals\/:id",status="200"\} \d+$/m);
    expect(figure(before, 'appeals_ledger_up')).toBe(1);
    expect(figure(before, 'appeals_open{status="in_progress"}')).toBeGreaterThanOrEqual(1);

    // The ledger is the truth the gauges read: flag this appeal, and the next scrape shows it.
    await stack.db.updateTable('appeals').set({ overdue: true, supervised: true }).where('id', '=', appealId).execute();
    try {
      const after = (await stack.api('GET', '/metrics')).body as string;
      expect(figure(after, 'appeals_overdue')).toBe(figure(before, 'appeals_overdue') + 1);
      expect(figure(after, 'appeals_supervised')).toBe(figure(before, 'appeals_supervised') + 1);
      expect(figure(after, 'appeals_notifications{status="pending"}')).toBeGreaterThanOrEqual(0);
    } finally {
      await stack.db.updateTable('appeals').set({ overdue: false, supervised: false }).where('id', '=', appealId).execute();
    }
  });
});

describe('idempotent submission', () => {
  it('the same key and body answer the same appeal; another body is 409', async () => {
    const body = appealBody(ownerCode);
    const headers = { 'Idempotency-Key': 'submit-1' };
    const first = await stack.api('POST', '/v1/appeals', owner, body, headers);
    const again = await stack.api('POST', '/v1/appeals', owner, JSON.parse(JSON.stringify(body)), headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    const changed = await stack.api('POST', '/v1/appeals', owner, { ...body, title: '另一个问题' }, headers);
    expect(changed.status).toBe(409);
  });

  it('starts a submission afresh when its workflow failed, keeping its id and receipt number', async () => {
    const body = appealBody(ownerCode, { title: '重试提交' });
    const headers = { 'Idempotency-Key': 'retry-after-failure' };
    const first = await stack.api('POST', '/v1/appeals', owner, body, headers);
    await stack.env.client.workflow.getHandle(`appeal-${first.body.id}`).terminate('simulating a failed registration');
    const again = await stack.api('POST', '/v1/appeals', owner, body, headers);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: first.body.id, receiptNumber: first.body.receiptNumber, status: 'registered' });
    const accepted = await stack.api('POST', `/v1/appeals/${first.body.id}/withdraw`, owner, { reason: '已自行解决' });
    expect(accepted.status).toBe(200);
  });

  it('two concurrent identical submissions make one appeal', async () => {
    const body = appealBody(ownerCode, { title: '并发提交' });
    const headers = { 'Idempotency-Key': 'concurrent-1' };
    const [a, b] = await Promise.all([stack.api('POST', '/v1/appeals', owner, body, headers), stack.api('POST', '/v1/appeals', owner, body, headers)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    const rows = await stack.db
      .selectFrom('appeals')
      .select('id')
      .where('state', '@>', JSON.stringify({ title: '并发提交' }) as never)
      .execute();
    expect(rows).toHaveLength(1);
  });
});

describe('lists', () => {
  it('pages through 250 appeals newest first, with filters', async () => {
    const template = (await stack.db.selectFrom('appeals').select('state').where('id', '=', appealId).executeTakeFirstOrThrow()).state;
    const base = Date.parse('2020-01-01T00:00:00Z');
    for (let i = 0; i < 250; i++) {
      const snapshot: AppealState = {
        ...template,
        leadDepartment: null,
        coDepartments: [],
        enterprise: { ...template.enterprise, creditCode: newCreditCode() },
        id: `seeded-${String(i).padStart(3, '0')}`,
        receiptNumber: `SEED${String(i).padStart(6, '0')}`,
        registeredAt: base + Math.floor(i / 2) * 3_600_000, // pairs share an instant: the cursor must break ties
        channel: i % 5 === 0 ? 'hotline_12345' : 'service_window',
        status: i % 3 === 0 ? 'in_progress' : 'registered',
        meetingId: 'paging-test',
        seq: 1,
      };
      await recordLedgerEntry(stack.db, { snapshot, events: [], notifications: [] });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string; registeredAt: string }[]; nextCursor: string | null } } = await stack.api(
        'GET',
        `/v1/appeals?meetingId=paging-test&limit=40${cursor ? `&cursor=${cursor}` : ''}`,
        office,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(40);
      seen.push(...page.body.items.map((a) => a.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect(seen[0]).toBe('seeded-249');
    expect(seen.at(-1)).toBe('seeded-000');

    const hotline = await stack.api('GET', '/v1/appeals?meetingId=paging-test&channel=hotline_12345&status=in_progress&limit=100', office);
    expect(hotline.body.items.map((a: { id: string }) => a.id)).toEqual(
      Array.from({ length: 250 }, (_, i) => i)
        .filter((i) => i % 15 === 0)
        .reverse()
        .map((i) => `seeded-${String(i).padStart(3, '0')}`),
    );
    const firstDay = await stack.api('GET', '/v1/appeals?meetingId=paging-test&from=2020-01-01&to=2020-01-01&limit=100', office);
    // 2020-01-01 in Asia/Shanghai runs to 16:00 UTC: hours 0–15 UTC, two appeals each.
    expect(firstDay.body.items).toHaveLength(32);
    expect((await stack.api('GET', '/v1/appeals?limit=0', office)).status).toBe(400);
    expect((await stack.api('GET', '/v1/appeals?cursor=garbage', office)).status).toBe(400);
  });

  it('gives the whole filtered ledger as CSV, with Chinese headers on request', async () => {
    const csv = await stack.api('GET', '/v1/appeals?meetingId=paging-test&limit=5&lang=zh', office, undefined, { accept: 'text/csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (csv.body as string).trimEnd().split('\r\n');
    expect(lines).toHaveLength(251); // every page, not `limit`
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['受理编号', '登记时间', '企业名称']);
    // Read in pages of 200: the rows run on across the page's edge, each once and in order.
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(Array.from({ length: 250 }, (_, i) => `SEED${String(249 - i).padStart(6, '0')}`));
    const english = await stack.api('GET', '/v1/appeals?receiptNumber=SEED000007', office, undefined, { accept: 'text/csv' });
    expect((english.body as string).split('\r\n')[0]!.startsWith('receiptNumber,registeredAt,enterprise')).toBe(true);
  });

  it('starts the CSV with a UTF-8 byte order mark for Excel with bom=true, and only then', async () => {
    const ledger = async (query: string) =>
      Buffer.from(
        await (
          await fetch(`${stack.baseUrl}/v1/appeals?meetingId=paging-test&lang=zh${query}`, {
            headers: { authorization: `Bearer ${office}`, accept: 'text/csv' },
          })
        ).arrayBuffer(),
      );
    const marked = await ledger('&bom=true');
    expect([...marked.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(marked.subarray(3)).toEqual(await ledger(''));
    expect(marked.subarray(3).toString('utf8').startsWith('受理编号,登记时间,企业名称')).toBe(true);
    expect(await ledger('&bom=false')).toEqual(await ledger(''));
    expect((await stack.api('GET', '/v1/appeals?bom=yes', office, undefined, { accept: 'text/csv' })).status).toBe(400);

    // Every route that answers CSV documents the option.
    type Operation = { parameters?: { name: string; in: string; required: boolean }[]; responses: Record<string, { content?: Record<string, unknown> }> };
    const doc = (await stack.api('GET', '/openapi.json')).body as { paths: Record<string, Record<string, Operation>> };
    const csvRoutes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => op.responses['200']?.content?.['text/csv'])
        .map(([method, op]) => ({ route: `${method} ${path}`, bom: op.parameters?.find((p) => p.name === 'bom') })),
    );
    expect(csvRoutes.map((r) => r.route)).toContain('get /v1/appeals');
    expect(csvRoutes.length).toBeGreaterThan(10);
    for (const { route, bom } of csvRoutes) expect(bom, route).toMatchObject({ in: 'query', required: false });
  });

  it('shows a department and an enterprise only their own appeals', async () => {
    const forOther = await stack.api('GET', '/v1/appeals?limit=100', other);
    expect(forOther.body.items).toEqual([]);
    const forLead = await stack.api('GET', '/v1/appeals?limit=100', lead);
    expect(forLead.body.items.map((a: { id: string }) => a.id)).toEqual([appealId]);
    const forOwner = await stack.api('GET', '/v1/appeals?limit=100', owner);
    expect(forOwner.body.items.every((a: { enterprise: { creditCode: string } }) => a.enterprise.creditCode === ownerCode)).toBe(true);
  });
});

describe('inbox', () => {
  it('lists what the department owes, soonest deadline first, undated last', async () => {
    const second = (await stack.api('POST', '/v1/appeals', office, appealBody(undefined, { channel: 'visit', title: '第二件' }))).body.id;
    await stack.api('POST', `/v1/appeals/${second}/classify`, office, { classification: 'simple' });
    await stack.api('POST', `/v1/appeals/${second}/assign`, office, { lead: 'lead-dept' });
    const inbox = await stack.api('GET', '/v1/departments/lead-dept/inbox', lead);
    expect(inbox.status).toBe(200);
    const tasks = inbox.body.items.map((t: { appealId: string; task: string }) => `${t.appealId === appealId ? 'first' : 'second'}:${t.task}`);
    // the first appeal (accepted, 10-day limit) owes its path by day 3 and resolution; the second (simple,
    // just assigned) owes acceptance (undated), its path and nothing else yet.
    expect(tasks).toContain('first:path');
    expect(tasks).toContain('first:resolve');
    expect(tasks).toContain('second:accept');
    expect(tasks.at(-1)).toBe('second:accept');
    const due = inbox.body.items.map((t: { dueAt: string | null }) => t.dueAt).filter(Boolean);
    expect([...due].sort()).toEqual(due);
    expect((await stack.api('GET', '/v1/departments/lead-dept/inbox', other)).status).toBe(403);
  });
});

describe('bad input to every body', () => {
  it('answers 400 naming an unknown field, for every route that takes a body, and writes nothing', async () => {
    const doc = (await stack.api('GET', '/openapi.json')).body;
    const meeting = await stack.api('POST', '/v1/meetings', office, {
      kind: 'symposium',
      title: '座谈会',
      theme: '融资',
      chair: '市长',
      location: '市政府',
      // A quarter ahead of whatever day the suite runs: a fixed date would one day lie in the past.
      startsAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    });
    expect(meeting.status).toBe(201);
    const person = await stack.api('POST', '/v1/people', office, { name: '张经办', unit: 'lead-dept', duties: ['handler'] });
    expect(person.status).toBe(201);
    // A referral against the lead: its unit reports, the office decides and the commission finds on the same record.
    const record = await stack.api('POST', '/v1/accountability', office, { kind: 'referral', unit: 'lead-dept', appeals: [appealId], text: '转报' });
    expect(record.status).toBe(201);
    const appeal = (await stack.api('GET', `/v1/appeals/${appealId}`, office)).body;
    const issue = await stack.api('POST', '/v1/common-issues', office, { name: '融资难', category: appeal.category, appeals: [appealId] });
    expect(issue.status).toBe(201);
    // Each route's {id} is of the thing it is under: an appeal's unless one of these.
    const ids: [string, string][] = [
      ['/v1/meeting', meeting.body.id],
      ['/v1/people', person.body.id],
      ['/v1/accountability', record.body.id],
      ['/v1/common-issues', issue.body.id],
    ];
    const tokens: Record<string, string> = { admin: ADMIN, office, department: lead, enterprise: owner, leader, commission };
    const rows = async () =>
      Promise.all(
        (['appeal_events', 'departments', 'tokens', 'calendar_years', 'categories', 'notifications', 'meeting_events', 'people'] as const).map(async (table) =>
          Number(
            (
              await stack.db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { requestBody?: unknown; description?: string }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!op.requestBody) continue;
        // Their body is /contribution's schema, checked below; only a unit that owes a report, or the appeal's case
        // owner, gets as far as the body.
        if (path.endsWith('/delegate-report') || path.endsWith('/note')) continue;
        // An upload's body is a multipart file, not JSON fields: test/integration/attachments.test.ts checks its 400s.
        if (path.endsWith('/attachments')) continue;
        // Only an announced meeting takes the public call's registrations (this one is planned: 404 before the body);
        // public-submission.test.ts checks its unknown field.
        if (path === '/v1/public/meetings/{id}/registrations') continue;
        // Only an invitation's signed link reaches an evaluation's answer (any other is 404 before the body);
        // surveys.test.ts checks its unknown field.
        if (path === '/v1/public/surveys/{token}') continue;
        const url = path
          .replace('{id}', ids.find(([prefix]) => path.startsWith(prefix))?.[1] ?? appealId)
          .replace('{code}', 'lead-dept')
          .replace('{creditCode}', ownerCode)
          .replace('{year}', '2026')
          .replace('{kind}', 'acknowledged');
        const role = (op.description ?? 'Roles: admin').replace(/^Roles: |\.$/g, '').split(', ')[0]!;
        const before = await rows();
        // Only a co-department of the appeal gives a contribution, and only its lead explains an appeal that has
        // one (the office explains only its own answers): anyone else is 403 before the body is read.
        const token = path.endsWith('/contribution') ? coHandler : path.endsWith('/explanation') ? lead : tokens[role];
        // A bulk body is a list (POST /v1/meetings/:id/problems/assign): the unknown field is in its first item.
        const list = (op.requestBody as { content: Record<string, { schema: { type?: string } }> }).content['application/json']!.schema.type === 'array';
        const answer = await stack.api(method.toUpperCase(), url, token, list ? [{ 'not-a-field': 1 }] : { 'not-a-field': 1 });
        expect(answer.status, `${method} ${path} as ${role}`).toBe(400);
        expect(
          answer.body.errors.map((e: { field: string }) => e.field),
          `${method} ${path}`,
        ).toContain(list ? '0.not-a-field' : 'not-a-field');
        expect(await rows(), `${method} ${path} wrote nothing`).toEqual(before);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });
});
