import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { NewObligation, ObligationRow } from '../db/schema.js';

/**
 * Replaces an incident's computed obligations with a newer assessment. Rows keep their id across
 * re-assessments (reminders hang off them); a waiver recorded by an officer survives. Obligations
 * the new assessment no longer produces are removed. Callers hold the incident's row lock and
 * have checked the revision, so an older assessment never overwrites a newer one.
 */
export async function saveObligations(
  db: Executor,
  incidentId: string,
  rows: NewObligation[],
): Promise<ObligationRow[]> {
  const keys = rows.map((r) => r.key);
  await db
    .deleteFrom('obligations')
    .where('incident_id', '=', incidentId)
    .where((eb) => (keys.length ? eb('key', 'not in', keys) : eb.lit(true)))
    .execute();
  if (rows.length === 0) return [];
  return db
    .insertInto('obligations')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['incident_id', 'key']).doUpdateSet((eb) => ({
        jurisdiction: eb.ref('excluded.jurisdiction'),
        recipient: eb.ref('excluded.recipient'),
        recipient_name: eb.ref('excluded.recipient_name'),
        law: eb.ref('excluded.law'),
        rule: eb.ref('excluded.rule'),
        citation: eb.ref('excluded.citation'),
        applicability: eb.ref('excluded.applicability'),
        status: sql`case when obligations.status = 'waived' then 'waived' else excluded.status end`,
        deadline_kind: eb.ref('excluded.deadline_kind'),
        due_date: eb.ref('excluded.due_date'),
        due_at: eb.ref('excluded.due_at'),
        days_late: eb.ref('excluded.days_late'),
        detail: eb.ref('excluded.detail'),
        computed_revision: eb.ref('excluded.computed_revision'),
        updated_at: sql<string>`now()`,
      })),
    )
    .returningAll()
    .execute();
}

export async function listObligations(db: Executor, incidentId: string): Promise<ObligationRow[]> {
  return db
    .selectFrom('obligations')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy(sql`due_date nulls last`)
    .orderBy('jurisdiction')
    .orderBy('key')
    .execute();
}

export interface OpenObligationWithContext extends ObligationRow {
  incident_title: string;
  contacts: string[];
  timezone: string;
}

/**
 * Open obligations with a due date, with what a reminder needs to be written. A vendor's duty to
 * tell the organisation (`data_owner`) is shown on the incident but is not the staff's to meet,
 * so it is never reminded.
 */
export async function listOpenDatedObligations(db: Executor): Promise<OpenObligationWithContext[]> {
  return db
    .selectFrom('obligations as o')
    .innerJoin('incidents as i', 'i.id', 'o.incident_id')
    .innerJoin('organizations as org', 'org.id', 'o.organization_id')
    .selectAll('o')
    .select(['i.title as incident_title', 'i.contacts', 'org.timezone'])
    .where('o.status', '=', 'open')
    .where('o.due_date', 'is not', null)
    .where('o.recipient', '!=', 'data_owner')
    .where('i.status', '=', 'open')
    .execute();
}
