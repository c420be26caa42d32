// The intake path end to end: API → outbox → Redis → assess worker → PostgreSQL, with real services.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { waitFor } from '../helpers/wait.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function assessed(id: string, token?: string) {
  return waitFor(
    async () => {
      const res = await h.request('GET', `/v1/incidents/${id}/obligations`, { token });
      return res.body.assessmentUpToDate ? res.body : null;
    },
    { what: `assessment of incident ${id}` },
  );
}

const find = (obligations: any[], jurisdiction: string, recipient: string) =>
  obligations.find((o) => o.jurisdiction === jurisdiction && o.recipient === recipient);

describe('filing the Odessa 2020 incident and recording the October notice', () => {
  let id: string;

  it('files the incident and computes its obligations in the background', async () => {
    const res = await h.request('POST', '/v1/incidents', { body: fixture('odessa-2020-before-notice.json') });
    expect(res.status).toBe(201);
    id = res.body.incident.id;
    const { obligations } = await assessed(id);
    const tx = find(obligations, 'TX', 'individuals');
    expect(tx.rule).toBe('TX-2020');
    // 2020-07-20 (determination) + 60 days = 2020-09-18, + 15 days tolled for law enforcement.
    expect(tx.deadline.due).toBe('2020-10-03');
    expect(tx.status).toBe('open');
    expect(find(obligations, 'TX', 'attorney_general').status).toBe('open');
    expect(find(obligations, 'NM', 'individuals')).toBeTruthy();
  });

  it('records the notice and shows the Texas individual notice 11 days late', async () => {
    const res = await h.request('POST', `/v1/incidents/${id}/events`, {
      body: { type: 'notified', recipient: 'individuals', jurisdiction: 'TX', at: '2020-10-14' },
    });
    expect(res.status).toBe(201);
    expect(res.body.incident.revision).toBe(2);
    const { obligations } = await assessed(id);
    const tx = find(obligations, 'TX', 'individuals');
    expect(tx.status).toBe('late');
    expect(tx.daysLate).toBe(11);
    expect(tx.notifiedOn).toBe('2020-10-14');
  });

  it('reads, lists and reports the background work', async () => {
    const one = await h.request('GET', `/v1/incidents/${id}`);
    expect(one.status).toBe(200);
    expect(one.body.incident.events.map((e: any) => e.type)).toContain('notified');
    const list = await h.request('GET', '/v1/incidents');
    expect(list.body.incidents.map((i: any) => i.id)).toContain(id);
    const jobs = await h.request('GET', `/v1/incidents/${id}/jobs`);
    expect(jobs.body.jobs.map((j: any) => j.jobId)).toEqual(
      expect.arrayContaining([`assess-${id}-r1`, `assess-${id}-r2`]),
    );
    expect(jobs.body.jobs.every((j: any) => j.state === 'completed')).toBe(true);
  });
});

describe('bad input', () => {
  async function incidentCount() {
    const row = await h.db.selectFrom('incidents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('answers 400 naming every invalid field, and stores nothing', async () => {
    const before = await incidentCount();
    const bad = fixture('odessa-2020.json');
    bad.exposure[0].end = 'June 2020';
    bad.events[0].at = '2020-13-45';
    bad.affected.byState.TX = -5;
    bad.surprise = true;
    const res = await h.request('POST', '/v1/incidents', { body: bad });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    const fields = res.body.error.fields.map((f: any) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['exposure[0].end', 'events[0].at']));
    expect(fields.some((f: string) => f.startsWith('affected'))).toBe(true);
    expect(fields.some((f: string) => f.includes('surprise'))).toBe(true);
    expect(await incidentCount()).toBe(before);
    const jobs = await h.db.selectFrom('jobs').select('job_id').execute();
    expect(jobs.every((j) => j.job_id.startsWith('assess-'))).toBe(true);
  });

  it('rejects malformed JSON and a bad event with a clear field', async () => {
    const res = await h.request('POST', '/v1/incidents', { body: '{"title": ' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('(body)');
    const created = await h.request('POST', '/v1/incidents', { body: fixture('odessa-2020.json') });
    const ev = await h.request('POST', `/v1/incidents/${created.body.incident.id}/events`, {
      body: { type: 'notified', recipient: 'residents', jurisdiction: 'TX', at: '2020-10-14' },
    });
    expect(ev.status).toBe(400);
    expect(ev.body.error.fields.map((f: any) => f.field)).toContain('recipient');
    const events = await h.request('GET', `/v1/incidents/${created.body.incident.id}`);
    expect(events.body.incident.revision).toBe(1);
  });
});

describe('access', () => {
  it('needs a token', async () => {
    const res = await h.request('GET', '/v1/incidents', { token: null });
    expect(res.status).toBe(401);
    const bogus = await h.request('GET', '/v1/incidents', { token: 'bd_not-a-real-token' });
    expect(bogus.status).toBe(401);
  });

  it("answers 404 for another organisation's incident", async () => {
    const mine = await h.request('POST', '/v1/incidents', { body: fixture('odessa-2020.json') });
    const { createOrganizationWithAdmin } = await import('../../src/cli/admin.js');
    const other = await createOrganizationWithAdmin(h.db, {
      name: 'Midwest City',
      kind: 'municipality',
      state: 'OK',
      timezone: 'America/Chicago',
      adminEmail: 'admin@midwestcityok.org',
      adminName: 'Admin',
    });
    if (!other.ok) throw new Error('setup');
    const res = await h.request('GET', `/v1/incidents/${mine.body.incident.id}`, { token: other.token });
    expect(res.status).toBe(404);
    const obligations = await h.request('GET', `/v1/incidents/${mine.body.incident.id}/obligations`, { token: other.token });
    expect(obligations.status).toBe(404);
    const list = await h.request('GET', '/v1/incidents', { token: other.token });
    expect(list.body.incidents).toEqual([]);
  });
});

describe('operations', () => {
  it('reports PostgreSQL and Redis reachability', async () => {
    const res = await h.request('GET', '/health', { token: null });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', postgres: 'up', redis: 'up' });
  });

  it('serves the OpenAPI document and the rule catalogue', async () => {
    const doc = await h.request('GET', '/docs/json', { token: null });
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/v1/incidents', '/v1/incidents/{id}/obligations']));
    const rules = await h.request('GET', '/v1/rules');
    expect(rules.body.jurisdictions.map((j: any) => j.code)).toEqual(expect.arrayContaining(['TX', 'OK', 'NM', 'WA', 'ME', 'CA']));
  });
});
