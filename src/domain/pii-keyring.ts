// PII_KEYS and PII_INDEX_KEY as an operator writes them, checked with messages that name the
// variable and the key at fault (never the key material itself).
//   PII_KEYS="2026-02:<base64 of 32 bytes>,2025-11:<base64 of 32 bytes>"   first = current
//   PII_INDEX_KEY="<base64 of 32 bytes>"                                      never rotated
import { KEY_ID, type PiiKey, type PiiKeyring } from './pii-cipher.js';

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

function keyBytes(text: string): Buffer | null {
  const t = text.trim();
  if (!BASE64.test(t)) return null;
  const bytes = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return bytes.length === 32 ? bytes : null;
}

export function parsePiiKeyring(
  env: { keys?: string | undefined; indexKey?: string | undefined },
  opts: { production: boolean },
): { ring: PiiKeyring | null; problems: string[] } {
  const problems: string[] = [];
  const generate = 'generate one with: node -e "console.log(require(\'crypto\').randomBytes(32).toString(\'base64\'))"';
  if (env.keys === undefined && env.indexKey === undefined) {
    if (opts.production) {
      problems.push(`PII_KEYS: is required when NODE_ENV=production (resident contact details are encrypted with it): set PII_KEYS="<id>:<key>" and PII_INDEX_KEY="<key>"; ${generate}`);
    }
    return { ring: null, problems };
  }
  if (env.keys === undefined) problems.push('PII_KEYS: is required when PII_INDEX_KEY is set, as "<id>:<base64 of 32 bytes>[,<id>:<key>...]"');
  if (env.indexKey === undefined) problems.push(`PII_INDEX_KEY: is required when PII_KEYS is set (base64 of 32 random bytes, kept for good: it is never rotated); ${generate}`);
  const keys: PiiKey[] = [];
  for (const [i, item] of (env.keys ?? '').split(',').entries()) {
    if (env.keys === undefined) break;
    const colon = item.indexOf(':');
    const id = colon < 0 ? '' : item.slice(0, colon).trim();
    if (!KEY_ID.test(id)) {
      problems.push(`PII_KEYS: entry ${i + 1} must be <id>:<key> with an id of 1 to 32 letters, digits, _ or -`);
      continue;
    }
    const key = keyBytes(item.slice(colon + 1));
    if (!key) problems.push(`PII_KEYS: key "${id}" must be base64 of exactly 32 bytes; ${generate}`);
    else if (keys.some((k) => k.id === id)) problems.push(`PII_KEYS: key id "${id}" is given twice`);
    else keys.push({ id, key });
  }
  const indexKey = env.indexKey === undefined ? null : keyBytes(env.indexKey);
  if (env.indexKey !== undefined && !indexKey) problems.push(`PII_INDEX_KEY: must be base64 of exactly 32 bytes; ${generate}`);
  if (problems.length || !indexKey) return { ring: null, problems };
  return { ring: { keys, indexKey }, problems };
}

/** The inverse, for the development key file. */
export function formatPiiKeyring(ring: PiiKeyring): { PII_KEYS: string; PII_INDEX_KEY: string } {
  return {
    PII_KEYS: ring.keys.map((k) => `${k.id}:${k.key.toString('base64')}`).join(','),
    PII_INDEX_KEY: ring.indexKey.toString('base64'),
  };
}
