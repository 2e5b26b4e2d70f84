import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Actor, AppealState } from '../domain/appeal.js';
import type { Policy } from '../domain/policy.js';

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

export interface NotificationsTable {
  id: string;
  appeal_id: string;
  seq: number;
  kind: string;
  recipient: string;
  department_code: string | null;
  status: Generated<string>;
  deadline: Timestamp | null;
  created_at: Timestamp;
  payload: JSONColumnType<Record<string, unknown>>;
}

export interface DepartmentsTable {
  code: string;
  name: string;
  webhook_url: string | null;
  secret: string;
  active: Generated<boolean>;
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

export interface IdempotencyKeysTable {
  token_id: string;
  key: string;
  body: JSONColumnType<object>;
  appeal_id: string;
  receipt_number: string;
  created_at: Generated<Date>;
}

export interface OfficeWebhookTable {
  id: number;
  url: string;
  secret: string;
}

export interface Database {
  office_webhook: OfficeWebhookTable;
  appeals: AppealsTable;
  appeal_events: AppealEventsTable;
  notifications: NotificationsTable;
  departments: DepartmentsTable;
  tokens: TokensTable;
  calendar_years: CalendarYearsTable;
  policy: PolicyTable;
  categories: CategoriesTable;
  idempotency_keys: IdempotencyKeysTable;
}
