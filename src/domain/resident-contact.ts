// How a resident's contact details are stored (migration 0010). One sealed value per payment or
// resident holds name, postal lines and e-mail together: one cipher call per row, which is what a
// million-row import can afford.
//
// residents.contact  the contact of the resident's latest payment (or of the upload)
// residents.email    the sealed contact that carries the resident's e-mail address (the latest
//                    payment that had one; often the same value as `contact`), null if none
// residents.name / .address / plaintext .email: rows from before encryption (pii_key_id null)
// until `breachdesk pii rotate-key` seals them.
import { isSealed, type PiiCipher } from './pii-cipher.js';

export interface ResidentContact {
  name: string;
  address: string[];
  email: string | null;
}

type Packed = [string, string[], string | null];

export function sealContact(cipher: PiiCipher, c: ResidentContact): string {
  return cipher.sealJson([c.name, c.address, c.email] satisfies Packed);
}

export function openContact(cipher: PiiCipher, sealed: string): ResidentContact {
  const [name, address, email] = cipher.openJson<Packed>(sealed);
  return { name: name ?? '', address: address ?? [], email: email ?? null };
}

export interface StoredResidentContact {
  contact: string | null;
  email: string | null;
  name: string | null;
  address: string[] | null;
}

/** The resident's contact details in plaintext, from a sealed row or one from before encryption. */
export function residentContact(cipher: PiiCipher, row: StoredResidentContact): ResidentContact {
  const base = row.contact !== null ? openContact(cipher, row.contact) : { name: row.name ?? '', address: row.address ?? [], email: null };
  return { name: base.name, address: base.address, email: residentEmail(cipher, row) };
}

/** The e-mail address only: what delivery needs. */
export function residentEmail(cipher: PiiCipher, row: Pick<StoredResidentContact, 'email'>): string | null {
  if (row.email === null) return null;
  // A plaintext address from before encryption has an @, which the sealed format never has.
  return isSealed(row.email) ? openContact(cipher, row.email).email : row.email;
}
