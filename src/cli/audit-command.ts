// `breachdesk audit verify` and `breachdesk audit export`: the audit trail checked and handed over
// from the command line, for an operator or a privacy officer without the API at hand.
import { writeFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { loadConfig } from '../config.js';
import { createDb } from '../db/database.js';
import { findPrincipalByToken } from '../repositories/users.repository.js';
import { auditCsv, exportIncidentAudit, verifyAudit } from '../services/audit.service.js';
import { AppError } from '../services/errors.js';
import { UUID } from '../domain/identifiers.js';
import { clip, processIo, type CliIo } from './io.js';

export interface VerifyOptions {
  org?: string;
  json?: boolean;
}

/** Exit code 0 when every chain holds, 1 when any entry was edited, deleted or reordered, 2 on a bad --org. */
export async function runAuditVerify(o: VerifyOptions, io: CliIo = processIo()): Promise<number> {
  const print = (text: string) => io.stdout.write(`${text}\n`);
  if (o.org !== undefined && !UUID.test(o.org)) {
    io.stderr.write(`--org: must be an organisation id (a UUID), got "${clip(o.org, 80)}"\n`);
    return 2;
  }
  const db = createDb(loadConfig(io.env).databaseUrl, 1);
  try {
    // An organisation that does not exist has an empty chain, which would read as "intact".
    if (o.org && !(await db.selectFrom('organizations').select('id').where('id', '=', o.org).executeTakeFirst())) {
      io.stderr.write(`--org: no organisation ${o.org}\n`);
      return 2;
    }
    const result = await verifyAudit(db, { organizationId: o.org });
    if (o.json) {
      print(JSON.stringify(result));
      return result.ok ? 0 : 1;
    }
    for (const c of result.chains) {
      const head = c.head ? `head ${c.head}` : 'empty';
      const linkOnly = c.linkOnly ? ` (${c.linkOnly} early entries written before hash version 2: links checked, content not)` : '';
      print(`${c.problems.length ? 'BROKEN' : 'ok'}  organisation ${c.organizationId}: ${c.entries} entries, ${head}${linkOnly}`);
      for (const p of c.problems) print(`        entry ${p.id}: ${p.message}`);
    }
    print(
      result.ok
        ? 'Every audit chain is intact. Keep the head hashes above somewhere else: a later run that shows them proves nothing was removed from the end.'
        : 'The audit trail was changed outside breachdesk: the entries above were edited, or entries before them deleted.',
    );
    return result.ok ? 0 : 1;
  } finally {
    await db.destroy();
  }
}

export interface ExportOptions {
  incident: string;
  token?: string;
  format: 'json' | 'csv';
  out?: string;
}

/** Exit 0 on success, 2 on bad input (token, role, unknown incident). */
export async function runAuditExport(o: ExportOptions, io: CliIo = processIo()): Promise<number> {
  if (!UUID.test(o.incident)) {
    io.stderr.write(`--incident: must be an incident id (a UUID), got "${clip(o.incident, 80)}"\n`);
    return 2;
  }
  if (!o.token) {
    io.stderr.write('No API token: set BREACHDESK_TOKEN (or pass --token); the export is made as your user.\n');
    return 2;
  }
  const db = createDb(loadConfig(io.env).databaseUrl, 1);
  try {
    const principal = await findPrincipalByToken(db, o.token);
    if (!principal) {
      io.stderr.write('The API token (BREACHDESK_TOKEN or --token) is unknown, revoked or expired.\n');
      return 2;
    }
    const history = await exportIncidentAudit(db, principal, o.incident, DateTime.utc().toISO()!);
    const text = o.format === 'csv' ? auditCsv(history.entries) : `${JSON.stringify(history, null, 2)}\n`;
    if (o.out) {
      try {
        writeFileSync(o.out, text);
      } catch (err) {
        io.stderr.write(`--out: cannot write ${o.out}: ${(err as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a directory' : (err as Error).message}\n`);
        return 2;
      }
      io.stderr.write(`${history.entries.length} audit entries of incident ${o.incident} written to ${o.out}\n`);
    } else io.stdout.write(text);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      io.stderr.write(err.code === 'not_found' ? `--incident: no incident ${o.incident} in your organisation\n` : `${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    await db.destroy();
  }
}
