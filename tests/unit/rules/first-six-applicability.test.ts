// The first six jurisdictions (TX, OK, NM, WA, ME, CA) with their definitions of personal information,
// substitute-notice figures and vendor-to-owner duties, checked through the engine.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation, Assessment } from '../../../src/domain/types.js';
import { catalogue, findJurisdiction } from '../../../src/rules/index.js';

const SIX = ['TX', 'OK', 'NM', 'WA', 'ME', 'CA'] as const;
/** The general breach law of each state, the one that binds businesses. */
const GENERAL_LAW: Record<(typeof SIX)[number], string> = {
  TX: 'TX-BCC-521',
  OK: 'OK-24-161',
  NM: 'NM-57-12C',
  WA: 'WA-RCW-19-255',
  ME: 'ME-10-1346',
  CA: 'CA-CIV-1798-82',
};

function parse(json: unknown): Assessment {
  const parsed = parseIncidentFile(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return assessIncident(parsed.incident, catalogue);
}

function fixture(file: string, change: (f: any) => void = () => {}): Assessment {
  const json = JSON.parse(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'));
  change(json);
  return parse(json);
}

interface Made {
  state?: string;
  kind?: string;
  dataElements: string[];
  discovered: string;
  events?: unknown[];
  byState: Record<string, number>;
}

function incident(m: Made): Assessment {
  return parse({
    title: 'Test incident',
    organization: { name: 'Test organisation', kind: m.kind ?? 'business', state: m.state ?? 'TX', timezone: 'America/Chicago' },
    dataElements: m.dataElements,
    exposure: [{ start: m.discovered, end: m.discovered }],
    events: [{ type: 'discovered', at: m.discovered }, ...(m.events ?? [])],
    affected: { byState: m.byState },
  });
}

function find(a: Assessment, key: string): AssessedObligation {
  const o = a.obligations.find((x) => x.key === key);
  if (!o) throw new Error(`no ${key} in ${a.obligations.map((x) => x.key).join(', ')}`);
  return o;
}

const versions = SIX.flatMap((code) => findJurisdiction(code)!.laws.flatMap((law) => law.versions.map((v) => ({ code, law, v }))));

describe('the first six jurisdictions carry the fuller shape', () => {
  it.each(versions.map(({ v }) => [v.id, v] as const))('%s defines personal information', (_id, v) => {
    expect(v.personalInformation, `${v.id} has no definition`).toBeDefined();
    expect(v.personalInformation!.citation.trim()).not.toBe('');
    expect(v.personalInformation!.summary.trim()).not.toBe('');
    expect(v.personalInformation!.combinations.length).toBeGreaterThan(0);
    if (v.riskOfHarmException?.exists) expect(v.riskOfHarmException).toHaveProperty('recordToKeep');
  });

  it('every general law has a vendor-to-owner duty and substitute-notice figures in every version', () => {
    for (const code of SIX) {
      const law = findJurisdiction(code)!.laws.find((l) => l.id === GENERAL_LAW[code])!;
      for (const v of law.versions) {
        const vendor = v.obligations.find((o) => o.id === 'vendor-notice');
        expect(vendor, `${v.id} has no vendor-notice`).toMatchObject({
          recipient: 'data_owner',
          recipientName: 'The data owner (notice from the vendor that maintains the data)',
          threshold: null,
        });
        expect(['discovered']).toContain((vendor!.deadline as { anchor?: string }).anchor);
        expect(vendor!.condition).toMatch(/binds .*not the owner/);
        expect(v.substituteNotice, `${v.id} has no substitute-notice figures`).toBeTruthy();
      }
    }
  });
});

describe('what counts as personal information', () => {
  it('Texas: a card number without its security code and without a name is not sensitive personal information', () => {
    const a = fixture('odessa-2020.json', (f) => {
      f.dataElements = ['card_number', 'card_expiration', 'billing_address'];
    });
    const tx = find(a, 'TX:TX-BCC-521:individuals');
    expect(tx).toMatchObject({ rule: 'TX-2020', applicability: 'not_applicable', status: 'not_applicable' });
    expect(tx.reasons[0]).toMatch(/not personal information under Tex\. Bus\. & Com\. Code § 521\.002\(a\)\(2\)/);
    // The Attorney General and vendor duties depend on the same definition.
    expect(find(a, 'TX:TX-BCC-521:attorney-general').applicability).toBe('not_applicable');
    expect(find(a, 'TX:TX-BCC-521:vendor-notice').applicability).toBe('not_applicable');
  });

  it('Texas: a name and card number still need the code that unlocks the card', () => {
    const without = fixture('odessa-2020.json', (f) => {
      f.dataElements = ['name', 'card_number', 'card_expiration'];
    });
    expect(find(without, 'TX:TX-BCC-521:individuals').applicability).toBe('not_applicable');
    const withCode = fixture('odessa-2020.json', (f) => {
      f.dataElements = ['name', 'card_number', 'access_code'];
    });
    expect(find(withCode, 'TX:TX-BCC-521:individuals').applicability).toBe('applies');
  });

  it('Texas: health information counts only from H.B. 2004 (2009-09-01)', () => {
    const health = (discovered: string) =>
      find(incident({ dataElements: ['name', 'medical'], discovered, byState: { TX: 10 } }), 'TX:TX-BCC-521:individuals');
    expect(health('2009-08-31')).toMatchObject({ rule: 'TX-2005', applicability: 'not_applicable' });
    expect(health('2009-09-01')).toMatchObject({ rule: 'TX-2009', applicability: 'applies' });
  });

  it.each(['2018-03-01', '2021-06-01', '2024-05-15', '2026-02-02'])('a name with an SSN is personal information in all six (discovered %s)', (discovered) => {
    const a = incident({ dataElements: ['name', 'ssn'], discovered, byState: { TX: 10, OK: 10, NM: 10, WA: 10, ME: 10, CA: 10 } });
    for (const code of SIX) {
      const o = find(a, `${code}:${GENERAL_LAW[code]}:individuals`);
      expect(o.applicability, `${code}: ${o.reasons[0]}`).toBe('applies');
      expect(o.reasons.join(' ')).toMatch(/is personal information under .*: name \+/);
      expect(o.assumptions.join(' ')).not.toMatch(/not encoded yet/);
    }
  });

  it.each([
    ['OK', 'OK-74-3113'],
    ['WA', 'WA-RCW-42-56-590'],
    ['CA', 'CA-CIV-1798-29'],
  ])('a name with an SSN is personal information under the %s agency law too', (state, law) => {
    const a = incident({ state, kind: 'state_agency', dataElements: ['name', 'ssn'], discovered: '2022-03-01', byState: { [state]: 10 } });
    const o = find(a, `${state}:${law}:individuals`);
    expect(o.applicability).toBe('applies');
    expect(o.reasons.join(' ')).toMatch(/is personal information under/);
  });

  it('the Odessa 2020 card data is personal information in Texas and New Mexico', () => {
    const a = fixture('odessa-2020.json');
    const tx = find(a, 'TX:TX-BCC-521:individuals');
    expect(tx).toMatchObject({ rule: 'TX-2020', applicability: 'applies', deadline: { due: '2020-10-03' } });
    expect(tx.reasons.join(' ')).toMatch(/personal information under Tex\. Bus\. & Com\. Code § 521\.002\(a\)\(2\): name \+ card_number \+ one of/);
    const nm = find(a, 'NM:NM-57-12C:individuals');
    expect(nm).toMatchObject({ rule: 'NM-2017', applicability: 'applies', deadline: { due: '2020-09-04' } });
    expect(nm.reasons.join(' ')).toMatch(/personal information under N\.M\. Stat\. § 57-12C-2\(C\)/);
  });

  it('the Midwest City 2018 card data is personal information in Oklahoma', () => {
    const ok = find(fixture('midwest-city-2018.json'), 'OK:OK-24-161:individuals');
    expect(ok).toMatchObject({ rule: 'OK-2008', applicability: 'applies' });
    expect(ok.reasons.join(' ')).toMatch(/personal information under 24 O\.S\. § 162\(6\)/);
  });

  it('California: passport numbers count from A.B. 1130 (2020-01-01), so the 2017 version ends there', () => {
    const passport = (discovered: string) =>
      find(incident({ dataElements: ['name', 'passport'], discovered, byState: { CA: 10 } }), 'CA:CA-CIV-1798-82:individuals');
    // A.B. 2828 (eff. 2017-01-01) added the express encryption-key clause to § 1798.82(a), so the
    // 2016 version now ends on 2016-12-31 and CA-2017 is the one in force on 2019-12-31.
    expect(passport('2019-12-31')).toMatchObject({ rule: 'CA-2017', applicability: 'not_applicable' });
    expect(passport('2020-01-01')).toMatchObject({ rule: 'CA-2020', applicability: 'applies' });
  });

  it('online credentials on their own: California from 2014, Washington from 2020-03-01', () => {
    const creds = (discovered: string) =>
      incident({ dataElements: ['username', 'password'], discovered, byState: { CA: 10, WA: 10 } });
    const before = creds('2013-12-31');
    expect(find(before, 'CA:CA-CIV-1798-82:individuals').applicability).toBe('not_applicable');
    const mid = creds('2014-01-01');
    expect(find(mid, 'CA:CA-CIV-1798-82:individuals').applicability).toBe('applies');
    expect(find(mid, 'WA:WA-RCW-19-255:individuals').applicability).toBe('not_applicable');
    expect(find(creds('2020-03-01'), 'WA:WA-RCW-19-255:individuals').applicability).toBe('applies');
  });
});

describe('vendor-to-owner duties', () => {
  it('Odessa 2019: the vendor notice recorded on 2019-12-11 answers the Texas vendor duty', () => {
    const a = fixture('odessa-2019.json');
    const vendor = find(a, 'TX:TX-BCC-521:vendor-notice');
    expect(vendor).toMatchObject({
      rule: 'TX-2012',
      recipient: 'data_owner',
      recipientName: 'The data owner (notice from the vendor that maintains the data)',
      applicability: 'applies',
      deadline: { kind: 'without_unreasonable_delay', anchor: 'discovered' },
      notifiedOn: '2019-12-11',
      status: 'met',
    });
    expect(vendor.assumptions.join(' ')).toMatch(/binds a vendor/);
  });

  it('New Mexico gives the vendor 45 days, so a late vendor shows as late', () => {
    const a = incident({
      dataElements: ['name', 'ssn'],
      discovered: '2020-07-06',
      events: [{ type: 'notified_by_vendor', at: '2020-09-30' }],
      byState: { NM: 10 },
    });
    expect(find(a, 'NM:NM-57-12C:vendor-notice')).toMatchObject({
      recipient: 'data_owner',
      deadline: { kind: 'fixed', due: '2020-08-20', amount: 45, unit: 'calendar_days' },
      notifiedOn: '2020-09-30',
      status: 'late',
      daysLate: 41,
    });
  });

  it('every one of the six shows the vendor duty in force, matched to the vendor notice', () => {
    const a = incident({
      dataElements: ['name', 'ssn'],
      discovered: '2024-05-15',
      events: [{ type: 'notified_by_vendor', at: '2024-05-15' }],
      byState: { TX: 10, OK: 10, NM: 10, WA: 10, ME: 10, CA: 10 },
    });
    for (const code of SIX) {
      expect(find(a, `${code}:${GENERAL_LAW[code]}:vendor-notice`), code).toMatchObject({ recipient: 'data_owner', applicability: 'applies', notifiedOn: '2024-05-15' });
    }
  });
});

describe('consumer reporting agencies and substitute notice', () => {
  it('Texas counts everyone notified, in every state, against its 10,000 (since H.B. 300)', () => {
    const a = incident({ dataElements: ['name', 'ssn'], discovered: '2024-05-15', byState: { TX: 100, CA: 10_000 } });
    expect(find(a, 'TX:TX-BCC-521:consumer-reporting-agencies')).toMatchObject({
      applicability: 'applies',
      threshold: { count: 10_000, comparison: 'more_than', affected: 10_100, met: true },
    });
    const before = incident({ dataElements: ['name', 'ssn'], discovered: '2011-05-15', byState: { TX: 100, CA: 10_000 } });
    expect(find(before, 'TX:TX-BCC-521:consumer-reporting-agencies')).toMatchObject({ rule: 'TX-2009', applicability: 'not_applicable' });
  });

  it('substitute-notice figures per state', () => {
    const figures = (code: string, lawId: string, date: string) => {
      const law = findJurisdiction(code)!.laws.find((l) => l.id === lawId)!;
      const v = law.versions.find((x) => x.effectiveFrom <= date && (x.effectiveTo === null || date <= x.effectiveTo))!;
      return { costOver: v.substituteNotice?.costOver, recipientsOver: v.substituteNotice?.recipientsOver };
    };
    expect(figures('TX', 'TX-BCC-521', '2020-07-06')).toEqual({ costOver: 250_000, recipientsOver: 500_000 });
    expect(figures('OK', 'OK-24-161', '2018-06-21')).toEqual({ costOver: 50_000, recipientsOver: 100_000 });
    expect(figures('NM', 'NM-57-12C', '2020-07-06')).toEqual({ costOver: 100_000, recipientsOver: 50_000 });
    expect(figures('WA', 'WA-RCW-19-255', '2020-07-06')).toEqual({ costOver: 250_000, recipientsOver: 500_000 });
    expect(figures('ME', 'ME-10-1346', '2020-07-06')).toEqual({ costOver: 5_000, recipientsOver: 1_000 });
    expect(figures('CA', 'CA-CIV-1798-82', '2020-07-06')).toEqual({ costOver: 250_000, recipientsOver: 500_000 });
  });
});
