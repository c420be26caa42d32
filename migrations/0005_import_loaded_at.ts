// When an import's rows were all read and loaded: the rest (de-duplication, residents, matching)
// is one final transaction, and staff watching a large import see which of the two it is in.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table imports add column loaded_at timestamptz`.execute(db);
}
