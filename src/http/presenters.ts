// How stored rows look on the wire: camelCase, no internals, dates as ISO strings.
import type { ImportRow, LetterRenderRow, PrintExportRow, PrintFile, IncidentEventRow, IncidentRow, JobRow, LetterRow, ObligationRow, ReminderRow } from '../db/schema.js';
import type { AssessedObligation } from '../domain/types.js';
import { daysLeft } from '../domain/obligation-status.js';

export function presentIncident(i: IncidentRow) {
  const doc = i.document as Record<string, unknown>;
  return {
    id: i.id,
    title: i.title,
    status: i.status,
    revision: i.revision,
    assessedRevision: i.assessed_revision,
    assessmentUpToDate: i.assessed_revision !== null && i.assessed_revision >= i.revision,
    contacts: i.contacts,
    createdAt: i.created_at,
    updatedAt: i.updated_at,
    closedAt: i.closed_at,
    closedBy: i.closed_by,
    closeReason: i.close_reason,
    piiPurgedAt: i.pii_purged_at,
    file: doc,
  };
}

export function presentEvent(e: IncidentEventRow) {
  return { id: e.id, type: e.type, on: e.occurred_on, recordedAt: e.created_at, ...(e.body as object) };
}

export function presentObligation(o: ObligationRow, today: string) {
  const detail = o.detail as AssessedObligation;
  return {
    id: o.id,
    ...detail,
    status: o.status,
    waivedReason: o.waived_reason,
    daysLeft: o.status === 'open' && o.due_date ? daysLeft(o.due_date, today) : null,
    computedRevision: o.computed_revision,
  };
}

export function presentJob(j: JobRow) {
  return {
    name: j.name,
    jobId: j.job_id,
    state: j.state,
    attempts: j.attempts,
    lastError: j.last_error,
    createdAt: j.created_at,
    enqueuedAt: j.enqueued_at,
    finishedAt: j.finished_at,
  };
}

export function presentReminder(r: ReminderRow) {
  return {
    id: r.id,
    obligationId: r.obligation_id,
    dueDate: r.due_date,
    sendOn: r.send_on,
    daysBefore: r.days_before,
    status: r.status,
    recipients: r.recipients,
    sentAt: r.sent_at,
    note: r.last_error,
  };
}

export function presentLetter(l: LetterRow, body?: { html: string; text: string; verified: boolean }) {
  return {
    id: l.id,
    kind: l.kind,
    recipient: l.recipient,
    renderId: l.render_id,
    residentId: l.resident_id,
    jurisdiction: l.jurisdiction,
    template: l.template_id,
    templateVersion: l.template_version,
    language: l.language,
    channel: l.channel,
    subject: l.subject,
    status: l.status,
    contentHash: l.content_hash,
    contentCheck: l.content_check,
    attempts: l.attempts,
    lastError: l.last_error,
    sentAt: l.sent_at,
    ...(body ? { html: body.html, text: body.text, reproducedHashMatches: body.verified } : {}),
  };
}

export function presentImport(i: ImportRow) {
  return {
    id: i.id,
    incidentId: i.incident_id,
    status: i.status,
    filename: i.filename,
    progress: { bytesRead: i.bytes_read, bytesTotal: i.bytes_total, percent: i.bytes_total ? Math.min(100, Math.floor((i.bytes_read / i.bytes_total) * 100)) : 0 },
    rows: { read: i.rows_read, accepted: i.rows_accepted, rejected: i.rows_rejected, withWarnings: i.rows_warned },
    residents: { added: i.residents_added, people: i.residents_total },
    rejectFile: i.reject_path ? `/v1/imports/${i.id}/rejects.csv` : null,
    cancelRequested: i.cancel_requested,
    error: i.error,
    createdAt: i.created_at,
    startedAt: i.started_at,
    loadedAt: i.loaded_at,
    finishedAt: i.finished_at,
  };
}

export function presentRender(r: LetterRenderRow) {
  return {
    id: r.id,
    revision: r.revision,
    status: r.status,
    chunks: { total: r.chunks_total, done: r.chunks_done },
    letters: r.letters_total,
    failedContentCheck: r.failed_check,
    factsHash: r.facts_hash,
    summary: r.summary,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

export function presentPrintExport(e: PrintExportRow) {
  return {
    id: e.id,
    status: e.status,
    letters: e.letters,
    pages: e.pages,
    files: (e.files as PrintFile[]).map((f) => ({
      batch: f.batch,
      letters: f.letters,
      pages: f.pages,
      pdf: `/v1/print-exports/${e.id}/batches/${f.batch}.pdf`,
      manifest: `/v1/print-exports/${e.id}/batches/${f.batch}.csv`,
    })),
    error: e.error,
    createdAt: e.created_at,
    finishedAt: e.finished_at,
  };
}
