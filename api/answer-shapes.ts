import { z } from 'zod';
import {
  APPEAL_KINDS,
  CHANNELS,
  CLASSIFICATIONS,
  CLOSURES,
  DUTIES,
  ENTERPRISE_FLAGS,
  FOLLOW_UP_OUTCOMES,
  RATING_METHODS,
  RATING_RESULTS,
  STATUSES,
  SUBMITTER_KINDS,
  TIMELINE_KINDS,
  codesOf,
} from '../domain/codes.js';
import { ROLES } from '../domain/appeal.js';
import { COUNTS, RATES, type Count, type Rate } from '../domain/figures.js';
import { PUBLICATION_STATUSES } from '../domain/publication.js';
import { UNIT_LEVEL_CODES } from '../domain/units.js';

// The shapes many answers share, declared once: the views are typed by them (z.output), the OpenAPI document lists
// them under components.schemas (their `id`), and the tests check every answer against that document. The document
// leaves objects open (openapi.ts), so an added field is no breaking change, but every field named here is typed
// exactly: optional where an answer may leave it out, nullable where it may be null.

/** An instant as the API writes it (CONTRACT.md §3): ISO 8601 with milliseconds and the APPEALS_TIMEZONE offset. */
export const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/)
  .meta({ id: 'Instant', description: 'ISO 8601 with milliseconds and the APPEALS_TIMEZONE offset' });
export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ id: 'Date', description: 'YYYY-MM-DD' });

export const problemShape = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    currentStatus: z.string().optional(),
    allowedSteps: z.array(z.string()).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

/** A list answered whole. */
export const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** One page of a list and the cursor of the next (null on the last page). */
export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const status = z.enum(codesOf(STATUSES));
export const channel = z.enum(codesOf(CHANNELS));
export const closure = z.enum(codesOf(CLOSURES));
export const enterpriseFlagCode = z.enum(codesOf(ENTERPRISE_FLAGS));
export const role = z.enum(ROLES);

export const actorShape = z
  .object({
    role: z.enum([...ROLES, 'system']),
    department: z.string().optional(),
    unit: z.string().optional(),
    person: z.object({ id: z.string(), name: z.string() }).optional(),
  })
  .meta({ id: 'Actor', description: 'who took a step' });

export const timelineEventShape = z
  .object({
    kind: z.enum(codesOf(TIMELINE_KINDS)),
    at: instant,
    round: z.int(),
    actor: actorShape.optional(),
    /** Instants in it are formatted like every other (views.ts INSTANT_KEYS); the rest is the event's own. */
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'TimelineEvent' });

const rating = z.object({
  round: z.int(),
  result: z.enum(codesOf(RATING_RESULTS)),
  method: z.enum(codesOf(RATING_METHODS)),
  comment: z.string().optional(),
  at: instant,
});

const contact = z.object({ name: z.string(), phone: z.string() });

export const publicationShape = z.object({
  status: z.enum(PUBLICATION_STATUSES),
  reason: z.string().optional(),
  decidedAt: instant.optional(),
  decidedBy: z.object({ role: z.enum([...ROLES, 'system']), tokenId: z.string().optional() }).optional(),
});

export const appealShape = z
  .object({
    id: z.string(),
    receiptNumber: z.string(),
    registeredAt: instant,
    enterprise: z.object({ name: z.string(), creditCode: z.string(), contact: contact.optional() }),
    submitter: z.object({
      kind: z.enum(codesOf(SUBMITTER_KINDS)),
      name: z.string().optional(),
      phone: z.string().optional(),
      organisation: z.string().optional(),
      wechatOpenId: z.string().optional(),
    }),
    channel,
    unit: z.string().nullable(),
    category: z.string(),
    title: z.string(),
    description: z.string(),
    disclose: z.boolean(),
    meetingId: z.string().nullable(),
    kind: z.enum(codesOf(APPEAL_KINDS)),
    status,
    round: z.int(),
    answeredOnTheSpot: z.boolean(),
    classification: z.enum(codesOf(CLASSIFICATIONS)).nullable(),
    timeLimitDays: z.number().nullable(),
    leadDepartment: z.string().nullable(),
    coDepartments: z.array(z.string()),
    deadlines: z.object({
      assignBy: instant.nullable(),
      pathBy: instant.nullable(),
      dueAt: instant.nullable(),
      ratingBy: instant.nullable(),
      explanationBy: instant.nullable(),
      reportBy: instant.nullable(),
    }),
    overdue: z.boolean(),
    supervised: z.boolean(),
    supervision: z.object({ reason: z.string(), reportEveryWorkingDays: z.number().nullable(), leaderAssigned: z.boolean() }).nullable().optional(),
    extensions: z.array(
      z.object({
        workingDays: z.number(),
        reason: z.string().optional(),
        requestedAt: instant,
        decision: z.enum(['pending', 'approved', 'denied']),
        decidedAt: instant.optional(),
        note: z.string().optional(),
      }),
    ),
    ratings: z.array(rating),
    instructed: z.boolean().optional(),
    instructions: z
      .array(z.object({ by: z.string(), text: z.string(), at: instant, reportEveryWorkingDays: z.number().nullable(), reportBy: instant.nullable() }))
      .optional(),
    contacts: z.int().optional(),
    taskForce: z.object({ reason: z.string(), meetingId: z.string().nullable(), at: instant }).optional(),
    owner: z.string().optional(),
    handler: z.string().optional(),
    delegations: z
      .array(
        z.object({
          round: z.int(),
          to: z.string(),
          from: z.string(),
          note: z.string(),
          timeLimitDays: z.number(),
          dueAt: instant,
          at: instant,
          reportedAt: instant.optional(),
          text: z.string().optional(),
          missed: z.boolean(),
        }),
      )
      .optional(),
    contributions: z
      .array(z.object({ round: z.int(), department: z.string(), dueBy: instant, text: z.string().optional(), at: instant.optional(), missed: z.boolean() }))
      .optional(),
    material: z.object({ what: z.string(), timeLimitDays: z.number(), requestedAt: instant, materialBy: instant, missed: z.boolean() }).optional(),
    deadlineChanges: z.array(
      z.object({
        from: instant.nullable(),
        to: instant.nullable(),
        because: z.enum(['assigned', 'classified', 'extension', 'material', 'returned', 'new_round']),
        at: instant,
        workingDays: z.number().optional(),
      }),
    ),
    mergedInto: z.string().optional(),
    followers: z
      .array(
        z.object({
          appealId: z.string(),
          receiptNumber: z.string(),
          creditCode: z.string(),
          at: instant,
          phones: z.array(z.string()).optional(),
          rating: rating.optional(),
        }),
      )
      .optional(),
    closure: closure.nullable(),
    closureReason: z.string().nullable(),
    closedAt: instant.nullable(),
    followUps: z.array(
      z.object({
        cycle: z.int(),
        n: z.int(),
        scheduledFor: date,
        dueAt: instant,
        outcome: z.enum(codesOf(FOLLOW_UP_OUTCOMES)),
        note: z.string().optional(),
        recordedAt: instant.optional(),
      }),
    ),
    publication: publicationShape.optional(),
    enterpriseFlags: z.array(enterpriseFlagCode).optional(),
    timeline: z.array(timelineEventShape).optional(),
  })
  .meta({ id: 'Appeal', description: 'an appeal as its reader may see it (CONTRACT.md §3, "The appeal")' });
export type AppealView = z.output<typeof appealShape>;

/** A submission whose registration is not on the ledger yet (202). */
export const registeringShape = z
  .object({ id: z.string(), receiptNumber: z.string(), status: z.literal('registering') })
  .meta({ id: 'Registering', description: 'accepted and still registering; ask again after Retry-After seconds' });

export const departmentShape = z
  .object({
    code: z.string(),
    name: z.string(),
    level: z.enum(UNIT_LEVEL_CODES),
    parent: z.string().nullable(),
    /** The admin's alone (audience.ts). */
    webhookUrl: z.string().nullable().optional(),
    active: z.boolean(),
  })
  .meta({ id: 'Department' });

export const personShape = z
  .object({
    id: z.string(),
    name: z.string(),
    unit: z.string(),
    phone: z.string().nullable().optional(),
    duties: z.array(z.enum(codesOf(DUTIES))),
    active: z.boolean(),
    createdAt: instant,
  })
  .meta({ id: 'Person' });

/** The figures of CONTRACT.md §3 (domain/figures.ts): counts, and rates in percent with one decimal (null: nothing to divide by). */
export const figuresShape = z
  .object({
    ...(Object.fromEntries(COUNTS.map((name) => [name, z.int()])) as Record<Count, z.ZodInt>),
    ...(Object.fromEntries(RATES.map((name) => [name, z.number().nullable()])) as Record<Rate, z.ZodNullable<z.ZodNumber>>),
  })
  .meta({ id: 'Figures' });

/** One group of a period's figures: its key (null: no lead, or outside the level) and its label. */
export const figuresRowShape = figuresShape.extend({ key: z.string().nullable(), label: z.string() }).meta({ id: 'FiguresRow' });
