// The retention purge: once a closed incident's policy date has come (src/domain/retention.ts),
// its residents' personal data goes — names, addresses, e-mails and account numbers, the payments
// they were matched from, the rendered letters' recipient data, and the files on disk (uploaded
// exports, reject files, print batches). What proves the notification stays: residents' rows with
// state and scope (counts), letters' rows with status and content hash, obligations, events and
// the audit chain, which records the purge itself.
//
// One transaction per incident, on the locked incident row, so a reopening or a second sweeper
// cannot interleave. Files are deleted inside it, as its last step before the commit: a failed
// commit leaves the rows for the next run to purge (the files already gone), never a purged
// incident whose files linger because the process stopped between the commit and the unlink.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { sql } from 'kysely';
import { DateTime } from 'luxon';
import type { Db, Tx } from '../db/database.js';
import type { PrintFile } from '../db/schema.js';
import type { Logger } from '../logger.js';
import { isPurgeDue, purgeDueOn } from '../domain/retention.js';
import { countResidentsByState } from '../repositories/residents.repository.js';
import { appendAudit } from '../repositories/audit.repository.js';

export interface RetentionDeps {
  db: Db;
  /** Absolute DATA_DIR: import and print files live under it. */
  dataDir: string;
  log?: Logger;
  /** Who purges, for the audit trail. */
  actor?: string;
}

export interface IncidentPurge {
  incidentId: string;
  organizationId: string;
  closedAt: string;
  retentionDays: number;
  dueOn: string;
  residentsCleared: number;
  lettersCleared: number;
  paymentsDeleted: number;
  filesRemoved: number;
  inScopeByState: Record<string, number>;
}

export interface PurgeReport {
  /** Purged (or, in a dry run, what would have been). */
  purged: IncidentPurge[];
  /** Due but left for a later run: work in flight would write personal data again. */
  deferred: { incidentId: string; organizationId: string; reason: string }[];
  failed: { incidentId: string; organizationId: string; error: string }[];
}

interface Candidate {
  id: string;
  organization_id: string;
  closed_at: string;
  retention_days: number;
  timezone: string;
}

class DryRunRollback extends Error {}

// Every column that can hold a resident's data, plaintext or sealed (migration 0010): the purge
// sets each to null. A row with none left is not counted again.
const RESIDENT_PII = ['name', 'address', 'email', 'account', 'contact', 'account_key', 'pii_key_id'];
const LETTER_PII = ['recipient', 'body_html', 'body_text', 'merge', 'last_error', 'pii_key_id'];

function anyNotNull(columns: string[]) {
  return sql<boolean>`(${sql.join(columns.map((c) => sql`${sql.ref(c)} is not null`), sql` or `)})`;
}

/** Purges every incident that is due at `now`. Running it again purges nothing twice. */
export async function purgeDueIncidents(deps: RetentionDeps, opts: { now: DateTime; dryRun?: boolean }): Promise<PurgeReport> {
  const report: PurgeReport = { purged: [], deferred: [], failed: [] };
  for (const c of await dueCandidates(deps.db, opts.now)) {
    try {
      const outcome = await purgeIncident(deps, c.id, opts.now, opts.dryRun ?? false);
      if (outcome === null) continue;
      if ('deferred' in outcome) report.deferred.push({ incidentId: c.id, organizationId: c.organization_id, reason: outcome.deferred });
      else report.purged.push(outcome);
    } catch (err) {
      // One incident's failure (a file that cannot be removed, say) must not hold up the others.
      deps.log?.error({ incidentId: c.id, err: (err as Error).message }, 'retention purge failed; retried on the next run');
      report.failed.push({ incidentId: c.id, organizationId: c.organization_id, error: (err as Error).message });
    }
  }
  return report;
}

/**
 * Closed incidents whose latest closing has not been purged, narrowed in SQL with two days of slack
 * (zones and clock changes) and decided exactly by the domain rule. Uses incidents_purge_pending.
 */
async function dueCandidates(db: Db, now: DateTime): Promise<Candidate[]> {
  const rows = await sql<Candidate>`
    select i.id, i.organization_id, i.closed_at, o.retention_days, o.timezone
    from incidents i join organizations o on o.id = i.organization_id
    where i.status = 'closed' and (i.pii_purged_at is null or i.pii_purged_at < i.closed_at)
      and o.retention_days is not null
      and i.closed_at < ${now.toUTC().toISO()}::timestamptz - make_interval(days => o.retention_days - 2)
    order by i.closed_at
  `.execute(db);
  return rows.rows.filter((c) => isPurgeDue({ closedAt: c.closed_at, zone: c.timezone, retentionDays: c.retention_days, now }));
}

async function purgeIncident(deps: RetentionDeps, incidentId: string, now: DateTime, dryRun: boolean): Promise<IncidentPurge | { deferred: string } | null> {
  let result: IncidentPurge | { deferred: string } | null = null;
  try {
    await deps.db.transaction().execute(async (tx) => {
      result = await purgeLocked(deps, tx, incidentId, now, dryRun);
      // A dry run does all the work to count it exactly, then undoes it.
      if (dryRun) throw new DryRunRollback();
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
  }
  return result;
}

async function purgeLocked(deps: RetentionDeps, tx: Tx, incidentId: string, now: DateTime, dryRun: boolean): Promise<IncidentPurge | { deferred: string } | null> {
  // Skip an incident another sweeper holds (it is purging it) or a user is reopening: next run.
  const locked = (
    await sql<Candidate & { status: string; pii_purged_at: string | null }>`
      select i.id, i.organization_id, i.status, i.closed_at, i.pii_purged_at, o.retention_days, o.timezone
      from incidents i join organizations o on o.id = i.organization_id
      where i.id = ${incidentId}
      for update of i skip locked
    `.execute(tx)
  ).rows[0];
  if (!locked || locked.status !== 'closed') return null;
  if (locked.pii_purged_at !== null && locked.pii_purged_at >= locked.closed_at) return null;
  const policy = { closedAt: locked.closed_at, zone: locked.timezone, retentionDays: locked.retention_days, now };
  if (!isPurgeDue(policy)) return null;

  const busy = await workInFlight(tx, incidentId);
  if (busy) return { deferred: busy };

  const files = await filesOf(tx, deps.dataDir, incidentId);
  const inScopeByState = await countResidentsByState(tx, incidentId);
  const residents = await tx
    .updateTable('residents')
    // Plaintext from before encryption, the sealed contact, the keyed account fingerprint, and the
    // key id: nothing is sealed under it any more. source_ref stays (see the README: Retention).
    .set({ name: null, address: null, email: null, account: null, contact: null, account_key: null, pii_key_id: null })
    .where('incident_id', '=', incidentId)
    .where(anyNotNull(RESIDENT_PII))
    .executeTakeFirst();
  // Regulator notices carry counts, not residents, and stay the record of what a regulator was told.
  const letters = await tx
    .updateTable('letters')
    .set({ recipient: null, body_html: null, body_text: null, merge: null, last_error: null, pii_key_id: null })
    .where('incident_id', '=', incidentId)
    .where('kind', '=', 'resident')
    .where(anyNotNull(LETTER_PII))
    .executeTakeFirst();
  const payments = await tx.deleteFrom('transactions').where('incident_id', '=', incidentId).executeTakeFirst();
  const purge: IncidentPurge = {
    incidentId,
    organizationId: locked.organization_id,
    closedAt: locked.closed_at,
    retentionDays: locked.retention_days,
    dueOn: purgeDueOn(policy)!,
    residentsCleared: Number(residents.numUpdatedRows),
    lettersCleared: Number(letters.numUpdatedRows),
    paymentsDeleted: Number(payments.numDeletedRows),
    filesRemoved: existingFiles(files).size,
    inScopeByState,
  };
  if (dryRun) return purge;
  await tx.updateTable('incidents').set({ pii_purged_at: sql<string>`now()` }).where('id', '=', incidentId).execute();
  const { incidentId: _id, organizationId: _org, ...counts } = purge;
  await appendAudit(tx, {
    organizationId: locked.organization_id,
    actorUserId: null,
    actor: deps.actor ?? 'worker:retention',
    action: 'incident.pii_purged',
    entityType: 'incident',
    entityId: incidentId,
    after: counts,
  });
  // Last, so that only the commit itself can fail after the files are gone (see the top).
  removeFiles(files);
  deps.log?.info({ incidentId, residents: purge.residentsCleared, letters: purge.lettersCleared, files: purge.filesRemoved }, 'retention: personal data purged');
  return purge;
}

/** Work that would write residents' data again after the purge: wait for it to end. */
async function workInFlight(tx: Tx, incidentId: string): Promise<string | null> {
  const row = (
    await sql<{ imports: boolean; renders: boolean; exports: boolean }>`
      select
        exists (select 1 from imports where incident_id = ${incidentId} and status in ('pending', 'running')) as imports,
        exists (select 1 from letter_renders where incident_id = ${incidentId} and status in ('planning', 'rendering')) as renders,
        exists (select 1 from print_exports where incident_id = ${incidentId} and status in ('pending', 'running')) as exports
    `.execute(tx)
  ).rows[0]!;
  if (row.imports) return 'an import is still running';
  if (row.renders) return 'letters are still being rendered';
  if (row.exports) return 'a print export is still running';
  return null;
}

/** Absolute paths of the incident's files: uploaded exports, reject files, print batch folders. */
async function filesOf(tx: Tx, dataDir: string, incidentId: string): Promise<string[]> {
  const imports = await tx.selectFrom('imports').select(['file_path', 'reject_path']).where('incident_id', '=', incidentId).execute();
  const exports = await tx.selectFrom('print_exports').select(['id', 'files']).where('incident_id', '=', incidentId).execute();
  const relative = [
    ...imports.flatMap((i) => [i.file_path, i.reject_path ?? null]),
    ...exports.flatMap((e) => [...((e.files as PrintFile[]) ?? []).flatMap((f) => [f.pdf, f.manifest]), join('exports', e.id)]),
  ].filter((p): p is string => p !== null);
  const root = resolve(dataDir);
  // Paths come from our own rows; still, nothing outside DATA_DIR is ever removed.
  return [...new Set(relative.map((p) => resolve(root, p)))].filter((p) => p.startsWith(root + sep));
}

/** The files those paths stand for (a print folder stands for what is in it), each once. */
function existingFiles(paths: string[]): Set<string> {
  const found = new Set<string>();
  for (const p of paths) {
    if (!existsSync(p)) continue;
    if (statSync(p).isDirectory()) for (const f of readdirSync(p)) found.add(join(p, f));
    else found.add(p);
  }
  return found;
}

/** Removes files and print folders; one already gone is fine. */
function removeFiles(paths: string[]): void {
  for (const p of paths) rmSync(p, { recursive: true, force: true });
}
