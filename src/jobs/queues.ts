import { FlowProducer, Queue, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { JOB_NAMES, queueName, type JobName } from './catalogue.js';

export type Queues = Record<JobName, Queue> & { close(): Promise<void>; connection: Redis; flow: FlowProducer; jobDefaults: { attempts: number; backoff: { type: 'exponential'; delay: number; jitter: number } } };

/**
 * Producer side: fail fast when Redis is away (no offline queue), so an outage surfaces at once
 * instead of hanging a request; the outbox row keeps the work until the sweeper re-enqueues it.
 */
export function createQueues(redisUrl: string, prefix: string, retry: { attempts: number; backoffMs: number }): Queues {
  const connection = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  connection.on('error', () => {
    /* reported through failed enqueues and /health, not as an unhandled error */
  });
  const queues = Object.fromEntries(
    JOB_NAMES.map((name) => [
      name,
      new Queue(queueName(name), {
        connection: connection as unknown as ConnectionOptions,
        prefix,
        defaultJobOptions: {
          attempts: retry.attempts,
          backoff: { type: 'exponential', delay: retry.backoffMs, jitter: 0.5 },
          removeOnComplete: { age: 24 * 3600, count: 1000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      }),
    ]),
  ) as Record<JobName, Queue>;
  const flow = new FlowProducer({ connection: connection as unknown as ConnectionOptions, prefix });
  return Object.assign(queues, {
    connection,
    flow,
    jobDefaults: { attempts: retry.attempts, backoff: { type: 'exponential' as const, delay: retry.backoffMs, jitter: 0.5 } },
    async close() {
      await Promise.all(JOB_NAMES.map((n) => queues[n].close()));
      await flow.close();
      await connection.quit().catch(() => connection.disconnect());
    },
  });
}

export function workerConnection(redisUrl: string): Redis {
  // Workers block on Redis; bullmq requires unlimited retries per request for them.
  return new Redis(redisUrl, { maxRetriesPerRequest: null });
}
