// Without PII_KEYS outside production, one development key is made in DATA_DIR and every process
// (API, workers, CLI) uses the same one: what one seals, another opens.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { DEV_KEY_FILE, piiCipherFor } from '../../../src/services/pii-keys.js';

const dataDir = mkdtempSync(join(tmpdir(), 'breachdesk-devkey-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the development key', () => {
  it('is made once, readable by its owner only, and shared by every process', () => {
    const api = piiCipherFor(loadConfig({ DATA_DIR: dataDir }));
    const workers = piiCipherFor(loadConfig({ DATA_DIR: dataDir }));
    expect(workers.open(api.seal('maria@example.com'))).toBe('maria@example.com');
    expect(readdirSync(dataDir)).toEqual([DEV_KEY_FILE]);
    expect(statSync(join(dataDir, DEV_KEY_FILE)).mode & 0o777).toBe(0o600);
  });
});
