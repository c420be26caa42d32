// The audit trail proves itself: the database refuses edits, `breachdesk audit verify` finds
// entries changed or deleted behind its back (by a superuser who switched the guard off), and an
// incident's history exports as JSON and CSV to the roles allowed to see it, and to no other tenant.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { createOrganizationWithAdmin, createUserToken } from '../../src/cli/admin.js';
import { verifyAudit } from '../../src/services/audit.service.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));

let h: Harness;
let incidentId: string;
let auditorToken: string;
beforeAll(async () => {
  h = await startHarness({ workers: false });
  const file = JSON.parse(readFileSync(new URL('../fixtures/odessa-2020.json', import.meta.url), 'utf8'));
  incidentId = (await h.request('POST', '/v1/incidents', { body: file })).body.incident.id;
  for (const at of ['2020-10-15', '2020-10-16', '2020-10-17']) {
    const event = await h.request('POST', `/v1/incidents/${incidentId}/events`, { body: { type: 'disclosed_publicly', at } });
    if (event.status >= 300) throw new Error(`setup: event ${JSON.stringify(event.body)}`);
  }
  const auditor = await createUserToken(h.db, { org: h.organizationId, email: 'auditor@odessa-tx.gov', role: 'auditor' });
  if (!auditor.ok) throw new Error('setup: auditor');
  auditorToken = auditor.token;
});
afterAll(async () => {
  await h?.close();
});

async function breachdesk(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, ...h.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** What a superuser could do: switch the append-only guard off for one change. */
async function behindTheGuard(change: string) {
  await sql.raw(`alter table audit_events disable trigger audit_events_no_update; ${change}; alter table audit_events enable trigger audit_events_no_update`).execute(h.db);
}

const entries = () => h.db.selectFrom('audit_events').selectAll().where('organization_id', '=', h.organizationId).orderBy('id').execute();

describe('audit trail', () => {
  it('is refused edits and deletions by the database itself', async () => {
    const [first] = await entries();
    await expect(sql`update audit_events set actor = 'x' where id = ${first!.id}`.execute(h.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events where id = ${first!.id}`.execute(h.db)).rejects.toThrow(/append-only/);
  });

  it('exports an incident\'s history as JSON and CSV to an officer or an auditor, not to a clerk', async () => {
    const clerk = await h.request('GET', `/v1/incidents/${incidentId}/audit`);
    expect(clerk.status).toBe(403);
    const json = await h.request('GET', `/v1/incidents/${incidentId}/audit`, { token: h.officerToken });
    expect(json.status).toBe(200);
    expect(json.body.incidentId).toBe(incidentId);
    expect(json.body.exportedBy).toBe('officer@odessa-tx.gov');
    const actions = json.body.entries.map((e: any) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['incident.created', 'incident.event_recorded']));
    for (const [i, e] of json.body.entries.entries()) {
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) expect(e.id).toBeGreaterThan(json.body.entries[i - 1].id);
    }
    const csv = await h.request('GET', `/v1/incidents/${incidentId}/audit?format=csv`, { token: auditorToken });
    expect(csv.status).toBe(200);
    const rows = parse(csv.body as unknown as string, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.action)).toEqual(actions);
    expect(rows.map((r) => r.hash)).toEqual(json.body.entries.map((e: any) => e.hash));
  });

  it('names the field of a bad format, and hides another tenant\'s incident (404)', async () => {
    const bad = await h.request('GET', `/v1/incidents/${incidentId}/audit?format=xml`, { token: h.officerToken });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: any) => f.field)).toEqual(['query.format']);
    const other = await createOrganizationWithAdmin(h.db, { name: 'Midwest City', kind: 'municipality', state: 'OK', timezone: 'America/Chicago', adminEmail: 'admin@midwestcityok.org', adminName: 'Admin' });
    if (!other.ok) throw new Error('setup');
    expect((await h.request('GET', `/v1/incidents/${incidentId}/audit`, { token: other.token })).status).toBe(404);
  });

  it('exports from the command line, to a file or as CSV, and refuses a clerk', async () => {
    const csv = await breachdesk(['audit', 'export', '--incident', incidentId, '--format', 'csv'], { BREACHDESK_TOKEN: h.officerToken });
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('id,at,actor,action,entity_type,entity_id,before,after,prev_hash,hash,hash_version');
    const clerk = await breachdesk(['audit', 'export', '--incident', incidentId], { BREACHDESK_TOKEN: h.clerkToken });
    expect(clerk.code).toBe(2);
    expect(clerk.stderr).toMatch(/officer, an admin or an auditor/);
    const bad = await breachdesk(['audit', 'export', '--incident', 'nope'], { BREACHDESK_TOKEN: h.officerToken });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--incident: must be an incident id/);
  });

  it('verifies an intact trail, then finds an edited entry and a deleted one', async () => {
    const clean = await breachdesk(['audit', 'verify', '--org', h.organizationId]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^ok {2}organisation .*: \d+ entries, head [0-9a-f]{64}/m);
    expect((await verifyAudit(h.db)).ok).toBe(true);

    const rows = await entries();
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const edited = rows[1]!;
    await behindTheGuard(`update audit_events set actor = 'nobody@example.com' where id = ${edited.id}`);
    const afterEdit = await verifyAudit(h.db, { organizationId: h.organizationId });
    expect(afterEdit.ok).toBe(false);
    expect(afterEdit.chains[0]!.problems).toEqual([{ id: edited.id, kind: 'content', message: expect.stringContaining('edited') }]);

    const deleted = rows[2]!;
    await behindTheGuard(`delete from audit_events where id = ${deleted.id}`);
    const cli = await breachdesk(['audit', 'verify']);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`BROKEN  organisation ${h.organizationId}`);
    expect(cli.stdout).toContain(`entry ${edited.id}: its content no longer matches`);
    expect(cli.stdout).toContain(`entry ${rows[3]!.id}: does not link to the entry before it`);
    const json = JSON.parse((await breachdesk(['audit', 'verify', '--json'])).stdout);
    expect(json.ok).toBe(false);
  });
});
