// Filing an incident through a guided form. The form only gathers the incident file; the API's
// own service (createIncident) judges it, and its errors come back next to the fields that caused
// them. Adding or removing a row is a plain submit that shows the draft again, so the form works
// without JavaScript, and nothing the clerk typed is lost on the way.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../services/deps.js';
import type { Principal } from '../../repositories/users.repository.js';
import { createIncident } from '../../services/incidents.service.js';
import { organizationInfo } from '../../services/incident-loader.js';
import { NotFoundError, ValidationError } from '../../services/errors.js';
import { findOrganization } from '../../repositories/organizations.repository.js';
import { parseIncidentFile } from '../../domain/incident-file.js';
import { requireWriter } from '../auth.js';
import { field, formFields, page, principalOf, redirectDone } from './page.js';
import { applyAction, draftFromForm, emptyDraft, parseAction, type IntakeDraft } from './intake-form.js';
import { buildIncidentFile, mapErrors, type FormError } from './intake-file.js';
import { intakeView } from './intake-view.js';
import { keepDrafts } from './kept-draft.js';

async function organizationOf(deps: Deps, principal: Principal) {
  const org = await findOrganization(deps.db, principal.organizationId);
  if (!org) throw new NotFoundError('Organisation');
  return org;
}

export async function intakePages(app: FastifyInstance, deps: Deps): Promise<void> {
  async function show(req: FastifyRequest, reply: FastifyReply, draft: IntakeDraft, opts: { errors?: FormError[]; focus?: string | null; status?: number; notice?: string } = {}) {
    const org = await organizationOf(deps, principalOf(req));
    const errors = opts.errors ?? [];
    const title = errors.length ? 'Error: File an incident' : 'File an incident';
    const view = { ...intakeView(draft, errors, opts.focus ?? null, org), notice: opts.notice ?? null };
    return page(req, reply, 'incident-new', title, 'new', view, opts.status ?? 200);
  }

  keepDrafts(app, '/incidents/new', async (req, reply, { fields, notice, status }) => {
    requireWriter(principalOf(req));
    return show(req, reply, draftFromForm(fields), { notice, status });
  });

  app.get('/incidents/new', { schema: { hide: true } }, async (req, reply) => {
    const principal = principalOf(req);
    requireWriter(principal);
    return show(req, reply, emptyDraft(principal.email));
  });

  app.post('/incidents/new', { schema: { hide: true }, config: { keepsDraft: true } }, async (req, reply) => {
    const principal = principalOf(req);
    requireWriter(principal);
    const fields = formFields(req.body);
    const draft = draftFromForm(fields);
    const actionValue = field(fields, 'action');
    const action = parseAction(actionValue);
    if (action) {
      const next = applyAction(draft, action);
      return show(req, reply, next.draft, { focus: next.focus });
    }
    // Only the file button (or Enter, which presses it) files; anything else just shows the draft.
    if (actionValue !== '' && actionValue !== 'file') return show(req, reply, draft);

    const built = buildIncidentFile(draft);
    if (built.formErrors.length) {
      // Rows the form itself refused are not in the file; the parser still reports everything else
      // in the same pass, so the clerk fixes the whole form at once. Nothing is stored.
      const { contacts: _contacts, ...file } = built.body;
      const parsed = parseIncidentFile(file, { organization: organizationInfo(await organizationOf(deps, principal)) });
      const errors = [...built.formErrors, ...(parsed.ok ? [] : mapErrors(parsed.errors, built.targets))];
      return show(req, reply, draft, { errors, status: 400 });
    }
    try {
      const incident = await createIncident(deps, principal, built.body);
      return redirectDone(reply, `/ui/incidents/${incident.id}`, 'Incident filed. Its obligations are being worked out.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return show(req, reply, draft, { errors: mapErrors(err.fields ?? [], built.targets), status: 400 });
    }
  });
}
