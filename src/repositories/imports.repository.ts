import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { ImportRow, ImportStatus } from '../db/schema.js';

export async function insertImport(
  db: Executor,
  i: { id: string; organizationId: string; incidentId: string; filename: string; filePath: string; bytesTotal: number; mapping: unknown; createdBy: string | null },
): Promise<ImportRow> {
  return db
    .insertInto('imports')
    .values({
      id: i.id,
      organization_id: i.organizationId,
      incident_id: i.incidentId,
      filename: i.filename,
      file_path: i.filePath,
      bytes_total: i.bytesTotal,
      mapping: JSON.stringify(i.mapping ?? {}),
      created_by: i.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findImport(db: Executor, organizationId: string, id: string): Promise<ImportRow | undefined> {
  return db.selectFrom('imports').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findImportById(db: Executor, id: string): Promise<ImportRow | undefined> {
  return db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listImports(db: Executor, incidentId: string): Promise<ImportRow[]> {
  return db.selectFrom('imports').selectAll().where('incident_id', '=', incidentId).orderBy('created_at', 'desc').execute();
}

/** pending/running → running. A finished import is never run again by a duplicated job. */
export async function claimImport(db: Executor, id: string): Promise<ImportRow | undefined> {
  return db
    .updateTable('imports')
    .set((eb) => ({
      status: 'running',
      attempts: eb('attempts', '+', 1),
      started_at: sql<string>`coalesce(started_at, now())`,
      loaded_at: null,
      bytes_read: 0,
      rows_read: 0,
      rows_accepted: 0,
      rows_rejected: 0,
      rows_warned: 0,
      updated_at: sql<string>`now()`,
    }))
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'running'])
    .where('cancel_requested', '=', false)
    .returningAll()
    .executeTakeFirst();
}

export interface ImportProgress {
  bytesRead: number;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rowsWarned: number;
}

/** Returns whether cancellation was requested meanwhile, so the runner can stop. */
export async function saveProgress(db: Executor, id: string, p: ImportProgress, opts: { loaded?: boolean } = {}): Promise<boolean> {
  const row = await db
    .updateTable('imports')
    .set({
      bytes_read: p.bytesRead,
      rows_read: p.rowsRead,
      rows_accepted: p.rowsAccepted,
      rows_rejected: p.rowsRejected,
      rows_warned: p.rowsWarned,
      updated_at: sql<string>`now()`,
      ...(opts.loaded ? { loaded_at: sql<string>`now()` } : {}),
    })
    .where('id', '=', id)
    .returning('cancel_requested')
    .executeTakeFirst();
  return row?.cancel_requested ?? true;
}

export async function finishImport(
  db: Executor,
  id: string,
  outcome: { status: Exclude<ImportStatus, 'pending' | 'running'>; error?: string | null; residentsAdded?: number; residentsTotal?: number; rejectPath?: string | null },
): Promise<void> {
  await db
    .updateTable('imports')
    .set({
      status: outcome.status,
      error: outcome.error ?? null,
      residents_added: outcome.residentsAdded ?? null,
      residents_total: outcome.residentsTotal ?? null,
      ...(outcome.rejectPath !== undefined ? { reject_path: outcome.rejectPath } : {}),
      finished_at: sql<string>`now()`,
      updated_at: sql<string>`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/** Only an unfinished import: a completed one (committed before a later step failed) stays as it is. */
export async function failUnfinishedImport(db: Executor, id: string, error: string): Promise<boolean> {
  const row = await db
    .updateTable('imports')
    .set({ status: 'failed', error, finished_at: sql<string>`now()`, updated_at: sql<string>`now()` })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'running'])
    .returning('id')
    .executeTakeFirst();
  return Boolean(row);
}

/** A pending import is cancelled at once; a running one is flagged and stops at its next batch. */
export async function requestCancel(db: Executor, id: string): Promise<ImportRow | undefined> {
  return db
    .updateTable('imports')
    .set({
      cancel_requested: true,
      status: sql<ImportStatus>`case when status = 'pending' then 'cancelled' else status end`,
      finished_at: sql<string>`case when status = 'pending' then now() else finished_at end`,
      updated_at: sql<string>`now()`,
    })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'running'])
    .returningAll()
    .executeTakeFirst();
}

export async function deleteImportTransactions(db: Executor, importId: string): Promise<void> {
  await db.deleteFrom('transactions').where('import_id', '=', importId).execute();
}
