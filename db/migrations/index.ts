import type { Migration, MigrationProvider } from 'kysely';
import * as ledger from './2026-11-23-01-ledger.js';
import * as notifications from './2026-11-23-02-notifications.js';
import * as reports from './2026-11-23-03-reports.js';
import * as meetings from './2026-11-23-04-meetings.js';
import * as meetingNotifications from './2026-11-23-05-meeting-notifications.js';
import * as inbox from './2026-11-23-06-inbox.js';
import * as stepIdempotency from './2026-12-01-01-step-idempotency.js';
import * as publicationDecisions from './2026-12-01-02-publication-decisions.js';
import * as registering from './2026-12-01-03-registering.js';
import * as unitTree from './2026-12-02-01-unit-tree.js';
import * as people from './2026-12-02-02-people.js';
import * as officeUnits from './2026-12-02-03-office-units.js';
import * as leaderDigests from './2026-12-02-04-leader-digests.js';
import * as messages from './2026-12-02-05-messages.js';
import * as verificationNotifications from './2026-12-02-06-verification-notifications.js';
import * as attachments from './2026-12-02-07-attachments.js';
import * as appealLinks from './2026-12-02-08-appeal-links.js';
import * as appealSearch from './2026-12-02-10-appeal-search.js';
import * as enterprises from './2026-12-02-09-enterprises.js';
import * as commonIssues from './2026-12-02-11-common-issues.js';
import * as accountability from './2026-12-02-12-accountability.js';
import * as assessmentModel from './2026-12-02-13-assessment-model.js';
import * as assessmentReports from './2026-12-02-14-assessment-reports.js';
import * as surveys from './2026-12-02-15-surveys.js';
import * as inboxOwing from './2026-12-02-16-inbox-owing.js';

// Listed by hand rather than read from the folder, so migrations run the same under tsx, vitest and a bundle.
const migrations: Record<string, Migration> = {
  '2026-11-23-01-ledger': ledger,
  '2026-11-23-02-notifications': notifications,
  '2026-11-23-03-reports': reports,
  '2026-11-23-04-meetings': meetings,
  '2026-11-23-05-meeting-notifications': meetingNotifications,
  '2026-11-23-06-inbox': inbox,
  '2026-12-01-01-step-idempotency': stepIdempotency,
  '2026-12-01-02-publication-decisions': publicationDecisions,
  '2026-12-01-03-registering': registering,
  '2026-12-02-01-unit-tree': unitTree,
  '2026-12-02-02-people': people,
  '2026-12-02-03-office-units': officeUnits,
  '2026-12-02-04-leader-digests': leaderDigests,
  '2026-12-02-05-messages': messages,
  '2026-12-02-06-verification-notifications': verificationNotifications,
  '2026-12-02-07-attachments': attachments,
  '2026-12-02-08-appeal-links': appealLinks,
  '2026-12-02-09-enterprises': enterprises,
  '2026-12-02-10-appeal-search': appealSearch,
  '2026-12-02-11-common-issues': commonIssues,
  '2026-12-02-12-accountability': accountability,
  '2026-12-02-13-assessment-model': assessmentModel,
  '2026-12-02-14-assessment-reports': assessmentReports,
  '2026-12-02-15-surveys': surveys,
  '2026-12-02-16-inbox-owing': inboxOwing,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
