// Audit hash version 2 (src/domain/audit-hash.ts): entries written from now on hash a canonical
// JSON that can be rebuilt from the stored row, so `breachdesk audit verify` can check their
// content, not only their links. Existing entries keep version 1; no audit row is rewritten.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_events add column hash_version smallint not null default 1`.execute(db);
  await sql`alter table audit_events alter column hash_version set default 2`.execute(db);
}
