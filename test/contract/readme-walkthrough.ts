import createClient from 'openapi-fetch';
import type { paths } from './api-types.js';

// README's "API walk-through", step by step, through a client typed by the OpenAPI document (test/contract/api-types.ts,
// generated from /openapi.json): `tsc` in `npm test` checks every path, body and answer field used here against the
// document, and test/contract/readme-walkthrough.test.ts runs it against the real stack.

export const ENTERPRISE_CREDIT_CODE = '91510700MA62BAR50B';

/** The answer's body, or an error naming the step and what the API said instead. */
function expectData<T>(step: string, answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.data === undefined) throw new Error(`${step}: ${answer.response.status} ${JSON.stringify(answer.error)}`);
  return answer.data;
}

/** `fetch`: how the client reaches the API (the test passes one that checks each answer against the document). */
export async function readmeWalkthrough(baseUrl: string, adminToken: string, fetch: (request: Request) => Promise<Response> = globalThis.fetch) {
  const as = (token: string) => createClient<paths>({ baseUrl, fetch, headers: { Authorization: `Bearer ${token}` } });
  const admin = as(adminToken);

  // a department and tokens for each role (tokens are shown once)
  expectData('department', await admin.POST('/v1/departments', { body: { code: 'ndrc', name: '发展和改革委员会' } }));
  const issue = async (body: paths['/v1/tokens']['post']['requestBody']['content']['application/json']) =>
    expectData(`token ${body.role}`, await admin.POST('/v1/tokens', { body })).token;
  const office = as(await issue({ role: 'office', label: '营商环境办' }));
  const department = as(await issue({ role: 'department', department: 'ndrc' }));
  const enterprise = as(await issue({ role: 'enterprise', creditCode: ENTERPRISE_CREDIT_CODE }));

  // the enterprise submits online (Idempotency-Key makes a retry safe)
  const submitted = await enterprise.POST('/v1/appeals', {
    headers: { 'Idempotency-Key': '2026-11-23-loan' },
    body: {
      enterprise: { name: '绵阳测试科技有限公司', creditCode: ENTERPRISE_CREDIT_CODE, contact: { name: '张三', phone: '13800000000' } },
      category: 'financing',
      title: '贷款审批慢',
      description: '申请科技贷款两个月未有答复',
    },
  });
  const appeal = expectData('submit', submitted);
  const path = { params: { path: { id: appeal.id } } };

  // the office classifies (general, 10 working days) and assigns; the department accepts, answers, resolves
  expectData('classify', await office.POST('/v1/appeals/{id}/classify', { ...path, body: { classification: 'general', timeLimitDays: 10 } }));
  expectData('assign', await office.POST('/v1/appeals/{id}/assign', { ...path, body: { lead: 'ndrc' } }));
  const inbox = expectData('inbox', await department.GET('/v1/departments/{code}/inbox', { params: { path: { code: 'ndrc' } } }));
  expectData('accept', await department.POST('/v1/appeals/{id}/accept', { ...path, body: {} }));
  expectData('path', await department.POST('/v1/appeals/{id}/path', { ...path, body: { message: '已协调合作银行，预计一周内完成审批' } }));
  // a step sent again with its Idempotency-Key (a retry after a lost answer) is taken once
  const progress = { ...path, headers: { 'Idempotency-Key': '2026-11-30-progress' }, body: { message: '银行已受理，正在审批' } };
  expectData('progress', await department.POST('/v1/appeals/{id}/progress', progress));
  const retried = expectData('progress again', await department.POST('/v1/appeals/{id}/progress', progress));
  expectData('resolve', await department.POST('/v1/appeals/{id}/resolve', { ...path, body: { summary: '贷款已审批放款' } }));
  // the enterprise rates online: satisfied closes the appeal and schedules four follow-up visits
  expectData('rating', await enterprise.POST('/v1/appeals/{id}/rating', { ...path, body: { result: 'satisfied', method: 'online' } }));
  const closed = expectData('read', await office.GET('/v1/appeals/{id}', path));
  // 202 (still registering) is a documented answer too: the type makes the reader tell them apart.
  if (closed.status === 'registering') throw new Error(`appeal ${closed.id} is still registering`);

  return { submittedStatus: submitted.response.status, inbox: inbox.items, retried, closed };
}
