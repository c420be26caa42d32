// Rebuilds the domain's Incident from what PostgreSQL holds: the filed document, the organisation
// (the tenant) and every recorded event. The same parser that validated the input reads it back,
// so stored and freshly filed incidents can never be interpreted differently.
import type { Executor } from '../db/database.js';
import type { IncidentRow, OrganizationRow } from '../db/schema.js';
import { parseIncidentFile } from '../domain/incident-file.js';
import type { Incident, OrganizationInfo } from '../domain/types.js';
import { listEvents } from '../repositories/incidents.repository.js';
import { countResidentsByState } from '../repositories/residents.repository.js';

export function organizationInfo(org: OrganizationRow): OrganizationInfo {
  return { name: org.name, kind: org.kind as OrganizationInfo['kind'], state: org.state, timezone: org.timezone };
}

export class StoredIncidentUnreadable extends Error {}

export async function loadDomainIncident(db: Executor, incident: IncidentRow, org: OrganizationRow): Promise<Incident> {
  const events = await listEvents(db, incident.id);
  const residentCounts = await countResidentsByState(db, incident.id);
  const document = incident.document as Record<string, unknown>;
  const filedAffected = (document.affected as { byState?: Record<string, number> } | undefined)?.byState ?? {};
  const file = {
    ...document,
    events: events.map((e) => e.body),
    // Uploaded residents are the evidence: their counts replace the filed estimate per state.
    affected: { byState: { ...filedAffected, ...residentCounts } },
    // Regimes the organisation opted into apply to every incident, with the incident's own.
    regimes: [...new Set([...((document.regimes as string[] | undefined) ?? []), ...org.regimes])],
  };
  const parsed = parseIncidentFile(file, { organization: organizationInfo(org), stored: true });
  if (!parsed.ok) {
    throw new StoredIncidentUnreadable(
      `stored incident ${incident.id} no longer validates: ${parsed.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    );
  }
  return parsed.incident;
}
