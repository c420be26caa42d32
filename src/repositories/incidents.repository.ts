import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { IncidentEventRow, IncidentRow } from '../db/schema.js';

export async function insertIncident(
  db: Executor,
  i: { organizationId: string; title: string; document: unknown; contacts: string[]; createdBy: string | null },
): Promise<IncidentRow> {
  return db
    .insertInto('incidents')
    .values({
      organization_id: i.organizationId,
      title: i.title,
      document: JSON.stringify(i.document),
      contacts: i.contacts,
      created_by: i.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Tenant-scoped: another organisation's incident is simply not found. */
export async function findIncident(db: Executor, organizationId: string, id: string): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Serialises changes to one incident. NO KEY UPDATE, not UPDATE: a concurrent insert that merely
 * references the incident (its foreign-key check takes KEY SHARE) must not wait on it, or a writer
 * holding the audit chain's lock and this row's lock in the other order deadlocks.
 */
export async function lockIncident(db: Executor, organizationId: string, id: string): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export async function listIncidents(
  db: Executor,
  organizationId: string,
  opts: { limit: number; before: string | null },
): Promise<IncidentRow[]> {
  let q = db.selectFrom('incidents').selectAll().where('organization_id', '=', organizationId);
  if (opts.before) q = q.where('created_at', '<', opts.before);
  return q.orderBy('created_at', 'desc').limit(opts.limit).execute();
}

/** Every change to an incident bumps its revision; the revision keys its assessment job. */
export async function bumpRevision(db: Executor, id: string): Promise<number> {
  const row = await db
    .updateTable('incidents')
    .set((eb) => ({ revision: eb('revision', '+', 1), updated_at: sql<string>`now()` }))
    .where('id', '=', id)
    .returning('revision')
    .executeTakeFirstOrThrow();
  return row.revision;
}

export async function markAssessed(db: Executor, id: string, revision: number): Promise<void> {
  await db
    .updateTable('incidents')
    .set({ assessed_revision: revision })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('assessed_revision', 'is', null), eb('assessed_revision', '<', revision)]))
    .execute();
}

export async function replaceExposureWindows(
  db: Executor,
  organizationId: string,
  incidentId: string,
  windows: { startRaw: string; endRaw: string; start: string; end: string; channel: string | null }[],
): Promise<void> {
  await db.deleteFrom('exposure_windows').where('incident_id', '=', incidentId).execute();
  if (windows.length === 0) return;
  await db
    .insertInto('exposure_windows')
    .values(
      windows.map((w) => ({
        organization_id: organizationId,
        incident_id: incidentId,
        start_raw: w.startRaw,
        end_raw: w.endRaw,
        start_date: w.start,
        end_date: w.end,
        channel: w.channel,
      })),
    )
    .execute();
}

export async function insertEvents(
  db: Executor,
  organizationId: string,
  incidentId: string,
  createdBy: string | null,
  events: { type: string; occurredOn: string; body: Record<string, unknown> }[],
): Promise<IncidentEventRow[]> {
  if (events.length === 0) return [];
  return db
    .insertInto('incident_events')
    .values(
      events.map((e) => ({
        organization_id: organizationId,
        incident_id: incidentId,
        type: e.type,
        occurred_on: e.occurredOn,
        body: JSON.stringify(e.body),
        created_by: createdBy,
      })),
    )
    .returningAll()
    .execute();
}

export async function listEvents(db: Executor, incidentId: string): Promise<IncidentEventRow[]> {
  return db
    .selectFrom('incident_events')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('occurred_on')
    .orderBy('created_at')
    .execute();
}
