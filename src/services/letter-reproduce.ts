// Re-renders a stored letter exactly: its template version from letter_templates, the render's
// facts, its merge data. The result's hash must equal the stored content_hash; that equality is
// the proof of what the resident received.
import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { LetterRow } from '../db/schema.js';
import { htmlToText, renderWithTemplate, type LetterRecipient } from '../letters/render-letter.js';
import { loadTemplateVersion } from '../letters/template-store.js';
import { loadRenderHead } from './render-chunk.service.js';

export interface ReproducedLetter {
  subject: string;
  html: string;
  text: string;
  contentHash: string;
  /** The re-rendered text hashes to the stored content_hash. */
  verified: boolean;
}

export async function reproduceLetter(db: Db, letter: LetterRow): Promise<ReproducedLetter> {
  if (letter.body_html !== null) {
    const contentHash = createHash('sha256').update(`${letter.subject}\n${letter.body_html}`).digest('hex');
    return { subject: letter.subject, html: letter.body_html, text: letter.body_text ?? htmlToText(letter.body_html), contentHash, verified: contentHash === letter.content_hash };
  }
  const head = letter.render_id ? await loadRenderHead(db, letter.render_id) : null;
  if (!head) throw new Error(`letter ${letter.id} has neither a body nor a render to reproduce it from`);
  const template = await loadTemplateVersion(db, letter.template_version);
  const merge = letter.merge as { recipient: LetterRecipient; jurisdiction: string };
  const r = renderWithTemplate(template, head.stored.facts, merge.recipient, merge.jurisdiction);
  return { subject: r.subject, html: r.html, text: r.text, contentHash: r.contentHash, verified: r.contentHash === letter.content_hash };
}
