// Closing incidents and the retention purge, against real PostgreSQL, Redis and SMTP: residents
// imported, letters rendered, e-mailed and printed, the incident closed, and N days later every
// trace of the residents' personal data gone from the database (checked row by row and in a
// pg_dump of the whole database) and from DATA_DIR — while counts, letters' hashes, obligations
// and the audit chain stay. Another organisation's incident, closed at the same moment, follows
// its own policy; a reopened incident is left alone.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { waitFor } from '../helpers/wait.js';
import { createOrganizationWithAdmin } from '../../src/cli/admin.js';
import { runCli } from '../../src/cli/program.js';
import { purgeDueIncidents } from '../../src/services/retention.service.js';
import { verifyAudit } from '../../src/services/audit.service.js';
import { countResidentsByState } from '../../src/repositories/residents.repository.js';

const run = promisify(execFile);

const incidentFile = () => {
  const d = JSON.parse(readFileSync(new URL('../fixtures/odessa-2020.json', import.meta.url), 'utf8'));
  delete d.affected;
  return d;
};

const HEADER = 'Account,Cardholder,Mailing Address,Address 2,City,State,Zip,Email,Preferred Language,Payment Time,Payment Type,Last4';
// Names and e-mails unlikely to appear anywhere by chance, so a grep of the whole database means something.
const CITY_ROWS = [
  'R-1,Henrietta Quaile,77 Larkspur Lane,Apt 9,Odessa,TX,79761,henrietta.quaile@example.com,en,2020-05-03 14:22:00,One-time online,1111',
  'R-2,Bartholomew Vexley,31 Sycamore Court,,Hobbs,NM,88240,,en,2020-05-20 10:00:00,One-time online,2222',
  'R-3,Ottoline Fairbairn,8 Quince Row,,Tulsa,OK,74103,,en,2020-06-01 12:00:00,One-time online,3333',
  // Out of scope (autopay): still personal data, still purged.
  'R-4,Cornelius Ashdown,402 Wren Street,,Odessa,TX,79762,cornelius.ashdown@example.com,en,2020-05-10 08:00:00,Autopay,4444',
  // Refused (no such date): its line goes to the reject file.
  'R-5,Perpetua Nightingale,5 Bramble Close,,Odessa,TX,79761,perpetua.nightingale@example.com,en,2020-02-30 10:00:00,One-time online,5555',
  // Accepted with a warning: the bad e-mail itself is written to the reject file.
  'R-6,Isolde Marchbank,6 Fen Road,,Tulsa,OK,74103,isolde.marchbank@@example,en,2020-05-15 09:00:00,One-time online,6666',
];
const CITY_PII = [
  'Henrietta Quaile', 'henrietta.quaile@example.com', 'Larkspur', 'Bartholomew Vexley', 'Sycamore Court', 'Ottoline Fairbairn', 'Quince Row',
  'Cornelius Ashdown', 'cornelius.ashdown@example.com', 'Wren Street', 'Isolde Marchbank', 'isolde.marchbank', 'Fen Road',
];
const OTHER_ROWS = ['Z-1,Zebedee Hollowell,90 Osprey Way,,Odessa,TX,79761,zebedee.hollowell@example.net,en,2020-05-04 10:00:00,One-time online,9999'];

let h: Harness;
let other: { organizationId: string; token: string };
let incidentId: string; // the city's, fully worked through
let reopenedId: string; // the city's, closed and reopened
let otherIncidentId: string; // the other organisation's
let closedAt: string;
let printBatchUrl: string; // the city's printed letters, PDF of batch 1

async function put(url: string, token: string, body: unknown) {
  const res = await h.app.inject({ method: 'PUT', url, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
  return { status: res.statusCode, body: JSON.parse(res.body) };
}

async function importInto(id: string, rows: string[], token: string) {
  const res = await h.request('POST', `/v1/incidents/${id}/imports?filename=payments.csv`, { body: [HEADER, ...rows].join('\n') + '\n', contentType: 'text/csv', token });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return waitFor(async () => {
    const r = (await h.request('GET', `/v1/imports/${res.body.import.id}`, { token })).body.import;
    return r.status === 'completed' ? r : r.status === 'failed' ? Promise.reject(new Error(r.error)) : null;
  }, { what: 'the import to complete', timeoutMs: 60000 });
}

async function residentsOf(id: string) {
  return h.db.selectFrom('residents').selectAll().where('incident_id', '=', id).orderBy('id').execute();
}

// Plaintext from before encryption or sealed (migration 0010): any of these set is personal data.
const RESIDENT_PII = ['name', 'address', 'email', 'account', 'contact', 'account_key', 'pii_key_id'] as const;
const hasPii = (r: Record<string, unknown>) => RESIDENT_PII.some((c) => r[c] !== null && r[c] !== undefined);

/** Every stored form of an incident's residents' data (plaintext or ciphertext), to look for in a dump. */
async function storedPiiValues(id: string): Promise<string[]> {
  const residents = await residentsOf(id);
  const letters = (await lettersOf(id)).filter((l) => l.kind === 'resident');
  const values = [
    ...residents.flatMap((r) => [r.name, r.email, r.contact, r.account_key, ...(r.address ?? [])]),
    ...letters.flatMap((l) => [l.merge, l.body_html, l.body_text]),
  ];
  // Short values (a state, "Apt 9") would match by chance; the seeded names are checked on their own.
  // (pg_dump escapes tabs, newlines and backslashes, so a value holding one is not searched for as is.)
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length >= 12 && !/[\n\r\t\\]/.test(v)))];
}

/** The incident's files on disk now: uploads, reject files and what is in its print folders. */
async function filesOnDisk(id: string): Promise<string[]> {
  const imports = await h.db.selectFrom('imports').select(['file_path', 'reject_path']).where('incident_id', '=', id).execute();
  const exports = await h.db.selectFrom('print_exports').select('id').where('incident_id', '=', id).execute();
  const paths = imports.flatMap((i) => [i.file_path, i.reject_path]).filter((p): p is string => p !== null).map((p) => join(h.config.dataDir, p));
  for (const e of exports) {
    const dir = join(h.config.dataDir, 'exports', e.id);
    if (existsSync(dir)) paths.push(...readdirSync(dir).map((f) => join(dir, f)));
  }
  return paths.filter((p) => existsSync(p));
}

async function lettersOf(id: string) {
  return h.db.selectFrom('letters').selectAll().where('incident_id', '=', id).orderBy('id').execute();
}

async function pgDump(): Promise<string> {
  const { stdout } = await run('pg_dump', ['--data-only', h.config.databaseUrl], { maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** Every readable text under DATA_DIR (PDFs are compressed, so they are checked by existence). */
function dataDirText(): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (!p.endsWith('.pdf')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(h.config.dataDir);
  return out.join('\n');
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void) {
    this.text += chunk.toString();
    cb();
  }
}

async function cli(argv: string[]) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await runCli(argv, { stdout, stderr, stdin: Readable.from([]), env: { ...h.env } });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Calendar days later in the city's zone, at the same wall-clock time. */
const daysAfterClosing = (days: number) => DateTime.fromISO(closedAt, { zone: 'utc' }).setZone('America/Chicago').plus({ days });

beforeAll(async () => {
  h = await startHarness();
  const created = await createOrganizationWithAdmin(h.db, {
    name: 'Town of Kailua',
    kind: 'municipality',
    state: 'HI',
    timezone: 'Pacific/Honolulu',
    adminEmail: 'admin@kailua.example.gov',
    adminName: 'Admin',
  });
  if (!created.ok) throw new Error('could not create the second organisation');
  other = { organizationId: created.organizationId, token: created.token };

  incidentId = (await h.request('POST', '/v1/incidents', { body: incidentFile() })).body.incident.id;
  reopenedId = (await h.request('POST', '/v1/incidents', { body: { ...incidentFile(), title: 'Second look' } })).body.incident.id;
  otherIncidentId = (await h.request('POST', '/v1/incidents', { body: incidentFile(), token: other.token })).body.incident.id;

  const imp = await importInto(incidentId, CITY_ROWS, h.clerkToken);
  expect(imp.rows).toMatchObject({ rejected: 1, withWarnings: 1 });
  await importInto(otherIncidentId, OTHER_ROWS, other.token);
  await h.db
    .insertInto('residents')
    .values({ organization_id: h.organizationId, incident_id: reopenedId, source_ref: 'manual-1', name: 'Reuben Kestrel', address: ['1 Heron St', 'Odessa, TX 79761'], email: 'reuben.kestrel@example.com', language: 'en', state: 'TX' })
    .execute();

  // Letters: rendered, approved, the e-mail sent and the post printed.
  await waitFor(async () => {
    const b = (await h.request('GET', `/v1/incidents/${incidentId}/letters?limit=1000`)).body;
    return b.renders[0]?.status === 'completed' && b.letters.filter((l: any) => l.kind === 'resident').length === 4 ? b : null;
  }, { what: 'letters rendered', timeoutMs: 60000 });
  const approved = await h.request('POST', `/v1/incidents/${incidentId}/letters/approve`, { body: {}, token: h.officerToken });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  expect((await h.request('POST', `/v1/incidents/${incidentId}/letters/send`, { token: h.officerToken })).body.queued).toBe(1);
  const print = await h.request('POST', `/v1/incidents/${incidentId}/letters/print`, { body: {}, token: h.officerToken });
  expect(print.status).toBe(202);
  const exp = await waitFor(async () => {
    const e = (await h.request('GET', `/v1/print-exports/${print.body.exportId}`)).body.export;
    return e.status === 'completed' || e.status === 'failed' ? e : null;
  }, { what: 'the print export', timeoutMs: 60000 });
  expect(exp.status, JSON.stringify(exp)).toBe('completed');
  printBatchUrl = exp.files[0].pdf;
  await waitFor(async () => (await lettersOf(incidentId)).some((l) => l.status === 'sent'), { what: 'the e-mail letter sent' });
  expect((await h.smtp.waitForMessages(1))[0]!.text).toContain('Henrietta Quaile');
}, 180_000);

afterAll(async () => {
  await h?.close();
});

describe('closing and reopening an incident', () => {
  const close = (id: string, token: string, body: unknown = { reason: 'Every notice sent; regulator acknowledged.' }) =>
    h.request('POST', `/v1/incidents/${id}/close`, { token, body });

  it('lets only an officer or an admin close or reopen', async () => {
    expect((await close(incidentId, h.clerkToken)).status).toBe(403);
    expect((await close(incidentId, h.auditorToken)).status).toBe(403);
    expect((await h.request('POST', `/v1/incidents/${incidentId}/reopen`, { token: h.clerkToken, body: { reason: 'x' } })).status).toBe(403);
    expect((await h.request('GET', `/v1/incidents/${incidentId}`)).body.incident).toMatchObject({ status: 'open', closedAt: null });
  });

  it("answers 404 for another organisation's incident, to close or to reopen", async () => {
    const res = await close(otherIncidentId, h.officerToken);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect((await h.request('POST', `/v1/incidents/${otherIncidentId}/reopen`, { token: h.adminToken, body: { reason: 'x' } })).status).toBe(404);
    expect((await h.db.selectFrom('incidents').select('status').where('id', '=', otherIncidentId).executeTakeFirstOrThrow()).status).toBe('open');
  });

  it('refuses a missing, empty or overlong reason, naming the field', async () => {
    for (const body of [{}, { reason: '' }, { reason: '   ' }, { reason: 'x'.repeat(1001) }, { reason: 42 }]) {
      const res = await close(incidentId, h.officerToken, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.fields.map((f: any) => f.field)).toEqual(['body.reason']);
    }
    expect((await close('not-a-uuid', h.officerToken)).body.error.fields[0].field).toBe('params.id');
  });

  it('closes once, audited with before and after, without touching the revision; a second close is a conflict', async () => {
    const before = await h.db.selectFrom('incidents').select('revision').where('id', '=', incidentId).executeTakeFirstOrThrow();
    const res = await close(incidentId, h.officerToken);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.incident).toMatchObject({ status: 'closed', closeReason: 'Every notice sent; regulator acknowledged.', piiPurgedAt: null, revision: before.revision });
    expect(res.body.incident.closedAt).toMatch(/Z$/);
    closedAt = res.body.incident.closedAt;
    const officer = await h.db.selectFrom('users').select('id').where('email', '=', 'officer@odessa-tx.gov').executeTakeFirstOrThrow();
    expect(res.body.incident.closedBy).toBe(officer.id);
    const again = await close(incidentId, h.adminToken);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    const audit = await h.db.selectFrom('audit_events').selectAll().where('entity_id', '=', incidentId).where('action', '=', 'incident.closed').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'officer@odessa-tx.gov', before: { status: 'open' }, after: { status: 'closed', closedAt, reason: 'Every notice sent; regulator acknowledged.' } });
    // No re-assessment, no re-render: closing is not a change to the incident file.
    expect(await h.db.selectFrom('incidents').select('revision').where('id', '=', incidentId).executeTakeFirstOrThrow()).toEqual(before);
  });

  it("refuses new residents' data while closed (it would outlive the purge), storing nothing", async () => {
    const counts = async () => ({
      imports: (await h.db.selectFrom('imports').select('id').where('incident_id', '=', incidentId).execute()).length,
      residents: (await residentsOf(incidentId)).length,
    });
    const start = await counts();
    const imp = await h.request('POST', `/v1/incidents/${incidentId}/imports?filename=late.csv`, { body: `${HEADER}\n${OTHER_ROWS[0]}\n`, contentType: 'text/csv', token: h.officerToken });
    expect(imp.status).toBe(409);
    expect(imp.body.error.message).toMatch(/closed/);
    const direct = await h.request('POST', `/v1/incidents/${incidentId}/residents`, { body: { residents: [{ id: 'late-1', name: 'Late Comer', email: 'late@example.com', state: 'TX' }] }, token: h.officerToken });
    expect(direct.status).toBe(409);
    expect(await counts()).toEqual(start);
  });

  it('reopens a closed incident only, audited', async () => {
    expect((await h.request('POST', `/v1/incidents/${reopenedId}/reopen`, { token: h.officerToken, body: { reason: 'x' } })).status).toBe(409);
    expect((await close(reopenedId, h.adminToken)).status).toBe(200);
    const res = await h.request('POST', `/v1/incidents/${reopenedId}/reopen`, { token: h.officerToken, body: { reason: 'A late complaint came in.' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ piiPurged: false, incident: { status: 'open', closedAt: null, closedBy: null, closeReason: null } });
    expect(res.body.notice).toBeUndefined();
    const audit = await h.db.selectFrom('audit_events').selectAll().where('entity_id', '=', reopenedId).where('action', '=', 'incident.reopened').executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ status: 'closed', reason: 'Every notice sent; regulator acknowledged.' });
    expect(audit.after).toMatchObject({ status: 'open', reason: 'A late complaint came in.', piiPurgedAt: null });
  });
});

describe('the retention setting', () => {
  it('is documented in the OpenAPI description with the close and reopen routes', async () => {
    const paths = Object.keys((await h.request('GET', '/docs/json', { token: null })).body.paths);
    expect(paths).toEqual(expect.arrayContaining(['/v1/organization/settings', '/v1/incidents/{id}/close', '/v1/incidents/{id}/reopen']));
  });

  it('is read by anyone in the organisation, and starts as keep-for-ever', async () => {
    const res = await h.request('GET', '/v1/organization/settings', { token: h.auditorToken });
    expect(res.status).toBe(200);
    expect(res.body.settings).toEqual({ organizationId: h.organizationId, name: 'City of Odessa', timezone: 'America/Chicago', retentionDays: null });
  });

  it('is changed by an admin only, with a field-named error for a bad value', async () => {
    expect((await put('/v1/organization/settings', h.officerToken, { retentionDays: 30 })).status).toBe(403);
    expect((await put('/v1/organization/settings', h.clerkToken, { retentionDays: 30 })).status).toBe(403);
    for (const body of [{}, { retentionDays: 0 }, { retentionDays: -5 }, { retentionDays: 1.5 }, { retentionDays: '30' }, { retentionDays: 3654 }]) {
      const res = await put('/v1/organization/settings', h.adminToken, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.fields.map((f: any) => f.field)).toEqual(['body.retentionDays']);
    }
    expect((await h.db.selectFrom('organizations').select('retention_days').where('id', '=', h.organizationId).executeTakeFirstOrThrow()).retention_days).toBeNull();
  });

  it('is set per organisation and audited', async () => {
    const res = await put('/v1/organization/settings', h.adminToken, { retentionDays: 30 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ settings: { retentionDays: 30 }, closedIncidentsDueNow: 0 });
    expect((await put('/v1/organization/settings', other.token, { retentionDays: 90 })).body.settings).toMatchObject({ organizationId: other.organizationId, retentionDays: 90 });
    expect((await h.request('GET', '/v1/organization/settings', { token: h.clerkToken })).body.settings.retentionDays).toBe(30);
    const audit = await h.db.selectFrom('audit_events').selectAll().where('organization_id', '=', h.organizationId).where('action', '=', 'organization.settings_changed').execute();
    expect(audit.map((a) => [a.before, a.after])).toEqual([[{ retentionDays: null }, { retentionDays: 30 }]]);
  });
});

describe('the purge', () => {
  const purge = (now: DateTime, dryRun = false) => purgeDueIncidents({ db: h.db, dataDir: h.config.dataDir }, { now, dryRun });
  let before: {
    byState: Record<string, number>;
    letters: { id: string; status: string; content_hash: string; kind: string }[];
    obligations: unknown[];
    events: unknown[];
    residents: number;
    printBatches: number;
    cityFiles: string[];
    otherFiles: string[];
    cityValues: string[];
    otherValues: string[];
  };

  beforeAll(async () => {
    // The other organisation closes its incident at the same moment.
    expect((await h.request('POST', `/v1/incidents/${otherIncidentId}/close`, { token: other.token, body: { reason: 'Done.' } })).status).toBe(200);
    before = {
      byState: await countResidentsByState(h.db, incidentId),
      letters: (await lettersOf(incidentId)).map((l) => ({ id: l.id, status: l.status, content_hash: l.content_hash, kind: l.kind })),
      obligations: await h.db.selectFrom('obligations').select(['id', 'status', 'due_date', 'updated_at']).where('incident_id', '=', incidentId).orderBy('id').execute(),
      events: await h.db.selectFrom('incident_events').selectAll().where('incident_id', '=', incidentId).orderBy('id').execute(),
      residents: (await residentsOf(incidentId)).length,
      cityFiles: [],
      otherFiles: [],
      cityValues: [],
      otherValues: [],
      printBatches: (await h.db.selectFrom('print_exports').select('files').where('incident_id', '=', incidentId).executeTakeFirstOrThrow()).files.length,
    };
    before.cityFiles = await filesOnDisk(incidentId);
    before.otherFiles = await filesOnDisk(otherIncidentId);
    before.cityValues = await storedPiiValues(incidentId);
    before.otherValues = await storedPiiValues(otherIncidentId);
    expect(before.residents).toBe(5);
    expect(before.printBatches).toBeGreaterThan(0);
    expect(before.byState).toEqual({ TX: 1, NM: 1, OK: 2 });
    expect(before.letters.filter((l) => l.status === 'sent' || l.status === 'exported').length).toBeGreaterThanOrEqual(4);
    // At least the reject file and a print batch's PDF and manifest; the other city has its own.
    expect(before.cityFiles.length).toBeGreaterThanOrEqual(3);
    expect(before.otherFiles.length).toBeGreaterThanOrEqual(1);
    expect((await residentsOf(incidentId)).every(hasPii)).toBe(true);
    expect(before.cityValues.length).toBeGreaterThanOrEqual(5);
    expect(before.otherValues.length).toBeGreaterThanOrEqual(1);
  });

  it('does nothing a day before the due date', async () => {
    const report = await purge(daysAfterClosing(29));
    expect(report).toEqual({ purged: [], deferred: [], failed: [] });
    expect((await residentsOf(incidentId)).every(hasPii)).toBe(true);
  });

  it('says what it would purge on a dry run, from the command line, and changes nothing', async () => {
    const r = await cli(['retention', 'purge', '--dry-run', '--now', daysAfterClosing(31).toISO()!]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Would purge 1 incident(s)');
    expect(r.stdout).toContain(`incident ${incidentId}`);
    const residentLetters = before.letters.filter((l) => l.kind === 'resident').length;
    expect(r.stdout).toContain(`5 residents, ${residentLetters} letters, 5 payments, ${before.cityFiles.length} files`);
    expect(r.stdout).not.toContain(otherIncidentId);
    expect(r.stdout).not.toContain(reopenedId);
    expect((await residentsOf(incidentId)).every(hasPii)).toBe(true);
    expect(await filesOnDisk(incidentId)).toEqual(before.cityFiles);
    expect((await h.db.selectFrom('incidents').select('pii_purged_at').where('id', '=', incidentId).executeTakeFirstOrThrow()).pii_purged_at).toBeNull();
    const bad = await cli(['retention', 'purge', '--now', 'next tuesday']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--now/);
  });

  it('purges the city incident once due, and only it: no name, e-mail or address left in the database or DATA_DIR', async () => {
    const auditBefore = await h.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const report = await purge(daysAfterClosing(31));
    expect(report.deferred).toEqual([]);
    expect(report.failed).toEqual([]);
    expect(report.purged).toHaveLength(1);
    expect(report.purged[0]).toMatchObject({
      incidentId,
      organizationId: h.organizationId,
      residentsCleared: 5,
      lettersCleared: before.letters.filter((l) => l.kind === 'resident').length,
      paymentsDeleted: 5,
      inScopeByState: { TX: 1, NM: 1, OK: 2 },
    });
    expect(report.purged[0]!.filesRemoved).toBe(before.cityFiles.length);

    // Row by row.
    const residents = await residentsOf(incidentId);
    expect(residents).toHaveLength(before.residents);
    for (const r of residents) expect(Object.fromEntries(RESIDENT_PII.map((c) => [c, r[c]]))).toEqual(Object.fromEntries(RESIDENT_PII.map((c) => [c, null])));
    expect(await h.db.selectFrom('transactions').select('line').where('incident_id', '=', incidentId).execute()).toEqual([]);
    const letters = await lettersOf(incidentId);
    for (const l of letters.filter((x) => x.kind === 'resident')) {
      expect({ recipient: l.recipient, html: l.body_html, text: l.body_text, merge: l.merge, error: l.last_error, key: l.pii_key_id }).toEqual({ recipient: null, html: null, text: null, merge: null, error: null, key: null });
    }
    // What proves the notification is all still there.
    expect(letters.map((l) => ({ id: l.id, status: l.status, content_hash: l.content_hash, kind: l.kind }))).toEqual(before.letters);
    expect(await countResidentsByState(h.db, incidentId)).toEqual(before.byState);
    expect(await h.db.selectFrom('obligations').select(['id', 'status', 'due_date', 'updated_at']).where('incident_id', '=', incidentId).orderBy('id').execute()).toEqual(before.obligations);
    expect(await h.db.selectFrom('incident_events').selectAll().where('incident_id', '=', incidentId).orderBy('id').execute()).toEqual(before.events);

    // The whole database, as a backup would hold it: none of the city's residents in any form,
    // plaintext or sealed; the other city's, not yet due, all there (so the search does find things).
    const dump = await pgDump();
    for (const s of CITY_PII) expect(dump.includes(s), s).toBe(false);
    for (const v of before.cityValues) expect(dump.includes(v), `a stored value of the city's residents: ${v.slice(0, 40)}…`).toBe(false);
    for (const v of before.otherValues) expect(dump.includes(v), `the other organisation's ${v.slice(0, 40)}…`).toBe(true);
    expect(dump).toContain('Reuben Kestrel');

    // And the files.
    for (const f of before.cityFiles) expect(existsSync(f), f).toBe(false);
    expect(await filesOnDisk(otherIncidentId)).toEqual(before.otherFiles);
    const text = dataDirText();
    for (const s of CITY_PII) expect(text.includes(s), s).toBe(false);

    // The audit chain holds, with one entry saying what was purged.
    expect((await verifyAudit(h.db)).ok).toBe(true);
    const auditAfter = await h.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n) + 1);
    const entry = await h.db.selectFrom('audit_events').selectAll().where('action', '=', 'incident.pii_purged').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ entity_id: incidentId, actor: 'worker:retention', after: { residentsCleared: 5, filesRemoved: before.cityFiles.length, inScopeByState: { TX: 1, NM: 1, OK: 2 }, retentionDays: 30 } });

    const shown = (await h.request('GET', `/v1/incidents/${incidentId}`)).body.incident;
    expect(shown.piiPurgedAt).toMatch(/Z$/);
    expect(shown.status).toBe('closed');
  });

  it("purges nothing twice, and the other organisation's incident only once its own 90 days are up", async () => {
    const auditBefore = await h.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(await purge(daysAfterClosing(31))).toEqual({ purged: [], deferred: [], failed: [] });
    expect(await purge(daysAfterClosing(60))).toEqual({ purged: [], deferred: [], failed: [] });
    expect(await purge(daysAfterClosing(400))).toMatchObject({ purged: [expect.objectContaining({ incidentId: otherIncidentId })] });
    for (const f of before.otherFiles) expect(existsSync(f), f).toBe(false);
    expect((await residentsOf(otherIncidentId)).some(hasPii)).toBe(false);
    expect(await purge(daysAfterClosing(400))).toEqual({ purged: [], deferred: [], failed: [] });
    const auditAfter = await h.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n) + 1);
  });

  it('never touches an incident reopened before its due date', async () => {
    const [r] = await residentsOf(reopenedId);
    expect(r).toMatchObject({ name: 'Reuben Kestrel', email: 'reuben.kestrel@example.com', address: ['1 Heron St', 'Odessa, TX 79761'] });
    expect((await h.db.selectFrom('incidents').select('pii_purged_at').where('id', '=', reopenedId).executeTakeFirstOrThrow()).pii_purged_at).toBeNull();
  });

  it('answers 410 for a purged letter body, and says so when the incident is reopened', async () => {
    const letter = (await lettersOf(incidentId)).find((l) => l.kind === 'resident')!;
    const res = await h.request('GET', `/v1/letters/${letter.id}`);
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('purged');
    // The files went with the data: downloads say so instead of failing.
    const imp = await h.db.selectFrom('imports').select('id').where('incident_id', '=', incidentId).where('status', '=', 'completed').executeTakeFirstOrThrow();
    for (const url of [`/v1/imports/${imp.id}/rejects.csv`, printBatchUrl]) {
      const gone = await h.request('GET', url, { token: h.officerToken });
      expect(gone.status, url).toBe(410);
      expect(gone.body.error.message).toMatch(/retention policy/);
    }
    const reopened = await h.request('POST', `/v1/incidents/${incidentId}/reopen`, { token: h.adminToken, body: { reason: 'A resident asked for a copy.' } });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ piiPurged: true, incident: { status: 'open', piiPurgedAt: expect.stringMatching(/Z$/) } });
    expect(reopened.body.notice).toMatch(/purged/);
    expect(await purge(daysAfterClosing(1000))).toEqual({ purged: [], deferred: [], failed: [] });
  });
});

describe('the sweeper', () => {
  it('runs the purge on each sweep: an incident closed long enough ago is purged by the workers', async () => {
    const id = (await h.request('POST', '/v1/incidents', { body: { ...incidentFile(), title: 'Old one' } })).body.incident.id;
    await h.db.insertInto('residents').values({ organization_id: h.organizationId, incident_id: id, source_ref: 'old-1', name: 'Winifred Stroud', address: ['2 Mill Ln'], email: null, language: 'en', state: 'TX' }).execute();
    expect((await h.request('POST', `/v1/incidents/${id}/close`, { token: h.officerToken, body: { reason: 'Old.' } })).status).toBe(200);
    expect((await h.workers!.sweepNow()).piiPurged).toBe(0);
    // As if it had been closed 31 days ago.
    await h.db.updateTable('incidents').set({ closed_at: DateTime.utc().minus({ days: 31 }).toISO()! }).where('id', '=', id).execute();
    // An import still running would write residents after the purge: the purge waits for it.
    const running = await h.db
      .insertInto('imports')
      .values({ organization_id: h.organizationId, incident_id: id, filename: 'late.csv', file_path: 'imports/late.csv', bytes_total: 1, mapping: JSON.stringify({}), status: 'running' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await h.workers!.sweepNow()).piiPurged).toBe(0);
    expect(await purgeDueIncidents({ db: h.db, dataDir: h.config.dataDir }, { now: DateTime.utc() })).toEqual({
      purged: [],
      deferred: [{ incidentId: id, organizationId: h.organizationId, reason: 'an import is still running' }],
      failed: [],
    });
    expect((await residentsOf(id))[0]!.name).toBe('Winifred Stroud');
    await h.db.updateTable('imports').set({ status: 'failed' }).where('id', '=', running.id).execute();
    expect((await h.workers!.sweepNow()).piiPurged).toBe(1);
    expect((await residentsOf(id))[0]).toMatchObject({ name: null, address: null, state: 'TX', in_scope: true });
    expect((await h.workers!.sweepNow()).piiPurged).toBe(0);
  });
});
