// Recomputes and stores an incident's obligations, and plans the staff reminders that follow from
// their due dates. Idempotent per revision: a re-run or an out-of-date job changes nothing.
import type { Db } from '../db/database.js';
import type { NewObligation } from '../db/schema.js';
import { assessIncident } from '../domain/assess.js';
import type { AssessedObligation } from '../domain/types.js';
import { todayIn, upcomingReminders } from '../domain/reminder-plan.js';
import type { Catalogue } from '../rules/types.js';
import { lockIncident, markAssessed } from '../repositories/incidents.repository.js';
import { findOrganization } from '../repositories/organizations.repository.js';
import { saveObligations } from '../repositories/obligations.repository.js';
import { cancelStaleReminders, planReminders } from '../repositories/reminders.repository.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { exposureWindowsOf, matchExposure } from '../repositories/matching.repository.js';
import { loadDomainIncident } from './incident-loader.js';

export type AssessOutcome = { status: 'assessed'; revision: number; obligations: number } | { status: 'skipped'; reason: string };

function toRow(o: AssessedObligation, organizationId: string, incidentId: string, revision: number): NewObligation {
  return {
    organization_id: organizationId,
    incident_id: incidentId,
    key: o.key,
    jurisdiction: o.jurisdiction,
    recipient: o.recipient,
    recipient_name: o.recipientName,
    law: o.law,
    rule: o.rule,
    citation: o.citation,
    applicability: o.applicability,
    status: o.status,
    deadline_kind: o.deadline.kind,
    due_date: o.deadline.due,
    due_at: o.deadline.dueAt,
    days_late: o.daysLate,
    detail: JSON.stringify(o),
    computed_revision: revision,
  };
}

export async function runAssessment(
  db: Db,
  catalogue: Catalogue,
  incidentId: string,
  revision: number,
  reminderDays: readonly number[],
): Promise<AssessOutcome> {
  return db.transaction().execute(async (tx) => {
    const head = await tx.selectFrom('incidents').select('organization_id').where('id', '=', incidentId).executeTakeFirst();
    if (!head) return { status: 'skipped', reason: 'incident no longer exists' } as const;
    const incident = await lockIncident(tx, head.organization_id, incidentId);
    if (!incident) return { status: 'skipped', reason: 'incident no longer exists' } as const;
    if (incident.assessed_revision !== null && incident.assessed_revision >= revision) {
      return { status: 'skipped', reason: `revision ${incident.assessed_revision} already assessed` } as const;
    }
    // Windows may have changed since the residents were matched: who is in scope decides the counts.
    await matchExposure(tx, incident.id, await exposureWindowsOf(tx, incident.id));
    const org = (await findOrganization(tx, incident.organization_id))!;
    // Always assess the incident as it is now; the job's revision only says "at least this new".
    const domainIncident = await loadDomainIncident(tx, incident, org);
    const assessment = assessIncident(domainIncident, catalogue);
    const rows = await saveObligations(
      tx,
      incident.id,
      assessment.obligations.map((o) => toRow(o, org.id, incident.id, incident.revision)),
    );
    await cancelStaleReminders(tx, incident.id);
    const today = todayIn(org.timezone);
    await planReminders(
      tx,
      rows
        .filter((r) => r.status === 'open' && r.due_date)
        .flatMap((r) =>
          upcomingReminders(r.due_date!, today, reminderDays).map((slot) => ({
            organizationId: org.id,
            incidentId: incident.id,
            obligationId: r.id,
            dueDate: r.due_date!,
            sendOn: slot.sendOn,
            daysBefore: slot.daysBefore,
            recipients: incident.contacts,
          })),
        ),
    );
    await markAssessed(tx, incident.id, incident.revision);
    await appendAudit(tx, {
      organizationId: org.id,
      actorUserId: null,
      actor: 'worker:assess-incident',
      action: 'incident.assessed',
      entityType: 'incident',
      entityId: incident.id,
      after: { revision: incident.revision, obligations: rows.map((r) => ({ key: r.key, status: r.status, due: r.due_date })) },
    });
    return { status: 'assessed', revision: incident.revision, obligations: rows.length } as const;
  });
}
