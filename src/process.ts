// Process plumbing shared by the entry points: config errors end the process with the full list,
// and SIGTERM/SIGINT run an orderly close.
import { ConfigError, type Config } from './config.js';
import type { Logger } from './logger.js';

export function exitOnConfigError(load: () => Readonly<Config>): Readonly<Config> {
  try {
    return load();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

export function onShutdown(log: Logger, close: () => Promise<void>): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'shutting down');
      close()
        .then(() => process.exit(0))
        .catch((err) => {
          log.error({ err: (err as Error).message }, 'shutdown failed');
          process.exit(1);
        });
    });
  }
}
