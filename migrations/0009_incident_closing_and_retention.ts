// Closing incidents and a retention policy per organisation: N days after an incident closes its
// residents' personal data is cleared (counts, letters' hashes and the audit chain stay). Name and
// address become nullable because a purged resident keeps its row (state, scope) but not them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table incidents
      add column closed_at timestamptz,
      add column closed_by uuid,
      add column close_reason text check (close_reason is null or length(close_reason) between 1 and 1000),
      add column pii_purged_at timestamptz;
    -- Nothing could close an incident before this migration; a row closed by hand gets a date.
    update incidents set closed_at = updated_at where status = 'closed';
    alter table incidents add constraint incidents_closed_at_when_closed check ((status = 'closed') = (closed_at is not null));
    -- What the sweeper asks every few seconds: closed incidents whose last close has not been
    -- purged yet. Stays tiny: purged incidents leave it until they are reopened and closed again.
    create index incidents_purge_pending on incidents (closed_at)
      where status = 'closed' and (pii_purged_at is null or pii_purged_at < closed_at);

    -- Null keeps personal data for ever; ten years is the longest policy accepted.
    alter table organizations add column retention_days integer check (retention_days between 1 and 3653);

    alter table residents
      alter column name drop not null,
      alter column address drop not null;
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
