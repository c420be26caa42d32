// Importing an incident's residents from the browser: the payment export is uploaded as a file
// (multipart, streamed to disk like the API's body), then a progress bar follows the import job.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../services/deps.js';
import type { ImportRow } from '../../db/schema.js';
import { ValidationError, NotFoundError } from '../../services/errors.js';
import { createImport } from '../../services/imports.service.js';
import { findImport } from '../../repositories/imports.repository.js';
import { requireWriter } from '../auth.js';
import { incidentParams, parseInput } from '../params.js';
import { z } from 'zod';
import { principalOf, redirectDone } from './page.js';

const FINISHED = new Set(['completed', 'failed', 'cancelled']);

export function importView(i: ImportRow) {
  const percent = i.status === 'completed' ? 100 : i.bytes_total ? Math.min(99, Math.floor((i.bytes_read / i.bytes_total) * 100)) : 0;
  const text =
    i.status === 'completed'
      ? `Finished: ${i.rows_accepted.toLocaleString('en-US')} payments accepted, ${i.rows_rejected.toLocaleString('en-US')} refused; ${(i.residents_total ?? 0).toLocaleString('en-US')} residents.`
      : i.status === 'failed'
        ? `Failed: ${i.error ?? 'see the reject file'}`
        : i.status === 'cancelled'
          ? 'Cancelled: nothing of it was kept.'
          : i.status === 'pending'
            ? 'Waiting to start…'
            : `Reading the file: ${percent}% (${i.rows_read.toLocaleString('en-US')} rows so far)`;
  return { id: i.id, filename: i.filename, status: i.status, percent, text, finished: FINISHED.has(i.status), rejected: i.rows_rejected, hasRejects: Boolean(i.reject_path), createdAt: i.created_at };
}

export async function incidentImportPages(app: FastifyInstance, deps: Deps): Promise<void> {
  await app.register(multipart, { limits: { files: 1, fields: 5, fileSize: deps.config.importMaxBytes } });

  app.post('/incidents/:id/imports', { schema: { hide: true } }, async (req, reply) => {
    const principal = principalOf(req);
    requireWriter(principal);
    const { id } = parseInput(incidentParams, req.params, 'params');
    if (!req.isMultipart()) throw new ValidationError([{ field: 'file', message: 'choose the payment export file (CSV) to upload' }]);
    const file = await req.file();
    if (!file || !file.filename) {
      file?.file.resume();
      throw new ValidationError([{ field: 'file', message: 'choose the payment export file (CSV) to upload' }]);
    }
    const row = await createImport(deps, principal, id, { filename: file.filename.replace(/[\\/]/g, '_').slice(0, 200), mapping: undefined, body: file.file });
    if (file.file.truncated) throw new ValidationError([{ field: 'file', message: 'is larger than this server accepts' }]);
    return redirectDone(reply, `/ui/incidents/${id}#residents`, `“${row.filename}” uploaded; the residents are being imported.`);
  });

  app.get('/imports/:id/progress.json', { schema: { hide: true } }, async (req) => {
    const principal = principalOf(req);
    const { id } = parseInput(z.object({ id: z.string().uuid('must be an import id (a UUID)') }), req.params, 'params');
    const row = await findImport(deps.db, principal.organizationId, id);
    if (!row) throw new NotFoundError('Import');
    const v = importView(row);
    return { percent: v.percent, text: v.text, finished: v.finished };
  });
}
