// Everything that is the same for every letter of an incident, worked out once: the facts in
// words (both languages), the content each jurisdiction requires, and the regulator duties.
import type { Executor } from '../db/database.js';
import type { IncidentRow, OrganizationRow } from '../db/schema.js';
import { assessIncident } from '../domain/assess.js';
import { mergeExposure } from '../domain/exposure.js';
import { todayIn } from '../domain/reminder-plan.js';
import type { AssessedObligation, Incident } from '../domain/types.js';
import type { Catalogue, LetterElement } from '../rules/types.js';
import { buildLetterFacts, type LetterFacts } from '../letters/letter-facts.js';
import { findIncident } from '../repositories/incidents.repository.js';
import { findOrganization } from '../repositories/organizations.repository.js';
import { loadDomainIncident } from './incident-loader.js';

export interface LetterContext {
  incident: IncidentRow;
  org: OrganizationRow;
  domain: Incident;
  facts: LetterFacts;
  /** Jurisdiction → elements its resident letters must carry (beyond the baseline). */
  required: Record<string, LetterElement[]>;
  /** Jurisdiction → elements its law forbids in resident letters. */
  forbidden: Record<string, LetterElement[]>;
  obligations: AssessedObligation[];
}

export async function letterContext(db: Executor, catalogue: Catalogue, incidentId: string): Promise<LetterContext | null> {
  const head = await db.selectFrom('incidents').select('organization_id').where('id', '=', incidentId).executeTakeFirst();
  if (!head) return null;
  const incident = await findIncident(db, head.organization_id, incidentId);
  const org = incident && (await findOrganization(db, incident.organization_id));
  if (!incident || !org) return null;
  const domain = await loadDomainIncident(db, incident, org);
  const assessment = assessIncident(domain, catalogue);
  const required: Record<string, LetterElement[]> = {};
  const forbidden: Record<string, LetterElement[]> = {};
  for (const o of assessment.obligations) {
    if (o.recipient !== 'individuals' || o.applicability !== 'applies') continue;
    required[o.jurisdiction] = [...new Set([...(required[o.jurisdiction] ?? []), ...o.letterElements])];
    if (o.forbiddenLetterElements.length) forbidden[o.jurisdiction] = [...new Set([...(forbidden[o.jurisdiction] ?? []), ...o.forbiddenLetterElements])];
  }
  const facts = buildLetterFacts({
    incident: { title: domain.title, summary: domain.summary, dataElements: domain.dataElements, organization: domain.organization },
    windows: mergeExposure(domain.exposure).windows,
    sender: {
      name: org.sender.name ?? org.name,
      address: org.sender.address ?? [],
      phone: org.sender.phone ?? null,
      email: org.sender.email ?? null,
      website: org.sender.website ?? null,
    },
    noticeDate: todayIn(org.timezone),
    lawEnforcementDelayed: domain.events.some((e) => e.type === 'law_enforcement_delay'),
    whatWeAreDoing: null,
  });
  return { incident, org, domain, facts, required, forbidden, obligations: assessment.obligations };
}
