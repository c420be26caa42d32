// Kentucky to Missouri, through the engine: the version chosen for a discovery date, the due
// dates, thresholds at their exact boundary, and data that is not "personal information".
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation } from '../../../src/domain/types.js';
import { kentucky } from '../../../src/rules/kentucky.js';
import { louisiana } from '../../../src/rules/louisiana.js';
import { maryland } from '../../../src/rules/maryland.js';
import { massachusetts } from '../../../src/rules/massachusetts.js';
import { michigan } from '../../../src/rules/michigan.js';
import { minnesota } from '../../../src/rules/minnesota.js';
import { mississippi } from '../../../src/rules/mississippi.js';
import { missouri } from '../../../src/rules/missouri.js';
import type { Jurisdiction } from '../../../src/rules/types.js';

const ALL = [kentucky, louisiana, maryland, massachusetts, michigan, minnesota, mississippi, missouri];

interface Case {
  state: string;
  zone: string;
  kind?: string;
  data?: string[];
  discovered: string;
  affected: number;
  events?: object[];
}

function assess(j: Jurisdiction, c: Case): AssessedObligation[] {
  const parsed = parseIncidentFile({
    title: `${c.state} test`,
    organization: { name: 'Acme', kind: c.kind ?? 'business', state: c.state, timezone: c.zone },
    dataElements: c.data ?? ['name', 'ssn'],
    exposure: [{ start: c.discovered, end: c.discovered }],
    events: [{ type: 'discovered', at: c.discovered }, ...(c.events ?? [])],
    affected: { byState: { [c.state]: c.affected } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return assessIncident(parsed.incident, [j]).obligations;
}

function find(list: AssessedObligation[], key: string): AssessedObligation {
  const o = list.find((x) => x.key === key);
  if (!o) throw new Error(`no ${key} in ${list.map((x) => x.key).join(', ')}`);
  return o;
}

describe('KY-MO modules are well formed', () => {
  it.each(ALL.map((j) => [j.code, j] as const))('%s: contiguous versions, unique ids, relative deadlines have an individual notice', (_c, j) => {
    for (const law of j.laws) {
      law.versions.forEach((v, i) => {
        const next = law.versions[i + 1];
        if (next) expect(DateTime.fromISO(v.effectiveTo!, { zone: 'utc' }).plus({ days: 1 }).toISODate()).toBe(next.effectiveFrom);
        else expect(v.effectiveTo).toBeNull();
        for (const o of v.obligations) if (o.deadline.kind === 'relative') expect(v.obligations.some((x) => x.id === 'individuals')).toBe(true);
      });
    }
    const ids = ALL.flatMap((x) => x.laws.flatMap((l) => l.versions.map((v) => v.id)));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('Kentucky', () => {
  const base = { state: 'KY', zone: 'America/New_York', discovered: '2020-03-10' };

  it('KRS 365.732: no fixed days for residents; credit bureaus only above 1,000', () => {
    const at1000 = assess(kentucky, { ...base, affected: 1000 });
    expect(find(at1000, 'KY:KY-KRS-365-732:individuals')).toMatchObject({ rule: 'KY-2014', applicability: 'applies', deadline: { kind: 'without_unreasonable_delay', due: null } });
    expect(find(at1000, 'KY:KY-KRS-365-732:consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(find(assess(kentucky, { ...base, affected: 1001 }), 'KY:KY-KRS-365-732:consumer-reporting-agencies').applicability).toBe('applies');
  });

  it('a city follows KRS 61.933: 72 hours to the state officers, individuals 35 days after the investigation', () => {
    const list = assess(kentucky, { ...base, kind: 'municipality', affected: 40, events: [{ type: 'determined', at: '2020-03-20' }] });
    expect(find(list, 'KY:KY-KRS-365-732:individuals').applicability).toBe('not_applicable');
    expect(find(list, 'KY:KY-KRS-61-933:individuals')).toMatchObject({ rule: 'KY-AGENCY-2015', deadline: { due: '2020-04-24' } });
    expect(find(list, 'KY:KY-KRS-61-933-OFFICERS:officers-72h').deadline.due).toBe('2020-03-13');
  });

  it('a name with an e-mail address is not personal information under § 365.732', () => {
    const o = find(assess(kentucky, { ...base, affected: 5, data: ['name', 'email'] }), 'KY:KY-KRS-365-732:individuals');
    expect(o.applicability).toBe('not_applicable');
  });
});

describe('Louisiana', () => {
  const base = { state: 'LA', zone: 'America/Chicago', affected: 3 };

  it('Act 382 of 2018 brings the 60-day limit from 2018-08-01', () => {
    const before = find(assess(louisiana, { ...base, discovered: '2018-07-31' }), 'LA:LA-RS-51-3074:individuals');
    expect(before).toMatchObject({ rule: 'LA-2006', deadline: { kind: 'without_unreasonable_delay' } });
    const after = find(assess(louisiana, { ...base, discovered: '2018-08-01' }), 'LA:LA-RS-51-3074:individuals');
    expect(after).toMatchObject({ rule: 'LA-2018', deadline: { due: '2018-09-30' } });
  });

  it('the Attorney General must have the notice within 10 days of the resident notice, for any number', () => {
    const list = assess(louisiana, { ...base, affected: 1, discovered: '2021-05-03', events: [{ type: 'notified', recipient: 'individuals', jurisdiction: 'LA', at: '2021-06-01' }] });
    expect(find(list, 'LA:LA-RS-51-3074:attorney-general')).toMatchObject({ applicability: 'applies', deadline: { due: '2021-06-11' } });
  });

  it('a name with a passport number is personal information only from 2018', () => {
    const data = ['name', 'passport'];
    expect(find(assess(louisiana, { ...base, data, discovered: '2017-01-10' }), 'LA:LA-RS-51-3074:individuals').applicability).toBe('not_applicable');
    expect(find(assess(louisiana, { ...base, data, discovered: '2019-01-10' }), 'LA:LA-RS-51-3074:individuals').applicability).toBe('applies');
  });
});

describe('Maryland', () => {
  const base = { state: 'MD', zone: 'America/New_York', affected: 20 };

  it('H.B. 962: 45 days from discovery from 2022-10-01, from the end of the investigation before', () => {
    const events = [{ type: 'determined', at: '2022-11-15' }];
    const before = find(assess(maryland, { ...base, discovered: '2022-09-30', events }), 'MD:MD-COM-14-3504:individuals');
    // H.B. 1154 (2019) amended § 14-3504(b)(1), (c)(4) from 2019-10-01, so 2022-09-30 falls in MD-2019
    // (same 45 days after the investigation as MD-2018).
    expect(before).toMatchObject({ rule: 'MD-2019', deadline: { due: '2022-12-30' } });
    const after = find(assess(maryland, { ...base, discovered: '2022-10-01', events }), 'MD:MD-COM-14-3504:individuals');
    expect(after).toMatchObject({ rule: 'MD-2022', deadline: { due: '2022-11-15' } });
  });

  it('credit bureaus at 1,000 or more; the Attorney General for any number, before the letters', () => {
    expect(find(assess(maryland, { ...base, affected: 1000, discovered: '2023-02-01' }), 'MD:MD-COM-14-3504:consumer-reporting-agencies').applicability).toBe('applies');
    const at999 = assess(maryland, { ...base, affected: 999, discovered: '2023-02-01' });
    expect(find(at999, 'MD:MD-COM-14-3504:consumer-reporting-agencies').applicability).toBe('not_applicable');
    // Com. Law § 14-3504(h)(1): "Prior to giving the notification" to individuals, so a `before` deadline.
    expect(find(at999, 'MD:MD-COM-14-3504:attorney-general')).toMatchObject({ applicability: 'applies', deadline: { kind: 'before', due: '2023-03-18' } });
  });

  it('a name with genetic information is personal information only from 2022-10-01', () => {
    const data = ['name', 'genetic'];
    expect(find(assess(maryland, { ...base, data, discovered: '2021-06-01' }), 'MD:MD-COM-14-3504:individuals').applicability).toBe('not_applicable');
    expect(find(assess(maryland, { ...base, data, discovered: '2023-06-01' }), 'MD:MD-COM-14-3504:individuals').applicability).toBe('applies');
  });

  it('a county follows State Gov\'t § 10-1305, not the business law', () => {
    const list = assess(maryland, { ...base, kind: 'county', discovered: '2023-06-01' });
    expect(find(list, 'MD:MD-COM-14-3504:individuals').applicability).toBe('not_applicable');
    expect(find(list, 'MD:MD-SG-10-1305:individuals')).toMatchObject({ rule: 'MD-GOV-2014', applicability: 'applies' });
  });
});

describe('Massachusetts', () => {
  const base = { state: 'MA', zone: 'America/New_York', affected: 1 };

  it('a bare account number is personal information, and one resident brings in the AG and OCABR', () => {
    const list = assess(massachusetts, { ...base, data: ['name', 'account_number'], discovered: '2019-04-11' });
    expect(find(list, 'MA:MA-93H:individuals')).toMatchObject({ rule: 'MA-2019', applicability: 'applies' });
    expect(find(list, 'MA:MA-93H:attorney-general').applicability).toBe('applies');
    expect(find(list, 'MA:MA-93H:consumer-affairs').applicability).toBe('applies');
  });

  it('the 2019 amendments apply from 2019-04-11', () => {
    expect(find(assess(massachusetts, { ...base, discovered: '2019-04-10' }), 'MA:MA-93H:individuals').rule).toBe('MA-2007');
  });

  it('a name with an e-mail address is not personal information', () => {
    expect(find(assess(massachusetts, { ...base, data: ['name', 'email'], discovered: '2020-01-06' }), 'MA:MA-93H:individuals').applicability).toBe('not_applicable');
  });

  it('a state agency also reports to the technology office', () => {
    const list = assess(massachusetts, { ...base, kind: 'state_agency', discovered: '2020-01-06' });
    expect(find(list, 'MA:MA-93H-3E:technology-office')).toMatchObject({ applicability: 'applies', recipient: 'state_agency' });
  });
});

describe('Michigan', () => {
  const base = { state: 'MI', zone: 'America/Detroit', discovered: '2021-09-14' };

  it('credit bureaus from 1,000 residents notified (at least), not at 999', () => {
    expect(find(assess(michigan, { ...base, affected: 1000 }), 'MI:MI-MCL-445-72:consumer-reporting-agencies').applicability).toBe('applies');
    expect(find(assess(michigan, { ...base, affected: 999 }), 'MI:MI-MCL-445-72:consumer-reporting-agencies').applicability).toBe('not_applicable');
  });

  it('2010 PA 315 governs from 2011-04-01', () => {
    expect(find(assess(michigan, { ...base, affected: 5, discovered: '2011-03-31' }), 'MI:MI-MCL-445-72:individuals').rule).toBe('MI-2007');
    expect(find(assess(michigan, { ...base, affected: 5, discovered: '2011-04-01' }), 'MI:MI-MCL-445-72:individuals').rule).toBe('MI-2011');
  });

  it('a city is not clearly covered: the duty applies with an assumption', () => {
    const o = find(assess(michigan, { ...base, kind: 'municipality', affected: 5 }), 'MI:MI-MCL-445-72:individuals');
    expect(o.applicability).toBe('applies');
    expect(o.assumptions.join(' ')).toContain('Coverage is uncertain');
  });
});

describe('Minnesota', () => {
  const base = { state: 'MN', zone: 'America/Chicago', discovered: '2023-03-06' };

  it('credit bureaus within 48 hours when more than 500 are notified', () => {
    expect(find(assess(minnesota, { ...base, affected: 500 }), 'MN:MN-325E-61:consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(find(assess(minnesota, { ...base, affected: 501 }), 'MN:MN-325E-61:consumer-reporting-agencies')).toMatchObject({ applicability: 'applies', deadline: { due: '2023-03-08', unit: 'hours' } });
  });

  it('§ 13.055 reached local governments only from 2014-08-01', () => {
    const city = { ...base, kind: 'municipality', affected: 10 };
    expect(find(assess(minnesota, { ...city, discovered: '2014-07-31' }), 'MN:MN-13-055:individuals')).toMatchObject({ rule: 'MN-GOV-2006', applicability: 'not_applicable' });
    expect(find(assess(minnesota, { ...city, discovered: '2014-08-01' }), 'MN:MN-13-055:individuals')).toMatchObject({ rule: 'MN-GOV-2014', applicability: 'applies' });
    expect(find(assess(minnesota, { ...city }), 'MN:MN-325E-61:individuals').applicability).toBe('not_applicable');
  });

  it('public agencies report cyber incidents to the BCA within 72 hours from 2024-12-01', () => {
    const list = assess(minnesota, { ...base, kind: 'county', affected: 10, discovered: '2025-01-06' });
    expect(find(list, 'MN:MN-16E-36:bca-72h')).toMatchObject({ rule: 'MN-CYBER-2024', deadline: { due: '2025-01-09' } });
    expect(assess(minnesota, { ...base, kind: 'county', affected: 10, discovered: '2024-11-30' }).some((o) => o.law === 'MN-16E-36')).toBe(false);
  });
});

describe('Mississippi', () => {
  const base = { state: 'MS', zone: 'America/Chicago', discovered: '2022-08-01', affected: 10 };

  it('no fixed days, and no Attorney General or credit-bureau notice', () => {
    const list = assess(mississippi, base);
    expect(find(list, 'MS:MS-75-24-29:individuals')).toMatchObject({ rule: 'MS-2011', deadline: { kind: 'without_unreasonable_delay' } });
    expect(list.some((o) => o.recipient === 'attorney_general' || o.recipient === 'consumer_reporting_agencies')).toBe(false);
  });

  it('medical data with a name is not personal information', () => {
    expect(find(assess(mississippi, { ...base, data: ['name', 'medical'] }), 'MS:MS-75-24-29:individuals').applicability).toBe('not_applicable');
  });

  it('a state agency reports to ITS by the next business day (Friday discovery, Monday due)', () => {
    const list = assess(mississippi, { ...base, kind: 'state_agency', discovered: '2022-08-05' });
    expect(find(list, 'MS:MS-ITS-ESP:its-report').deadline.due).toBe('2022-08-08');
  });
});

describe('Missouri', () => {
  const base = { state: 'MO', zone: 'America/Chicago', discovered: '2021-11-02' };

  it('Attorney General only when more than 1,000 are notified', () => {
    expect(find(assess(missouri, { ...base, affected: 1000 }), 'MO:MO-407-1500:attorney-general').applicability).toBe('not_applicable');
    expect(find(assess(missouri, { ...base, affected: 1001 }), 'MO:MO-407-1500:attorney-general')).toMatchObject({ rule: 'MO-2009', applicability: 'applies' });
  });

  it('a city is a "person"; medical information with a name is covered', () => {
    const o = find(assess(missouri, { ...base, kind: 'municipality', affected: 3, data: ['name', 'medical'] }), 'MO:MO-407-1500:individuals');
    expect(o.applicability).toBe('applies');
  });

  it('the statute was not in force before 2009-08-28', () => {
    const list = assess(missouri, { ...base, affected: 3, discovered: '2009-08-27' });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ applicability: 'not_applicable', rule: null });
  });
});
