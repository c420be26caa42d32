// Issue 17, Virginia to Wyoming and the regimes: each error found against the text of the law,
// pinned at the date where it matters, through the engine.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation, Assessment } from '../../../src/domain/types.js';
import { cardBrands } from '../../../src/rules/regimes/card-brands.js';
import { ftcHealthBreach } from '../../../src/rules/regimes/ftc-health-breach.js';
import { hipaa } from '../../../src/rules/regimes/hipaa.js';
import type { Jurisdiction } from '../../../src/rules/types.js';
import { virginia } from '../../../src/rules/virginia.js';
import { washington } from '../../../src/rules/washington.js';
import { wisconsin } from '../../../src/rules/wisconsin.js';
import { wyoming } from '../../../src/rules/wyoming.js';

interface Case {
  state: string;
  zone?: string;
  discovered: string;
  affected?: number;
  elements?: string[];
  kind?: string;
  events?: object[];
  encryption?: { encrypted: boolean; keyCompromised: boolean };
  regimes?: string[];
}

function assess(j: Jurisdiction, c: Case): Assessment {
  const parsed = parseIncidentFile({
    title: `${j.code} verification test`,
    organization: { name: 'Acme', kind: c.kind ?? 'business', state: c.state, timezone: c.zone ?? 'America/New_York' },
    dataElements: c.elements ?? ['name', 'ssn'],
    ...(c.encryption ? { encryption: c.encryption } : {}),
    exposure: [{ start: c.discovered, end: c.discovered }],
    events: [{ type: 'discovered', at: c.discovered }, ...(c.events ?? [])],
    affected: { byState: { [c.state]: c.affected ?? 10 } },
    ...(c.regimes ? { regimes: c.regimes } : {}),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return assessIncident(parsed.incident, [j]);
}

function find(a: Assessment, key: string): AssessedObligation {
  const o = a.obligations.find((x) => x.key === key);
  if (!o) throw new Error(`no ${key} in ${a.obligations.map((x) => x.key).join(', ')}`);
  return o;
}

const KEY_TAKEN = { encrypted: true, keyCompromised: true };
const KEY_SAFE = { encrypted: true, keyCompromised: false };

describe('Virginia payroll notice (§ 18.2-186.6(M))', () => {
  // (M) reaches "unencrypted and unredacted" data and "encrypted" (A) turns on the key: a taken key
  // makes the data readable again. The catalogue used to exempt it whatever happened to the key.
  const payroll = (encryption: Case['encryption']) =>
    find(assess(virginia, { state: 'VA', discovered: '2023-03-01', elements: ['ssn'], encryption }), 'VA:VA-18.2-186.6-M:attorney-general-payroll');

  it('is owed for encrypted withholding data whose key was taken, not while the key is safe', () => {
    expect(payroll(KEY_TAKEN)).toMatchObject({ rule: 'VA-PAYROLL-2017', applicability: 'applies' });
    expect(payroll(KEY_SAFE).applicability).toBe('not_applicable');
  });
});

describe('Washington', () => {
  const wa = (discovered: string, extra: Partial<Case> = {}) =>
    assess(washington, { state: 'WA', zone: 'America/Los_Angeles', discovered, affected: 600, ...extra });

  it('H.B. 1078 (2015): the Attorney General by the time residents are notified, and within 45 days', () => {
    // Residents told on day 10: the sample notice was due that day, not on day 45.
    const early = find(wa('2016-03-01', { events: [{ type: 'notified', recipient: 'individuals', jurisdiction: 'WA', at: '2016-03-11' }] }), 'WA:WA-RCW-19-255:attorney-general');
    expect(early).toMatchObject({ rule: 'WA-2015', deadline: { due: '2016-03-11' } });
    // Nobody told yet: 45 days after discovery.
    expect(find(wa('2016-03-01'), 'WA:WA-RCW-19-255:attorney-general').deadline.due).toBe('2016-04-15');
    // The agencies' twin law was amended in the same words.
    const agency = find(wa('2016-03-01', { kind: 'municipality', events: [{ type: 'notified', recipient: 'individuals', jurisdiction: 'WA', at: '2016-03-11' }] }), 'WA:WA-RCW-42-56-590:attorney-general');
    expect(agency).toMatchObject({ rule: 'WA-AGENCY-2015', deadline: { due: '2016-03-11' } });
  });

  it('H.B. 1071 (2020-03-01): the Attorney General within 30 days of discovery, whenever residents are told', () => {
    const o = find(wa('2020-03-01', { events: [{ type: 'notified', recipient: 'individuals', jurisdiction: 'WA', at: '2020-03-11' }] }), 'WA:WA-RCW-19-255:attorney-general');
    expect(o).toMatchObject({ rule: 'WA-2020', deadline: { due: '2020-03-31', amount: 30 } });
    // The day before, the 2015 text still tied it to the resident notice.
    const before = find(wa('2020-02-29', { events: [{ type: 'notified', recipient: 'individuals', jurisdiction: 'WA', at: '2020-03-05' }] }), 'WA:WA-RCW-19-255:attorney-general');
    expect(before).toMatchObject({ rule: 'WA-2015', deadline: { due: '2020-03-05' } });
  });

  it('the 2005 laws exempted only "unencrypted" data with no key clause: a taken key is read as owing notice', () => {
    expect(find(wa('2015-07-23', { encryption: KEY_TAKEN }), 'WA:WA-RCW-19-255:individuals')).toMatchObject({ rule: 'WA-2005', applicability: 'applies' });
    expect(find(wa('2015-07-23', { encryption: KEY_SAFE }), 'WA:WA-RCW-19-255:individuals').applicability).toBe('not_applicable');
    const agency = find(wa('2015-07-23', { kind: 'municipality', encryption: KEY_TAKEN }), 'WA:WA-RCW-42-56-590:individuals');
    expect(agency).toMatchObject({ rule: 'WA-AGENCY-2005', applicability: 'applies' });
    expect(washington.laws[1]!.versions[0]!.encryptionSafeHarbor).toMatchObject({ keyReading: 'protective', keyException: true });
  });

  it('the 2005 agency law had the technical-breach exception too', () => {
    const o = find(wa('2010-01-01', { kind: 'municipality' }), 'WA:WA-RCW-42-56-590:individuals');
    expect(o.rule).toBe('WA-AGENCY-2005');
    expect(o.assumptions.join(' ')).toMatch(/technical breach/);
  });

  it('a vendor tells the owner "immediately": planned for the next day, not the 30-day default', () => {
    const o = find(wa('2021-05-03', { events: [{ type: 'notified_by_vendor', at: '2021-05-03' }] }), 'WA:WA-RCW-19-255:vendor-notice');
    expect(o.deadline).toMatchObject({ kind: 'without_unreasonable_delay', target: '2021-05-04' });
  });
});

describe('Wisconsin', () => {
  it('an element is personal information only if not encrypted "in a manner that renders the element unreadable": a taken key undoes that', () => {
    const wi = (encryption: Case['encryption']) =>
      find(assess(wisconsin, { state: 'WI', zone: 'America/Chicago', discovered: '2023-05-10', encryption }), 'WI:WI-134-98:individuals');
    expect(wi(KEY_TAKEN).applicability).toBe('applies');
    expect(wi(KEY_SAFE).applicability).toBe('not_applicable');
  });
});

describe('Wyoming', () => {
  it('has no encryption harbour: encrypted data is notifiable even with the key safe', () => {
    const o = find(assess(wyoming, { state: 'WY', zone: 'America/Denver', discovered: '2023-05-10', encryption: KEY_SAFE }), 'WY:WY-40-12-502:individuals');
    expect(o.applicability).toBe('applies');
    expect(wyoming.laws[0]!.versions[1]!.encryptionSafeHarbor).toMatchObject({ exists: false, keyReading: 'protective' });
  });
});

describe('HIPAA', () => {
  const run = (events: object[] = []) =>
    assess(hipaa, { state: 'TX', zone: 'America/Chicago', kind: 'business', discovered: '2024-03-04', affected: 600, elements: ['name', 'medical'], events, regimes: ['US-HIPAA'] });

  it('HHS for 500 or more: with the individual notice, and never later than 60 days after discovery (HITECH § 13402(d))', () => {
    // Individuals notified late (day 77): HHS was still due on day 60.
    const late = find(run([{ type: 'notified', recipient: 'individuals', jurisdiction: 'US-HIPAA', at: '2024-05-20' }]), 'US-HIPAA:US-HIPAA-BNR:hhs-500');
    expect(late.deadline.due).toBe('2024-05-03');
    // Individuals notified early (day 10): HHS the same day.
    const early = find(run([{ type: 'notified', recipient: 'individuals', jurisdiction: 'US-HIPAA', at: '2024-03-14' }]), 'US-HIPAA:US-HIPAA-BNR:hhs-500');
    expect(early.deadline.due).toBe('2024-03-14');
  });
});

describe('FTC Health Breach Notification Rule', () => {
  const run = (discovered: string, events: object[] = []) =>
    assess(ftcHealthBreach, { state: 'TX', zone: 'America/Chicago', kind: 'business', discovered, affected: 600, elements: ['name', 'medical'], events, regimes: ['US-FTC-HBNR'] });

  it('2024 rule: the FTC with the individual notice and no later than 60 days; the 2009 rule: 10 business days', () => {
    const late = find(run('2024-08-01', [{ type: 'notified', recipient: 'individuals', jurisdiction: 'US-FTC-HBNR', at: '2024-10-15' }]), 'US-FTC-HBNR:US-FTC-HBNR-318:ftc-500');
    expect(late).toMatchObject({ rule: 'US-FTC-HBNR-2024', deadline: { due: '2024-09-30' } });
    const old = find(run('2024-07-26'), 'US-FTC-HBNR:US-FTC-HBNR-318:ftc-500');
    expect(old).toMatchObject({ rule: 'US-FTC-HBNR-2009', deadline: { amount: 10, unit: 'business_days' } });
  });

  it('cites the substitute-notice paragraph the rule has: § 318.5(a)(2)', () => {
    for (const v of ftcHealthBreach.laws[0]!.versions) expect(v.substituteNotice?.citation).toMatch(/318\.5\(a\)\(2\)/);
  });
});

describe('card brands (contract terms)', () => {
  const run = (discovered: string) =>
    assess(cardBrands, { state: 'TX', zone: 'America/Chicago', kind: 'utility', discovered, elements: ['name', 'card_number'], regimes: ['PCI-CARD-BRANDS'] });

  it('Visa says "immediately" on its own merchant page; Mastercard\'s ADC guide says within 24 hours of becoming aware', () => {
    const a = run('2024-05-01');
    expect(find(a, 'PCI-CARD-BRANDS:PCI-CARD-BRANDS:visa').deadline).toMatchObject({ kind: 'without_unreasonable_delay', target: '2024-05-02' });
    expect(find(a, 'PCI-CARD-BRANDS:PCI-CARD-BRANDS:mastercard').deadline).toMatchObject({ amount: 24, unit: 'hours' });
    // The 2004 version already had 24 hours for Mastercard.
    expect(find(run('2020-04-17'), 'PCI-CARD-BRANDS:PCI-CARD-BRANDS:mastercard')).toMatchObject({ rule: 'PCI-CARD-BRANDS-2004', deadline: { amount: 24, unit: 'hours' } });
  });
});

describe('confidence follows the sources', () => {
  it('no version of these modules claims high confidence while a deadline, threshold or coverage fact is secondary', () => {
    const all = [virginia, washington, wisconsin, wyoming, hipaa, ftcHealthBreach, cardBrands];
    for (const j of all) {
      for (const v of j.laws.flatMap((l) => l.versions)) {
        const key = [v.verification.deadline, v.verification.threshold, v.verification.coverage];
        if (key.some((c) => c.kind !== 'primary')) expect(v.confidence, v.id).toBe('low');
      }
    }
  });
});
