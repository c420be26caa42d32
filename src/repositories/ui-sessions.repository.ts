import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { Principal } from './users.repository.js';
import { hashToken } from './users.repository.js';

export interface SessionPrincipal extends Principal {
  sessionId: string;
}

/** Expiry is counted on the database's clock, the one that checks it. */
export async function insertSession(
  db: Executor,
  s: { organizationId: string; tokenId: string; secret: string; hours: number },
): Promise<string> {
  const row = await db
    .insertInto('ui_sessions')
    .values({ organization_id: s.organizationId, token_id: s.tokenId, secret_hash: hashToken(s.secret), expires_at: sql<string>`now() + make_interval(hours => ${s.hours})` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Through a security-definer function (migration 0011): the tenant is not known until the session is. */
export async function findSessionPrincipal(db: Executor, secret: string): Promise<SessionPrincipal | undefined> {
  const res = await sql<SessionPrincipal>`
    select session_id as "sessionId", token_id as "tokenId", user_id as "userId", organization_id as "organizationId", email, role
    from breachdesk_session_principal(${hashToken(secret)})
  `.execute(db);
  return res.rows[0];
}

export async function endSession(db: Executor, sessionId: string): Promise<void> {
  await db.updateTable('ui_sessions').set({ ended_at: sql<string>`now()` }).where('id', '=', sessionId).where('ended_at', 'is', null).execute();
}
