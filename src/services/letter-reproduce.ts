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
  return letterReproducer(db)(letter);
}

/**
 * For many letters at once (a delivery or print batch, a page of samples): each render's facts
 * are loaded once, not once per letter.
 */
export function letterReproducer(db: Db): (letter: LetterRow) => Promise<ReproducedLetter> {
  const heads = new Map<string, ReturnType<typeof loadRenderHead>>();
  return async (letter) => {
    if (letter.body_html !== null) {
      const html = letter.body_html;
      const contentHash = createHash('sha256').update(`${letter.subject}\n${html}`).digest('hex');
      return {
        subject: letter.subject,
        html,
        get text() {
          return letter.body_text ?? htmlToText(html);
        },
        contentHash,
        verified: contentHash === letter.content_hash,
      };
    }
    let head = letter.render_id ? heads.get(letter.render_id) : undefined;
    if (!head && letter.render_id) heads.set(letter.render_id, (head = loadRenderHead(db, letter.render_id)));
    const facts = head ? await head : null;
    if (!facts) throw new Error(`letter ${letter.id} has neither a body nor a render to reproduce it from`);
    const template = await loadTemplateVersion(db, letter.template_version);
    const merge = letter.merge as { recipient: LetterRecipient; jurisdiction: string };
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
