import type { Executor } from '../db/database.js';
import type { PrintExportRow } from '../db/schema.js';

export async function findPrintExport(db: Executor, organizationId: string, id: string): Promise<PrintExportRow | undefined> {
  return db.selectFrom('print_exports').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

/** An incident's print exports, newest first. */
export async function listPrintExports(db: Executor, incidentId: string, limit = 10): Promise<PrintExportRow[]> {
  return db.selectFrom('print_exports').selectAll().where('incident_id', '=', incidentId).orderBy('created_at', 'desc').limit(limit).execute();
}
