// The officer's side of letters: review samples, approve a render (all, or one jurisdiction),
// start delivery, start a print export. Heavy work goes to the workers through the outbox.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import type { JobRow } from '../db/schema.js';
import type { Principal } from '../repositories/users.repository.js';
import { findIncident } from '../repositories/incidents.repository.js';
import { latestRender, renderInProgress } from '../repositories/letters.repository.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { enqueueRecorded, recordJobFor } from '../jobs/enqueue.js';
import { ConflictError, ForbiddenError, NotFoundError } from './errors.js';
import type { Deps } from './deps.js';

function requireOfficer(principal: Principal): void {
  if (principal.role !== 'officer' && principal.role !== 'admin') {
    throw new ForbiddenError('Only an officer or an admin may approve, send or print letters.');
  }
}

async function requireIncident(deps: Deps, principal: Principal, incidentId: string) {
  const incident = await findIncident(deps.db, principal.organizationId, incidentId);
  if (!incident) throw new NotFoundError('Incident');
  return incident;
}

export interface ApprovalResult {
  approved: number;
  renderId: string;
  byJurisdiction: { jurisdiction: string | null; letters: number; digest: string }[];
}

/**
 * Approves the drafts of the latest completed render that passed the content check. The audit
 * entry carries, per jurisdiction, the count and a sha256 over the approved letters' content
 * hashes in id order: proof of exactly which texts were approved, without a million-row entry.
 */
export async function approveLetters(
  deps: Deps,
  principal: Principal,
  incidentId: string,
  opts: { jurisdiction: string | null; renderId: string | null },
): Promise<ApprovalResult> {
  requireOfficer(principal);
  await requireIncident(deps, principal, incidentId);
  return deps.db.transaction().execute(async (tx) => {
    // Approving while a newer render drafts would approve the older drafts only: zero for residents
    // added since, with nothing to say so. The officer waits and reviews the new drafts instead.
    const drafting = await renderInProgress(tx, incidentId);
    if (drafting) {
      throw new ConflictError(
        `Letters are still being drafted (render ${drafting.id}, ${drafting.chunks_done} of ${drafting.chunks_total || '?'} parts done); approve when it has finished.`,
      );
    }
    const render = await latestRender(tx, incidentId);
    if (!render) throw new ConflictError('No letters have been rendered for this incident yet (or a render is still running).');
    if (opts.renderId && opts.renderId !== render.id) {
      throw new ConflictError(`Render ${opts.renderId} is not the latest; review and approve render ${render.id} instead.`);
    }
    const rows = await sql<{ jurisdiction: string | null; letters: number; digest: string }>`
      with a as (
        update letters set status = 'approved', approved_by = ${principal.userId}, approved_at = now(), updated_at = now()
        where incident_id = ${incidentId} and render_id = ${render.id} and status = 'draft'
          and (content_check->>'ok')::boolean
          and (${opts.jurisdiction}::text is null or jurisdiction = ${opts.jurisdiction})
        returning id, jurisdiction, content_hash
      )
      select jurisdiction, count(*)::int as letters, encode(digest(string_agg(content_hash, '' order by id), 'sha256'), 'hex') as digest
      from a group by jurisdiction order by jurisdiction
    `.execute(tx);
    const approved = rows.rows.reduce((n, r) => n + r.letters, 0);
    await appendAudit(tx, {
      organizationId: principal.organizationId,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'letters.approved',
      entityType: 'incident',
      entityId: incidentId,
      after: { renderId: render.id, jurisdiction: opts.jurisdiction, approved, byJurisdiction: rows.rows },
    });
    return { approved, renderId: render.id, byJurisdiction: rows.rows };
  });
}

async function startLetterJob(
  deps: Deps,
  principal: Principal,
  incidentId: string,
  action: string,
  record: (tx: Tx) => Promise<{ after: object; job: JobRow }>,
) {
  const { after, job } = await deps.db.transaction().execute(async (tx) => {
    const out = await record(tx);
    await appendAudit(tx, {
      organizationId: principal.organizationId,
      actorUserId: principal.userId,
      actor: principal.email,
      action,
      entityType: 'incident',
      entityId: incidentId,
      after: out.after,
    });
    return out;
  });
  await enqueueRecorded(deps.db, deps.queues, [job], deps.log);
  return { after, jobId: job.job_id };
}

/** Queues every approved e-mail letter; the worker splits them into delivery batches. */
export async function sendApprovedLetters(deps: Deps, principal: Principal, incidentId: string): Promise<{ queued: number; jobId: string }> {
  requireOfficer(principal);
  await requireIncident(deps, principal, incidentId);
  const requestId = randomUUID();
  const { after, jobId } = await startLetterJob(deps, principal, incidentId, 'letters.send_requested', async (tx) => {
    const n = await tx
      .selectFrom('letters')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('incident_id', '=', incidentId)
      .where('status', '=', 'approved')
      .where('channel', '=', 'email')
      .executeTakeFirstOrThrow();
    const job = await recordJobFor(tx, 'send-letters', { incidentId, requestId }, { organizationId: principal.organizationId, incidentId });
    return { after: { requestId, letters: Number(n.n) }, job };
  });
  return { queued: (after as { letters: number }).letters, jobId };
}

/** Approved letters for the post (no e-mail, or regulator drafts) become print batches. */
export async function startPrintExport(
  deps: Deps,
  principal: Principal,
  incidentId: string,
  opts: { batchSize: number | null },
): Promise<{ exportId: string; jobId: string }> {
  requireOfficer(principal);
  await requireIncident(deps, principal, incidentId);
  const exportId = randomUUID();
  const { jobId } = await startLetterJob(deps, principal, incidentId, 'letters.print_requested', async (tx) => {
    await tx
      .insertInto('print_exports')
      .values({ id: exportId, organization_id: principal.organizationId, incident_id: incidentId, batch_size: opts.batchSize ?? deps.config.printBatchSize, created_by: principal.userId })
      .execute();
    const job = await recordJobFor(tx, 'export-print', { exportId }, { organizationId: principal.organizationId, incidentId });
    return { after: { exportId }, job };
  });
  return { exportId, jobId };
}

export async function requestRender(deps: Deps, principal: Principal, incidentId: string): Promise<{ jobId: string }> {
  const incident = await requireIncident(deps, principal, incidentId);
  const { jobId } = await startLetterJob(deps, principal, incidentId, 'letters.render_requested', async (tx) => {
    const job = await recordJobFor(tx, 'render-letters', { incidentId, revision: incident.revision, requestId: randomUUID() }, { organizationId: principal.organizationId, incidentId });
    return { after: { revision: incident.revision }, job };
  });
  return { jobId };
}
