// The reviewers' findings of issue 17 that live in the catalogue, each pinned at its boundary.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import { catalogue, findJurisdiction } from '../../../src/rules/index.js';

function assess(state: string, o: { kind?: string; discovered: string; elements?: string[]; encrypted?: boolean; keyCompromised?: boolean; count?: number; events?: object[] }) {
  const parsed = parseIncidentFile({
    title: 'Finding',
    organization: { name: 'A city', kind: o.kind ?? 'municipality', state, timezone: 'America/New_York' },
    dataElements: o.elements ?? ['name', 'ssn'],
    encryption: { encrypted: o.encrypted ?? false, keyCompromised: o.keyCompromised ?? false },
    exposure: [{ start: '2020-01-01', end: o.discovered }],
    events: [{ type: 'discovered', at: o.discovered }, ...(o.events ?? [])],
    affected: { byState: { [state]: o.count ?? 50 } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return assessIncident(parsed.incident, catalogue).obligations;
}
const individuals = (obligations: ReturnType<typeof assess>, key: string) => obligations.find((o) => o.key === key)!;

describe('Florida: S.B. 262 (2023) and the encryption key', () => {
  it('biometric data and geolocation with a name are personal information from 2024-07-01, not the day before', () => {
    for (const element of ['biometric', 'geolocation']) {
      expect(individuals(assess('FL', { discovered: '2024-06-30', elements: ['name', element] }), 'FL:FL-501-171:individuals').applicability).toBe('not_applicable');
      const after = individuals(assess('FL', { discovered: '2024-07-01', elements: ['name', element] }), 'FL:FL-501-171:individuals');
      expect(after).toMatchObject({ applicability: 'applies', rule: 'FL-2024' });
    }
  });

  it('encrypted data taken with its key owes notice; encrypted data alone does not', () => {
    expect(individuals(assess('FL', { discovered: '2024-08-01', encrypted: true, keyCompromised: true }), 'FL:FL-501-171:individuals').applicability).toBe('applies');
    expect(individuals(assess('FL', { discovered: '2024-08-01', encrypted: true }), 'FL:FL-501-171:individuals').applicability).toBe('not_applicable');
  });

  it('no jurisdiction leaves encrypted data with a taken key exempt unless its statute says so', () => {
    for (const j of catalogue) {
      for (const v of j.laws.flatMap((l) => l.versions)) {
        const h = v.encryptionSafeHarbor;
        if (h?.exists && h.keyReading === 'none') expect(h.keyWording, v.id).toMatch(/key|regardless|whatever/i);
      }
    }
  });
});

describe('Texas: the DIR cause report without a recovery date', () => {
  it('is counted from the determination and says so as an assumption', () => {
    const o = individuals(assess('TX', { discovered: '2024-02-01', elements: ['name', 'card_number', 'card_security_code'], events: [{ type: 'determined', at: '2024-02-05' }] }), 'TX:TX-GOV-2054:dir-cause-report');
    expect(o.deadline.anchor).toBe('determined');
    expect(o.assumptions.join(' ')).toMatch(/No "recovered" event is recorded; the clock runs from the determination/);
  });
});

describe('Oklahoma: the 2026 law and HIPAA', () => {
  it('the resident notice says that HIPAA entities are deemed compliant only if they notify the Attorney General', () => {
    const o = individuals(assess('OK', { discovered: '2026-02-01' }), 'OK:OK-24-161:individuals');
    expect(o.rule).toBe('OK-2026');
    expect(o.assumptions.join(' ')).toMatch(/HIPAA/);
  });
});

describe('contacts', () => {
  it("California's consumer contact is no longer the defunct Office of Privacy Protection", () => {
    const ca = findJurisdiction('CA')!.consumerContact!;
    expect(ca.name).not.toMatch(/Office of Privacy Protection/);
    expect(ca.name).toMatch(/Attorney General/);
  });
});
