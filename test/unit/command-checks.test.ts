import { describe, expect, it } from 'vitest';
import type { AppealState } from '../../domain/appeal.js';
import { accountabilityBodySchemas } from '../../domain/accountability-bodies.js';
import { outcomeSchema } from '../../domain/accountability-schemas.js';
import { appealStepRefusal, meetingStepRefusal } from '../../domain/command-checks.js';
import { fieldErrors } from '../../domain/field-errors.js';
import * as meetingBodies from '../../domain/meeting-bodies.js';
import { heldSchema, invitationsSchema, registrationSchema } from '../../domain/meeting-schemas.js';
import type { Step } from '../../domain/rules.js';
import * as stepBodies from '../../domain/step-bodies.js';
import { stepBodySchemas } from '../../domain/steps.js';

// The workflow's own check of a step's actor (issue 15): a person named by the token rides along, optional, and
// must be well formed; actors written before people existed stay valid.

const appeal = { leadDepartment: 'ndrc', coDepartments: [], enterprise: { creditCode: '91510700MA62BAR50B' } } as unknown as AppealState;
const lead = { role: 'department', department: 'ndrc', tokenId: 't-1' };

describe('the actor of a step', () => {
  it('may name a person {id, name}, or none', () => {
    expect(appealStepRefusal('accept', { actor: lead }, appeal)).toBeNull();
    expect(appealStepRefusal('accept', { actor: { ...lead, person: { id: 'p-1', name: '王建国' } } }, appeal)).toBeNull();
    expect(meetingStepRefusal('cancel', { actor: { role: 'office', person: { id: 'p-2', name: '李主任' } }, reason: '改期' })).toBeNull();
  });

  it.each([
    ['without a name', { id: 'p-1' }],
    ['with an empty id', { id: '', name: '王建国' }],
    ['with a field of its own', { id: 'p-1', name: '王建国', phone: '13900001111' }],
  ])('is refused when its person is %s', (_, person) => {
    expect(appealStepRefusal('accept', { actor: { ...lead, person } }, appeal)).toEqual({ kind: 'forbidden', message: 'the step names no valid actor' });
  });
});

// The workflow builds a step's schema when it first checks that step (domain/once.ts); the API builds them all at
// import. Both hold a body to the very same schema, so a refusal names the same fields either way.
describe('the body of a step', () => {
  it('is checked with the schema the API validates it with', () => {
    for (const step of Object.keys(stepBodySchemas) as Step[]) expect(stepBodies.stepBodySchemas[step](), step).toBe(stepBodySchemas[step]);
    expect(meetingBodies.invitationsSchema()).toBe(invitationsSchema);
    expect(meetingBodies.registrationSchema()).toBe(registrationSchema);
    expect(meetingBodies.heldSchema()).toBe(heldSchema);
    expect(accountabilityBodySchemas.outcome()).toBe(outcomeSchema);
  });

  it('is refused with the field errors the API answers', () => {
    const path = { message: '  ', attachments: ['a', ''], admin: true };
    expect(appealStepRefusal('path', { actor: lead, ...path }, appeal)).toEqual({
      kind: 'invalid',
      errors: fieldErrors(stepBodySchemas.path.safeParse(path).error!),
    });
    const held = { attendedCreditCodes: ['91510700MA62BAR50X'], minutes: '', decisions: [{ decision: 'answered', appealId: 'a-1' }] };
    const refusal = meetingStepRefusal('held', { actor: { role: 'office' }, ...held });
    expect(refusal).toEqual({ kind: 'invalid', errors: fieldErrors(heldSchema.safeParse(held).error!) });
    expect(refusal?.kind === 'invalid' && refusal.errors.map((e) => e.field)).toEqual(['attendedCreditCodes.0', 'minutes', 'decisions.0.text']);
  });
});
