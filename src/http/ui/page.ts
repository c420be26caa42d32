// Small helpers every page route shares: the frame (who is signed in, the form token) and an
// HTML reply.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../services/errors.js';
import { renderPage, type PageFrame } from './views.js';

export function frameFor(req: FastifyRequest, title: string, nav: PageFrame['nav'] = null): PageFrame {
  const s = req.uiSession;
  return { title, nav, user: s ? { email: s.principal.email, role: s.principal.role } : null, csrf: s?.csrf ?? null, flash: req.flash ?? null };
}

export function sendPage(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').send(html);
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The confirmation the previous POST left for this page (read once). */
    flash: string | null;
  }
}

const FLASH_COOKIE = 'bd_flash';

/** Takes the one-line confirmation left by a POST, and clears it so a reload does not repeat it. */
export function takeFlash(req: FastifyRequest, reply: FastifyReply): void {
  const raw = req.cookies[FLASH_COOKIE];
  req.flash = raw ? raw.slice(0, 300) : null;
  if (raw) reply.clearCookie(FLASH_COOKIE, { path: '/ui' });
}

export function page(req: FastifyRequest, reply: FastifyReply, name: string, title: string, nav: PageFrame['nav'], data: Record<string, unknown>, status = 200): FastifyReply {
  return sendPage(reply, renderPage(name, frameFor(req, title, nav), data), status);
}

/**
 * After a successful POST: back to a page with a one-line confirmation (Post/Redirect/Get). The
 * message travels in a cookie, not the URL, so nobody can put words on the page with a link.
 */
export function redirectDone(reply: FastifyReply, path: string, message: string): FastifyReply {
  reply.setCookie(FLASH_COOKIE, message, { path: '/ui', httpOnly: true, sameSite: 'strict', maxAge: 60 });
  return reply.redirect(path, 303);
}

/** The signed-in principal; the plugin's guard has already sent anyone else to the sign-in page. */
export function principalOf(req: FastifyRequest) {
  if (!req.uiSession) throw new AppError(401, 'unauthenticated', 'Please sign in.');
  return req.uiSession.principal;
}

/** A posted form: each value as a string, repeated fields as arrays. */
export type Fields = Record<string, string | string[]>;

/** A form's values as strings (repeated fields as arrays), whatever the body parser produced. */
export function formFields(body: unknown): Fields {
  const out: Fields = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.map(String);
  }
  return out;
}

export function field(fields: Fields, name: string): string {
  const v = fields[name];
  return (Array.isArray(v) ? v[0] ?? '' : v ?? '').trim();
}
