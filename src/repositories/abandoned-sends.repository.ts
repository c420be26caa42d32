// Letters and reminders share the claim protocol (queued/planned → sending → sent): one statement
// ends the claims a dead worker left behind, whichever table they are in.
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

/** Rows still `sending` after the lease: failed, with the reason. */
export async function failAbandonedSends(db: Executor, table: 'letters' | 'reminders', leaseSeconds: number, error: string) {
  const result = await sql<{ id: string; organization_id: string; incident_id: string }>`
    update ${sql.table(table)} set status = 'failed', last_error = ${error}, updated_at = now()
    where status = 'sending' and updated_at < now() - make_interval(secs => ${leaseSeconds})
    returning id, organization_id, incident_id
  `.execute(db);
  return result.rows;
}
