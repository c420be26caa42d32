// The catalogue and the analyses over HTTP: jurisdictions, changes between dates, what-if and on-time.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ workers: false });
});
afterAll(async () => {
  await h?.close();
});

describe('the catalogue over HTTP', () => {
  it('lists jurisdictions with versions and confidence, and shows one in full', async () => {
    const list = await h.request('GET', '/v1/jurisdictions');
    expect(list.status).toBe(200);
    const tx = list.body.jurisdictions.find((j: any) => j.code === 'TX');
    expect(tx.laws[0].versions.map((v: any) => v.id)).toContain('TX-2020');
    const one = await h.request('GET', '/v1/jurisdictions/tx');
    expect(one.status).toBe(200);
    const v = one.body.jurisdiction.laws[0].versions.find((x: any) => x.id === 'TX-2020');
    expect(v).toMatchObject({ effectiveFrom: '2020-01-01', confidence: expect.any(String) });
    expect(v.obligations.map((o: any) => o.id)).toContain('attorney-general');
  });

  it('answers 404 for a jurisdiction it does not have and 400 for a malformed code', async () => {
    expect((await h.request('GET', '/v1/jurisdictions/ZZ')).status).toBe(404);
    const bad = await h.request('GET', '/v1/jurisdictions/1');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('params.code');
  });

  it('says what changed between two dates', async () => {
    const res = await h.request('GET', '/v1/jurisdictions/changes?from=2019-12-31&to=2020-12-31');
    expect(res.status).toBe(200);
    expect(res.body.changes.find((c: any) => c.law === 'TX-BCC-521')).toMatchObject({ from: { version: 'TX-2012' }, to: { version: 'TX-2020' } });
    const bad = await h.request('GET', '/v1/jurisdictions/changes?from=2020-02-30&to=2019-01-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: any) => f.field)).toContain('query.from');
  });
});

describe('incident analysis', () => {
  it('answers what-if and the latest on-time start for a filed incident', async () => {
    const file = JSON.parse(readFileSync(new URL('../fixtures/odessa-2020.json', import.meta.url), 'utf8'));
    const created = await h.request('POST', '/v1/incidents', { body: file });
    const id = created.body.incident.id;
    const res = await h.request('GET', `/v1/incidents/${id}/analysis?asIfDiscovered=2019-12-01`);
    expect(res.status).toBe(200);
    const tx = res.body.whatIf.changes.find((c: any) => c.key === 'TX:TX-BCC-521:individuals');
    expect(tx).toMatchObject({ before: { rule: 'TX-2020' }, after: { rule: 'TX-2012' } });
    expect(res.body.onTime.find((a: any) => a.key === 'TX:TX-BCC-521:individuals').earliestOnTimeAnchor).toBe('2020-08-15');
    const bad = await h.request('GET', `/v1/incidents/${id}/analysis?asIfDiscovered=2020-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('query.asIfDiscovered');
  });
});
