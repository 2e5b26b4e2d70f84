import { z } from 'zod';
import { mayTakeAccountabilityStep, type AccountabilityState, type AccountabilityStep } from './accountability.js';
import { accountabilityBodySchemas } from './accountability-bodies.js';
import { ROLES, type Actor, type AppealState } from './appeal.js';
import { fieldErrors, type FieldError } from './field-errors.js';
import type { MeetingStep } from './meeting.js';
import { cancelMeetingSchema, heldSchema, invitationsSchema, linkAppealsSchema, registrationSchema } from './meeting-bodies.js';
import { once } from './once.js';
import { actorMayTake, type Step } from './rules.js';
import { creditCode, departmentCode, personId, stepBodySchemas } from './step-bodies.js';

// What a workflow checks of every step it is sent, whoever sent it (the API, or anyone who reaches the Temporal
// frontend): the API's own role rules and body schemas, against the appeal or meeting as it is at that moment.
// The API checks the same before it sends, against the ledger, which may be a moment behind. Imported by every
// workflow, so it builds a schema only when a step is checked, and only that step's (domain/once.ts).

const actorSchema = once(() =>
  z.strictObject({
    role: z.enum(ROLES),
    tokenId: z.string().min(1).max(100).optional(),
    department: departmentCode().optional(),
    creditCode: creditCode().optional(),
    unit: departmentCode().optional(),
    person: z.strictObject({ id: personId(), name: z.string().min(1).max(200) }).optional(),
  }),
);

export type Refusal = { kind: 'forbidden'; message: string } | { kind: 'invalid'; errors: FieldError[] };

const forbidden = (message: string): Refusal => ({ kind: 'forbidden', message });

/** A rating's method says who took it: the enterprise online, the office by phone or on a visit. */
export function ratingMethodError(role: Actor['role'], method: string): FieldError | null {
  const expected = role === 'enterprise' ? ['online'] : ['phone', 'visit'];
  return expected.includes(method) ? null : { field: 'method', message: `must be ${expected.join(' or ')} for the ${role} role` };
}

function parse(command: unknown, schema: z.ZodType, body: (rest: Record<string, unknown>) => unknown = (rest) => rest) {
  const { actor, ...rest } = (command ?? {}) as Record<string, unknown>;
  const who = actorSchema().safeParse(actor);
  const parsed = schema.safeParse(body(rest));
  return { actor: who.success ? (who.data as Actor) : null, errors: parsed.success ? [] : fieldErrors(parsed.error) };
}

/** Why this appeal step may not be taken by its actor with its body, or null when it may. */
export function appealStepRefusal(step: Step, command: unknown, s: AppealState): Refusal | null {
  const { actor, errors } = parse(command, stepBodySchemas[step]());
  if (!actor) return forbidden('the step names no valid actor');
  if (!actorMayTake(step, actor, s)) return forbidden(`the ${actor.role} may not take the ${step} step on this appeal`);
  const method = step === 'rating' ? ratingMethodError(actor.role, String((command as { method?: unknown }).method)) : null;
  const all = [...errors, ...(method ? [method] : [])];
  return all.length > 0 ? { kind: 'invalid', errors: all } : null;
}

const meetingBodySchemas: Record<MeetingStep, () => z.ZodType> = {
  invitations: invitationsSchema,
  registrations: registrationSchema,
  held: heldSchema,
  appeals: linkAppealsSchema,
  cancel: cancelMeetingSchema,
};

/** A meeting step's body from its command: the API turns `appealIds` into the linked appeals it looked up. */
const meetingBody = (step: MeetingStep) => (rest: Record<string, unknown>) =>
  step === 'appeals' && Array.isArray(rest.appeals) ? { appealIds: rest.appeals.map((a: { appealId?: unknown }) => a?.appealId) } : rest;

/** Why this meeting step may not be taken: the office takes them all, an enterprise registers only itself. */
export function meetingStepRefusal(step: MeetingStep, command: unknown): Refusal | null {
  const { actor, errors } = parse(command, meetingBodySchemas[step](), meetingBody(step));
  if (!actor) return forbidden('the step names no valid actor');
  const office = actor.role === 'office' || actor.role === 'admin';
  const itself =
    step === 'registrations' &&
    actor.role === 'enterprise' &&
    actor.creditCode === (command as { enterprise?: { creditCode?: unknown } }).enterprise?.creditCode;
  if (!office && !itself) return forbidden(`the ${actor.role} may not take the ${step} step on this meeting`);
  return errors.length > 0 ? { kind: 'invalid', errors } : null;
}

/** Why this accountability step may not be taken: the unit reports, the office decides, the commission finds. */
export function accountabilityStepRefusal(step: AccountabilityStep, command: unknown, s: Pick<AccountabilityState, 'unit'>): Refusal | null {
  const { actor, errors } = parse(command, accountabilityBodySchemas[step]());
  if (!actor) return forbidden('the step names no valid actor');
  if (!mayTakeAccountabilityStep(step, actor, s)) return forbidden(`the ${actor.role} may not take the ${step} step on this record`);
  return errors.length > 0 ? { kind: 'invalid', errors } : null;
}
