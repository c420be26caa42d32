// Attaching affected residents to an incident (a JSON list or a CSV of a few thousand rows; the
// streaming import for millions is a later piece). All rows are checked first: one bad row
// rejects the upload with every problem named, and nothing is stored.
import { parse as parseCsv } from 'csv-parse/sync';
import type { Principal } from '../repositories/users.repository.js';
import { bumpRevision, lockIncident } from '../repositories/incidents.repository.js';
import { insertResidents, type NewResident } from '../repositories/residents.repository.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { enqueueRecorded, recordJobFor } from '../jobs/enqueue.js';
import { ConflictError, ValidationError, NotFoundError, type FieldError } from './errors.js';
import type { Deps } from './deps.js';
import { EMAIL } from '../domain/identifiers.js';
import { piiCipherFor } from './pii-keys.js';

const MAX_ROWS = 20000;
const STATE = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2}(-[A-Z]{2})?$/;

type RawRow = Record<string, unknown>;

function text(v: unknown): string {
  return v === undefined || v === null ? '' : String(v).trim();
}

/** CSV columns: id, name, address1, address2, city, state, zip, email, language. */
function csvRows(csv: string): RawRow[] {
  const records = parseCsv(csv, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
  return records.map((r) => ({
    id: r.id || r.account,
    name: r.name,
    address: [r.address1, r.address2, [r.city, [r.state, r.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ')].filter(Boolean),
    email: r.email || null,
    language: r.language || undefined,
    state: r.state,
  }));
}

function validateRow(row: RawRow, i: number, where: string): { resident?: NewResident; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const field = (f: string) => `${where}[${i}].${f}`;
  const name = text(row.name);
  if (!name) errors.push({ field: field('name'), message: 'is required' });
  if (name.length > 200) errors.push({ field: field('name'), message: 'must be at most 200 characters' });
  const address = Array.isArray(row.address) ? row.address.map(text).filter(Boolean) : text(row.address) ? [text(row.address)] : [];
  if (address.length > 6 || address.some((l) => l.length > 200)) errors.push({ field: field('address'), message: 'must be at most 6 lines of 200 characters' });
  const email = text(row.email) || null;
  if (email && !EMAIL.test(email)) errors.push({ field: field('email'), message: 'must be an e-mail address like name@example.com' });
  const language = text(row.language) || 'en';
  if (!LANGUAGE.test(language)) errors.push({ field: field('language'), message: 'must be a language code like en or es' });
  const state = text(row.state).toUpperCase() || null;
  if (!state || !STATE.test(state)) errors.push({ field: field('state'), message: 'must be the two-letter state of residence, like TX' });
  if (!email && address.length === 0) errors.push({ field: field('address'), message: 'a postal address or an e-mail address is required to reach this person' });
  const sourceRef = text(row.id) || `row-${i + 1}`;
  if (errors.length) return { errors };
  return { resident: { sourceRef, name, address, email: email?.toLowerCase() ?? null, language: language.slice(0, 2), state }, errors };
}

export function parseResidentUpload(body: unknown, contentType: string): { residents: NewResident[]; errors: FieldError[] } {
  let rows: RawRow[];
  let where = 'residents';
  if (contentType.includes('text/csv')) {
    where = 'rows';
    try {
      rows = csvRows(String(body ?? ''));
    } catch (err) {
      return { residents: [], errors: [{ field: '(body)', message: `is not readable CSV: ${(err as Error).message}` }] };
    }
  } else {
    const list = Array.isArray(body) ? body : (body as { residents?: unknown })?.residents;
    if (!Array.isArray(list)) return { residents: [], errors: [{ field: 'residents', message: 'must be a list of residents' }] };
    rows = list as RawRow[];
  }
  if (rows.length === 0) return { residents: [], errors: [{ field: where, message: 'contains no residents' }] };
  if (rows.length > MAX_ROWS) return { residents: [], errors: [{ field: where, message: `has ${rows.length} rows; at most ${MAX_ROWS} per upload` }] };
  const results = rows.map((r, i) => validateRow(typeof r === 'object' && r ? r : {}, i, where));
  const refs = new Map<string, number>();
  const errors = results.flatMap((r) => r.errors);
  results.forEach((r, i) => {
    if (!r.resident) return;
    const first = refs.get(r.resident.sourceRef);
    if (first !== undefined) errors.push({ field: `${where}[${i}].id`, message: `repeats the id of ${where}[${first}]` });
    else refs.set(r.resident.sourceRef, i);
  });
  return { residents: results.flatMap((r) => (r.resident ? [r.resident] : [])), errors: errors.slice(0, 200) };
}

export async function uploadResidents(
  deps: Deps,
  principal: Principal,
  incidentId: string,
  body: unknown,
  contentType: string,
): Promise<{ received: number; added: number; revision: number }> {
  const { residents, errors } = parseResidentUpload(body, contentType);
  if (errors.length) throw new ValidationError(errors);
  const { added, revision, jobs } = await deps.db.transaction().execute(async (tx) => {
    const incident = await lockIncident(tx, principal.organizationId, incidentId);
    if (!incident) throw new NotFoundError('Incident');
    // Residents' data in a closed incident would outlive its retention purge.
    if (incident.status === 'closed') throw new ConflictError('The incident is closed; reopen it (POST /v1/incidents/:id/reopen) before adding residents.');
    const added = await insertResidents(tx, principal.organizationId, incidentId, residents, piiCipherFor(deps.config));
    const revision = await bumpRevision(tx, incidentId);
    await appendAudit(tx, {
      organizationId: principal.organizationId,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'residents.uploaded',
      entityType: 'incident',
      entityId: incidentId,
      after: { received: residents.length, added },
    });
    const scope = { organizationId: principal.organizationId, incidentId };
    const jobs = [
      await recordJobFor(tx, 'assess-incident', { incidentId, revision }, scope),
      await recordJobFor(tx, 'render-letters', { incidentId, revision, requestId: `upload-r${revision}` }, scope),
    ];
    return { added, revision, jobs };
  });
  await enqueueRecorded(deps.db, deps.queues, jobs, deps.log);
  return { received: residents.length, added, revision };
}
