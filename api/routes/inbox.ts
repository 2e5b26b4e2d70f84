import type { Kysely } from 'kysely';
import type { AppealState, Instant } from '../../domain/appeal.js';
import { openAppealsOfDepartment } from '../../db/appeals.js';
import { pendingDelegations } from '../../domain/rules.js';
import { findDepartment } from '../../db/departments.js';
import { findMeeting } from '../../db/meetings.js';
import type { Database } from '../../db/schema.js';
import { forbidden, notFound } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import type { Views } from '../views.js';
import { z } from 'zod';
import { instant, list } from '../answer-shapes.js';
import { meetingShape } from '../meeting-shapes.js';

/** A task a department owes on an appeal, and the meeting where a meeting's problem is answered. */
const inboxItem = z.object({
  appealId: z.string(),
  receiptNumber: z.string(),
  title: z.string(),
  task: z.enum(['accept', 'path', 'progress', 'contribution', 'delegate-report', 'resolve', 'explanation', 'material']),
  dueAt: instant.nullable(),
  meeting: z.object({ id: z.string(), title: z.string(), status: meetingShape.shape.status, startsAt: instant }).nullable(),
});

type Task = 'accept' | 'path' | 'progress' | 'contribution' | 'delegate-report' | 'resolve' | 'explanation' | 'material';

/** What the department owes on this appeal, each with the deadline it is owed by. */
export function tasksOwed(s: AppealState, code: string): { task: Task; dueAt: Instant | null }[] {
  const d = s.deadlines;
  if (s.leadDepartment !== code) {
    const handling = s.status === 'assigned' || s.status === 'in_progress';
    // A co-department's part is owed until given, missed or not (issue 15).
    const part = handling ? s.contributions?.find((c) => c.round === s.round && c.department === code && c.text === undefined) : undefined;
    return [
      ...(handling
        ? pendingDelegations(s)
            .filter((d) => d.to === code)
            .map((d) => ({ task: 'delegate-report' as const, dueAt: d.dueAt }))
        : []),
      ...(part ? [{ task: 'contribution' as const, dueAt: part.dueBy }] : []),
      ...(s.supervised && s.coDepartments.includes(code) ? [{ task: 'progress' as const, dueAt: d.reportBy }] : []),
    ];
  }
  const pathOwed = !s.pathReported ? [{ task: 'path' as const, dueAt: d.pathBy }] : [];
  const progressOwed = s.supervised ? [{ task: 'progress' as const, dueAt: d.reportBy }] : [];
  switch (s.status) {
    case 'assigned':
      return [{ task: 'accept', dueAt: null }, ...pathOwed, ...progressOwed];
    case 'in_progress':
      return [...pathOwed, ...progressOwed, { task: 'resolve', dueAt: d.dueAt }];
    case 'awaiting_explanation':
      return [{ task: 'explanation', dueAt: d.explanationBy }];
    // Once the enterprise's material is overdue the lead decides: close it (no_material) or resume it.
    case 'awaiting_material':
      return s.material!.missed ? [{ task: 'material', dueAt: s.material!.materialBy }] : [];
    default:
      return [];
  }
}

export function inboxRoutes(routes: RouteTable, { db, views }: { db: Kysely<Database>; views: Views }) {
  routes.add(
    {
      method: 'get',
      path: '/v1/departments/:code/inbox',
      tag: 'departments',
      summary: 'Open tasks of a department, soonest deadline first',
      roles: ['office', 'department'],
      responses: {
        200: '{items: [{appealId, receiptNumber, title, task, dueAt, meeting}]}: meeting {id, title, status, startsAt} for a meeting’s problem, else null',
        403: 'another department',
        404: 'no such department',
      },
      answers: { 200: list(inboxItem) },
    },
    async ({ res, caller, params }) => {
      const code = params.code!;
      if (!(await findDepartment(db, code))) throw notFound(`no department ${code}`);
      if (caller.role === 'department' && caller.department !== code) throw forbidden('a department reads only its own inbox');
      const items = (await openAppealsOfDepartment(db, code))
        .flatMap((s) => tasksOwed(s, code).map((t) => ({ s, ...t })))
        .sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || a.s.registeredAt - b.s.registeredAt);
      // A meeting's problem shows its meeting and when it is (事前筹备: the department answers it there, issue 19).
      const meetingIds = [...new Set(items.flatMap(({ s }) => (s.meetingId ? [s.meetingId] : [])))];
      const meetings = new Map((await Promise.all(meetingIds.map((id) => findMeeting(db, id)))).flatMap((m) => (m ? [[m.id, m] as const] : [])));
      res.json({
        items: items.map(({ s, task, dueAt }) => {
          const m = s.meetingId ? meetings.get(s.meetingId) : undefined;
          return {
            appealId: s.id,
            receiptNumber: s.receiptNumber,
            title: s.title,
            task,
            dueAt: views.at(dueAt),
            meeting: m ? { id: m.id, title: m.title, status: m.status, startsAt: views.at(m.startsAt) } : null,
          };
        }),
      });
    },
  );
}
