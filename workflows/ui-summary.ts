import type { AppealState, Instant, Registration } from '../domain/appeal.js';
import { CLOSURES, STATUSES } from '../domain/codes.js';
import type { MeetingPlan } from '../domain/meeting.js';
import type { Alarm } from './step-loop.js';

// What an admin reads in the Temporal UI's list and header without opening the history (CONTRACT.md §2). Markdown,
// as the UI renders it. Codes and numbers only, no enterprise name, contact or title (free text an enterprise
// wrote): not every Temporal server passes these through the payload codec, and a screenshot travels. The receipt
// number finds the rest in the API.

const when = (at: Instant) => new Date(at).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

export function appealSummary(r: Registration): string {
  return `${r.receiptNumber} · ${r.category} · ${r.channel}`;
}

/** The kind and time; the title is free text and may name the enterprise a consultation is about. */
export function meetingSummary(plan: MeetingPlan): string {
  return `${plan.kind} · ${when(plan.startsAt)}`;
}

/** The appeal as it stands: status, who has it, what is overdue, and the next deadline its clock waits for. */
export function appealDetails(s: AppealState, next: Alarm | undefined): string {
  const status = `**${STATUSES[s.status]}** (${s.status})` + (s.closure ? ` — ${CLOSURES[s.closure]}` : '');
  const lines = [`${status}, round ${s.round}`];
  if (s.leadDepartment) lines.push(`Lead: ${[s.leadDepartment, ...s.coDepartments].join(', ')}`);
  if (s.deadlines.dueAt !== null) lines.push(`Due: ${when(s.deadlines.dueAt)}${s.overdue ? ' — **overdue**' : ''}`);
  if (s.supervised) lines.push('Under supervision');
  lines.push(next ? `Next deadline: ${next.name} at ${when(next.at)}` : 'Next deadline: none');
  return lines.join('  \n');
}
