// The foreign key from transactions to imports fired a check per COPYed row: about three quarters
// of the load's time in PostgreSQL. Only the import runner writes these rows, always for the import
// it has just claimed, and imports are never deleted (they are part of the record), so the check
// guarded nothing that can happen. Rows still go with their import when it is retried or cancelled.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table transactions drop constraint if exists transactions_import_id_fkey`.execute(db);
}
