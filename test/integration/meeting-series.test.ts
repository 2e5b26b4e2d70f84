import { ScheduleNotFoundError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../domain/dates.js';
import { SERIES_FIRING_WORKFLOW, seriesScheduleId } from '../../workflows/meeting-messages.js';
import { at, eventually, iso, ms } from '../support/lifecycle.js';
import { firstSaturdayAfter, weekday } from '../support/meetings.js';
import { startTestStack, type TestStack } from '../support/stack.js';

// A meeting series is a Temporal Schedule (CONTRACT.md §6): only the dev server runs Schedules, so this file uses it,
// on the real clock. Its next action times are the announcements, `trigger()` opens the next meeting, and the
// office pauses, resumes and deletes it.

let stack: TestStack;
let office: string;

beforeAll(async () => {
  stack = await startTestStack({ temporal: 'dev' });
  office = await stack.token('office');
});
afterAll(() => stack?.teardown());

const body = (fields: Record<string, unknown>) => ({
  kind: 'symposium',
  title: '政商恳谈会',
  theme: '每月第一个周末，企业自愿报名',
  recurrence: 'first_weekend_monthly',
  startTime: '09:30',
  chair: '市委书记',
  location: '市政务服务中心',
  ...fields,
});

async function createSeries(fields: Record<string, unknown> = {}) {
  const created = await stack.api('POST', '/v1/meeting-series', office, body(fields));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string; status: string; scheduleId: string; upcoming: { date: IsoDate; startsAt: string; announceAt: string }[] };
}

const dayOfMonth = (d: IsoDate) => Number(d.slice(8));

async function nextActionTimes(seriesId: string): Promise<string[]> {
  const described = await stack.env.client.schedule.getHandle(seriesScheduleId(seriesId)).describe();
  return described.info.nextActionTimes.map((t) => iso(t.getTime()));
}

describe('a meeting series on the dev server', () => {
  it('first_weekend_monthly: the Schedule fires 7 days before each first Saturday, at the meeting’s time', async () => {
    const series = await createSeries();
    expect(series).toMatchObject({ status: 'active', scheduleId: `meeting-series-${series.id}` });
    expect(series.upcoming).toHaveLength(12);
    for (const o of series.upcoming) {
      expect(weekday(o.date)).toBe(6);
      expect(dayOfMonth(o.date)).toBeLessThanOrEqual(7);
      expect(o.startsAt).toBe(iso(at(o.date, '09:30')));
      expect(o.announceAt).toBe(iso(at(addDays(o.date, -7), '09:30')));
    }
    const times = await nextActionTimes(series.id);
    expect(times.length).toBeGreaterThan(0);
    expect(times).toEqual(series.upcoming.slice(0, times.length).map((o) => o.announceAt));
    const described = await stack.env.client.schedule.getHandle(seriesScheduleId(series.id)).describe();
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: SERIES_FIRING_WORKFLOW });
    expect((await stack.api('GET', '/v1/meeting-series', office)).body.items.map((s: { id: string }) => s.id)).toContain(series.id);
  });

  it('trigger() opens the meeting of the next first Saturday as the workflow meeting-<id>', async () => {
    const series = await createSeries({ title: '触发测试' });
    const now = Date.now();
    await stack.env.client.schedule.getHandle(seriesScheduleId(series.id)).trigger();
    const first = firstSaturdayAfter(now, '09:30');
    // Within a week of the meeting its announcement is already due: the ledger shows `planned` for a moment first.
    // Which status is due is decided at each read, so a run that crosses the announcement moment passes too.
    const announceAt = at(addDays(first, -7), '09:30');
    const meeting = await eventually(async () => {
      const items = (await stack.api('GET', `/v1/meetings?seriesId=${series.id}`, office)).body.items;
      expect(items).toHaveLength(1);
      expect(items[0].status).toBe(announceAt > Date.now() ? 'planned' : 'announced');
      return items[0];
    }, 30_000);
    expect(meeting).toMatchObject({
      id: `${series.id}-${first}`,
      seriesId: series.id,
      kind: 'symposium',
      title: '触发测试',
      startsAt: iso(at(first, '09:30')),
    });
    const described = await stack.env.client.workflow.getHandle(`meeting-${meeting.id}`).describe();
    expect(described.status.name).toBe('RUNNING');
    expect(described.type).toBe('meeting');
  });

  it('twice_monthly and an RRULE with UNTIL: the announcements of exactly their meetings', async () => {
    const twice = await createSeries({ recurrence: 'twice_monthly', startTime: '14:00', announceDaysBefore: 3 });
    for (const o of twice.upcoming) {
      expect(weekday(o.date)).toBe(6);
      expect([1, 3]).toContain(Math.ceil(dayOfMonth(o.date) / 7));
      expect(o.announceAt).toBe(iso(at(addDays(o.date, -3), '14:00')));
    }
    const times = await nextActionTimes(twice.id);
    expect(times).toEqual(twice.upcoming.slice(0, times.length).map((o) => o.announceAt));

    // The last Friday of each month, for the next three months only.
    const until = addDays(new Date().toISOString().slice(0, 10), 92).replaceAll('-', '');
    const lastFriday = await createSeries({ kind: 'consultation_meeting', recurrence: `FREQ=MONTHLY;BYDAY=-1FR;UNTIL=${until}`, startTime: '10:00' });
    expect(lastFriday.upcoming.length).toBeGreaterThanOrEqual(2);
    expect(lastFriday.upcoming.length).toBeLessThanOrEqual(4);
    for (const o of lastFriday.upcoming) {
      expect(weekday(o.date)).toBe(5);
      expect(dayOfMonth(addDays(o.date, 7))).toBeLessThanOrEqual(7);
    }
    expect(await nextActionTimes(lastFriday.id)).toEqual(lastFriday.upcoming.map((o) => o.announceAt));

    const refused = await stack.api('POST', '/v1/meeting-series', office, body({ recurrence: 'FREQ=MONTHLY;COUNT=3' }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'recurrence' });
  });

  it('pause and resume reach the Schedule; DELETE removes it', async () => {
    const series = await createSeries({ title: '暂停测试' });
    const handle = stack.env.client.schedule.getHandle(seriesScheduleId(series.id));
    const paused = await stack.api('POST', `/v1/meeting-series/${series.id}/pause`, office);
    expect(paused.status).toBe(200);
    expect(paused.body.status).toBe('paused');
    expect((await handle.describe()).state.paused).toBe(true);
    const resumed = await stack.api('POST', `/v1/meeting-series/${series.id}/resume`, office);
    expect(resumed.body.status).toBe('active');
    expect((await handle.describe()).state.paused).toBe(false);

    expect((await stack.api('DELETE', `/v1/meeting-series/${series.id}`, office)).status).toBe(204);
    await expect(handle.describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
    expect((await stack.api('GET', '/v1/meeting-series', office)).body.items.map((s: { id: string }) => s.id)).not.toContain(series.id);
    expect((await stack.api('POST', `/v1/meeting-series/${series.id}/resume`, office)).status).toBe(404);
    expect(ms(series.upcoming[0]!.announceAt)).toBeGreaterThan(Date.now());
  });
});
