// The staff web app: server-rendered pages under /ui (this plugin is registered with that prefix;
// its routes are written relative to it) from the API's own process. Every request
// runs in a tenant scope like /v1; pages need a browser session (see session.ts) and every POST
// carries the session's form token. Errors become pages, not JSON.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { Deps } from '../../services/deps.js';
import { AppError } from '../../services/errors.js';
import { isDatabaseUnavailable } from '../../db/unavailable.js';
import { openTenantScope } from '../auth.js';
import { csrfMatches, loadSession } from './session.js';
import { formFields, page, takeFlash } from './page.js';
import { installDraftKeeping, signInKeepingDraft, STALE_FORM_NOTICE } from './kept-draft.js';
import { readAsset } from './views.js';
import { signInPages } from './sign-in.pages.js';
import { dashboardPages } from './dashboard.pages.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session (sign-in page, assets). */
    publicPage?: boolean;
  }
}

// Everything the pages load comes from this server: a city's network may block the rest, and a
// page about residents must not call out anywhere.
const UI_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
};

const ASSET_TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

export type UiModule = (app: FastifyInstance, deps: Deps) => Promise<void>;

export async function uiPlugin(app: FastifyInstance, deps: Deps, modules: UiModule[] = []): Promise<void> {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  app.addHook('onRequest', openTenantScope);
  app.addHook('onRequest', async (req, reply) => {
    for (const [name, value] of Object.entries(UI_HEADERS)) reply.header(name, value);
    takeFlash(req, reply);
    await loadSession(deps.db, req);
    if (req.routeOptions.config.publicPage || req.uiSession) return;
    // Its body is not read yet: the preHandler below carries it through the sign-in page.
    if (req.method === 'POST' && req.routeOptions.config.keepsDraft) return;
    const next = req.method === 'GET' ? `?next=${encodeURIComponent(req.url)}` : '';
    return reply.redirect(`/ui/sign-in${next}`, 303);
  });
  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'POST') return;
    const keepsDraft = req.routeOptions.config.keepsDraft === true;
    if (!req.uiSession) return keepsDraft ? signInKeepingDraft(req, reply, formFields(req.body)) : undefined;
    const given = (req.body as Record<string, unknown> | undefined)?._csrf ?? req.headers['x-csrf-token'] ?? (req.query as Record<string, unknown>)._csrf;
    if (!csrfMatches(req.uiSession.csrf, given)) {
      const keeper = keepsDraft ? app.uiDraftKeepers.get(req.url.split('?')[0]!) : undefined;
      if (keeper) return keeper(req, reply, { fields: formFields(req.body), notice: STALE_FORM_NOTICE, status: 403 });
      throw new AppError(403, 'forbidden', 'This form has expired or did not come from breachdesk. Go back, reload the page and try again.');
    }
  });
  installUiErrors(app);
  installDraftKeeping(app);

  app.get('/assets/:name', { schema: { hide: true }, config: { publicPage: true } }, async (req, reply) => {
    const name = (req.params as { name: string }).name;
    const match = /^[a-z0-9-]+\.(css|js)$/.exec(name);
    const body = match ? readAsset(name) : null;
    if (!match || !body) throw new AppError(404, 'not_found', 'No such file.');
    return reply.type(ASSET_TYPES[match[1]!]!).header('cache-control', 'no-cache').send(body);
  });
  await signInPages(app, deps);
  await dashboardPages(app, deps);
  for (const m of modules) await m(app, deps);
}

function installUiErrors(app: FastifyInstance): void {
  const errorPage = (req: FastifyRequest, reply: FastifyReply, status: number, heading: string, message: string) =>
    page(req, reply, 'error', heading, null, { heading, message, status }, status);
  app.setErrorHandler((err: Error, req, reply) => {
    if (err instanceof AppError) {
      const heading = err.status === 404 ? 'Not found' : err.status === 403 ? 'Not allowed' : err.status === 409 ? 'Not possible right now' : 'Something is not right';
      const detail = err.fields?.length ? ` ${err.fields.map((f) => `${f.field}: ${f.message}`).join('; ')}` : '';
      return errorPage(req, reply, err.status, heading, err.message + detail);
    }
    if (isDatabaseUnavailable(err)) {
      reply.header('retry-after', '5');
      return errorPage(req, reply, 503, 'Please try again in a minute', 'The database cannot be reached right now, so this was not completed. If you were saving something, check whether it is there before sending it again.');
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return errorPage(req, reply, status, 'Something is not right', err.message);
    req.log.error({ err }, 'unhandled error (web app)');
    return errorPage(req, reply, 500, 'Something went wrong', 'Something went wrong on our side. It has been logged; please try again.');
  });
  app.setNotFoundHandler((req, reply) => errorPage(req, reply, 404, 'Not found', 'There is no page at this address.'));
}
