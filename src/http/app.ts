// The fastify application: docs, health, authenticated /v1 routes, one error funnel.
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Deps } from '../services/deps.js';
import { authenticate, openTenantScope } from './auth.js';
import { installErrorHandler } from './error-handler.js';
import { installSecurityHeaders } from './security-headers.js';
import { installTokenRateLimit } from './rate-limit.js';
import { healthRoutes } from './routes/health.routes.js';
import { incidentRoutes } from './routes/incidents.routes.js';
import { letterRoutes } from './routes/letters.routes.js';
import { rulesRoutes } from './routes/rules.routes.js';
import { importRoutes } from './routes/imports.routes.js';
import { auditRoutes } from './routes/audit.routes.js';
import { tokenRoutes } from './routes/tokens.routes.js';
import { incidentLifecycleRoutes } from './routes/incident-lifecycle.routes.js';
import { organizationRoutes } from './routes/organization.routes.js';
import { uiPlugin } from './ui/ui.plugin.js';
import { uiModules } from './ui/modules.js';

export async function buildApp(deps: Deps): Promise<FastifyInstance> {
  const app = Fastify({ loggerInstance: deps.log as FastifyBaseLogger, bodyLimit: 1024 * 1024 });
  // Route schemas document the API; validation is the services' job, so every error names its
  // field the same way whichever door the input came through.
  app.setValidatorCompiler(() => (value) => ({ value }));
  installErrorHandler(app);
  installSecurityHeaders(app);
  await app.register(swagger, {
    openapi: {
      info: { title: 'breachdesk API', version: '1', description: 'Breach notification deadlines, reminders and letters.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(async (open) => healthRoutes(open, deps));
  await app.register(async (v1) => {
    v1.addHook('onRequest', openTenantScope);
    v1.addHook('onRequest', authenticate(deps.db));
    await installTokenRateLimit(v1, deps.config);
    await incidentRoutes(v1, deps);
    await letterRoutes(v1, deps);
    await rulesRoutes(v1, deps);
    await auditRoutes(v1, deps);
    await tokenRoutes(v1, deps);
    await incidentLifecycleRoutes(v1, deps);
    await organizationRoutes(v1, deps);
    await v1.register(async (scope) => importRoutes(scope, deps));
  });
  // The staff web app, for people rather than programs (templates/ui/).
  await app.register(async (ui) => uiPlugin(ui, deps, uiModules), { prefix: '/ui' });
  app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/ui/', 302));
  return app;
}
