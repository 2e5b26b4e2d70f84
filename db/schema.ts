import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { AccountabilityState } from '../domain/accountability.js';
import type { Actor, AppealState } from '../domain/appeal.js';
import type { EnterpriseFlag, EnterpriseSize } from '../domain/codes.js';
import type { Assessment } from '../domain/figures.js';
import type { Policy } from '../domain/policy.js';
import type { AssessmentModel } from '../domain/assessment.js';
import type { AssessmentReportDocument } from '../domain/assessment-reports.js';
import type { SurveyAnswer } from '../domain/surveys.js';
import type { MeetingState } from '../domain/meeting.js';
import type { Occurrence } from '../domain/recurrence.js';
import type { UnitLevel } from '../domain/units.js';
import type { DigestedAppeal } from './leader-digests.js';

// The ledger's schema in types (migrations in db/migrations describe how it came to be).

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AppealsTable {
  id: string;
  receipt_number: string;
  version: number;
  status: string;
  round: number;
  channel: string;
  category: string;
  credit_code: string;
  lead_department: string | null;
  co_departments: ColumnType<string[], string[], string[]>;
  overdue: boolean;
  supervised: boolean;
  meeting_id: string | null;
  registered_at: Timestamp;
  due_at: Timestamp | null;
  closed_at: Timestamp | null;
  closure: string | null;
  state: JSONColumnType<AppealState>;
  /** A tsvector of the searched texts' bigrams, written and read through db/search.ts (2026-12-02-10-appeal-search). */
  search: Generated<string>;
}

export interface AppealEventsTable {
  appeal_id: string;
  seq: number;
  kind: string;
  at: Timestamp;
  round: number;
  actor: JSONColumnType<Actor> | null;
  data: JSONColumnType<Record<string, unknown>> | null;
}

/** Each row belongs to one appeal, meeting or accountability record (a check constraint holds exactly one). */
export interface NotificationsTable {
  id: string;
  appeal_id: string | null;
  meeting_id: string | null;
  /** The accountability record it belongs to (issue 18); appeals' and meetings' rows leave it out. */
  accountability_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The assessment period it tells of (issue 20: a scorecard circulated, a meeting duty missed); others leave it out. */
  assessment_period: ColumnType<string | null, string | null | undefined, string | null>;
  /** The survey it invites an enterprise to (issue 20); others leave it out. */
  survey_id: ColumnType<string | null, string | null | undefined, string | null>;
  seq: number;
  kind: string;
  recipient: string;
  department_code: string | null;
  status: Generated<string>;
  deadline: Timestamp | null;
  created_at: Timestamp;
  payload: JSONColumnType<Record<string, unknown>>;
  channel: string | null;
  delivered_at: Timestamp | null;
  failure: string | null;
  /** The text an enterprise or submitter was sent (issue 16); null for other recipients. */
  message: ColumnType<string | null, string | null | undefined, string | null>;
  message_params: ColumnType<Record<string, string> | null, string | null | undefined, string | null>;
  /** Where the message went: `{phone, wechatOpenId?}`. */
  address: ColumnType<MessageAddress | null, string | null | undefined, string | null>;
}

export interface MessageAddress {
  phone: string;
  wechatOpenId?: string;
}

export interface MessageTemplatesTable {
  kind: string;
  text: string;
  max_segments: number;
  updated_at: Timestamp;
  updated_by: string;
}

export interface PhoneVerificationsTable {
  id: string;
  phone: string;
  code_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  attempts: Generated<number>;
  used_at: Timestamp | null;
}

export interface PublicationDecisionsTable {
  id: Generated<string>;
  appeal_id: string;
  closed_at: Timestamp;
  decision: string;
  reason: string | null;
  actor: JSONColumnType<Actor>;
  at: Generated<Date>;
}

export interface NotificationAttemptsTable {
  notification_id: string;
  attempt: number;
  at: Timestamp;
  target: string;
  status_code: number | null;
  latency_ms: number;
  error: string | null;
  outcome: string;
}

export interface DepartmentsTable {
  code: string;
  name: string;
  webhook_url: string | null;
  secret: string;
  active: Generated<boolean>;
  previous_secret: string | null;
  previous_secret_until: Timestamp | null;
  level: Generated<UnitLevel>;
  parent: string | null;
}

export interface TokensTable {
  id: string;
  token_hash: string;
  role: string;
  department_code: string | null;
  credit_code: string | null;
  label: string | null;
  created_at: Generated<Date>;
  revoked_at: Timestamp | null;
  /** An office token's county or park; null for the city's office and every other role. */
  unit: string | null;
  /** The person the token was issued to, whose name every event it writes carries. */
  person_id: string | null;
}

export interface PeopleTable {
  id: string;
  name: string;
  /** The department (unit) the person works in. */
  unit: string;
  phone: string | null;
  duties: ColumnType<string[], string[], string[]>;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface LeaderDigestsTable {
  person_id: string;
  week: string;
  computed_at: Timestamp;
  appeals: JSONColumnType<DigestedAppeal[]>;
}

export interface CalendarYearsTable {
  year: number;
  holidays: JSONColumnType<string[]>;
  workdays: JSONColumnType<string[]>;
  source: string;
}

export interface PolicyTable {
  id: number;
  document: JSONColumnType<Policy>;
}

export interface CategoriesTable {
  code: string;
  label: string;
}

/** A submission answered 202, until its registration is on the ledger (db/registering.ts). */
export interface RegisteringAppealsTable {
  appeal_id: string;
  receipt_number: string;
  credit_code: string;
  unit: string | null;
}

export interface IdempotencyKeysTable {
  token_id: string;
  key: string;
  body: JSONColumnType<object>;
  /** A submission's; null on a step's key. */
  appeal_id: string | null;
  receipt_number: string | null;
  /** A step's request (method, path, body), hashed; null on a submission's key. */
  request_hash: string | null;
  /** The step's first answer, once it succeeded. */
  answer_status: number | null;
  answer: JSONColumnType<object> | null;
  created_at: Generated<Date>;
}

export interface OfficeWebhookTable {
  id: number;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Timestamp | null;
}

export interface AssessmentModelTable {
  id: number;
  document: JSONColumnType<AssessmentModel>;
}

export interface AssessmentReportsTable {
  period: string;
  /** `department`, or the unit level whose units it assesses. */
  level: string;
  computed_at: Timestamp;
  timezone: string;
  document: JSONColumnType<AssessmentReportDocument>;
}

export interface SurveysTable {
  id: string;
  period: string;
  title: string;
  units: JSONColumnType<string[]>;
  questions: JSONColumnType<string[]>;
  created_at: Timestamp;
}

export interface SurveyInvitationsTable {
  id: string;
  survey_id: string;
  credit_code: string;
  enterprise_name: string;
  answered_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  answer: ColumnType<SurveyAnswer | null, string | null | undefined, string | null>;
}

export interface ReportsTable {
  period: string;
  computed_at: Timestamp;
  timezone: string;
  document: JSONColumnType<Assessment>;
}

export interface MeetingSeriesTable {
  id: string;
  kind: string;
  title: string;
  theme: string;
  sector: string | null;
  recurrence: string;
  start_time: string;
  announce_days_before: number;
  chair: string;
  location: string;
  anchor: string;
  status: string;
  upcoming: JSONColumnType<Occurrence[], string | undefined, string>;
}

export interface MeetingsTable {
  id: string;
  version: number;
  series_id: string | null;
  kind: string;
  status: string;
  starts_at: Timestamp;
  announced_at: Timestamp | null;
  state: JSONColumnType<MeetingState>;
}

export interface MeetingEventsTable {
  meeting_id: string;
  seq: number;
  kind: string;
  at: Timestamp;
  actor: JSONColumnType<Actor> | null;
  data: JSONColumnType<Record<string, unknown>> | null;
}

/** A link between two appeals, stored once per pair in order (a < b): symmetric, migration 2026-12-02-08. */
export interface AppealLinksTable {
  id: Generated<string>;
  a: string;
  b: string;
  relation: string;
  linked_by: JSONColumnType<Actor>;
  linked_at: Generated<Date>;
}

/** What an attached file is (db/attachments.ts); its bytes are in the store `storage` names (db/attachment-store.ts). */
export interface AttachmentsTable {
  id: string;
  appeal_id: string;
  name: string;
  size: number;
  content_type: string;
  sha256: string;
  uploader: JSONColumnType<Actor>;
  uploaded_at: Generated<Date>;
  storage: 'postgres' | 's3';
}

/** An attachment's bytes in Postgres, in order by `seq`. */
export interface AttachmentChunksTable {
  key: string;
  seq: number;
  bytes: Buffer;
}

/** The enterprises register (issue 18, migration 2026-12-02-09), one row per credit code: db/enterprises.ts. */
export interface EnterprisesTable {
  credit_code: string;
  name: string;
  former_names: ColumnType<string[], string | undefined, string>;
  /** The county or park it belongs to: its first appeal's registering unit, until the office says otherwise. */
  unit: string | null;
  industry: string | null;
  size: EnterpriseSize | null;
  flags: ColumnType<EnterpriseFlag[], string | undefined, string>;
  first_seen_at: Timestamp;
  updated_at: Timestamp;
}

/** An accountability record's snapshot (issue 18), with the columns its lists and figures filter on. */
export interface AccountabilityRecordsTable {
  id: string;
  version: number;
  kind: string;
  unit: string | null;
  status: string;
  created_at: Timestamp;
  finding: string | null;
  publishable: boolean;
  state: JSONColumnType<AccountabilityState>;
}

export interface AccountabilityEventsTable {
  record_id: string;
  seq: number;
  kind: string;
  at: Timestamp;
  actor: JSONColumnType<Actor> | null;
  data: JSONColumnType<Record<string, unknown>> | null;
}

/** Which appeals a record is about: the commission reads the appeals behind its referrals through it. */
export interface AccountabilityAppealsTable {
  record_id: string;
  appeal_id: string;
}

/** A common issue the office named (issue 18, migration 2026-12-02-11): db/common-issues.ts. */
export interface CommonIssuesTable {
  id: Generated<string>;
  name: string;
  category: string;
  status: string;
  note: string | null;
  terms: ColumnType<string[], string[], string[]>;
  /** The mean bigram count of the members it was named with: what new appeals are compared with. */
  centroid: JSONColumnType<Record<string, number>>;
  created_by: JSONColumnType<Actor>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** The appeals of a named common issue: the ones it was named with, and new ones matched at registration. */
export interface CommonIssueAppealsTable {
  appeal_id: string;
  issue_id: string;
  linked_at: Generated<Date>;
}

export interface MeetingAppealsTable {
  meeting_id: string;
  appeal_id: string;
  origin: string;
  at: Timestamp;
}

export interface Database {
  office_webhook: OfficeWebhookTable;
  appeals: AppealsTable;
  appeal_events: AppealEventsTable;
  appeal_links: AppealLinksTable;
  publication_decisions: PublicationDecisionsTable;
  notifications: NotificationsTable;
  message_templates: MessageTemplatesTable;
  phone_verifications: PhoneVerificationsTable;
  notification_attempts: NotificationAttemptsTable;
  departments: DepartmentsTable;
  tokens: TokensTable;
  people: PeopleTable;
  calendar_years: CalendarYearsTable;
  policy: PolicyTable;
  categories: CategoriesTable;
  idempotency_keys: IdempotencyKeysTable;
  registering_appeals: RegisteringAppealsTable;
  leader_digests: LeaderDigestsTable;
  reports: ReportsTable;
  assessment_model: AssessmentModelTable;
  assessment_reports: AssessmentReportsTable;
  surveys: SurveysTable;
  survey_invitations: SurveyInvitationsTable;
  meeting_series: MeetingSeriesTable;
  meetings: MeetingsTable;
  meeting_events: MeetingEventsTable;
  meeting_appeals: MeetingAppealsTable;
  common_issues: CommonIssuesTable;
  common_issue_appeals: CommonIssueAppealsTable;
  accountability_records: AccountabilityRecordsTable;
  accountability_events: AccountabilityEventsTable;
  accountability_appeals: AccountabilityAppealsTable;
  attachments: AttachmentsTable;
  attachment_chunks: AttachmentChunksTable;
  enterprises: EnterprisesTable;
}
