import { describe, expect, it } from 'vitest';
import { createMailTransport, smtpFailureReason } from '../../../src/mail/transport.js';
import { loadConfig } from '../../../src/config.js';

const optionsOf = (t: unknown) => (t as { options: Record<string, unknown> }).options;

describe('SMTP timeouts', () => {
  it('waits SMTP_TIMEOUT_MS for each answer, and no longer than 10 s to connect and be greeted', () => {
    expect(loadConfig({}).smtp.timeoutMs).toBe(30_000);
    const slowRelay = createMailTransport({ host: '127.0.0.1', port: 2525, secure: false, user: null, password: null, pool: true, timeoutMs: loadConfig({ SMTP_TIMEOUT_MS: '60000' }).smtp.timeoutMs });
    expect(optionsOf(slowRelay)).toMatchObject({ socketTimeout: 60_000, connectionTimeout: 10_000, greetingTimeout: 10_000 });
    slowRelay.close();
    const impatient = createMailTransport({ host: '127.0.0.1', port: 2525, secure: false, user: null, password: null, pool: false, timeoutMs: 2000 });
    expect(optionsOf(impatient)).toMatchObject({ socketTimeout: 2000, connectionTimeout: 2000, greetingTimeout: 2000 });
    impatient.close();
  });

  it('rejects a timeout that is not a positive number of milliseconds', () => {
    expect(() => loadConfig({ SMTP_TIMEOUT_MS: '0' })).toThrow(/SMTP_TIMEOUT_MS/);
    expect(() => loadConfig({ SMTP_TIMEOUT_MS: '30s' })).toThrow(/SMTP_TIMEOUT_MS/);
  });

  it('tells staff plainly that a send timed out', () => {
    expect(smtpFailureReason(Object.assign(new Error('Timeout'), { code: 'ETIMEDOUT' }))).toBe('SMTP: timed out, the mail server did not answer in time (Timeout)');
    expect(smtpFailureReason(Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' }))).toMatch(/^SMTP: timed out.*Greeting never received/);
    expect(smtpFailureReason(Object.assign(new Error("Can't send mail - all recipients were rejected: 451 try again later"), { code: 'EENVELOPE', responseCode: 451 }))).toBe(
      "SMTP: Can't send mail - all recipients were rejected: 451 try again later",
    );
  });
});
