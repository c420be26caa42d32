// Browser sessions for the staff web app, derived from an API token: signing in with a token
// opens a session that lives at most SESSION_HOURS and dies with the token (revoked or expired).
// The cookie holds a random secret (PostgreSQL keeps only its hash); the form token that guards
// every POST against cross-site requests is derived from that secret, so nothing more is stored.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { currentTenantScope } from '../../db/tenant-scope.js';
import { findPrincipalByToken } from '../../repositories/users.repository.js';
import { endSession, findSessionPrincipal, insertSession, type SessionPrincipal } from '../../repositories/ui-sessions.repository.js';

export const SESSION_COOKIE = 'bd_session';
export const SESSION_HOURS = 12;

declare module 'fastify' {
  interface FastifyRequest {
    uiSession: { principal: SessionPrincipal; csrf: string } | null;
  }
}

export function csrfFor(secret: string): string {
  return createHmac('sha256', secret).update('breachdesk form token').digest('base64url');
}

export function csrfMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function scopeTo(organizationId: string): void {
  const scope = currentTenantScope();
  if (!scope) throw new Error('UI requests run inside openTenantScope');
  scope.organizationId = organizationId;
}

/** Opens a session for the token's user; null when the token is unknown, revoked or expired. */
export async function signIn(db: Db, token: string): Promise<{ secret: string; principal: SessionPrincipal } | null> {
  const principal = await findPrincipalByToken(db, token);
  if (!principal) return null;
  scopeTo(principal.organizationId);
  const secret = `s_${randomBytes(32).toString('base64url')}`;
  const sessionId = await insertSession(db, { organizationId: principal.organizationId, tokenId: principal.tokenId, secret, hours: SESSION_HOURS });
  return { secret, principal: { ...principal, sessionId } };
}

/** Reads the session cookie into `req.uiSession` and scopes the request to its organisation. */
export async function loadSession(db: Db, req: FastifyRequest): Promise<void> {
  req.uiSession = null;
  const secret = req.cookies[SESSION_COOKIE];
  if (!secret || !/^s_[A-Za-z0-9_-]{43}$/.test(secret)) return;
  const principal = await findSessionPrincipal(db, secret);
  if (!principal) return;
  scopeTo(principal.organizationId);
  req.uiSession = { principal, csrf: csrfFor(secret) };
  req.principal = principal;
}

export async function signOut(db: Db, req: FastifyRequest): Promise<void> {
  if (req.uiSession) await endSession(db, req.uiSession.principal.sessionId);
}

export function setSessionCookie(reply: FastifyReply, secret: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, secret, { path: '/ui', httpOnly: true, sameSite: 'strict', secure, maxAge: SESSION_HOURS * 3600 });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/ui', httpOnly: true, sameSite: 'strict', secure });
}
