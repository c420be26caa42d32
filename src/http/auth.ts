// Bearer-token authentication. The principal (user, role, tenant) comes from the token alone;
// nothing in a request can choose another organisation.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import { findPrincipalByToken, type Principal } from '../repositories/users.repository.js';
import { AppError } from '../services/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
}

export function authenticate(db: Db) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppError(401, 'unauthenticated', 'Send an API token: Authorization: Bearer <token>.');
    const principal = await findPrincipalByToken(db, match[1]!);
    if (!principal) throw new AppError(401, 'unauthenticated', 'The API token is unknown, revoked or expired.');
    req.principal = principal;
  };
}

export function requireWriter(principal: Principal): void {
  if (principal.role === 'auditor') throw new AppError(403, 'forbidden', 'An auditor may read but not change anything.');
}
