// `breachdesk retention purge`: the purge the workers' sweeper runs, on demand, for an operator who
// wants to see what is due (--dry-run) or to purge now without waiting for the next sweep.
import { InvalidArgumentError } from 'commander';
import { DateTime } from 'luxon';
import { loadConfig } from '../config.js';
import { createDb } from '../db/database.js';
import { purgeDueIncidents, type IncidentPurge } from '../services/retention.service.js';
import { processIo, type CliIo } from './io.js';

export interface RetentionPurgeOptions {
  dryRun?: boolean;
  /** ISO instant or date, checked by parseNowOption. */
  now?: string;
  json?: boolean;
}

/**
 * An instant (2025-03-01T09:00:00Z, or with an offset) or a date alone, which means noon UTC that
 * day: the same calendar date in every zone from UTC−11 to UTC+11, so in every US state.
 */
export function parseNowOption(value: string): string {
  const when = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? DateTime.fromISO(`${value}T12:00:00`, { zone: 'utc' })
    : /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(value)
      ? DateTime.fromISO(value, { setZone: true })
      : null;
  if (!when?.isValid) throw new InvalidArgumentError('must be a date like 2025-03-01 or an instant with its offset like 2025-03-01T09:00:00-06:00');
  return when.toUTC().toISO()!;
}

function line(p: IncidentPurge): string {
  const states = Object.entries(p.inScopeByState).map(([s, n]) => `${s} ${n}`).join(', ') || 'none';
  return (
    `  incident ${p.incidentId} (organisation ${p.organizationId}): closed ${p.closedAt}, ${p.retentionDays}-day policy, due ${p.dueOn}; ` +
    `${p.residentsCleared} residents, ${p.lettersCleared} letters, ${p.paymentsDeleted} payments, ${p.filesRemoved} files (in scope kept: ${states})`
  );
}

/** Exit 0 when every due incident was purged (or deferred), 1 when any failed. */
export async function runRetentionPurge(o: RetentionPurgeOptions, io: CliIo = processIo()): Promise<number> {
  const print = (text: string) => io.stdout.write(`${text}\n`);
  const config = loadConfig(io.env);
  const now = o.now ? DateTime.fromISO(o.now, { zone: 'utc' }) : DateTime.utc();
  const db = createDb(config.databaseUrl, 1);
  try {
    const report = await purgeDueIncidents({ db, dataDir: config.dataDir, actor: 'cli:retention-purge' }, { now, dryRun: o.dryRun ?? false });
    if (o.json) {
      print(JSON.stringify({ dryRun: o.dryRun ?? false, now: now.toISO(), ...report }));
      return report.failed.length ? 1 : 0;
    }
    const asOf = `as of ${now.toISO()}`;
    if (report.purged.length === 0) print(`No closed incident is due for purging ${asOf}.`);
    else {
      print(o.dryRun ? `Would purge ${report.purged.length} incident(s) ${asOf} (dry run: nothing changed):` : `Purged ${report.purged.length} incident(s) ${asOf}:`);
      for (const p of report.purged) print(line(p));
    }
    for (const d of report.deferred) print(`Deferred incident ${d.incidentId}: ${d.reason}; the next run purges it.`);
    for (const f of report.failed) io.stderr.write(`Failed incident ${f.incidentId}: ${f.error}\n`);
    return report.failed.length ? 1 : 0;
  } finally {
    await db.destroy();
  }
}
