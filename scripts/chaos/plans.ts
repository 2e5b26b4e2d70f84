import type { Closure, RatingResult, Status, TimelineKind } from '../../domain/codes.js';
import type { Step } from '../../domain/rules.js';
import type { Random } from './random.js';

// The lifecycles the chaos run drives: only human steps (the dev server cannot skip to a deadline), mixed so that
// appeals end in different states, each with the events its steps must leave on the ledger exactly once.

export type Caller = 'office' | 'enterprise' | { department: string };

export interface PlannedStep {
  step: Step;
  by: Caller;
  body: Record<string, unknown>;
  /** What the ledger records for it besides notifications, its own event first. */
  events: TimelineKind[];
  /**
   * The contract lets the step be taken again in the state it leaves (classify, assign, path): a retry of one
   * that went through would be recorded twice, where another step's retry answers 409.
   */
  repeatable: boolean;
}

export type PlanName = 'satisfied' | 'second_round' | 'closed_by_office' | 'referred' | 'withdrawn' | 'in_progress' | 'resolved';

export interface Plan {
  name: PlanName;
  steps: PlannedStep[];
  expected: { status: Status; closure: Closure | null };
}

/** Every appeal's ledger starts with these, written by the workflow at registration. */
export const REGISTRATION_EVENTS: TimelineKind[] = ['registered', 'acknowledged'];

const WEIGHTS: [PlanName, number][] = [
  ['satisfied', 30],
  ['second_round', 20],
  ['closed_by_office', 8],
  ['referred', 7],
  ['withdrawn', 15],
  ['in_progress', 10],
  ['resolved', 10],
];

const classify = (): PlannedStep => ({
  step: 'classify',
  by: 'office',
  body: { classification: 'general', timeLimitDays: 10 },
  events: ['classified'],
  repeatable: true,
});
const assign = (lead: string): PlannedStep => ({ step: 'assign', by: 'office', body: { lead }, events: ['assigned'], repeatable: true });
const byLead = (lead: string, step: Step, body: Record<string, unknown>, event: TimelineKind, repeatable = false): PlannedStep => ({
  step,
  by: { department: lead },
  body,
  events: [event],
  repeatable,
});

/** A round handled by `lead`: assigned, accepted, answered on day 3, resolved. */
function round(lead: string, n: number, reportPath = true): PlannedStep[] {
  return [
    assign(lead),
    byLead(lead, 'accept', {}, 'accepted'),
    ...(reportPath ? [byLead(lead, 'path', { message: `第${n}轮：已协调，预计一周内答复` }, 'path_reported', true)] : []),
    byLead(lead, 'resolve', { summary: `第${n}轮：问题已解决` }, 'resolved'),
  ];
}

function rating(result: RatingResult, by: 'office' | 'enterprise'): PlannedStep {
  return {
    step: 'rating',
    by,
    body: { result, method: by === 'enterprise' ? 'online' : 'phone' },
    events: result === 'dissatisfied' ? ['rated'] : ['rated', 'closed'],
    repeatable: false,
  };
}

const explanation = (lead: string) => byLead(lead, 'explanation', { text: '已向企业说明情况' }, 'explanation_given');

export function drawPlan(random: Random, departments: readonly string[]): Plan {
  const name = random.weighted(WEIGHTS);
  const dept = () => departments[Math.floor(random.next() * departments.length)]!;
  const [first, second] = [dept(), dept()];
  const closed = (closure: Closure) => ({ status: 'closed' as const, closure });
  const upToPath = [classify(), ...round(first, 1)].slice(0, -1);
  switch (name) {
    case 'satisfied':
      return { name, steps: [classify(), ...round(first, 1), rating('satisfied', 'enterprise')], expected: closed('satisfied') };
    case 'second_round':
      return {
        name,
        steps: [
          classify(),
          ...round(first, 1),
          rating('dissatisfied', 'office'),
          explanation(first),
          ...round(second, 2),
          rating('basically_satisfied', 'enterprise'),
        ],
        expected: closed('satisfied'),
      };
    case 'closed_by_office':
    case 'referred': {
      const decision: PlannedStep =
        name === 'referred'
          ? { step: 'referral', by: 'office', body: { cause: 'perfunctory', note: '两次不满意' }, events: ['referred', 'closed'], repeatable: false }
          : { step: 'close', by: 'office', body: { reason: '企业诉求超出政策范围' }, events: ['closed'], repeatable: false };
      return {
        name,
        steps: [
          classify(),
          ...round(first, 1, false),
          rating('dissatisfied', 'enterprise'),
          explanation(first),
          ...round(second, 2, false),
          rating('dissatisfied', 'office'),
          explanation(second),
          decision,
        ],
        expected: closed(name),
      };
    }
    case 'withdrawn': {
      // Withdrawn at any point from registration to the path answer.
      const before = upToPath.slice(0, Math.floor(random.next() * (upToPath.length + 1)));
      const by = random.next() < 0.5 ? 'enterprise' : 'office';
      const withdraw: PlannedStep = { step: 'withdraw', by, body: { reason: '问题已自行解决' }, events: ['withdrawn'], repeatable: false };
      return { name, steps: [...before, withdraw], expected: { status: 'withdrawn', closure: null } };
    }
    case 'in_progress':
      return { name, steps: upToPath, expected: { status: 'in_progress', closure: null } };
    case 'resolved':
      return { name, steps: [classify(), ...round(first, 1)], expected: { status: 'resolved', closure: null } };
  }
}
