// AL, AK, AZ, AR, CA, CO and CT after the issue-17 review against the statutes' text: every fact
// traced, the key clause read as the statute words it, every notice with somewhere to go, and the
// errors found pinned at their boundary dates through the engine.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation } from '../../../src/domain/types.js';
import { alabama } from '../../../src/rules/alabama.js';
import { alaska } from '../../../src/rules/alaska.js';
import { arizona } from '../../../src/rules/arizona.js';
import { arkansas } from '../../../src/rules/arkansas.js';
import { california } from '../../../src/rules/california.js';
import { colorado } from '../../../src/rules/colorado.js';
import { connecticut } from '../../../src/rules/connecticut.js';
import { VERIFIED_FACTS, type Jurisdiction, type Recipient, type RuleVersion } from '../../../src/rules/types.js';

const MINE = [alabama, alaska, arizona, arkansas, california, colorado, connecticut];
const ZONES: Record<string, string> = {
  AL: 'America/Chicago',
  AK: 'America/Anchorage',
  AZ: 'America/Phoenix',
  AR: 'America/Chicago',
  CA: 'America/Los_Angeles',
  CO: 'America/Denver',
  CT: 'America/New_York',
};
const NO_CHANNEL: Recipient[] = ['individuals', 'media', 'data_owner', 'card_brands'];
const versions = MINE.flatMap((j) => j.laws.flatMap((law) => law.versions.map((v) => [v.id, v] as const)));

interface Case {
  j: Jurisdiction;
  discovered: string;
  byState?: Record<string, number>;
  kind?: string;
  elements?: string[];
  events?: object[];
  encryption?: { encrypted: boolean; keyCompromised: boolean };
}

/** Every obligation of one incident in one jurisdiction, by `<law>:<obligation>`. */
function assess({ j, discovered, byState, kind = 'business', elements = ['name', 'ssn'], events = [], encryption }: Case): Map<string, AssessedObligation> {
  const parsed = parseIncidentFile({
    title: `${j.code} test incident`,
    organization: { name: 'Acme', kind, state: j.code, timezone: ZONES[j.code] },
    dataElements: elements,
    ...(encryption ? { encryption } : {}),
    exposure: [{ start: discovered, end: discovered }],
    events: [{ type: 'discovered', at: discovered }, ...events],
    affected: { byState: byState ?? { [j.code]: 100 } },
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

function version(j: Jurisdiction, id: string): RuleVersion {
  const v = j.laws.flatMap((l) => l.versions).find((x) => x.id === id);
  if (!v) throw new Error(`no ${id}`);
  return v;
}

const KEY_TAKEN = { encrypted: true, keyCompromised: true };
const KEY_SAFE = { encrypted: true, keyCompromised: false };

describe('AL-CT: every fact traced, every key clause read, every notice with somewhere to go', () => {
  it.each(versions)('%s: all 12 facts name a source, what it says, when checked, and why not primary', (id, v) => {
    expect(Object.keys(v.verification).sort()).toEqual([...VERIFIED_FACTS].sort());
    for (const fact of VERIFIED_FACTS) {
      const c = v.verification[fact];
      expect(c.where.trim(), `${id} ${fact}`).not.toBe('');
      expect(c.says.trim().length, `${id} ${fact}`).toBeGreaterThan(5);
      expect(c.checked).toBe('2026-12-08');
      if (c.kind !== 'primary') expect(c.why?.trim().length ?? 0, `${id} ${fact}: why`).toBeGreaterThan(10);
    }
    const secondaryKey = (['deadline', 'threshold', 'coverage'] as const).some((f) => v.verification[f].kind !== 'primary');
    if (secondaryKey) expect(v.confidence, `${id}: a key fact rests on a summary`).toBe('low');
    const allPrimary = VERIFIED_FACTS.every((f) => v.verification[f].kind === 'primary');
    if (!secondaryKey) expect(v.confidence, id).toBe(allPrimary ? 'high' : 'medium');
  });

  it.each(versions.filter(([, v]) => v.encryptionSafeHarbor))('%s: notice is owed with the key taken unless the statute says otherwise', (_id, v) => {
    const h = v.encryptionSafeHarbor!;
    expect(h.keyReading).not.toBe('none');
    expect(h.keyException).toBe(true);
    expect(h.keyWording.length).toBeGreaterThan(10);
    if (h.keyReading === 'protective') expect(v.unverified.some((u) => /key/i.test(u)), `${v.id}: the protective reading is explained`).toBe(true);
  });

  it.each(MINE.map((j) => [j.code, j] as const))('%s: every notice other than to residents has a channel, and letters have a contact', (code, j) => {
    const recipients = new Set(j.laws.flatMap((l) => l.versions.flatMap((v) => v.obligations.map((o) => o.recipient))));
    for (const r of recipients) if (!NO_CHANNEL.includes(r)) expect(j.channels.some((c) => c.recipient === r), `${code}: ${r}`).toBe(true);
    for (const c of j.channels) {
      expect(c.ways.length, `${code} ${c.name}`).toBeGreaterThan(0);
      for (const w of c.ways) expect(w.value.trim()).not.toBe('');
      expect(c.checked).toBe('2026-12-08');
    }
    expect(j.consumerContact?.phone).toMatch(/\d{3}.*\d{4}/);
    expect(j.consumerContact?.checked).toBe('2026-12-08');
  });
});

describe('Arkansas § 4-110-105(b)(2) (Act 1030): the Attorney General with the resident notice or within 45 days, whichever occurs first', () => {
  const AR = { j: arkansas, discovered: '2019-08-01', byState: { AR: 600, TX: 401 } };
  const determined = { type: 'determined', at: '2019-08-05' };

  it('is an earlier-of deadline of the resident notice and 45 days after the harm determination', () => {
    expect(version(arkansas, 'AR-2019').obligations.find((o) => o.id === 'attorney-general')?.deadline).toEqual({
      kind: 'earlier_of',
      limbs: [
        { kind: 'relative', to: 'individuals', relation: 'with' },
        { kind: 'calendar_days', days: 45, anchor: 'determined' },
      ],
    });
  });

  it('residents told on day 15: the Attorney General is due that day, not on day 45 (it was day 45)', () => {
    const notice = { type: 'notified', recipient: 'individuals', jurisdiction: 'AR', at: '2019-08-20' };
    const ag = get(assess({ ...AR, events: [determined, notice] }), 'AR-4-110:attorney-general');
    expect(ag).toMatchObject({ rule: 'AR-2019', applicability: 'applies', deadline: { due: '2019-08-20' } });
  });

  it('no resident notice yet, or one after day 45: 45 days after the determination decides', () => {
    expect(get(assess({ ...AR, events: [determined] }), 'AR-4-110:attorney-general').deadline.due).toBe('2019-09-19');
    const late = { type: 'notified', recipient: 'individuals', jurisdiction: 'AR', at: '2019-10-01' };
    expect(get(assess({ ...AR, events: [determined, late] }), 'AR-4-110:attorney-general').deadline.due).toBe('2019-09-19');
  });

  it('"more than one thousand (1,000) individuals": 1,000 in all is not enough, 1,001 across states is', () => {
    expect(get(assess({ ...AR, byState: { AR: 500, TX: 500 }, events: [determined] }), 'AR-4-110:attorney-general').applicability).toBe('not_applicable');
    expect(get(assess({ ...AR, byState: { AR: 1, TX: 1000 }, events: [determined] }), 'AR-4-110:attorney-general').applicability).toBe('applies');
  });

  it('the silent statute is read protectively: encrypted data taken with its key owes notice, with the ambiguity stated', () => {
    expect(version(arkansas, 'AR-2019').encryptionSafeHarbor?.keyReading).toBe('protective');
    expect(get(assess({ j: arkansas, discovered: '2020-03-02', encryption: KEY_TAKEN }), 'AR-4-110:individuals').applicability).toBe('applies');
    expect(get(assess({ j: arkansas, discovered: '2020-03-02', encryption: KEY_SAFE }), 'AR-4-110:individuals').applicability).toBe('not_applicable');
  });
});

describe('California: every version written out; A.B. 1710 (2015) and A.B. 2828 (2017) now start versions', () => {
  it('the identity-theft-services offer binds businesses from 2015-01-01 (A.B. 1710), not in 2014 and never agencies', () => {
    const services = (id: string) => version(california, id).obligations.find((o) => o.id === 'individuals')?.condition ?? '';
    expect(services('CA-2014')).not.toMatch(/identity theft/);
    expect(services('CA-2015')).toMatch(/at least 12 months of free identity theft/);
    expect(services('CA-2026')).toMatch(/at least 12 months of free identity theft/);
    for (const id of ['CA-AGENCY-2014', 'CA-AGENCY-2016', 'CA-AGENCY-2017', 'CA-AGENCY-2022']) expect(services(id)).not.toMatch(/identity theft/);
    expect(get(assess({ j: california, discovered: '2014-12-31' }), 'CA-CIV-1798-82:individuals').rule).toBe('CA-2014');
    expect(get(assess({ j: california, discovered: '2015-01-01' }), 'CA-CIV-1798-82:individuals').rule).toBe('CA-2015');
  });

  it('the key clause: silent before 2016, "encrypted" defined in 2016 (A.B. 964), express from 2017 (A.B. 2828)', () => {
    const reading = (id: string) => version(california, id).encryptionSafeHarbor?.keyReading;
    expect([reading('CA-2015'), reading('CA-2016'), reading('CA-2017'), reading('CA-2026')]).toEqual(['protective', 'implied', 'express', 'express']);
    expect([reading('CA-AGENCY-2014'), reading('CA-AGENCY-2016'), reading('CA-AGENCY-2017')]).toEqual(['protective', 'implied', 'express']);
    expect(get(assess({ j: california, discovered: '2016-12-31' }), 'CA-CIV-1798-82:individuals').rule).toBe('CA-2016');
    expect(get(assess({ j: california, discovered: '2017-01-01' }), 'CA-CIV-1798-82:individuals').rule).toBe('CA-2017');
    const agency = (day: string) => get(assess({ j: california, discovered: day, kind: 'state_agency' }), 'CA-CIV-1798-29:individuals').rule;
    expect([agency('2016-12-31'), agency('2017-01-01')]).toEqual(['CA-AGENCY-2016', 'CA-AGENCY-2017']);
  });

  it('encrypted data taken with its key owes notice in every period, even before the express clause', () => {
    for (const day of ['2010-05-03', '2016-06-01', '2019-06-03', '2026-02-02']) {
      expect(get(assess({ j: california, discovered: day, encryption: KEY_TAKEN }), 'CA-CIV-1798-82:individuals').applicability, day).toBe('applies');
      expect(get(assess({ j: california, discovered: day, encryption: KEY_SAFE }), 'CA-CIV-1798-82:individuals').applicability, day).toBe('not_applicable');
    }
  });

  it('versions that differ do not share an obligation object, so editing one cannot change another', () => {
    const ind = (id: string) => version(california, id).obligations.find((o) => o.id === 'individuals');
    expect(ind('CA-2026')).not.toBe(ind('CA-2022'));
    expect(ind('CA-2015')).not.toBe(ind('CA-2014'));
    expect(ind('CA-2020')).not.toBe(ind('CA-2017'));
    expect(version(california, 'CA-2026').obligations.find((o) => o.id === 'attorney-general')).not.toBe(version(california, 'CA-2022').obligations.find((o) => o.id === 'attorney-general'));
  });

  it('the consumer contact is the Attorney General office that takes complaints, not the abolished Office of Privacy Protection', () => {
    expect(california.consumerContact).toMatchObject({ name: expect.stringMatching(/Public Inquiry Unit/), phone: '1-800-952-5225' });
    expect(california.consumerContact?.name).not.toMatch(/Privacy Protection/);
  });
});

describe('the other states of the group: key clauses, channels and thresholds as read', () => {
  it('Alabama § 8-38-6: the Attorney General above 1,000 Alabamians, with the four items of (b); the key clause is express', () => {
    const v = version(alabama, 'AL-2018');
    expect(v.encryptionSafeHarbor?.keyReading).toBe('express');
    expect(v.obligations.find((o) => o.id === 'attorney-general')?.requiredContent).toHaveLength(4);
    expect(alabama.channels.map((c) => c.recipient).sort()).toEqual(['attorney_general', 'consumer_reporting_agencies']);
  });

  it('Alaska AS 45.48.090(7): encrypted data whose key was accessed or acquired is personal information', () => {
    expect(version(alaska, 'AK-2009').encryptionSafeHarbor?.keyReading).toBe('express');
    expect(get(assess({ j: alaska, discovered: '2015-01-10', encryption: KEY_TAKEN }), 'AK-45-48:individuals').applicability).toBe('applies');
  });

  it('Arizona: the Homeland Security notice has its own channel; § 18-552 unread keeps the 2018 and 2022 versions low', () => {
    expect(arizona.channels.find((c) => c.recipient === 'state_agency')?.obligations).toEqual(['azdohs']);
    expect([version(arizona, 'AZ-2018').confidence, version(arizona, 'AZ-2022').confidence]).toEqual(['low', 'low']);
  });

  it('Colorado: "encrypted" means unusable or unreadable, so a taken key defeats it; the AG form and the credit bureaus have channels', () => {
    expect(version(colorado, 'CO-2018').encryptionSafeHarbor?.keyReading).toBe('implied');
    expect(colorado.channels.map((c) => c.recipient).sort()).toEqual(['attorney_general', 'consumer_reporting_agencies']);
    expect(get(assess({ j: colorado, discovered: '2019-02-01', encryption: KEY_TAKEN }), 'CO-6-1-716:individuals').applicability).toBe('applies');
  });

  it('Connecticut: a card number alone counts in the 2018 text ((a)(2)(C)); reports go to the form or ag.breach@ct.gov', () => {
    expect(get(assess({ j: connecticut, discovered: '2019-03-01', elements: ['name', 'card_number'] }), 'CT-36A-701B:individuals')).toMatchObject({ rule: 'CT-2018', applicability: 'applies' });
    expect(connecticut.channels[0]?.ways.map((w) => w.value)).toContain('ag.breach@ct.gov');
  });
});
