// Regimes an organisation opts into for all its incidents (HIPAA for a city health department,
// card-brand rules for a merchant). Incidents may add more of their own.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table organizations add column regimes text[] not null default '{}'`.execute(db);
}
