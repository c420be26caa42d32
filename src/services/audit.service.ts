// Proving the audit trail: `breachdesk audit verify` walks every tenant's hash chain, and an
// incident's full history is exported (JSON or CSV) for a city attorney to hand to a regulator.
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/database.js';
import { checkChain, type ChainProblem } from '../domain/audit-hash.js';
import { auditOrganizations, auditPage, incidentHistory, type AuditRecord } from '../repositories/audit-read.repository.js';
import { findIncident } from '../repositories/incidents.repository.js';
import type { Principal } from '../repositories/users.repository.js';
import { safeCell } from '../letters/print-manifest.js';
import { ForbiddenError, NotFoundError } from './errors.js';

const PAGE = 5000;

export interface ChainReport {
  organizationId: string;
  entries: number;
  /** Entries written before hash version 2: their links are checked, their content cannot be. */
  linkOnly: number;
  /** The newest entry's hash: record it elsewhere, and a later run proves nothing was cut off the end. */
  head: string | null;
  problems: ChainProblem[];
}

export async function verifyAudit(db: Db, opts: { organizationId?: string } = {}): Promise<{ ok: boolean; chains: ChainReport[] }> {
  const organizations = opts.organizationId ? [opts.organizationId] : await auditOrganizations(db);
  const chains: ChainReport[] = [];
  for (const organizationId of organizations) {
    const report: ChainReport = { organizationId, entries: 0, linkOnly: 0, head: null, problems: [] };
    let afterId = 0;
    for (;;) {
      const page = await auditPage(db, organizationId, afterId, PAGE);
      if (page.length === 0) break;
      const { problems, last } = checkChain(page, report.head);
      report.problems.push(...problems);
      report.entries += page.length;
      report.linkOnly += page.filter((r) => r.hashVersion < 2).length;
      report.head = last;
      afterId = page.at(-1)!.id;
    }
    chains.push(report);
  }
  return { ok: chains.every((c) => c.problems.length === 0), chains };
}

const EXPORT_ROLES = new Set(['officer', 'admin', 'auditor']);

export interface IncidentAuditExport {
  incidentId: string;
  organizationId: string;
  exportedAt: string;
  exportedBy: string;
  entries: AuditRecord[];
}

export async function exportIncidentAudit(db: Db, principal: Principal, incidentId: string, now: string): Promise<IncidentAuditExport> {
  if (!EXPORT_ROLES.has(principal.role)) throw new ForbiddenError('Only an officer, an admin or an auditor may export the audit trail.');
  const incident = await findIncident(db, principal.organizationId, incidentId);
  if (!incident) throw new NotFoundError('Incident');
  return {
    incidentId,
    organizationId: principal.organizationId,
    exportedAt: now,
    exportedBy: principal.email,
    entries: await incidentHistory(db, principal.organizationId, incidentId),
  };
}

const CSV_COLUMNS = ['id', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'before', 'after', 'prev_hash', 'hash', 'hash_version'];

/** One row per entry, before/after as JSON text; cells a spreadsheet would run as formulas are defused. */
export function auditCsv(entries: readonly AuditRecord[]): string {
  const rows = entries.map((e) => [
    String(e.id),
    e.at,
    safeCell(e.actor),
    e.action,
    e.entityType,
    safeCell(e.entityId),
    e.before === null ? '' : safeCell(JSON.stringify(e.before)),
    e.after === null ? '' : safeCell(JSON.stringify(e.after)),
    e.prevHash ?? '',
    e.hash,
    String(e.hashVersion),
  ]);
  return stringify([CSV_COLUMNS, ...rows], { record_delimiter: '\r\n' });
}
