import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../services/deps.js';
import { runInTenantScope } from '../../db/tenant-scope.js';

async function probe(check: () => Promise<unknown>): Promise<'up' | 'down'> {
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref())]);
    return 'up';
  } catch {
    return 'down';
  }
}

export async function healthRoutes(app: FastifyInstance, deps: Deps) {
  app.get('/health', { schema: { summary: 'PostgreSQL and Redis reachability', tags: ['operations'] } }, async (_req, reply) => {
    const [postgres, redis] = await Promise.all([
      // An empty tenant scope: the API's pool runs nothing outside one, and this sees no rows.
      probe(() => runInTenantScope({ organizationId: null }, () => sql`select 1`.execute(deps.db))),
      probe(() => deps.queues.connection.ping()),
    ]);
    const ok = postgres === 'up' && redis === 'up';
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', postgres, redis });
  });
}
