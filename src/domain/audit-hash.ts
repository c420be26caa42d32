// The audit trail's hash chain. Each entry's hash covers the previous entry's hash and its own
// content, so editing, deleting or reordering any entry breaks every hash after it.
//
// Version 1 (the first entries ever written) hashed before/after as JSON.stringify gave them, in the
// caller's key order. PostgreSQL stores them as jsonb, which reorders keys, so that text cannot be
// rebuilt from the row: for version 1 only the links are checked. Version 2 hashes a canonical
// JSON (keys sorted at every level), which the stored jsonb gives back exactly.
import { createHash } from 'node:crypto';

export const AUDIT_HASH_VERSION = 2;

export interface AuditHashInput {
  prevHash: string | null;
  organizationId: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** UTC ISO instant, millisecond precision, as stored */
  at: string;
}

/** JSON with object keys sorted at every level; undefined (absent) is null. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function auditHash(e: AuditHashInput): string {
  const before = e.before === undefined || e.before === null ? null : canonicalJson(e.before);
  const after = e.after === undefined || e.after === null ? null : canonicalJson(e.after);
  return createHash('sha256')
    .update(JSON.stringify([AUDIT_HASH_VERSION, e.prevHash, e.organizationId, e.actor, e.action, e.entityType, e.entityId, before, after, e.at]))
    .digest('hex');
}

export type ChainProblem =
  | { id: number; kind: 'link'; message: string }
  | { id: number; kind: 'content'; message: string };

export interface StoredAuditRow extends AuditHashInput {
  id: number;
  hash: string;
  hashVersion: number;
}

/**
 * Walks one tenant's entries in id order. `previous` is the hash of the entry before the first one
 * given (null at the start of the chain), so a long chain can be checked page by page.
 */
export function checkChain(rows: readonly StoredAuditRow[], previous: string | null): { problems: ChainProblem[]; last: string | null } {
  const problems: ChainProblem[] = [];
  let prev = previous;
  for (const row of rows) {
    if (row.prevHash !== prev) {
      problems.push({
        id: row.id,
        kind: 'link',
        message: prev === null
          ? 'the first entry names a previous entry that is not there: earlier entries were deleted'
          : 'does not link to the entry before it: an entry between them was deleted, or this one was changed',
      });
    }
    if (row.hashVersion >= 2 && auditHash(row) !== row.hash) {
      problems.push({ id: row.id, kind: 'content', message: 'its content no longer matches its hash: the entry was edited' });
    }
    prev = row.hash;
  }
  return { problems, last: prev };
}
