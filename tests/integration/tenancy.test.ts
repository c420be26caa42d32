// Tenancy and roles, tried from the outside and from the inside: every /v1 route walked as each
// role of the organisation and as each role of another one holding the first one's ids, and
// PostgreSQL's row-level security checked directly with queries that forget their tenant filter.
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { waitFor } from '../helpers/wait.js';
import { createOrganizationWithAdmin, createUserToken } from '../../src/cli/admin.js';
import { createDb, type Db } from '../../src/db/database.js';
import { runInTenantScope } from '../../src/db/tenant-scope.js';
import { listEvents } from '../../src/repositories/incidents.repository.js';
import { listResidents } from '../../src/repositories/residents.repository.js';

type Role = 'clerk' | 'officer' | 'admin' | 'auditor';
const ROLES: readonly Role[] = ['clerk', 'officer', 'admin', 'auditor'];
const ALL = ROLES;
const WRITERS: readonly Role[] = ['clerk', 'officer', 'admin'];
const OFFICERS: readonly Role[] = ['officer', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
const AUDIT_READERS: readonly Role[] = ['officer', 'admin', 'auditor'];

interface Ids {
  incident: string;
  letter: string;
  printExport: string;
  batchFile: string;
  importId: string;
  token: string;
}

interface RouteCase {
  allowed: readonly Role[];
  body?: (ids: Ids) => unknown;
  contentType?: string;
  query?: string;
}

const incidentFile = () => {
  const d = JSON.parse(readFileSync(new URL('../fixtures/odessa-2020.json', import.meta.url), 'utf8'));
  delete d.affected;
  return d;
};
const CSV = [
  'Account,Cardholder,Mailing Address,Address 2,City,State,Zip,Email,Preferred Language,Payment Time,Payment Type,Last4',
  'T-1,Quentin Tenantson,77 Privacy Lane,,Odessa,TX,79761,quentin@example.com,en,2020-05-03 14:22:00,One-time online,1111',
  'T-2,Rosalind Hidden,88 Secret St,,Hobbs,NM,88240,,en,2020-05-04 10:00:00,One-time online,2222',
  'T-3,,1 Bad Row,,Odessa,TX,79761,,en,2020-05-01 10:00:00,One-time online,3333',
].join('\n') + '\n';
const SECRETS = ['Quentin Tenantson', 'quentin@example.com', 'Rosalind Hidden', '88 Secret St'];

/**
 * What each role may do, written out here independently of the code: a route added without an
 * entry fails the first test, so nobody can add one without deciding who may call it.
 */
const ROUTES: Record<string, RouteCase> = {
  'POST /v1/incidents': { allowed: WRITERS, body: incidentFile },
  'GET /v1/incidents': { allowed: ALL },
  'GET /v1/incidents/:id': { allowed: ALL },
  'POST /v1/incidents/:id/events': { allowed: WRITERS, body: () => ({ type: 'notified', recipient: 'individuals', jurisdiction: 'TX', at: '2020-10-14' }) },
  'GET /v1/incidents/:id/obligations': { allowed: ALL },
  'GET /v1/incidents/:id/analysis': { allowed: ALL },
  'GET /v1/incidents/:id/jobs': { allowed: ALL },
  'GET /v1/incidents/:id/reminders': { allowed: ALL },
  'GET /v1/incidents/:id/audit': { allowed: AUDIT_READERS },
  'POST /v1/incidents/:id/residents': { allowed: WRITERS, body: () => [{ id: 'walk-in-1', name: 'Walk In', address: ['1 Route St', 'Odessa, TX 79761'], email: null, language: 'en', state: 'TX' }] },
  'POST /v1/incidents/:id/letters/render': { allowed: WRITERS },
  'GET /v1/incidents/:id/letters': { allowed: ALL },
  'GET /v1/incidents/:id/letters/sample': { allowed: ALL },
  'GET /v1/letters/:id': { allowed: ALL },
  'POST /v1/incidents/:id/letters/approve': { allowed: OFFICERS, body: () => ({}) },
  'POST /v1/incidents/:id/letters/send': { allowed: OFFICERS },
  'POST /v1/incidents/:id/letters/print': { allowed: OFFICERS, body: () => ({}) },
  'GET /v1/print-exports/:id': { allowed: ALL },
  'GET /v1/print-exports/:id/batches/:file': { allowed: OFFICERS },
  'GET /v1/tokens': { allowed: ADMIN },
  'POST /v1/tokens': { allowed: ADMIN, body: () => ({ email: 'new-clerk@example.gov', role: 'clerk' }) },
  'POST /v1/tokens/:id/revoke': { allowed: ADMIN },
  'POST /v1/tokens/:id/rotate': { allowed: ADMIN },
  'POST /v1/incidents/:id/imports': { allowed: WRITERS, body: () => CSV, contentType: 'text/csv', query: '?filename=p.csv' },
  'GET /v1/incidents/:id/imports': { allowed: ALL },
  'GET /v1/imports/:id': { allowed: ALL },
  'POST /v1/imports/:id/cancel': { allowed: WRITERS },
  'GET /v1/imports/:id/rejects.csv': { allowed: ALL },
  // The law catalogue is public reference data, the same for every tenant.
  'GET /v1/rules': { allowed: ALL },
  'GET /v1/rules/verification': { allowed: ALL },
  'GET /v1/jurisdictions': { allowed: ALL },
  'GET /v1/jurisdictions/changes': { allowed: ALL },
  'GET /v1/jurisdictions/:code': { allowed: ALL },
  // Last, because closing changes what the routes above may do with the incident.
  'GET /v1/organization/settings': { allowed: ALL },
  'PUT /v1/organization/settings': { allowed: ADMIN, body: () => ({ retentionDays: 365 }) },
  'POST /v1/incidents/:id/close': { allowed: OFFICERS, body: () => ({ reason: 'all notices sent' }) },
  'POST /v1/incidents/:id/reopen': { allowed: OFFICERS, body: () => ({ reason: 'a late claim came in' }) },
};

function fillPath(key: string, ids: Ids): string {
  const path = key.split(' ')[1]!;
  const prefix = path.split('/')[2];
  const id =
    prefix === 'incidents' ? ids.incident
    : prefix === 'letters' ? ids.letter
    : prefix === 'print-exports' ? ids.printExport
    : prefix === 'imports' ? ids.importId
    : prefix === 'tokens' ? ids.token
    : 'TX';
  return path.replace(':id', id).replace(':code', id).replace(':file', ids.batchFile);
}

let h: Harness;
let other: { organizationId: string; tokens: Record<Role, string> };
let ids: Ids;
let apiDb: Db;

async function call(key: string, token: string, idsToUse: Ids) {
  const c = ROUTES[key]!;
  const [method] = key.split(' ') as ['GET' | 'POST' | 'PUT'];
  const url = fillPath(key, idsToUse) + (c.query ?? '');
  const body = c.body?.(idsToUse);
  const res = await h.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': c.contentType ?? 'application/json' } : {}) },
    ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: res.statusCode, text: res.body };
}

beforeAll(async () => {
  h = await startHarness();
  apiDb = createDb(h.config.databaseUrl, 2, { tenantScopeRequired: true });
  const incident = (await h.request('POST', '/v1/incidents', { body: incidentFile() })).body.incident.id as string;
  const imp = await h.request('POST', `/v1/incidents/${incident}/imports?filename=payments.csv`, { body: CSV, contentType: 'text/csv' });
  const importId = imp.body.import.id as string;
  await waitFor(async () => ((await h.request('GET', `/v1/imports/${importId}`)).body.import.status === 'completed' ? true : null), { what: 'the import', timeoutMs: 60000 });
  const letters = await waitFor(async () => {
    const b = (await h.request('GET', `/v1/incidents/${incident}/letters?limit=100`)).body;
    return b.renders[0]?.status === 'completed' && b.letters.length > 0 ? b.letters : null;
  }, { what: 'letters rendered', timeoutMs: 60000 });
  await h.request('POST', `/v1/incidents/${incident}/letters/approve`, { body: {}, token: h.officerToken });
  const print = await h.request('POST', `/v1/incidents/${incident}/letters/print`, { body: {}, token: h.officerToken });
  const exp = await waitFor(async () => {
    const e = (await h.request('GET', `/v1/print-exports/${print.body.exportId}`)).body.export;
    return e.status === 'completed' ? e : null;
  }, { what: 'the print export', timeoutMs: 60000 });
  const spare = await h.request('POST', '/v1/tokens', { body: { email: 'spare@odessa-tx.gov', role: 'clerk' }, token: h.adminToken });
  ids = {
    incident,
    letter: letters[0].id,
    printExport: print.body.exportId,
    batchFile: exp.files[0].pdf.split('/').pop(),
    importId,
    token: spare.body.token?.id ?? spare.body.id,
  };
  expect(Object.values(ids).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);

  const org = await createOrganizationWithAdmin(h.db, {
    name: 'City of Midland',
    kind: 'municipality',
    state: 'TX',
    timezone: 'America/Chicago',
    adminEmail: 'admin@midland.example.gov',
    adminName: 'Admin',
  });
  if (!org.ok) throw new Error('could not create the second organisation');
  const tokens = { admin: org.token } as Record<Role, string>;
  for (const role of ['clerk', 'officer', 'auditor'] as const) {
    const t = await createUserToken(h.db, { org: org.organizationId, email: `${role}@midland.example.gov`, role });
    if (!t.ok) throw new Error('could not create a token');
    tokens[role] = t.token;
  }
  other = { organizationId: org.organizationId, tokens };
}, 180_000);

afterAll(async () => {
  await apiDb?.destroy();
  await h?.close();
});

describe('every route, every role, two tenants', () => {
  it('the table above covers exactly the routes the API serves', () => {
    const served = Object.entries((h.app.swagger() as any).paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/v1/'))
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    expect(served.sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it('another organisation’s users get 404 (or 403 for their role) on every route given this one’s ids, and never see its data', async () => {
    const mine = [ids.incident, ids.letter, ids.printExport, ids.importId, ids.token];
    for (const key of Object.keys(ROUTES)) {
      for (const role of ROLES) {
        const res = await call(key, other.tokens[role], ids);
        const where = `${key} as ${role} of another organisation`;
        expect(res.status, where).toBeLessThan(500);
        if (key.includes(':id') && !key.includes('jurisdictions')) {
          expect(res.status, where).toBe(ROUTES[key]!.allowed.includes(role) ? 404 : 403);
        }
        for (const secret of [...mine, ...SECRETS]) expect(res.text, `${where} leaked ${secret}`).not.toContain(secret);
      }
    }
  });

  it('each role of the organisation gets 403 exactly where its role may not go, and no server error anywhere', async () => {
    for (const key of Object.keys(ROUTES)) {
      for (const role of ROLES) {
        const token = { clerk: h.clerkToken, officer: h.officerToken, admin: h.adminToken, auditor: h.auditorToken }[role];
        const res = await call(key, token, ids);
        const where = `${key} as ${role}: ${res.text.slice(0, 200)}`;
        expect(res.status, where).toBeLessThan(500);
        if (ROUTES[key]!.allowed.includes(role)) expect([401, 403, 404], where).not.toContain(res.status);
        else expect(res.status, where).toBe(403);
      }
    }
  });
});

describe('row-level security in PostgreSQL', () => {
  it('puts every tenant table under a policy (a new table without one fails here)', async () => {
    const rows = await sql<{ table: string; rls: boolean; policies: number }>`
      select c.relname as table, c.relrowsecurity as rls,
        (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c
      where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace
        and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped)
             or c.relname in ('organizations', 'render_chunks'))
    `.execute(h.db);
    expect(rows.rows.length).toBeGreaterThan(10);
    for (const r of rows.rows) expect(r, r.table).toMatchObject({ rls: true, policies: 1 });
  });

  it('a query that forgets its tenant filter sees only the tenant of the request', async () => {
    const asTenant = <T>(organizationId: string | null, fn: () => Promise<T>) => runInTenantScope({ organizationId }, fn);
    const mine = await asTenant(h.organizationId, () => apiDb.selectFrom('incidents').select('id').execute());
    expect(mine.map((r) => r.id)).toContain(ids.incident);
    // These repository calls take an incident id and no organisation: PostgreSQL still says no.
    expect(await asTenant(other.organizationId, () => listEvents(apiDb, ids.incident))).toEqual([]);
    expect(await asTenant(other.organizationId, () => listResidents(apiDb, ids.incident))).toEqual([]);
    expect((await asTenant(h.organizationId, () => listResidents(apiDb, ids.incident))).length).toBeGreaterThanOrEqual(2);
    for (const table of ['incidents', 'residents', 'letters', 'audit_events', 'users', 'api_tokens', 'organizations', 'transactions', 'imports'] as const) {
      const theirs = await asTenant(other.organizationId, () => apiDb.selectFrom(table).selectAll().execute());
      expect(JSON.stringify(theirs), table).not.toContain(h.organizationId);
      // Before the token is known a request's session sees nothing at all.
      expect(await asTenant(null, () => apiDb.selectFrom(table).selectAll().execute()), table).toEqual([]);
    }
  });

  it('refuses writes into another tenant, edits of the audit trail, and any query outside a tenant scope', async () => {
    const asOther = <T>(fn: () => Promise<T>) => runInTenantScope({ organizationId: other.organizationId }, fn);
    await expect(
      asOther(() => apiDb.insertInto('incidents').values({ organization_id: h.organizationId, title: 'planted', document: '{}', contacts: [] }).execute()),
    ).rejects.toThrow(/row-level security/);
    const updated = await asOther(() => apiDb.updateTable('incidents').set({ title: 'renamed' }).where('id', '=', ids.incident).executeTakeFirst());
    expect(Number(updated.numUpdatedRows)).toBe(0);
    await expect(
      runInTenantScope({ organizationId: h.organizationId }, () => apiDb.updateTable('audit_events').set({ actor: 'someone else' }).execute()),
    ).rejects.toThrow(/permission denied/);
    await expect(apiDb.selectFrom('incidents').select('id').execute()).rejects.toThrow(/outside any tenant scope/);
    const title = await h.db.selectFrom('incidents').select('title').where('id', '=', ids.incident).executeTakeFirstOrThrow();
    expect(title.title).not.toBe('renamed');
    expect(await h.db.selectFrom('incidents').select('id').where('title', '=', 'planted').execute()).toEqual([]);
  });
});
