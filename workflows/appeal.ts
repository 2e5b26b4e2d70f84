import {
  ParentClosePolicy,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setCurrentDetails,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { DeadlineActivities, DeadlineRequest } from '../activities/deadlines.js';
import type { LedgerActivities } from '../activities/ledger.js';
import { registeredAppeal, type Actor, type AppealState, type DeadlineChange, type Instant, type Recipient, type Supervision } from '../domain/appeal.js';
import { REFERRAL_CAUSES, type Closure, type TimelineKind } from '../domain/codes.js';
import { appealStepRefusal } from '../domain/command-checks.js';
import { allowedSteps, dueFollowUp, isAllowed, pendingDelegations, type Step } from '../domain/rules.js';
import { followerUpdate, meetingNoteUpdate, stateQuery, stepUpdates, syncUpdate, type AppealInput, type Outbox, type StepCommand } from './messages.js';
import type { accountability } from './accountability.js';
import { ACCOUNTABILITY_WORKFLOW, accountabilityWorkflowId, referralRecordId } from './accountability-messages.js';
import { indexedAsWanted, searchAttributesOf } from './search-attributes.js';
import { appealDetails } from './ui-summary.js';
import { IN_PLACE, LEDGER_WRITES, createStepLoop, inPlaceFirst, flushOutbox, refused, wrongState, type Alarm } from './step-loop.js';

// One appeal from registration to its last follow-up visit: CONTRACT.md §4, rule by rule. Every instant is the
// workflow's own clock; deadlines come from the calendar through an activity, so they are part of history.

const ledger = proxyActivities<LedgerActivities>(LEDGER_WRITES);
// In the worker that runs the workflow task: no round trip through the server's activity queue before a step's
// answer, and one history event per write instead of six.
const ledgerInPlace = proxyLocalActivities<LedgerActivities>(IN_PLACE);
const calendarInPlace = proxyLocalActivities<DeadlineActivities>(IN_PLACE);
const calendarQueued = proxyActivities<DeadlineActivities>(LEDGER_WRITES);

const office: Recipient = { kind: 'office' };
const enterprise: Recipient = { kind: 'enterprise' };
const department = (code: string): Recipient => ({ kind: 'department', code });
const SYSTEM: Actor = { role: 'system' };

export async function appeal(input: AppealInput): Promise<AppealState> {
  const s: AppealState = 'carried' in input ? input.carried : registeredAppeal(input.registration, Date.now());
  const outbox: Outbox = 'carried' in input ? input.outbox : { events: [], notifications: [] };
  // Asked once, first thing: a run recorded before whole transitions keeps replaying (and running) as it was.
  const whole = patched('whole-transitions');
  // Runs recorded before the gateway started appeals indexed upserted at their first commit whatever the start
  // carried; asked once, like `whole`, so they replay those upserts.
  const indexedAtStart = patched('search-attributes-at-start');
  let lastUpserted = '';
  // A write or look-up the worker cannot finish in place waits on the server's retries until the database answers.
  const calendar = inPlaceFirst(calendarInPlace, calendarQueued, whole);
  const ledgerInPlaceFirst = inPlaceFirst(ledgerInPlace, ledger, whole);

  // ---- the ledger: every event and notification is written as it happens ----

  function record(kind: TimelineKind, data?: Record<string, unknown>, actor: Actor = SYSTEM, at = Date.now()) {
    outbox.events.push({ seq: ++s.seq, kind, at, round: s.round, actor, ...(data ? { data } : {}) });
  }

  function notify(kind: TimelineKind, recipients: Recipient[], deadline: Instant | null = null) {
    // The case owner follows the appeal: told of everything anyone is told of (only appeals that have one).
    const owner: Recipient[] = s.owner && recipients.length > 0 ? [{ kind: 'person', id: s.owner }] : [];
    // Whoever raised it for the enterprise hears what the enterprise hears (only appeals registered with one).
    const submitter: Recipient[] = recipients.includes(enterprise) && raisedByAnother() ? [{ kind: 'submitter' }] : [];
    // The enterprises of duplicates merged into it hear its answers too (issue 17; only appeals that have any).
    const followers: Recipient[] = recipients.includes(enterprise)
      ? (s.followers ?? []).flatMap((f) => f.phones.map((phone): Recipient => ({ kind: 'follower', appealId: f.appealId, phone })))
      : [];
    for (const recipient of [...recipients, ...submitter, ...followers, ...owner]) {
      const seq = ++s.seq;
      const id = `${s.id}-${seq}`;
      outbox.notifications.push({ id, seq, kind, recipient, at: Date.now(), deadline });
      outbox.events.push({
        seq,
        kind: 'notified',
        at: Date.now(),
        round: s.round,
        actor: SYSTEM,
        data: { notificationId: id, notification: kind, recipient },
      });
    }
  }

  const lead = () => (s.leadDepartment ? [department(s.leadDepartment)] : []);
  const raisedByAnother = () => s.submitter !== undefined && s.submitter.phone !== s.enterprise.contact.phone;

  async function commit() {
    // Appeals started before local ledger writes keep writing as they did, so their histories replay.
    const writer = patched('ledger-writes-in-place') ? ledgerInPlaceFirst : ledger;
    await flushOutbox(outbox, s, (entry) => writer.record(entry));
    index();
    setCurrentDetails(appealDetails(s, alarms()[0]));
  }

  /**
   * Upserts the search attributes when the run's own (its start's, then its upserts') say otherwise: so an appeal
   * started indexed upserts nothing at intake, one started without (by an older API) upserts at its first commit,
   * and a continued run, which the server starts with the previous run's, only once something changes.
   */
  function index() {
    const attributes = searchAttributesOf(s);
    if (indexedAtStart) {
      if (!indexedAsWanted(workflowInfo().typedSearchAttributes, attributes)) upsertSearchAttributes(attributes);
      return;
    }
    const key = JSON.stringify(attributes.map((a) => a.value));
    if (key !== lastUpserted) {
      upsertSearchAttributes(attributes);
      lastUpserted = key;
    }
  }

  // ---- deadlines, from the calendar and policy ----

  async function deadline(rule: DeadlineRequest['rule'], from: Instant, workingDays?: number): Promise<Instant> {
    const [at] = await calendar.deadlines([{ rule, from, workingDays }]);
    return at!;
  }

  /** Moves `dueAt`, saying why (`GET /v1/appeals/:id` explains every change, issue 17). */
  function moveDueAt(to: Instant | null, because: DeadlineChange['because'], workingDays?: number) {
    const from = s.deadlines.dueAt;
    s.deadlines.dueAt = to;
    if (from !== to) (s.deadlineChanges ??= []).push({ from, to, because, at: Date.now(), ...(workingDays !== undefined ? { workingDays } : {}) });
  }

  /** Sets `dueAt` and re-arms its warning, skipped if that moment has already passed. */
  async function setDueAt(dueAt: Instant, because: DeadlineChange['because'], workingDays?: number) {
    const warningAt = await deadline('warningAt', dueAt);
    moveDueAt(dueAt, because, workingDays);
    s.warningAt = warningAt > Date.now() ? warningAt : null;
  }

  /**
   * Each co-department owes the lead its part by the policy's working days after `assign`, never after the lead's
   * `dueAt` (issue 15). A part already given stays; one still owed starts again from this assignment.
   */
  async function oweContributions(now: Instant): Promise<Instant | null> {
    const others = (s.contributions ?? []).filter((c) => c.round !== s.round);
    const given = (s.contributions ?? []).filter((c) => c.round === s.round && c.text !== undefined && s.coDepartments.includes(c.department));
    const owing = s.coDepartments.filter((code) => !given.some((c) => c.department === code));
    const dueBy = owing.length > 0 ? Math.min(await deadline('contributeBy', now), s.deadlines.dueAt!) : null;
    s.contributions = [...others, ...given, ...owing.map((code) => ({ round: s.round, department: code, dueBy: dueBy!, missed: false }))];
    return dueBy;
  }

  /** The lead owes each leader who asked for it progress every N working days from `from` (none while unassigned). */
  async function restartInstructionClocks(from: Instant, which = s.instructions ?? []) {
    for (const instruction of which) {
      if (instruction.reportEveryWorkingDays !== null) {
        instruction.reportBy = s.leadDepartment ? await deadline('reportBy', from, instruction.reportEveryWorkingDays) : null;
      }
    }
  }

  async function startReportClock(from: Instant) {
    s.deadlines.reportBy = await deadline('reportBy', from, s.supervision?.reportEveryWorkingDays ?? undefined);
  }

  /**
   * Listed supervision: progress is owed every N working days from `reportFrom` (none while unassigned). Started
   * by a passing `dueAt`, it is dated at that deadline, whenever the timer's task actually ran.
   */
  async function superviseFrom(reportFrom: Instant | null, supervision: Supervision, actor: Actor, at = Date.now()) {
    s.supervised = true;
    s.supervision = supervision;
    if (reportFrom !== null) await startReportClock(reportFrom);
    record('supervision_started', { ...s.supervision, reportBy: s.deadlines.reportBy }, actor, at);
    notify('supervision_started', [...lead(), office], s.deadlines.reportBy);
  }

  // ---- rounds and closures ----

  /** A new round after a first dissatisfaction's explanation or a rebound: assigned and answered afresh. */
  async function startNewRound() {
    const now = Date.now();
    s.round += 1;
    s.status = 'registered';
    Object.assign(
      s,
      {
        leadDepartment: null,
        coDepartments: [],
        assignedAt: null,
        overdue: false,
        supervised: false,
        supervision: null,
        pathReported: false,
        warningAt: null,
        unratedAt: null,
      },
      s.handler ? { handler: null } : {},
    );
    const [assignBy, pathBy] = await calendar.deadlines([
      { rule: 'laterAssignBy', from: now },
      { rule: 'laterPathBy', from: now },
    ]);
    moveDueAt(null, 'new_round');
    s.deadlines = { assignBy: assignBy!, pathBy: pathBy!, dueAt: null, ratingBy: null, explanationBy: null, reportBy: null };
  }

  /** The round's answer is out: the enterprise rates it by `ratingBy`, or it closes `unrated`. */
  async function awaitRating(now: Instant) {
    const [ratingBy, unratedAt] = await calendar.deadlines([
      { rule: 'ratingBy', from: now },
      { rule: 'unratedAt', from: now },
    ]);
    s.status = 'resolved';
    s.warningAt = null;
    s.deadlines.reportBy = null;
    s.deadlines.ratingBy = ratingBy!;
    s.unratedAt = unratedAt!;
  }

  /** `at`: the `unrated` closure is dated at its deadline, so its follow-up visits count from that day. */
  async function close(closure: Closure, reason: string | null, actor: Actor, at = Date.now()) {
    settle(closure, reason, actor, at);
    notify('closed', [enterprise, ...lead()]);
    const cycle = 1 + Math.max(0, ...s.followUps.map((f) => f.cycle));
    s.followUps.push(...(await calendar.followUpVisits({ closedAt: at, cycle })));
  }

  function settle(closure: Closure, reason: string | null, actor: Actor, at: Instant) {
    s.status = 'closed';
    s.closure = closure;
    s.closureReason = reason;
    s.closedAt = at;
    s.deadlines = { ...s.deadlines, ratingBy: null, explanationBy: null, reportBy: null };
    s.unratedAt = null;
    s.warningAt = null;
    record('closed', { closure, reason }, actor, at);
  }

  // ---- the human steps: each an Update, refused without a trace in a state that does not allow it ----

  // Registration heads the queue: an Update delivered with the start (in the first activation) reaches its
  // handler as soon as the handler is set, and must still find the appeal registered and on the ledger.
  const loop = createStepLoop({
    started: 'carried' in input ? Promise.resolve() : Promise.resolve().then(register),
    commit,
    alarms,
    state: s,
    outbox,
    whole,
    rearmAfterFailedStep: () => patched('rearm-after-failed-step'),
  });

  function refuseUnlessAllowed(step: Step) {
    if (isAllowed(step, s, Date.now())) return;
    throw wrongState(`${step} is not allowed while the appeal is ${s.status}`, s.status, allowedSteps(s, Date.now()));
  }

  /** Who may take the step and what it carries: the API's own rules, so a step sent past the API is held to them. */
  function refuseUnlessPermitted(step: Step, command: unknown) {
    const refusal = appealStepRefusal(step, command, s);
    if (refusal) throw refused(refusal);
  }

  function onStep<S extends Step>(step: S, handle: (command: StepCommand<S>, now: Instant) => Promise<void> | void) {
    type Definition = UpdateDefinition<AppealState, [StepCommand<S>]>;
    setHandler<AppealState, [StepCommand<S>], Definition>(
      stepUpdates[step] as unknown as Definition,
      (command) =>
        loop.step(async () => {
          // The state may have moved while this step waited its turn (a new lead, another status).
          if (whole) refuseUnlessPermitted(step, command);
          refuseUnlessAllowed(step);
          await handle(command, Date.now());
          return s;
        }),
      {
        validator: (command) => {
          refuseUnlessPermitted(step, command);
          refuseUnlessAllowed(step);
        },
      },
    );
  }

  onStep('classify', async ({ actor, classification, timeLimitDays }) => {
    s.classification = classification;
    s.timeLimitDays = timeLimitDays;
    record('classified', { classification, timeLimitDays }, actor);
    if (s.assignedAt !== null) await setDueAt(await deadline('dueAt', s.assignedAt, timeLimitDays), 'classified');
  });

  onStep('assign', ({ actor, lead: leadCode, co = [] }, now) => assignTo(leadCode, co, actor, now));

  async function assignTo(leadCode: string, co: string[], actor: Actor, now: Instant) {
    s.status = 'assigned';
    // A responsible handler is the lead's own person: a new lead names its own.
    if (s.handler && s.leadDepartment !== leadCode) s.handler = null;
    s.leadDepartment = leadCode;
    s.coDepartments = co.filter((code) => code !== leadCode);
    s.assignedAt = now;
    await setDueAt(await deadline('dueAt', now, s.timeLimitDays!), 'assigned');
    if (s.supervised) await startReportClock(now);
    if (s.instructions) await restartInstructionClocks(now);
    if (!patched('co-handler-contributions')) {
      record('assigned', { lead: leadCode, co: s.coDepartments, dueAt: s.deadlines.dueAt }, actor);
      notify('assigned', [department(leadCode), ...s.coDepartments.map(department)], s.deadlines.dueAt);
      return;
    }
    const contributeBy = await oweContributions(now);
    record('assigned', { lead: leadCode, co: s.coDepartments, dueAt: s.deadlines.dueAt, ...(contributeBy !== null ? { contributeBy } : {}) }, actor);
    notify('assigned', [department(leadCode)], s.deadlines.dueAt);
    notify('assigned', s.coDepartments.map(department), contributeBy);
  }

  onStep('contribution', ({ actor, text }, now) => {
    const owed = (s.contributions ??= []).find((c) => c.round === s.round && c.department === actor.department);
    const onTime = owed ? !owed.missed && now <= owed.dueBy : true;
    if (owed) Object.assign(owed, { text, at: now });
    else s.contributions.push({ round: s.round, department: actor.department!, dueBy: now, text, at: now, missed: false });
    record('contributed', { text, onTime }, actor);
    notify('contributed', lead());
  });

  onStep('accept', ({ actor }) => {
    s.status = 'in_progress';
    record('accepted', undefined, actor);
  });

  onStep('return', async ({ actor, reason }, now) => {
    const returnedBy = s.leadDepartment;
    s.status = 'registered';
    Object.assign(s, { leadDepartment: null, coDepartments: [], assignedAt: null, warningAt: null }, s.handler ? { handler: null } : {});
    moveDueAt(null, 'returned');
    s.deadlines.reportBy = null;
    s.deadlines.assignBy = await deadline('laterAssignBy', now);
    record('returned', { reason, department: returnedBy }, actor);
    notify('returned', [office], s.deadlines.assignBy);
  });

  onStep('path', ({ actor, message, attachments }) => {
    s.pathReported = true;
    record('path_reported', { message, ...evidence(attachments) }, actor);
    notify('path_reported', [enterprise]);
  });

  onStep('progress', async ({ actor, message, attachments }, now) => {
    record('progress_reported', { message, ...evidence(attachments) }, actor);
    if (s.supervised) await startReportClock(now);
    // A progress report answers the leaders' instructions too (only appeals a leader instructed have any).
    if (s.instructions) await restartInstructionClocks(now);
  });

  onStep('delegate', async ({ actor, to, timeLimitDays, note }, now) => {
    const dueAt = await deadline('dueAt', now, timeLimitDays);
    if (dueAt > s.deadlines.dueAt!) {
      throw refused({ kind: 'invalid', errors: [{ field: 'timeLimitDays', message: `${timeLimitDays} working days would end after the appeal's own dueAt` }] });
    }
    (s.delegations ??= []).push({ round: s.round, to, from: actor.department!, note, timeLimitDays, dueAt, at: now, missed: false });
    record('delegated', { to, timeLimitDays, dueAt, note }, actor);
    notify('delegated', [department(to)], dueAt);
  });

  onStep('delegate-report', ({ actor, text }, now) => {
    const delegation = pendingDelegations(s).find((d) => d.to === actor.department)!;
    Object.assign(delegation, { text, reportedAt: now });
    record('delegate_reported', { to: delegation.to, text, onTime: now <= delegation.dueAt }, actor);
    notify('delegate_reported', lead());
  });

  onStep('instruction', async ({ actor, text, reportEveryWorkingDays }, now) => {
    const instruction = { by: actor.person!.id, text, at: now, reportEveryWorkingDays: reportEveryWorkingDays ?? null, reportBy: null };
    await restartInstructionClocks(now, [instruction]);
    (s.instructions ??= []).push(instruction);
    record('instructed', { text, reportEveryWorkingDays: instruction.reportEveryWorkingDays, reportBy: instruction.reportBy }, actor);
    notify('instructed', [...lead(), office], instruction.reportBy);
  });

  onStep('escalate', async ({ actor, reason, meetingId }, now) => {
    s.taskForce = { reason, meetingId: meetingId ?? null, at: now };
    record('escalated', { reason, meetingId: s.taskForce.meetingId }, actor);
    notify('escalated', [...lead(), office]);
    // The task force's appeals are supervised, with the lead's report clock if it has one.
    if (!s.supervised) {
      const reportFrom = s.status === 'assigned' || s.status === 'in_progress' ? now : null;
      await superviseFrom(reportFrom, { reason: `专班：${reason}`, reportEveryWorkingDays: null, leaderAssigned: false }, actor);
    }
  });

  onStep('contacts', ({ actor, method, summary, at }, now) => {
    const contactedAt = at === undefined ? now : Date.parse(at);
    if (contactedAt > now) throw refused({ kind: 'invalid', errors: [{ field: 'at', message: 'must not be in the future' }] });
    s.contacts = (s.contacts ?? 0) + 1;
    record('contacted', { method, summary, contactedAt }, actor);
  });

  onStep('note', ({ actor, text }) => {
    record('note_added', { text }, actor);
  });

  onStep('owner', ({ actor, person }) => {
    s.owner = person;
    record('owner_named', { person }, actor);
    notify('owner_named', [office]);
  });

  onStep('handler', ({ actor, person }) => {
    s.handler = person;
    record('handler_named', { person }, actor);
  });

  onStep('extension', ({ actor, workingDays, reason }, now) => {
    s.extensions.push({ workingDays, reason, requestedAt: now, decision: 'pending' });
    record('extension_requested', { workingDays, reason }, actor);
    notify('extension_requested', [office]);
  });

  onStep('extension/decision', async ({ actor, approve, note }, now) => {
    const request = s.extensions.find((e) => e.decision === 'pending')!;
    Object.assign(request, { decision: approve ? 'approved' : 'denied', decidedAt: now }, note ? { note } : {});
    if (approve) await setDueAt(await deadline('extendedDueAt', s.deadlines.dueAt!, request.workingDays), 'extension', request.workingDays);
    record(approve ? 'extension_approved' : 'extension_denied', { workingDays: request.workingDays, dueAt: s.deadlines.dueAt, note }, actor);
    notify(approve ? 'extension_approved' : 'extension_denied', lead(), s.deadlines.dueAt);
  });

  onStep('supervision', ({ actor, reason, reportEveryWorkingDays, leaderAssigned = false }, now) =>
    superviseFrom(s.status === 'registered' ? null : now, { reason, reportEveryWorkingDays: reportEveryWorkingDays ?? null, leaderAssigned }, actor),
  );

  onStep('resolve', async ({ actor, summary, attachments }, now) => {
    for (const e of s.extensions.filter((x) => x.decision === 'pending')) {
      Object.assign(e, { decision: 'denied', decidedAt: now, note: 'lapsed at resolution' });
    }
    await awaitRating(now);
    // The lead's answer lists what its co-departments gave, and which of them owed and gave nothing.
    const parts = (s.contributions ?? [])
      .filter((c) => c.round === s.round)
      .map(({ department: code, text, missed }) => ({ department: code, ...(text !== undefined ? { text } : {}), missed }));
    record('resolved', { summary, onTime: !s.overdue, ...(parts.length > 0 ? { contributions: parts } : {}), ...evidence(attachments) }, actor);
    notify('resolved', [enterprise, office], s.deadlines.ratingBy);
  });

  // 当场答复 (issue 17): the office settles it at the window; no department's figures count it.
  onStep('answer', async ({ actor, text, basis, attachments }, now) => {
    await awaitRating(now);
    s.answeredOnTheSpot = true;
    record('answered', { text, ...(basis ? { basis } : {}), ...evidence(attachments) }, actor);
    notify('answered', [enterprise], s.deadlines.ratingBy);
  });

  // 补正不计时 (issue 17): the lead's clock stands still from the request until the material comes.
  onStep('request-material', async ({ actor, what, timeLimitDays }, now) => {
    const materialBy = await deadline('dueAt', now, timeLimitDays);
    s.status = 'awaiting_material';
    s.material = { what, timeLimitDays, requestedAt: now, materialBy, missed: false };
    record('material_requested', { what, timeLimitDays, materialBy }, actor);
    notify('material_requested', [enterprise], materialBy);
  });

  onStep('material', async ({ actor, text, attachments }, now) => {
    const stopped = await calendar.workingDaysStopped({ from: s.material!.requestedAt, until: now });
    const dueAt = stopped > 0 ? await deadline('extendedDueAt', s.deadlines.dueAt!, stopped) : s.deadlines.dueAt!;
    if (stopped > 0) await setDueAt(dueAt, 'material', stopped);
    s.status = 'in_progress';
    record('material_supplied', { text, workingDaysStopped: stopped, dueAt, ...evidence(attachments) }, actor);
    notify('material_supplied', lead(), dueAt);
  });

  // 并单 (issue 17): the API has already made this appeal a follower of the one it is merged into.
  onStep('merge', ({ actor, into, reason }, now) => {
    s.mergedInto = into;
    record('merged', { into, reason }, actor);
    settle('merged', reason, actor, now);
    notify('merged', [enterprise, ...lead()]);
  });

  setHandler(
    followerUpdate,
    ({ actor, ...follower }) =>
      loop.step(async () => {
        refuseUnlessFollowable(actor);
        if ((s.followers ?? []).some((f) => f.appealId === follower.appealId)) return s;
        (s.followers ??= []).push({ ...follower, at: Date.now() });
        record('duplicate_merged', { appealId: follower.appealId, receiptNumber: follower.receiptNumber }, actor);
        notify('duplicate_merged', lead());
        return s;
      }),
    { validator: ({ actor }) => refuseUnlessFollowable(actor) },
  );

  // Its meeting went on without it (issue 19): the appeal's own timeline says why it is still handled.
  setHandler(
    meetingNoteUpdate,
    ({ actor, meetingId, what, reason }) =>
      loop.step(async () => {
        record('meeting_noted', { meetingId, what, ...(reason ? { reason } : {}) }, actor);
        return s;
      }),
    {
      validator: ({ actor, meetingId }) => {
        if (actor?.role !== 'system' || meetingId !== s.meetingId) throw refused({ kind: 'forbidden', message: 'only the appeal’s own meeting notes it' });
      },
    },
  );

  function refuseUnlessFollowable(actor: Actor) {
    if (actor?.role !== 'office' && actor?.role !== 'admin') throw refused({ kind: 'forbidden', message: 'only the office merges appeals' });
    if (s.status === 'closed' || s.status === 'withdrawn')
      throw wrongState(`an appeal that is ${s.status} takes no duplicates`, s.status, allowedSteps(s, Date.now()));
  }

  // The second assignment (issue 17): after a dissatisfied rating the office may give it to another department.
  onStep('reassign', async ({ actor, lead: leadCode, co = [], reason }, now) => {
    record('reassigned', { from: s.leadDepartment, lead: leadCode, co, reason }, actor);
    await startNewRound();
    await assignTo(leadCode, co, actor, now);
  });

  onStep('rating', async ({ actor, result, method, comment }, now) => {
    const follower = actor.role === 'enterprise' && actor.creditCode !== s.enterprise.creditCode;
    if (follower) return rateAsFollower(actor, { round: s.round, result, method, ...(comment ? { comment } : {}), at: now });
    if (s.ratings.some((r) => r.round === s.round)) throw wrongState('this round is rated', s.status, allowedSteps(s, now));
    s.ratings.push({ round: s.round, result, method, ...(comment ? { comment } : {}), at: now });
    s.deadlines.ratingBy = null;
    s.unratedAt = null;
    record('rated', { result, method, comment }, actor);
    if (result !== 'dissatisfied') return close('satisfied', null, actor);
    s.dissatisfiedSinceReopen += 1;
    s.status = 'awaiting_explanation';
    s.deadlines.explanationBy = await deadline('explanationBy', now);
    notify('rated', [...lead(), office], s.deadlines.explanationBy);
  });

  /** A merged duplicate's enterprise rates the answer it was sent: its rating is recorded and decides nothing. */
  function rateAsFollower(actor: Actor, rating: NonNullable<AppealState['followers']>[number]['rating'] & object) {
    const f = (s.followers ?? []).find((x) => x.creditCode === actor.creditCode && !x.rating);
    if (!f) throw wrongState('this enterprise has rated this appeal', s.status, allowedSteps(s, Date.now()));
    f.rating = rating;
    record('rated', { result: rating.result, method: rating.method, comment: rating.comment, follower: f.appealId }, actor);
  }

  onStep('explanation', async ({ actor, text, attachments }) => {
    s.deadlines.explanationBy = null;
    record('explanation_given', { text, ...evidence(attachments) }, actor);
    notify('explanation_given', [office]);
    if (s.dissatisfiedSinceReopen === 1) return startNewRound();
    s.status = 'awaiting_decision';
  });

  onStep('referral', async ({ actor, cause, note }) => {
    // The commission's record of the referral (issue 18): a workflow of its own that outlives this appeal, started
    // before anything changes here, so a start that fails leaves the appeal as it was.
    if (patched('referral-accountability')) await openReferralRecord(actor, `${REFERRAL_CAUSES[cause]}：${note}`);
    record('referred', { cause, note }, actor);
    await close('referred', note, actor);
  });

  async function openReferralRecord(owner: Actor, text: string) {
    const id = referralRecordId(s.id, s.round);
    await startChild<typeof accountability>(ACCOUNTABILITY_WORKFLOW, {
      workflowId: accountabilityWorkflowId(id),
      args: [{ plan: { id, kind: 'referral', unit: s.leadDepartment, persons: [], appeals: [s.id], text, owner } }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  }

  onStep('close', ({ actor, reason }) => close(s.status === 'awaiting_material' ? 'no_material' : 'closed_by_office', reason, actor));

  onStep('follow-ups', async ({ actor, outcome, note }, now) => {
    const visit = dueFollowUp(s, now)!;
    Object.assign(visit, { outcome, recordedAt: now }, note ? { note } : {});
    record('follow_up_recorded', { cycle: visit.cycle, n: visit.n, outcome, note }, actor);
    if (outcome !== 'rebound') return;
    for (const later of s.followUps.filter((f) => f.cycle === visit.cycle && f.outcome === 'pending')) {
      later.outcome = 'cancelled';
    }
    Object.assign(s, { closure: null, closureReason: null, closedAt: null, dissatisfiedSinceReopen: 0 });
    record('reopened', { cycle: visit.cycle, n: visit.n }, actor);
    await startNewRound();
    notify('reopened', [office]);
  });

  onStep('withdraw', ({ actor, reason }) => {
    s.status = 'withdrawn';
    record('withdrawn', { reason }, actor);
    notify('withdrawn', [...lead(), office]);
  });

  setHandler(syncUpdate, () => loop.exclusively(async () => s));
  setHandler(stateQuery, () => s);

  // ---- the clock: what happens when a deadline passes (CONTRACT.md §4) ----

  function armed(name: string, at: Instant | null): at is Instant {
    return at !== null && s.fired[name] !== at;
  }

  function alarms(): Alarm[] {
    const d = s.deadlines;
    const handling = s.status === 'assigned' || s.status === 'in_progress';
    const material = s.material;
    const list: (Alarm | false)[] = [
      s.status === 'awaiting_material' &&
        !material!.missed &&
        armed('materialBy', material!.materialBy) && {
          name: 'materialBy',
          at: material!.materialBy,
          fire() {
            material!.missed = true;
            record('material_missed', { deadline: material!.materialBy }, SYSTEM, material!.materialBy);
            notify('material_missed', [...lead(), office]);
          },
        },
      s.status === 'registered' &&
        armed('assignBy', d.assignBy) && {
          name: 'assignBy',
          at: d.assignBy,
          fire() {
            record('assign_missed', { deadline: d.assignBy }, SYSTEM, d.assignBy!);
            notify('assign_missed', [office], d.assignBy);
          },
        },
      (s.status === 'registered' || handling) &&
        !s.pathReported &&
        armed('pathBy', d.pathBy) && {
          name: 'pathBy',
          at: d.pathBy,
          fire() {
            record('path_missed', { deadline: d.pathBy }, SYSTEM, d.pathBy!);
            notify('path_missed', [...lead(), office], d.pathBy);
          },
        },
      handling &&
        armed('warning', s.warningAt) && {
          name: 'warning',
          at: s.warningAt,
          fire() {
            record('warning', { dueAt: d.dueAt });
            notify('warning', lead(), d.dueAt);
          },
        },
      handling &&
        !s.overdue &&
        armed('dueAt', d.dueAt) && {
          name: 'dueAt',
          at: d.dueAt,
          async fire() {
            s.overdue = true;
            record('overdue', { dueAt: d.dueAt }, SYSTEM, d.dueAt!);
            notify('overdue', [...lead(), office], d.dueAt);
            if (!s.supervised) {
              await superviseFrom(d.dueAt, { reason: 'overdue', reportEveryWorkingDays: null, leaderAssigned: false }, SYSTEM, d.dueAt!);
            }
          },
        },
      ...(handling ? (s.contributions ?? []) : [])
        .filter((c) => c.round === s.round && c.text === undefined && !c.missed && s.coDepartments.includes(c.department))
        .filter((c) => armed(`contributeBy-${c.round}-${c.department}`, c.dueBy))
        .map((c): Alarm => ({
          name: `contributeBy-${c.round}-${c.department}`,
          at: c.dueBy,
          fire() {
            c.missed = true;
            record('contribution_missed', { department: c.department, deadline: c.dueBy }, SYSTEM, c.dueBy);
            notify('contribution_missed', [...lead(), office]);
          },
        })),
      ...(handling ? (s.instructions ?? []) : [])
        .map((instruction, i) => ({ instruction, name: `instructionReportBy-${i}` }))
        .filter(({ instruction, name }) => armed(name, instruction.reportBy))
        .map(({ instruction, name }): Alarm => ({
          name,
          at: instruction.reportBy!,
          async fire() {
            const missed = instruction.reportBy!;
            record('instruction_report_missed', { leader: instruction.by, deadline: missed }, SYSTEM, missed);
            await restartInstructionClocks(missed, [instruction]);
            notify('instruction_report_missed', [...lead(), office, { kind: 'person', id: instruction.by }], instruction.reportBy);
          },
        })),
      ...(handling ? pendingDelegations(s) : [])
        .filter((delegation) => !delegation.missed && armed(`delegation-${delegation.round}-${delegation.to}-${delegation.at}`, delegation.dueAt))
        .map((delegation): Alarm => ({
          name: `delegation-${delegation.round}-${delegation.to}-${delegation.at}`,
          at: delegation.dueAt,
          fire() {
            delegation.missed = true;
            record('delegation_missed', { to: delegation.to, deadline: delegation.dueAt }, SYSTEM, delegation.dueAt);
            notify('delegation_missed', lead());
          },
        })),
      handling &&
        s.supervised &&
        armed('reportBy', d.reportBy) && {
          name: 'reportBy',
          at: d.reportBy,
          async fire() {
            const missed = d.reportBy!;
            record('report_missed', { deadline: missed }, SYSTEM, missed);
            await startReportClock(missed);
            notify('report_missed', [...lead(), office], s.deadlines.reportBy);
          },
        },
      s.status === 'resolved' &&
        armed('ratingBy', d.ratingBy) && {
          name: 'ratingBy',
          at: d.ratingBy,
          fire() {
            record('rating_reminder', { deadline: d.ratingBy }, SYSTEM, d.ratingBy!);
            notify('rating_reminder', [office], s.unratedAt);
          },
        },
      s.status === 'resolved' &&
        armed('unrated', s.unratedAt) && {
          name: 'unrated',
          at: s.unratedAt,
          fire: () => close('unrated', null, SYSTEM, s.unratedAt!),
        },
      s.status === 'awaiting_explanation' &&
        armed('explanationBy', d.explanationBy) && {
          name: 'explanationBy',
          at: d.explanationBy,
          fire() {
            record('explanation_missed', { deadline: d.explanationBy }, SYSTEM, d.explanationBy!);
            notify('explanation_missed', [office], d.explanationBy);
          },
        },
      ...s.followUps
        .filter((visit) => s.status === 'closed' && visit.outcome === 'pending')
        .map((visit): Alarm =>
          visit.announceAt !== null
            ? {
                name: `followUpDue-${visit.cycle}-${visit.n}`,
                at: visit.announceAt,
                fire() {
                  visit.announceAt = null;
                  record('follow_up_due', { cycle: visit.cycle, n: visit.n, dueAt: visit.dueAt });
                  notify('follow_up_due', [office], visit.dueAt);
                },
              }
            : {
                name: `followUpMissed-${visit.cycle}-${visit.n}`,
                at: visit.dueAt,
                fire() {
                  visit.outcome = 'missed';
                  record('follow_up_missed', { cycle: visit.cycle, n: visit.n }, SYSTEM, visit.dueAt);
                },
              },
        ),
    ];
    return list.filter((a): a is Alarm => a !== false).sort((a, b) => a.at - b.at);
  }

  function finished(): boolean {
    // A merged duplicate lives on in the appeal it joined, which has the visits.
    if (s.status === 'withdrawn' || s.closure === 'merged') return true;
    const cycle = Math.max(0, ...s.followUps.map((f) => f.cycle));
    const last = s.followUps.find((f) => f.cycle === cycle && f.n === 4);
    return s.status === 'closed' && last !== undefined && (last.outcome === 'stable' || last.outcome === 'missed');
  }

  // ---- registration, then wait for the next step or the next deadline, until the last visit ----

  async function register() {
    // A meeting's problem may wait for the meeting (issue 19); every other appeal's clock starts now.
    const clockFrom = s.clockFrom ?? s.registeredAt;
    const [assignBy, pathBy] = await calendar.deadlines([
      { rule: 'firstAssignBy', from: clockFrom },
      { rule: 'firstPathBy', from: clockFrom },
    ]);
    s.deadlines.assignBy = assignBy!;
    s.deadlines.pathBy = pathBy!;
    record(
      'registered',
      { channel: s.channel, category: s.category, ...(s.clockFrom !== undefined ? { clockFrom: s.clockFrom } : {}) },
      SYSTEM,
      s.registeredAt,
    );
    record('acknowledged', { receiptNumber: s.receiptNumber });
    notify('acknowledged', [enterprise]);
    // The office hears at once of what arrives online, which no clerk of its own registered (issue 16). Appeals
    // registered before then have no `arrivedOnline`, so their histories replay as they ran.
    if (s.arrivedOnline) notify('received', [office], s.deadlines.assignBy);
    await commit();
  }

  await loop.run(finished, () => continueAsNew<typeof appeal>({ carried: s, outbox }));
  return s;
}

/** The attachments a step's text cites, as its event records them. */
const evidence = (attachments: string[] | undefined) => (attachments?.length ? { attachments } : {});
