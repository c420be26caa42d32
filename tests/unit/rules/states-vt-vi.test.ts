// Vermont to the U.S. Virgin Islands through the engine: which text applies on a discovery date,
// when the notices fall due, where the thresholds bite and what data is not covered.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation, Assessment } from '../../../src/domain/types.js';
import { guam } from '../../../src/rules/guam.js';
import { puertoRico } from '../../../src/rules/puerto-rico.js';
import type { Jurisdiction } from '../../../src/rules/types.js';
import { usVirginIslands } from '../../../src/rules/us-virgin-islands.js';
import { vermont } from '../../../src/rules/vermont.js';
import { virginia } from '../../../src/rules/virginia.js';
import { westVirginia } from '../../../src/rules/west-virginia.js';
import { wisconsin } from '../../../src/rules/wisconsin.js';
import { wyoming } from '../../../src/rules/wyoming.js';

interface Case {
  state: string;
  zone: string;
  discovered: string;
  affected: number;
  elements?: string[];
  kind?: string;
  extraEvents?: object[];
  encryption?: { encrypted: boolean; keyCompromised: boolean };
}

function assess(j: Jurisdiction, c: Case): Assessment {
  const parsed = parseIncidentFile({
    title: `${c.state} test incident`,
    organization: { name: 'Acme', kind: c.kind ?? 'business', state: c.state, timezone: c.zone },
    dataElements: c.elements ?? ['name', 'ssn'],
    ...(c.encryption ? { encryption: c.encryption } : {}),
    exposure: [{ start: c.discovered, end: c.discovered }],
    events: [{ type: 'discovered', at: c.discovered }, ...(c.extraEvents ?? [])],
    affected: { byState: { [c.state]: c.affected } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return assessIncident(parsed.incident, [j]);
}

function find(a: Assessment, key: string): AssessedObligation {
  const o = a.obligations.find((x) => x.key === key);
  if (!o) throw new Error(`no ${key} in ${a.obligations.map((x) => x.key).join(', ')}`);
  return o;
}

describe('Vermont', () => {
  const vt = (discovered: string, extra: Partial<Case> = {}) =>
    assess(vermont, { state: 'VT', zone: 'America/New_York', discovered, affected: 10, ...extra });

  it('skips Town Meeting Day when counting the 14 business days to the preliminary Attorney General notice', () => {
    const ag = find(vt('2024-02-26'), 'VT:VT-9-2435:attorney-general-preliminary');
    expect(ag).toMatchObject({ rule: 'VT-2020', applicability: 'applies', threshold: null });
    // Without the 2024-03-05 holiday the 14th business day would be 2024-03-15.
    expect(ag.deadline).toMatchObject({ due: '2024-03-18', amount: 14, unit: 'business_days', anchor: 'discovered' });
  });

  it('gives consumers 45 days from 2012-05-08 and only an open-ended standard before', () => {
    const before = find(vt('2012-05-07'), 'VT:VT-9-2435:individuals');
    expect(before).toMatchObject({ rule: 'VT-2007' });
    expect(before.deadline.kind).toBe('without_unreasonable_delay');
    expect(vt('2012-05-07').obligations.some((o) => o.recipient === 'attorney_general')).toBe(false);
    const after = find(vt('2012-05-08'), 'VT:VT-9-2435:individuals');
    expect(after).toMatchObject({ rule: 'VT-2012' });
    expect(after.deadline).toMatchObject({ due: '2012-06-22', amount: 45, unit: 'calendar_days' });
  });

  it('notifies the credit bureaus only above 1,000 consumers', () => {
    const at = find(vt('2024-02-26', { affected: 1000 }), 'VT:VT-9-2435:consumer-reporting-agencies');
    expect(at.applicability).toBe('not_applicable');
    expect(find(vt('2024-02-26', { affected: 1001 }), 'VT:VT-9-2435:consumer-reporting-agencies').applicability).toBe('applies');
  });

  it('covers a bare username and password only from S. 110 (2020-07-01)', () => {
    const creds = { elements: ['username', 'password'] };
    expect(find(vt('2020-06-30', creds), 'VT:VT-9-2435:individuals').applicability).toBe('not_applicable');
    expect(find(vt('2020-07-01', creds), 'VT:VT-9-2435:individuals').applicability).toBe('applies');
  });
});

describe('Virginia', () => {
  const va = (discovered: string, extra: Partial<Case> = {}) =>
    assess(virginia, { state: 'VA', zone: 'America/New_York', discovered, affected: 10, ...extra });

  it('notifies the Attorney General however few residents are affected, and the bureaus only above 1,000', () => {
    const a = va('2023-03-01', { affected: 1 });
    expect(find(a, 'VA:VA-18.2-186.6:attorney-general')).toMatchObject({ rule: 'VA-2019', applicability: 'applies', threshold: null });
    expect(find(va('2023-03-01', { affected: 1000 }), 'VA:VA-18.2-186.6:consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(find(va('2023-03-01', { affected: 1001 }), 'VA:VA-18.2-186.6:consumer-reporting-agencies').applicability).toBe('applies');
  });

  it('covers passport numbers only from H.B. 2396 (2019-07-01)', () => {
    const passport = { elements: ['name', 'passport'] };
    expect(find(va('2019-06-30', passport), 'VA:VA-18.2-186.6:individuals')).toMatchObject({ rule: 'VA-2008', applicability: 'not_applicable' });
    expect(find(va('2019-07-01', passport), 'VA:VA-18.2-186.6:individuals')).toMatchObject({ rule: 'VA-2019', applicability: 'applies' });
  });

  it('makes a county report to the Fusion Center within 24 hours from 2022-07-01; a business does not', () => {
    const county = va('2023-03-01', { kind: 'county', extraEvents: [] });
    const fusion = find(county, 'VA:VA-2.2-5514:fusion-center-24h');
    expect(fusion).toMatchObject({ rule: 'VA-GOV-2022', applicability: 'applies', recipient: 'state_agency' });
    expect(fusion.deadline).toMatchObject({ amount: 24, unit: 'hours' });
    expect(find(va('2023-03-01'), 'VA:VA-2.2-5514:fusion-center-24h').applicability).toBe('not_applicable');
    expect(va('2022-06-30', { kind: 'county' }).obligations.some((o) => o.key.startsWith('VA:VA-2.2-5514'))).toBe(false);
  });
});

describe('West Virginia', () => {
  const wv = (extra: Partial<Case> = {}) => assess(westVirginia, { state: 'WV', zone: 'America/New_York', discovered: '2023-05-10', affected: 10, ...extra });

  it('has no Attorney General notice and no fixed days for residents', () => {
    const a = wv();
    expect(find(a, 'WV:WV-46A-2A:individuals')).toMatchObject({ rule: 'WV-2008', applicability: 'applies' });
    expect(find(a, 'WV:WV-46A-2A:individuals').deadline.kind).toBe('without_unreasonable_delay');
    expect(a.obligations.some((o) => o.recipient === 'attorney_general')).toBe(false);
  });

  it('needs the access code with a card number, and excuses encrypted data only while the key is safe', () => {
    expect(find(wv({ elements: ['name', 'card_number'] }), 'WV:WV-46A-2A:individuals').applicability).toBe('not_applicable');
    expect(find(wv({ encryption: { encrypted: true, keyCompromised: false } }), 'WV:WV-46A-2A:individuals').applicability).toBe('not_applicable');
    expect(find(wv({ encryption: { encrypted: true, keyCompromised: true } }), 'WV:WV-46A-2A:individuals').applicability).toBe('applies');
  });
});

describe('Wisconsin', () => {
  const wi = (extra: Partial<Case> = {}) => assess(wisconsin, { state: 'WI', zone: 'America/Chicago', discovered: '2023-05-10', affected: 10, ...extra });

  it('gives 45 days from learning of the acquisition, and binds a Wisconsin county', () => {
    const o = find(wi({ kind: 'county' }), 'WI:WI-134-98:individuals');
    expect(o).toMatchObject({ rule: 'WI-2006', applicability: 'applies' });
    expect(o.deadline).toMatchObject({ due: '2023-06-24', amount: 45, unit: 'calendar_days' });
  });

  it('notifies the bureaus at 1,000 or more (at least, not more than)', () => {
    expect(find(wi({ affected: 999 }), 'WI:WI-134-98:consumer-reporting-agencies').applicability).toBe('not_applicable');
    expect(find(wi({ affected: 1000 }), 'WI:WI-134-98:consumer-reporting-agencies').applicability).toBe('applies');
  });

  it('does not cover an e-mail address and password', () => {
    expect(find(wi({ elements: ['name', 'email', 'password'] }), 'WI:WI-134-98:individuals').applicability).toBe('applies');
    expect(find(wi({ elements: ['email', 'password'] }), 'WI:WI-134-98:individuals').applicability).toBe('not_applicable');
  });
});

describe('Wyoming', () => {
  const wy = (discovered: string, extra: Partial<Case> = {}) =>
    assess(wyoming, { state: 'WY', zone: 'America/Denver', discovered, affected: 10, ...extra });

  it('covers medical information only from S.F. 35 (2015-07-01)', () => {
    const medical = { elements: ['name', 'medical'] };
    expect(find(wy('2015-06-30', medical), 'WY:WY-40-12-502:individuals')).toMatchObject({ rule: 'WY-2007', applicability: 'not_applicable' });
    expect(find(wy('2015-07-01', medical), 'WY:WY-40-12-502:individuals')).toMatchObject({ rule: 'WY-2015', applicability: 'applies' });
  });

  it('has no regulator or bureau notice, and leaves government coverage as a stated assumption', () => {
    const a = wy('2023-05-10', { kind: 'municipality', affected: 50_000 });
    expect(a.obligations.map((o) => o.recipient).sort()).toEqual(['data_owner', 'individuals']);
    expect(find(a, 'WY:WY-40-12-502:individuals').assumptions.join(' ')).toMatch(/Coverage is uncertain/);
  });
});

describe('Puerto Rico', () => {
  const pr = (extra: Partial<Case> = {}) => assess(puertoRico, { state: 'PR', zone: 'America/Puerto_Rico', discovered: '2023-05-10', affected: 1, ...extra });

  it('tells DACO within a non-extendable 10 days of detection, however few are affected', () => {
    const daco = find(pr(), 'PR:PR-10-4051:regulator');
    expect(daco).toMatchObject({ rule: 'PR-2006', applicability: 'applies', threshold: null });
    expect(daco.deadline).toMatchObject({ due: '2023-05-20', amount: 10, unit: 'calendar_days', tolledDays: 0 });
  });

  it('covers a bare bank account number with the name, but not an e-mail address alone', () => {
    expect(find(pr({ elements: ['name', 'account_number'] }), 'PR:PR-10-4051:individuals').applicability).toBe('applies');
    expect(find(pr({ elements: ['name', 'email'] }), 'PR:PR-10-4051:individuals').applicability).toBe('not_applicable');
  });

  it("sends a public corporation's breach to the Citizen's Advocate as well, from 2008-06-19", () => {
    const o = find(pr({ kind: 'state_agency' }), 'PR:PR-10-4054a:citizens-advocate');
    expect(o).toMatchObject({ rule: 'PR-GOV-2008', applicability: 'applies' });
    expect(pr({ kind: 'state_agency', discovered: '2008-06-18' }).obligations.some((x) => x.key.startsWith('PR:PR-10-4054a'))).toBe(false);
  });
});

describe('Guam', () => {
  const gu = (extra: Partial<Case> = {}) => assess(guam, { state: 'GU', zone: 'Pacific/Guam', discovered: '2023-05-10', affected: 10, ...extra });

  it('requires notice without unreasonable delay from 2009-06-11 and nothing before', () => {
    expect(find(gu(), 'GU:GU-9-48:individuals')).toMatchObject({ rule: 'GU-2009', applicability: 'applies' });
    const before = find(gu({ discovered: '2009-06-10' }), 'GU:GU-9-48:individuals');
    expect(before.applicability).toBe('not_applicable');
  });

  it('has no regulator notice and needs the code with an account number', () => {
    expect(gu({ affected: 100_000 }).obligations.some((o) => o.recipient === 'attorney_general' || o.recipient === 'regulator')).toBe(false);
    expect(find(gu({ elements: ['name', 'account_number'] }), 'GU:GU-9-48:individuals').applicability).toBe('not_applicable');
    expect(find(gu({ elements: ['name', 'account_number', 'password'] }), 'GU:GU-9-48:individuals').applicability).toBe('applies');
  });
});

describe('U.S. Virgin Islands', () => {
  const vi = (extra: Partial<Case> = {}) => assess(usVirginIslands, { state: 'VI', zone: 'America/St_Thomas', discovered: '2023-05-10', affected: 10, ...extra });

  it('binds businesses under § 2209 and territorial agencies under § 2208', () => {
    const business = vi();
    expect(find(business, 'VI:VI-14-2209:individuals')).toMatchObject({ rule: 'VI-2005', applicability: 'applies' });
    expect(find(business, 'VI:VI-14-2208:individuals').applicability).toBe('not_applicable');
    const agency = vi({ kind: 'state_agency' });
    expect(find(agency, 'VI:VI-14-2208:individuals')).toMatchObject({ rule: 'VI-GOV-2005', applicability: 'applies' });
    expect(find(agency, 'VI:VI-14-2209:individuals').applicability).toBe('not_applicable');
  });

  it('does not cover a state ID number or a biometric record', () => {
    expect(find(vi({ elements: ['name', 'state_id', 'biometric'] }), 'VI:VI-14-2209:individuals').applicability).toBe('not_applicable');
  });
});
