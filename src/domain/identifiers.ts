// Shapes of the identifiers people type or paste (e-mail addresses, ids, roles), checked the same
// way whether they come through the API or the command line.
import type { Role } from '../db/schema.js';

/** Loose on purpose: the mail server is the judge of deliverability; this catches typos. */
export const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ROLES = ['clerk', 'officer', 'admin', 'auditor'] as const satisfies readonly Role[];

/** The furthest a token's expiry may be set: far enough for any real use, and never past year 9999. */
export const MAX_TOKEN_YEARS = 100;
