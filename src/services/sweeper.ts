// PostgreSQL is the truth, Redis is transport: the sweeper hands back to Redis whatever
// PostgreSQL says is unfinished but Redis does not hold (never enqueued, or lost in a flush or a
// restart), and plans the day's staff reminders. Every step is idempotent, so several worker
// processes may sweep at once.
import { DateTime } from 'luxon';
import type { Db } from '../db/database.js';
import type { Queues } from '../jobs/queues.js';
import { enqueueRecorded } from '../jobs/enqueue.js';
import { isJobName } from '../jobs/catalogue.js';
import { listUnfinishedJobs } from '../repositories/jobs.repository.js';
import type { Logger } from '../logger.js';
import { scheduleTodaysReminders } from './reminders.service.js';
import { resumeLostRenders } from './render-plan.service.js';
import { expireAbandonedSends } from './claims.js';
import { purgeDueIncidents } from './retention.service.js';

export interface SweepResult {
  remindersQueued: number;
  requeued: number;
  rendersResumed: number;
  abandonedSends: number;
  piiPurged: number;
}

export async function sweep(
  deps: { db: Db; queues: Queues; log: Logger; reminderDaysBefore: readonly number[]; sendingLeaseSeconds: number; dataDir: string },
  now = DateTime.now(),
): Promise<SweepResult> {
  const reminderJobs = await scheduleTodaysReminders(deps.db, deps.reminderDaysBefore, now);
  const unfinished = await listUnfinishedJobs(deps.db, 1000);
  const missing = [];
  for (const job of unfinished) {
    if (!isJobName(job.name)) continue;
    if (job.state === 'pending' || !(await deps.queues[job.name].getJob(job.job_id))) missing.push(job);
  }
  const requeued = await enqueueRecorded(deps.db, deps.queues, missing, deps.log);
  if (requeued) deps.log.info({ requeued }, 'sweeper re-enqueued work from PostgreSQL');
  const rendersResumed = await resumeLostRenders(deps.db, deps.queues);
  if (rendersResumed) deps.log.info({ rendersResumed }, 'sweeper re-started letter renders Redis had lost');
  const abandonedSends = await expireAbandonedSends(deps.db, deps.sendingLeaseSeconds);
  if (abandonedSends) deps.log.warn({ abandonedSends }, 'sends abandoned by a stopped worker marked failed (outcome unknown)');
  // Retention: one indexed query when nothing is due (migration 0009, incidents_purge_pending).
  const purge = await purgeDueIncidents({ db: deps.db, dataDir: deps.dataDir, log: deps.log }, { now });
  return { remindersQueued: reminderJobs.length, requeued, rendersResumed, abandonedSends, piiPurged: purge.purged.length };
}
