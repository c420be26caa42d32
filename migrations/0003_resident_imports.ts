// Residents at scale: payment-export imports, transactions matched to exposure windows, letters
// rendered in chunks (stored as template version + merge data + hash, not as bodies), delivery in
// batches, print exports.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table imports (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null,
      incident_id uuid not null,
      status text not null default 'pending' check (status in ('pending', 'running', 'completed', 'failed', 'cancelled')),
      filename text not null,
      file_path text not null,
      bytes_total bigint not null,
      bytes_read bigint not null default 0,
      mapping jsonb not null,
      rows_read integer not null default 0,
      rows_accepted integer not null default 0,
      rows_rejected integer not null default 0,
      rows_warned integer not null default 0,
      residents_added integer,
      residents_total integer,
      reject_path text,
      cancel_requested boolean not null default false,
      error text,
      attempts integer not null default 0,
      created_by uuid,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz,
      updated_at timestamptz not null default now(),
      foreign key (organization_id, incident_id) references incidents(organization_id, id) on delete cascade
    );
    create index imports_incident on imports (incident_id, created_at desc);

    -- One row per payment. Loaded by COPY, so no index slows the load; rows of an import that has
    -- not completed are invisible (every reader joins imports with status 'completed') and are
    -- deleted when the import is retried, cancelled or fails.
    create table transactions (
      import_id uuid not null references imports(id) on delete cascade,
      organization_id uuid not null,
      incident_id uuid not null,
      line integer not null,
      person_key text not null,
      account text,
      name text not null,
      norm_name text not null,
      address text[] not null,
      email text,
      language text not null,
      state char(2) not null,
      paid_at timestamptz not null,
      paid_on date not null,
      channel text,
      card_last4 text
    );

    alter table residents
      add column account text,
      add column import_id uuid,
      add column in_scope boolean not null default true,
      add column scope jsonb;
    create index residents_incident_scope on residents (incident_id, in_scope, id);

    -- Templates by content: a letter names the version it was rendered with, and the text of that
    -- version stays here even after the file on disk changes, so the letter can be reproduced.
    create table letter_templates (
      version text primary key,
      template_id text not null,
      source text not null,
      partials jsonb not null,
      created_at timestamptz not null default now()
    );

    create table letter_renders (
      id uuid primary key,
      organization_id uuid not null,
      incident_id uuid not null,
      revision integer not null,
      request_id text not null unique,
      status text not null check (status in ('planning', 'rendering', 'completed', 'failed', 'superseded')),
      facts jsonb,
      facts_hash text,
      chunks_total integer not null default 0,
      chunks_done integer not null default 0,
      letters_total integer not null default 0,
      failed_check integer not null default 0,
      summary jsonb,
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      updated_at timestamptz not null default now(),
      foreign key (organization_id, incident_id) references incidents(organization_id, id) on delete cascade
    );
    create index letter_renders_incident on letter_renders (incident_id, created_at desc);

    create table render_chunks (
      render_id uuid not null references letter_renders(id) on delete cascade,
      chunk integer not null,
      from_id uuid not null,
      to_id uuid not null,
      status text not null default 'pending' check (status in ('pending', 'done')),
      letters integer,
      failed_check integer,
      primary key (render_id, chunk)
    );

    -- A letter stores what reproduces it (template version, the render's facts, its merge data)
    -- and the hash of what was produced; bodies are re-rendered and checked against the hash.
    alter table letters
      alter column body_html drop not null,
      alter column body_text drop not null,
      add column render_id uuid references letter_renders(id),
      add column kind text not null default 'resident' check (kind in ('resident', 'regulator')),
      add column recipient text,
      add column merge jsonb,
      add column send_batch text;
    alter table letters drop constraint letters_idempotency_key_key;
    create unique index letters_render_resident on letters (render_id, resident_id) where kind = 'resident';
    create unique index letters_render_regulator on letters (render_id, jurisdiction, recipient) where kind = 'regulator';
    create index letters_send_batch on letters (send_batch, status) where send_batch is not null;

    create table print_exports (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null,
      incident_id uuid not null,
      status text not null default 'pending' check (status in ('pending', 'running', 'completed', 'failed')),
      batch_size integer not null,
      letters integer not null default 0,
      pages integer not null default 0,
      files jsonb not null default '[]'::jsonb,
      error text,
      created_by uuid,
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      updated_at timestamptz not null default now(),
      foreign key (organization_id, incident_id) references incidents(organization_id, id) on delete cascade
    );
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
