// Worker process entry point: `npm run start:workers`. Consumes jobs; serves no HTTP.
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { loadDotEnv } from '../src/env-file.js';
import { exitOnConfigError, onShutdown } from '../src/process.js';
import { startWorkers } from './start-workers.js';

loadDotEnv();
const config = exitOnConfigError(loadConfig);
const log = createLogger(config.logLevel, 'workers');
const running = startWorkers(config, log);
log.info({ queues: running.workers.map((w) => w.name) }, 'workers started');
onShutdown(log, () => running.close());
