// Requests per minute per API token, counted in Redis so every API process shares one count.
// @fastify/rate-limit does the counting and the 429 with Retry-After. Redis being away must not
// take the API down with it (the outbox keeps writes safe meanwhile), so the limiter fails open,
// and fast: no offline queue, one try per command.
import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { AppError } from '../services/errors.js';

export async function installTokenRateLimit(scope: FastifyInstance, config: Readonly<Config>): Promise<void> {
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 1000, lazyConnect: false });
  redis.on('error', () => undefined);
  scope.addHook('onClose', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });
  await scope.register(rateLimit, {
    max: config.http.rateLimitPerMinute,
    timeWindow: 60_000,
    redis,
    nameSpace: `${config.queuePrefix}:api-rate:`,
    skipOnError: true,
    // Runs after authentication: the token, never the address, is what is counted.
    hook: 'preHandler',
    keyGenerator: (req) => req.principal?.tokenId ?? req.ip,
    errorResponseBuilder: (_req, ctx) =>
      new AppError(429, 'rate_limited', `Too many requests for this API token: at most ${ctx.max} a minute. Try again in ${Math.ceil(ctx.ttl / 1000)} s.`),
  });
}
