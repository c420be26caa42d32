// How stored rows look on the wire: camelCase, no internals, dates as ISO strings.
import type { IncidentEventRow, IncidentRow, JobRow, LetterRow, ObligationRow, ReminderRow } from '../db/schema.js';
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

export function presentLetter(l: LetterRow, withBody = false) {
  return {
    id: l.id,
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
    ...(withBody ? { html: l.body_html, text: l.body_text } : {}),
  };
}
