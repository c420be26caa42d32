// What the dashboard lists: obligations of the organisation's open incidents that staff must meet.
import type { Executor } from '../db/database.js';
import type { ObligationRow } from '../db/schema.js';

export interface DashboardRow extends ObligationRow {
  incident_title: string;
}

export interface DashboardFilter {
  incidentId: string | null;
  jurisdiction: string | null;
  recipient: string | null;
  /** Also met, late and waived ones, not only those still open. */
  includeDone: boolean;
}

/**
 * Soonest due first; obligations with no legal date after every dated one. A vendor's duty to tell
 * the organisation (`data_owner`) is not the staff's to meet, so it is shown on the incident only.
 */
export async function listDashboardObligations(db: Executor, organizationId: string, f: DashboardFilter): Promise<DashboardRow[]> {
  let q = db
    .selectFrom('obligations as o')
    .innerJoin('incidents as i', 'i.id', 'o.incident_id')
    .selectAll('o')
    .select('i.title as incident_title')
    .where('o.organization_id', '=', organizationId)
    .where('i.status', '=', 'open')
    .where('o.applicability', '=', 'applies')
    .where('o.recipient', '!=', 'data_owner');
  q = f.includeDone ? q.where('o.status', 'in', ['open', 'met', 'late', 'waived']) : q.where('o.status', '=', 'open');
  if (f.incidentId) q = q.where('o.incident_id', '=', f.incidentId);
  if (f.jurisdiction) q = q.where('o.jurisdiction', '=', f.jurisdiction);
  if (f.recipient) q = q.where('o.recipient', '=', f.recipient);
  return q.orderBy('o.due_date', (ob) => ob.asc().nullsLast()).orderBy('i.created_at', 'desc').orderBy('o.key').limit(1000).execute();
}

/** Every open incident with its obligation counts, for the filter list and the summary. */
export async function listOpenIncidentSummaries(db: Executor, organizationId: string) {
  return db
    .selectFrom('incidents as i')
    .leftJoin('obligations as o', (j) => j.onRef('o.incident_id', '=', 'i.id').on('o.applicability', '=', 'applies').on('o.recipient', '!=', 'data_owner'))
    .select(['i.id', 'i.title', 'i.created_at'])
    .select((eb) => [
      eb.fn.count<string>('o.id').filterWhere('o.status', '=', 'open').as('open'),
      eb.fn.count<string>('o.id').filterWhere('o.status', 'in', ['met', 'late', 'waived']).as('done'),
    ])
    .where('i.organization_id', '=', organizationId)
    .where('i.status', '=', 'open')
    .groupBy(['i.id', 'i.title', 'i.created_at'])
    .orderBy('i.created_at', 'desc')
    .execute();
}
