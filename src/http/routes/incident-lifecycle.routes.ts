import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../services/deps.js';
import { closeIncident, lifecycleBody, reopenIncident, requireOfficer } from '../../services/incident-lifecycle.service.js';
import { incidentParams, parseInput } from '../params.js';
import { presentIncident } from '../presenters.js';

const reasonDoc = {
  type: 'object',
  required: ['reason'],
  properties: { reason: { type: 'string', minLength: 1, maxLength: 1000 } },
  additionalProperties: false,
} as const;

export async function incidentLifecycleRoutes(app: FastifyInstance, deps: Deps) {
  app.post('/v1/incidents/:id/close', { schema: { summary: "Close an incident (officer, admin): starts the organisation's retention clock for residents' personal data", tags: ['incidents'], body: reasonDoc } }, async (req) => {
    requireOfficer(req.principal, 'close');
    const { id } = parseInput(incidentParams, req.params, 'params');
    const { reason } = parseInput(lifecycleBody, req.body, 'body');
    return { incident: presentIncident(await closeIncident(deps, req.principal, id, reason)) };
  });

  app.post('/v1/incidents/:id/reopen', { schema: { summary: 'Reopen a closed incident (officer, admin); says whether residents\' personal data was already purged', tags: ['incidents'], body: reasonDoc } }, async (req) => {
    requireOfficer(req.principal, 'reopen');
    const { id } = parseInput(incidentParams, req.params, 'params');
    const { reason } = parseInput(lifecycleBody, req.body, 'body');
    const { incident, piiPurgedAt } = await reopenIncident(deps, req.principal, id, reason);
    return {
      incident: presentIncident(incident),
      piiPurged: piiPurgedAt !== null,
      ...(piiPurgedAt
        ? { notice: `Residents' personal data was purged on ${piiPurgedAt} under the retention policy: counts by state, letters' status and hashes and the audit trail remain; names, addresses, e-mails and account numbers do not. Importing the same payment export again restores them for the same people.` }
        : {}),
    };
  });
}
