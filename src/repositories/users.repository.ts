import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { Role, UserRow } from '../db/schema.js';

export async function insertUser(
  db: Executor,
  user: { organizationId: string; email: string; name: string; role: Role },
): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({ organization_id: user.organizationId, email: user.email.toLowerCase(), name: user.name, role: user.role })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUserByEmail(db: Executor, organizationId: string, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

/** Tokens are shown once and stored only as a SHA-256 hash: a leaked table grants nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function issueToken(
  db: Executor,
  t: { organizationId: string; userId: string; name: string; expiresAt: string | null },
): Promise<{ id: string; token: string }> {
  const token = `bd_${randomBytes(32).toString('base64url')}`;
  const row = await db
    .insertInto('api_tokens')
    .values({
      organization_id: t.organizationId,
      user_id: t.userId,
      token_hash: hashToken(token),
      prefix: token.slice(0, 10),
      name: t.name,
      expires_at: t.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token };
}

/** The user with this e-mail (created with `role` and `name` if new) and a new token for them. */
export async function issueTokenForUser(
  db: Executor,
  o: { organizationId: string; email: string; role: Role; name: string; tokenName: string; expiresAt: string | null },
): Promise<{ id: string; token: string; user: UserRow }> {
  const user = (await findUserByEmail(db, o.organizationId, o.email)) ?? (await insertUser(db, { organizationId: o.organizationId, email: o.email, name: o.name, role: o.role }));
  const issued = await issueToken(db, { organizationId: o.organizationId, userId: user.id, name: o.tokenName, expiresAt: o.expiresAt });
  return { ...issued, user };
}

export interface Principal {
  tokenId: string;
  userId: string;
  organizationId: string;
  email: string;
  role: Role;
}

/** Through a security-definer function: the tenant is not known until the token is (migration 0008). */
export async function findPrincipalByToken(db: Executor, token: string): Promise<Principal | undefined> {
  const res = await sql<Principal>`
    select token_id as "tokenId", user_id as "userId", organization_id as "organizationId", email, role
    from breachdesk_principal(${hashToken(token)})
  `.execute(db);
  return res.rows[0];
}
