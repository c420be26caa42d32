// Residents' contact details are sealed in the database (migration 0010): tests that read them
// straight from a table open them here, with the harness's keys.
import type { Config } from '../../src/config.js';
import { residentContact, residentEmail, type ResidentContact } from '../../src/domain/resident-contact.js';
import { piiCipherFor } from '../../src/services/pii-keys.js';

type Sealed = { contact: string | null; email: string | null; name: string | null; address: string[] | null };

/** Rows with `contact, email, name, address` selected, their contact details in plaintext (sorted by name if asked). */
export function openResidents<T extends Sealed>(config: Readonly<Config>, rows: T[], opts: { sortByName?: boolean } = {}): (Omit<T, keyof Sealed> & ResidentContact)[] {
  const pii = piiCipherFor(config);
  const open = rows.map(({ contact, email, name, address, ...rest }) => ({ ...rest, ...residentContact(pii, { contact, email, name, address }) }));
  return opts.sortByName ? open.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : open;
}

export function openEmail(config: Readonly<Config>, sealed: string | null): string | null {
  return residentEmail(piiCipherFor(config), { email: sealed });
}

export const SEALED_CONTACT = ['contact', 'email', 'name', 'address'] as const;
