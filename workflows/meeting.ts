import { continueAsNew, patched, proxyActivities, proxyLocalActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { DeadlineActivities } from '../activities/deadlines.js';
import { meetingStepRefusal } from '../domain/command-checks.js';
import type { MeetingActivities } from '../activities/meetings.js';
import type { Actor, Enterprise, Instant } from '../domain/appeal.js';
import {
  DIGEST_EVERY_WORKING_DAYS,
  allowedMeetingSteps,
  attendanceOf,
  factsOf,
  meetingChannel,
  matchProblems,
  meetingStepAllowed,
  newMeeting,
  problemsToOpen,
  type MeetingRegistration,
  type Problem,
  type MeetingEventKind,
  type MeetingRecipient,
  type MeetingState,
  type MeetingStep,
  type TableDecisionKind,
} from '../domain/meeting.js';
import type { AppealDecision } from '../activities/meetings.js';
import {
  meetingSearchAttributeKeys,
  meetingStateQuery,
  meetingSyncUpdate,
  meetingUpdates,
  scheduledStartTimeKey,
  type MeetingCommands,
  type MeetingInput,
  type MeetingOutbox,
  type SeriesFiringInput,
} from './meeting-messages.js';
import { IN_PLACE, LEDGER_WRITES, createStepLoop, inPlaceFirst, flushOutbox, refused, wrongState, type Alarm } from './step-loop.js';

// One meeting's closed loop (CONTRACT.md §6): planned → announced → registration closed → held → follow-up while any
// of its appeals is open → reported when the last one closes (back to follow-up if one reopens), or cancelled.
//
// How the meeting learns that its appeals closed: it looks at them on the ledger, once a day and at every digest,
// through an activity. The appeal workflow knows nothing of meetings, so appeals linked to a coordination meeting
// (which do not carry its id) are watched exactly like those the meeting opened, and no appeal history changes.

const ledger = proxyActivities<MeetingActivities>(LEDGER_WRITES);

// Opening appeals starts a workflow per problem and waits for each to reach the ledger, and taking steps on them
// waits for each appeal's answer: our own, so retried until done, like a ledger write.
const opener = proxyActivities<MeetingActivities>({ ...LEDGER_WRITES, startToCloseTimeout: '5 minutes' });

const calendarInPlace = proxyLocalActivities<DeadlineActivities>(IN_PLACE);
const calendarQueued = proxyActivities<DeadlineActivities>(LEDGER_WRITES);

const REVIEW_EVERY_MS = 86_400_000;
const office: MeetingRecipient = { kind: 'office' };
const enterprise = (creditCode: string): MeetingRecipient => ({ kind: 'enterprise', creditCode });
const SYSTEM: Actor = { role: 'system' };

export async function meeting(input: MeetingInput): Promise<MeetingState> {
  const s: MeetingState = 'carried' in input ? input.carried : newMeeting(input.plan, Date.now());
  const outbox: MeetingOutbox = 'carried' in input ? input.outbox : { events: [], notifications: [] };
  let shownStatus = '';
  // Asked once, first thing: a run recorded before whole transitions keeps replaying (and running) as it was.
  const whole = patched('whole-transitions');
  // A look-up the worker cannot finish in place waits on the server's retries until the database answers.
  const calendar = inPlaceFirst(calendarInPlace, calendarQueued, whole);

  // ---- the meeting's ledger ----

  function record(kind: MeetingEventKind, data?: Record<string, unknown>, actor: Actor = SYSTEM, at = Date.now()) {
    outbox.events.push({ seq: ++s.seq, kind, at, actor, ...(data ? { data } : {}) });
  }

  function notify(kind: MeetingEventKind, recipients: MeetingRecipient[], data?: Record<string, unknown>) {
    const at = Date.now();
    for (const recipient of recipients) {
      const seq = ++s.seq;
      const notificationId = `meeting-${s.id}-${seq}`;
      outbox.notifications.push({ id: notificationId, seq, kind, recipient, at, ...(data ? { data } : {}) });
      outbox.events.push({ seq, kind: 'notified', at, actor: SYSTEM, data: { notificationId, notification: kind, recipient } });
    }
  }

  async function commit() {
    await flushOutbox(outbox, s, (entry) => ledger.recordMeeting(entry));
    if (s.status !== shownStatus) {
      upsertSearchAttributes([{ key: meetingSearchAttributeKeys.status, value: s.status }]);
      shownStatus = s.status;
    }
  }

  // ---- following its appeals up ----

  async function digestAfter(from: Instant): Promise<Instant> {
    const [at] = await calendar.deadlines([{ rule: 'reportBy', from, workingDays: DIGEST_EVERY_WORKING_DAYS }]);
    return at!;
  }

  /** Follow-up while any appeal is open; reported, with the special report stored, once none is. */
  async function review(now = Date.now()) {
    const r = await ledger.reviewMeetingAppeals({ appealIds: s.appeals.map((a) => a.appealId), attendance: attendanceOf(s), facts: factsOf(s) });
    if (r.open > 0 && s.status !== 'follow_up') {
      const digestAt = await digestAfter(now);
      if (s.status === 'reported') record('follow_up_resumed', { open: r.open });
      Object.assign(s, { status: 'follow_up', digestAt });
    } else if (r.open === 0 && s.status !== 'reported') {
      Object.assign(s, { status: 'reported', report: r.figures, reportedAt: now, digestAt: null });
      record('reported', { ...r.figures });
      notify('reported', [office], { figures: r.figures });
    }
    s.settled = r.settled;
    s.reviewAt = now + REVIEW_EVERY_MS;
    return r;
  }

  // ---- the office's and enterprises' steps: Updates, refused without a trace in a state that does not allow them ----

  const started = 'carried' in input ? Promise.resolve() : Promise.resolve().then(start);
  const loop = createStepLoop({ started, commit, alarms, state: s, outbox, whole });

  function refuseUnlessAllowed(step: MeetingStep) {
    if (meetingStepAllowed(step, s, Date.now())) return;
    throw wrongState(`${step} is not allowed while the meeting is ${s.status}`, s.status, allowedMeetingSteps(s, Date.now()));
  }

  function onStep<S extends MeetingStep>(step: S, handle: (command: MeetingCommands[S], now: Instant) => Promise<void> | void) {
    type Definition = UpdateDefinition<MeetingState, [MeetingCommands[S]]>;
    setHandler<MeetingState, [MeetingCommands[S]], Definition>(
      meetingUpdates[step] as unknown as Definition,
      (command) =>
        loop.step(async () => {
          refuseUnlessAllowed(step); // the state may have moved while this step waited its turn
          await handle(command, Date.now());
          return s;
        }),
      {
        // Who may take it and what it carries: the API's own rules, so a step sent past the API is held to them.
        validator: (command) => {
          const refusal = meetingStepRefusal(step, command);
          if (refusal) throw refused(refusal);
          refuseUnlessAllowed(step);
        },
      },
    );
  }

  onStep('invitations', ({ actor, creditCodes }) => {
    const added = [...new Set(creditCodes)].filter((code) => !s.invitations.includes(code));
    s.invitations.push(...added);
    record('invited', { creditCodes: added }, actor);
    // Invited after the announcement: they get it now.
    if (s.status !== 'planned') notify('announced', added.map(enterprise));
  });

  onStep('registrations', async ({ actor, enterprise: who, problems }, now) => {
    const earlier = s.registrations.findIndex((r) => r.enterprise.creditCode === who.creditCode);
    const registration: MeetingRegistration = { enterprise: who, problems, at: now, by: actor.role };
    // Collected = registered (issue 19): each problem is an appeal from this moment, so nothing waits on the
    // meeting. Registrations taken before this change keep waiting for `held`, as they did.
    const opened = patched('registered-problems-are-appeals') ? await openRegistered(who, problems, s.registrations[earlier], now) : [];
    if (opened.length > 0) registration.appealIds = opened;
    if (earlier >= 0) s.registrations[earlier] = registration;
    else s.registrations.push(registration);
    record('registered', { creditCode: who.creditCode, problems: problems.length, replaced: earlier >= 0 }, actor);
  });

  /** The appeals a registration's problems are: an earlier registration's where equal, new ones for the rest. */
  async function openRegistered(who: Enterprise, problems: Problem[], earlier: MeetingRegistration | undefined, now: Instant): Promise<string[]> {
    const matched = matchProblems(earlier, problems);
    // Named by the enterprise, this registration's place in the meeting's ledger and the problem's: for good.
    const seqAtStart = s.seq;
    const keyOf = (i: number) => `registered:${who.creditCode}:${seqAtStart}:${i}`;
    const fresh = matched.flatMap(({ problem, appealId }, i) => (appealId === undefined ? [{ key: keyOf(i), enterprise: who, problem }] : []));
    const opened =
      fresh.length === 0
        ? []
        : await opener.openMeetingAppeals({ meetingId: s.id, channel: meetingChannel(s.kind), problems: fresh, waitFor: s.startsAt, at: now });
    const ids = new Map(opened.map(({ key, appealId }) => [key, appealId]));
    s.appeals.push(...opened.map(({ key: _key, ...a }) => ({ ...a, origin: 'registered' as const, at: now })));
    if (opened.length > 0) record('appeals_opened', { appeals: opened.map(({ appealId, receiptNumber }) => ({ appealId, receiptNumber })) });
    return matched.map(({ appealId }, i) => appealId ?? ids.get(keyOf(i))!);
  }

  onStep('held', async ({ actor, attendedCreditCodes, minutes, problemsRaised, decisions = [] }, now) => {
    const attended = [...new Set([...attendedCreditCodes, ...problemsRaised.map((p) => p.enterprise.creditCode)])];
    const raised = problemsRaised.map(({ enterprise: who, category, title, description }) => ({ enterprise: who, category, title, description }));
    const problems = problemsToOpen(s, attended, raised);
    const opened =
      problems.length === 0
        ? []
        : await opener.openMeetingAppeals({
            meetingId: s.id,
            channel: meetingChannel(s.kind),
            problems: problems.map(({ key, enterprise: who, problem }) => ({ key, enterprise: who, problem })),
          });
    // What was decided at the table, for the meeting's appeals and for each problem raised there (issue 19).
    const raisedIds = new Map(opened.map((o) => [o.key, o.appealId]));
    const decided: AppealDecision[] = [
      ...decisions.map(({ appealId, ...d }) => ({ appealId, ...d })),
      ...problemsRaised.map(({ enterprise: _who, category: _c, title: _t, description: _d, ...d }, i) => ({ appealId: raisedIds.get(`raised:${i}`)!, ...d })),
    ];
    const taken = decided.some((d) => d.decision !== undefined && d.decision !== 'follow_up')
      ? await opener.decideAtTable({ meetingId: s.id, actor, decisions: decided })
      : [];
    // Registered ahead, their enterprise absent: their appeals go on like any other, and both timelines say so.
    const absent = s.appeals.filter((a) => a.origin === 'registered' && !attended.includes(a.creditCode));
    if (absent.length > 0) await opener.noteOnAppeals({ meetingId: s.id, appealIds: absent.map((a) => a.appealId), what: 'absent' });
    const origins = new Map(problems.map((p) => [p.key, p.origin]));
    Object.assign(s, { status: 'held', heldAt: now, minutes, attended, reviewAt: now });
    for (const a of absent) a.absent = true;
    s.appeals.push(...opened.map(({ key, ...a }) => ({ ...a, origin: origins.get(key)!, at: now })));
    const refusals = new Map(taken.flatMap((r) => (r.refused ? [[r.appealId, r.refused] as const] : [])));
    for (const d of decided) {
      const a = s.appeals.find((x) => x.appealId === d.appealId);
      if (a && !refusals.has(d.appealId)) a.decision = d.decision ?? 'follow_up';
    }
    record('held', { attended: attended.length, problems: problems.length, minutes }, actor);
    if (opened.length > 0) record('appeals_opened', { appeals: opened.map(({ appealId, receiptNumber }) => ({ appealId, receiptNumber })) });
    if (decided.length > 0) {
      const by = (kind: TableDecisionKind) => decided.filter((d) => (d.decision ?? 'follow_up') === kind && !refusals.has(d.appealId)).map((d) => d.appealId);
      const refused = [...refusals].map(([appealId, reason]) => ({ appealId, reason }));
      record('decided', { answered: by('answered'), assigned: by('assigned'), followUp: by('follow_up'), ...(refused.length > 0 ? { refused } : {}) }, actor);
    }
    if (absent.length > 0) {
      record('absent_problems', {
        creditCodes: [...new Set(absent.map((a) => a.creditCode))],
        appeals: absent.map(({ appealId, receiptNumber }) => ({ appealId, receiptNumber })),
      });
    }
    await review(now);
  });

  onStep('appeals', async ({ actor, appeals }, now) => {
    const fresh = appeals.filter((a) => !s.appeals.some((held) => held.appealId === a.appealId));
    for (const a of fresh) {
      s.appeals.push({ ...a, origin: 'linked', at: now });
      record('appeal_linked', { appealId: a.appealId, receiptNumber: a.receiptNumber }, actor);
    }
    if (fresh.length > 0 && s.heldAt !== null) await review(now);
  });

  onStep('cancel', async ({ actor, reason }, now) => {
    // Its registered problems are appeals already (issue 19): they go on without it, and each is told why (linked
    // appeals were going on before it); its own timeline names them all.
    const registered = s.appeals.filter((a) => a.origin === 'registered').map((a) => a.appealId);
    if (registered.length > 0) await opener.noteOnAppeals({ meetingId: s.id, appealIds: registered, what: 'cancelled', reason });
    Object.assign(s, { status: 'cancelled', cancelledAt: now, cancelReason: reason });
    const goOn = s.appeals.map(({ appealId, receiptNumber }) => ({ appealId, receiptNumber }));
    record('cancelled', { reason, ...(goOn.length > 0 ? { appealsGoOn: goOn } : {}) }, actor);
    // Those it told of the meeting, and those who registered for it.
    const told = [...(s.announcedAt !== null ? s.invitations : []), ...s.registrations.map((r) => r.enterprise.creditCode)];
    notify('cancelled', [office, ...[...new Set(told)].map(enterprise)]);
  });

  setHandler(meetingSyncUpdate, () => loop.exclusively(async () => s));
  setHandler(meetingStateQuery, () => s);

  // ---- the clock ----

  const armed = (name: string, at: Instant | null): at is Instant => at !== null && s.fired[name] !== at;

  function alarms(): Alarm[] {
    const list: (Alarm | false)[] = [
      s.status === 'planned' &&
        armed('announce', s.announceAt) && {
          name: 'announce',
          at: s.announceAt,
          fire() {
            // Dated at its moment, like every timer's event; a meeting planned late is announced when it is planned.
            const announcedAt = Math.max(s.announceAt, s.createdAt);
            Object.assign(s, { status: 'announced', announcedAt });
            record('announced', { startsAt: s.startsAt, registrationClosesAt: s.registrationClosesAt }, SYSTEM, announcedAt);
            notify('announced', [office, ...s.invitations.map(enterprise)]);
          },
        },
      (s.status === 'planned' || s.status === 'announced') &&
        armed('registrationCloses', s.registrationClosesAt) && {
          name: 'registrationCloses',
          at: s.registrationClosesAt,
          fire() {
            s.status = 'registration_closed';
            record('registration_closed', { registered: s.registrations.length }, SYSTEM, s.registrationClosesAt);
          },
        },
      s.status === 'follow_up' &&
        armed('digest', s.digestAt) && {
          name: 'digest',
          at: s.digestAt,
          async fire() {
            const due = s.digestAt!;
            const { figures, open } = await review();
            if (s.status !== 'follow_up') return;
            record('digest', { open, ...figures }, SYSTEM, due);
            notify('digest', [office], { open, figures });
            s.digestAt = await digestAfter(due);
          },
        },
      ['held', 'follow_up', 'reported'].includes(s.status) &&
        !s.settled &&
        armed('review', s.reviewAt) && {
          name: 'review',
          at: s.reviewAt,
          fire: () => review(),
        },
    ];
    return list.filter((a): a is Alarm => a !== false).sort((a, b) => a.at - b.at);
  }

  // A reported meeting stays until none of its appeals can reopen any more.
  const finished = () => s.status === 'cancelled' || (s.status === 'reported' && s.settled);

  async function start() {
    record('planned', { startsAt: s.startsAt, announceAt: s.announceAt, registrationClosesAt: s.registrationClosesAt }, SYSTEM, s.createdAt);
    await commit();
  }

  await loop.run(finished, () => continueAsNew<typeof meeting>({ carried: s, outbox }));
  return s;
}

/**
 * What a series' Schedule starts: it opens the meeting the firing announces (the `meeting-<id>` workflow) and moves
 * the Schedule's window of announcements on. Dated by the firing's scheduled time, so a late run opens the right one.
 */
export async function meetingSeriesFiring({ seriesId }: SeriesFiringInput): Promise<string | null> {
  const scheduledFor = workflowInfo().typedSearchAttributes.get(scheduledStartTimeKey);
  return opener.openSeriesMeeting({ seriesId, at: scheduledFor?.getTime() ?? Date.now() });
}
