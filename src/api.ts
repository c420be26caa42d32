// API process entry point: `npm run start:api`. Writes and enqueues; never consumes jobs.
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { loadDotEnv } from './env-file.js';
import { startApi } from './start-api.js';
import { exitOnConfigError, onShutdown } from './process.js';

loadDotEnv();
const config = exitOnConfigError(loadConfig);
const log = createLogger(config.logLevel, 'api');
const api = await startApi(config, log);
onShutdown(log, () => api.close());
