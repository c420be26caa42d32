// The incident page: what happened (facts and a timeline picture), what the law requires (each
// obligation with its citation, reasons and countdown), recording what was done, importing the
// residents, and related incidents. Also the list of incidents.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../services/deps.js';
import type { FieldError } from '../../services/errors.js';
import { NotFoundError, ValidationError } from '../../services/errors.js';
import { recordEvent } from '../../services/incidents.service.js';
import { findIncident, listIncidents } from '../../repositories/incidents.repository.js';
import { listObligations } from '../../repositories/obligations.repository.js';
import { findOrganization } from '../../repositories/organizations.repository.js';
import { listImports } from '../../repositories/imports.repository.js';
import { listOpenIncidentSummaries } from '../../repositories/dashboard.repository.js';
import { loadDomainIncident } from '../../services/incident-loader.js';
import { todayIn } from '../../domain/reminder-plan.js';
import { RECIPIENTS } from '../../domain/incident-file.js';
import { incidentParams, parseInput } from '../params.js';
import { requireWriter } from '../auth.js';
import { field, formFields, page, principalOf, redirectDone } from './page.js';
import { incidentFacts, obligationView, timelinePicture } from './incident-view.js';
import { renderTimelineSvg } from './timeline-svg.js';
import { timelineStory } from './timeline-story.js';
import { eventLabel, recipientLabel } from './labels.js';
import { importView } from './incident-imports.pages.js';
import { relatedIncidents } from './related-incidents.js';

const EVENT_TYPES = ['discovered', 'notified_by_vendor', 'determined', 'law_enforcement_delay', 'disclosed_publicly', 'notified'] as const;

interface FormState {
  form: 'event' | 'notice';
  /** For a notice: the obligation row it was recorded from. */
  obligationId: string | null;
  values: Record<string, string>;
  errors: FieldError[];
}

/** Event fields as the incident file names them, from the form; blanks left out so the parser names what is missing. */
export function eventBodyFromForm(fields: Record<string, string | string[]>): Record<string, string> {
  const type = field(fields, 'type');
  const body: Record<string, string> = { type };
  const keys = type === 'law_enforcement_delay' ? ['start', 'end', 'agency'] : type === 'notified' ? ['recipient', 'jurisdiction', 'at'] : type === 'discovered' ? ['at', 'source'] : ['at'];
  for (const k of keys) {
    const v = field(fields, k);
    if (v) body[k] = k === 'jurisdiction' ? v.toUpperCase() : v;
  }
  return body;
}

export async function incidentPages(app: FastifyInstance, deps: Deps): Promise<void> {
  async function loadIncident(req: FastifyRequest) {
    const principal = principalOf(req);
    const { id } = parseInput(incidentParams, req.params, 'params');
    const incident = await findIncident(deps.db, principal.organizationId, id);
    if (!incident) throw new NotFoundError('Incident');
    const org = (await findOrganization(deps.db, principal.organizationId))!;
    return { principal, incident, org };
  }

  async function show(req: FastifyRequest, reply: FastifyReply, state: FormState | null, status = 200) {
    const { principal, incident, org } = await loadIncident(req);
    const today = todayIn(org.timezone);
    const [domain, rows, imports, others] = await Promise.all([
      loadDomainIncident(deps.db, incident, org),
      listObligations(deps.db, incident.id),
      listImports(deps.db, incident.id),
      listIncidents(deps.db, org.id, { limit: 200, before: null }),
    ]);
    const views = rows.map((o) => obligationView(o, today));
    const applies = rows.filter((o) => o.applicability === 'applies');
    const picture = timelinePicture(domain, rows, today);
    const upToDate = incident.assessed_revision !== null && incident.assessed_revision >= incident.revision;
    const mayWrite = principal.role !== 'auditor' && incident.status === 'open';
    return page(req, reply, 'incident', incident.title, 'incidents', {
      incident: { id: incident.id, title: incident.title, status: incident.status, closed: incident.status === 'closed' },
      orgName: org.name,
      today,
      upToDate,
      facts: incidentFacts(domain),
      timelineSvg: renderTimelineSvg(picture),
      timelineStory: timelineStory(picture),
      obligations: views.filter((v, i) => applies.includes(rows[i]!) && !v.vendorDuty),
      vendorDuties: views.filter((v) => v.vendorDuty),
      notRequired: views.filter((_v, i) => rows[i]!.applicability !== 'applies'),
      openCount: views.filter((v, i) => v.open && applies.includes(rows[i]!) && !v.vendorDuty).length,
      imports: imports.map(importView),
      related: relatedIncidents(domain, incident.id, others),
      mayWrite,
      eventTypes: EVENT_TYPES.map((t) => ({ code: t, label: eventLabel(t), selected: state?.form === 'event' && state.values.type === t })),
      recipients: RECIPIENTS.map((r) => ({ code: r, label: recipientLabel(r), selected: state?.form === 'event' && state.values.recipient === r })),
      form: state,
      noticeFor: state?.form === 'notice' ? state.obligationId : null,
      errors: state?.errors ?? [],
    }, status);
  }

  app.get('/incidents', { schema: { hide: true } }, async (req, reply) => {
    const principal = principalOf(req);
    const [all, open] = await Promise.all([listIncidents(deps.db, principal.organizationId, { limit: 200, before: null }), listOpenIncidentSummaries(deps.db, principal.organizationId)]);
    const counts = new Map(open.map((i) => [i.id, { open: Number(i.open), done: Number(i.done) }]));
    return page(req, reply, 'incidents', 'Incidents', 'incidents', {
      incidents: all.map((i) => ({ id: i.id, title: i.title, status: i.status, createdAt: i.created_at, counts: counts.get(i.id) ?? null })),
    });
  });

  app.get('/incidents/:id', { schema: { hide: true } }, async (req, reply) => show(req, reply, null));

  app.get('/incidents/:id/progress.json', { schema: { hide: true } }, async (req) => {
    const { incident } = await loadIncident(req);
    const done = incident.assessed_revision !== null && incident.assessed_revision >= incident.revision;
    return { percent: done ? 100 : 50, text: done ? 'Obligations are up to date.' : 'Working out the obligations…', finished: done };
  });

  // One form for every kind of event; a notice recorded from an obligation row is the same event.
  const record = (form: FormState['form']) => async (req: FastifyRequest, reply: FastifyReply) => {
    const { principal, incident } = await loadIncident(req);
    requireWriter(principal);
    const fields = formFields(req.body);
    const body = eventBodyFromForm(form === 'notice' ? { ...fields, type: 'notified' } : fields);
    try {
      await recordEvent(deps, principal, incident.id, body);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const values = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v[0] ?? '' : v]));
      return show(req, reply, { form, obligationId: field(fields, 'obligation') || null, values, errors: err.fields ?? [] }, 400);
    }
    const what = body.type === 'notified' ? `Notice to ${recipientLabel(body.recipient ?? '').toLowerCase()} (${body.jurisdiction}) recorded for ${body.at}.` : `${eventLabel(body.type ?? '')} recorded.`;
    return redirectDone(reply, `/ui/incidents/${incident.id}#obligations`, `${what} The obligations are being updated.`);
  };
  app.post('/incidents/:id/events', { schema: { hide: true } }, record('event'));
  app.post('/incidents/:id/notices', { schema: { hide: true } }, record('notice'));
}
