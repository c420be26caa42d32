// Legally important facts of OH, OR, PA, RI, SC, SD, TN and UT, pinned through the engine: the
// version chosen for a discovery date, due dates, thresholds at their boundary, government bodies'
// own statutes, and what counts as personal information.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation } from '../../../src/domain/types.js';
import { ohio } from '../../../src/rules/ohio.js';
import { oregon } from '../../../src/rules/oregon.js';
import { pennsylvania } from '../../../src/rules/pennsylvania.js';
import { rhodeIsland } from '../../../src/rules/rhode-island.js';
import { southCarolina } from '../../../src/rules/south-carolina.js';
import { southDakota } from '../../../src/rules/south-dakota.js';
import { tennessee } from '../../../src/rules/tennessee.js';
import { utah } from '../../../src/rules/utah.js';
import type { Jurisdiction } from '../../../src/rules/types.js';

type Kind = 'business' | 'municipality' | 'state_agency' | 'school_district';
interface Case {
  code: string;
  zone: string;
  discovered: string;
  residents?: number;
  dataElements?: string[];
  kind?: Kind;
  encrypted?: boolean;
  events?: Record<string, unknown>[];
}

function assess(j: Jurisdiction, c: Case): Map<string, AssessedObligation> {
  const parsed = parseIncidentFile({
    title: `${c.code} test incident`,
    organization: { name: 'Acme', kind: c.kind ?? 'business', state: c.code, timezone: c.zone },
    dataElements: c.dataElements ?? ['name', 'ssn'],
    encryption: { encrypted: c.encrypted ?? false, keyCompromised: false },
    exposure: [{ start: c.discovered, end: c.discovered }],
    events: [{ type: 'discovered', at: c.discovered }, ...(c.events ?? [])],
    affected: { byState: { [c.code]: c.residents ?? 10 } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return new Map(assessIncident(parsed.incident, [j]).obligations.map((o) => [o.key, o]));
}

function get(m: Map<string, AssessedObligation>, key: string): AssessedObligation {
  const o = m.get(key);
  if (!o) throw new Error(`no obligation ${key}; have ${[...m.keys()].join(', ')}`);
  return o;
}

const ALL = [ohio, oregon, pennsylvania, rhodeIsland, southCarolina, southDakota, tennessee, utah];

describe('structure of the OH-UT modules', () => {
  it.each(ALL.flatMap((j) => j.laws.map((law) => [law.id, law] as const)))('%s: versions abut and only the last is open', (_id, law) => {
    law.versions.forEach((v, i) => {
      const next = law.versions[i + 1];
      if (!next) return;
      expect(v.effectiveTo, v.id).not.toBeNull();
      expect(next.effectiveFrom, `${v.id} → ${next.id}`).toBe(DateTime.fromISO(v.effectiveTo!, { zone: 'utc' }).plus({ days: 1 }).toISODate());
    });
  });
  it('has unique version ids and personal-information definitions on every residents-scope version', () => {
    const versions = ALL.flatMap((j) => j.laws.flatMap((law) => law.versions.map((v) => ({ law, v }))));
    expect(new Set(versions.map(({ v }) => v.id)).size).toBe(versions.length);
    for (const { law, v } of versions) if (law.scope === 'residents') expect(v.personalInformation, v.id).toBeDefined();
  });
});

describe('Ohio', () => {
  const OH = { code: 'OH', zone: 'America/New_York' };
  it('OH-2007: 45 days from discovery; credit bureaus only above 1,000 residents', () => {
    const at1000 = assess(ohio, { ...OH, discovered: '2024-03-01', residents: 1000 });
    expect(get(at1000, 'OH:OH-1349-19:individuals')).toMatchObject({ rule: 'OH-2007', applicability: 'applies', deadline: { due: '2024-04-15' } });
    expect(get(at1000, 'OH:OH-1349-19:consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(get(assess(ohio, { ...OH, discovered: '2024-03-01', residents: 1001 }), 'OH:OH-1349-19:consumer-reporting-agencies').applicability).toBe('applies');
  });
  it('a city follows § 1347.12, not § 1349.19, and from 2025-09-30 reports to OCIC in 7 days and the Auditor in 30', () => {
    const city = assess(ohio, { ...OH, kind: 'municipality', discovered: '2025-10-01' });
    expect(get(city, 'OH:OH-1349-19:individuals').applicability).toBe('not_applicable');
    expect(get(city, 'OH:OH-1347-12:individuals')).toMatchObject({ rule: 'OH-AGENCY-2007', applicability: 'applies', deadline: { due: '2025-11-15' } });
    expect(get(city, 'OH:OH-9-64:ocic-7-days')).toMatchObject({ applicability: 'applies', deadline: { due: '2025-10-08' } });
    expect(get(city, 'OH:OH-9-64:auditor-30-days').deadline.due).toBe('2025-10-31');
    expect(assess(ohio, { ...OH, kind: 'municipality', discovered: '2025-09-29' }).has('OH:OH-9-64:ocic-7-days')).toBe(false);
  });
  it('a name with an e-mail address is not personal information', () => {
    expect(get(assess(ohio, { ...OH, discovered: '2024-03-01', dataElements: ['name', 'email'] }), 'OH:OH-1349-19:individuals').applicability).toBe('not_applicable');
  });
});

describe('Oregon', () => {
  const OR = { code: 'OR', zone: 'America/Los_Angeles' };
  it('OR-2020: 45 days from discovery for consumers and for the Attorney General above 250', () => {
    const at251 = assess(oregon, { ...OR, discovered: '2020-07-06', residents: 251 });
    expect(get(at251, 'OR:OR-646A-604:individuals')).toMatchObject({ rule: 'OR-2020', deadline: { due: '2020-08-20' } });
    expect(get(at251, 'OR:OR-646A-604:attorney-general')).toMatchObject({ applicability: 'applies', deadline: { due: '2020-08-20' } });
    expect(get(assess(oregon, { ...OR, discovered: '2020-07-06', residents: 250 }), 'OR:OR-646A-604:attorney-general').applicability).toBe('not_applicable');
  });
  it('before S.B. 1551 (2018-06-02) there was no fixed number of days; before S.B. 601 no Attorney General notice', () => {
    const v2016 = assess(oregon, { ...OR, discovered: '2018-06-01', residents: 300 });
    expect(get(v2016, 'OR:OR-646A-604:individuals')).toMatchObject({ rule: 'OR-2016', deadline: { kind: 'without_unreasonable_delay', due: null } });
    expect(get(assess(oregon, { ...OR, discovered: '2018-06-02' }), 'OR:OR-646A-604:individuals').deadline.due).toBe('2018-07-17');
    expect(assess(oregon, { ...OR, discovered: '2015-12-31', residents: 300 }).has('OR:OR-646A-604:attorney-general')).toBe(false);
  });
  it('covers public bodies; an SSN counts even without a name, an e-mail address with a phone number does not', () => {
    expect(get(assess(oregon, { ...OR, kind: 'municipality', discovered: '2021-01-04', dataElements: ['ssn'] }), 'OR:OR-646A-604:individuals').applicability).toBe('applies');
    expect(get(assess(oregon, { ...OR, discovered: '2021-01-04', dataElements: ['email', 'phone'] }), 'OR:OR-646A-604:individuals').applicability).toBe('not_applicable');
  });
});

describe('Pennsylvania', () => {
  const PA = { code: 'PA', zone: 'America/New_York' };
  it('PA-2024: Attorney General with the resident notice above 500 residents; clock from determination', () => {
    const events = [{ type: 'determined', at: '2024-10-10' }];
    const at501 = assess(pennsylvania, { ...PA, discovered: '2024-10-01', residents: 501, events });
    expect(get(at501, 'PA:PA-73-2301:individuals')).toMatchObject({ rule: 'PA-2024', deadline: { kind: 'without_unreasonable_delay', anchor: 'determined', anchorDate: '2024-10-10' } });
    expect(get(at501, 'PA:PA-73-2301:attorney-general-500').applicability).toBe('applies');
    expect(get(at501, 'PA:PA-73-2301:consumer-reporting-agencies').applicability).toBe('applies');
    expect(get(assess(pennsylvania, { ...PA, discovered: '2024-10-01', residents: 500, events }), 'PA:PA-73-2301:attorney-general-500').applicability).toBe('not_applicable');
  });
  it('a municipality since Act 151: residents in 7 business days and the district attorney in 3 after determination', () => {
    const m = assess(pennsylvania, { ...PA, kind: 'municipality', discovered: '2023-09-01', events: [{ type: 'determined', at: '2023-09-05' }] });
    expect(get(m, 'PA:PA-73-2303-GOV:individuals')).toMatchObject({ rule: 'PA-GOV-2023', deadline: { due: '2023-09-14', unit: 'business_days' } });
    expect(get(m, 'PA:PA-73-2303-GOV:district-attorney').deadline.due).toBe('2023-09-08');
    expect(get(m, 'PA:PA-73-2301:individuals').applicability).toBe('not_applicable');
    expect(get(assess(pennsylvania, { ...PA, kind: 'municipality', discovered: '2023-05-01' }), 'PA:PA-73-2301:individuals')).toMatchObject({ rule: 'PA-2006', applicability: 'applies' });
  });
  it('medical information became personal information with Act 151', () => {
    const medical = { ...PA, dataElements: ['name', 'medical'] };
    expect(get(assess(pennsylvania, { ...medical, discovered: '2023-05-01' }), 'PA:PA-73-2301:individuals').applicability).toBe('not_applicable');
    expect(get(assess(pennsylvania, { ...medical, discovered: '2023-05-02' }), 'PA:PA-73-2301:individuals').applicability).toBe('applies');
  });
});

describe('Rhode Island', () => {
  const RI = { code: 'RI', zone: 'America/New_York' };
  it('RI-2016: 45 calendar days from confirmation and scope; Attorney General only above 500', () => {
    const events = [{ type: 'scope_identified', at: '2022-01-20' }];
    const at501 = assess(rhodeIsland, { ...RI, discovered: '2022-01-10', residents: 501, events });
    expect(get(at501, 'RI:RI-11-49:individuals')).toMatchObject({ rule: 'RI-2016', deadline: { due: '2022-03-06' } });
    expect(get(at501, 'RI:RI-11-49:attorney-general').applicability).toBe('applies');
    expect(get(assess(rhodeIsland, { ...RI, discovered: '2022-01-10', residents: 500, events }), 'RI:RI-11-49:attorney-general').applicability).toBe('not_applicable');
    expect(get(assess(rhodeIsland, { ...RI, discovered: '2016-07-01' }), 'RI:RI-11-49:individuals')).toMatchObject({ rule: 'RI-2006', deadline: { due: null } });
  });
  it('since H.B. 5684 a municipal agency has 30 days and reports cyber incidents to the State Police within 24 hours', () => {
    const town = assess(rhodeIsland, { ...RI, kind: 'municipality', discovered: '2024-02-01', events: [{ type: 'scope_identified', at: '2024-02-05' }] });
    expect(get(town, 'RI:RI-11-49-3-AGENCY:individuals')).toMatchObject({ rule: 'RI-AGENCY-2023', deadline: { due: '2024-03-06' } });
    expect(get(town, 'RI:RI-11-49:individuals').applicability).toBe('not_applicable');
    expect(get(town, 'RI:RI-11-49-3-CYBER:state-police-24h')).toMatchObject({ applicability: 'applies', deadline: { due: '2024-02-02', unit: 'hours' } });
  });
  it('a card number without its code is not personal information', () => {
    expect(get(assess(rhodeIsland, { ...RI, discovered: '2022-01-10', dataElements: ['name', 'card_number'] }), 'RI:RI-11-49:individuals').applicability).toBe('not_applicable');
  });
});

describe('South Carolina', () => {
  const SC = { code: 'SC', zone: 'America/New_York' };
  it('SC-2009: no fixed days; Department of Consumer Affairs and credit bureaus only above 1,000', () => {
    const at1001 = assess(southCarolina, { ...SC, discovered: '2021-05-03', residents: 1001 });
    expect(get(at1001, 'SC:SC-39-1-90:individuals')).toMatchObject({ rule: 'SC-2009', deadline: { kind: 'without_unreasonable_delay', due: null } });
    expect(get(at1001, 'SC:SC-39-1-90:department-of-consumer-affairs')).toMatchObject({ applicability: 'applies', recipient: 'regulator' });
    expect(get(assess(southCarolina, { ...SC, discovered: '2021-05-03', residents: 1000 }), 'SC:SC-39-1-90:department-of-consumer-affairs').applicability).toBe('not_applicable');
  });
  it('a state agency follows § 1-11-490; nothing applied before 2009-07-01; a birth date is not personal information', () => {
    const agency = assess(southCarolina, { ...SC, kind: 'state_agency', discovered: '2021-05-03' });
    expect(get(agency, 'SC:SC-1-11-490:individuals')).toMatchObject({ rule: 'SC-AGENCY-2009', applicability: 'applies' });
    expect(get(agency, 'SC:SC-39-1-90:individuals').applicability).toBe('not_applicable');
    expect(get(assess(southCarolina, { ...SC, discovered: '2009-06-30' }), 'SC:SC-39-1-90:individuals').applicability).toBe('not_applicable');
    expect(get(assess(southCarolina, { ...SC, discovered: '2021-05-03', dataElements: ['name', 'date_of_birth'] }), 'SC:SC-39-1-90:individuals').applicability).toBe('not_applicable');
  });
});

describe('South Dakota', () => {
  const SD = { code: 'SD', zone: 'America/Chicago' };
  it('SD-2018: 60 days from discovery; Attorney General only when more than 250 residents', () => {
    const at251 = assess(southDakota, { ...SD, discovered: '2019-01-15', residents: 251 });
    expect(get(at251, 'SD:SD-22-40:individuals')).toMatchObject({ rule: 'SD-2018', deadline: { due: '2019-03-16' } });
    expect(get(at251, 'SD:SD-22-40:attorney-general')).toMatchObject({ applicability: 'applies', deadline: { due: '2019-03-16' } });
    expect(get(assess(southDakota, { ...SD, discovered: '2019-01-15', residents: 250 }), 'SD:SD-22-40:attorney-general').applicability).toBe('not_applicable');
  });
  it('after a law-enforcement delay, 30 days from clearance', () => {
    const delayed = assess(southDakota, { ...SD, discovered: '2019-01-15', events: [{ type: 'law_enforcement_delay', start: '2019-02-01', end: '2019-04-01' }] });
    expect(get(delayed, 'SD:SD-22-40:individuals').deadline.due).toBe('2019-05-01');
  });
  it('online credentials count without a name; no law before 2018-07-01', () => {
    expect(get(assess(southDakota, { ...SD, discovered: '2019-01-15', dataElements: ['username', 'password'] }), 'SD:SD-22-40:individuals').applicability).toBe('applies');
    expect(get(assess(southDakota, { ...SD, discovered: '2019-01-15', dataElements: ['name', 'phone'] }), 'SD:SD-22-40:individuals').applicability).toBe('not_applicable');
    expect(get(assess(southDakota, { ...SD, discovered: '2018-06-30' }), 'SD:SD-22-40:individuals').applicability).toBe('not_applicable');
  });
});

describe('Tennessee', () => {
  const TN = { code: 'TN', zone: 'America/Chicago' };
  it('TN-2017: 45 days from discovery; credit bureaus above 1,000; a city is an information holder', () => {
    const city = assess(tennessee, { ...TN, kind: 'municipality', discovered: '2019-03-01', residents: 1001 });
    expect(get(city, 'TN:TN-47-18-2107:individuals')).toMatchObject({ rule: 'TN-2017', applicability: 'applies', deadline: { due: '2019-04-15' } });
    expect(get(city, 'TN:TN-47-18-2107:consumer-reporting-agencies').applicability).toBe('applies');
    expect(get(assess(tennessee, { ...TN, discovered: '2019-03-01', residents: 1000 }), 'TN:TN-47-18-2107:consumer-reporting-agencies').applicability).toBe('not_applicable');
  });
  it('encrypted data was notifiable only under the 2016 text', () => {
    expect(get(assess(tennessee, { ...TN, discovered: '2016-08-01', encrypted: true }), 'TN:TN-47-18-2107:individuals')).toMatchObject({ rule: 'TN-2016', applicability: 'applies' });
    expect(get(assess(tennessee, { ...TN, discovered: '2017-04-04', encrypted: true }), 'TN:TN-47-18-2107:individuals')).toMatchObject({ rule: 'TN-2017', applicability: 'not_applicable' });
  });
  it('a passport number is not personal information in Tennessee', () => {
    expect(get(assess(tennessee, { ...TN, discovered: '2019-03-01', dataElements: ['name', 'passport'] }), 'TN:TN-47-18-2107:individuals').applicability).toBe('not_applicable');
  });
});

describe('Utah', () => {
  const UT = { code: 'UT', zone: 'America/Denver' };
  it('UT-2023: Attorney General and Cyber Center at 500 or more residents, credit bureaus at 1,000 or more', () => {
    const at500 = assess(utah, { ...UT, discovered: '2023-06-01', residents: 500 });
    expect(get(at500, 'UT:UT-13-44:individuals')).toMatchObject({ rule: 'UT-2023', deadline: { kind: 'without_unreasonable_delay' } });
    expect(get(at500, 'UT:UT-13-44:attorney-general').applicability).toBe('applies');
    expect(get(at500, 'UT:UT-13-44:cyber-center').applicability).toBe('applies');
    expect(get(at500, 'UT:UT-13-44:consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(get(assess(utah, { ...UT, discovered: '2023-06-01', residents: 499 }), 'UT:UT-13-44:attorney-general').applicability).toBe('not_applicable');
    expect(assess(utah, { ...UT, discovered: '2023-05-02', residents: 5000 }).has('UT:UT-13-44:attorney-general')).toBe(false);
  });
  it('a state agency reports to the Cyber Center within 5 days of discovery (2024), and to the AG at 500 or more affected', () => {
    const agency = assess(utah, { ...UT, kind: 'state_agency', discovered: '2024-06-03', residents: 500 });
    expect(get(agency, 'UT:UT-63A-CYBER:cyber-center')).toMatchObject({ rule: 'UT-CYBER-2024', deadline: { due: '2024-06-08' } });
    expect(get(agency, 'UT:UT-63A-CYBER:attorney-general-500').applicability).toBe('applies');
    expect(get(agency, 'UT:UT-63A-19-406:individuals')).toMatchObject({ rule: 'UT-GOV-2024', applicability: 'applies' });
    expect(get(assess(utah, { ...UT, kind: 'state_agency', discovered: '2024-06-03', residents: 499 }), 'UT:UT-63A-CYBER:attorney-general-500').applicability).toBe('not_applicable');
  });
  it('a name with an e-mail address is not personal information under ch. 13-44', () => {
    expect(get(assess(utah, { ...UT, discovered: '2024-06-03', dataElements: ['name', 'email'] }), 'UT:UT-13-44:individuals').applicability).toBe('not_applicable');
  });
});
