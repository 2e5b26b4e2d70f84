import type { z } from 'zod';
import type { Actor, AppealState, Instant, TimelineEvent } from '../domain/appeal.js';
import { formatInstant } from '../domain/dates.js';
import type { EnterpriseFlag } from '../domain/codes.js';
import type { Publication } from '../domain/publication.js';
import type { Department } from '../db/departments.js';
import type { Person } from '../db/people.js';
import type { Caller } from './auth.js';
import type { actorShape, AppealView, departmentShape, personShape, publicationShape, timelineEventShape } from './answer-shapes.js';
import {
  enterpriseAppeal,
  enterpriseTimeline,
  readsAppealContact,
  readsEnterpriseFlags,
  readsInternalWork,
  readsPersonPhone,
  readsPublication,
  readsWebhooks,
  type SharedAppeal,
} from './audience.js';

// Maps the ledger's appeals and departments to the API's shapes (CONTRACT.md §3, "The appeal"): instants in
// APPEALS_TIMEZONE, workflow bookkeeping left out, and each part only for the roles audience.ts lets read it.

const INSTANT_KEYS = new Set(['deadline', 'dueAt', 'reportBy', 'contributeBy', 'contactedAt', 'materialBy', 'clockFrom']);

export function createViews(timezone: string) {
  function at(ms: Instant): string;
  function at(ms: Instant | null | undefined): string | null;
  function at(ms: Instant | null | undefined): string | null {
    return ms === null || ms === undefined ? null : formatInstant(ms, timezone);
  }

  /** Who took a step: the role, the unit, and the person where the token named one and the reader may know it (audience.ts). */
  function actor(a: Actor): z.output<typeof actorShape> {
    return {
      role: a.role,
      ...(a.department ? { department: a.department } : {}),
      ...(a.unit ? { unit: a.unit } : {}),
      ...(a.person ? { person: { id: a.person.id, name: a.person.name } } : {}),
    };
  }

  function event(e: TimelineEvent): z.output<typeof timelineEventShape> {
    const data = e.data ? Object.fromEntries(Object.entries(e.data).map(([k, v]) => [k, INSTANT_KEYS.has(k) && typeof v === 'number' ? at(v) : v])) : undefined;
    return {
      kind: e.kind,
      at: at(e.at),
      round: e.round,
      ...(e.actor ? { actor: actor(e.actor) } : {}),
      ...(data ? { data } : {}),
    };
  }

  function publication(p: Publication): z.output<typeof publicationShape> {
    return {
      status: p.status,
      ...(p.reason ? { reason: p.reason } : {}),
      ...(p.decidedAt ? { decidedAt: at(p.decidedAt) } : {}),
      ...(p.decidedBy ? { decidedBy: { role: p.decidedBy.role, ...(p.decidedBy.tokenId ? { tokenId: p.decidedBy.tokenId } : {}) } } : {}),
    };
  }

  function appeal(
    state: AppealState,
    caller: Caller,
    extra: { timeline?: TimelineEvent[]; publication?: Publication; enterpriseFlags?: EnterpriseFlag[] } = {},
  ): AppealView {
    const s: SharedAppeal = readsInternalWork(caller) ? state : enterpriseAppeal(state);
    const timeline = extra.timeline && (readsInternalWork(caller) ? extra.timeline : enterpriseTimeline(extra.timeline));
    const { contact, ...enterprise } = s.enterprise;
    const readsContact = readsAppealContact(caller, { creditCode: enterprise.creditCode, leadDepartment: s.leadDepartment });
    const submitter = state.submitter ?? { kind: 'enterprise' as const, ...contact };
    const d = s.deadlines;
    return {
      id: s.id,
      receiptNumber: s.receiptNumber,
      registeredAt: at(s.registeredAt),
      enterprise: readsContact ? { ...enterprise, contact } : enterprise,
      /** Who raised it (issue 16); the enterprise's contact unless someone did on its behalf. Their phone goes with the contact's. */
      submitter: readsContact ? submitter : { kind: submitter.kind, ...('organisation' in submitter ? { organisation: submitter.organisation } : {}) },
      channel: s.channel,
      /** The county or park whose office registered it; null for the city's office and the enterprise's own. */
      unit: s.unit ?? null,
      category: s.category,
      title: s.title,
      description: s.description,
      disclose: s.disclose,
      meetingId: s.meetingId,
      kind: s.kind ?? 'problem',
      status: s.status,
      round: s.round,
      answeredOnTheSpot: s.answeredOnTheSpot ?? false,
      classification: s.classification,
      timeLimitDays: s.timeLimitDays,
      leadDepartment: s.leadDepartment,
      coDepartments: s.coDepartments,
      deadlines: {
        assignBy: at(d.assignBy),
        pathBy: at(d.pathBy),
        dueAt: at(d.dueAt),
        ratingBy: at(d.ratingBy),
        explanationBy: at(d.explanationBy),
        reportBy: at(d.reportBy),
      },
      overdue: s.overdue,
      supervised: s.supervised,
      ...(s.supervision !== undefined ? { supervision: s.supervision } : {}),
      extensions: s.extensions.map(({ decidedAt, ...e }) => ({ ...e, requestedAt: at(e.requestedAt), ...(decidedAt ? { decidedAt: at(decidedAt) } : {}) })),
      ratings: s.ratings.map((r) => ({ ...r, at: at(r.at) })),
      ...(readsInternalWork(caller) ? { instructed: (state.instructions?.length ?? 0) > 0 } : {}),
      ...(s.instructions ? { instructions: s.instructions.map((i) => ({ ...i, at: at(i.at), reportBy: at(i.reportBy) })) } : {}),
      ...(readsInternalWork(caller) ? { contacts: state.contacts ?? 0 } : {}),
      ...(s.taskForce ? { taskForce: { ...s.taskForce, at: at(s.taskForce.at) } } : {}),
      ...(s.owner ? { owner: s.owner } : {}),
      ...(s.handler ? { handler: s.handler } : {}),
      ...(s.delegations
        ? {
            delegations: s.delegations.map(({ reportedAt, ...d }) => ({
              ...d,
              dueAt: at(d.dueAt),
              at: at(d.at),
              ...(reportedAt !== undefined ? { reportedAt: at(reportedAt) } : {}),
            })),
          }
        : {}),
      ...(s.contributions
        ? {
            contributions: s.contributions.map(({ at: answeredAt, ...c }) => ({
              ...c,
              dueBy: at(c.dueBy),
              ...(answeredAt !== undefined ? { at: at(answeredAt) } : {}),
            })),
          }
        : {}),
      ...(s.material ? { material: { ...s.material, requestedAt: at(s.material.requestedAt), materialBy: at(s.material.materialBy) } } : {}),
      /** Every change of `dueAt` and why (issue 17); empty for appeals started before changes were kept. */
      deadlineChanges: (s.deadlineChanges ?? []).map((c) => ({ ...c, from: at(c.from), to: at(c.to), at: at(c.at) })),
      ...(s.mergedInto ? { mergedInto: s.mergedInto } : {}),
      // Other enterprises' duplicates, with their phones: the office's and the lead's, like the contact.
      ...(state.followers && readsInternalWork(caller)
        ? {
            followers: state.followers.map(({ phones, rating, ...f }) => ({
              ...f,
              at: at(f.at),
              ...(readsContact ? { phones } : {}),
              ...(rating ? { rating: { ...rating, at: at(rating.at) } } : {}),
            })),
          }
        : {}),
      closure: s.closure,
      closureReason: s.closureReason,
      closedAt: at(s.closedAt),
      followUps: s.followUps.map(({ announceAt: _announceAt, recordedAt, ...f }) => ({
        ...f,
        dueAt: at(f.dueAt),
        ...(recordedAt ? { recordedAt: at(recordedAt) } : {}),
      })),
      ...(readsPublication(caller) && extra.publication ? { publication: publication(extra.publication) } : {}),
      ...(readsEnterpriseFlags(caller) && extra.enterpriseFlags ? { enterpriseFlags: extra.enterpriseFlags } : {}),
      ...(timeline ? { timeline: timeline.map(event) } : {}),
    };
  }

  /** A department as listed: its webhook only for the admin. */
  function department(d: Department, caller: Caller): z.output<typeof departmentShape> {
    const { webhookUrl: _webhookUrl, ...listed } = d;
    return readsWebhooks(caller) ? d : listed;
  }

  /** A person of a unit: the phone only for those audience.ts lets read it. */
  function person(p: Person, caller: Caller): z.output<typeof personShape> {
    return {
      id: p.id,
      name: p.name,
      unit: p.unit,
      ...(readsPersonPhone(caller, p) ? { phone: p.phone } : {}),
      duties: p.duties,
      active: p.active,
      createdAt: at(p.createdAt.getTime()),
    };
  }

  return { appeal, department, person, actor, at };
}

export type Views = ReturnType<typeof createViews>;
