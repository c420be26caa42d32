import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../services/deps.js';
import { getSettings, settingsBody, updateSettings } from '../../services/organization-settings.service.js';
import { ForbiddenError } from '../../services/errors.js';
import { parseInput } from '../params.js';

const settingsDoc = {
  type: 'object',
  required: ['retentionDays'],
  properties: { retentionDays: { type: ['integer', 'null'], minimum: 1, maximum: 3653, description: 'days after an incident closes until residents\' personal data is purged; null keeps it for ever' } },
  additionalProperties: false,
} as const;

export async function organizationRoutes(app: FastifyInstance, deps: Deps) {
  app.get('/v1/organization/settings', { schema: { summary: "Your organisation's settings: time zone and retention policy", tags: ['organization'] } }, async (req) => ({
    settings: await getSettings(deps, req.principal),
  }));

  app.put('/v1/organization/settings', { schema: { summary: 'Change the retention policy (admin); says how many closed incidents it makes due at once', tags: ['organization'], body: settingsDoc } }, async (req) => {
    if (req.principal.role !== 'admin') throw new ForbiddenError("Only an admin may change the organisation's settings.");
    const body = parseInput(settingsBody, req.body, 'body');
    const { closedIncidentsDueNow, ...settings } = await updateSettings(deps, req.principal, body);
    return { settings, closedIncidentsDueNow };
  });
}
