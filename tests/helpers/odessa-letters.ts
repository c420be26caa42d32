// The Odessa 2020 incident and four residents attached directly (not through an import): Texas in
// Spanish and English, New Mexico, and one without an e-mail address who gets a printed letter.
import { readFileSync } from 'node:fs';

export const odessaIncident = () => JSON.parse(readFileSync(new URL('../fixtures/odessa-2020.json', import.meta.url), 'utf8'));

export const ODESSA_RESIDENTS = [
  { id: 'acct-1001', name: 'Maria Garcia', address: ['1200 N Grant Ave', 'Odessa, TX 79761'], email: 'maria@example.com', language: 'es', state: 'TX' },
  { id: 'acct-1002', name: 'John <script>alert(1)</script> Smith', address: ['500 W 2nd St', 'Odessa, TX 79761'], email: 'john@example.com', language: 'en', state: 'TX' },
  { id: 'acct-1003', name: 'Ana Lopez', address: ['12 Main St', 'Hobbs, NM 88240'], email: 'ana@example.com', language: 'en', state: 'NM' },
  { id: 'acct-1004', name: 'Bob Jones', address: ['9 Elm St', 'Odessa, TX 79762'], email: null, language: 'en', state: 'TX' },
];
