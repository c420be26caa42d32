// Resident letters: drafts rendered per incident revision, approved by an officer, queued for
// e-mail. Everything that is the same for every letter (dates, windows in words, the data list)
// is formatted once per incident; per letter there is only the template call and a hash.
import type { Db } from '../db/database.js';
import type { NewLetter } from '../db/schema.js';
import { assessIncident } from '../domain/assess.js';
import { mergeExposure } from '../domain/exposure.js';
import { todayIn } from '../domain/reminder-plan.js';
import type { Catalogue, LetterElement } from '../rules/types.js';
import { buildLetterFacts } from '../letters/letter-facts.js';
import { renderLetter } from '../letters/render-letter.js';
import { BASELINE_LETTER_ELEMENTS, checkLetterContent } from '../letters/content-checker.js';
import { findIncident } from '../repositories/incidents.repository.js';
import { findOrganization } from '../repositories/organizations.repository.js';
import { listResidents } from '../repositories/residents.repository.js';
import { approveDrafts, insertLetters, queueApprovedEmail, residentsWithSettledLetters, supersedeDrafts } from '../repositories/letters.repository.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { enqueueRecorded, recordJobFor } from '../jobs/enqueue.js';
import type { Principal } from '../repositories/users.repository.js';
import { loadDomainIncident } from './incident-loader.js';
import { ForbiddenError, NotFoundError } from './errors.js';
import type { Deps } from './deps.js';

export async function renderIncidentLetters(
  db: Db,
  catalogue: Catalogue,
  incidentId: string,
): Promise<{ rendered: number; inserted: number; failedCheck: number }> {
  const head = await db.selectFrom('incidents').select('organization_id').where('id', '=', incidentId).executeTakeFirst();
  if (!head) return { rendered: 0, inserted: 0, failedCheck: 0 };
  const incident = (await findIncident(db, head.organization_id, incidentId))!;
  const org = (await findOrganization(db, incident.organization_id))!;
  const domain = await loadDomainIncident(db, incident, org);
  const assessment = assessIncident(domain, catalogue);
  const required = new Map<string, LetterElement[]>();
  for (const o of assessment.obligations) {
    if (o.recipient !== 'individuals' || o.applicability !== 'applies') continue;
    required.set(o.jurisdiction, [...new Set([...(required.get(o.jurisdiction) ?? []), ...o.letterElements])]);
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
  // A resident whose letter is already approved or on its way keeps that letter: a re-render
  // (say, after more residents were uploaded) must never put a second notice in front of them.
  const settled = new Set(await residentsWithSettledLetters(db, incidentId));
  const residents = (await listResidents(db, incidentId)).filter((r) => !settled.has(r.id));
  const suffix = `-r${incident.revision}`;
  let failedCheck = 0;
  const letters: NewLetter[] = residents.map((r) => {
    const jurisdiction = r.state ?? org.state;
    const letter = renderLetter(facts, { name: r.name, address: r.address, language: r.language, state: r.state }, jurisdiction);
    const check = checkLetterContent(letter.html, [...new Set([...BASELINE_LETTER_ELEMENTS, ...(required.get(jurisdiction) ?? [])])]);
    if (!check.ok) failedCheck++;
    return {
      organization_id: org.id,
      incident_id: incidentId,
      resident_id: r.id,
      idempotency_key: `letter-${r.id}${suffix}`,
      jurisdiction,
      template_id: letter.templateId,
      template_version: letter.templateVersion,
      language: letter.language,
      channel: r.email ? 'email' : 'mail',
      subject: letter.subject,
      body_html: letter.html,
      body_text: letter.text,
      content_hash: letter.contentHash,
      content_check: JSON.stringify(check),
      status: 'draft',
    };
  });
  const inserted = await db.transaction().execute(async (tx) => {
    await supersedeDrafts(tx, incidentId, suffix);
    const inserted = await insertLetters(tx, letters);
    await appendAudit(tx, {
      organizationId: org.id,
      actorUserId: null,
      actor: 'worker:render-letters',
      action: 'letters.rendered',
      entityType: 'incident',
      entityId: incidentId,
      after: { revision: incident.revision, rendered: letters.length, inserted, failedCheck },
    });
    return inserted;
  });
  return { rendered: letters.length, inserted, failedCheck };
}

function requireOfficer(principal: Principal): void {
  if (principal.role !== 'officer' && principal.role !== 'admin') {
    throw new ForbiddenError('Only an officer or an admin may approve or send letters.');
  }
}

export async function approveLetters(
  deps: Deps,
  principal: Principal,
  incidentId: string,
  jurisdiction: string | null,
): Promise<number> {
  requireOfficer(principal);
  if (!(await findIncident(deps.db, principal.organizationId, incidentId))) throw new NotFoundError('Incident');
  return deps.db.transaction().execute(async (tx) => {
    const approved = await approveDrafts(tx, incidentId, principal.userId, jurisdiction);
    await appendAudit(tx, {
      organizationId: principal.organizationId,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'letters.approved',
      entityType: 'incident',
      entityId: incidentId,
      after: { jurisdiction, letters: approved.map((l) => ({ id: l.id, contentHash: l.content_hash })) },
    });
    return approved.length;
  });
}

export async function sendApprovedLetters(deps: Deps, principal: Principal, incidentId: string): Promise<number> {
  requireOfficer(principal);
  if (!(await findIncident(deps.db, principal.organizationId, incidentId))) throw new NotFoundError('Incident');
  const jobs = await deps.db.transaction().execute(async (tx) => {
    const queued = await queueApprovedEmail(tx, incidentId);
    await appendAudit(tx, {
      organizationId: principal.organizationId,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'letters.queued',
      entityType: 'incident',
      entityId: incidentId,
      after: { letters: queued.map((l) => l.id) },
    });
    const scope = { organizationId: principal.organizationId, incidentId };
    const jobs = [];
    for (const l of queued) jobs.push(await recordJobFor(tx, 'deliver-letter', { letterId: l.id }, scope));
    return jobs;
  });
  await enqueueRecorded(deps.db, deps.queues, jobs, deps.log);
  return jobs.length;
}
