// Headers on every response. The API returns JSON, CSV and PDF about residents: nothing may be
// sniffed into something executable, framed, cached by a shared proxy or leaked through a
// Referer. The Swagger UI under /docs runs its own scripts, so it keeps its own policy.
import type { FastifyInstance } from 'fastify';

const ALWAYS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

const API_ONLY: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
};

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    for (const [name, value] of Object.entries(ALWAYS)) reply.header(name, value);
    if (!req.url.startsWith('/docs')) {
      for (const [name, value] of Object.entries(API_ONLY)) if (!reply.hasHeader(name)) reply.header(name, value);
    }
    return payload;
  });
}
