// SMTP_RATE_PER_SECOND is a cap for the whole deployment: two worker processes share it through
// Redis, and no second ever grants more sends than the cap, however many senders ask at once.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/mail/rate-limiter.js';
import { REDIS_URL, deletePrefixedKeys } from '../helpers/harness.js';

const prefix = `{bdtest-rate-${randomBytes(4).toString('hex')}}`;
afterAll(async () => {
  await deletePrefixedKeys(prefix);
});

describe('mail rate limit', () => {
  it('grants at most the cap in any second across two processes, and every request in the end', async () => {
    const CAP = 8;
    const a = createRateLimiter(REDIS_URL, prefix, CAP);
    const b = createRateLimiter(REDIS_URL, prefix, CAP);
    try {
      // 30 senders at once, half on each "process": the cap, not the senders, sets the pace.
      const seconds = (await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).acquire()))) as number[];
      const perSecond = new Map<number, number>();
      for (const s of seconds) perSecond.set(s, (perSecond.get(s) ?? 0) + 1);
      expect(seconds).toHaveLength(30);
      expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(CAP);
      expect(perSecond.size).toBeGreaterThanOrEqual(Math.ceil(30 / CAP));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('does not wait at all without a cap', async () => {
    const none = createRateLimiter(REDIS_URL, prefix, null);
    expect(await none.acquire()).toBeNull();
    await none.close();
  });
});
