// `npm start`: migrate, then run the API and the workers side by side on this machine. For more
// machines, run `npm run start:api` and `npm run start:workers` separately instead.
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { loadDotEnv } from './env-file.js';
import { migrateToLatest } from './db/migrate.js';
import { exitOnConfigError, onShutdown } from './process.js';
import { startApi } from './start-api.js';
import { startWorkers } from '../workers/start-workers.js';

loadDotEnv();
const config = exitOnConfigError(loadConfig);
const log = createLogger(config.logLevel, 'breachdesk');
try {
  const applied = await migrateToLatest(config.databaseUrl);
  log.info({ applied: applied.map((m) => m.migrationName) }, 'database migrated');
} catch (err) {
  log.fatal({ err: (err as Error).message }, 'migration failed; not starting');
  process.exit(1);
}
const workers = startWorkers(config, createLogger(config.logLevel, 'workers'));
const api = await startApi(config, log);
log.info(`API listening on http://${config.http.host}:${config.http.port} (docs at /docs); workers running`);
onShutdown(log, async () => {
  await api.close();
  await workers.close();
});
