import { jsonRequest, readBody } from '../json-request.js';

// What the fuzzer needs to get past 404: a department with a token of each role, appeals in two states, a meeting
// with a registration, a series and some notifications. Made through the API itself, as a city would make them.

export interface Seeded {
  tokens: { office: string; department: string; enterprise: string };
  department: string;
  creditCode: string;
  appealIds: string[];
  meetingId: string;
  /** Absent when the Temporal server runs no Schedules. */
  seriesId?: string;
  notificationIds: string[];
  /** A token the fuzzer may revoke (DELETE /v1/tokens/{id}) without locking itself out. */
  spareTokenId: string;
}

const DEPARTMENT = 'fuzz-dept';
const CREDIT_CODE = '91510700MA62BAR50B';
const enterprise = { name: '绵阳模糊测试有限公司', creditCode: CREDIT_CODE, contact: { name: '张三', phone: '13800000000' } };

export async function seed(apiUrl: string, adminToken: string): Promise<Seeded> {
  /** The answer's JSON, read as the shape the route answers (most answer the created thing's `id`). */
  async function call<T = { id: string }>(token: string, method: string, path: string, body?: unknown, expected = [200, 201]): Promise<T> {
    const response = await fetch(apiUrl + path, jsonRequest(method, token, body));
    const answer = await readBody(response);
    if (!expected.includes(response.status)) {
      throw new Error(`seeding: ${method} ${path} answered ${response.status} ${JSON.stringify(answer)}`);
    }
    return answer as T;
  }
  const token = async (role: string, extra: Record<string, string> = {}) =>
    call<{ id: string; token: string }>(adminToken, 'POST', '/v1/tokens', { role, label: 'fuzz', ...extra });

  await call(adminToken, 'POST', '/v1/departments', { code: DEPARTMENT, name: '模糊测试局' }, [201, 409]);
  const [office, department, owner, spare] = await Promise.all([
    token('office'),
    token('department', { department: DEPARTMENT }),
    token('enterprise', { creditCode: CREDIT_CODE }),
    token('office'),
  ]);
  const tokens = { office: office.token, department: department.token, enterprise: owner.token };

  const appeal = { enterprise, category: 'financing', title: '贷款审批慢', description: '申请科技贷款两个月未有答复' };
  const registered = await call(tokens.office, 'POST', '/v1/appeals', { ...appeal, channel: 'visit' });
  const handled = await call(tokens.enterprise, 'POST', '/v1/appeals', appeal);
  await call(tokens.office, 'POST', `/v1/appeals/${handled.id}/classify`, { classification: 'general', timeLimitDays: 10 });
  await call(tokens.office, 'POST', `/v1/appeals/${handled.id}/assign`, { lead: DEPARTMENT });
  await call(tokens.department, 'POST', `/v1/appeals/${handled.id}/accept`, {});

  const place = { chair: '市长', location: '市政府' };
  const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const meeting = await call(tokens.office, 'POST', '/v1/meetings', { kind: 'symposium', title: '融资座谈会', theme: '融资', startsAt, ...place });
  await call(tokens.office, 'POST', `/v1/meetings/${meeting.id}/invitations`, { creditCodes: [CREDIT_CODE] });
  await call(tokens.enterprise, 'POST', `/v1/meetings/${meeting.id}/registrations`, { enterprise });
  // A server without Schedules answers 503, with no id.
  const series = await call<{ id?: string }>(
    tokens.office,
    'POST',
    '/v1/meeting-series',
    { kind: 'symposium', title: '月度座谈会', theme: '营商环境', recurrence: 'first_weekend_monthly', startTime: '09:30', ...place },
    [201, 503],
  );

  const notifications = await call<{ items: { id: string }[] }>(tokens.office, 'GET', '/v1/notifications?limit=5');
  return {
    tokens,
    department: DEPARTMENT,
    creditCode: CREDIT_CODE,
    appealIds: [registered.id, handled.id],
    meetingId: meeting.id,
    ...(series.id ? { seriesId: series.id } : {}),
    notificationIds: notifications.items.map((n) => n.id),
    spareTokenId: spare.id,
  };
}
