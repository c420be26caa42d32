import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../services/deps.js';
import { createToken, listOrganizationTokens, newTokenBody, revokeToken, rotateToken } from '../../services/tokens.service.js';
import { parseInput } from '../params.js';

const tokenParams = z.object({ id: z.string().uuid('must be a token id (a UUID)') });

export async function tokenRoutes(app: FastifyInstance, deps: Deps) {
  app.get('/v1/tokens', { schema: { summary: "The organisation's API tokens, without secrets (admin)", tags: ['tokens'] } }, async (req) => ({
    tokens: await listOrganizationTokens(deps.db, req.principal),
  }));

  app.post('/v1/tokens', { schema: { summary: 'Issue a token for a user (created if new); the secret is shown once (admin)', tags: ['tokens'] } }, async (req, reply) => {
    const body = parseInput(newTokenBody, req.body, 'body');
    return reply.status(201).send(await createToken(deps.db, req.principal, body));
  });

  app.post('/v1/tokens/:id/revoke', { schema: { summary: 'Revoke a token at once (admin)', tags: ['tokens'] } }, async (req) => {
    const { id } = parseInput(tokenParams, req.params, 'params');
    return revokeToken(deps.db, req.principal, id);
  });

  app.post('/v1/tokens/:id/rotate', { schema: { summary: 'Replace a token by a new secret for the same user; the old one stops working (admin)', tags: ['tokens'] } }, async (req, reply) => {
    const { id } = parseInput(tokenParams, req.params, 'params');
    return reply.status(201).send(await rotateToken(deps.db, req.principal, id));
  });
}
