import { z } from 'zod';
import { codesOf } from './codes.js';
import { DEFAULT_ANNOUNCE_DAYS_BEFORE, MEETING_KINDS } from './meeting.js';
import { instant } from './periods.js';
import { parseRecurrence } from './recurrence.js';
import { answerSchema, assignSchema, classifySchema, creditCode, enterpriseSchema, text } from './steps.js';

// One schema per meeting body (CONTRACT.md §6): validation, the Updates' argument types and the OpenAPI document.

export const meetingKind = z.enum(codesOf(MEETING_KINDS));
const category = z.string().regex(/^[a-z0-9_]{1,64}$/, 'must be a category code');
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

export const problemSchema = z.strictObject({ category, title: text(200), description: text(5000) });

export const invitationsSchema = z.strictObject({ creditCodes: z.array(creditCode).min(1).max(1000) });

export const registrationSchema = z.strictObject({
  enterprise: enterpriseSchema,
  problems: z.array(problemSchema).max(20).optional(),
});

// What the meeting decided for a problem at the table (issue 19), each as the appeal's own step would take it:
// answered on the spot (the appeal's `answer`), assigned there (`classify` and `assign`: 现场交办), or followed up
// after the meeting (the default: the office sorts it later).
const answeredAtTable = answerSchema.omit({ attachments: true }).extend({ decision: z.literal('answered') });
const assignedAtTable = classifySchema.extend(assignSchema.shape).extend({ decision: z.literal('assigned') });
const followUpAtTable = z.strictObject({ decision: z.literal('follow_up').optional().meta({ description: 'the default' }) });

/** A decision at the table together with what it is about (a problem raised there, or one of the meeting's appeals). */
const decidedAtTable = <T extends z.ZodRawShape>(about: T) =>
  z.discriminatedUnion('decision', [answeredAtTable.extend(about), assignedAtTable.extend(about), followUpAtTable.extend(about)]);

export const heldSchema = z.strictObject({
  attendedCreditCodes: z.array(creditCode).max(1000),
  minutes: text(),
  problemsRaised: z
    .array(decidedAtTable({ ...problemSchema.shape, enterprise: enterpriseSchema }))
    .max(200)
    .optional()
    .meta({ description: 'problems raised on the spot, each with what was decided (answered, assigned, or follow_up by default)' }),
  decisions: z
    .array(decidedAtTable({ appealId: z.string().min(1).max(100) }))
    .max(1000)
    .optional()
    .meta({ description: 'what was decided for the meeting’s appeals (registered problems): answered, assigned or follow_up' }),
});

/** Sorted before the meeting (issue 19): each of its appeals to a lead, classified in the same go when not yet. */
export const assignProblemsSchema = z
  .array(
    classifySchema
      .partial()
      .extend(assignSchema.shape)
      .extend({ appealId: z.string().min(1).max(100) })
      .meta({
        description: 'classification (and timeLimitDays) classify it first, as POST /v1/appeals/:id/classify; an appeal already classified may omit them',
      }),
  )
  .min(1)
  .max(200);

export const linkAppealsSchema = z.strictObject({ appealIds: z.array(z.string().min(1).max(100)).min(1).max(100) });

export const cancelMeetingSchema = z.strictObject({ reason: text() });

export type CreateMeeting = z.infer<typeof createMeetingSchema>;
export type CreateSeries = z.infer<typeof createSeriesSchema>;
export type RegistrationBody = z.infer<typeof registrationSchema>;
export type HeldBody = z.infer<typeof heldSchema>;
/** One decision at the table, without what it is about. */
export type TableDecision = z.infer<typeof answeredAtTable> | z.infer<typeof assignedAtTable> | z.infer<typeof followUpAtTable>;
