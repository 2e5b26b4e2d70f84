import { z } from 'zod';
import { codesOf } from '../domain/codes.js';
import { MEETING_EVENT_KINDS, MEETING_KINDS, MEETING_STATUSES, READINESS, TABLE_DECISIONS } from '../domain/meeting.js';
import { actorShape, date, instant, role, status } from './answer-shapes.js';

// Meetings, their registrations, series and special reports as the API answers them (api/meeting-views.ts is typed
// by these), declared once for the views, the OpenAPI document and the tests' check of every answer.

const counts = {
  problemsRaised: z.int(),
  collected: z.int(),
  answeredOnTheSpot: z.int(),
  assignedAtTable: z.int(),
  absent: z.int(),
  solved: z.int(),
  inProgress: z.int(),
  /** Percent with one decimal; null with nothing raised. */
  solveRate: z.number().nullable(),
};

export const meetingFiguresShape = z
  .object({
    ...counts,
    invited: z.int(),
    registered: z.int(),
    attended: z.int(),
    byDepartment: z.array(z.object({ ...counts, department: z.string().nullable(), name: z.string().nullable() })),
  })
  .meta({ id: 'MeetingFigures', description: 'the special report’s figures' });

const problem = z.object({ category: z.string(), title: z.string(), description: z.string() });

export const registrationShape = z
  .object({
    enterprise: z.object({ name: z.string(), creditCode: z.string(), contact: z.object({ name: z.string(), phone: z.string() }).optional() }),
    problems: z.array(problem),
    appealIds: z.array(z.string()).nullable(),
    registeredAt: instant,
    by: z.enum([...role.options, 'system']),
  })
  .meta({ id: 'MeetingRegistration' });

export const meetingEventShape = z
  .object({
    kind: z.enum(codesOf(MEETING_EVENT_KINDS)),
    at: instant,
    actor: actorShape.optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'MeetingEvent' });

export const meetingShape = z
  .object({
    id: z.string(),
    seriesId: z.string().nullable(),
    kind: z.enum(codesOf(MEETING_KINDS)),
    title: z.string(),
    theme: z.string(),
    sector: z.string().nullable(),
    chair: z.string(),
    location: z.string(),
    status: z.enum(codesOf(MEETING_STATUSES)),
    startsAt: instant,
    announceAt: instant,
    registrationClosesAt: instant,
    createdAt: instant,
    announcedAt: instant.nullable(),
    heldAt: instant.nullable(),
    minutes: z.string().nullable().optional(),
    cancelledAt: instant.nullable(),
    cancelReason: z.string().nullable(),
    invitations: z.array(z.string()),
    registrations: z.array(registrationShape),
    attended: z.array(z.string()),
    appeals: z.array(
      z.object({
        appealId: z.string(),
        receiptNumber: z.string(),
        origin: z.enum(['registered', 'raised', 'linked']),
        at: instant,
        absent: z.boolean(),
        decision: z.enum(codesOf(TABLE_DECISIONS)).nullable(),
      }),
    ),
    problems: z
      .array(
        z.object({
          appealId: z.string(),
          title: z.string(),
          status,
          leadDepartment: z.string().nullable(),
          leadDepartmentName: z.string().nullable(),
          coDepartments: z.array(z.string()),
          readiness: z.enum(codesOf(READINESS)),
        }),
      )
      .optional(),
    figures: meetingFiguresShape,
    reportedAt: instant.nullable(),
    nextDigestAt: instant.nullable(),
    timeline: z.array(meetingEventShape).optional(),
  })
  .meta({ id: 'Meeting', description: 'a meeting as its reader may see it (README, "Meetings")' });

export const seriesShape = z
  .object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    theme: z.string(),
    sector: z.string().nullable(),
    recurrence: z.string(),
    startTime: z.string(),
    announceDaysBefore: z.int(),
    chair: z.string(),
    location: z.string(),
    status: z.enum(['active', 'paused', 'deleted']),
    scheduleId: z.string(),
    upcoming: z.array(z.object({ date, startsAt: instant, announceAt: instant })),
  })
  .meta({ id: 'MeetingSeries' });

export const meetingReportShape = meetingFiguresShape
  .extend({
    meetingId: z.string(),
    title: z.string(),
    kind: z.enum(codesOf(MEETING_KINDS)),
    status: z.enum(codesOf(MEETING_STATUSES)),
    startsAt: instant,
    reportedAt: instant.nullable(),
  })
  .meta({ id: 'MeetingReport' });
