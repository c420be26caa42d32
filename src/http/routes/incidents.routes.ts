import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../services/deps.js';
import { createIncident, recordEvent } from '../../services/incidents.service.js';
import { findIncident, listEvents, listIncidents } from '../../repositories/incidents.repository.js';
import { listObligations } from '../../repositories/obligations.repository.js';
import { listJobsForIncident } from '../../repositories/jobs.repository.js';
import { listReminders } from '../../repositories/reminders.repository.js';
import { findOrganization } from '../../repositories/organizations.repository.js';
import { todayIn } from '../../domain/reminder-plan.js';
import { NotFoundError } from '../../services/errors.js';
import { requireWriter } from '../auth.js';
import { incidentParams, isoDateParam, parseInput } from '../params.js';
import { loadDomainIncident } from '../../services/incident-loader.js';
import { whatIf } from '../../domain/what-if.js';
import { onTimeAnchors } from '../../domain/on-time-anchor.js';

const analysisQuery = z.object({ asIfDiscovered: isoDateParam.optional() });
import { presentEvent, presentIncident, presentJob, presentObligation, presentReminder } from '../presenters.js';
import { incidentFileDoc, eventDoc } from '../openapi-shapes.js';

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().datetime({ offset: true, message: 'must be an ISO instant (createdAt of the last incident seen)' }).optional(),
});

export async function incidentRoutes(app: FastifyInstance, deps: Deps) {
  async function load(orgId: string, id: string) {
    const incident = await findIncident(deps.db, orgId, id);
    if (!incident) throw new NotFoundError('Incident');
    return incident;
  }

  app.post('/v1/incidents', { schema: { summary: 'File an incident (the incident file of DESIGN §5; organisation from the token)', tags: ['incidents'], body: incidentFileDoc } }, async (req, reply) => {
    requireWriter(req.principal);
    const incident = await createIncident(deps, req.principal, req.body);
    return reply.status(201).send({ incident: presentIncident(incident) });
  });

  app.get('/v1/incidents', { schema: { summary: 'List incidents, newest first', tags: ['incidents'] } }, async (req) => {
    const q = parseInput(listQuery, req.query, 'query');
    const rows = await listIncidents(deps.db, req.principal.organizationId, { limit: q.limit, before: q.before ?? null });
    return { incidents: rows.map(presentIncident), next: rows.length === q.limit ? rows.at(-1)!.created_at : null };
  });

  app.get('/v1/incidents/:id', { schema: { summary: 'One incident with its events', tags: ['incidents'] } }, async (req) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    const incident = await load(req.principal.organizationId, id);
    return { incident: { ...presentIncident(incident), events: (await listEvents(deps.db, id)).map(presentEvent) } };
  });

  app.post('/v1/incidents/:id/events', { schema: { summary: 'Record an event: discovery, determination, law-enforcement delay, notice sent to X on date Y…', tags: ['incidents'], body: eventDoc } }, async (req, reply) => {
    requireWriter(req.principal);
    const { id } = parseInput(incidentParams, req.params, 'params');
    const { incident, eventId } = await recordEvent(deps, req.principal, id, req.body);
    return reply.status(201).send({ eventId, incident: presentIncident(incident) });
  });

  app.get('/v1/incidents/:id/obligations', { schema: { summary: 'Computed obligations with deadlines, citations, reasons and status', tags: ['incidents'] } }, async (req) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    const incident = await load(req.principal.organizationId, id);
    const org = (await findOrganization(deps.db, incident.organization_id))!;
    const today = todayIn(org.timezone);
    const rows = await listObligations(deps.db, id);
    return {
      incidentId: id,
      revision: incident.revision,
      assessedRevision: incident.assessed_revision,
      assessmentUpToDate: incident.assessed_revision !== null && incident.assessed_revision >= incident.revision,
      today,
      obligations: rows.map((o) => presentObligation(o, today)),
    };
  });

  app.get('/v1/incidents/:id/analysis', { schema: { summary: 'What-if on another discovery date (`asIfDiscovered`), and the latest on-time start for each recorded notice', tags: ['incidents'] } }, async (req) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    const q = parseInput(analysisQuery, req.query, 'query');
    const incident = await load(req.principal.organizationId, id);
    const org = (await findOrganization(deps.db, incident.organization_id))!;
    const domain = await loadDomainIncident(deps.db, incident, org);
    const what = q.asIfDiscovered ? whatIf(domain, deps.catalogue, q.asIfDiscovered) : null;
    return {
      incidentId: id,
      revision: incident.revision,
      onTime: onTimeAnchors(domain, deps.catalogue),
      whatIf: what ? { discoveredOn: what.discoveredOn, asIfDiscoveredOn: what.asIfDiscoveredOn, shiftDays: what.shiftDays, changes: what.changes, obligations: what.assessment.obligations } : null,
    };
  });

  app.get('/v1/incidents/:id/jobs', { schema: { summary: 'Background work for this incident and its state', tags: ['incidents'] } }, async (req) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    await load(req.principal.organizationId, id);
    return { jobs: (await listJobsForIncident(deps.db, id)).map(presentJob) };
  });

  app.get('/v1/incidents/:id/reminders', { schema: { summary: 'Planned and sent staff reminders', tags: ['incidents'] } }, async (req) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    await load(req.principal.organizationId, id);
    return { reminders: (await listReminders(deps.db, id)).map(presentReminder) };
  });
}
