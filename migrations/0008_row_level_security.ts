// Tenancy enforced by PostgreSQL, not only by each repository's `where organization_id = …`:
// the API runs its queries as the role `breachdesk_api`, which row-level security confines to
// the organisation named by the session setting `breachdesk.org_id` (src/db/tenant-scope.ts).
// A query that forgets its tenant filter therefore sees nothing of another city, and a session
// without a tenant sees nothing at all. Workers keep the owner role: they act for the system and
// take the organisation from PostgreSQL rows they were handed by id.
import { sql, type Kysely } from 'kysely';

/** Every table whose rows belong to one organisation through its organization_id column. */
const TENANT_TABLES = [
  'api_tokens',
  'audit_events',
  'exposure_windows',
  'imports',
  'incident_events',
  'incidents',
  'jobs',
  'letter_renders',
  'letters',
  'obligations',
  'print_exports',
  'reminders',
  'residents',
  'transactions',
  'users',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Roles are cluster-wide: another database of the same cluster may have created it already.
  await sql`
    do $$ begin
      create role breachdesk_api nologin;
    exception when duplicate_object or unique_violation then null;
    end $$
  `.execute(db);
  // A non-superuser owner may only switch to the role as a member of it.
  await sql`
    do $$ begin
      if not (select rolsuper from pg_roles where rolname = current_user) then
        execute format('grant breachdesk_api to %I', current_user);
      end if;
    end $$
  `.execute(db);
  await sql`
    create function breachdesk_current_org() returns uuid language sql stable
    as $$ select nullif(current_setting('breachdesk.org_id', true), '')::uuid $$
  `.execute(db);
  await sql`grant usage on schema public to breachdesk_api`.execute(db);
  await sql`grant select, insert, update, delete on all tables in schema public to breachdesk_api`.execute(db);
  await sql`grant usage, select on all sequences in schema public to breachdesk_api`.execute(db);
  await sql`alter default privileges in schema public grant select, insert, update, delete on tables to breachdesk_api`.execute(db);
  await sql`alter default privileges in schema public grant usage, select on sequences to breachdesk_api`.execute(db);
  await sql`revoke all on kysely_migration, kysely_migration_lock from breachdesk_api`.execute(db);
  // The audit trail is append-only for the API even before the trigger is asked.
  await sql`revoke update, delete on audit_events from breachdesk_api`.execute(db);

  for (const table of TENANT_TABLES) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`
      create policy tenant_isolation on ${sql.table(table)} to breachdesk_api
      using (organization_id = breachdesk_current_org())
      with check (organization_id = breachdesk_current_org())
    `.execute(db);
  }
  await sql`alter table organizations enable row level security`.execute(db);
  await sql`
    create policy tenant_isolation on organizations to breachdesk_api
    using (id = breachdesk_current_org()) with check (id = breachdesk_current_org())
  `.execute(db);
  // Chunks belong to a render, which belongs to a tenant (and is itself filtered).
  await sql`alter table render_chunks enable row level security`.execute(db);
  await sql`
    create policy tenant_isolation on render_chunks to breachdesk_api
    using (exists (select 1 from letter_renders r where r.id = render_id))
  `.execute(db);

  // Authentication happens before the tenant is known: a bearer token's hash is the only key, and
  // this function (running as its owner) answers for that one token and nothing else.
  await sql`
    create function breachdesk_principal(p_token_hash text)
    returns table (token_id uuid, user_id uuid, organization_id uuid, email text, role text)
    language sql stable security definer set search_path = public
    as $$
      select t.id, u.id, t.organization_id, u.email, u.role
      from api_tokens t join users u on u.id = t.user_id
      where t.token_hash = p_token_hash and t.revoked_at is null
        and (t.expires_at is null or t.expires_at > now())
    $$
  `.execute(db);
  await sql`revoke all on function breachdesk_principal(text) from public`.execute(db);
  await sql`grant execute on function breachdesk_principal(text) to breachdesk_api`.execute(db);
}
