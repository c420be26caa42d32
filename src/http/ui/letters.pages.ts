// The letters of one incident: counts, the content checker's verdict, approval by jurisdiction,
// delivery and print export with their progress, print batch downloads, and the letters list.
// Every action goes through the same services as /v1, which check the role themselves.
import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../../services/deps.js';
import type { LetterRow, PrintExportRow, PrintFile } from '../../db/schema.js';
import { approveLetters, requestRender, sendApprovedLetters, startPrintExport } from '../../services/letters.service.js';
import { openPrintBatch } from '../../services/print-export.service.js';
import { piiCipherFor } from '../../services/pii-keys.js';
import { NotFoundError } from '../../services/errors.js';
import { findIncident } from '../../repositories/incidents.repository.js';
import { countLettersByKind, draftsByJurisdiction, failedContentChecks, listLetters, listRenders, renderInProgress } from '../../repositories/letters.repository.js';
import { listPrintExports } from '../../repositories/print-exports.repository.js';
import { hasUnfinishedJob } from '../../repositories/jobs.repository.js';
import { findOrganization } from '../../repositories/organizations.repository.js';
import { mayExportPii, requirePiiExport, requireWriter } from '../auth.js';
import { incidentParams, parseInput } from '../params.js';
import { field, formFields, page, principalOf, redirectDone } from './page.js';
import { recipientLabel } from './labels.js';
import { approvalGroups, displayInstant, elementLabel, jurisdictionLabel, languageLabel, lettersPhrase, progressOf, STATUS_LABELS, STATUSES, summarize, type Activity, type CountRow } from './letters-view.js';
import { letterPreviewPages, recipientName } from './letter-preview.pages.js';

const PAGE_SIZE = 50;
const blank = (v: unknown) => (v === '' ? undefined : v);
const jurisdictionCode = z.string().regex(/^([A-Z]{2}|default)$/, 'must be a state from the list');
const listQuery = z.object({
  status: z.preprocess(blank, z.enum(STATUSES as [LetterRow['status'], ...LetterRow['status'][]], { message: 'must be a status from the list' }).optional()),
  jurisdiction: z.preprocess(blank, jurisdictionCode.optional()),
  after: z.preprocess(blank, z.string().uuid('must be the last letter of the previous page').optional()),
});
const batchParams = z.object({ id: z.string().uuid('must be an export id (a UUID)'), file: z.string().regex(/^\d{1,5}\.(pdf|csv)$/, 'must be like 1.pdf or 1.csv') });
const hide = { schema: { hide: true } };

function presentExport(e: PrintExportRow, zone: string) {
  return {
    id: e.id,
    status: e.status,
    running: e.status === 'pending' || e.status === 'running',
    letters: e.letters,
    pages: e.pages,
    error: e.error,
    createdAt: displayInstant(e.created_at, zone),
    files: (e.files as PrintFile[]).map((f) => ({
      batch: f.batch,
      letters: f.letters,
      pages: f.pages,
      pdf: `/ui/print-exports/${e.id}/batches/${f.batch}.pdf`,
      manifest: `/ui/print-exports/${e.id}/batches/${f.batch}.csv`,
    })),
  };
}

export async function letterPages(app: FastifyInstance, deps: Deps): Promise<void> {
  const pii = piiCipherFor(deps.config);

  async function incidentOf(req: FastifyRequest) {
    const { id } = parseInput(incidentParams, req.params, 'params');
    const incident = await findIncident(deps.db, principalOf(req).organizationId, id);
    if (!incident) throw new NotFoundError('Incident');
    return incident;
  }

  /** What is running for the incident now, with the counts the progress line needs. */
  async function activity(incidentId: string, counts?: CountRow[]) {
    const [drafting, sending, exports] = await Promise.all([
      renderInProgress(deps.db, incidentId),
      hasUnfinishedJob(deps.db, incidentId, ['send-letters', 'deliver-batch']),
      listPrintExports(deps.db, incidentId, 10),
    ]);
    const printing = exports.find((e) => e.status === 'pending' || e.status === 'running');
    const summary = sending || printing ? summarize(counts ?? (await countLettersByKind(deps.db, incidentId))) : null;
    const a: Activity = {
      render: drafting ? { done: drafting.chunks_done, total: drafting.chunks_total } : null,
      delivery: sending ? summary!.email : null,
      print: printing ? { exported: printing.letters, remaining: summary!.mailReady } : null,
    };
    return { activity: a, progress: progressOf(a), exports };
  }

  app.get('/incidents/:id/letters', hide, async (req, reply) => {
    const principal = principalOf(req);
    const incident = await incidentOf(req);
    const q = parseInput(listQuery, req.query, 'query');
    const org = (await findOrganization(deps.db, principal.organizationId))!;
    const [rows, renders, page1, regulators] = await Promise.all([
      countLettersByKind(deps.db, incident.id),
      listRenders(deps.db, incident.id, 5),
      listLetters(deps.db, incident.id, { kind: 'resident', status: q.status, jurisdiction: q.jurisdiction, after: q.after, limit: PAGE_SIZE + 1, current: true }),
      listLetters(deps.db, incident.id, { kind: 'regulator', limit: 100, current: true }),
    ]);
    const { progress, exports } = await activity(incident.id, rows);
    const latest = renders.find((r) => r.status === 'completed') ?? null;
    const [drafts, failed] = latest ? await Promise.all([draftsByJurisdiction(deps.db, latest.id), failedContentChecks(deps.db, latest.id)]) : [[], []];
    const summary = summarize(rows);

    const approve = approvalGroups(drafts);
    const approvable = approve.reduce((n, g) => n + g.passed, 0);

    const shown = page1.slice(0, PAGE_SIZE);
    const filtered = Boolean(q.status || q.jurisdiction);
    const keep = new URLSearchParams({ ...(q.status ? { status: q.status } : {}), ...(q.jurisdiction ? { jurisdiction: q.jurisdiction } : {}) });
    const next = page1.length > PAGE_SIZE ? `?${new URLSearchParams({ ...Object.fromEntries(keep), after: shown.at(-1)!.id })}#letters-list` : null;
    const letterRow = (l: LetterRow) => ({
      id: l.id,
      recipient: recipientName(pii, l),
      who: l.kind === 'regulator' ? recipientLabel(l.recipient ?? '') : null,
      state: jurisdictionLabel(l.jurisdiction),
      language: languageLabel(l.language),
      channel: l.channel === 'email' ? 'E-mail' : 'Post',
      status: STATUS_LABELS[l.status],
      failedCheck: !l.content_check.ok,
    });

    const officer = principal.role === 'officer' || principal.role === 'admin';
    return page(req, reply, 'letters', `Letters: ${incident.title}`, 'incidents', {
      incident: { id: incident.id, title: incident.title, revision: incident.revision },
      base: `/ui/incidents/${incident.id}/letters`,
      progress: progress.finished ? null : progress,
      render: latest ? { id: latest.id, revision: latest.revision, letters: latest.letters_total, finishedAt: displayInstant(latest.finished_at ?? latest.created_at, org.timezone) } : null,
      stale: latest ? latest.revision < incident.revision : false,
      lastFailed: renders[0]?.status === 'failed',
      check: latest ? { failed: latest.failed_check, total: latest.letters_total, groups: failed.map((f) => ({ ...f, state: jurisdictionLabel(f.jurisdiction), languageName: languageLabel(f.language), missingLabels: f.missing.map(elementLabel), emptyLabels: f.empty.map(elementLabel) })) } : null,
      approve,
      approvable,
      approveAllLabel: `Approve all ${lettersPhrase(approvable, null)}`,
      summary,
      exports: exports.map((e) => presentExport(e, org.timezone)),
      letters: shown.map(letterRow),
      regulators: regulators.map(letterRow),
      filters: {
        statuses: STATUSES.map((s) => ({ code: s, name: STATUS_LABELS[s], selected: s === q.status })),
        jurisdictions: summary.jurisdictions.map((j) => ({ ...j, selected: j.code === q.jurisdiction })),
        active: filtered,
      },
      paging: { next, first: q.after ? `?${keep}#letters-list` : null },
      roles: { officer, writer: principal.role !== 'auditor', download: mayExportPii(principal), role: principal.role },
    });
  });

  app.get('/incidents/:id/letters/progress.json', hide, async (req) => {
    const incident = await incidentOf(req);
    return (await activity(incident.id)).progress;
  });

  app.post('/incidents/:id/letters/render', hide, async (req, reply) => {
    const principal = principalOf(req);
    requireWriter(principal);
    const incident = await incidentOf(req);
    await requestRender(deps, principal, incident.id);
    return redirectDone(reply, `/ui/incidents/${incident.id}/letters`, 'The letters are being drafted again from the incident as it is now.');
  });

  app.post('/incidents/:id/letters/approve', hide, async (req, reply) => {
    const principal = principalOf(req);
    const incident = await incidentOf(req);
    const fields = formFields(req.body);
    const body = parseInput(
      z.object({ jurisdiction: z.preprocess(blank, jurisdictionCode.optional()), renderId: z.preprocess(blank, z.string().uuid('must be the render shown on the page').optional()) }),
      { jurisdiction: field(fields, 'jurisdiction'), renderId: field(fields, 'renderId') },
      'body',
    );
    const jurisdiction = body.jurisdiction ?? null;
    const result = await approveLetters(deps, principal, incident.id, { jurisdiction, renderId: body.renderId ?? null });
    const message = result.approved === 0 ? 'No letters were waiting for approval.' : `${lettersPhrase(result.approved, jurisdiction)} approved.`;
    return redirectDone(reply, `/ui/incidents/${incident.id}/letters`, message);
  });

  app.post('/incidents/:id/letters/send', hide, async (req, reply) => {
    const incident = await incidentOf(req);
    const result = await sendApprovedLetters(deps, principalOf(req), incident.id);
    const message =
      result.queued === 0
        ? 'No approved e-mail letters were waiting to be sent.'
        : `${result.queued.toLocaleString('en-US')} e-mail ${result.queued === 1 ? 'letter' : 'letters'} queued for delivery.`;
    return redirectDone(reply, `/ui/incidents/${incident.id}/letters`, message);
  });

  app.post('/incidents/:id/letters/print', hide, async (req, reply) => {
    const incident = await incidentOf(req);
    await startPrintExport(deps, principalOf(req), incident.id, { batchSize: null });
    return redirectDone(reply, `/ui/incidents/${incident.id}/letters`, 'Print export started: its batches appear under “Print” when they are ready.');
  });

  app.get('/print-exports/:id/batches/:file', hide, async (req, reply) => {
    const p = parseInput(batchParams, req.params, 'params');
    const principal = principalOf(req);
    requirePiiExport(principal, 'A print batch');
    const batch = await openPrintBatch(deps.db, deps.config.dataDir, principal.organizationId, p.id, p.file);
    reply.header('content-type', batch.contentType);
    reply.header('content-disposition', `attachment; filename="${batch.filename}"`);
    return reply.send(batch.stream);
  });

  await letterPreviewPages(app, deps);
}
