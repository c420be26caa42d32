// DE, DC, FL, GA, GU, HI and ID after the issue-17 review against the statutes' text: every fact
// traced, the key clause read as the statute words it, every notice with somewhere to go, and the
// errors found pinned at their boundary dates through the engine.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation } from '../../../src/domain/types.js';
import { delaware } from '../../../src/rules/delaware.js';
import { districtOfColumbia } from '../../../src/rules/district-of-columbia.js';
import { florida } from '../../../src/rules/florida.js';
import { georgia } from '../../../src/rules/georgia.js';
import { guam } from '../../../src/rules/guam.js';
import { hawaii } from '../../../src/rules/hawaii.js';
import { idaho } from '../../../src/rules/idaho.js';
import { VERIFIED_FACTS, type Jurisdiction, type Recipient } from '../../../src/rules/types.js';

const MINE = [delaware, districtOfColumbia, florida, georgia, guam, hawaii, idaho];
const ZONES: Record<string, string> = {
  DE: 'America/New_York',
  DC: 'America/New_York',
  FL: 'America/New_York',
  GA: 'America/New_York',
  GU: 'Pacific/Guam',
  HI: 'Pacific/Honolulu',
  ID: 'America/Boise',
};
const NO_CHANNEL: Recipient[] = ['individuals', 'media', 'data_owner', 'card_brands'];
const versions = MINE.flatMap((j) => j.laws.flatMap((law) => law.versions.map((v) => [v.id, v] as const)));

interface Case {
  j: Jurisdiction;
  discovered: string;
  affected?: number;
  kind?: string;
  elements?: string[];
  events?: object[];
  encryption?: { encrypted: boolean; keyCompromised: boolean };
}

/** Every obligation of one incident in one jurisdiction, by `<law>:<obligation>`. */
function assess({ j, discovered, affected = 100, kind = 'business', elements = ['name', 'ssn'], events = [], encryption }: Case): Map<string, AssessedObligation> {
  const parsed = parseIncidentFile({
    title: `${j.code} test incident`,
    organization: { name: 'Acme', kind, state: j.code, timezone: ZONES[j.code] },
    dataElements: elements,
    ...(encryption ? { encryption } : {}),
    exposure: [{ start: discovered, end: discovered }],
    events: [{ type: 'discovered', at: discovered }, ...events],
    affected: { byState: { [j.code]: affected } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const out = new Map<string, AssessedObligation>();
  for (const o of assessIncident(parsed.incident, [j]).obligations) out.set(o.key.slice(j.code.length + 1), o);
  return out;
}

function get(m: Map<string, AssessedObligation>, key: string): AssessedObligation {
  const o = m.get(key);
  if (!o) throw new Error(`no ${key}; have ${[...m.keys()].join(', ')}`);
  return o;
}

const KEY_TAKEN = { encrypted: true, keyCompromised: true };
const KEY_SAFE = { encrypted: true, keyCompromised: false };

describe('DE-ID: every fact traced, every key clause read, every notice with somewhere to go', () => {
  it.each(versions)('%s: all 12 facts name a source, what it says, when checked, and why not primary', (id, v) => {
    expect(Object.keys(v.verification).sort()).toEqual([...VERIFIED_FACTS].sort());
    for (const fact of VERIFIED_FACTS) {
      const c = v.verification[fact];
      expect(c.where.trim(), `${id} ${fact}`).not.toBe('');
      expect(c.says.trim().length, `${id} ${fact}`).toBeGreaterThan(5);
      expect(c.checked).toBe('2026-12-08');
      if (c.kind !== 'primary') expect(c.why?.trim().length ?? 0, `${id} ${fact}: why`).toBeGreaterThan(10);
    }
    const secondaryKey = ['deadline', 'threshold', 'coverage'].some((f) => v.verification[f as 'deadline'].kind !== 'primary');
    if (secondaryKey) expect(v.confidence, `${id}: a key fact rests on a summary`).toBe('low');
  });

  it.each(versions.filter(([, v]) => v.encryptionSafeHarbor))('%s: notice is owed with the key taken unless the statute says otherwise', (_id, v) => {
    const h = v.encryptionSafeHarbor!;
    expect(h.keyReading).not.toBe('none');
    expect(h.keyException).toBe(true);
    expect(h.keyWording.length).toBeGreaterThan(10);
  });

  it.each(MINE.map((j) => [j.code, j] as const))('%s: every notice other than to residents has a channel, and letters have a contact', (code, j) => {
    const recipients = new Set(j.laws.flatMap((l) => l.versions.flatMap((v) => v.obligations.map((o) => o.recipient))));
    for (const r of recipients) if (!NO_CHANNEL.includes(r)) expect(j.channels.some((c) => c.recipient === r), `${code}: ${r}`).toBe(true);
    for (const c of j.channels) {
      expect(c.ways.length).toBeGreaterThan(0);
      expect(c.checked).toBe('2026-12-08');
    }
    expect(j.consumerContact?.phone).toMatch(/\d{3}.*\d{4}/);
  });
});

describe('Florida: S.B. 262 (ch. 2023-201) added biometric data and geolocation from 2024-07-01', () => {
  it('a name with geolocation is not personal information on 2024-06-30 (FL-2014) and is from 2024-07-01 (FL-2024)', () => {
    const before = get(assess({ j: florida, discovered: '2024-06-30', elements: ['name', 'geolocation'] }), 'FL-501-171:individuals');
    expect(before).toMatchObject({ rule: 'FL-2014', applicability: 'not_applicable' });
    const after = get(assess({ j: florida, discovered: '2024-07-01', elements: ['name', 'geolocation'] }), 'FL-501-171:individuals');
    expect(after).toMatchObject({ rule: 'FL-2024', applicability: 'applies' });
  });

  it('a name with biometric data likewise, and the Department notice follows at 500', () => {
    expect(get(assess({ j: florida, discovered: '2024-06-30', elements: ['name', 'biometric'] }), 'FL-501-171:individuals').applicability).toBe('not_applicable');
    const m = assess({ j: florida, discovered: '2024-07-01', affected: 500, elements: ['name', 'biometric'], events: [{ type: 'determined', at: '2024-07-02' }] });
    expect(get(m, 'FL-501-171:individuals')).toMatchObject({ applicability: 'applies', deadline: { due: '2024-08-01' } });
    expect(get(m, 'FL-501-171:attorney-general')).toMatchObject({ applicability: 'applies', deadline: { due: '2024-08-01' } });
  });

  it('geolocation alone, without a name, is still not personal information', () => {
    expect(get(assess({ j: florida, discovered: '2025-01-10', elements: ['geolocation'] }), 'FL-501-171:individuals').applicability).toBe('not_applicable');
  });
});

describe('the key clause: encrypted data taken with its key is notifiable', () => {
  it('Florida § 501.171(1)(g)2. excludes only unusable data: with the key taken notice is owed (it was "not applicable")', () => {
    for (const day of ['2020-02-03', '2024-07-01']) {
      expect(get(assess({ j: florida, discovered: day, encryption: KEY_TAKEN }), 'FL-501-171:individuals').applicability, day).toBe('applies');
      expect(get(assess({ j: florida, discovered: day, encryption: KEY_SAFE }), 'FL-501-171:individuals').applicability, day).toBe('not_applicable');
    }
  });

  it('Florida § 817.5681 (2005-2014), Georgia and Idaho, silent on keys, are read protectively', () => {
    expect(get(assess({ j: florida, discovered: '2013-03-01', encryption: KEY_TAKEN }), 'FL-501-171:individuals')).toMatchObject({ rule: 'FL-2005', applicability: 'applies' });
    expect(get(assess({ j: georgia, discovered: '2019-05-01', kind: 'county', encryption: KEY_TAKEN }), 'GA-10-1-912:individuals').applicability).toBe('applies');
    expect(get(assess({ j: georgia, discovered: '2019-05-01', kind: 'county', encryption: KEY_SAFE }), 'GA-10-1-912:individuals').applicability).toBe('not_applicable');
    const city = assess({ j: idaho, discovered: '2018-04-10', kind: 'municipality', encryption: KEY_TAKEN });
    expect(get(city, 'ID-28-51:individuals').applicability).toBe('applies');
    expect(get(city, 'ID-28-51-105-AGENCY:attorney-general-24h').applicability).toBe('applies');
  });

  it('Delaware before 2018 (silent) and from 2018 (express, § 12B-101(1)b.) both owe notice with the key taken', () => {
    expect(get(assess({ j: delaware, discovered: '2018-04-13', encryption: KEY_TAKEN }), 'DE-6-12B:individuals')).toMatchObject({ rule: 'DE-2005', applicability: 'applies' });
    expect(get(assess({ j: delaware, discovered: '2018-04-14', encryption: KEY_TAKEN }), 'DE-6-12B:individuals')).toMatchObject({ rule: 'DE-2018', applicability: 'applies' });
    expect(get(assess({ j: delaware, discovered: '2018-04-14', encryption: KEY_SAFE }), 'DE-6-12B:individuals').applicability).toBe('not_applicable');
  });
});

describe('Florida: counties and cities under § 501.171(1)(f)', () => {
  it('a city is covered as an assumption, not as settled law ("instrumentality of this state" names no county or city)', () => {
    const o = get(assess({ j: florida, discovered: '2025-03-03', kind: 'municipality' }), 'FL-501-171:individuals');
    expect(o.applicability).toBe('applies');
    expect(o.assumptions.some((a) => a.startsWith('Coverage is uncertain'))).toBe(true);
  });
});
