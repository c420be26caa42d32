import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import type { Deps } from '../../services/deps.js';
import { cancelImport, createImport, mappingFromJson, openRejectFile } from '../../services/imports.service.js';
import { findImport, listImports } from '../../repositories/imports.repository.js';
import { findIncident } from '../../repositories/incidents.repository.js';
import { NotFoundError, ValidationError } from '../../services/errors.js';
import { mayExportPii, requireWriter } from '../auth.js';
import { incidentParams, parseInput } from '../params.js';
import { presentImport } from '../presenters.js';

const importQuery = z.object({ filename: z.string().optional(), mapping: z.string().max(20000).optional() });
const importParams = z.object({ id: z.string().uuid('must be an import id (a UUID)') });

/** Its own plugin: here a CSV body is a stream (gigabytes), not a string. */
export async function importRoutes(app: FastifyInstance, deps: Deps) {
  app.removeContentTypeParser(['text/csv', 'application/octet-stream']);
  app.addContentTypeParser(['text/csv', 'application/octet-stream'], { bodyLimit: deps.config.importMaxBytes }, (_req, payload, done) => done(null, payload));

  app.post('/v1/incidents/:id/imports', { schema: { summary: 'Import a payment export (CSV body, streamed). Query: filename, mapping (JSON: columns, channels, timeFormat, defaultLanguage)', tags: ['imports'] }, bodyLimit: deps.config.importMaxBytes }, async (req, reply) => {
    requireWriter(req.principal);
    const { id } = parseInput(incidentParams, req.params, 'params');
    const q = parseInput(importQuery, req.query, 'query');
    const mapping = mappingFromJson(q.mapping, 'query.mapping');
    const body = req.body as Readable | undefined;
    if (!body || typeof (body as Readable).pipe !== 'function') {
      throw new ValidationError([{ field: 'body', message: 'must be the CSV file itself, sent with content-type text/csv' }]);
    }
    const row = await createImport(deps, req.principal, id, { filename: q.filename, mapping, body });
    return reply.status(202).send({ import: presentImport(row) });
  });

  app.get('/v1/incidents/:id/imports', { schema: { summary: 'Imports of an incident with their progress', tags: ['imports'] } }, async (req) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    if (!(await findIncident(deps.db, req.principal.organizationId, id))) throw new NotFoundError('Incident');
    return { imports: (await listImports(deps.db, id)).map(presentImport) };
  });

  app.get('/v1/imports/:id', { schema: { summary: 'One import: status, progress, counts', tags: ['imports'] } }, async (req) => {
    const { id } = parseInput(importParams, req.params, 'params');
    const row = await findImport(deps.db, req.principal.organizationId, id);
    if (!row) throw new NotFoundError('Import');
    return { import: presentImport(row) };
  });

  app.post('/v1/imports/:id/cancel', { schema: { summary: 'Cancel a pending or running import; nothing of it is kept', tags: ['imports'] } }, async (req) => {
    requireWriter(req.principal);
    const { id } = parseInput(importParams, req.params, 'params');
    return { import: presentImport(await cancelImport(deps, req.principal, id)) };
  });

  app.get('/v1/imports/:id/rejects.csv', { schema: { summary: 'The reject file: line, column, severity, reason, value of every refused row and warning', tags: ['imports'] } }, async (req, reply) => {
    const { id } = parseInput(importParams, req.params, 'params');
    const file = await openRejectFile(deps, req.principal, id, { withValues: mayExportPii(req.principal) });
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${file.filename.replace(/"/g, '')}"`);
    return reply.send(file.stream);
  });
}
