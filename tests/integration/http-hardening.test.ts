// Every response carries the headers that keep resident data from being sniffed, framed, cached or
// leaked through a Referer; an oversized body is refused with a clear error before it is parsed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ workers: false, env: { API_RATE_LIMIT_PER_MINUTE: '5' } });
});
afterAll(async () => {
  await h?.close();
});

const inject = (url: string, headers: Record<string, string> = {}) => h.app.inject({ method: 'GET', url, headers });

describe('HTTP hardening', () => {
  it('limits requests per API token, not per address, answering 429 with Retry-After', async () => {
    const { createUserToken } = await import('../../src/cli/admin.js');
    const mine = await createUserToken(h.db, { org: h.organizationId, email: 'busy@odessa-tx.gov', role: 'clerk' });
    const other = await createUserToken(h.db, { org: h.organizationId, email: 'calm@odessa-tx.gov', role: 'clerk' });
    if (!mine.ok || !other.ok) throw new Error('setup');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await inject('/v1/incidents', { authorization: `Bearer ${mine.token}` })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await inject('/v1/incidents', { authorization: `Bearer ${mine.token}` });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('at most 5 a minute') });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Same address, another token: its own count.
    expect((await inject('/v1/incidents', { authorization: `Bearer ${other.token}` })).statusCode).toBe(200);
  });

  it('lets requests through when Redis is away, instead of failing or hanging them', async () => {
    const Fastify = (await import('fastify')).default;
    const { installTokenRateLimit } = await import('../../src/http/rate-limit.js');
    const app = Fastify();
    await app.register(async (scope) => {
      scope.addHook('onRequest', async (req) => {
        (req as any).principal = { tokenId: 't-1' };
      });
      await installTokenRateLimit(scope, { ...h.config, redisUrl: 'redis://127.0.0.1:1', http: { ...h.config.http, rateLimitPerMinute: 1 } });
      scope.get('/ping', async () => ({ ok: true }));
    });
    try {
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await app.inject({ method: 'GET', url: '/ping' })).statusCode);
      expect(codes).toEqual([200, 200, 200]);
    } finally {
      await app.close();
    }
  });

  it('sends the security headers on API answers, errors included, and forbids caching them', async () => {
    const ok = await inject('/v1/incidents', { authorization: `Bearer ${h.clerkToken}` });
    const denied = await inject('/v1/incidents');
    const missing = await inject('/v1/nothing-here', { authorization: `Bearer ${h.clerkToken}` });
    expect([ok.statusCode, denied.statusCode, missing.statusCode]).toEqual([200, 401, 404]);
    for (const res of [ok, denied, missing]) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-resource-policy': 'same-origin',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'cache-control': 'no-store',
      });
    }
  });

  it('leaves the API docs working, still unframeable and unsniffable', async () => {
    const docs = await inject('/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['x-frame-options']).toBe('DENY');
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
    expect(docs.headers['content-security-policy']).not.toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('refuses a body over the limit with 413 and the error shape, storing nothing', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      headers: { authorization: `Bearer ${h.clerkToken}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/too large/i);
    expect(res.body).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(await h.db.selectFrom('incidents').selectAll().execute()).toEqual([]);
  });
});
