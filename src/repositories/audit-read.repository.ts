// Reading the audit trail back: a tenant's chain page by page (for verification), and one
// incident's history (for the export). Writing stays in audit.repository.ts.
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { StoredAuditRow } from '../domain/audit-hash.js';

export interface AuditRecord extends StoredAuditRow {
  actorUserId: string | null;
}

const COLUMNS = sql`id, organization_id, actor_user_id, actor, action, entity_type, entity_id, before, after, at, prev_hash, hash, hash_version`;

function toRecord(r: Record<string, unknown>): AuditRecord {
  return {
    id: Number(r.id),
    organizationId: r.organization_id as string,
    actorUserId: (r.actor_user_id as string | null) ?? null,
    actor: r.actor as string,
    action: r.action as string,
    entityType: r.entity_type as string,
    entityId: r.entity_id as string,
    before: r.before ?? null,
    after: r.after ?? null,
    at: r.at as string,
    prevHash: (r.prev_hash as string | null) ?? null,
    hash: r.hash as string,
    hashVersion: Number(r.hash_version),
  };
}

export async function auditOrganizations(db: Executor): Promise<string[]> {
  const rows = await sql<{ id: string }>`select id from organizations order by created_at, id`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** A page of one tenant's entries after `afterId`, in chain order. */
export async function auditPage(db: Executor, organizationId: string, afterId: number, limit: number): Promise<AuditRecord[]> {
  const rows = await sql<Record<string, unknown>>`
    select ${COLUMNS} from audit_events where organization_id = ${organizationId} and id > ${afterId} order by id limit ${limit}
  `.execute(db);
  return rows.rows.map(toRecord);
}

/**
 * Everything recorded about one incident: the incident itself, its events and its imports (the
 * letters' approvals, sends and exports are recorded against the incident).
 */
export async function incidentHistory(db: Executor, organizationId: string, incidentId: string): Promise<AuditRecord[]> {
  const rows = await sql<Record<string, unknown>>`
    select ${COLUMNS} from audit_events a
    where a.organization_id = ${organizationId}
      and (
        (a.entity_type = 'incident' and a.entity_id = ${incidentId})
        or (a.entity_type = 'import' and a.entity_id in (select id::text from imports where incident_id = ${incidentId}))
        or (a.entity_type = 'incident_event' and a.entity_id in (select id::text from incident_events where incident_id = ${incidentId}))
      )
    order by a.id
  `.execute(db);
  return rows.rows.map(toRecord);
}
