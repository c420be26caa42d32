// Montana through North Dakota, pinned through the engine: which text governs a discovery date,
// when notices are due, thresholds exactly at their boundary, and what is not personal information.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation, Assessment } from '../../../src/domain/types.js';
import type { Jurisdiction } from '../../../src/rules/types.js';
import { montana } from '../../../src/rules/montana.js';
import { nebraska } from '../../../src/rules/nebraska.js';
import { nevada } from '../../../src/rules/nevada.js';
import { newHampshire } from '../../../src/rules/new-hampshire.js';
import { newJersey } from '../../../src/rules/new-jersey.js';
import { newYork } from '../../../src/rules/new-york.js';
import { northCarolina } from '../../../src/rules/north-carolina.js';
import { northDakota } from '../../../src/rules/north-dakota.js';

interface Case {
  discovered: string;
  elements?: string[];
  residents?: number;
  kind?: string;
  zone?: string;
  events?: unknown[];
}

function assess(j: Jurisdiction, c: Case): Assessment {
  const parsed = parseIncidentFile({
    title: `${j.name} test incident`,
    organization: { name: 'Acme', kind: c.kind ?? 'business', state: j.code, timezone: c.zone ?? 'America/New_York' },
    dataElements: c.elements ?? ['name', 'ssn'],
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
const has = (a: Assessment, lawId: string, id: string): boolean => a.obligations.some((x) => x.law === lawId && x.key.endsWith(`:${id}`));

describe('Montana', () => {
  it('H.B. 74 adds the simultaneous Attorney General copy from 2015-10-01, for any number of residents', () => {
    const before = assess(montana, { discovered: '2015-09-30', residents: 1, zone: 'America/Denver' });
    expect(find(before, 'MT-30-14-1704', 'individuals')).toMatchObject({ rule: 'MT-2006', applicability: 'applies', deadline: { kind: 'without_unreasonable_delay' } });
    expect(has(before, 'MT-30-14-1704', 'attorney-general')).toBe(false);
    const after = assess(montana, { discovered: '2015-10-01', residents: 1, zone: 'America/Denver' });
    expect(find(after, 'MT-30-14-1704', 'attorney-general')).toMatchObject({ rule: 'MT-2015', applicability: 'applies', threshold: null, deadline: { kind: 'relative' } });
  });

  it('medical-record information counts only from 2015; a name with an email address never does', () => {
    expect(find(assess(montana, { discovered: '2015-09-30', elements: ['name', 'medical'] }), 'MT-30-14-1704', 'individuals').applicability).toBe('not_applicable');
    expect(find(assess(montana, { discovered: '2015-10-01', elements: ['name', 'medical'] }), 'MT-30-14-1704', 'individuals').applicability).toBe('applies');
    expect(find(assess(montana, { discovered: '2020-05-01', elements: ['name', 'email'] }), 'MT-30-14-1704', 'individuals').applicability).toBe('not_applicable');
  });

  it('a state agency follows § 2-6-1503, not § 30-14-1704, and from 2023 tells the CISO immediately', () => {
    const a = assess(montana, { discovered: '2024-02-05', kind: 'state_agency', zone: 'America/Denver' });
    expect(find(a, 'MT-30-14-1704', 'individuals').applicability).toBe('not_applicable');
    expect(find(a, 'MT-2-6-1503', 'individuals')).toMatchObject({ rule: 'MT-AGENCY-2015', applicability: 'applies' });
    expect(find(a, 'MT-2-6-1504', 'ciso-immediate')).toMatchObject({
      rule: 'MT-CISO-2023',
      recipient: 'state_agency',
      applicability: 'applies',
      deadline: { kind: 'without_unreasonable_delay', due: null, target: '2024-02-06' },
    });
    expect(has(assess(montana, { discovered: '2023-09-30', kind: 'state_agency' }), 'MT-2-6-1504', 'ciso-immediate')).toBe(false);
  });
});

describe('Nebraska', () => {
  it('L.B. 835: no Attorney General notice on 2016-07-19, one resident suffices from 2016-07-20', () => {
    expect(find(assess(nebraska, { discovered: '2016-07-19' }), 'NE-87-803', 'individuals').rule).toBe('NE-2006');
    expect(has(assess(nebraska, { discovered: '2016-07-19' }), 'NE-87-803', 'attorney-general')).toBe(false);
    const ag = find(assess(nebraska, { discovered: '2016-07-20', residents: 1, zone: 'America/Chicago' }), 'NE-87-803', 'attorney-general');
    expect(ag).toMatchObject({ rule: 'NE-2016', applicability: 'applies', deadline: { kind: 'relative' } });
  });

  it('online credentials are personal information only under the 2016 text', () => {
    const credentials = ['username', 'password'];
    expect(find(assess(nebraska, { discovered: '2016-07-19', elements: credentials }), 'NE-87-803', 'individuals').applicability).toBe('not_applicable');
    expect(find(assess(nebraska, { discovered: '2016-07-20', elements: credentials }), 'NE-87-803', 'individuals').applicability).toBe('applies');
  });

  it('a city is a "commercial entity" and must notify', () => {
    expect(find(assess(nebraska, { discovered: '2022-03-01', kind: 'municipality' }), 'NE-87-803', 'individuals').applicability).toBe('applies');
  });
});

describe('Nevada', () => {
  it('credit bureaus only above 1,000 persons', () => {
    expect(find(assess(nevada, { discovered: '2020-06-01', residents: 1000 }), 'NV-603A', 'consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(find(assess(nevada, { discovered: '2020-06-01', residents: 1001 }), 'NV-603A', 'consumer-reporting-agencies')).toMatchObject({ rule: 'NV-2015', applicability: 'applies' });
  });

  it('health-insurance ID numbers count from A.B. 179 (2015-07-01)', () => {
    const elements = ['name', 'health_insurance'];
    expect(find(assess(nevada, { discovered: '2015-06-30', elements }), 'NV-603A', 'individuals')).toMatchObject({ rule: 'NV-2006', applicability: 'not_applicable' });
    expect(find(assess(nevada, { discovered: '2015-07-01', elements }), 'NV-603A', 'individuals')).toMatchObject({ rule: 'NV-2015', applicability: 'applies' });
  });

  it('a state agency reports to the Office of Information Security within 24 hours', () => {
    const a = assess(nevada, { discovered: '2024-03-04', kind: 'state_agency', zone: 'America/Los_Angeles' });
    expect(find(a, 'NV-242-181', 'ois-24h').deadline).toMatchObject({ due: '2024-03-05', amount: 24, unit: 'hours' });
    expect(find(a, 'NV-603A', 'individuals').applicability).toBe('applies');
  });
});

describe('New Hampshire', () => {
  it('the Attorney General hears no later than individuals; credit bureaus only above 1,000', () => {
    const a = assess(newHampshire, { discovered: '2021-04-12', residents: 1000 });
    expect(find(a, 'NH-359-C', 'attorney-general')).toMatchObject({ rule: 'NH-2007', applicability: 'applies', deadline: { kind: 'relative' } });
    expect(find(a, 'NH-359-C', 'consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(find(assess(newHampshire, { discovered: '2021-04-12', residents: 1001 }), 'NH-359-C', 'consumer-reporting-agencies').applicability).toBe('applies');
  });

  it('a name with a date of birth is not personal information; the letter content is checkable', () => {
    expect(find(assess(newHampshire, { discovered: '2021-04-12', elements: ['name', 'date_of_birth'] }), 'NH-359-C', 'individuals').applicability).toBe('not_applicable');
    expect(find(assess(newHampshire, { discovered: '2021-04-12' }), 'NH-359-C', 'individuals').letterElements).toEqual(['what_happened', 'breach_dates', 'information_involved', 'contact']);
  });
});

describe('New Jersey', () => {
  it('the State Police report goes first, for any number of residents', () => {
    const police = find(assess(newJersey, { discovered: '2022-01-10', residents: 1, kind: 'county' }), 'NJ-56-8-163', 'state-police');
    // N.J.S.A. 56:8-163(c)(1): the report is made "in advance of the disclosure to the customer", a `before` deadline.
    expect(police).toMatchObject({ rule: 'NJ-2019', recipient: 'state_agency', applicability: 'applies', deadline: { kind: 'before' } });
  });

  it('credit bureaus above 1,000; online credentials only from 2019-09-01', () => {
    expect(find(assess(newJersey, { discovered: '2022-01-10', residents: 1000 }), 'NJ-56-8-163', 'consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(find(assess(newJersey, { discovered: '2022-01-10', residents: 1001 }), 'NJ-56-8-163', 'consumer-reporting-agencies').applicability).toBe('applies');
    const credentials = ['email', 'password'];
    expect(find(assess(newJersey, { discovered: '2019-08-31', elements: credentials }), 'NJ-56-8-163', 'individuals')).toMatchObject({ rule: 'NJ-2006', applicability: 'not_applicable' });
    expect(find(assess(newJersey, { discovered: '2019-09-01', elements: credentials }), 'NJ-56-8-163', 'individuals')).toMatchObject({ rule: 'NJ-2019', applicability: 'applies' });
  });
});

describe('New York', () => {
  it('30 days after discovery from 2024-12-21, open-ended the day before', () => {
    const before = find(assess(newYork, { discovered: '2024-12-20' }), 'NY-GBL-899-AA', 'individuals');
    expect(before).toMatchObject({ rule: 'NY-2019', deadline: { kind: 'without_unreasonable_delay', due: null } });
    const after = find(assess(newYork, { discovered: '2024-12-21' }), 'NY-GBL-899-AA', 'individuals');
    expect(after).toMatchObject({ rule: 'NY-2024', deadline: { due: '2025-01-20', amount: 30, unit: 'calendar_days' } });
  });

  it('credit bureaus only above 5,000 residents; medical data counts from 2025-03-21', () => {
    expect(find(assess(newYork, { discovered: '2025-05-01', residents: 5000 }), 'NY-GBL-899-AA', 'consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(find(assess(newYork, { discovered: '2025-05-01', residents: 5001 }), 'NY-GBL-899-AA', 'consumer-reporting-agencies').applicability).toBe('applies');
    const medical = ['name', 'medical'];
    expect(find(assess(newYork, { discovered: '2025-03-20', elements: medical }), 'NY-GBL-899-AA', 'individuals').applicability).toBe('not_applicable');
    expect(find(assess(newYork, { discovered: '2025-03-21', elements: medical }), 'NY-GBL-899-AA', 'individuals')).toMatchObject({ rule: 'NY-2025', applicability: 'applies' });
  });

  it('a state agency follows State Technology Law § 208 (no 30-day limit), not § 899-aa', () => {
    const a = assess(newYork, { discovered: '2025-05-01', kind: 'state_agency' });
    expect(find(a, 'NY-GBL-899-AA', 'individuals').applicability).toBe('not_applicable');
    expect(find(a, 'NY-STL-208', 'individuals')).toMatchObject({ rule: 'NY-STL-2019', applicability: 'applies', deadline: { kind: 'without_unreasonable_delay' } });
  });

  it('a town reports to DHSES within 72 hours from 2025-07-28; § 208 does not bind it', () => {
    const a = assess(newYork, { discovered: '2025-08-04', kind: 'municipality' });
    expect(find(a, 'NY-GMU-995', 'dhses-72h').deadline).toMatchObject({ due: '2025-08-07', dueAt: '2025-08-07T04:00:00.000Z' });
    expect(find(a, 'NY-STL-208', 'individuals').applicability).toBe('not_applicable');
    expect(has(assess(newYork, { discovered: '2025-07-27', kind: 'municipality' }), 'NY-GMU-995', 'dhses-72h')).toBe(false);
  });
});

describe('North Carolina', () => {
  it('S.B. 1017 adds the Attorney General notice from 2009-10-01', () => {
    expect(has(assess(northCarolina, { discovered: '2009-09-30' }), 'NC-75-65', 'attorney-general')).toBe(false);
    expect(find(assess(northCarolina, { discovered: '2009-10-01', residents: 1 }), 'NC-75-65', 'attorney-general')).toMatchObject({ rule: 'NC-2009', applicability: 'applies' });
  });

  it('credit bureaus above 1,000; a bare account number with a name is personal information, a birth date is not', () => {
    expect(find(assess(northCarolina, { discovered: '2022-01-10', residents: 1000 }), 'NC-75-65', 'consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(find(assess(northCarolina, { discovered: '2022-01-10', residents: 1001 }), 'NC-75-65', 'consumer-reporting-agencies').applicability).toBe('applies');
    expect(find(assess(northCarolina, { discovered: '2022-01-10', elements: ['name', 'account_number'] }), 'NC-75-65', 'individuals').applicability).toBe('applies');
    expect(find(assess(northCarolina, { discovered: '2022-01-10', elements: ['name', 'date_of_birth'] }), 'NC-75-65', 'individuals').applicability).toBe('not_applicable');
  });

  it('a state agency reports to DIT within 24 hours of confirmation', () => {
    const a = assess(northCarolina, { discovered: '2023-05-01', kind: 'state_agency', events: [{ type: 'determined', at: '2023-05-03' }] });
    expect(find(a, 'NC-143B-1379', 'dit-24h').deadline).toMatchObject({ due: '2023-05-04', anchor: 'determined', amount: 24 });
  });
});

describe('North Dakota', () => {
  it('the Attorney General is told only when a breach exceeds 250 individuals', () => {
    expect(find(assess(northDakota, { discovered: '2020-06-01', residents: 250 }), 'ND-51-30', 'attorney-general').applicability).toBe('not_applicable');
    expect(find(assess(northDakota, { discovered: '2020-06-01', residents: 251 }), 'ND-51-30', 'attorney-general')).toMatchObject({ rule: 'ND-2015', applicability: 'applies' });
    expect(has(assess(northDakota, { discovered: '2015-07-31', residents: 5000 }), 'ND-51-30', 'attorney-general')).toBe(false);
  });

  it('a birth date counts from 2005; health-insurance information only from 2013-08-01', () => {
    expect(find(assess(northDakota, { discovered: '2010-01-05', elements: ['name', 'date_of_birth'] }), 'ND-51-30', 'individuals')).toMatchObject({ rule: 'ND-2005', applicability: 'applies' });
    expect(find(assess(northDakota, { discovered: '2013-07-31', elements: ['name', 'health_insurance'] }), 'ND-51-30', 'individuals').applicability).toBe('not_applicable');
    expect(find(assess(northDakota, { discovered: '2013-08-01', elements: ['name', 'health_insurance'] }), 'ND-51-30', 'individuals')).toMatchObject({ rule: 'ND-2013', applicability: 'applies' });
  });

  it('political subdivisions report to NDIT from 2021-08-01', () => {
    expect(has(assess(northDakota, { discovered: '2021-07-31', kind: 'county' }), 'ND-54-59-1', 'ndit-immediate')).toBe(false);
    expect(find(assess(northDakota, { discovered: '2021-08-01', kind: 'county' }), 'ND-54-59-1', 'ndit-immediate')).toMatchObject({ rule: 'ND-GOV-2021', applicability: 'applies' });
  });
});
