// Signing in with an API token (issued by an admin, or `breachdesk token create`), and out.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../../services/deps.js';
import { clearSessionCookie, csrfFor, setSessionCookie, signIn, signOut } from './session.js';
import { field, formFields, page } from './page.js';
import { parseKept, SIGN_IN_AGAIN_NOTICE, SIGNED_OUT_NOTICE } from './kept-draft.js';

/** Only a path inside the web app: a sign-in link must not be able to send anyone elsewhere. */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/ui\/[^\\]*$/.test(value) && !value.startsWith('/ui//') ? value : '/ui/';
}

export async function signInPages(app: FastifyInstance, deps: Deps): Promise<void> {
  const secure = deps.config.appUrl.startsWith('https:');
  const form = (req: FastifyRequest, next: string, error: string | null, status = 200, kept: string | null = null) => (reply: Parameters<typeof page>[1]) =>
    page(req, reply, 'sign-in', 'Sign in', null, { next, error, kept, notice: kept ? SIGN_IN_AGAIN_NOTICE : null }, status);

  app.get('/sign-in', { schema: { hide: true }, config: { publicPage: true } }, async (req, reply) => {
    if (req.uiSession) return reply.redirect('/ui/', 303);
    return form(req, safeNext((req.query as Record<string, unknown>).next), null)(reply);
  });

  app.post('/sign-in', { schema: { hide: true }, config: { publicPage: true } }, async (req, reply) => {
    const fields = formFields(req.body);
    const next = safeNext(field(fields, 'next'));
    const token = field(fields, 'token');
    const kept = parseKept(field(fields, 'kept'));
    const keptRaw = kept ? JSON.stringify(kept) : null;
    if (!token) return form(req, next, 'Enter your access token: it starts with bd_.', 400, keptRaw)(reply);
    const session = await signIn(deps.db, token);
    if (!session) return form(req, next, 'This access token is not valid: it may have been mistyped, revoked or expired. Ask your administrator for a new one.', 401, keptRaw)(reply);
    setSessionCookie(reply, session.secret, secure);
    const keeper = kept ? app.uiDraftKeepers.get(next) : undefined;
    if (!kept || !keeper) return reply.redirect(next, 303);
    // Straight back to the form, filled in: this response already belongs to the new session.
    req.uiSession = { principal: session.principal, csrf: csrfFor(session.secret) };
    req.principal = session.principal;
    return keeper(req, reply, { fields: kept, notice: SIGNED_OUT_NOTICE, status: 200 });
  });

  app.post('/sign-out', { schema: { hide: true } }, async (req, reply) => {
    await signOut(deps.db, req);
    clearSessionCookie(reply, secure);
    return reply.redirect('/ui/sign-in', 303);
  });
}
