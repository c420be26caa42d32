import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../services/deps.js';
import { uploadResidents } from '../../services/residents.service.js';
import { approveLetters, requestRender, sendApprovedLetters, startPrintExport } from '../../services/letters.service.js';
import { letterReproducer, reproduceLetter } from '../../services/letter-reproduce.js';
import { findIncident } from '../../repositories/incidents.repository.js';
import { countLetters, findLetter, latestRender, listLetters, listRenders } from '../../repositories/letters.repository.js';
import { NotFoundError } from '../../services/errors.js';
import { findPrintExport } from '../../repositories/print-exports.repository.js';
import { openPrintBatch } from '../../services/print-export.service.js';
import { sql } from 'kysely';
import type { LetterRow } from '../../db/schema.js';
import { requirePiiExport, requireWriter } from '../auth.js';
import { incidentParams, parseInput } from '../params.js';
import { presentLetter, presentPrintExport, presentRender } from '../presenters.js';
import { piiCipherFor } from '../../services/pii-keys.js';

const code = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter code like TX');
const approveBody = z.object({ jurisdiction: code.optional(), renderId: z.string().uuid('must be a render id (a UUID)').optional() }).strict();
const printBody = z.object({ batchSize: z.number().int().min(1).max(20000).optional() }).strict();
const letterQuery = z.object({
  status: z.enum(['draft', 'approved', 'queued', 'sending', 'sent', 'failed', 'bounced', 'exported', 'superseded']).optional(),
  jurisdiction: code.optional(),
  kind: z.enum(['resident', 'regulator']).optional(),
  after: z.string().uuid('must be the id of the last letter of the previous page').optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
const sampleQuery = z.object({ perGroup: z.coerce.number().int().min(1).max(10).default(2), jurisdiction: code.optional() });

export async function letterRoutes(app: FastifyInstance, deps: Deps) {
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  async function incident(orgId: string, id: string) {
    const row = await findIncident(deps.db, orgId, id);
    if (!row) throw new NotFoundError('Incident');
    return row;
  }

  app.post('/v1/incidents/:id/residents', { schema: { summary: 'Attach a few residents directly (JSON list or text/csv: id,name,address1,address2,city,state,zip,email,language); payment exports go to /imports', tags: ['letters'] }, bodyLimit: 20 * 1024 * 1024 }, async (req, reply) => {
    requireWriter(req.principal);
    const { id } = parseInput(incidentParams, req.params, 'params');
    const result = await uploadResidents(deps, req.principal, id, req.body, req.headers['content-type'] ?? '');
    return reply.status(201).send(result);
  });

  app.post('/v1/incidents/:id/letters/render', { schema: { summary: 'Render letter drafts again (after a template or fact changed); older drafts are kept as superseded', tags: ['letters'] } }, async (req, reply) => {
    requireWriter(req.principal);
    const { id } = parseInput(incidentParams, req.params, 'params');
    return reply.status(202).send(await requestRender(deps, req.principal, id));
  });

  app.get('/v1/incidents/:id/letters', { schema: { summary: 'Letters of an incident (a page, without bodies), counts by status, state and language, and the renders', tags: ['letters'] } }, async (req) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    const q = parseInput(letterQuery, req.query, 'query');
    const current = await incident(req.principal.organizationId, id);
    const [letters, counts, renders] = await Promise.all([listLetters(deps.db, id, q), countLetters(deps.db, id), listRenders(deps.db, id, 5)]);
    const latest = renders.find((r) => r.status === 'completed');
    return {
      counts: counts.map((c) => ({ ...c, n: Number(c.n) })),
      renders: renders.map(presentRender),
      stale: latest ? latest.revision < current.revision : null,
      letters: letters.map((l) => presentLetter(l)),
      next: letters.length === q.limit ? `?after=${letters.at(-1)!.id}` : null,
    };
  });

  app.get('/v1/incidents/:id/letters/sample', { schema: { summary: 'For review before approval: a few letters of the latest render per jurisdiction, language and template, with bodies', tags: ['letters'] } }, async (req) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    const q = parseInput(sampleQuery, req.query, 'query');
    await incident(req.principal.organizationId, id);
    const render = await latestRender(deps.db, id);
    if (!render) return { render: null, samples: [] };
    const rows = (
      await sql<LetterRow>`
        select * from (
          select l.*, row_number() over (partition by kind, jurisdiction, language, template_id order by id) as rn
          from letters l where render_id = ${render.id} and (${q.jurisdiction ?? null}::text is null or jurisdiction = ${q.jurisdiction ?? null})
        ) s where rn <= ${q.perGroup} order by kind, jurisdiction, language, id`.execute(deps.db)
    ).rows;
    const samples = [];
    const reproduce = letterReproducer(deps.db, piiCipherFor(deps.config));
    for (const l of rows) samples.push(presentLetter(l, await reproduce(l)));
    return { render: presentRender(render), samples };
  });

  app.get('/v1/letters/:id', { schema: { summary: 'One letter with its body exactly as sent or printed, re-rendered from its template version and checked against its content hash', tags: ['letters'] } }, async (req) => {
    const { id } = parseInput(z.object({ id: z.string().uuid('must be a letter id (a UUID)') }), req.params, 'params');
    const letter = await findLetter(deps.db, req.principal.organizationId, id);
    if (!letter) throw new NotFoundError('Letter');
    return { letter: presentLetter(letter, await reproduceLetter(deps.db, letter, piiCipherFor(deps.config))) };
  });

  app.post('/v1/incidents/:id/letters/approve', { schema: { summary: 'Approve the latest render’s drafts that passed the content check (all, or one jurisdiction)', tags: ['letters'] } }, async (req) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    const body = parseInput(approveBody, req.body, 'body');
    return approveLetters(deps, req.principal, id, { jurisdiction: body.jurisdiction ?? null, renderId: body.renderId ?? null });
  });

  app.post('/v1/incidents/:id/letters/send', { schema: { summary: 'Queue every approved e-mail letter for delivery', tags: ['letters'] } }, async (req, reply) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    return reply.status(202).send(await sendApprovedLetters(deps, req.principal, id));
  });

  app.post('/v1/incidents/:id/letters/print', { schema: { summary: 'Export approved postal letters (and regulator drafts) as print-ready PDF batches with CSV manifests', tags: ['letters'] } }, async (req, reply) => {
    const { id } = parseInput(incidentParams, req.params, 'params');
    const body = parseInput(printBody, req.body, 'body');
    return reply.status(202).send(await startPrintExport(deps, req.principal, id, { batchSize: body.batchSize ?? null }));
  });

  app.get('/v1/print-exports/:id', { schema: { summary: 'A print export: status, batches and download links', tags: ['letters'] } }, async (req) => {
    const { id } = parseInput(z.object({ id: z.string().uuid('must be an export id (a UUID)') }), req.params, 'params');
    const row = await findPrintExport(deps.db, req.principal.organizationId, id);
    if (!row) throw new NotFoundError('Print export');
    return { export: presentPrintExport(row) };
  });

  app.get('/v1/print-exports/:id/batches/:file', { schema: { summary: 'Download one batch: <n>.pdf or <n>.csv (the manifest)', tags: ['letters'] } }, async (req, reply) => {
    const p = parseInput(z.object({ id: z.string().uuid('must be an export id (a UUID)'), file: z.string().regex(/^\d{1,5}\.(pdf|csv)$/, 'must be like 1.pdf or 1.csv') }), req.params, 'params');
    requirePiiExport(req.principal, 'A print batch');
    const batch = await openPrintBatch(deps.db, deps.config.dataDir, req.principal.organizationId, p.id, p.file);
    reply.header('content-type', batch.contentType);
    reply.header('content-disposition', `attachment; filename="${batch.filename}"`);
    return reply.send(batch.stream);
  });
}
