import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

describe('config', () => {
  it('has working defaults for a fresh machine', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/breachdesk');
    expect(c.reminderDaysBefore).toEqual([14, 7, 3, 1, 0]);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reports every bad variable at once', () => {
    try {
      loadConfig({ HTTP_PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_SECURE: 'maybe', REMINDER_DAYS_BEFORE: '7,soon' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const name of ['HTTP_PORT', 'DATABASE_URL', 'SMTP_SECURE', 'REMINDER_DAYS_BEFORE']) expect(problems).toContain(name);
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ SMTP_USER: '', HTTP_PORT: '' }).http.port).toBe(3000);
  });
});
