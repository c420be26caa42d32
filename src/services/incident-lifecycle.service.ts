// Closing and reopening an incident. Closing starts the organisation's retention clock (see
// retention.service.ts); neither step changes the incident's revision, so nothing is re-assessed
// or re-rendered. Both are in the audit trail with the state before and after.
import { sql } from 'kysely';
import { z } from 'zod';
import type { IncidentRow } from '../db/schema.js';
import type { Principal } from '../repositories/users.repository.js';
import { lockIncident } from '../repositories/incidents.repository.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { ConflictError, ForbiddenError, NotFoundError } from './errors.js';
import type { Deps } from './deps.js';

export const lifecycleBody = z
  .object({
    reason: z
      .string({ error: 'is required: say why, in up to 1000 characters' })
      .trim()
      .min(1, 'must not be empty')
      .max(1000, 'must be at most 1000 characters'),
  })
  .strict();

export function requireOfficer(principal: Principal, what: string): void {
  if (principal.role !== 'officer' && principal.role !== 'admin') throw new ForbiddenError(`Only an officer or an admin may ${what} an incident.`);
}

export async function closeIncident(deps: Deps, principal: Principal, incidentId: string, reason: string): Promise<IncidentRow> {
  requireOfficer(principal, 'close');
  return deps.db.transaction().execute(async (tx) => {
    const current = await lockIncident(tx, principal.organizationId, incidentId);
    if (!current) throw new NotFoundError('Incident');
    if (current.status === 'closed') throw new ConflictError(`The incident is already closed (since ${current.closed_at}).`);
    const closed = await tx
      .updateTable('incidents')
      .set({ status: 'closed', closed_at: sql<string>`now()`, closed_by: principal.userId, close_reason: reason, updated_at: sql<string>`now()` })
      .where('id', '=', incidentId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(tx, {
      organizationId: principal.organizationId,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'incident.closed',
      entityType: 'incident',
      entityId: incidentId,
      before: { status: current.status },
      after: { status: closed.status, closedAt: closed.closed_at, reason },
    });
    return closed;
  });
}

export interface Reopened {
  incident: IncidentRow;
  /** Set when residents' personal data was purged under the retention policy before this reopening. */
  piiPurgedAt: string | null;
}

export async function reopenIncident(deps: Deps, principal: Principal, incidentId: string, reason: string): Promise<Reopened> {
  requireOfficer(principal, 'reopen');
  return deps.db.transaction().execute(async (tx) => {
    const current = await lockIncident(tx, principal.organizationId, incidentId);
    if (!current) throw new NotFoundError('Incident');
    if (current.status !== 'closed') throw new ConflictError('The incident is open; only a closed incident can be reopened.');
    // The retention clock stops: a reopened incident is purged only after it is closed again.
    const reopened = await tx
      .updateTable('incidents')
      .set({ status: 'open', closed_at: null, closed_by: null, close_reason: null, updated_at: sql<string>`now()` })
      .where('id', '=', incidentId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(tx, {
      organizationId: principal.organizationId,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'incident.reopened',
      entityType: 'incident',
      entityId: incidentId,
      before: { status: current.status, closedAt: current.closed_at, closedBy: current.closed_by, reason: current.close_reason },
      after: { status: reopened.status, reason, piiPurgedAt: current.pii_purged_at },
    });
    return { incident: reopened, piiPurgedAt: current.pii_purged_at };
  });
}
