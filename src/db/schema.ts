// Declared by hand to match migrations/: nullable columns are `T | null`, never optional.
// Dates are ISO strings (`date` → YYYY-MM-DD, `timestamptz` → UTC ISO instant), see database.ts.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;
type Json<T> = ColumnType<T, string, string>;

export interface SenderDetails {
  name?: string;
  address?: string[];
  phone?: string | null;
  email?: string | null;
  website?: string | null;
}

export interface OrganizationsTable {
  id: Generated<string>;
  name: string;
  kind: string;
  state: string;
  timezone: string;
  sender: Json<SenderDetails>;
  /** Regime ids opted into for every incident, e.g. `US-HIPAA`. */
  regimes: ColumnType<string[], string[] | undefined, string[]>;
  /** Days after an incident closes until its residents' personal data is purged; null: kept. */
  retention_days: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type Role = 'clerk' | 'officer' | 'admin' | 'auditor';

export interface UsersTable {
  id: Generated<string>;
  organization_id: string;
  email: string;
  name: string;
  role: Role;
  created_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  organization_id: string;
  user_id: string;
  token_hash: string;
  prefix: string;
  name: string;
  created_at: Timestamp;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface IncidentsTable {
  id: Generated<string>;
  organization_id: string;
  title: string;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  revision: ColumnType<number, number | undefined, number>;
  assessed_revision: number | null;
  /** The incident file as filed and amended (without the organisation, which is the tenant). */
  document: Json<unknown>;
  contacts: string[];
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: ColumnType<string | null, string | null | undefined, string | null>;
  closed_by: ColumnType<string | null, string | null | undefined, string | null>;
  close_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** When residents' personal data was last purged; a purge older than closed_at is due again. */
  pii_purged_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ExposureWindowsTable {
  id: Generated<string>;
  organization_id: string;
  incident_id: string;
  start_raw: string;
  end_raw: string;
  start_date: string;
  end_date: string;
  channel: string | null;
}

export interface IncidentEventsTable {
  id: Generated<string>;
  organization_id: string;
  incident_id: string;
  type: string;
  occurred_on: string;
  body: Json<Record<string, unknown>>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ObligationsTable {
  id: Generated<string>;
  organization_id: string;
  incident_id: string;
  key: string;
  jurisdiction: string;
  recipient: string;
  recipient_name: string;
  law: string | null;
  rule: string | null;
  citation: string | null;
  applicability: string;
  status: 'open' | 'met' | 'late' | 'not_applicable' | 'waived';
  deadline_kind: string;
  due_date: string | null;
  due_at: string | null;
  days_late: number | null;
  detail: Json<unknown>;
  computed_revision: number;
  waived_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ResidentsTable {
  id: Generated<string>;
  organization_id: string;
  incident_id: string;
  source_ref: string;
  /** Null once purged under the retention policy (as address, email and account). */
  name: string | null;
  address: string[] | null;
  /** Sealed contact that carries the e-mail address (plaintext only while pii_key_id is null). */
  email: string | null;
  language: string;
  state: string | null;
  account: string | null;
  /** Name and address above are plaintext only from before encryption (pii_key_id null). This is
   * the sealed [name, address lines, e-mail]: src/domain/resident-contact.ts. */
  contact: ColumnType<string | null, string | null | undefined, string | null>;
  /** Keyed fingerprint of account and name (PII_INDEX_KEY); `account` is emptied by rotation. */
  account_key: ColumnType<string | null, string | null | undefined, string | null>;
  /** The key every sealed value of the row is under; null: not sealed yet (rotation finds it). */
  pii_key_id: ColumnType<string | null, string | null | undefined, string | null>;
  import_id: string | null;
  in_scope: ColumnType<boolean, boolean | undefined, boolean>;
  /** Why the resident is (or is no longer) in scope: the matching payment or the reason not. */
  scope: Json<ResidentScope> | null;
  created_at: Timestamp;
}

export type ResidentScope =
  | { matched: { paidOn: string; channel: string | null; window: { start: string; end: string; channel: string | null } }; payments: number; inWindow: number }
  | { excluded: 'no_payment_in_window'; payments: number; firstPaidOn: string; lastPaidOn: string; channels: (string | null)[] };

export type LetterStatus =
  | 'draft'
  | 'approved'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'failed'
  | 'bounced'
  | 'exported'
  | 'superseded';

export interface LettersTable {
  id: Generated<string>;
  organization_id: string;
  incident_id: string;
  resident_id: string | null;
  idempotency_key: string;
  jurisdiction: string | null;
  template_id: string;
  template_version: string;
  language: string;
  channel: 'email' | 'mail';
  subject: string;
  body_html: string | null;
  body_text: string | null;
  render_id: string | null;
  kind: ColumnType<'resident' | 'regulator', 'resident' | 'regulator' | undefined, 'resident' | 'regulator'>;
  recipient: string | null;
  /** Regulator notices: the obligation answered (`<jurisdiction>:<law>:<obligation>`). */
  obligation_key: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON text; sealed (src/domain/pii-cipher.ts) when pii_key_id is set, as for every resident letter. */
  merge: string | null;
  pii_key_id: ColumnType<string | null, string | null | undefined, string | null>;
  send_batch: string | null;
  content_hash: string;
  content_check: Json<{ ok: boolean; missing: string[]; empty: string[]; forbidden?: string[] }>;
  status: LetterStatus;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  provider_message_id: string | null;
  approved_by: string | null;
  approved_at: string | null;
  sent_at: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RemindersTable {
  id: Generated<string>;
  organization_id: string;
  incident_id: string;
  obligation_id: string;
  due_date: string;
  send_on: string;
  days_before: number;
  status: 'planned' | 'sending' | 'sent' | 'cancelled' | 'failed';
  recipients: string[];
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  sent_at: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type JobState = 'pending' | 'enqueued' | 'active' | 'completed' | 'failed';

export interface JobsTable {
  id: Generated<number>;
  organization_id: string | null;
  incident_id: string | null;
  name: string;
  job_id: string;
  payload: Json<Record<string, unknown>>;
  state: ColumnType<JobState, JobState | undefined, JobState>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  created_at: Timestamp;
  enqueued_at: string | null;
  finished_at: string | null;
  updated_at: Timestamp;
}

export interface AuditEventsTable {
  id: Generated<number>;
  organization_id: string;
  actor_user_id: string | null;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  at: Timestamp;
  prev_hash: string | null;
  hash: string;
  /** 1: early entries, links checkable only; 2: content checkable too (src/domain/audit-hash.ts) */
  hash_version: ColumnType<number, number | undefined, never>;
}

export type ImportStatus = 'pending' | 'running' | 'completed' | 'failed' | 'cancelled';

export interface ImportsTable {
  id: Generated<string>;
  organization_id: string;
  incident_id: string;
  status: ColumnType<ImportStatus, ImportStatus | undefined, ImportStatus>;
  filename: string;
  file_path: string;
  bytes_total: number;
  bytes_read: ColumnType<number, number | undefined, number>;
  mapping: Json<Record<string, unknown>>;
  rows_read: ColumnType<number, number | undefined, number>;
  rows_accepted: ColumnType<number, number | undefined, number>;
  rows_rejected: ColumnType<number, number | undefined, number>;
  rows_warned: ColumnType<number, number | undefined, number>;
  residents_added: number | null;
  residents_total: number | null;
  reject_path: string | null;
  cancel_requested: ColumnType<boolean, boolean | undefined, boolean>;
  error: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  created_by: string | null;
  created_at: Timestamp;
  started_at: string | null;
  /** Every row read and loaded; de-duplication and matching come next. */
  loaded_at: ColumnType<string | null, string | null | undefined, string | null>;
  finished_at: string | null;
  updated_at: Timestamp;
}

export interface LetterTemplatesTable {
  version: string;
  template_id: string;
  source: string;
  partials: Json<Record<string, string>>;
  created_at: Timestamp;
}

export type RenderStatus = 'planning' | 'rendering' | 'completed' | 'failed' | 'superseded';

export interface LetterRendersTable {
  id: string;
  organization_id: string;
  incident_id: string;
  revision: number;
  request_id: string;
  status: RenderStatus;
  facts: Json<unknown> | null;
  facts_hash: string | null;
  chunks_total: ColumnType<number, number | undefined, number>;
  chunks_done: ColumnType<number, number | undefined, number>;
  letters_total: ColumnType<number, number | undefined, number>;
  failed_check: ColumnType<number, number | undefined, number>;
  summary: Json<unknown> | null;
  created_at: Timestamp;
  finished_at: string | null;
  updated_at: Timestamp;
}

export interface RenderChunksTable {
  render_id: string;
  chunk: number;
  from_id: string;
  to_id: string;
  status: ColumnType<'pending' | 'done', 'pending' | 'done' | undefined, 'pending' | 'done'>;
  letters: number | null;
  failed_check: number | null;
}

export interface PrintExportsTable {
  id: Generated<string>;
  organization_id: string;
  incident_id: string;
  status: ColumnType<'pending' | 'running' | 'completed' | 'failed', 'pending' | undefined, 'pending' | 'running' | 'completed' | 'failed'>;
  batch_size: number;
  letters: ColumnType<number, number | undefined, number>;
  pages: ColumnType<number, number | undefined, number>;
  files: ColumnType<PrintFile[], string | undefined, string>;
  error: string | null;
  created_by: string | null;
  created_at: Timestamp;
  finished_at: string | null;
  updated_at: Timestamp;
}

export interface PrintFile {
  batch: number;
  pdf: string;
  manifest: string;
  letters: number;
  pages: number;
}

export interface TransactionsTable {
  import_id: string;
  organization_id: string;
  incident_id: string;
  line: number;
  /** Keyed fingerprint of the normalised name and address (unkeyed md5 while pii_key_id is null). */
  person_key: string;
  /** Keyed fingerprint of account and normalised name, for the "moved, same account" merge. */
  account_key: string | null;
  /** Sealed [name, address lines, e-mail]. */
  contact: string | null;
  has_email: boolean;
  pii_key_id: string | null;
  language: string;
  state: string;
  paid_at: string;
  paid_on: string;
  channel: string | null;
  card_last4: string | null;
}

export interface UiSessionsTable {
  id: Generated<string>;
  organization_id: string;
  token_id: string;
  secret_hash: string;
  created_at: Timestamp;
  expires_at: string;
  ended_at: string | null;
}

export interface CalendarFeedsTable {
  id: Generated<string>;
  organization_id: string;
  user_id: string;
  secret_hash: string;
  created_at: Timestamp;
  revoked_at: string | null;
}

export interface Database {
  ui_sessions: UiSessionsTable;
  calendar_feeds: CalendarFeedsTable;
  imports: ImportsTable;
  transactions: TransactionsTable;
  letter_templates: LetterTemplatesTable;
  letter_renders: LetterRendersTable;
  render_chunks: RenderChunksTable;
  print_exports: PrintExportsTable;
  organizations: OrganizationsTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  incidents: IncidentsTable;
  exposure_windows: ExposureWindowsTable;
  incident_events: IncidentEventsTable;
  obligations: ObligationsTable;
  residents: ResidentsTable;
  letters: LettersTable;
  reminders: RemindersTable;
  jobs: JobsTable;
  audit_events: AuditEventsTable;
}

export type OrganizationRow = Selectable<OrganizationsTable>;
export type UserRow = Selectable<UsersTable>;
export type IncidentRow = Selectable<IncidentsTable>;
export type IncidentEventRow = Selectable<IncidentEventsTable>;
export type ObligationRow = Selectable<ObligationsTable>;
export type NewObligation = Insertable<ObligationsTable>;
export type ResidentRow = Selectable<ResidentsTable>;
export type LetterRow = Selectable<LettersTable>;
export type NewLetter = Insertable<LettersTable>;
export type ReminderRow = Selectable<RemindersTable>;
export type JobRow = Selectable<JobsTable>;
export type JobUpdate = Updateable<JobsTable>;
export type ImportRow = Selectable<ImportsTable>;
export type LetterRenderRow = Selectable<LetterRendersTable>;
export type PrintExportRow = Selectable<PrintExportsTable>;
