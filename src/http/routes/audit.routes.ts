import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { DateTime } from 'luxon';
import type { Deps } from '../../services/deps.js';
import { auditCsv, exportIncidentAudit } from '../../services/audit.service.js';
import { incidentParams, parseInput } from '../params.js';

const exportQuery = z.object({ format: z.enum(['json', 'csv'], { message: 'must be json or csv' }).optional() }).strict();

export async function auditRoutes(app: FastifyInstance, deps: Deps) {
  app.get(
    '/v1/incidents/:id/audit',
    { schema: { summary: "An incident's full audit history with its hash chain (officer, admin or auditor); ?format=csv for a spreadsheet", tags: ['audit'] } },
    async (req, reply) => {
      const { id } = parseInput(incidentParams, req.params, 'params');
      const q = parseInput(exportQuery, req.query, 'query');
      const history = await exportIncidentAudit(deps.db, req.principal, id, DateTime.utc().toISO()!);
      const name = `incident-${id.slice(0, 8)}-audit`;
      if (q.format === 'csv') {
        reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`);
        return reply.send(auditCsv(history.entries));
      }
      reply.header('content-disposition', `attachment; filename="${name}.json"`);
      return history;
    },
  );
}
