// Law changes at their exact boundary: the day before and the day a new version took effect.
// Expected dates are worked out by hand here, never by calling the engine.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import { catalogue } from '../../../src/rules/index.js';
import { JURISDICTION_NAMES } from '../../../src/rules/jurisdiction-names.js';

const ZONES: Record<string, string> = { WA: 'America/Los_Angeles', CA: 'America/Los_Angeles', CT: 'America/New_York', TX: 'America/Chicago', OK: 'America/Chicago' };

function assess(state: string, discovered: string, extraEvents: object[] = [], byState: Record<string, number> = { [state]: 1000 }) {
  const parsed = parseIncidentFile({
    title: `${state} boundary`,
    organization: { name: 'Acme Payments Inc.', kind: 'business', state, timezone: ZONES[state] ?? 'America/New_York' },
    dataElements: ['name', 'ssn'],
    exposure: [{ start: discovered, end: discovered }],
    events: [{ type: 'discovered', at: discovered }, { type: 'determined', at: discovered }, ...extraEvents],
    affected: { byState },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return assessIncident(parsed.incident, catalogue).obligations;
}
const get = (os: ReturnType<typeof assess>, j: string, recipient: string) => os.find((o) => o.jurisdiction === j && o.recipient === recipient && o.applicability === 'applies');

describe('version boundaries', () => {
  it('Washington: 45 days on 2020-02-29, 30 days from 2020-03-01', () => {
    expect(get(assess('WA', '2020-02-29'), 'WA', 'individuals')).toMatchObject({ rule: 'WA-2015', deadline: { due: '2020-04-14' } }); // Feb 29 + 45
    expect(get(assess('WA', '2020-03-01'), 'WA', 'individuals')).toMatchObject({ rule: 'WA-2020', deadline: { due: '2020-03-31' } }); // Mar 1 + 30
  });

  it('Connecticut: 90 days until 2021-09-30, 60 days from 2021-10-01', () => {
    expect(get(assess('CT', '2021-09-30'), 'CT', 'individuals')).toMatchObject({ deadline: { due: '2021-12-29' } }); // Sep 30 + 90
    expect(get(assess('CT', '2021-10-01'), 'CT', 'individuals')).toMatchObject({ deadline: { due: '2021-11-30' } }); // Oct 1 + 60
  });

  it('Texas attorney general: 60 days until 2023-08-31, 30 days from 2023-09-01 (S.B. 768)', () => {
    expect(get(assess('TX', '2023-08-31'), 'TX', 'attorney_general')).toMatchObject({ rule: 'TX-2021', deadline: { due: '2023-10-30' } }); // Aug 31 + 60
    expect(get(assess('TX', '2023-09-01'), 'TX', 'attorney_general')).toMatchObject({ rule: 'TX-2023', deadline: { due: '2023-10-01' } }); // Sep 1 + 30
  });

  it('Oklahoma: no attorney-general notice on 2025-12-31; from 2026-01-01, 60 days after the residents', () => {
    expect(assess('OK', '2025-12-31').some((o) => o.jurisdiction === 'OK' && o.recipient === 'attorney_general')).toBe(false);
    const notice = { type: 'notified', recipient: 'individuals', jurisdiction: 'OK', at: '2026-01-20' };
    expect(get(assess('OK', '2026-01-01', [notice]), 'OK', 'attorney_general')).toMatchObject({ rule: 'OK-2026', deadline: { kind: 'relative', due: '2026-03-21' } }); // Jan 20 + 60
  });

  it('California businesses: no fixed days on 2025-12-31; from 2026-01-01, 30 days, and the AG 15 days after the residents', () => {
    expect(get(assess('CA', '2025-12-31', [], { CA: 600 }), 'CA', 'individuals')!.deadline).toMatchObject({ kind: 'without_unreasonable_delay', due: null });
    const notice = { type: 'notified', recipient: 'individuals', jurisdiction: 'CA', at: '2026-01-20' };
    const after = assess('CA', '2026-01-01', [notice], { CA: 600 });
    expect(get(after, 'CA', 'individuals')).toMatchObject({ rule: 'CA-2026', deadline: { due: '2026-01-31' }, status: 'met' }); // Jan 1 + 30
    expect(get(after, 'CA', 'attorney_general')).toMatchObject({ deadline: { due: '2026-02-04' } }); // Jan 20 + 15
  });
});

describe('residents in every jurisdiction', () => {
  it('gives each of the 56 jurisdictions its obligations, with citations, and drops none', () => {
    const byState = Object.fromEntries(Object.keys(JURISDICTION_NAMES).map((c) => [c, 10]));
    const os = assess('TX', '2024-06-03', [], byState);
    for (const code of Object.keys(JURISDICTION_NAMES)) {
      const mine = os.filter((o) => o.jurisdiction === code);
      expect(mine.length, `${code} has no obligation`).toBeGreaterThan(0);
      const individuals = mine.filter((o) => o.recipient === 'individuals');
      expect(individuals.length, `${code} has no resident notice`).toBeGreaterThan(0);
      for (const o of individuals) {
        if (o.applicability === 'no_rule') expect(['AS', 'MP']).toContain(code);
        else expect(o.citation, `${code} individuals without citation`).toBeTruthy();
      }
    }
  });
});
