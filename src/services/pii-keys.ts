// The cipher for resident contact details, from the configuration. In production PII_KEYS is
// required (src/config.ts refuses to start without it). Elsewhere, so that a fresh clone's
// `npm start` works, a random development key is made once in DATA_DIR (mode 0600) and reused;
// every process that starts with it says so loudly.
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { PiiCipher } from '../domain/pii-cipher.js';
import { formatPiiKeyring, parsePiiKeyring } from '../domain/pii-keyring.js';

export const DEV_KEY_FILE = 'pii-dev-keys.env';

const ciphers = new WeakMap<Readonly<Config>, PiiCipher>();
const warned = new WeakSet<Readonly<Config>>();

function devKeyring(dataDir: string): { file: string; ring: NonNullable<Config['pii']> } {
  const file = join(dataDir, DEV_KEY_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    const fresh = formatPiiKeyring({ keys: [{ id: `dev-${randomBytes(3).toString('hex')}`, key: randomBytes(32) }], indexKey: randomBytes(32) });
    // The API and the workers may start together: each writes a whole file of its own, and link()
    // puts the first one in place atomically (the other gets EEXIST and reads the winner's), so
    // nobody can read a half-written file.
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(tmp, `# Development keys for resident contact details. NOT for production: set PII_KEYS and PII_INDEX_KEY.\nPII_KEYS=${fresh.PII_KEYS}\nPII_INDEX_KEY=${fresh.PII_INDEX_KEY}\n`, { flag: 'wx', mode: 0o600 });
    try {
      linkSync(tmp, file);
    } finally {
      unlinkSync(tmp);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const values = Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => /^PII_[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()]),
  );
  const parsed = parsePiiKeyring({ keys: values.PII_KEYS, indexKey: values.PII_INDEX_KEY }, { production: false });
  if (!parsed.ring) throw new Error(`${file} is not a valid development key file (${parsed.problems.join('; ')}); delete it only if no resident data was stored with it`);
  return { file, ring: parsed.ring };
}

/** One cipher per configuration; `log` gets the development-key warning (once per configuration). */
export function piiCipherFor(config: Readonly<Config>, log?: Logger): PiiCipher {
  let cipher = ciphers.get(config);
  if (!cipher) {
    cipher = new PiiCipher(config.pii ?? devKeyring(config.dataDir).ring);
    ciphers.set(config, cipher);
  }
  if (!config.pii && log && !warned.has(config)) {
    warned.add(config);
    log.warn(
      { keyFile: join(config.dataDir, DEV_KEY_FILE) },
      'PII_KEYS is not set: resident contact details are encrypted with a DEVELOPMENT key kept in DATA_DIR. Never use this in production: set PII_KEYS and PII_INDEX_KEY (README, Encryption).',
    );
  }
  return cipher;
}
