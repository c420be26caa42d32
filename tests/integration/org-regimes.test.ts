// Regimes an organisation opts into apply to all its incidents, and changing them re-assesses.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setOrganizationRegimes } from '../../src/cli/admin.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { waitFor } from '../helpers/wait.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('organisation regimes', () => {
  it('refuses an unknown regime by name and changes nothing', async () => {
    const r = await setOrganizationRegimes(h.db, { org: h.organizationId, regimes: 'US-HIPAA,US-NOPE' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ field: 'regimes', message: expect.stringContaining('US-NOPE is not a regime') }]);
    const org = await h.db.selectFrom('organizations').select('regimes').where('id', '=', h.organizationId).executeTakeFirstOrThrow();
    expect(org.regimes).toEqual([]);
  });

  it('applies opted-in regimes to existing incidents through a re-assessment', async () => {
    const file = JSON.parse(readFileSync(new URL('../fixtures/odessa-2020.json', import.meta.url), 'utf8'));
    const id = (await h.request('POST', '/v1/incidents', { body: file })).body.incident.id as string;
    const obligations = async () => (await h.request('GET', `/v1/incidents/${id}/obligations`)).body as { assessmentUpToDate: boolean; obligations: any[] };
    await waitFor(async () => (await obligations()).assessmentUpToDate, { what: 'the first assessment' });
    expect((await obligations()).obligations.some((o) => o.jurisdiction === 'PCI-CARD-BRANDS')).toBe(false);

    const r = await setOrganizationRegimes(h.db, { org: h.organizationId, regimes: 'pci-card-brands' });
    expect(r).toMatchObject({ ok: true, regimes: ['PCI-CARD-BRANDS'], reassessed: 1 });
    await h.workers!.sweepNow();
    const after = await waitFor(async () => {
      const o = await obligations();
      return o.assessmentUpToDate && o.obligations.some((x) => x.jurisdiction === 'PCI-CARD-BRANDS') ? o : null;
    }, { what: 'card-brand obligations after re-assessment' });
    expect(after.obligations.filter((o) => o.jurisdiction === 'PCI-CARD-BRANDS').every((o) => o.applicability === 'applies')).toBe(true);
    const audit = await h.db.selectFrom('audit_events').select(['action', 'after']).where('action', '=', 'organization.regimes_set').execute();
    expect(audit).toHaveLength(1);
  });
});
