// An admin issues, lists, revokes and rotates API tokens: secrets shown once and never listed or
// audited, a revoked or rotated-away token stops working at once, and no other role or tenant can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { createOrganizationWithAdmin } from '../../src/cli/admin.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ workers: false });
});
afterAll(async () => {
  await h?.close();
});

const asAdmin = (method: 'GET' | 'POST', url: string, body?: unknown) => h.request(method, url, { token: h.adminToken, ...(body === undefined ? {} : { body }) });
const canRead = async (token: string) => (await h.request('GET', '/v1/incidents', { token })).status;

describe('API tokens', () => {
  it('lets an admin issue a token for a new user, shown once and never listed or audited', async () => {
    const res = await asAdmin('POST', '/v1/tokens', { email: 'Officer2@Odessa-TX.gov', role: 'officer', expires: '2099-12-31' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'officer2@odessa-tx.gov', role: 'officer', expiresAt: expect.stringMatching(/^2100-01-01T05:59:59/) });
    expect(await canRead(res.body.token)).toBe(200);
    const list = await asAdmin('GET', '/v1/tokens');
    const listed = list.body.tokens.find((t: any) => t.id === res.body.id);
    expect(listed).toMatchObject({ email: 'officer2@odessa-tx.gov', role: 'officer', prefix: res.body.token.slice(0, 10), revokedAt: null });
    const everything = JSON.stringify(list.body) + JSON.stringify(await h.db.selectFrom('audit_events').selectAll().execute());
    expect(everything).not.toContain(res.body.token);
    expect(everything).not.toContain(res.body.token.slice(10));
  });

  it('refuses bad input by field, a past expiry, and a role that contradicts the user', async () => {
    const bad = await asAdmin('POST', '/v1/tokens', { email: 'nope', role: 'boss', expires: '31/12/2099' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: any) => f.field).sort()).toEqual(['body.email', 'body.expires', 'body.role']);
    const past = await asAdmin('POST', '/v1/tokens', { email: 'late@odessa-tx.gov', expires: '2020-01-01' });
    expect(past.body.error.fields).toEqual([{ field: 'body.expires', message: 'is in the past' }]);
    const far = await asAdmin('POST', '/v1/tokens', { email: 'forever@odessa-tx.gov', expires: '9999-12-31' });
    expect(far.status).toBe(400);
    expect(far.body.error.fields[0]).toMatchObject({ field: 'body.expires', message: expect.stringMatching(/more than 100 years away/) });
    expect(await h.db.selectFrom('users').select('id').where('email', '=', 'forever@odessa-tx.gov').execute()).toEqual([]);
    const clash = await asAdmin('POST', '/v1/tokens', { email: 'clerk@odessa-tx.gov', role: 'admin' });
    expect(clash.status).toBe(409);
  });

  it('revokes a token at once, and says so again if asked twice', async () => {
    const issued = (await asAdmin('POST', '/v1/tokens', { email: 'temp@odessa-tx.gov' })).body;
    expect(await canRead(issued.token)).toBe(200);
    const revoked = await asAdmin('POST', `/v1/tokens/${issued.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(await canRead(issued.token)).toBe(401);
    const again = await asAdmin('POST', `/v1/tokens/${issued.id}/revoke`);
    expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
    expect((await asAdmin('POST', `/v1/tokens/${issued.id}/rotate`)).status).toBe(409);
  });

  it('rotates: the new secret works for the same user, the old one stops in the same commit, audited', async () => {
    const issued = (await asAdmin('POST', '/v1/tokens', { email: 'script@odessa-tx.gov', role: 'clerk' })).body;
    const rotated = await asAdmin('POST', `/v1/tokens/${issued.id}/rotate`);
    expect(rotated.status).toBe(201);
    expect(rotated.body.replaced).toBe(issued.id);
    expect(await canRead(issued.token)).toBe(401);
    expect(await canRead(rotated.body.token)).toBe(200);
    const actions = (await h.db.selectFrom('audit_events').select(['action', 'entity_id']).where('entity_type', '=', 'api_token').execute()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['token.created', 'token.revoked', 'token.rotated']));
  });

  it('is for admins of the same organisation only', async () => {
    const issued = (await asAdmin('POST', '/v1/tokens', { email: 'victim@odessa-tx.gov' })).body;
    for (const token of [h.clerkToken, h.officerToken]) {
      expect((await h.request('GET', '/v1/tokens', { token })).status).toBe(403);
      expect((await h.request('POST', `/v1/tokens/${issued.id}/revoke`, { token })).status).toBe(403);
    }
    const other = await createOrganizationWithAdmin(h.db, { name: 'Midwest City', kind: 'municipality', state: 'OK', timezone: 'America/Chicago', adminEmail: 'admin@midwestcityok.org', adminName: 'Admin' });
    if (!other.ok) throw new Error('setup');
    expect((await h.request('POST', `/v1/tokens/${issued.id}/revoke`, { token: other.token })).status).toBe(404);
    expect((await h.request('POST', `/v1/tokens/${issued.id}/rotate`, { token: other.token })).status).toBe(404);
    expect((await h.request('GET', '/v1/tokens', { token: other.token })).body.tokens.map((t: any) => t.email)).toEqual(['admin@midwestcityok.org']);
    expect(await canRead(issued.token)).toBe(200);
  });
});
