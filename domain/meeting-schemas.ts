import { z } from 'zod';
import { codesOf } from './codes.js';
import * as bodies from './meeting-bodies.js';
import { DEFAULT_ANNOUNCE_DAYS_BEFORE, MEETING_KINDS } from './meeting.js';
import { instant } from './periods.js';
import { parseRecurrence } from './recurrence.js';
import { assignSchema, classifySchema, text } from './step-bodies.js';

// One schema per meeting body (CONTRACT.md §6): validation, the Updates' argument types and the OpenAPI document.
// Those a workflow checks a step with are defined in domain/meeting-bodies.ts and built here once, for the API.

export type { HeldBody, RegistrationBody, TableDecision } from './meeting-bodies.js';

export const invitationsSchema = bodies.invitationsSchema();
export const registrationSchema = bodies.registrationSchema();
export const heldSchema = bodies.heldSchema();
export const linkAppealsSchema = bodies.linkAppealsSchema();
export const cancelMeetingSchema = bodies.cancelMeetingSchema();

export const meetingKind = z.enum(codesOf(MEETING_KINDS));
const announceDaysBefore = z.number().int().min(1).max(60);

export const createMeetingSchema = z.strictObject({
  kind: meetingKind,
  title: text(200),
  theme: text(),
  sector: text().optional(),
  chair: text(),
  location: text(),
  startsAt: instant,
  announceDaysBefore: announceDaysBefore.optional().meta({ description: `default ${DEFAULT_ANNOUNCE_DAYS_BEFORE}` }),
});

export const createSeriesSchema = z.strictObject({
  kind: meetingKind,
  title: text(200),
  theme: text(),
  sector: text().optional(),
  recurrence: z
    .string()
    .max(500)
    .superRefine((value, ctx) => {
      const parsed = parseRecurrence(value);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
    })
    .meta({ description: 'first_weekend_monthly, twice_monthly, or an RRULE: FREQ=WEEKLY|MONTHLY with BYDAY, BYMONTHDAY, INTERVAL, UNTIL' }),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm'),
  announceDaysBefore: announceDaysBefore.optional().meta({ description: `default ${DEFAULT_ANNOUNCE_DAYS_BEFORE}` }),
  chair: text(),
  location: text(),
});

/** Sorted before the meeting (issue 19): each of its appeals to a lead, classified in the same go when not yet. */
export const assignProblemsSchema = z
  .array(
    classifySchema()
      .partial()
      .extend(assignSchema().shape)
      .extend({ appealId: z.string().min(1).max(100) })
      .meta({
        description: 'classification (and timeLimitDays) classify it first, as POST /v1/appeals/:id/classify; an appeal already classified may omit them',
      }),
  )
  .min(1)
  .max(200);

export type CreateMeeting = z.infer<typeof createMeetingSchema>;
export type CreateSeries = z.infer<typeof createSeriesSchema>;
