import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { JobRow, JobState } from '../db/schema.js';

export interface JobRequest {
  name: string;
  jobId: string;
  payload: Record<string, unknown>;
  organizationId: string | null;
  incidentId: string | null;
}

/**
 * Writes the outbox row in the caller's transaction. The same business key twice is one job:
 * a finished job with that key is reopened so the work runs again only when asked explicitly.
 */
export async function recordJob(db: Executor, job: JobRequest): Promise<JobRow> {
  return db
    .insertInto('jobs')
    .values({
      name: job.name,
      job_id: job.jobId,
      payload: JSON.stringify(job.payload),
      organization_id: job.organizationId,
      incident_id: job.incidentId,
    })
    .onConflict((oc) =>
      oc.column('job_id').doUpdateSet({ updated_at: sql<string>`now()` }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setJobState(
  db: Executor,
  jobId: string,
  state: JobState,
  extra: { lastError?: string | null; attempts?: number } = {},
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      state,
      updated_at: sql<string>`now()`,
      ...(state === 'enqueued' ? { enqueued_at: sql<string>`now()` } : {}),
      ...(state === 'completed' || state === 'failed' ? { finished_at: sql<string>`now()` } : {}),
      ...(extra.lastError !== undefined ? { last_error: extra.lastError } : {}),
      ...(extra.attempts !== undefined ? { attempts: extra.attempts } : {}),
    })
    .where('job_id', '=', jobId)
    .execute();
}

/** After a successful add to Redis; never overwrites a state a worker already reached. */
export async function markEnqueued(db: Executor, jobId: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ state: 'enqueued', enqueued_at: sql<string>`now()`, updated_at: sql<string>`now()` })
    .where('job_id', '=', jobId)
    .where('state', '=', 'pending')
    .execute();
}

/** Work PostgreSQL says is not finished: what the sweeper hands back to Redis. */
export async function listUnfinishedJobs(db: Executor, limit: number): Promise<JobRow[]> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('state', 'in', ['pending', 'enqueued', 'active'])
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function listJobsForIncident(db: Executor, incidentId: string, limit = 100): Promise<JobRow[]> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Whether an incident has work of these kinds not yet finished (e.g. a delivery still going). */
export async function hasUnfinishedJob(db: Executor, incidentId: string, names: readonly string[]): Promise<boolean> {
  const row = await db
    .selectFrom('jobs')
    .select('id')
    .where('incident_id', '=', incidentId)
    .where('name', 'in', names)
    .where('state', 'in', ['pending', 'enqueued', 'active'])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
