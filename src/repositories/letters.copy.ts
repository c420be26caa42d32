// The letters COPY row: what is stored per letter. No body: the template version, the render's
// facts (stored once per render) and this merge data reproduce it, and content_hash proves it.
import { copyLine } from '../db/copy.js';

export const LETTER_COPY_COLUMNS = [
  'id',
  'organization_id',
  'incident_id',
  'resident_id',
  'render_id',
  'idempotency_key',
  'kind',
  'recipient',
  'jurisdiction',
  'template_id',
  'template_version',
  'language',
  'channel',
  'subject',
  'merge',
  'content_hash',
  'content_check',
  'status',
  'pii_key_id',
] as const;

export interface LetterCopyRow {
  id: string;
  organizationId: string;
  incidentId: string;
  residentId: string | null;
  renderId: string;
  kind: 'resident' | 'regulator';
  recipient: string;
  jurisdiction: string;
  templateId: string;
  templateVersion: string;
  language: string;
  channel: 'email' | 'mail';
  subject: string;
  /** JSON text of the merge data; sealed for resident letters. */
  merge: string;
  /** The key `merge` is sealed under; null: plain JSON (regulator notices). */
  piiKeyId: string | null;
  contentHash: string;
  /** JSON text of the content check. */
  contentCheck: string;
}

export function letterCopyLine(r: LetterCopyRow): string {
  return copyLine([
    r.id,
    r.organizationId,
    r.incidentId,
    r.residentId,
    r.renderId,
    `${r.renderId}:${r.residentId ?? r.recipient}`,
    r.kind,
    r.recipient,
    r.jurisdiction,
    r.templateId,
    r.templateVersion,
    r.language,
    r.channel,
    r.subject,
    r.merge,
    r.contentHash,
    r.contentCheck,
    'draft',
    r.piiKeyId,
  ]);
}
