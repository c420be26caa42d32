// Issue 17, ND-RI group (North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Puerto Rico, Rhode
// Island): every version traced fact by fact, the key clause read from each statute, every notice with
// a channel, and the errors fixed against the text pinned at their boundary dates.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation } from '../../../src/domain/types.js';
import { northDakota } from '../../../src/rules/north-dakota.js';
import { ohio } from '../../../src/rules/ohio.js';
import { oklahoma } from '../../../src/rules/oklahoma.js';
import { oregon } from '../../../src/rules/oregon.js';
import { pennsylvania } from '../../../src/rules/pennsylvania.js';
import { puertoRico } from '../../../src/rules/puerto-rico.js';
import { rhodeIsland } from '../../../src/rules/rhode-island.js';
import { VERIFIED_FACTS, type Jurisdiction, type Recipient, type RuleVersion } from '../../../src/rules/types.js';

const GROUP = [northDakota, ohio, oklahoma, oregon, pennsylvania, puertoRico, rhodeIsland];
const TODAY = DateTime.utc().toISODate()!;
const NO_CHANNEL: Recipient[] = ['individuals', 'media', 'data_owner', 'card_brands'];
const versions = GROUP.flatMap((j) => j.laws.flatMap((law) => law.versions.map((v) => ({ j, law, v }))));

function version(j: Jurisdiction, id: string): RuleVersion {
  const v = j.laws.flatMap((l) => l.versions).find((x) => x.id === id);
  if (!v) throw new Error(`no ${id}`);
  return v;
}

interface Case {
  discovered: string;
  residents?: number;
  elements?: string[];
  kind?: string;
  encrypted?: boolean;
  keyCompromised?: boolean;
  events?: Record<string, unknown>[];
}

function assess(j: Jurisdiction, c: Case): Map<string, AssessedObligation> {
  const parsed = parseIncidentFile({
    title: `${j.code} verification test`,
    organization: { name: 'Acme', kind: c.kind ?? 'business', state: j.code, timezone: j.code === 'PR' ? 'America/Puerto_Rico' : 'America/Chicago' },
    dataElements: c.elements ?? ['name', 'ssn'],
    encryption: { encrypted: c.encrypted ?? false, keyCompromised: c.keyCompromised ?? false },
    exposure: [{ start: c.discovered, end: c.discovered }],
    events: [{ type: 'discovered', at: c.discovered }, ...(c.events ?? [])],
    affected: { byState: { [j.code]: c.residents ?? 10 } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return new Map(assessIncident(parsed.incident, [j]).obligations.map((o) => [o.key, o]));
}
function get(m: Map<string, AssessedObligation>, key: string): AssessedObligation {
  const o = m.get(key);
  if (!o) throw new Error(`no ${key}; have ${[...m.keys()].join(', ')}`);
  return o;
}

describe('ND-RI group: every fact traced, every notice with somewhere to go', () => {
  it.each(versions.map(({ v }) => [v.id, v] as const))('%s: twelve facts, each with its source, what it says, when checked and (if not primary) why', (_id, v) => {
    expect(Object.keys(v.verification).sort()).toEqual([...VERIFIED_FACTS].sort());
    for (const fact of VERIFIED_FACTS) {
      const c = v.verification[fact];
      expect(c.where.trim(), `${v.id} ${fact}`).not.toBe('');
      expect(c.says.trim().length, `${v.id} ${fact}`).toBeGreaterThan(5);
      expect(c.checked <= TODAY, `${v.id} ${fact}`).toBe(true);
      if (c.kind !== 'primary') expect(c.why?.trim().length ?? 0, `${v.id} ${fact}: why`).toBeGreaterThan(10);
    }
    if (v.confidence !== 'high') expect(v.unverified.length, v.id).toBeGreaterThan(0);
    // A key fact resting on a secondary source or none makes the version low confidence.
    const keyFactsPrimary = (['deadline', 'threshold', 'coverage'] as const).every((f) => v.verification[f].kind === 'primary');
    if (!keyFactsPrimary) expect(v.confidence, v.id).toBe('low');
  });

  it.each(versions.filter(({ v }) => v.encryptionSafeHarbor).map(({ v }) => [v.id, v] as const))('%s: key clause read, notice owed with the key unless the statute says otherwise', (_id, v) => {
    const h = v.encryptionSafeHarbor!;
    expect(h.keyWording.trim().length).toBeGreaterThan(10);
    expect(h.keyException).toBe(h.keyReading !== 'none');
    if (h.keyReading === 'protective') expect(v.unverified.some((u) => /key/i.test(u)), `${v.id} explains the protective reading`).toBe(true);
  });

  it.each(GROUP.map((j) => [j.code, j] as const))('%s: every recipient other than residents has a channel; letters naming the AG have its contact', (_code, j) => {
    const rules = j.laws.flatMap((l) => l.versions.flatMap((v) => v.obligations));
    for (const r of new Set(rules.map((o) => o.recipient))) {
      if (NO_CHANNEL.includes(r)) continue;
      expect(j.channels.some((c) => c.recipient === r), `${j.code}: ${r}`).toBe(true);
    }
    for (const c of j.channels) {
      expect(c.ways.length).toBeGreaterThan(0);
      for (const w of c.ways) expect(w.value.trim()).not.toBe('');
      expect(c.source.trim()).not.toBe('');
    }
    if (rules.some((o) => o.letterElements.includes('attorney_general'))) expect(j.consumerContact?.phone).toMatch(/\d{3}.*\d{4}/);
  });

  it.each(GROUP.flatMap((j) => j.laws.map((law) => [law.id, law] as const)))('%s: versions abut', (_id, law) => {
    law.versions.forEach((v, i) => {
      const next = law.versions[i + 1];
      if (!next) return expect(v.effectiveTo).toBeNull();
      expect(DateTime.fromISO(v.effectiveTo!).plus({ days: 1 }).toISODate()).toBe(next.effectiveFrom);
    });
  });

  it('no statute in the group says "whichever is sooner" or "prior to" the resident notice', () => {
    const kinds = versions.flatMap(({ v }) => v.obligations.map((o) => o.deadline.kind));
    expect(kinds).not.toContain('earlier_of');
    expect(kinds).not.toContain('before');
  });
});

describe('errors fixed against the text', () => {
  it('ND: § 51-30-01 exempts only data secured so as to be unreadable, so a taken key means notice (was: exempt)', () => {
    expect(version(northDakota, 'ND-2015').encryptionSafeHarbor).toMatchObject({ keyReading: 'implied', keyException: true });
    const withKey = assess(northDakota, { discovered: '2015-08-01', encrypted: true, keyCompromised: true });
    expect(get(withKey, 'ND:ND-51-30:individuals')).toMatchObject({ rule: 'ND-2015', applicability: 'applies' });
    expect(get(assess(northDakota, { discovered: '2005-06-01', encrypted: true, keyCompromised: true }), 'ND:ND-51-30:individuals')).toMatchObject({ rule: 'ND-2005', applicability: 'applies' });
    expect(get(assess(northDakota, { discovered: '2015-08-01', encrypted: true }), 'ND:ND-51-30:individuals').applicability).toBe('not_applicable');
  });

  it('OH: "encrypted, redacted, or altered ... unreadable" (§ 1349.19(A)) does not survive a taken key (was: exempt)', () => {
    const withKey = assess(ohio, { discovered: '2007-03-30', encrypted: true, keyCompromised: true });
    expect(get(withKey, 'OH:OH-1349-19:individuals')).toMatchObject({ rule: 'OH-2007', applicability: 'applies' });
    const city = assess(ohio, { discovered: '2007-03-29', kind: 'municipality', encrypted: true, keyCompromised: true });
    expect(get(city, 'OH:OH-1347-12:individuals')).toMatchObject({ rule: 'OH-AGENCY-2006', applicability: 'applies' });
  });

  it('OK: S.B. 626 deems HIPAA and hospital entities compliant if they notify the Attorney General, a condition staff check from 2026-01-01', () => {
    const on = assess(oklahoma, { discovered: '2026-01-01', residents: 500 });
    const individuals = get(on, 'OK:OK-24-161:individuals');
    expect(individuals.rule).toBe('OK-2026');
    expect(individuals.assumptions.join(' ')).toMatch(/Oklahoma Hospital Cybersecurity Protection Act of 2023.*HIPAA/);
    expect(get(on, 'OK:OK-24-161:attorney-general')).toMatchObject({ applicability: 'applies', threshold: { count: 500, comparison: 'at_least' } });
    expect(get(on, 'OK:OK-24-161:attorney-general').assumptions.join(' ')).toMatch(/deemed compliant.*must still give this notice/);
    const before = get(assess(oklahoma, { discovered: '2025-12-31' }), 'OK:OK-24-161:individuals');
    expect(before.rule).toBe('OK-2008');
    expect(before.assumptions.join(' ')).not.toMatch(/Hospital Cybersecurity/);
    expect(before.assumptions.join(' ')).toMatch(/Interagency Guidance/);
    expect(get(assess(oklahoma, { discovered: '2026-01-01', residents: 499 }), 'OK:OK-24-161:attorney-general').applicability).toBe('not_applicable');
  });

  it('OK: § 163(C) makes a breach involving a person with the key notifiable (express); § 3113.1 is silent and read protectively', () => {
    expect(version(oklahoma, 'OK-2008').encryptionSafeHarbor).toMatchObject({ keyReading: 'express', keyException: true });
    const agency = assess(oklahoma, { discovered: '2010-05-03', kind: 'state_agency', encrypted: true, keyCompromised: true });
    expect(get(agency, 'OK:OK-74-3113:individuals').applicability).toBe('applies');
  });

  it('OR: under S.B. 601 the Attorney General is told "in the manner" of the consumer notice, not tied to it (was: no later than the consumer notice)', () => {
    const v2016 = assess(oregon, { discovered: '2018-06-01', residents: 300 });
    expect(get(v2016, 'OR:OR-646A-604:attorney-general')).toMatchObject({ rule: 'OR-2016', applicability: 'applies', deadline: { kind: 'without_unreasonable_delay', due: null } });
    const v2018 = assess(oregon, { discovered: '2018-06-02', residents: 300 });
    expect(get(v2018, 'OR:OR-646A-604:attorney-general')).toMatchObject({ rule: 'OR-2018', deadline: { due: '2018-07-17' } });
  });

  it('PA: the vendor duty is § 2303(c) and the encryption rule § 2303(b) (were: (b) and (a)); the § 2307 exemptions are a condition', () => {
    for (const id of ['PA-2006', 'PA-2023', 'PA-2024']) {
      const v = version(pennsylvania, id);
      expect(v.obligations.find((o) => o.id === 'vendor-notice')?.citation).toBe('73 P.S. § 2303(c)');
      expect(v.encryptionSafeHarbor).toMatchObject({ citation: '73 P.S. § 2303(b)', keyReading: 'express', keyException: true });
    }
    const individuals = get(assess(pennsylvania, { discovered: '2006-06-20' }), 'PA:PA-73-2301:individuals');
    expect(individuals.rule).toBe('PA-2006');
    expect(individuals.assumptions.join(' ')).toMatch(/§ 2307/);
  });

  it('PR: §§ 4051-4052 are silent on a taken key, so the protective reading owes notice (was: exempt)', () => {
    expect(version(puertoRico, 'PR-2006').encryptionSafeHarbor).toMatchObject({ keyReading: 'protective', keyException: true });
    const withKey = assess(puertoRico, { discovered: '2006-01-05', encrypted: true, keyCompromised: true });
    expect(get(withKey, 'PR:PR-10-4051:individuals')).toMatchObject({ rule: 'PR-2006', applicability: 'applies' });
    expect(get(withKey, 'PR:PR-10-4051:regulator').deadline.due).toBe('2006-01-15');
    expect(get(assess(puertoRico, { discovered: '2006-01-05', encrypted: true }), 'PR:PR-10-4051:individuals').applicability).toBe('not_applicable');
  });

  it('RI: ch. 11-49.2 is silent on keys (protective, was: exempt); ch. 11-49.3 says data taken with its key is not encrypted', () => {
    const old = assess(rhodeIsland, { discovered: '2016-07-01', encrypted: true, keyCompromised: true });
    expect(get(old, 'RI:RI-11-49:individuals')).toMatchObject({ rule: 'RI-2006', applicability: 'applies' });
    expect(version(rhodeIsland, 'RI-2016').encryptionSafeHarbor).toMatchObject({ keyReading: 'express' });
    const town = assess(rhodeIsland, { discovered: '2023-06-27', kind: 'municipality', encrypted: true, keyCompromised: true });
    expect(get(town, 'RI:RI-11-49-3-AGENCY:individuals')).toMatchObject({ rule: 'RI-AGENCY-2023', applicability: 'applies' });
  });

  it('the channels name where the notices go: Oregon\'s form, Ohio\'s OCIC and Auditor, the Rhode Island State Police', () => {
    const or = get(assess(oregon, { discovered: '2021-03-01', residents: 251 }), 'OR:OR-646A-604:attorney-general');
    expect(or.submission?.ways[0]).toMatchObject({ kind: 'online_form', value: 'https://justice.oregon.gov/consumer/DataBreach/Home/Submit' });
    const city = assess(ohio, { discovered: '2025-09-30', kind: 'municipality' });
    expect(get(city, 'OH:OH-9-64:ocic-7-days').submission?.name).toMatch(/Cyber Integration Center/);
    expect(get(city, 'OH:OH-9-64:auditor-30-days').submission?.name).toMatch(/Auditor of State/);
    const town = assess(rhodeIsland, { discovered: '2024-02-01', kind: 'municipality' });
    expect(get(town, 'RI:RI-11-49-3-CYBER:state-police-24h').submission?.name).toBe('Rhode Island State Police');
  });
});
