// `breachdesk import FILE --incident ID`: the API's import (same service, same role rule) made as
// the token's user, so the audit trail names a person rather than "the command line". Workers read
// the file; by default this waits for them so a clerk sees the counts without a second tool.
import { accessSync, constants, createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { loadConfig, type Config } from '../config.js';
import { createDb, type Db } from '../db/database.js';
import type { ImportRow } from '../db/schema.js';
import { createQueues } from '../jobs/queues.js';
import { createLogger } from '../logger.js';
import { catalogue } from '../rules/index.js';
import { requireWriter } from '../http/auth.js';
import { incidentParams } from '../http/params.js';
import { presentImport } from '../http/presenters.js';
import { findImport } from '../repositories/imports.repository.js';
import { countResidentsByState } from '../repositories/residents.repository.js';
import { findPrincipalByToken, type Principal } from '../repositories/users.repository.js';
import { createImport, mappingFromJson } from '../services/imports.service.js';
import { AppError, ValidationError } from '../services/errors.js';
import { clip, processIo, type CliIo } from './io.js';

export interface ImportCommandOptions {
  incident: string;
  token?: string;
  mapping?: string;
  filename?: string;
  wait: boolean;
  json?: boolean;
}

const POLL_MS = 500;
const REDIS_WAIT_MS = 5_000;
// A file nobody has started on after this long is almost always missing workers, not a slow queue.
const WORKERS_HINT_AFTER_MS = 10_000;
const FINISHED: readonly string[] = ['completed', 'failed', 'cancelled'];

/** Something the user can fix by changing the command: said as is, exit 2. */
class InputError extends Error {}

/** Returns the exit code: 0 accepted or completed, 1 failed or cancelled, 2 bad input. */
export async function runImport(file: string, opts: ImportCommandOptions, io: CliIo = processIo()): Promise<number> {
  try {
    return await importFile(file, opts, io);
  } catch (err) {
    if (err instanceof InputError) io.stderr.write(`${err.message}\n`);
    else if (err instanceof AppError && err.status < 500) io.stderr.write(`Cannot import ${file}: ${describe(err, opts.incident)}\n`);
    else throw err;
    return 2;
  }
}

async function importFile(file: string, opts: ImportCommandOptions, io: CliIo): Promise<number> {
  checkReadableFile(file);
  const incident = incidentParams.shape.id.safeParse(opts.incident);
  if (!incident.success) throw new InputError(`--incident: ${incident.error.issues[0]!.message}`);
  const mapping = mappingFromJson(opts.mapping, '--mapping');
  if (!opts.token) throw new InputError('No API token: set BREACHDESK_TOKEN (or pass --token) so the import is made as your user.');
  const config = loadConfig(io.env);
  const db = createDb(config.databaseUrl, 1);
  try {
    const principal = await findPrincipalByToken(db, opts.token);
    if (!principal) throw new InputError('The API token (BREACHDESK_TOKEN or --token) is unknown, revoked or expired.');
    requireWriter(principal);
    const accepted = await accept(config, db, principal, incident.data, file, { filename: opts.filename ?? basename(file), mapping });
    if (!opts.wait) {
      io.stdout.write(opts.json ? asJson(accepted) : `${accepted.id}\n`);
      if (!opts.json) io.stderr.write(`Import accepted; the workers read it. Follow it with GET /v1/imports/${accepted.id}.\n`);
      return 0;
    }
    const done = await waitForWorkers(db, principal, accepted, io.stderr);
    io.stdout.write(opts.json ? asJson(done) : await summary(db, done));
    if (done.status === 'completed') return 0;
    io.stderr.write(`Import ${done.id} ${done.status}: ${done.error ?? 'no reason recorded'}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
}

function checkReadableFile(file: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
    accessSync(file, constants.R_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file}: ${(err as Error).message}`);
  }
  if (!isFile) throw new InputError(`Not a file: ${file}`);
}

async function accept(config: Readonly<Config>, db: Db, principal: Principal, incidentId: string, file: string, input: { filename: string; mapping: unknown }): Promise<ImportRow> {
  const queues = createQueues(config.redisUrl, config.queuePrefix, { attempts: config.jobAttempts, backoffMs: config.jobBackoffMs });
  const body = createReadStream(file);
  try {
    if (!(await queues.started(REDIS_WAIT_MS))) throw new Error('Redis (REDIS_URL) is not reachable, and the workers get the import through it; nothing was imported.');
    const log = createLogger(config.logLevel, 'cli', { toStderr: true });
    return await createImport({ db, queues, config, log, catalogue }, principal, incidentId, { ...input, body });
  } finally {
    // On a refusal the service drains the stream; a multi-gigabyte file would hold the exit.
    body.destroy();
    await queues.close();
  }
}

async function waitForWorkers(db: Db, principal: Principal, accepted: ImportRow, stderr: NodeJS.WritableStream): Promise<ImportRow> {
  stderr.write(`Import ${accepted.id} accepted; waiting for the workers. Ctrl-C stops waiting, not the import (POST /v1/imports/${accepted.id}/cancel does).\n`);
  const since = Date.now();
  let row = accepted;
  let shown = progress(row);
  let hinted = false;
  while (!FINISHED.includes(row.status)) {
    await delay(POLL_MS);
    const next = await findImport(db, principal.organizationId, row.id);
    if (!next) throw new Error(`Import ${row.id} no longer exists.`);
    row = next;
    const line = progress(row);
    if (line !== shown) stderr.write(`${line}\n`);
    shown = line;
    if (!hinted && row.status === 'pending' && Date.now() - since >= WORKERS_HINT_AFTER_MS) {
      hinted = true;
      stderr.write('Still pending: no worker has picked it up. Workers must be running (`npm start`, or `npm run start:workers`) with the same REDIS_URL and QUEUE_PREFIX.\n');
    }
  }
  return row;
}

function progress(row: ImportRow): string {
  const p = presentImport(row);
  return `${p.status}: ${p.progress.percent}% of the file, ${p.rows.read} rows read, ${p.rows.accepted} accepted, ${p.rows.rejected} rejected`;
}

async function summary(db: Db, row: ImportRow): Promise<string> {
  const p = presentImport(row);
  const lines = [
    `Import ${p.id} ${p.status} (${p.filename})`,
    `Rows: ${p.rows.read} read, ${p.rows.accepted} accepted, ${p.rows.rejected} rejected, ${p.rows.withWarnings} with warnings`,
  ];
  if (p.status === 'completed') {
    const byState = Object.entries(await countResidentsByState(db, row.incident_id)).sort(([a], [b]) => a.localeCompare(b));
    const inScope = byState.reduce((n, [, count]) => n + count, 0);
    lines.push(`Residents: ${p.residents.people} people in this file, ${p.residents.added} new to the incident`);
    lines.push(`In scope for the incident: ${inScope}${inScope ? ` (${byState.map(([state, n]) => `${state} ${n}`).join(', ')})` : ''}`);
  }
  if (p.rejectFile && p.rows.rejected + p.rows.withWarnings > 0) lines.push(`Rejected rows and warnings: GET ${p.rejectFile}`);
  return `${lines.join('\n')}\n`;
}

/** The same body as GET /v1/imports/:id, so a script can read either. */
function asJson(row: ImportRow): string {
  return `${JSON.stringify({ import: presentImport(row) }, null, 2)}\n`;
}

function describe(err: AppError, incidentId: string): string {
  if (err instanceof ValidationError && err.fields?.length) return `\n${err.fields.map((f) => `  ${f.field}: ${clip(f.message)}`).join('\n')}`;
  if (err.code === 'not_found') return `no incident ${incidentId} in your organisation.`;
  return err.message;
}
