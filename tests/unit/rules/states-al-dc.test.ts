// Legally important facts of AL, AK, AZ, AR, CO, CT, DE and DC, pinned through the engine: the
// version chosen for a discovery date, due dates, thresholds at their boundary, and what counts
// as personal information.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation } from '../../../src/domain/types.js';
import { alabama } from '../../../src/rules/alabama.js';
import { alaska } from '../../../src/rules/alaska.js';
import { arizona } from '../../../src/rules/arizona.js';
import { arkansas } from '../../../src/rules/arkansas.js';
import { colorado } from '../../../src/rules/colorado.js';
import { connecticut } from '../../../src/rules/connecticut.js';
import { delaware } from '../../../src/rules/delaware.js';
import { districtOfColumbia } from '../../../src/rules/district-of-columbia.js';
import type { Jurisdiction } from '../../../src/rules/types.js';

interface Case {
  code: string;
  zone: string;
  discovered: string;
  determined?: string;
  residents?: number;
  byState?: Record<string, number>;
  dataElements?: string[];
  kind?: 'business' | 'municipality';
  extraEvents?: Record<string, unknown>[];
}

function assess(j: Jurisdiction, c: Case): Map<string, AssessedObligation> {
  const parsed = parseIncidentFile({
    title: `${c.code} test incident`,
    organization: { name: 'Acme', kind: c.kind ?? 'business', state: c.code, timezone: c.zone },
    dataElements: c.dataElements ?? ['name', 'ssn'],
    exposure: [{ start: c.discovered, end: c.discovered }],
    events: [
      { type: 'discovered', at: c.discovered },
      ...(c.determined ? [{ type: 'determined', at: c.determined }] : []),
      ...(c.extraEvents ?? []),
    ],
    affected: { byState: c.byState ?? { [c.code]: c.residents ?? 10 } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return new Map(assessIncident(parsed.incident, [j]).obligations.map((o) => [o.key, o]));
}

function get(m: Map<string, AssessedObligation>, key: string): AssessedObligation {
  const o = m.get(key);
  if (!o) throw new Error(`no obligation ${key}; have ${[...m.keys()].join(', ')}`);
  return o;
}

describe('Alabama', () => {
  const AL = { code: 'AL', zone: 'America/Chicago' };
  it('AL-2018: 45 days after determination; AG only above 1,000 residents', () => {
    const at1000 = assess(alabama, { ...AL, discovered: '2019-03-01', determined: '2019-03-10', residents: 1000 });
    const ind = get(at1000, 'AL:AL-8-38:individuals');
    expect(ind.rule).toBe('AL-2018');
    expect(ind.deadline.due).toBe('2019-04-24');
    expect(get(at1000, 'AL:AL-8-38:attorney-general').applicability).toBe('not_applicable');
    const at1001 = assess(alabama, { ...AL, discovered: '2019-03-01', determined: '2019-03-10', residents: 1001 });
    expect(get(at1001, 'AL:AL-8-38:attorney-general')).toMatchObject({ applicability: 'applies', deadline: { due: '2019-04-24' } });
  });
  it('a card number without its code is not sensitive personally identifying information; no law before 2018-06-01', () => {
    expect(get(assess(alabama, { ...AL, discovered: '2019-03-01', dataElements: ['name', 'card_number'] }), 'AL:AL-8-38:individuals').applicability).toBe('not_applicable');
    expect(get(assess(alabama, { ...AL, discovered: '2019-03-01', dataElements: ['name', 'card_number', 'card_expiration'] }), 'AL:AL-8-38:individuals').applicability).toBe('applies');
    expect(get(assess(alabama, { ...AL, discovered: '2018-05-31' }), 'AL:AL-8-38:individuals').applicability).toBe('not_applicable');
  });
});

describe('Alaska', () => {
  const AK = { code: 'AK', zone: 'America/Anchorage' };
  it('AK-2009: no fixed days; a bare account number with a name is personal information; cities are covered', () => {
    const m = assess(alaska, { ...AK, discovered: '2015-01-10', dataElements: ['name', 'account_number'], kind: 'municipality' });
    const ind = get(m, 'AK:AK-45-48:individuals');
    expect(ind).toMatchObject({ rule: 'AK-2009', applicability: 'applies' });
    expect(ind.deadline.kind).toBe('without_unreasonable_delay');
    expect(get(assess(alaska, { ...AK, discovered: '2015-01-10', dataElements: ['name', 'medical'] }), 'AK:AK-45-48:individuals').applicability).toBe('not_applicable');
  });
  it('credit bureaus only above 1,000 residents', () => {
    expect(get(assess(alaska, { ...AK, discovered: '2015-01-10', residents: 1000 }), 'AK:AK-45-48:consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(get(assess(alaska, { ...AK, discovered: '2015-01-10', residents: 1001 }), 'AK:AK-45-48:consumer-reporting-agencies').applicability).toBe('applies');
  });
});

describe('Arizona', () => {
  const AZ = { code: 'AZ', zone: 'America/Phoenix' };
  it('AZ-2018: 45 days after determination; AG above 1,000; no Homeland Security notice yet', () => {
    const m = assess(arizona, { ...AZ, discovered: '2020-05-01', determined: '2020-05-05', residents: 1000 });
    expect(get(m, 'AZ:AZ-18-552:individuals')).toMatchObject({ rule: 'AZ-2018', deadline: { due: '2020-06-19' } });
    expect(get(m, 'AZ:AZ-18-552:attorney-general').applicability).toBe('not_applicable');
    expect(m.has('AZ:AZ-18-552:azdohs')).toBe(false);
  });
  it('AZ-2022 adds the Department of Homeland Security above 1,000 residents', () => {
    const m = assess(arizona, { ...AZ, discovered: '2022-10-01', determined: '2022-10-03', residents: 1001 });
    expect(get(m, 'AZ:AZ-18-552:azdohs')).toMatchObject({ rule: 'AZ-2022', applicability: 'applies', recipient: 'state_agency', deadline: { due: '2022-11-17' } });
  });
  it('online credentials count without a name from 2018, not under the 2006 law', () => {
    const creds = ['username', 'password'];
    expect(get(assess(arizona, { ...AZ, discovered: '2020-05-01', dataElements: creds }), 'AZ:AZ-18-552:individuals').applicability).toBe('applies');
    const old = get(assess(arizona, { ...AZ, discovered: '2010-05-01', dataElements: creds }), 'AZ:AZ-18-552:individuals');
    expect(old).toMatchObject({ rule: 'AZ-2006', applicability: 'not_applicable' });
  });
});

describe('Arkansas', () => {
  const AR = { code: 'AR', zone: 'America/Chicago' };
  it('no Attorney General notice before Act 1030 (2019-07-23)', () => {
    const m = assess(arkansas, { ...AR, discovered: '2019-07-22', residents: 5000 });
    expect(get(m, 'AR:AR-4-110:individuals').rule).toBe('AR-2005');
    expect(m.has('AR:AR-4-110:attorney-general')).toBe(false);
  });
  it('AR-2019: AG within 45 days of the harm determination when more than 1,000 individuals (all states) are affected', () => {
    const over = assess(arkansas, { ...AR, discovered: '2019-08-01', determined: '2019-08-05', byState: { AR: 600, TX: 401 } });
    expect(get(over, 'AR:AR-4-110:attorney-general')).toMatchObject({ rule: 'AR-2019', applicability: 'applies', deadline: { due: '2019-09-19' } });
    const at = assess(arkansas, { ...AR, discovered: '2019-08-01', determined: '2019-08-05', byState: { AR: 1000 } });
    expect(get(at, 'AR:AR-4-110:attorney-general').applicability).toBe('not_applicable');
  });
});

describe('Colorado', () => {
  const CO = { code: 'CO', zone: 'America/Denver' };
  it('CO-2018: 30 days after determination; AG at 500 or more', () => {
    const at500 = assess(colorado, { ...CO, discovered: '2018-09-01', determined: '2018-09-05', residents: 500 });
    expect(get(at500, 'CO:CO-6-1-716:individuals')).toMatchObject({ rule: 'CO-2018', deadline: { due: '2018-10-05' } });
    expect(get(at500, 'CO:CO-6-1-716:attorney-general').applicability).toBe('applies');
    const at499 = assess(colorado, { ...CO, discovered: '2018-09-01', determined: '2018-09-05', residents: 499 });
    expect(get(at499, 'CO:CO-6-1-716:attorney-general').applicability).toBe('not_applicable');
  });
  it('a city follows § 24-73-103, not § 6-1-716', () => {
    const m = assess(colorado, { ...CO, discovered: '2019-02-01', determined: '2019-02-04', kind: 'municipality' });
    expect(get(m, 'CO:CO-6-1-716:individuals').applicability).toBe('not_applicable');
    expect(get(m, 'CO:CO-24-73-103:individuals')).toMatchObject({ rule: 'CO-GOV-2018', applicability: 'applies', deadline: { due: '2019-03-06' } });
  });
  it('a law-enforcement hold gives 30 days from clearance', () => {
    const m = assess(colorado, {
      ...CO,
      discovered: '2018-09-01',
      determined: '2018-09-05',
      extraEvents: [{ type: 'law_enforcement_delay', start: '2018-09-10', end: '2018-10-20' }],
    });
    expect(get(m, 'CO:CO-6-1-716:individuals').deadline.due).toBe('2018-11-19');
  });
  it('a card number with its code counts without a name from 2018 only', () => {
    const card = ['card_number', 'card_security_code'];
    expect(get(assess(colorado, { ...CO, discovered: '2019-01-10', dataElements: card }), 'CO:CO-6-1-716:individuals').applicability).toBe('applies');
    expect(get(assess(colorado, { ...CO, discovered: '2017-01-10', dataElements: card }), 'CO:CO-6-1-716:individuals')).toMatchObject({ rule: 'CO-2006', applicability: 'not_applicable' });
  });
});

describe('Connecticut', () => {
  const CT = { code: 'CT', zone: 'America/New_York' };
  it('90 days after discovery from 2015-10-01, 60 days from 2021-10-01', () => {
    expect(get(assess(connecticut, { ...CT, discovered: '2016-05-01' }), 'CT:CT-36A-701B:individuals')).toMatchObject({ rule: 'CT-2015', deadline: { due: '2016-07-30' } });
    expect(get(assess(connecticut, { ...CT, discovered: '2022-03-01' }), 'CT:CT-36A-701B:individuals')).toMatchObject({ rule: 'CT-2021', deadline: { due: '2022-04-30' } });
  });
  it('Attorney General for any number of residents, no later than the residents, from 2012 only', () => {
    const m = assess(connecticut, { ...CT, discovered: '2022-03-01', residents: 1 });
    expect(get(m, 'CT:CT-36A-701B:attorney-general')).toMatchObject({ applicability: 'applies', threshold: null, deadline: { kind: 'relative', due: '2022-04-30' } });
    expect(assess(connecticut, { ...CT, discovered: '2011-06-01' }).has('CT:CT-36A-701B:attorney-general')).toBe(false);
  });
  it('a name with a card number is personal information even without its code', () => {
    expect(get(assess(connecticut, { ...CT, discovered: '2022-03-01', dataElements: ['name', 'card_number'] }), 'CT:CT-36A-701B:individuals').applicability).toBe('applies');
    expect(get(assess(connecticut, { ...CT, discovered: '2022-03-01', dataElements: ['name', 'account_number'] }), 'CT:CT-36A-701B:individuals').applicability).toBe('not_applicable');
  });
});

describe('Delaware', () => {
  const DE = { code: 'DE', zone: 'America/New_York' };
  it('DE-2018 from 2018-04-14: 60 days after determination; AG above 500, with the resident notice', () => {
    expect(get(assess(delaware, { ...DE, discovered: '2018-04-13' }), 'DE:DE-6-12B:individuals').rule).toBe('DE-2005');
    const at501 = assess(delaware, { ...DE, discovered: '2018-04-14', determined: '2018-04-20', residents: 501 });
    expect(get(at501, 'DE:DE-6-12B:individuals')).toMatchObject({ rule: 'DE-2018', deadline: { due: '2018-06-19' } });
    expect(get(at501, 'DE:DE-6-12B:attorney-general')).toMatchObject({ applicability: 'applies', deadline: { kind: 'relative', due: '2018-06-19' } });
    const at500 = assess(delaware, { ...DE, discovered: '2018-04-14', determined: '2018-04-20', residents: 500 });
    expect(get(at500, 'DE:DE-6-12B:attorney-general').applicability).toBe('not_applicable');
  });
  it('online credentials count only together with a name', () => {
    expect(get(assess(delaware, { ...DE, discovered: '2019-01-10', dataElements: ['email', 'password'] }), 'DE:DE-6-12B:individuals').applicability).toBe('not_applicable');
    expect(get(assess(delaware, { ...DE, discovered: '2019-01-10', dataElements: ['name', 'email', 'password'] }), 'DE:DE-6-12B:individuals').applicability).toBe('applies');
  });
});

describe('District of Columbia', () => {
  const DC = { code: 'DC', zone: 'America/New_York' };
  it('DC-2020 from 2020-06-17: Attorney General at 50 or more residents, none before', () => {
    expect(assess(districtOfColumbia, { ...DC, discovered: '2020-06-16', residents: 500 }).has('DC:DC-28-3852:attorney-general')).toBe(false);
    const at50 = assess(districtOfColumbia, { ...DC, discovered: '2020-06-17', residents: 50 });
    expect(get(at50, 'DC:DC-28-3852:attorney-general')).toMatchObject({ rule: 'DC-2020', applicability: 'applies' });
    expect(get(assess(districtOfColumbia, { ...DC, discovered: '2020-06-17', residents: 49 }), 'DC:DC-28-3852:attorney-general').applicability).toBe('not_applicable');
  });
  it('a phone number identifies the resident as well as a name; a card number needs no code', () => {
    expect(get(assess(districtOfColumbia, { ...DC, discovered: '2021-01-10', dataElements: ['phone', 'ssn'] }), 'DC:DC-28-3852:individuals').applicability).toBe('applies');
    expect(get(assess(districtOfColumbia, { ...DC, discovered: '2015-01-10', dataElements: ['name', 'card_number'] }), 'DC:DC-28-3852:individuals')).toMatchObject({ rule: 'DC-2007', applicability: 'applies' });
    expect(get(assess(districtOfColumbia, { ...DC, discovered: '2015-01-10', dataElements: ['name', 'medical'] }), 'DC:DC-28-3852:individuals').applicability).toBe('not_applicable');
  });
});
