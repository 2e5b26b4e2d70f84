import { continueAsNew, proxyActivities, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { AccountabilityActivities } from '../activities/accountability.js';
import type { DeadlineActivities } from '../activities/deadlines.js';
import {
  accountabilitySettled,
  accountabilityStepAllowed,
  allowedAccountabilitySteps,
  newAccountability,
  type AccountabilityEventKind,
  type AccountabilityRecipient,
  type AccountabilityState,
  type AccountabilityStep,
} from '../domain/accountability.js';
import type { Actor, Instant } from '../domain/appeal.js';
import { accountabilityStepRefusal } from '../domain/command-checks.js';
import {
  accountabilityStateQuery,
  accountabilitySyncUpdate,
  accountabilityUpdates,
  type AccountabilityCommands,
  type AccountabilityInput,
  type AccountabilityOutbox,
} from './accountability-messages.js';
import { IN_PLACE, LEDGER_WRITES, createStepLoop, flushOutbox, inPlaceFirst, refused, wrongState, type Alarm } from './step-loop.js';

// One accountability record (issue 18): opened → the unit reports its rectification by `rectifyBy` (missed: the
// office is told) → the office records the outcome; a referral also waits for the discipline commission's finding.

const ledger = proxyActivities<AccountabilityActivities>(LEDGER_WRITES);
const calendar = inPlaceFirst(proxyLocalActivities<DeadlineActivities>(IN_PLACE), proxyActivities<DeadlineActivities>(LEDGER_WRITES), true);

const office: AccountabilityRecipient = { kind: 'office' };
const SYSTEM: Actor = { role: 'system' };

export async function accountability(input: AccountabilityInput): Promise<AccountabilityState> {
  const s: AccountabilityState = 'carried' in input ? input.carried : newAccountability(input.plan, Date.now());
  const outbox: AccountabilityOutbox = 'carried' in input ? input.outbox : { events: [], notifications: [] };

  function record(kind: AccountabilityEventKind, data?: Record<string, unknown>, actor: Actor = SYSTEM, at = Date.now()) {
    outbox.events.push({ seq: ++s.seq, kind, at, actor, ...(data ? { data } : {}) });
  }

  function notify(kind: AccountabilityEventKind, recipients: AccountabilityRecipient[], deadline: Instant | null = null) {
    const at = Date.now();
    for (const recipient of recipients) {
      const seq = ++s.seq;
      const notificationId = `accountability-${s.id}-${seq}`;
      outbox.notifications.push({ id: notificationId, seq, kind, recipient, at, deadline });
      outbox.events.push({ seq, kind: 'notified', at, actor: SYSTEM, data: { notificationId, notification: kind, recipient } });
    }
  }

  const unit = (): AccountabilityRecipient[] => (s.unit ? [{ kind: 'department', code: s.unit }] : []);

  const commit = () => flushOutbox(outbox, s, (entry) => ledger.recordAccountability(entry));

  async function start() {
    const [rectifyBy] = await calendar.deadlines([
      { rule: 'rectifyBy', from: s.createdAt, ...(s.rectifyWorkingDays ? { workingDays: s.rectifyWorkingDays } : {}) },
    ]);
    s.rectifyBy = rectifyBy!;
    record('created', { kind: s.kind, unit: s.unit, appeals: s.appeals, rectifyBy: s.rectifyBy }, s.owner, s.createdAt);
    notify('created', unit(), s.rectifyBy);
    await commit();
  }

  const started = 'carried' in input ? Promise.resolve() : Promise.resolve().then(start);
  const loop = createStepLoop({ started, commit, alarms, state: s, outbox, whole: true });

  function refuseUnlessAllowed(step: AccountabilityStep) {
    if (accountabilityStepAllowed(step, s)) return;
    throw wrongState(`${step} is not allowed while the record is ${s.status}`, s.status, allowedAccountabilitySteps(s));
  }

  function onStep<S extends AccountabilityStep>(step: S, handle: (command: AccountabilityCommands[S], now: Instant) => void) {
    type Definition = UpdateDefinition<AccountabilityState, [AccountabilityCommands[S]]>;
    setHandler<AccountabilityState, [AccountabilityCommands[S]], Definition>(
      accountabilityUpdates[step] as unknown as Definition,
      (command) =>
        loop.step(async () => {
          refuseUnlessAllowed(step);
          handle(command, Date.now());
          return s;
        }),
      {
        validator: (command) => {
          const refusal = accountabilityStepRefusal(step, command, s);
          if (refusal) throw refused(refusal);
          refuseUnlessAllowed(step);
        },
      },
    );
  }

  onStep('rectification', ({ actor, text }, now) => {
    Object.assign(s, { status: 'reported', rectification: { text, at: now, by: actor } });
    record('rectification_reported', { text, onTime: s.rectifyBy === null || now <= s.rectifyBy }, actor);
    notify('rectification_reported', [office]);
  });

  onStep('outcome', ({ actor, result, note }, now) => {
    Object.assign(s, { status: 'closed', outcome: { result, note, at: now, by: actor } });
    record('outcome_recorded', { result, note }, actor);
    notify('outcome_recorded', unit());
  });

  onStep('finding', ({ actor, result, note }, now) => {
    s.finding = { result, note, at: now, by: actor };
    record('finding_recorded', { result, note }, actor);
    notify('finding_recorded', [office, ...unit()]);
  });

  setHandler(accountabilitySyncUpdate, () => loop.exclusively(async () => s));
  setHandler(accountabilityStateQuery, () => s);

  function alarms(): Alarm[] {
    const due = s.rectifyBy;
    if (s.status !== 'open' || s.missed || due === null || s.fired.rectifyBy === due) return [];
    return [
      {
        name: 'rectifyBy',
        at: due,
        fire() {
          s.missed = true;
          record('rectification_missed', { rectifyBy: due }, SYSTEM, due);
          notify('rectification_missed', [office]);
        },
      },
    ];
  }

  await loop.run(
    () => accountabilitySettled(s),
    () => continueAsNew<typeof accountability>({ carried: s, outbox }),
  );
  return s;
}
