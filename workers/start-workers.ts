// Starts one bullmq Worker per job, the periodic sweeper, and returns a close() that shuts them
// down in order (workers, then queues, then the pool) within a deadline.
import { UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Transporter } from 'nodemailer';
import type { Config } from '../src/config.js';
import { createDb, type Db } from '../src/db/database.js';
import { JOB_NAMES, jobCatalogue, queueName, type JobName } from '../src/jobs/catalogue.js';
import { createQueues, workerConnection, type Queues } from '../src/jobs/queues.js';
import { setJobState } from '../src/repositories/jobs.repository.js';
import { createMailTransport } from '../src/mail/transport.js';
import { createRateLimiter } from '../src/mail/rate-limiter.js';
import { catalogue } from '../src/rules/index.js';
import { sweep } from '../src/services/sweeper.js';
import type { Logger } from '../src/logger.js';
import { processors } from './processors/index.js';
import { piiCipherFor } from '../src/services/pii-keys.js';
import type { ProcessorContext } from './processors/types.js';

export interface RunningWorkers {
  db: Db;
  queues: Queues;
  workers: Worker[];
  sweepNow(): ReturnType<typeof sweep>;
  close(): Promise<void>;
}

function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

async function runTracked(db: Db, name: JobName, job: Job, ctx: Omit<ProcessorContext, 'lastAttempt'>): Promise<unknown> {
  const parsed = jobCatalogue[name].payload.safeParse(job.data);
  const jobId = job.id ?? '';
  if (!parsed.success) {
    await setJobState(db, jobId, 'failed', { lastError: 'malformed payload' });
    throw new UnrecoverableError(`malformed ${name} payload: ${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
  }
  await setJobState(db, jobId, 'active', { attempts: job.attemptsMade + 1 });
  try {
    const result = await (processors[name] as (p: unknown, c: ProcessorContext) => Promise<unknown>)(parsed.data, {
      ...ctx,
      lastAttempt: isLastAttempt(job),
    });
    await setJobState(db, jobId, 'completed', { lastError: null });
    return result;
  } catch (err) {
    // Recorded, then rethrown: bullmq owns the retry schedule.
    const final = isLastAttempt(job) || err instanceof UnrecoverableError;
    await setJobState(db, jobId, final ? 'failed' : 'active', { lastError: (err as Error).message }).catch(() => undefined);
    throw err;
  }
}

export function startWorkers(
  config: Readonly<Config>,
  log: Logger,
  opts: { mail?: Transporter; sweepIntervalMs?: number | null } = {},
): RunningWorkers {
  // Loads (or, in development, makes) the key for residents' contact details now, not at the first job.
  piiCipherFor(config, log);
  const db = createDb(config.databaseUrl, config.databasePoolSize);
  const queues = createQueues(config.redisUrl, config.queuePrefix, { attempts: config.jobAttempts, backoffMs: config.jobBackoffMs });
  const mail =
    opts.mail ??
    createMailTransport({
      host: config.smtp.host,
      port: config.smtp.port,
      secure: config.smtp.secure,
      user: config.smtp.user,
      password: config.smtp.password,
      pool: true,
      maxConnections: config.smtp.poolSize,
      rateLimitPerSecond: config.smtp.ratePerSecond,
      timeoutMs: config.smtp.timeoutMs,
    });
  const limiter = createRateLimiter(config.redisUrl, config.queuePrefix, config.smtp.ratePerSecond);
  const ctx = { db, mail, config, log, catalogue, queues, acquireMailSlot: limiter.acquire };
  const connections: ReturnType<typeof workerConnection>[] = [];
  const workers = JOB_NAMES.map((name) => {
    const connection = workerConnection(config.redisUrl);
    connections.push(connection);
    const worker = new Worker(queueName(name), (job) => runTracked(db, name, job, ctx), {
      connection: connection as unknown as ConnectionOptions,
      prefix: config.queuePrefix,
      concurrency: config.workerConcurrency,
      lockDuration: config.jobLockSeconds * 1000,
      stalledInterval: config.jobLockSeconds * 1000,
    });
    worker.on('error', (err) => log.error({ queue: name, err: err.message }, 'worker error'));
    worker.on('failed', (job, err) => log.warn({ queue: name, jobId: job?.id, attempt: job?.attemptsMade, err: err.message }, 'job failed'));
    worker.on('completed', (job) => log.debug({ queue: name, jobId: job.id }, 'job completed'));
    return worker;
  });
  const sweepNow = () => sweep({ db, queues, log, reminderDaysBefore: config.reminderDaysBefore, sendingLeaseSeconds: config.sendingLeaseSeconds, dataDir: config.dataDir });
  let sweeping: Promise<unknown> = Promise.resolve();
  const runSweep = () => {
    sweeping = sweepNow().catch((err) => log.error({ err: (err as Error).message }, 'sweep failed'));
  };
  const intervalMs = opts.sweepIntervalMs === undefined ? config.sweepIntervalSeconds * 1000 : opts.sweepIntervalMs;
  const timer = intervalMs === null ? null : setInterval(runSweep, intervalMs);
  if (intervalMs !== null) runSweep();

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      if (timer) clearInterval(timer);
      await sweeping;
      const deadline = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), config.shutdownTimeoutMs).unref());
      // In-flight jobs get until the deadline to finish; past it they are released (bullmq
      // re-delivers them as stalled) rather than holding shutdown hostage.
      const graceful = Promise.all(workers.map((w) => w.close())).then(() => 'closed' as const);
      if ((await Promise.race([graceful, deadline])) === 'timeout') {
        log.warn('shutdown deadline reached; releasing in-flight jobs');
        await Promise.all(workers.map((w) => w.close(true)));
      }
      await queues.close();
      await limiter.close();
      await Promise.all(connections.map((c) => c.quit().catch(() => c.disconnect())));
      if (!opts.mail) mail.close();
      await db.destroy();
    })());
  return { db, queues, workers, sweepNow, close };
}
