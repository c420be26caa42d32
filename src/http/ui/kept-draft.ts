// A clerk may spend longer on the intake form than a session lives, or sign in again in another
// tab (which makes this tab's form token stale). Throwing their typing away then would be the
// worst moment to lose it. Forms that opt in (route config `keepsDraft`) instead carry the posted
// fields through the sign-in page and come back filled in. A carried draft is only ever shown,
// never acted on: it arrived without a valid form token, so the clerk must press the button again.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { page, type Fields } from './page.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A POST that, without a session or with a stale form token, keeps its fields (see kept-draft.ts). */
    keepsDraft?: boolean;
  }
  interface FastifyInstance {
    uiDraftKeepers: Map<string, DraftKeeper>;
  }
}

/** Shows a form again, filled in with `fields`, with `notice` saying why nothing was done. */
export type DraftKeeper = (req: FastifyRequest, reply: FastifyReply, kept: { fields: Fields; notice: string; status: number }) => Promise<FastifyReply>;

export const SIGNED_OUT_NOTICE = 'You were signed out before this form was sent, so nothing was saved. Everything you typed is below: check it and send it again.';
export const STALE_FORM_NOTICE = 'This form was opened before you last signed in, so it was not sent and nothing was saved. Everything you typed is below: check it and send it again.';

export const SIGN_IN_AGAIN_NOTICE = 'Your session has ended. Sign in again: what you typed is kept, and will be shown to you again before anything is sent.';

const MAX_KEPT_FIELDS = 5000;

export function installDraftKeeping(app: FastifyInstance): void {
  app.decorate('uiDraftKeepers', new Map<string, DraftKeeper>());
}

/** Registers the page that shows `path`'s form again; `path` is relative to the plugin's prefix. */
export function keepDrafts(app: FastifyInstance, path: string, keeper: DraftKeeper): void {
  app.uiDraftKeepers.set(`${app.prefix}${path}`, keeper);
}

const withoutToken = (fields: Fields): Fields => Object.fromEntries(Object.entries(fields).filter(([k]) => k !== '_csrf'));

/** The sign-in page for a form posted without a session, carrying its fields in a hidden input. */
export function signInKeepingDraft(req: FastifyRequest, reply: FastifyReply, fields: Fields): FastifyReply {
  const next = req.url.split('?')[0]!;
  const kept = JSON.stringify(withoutToken(fields));
  return page(req, reply, 'sign-in', 'Sign in', null, { next, kept, notice: SIGN_IN_AGAIN_NOTICE }, 401);
}

/** The carried fields, if they are a form's fields at all; anything else is dropped. */
export function parseKept(raw: string): Fields | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_KEPT_FIELDS) return null;
  const ok = entries.every(([, v]) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')));
  return ok ? withoutToken(value as Fields) : null;
}
