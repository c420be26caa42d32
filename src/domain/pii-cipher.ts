// Resident contact details at rest: AES-256-GCM under a key named by its id, and a keyed blind
// index (HMAC-SHA256) for the values the import must compare without reading them. No I/O: the
// keys come in from the configuration (src/config.ts, src/services/pii-keys.ts).
//
// A sealed value is `v1.<keyId>.<base64url(iv | tag | ciphertext)>`: it names its key, so values
// sealed under an older key stay readable while `breachdesk pii rotate-key` re-seals them.
import * as crypto from 'node:crypto';

export interface PiiKey {
  id: string;
  /** 32 bytes */
  key: Buffer;
}

export interface PiiKeyring {
  /** The first is the current key (every new value is sealed with it); the others are only read. */
  keys: readonly PiiKey[];
  /** 32 bytes. Never rotated: re-keying it would split each person in two at the next import. */
  indexKey: Buffer;
}

export const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

// iv and tag lengths are fixed; the format has room for a v2 if that ever changes.
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SEALED = /^v1\.([A-Za-z0-9_-]{1,32})\.([A-Za-z0-9_-]{38,})$/;
const IV_POOL_BYTES = IV_BYTES * 4096;

/** The value cannot be opened: tampered with, truncated, or sealed under another key of that id. */
export class PiiDecryptError extends Error {}

/** The value names a key this process was not given (PII_KEYS). */
export class UnknownPiiKeyError extends PiiDecryptError {
  constructor(readonly keyId: string) {
    super(`the value is sealed under key "${keyId}", which is not in PII_KEYS; add that key (after the current one) to read it`);
  }
}

/** True for a string in the sealed format (a plaintext e-mail address never is: it has an @). */
export function isSealed(value: string): boolean {
  return SEALED.test(value);
}

/** The key id a sealed value names, or null for anything else (a plaintext value from before encryption). */
export function sealedKeyId(value: string): string | null {
  return SEALED.exec(value)?.[1] ?? null;
}

export class PiiCipher {
  readonly currentKeyId: string;
  private readonly current: crypto.KeyObject;
  private readonly byId: ReadonlyMap<string, crypto.KeyObject>;
  private readonly indexKey: crypto.KeyObject;
  private readonly prefix: string;
  // A million rows need a million IVs: drawn from the CSPRNG in blocks, not one call each.
  private ivPool = Buffer.alloc(0);
  private ivAt = 0;

  constructor(ring: PiiKeyring) {
    const first = ring.keys[0];
    if (!first) throw new Error('PiiCipher: no key');
    const byId = new Map<string, crypto.KeyObject>();
    for (const k of ring.keys) {
      if (!KEY_ID.test(k.id)) throw new Error(`PiiCipher: key id "${k.id}" must be 1 to 32 letters, digits, _ or -`);
      if (k.key.length !== 32) throw new Error(`PiiCipher: key "${k.id}" must be 32 bytes`);
      if (byId.has(k.id)) throw new Error(`PiiCipher: key id "${k.id}" is given twice`);
      byId.set(k.id, crypto.createSecretKey(k.key));
    }
    if (ring.indexKey.length !== 32) throw new Error('PiiCipher: the index key must be 32 bytes');
    this.currentKeyId = first.id;
    this.current = byId.get(first.id)!;
    this.byId = byId;
    this.indexKey = crypto.createSecretKey(ring.indexKey);
    this.prefix = `v1.${first.id}.`;
  }

  hasKey(id: string): boolean {
    return this.byId.has(id);
  }

  seal(plaintext: string): string {
    const iv = this.nextIv();
    const cipher = crypto.createCipheriv('aes-256-gcm', this.current, iv);
    const body = cipher.update(plaintext, 'utf8');
    cipher.final();
    return this.prefix + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  open(sealed: string): string {
    const m = SEALED.exec(sealed);
    if (!m) throw new PiiDecryptError('the value is not in the sealed format (v1.<key id>.<data>)');
    const keyId = m[1]!;
    const key = this.byId.get(keyId);
    if (!key) throw new UnknownPiiKeyError(keyId);
    const raw = Buffer.from(m[2]!, 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new PiiDecryptError(`the value sealed under key "${keyId}" is truncated`);
    try {
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return decipher.update(raw.subarray(IV_BYTES + TAG_BYTES), undefined, 'utf8') + decipher.final('utf8');
    } catch {
      // GCM says only "unable to authenticate": the data was altered or the key of that id is another key.
      throw new PiiDecryptError(`the value sealed under key "${keyId}" fails its integrity check: it was altered, or PII_KEYS holds a different key under the id "${keyId}"`);
    }
  }

  sealJson(value: unknown): string {
    return this.seal(JSON.stringify(value));
  }

  openJson<T>(sealed: string): T {
    return JSON.parse(this.open(sealed)) as T;
  }

  /**
   * A stable keyed fingerprint (hex, 128 bits) for equality only: the same input always gives the
   * same value under the same index key, and nothing can be learned from it without that key.
   * `purpose` keeps fingerprints of different kinds of value apart.
   */
  blindIndex(purpose: string, value: string): string {
    return crypto.createHmac('sha256', this.indexKey).update(`${purpose}|${value}`).digest('hex').slice(0, 32);
  }

  private nextIv(): Buffer {
    if (this.ivAt + IV_BYTES > this.ivPool.length) {
      this.ivPool = crypto.randomBytes(IV_POOL_BYTES);
      this.ivAt = 0;
    }
    const iv = this.ivPool.subarray(this.ivAt, this.ivAt + IV_BYTES);
    this.ivAt += IV_BYTES;
    return iv;
  }
}

/** A fresh random key as PII_KEYS and PII_INDEX_KEY expect it (base64 of 32 bytes). */
export function newKeyMaterial(): string {
  return crypto.randomBytes(32).toString('base64');
}
