// API tokens as an admin sees them: never the secret or its hash, only what identifies a token.
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export interface TokenView {
  id: string;
  name: string;
  prefix: string;
  userId: string;
  email: string;
  role: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

function tokens(db: Executor, organizationId: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.name', 't.prefix', 'u.id as userId', 'u.email', 'u.role', 't.created_at as createdAt', 't.expires_at as expiresAt', 't.revoked_at as revokedAt'])
    .where('t.organization_id', '=', organizationId);
}

export async function listTokens(db: Executor, organizationId: string): Promise<TokenView[]> {
  return tokens(db, organizationId).orderBy('t.created_at', 'desc').execute();
}

export async function findTokenForUpdate(db: Executor, organizationId: string, id: string): Promise<TokenView | undefined> {
  return tokens(db, organizationId).where('t.id', '=', id).forUpdate('t').executeTakeFirst();
}

export async function revokeTokenRow(db: Executor, id: string): Promise<string> {
  const row = await db
    .updateTable('api_tokens')
    .set({ revoked_at: sql<string>`coalesce(revoked_at, now())` })
    .where('id', '=', id)
    .returning('revoked_at')
    .executeTakeFirstOrThrow();
  return row.revoked_at!;
}
