// Bearer-token authentication. The principal (user, role, tenant) comes from the token alone;
// nothing in a request can choose another organisation.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import { findPrincipalByToken, type Principal } from '../repositories/users.repository.js';
import { AppError } from '../services/errors.js';
import { currentTenantScope, runInTenantScope } from '../db/tenant-scope.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
}

/**
 * Opens the request's tenant scope (empty until the token is known), so every query the request
 * makes runs under row-level security; callback style because the rest of the request must run
 * inside the scope's async context.
 */
export function openTenantScope(_req: FastifyRequest, _reply: FastifyReply, done: () => void): void {
  runInTenantScope({ organizationId: null }, done);
}

export function authenticate(db: Db) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppError(401, 'unauthenticated', 'Send an API token: Authorization: Bearer <token>.');
    const principal = await findPrincipalByToken(db, match[1]!);
    if (!principal) throw new AppError(401, 'unauthenticated', 'The API token is unknown, revoked or expired.');
    req.principal = principal;
    const scope = currentTenantScope();
    if (!scope) throw new Error('authenticate runs only inside openTenantScope');
    scope.organizationId = principal.organizationId;
  };
}

/** Bulk exports of resident data (print batches, reject values) are for whoever answers for it. */
export const PII_EXPORT_ROLES: ReadonlySet<string> = new Set(['officer', 'admin']);

export function mayExportPii(principal: Principal): boolean {
  return PII_EXPORT_ROLES.has(principal.role);
}

export function requirePiiExport(principal: Principal, what: string): void {
  if (!mayExportPii(principal)) throw new AppError(403, 'forbidden', `${what} holds residents' personal data: only an officer or an admin may download it.`);
}

export function requireWriter(principal: Principal): void {
  if (principal.role === 'auditor') throw new AppError(403, 'forbidden', 'An auditor may read but not change anything.');
}
