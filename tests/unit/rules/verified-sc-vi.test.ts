// Issue 17, group SC-VI (South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, U.S. Virgin
// Islands): every version's facts traced, and each error fixed against the text pinned through the
// engine at the dates where it matters.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation } from '../../../src/domain/types.js';
import { southCarolina } from '../../../src/rules/south-carolina.js';
import { southDakota } from '../../../src/rules/south-dakota.js';
import { tennessee } from '../../../src/rules/tennessee.js';
import { txGovernmentIncidentLaw } from '../../../src/rules/texas-government.js';
import { texas } from '../../../src/rules/texas.js';
import type { Jurisdiction, Recipient } from '../../../src/rules/types.js';
import { VERIFIED_FACTS } from '../../../src/rules/types.js';
import { usVirginIslands } from '../../../src/rules/us-virgin-islands.js';
import { utah } from '../../../src/rules/utah.js';
import { vermont } from '../../../src/rules/vermont.js';

const GROUP: Jurisdiction[] = [southCarolina, southDakota, tennessee, texas, utah, vermont, usVirginIslands];
const NO_CHANNEL: Recipient[] = ['individuals', 'media', 'data_owner', 'card_brands'];
const versions = GROUP.flatMap((j) => j.laws.flatMap((law) => law.versions.map((v) => ({ j, law, v }))));

interface Case {
  j: Jurisdiction;
  zone: string;
  discovered: string;
  affected?: number;
  elements?: string[];
  kind?: string;
  encryption?: { encrypted: boolean; keyCompromised: boolean };
  events?: Record<string, unknown>[];
}

function assess(c: Case): Map<string, AssessedObligation> {
  const parsed = parseIncidentFile({
    title: `${c.j.code} test incident`,
    organization: { name: 'Acme', kind: c.kind ?? 'business', state: c.j.code, timezone: c.zone },
    dataElements: c.elements ?? ['name', 'ssn'],
    ...(c.encryption ? { encryption: c.encryption } : {}),
    exposure: [{ start: c.discovered, end: c.discovered }],
    events: [{ type: 'discovered', at: c.discovered }, ...(c.events ?? [])],
    affected: { byState: { [c.j.code]: c.affected ?? 10 } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return new Map(assessIncident(parsed.incident, [c.j]).obligations.map((o) => [o.key, o]));
}

function get(m: Map<string, AssessedObligation>, key: string): AssessedObligation {
  const o = m.get(key);
  if (!o) throw new Error(`no obligation ${key}; have ${[...m.keys()].join(', ')}`);
  return o;
}

describe('group SC-VI: every fact traced, every notice with somewhere to go', () => {
  it.each(versions.map(({ v }) => [v.id, v] as const))('%s: twelve facts, each with a source, its words and a date', (_id, v) => {
    expect(Object.keys(v.verification).sort()).toEqual([...VERIFIED_FACTS].sort());
    for (const fact of VERIFIED_FACTS) {
      const c = v.verification[fact];
      expect(c.checked, `${v.id} ${fact}`).toBe('2026-12-08');
      expect(c.where.trim(), `${v.id} ${fact}`).not.toBe('');
      expect(c.says.trim().length, `${v.id} ${fact}`).toBeGreaterThan(5);
      if (c.kind !== 'primary') expect(c.why?.trim().length ?? 0, `${v.id} ${fact}: why`).toBeGreaterThan(10);
    }
    // Confidence follows the sources: high only where every fact rests on primary text.
    if (v.confidence === 'high') expect(VERIFIED_FACTS.every((f) => v.verification[f].kind === 'primary'), v.id).toBe(true);
    if (v.confidence !== 'high') expect(v.unverified.length, v.id).toBeGreaterThan(0);
  });

  it.each(versions.filter(({ v }) => v.encryptionSafeHarbor).map(({ v }) => [v.id, v] as const))('%s: the key is read from the statute', (_id, v) => {
    const h = v.encryptionSafeHarbor!;
    expect(h.keyException).toBe(h.keyReading !== 'none');
    expect(h.keyWording.length).toBeGreaterThan(10);
  });

  it.each(GROUP.map((j) => [j.code, j] as const))('%s: channels for every recipient but residents, and versions that abut', (_code, j) => {
    const recipients = new Set(j.laws.flatMap((l) => l.versions.flatMap((v) => v.obligations.map((o) => o.recipient))));
    for (const r of recipients) if (!NO_CHANNEL.includes(r)) expect(j.channels.some((c) => c.recipient === r), `${j.code}: ${r}`).toBe(true);
    for (const c of j.channels) expect(c.ways.length).toBeGreaterThan(0);
    expect(j.consumerContact).not.toBeNull();
    for (const law of j.laws) {
      law.versions.forEach((v, i) => {
        const next = law.versions[i + 1];
        if (next) expect(next.effectiveFrom, `${v.id} → ${next.id}`).toBe(DateTime.fromISO(v.effectiveTo!, { zone: 'utc' }).plus({ days: 1 }).toISODate());
        else expect(v.effectiveTo).toBeNull();
      });
    }
  });
});

describe('Vermont: the preliminary Attorney General notice is due on the earlier of 14 business days and the consumer notice', () => {
  const VT = { j: vermont, zone: 'America/New_York' };
  const KEY = 'VT:VT-9-2435:attorney-general-preliminary';
  it('with consumers notified before the 14th business day, the consumer notice decides (9 V.S.A. § 2435(b)(3)(B)(i))', () => {
    const early = assess({ ...VT, discovered: '2024-02-26', events: [{ type: 'notified', recipient: 'individuals', jurisdiction: 'VT', at: '2024-03-04' }] });
    expect(get(early, KEY)).toMatchObject({ rule: 'VT-2020', deadline: { due: '2024-03-04' } });
  });
  it('otherwise the 14 business days decide, skipping Town Meeting Day', () => {
    const late = assess({ ...VT, discovered: '2024-02-26' });
    expect(get(late, KEY).deadline).toMatchObject({ due: '2024-03-18', amount: 14, unit: 'business_days' });
  });
  it('the same rule applies from Act 109 (2012-05-08), not before', () => {
    const first = assess({ ...VT, discovered: '2012-05-08', events: [{ type: 'notified', recipient: 'individuals', jurisdiction: 'VT', at: '2012-05-10' }] });
    expect(get(first, KEY)).toMatchObject({ rule: 'VT-2012', deadline: { due: '2012-05-10' } });
    expect(assess({ ...VT, discovered: '2012-05-07' }).has(KEY)).toBe(false);
  });
  it('a data collector that swore its policies to the Attorney General notifies it before the consumers (§ 2435(b)(3)(B)(ii)): a condition, not a second duty', () => {
    const v = vermont.laws[0]!.versions.find((x) => x.id === 'VT-2020')!;
    expect(v.obligations.filter((o) => o.recipient === 'attorney_general').map((o) => o.id)).toEqual(['attorney-general-preliminary', 'attorney-general']);
    expect(v.obligations.find((o) => o.id === 'attorney-general-preliminary')!.condition).toMatch(/swore[\s\S]*before notifying consumers/);
  });
  it('encrypted data whose key was taken is no longer "unreadable or unusable": notice is owed', () => {
    const m = assess({ ...VT, discovered: '2021-03-01', encryption: { encrypted: true, keyCompromised: true } });
    expect(get(m, 'VT:VT-9-2435:individuals').applicability).toBe('applies');
  });
});

describe('Texas: the Government Code duties live in texas-government.ts, ids unchanged', () => {
  it('the TX jurisdiction carries the DIR law from its own file', () => {
    expect(texas.laws.map((l) => l.id)).toEqual(['TX-BCC-521', 'TX-GOV-2054']);
    expect(texas.laws[1]).toBe(txGovernmentIncidentLaw);
    expect(txGovernmentIncidentLaw.versions.map((v) => v.id)).toEqual(['TX-GOV-2017', 'TX-GOV-2023']);
  });
  it('the DIR cause report is due on the 10th business day after recovery, only from S.B. 271 (2023-09-01)', () => {
    const TX = { j: texas, zone: 'America/Chicago', kind: 'state_agency' };
    const after = assess({ ...TX, discovered: '2023-09-01', events: [{ type: 'recovered', at: '2023-11-20' }] });
    // 2023-11-23 and -24 are Thanksgiving and the day after, Texas holidays.
    expect(get(after, 'TX:TX-GOV-2054:dir-cause-report')).toMatchObject({ rule: 'TX-GOV-2023', deadline: { due: '2023-12-06', unit: 'business_days' } });
    expect(assess({ ...TX, discovered: '2023-08-31', events: [{ type: 'recovered', at: '2023-09-20' }] }).has('TX:TX-GOV-2054:dir-cause-report')).toBe(false);
  });
  it('before H.B. 2004 (2009-09-01) the text was silent on keys: a taken key is read as owing notice; after, the statute says so', () => {
    const TX = { j: texas, zone: 'America/Chicago', encryption: { encrypted: true, keyCompromised: true } };
    expect(get(assess({ ...TX, discovered: '2009-08-31' }), 'TX:TX-BCC-521:individuals')).toMatchObject({ rule: 'TX-2005', applicability: 'applies' });
    expect(texas.laws[0]!.versions.find((v) => v.id === 'TX-2005')!.encryptionSafeHarbor!.keyReading).toBe('protective');
    expect(texas.laws[0]!.versions.find((v) => v.id === 'TX-2009')!.encryptionSafeHarbor!.keyReading).toBe('express');
  });
});

describe('encryption with the key taken, as each statute words it', () => {
  it('South Carolina: data "not rendered unusable through encryption" — a taken key owes notice (§ 39-1-90(A))', () => {
    const m = assess({ j: southCarolina, zone: 'America/New_York', discovered: '2021-05-03', encryption: { encrypted: true, keyCompromised: true } });
    expect(get(m, 'SC:SC-39-1-90:individuals').applicability).toBe('applies');
    const safe = assess({ j: southCarolina, zone: 'America/New_York', discovered: '2021-05-03', encryption: { encrypted: true, keyCompromised: false } });
    expect(get(safe, 'SC:SC-39-1-90:individuals').applicability).toBe('not_applicable');
  });
  it('Utah: "unreadable or unusable" — a taken key owes notice (§ 13-44-102(4))', () => {
    const m = assess({ j: utah, zone: 'America/Denver', discovered: '2024-06-03', encryption: { encrypted: true, keyCompromised: true } });
    expect(get(m, 'UT:UT-13-44:individuals').applicability).toBe('applies');
  });
  it('Tennessee 2005 and the Virgin Islands are silent on keys: the protective reading owes notice', () => {
    const tn = assess({ j: tennessee, zone: 'America/Chicago', discovered: '2010-03-01', encryption: { encrypted: true, keyCompromised: true } });
    expect(get(tn, 'TN:TN-47-18-2107:individuals')).toMatchObject({ rule: 'TN-2005', applicability: 'applies' });
    const vi = assess({ j: usVirginIslands, zone: 'America/St_Thomas', discovered: '2023-05-10', encryption: { encrypted: true, keyCompromised: true } });
    expect(get(vi, 'VI:VI-14-2209:individuals').applicability).toBe('applies');
  });
  it('South Dakota and Tennessee since 2017 say so expressly', () => {
    expect(southDakota.laws[0]!.versions[0]!.encryptionSafeHarbor!.keyReading).toBe('express');
    expect(tennessee.laws[0]!.versions.find((v) => v.id === 'TN-2017')!.encryptionSafeHarbor!.keyReading).toBe('express');
  });
});
