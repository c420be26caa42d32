// The foundation schema. Every table carries organization_id from day one so tenancy can be
// enforced everywhere (and later by row-level security) without a rewrite.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists pgcrypto;

    create table organizations (
      id uuid primary key default gen_random_uuid(),
      name text not null check (length(name) between 1 and 300),
      kind text not null,
      state char(2) not null,
      timezone text not null,
      sender jsonb not null default '{}'::jsonb,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id),
      email text not null,
      name text not null,
      role text not null check (role in ('clerk', 'officer', 'admin', 'auditor')),
      created_at timestamptz not null default now(),
      unique (organization_id, email),
      unique (organization_id, id)
    );

    create table api_tokens (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id),
      user_id uuid not null,
      token_hash text not null unique,
      prefix text not null,
      name text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      revoked_at timestamptz,
      last_used_at timestamptz,
      foreign key (organization_id, user_id) references users(organization_id, id)
    );

    create table incidents (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id),
      title text not null,
      status text not null default 'open' check (status in ('open', 'closed')),
      revision integer not null default 1,
      assessed_revision integer,
      document jsonb not null,
      contacts text[] not null default '{}',
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organization_id, id)
    );
    create index incidents_org_created on incidents (organization_id, created_at desc);

    create table exposure_windows (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null,
      incident_id uuid not null,
      start_raw text not null,
      end_raw text not null,
      start_date date not null,
      end_date date not null,
      channel text,
      foreign key (organization_id, incident_id) references incidents(organization_id, id) on delete cascade,
      check (start_date <= end_date)
    );
    create index exposure_windows_incident on exposure_windows (incident_id);

    create table incident_events (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null,
      incident_id uuid not null,
      type text not null,
      occurred_on date not null,
      body jsonb not null,
      created_by uuid,
      created_at timestamptz not null default now(),
      foreign key (organization_id, incident_id) references incidents(organization_id, id) on delete cascade
    );
    create index incident_events_incident on incident_events (incident_id, occurred_on);

    create table obligations (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null,
      incident_id uuid not null,
      key text not null,
      jurisdiction text not null,
      recipient text not null,
      recipient_name text not null,
      law text,
      rule text,
      citation text,
      applicability text not null,
      status text not null check (status in ('open', 'met', 'late', 'not_applicable', 'waived')),
      deadline_kind text not null,
      due_date date,
      due_at timestamptz,
      days_late integer,
      detail jsonb not null,
      computed_revision integer not null,
      waived_reason text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (incident_id, key),
      foreign key (organization_id, incident_id) references incidents(organization_id, id) on delete cascade
    );
    create index obligations_open_due on obligations (status, due_date) where status = 'open';

    create table residents (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null,
      incident_id uuid not null,
      source_ref text not null,
      name text not null,
      address text[] not null default '{}',
      email text,
      language text not null default 'en',
      state char(2),
      created_at timestamptz not null default now(),
      unique (incident_id, source_ref),
      foreign key (organization_id, incident_id) references incidents(organization_id, id) on delete cascade
    );

    create table letters (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null,
      incident_id uuid not null,
      resident_id uuid references residents(id) on delete set null,
      idempotency_key text not null unique,
      jurisdiction text,
      template_id text not null,
      template_version text not null,
      language text not null,
      channel text not null check (channel in ('email', 'mail')),
      subject text not null,
      body_html text not null,
      body_text text not null,
      content_hash text not null,
      content_check jsonb not null,
      status text not null check (status in ('draft', 'approved', 'queued', 'sending', 'sent', 'failed', 'bounced', 'exported', 'superseded')),
      attempts integer not null default 0,
      last_error text,
      provider_message_id text,
      approved_by uuid,
      approved_at timestamptz,
      sent_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      foreign key (organization_id, incident_id) references incidents(organization_id, id) on delete cascade
    );
    create index letters_incident_status on letters (incident_id, status);

    create table reminders (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null,
      incident_id uuid not null,
      obligation_id uuid not null references obligations(id) on delete cascade,
      due_date date not null,
      send_on date not null,
      days_before integer not null,
      status text not null check (status in ('planned', 'sending', 'sent', 'cancelled', 'failed')),
      recipients text[] not null default '{}',
      attempts integer not null default 0,
      last_error text,
      sent_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      -- One reminder per obligation, due date and day: a re-plan or a second sweep cannot double it.
      unique (obligation_id, due_date, send_on),
      foreign key (organization_id, incident_id) references incidents(organization_id, id) on delete cascade
    );
    create index reminders_planned on reminders (status, send_on) where status in ('planned', 'sending');

    -- The outbox and the status of background work: written in the same transaction as the state
    -- it stands for, enqueued after commit, re-enqueued by the sweeper if Redis lost it.
    create table jobs (
      id bigserial primary key,
      organization_id uuid,
      incident_id uuid,
      name text not null,
      job_id text not null unique,
      payload jsonb not null,
      state text not null default 'pending' check (state in ('pending', 'enqueued', 'active', 'completed', 'failed')),
      attempts integer not null default 0,
      last_error text,
      created_at timestamptz not null default now(),
      enqueued_at timestamptz,
      finished_at timestamptz,
      updated_at timestamptz not null default now()
    );
    create index jobs_unfinished on jobs (state, created_at) where state in ('pending', 'enqueued', 'active');
    create index jobs_incident on jobs (incident_id, created_at desc);

    create table audit_events (
      id bigserial primary key,
      organization_id uuid not null references organizations(id),
      actor_user_id uuid,
      actor text not null,
      action text not null,
      entity_type text not null,
      entity_id text not null,
      before jsonb,
      after jsonb,
      at timestamptz not null default now(),
      prev_hash text,
      hash text not null
    );
    create index audit_events_org on audit_events (organization_id, id);

    -- Append-only: the database itself refuses edits and deletions of the audit trail.
    create function audit_events_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only';
    end $$;
    create trigger audit_events_no_update before update or delete on audit_events
      for each row execute function audit_events_immutable();
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
