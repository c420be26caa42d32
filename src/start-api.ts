import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createDb } from './db/database.js';
import { createQueues } from './jobs/queues.js';
import { catalogue } from './rules/index.js';
import { buildApp } from './http/app.js';
import { piiCipherFor } from './services/pii-keys.js';

export async function startApi(config: Readonly<Config>, log: Logger) {
  piiCipherFor(config, log);
  const db = createDb(config.databaseUrl, config.databasePoolSize, { tenantScopeRequired: true });
  const queues = createQueues(config.redisUrl, config.queuePrefix, { attempts: config.jobAttempts, backoffMs: config.jobBackoffMs });
  const app = await buildApp({ db, queues, config, log, catalogue });
  await app.listen({ host: config.http.host, port: config.http.port });
  return {
    app,
    async close() {
      await app.close();
      await queues.close();
      await db.destroy();
    },
  };
}
