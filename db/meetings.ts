import { sql, type Kysely, type Selectable } from 'kysely';
import type { AppealState, Instant } from '../domain/appeal.js';
import type { Status } from '../domain/codes.js';
import {
  appealSettled,
  attendanceOf,
  figuresOf,
  meetingRecipientKey,
  factsOf,
  readinessOf,
  type AppealSummary,
  type MeetingAppealFacts,
  type MeetingProblem,
  type MeetingEvent,
  type MeetingFigures,
  type MeetingNotification,
  type MeetingState,
} from '../domain/meeting.js';
import type { Occurrence } from '../domain/recurrence.js';
import { eventColumns, eventOfRow } from './event-columns.js';
import { insertNotifications } from './notifications.js';
import { loadPolicy } from './policy.js';
import type { Database } from './schema.js';

// The meetings' ledger: written by the meeting workflow's activity (keyed by its sequence numbers, so a retry or a
// replay writes nothing twice and an older snapshot never overwrites a newer one), read by the API.

export interface MeetingLedgerEntry {
  snapshot: MeetingState;
  events: MeetingEvent[];
  notifications: MeetingNotification[];
}

const json = (value: unknown) => JSON.stringify(value);

/** An announcement asks enterprises to register: its deadline is when registration closes, while that is ahead. */
function deadlineOf(n: MeetingNotification, s: MeetingState): Instant | null {
  return n.kind === 'announced' && s.registrationClosesAt > n.at ? s.registrationClosesAt : null;
}

export async function recordMeetingEntry(db: Kysely<Database>, { snapshot: s, events, notifications }: MeetingLedgerEntry) {
  await db.transaction().execute(async (tx) => {
    const row = {
      id: s.id,
      version: s.seq,
      series_id: s.seriesId,
      kind: s.kind,
      status: s.status,
      starts_at: new Date(s.startsAt),
      announced_at: s.announcedAt === null ? null : new Date(s.announcedAt),
      state: json(s),
    };
    await tx
      .insertInto('meetings')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            version: eb.ref('excluded.version'),
            status: eb.ref('excluded.status'),
            announced_at: eb.ref('excluded.announced_at'),
            state: eb.ref('excluded.state'),
          }))
          .where('meetings.version', '<=', (eb) => eb.ref('excluded.version')),
      )
      .execute();
    if (events.length > 0) {
      await tx
        .insertInto('meeting_events')
        .values(events.map((e) => ({ meeting_id: s.id, ...eventColumns(e) })))
        .onConflict((oc) => oc.columns(['meeting_id', 'seq']).doNothing())
        .execute();
    }
    // The appeals' notifications table and payload (CONTRACT.md §5), with the meeting where they name the appeal.
    await insertNotifications(
      tx,
      notifications.map((n) => {
        const deadline = deadlineOf(n, s);
        return {
          id: n.id,
          meeting_id: s.id,
          seq: n.seq,
          kind: n.kind,
          recipient: meetingRecipientKey(n.recipient),
          department_code: null,
          deadline: deadline === null ? null : new Date(deadline),
          created_at: new Date(n.at),
          payload: json({
            id: n.id,
            kind: n.kind,
            meetingId: s.id,
            title: s.title,
            status: s.status,
            startsAt: s.startsAt,
            deadline,
            link: `/v1/meetings/${s.id}`,
            at: n.at,
            ...(n.data ? { data: n.data } : {}),
          }),
        };
      }),
    );
    if (s.appeals.length > 0) {
      await tx
        .insertInto('meeting_appeals')
        .values(s.appeals.map((a) => ({ meeting_id: s.id, appeal_id: a.appealId, origin: a.origin, at: new Date(a.at) })))
        .onConflict((oc) => oc.columns(['meeting_id', 'appeal_id']).doNothing())
        .execute();
    }
  });
}

export async function findMeeting(db: Kysely<Database>, id: string): Promise<MeetingState | undefined> {
  const row = await db.selectFrom('meetings').select('state').where('id', '=', id).executeTakeFirst();
  return row?.state;
}

export async function meetingTimeline(db: Kysely<Database>, id: string): Promise<MeetingEvent[]> {
  const rows = await db.selectFrom('meeting_events').selectAll().where('meeting_id', '=', id).orderBy('seq').execute();
  return rows.map((r) => eventOfRow<MeetingEvent['kind'], typeof r>(r));
}

export interface MeetingFilter {
  status?: string;
  kind?: string;
  seriesId?: string;
  /** Inclusive bounds on `startsAt`. */
  startsFrom?: Date;
  startsBefore?: Date;
  /** An enterprise caller: announced meetings, and those it is invited to or registered for. */
  visibleToEnterprise?: string;
}

export async function listMeetings(db: Kysely<Database>, f: MeetingFilter): Promise<MeetingState[]> {
  let q = db.selectFrom('meetings').select('state');
  if (f.status) q = q.where('status', '=', f.status);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.seriesId) q = q.where('series_id', '=', f.seriesId);
  if (f.startsFrom) q = q.where('starts_at', '>=', f.startsFrom);
  if (f.startsBefore) q = q.where('starts_at', '<', f.startsBefore);
  if (f.visibleToEnterprise) {
    const code = f.visibleToEnterprise;
    q = q.where((eb) =>
      eb.or([
        eb('announced_at', 'is not', null),
        eb(sql`state->'invitations'`, '@>', json([code])),
        eb(sql`state->'registrations'`, '@>', json([{ enterprise: { creditCode: code } }])),
      ]),
    );
  }
  const rows = await q.orderBy('starts_at', 'desc').orderBy('id').execute();
  return rows.map((r) => r.state);
}

/** Each appeal's standing as a meeting's figures count it, from the appeals' ledger. */
export async function appealSummaries(db: Kysely<Database>, appealIds: string[]): Promise<AppealSummary[]> {
  if (appealIds.length === 0) return [];
  const rows = await db
    .selectFrom('appeals')
    .leftJoin('departments', 'departments.code', 'appeals.lead_department')
    .select([
      'appeals.id',
      'appeals.status',
      'appeals.closure',
      'appeals.lead_department',
      'departments.name',
      sql<AppealState['followUps']>`appeals.state->'followUps'`.as('follow_ups'),
    ])
    .where('appeals.id', 'in', [...new Set(appealIds)])
    .execute();
  return rows.map((r) => ({
    appealId: r.id,
    status: r.status as Status,
    closure: r.closure,
    leadDepartment: r.lead_department,
    leadDepartmentName: r.name,
    settled: appealSettled({ status: r.status as Status, followUps: r.follow_ups ?? [] }),
  }));
}

/** A meeting's problems as the ledger has them now: lead, co-departments and readiness (issue 19). */
export async function meetingProblems(db: Kysely<Database>, appealIds: string[]): Promise<MeetingProblem[]> {
  if (appealIds.length === 0) return [];
  const rows = await db
    .selectFrom('appeals')
    .leftJoin('departments', 'departments.code', 'appeals.lead_department')
    .select([
      'appeals.id',
      'appeals.status',
      'appeals.lead_department',
      'appeals.co_departments',
      'departments.name',
      sql<string>`appeals.state->>'title'`.as('title'),
      sql<boolean>`coalesce((appeals.state->>'pathReported')::boolean, false)`.as('path_reported'),
    ])
    .where('appeals.id', 'in', [...new Set(appealIds)])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return appealIds.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const status = r.status as Status;
    return [
      {
        appealId: r.id,
        title: r.title,
        status,
        leadDepartment: r.lead_department,
        leadDepartmentName: r.name,
        coDepartments: r.co_departments,
        readiness: readinessOf({ status, pathReported: r.path_reported }),
      },
    ];
  });
}

/** Each meeting's appeals as the ledger has them now, read in one query. */
async function summariesByMeeting(db: Kysely<Database>, meetings: MeetingState[]): Promise<(AppealSummary & Partial<MeetingAppealFacts>)[][]> {
  const found = new Map(
    (
      await appealSummaries(
        db,
        meetings.flatMap((m) => m.appeals.map((a) => a.appealId)),
      )
    ).map((a) => [a.appealId, a]),
  );
  return meetings.map((m) => {
    const facts = factsOf(m);
    return m.appeals.flatMap((a) => {
      const summary = found.get(a.appealId);
      return summary ? [{ ...summary, ...facts[a.appealId] }] : [];
    });
  });
}

/** The special report's figures of each meeting as the ledger has them now. */
export async function currentFigures(db: Kysely<Database>, meetings: MeetingState[]): Promise<MeetingFigures[]> {
  const summaries = await summariesByMeeting(db, meetings);
  const counting = (await loadPolicy(db)).figures;
  return meetings.map((m, i) => figuresOf(attendanceOf(m), summaries[i]!, counting));
}

/** Each meeting's special report: the one stored when it was reported, else its figures as they stand. */
export async function specialReports(db: Kysely<Database>, meetings: MeetingState[]): Promise<MeetingFigures[]> {
  const current = await currentFigures(db, meetings);
  return meetings.map((m, i) => (m.status === 'reported' && m.report ? m.report : current[i]!));
}

/** Figures over many meetings (the seeds' "130 meetings, 1466 problems, 1238 solved"): sums, and rates of the sums. */
export async function combinedFigures(db: Kysely<Database>, meetings: MeetingState[]): Promise<MeetingFigures & { meetings: number }> {
  const attendance = { invited: 0, registered: 0, attended: 0 };
  for (const m of meetings) {
    const a = attendanceOf(m);
    attendance.invited += a.invited;
    attendance.registered += a.registered;
    attendance.attended += a.attended;
  }
  const [summaries, { figures: counting }] = await Promise.all([summariesByMeeting(db, meetings), loadPolicy(db)]);
  return { meetings: meetings.length, ...figuresOf(attendance, summaries.flat(), counting) };
}

// ---- series ----

export interface SeriesRow {
  id: string;
  kind: string;
  title: string;
  theme: string;
  sector: string | null;
  recurrence: string;
  startTime: string;
  announceDaysBefore: number;
  chair: string;
  location: string;
  anchor: string;
  status: 'active' | 'paused' | 'deleted';
  upcoming: Occurrence[];
}

const SERIES_COLUMNS = [
  'id',
  'kind',
  'title',
  'theme',
  'sector',
  'recurrence',
  'start_time',
  'announce_days_before',
  'chair',
  'location',
  'anchor',
  'status',
  'upcoming',
] as const;

function toSeries(r: Selectable<Database['meeting_series']>): SeriesRow {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    theme: r.theme,
    sector: r.sector,
    recurrence: r.recurrence,
    startTime: r.start_time,
    announceDaysBefore: r.announce_days_before,
    chair: r.chair,
    location: r.location,
    anchor: r.anchor,
    status: r.status as SeriesRow['status'],
    upcoming: r.upcoming,
  };
}

type Executor = Pick<Kysely<Database>, 'insertInto' | 'selectFrom' | 'updateTable'>;

export async function insertSeries(db: Executor, s: SeriesRow): Promise<void> {
  await db
    .insertInto('meeting_series')
    .values({
      id: s.id,
      kind: s.kind,
      title: s.title,
      theme: s.theme,
      sector: s.sector,
      recurrence: s.recurrence,
      start_time: s.startTime,
      announce_days_before: s.announceDaysBefore,
      chair: s.chair,
      location: s.location,
      anchor: s.anchor,
      status: s.status,
      upcoming: json(s.upcoming),
    })
    .execute();
}

export async function findSeries(db: Executor, id: string): Promise<SeriesRow | undefined> {
  const row = await db.selectFrom('meeting_series').select(SERIES_COLUMNS).where('id', '=', id).where('status', '!=', 'deleted').executeTakeFirst();
  return row && toSeries(row);
}

export async function listSeries(db: Kysely<Database>): Promise<SeriesRow[]> {
  const rows = await db.selectFrom('meeting_series').select(SERIES_COLUMNS).where('status', '!=', 'deleted').orderBy('title').orderBy('id').execute();
  return rows.map(toSeries);
}

export async function updateSeries(db: Executor, id: string, changes: { status?: SeriesRow['status']; upcoming?: Occurrence[] }): Promise<void> {
  await db
    .updateTable('meeting_series')
    .set({
      ...(changes.status ? { status: changes.status } : {}),
      ...(changes.upcoming ? { upcoming: json(changes.upcoming) } : {}),
    })
    .where('id', '=', id)
    .execute();
}
