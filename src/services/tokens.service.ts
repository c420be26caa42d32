// API tokens managed by an admin: issued (shown once), listed, revoked, rotated. Every change is
// in the audit trail with the token's id and prefix, never the secret.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import type { Role } from '../db/schema.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { findOrganization } from '../repositories/organizations.repository.js';
import { findTokenForUpdate, listTokens, revokeTokenRow, type TokenView } from '../repositories/tokens.repository.js';
import { issueToken, issueTokenForUser, type Principal } from '../repositories/users.repository.js';
import { EMAIL, MAX_TOKEN_YEARS, ROLES } from '../domain/identifiers.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors.js';

function requireAdmin(principal: Principal): void {
  if (principal.role !== 'admin') throw new ForbiddenError('Only an admin may manage API tokens.');
}

export const newTokenBody = z
  .object({
    email: z.string().regex(EMAIL, 'must be an e-mail address'),
    role: z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` }).optional(),
    name: z.string().trim().min(1).max(200).optional(),
    expires: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2027-01-31').optional(),
  })
  .strict();

export async function listOrganizationTokens(db: Db, principal: Principal): Promise<TokenView[]> {
  requireAdmin(principal);
  return listTokens(db, principal.organizationId);
}

export async function createToken(db: Db, principal: Principal, body: z.infer<typeof newTokenBody>): Promise<{ token: string; id: string; email: string; role: Role; expiresAt: string | null }> {
  requireAdmin(principal);
  const org = await findOrganization(db, principal.organizationId);
  if (!org) throw new NotFoundError('Organisation');
  let expiresAt: string | null = null;
  if (body.expires) {
    const end = DateTime.fromISO(body.expires, { zone: org.timezone }).endOf('day');
    if (!end.isValid) throw new ValidationError([{ field: 'body.expires', message: 'is not a real date' }]);
    if (end < DateTime.now()) throw new ValidationError([{ field: 'body.expires', message: 'is in the past' }]);
    // 9999-12-31 in a zone west of UTC is already year 10000 in UTC, which PostgreSQL cannot store.
    if (end > DateTime.now().plus({ years: MAX_TOKEN_YEARS })) throw new ValidationError([{ field: 'body.expires', message: `is more than ${MAX_TOKEN_YEARS} years away; leave it out for a token that does not expire` }]);
    expiresAt = end.toUTC().toISO();
  }
  return db.transaction().execute(async (tx) => {
    const issued = await issueTokenForUser(tx, { organizationId: principal.organizationId, email: body.email, role: body.role ?? 'clerk', name: body.name ?? body.email, tokenName: 'api', expiresAt });
    if (body.role && issued.user.role !== body.role) {
      throw new ConflictError(`${body.email} already exists with the role ${issued.user.role}; a token always carries its user's role.`);
    }
    await appendAudit(tx, {
      organizationId: principal.organizationId,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'token.created',
      entityType: 'api_token',
      entityId: issued.id,
      after: { user: issued.user.email, role: issued.user.role, prefix: issued.token.slice(0, 10), expiresAt },
    });
    return { token: issued.token, id: issued.id, email: issued.user.email, role: issued.user.role, expiresAt };
  });
}

export async function revokeToken(db: Db, principal: Principal, id: string): Promise<{ id: string; revokedAt: string }> {
  requireAdmin(principal);
  return db.transaction().execute(async (tx) => {
    const token = await findTokenForUpdate(tx, principal.organizationId, id);
    if (!token) throw new NotFoundError('API token');
    if (token.revokedAt) return { id, revokedAt: token.revokedAt };
    const revokedAt = await revokeTokenRow(tx, id);
    await appendAudit(tx, { organizationId: principal.organizationId, actorUserId: principal.userId, actor: principal.email, action: 'token.revoked', entityType: 'api_token', entityId: id, after: { user: token.email, prefix: token.prefix } });
    return { id, revokedAt };
  });
}

/** A new secret for the same user, name and expiry; the old one stops working in the same commit. */
export async function rotateToken(db: Db, principal: Principal, id: string): Promise<{ id: string; token: string; replaced: string }> {
  requireAdmin(principal);
  return db.transaction().execute(async (tx) => {
    const old = await findTokenForUpdate(tx, principal.organizationId, id);
    if (!old) throw new NotFoundError('API token');
    if (old.revokedAt) throw new ConflictError('This token is revoked; issue a new one instead (POST /v1/tokens).');
    await revokeTokenRow(tx, id);
    const issued = await issueToken(tx, { organizationId: principal.organizationId, userId: old.userId, name: old.name, expiresAt: old.expiresAt });
    await appendAudit(tx, {
      organizationId: principal.organizationId,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'token.rotated',
      entityType: 'api_token',
      entityId: issued.id,
      before: { tokenId: id, prefix: old.prefix },
      after: { tokenId: issued.id, prefix: issued.token.slice(0, 10), user: old.email },
    });
    return { id: issued.id, token: issued.token, replaced: id };
  });
}
