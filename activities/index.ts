import type { Kysely } from 'kysely';
import type { OutboundRules } from '../domain/outbound-url.js';
import type { Database } from '../db/schema.js';
import { createDeadlineActivities } from './deadlines.js';
import type { MessageChannel } from './channels/message-channel.js';
import { createDeliveryActivities } from './delivery.js';
import type { FollowLinks } from './messages.js';
import type { TemporalDeps } from '../gateway/workflows.js';
import { createLedgerActivities } from './ledger.js';
import { createMeetingActivities } from './meetings.js';
import { createAccountabilityActivities } from './accountability.js';
import { createReportActivities } from './reports.js';
import { createAssessmentReportActivities } from './assessment-reports.js';
import { createSurveyActivities } from './surveys.js';
import { createLeaderDigestActivities } from './leader-digests.js';

export interface ActivityDeps {
  db: Kysely<Database>;
  timezone: string;
  /** For activities that start workflows (notification deliveries). */
  temporal: TemporalDeps;
  /** Where webhooks may go. */
  outbound: OutboundRules;
  /** Where messages to enterprises and submitters go (ENTERPRISE_CHANNEL); the ledger by default. */
  messageChannel?: MessageChannel;
  /** The follow links messages carry. */
  follow: FollowLinks;
  deliveryTimeoutMs?: number;
}

/** Every activity the worker registers, built over its dependencies so tests can pass their own. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createLedgerActivities(deps),
    ...createDeadlineActivities(deps),
    ...createDeliveryActivities(deps),
    ...createReportActivities(deps),
    ...createAssessmentReportActivities(deps),
    ...createSurveyActivities(deps),
    ...createLeaderDigestActivities(deps),
    ...createMeetingActivities(deps),
    ...createAccountabilityActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
