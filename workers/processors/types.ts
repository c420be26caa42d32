import type { Transporter } from 'nodemailer';
import type { Db } from '../../src/db/database.js';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/logger.js';
import type { Catalogue } from '../../src/rules/types.js';
import type { Queues } from '../../src/jobs/queues.js';
import type { JobName, JobPayload } from '../../src/jobs/catalogue.js';

export interface ProcessorContext {
  db: Db;
  mail: Transporter;
  config: Readonly<Config>;
  log: Logger;
  catalogue: Catalogue;
  queues: Queues;
  /** Waits for a slot under the deployment-wide e-mail rate limit. */
  acquireMailSlot: () => Promise<unknown>;
  /** True on the job's last try: a processor records a final failure instead of a retry. */
  lastAttempt: boolean;
}

export type Processor<N extends JobName> = (payload: JobPayload<N>, ctx: ProcessorContext) => Promise<unknown>;
