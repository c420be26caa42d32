import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import { AUDIT_HASH_VERSION, auditHash } from '../domain/audit-hash.js';

export interface AuditEntry {
  organizationId: string;
  actorUserId: string | null;
  /** Who, in words: a user's e-mail, or `worker:assess-incident`. */
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends to the tenant's hash chain. The advisory lock serialises writers of one tenant so two
 * transactions cannot both link to the same previous hash.
 */
export async function appendAudit(tx: Tx, e: AuditEntry): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${'audit:' + e.organizationId}, 0))`.execute(tx);
  const prev = await tx
    .selectFrom('audit_events')
    .select('hash')
    .where('organization_id', '=', e.organizationId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const at = (await sql<{ now: string }>`select now() as now`.execute(tx)).rows[0]!.now;
  const before = e.before === undefined ? null : JSON.stringify(e.before);
  const after = e.after === undefined ? null : JSON.stringify(e.after);
  const prevHash = prev?.hash ?? null;
  // Hashed as it will read back from jsonb: through JSON first (dates become strings, undefined goes).
  const hash = auditHash({
    prevHash,
    organizationId: e.organizationId,
    actor: e.actor,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: before === null ? null : JSON.parse(before),
    after: after === null ? null : JSON.parse(after),
    at,
  });
  await tx
    .insertInto('audit_events')
    .values({
      organization_id: e.organizationId,
      actor_user_id: e.actorUserId,
      actor: e.actor,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      before,
      after,
      at,
      prev_hash: prevHash,
      hash,
      hash_version: AUDIT_HASH_VERSION,
    })
    .execute();
}
