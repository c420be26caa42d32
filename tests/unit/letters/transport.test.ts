import { describe, expect, it } from 'vitest';
import { createMailTransport } from '../../../src/mail/transport.js';

describe('createMailTransport', () => {
  it('pools with a rate limit and speaks plain SMTP to a loopback server', () => {
    const t = createMailTransport({ host: '127.0.0.1', port: 2525, secure: false, user: null, password: null, pool: true, maxConnections: 3, rateLimitPerSecond: 10 });
    const o = (t as unknown as { options: Record<string, unknown> }).options;
    expect(o).toMatchObject({ pool: true, maxConnections: 3, rateDelta: 1000, rateLimit: 10, ignoreTLS: true, auth: undefined });
    t.close();
  });

  it('requires STARTTLS before sending credentials to a remote relay', () => {
    const t = createMailTransport({ host: 'smtp.example.gov', port: 587, secure: false, user: 'u', password: 'p', pool: false });
    const o = (t as unknown as { options: Record<string, unknown> }).options;
    expect(o).toMatchObject({ requireTLS: true, ignoreTLS: false, auth: { user: 'u', pass: 'p' } });
    t.close();
  });
});
