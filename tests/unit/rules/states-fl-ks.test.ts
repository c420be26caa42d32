// Florida through Kansas, through the engine: the version chosen for a discovery date, the due
// dates it produces, thresholds exactly at their boundary and the personal-information definitions.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation } from '../../../src/domain/types.js';
import { florida } from '../../../src/rules/florida.js';
import { georgia } from '../../../src/rules/georgia.js';
import { hawaii } from '../../../src/rules/hawaii.js';
import { idaho } from '../../../src/rules/idaho.js';
import { illinois } from '../../../src/rules/illinois.js';
import { indiana } from '../../../src/rules/indiana.js';
import { iowa } from '../../../src/rules/iowa.js';
import { kansas } from '../../../src/rules/kansas.js';
import type { Jurisdiction } from '../../../src/rules/types.js';

const ZONES: Record<string, string> = {
  FL: 'America/New_York',
  GA: 'America/New_York',
  HI: 'Pacific/Honolulu',
  ID: 'America/Boise',
  IL: 'America/Chicago',
  IN: 'America/Indiana/Indianapolis',
  IA: 'America/Chicago',
  KS: 'America/Chicago',
};

interface Case {
  j: Jurisdiction;
  discovered: string;
  affected?: number;
  kind?: string;
  elements?: string[];
  events?: object[];
}

/** Every obligation of one incident in one state, by `<law>:<obligation>`. */
function assess({ j, discovered, affected = 100, kind = 'business', elements = ['name', 'ssn'], events = [] }: Case): Map<string, AssessedObligation> {
  const parsed = parseIncidentFile({
    title: `${j.code} test incident`,
    organization: { name: 'Acme', kind, state: j.code, timezone: ZONES[j.code] },
    dataElements: elements,
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

const MINE = [florida, georgia, hawaii, idaho, illinois, indiana, iowa, kansas];

describe('catalogue shape of FL-KS (before registration in the index)', () => {
  const dayAfter = (d: string): string => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  it.each(MINE.flatMap((j) => j.laws.map((law) => [law.id, law] as const)))('%s: versions abut exactly, only the last is open', (_id, law) => {
    law.versions.forEach((v, i) => {
      const next = law.versions[i + 1];
      if (next) expect(next.effectiveFrom, `${v.id} → ${next.id}`).toBe(dayAfter(v.effectiveTo ?? ''));
      else expect(v.effectiveTo).toBeNull();
      expect(v.personalInformation === undefined || v.personalInformation.combinations.length > 0).toBe(true);
      expect(new Set(v.obligations.map((o) => o.id)).size).toBe(v.obligations.length);
    });
  });

  it('has unique version and law ids', () => {
    const versions = MINE.flatMap((j) => j.laws.flatMap((l) => l.versions.map((v) => v.id)));
    const laws = MINE.flatMap((j) => j.laws.map((l) => l.id));
    expect(new Set(versions).size).toBe(versions.length);
    expect(new Set(laws).size).toBe(laws.length);
  });
});

describe('Florida', () => {
  it('before FIPA (2013) applies § 817.5681: 45 days after determination', () => {
    const m = assess({ j: florida, discovered: '2013-03-01', events: [{ type: 'determined', at: '2013-03-05' }] });
    expect(get(m, 'FL-501-171:individuals')).toMatchObject({ rule: 'FL-2005', deadline: { due: '2013-04-19' } });
    expect(m.has('FL-501-171:attorney-general')).toBe(false);
  });

  it('under FIPA: 30 days after determination; the Department of Legal Affairs at 500 or more', () => {
    const determined = [{ type: 'determined', at: '2020-02-10' }];
    const at500 = assess({ j: florida, discovered: '2020-02-03', affected: 500, events: determined });
    expect(get(at500, 'FL-501-171:individuals')).toMatchObject({ rule: 'FL-2014', deadline: { due: '2020-03-11' } });
    expect(get(at500, 'FL-501-171:attorney-general')).toMatchObject({ applicability: 'applies', deadline: { due: '2020-03-11' } });
    const at499 = assess({ j: florida, discovered: '2020-02-03', affected: 499, events: determined });
    expect(get(at499, 'FL-501-171:attorney-general').applicability).toBe('not_applicable');
  });

  it('a card number and expiry without the security code is not personal information', () => {
    const m = assess({ j: florida, discovered: '2020-02-03', elements: ['name', 'card_number', 'card_expiration'] });
    expect(get(m, 'FL-501-171:individuals').applicability).toBe('not_applicable');
  });

  it('a city reports ransomware to the Cybersecurity Operations Center within 12 hours (from 2022-07-01)', () => {
    const m = assess({ j: florida, discovered: '2023-05-10', kind: 'municipality' });
    expect(get(m, 'FL-282-318:csoc-ransomware-12h')).toMatchObject({ rule: 'FL-CYBER-2022', deadline: { due: '2023-05-10' } });
  });
});

describe('Georgia', () => {
  it('a city was outside the statute until S.B. 236 (2007-05-24), and inside it afterwards', () => {
    expect(get(assess({ j: georgia, discovered: '2007-05-23', kind: 'municipality' }), 'GA-10-1-912:individuals')).toMatchObject({ rule: 'GA-2005', applicability: 'not_applicable' });
    expect(get(assess({ j: georgia, discovered: '2007-05-24', kind: 'municipality' }), 'GA-10-1-912:individuals')).toMatchObject({ rule: 'GA-2007', applicability: 'applies' });
  });

  it('credit bureaus only for more than 10,000 residents; a vendor tells the owner within 24 hours', () => {
    expect(get(assess({ j: georgia, discovered: '2019-05-01', kind: 'county', affected: 10_000 }), 'GA-10-1-912:consumer-reporting-agencies').applicability).toBe('not_applicable');
    const m = assess({ j: georgia, discovered: '2019-05-01', kind: 'county', affected: 10_001 });
    expect(get(m, 'GA-10-1-912:consumer-reporting-agencies').applicability).toBe('applies');
    expect(get(m, 'GA-10-1-912:vendor-notice').deadline.due).toBe('2019-05-02');
  });

  it('a name with a date of birth is not personal information', () => {
    expect(get(assess({ j: georgia, discovered: '2019-05-01', kind: 'county', elements: ['name', 'date_of_birth'] }), 'GA-10-1-912:individuals').applicability).toBe('not_applicable');
  });
});

describe('Hawaii', () => {
  it('the Office of Consumer Protection only when more than 1,000 are notified', () => {
    expect(get(assess({ j: hawaii, discovered: '2021-09-01', affected: 1000 }), 'HI-487N:regulator')).toMatchObject({ rule: 'HI-2007', applicability: 'not_applicable' });
    expect(get(assess({ j: hawaii, discovered: '2021-09-01', affected: 1001 }), 'HI-487N:regulator').applicability).toBe('applies');
  });

  it('a county reports to the legislature within 20 days of discovery; a business does not', () => {
    expect(get(assess({ j: hawaii, discovered: '2021-09-01', kind: 'county' }), 'HI-487N-4:legislature-report').deadline.due).toBe('2021-09-21');
    expect(get(assess({ j: hawaii, discovered: '2021-09-01' }), 'HI-487N-4:legislature-report').applicability).toBe('not_applicable');
  });

  it('a name with an email address is not personal information', () => {
    expect(get(assess({ j: hawaii, discovered: '2021-09-01', elements: ['name', 'email'] }), 'HI-487N:individuals').applicability).toBe('not_applicable');
  });
});

describe('Idaho', () => {
  it('a city notifies the Attorney General within 24 hours (from 2010-07-01); a business does not', () => {
    const city = assess({ j: idaho, discovered: '2018-04-10', kind: 'municipality' });
    expect(get(city, 'ID-28-51:individuals')).toMatchObject({ rule: 'ID-2006', applicability: 'applies' });
    expect(get(city, 'ID-28-51-105-AGENCY:attorney-general-24h')).toMatchObject({ rule: 'ID-AGENCY-2010', applicability: 'applies', deadline: { due: '2018-04-11' } });
    expect(get(assess({ j: idaho, discovered: '2018-04-10' }), 'ID-28-51-105-AGENCY:attorney-general-24h').applicability).toBe('not_applicable');
  });

  it('a card number without its code is not personal information', () => {
    expect(get(assess({ j: idaho, discovered: '2018-04-10', elements: ['name', 'card_number'] }), 'ID-28-51:individuals').applicability).toBe('not_applicable');
  });
});

describe('Illinois', () => {
  it('the Attorney General notice arrives on 2020-01-01 and needs more than 500 residents', () => {
    expect(assess({ j: illinois, discovered: '2019-12-31', affected: 900 }).has('IL-530:attorney-general')).toBe(false);
    expect(get(assess({ j: illinois, discovered: '2020-01-01', affected: 500 }), 'IL-530:attorney-general')).toMatchObject({ rule: 'IL-2020', applicability: 'not_applicable' });
    expect(get(assess({ j: illinois, discovered: '2020-01-01', affected: 501 }), 'IL-530:attorney-general').applicability).toBe('applies');
  });

  it('online credentials became personal information on 2017-01-01', () => {
    const creds = ['username', 'password'];
    expect(get(assess({ j: illinois, discovered: '2016-12-31', elements: creds }), 'IL-530:individuals')).toMatchObject({ rule: 'IL-2012', applicability: 'not_applicable' });
    expect(get(assess({ j: illinois, discovered: '2017-01-01', elements: creds }), 'IL-530:individuals')).toMatchObject({ rule: 'IL-2017', applicability: 'applies' });
  });

  it('a State agency follows § 12: Attorney General within 45 days above 250, General Assembly within 5 business days', () => {
    const m = assess({ j: illinois, discovered: '2021-03-01', kind: 'state_agency', affected: 251 });
    expect(get(m, 'IL-530:individuals').applicability).toBe('not_applicable');
    expect(get(m, 'IL-530-12:attorney-general')).toMatchObject({ rule: 'IL-AGENCY-2017', applicability: 'applies', deadline: { due: '2021-04-15' } });
    expect(get(m, 'IL-530-25:general-assembly-report').deadline.due).toBe('2021-03-08');
    expect(get(assess({ j: illinois, discovered: '2021-03-01', kind: 'state_agency', affected: 250 }), 'IL-530-12:attorney-general').applicability).toBe('not_applicable');
  });
});

describe('Indiana', () => {
  it('H.E.A. 1351 starts a 45-day clock on 2022-07-01', () => {
    expect(get(assess({ j: indiana, discovered: '2022-06-30' }), 'IN-24-4-9:individuals')).toMatchObject({ rule: 'IN-2009', deadline: { due: null } });
    const m = assess({ j: indiana, discovered: '2022-07-01' });
    expect(get(m, 'IN-24-4-9:individuals')).toMatchObject({ rule: 'IN-2022', deadline: { due: '2022-08-15' } });
    expect(get(m, 'IN-24-4-9:attorney-general').deadline.due).toBe('2022-08-15');
  });

  it('credit bureaus only above 1,000; an SSN alone is personal information, an account number without its code is not', () => {
    expect(get(assess({ j: indiana, discovered: '2023-01-09', affected: 1000 }), 'IN-24-4-9:consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(get(assess({ j: indiana, discovered: '2023-01-09', affected: 1001 }), 'IN-24-4-9:consumer-reporting-agencies').applicability).toBe('applies');
    expect(get(assess({ j: indiana, discovered: '2023-01-09', elements: ['ssn'] }), 'IN-24-4-9:individuals').applicability).toBe('applies');
    expect(get(assess({ j: indiana, discovered: '2023-01-09', elements: ['name', 'account_number'] }), 'IN-24-4-9:individuals').applicability).toBe('not_applicable');
  });

  it('a city reports to the Office of Technology within 2 business days', () => {
    // Friday 2023-01-13, then Monday 2023-01-16 (Martin Luther King Jr. Day) is skipped.
    expect(get(assess({ j: indiana, discovered: '2023-01-13', kind: 'municipality' }), 'IN-4-13-1-2-9:iot-2bd').deadline.due).toBe('2023-01-18');
  });
});

describe('Iowa', () => {
  it('the Attorney General notice (from 2014-07-01) is due 5 business days after the consumer notice, above 500', () => {
    expect(assess({ j: iowa, discovered: '2014-06-30', affected: 900 }).has('IA-715C:attorney-general')).toBe(false);
    const notified = [{ type: 'notified', recipient: 'individuals', jurisdiction: 'IA', at: '2016-03-04' }];
    const m = assess({ j: iowa, discovered: '2016-02-15', affected: 501, events: notified });
    expect(get(m, 'IA-715C:attorney-general')).toMatchObject({ rule: 'IA-2014', applicability: 'applies', deadline: { due: '2016-03-11' } });
    expect(get(assess({ j: iowa, discovered: '2016-02-15', affected: 500, events: notified }), 'IA-715C:attorney-general').applicability).toBe('not_applicable');
  });

  it('a card number with its expiration date became personal information in 2014', () => {
    const card = ['name', 'card_number', 'card_expiration'];
    expect(get(assess({ j: iowa, discovered: '2013-05-01', elements: card }), 'IA-715C:individuals')).toMatchObject({ rule: 'IA-2008', applicability: 'not_applicable' });
    expect(get(assess({ j: iowa, discovered: '2019-05-01', elements: card }), 'IA-715C:individuals')).toMatchObject({ rule: 'IA-2018', applicability: 'applies' });
  });
});

describe('Kansas', () => {
  it('credit bureaus only when more than 1,000 consumers are notified', () => {
    expect(get(assess({ j: kansas, discovered: '2021-06-01', affected: 1000 }), 'KS-50-7A:consumer-reporting-agencies')).toMatchObject({ rule: 'KS-2007', applicability: 'not_applicable' });
    expect(get(assess({ j: kansas, discovered: '2021-06-01', affected: 1001 }), 'KS-50-7A:consumer-reporting-agencies').applicability).toBe('applies');
  });

  it('a bare account number with a name is personal information; a name with an email is not', () => {
    expect(get(assess({ j: kansas, discovered: '2021-06-01', elements: ['name', 'account_number'] }), 'KS-50-7A:individuals').applicability).toBe('applies');
    expect(get(assess({ j: kansas, discovered: '2021-06-01', elements: ['name', 'email'] }), 'KS-50-7A:individuals').applicability).toBe('not_applicable');
  });

  it('a state agency alerts the Information Security Office within 12 hours from 2023-07-01', () => {
    const m = assess({ j: kansas, discovered: '2024-03-01', kind: 'state_agency' });
    expect(get(m, 'KS-75-72:kiso-12h')).toMatchObject({ rule: 'KS-KISO-2023', deadline: { due: '2024-03-01' } });
    expect(assess({ j: kansas, discovered: '2023-06-30', kind: 'state_agency' }).has('KS-75-72:kiso-12h')).toBe(false);
  });
});
