import { describe, expect, it } from 'vitest';
import type { AppealState } from '../../domain/appeal.js';
import { appealStepRefusal, meetingStepRefusal } from '../../domain/command-checks.js';

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
