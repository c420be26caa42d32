// Nebraska through North Carolina (issue 17): every version traced to the text it was checked
// against, and the errors found in that reading pinned at their boundaries through the engine.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation, Assessment } from '../../../src/domain/types.js';
import type { Jurisdiction, Recipient, RuleVersion } from '../../../src/rules/types.js';
import { VERIFIED_FACTS } from '../../../src/rules/types.js';
import { nebraska } from '../../../src/rules/nebraska.js';
import { nevada } from '../../../src/rules/nevada.js';
import { newHampshire } from '../../../src/rules/new-hampshire.js';
import { newJersey } from '../../../src/rules/new-jersey.js';
import { newMexico } from '../../../src/rules/new-mexico.js';
import { newYork } from '../../../src/rules/new-york.js';
import { northCarolina } from '../../../src/rules/north-carolina.js';

const GROUP = [nebraska, nevada, newHampshire, newJersey, newMexico, newYork, northCarolina];
const NO_CHANNEL: Recipient[] = ['individuals', 'media', 'data_owner', 'card_brands'];

interface Case {
  discovered: string;
  elements?: string[];
  residents?: number;
  kind?: string;
  zone?: string;
  events?: unknown[];
  encryption?: { encrypted: boolean; keyCompromised: boolean };
}

function assess(j: Jurisdiction, c: Case): Assessment {
  const parsed = parseIncidentFile({
    title: `${j.name} test incident`,
    organization: { name: 'Acme', kind: c.kind ?? 'business', state: j.code, timezone: c.zone ?? 'America/New_York' },
    dataElements: c.elements ?? ['name', 'ssn'],
    ...(c.encryption ? { encryption: c.encryption } : {}),
    exposure: [{ start: c.discovered, end: c.discovered }],
    events: [{ type: 'discovered', at: c.discovered }, ...(c.events ?? [])],
    affected: { byState: { [j.code]: c.residents ?? 10 } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return assessIncident(parsed.incident, [j]);
}

function find(a: Assessment, lawId: string, id: string): AssessedObligation {
  const o = a.obligations.find((x) => x.law === lawId && x.key.endsWith(`:${id}`));
  if (!o) throw new Error(`no ${lawId} ${id} in ${a.obligations.map((x) => x.key).join(', ')}`);
  return o;
}

const has = (a: Assessment, lawId: string, id: string) => a.obligations.some((x) => x.law === lawId && x.key.endsWith(`:${id}`));

function version(j: Jurisdiction, id: string): RuleVersion {
  const v = j.laws.flatMap((l) => l.versions).find((x) => x.id === id);
  if (!v) throw new Error(`no version ${id}`);
  return v;
}

const rule = (v: RuleVersion, id: string) => {
  const o = v.obligations.find((x) => x.id === id);
  if (!o) throw new Error(`no ${id} in ${v.id}`);
  return o;
};

const versions = GROUP.flatMap((j) => j.laws.flatMap((l) => l.versions.map((v) => [v.id, v] as const)));

describe('every version of the group is traced to the text it was checked against', () => {
  it.each(versions)('%s: twelve facts, each with where, what it says, when; a reason wherever the text was not primary', (_id, v) => {
    expect(Object.keys(v.verification).sort()).toEqual([...VERIFIED_FACTS].sort());
    for (const fact of VERIFIED_FACTS) {
      const c = v.verification[fact];
      expect(c.checked, `${v.id} ${fact}`).toBe('2026-12-08');
      expect(c.where.trim().length, `${v.id} ${fact}: where`).toBeGreaterThan(10);
      expect(c.says.trim().length, `${v.id} ${fact}: says`).toBeGreaterThan(5);
      if (c.kind !== 'primary') expect(c.why?.trim().length ?? 0, `${v.id} ${fact}: why`).toBeGreaterThan(10);
    }
    if (v.confidence !== 'high') expect(v.unverified.length).toBeGreaterThan(0);
    const keyFacts = [v.verification.deadline, v.verification.threshold, v.verification.coverage];
    if (keyFacts.some((c) => c.kind !== 'primary')) expect(v.confidence).toBe('low');
  });

  it.each(versions.filter(([, v]) => v.encryptionSafeHarbor))('%s: the key clause is read and applied as read', (_id, v) => {
    const h = v.encryptionSafeHarbor!;
    expect(h.keyWording.trim().length).toBeGreaterThan(10);
    expect(h.keyException).toBe(h.keyReading !== 'none');
    if (h.keyReading === 'protective') expect(v.unverified.some((u) => /key/.test(u))).toBe(true);
  });

  it.each(GROUP.map((j) => [j.code, j] as const))('%s: every notice other than to residents has somewhere to go; the AG contact is recorded', (_code, j) => {
    const recipients = new Set(j.laws.flatMap((l) => l.versions.flatMap((v) => v.obligations.map((o) => o.recipient))));
    for (const r of recipients) {
      if (NO_CHANNEL.includes(r)) continue;
      expect(j.channels.some((c) => c.recipient === r), `${j.code}: no channel for ${r}`).toBe(true);
    }
    const ids = new Set(j.laws.flatMap((l) => l.versions.flatMap((v) => v.obligations.map((o) => o.id))));
    for (const c of j.channels) {
      expect(c.ways.length, `${j.code} ${c.name}`).toBeGreaterThan(0);
      for (const id of c.obligations ?? []) expect(ids.has(id), `${j.code} ${c.name}: ${id}`).toBe(true);
      expect(c.checked).toBe('2026-12-08');
    }
    expect(j.consumerContact?.phone).toMatch(/\d{3}.*\d{4}/);
  });
});

describe('Nebraska', () => {
  // Neb. Rev. Stat. § 87-802(3) added the stolen-key sentence with L.B. 835; the 2006 text still
  // needed the data "unreadable", which a taken key defeats.
  it('encrypted data taken with its key is a breach under both texts', () => {
    const encryption = { encrypted: true, keyCompromised: true };
    expect(find(assess(nebraska, { discovered: '2016-07-19', encryption }), 'NE-87-803', 'individuals')).toMatchObject({ rule: 'NE-2006', applicability: 'applies' });
    expect(find(assess(nebraska, { discovered: '2016-07-20', encryption }), 'NE-87-803', 'individuals')).toMatchObject({ rule: 'NE-2016', applicability: 'applies' });
    expect(find(assess(nebraska, { discovered: '2016-07-20', encryption: { encrypted: true, keyCompromised: false } }), 'NE-87-803', 'individuals').applicability).toBe('not_applicable');
  });

  it('the Attorney General is told no later than residents (§ 87-803(2)), not before', () => {
    expect(rule(version(nebraska, 'NE-2016'), 'attorney-general').deadline).toEqual({ kind: 'relative', to: 'individuals', relation: 'with' });
  });
});

describe('Nevada', () => {
  // Chapter 603A exempts "unencrypted" data and says nothing of a stolen key: notice, the safer reading.
  it('encrypted data taken with its key is treated as a breach', () => {
    const a = assess(nevada, { discovered: '2020-06-01', encryption: { encrypted: true, keyCompromised: true } });
    expect(find(a, 'NV-603A', 'individuals')).toMatchObject({ rule: 'NV-2015', applicability: 'applies' });
    expect(version(nevada, 'NV-2006').encryptionSafeHarbor).toMatchObject({ keyReading: 'protective', keyException: true });
  });

  // NAC 480.240 (R088-19, eff. 2020-12-29): political subdivisions report within 1 business day.
  it('a county reports to the cyber defense office within 1 business day from 2020-12-29', () => {
    expect(has(assess(nevada, { discovered: '2020-12-28', kind: 'county', zone: 'America/Los_Angeles' }), 'NV-NAC-480-240', 'ocdc-1bd')).toBe(false);
    const a = assess(nevada, { discovered: '2020-12-31', kind: 'county', zone: 'America/Los_Angeles' });
    expect(find(a, 'NV-NAC-480-240', 'ocdc-1bd')).toMatchObject({ rule: 'NV-NAC-2020', applicability: 'applies', deadline: { due: '2021-01-04' } });
    expect(find(assess(nevada, { discovered: '2022-03-01', kind: 'state_agency', zone: 'America/Los_Angeles' }), 'NV-NAC-480-240', 'ocdc-1bd').applicability).toBe('not_applicable');
  });
});

describe('New Jersey', () => {
  // N.J.S.A. 56:8-163(c)(1): "in advance of the disclosure to the customer".
  it('the State Police report must come before the letters, in both texts', () => {
    expect(rule(version(newJersey, 'NJ-2006'), 'state-police').deadline).toEqual({ kind: 'before', to: 'individuals' });
    expect(rule(version(newJersey, 'NJ-2019'), 'state-police').deadline).toEqual({ kind: 'before', to: 'individuals' });
    const events = [
      { type: 'notified', recipient: 'individuals', jurisdiction: 'NJ', at: '2022-02-01' },
      { type: 'notified', recipient: 'state_agency', jurisdiction: 'NJ', at: '2022-02-02' },
    ];
    const late = find(assess(newJersey, { discovered: '2022-01-10', events }), 'NJ-56-8-163', 'state-police');
    expect(late).toMatchObject({ rule: 'NJ-2019', status: 'late', deadline: { kind: 'before', due: '2022-02-01' } });
    const old = find(assess(newJersey, { discovered: '2019-08-31', events: [{ type: 'notified', recipient: 'individuals', jurisdiction: 'NJ', at: '2019-09-10' }] }), 'NJ-56-8-163', 'state-police');
    expect(old).toMatchObject({ rule: 'NJ-2006', deadline: { kind: 'before', due: '2019-09-10' } });
  });

  // § 56:8-161: a breach is access to data "not secured by encryption or by any other method or
  // technology that renders the personal information unreadable or unusable"; a taken key defeats it.
  it('encrypted data taken with its key is a breach (it was exempt before)', () => {
    const encryption = { encrypted: true, keyCompromised: true };
    expect(find(assess(newJersey, { discovered: '2019-08-31', encryption }), 'NJ-56-8-163', 'individuals')).toMatchObject({ rule: 'NJ-2006', applicability: 'applies' });
    expect(find(assess(newJersey, { discovered: '2019-09-01', encryption }), 'NJ-56-8-163', 'individuals')).toMatchObject({ rule: 'NJ-2019', applicability: 'applies' });
  });
});

describe('New Mexico', () => {
  // § 57-12C-2: acquisition of encrypted data "and the confidential process or key" is a breach.
  it('the key clause is express', () => {
    expect(version(newMexico, 'NM-2017').encryptionSafeHarbor).toMatchObject({ keyReading: 'express', keyException: true });
    expect(find(assess(newMexico, { discovered: '2020-06-01', encryption: { encrypted: true, keyCompromised: true } }), 'NM-57-12C', 'individuals').applicability).toBe('applies');
  });
});

describe('New York', () => {
  it('each version states its own obligations: the template copy starts with SHIELD, the 30 days with S. 2659-B', () => {
    const offices = (id: string) => rule(version(newYork, id), 'attorney-general').requiredContent;
    expect(offices('NY-2005')).not.toContain('A copy of the template of the notice sent to affected persons');
    expect(offices('NY-2019')).toContain('A copy of the template of the notice sent to affected persons');
    expect(rule(version(newYork, 'NY-2019'), 'individuals').deadline.kind).toBe('without_unreasonable_delay');
    expect(rule(version(newYork, 'NY-2024'), 'individuals').deadline).toEqual({ kind: 'calendar_days', days: 30, anchor: 'discovered' });
    expect(version(newYork, 'NY-2005').obligations.some((o) => o.id === 'attorney-general-hipaa')).toBe(false);
    expect(rule(version(newYork, 'NY-STL-2019'), 'state-offices').deadline).toMatchObject({ kind: 'no_deadline' });
  });

  it('the medical elements reach § 899-aa from 2025-03-21 but never § 208', () => {
    const medical = ['name', 'medical'];
    expect(find(assess(newYork, { discovered: '2025-03-21', elements: medical }), 'NY-GBL-899-AA', 'individuals').applicability).toBe('applies');
    expect(find(assess(newYork, { discovered: '2025-03-21', elements: medical, kind: 'state_agency' }), 'NY-STL-208', 'individuals').applicability).toBe('not_applicable');
  });
});

describe('North Carolina', () => {
  // § 75-61(14): encrypted data taken "along with the confidential process or key" is a breach.
  it('the key clause is express and government coverage stays uncertain with its reason', () => {
    const v = version(northCarolina, 'NC-2009');
    expect(v.encryptionSafeHarbor).toMatchObject({ keyReading: 'express', keyException: true });
    expect(v.coverage.local_government.answer).toBe('uncertain');
    expect(v.unverified.some((u) => u.includes('132-1.10(c1)'))).toBe(true);
  });
});
