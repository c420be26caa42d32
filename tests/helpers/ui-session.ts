// A signed-in browser session for injected requests against the web app (/ui): the session
// cookie, its form token, and GET/POST helpers that send both the way a browser form would.
import type { FastifyInstance } from 'fastify';
import { csrfFor, SESSION_COOKIE } from '../../src/http/ui/session.js';

export interface UiResponse {
  status: number;
  body: string;
  location: string | undefined;
  headers: Record<string, unknown>;
}

export interface UiSession {
  cookie: string;
  csrf: string;
  get(url: string): Promise<UiResponse>;
  /** A form POST (urlencoded); `_csrf` is added unless `fields._csrf` is given (null drops it). */
  post(url: string, fields: Record<string, string | string[] | null>): Promise<UiResponse>;
}

export function encodeForm(fields: Record<string, string | string[] | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) {
    if (v === null) continue;
    for (const one of Array.isArray(v) ? v : [v]) p.append(k, one);
  }
  return p.toString();
}

const toResponse = (r: { statusCode: number; body: string; headers: Record<string, unknown> }): UiResponse => ({
  status: r.statusCode,
  body: r.body,
  location: r.headers.location as string | undefined,
  headers: r.headers,
});

export async function signInUi(app: FastifyInstance, token: string): Promise<UiSession> {
  const res = await app.inject({ method: 'POST', url: '/ui/sign-in', payload: encodeForm({ token, next: '/ui/' }), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  const setCookie = ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []);
  const session = setCookie.map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (res.statusCode !== 303 || !session) throw new Error(`ui sign-in failed: ${res.statusCode} ${res.body.slice(0, 200)}`);
  const secret = decodeURIComponent(session.slice(SESSION_COOKIE.length + 1));
  const csrf = csrfFor(secret);
  return {
    cookie: session,
    csrf,
    async get(url) {
      return toResponse(await app.inject({ method: 'GET', url, headers: { cookie: session } }));
    },
    async post(url, fields) {
      const body = fields._csrf === undefined ? { _csrf: csrf, ...fields } : fields;
      return toResponse(await app.inject({ method: 'POST', url, payload: encodeForm(body), headers: { cookie: session, 'content-type': 'application/x-www-form-urlencoded' } }));
    },
  };
}
