// Re-renders a stored letter exactly: its template version from letter_templates, the render's
// facts, its merge data. The result's hash must equal the stored content_hash; that equality is
// the proof of what the resident received.
import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { LetterRow } from '../db/schema.js';
import { htmlToText, renderWithTemplate, type LetterRecipient } from '../letters/render-letter.js';
import { loadTemplateVersion } from '../letters/template-store.js';
import { loadRenderHead } from './render-chunk.service.js';
import type { PiiCipher } from '../domain/pii-cipher.js';
import { AppError } from './errors.js';

export interface ReproducedLetter {
  subject: string;
  html: string;
  text: string;
  contentHash: string;
  /** The re-rendered text hashes to the stored content_hash. */
  verified: boolean;
}

export async function reproduceLetter(db: Db, letter: LetterRow, pii: PiiCipher): Promise<ReproducedLetter> {
  return letterReproducer(db, pii)(letter);
}

export interface OpenedLetter {
  merge: Record<string, unknown> | null;
  bodyHtml: string | null;
  bodyText: string | null;
}

/**
 * A letter's merge data and stored bodies in plaintext. A resident letter's are sealed
 * (pii_key_id set); regulator notices and letters from before encryption are plain.
 */
export function openLetter(pii: PiiCipher, letter: Pick<LetterRow, 'merge' | 'body_html' | 'body_text' | 'pii_key_id'>): OpenedLetter {
  const sealed = letter.pii_key_id !== null;
  const open = (v: string | null) => (v === null || !sealed ? v : pii.open(v));
  const merge = open(letter.merge);
  return { merge: merge === null ? null : (JSON.parse(merge) as Record<string, unknown>), bodyHtml: open(letter.body_html), bodyText: open(letter.body_text) };
}

/**
 * For many letters at once (a delivery or print batch, a page of samples): each render's facts
 * are loaded once, not once per letter.
 */
export function letterReproducer(db: Db, pii: PiiCipher): (letter: LetterRow) => Promise<ReproducedLetter> {
  const heads = new Map<string, ReturnType<typeof loadRenderHead>>();
  return async (letter) => {
    const opened = openLetter(pii, letter);
    if (opened.bodyHtml !== null) {
      const html = opened.bodyHtml;
      const contentHash = createHash('sha256').update(`${letter.subject}\n${html}`).digest('hex');
      return {
        subject: letter.subject,
        html,
        get text() {
          return opened.bodyText ?? htmlToText(html);
        },
        contentHash,
        verified: contentHash === letter.content_hash,
      };
    }
    // Purged under the retention policy: the status and content hash remain, the text cannot.
    if (letter.merge === null) throw new AppError(410, 'purged', `Letter ${letter.id} can no longer be shown: its recipient's personal data was purged under the retention policy (its status and content hash remain).`);
    let head = letter.render_id ? heads.get(letter.render_id) : undefined;
    if (!head && letter.render_id) heads.set(letter.render_id, (head = loadRenderHead(db, letter.render_id)));
    const facts = head ? await head : null;
    if (!facts) throw new Error(`letter ${letter.id} has neither a body nor a render to reproduce it from`);
    const template = await loadTemplateVersion(db, letter.template_version);
    const merge = opened.merge as { recipient: LetterRecipient; jurisdiction: string };
    const r = renderWithTemplate(template, facts.stored.facts, merge.recipient, merge.jurisdiction);
    // Plain text only when asked for (e-mail): print batches and previews of HTML never pay for it.
    return {
      subject: r.subject,
      html: r.html,
      get text() {
        return r.text;
      },
      contentHash: r.contentHash,
      verified: r.contentHash === letter.content_hash,
    };
  };
}
