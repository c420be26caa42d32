// A deployment-wide cap on e-mails per second. nodemailer's own rateLimit is per transport, so
// two worker processes would each send the full rate; this counts in Redis per wall-clock second
// across every process. Over the cap a sender waits for the next second; it never drops a message.
import { Redis } from 'ioredis';

export interface RateLimiter {
  /** Waits for a slot; resolves with the second (Redis clock, Unix time) it was granted in, or null without a cap. */
  acquire(): Promise<number | null>;
  close(): Promise<void>;
}

export function createRateLimiter(redisUrl: string, prefix: string, perSecond: number | null): RateLimiter {
  if (!perSecond) return { acquire: async () => null, close: async () => undefined };
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true });
  redis.on('error', () => undefined);
  const key = `${prefix}:mail-rate:`;
  return {
    async acquire() {
      for (;;) {
        // Redis's clock, not this machine's: every process counts the same second.
        const [seconds, micros] = await redis.time();
        const slot = key + seconds;
        const n = await redis.incr(slot);
        if (n === 1) await redis.expire(slot, 5);
        if (n <= perSecond) return Number(seconds);
        await new Promise((r) => setTimeout(r, Math.max(1, 1000 - Math.floor(Number(micros) / 1000))));
      }
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
