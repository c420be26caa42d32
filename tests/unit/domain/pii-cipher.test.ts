import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSealed, PiiCipher, PiiDecryptError, sealedKeyId, UnknownPiiKeyError } from '../../../src/domain/pii-cipher.js';
import { parsePiiKeyring } from '../../../src/domain/pii-keyring.js';
import { maskAddresses } from '../../../src/domain/pii-redact.js';
import { openContact, residentContact, sealContact } from '../../../src/domain/resident-contact.js';

const key = () => randomBytes(32);
const A = key();
const B = key();
const INDEX = key();
const cipher = (...keys: { id: string; key: Buffer }[]) => new PiiCipher({ keys, indexKey: INDEX });

describe('PiiCipher', () => {
  const a = cipher({ id: 'A', key: A });

  it('round-trips any text, with a fresh IV each time, naming its key', () => {
    for (const text of ['', 'María García-López', '1200 N Grant Ave\nOdessa, TX 79761', '😀'.repeat(1000)]) {
      const sealed = a.seal(text);
      expect(a.open(sealed)).toBe(text);
      expect(isSealed(sealed)).toBe(true);
      expect(sealedKeyId(sealed)).toBe('A');
      expect(sealed).not.toContain(text || '\u0000');
    }
    expect(a.seal('same')).not.toBe(a.seal('same'));
  });

  it('detects any change to a sealed value, with a clear error', () => {
    const sealed = a.seal('ana@example.com');
    const data = sealed.slice('v1.A.'.length);
    // Every byte of IV, tag and ciphertext is covered: flip one bit in each. (Flipping base64
    // characters would sometimes touch only the last character's padding bits, which decode to
    // the same bytes.)
    const raw = Buffer.from(data, 'base64url');
    for (let i = 0; i < raw.length; i++) {
      const tampered = Buffer.from(raw);
      tampered[i]! ^= 1;
      expect(() => a.open(`v1.A.${tampered.toString('base64url')}`), `byte ${i}`).toThrow(PiiDecryptError);
    }
    expect(() => a.open(`v1.A.${data.slice(0, 30)}`)).toThrow(PiiDecryptError);
    expect(() => a.open('ana@example.com')).toThrow(/not in the sealed format/);
    expect(() => a.open(`${sealed.slice(0, -2)}xx`)).toThrow(/fails its integrity check: it was altered, or PII_KEYS holds a different key under the id "A"/);
  });

  it('names the key id it does not have', () => {
    const sealed = cipher({ id: 'old-2025', key: B }).seal('x');
    expect(() => a.open(sealed)).toThrow(UnknownPiiKeyError);
    expect(() => a.open(sealed)).toThrow(/key "old-2025", which is not in PII_KEYS/);
  });

  it('refuses a wrong key under the right id', () => {
    const sealed = a.seal('secret');
    expect(() => cipher({ id: 'A', key: B }).open(sealed)).toThrow(/fails its integrity check/);
  });

  it('writes with the first key and reads with every key (rotation)', () => {
    const ba = cipher({ id: 'B', key: B }, { id: 'A', key: A });
    const old = a.seal('old');
    expect(ba.open(old)).toBe('old');
    expect(sealedKeyId(ba.seal('new'))).toBe('B');
    expect(ba.currentKeyId).toBe('B');
  });

  it('gives a stable keyed blind index that depends on the index key and the purpose', () => {
    const b = cipher({ id: 'B', key: B });
    expect(a.blindIndex('person', 'MARIA GARCIA')).toBe(b.blindIndex('person', 'MARIA GARCIA'));
    expect(a.blindIndex('person', 'MARIA GARCIA')).toMatch(/^[0-9a-f]{32}$/);
    expect(a.blindIndex('account', 'MARIA GARCIA')).not.toBe(a.blindIndex('person', 'MARIA GARCIA'));
    expect(new PiiCipher({ keys: [{ id: 'A', key: A }], indexKey: key() }).blindIndex('person', 'MARIA GARCIA')).not.toBe(a.blindIndex('person', 'MARIA GARCIA'));
  });
});

describe('resident contact', () => {
  const a = cipher({ id: 'A', key: A });
  it('seals name, address and e-mail in one value and reads rows from before encryption', () => {
    const c = { name: 'Ana Lopez', address: ['12 Main St', 'Hobbs, NM 88240'], email: 'ana@example.com' };
    const sealed = sealContact(a, c);
    expect(openContact(a, sealed)).toEqual(c);
    expect(residentContact(a, { contact: sealed, email: sealed, name: null, address: null })).toEqual(c);
    expect(residentContact(a, { contact: sealed, email: null, name: null, address: null }).email).toBeNull();
    expect(residentContact(a, { contact: null, email: 'ana@example.com', name: 'Ana Lopez', address: ['12 Main St'] })).toEqual({ ...c, address: ['12 Main St'] });
  });
});

describe('PII_KEYS and PII_INDEX_KEY', () => {
  const k = () => randomBytes(32).toString('base64');
  it('parses the current key first, then the older ones', () => {
    const r = parsePiiKeyring({ keys: `B:${k()}, A:${k()}`, indexKey: k() }, { production: true });
    expect(r.problems).toEqual([]);
    expect(r.ring!.keys.map((x) => x.id)).toEqual(['B', 'A']);
  });
  it('names the variable and the key at fault, never the key material', () => {
    const bad = 'c2hvcnQ=';
    const r = parsePiiKeyring({ keys: `A:${bad},A:${k()},nocolon`, indexKey: 'x' }, { production: false });
    const text = r.problems.join('\n');
    expect(text).toMatch(/PII_KEYS: key "A" must be base64 of exactly 32 bytes/);
    expect(text).toMatch(/PII_KEYS: entry 3 must be <id>:<key>/);
    expect(text).toMatch(/PII_INDEX_KEY: must be base64 of exactly 32 bytes/);
    expect(text).not.toContain(bad);
  });
  it('is required in production, optional elsewhere, and both or neither', () => {
    expect(parsePiiKeyring({}, { production: true }).problems[0]).toMatch(/^PII_KEYS: is required when NODE_ENV=production/);
    expect(parsePiiKeyring({}, { production: false })).toEqual({ ring: null, problems: [] });
    expect(parsePiiKeyring({ keys: `A:${k()}` }, { production: false }).problems[0]).toMatch(/^PII_INDEX_KEY: is required/);
  });
});

describe('maskAddresses', () => {
  it('masks every e-mail address in a server reply, and the given recipient in any spelling', () => {
    expect(maskAddresses('550 5.1.1 <Ana.Lopez@Example.com>: Recipient address rejected', ['ana.lopez@example.com'])).toBe('550 5.1.1 <[address]>: Recipient address rejected');
    expect(maskAddresses("Can't send mail - all recipients were rejected: 550 x@y.org unknown")).toBe("Can't send mail - all recipients were rejected: 550 [address] unknown");
  });
});
