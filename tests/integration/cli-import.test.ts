// `breachdesk import FILE --incident ID` as a clerk runs it: a child process with the harness's
// database, Redis prefix and data directory, so the harness's in-process workers read the file.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { waitFor } from '../helpers/wait.js';
import { openResidents, SEALED_CONTACT } from '../helpers/pii.js';
import { createUserToken } from '../../src/cli/admin.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));

const CSV = [
  'Account,Cardholder,Mailing Address,Address 2,City,State,Zip,Email,Preferred Language,Payment Time,Payment Type,Last4',
  // In window, one-time online, and the same person again outside it: one resident in scope.
  'A-1,"García, María",1200 North Grant Avenue,Apt. 4,Odessa,TX,79761,maria@example.com,Spanish,2020-05-03 14:22:00,One-time online,1111',
  'A-1,MARIA GARCIA,1200 N Grant Ave,Apt 4,Odessa,TX,79761,,es,2020-08-01 09:00:00,One-time online,1111',
  // Autopay in window: out of scope.
  'A-2,John Smith,500 W 2nd St,,Odessa,TX,79761,john@example.com,en,2020-05-10 08:00:00,Autopay,2222',
  'A-3,Ana Lopez,12 Main St,,Hobbs,NM,88240,,en,06/30/2020 11:59 PM,One-time online,3333',
  // No name: rejected.
  'A-5,,1 A St,,Odessa,TX,79761,x@example.com,en,2020-05-01 10:00:00,One-time online,5555',
].join('\n');

let h: Harness;
let dir: string;
let csvPath: string;
beforeAll(async () => {
  h = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'bd-cli-import-'));
  csvPath = join(dir, 'payments.csv');
  writeFileSync(csvPath, `${CSV}\n`);
});
afterAll(async () => {
  await h?.close();
});

async function breachdesk(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, ...h.env, BREACHDESK_TOKEN: h.clerkToken, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function newIncident(): Promise<string> {
  const file = JSON.parse(readFileSync(new URL('../fixtures/odessa-2020.json', import.meta.url), 'utf8'));
  delete file.affected;
  return (await h.request('POST', '/v1/incidents', { body: file })).body.incident.id;
}

const importsOf = (incidentId: string) => h.db.selectFrom('imports').selectAll().where('incident_id', '=', incidentId).execute();

describe('breachdesk import', () => {
  it('imports a CSV as the token\'s user, waits for the workers and prints the counts the API shows', async () => {
    const incidentId = await newIncident();
    const r = await breachdesk(['import', csvPath, '--incident', incidentId]);
    expect(r.code, r.stderr).toBe(0);
    const id = /^Import (\S+) completed \(payments\.csv\)$/m.exec(r.stdout)![1]!;
    expect(r.stdout).toContain('Rows: 5 read, 4 accepted, 1 rejected, 0 with warnings');
    expect(r.stdout).toContain('Residents: 3 people in this file, 3 new to the incident');
    expect(r.stdout).toContain('In scope for the incident: 2 (NM 1, TX 1)');
    expect(r.stdout).toContain(`Rejected rows and warnings: GET /v1/imports/${id}/rejects.csv`);
    expect(r.stderr).toMatch(/completed: 100% of the file, 5 rows read, 4 accepted, 1 rejected/);

    const api = (await h.request('GET', `/v1/imports/${id}`)).body.import;
    expect(api).toMatchObject({ status: 'completed', filename: 'payments.csv', rows: { read: 5, accepted: 4, rejected: 1, withWarnings: 0 }, residents: { added: 3, people: 3 } });
    const rows = await h.db.selectFrom('residents').select([...SEALED_CONTACT, 'in_scope']).where('incident_id', '=', incidentId).execute();
    const residents = openResidents(h.config, rows, { sortByName: true }).map((r) => ({ name: r.name, in_scope: r.in_scope }));
    expect(residents).toEqual([
      { name: 'Ana Lopez', in_scope: true },
      { name: 'John Smith', in_scope: false },
      { name: 'MARIA GARCIA', in_scope: true },
    ]);
    const audit = await h.db.selectFrom('audit_events').select('actor').where('entity_id', '=', id).where('action', '=', 'import.created').executeTakeFirstOrThrow();
    expect(audit.actor).toBe('clerk@odessa-tx.gov');
  });

  it('prints the same JSON as GET /v1/imports/:id with --json, under the name given by --filename', async () => {
    const incidentId = await newIncident();
    const r = await breachdesk(['import', csvPath, '--incident', incidentId, '--json', '--filename', 'june-export.csv']);
    expect(r.code, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed.import.filename).toBe('june-export.csv');
    expect(printed).toEqual((await h.request('GET', `/v1/imports/${printed.import.id}`)).body);
  });

  it('returns once the import is accepted with --no-wait, printing only its id', async () => {
    const incidentId = await newIncident();
    const r = await breachdesk(['import', csvPath, '--incident', incidentId, '--no-wait']);
    expect(r.code, r.stderr).toBe(0);
    const id = r.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await importsOf(incidentId)).map((i) => i.id)).toEqual([id]);
    // The workers finish it without the command.
    await waitFor(async () => (await h.request('GET', `/v1/imports/${id}`)).body.import.status === 'completed', { what: 'the import to complete', timeoutMs: 30_000 });
  });

  it('refuses a bad --mapping by field name, exit 2, storing nothing', async () => {
    const incidentId = await newIncident();
    const unknown = await breachdesk(['import', csvPath, '--incident', incidentId, '--mapping', '{"columns":{"nam":"Cardholder"}}']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/mapping\.columns\.nam: is not a field/);
    const notJson = await breachdesk(['import', csvPath, '--incident', incidentId, '--mapping', '{columns']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/--mapping: must be JSON/);
    expect(await importsOf(incidentId)).toEqual([]);
  });

  it('says clearly when the incident does not exist or is not an id', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const r = await breachdesk(['import', csvPath, '--incident', missing]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`no incident ${missing} in your organisation`);
    const notId = await breachdesk(['import', csvPath, '--incident', '42']);
    expect(notId.code).toBe(2);
    expect(notId.stderr).toMatch(/--incident: must be an incident id/);
    expect(await h.db.selectFrom('imports').select('id').where('incident_id', '=', missing).execute()).toEqual([]);
  });

  it('names a missing file or a directory, exit 2, storing nothing', async () => {
    const incidentId = await newIncident();
    const missing = join(dir, 'nope.csv');
    const r = await breachdesk(['import', missing, '--incident', incidentId]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`No such file: ${missing}`);
    const folder = await breachdesk(['import', dir, '--incident', incidentId]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`Not a file: ${dir}`);
    expect(await importsOf(incidentId)).toEqual([]);
  });

  it('says when Redis cannot be reached instead of waiting for it, storing nothing', async () => {
    const incidentId = await newIncident();
    const r = await breachdesk(['import', csvPath, '--incident', incidentId], { REDIS_URL: 'redis://127.0.0.1:1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Redis \(REDIS_URL\) is not reachable.*nothing was imported/);
    expect(await importsOf(incidentId)).toEqual([]);
  });

  it('acts only with a valid token of a user who may write: a missing, unknown or auditor token exits 2', async () => {
    const incidentId = await newIncident();
    const none = await breachdesk(['import', csvPath, '--incident', incidentId], { BREACHDESK_TOKEN: '' });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/set BREACHDESK_TOKEN/);
    const unknown = await breachdesk(['import', csvPath, '--incident', incidentId, '--token', 'bd_not-a-token']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown, revoked or expired/);
    const auditor = await createUserToken(h.db, { org: h.organizationId, email: 'auditor@odessa-tx.gov', role: 'auditor' });
    if (!auditor.ok) throw new Error('could not create the auditor token');
    const readOnly = await breachdesk(['import', csvPath, '--incident', incidentId], { BREACHDESK_TOKEN: auditor.token });
    expect(readOnly.code).toBe(2);
    expect(readOnly.stderr).toMatch(/auditor may read but not change/);
    expect(await importsOf(incidentId)).toEqual([]);
  });
});
