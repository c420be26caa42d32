// Renders one chunk of a render's residents and stores the letters in one transaction (delete any
// half-done attempt, COPY, mark the chunk done), so a killed worker's retry yields each letter once.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { withClientTransaction } from '../db/database.js';
import type { LetterElement } from '../rules/types.js';
import type { LetterFacts } from '../letters/letter-facts.js';
import { renderWithTemplate } from '../letters/render-letter.js';
import { resolveTemplate } from '../letters/template-registry.js';
import { saveTemplateVersion } from '../letters/template-store.js';
import { checkLetterContent, contentRules, type ContentRules } from '../letters/content-checker.js';
import { startCopy } from '../db/copy.js';
import { LETTER_COPY_COLUMNS, letterCopyLine } from '../repositories/letters.copy.js';
import { NOT_SETTLED } from './render-plan.service.js';
import type { PiiCipher } from '../domain/pii-cipher.js';
import { residentContact } from '../domain/resident-contact.js';

export interface StoredRenderFacts {
  facts: LetterFacts;
  required: Record<string, LetterElement[]>;
  /** Absent in renders stored before forbidden content was checked. */
  forbidden?: Record<string, LetterElement[]>;
}

interface RenderHead {
  id: string;
  organization_id: string;
  incident_id: string;
  status: string;
  stored: StoredRenderFacts;
}

// A worker renders many chunks of the same render: its facts are parsed once.
const heads = new Map<string, RenderHead>();

export async function loadRenderHead(db: Db, renderId: string): Promise<RenderHead | null> {
  const row = await db.selectFrom('letter_renders').select(['id', 'organization_id', 'incident_id', 'status', 'facts']).where('id', '=', renderId).executeTakeFirst();
  if (!row) return null;
  const cached = heads.get(renderId);
  if (cached) return { ...cached, status: row.status };
  const head = { id: row.id, organization_id: row.organization_id, incident_id: row.incident_id, status: row.status, stored: row.facts as StoredRenderFacts };
  if (heads.size > 8) heads.clear();
  heads.set(renderId, head);
  return head;
}

export type ChunkOutcome = { letters: number; failedCheck: number } | 'skipped';

export async function renderChunk(db: Db, p: { renderId: string; chunk: number }, pii: PiiCipher): Promise<ChunkOutcome> {
  const head = await loadRenderHead(db, p.renderId);
  if (!head || head.status !== 'rendering') return 'skipped';
  const chunk = await db.selectFrom('render_chunks').selectAll().where('render_id', '=', p.renderId).where('chunk', '=', p.chunk).executeTakeFirst();
  if (!chunk || chunk.status === 'done') return 'skipped';
  const residents = await db
    .selectFrom('residents')
    .select(['id', 'name', 'address', 'contact', 'language', 'state', 'email'])
    .where('incident_id', '=', head.incident_id)
    .where('in_scope', '=', true)
    .where('id', '>=', chunk.from_id)
    .where('id', '<=', chunk.to_id)
    .where(NOT_SETTLED)
    .execute();
  const { facts, required, forbidden = {} } = head.stored;
  const checks = new Map<string, ContentRules>();
  const savedHere = new Set<string>();
  let failedCheck = 0;
  const stored = await withClientTransaction(db, async (client) => {
    await client.query(`delete from letters where render_id = $1 and kind = 'resident' and resident_id between $2 and $3`, [p.renderId, chunk.from_id, chunk.to_id]);
    const copy = startCopy(client, 'letters', LETTER_COPY_COLUMNS);
    for (const r of residents) {
      // Purged under the retention policy (incident reopened since): nobody left to write to.
      // (A sealed row has no plaintext name: it is purged when its sealed contact is gone too.)
      if (r.contact === null && (r.name === null || r.address === null)) continue;
      const contact = residentContact(pii, r);
      const jurisdiction = r.state ?? 'default';
      const template = resolveTemplate(jurisdiction, r.language);
      if (!savedHere.has(template.version)) {
        await saveTemplateVersion(db, template);
        savedHere.add(template.version);
      }
      const recipient = { name: contact.name, address: contact.address, language: r.language, state: r.state };
      const letter = renderWithTemplate(template, facts, recipient, jurisdiction);
      let rules = checks.get(jurisdiction);
      if (!rules) checks.set(jurisdiction, (rules = contentRules(required[jurisdiction], forbidden[jurisdiction])));
      const check = checkLetterContent(letter.html, rules.required, rules.forbidden);
      if (!check.ok) failedCheck++;
      const wait = copy.write(
        letterCopyLine({
          id: randomUUID(),
          organizationId: head.organization_id,
          incidentId: head.incident_id,
          residentId: r.id,
          renderId: p.renderId,
          kind: 'resident',
          recipient: 'individuals',
          jurisdiction,
          templateId: letter.templateId,
          templateVersion: letter.templateVersion,
          language: letter.language,
          channel: r.email ? 'email' : 'mail',
          subject: letter.subject,
          // The merge data holds the name and postal address: sealed like the resident's row.
          merge: pii.sealJson({ recipient, jurisdiction }),
          piiKeyId: pii.currentKeyId,
          contentHash: letter.contentHash,
          contentCheck: JSON.stringify(check),
        }),
      );
      if (wait) await wait;
    }
    const letters = await copy.end();
    const done = await client.query(
      `update render_chunks set status = 'done', letters = $3, failed_check = $4 where render_id = $1 and chunk = $2 and status = 'pending'`,
      [p.renderId, p.chunk, letters, failedCheck],
    );
    // Another worker finished this chunk meanwhile: roll back ours.
    if (done.rowCount !== 1) throw new ChunkAlreadyDone();
    await client.query(
      `update letter_renders set chunks_done = chunks_done + 1, letters_total = letters_total + $2, failed_check = failed_check + $3, updated_at = now() where id = $1`,
      [p.renderId, letters, failedCheck],
    );
    return letters;
  }).catch((err) => {
    if (err instanceof ChunkAlreadyDone) return null;
    throw err;
  });
  if (stored === null) return 'skipped';
  return { letters: stored, failedCheck };
}

class ChunkAlreadyDone extends Error {}

export async function failRender(db: Db, renderId: string, error: string): Promise<void> {
  await db
    .updateTable('letter_renders')
    .set({ status: 'failed', summary: JSON.stringify({ error }), updated_at: sql<string>`now()`, finished_at: sql<string>`now()` })
    .where('id', '=', renderId)
    .where('status', '=', 'rendering')
    .execute();
}
