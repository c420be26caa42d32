// One letter as it will be sent or printed: re-rendered from its template version by the same
// code that sends and prints it, and checked against the content hash stored when it was drafted.
// The e-mail body is shown in a sandboxed frame from its own route with its own strict policy.
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../services/deps.js';
import type { LetterRow } from '../../db/schema.js';
import { openLetter, reproduceLetter, type ReproducedLetter } from '../../services/letter-reproduce.js';
import { printBodyText } from '../../services/print-export.service.js';
import { printRecipient } from '../../letters/print-recipient.js';
import { loadRenderHead } from '../../services/render-chunk.service.js';
import { piiCipherFor } from '../../services/pii-keys.js';
import { AppError, NotFoundError } from '../../services/errors.js';
import { findLetter } from '../../repositories/letters.repository.js';
import { findIncident } from '../../repositories/incidents.repository.js';
import { findOrganization } from '../../repositories/organizations.repository.js';
import { contentRules, findElements } from '../../letters/content-checker.js';
import { parseInput } from '../params.js';
import { page, principalOf } from './page.js';
import { recipientLabel } from './labels.js';
import { displayInstant, elementLabel, jurisdictionLabel, languageLabel, STATUS_LABELS } from './letters-view.js';
import type { PiiCipher } from '../../domain/pii-cipher.js';

const letterParams = z.object({ id: z.string().uuid('must be a letter id (a UUID)') });
const hide = { schema: { hide: true } };

// The letter's own markup may carry inline styles, nothing else: no scripts, no fetches, no forms,
// and only this app may frame it.
const BODY_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'self'";

/** A resident's name (sealed in the letter's merge data) or the regulator's. */
export function recipientName(pii: PiiCipher, l: LetterRow): string {
  if (l.merge === null) return 'Personal data purged';
  try {
    const merge = (openLetter(pii, { ...l, body_html: null, body_text: null }).merge ?? {}) as { recipient?: { name?: string }; regulator?: { name?: string } };
    return merge.recipient?.name ?? merge.regulator?.name ?? recipientLabel(l.recipient ?? '');
  } catch {
    return 'Cannot be shown (key not available)';
  }
}

/** Each element the letter must carry, with whether the checker found it when it was drafted. */
async function contentElements(deps: Deps, l: LetterRow, html: string | null) {
  const check = l.content_check;
  let required: string[] | null = null;
  if (l.kind === 'resident' && l.render_id) {
    const head = await loadRenderHead(deps.db, l.render_id);
    const code = l.jurisdiction ?? 'default';
    if (head) required = contentRules(head.stored.required?.[code], head.stored.forbidden?.[code]).required;
  }
  // A regulator notice's list lives with its template: what it marks, plus anything found wanting.
  required ??= [...new Set([...(html ? findElements(html).keys() : []), ...check.missing, ...check.empty])];
  const must = required.map((code) => {
    const state = check.missing.includes(code) ? 'missing' : check.empty.includes(code) ? 'empty' : 'present';
    return { code, label: elementLabel(code), state, ok: state === 'present' };
  });
  // Checks stored before forbidden content was checked have no list.
  const mustNot = (check.forbidden ?? []).map((code) => ({ code, label: elementLabel(code), state: 'forbidden', ok: false }));
  return [...must, ...mustNot];
}

export async function letterPreviewPages(app: FastifyInstance, deps: Deps): Promise<void> {
  const pii = piiCipherFor(deps.config);

  async function letterOf(req: FastifyRequest) {
    const { id } = parseInput(letterParams, req.params, 'params');
    const letter = await findLetter(deps.db, principalOf(req).organizationId, id);
    if (!letter) throw new NotFoundError('Letter');
    return letter;
  }

  /** The letter re-rendered, or null when its personal data was purged under the retention policy. */
  async function reproduce(letter: LetterRow): Promise<ReproducedLetter | null> {
    try {
      return await reproduceLetter(deps.db, letter, pii);
    } catch (err) {
      if (err instanceof AppError && err.status === 410) return null;
      throw err;
    }
  }

  app.get('/letters/:id', hide, async (req, reply) => {
    const principal = principalOf(req);
    const letter = await letterOf(req);
    const [incident, org, body] = await Promise.all([
      findIncident(deps.db, principal.organizationId, letter.incident_id),
      findOrganization(deps.db, principal.organizationId),
      reproduce(letter),
    ]);
    const zone = org!.timezone;
    // The address block exactly as the print export puts it in the envelope window.
    const window = body && letter.merge !== null ? printRecipient(openLetter(pii, { ...letter, body_html: null, body_text: null }).merge as Record<string, unknown> | null, letter.recipient) : null;
    const address = window ? [window.name, ...window.address] : [];
    const name = recipientName(pii, letter);
    const email = letter.channel === 'email';
    // The e-mail body is framed from this app, so this page alone may frame same-origin content.
    const csp = String(reply.getHeader('content-security-policy') ?? '');
    if (email && body && csp) reply.header('content-security-policy', `${csp}; frame-src 'self'`);
    return page(req, reply, 'letter', `Letter to ${name}`, 'incidents', {
      letter: {
        id: letter.id,
        kind: letter.kind,
        resident: letter.kind === 'resident',
        who: letter.kind === 'regulator' ? recipientLabel(letter.recipient ?? '') : 'Resident',
        name,
        state: jurisdictionLabel(letter.jurisdiction),
        language: languageLabel(letter.language),
        email,
        channel: email ? 'E-mail' : 'Post',
        template: letter.template_id,
        templateVersion: letter.template_version,
        status: STATUS_LABELS[letter.status],
        attempts: letter.attempts,
        lastError: letter.last_error,
        sentAt: displayInstant(letter.sent_at, zone),
        approvedAt: displayInstant(letter.approved_at, zone),
        exported: letter.status === 'exported',
        checkOk: letter.content_check.ok,
      },
      incident: incident ? { id: incident.id, title: incident.title } : null,
      body: body
        ? {
            verified: body.verified,
            subject: body.subject,
            frame: `/ui/letters/${letter.id}/body.html`,
            text: email ? body.text : printBodyText(body.html),
            address,
          }
        : null,
      elements: await contentElements(deps, letter, body?.html ?? null),
    });
  });

  app.get('/letters/:id/body.html', { ...hide, onSend: frameableBySelf }, async (req, reply) => {
    const letter = await letterOf(req);
    const body = await reproduce(letter);
    if (!body) throw new AppError(410, 'purged', 'This letter can no longer be shown: its recipient’s personal data was purged under the retention policy.');
    reply.header('content-security-policy', BODY_CSP);
    return reply.type('text/html; charset=utf-8').send(body.html);
  });
}

// The app-wide hook forbids framing on every response; this one response may be framed by the
// preview page. A route-level hook runs after the app's own, so it has the last word.
async function frameableBySelf(req: FastifyRequest, reply: FastifyReply, payload: unknown) {
  if (reply.statusCode === 200) reply.header('x-frame-options', 'SAMEORIGIN');
  return payload;
}
