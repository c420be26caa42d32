// Accepting a payment export (API and CLI side): the file is streamed to the data directory, its
// header checked at once so a wrong file is refused while the clerk is still there, and the import
// recorded with its job in one transaction. The worker does the rest (import-runner.ts).
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import type { ImportRow } from '../db/schema.js';
import { parseMapping, resolveColumns } from '../domain/import-mapping.js';
import type { Principal } from '../repositories/users.repository.js';
import { findIncident } from '../repositories/incidents.repository.js';
import { findImport, insertImport, requestCancel } from '../repositories/imports.repository.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { enqueueRecorded, recordJobFor } from '../jobs/enqueue.js';
import { AppError, ConflictError, NotFoundError, ValidationError, openedOrGone } from './errors.js';
import type { Deps } from './deps.js';

const FILENAME = /^[^/\\\0]{1,200}$/;

async function readHeader(path: string): Promise<string[] | null> {
  const parser = createReadStream(path, { end: 1024 * 1024 }).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, to_line: 1 }));
  for await (const record of parser) return record as string[];
  return null;
}

async function saveUpload(stream: Readable, path: string, maxBytes: number): Promise<number> {
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(new AppError(413, 'too_large', `The file is larger than the limit of ${maxBytes} bytes (IMPORT_MAX_BYTES).`));
      else done(null, chunk);
    },
  });
  await pipeline(stream, limit, createWriteStream(path));
  return bytes;
}

/** The mapping as text (the API's ?mapping=, the command's --mapping); `field` says where it came from. */
export function mappingFromJson(text: string | undefined, field: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ field, message: 'must be JSON, e.g. {"columns":{"name":"Cardholder"}}' }]);
  }
}

export async function createImport(
  deps: Deps,
  principal: Principal,
  incidentId: string,
  input: { filename: string | undefined; mapping: unknown; body: Readable },
): Promise<ImportRow> {
  const filename = input.filename ?? 'upload.csv';
  const mapping = parseMapping(input.mapping);
  const errors = [...(mapping.ok ? [] : mapping.errors)];
  if (!FILENAME.test(filename)) errors.push({ field: 'filename', message: 'must be a file name of 1 to 200 characters without slashes' });
  if (errors.length || !mapping.ok) {
    input.body.resume();
    throw new ValidationError(errors);
  }
  const incident = await findIncident(deps.db, principal.organizationId, incidentId);
  if (!incident) {
    input.body.resume();
    throw new NotFoundError('Incident');
  }
  // Residents' data in a closed incident would outlive its retention purge.
  if (incident.status === 'closed') {
    input.body.resume();
    throw new ConflictError('The incident is closed; reopen it (POST /v1/incidents/:id/reopen) before importing residents.');
  }
  const id = randomUUID();
  const filePath = join('imports', `${id}.csv`);
  const absolute = join(deps.config.dataDir, filePath);
  mkdirSync(join(deps.config.dataDir, 'imports'), { recursive: true });
  let bytes: number;
  try {
    bytes = await saveUpload(input.body, absolute, deps.config.importMaxBytes);
    const header = await readHeader(absolute);
    if (!header) throw new ValidationError([{ field: 'file', message: 'is empty: expected a header row and one payment per row' }]);
    const columns = resolveColumns(header, mapping.mapping);
    if (!columns.ok) throw new ValidationError(columns.errors);
  } catch (err) {
    rmSync(absolute, { force: true });
    if (err instanceof AppError) throw err;
    throw new ValidationError([{ field: 'file', message: `could not be read as CSV: ${(err as Error).message}` }]);
  }
  const { row, job } = await deps.db.transaction().execute(async (tx) => {
    const row = await insertImport(tx, {
      id,
      organizationId: principal.organizationId,
      incidentId,
      filename,
      filePath,
      bytesTotal: bytes,
      mapping: input.mapping ?? {},
      createdBy: principal.userId,
    });
    await appendAudit(tx, {
      organizationId: principal.organizationId,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'import.created',
      entityType: 'import',
      entityId: id,
      after: { incidentId, filename, bytes },
    });
    const job = await recordJobFor(tx, 'import-residents', { importId: id }, { organizationId: principal.organizationId, incidentId });
    return { row, job };
  });
  await enqueueRecorded(deps.db, deps.queues, [job], deps.log);
  return row;
}

export async function cancelImport(deps: Deps, principal: Principal, importId: string): Promise<ImportRow> {
  const current = await findImport(deps.db, principal.organizationId, importId);
  if (!current) throw new NotFoundError('Import');
  const row = await deps.db.transaction().execute(async (tx) => {
    const row = await requestCancel(tx, importId);
    if (!row) return null;
    await appendAudit(tx, {
      organizationId: principal.organizationId,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'import.cancel_requested',
      entityType: 'import',
      entityId: importId,
      after: { status: row.status },
    });
    return row;
  });
  if (!row) throw new ConflictError(`The import is already ${current.status}; only a pending or running import can be cancelled.`);
  return row;
}

/** The reject file, streamed: line, column, severity, reason, value. */
/**
 * The reject file; `withValues: false` leaves out the value column, which echoes residents' data:
 * line, column and reason are enough to correct the source file.
 */
export async function openRejectFile(
  deps: Deps,
  principal: Principal,
  importId: string,
  opts: { withValues: boolean },
): Promise<{ stream: Readable; filename: string }> {
  const row = await findImport(deps.db, principal.organizationId, importId);
  if (!row) throw new NotFoundError('Import');
  if (!row.reject_path) throw new ConflictError(`The import is ${row.status}; its reject file is written when it finishes.`);
  const file = createReadStream(join(deps.config.dataDir, row.reject_path));
  await openedOrGone(file, 'The reject file');
  const stream = opts.withValues ? file : withoutValueColumn(file);
  return { stream, filename: `${row.filename.replace(/\.csv$/i, '')}.rejects.csv` };
}

function withoutValueColumn(file: Readable): Readable {
  const out = stringify({ record_delimiter: '\r\n' });
  // Cells were defused when the file was written; they pass through unchanged.
  pipeline(file, parse({ relax_column_count: true }), new Transform({
    objectMode: true,
    transform(record: string[], _enc, done) {
      done(null, record.slice(0, 4));
    },
  }), out).catch((err) => out.destroy(err as Error));
  return out;
}
