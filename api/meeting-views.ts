import type { z } from 'zod';
import { FIGURE_LABELS, UNASSIGNED_LABEL } from '../domain/figures.js';
import type { MeetingEvent, MeetingFigures, MeetingProblem, MeetingRegistration, MeetingState, ProblemCounts } from '../domain/meeting.js';
import type { SeriesRow } from '../db/meetings.js';
import { seriesScheduleId } from '../workflows/meeting-messages.js';
import { readsMeetingItem, readsMinutes, readsRegistrationContact } from './audience.js';
import type { Caller } from './auth.js';
import type { Column } from './csv.js';
import type { Views } from './views.js';
import type { meetingEventShape, meetingReportShape, meetingShape, registrationShape, seriesShape } from './meeting-shapes.js';

// Meetings and series as the API shows them (CONTRACT.md §6): instants in APPEALS_TIMEZONE, and each part only for
// the roles audience.ts lets read it (an enterprise: its own invitation, registration, attendance and appeals).

const INSTANT_KEYS = new Set(['startsAt', 'announceAt', 'registrationClosesAt']);

export function createMeetingViews({ at, actor }: Pick<Views, 'at' | 'actor'>) {
  function registration(r: MeetingRegistration, caller: Caller): z.output<typeof registrationShape> {
    const { contact, ...enterprise } = r.enterprise;
    const withContact = readsRegistrationContact(caller, enterprise.creditCode);
    return {
      enterprise: withContact ? { ...enterprise, contact } : enterprise,
      problems: r.problems,
      // The appeal each problem is (issue 19); none on registrations taken before, which waited for `held`.
      appealIds: r.appealIds ?? null,
      registeredAt: at(r.at),
      by: r.by,
    };
  }

  function event(e: MeetingEvent): z.output<typeof meetingEventShape> {
    const data = e.data && Object.fromEntries(Object.entries(e.data).map(([k, v]) => [k, INSTANT_KEYS.has(k) && typeof v === 'number' ? at(v) : v]));
    return { kind: e.kind, at: at(e.at), ...(e.actor ? { actor: actor(e.actor) } : {}), ...(data ? { data } : {}) };
  }

  function meeting(
    s: MeetingState,
    caller: Caller,
    figures: MeetingFigures,
    timeline?: MeetingEvent[],
    problems?: MeetingProblem[],
  ): z.output<typeof meetingShape> {
    return {
      id: s.id,
      seriesId: s.seriesId,
      kind: s.kind,
      title: s.title,
      theme: s.theme,
      sector: s.sector,
      chair: s.chair,
      location: s.location,
      status: s.status,
      startsAt: at(s.startsAt),
      announceAt: at(s.announceAt),
      registrationClosesAt: at(s.registrationClosesAt),
      createdAt: at(s.createdAt),
      announcedAt: at(s.announcedAt),
      heldAt: at(s.heldAt),
      ...(readsMinutes(caller, s) ? { minutes: s.minutes } : {}),
      cancelledAt: at(s.cancelledAt),
      cancelReason: s.cancelReason,
      invitations: s.invitations.filter((code) => readsMeetingItem(caller, code)),
      registrations: s.registrations.filter((r) => readsMeetingItem(caller, r.enterprise.creditCode)).map((r) => registration(r, caller)),
      attended: s.attended.filter((code) => readsMeetingItem(caller, code)),
      appeals: s.appeals
        .filter((a) => readsMeetingItem(caller, a.creditCode))
        .map((a) => ({
          appealId: a.appealId,
          receiptNumber: a.receiptNumber,
          origin: a.origin,
          at: at(a.at),
          absent: a.absent === true,
          decision: a.decision ?? null,
        })),
      // One meeting's view (not the lists): every problem with its lead and readiness, for those who read its appeals.
      ...(problems ? { problems: problems.filter((p) => readsMeetingItem(caller, s.appeals.find((a) => a.appealId === p.appealId)!.creditCode)) } : {}),
      figures,
      reportedAt: at(s.reportedAt),
      nextDigestAt: at(s.digestAt),
      ...(timeline ? { timeline: timeline.map(event) } : {}),
    };
  }

  function series(r: SeriesRow): z.output<typeof seriesShape> {
    const { anchor: _anchor, upcoming, ...rest } = r;
    return {
      ...rest,
      scheduleId: seriesScheduleId(r.id),
      upcoming: upcoming.map((o) => ({ date: o.date, startsAt: at(o.startsAt), announceAt: at(o.announceAt) })),
    };
  }

  function report(s: MeetingState, figures: MeetingFigures): z.output<typeof meetingReportShape> {
    return { meetingId: s.id, title: s.title, kind: s.kind, status: s.status, startsAt: at(s.startsAt), reportedAt: at(s.reportedAt), ...figures };
  }

  return { meeting, registration, series, report };
}

export type MeetingViews = ReturnType<typeof createMeetingViews>;

/** A report as CSV rows: the meeting (or period) first, then each lead department. */
export interface ReportRow extends Partial<ProblemCounts> {
  scope: 'total' | 'department';
  department: string | null;
  name: string | null;
  meetings?: number;
  invited?: number;
  registered?: number;
  attended?: number;
}

export function reportRows(figures: MeetingFigures & { meetings?: number }): ReportRow[] {
  const { byDepartment, ...total } = figures;
  return [
    { scope: 'total', department: null, name: '合计', ...total },
    ...byDepartment.map((d) => ({ scope: 'department' as const, ...d, name: d.name ?? (d.department === null ? UNASSIGNED_LABEL : null) })),
  ];
}

const column = (name: keyof ReportRow, zh: string): Column<ReportRow> => ({ name, zh, value: (r) => r[name] });

export function reportColumns(withMeetings: boolean): Column<ReportRow>[] {
  return [
    column('scope', '范围'),
    column('department', '牵头部门代码'),
    column('name', '名称'),
    ...(withMeetings ? [column('meetings', '会议场次')] : []),
    column('invited', '邀请企业数'),
    column('registered', '报名企业数'),
    column('attended', '参会企业数'),
    column('problemsRaised', '收集问题数'),
    column('collected', '会前征集问题数'),
    column('answeredOnTheSpot', '现场答复数'),
    column('assignedAtTable', '现场交办数'),
    column('absent', '未到会企业问题数'),
    column('solved', '已解决'),
    column('inProgress', '办理中'),
    column('solveRate', FIGURE_LABELS.solveRate),
  ];
}
