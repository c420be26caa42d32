// Runs one payment-export import (worker side): stream the file through the CSV parser and the
// row reader, COPY good rows into `transactions`, write bad rows to a reject file, then in one
// transaction de-duplicate people, upsert residents, match exposure and mark the import done.
// Until that transaction commits the import's rows are invisible; a retry starts from scratch.
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { stringify } from 'csv-stringify';
import { safeCell } from '../letters/print-manifest.js';
import type { Db } from '../db/database.js';
import type { JobRow } from '../db/schema.js';
import { poolOf } from '../db/database.js';
import { copyLine, startCopy, type CopyWriter } from '../db/copy.js';
import { parseMapping, resolveColumns } from '../domain/import-mapping.js';
import { createRowReader, type RowProblem } from '../domain/import-row.js';
import { isEmptyLine, lineCounter } from '../domain/csv-lines.js';
import { claimImport, deleteImportTransactions, failUnfinishedImport, finishImport, saveProgress, type ImportProgress } from '../repositories/imports.repository.js';
import { findOrganization } from '../repositories/organizations.repository.js';
import type { Logger } from '../logger.js';
import type { PiiCipher } from '../domain/pii-cipher.js';
import { sealContact } from '../domain/resident-contact.js';
import { finalizeImport } from './import-finalize.js';
import { CsvReadError, csvRecordsInThread } from './csv-records.js';

// Name, address and e-mail go in sealed, together (one cipher call per row); the import compares
// people by keyed fingerprints only (personKeyOf, accountKeyOf).
export const TRANSACTION_COLUMNS = [
  'import_id', 'organization_id', 'incident_id', 'line', 'person_key', 'account_key', 'contact', 'has_email',
  'language', 'state', 'paid_at', 'paid_on', 'channel', 'card_last4', 'pii_key_id',
] as const;

/**
 * The keyed person reference: HMAC of the row reader's md5(normalised name | address key), so a
 * reference from before encryption converts to the same value (pii-rotation.service.ts) and a
 * re-import after the upgrade still finds the same people.
 */
export function personKeyOf(pii: PiiCipher, unkeyedPersonKey: string): string {
  return pii.blindIndex('person', unkeyedPersonKey);
}

export function accountKeyOf(pii: PiiCipher, normName: string, account: string): string {
  return pii.blindIndex('account', `${normName}|${account}`);
}

const PROGRESS_EVERY_ROWS = 20000;

/** A problem with the file as a whole: retrying cannot help, so the job must not retry. */
export class ImportFileError extends Error {}

class Cancelled extends Error {}

export type ImportOutcome = 'completed' | 'cancelled' | 'already-done' | 'failed';

export async function runImport(
  db: Db,
  importId: string,
  opts: { dataDir: string; log: Logger; enqueue: (jobs: JobRow[]) => Promise<unknown>; pii: PiiCipher },
): Promise<ImportOutcome> {
  const imp = await claimImport(db, importId);
  if (!imp) return 'already-done';
  const org = await findOrganization(db, imp.organization_id);
  if (!org) throw new ImportFileError('organisation not found');
  await deleteImportTransactions(db, importId);
  const mapping = parseMapping(imp.mapping);
  if (!mapping.ok) {
    await finishImport(db, importId, { status: 'failed', error: mapping.errors.map((e) => `${e.field}: ${e.message}`).join('; ') });
    return 'failed';
  }
  mkdirSync(join(opts.dataDir, 'imports'), { recursive: true });
  const rejectPath = join('imports', `${importId}.rejects.csv`);
  const progress: ImportProgress = { bytesRead: 0, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, rowsWarned: 0 };
  try {
    await loadRows(db, imp, org.timezone, mapping.mapping, join(opts.dataDir, rejectPath), progress, join(opts.dataDir, imp.file_path), opts.pii);
  } catch (err) {
    await deleteImportTransactions(db, importId).catch(() => undefined);
    if (err instanceof Cancelled) {
      await finishImport(db, importId, { status: 'cancelled', rejectPath, error: 'cancelled by a user' });
      return 'cancelled';
    }
    if (err instanceof ImportFileError) {
      await finishImport(db, importId, { status: 'failed', error: err.message, rejectPath });
      return 'failed';
    }
    throw err;
  }
  await saveProgress(db, importId, progress, { loaded: true });
  const jobs = await finalizeImport(db, importId, { rejectPath, log: opts.log });
  if (!jobs) return 'cancelled';
  await opts.enqueue(jobs);
  return 'completed';
}

/**
 * The job's last attempt ended on an unexpected error: without this the import would show
 * `running` for ever. Its rows go; an import that had already completed is left alone.
 */
export async function giveUpImport(db: Db, importId: string, reason: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    if (await failUnfinishedImport(tx, importId, `stopped after every retry: ${reason}`)) await deleteImportTransactions(tx, importId);
  });
}

async function loadRows(
  db: Db,
  imp: { id: string; organization_id: string; incident_id: string },
  zone: string,
  mapping: Parameters<typeof resolveColumns>[1],
  rejectFile: string,
  progress: ImportProgress,
  filePath: string,
  pii: PiiCipher,
): Promise<void> {
  if (!existsSync(filePath)) throw new ImportFileError('the uploaded file is no longer in the data directory (DATA_DIR); upload it again');
  const rejects = stringify({ header: true, columns: ['line', 'column', 'severity', 'reason', 'value'], record_delimiter: '\r\n' });
  const rejectOut = createWriteStream(rejectFile);
  rejects.pipe(rejectOut);
  // Parsed in a worker thread (csv-records.ts); empty lines come through so that lineOf counts them.
  const batches = csvRecordsInThread(filePath);
  const lineOf = lineCounter();
  const client = await poolOf(db).connect();
  let clientBroken = false;
  let copy: CopyWriter | null = null;
  let copyEnded = false;
  try {
    await client.query('begin');
    // Local wall-clock payment times are read in the organisation's zone.
    await client.query(`select set_config('TimeZone', $1, true)`, [zone]);
    copy = startCopy(client, 'transactions', TRANSACTION_COLUMNS);
    let read: ReturnType<typeof createRowReader> | null = null;
    const reject = (line: number, severity: 'error' | 'warning', problems: RowProblem[]) => {
      for (const p of problems) rejects.write([line, p.column, severity, safeCell(p.reason), safeCell(p.value)]);
    };
    try {
      for await (const batch of batches) {
        progress.bytesRead = batch.bytes;
        for (const record of batch.records) {
          const line = lineOf(record);
          if (isEmptyLine(record)) continue;
          if (!read) {
            const columns = resolveColumns(record, mapping);
            if (!columns.ok) throw new ImportFileError(columns.errors.map((e) => `${e.field}: ${e.message}`).join('; '));
            read = createRowReader({ index: columns.index, headerNames: columns.headerNames, mapping, zone });
            continue;
          }
          progress.rowsRead++;
          const result = read(record);
          if (!result.ok) {
            if (result.problems[0]?.column === '(row)') {
              progress.rowsRead--;
              continue;
            }
            progress.rowsRejected++;
            reject(line, 'error', result.problems);
          } else {
            const r = result.row;
            if (result.warnings.length) {
              progress.rowsWarned++;
              reject(line, 'warning', result.warnings);
            }
            progress.rowsAccepted++;
            const wait = copy.write(
              copyLine([
                imp.id, imp.organization_id, imp.incident_id, line, personKeyOf(pii, r.personKey),
                r.account === null ? null : accountKeyOf(pii, r.normName, r.account), sealContact(pii, r), r.email !== null,
                r.language, r.state, r.paidAt, r.paidOn, r.channel, r.cardLast4, pii.currentKeyId,
              ]),
            );
            if (wait) await wait;
          }
          if (progress.rowsRead % PROGRESS_EVERY_ROWS === 0 && (await saveProgress(db, imp.id, progress))) throw new Cancelled();
        }
      }
    } catch (err) {
      if (err instanceof CsvReadError) throw new ImportFileError(`the file cannot be read as CSV: ${err.message}`);
      throw err;
    }
    if (!read) throw new ImportFileError('the file is empty: expected a header row and at least one payment');
    await copy.end();
    copyEnded = true;
    if (await saveProgress(db, imp.id, progress)) throw new Cancelled();
    await client.query('commit');
  } catch (err) {
    // A COPY still open holds the connection: a rollback sent now would wait behind it for ever.
    if (copy && !copyEnded) copy.abort(err as Error);
    clientBroken = await client.query('rollback').then(() => false, () => true);
    throw err;
  } finally {
    client.release(clientBroken || undefined);
    rejects.end();
    await once(rejectOut, 'close').catch(() => undefined);
  }
}
