import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealWorkflowId } from '../../workflows/messages.js';
import { searchAttributeKeys } from '../../workflows/search-attributes.js';
import { ADMIN, appealBody, creditCode, startTestStack, type TestStack } from '../support/stack.js';

// The first vertical slice: HTTP → workflow → ledger → HTTP, on the time-skipping server and real Postgres.

let stack: TestStack;
let office: string;

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
});
afterAll(() => stack?.teardown());

const countRows = async () => ({
  appeals: Number(
    (
      await stack.db
        .selectFrom('appeals')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  events: Number(
    (
      await stack.db
        .selectFrom('appeal_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
});

describe('submitting an appeal', () => {
  it('starts its workflow, writes the ledger and reads back with its timeline', async () => {
    const body = appealBody();
    const created = await stack.api('POST', '/v1/appeals', office, body);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.headers.get('location')).toBe(`/v1/appeals/${id}`);
    expect(created.body).toMatchObject({
      status: 'registered',
      round: 1,
      title: body.title,
      enterprise: body.enterprise,
      channel: 'online_platform',
      receiptNumber: expect.stringMatching(/^QS\d{8}$/),
      registeredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T23:59:59\.999\+08:00$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/),
    });
    expect(created.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['registered', 'acknowledged', 'notified']);

    const read = await stack.api('GET', `/v1/appeals/${id}`, office);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);

    const row = await stack.db.selectFrom('appeals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'registered', round: 1, credit_code: body.enterprise.creditCode, receipt_number: created.body.receiptNumber });
    const events = await stack.db.selectFrom('appeal_events').select(['seq', 'kind']).where('appeal_id', '=', id).orderBy('seq').execute();
    expect(events).toEqual([
      { seq: 1, kind: 'registered' },
      { seq: 2, kind: 'acknowledged' },
      { seq: 3, kind: 'notified' },
    ]);
    const notifications = await stack.db.selectFrom('notifications').select(['kind', 'recipient']).where('appeal_id', '=', id).execute();
    expect(notifications).toEqual([{ kind: 'acknowledged', recipient: 'enterprise' }]);

    const description = await stack.env.client.workflow.getHandle(appealWorkflowId(id)).describe();
    expect(description.typedSearchAttributes.get(searchAttributeKeys.status)).toBe('registered');
    expect(description.typedSearchAttributes.get(searchAttributeKeys.channel)).toBe('online_platform');
    expect(description.typedSearchAttributes.get(searchAttributeKeys.round)).toBe(1);
    // The Temporal UI's row: which appeal, in codes only (no personal data), without opening the history; then where
    // it stands.
    expect(await description.staticSummary()).toBe(`${created.body.receiptNumber} · ${body.category} · online_platform`);
    const metadata = await stack.env.client.workflow.getHandle(appealWorkflowId(id)).query<{ currentDetails: string }>('__temporal_workflow_metadata');
    expect(metadata.currentDetails).toMatch(/^\*\*待交办\*\* \(registered\), round 1 {2}\nNext deadline: assignBy at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
  });

  it('answers 401 without a token and 403 for a department', async () => {
    const none = await stack.api('POST', '/v1/appeals', undefined, appealBody());
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await stack.department('fin-office');
    const dept = await stack.token('department', { department: 'fin-office' });
    expect((await stack.api('POST', '/v1/appeals', dept, appealBody())).status).toBe(403);
  });
});

describe('bad input to POST /v1/appeals', () => {
  const wrongCheck = (() => {
    const good = creditCode('91510700MA62BAR50');
    return good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
  })();

  it.each([
    ['missing fields', { channel: 'online_platform' }, ['enterprise', 'category', 'title', 'description']],
    ['wrong types', { ...appealBody(), channel: 42, title: 7 }, ['channel', 'title']],
    ['a credit code with a wrong check character', appealBody(wrongCheck), ['enterprise.creditCode']],
    ['a bad phone', { ...appealBody(), enterprise: { ...appealBody().enterprise, contact: { name: '张三', phone: '12345' } } }, ['enterprise.contact.phone']],
    ['an unknown field', { ...appealBody(), priority: 'high' }, ['priority']],
    ['an unknown category', appealBody(undefined, { category: 'nonsense' }), ['category']],
    ['a title over 200 characters', appealBody(undefined, { title: '长'.repeat(201) }), ['title']],
  ])('%s: 400 naming the field, nothing written', async (_case, body, fields) => {
    const before = await countRows();
    const answer = await stack.api('POST', '/v1/appeals', office, body);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 400, title: expect.any(String), detail: expect.any(String) });
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(fields));
    expect(await countRows()).toEqual(before);
  });

  it('an oversized body: 413 problem+json, nothing written', async () => {
    const before = await countRows();
    const answer = await stack.api('POST', '/v1/appeals', office, appealBody(undefined, { description: 'x'.repeat(70 * 1024) }));
    expect(answer.status).toBe(413);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await countRows()).toEqual(before);
  });

  it('malformed JSON: 400', async () => {
    const answer = await stack.api('POST', '/v1/appeals', office, '{"enterprise":');
    expect(answer.status).toBe(400);
  });
});

describe('the surface', () => {
  it('answers unknown routes with a 404 problem', async () => {
    const answer = await stack.api('GET', '/v1/nothing-here', ADMIN);
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('reports readiness of Postgres and Temporal', async () => {
    const answer = await stack.api('GET', '/readyz');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ postgres: 'ok', temporal: 'ok' });
  });
});
