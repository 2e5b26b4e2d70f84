import { Client } from '@temporalio/client';
import { expect } from 'vitest';
import { recipientKey, type Recipient } from '../../domain/appeal.js';
import { WorkingCalendar, nthWorkingDayAfter, nthWorkingDayCounting, workingDayBefore, workingDayOnOrAfter, type CalendarYear } from '../../domain/calendar.js';
import { addMonthsClamped, atLocalTime, endOfDay, formatInstant, localDate, type IsoDate } from '../../domain/dates.js';
import { shippedCalendarYears } from '../../domain/holiday-seed.js';
import { appealWorkflowId, stateQuery } from '../../workflows/messages.js';
import { keepHistory } from '../replay/fixtures.js';
import { ADMIN, TIMEZONE, appealBody, newCreditCode, type Answer, type TestStack } from './stack.js';

// Helpers for the lifecycle tests: expected deadlines computed from the test server's clock with the calendar
// functions and the shipped seed (never through the activity under test), steps over HTTP, and the ledger read
// straight from Postgres, one step's rows at a time.

/** The calendar the product should be using: the shipped seed, with any years a test replaced through the API. */
export class ExpectedCalendar {
  private replaced: CalendarYear[] = [];
  private cal = new WorkingCalendar(shippedCalendarYears());

  replace(year: CalendarYear) {
    this.replaced = [...this.replaced.filter((y) => y.year !== year.year), year];
    this.cal = new WorkingCalendar([...shippedCalendarYears(), ...this.replaced]);
  }

  shipped(year: number): CalendarYear {
    return shippedCalendarYears().find((y) => y.year === year) ?? { year, holidays: [], workdays: [] };
  }

  get working(): WorkingCalendar {
    return this.cal;
  }
}

export const day = (ms: number): IsoDate => localDate(ms, TIMEZONE);
export const iso = (ms: number): string => formatInstant(ms, TIMEZONE);
export const endOf = (d: IsoDate): number => endOfDay(d, TIMEZONE);
export const at = (d: IsoDate, time: string): number => atLocalTime(d, time, TIMEZONE);
export const ms = (instant: string): number => Date.parse(instant);

export function rules(expected: ExpectedCalendar) {
  const cal = () => expected.working;
  return {
    /** The 1-2-3 rule: the day of `t` is working day 1 if it is one. */
    counting: (t: number, n: number) => endOf(nthWorkingDayCounting(cal(), day(t), n)),
    /** "Within N working days" of the event at `t` (its own day not counted). */
    after: (t: number, n: number) => endOf(nthWorkingDayAfter(cal(), day(t), n)),
    warningFor: (dueAt: number) => at(workingDayBefore(cal(), day(dueAt)), '09:00'),
    nextWorkingDay: (t: number) => nthWorkingDayAfter(cal(), day(t), 1),
    followUps(closedAt: number, cycle = 1) {
      return [3, 6, 9, 12].map((months, i) => {
        const scheduledFor = workingDayOnOrAfter(cal(), addMonthsClamped(day(closedAt), months));
        return {
          cycle,
          n: i + 1,
          scheduledFor,
          dueAt: iso(endOf(nthWorkingDayAfter(cal(), scheduledFor, 5))),
          announceAt: at(scheduledFor, '09:00'),
        };
      });
    },
  };
}

/** Polls until `check` stops throwing: timer firings reach the ledger through an activity shortly after. */
export async function eventually<T>(check: () => Promise<T>, withinMs = 8000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export interface Tokens {
  office: string;
  admin: string;
  dept(code: string): Promise<string>;
  enterprise(creditCode: string): Promise<string>;
}

export async function tokensFor(stack: TestStack, departments: string[]): Promise<Tokens> {
  for (const code of departments) await stack.department(code);
  const cache = new Map<string, string>();
  const cached = async (key: string, issue: () => Promise<string>) => {
    if (!cache.has(key)) cache.set(key, await issue());
    return cache.get(key)!;
  };
  return {
    office: await stack.token('office'),
    admin: ADMIN,
    dept: (code) => cached(`d:${code}`, () => stack.token('department', { department: code })),
    enterprise: (cc) => cached(`e:${cc}`, () => stack.token('enterprise', { creditCode: cc })),
  };
}

/** How an appeal_events row reads in the expectations: its kind, or `notified <kind> → <recipient>`. */
function eventLine(e: { kind: string; data: unknown }): string {
  if (e.kind !== 'notified') return e.kind;
  const data = e.data as { notification: string; recipient: Recipient };
  return `notified ${data.notification} → ${recipientKey(data.recipient)}`;
}

export function lifecycle(stack: TestStack, tokens: Tokens) {
  const now = () => stack.env.currentTimeMs();

  async function sleepUntil(instant: number) {
    const current = await now();
    expect(instant, 'the test server clock only moves forward').toBeGreaterThan(current);
    await stack.env.sleep(instant - current);
  }

  async function post(id: string, step: string, token: string, body: unknown = {}): Promise<Answer> {
    return stack.api('POST', `/v1/appeals/${id}/${step}`, token, body);
  }

  /** A step that must succeed: answers the appeal as GET returns it. */
  async function step(id: string, name: string, token: string, body: unknown = {}) {
    const answer = await post(id, name, token, body);
    expect(answer.status, `${name}: ${JSON.stringify(answer.body)}`).toBe(200);
    return answer.body;
  }

  async function get(id: string, token = tokens.office) {
    const answer = await stack.api('GET', `/v1/appeals/${id}`, token);
    expect(answer.status).toBe(200);
    return answer.body;
  }

  async function submit(overrides: Record<string, unknown> = {}) {
    const cc = newCreditCode();
    const before = await now();
    const created = await stack.api('POST', '/v1/appeals', tokens.office, appealBody(cc, { channel: 'service_window', ...overrides }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const registeredAt = ms(created.body.registeredAt);
    expect(registeredAt).toBeGreaterThanOrEqual(before);
    return { id: created.body.id as string, cc, registeredAt, appeal: created.body, enterprise: await tokens.enterprise(cc) };
  }

  /** Passes once the ledger holds everything the workflow has done so far (its snapshot's version is the state's). */
  async function settled(id: string) {
    const state = await stack.env.client.workflow.getHandle(appealWorkflowId(id)).query(stateQuery);
    const row = await stack.db.selectFrom('appeals').select('version').where('id', '=', id).executeTakeFirst();
    expect(row?.version).toBe(state.seq);
  }

  /** Reads the appeal's ledger rows written since the last call, and checks them against the expected lines. */
  function ledger(id: string) {
    let seen = 0;
    const rows = () =>
      stack.db.selectFrom('appeal_events').select(['seq', 'kind', 'data']).where('appeal_id', '=', id).where('seq', '>', seen).orderBy('seq').execute();
    const notificationRows = (seqs: number[]) =>
      seqs.length === 0
        ? Promise.resolve([])
        : stack.db
            .selectFrom('notifications')
            .select(['seq', 'kind', 'recipient'])
            .where('appeal_id', '=', id)
            .where('seq', 'in', seqs)
            .orderBy('seq')
            .execute();
    return {
      /** The next rows must be exactly `lines` (waiting for them to be written), each notification a row of its own. */
      async expect(lines: string[]) {
        const fresh = await eventually(async () => {
          await settled(id);
          const r = await rows();
          expect(r.length).toBeGreaterThanOrEqual(lines.length);
          return r;
        });
        expect(fresh.map(eventLine)).toEqual(lines);
        const notified = fresh.filter((e) => e.kind === 'notified');
        const notifications = await notificationRows(notified.map((e) => e.seq));
        expect(notifications.map((n) => `notified ${n.kind} → ${n.recipient}`)).toEqual(notified.map(eventLine));
        seen = fresh.at(-1)?.seq ?? seen;
      },
      /** Nothing written since the last check. */
      async expectNothing() {
        await eventually(() => settled(id));
        expect((await rows()).map(eventLine)).toEqual([]);
      },
    };
  }

  /** The appeal once its timeline has an event of `kind` (timer firings are written just after the timer). */
  async function whenTimelineHas(id: string, kind: string, count = 1) {
    return eventually(async () => {
      const appeal = await get(id);
      expect(appeal.timeline.filter((e: { kind: string }) => e.kind === kind).length).toBeGreaterThanOrEqual(count);
      return appeal;
    });
  }

  function lastEvent(appeal: { timeline: { kind: string }[] }, kind: string) {
    const found = appeal.timeline.filter((e) => e.kind === kind).at(-1);
    expect(found, `no ${kind} event`).toBeDefined();
    return found as { kind: string; at: string; round: number; actor?: { role: string; department?: string }; data?: Record<string, unknown> };
  }

  async function describeWorkflow(id: string) {
    return stack.env.client.workflow.getHandle(appealWorkflowId(id)).describe();
  }

  /** What the Temporal UI shows as the workflow's current details (set by the workflow itself). */
  async function currentDetails(id: string): Promise<string> {
    const metadata = await stack.env.client.workflow.getHandle(appealWorkflowId(id)).query<{ currentDetails?: string }>('__temporal_workflow_metadata');
    return metadata.currentDetails ?? '';
  }

  /** The workflow's result, through a plain client: the test environment's client would unlock time skipping. */
  async function result(id: string) {
    const client = new Client({ connection: stack.env.connection, dataConverter: stack.dataConverter });
    return client.workflow.getHandle(appealWorkflowId(id)).result();
  }

  /** The workflow's history; written as a replay fixture when RECORD_HISTORIES is set. */
  function history(id: string, name?: string) {
    const handle = stack.env.client.workflow.getHandle(appealWorkflowId(id));
    return name ? keepHistory(handle, name) : handle.fetchHistory();
  }

  /** Moves the clock to 10:00 on the next working day, far from midnight, so a step's day is the day it was read. */
  async function toWorkingMorning(expected: ExpectedCalendar) {
    const target = at(nthWorkingDayAfter(expected.working, day(await now()), 1), '10:00');
    await sleepUntil(target);
    return target;
  }

  /**
   * A Monday–Sunday holiday week ahead, through PUT /v1/calendar/:year: T is the next Thursday, the week off is
   * T+4 (Mon) … T+10 (Sun), and Sunday T+3 and Saturday T+16 are adjusted working days. Within T … T+20 only these
   * days differ from the weekend rule, whatever the seed has there (New Year, say). Answers T+n as a date.
   */
  async function holidayWeekAhead(expected: ExpectedCalendar) {
    let thursday = plusDays(day(await now()), 1);
    while (new Date(`${thursday}T00:00:00Z`).getUTCDay() !== 4) thursday = plusDays(thursday, 1);
    const T = (n: number) => plusDays(thursday, n);
    const holidays = [4, 5, 6, 7, 8, 9, 10].map(T);
    const workdays = [T(3), T(16)];
    const span = new Set(Array.from({ length: 21 }, (_, n) => T(n)));
    for (const year of new Set([...span].map((d) => Number(d.slice(0, 4))))) {
      const inYear = (d: string) => d.startsWith(`${year}-`);
      const shipped = expected.shipped(year);
      const replacement = {
        year,
        holidays: [...shipped.holidays.filter((d) => !span.has(d)), ...holidays.filter(inYear)].sort(),
        workdays: [...shipped.workdays.filter((d) => !span.has(d)), ...workdays.filter(inYear)].sort(),
      };
      const put = await stack.api('PUT', `/v1/calendar/${year}`, ADMIN, { holidays: replacement.holidays, workdays: replacement.workdays });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      expected.replace(replacement);
    }
    return T;
  }

  return {
    now,
    sleepUntil,
    post,
    step,
    get,
    submit,
    settled,
    ledger,
    whenTimelineHas,
    lastEvent,
    describeWorkflow,
    currentDetails,
    result,
    history,
    toWorkingMorning,
    holidayWeekAhead,
  };
}

/** `d` plus `n` calendar days. */
export function plusDays(d: IsoDate, n: number): IsoDate {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
