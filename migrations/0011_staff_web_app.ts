// The staff web app: browser sessions derived from an API token, and a secret calendar-feed link
// per user. Both are looked up by a hash before the tenant is known, so each has a
// security-definer function that answers for that one secret and nothing else (as 0008 does for
// tokens). A session dies with its token: revoking or expiring the token ends every session; a
// calendar link works while its user holds at least one live token.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table ui_sessions (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id),
      token_id uuid not null references api_tokens(id),
      secret_hash text not null unique,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ended_at timestamptz
    );
    create index ui_sessions_token on ui_sessions (token_id);

    create table calendar_feeds (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id),
      user_id uuid not null references users(id),
      secret_hash text not null unique,
      created_at timestamptz not null default now(),
      revoked_at timestamptz
    );
    -- One live link per user: making a new one retires the old.
    create unique index calendar_feeds_live on calendar_feeds (user_id) where revoked_at is null;
  `.execute(db);

  for (const table of ['ui_sessions', 'calendar_feeds']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`
      create policy tenant_isolation on ${sql.table(table)} to breachdesk_api
      using (organization_id = breachdesk_current_org())
      with check (organization_id = breachdesk_current_org())
    `.execute(db);
  }

  await sql`
    create function breachdesk_session_principal(p_secret_hash text)
    returns table (session_id uuid, token_id uuid, user_id uuid, organization_id uuid, email text, role text)
    language sql stable security definer set search_path = public
    as $$
      select s.id, t.id, u.id, t.organization_id, u.email, u.role
      from ui_sessions s join api_tokens t on t.id = s.token_id join users u on u.id = t.user_id
      where s.secret_hash = p_secret_hash and s.ended_at is null and s.expires_at > now()
        and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
    $$
  `.execute(db);
  await sql`
    create function breachdesk_calendar_owner(p_secret_hash text)
    returns table (feed_id uuid, user_id uuid, organization_id uuid, email text, role text)
    language sql stable security definer set search_path = public
    as $$
      select f.id, u.id, f.organization_id, u.email, u.role
      from calendar_feeds f join users u on u.id = f.user_id
      where f.secret_hash = p_secret_hash and f.revoked_at is null
        -- Someone whose every token was revoked (they left) no longer reads the calendar either.
        and exists (select 1 from api_tokens t where t.user_id = u.id and t.revoked_at is null
                    and (t.expires_at is null or t.expires_at > now()))
    $$
  `.execute(db);
  for (const fn of ['breachdesk_session_principal', 'breachdesk_calendar_owner']) {
    await sql`revoke all on function ${sql.raw(fn)}(text) from public`.execute(db);
    await sql`grant execute on function ${sql.raw(fn)}(text) to breachdesk_api`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
