import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../services/deps.js';
import { uploadResidents } from '../../services/residents.service.js';
import { approveLetters, sendApprovedLetters } from '../../services/letters.service.js';
import { findIncident, lockIncident } from '../../repositories/incidents.repository.js';
import { countLetters, findLetter, listLetters } from '../../repositories/letters.repository.js';
import { enqueueRecorded, recordJobFor } from '../../jobs/enqueue.js';
import { NotFoundError } from '../../services/errors.js';
import { requireWriter } from '../auth.js';
import { incidentParams, parseInput } from '../params.js';
import { presentLetter } from '../presenters.js';

const approveBody = z.object({ jurisdiction: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter code like TX').optional() }).strict();
const letterQuery = z.object({
  status: z.enum(['draft', 'approved', 'queued', 'sending', 'sent', 'failed', 'bounced', 'exported', 'superseded']).optional(),
  jurisdiction: z.string().regex(/^[A-Z]{2}$/).optional(),
});

export async function letterRoutes(app: FastifyInstance, deps: Deps) {
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.post('/v1/incidents/:id/residents', { schema: { summary: 'Attach affected residents (JSON list or text/csv: id,name,address1,address2,city,state,zip,email,language)', tags: ['letters'] }, bodyLimit: 20 * 1024 * 1024 }, async (req, reply) => {
    requireWriter(req.principal);
    const { id } = parseInput(incidentParams, req.params, 'params');
    const result = await uploadResidents(deps, req.principal, id, req.body, req.headers['content-type'] ?? '');
    return reply.status(201).send(result);
  });

  app.post('/v1/incidents/:id/letters/render', { schema: { summary: 'Render letter drafts for every resident again', tags: ['letters'] } }, async (req, reply) => {
    requireWriter(req.principal);
    const { id } = parseInput(incidentParams, req.params, 'params');
    const jobs = await deps.db.transaction().execute(async (tx) => {
      const incident = await lockIncident(tx, req.principal.organizationId, id);
      if (!incident) throw new NotFoundError('Incident');
      return [await recordJobFor(tx, 'render-letters', { incidentId: id, revision: incident.revision, requestId: randomUUID() }, { organizationId: incident.organization_id, incidentId: id })];
    });
    await enqueueRecorded(deps.db, deps.queues, jobs, deps.log);
    return reply.status(202).send({ jobId: jobs[0]!.job_id });
  });

  app.get('/v1/incidents/:id/letters', { schema: { summary: 'Letters of an incident (without bodies) and counts by status, state and language', tags: ['letters'] } }, async (req) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    const q = parseInput(letterQuery, req.query, 'query');
    if (!(await findIncident(deps.db, req.principal.organizationId, id))) throw new NotFoundError('Incident');
    const [letters, counts] = await Promise.all([listLetters(deps.db, id, q), countLetters(deps.db, id)]);
    return { counts: counts.map((c) => ({ ...c, n: Number(c.n) })), letters: letters.map((l) => presentLetter(l)) };
  });

  app.get('/v1/letters/:id', { schema: { summary: 'One letter with its body, exactly as it is sent', tags: ['letters'] } }, async (req) => {
    const { id } = parseInput(z.object({ id: z.string().uuid('must be a letter id (a UUID)') }), req.params, 'params');
    const letter = await findLetter(deps.db, req.principal.organizationId, id);
    if (!letter) throw new NotFoundError('Letter');
    return { letter: presentLetter(letter, true) };
  });

  app.post('/v1/incidents/:id/letters/approve', { schema: { summary: 'Approve drafts that passed the content check (all, or one jurisdiction)', tags: ['letters'] } }, async (req) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    const body = parseInput(approveBody, req.body, 'body');
    return { approved: await approveLetters(deps, req.principal, id, body.jurisdiction ?? null) };
  });

  app.post('/v1/incidents/:id/letters/send', { schema: { summary: 'Queue every approved e-mail letter for delivery', tags: ['letters'] } }, async (req, reply) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    return reply.status(202).send({ queued: await sendApprovedLetters(deps, req.principal, id) });
  });
}
