import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nthWorkingDayCounting, WorkingCalendar } from '../../domain/calendar.js';
import { endOfDay, localDate } from '../../domain/dates.js';
import { shippedCalendarYears } from '../../domain/holiday-seed.js';
import { ADMIN, TIMEZONE, appealBody, startTestStack, type TestStack } from '../support/stack.js';

// The time rules' numbers are a city's to change (CONTRACT.md §3, /v1/policy): validated on PUT, applied to
// deadlines set afterwards and never to ones already set.

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.teardown());

// CONTRACT.md's example document, as written there.
const CONTRACT_EXAMPLE = {
  assignByDay: 2,
  pathByDay: 3,
  limits: { simple: 1, general: [5, 10, 15], complex: 30 },
  warningTime: '09:00',
  reportEveryWorkingDays: 5,
  ratingDueWorkingDays: 5,
  unratedAfterWorkingDays: 10,
  explanationDueWorkingDays: 2,
  followUpMonths: [3, 6, 9, 12],
  followUpDueWorkingDays: 5,
};

describe('the policy', () => {
  it('takes the contract’s document and applies new numbers to deadlines set afterwards only', async () => {
    const office = await stack.token('office');
    const before = (await stack.api('POST', '/v1/appeals', office, appealBody())).body;

    const put = await stack.api('PUT', '/v1/policy', ADMIN, { ...CONTRACT_EXAMPLE, assignByDay: 4 });
    expect(put.status).toBe(200);
    expect((await stack.api('GET', '/v1/policy', office)).body).toMatchObject({ ...CONTRACT_EXAMPLE, assignByDay: 4 });

    const after = (await stack.api('POST', '/v1/appeals', office, appealBody())).body;
    const cal = new WorkingCalendar(shippedCalendarYears());
    const registeredOn = localDate(Date.parse(after.registeredAt), TIMEZONE);
    expect(Date.parse(after.deadlines.assignBy)).toBe(endOfDay(nthWorkingDayCounting(cal, registeredOn, 4), TIMEZONE));
    expect((await stack.api('GET', `/v1/appeals/${before.id}`, office)).body.deadlines.assignBy).toBe(before.deadlines.assignBy);
  });

  it('refuses bad numbers, naming them', async () => {
    const answer = await stack.api('PUT', '/v1/policy', ADMIN, { ...CONTRACT_EXAMPLE, ratingDueWorkingDays: 0, followUpMonths: [12, 9, 6, 3] });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['ratingDueWorkingDays']));
    const office = await stack.token('office');
    expect((await stack.api('PUT', '/v1/policy', office, CONTRACT_EXAMPLE)).status).toBe(403);
  });
});
