// Filing and amending incidents. Each write is one transaction that also records the assessment
// job (outbox); the job reaches Redis only after the commit.
import { parseEventInput, parseIncidentFile } from '../domain/incident-file.js';
import type { IncidentEvent } from '../domain/types.js';
import type { IncidentRow } from '../db/schema.js';
import type { Principal } from '../repositories/users.repository.js';
import { findOrganization } from '../repositories/organizations.repository.js';
import {
  bumpRevision,
  findIncident,
  insertEvents,
  insertIncident,
  lockIncident,
  replaceExposureWindows,
} from '../repositories/incidents.repository.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { enqueueRecorded, recordJobFor } from '../jobs/enqueue.js';
import { timelineOrderErrors } from '../domain/timeline-order.js';
import { loadDomainIncident, organizationInfo } from './incident-loader.js';
import { NotFoundError, ValidationError, type FieldError } from './errors.js';
import type { Deps } from './deps.js';
import { EMAIL } from '../domain/identifiers.js';


function parseContacts(value: unknown, fallback: string): { contacts: string[]; errors: FieldError[] } {
  if (value === undefined) return { contacts: [fallback], errors: [] };
  if (!Array.isArray(value) || value.length > 20) {
    return { contacts: [], errors: [{ field: 'contacts', message: 'must be a list of up to 20 e-mail addresses' }] };
  }
  const errors = value.flatMap((v, i) =>
    typeof v === 'string' && EMAIL.test(v) ? [] : [{ field: `contacts[${i}]`, message: 'must be an e-mail address like clerk@city.gov' }],
  );
  return { contacts: value.map((v) => String(v).toLowerCase()), errors };
}

/** When an event happened, as the calendar day it is filed under. */
function eventDay(e: IncidentEvent): string {
  return e.type === 'law_enforcement_delay' ? e.start.earliest : e.at.earliest;
}

async function requireOrganization(deps: Deps, principal: Principal) {
  const org = await findOrganization(deps.db, principal.organizationId);
  if (!org) throw new NotFoundError('Organisation');
  return org;
}

export async function createIncident(deps: Deps, principal: Principal, body: unknown): Promise<IncidentRow> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError([{ field: '(body)', message: 'must be a JSON object: the incident file' }]);
  }
  const org = await requireOrganization(deps, principal);
  const { contacts: rawContacts, ...file } = body as Record<string, unknown>;
  const contacts = parseContacts(rawContacts, principal.email);
  const parsed = parseIncidentFile(file, { organization: organizationInfo(org) });
  const errors = [...(parsed.ok ? [] : parsed.errors), ...contacts.errors];
  if (!parsed.ok || errors.length) throw new ValidationError(errors);

  const { organization: _ignored, events: rawEvents, ...document } = file;
  const events = parsed.incident.events;
  const { incident, jobs } = await deps.db.transaction().execute(async (tx) => {
    const incident = await insertIncident(tx, {
      organizationId: org.id,
      title: parsed.incident.title,
      document,
      contacts: contacts.contacts,
      createdBy: principal.userId,
    });
    await replaceExposureWindows(
      tx,
      org.id,
      incident.id,
      parsed.incident.exposure.map((w) => ({
        startRaw: w.start.raw,
        endRaw: w.end.raw,
        start: w.start.earliest,
        end: w.end.latest,
        channel: w.channel,
      })),
    );
    await insertEvents(
      tx,
      org.id,
      incident.id,
      principal.userId,
      events.map((e, i) => ({ type: e.type, occurredOn: eventDay(e), body: (rawEvents as Record<string, unknown>[])[i]! })),
    );
    await appendAudit(tx, {
      organizationId: org.id,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'incident.created',
      entityType: 'incident',
      entityId: incident.id,
      after: { ...document, events: rawEvents, contacts: contacts.contacts },
    });
    const job = await recordJobFor(tx, 'assess-incident', { incidentId: incident.id, revision: incident.revision }, {
      organizationId: org.id,
      incidentId: incident.id,
    });
    return { incident, jobs: [job] };
  });
  await enqueueRecorded(deps.db, deps.queues, jobs, deps.log);
  return incident;
}

export async function recordEvent(
  deps: Deps,
  principal: Principal,
  incidentId: string,
  body: unknown,
): Promise<{ incident: IncidentRow; eventId: string }> {
  const org = await requireOrganization(deps, principal);
  const existing = await findIncident(deps.db, org.id, incidentId);
  if (!existing) throw new NotFoundError('Incident');
  const parsed = parseEventInput(body, organizationInfo(org));
  if (!parsed.ok) throw new ValidationError(parsed.errors);

  const { incident, eventId, jobs } = await deps.db.transaction().execute(async (tx) => {
    const locked = await lockIncident(tx, org.id, incidentId);
    if (!locked) throw new NotFoundError('Incident');
    const stored = await loadDomainIncident(tx, locked, org);
    const order = timelineOrderErrors([...stored.events, parsed.event], stored.exposure, [{ event: parsed.event, field: '' }]);
    if (order.length) throw new ValidationError(order);
    const [row] = await insertEvents(tx, org.id, incidentId, principal.userId, [
      { type: parsed.event.type, occurredOn: eventDay(parsed.event), body: body as Record<string, unknown> },
    ]);
    const revision = await bumpRevision(tx, incidentId);
    await appendAudit(tx, {
      organizationId: org.id,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'incident.event_recorded',
      entityType: 'incident_event',
      entityId: row!.id,
      after: body,
    });
    const job = await recordJobFor(tx, 'assess-incident', { incidentId, revision }, { organizationId: org.id, incidentId });
    return { incident: { ...locked, revision }, eventId: row!.id, jobs: [job] };
  });
  await enqueueRecorded(deps.db, deps.queues, jobs, deps.log);
  return { incident, eventId };
}
