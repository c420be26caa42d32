import { FlowProducer, Queue, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { JOB_NAMES, queueName, type JobName } from './catalogue.js';

export type Queues = Record<JobName, Queue> & { close(): Promise<void>; started(withinMs: number): Promise<boolean>; connection: Redis; flow: FlowProducer; jobDefaults: { attempts: number; backoff: { type: 'exponential'; delay: number; jitter: number } } };

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
  /**
   * Whether every queue has reached Redis within the time. bullmq itself waits without end while
   * Redis is away, which suits a server but not a command someone is watching.
   */
  async function started(withinMs: number): Promise<boolean> {
    const all = Promise.allSettled([...JOB_NAMES.map((n) => queues[n].waitUntilReady()), flow.waitUntilReady()]);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(resolve, withinMs, false)));
    const result = await Promise.race([all.then((r) => r.every((s) => s.status === 'fulfilled')), timeout]);
    clearTimeout(timer);
    return result;
  }
  return Object.assign(queues, {
    connection,
    flow,
    jobDefaults: { attempts: retry.attempts, backoff: { type: 'exponential' as const, delay: retry.backoffMs, jitter: 0.5 } },
    started,
    async close() {
      // bullmq detaches a queue's listeners on close even while its start-up check on a shared
      // connection is still running, and that check failing afterwards crashes the process (a
      // short command closes within milliseconds of opening). So let the checks settle first;
      // disconnecting ends them while a connection attempt is open. Between reconnect attempts
      // nothing ends them, but then nothing will fail them either: hence the bound, not a hang.
      if (connection.status !== 'ready') connection.disconnect();
      await started(1000);
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
