// After-commit half of the outbox: hands recorded jobs to Redis and notes it in PostgreSQL.
// A failure here loses nothing: the row stays `pending` and the sweeper retries it.
import type { Db } from '../db/database.js';
import type { JobRow } from '../db/schema.js';
import { markEnqueued, recordJob } from '../repositories/jobs.repository.js';
import type { Executor } from '../db/database.js';
import { isJobName, jobIdOf, type JobName, type JobPayload } from './catalogue.js';
import type { Queues } from './queues.js';
import type { Logger } from '../logger.js';

export async function recordJobFor<N extends JobName>(
  db: Executor,
  name: N,
  payload: JobPayload<N>,
  scope: { organizationId: string | null; incidentId: string | null },
): Promise<JobRow> {
  const jobId = jobIdOf(name, payload);
  return recordJob(db, { name, jobId, payload: payload as Record<string, unknown>, ...scope });
}

export async function enqueueRecorded(db: Db, queues: Queues, jobs: JobRow[], log: Logger): Promise<number> {
  let enqueued = 0;
  for (const job of jobs) {
    if (!isJobName(job.name)) continue;
    try {
      await queues[job.name].add(job.name, job.payload, { jobId: job.job_id });
      await markEnqueued(db, job.job_id);
      enqueued++;
    } catch (err) {
      log.warn({ jobId: job.job_id, err: (err as Error).message }, 'enqueue failed; the sweeper will retry');
    }
  }
  return enqueued;
}
