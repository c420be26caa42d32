import type { Db } from '../db/database.js';
import type { Queues } from '../jobs/queues.js';
import type { Logger } from '../logger.js';
import type { Config } from '../config.js';
import type { Catalogue } from '../rules/types.js';

/** What services receive instead of reaching for globals. */
export interface Deps {
  db: Db;
  queues: Queues;
  config: Readonly<Config>;
  log: Logger;
  catalogue: Catalogue;
}
