import { z } from 'zod';
import { once } from './once.js';
import { answerSchema, assignSchema, classifySchema, creditCode, enterpriseSchema, text } from './step-bodies.js';

// The schemas of the meeting steps' bodies (CONTRACT.md §6), each built on first use (domain/once.ts), as the
// appeal steps' are (domain/step-bodies.ts); domain/meeting-schemas.ts exports them built, for the API.

const category = once(() => z.string().regex(/^[a-z0-9_]{1,64}$/, 'must be a category code'));

export const problemSchema = once(() => z.strictObject({ category: category(), title: text(200), description: text(5000) }));

export const invitationsSchema = once(() => z.strictObject({ creditCodes: z.array(creditCode()).min(1).max(1000) }));

export const registrationSchema = once(() =>
  z.strictObject({
    enterprise: enterpriseSchema(),
    problems: z.array(problemSchema()).max(20).optional(),
  }),
);

// What the meeting decided for a problem at the table (issue 19), each as the appeal's own step would take it:
// answered on the spot (the appeal's `answer`), assigned there (`classify` and `assign`: 现场交办), or followed up
// after the meeting (the default: the office sorts it later).
const answeredAtTable = once(() =>
  answerSchema()
    .omit({ attachments: true })
    .extend({ decision: z.literal('answered') }),
);
const assignedAtTable = once(() =>
  classifySchema()
    .extend(assignSchema().shape)
    .extend({ decision: z.literal('assigned') }),
);
const followUpAtTable = once(() => z.strictObject({ decision: z.literal('follow_up').optional().meta({ description: 'the default' }) }));

/** A decision at the table together with what it is about (a problem raised there, or one of the meeting's appeals). */
const decidedAtTable = <T extends z.ZodRawShape>(about: T) =>
  z.discriminatedUnion('decision', [answeredAtTable().extend(about), assignedAtTable().extend(about), followUpAtTable().extend(about)]);

export const heldSchema = once(() =>
  z.strictObject({
    attendedCreditCodes: z.array(creditCode()).max(1000),
    minutes: text(),
    problemsRaised: z
      .array(decidedAtTable({ ...problemSchema().shape, enterprise: enterpriseSchema() }))
      .max(200)
      .optional()
      .meta({ description: 'problems raised on the spot, each with what was decided (answered, assigned, or follow_up by default)' }),
    decisions: z
      .array(decidedAtTable({ appealId: z.string().min(1).max(100) }))
      .max(1000)
      .optional()
      .meta({ description: 'what was decided for the meeting’s appeals (registered problems): answered, assigned or follow_up' }),
  }),
);

export const linkAppealsSchema = once(() => z.strictObject({ appealIds: z.array(z.string().min(1).max(100)).min(1).max(100) }));

export const cancelMeetingSchema = once(() => z.strictObject({ reason: text() }));

export type RegistrationBody = z.infer<ReturnType<typeof registrationSchema>>;
export type HeldBody = z.infer<ReturnType<typeof heldSchema>>;
/** One decision at the table, without what it is about. */
export type TableDecision =
  z.infer<ReturnType<typeof answeredAtTable>> | z.infer<ReturnType<typeof assignedAtTable>> | z.infer<ReturnType<typeof followUpAtTable>>;
