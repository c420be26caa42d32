// The engine against the real catalogue and real incidents (DESIGN §6 worked examples).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import { catalogue } from '../../../src/rules/index.js';
import type { Assessment } from '../../../src/domain/types.js';

function assess(file: string, change: (f: any) => void = () => {}): Assessment {
  const json = JSON.parse(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'));
  change(json);
  const parsed = parseIncidentFile(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return assessIncident(parsed.incident, catalogue);
}
const find = (a: Assessment, jurisdiction: string, id: string) => {
  const o = a.obligations.find((x) => x.jurisdiction === jurisdiction && x.key.endsWith(`:${id}`));
  if (!o) throw new Error(`no ${jurisdiction} ${id} in ${a.obligations.map((x) => x.key).join(', ')}`);
  return o;
};

describe('Odessa 2020: April–June exposure, determination 07-20, law-enforcement delay, notice in October', () => {
  const a = assess('odessa-2020.json');

  it('applies Texas § 521.053 as amended by H.B. 4390: 60 days from determination, tolled 15 days', () => {
    const tx = find(a, 'TX', 'individuals');
    expect(tx).toMatchObject({ rule: 'TX-2020', law: 'TX-BCC-521', applicability: 'applies', status: 'late', notifiedOn: '2020-10-14', daysLate: 11 });
    expect(tx.deadline).toMatchObject({ kind: 'fixed', due: '2020-10-03', anchor: 'determined', anchorDate: '2020-07-20', amount: 60, unit: 'calendar_days', tolledDays: 15 });
    expect(tx.citation).toContain('521.053');
    // Whether a city is covered before 2023 is a stated assumption, not a silent one.
    expect(tx.assumptions.join(' ')).toMatch(/Coverage is uncertain/);
  });

  it('the Texas attorney general is due the same day and stays open until its notice is recorded', () => {
    const ag = find(a, 'TX', 'attorney-general');
    expect(ag).toMatchObject({ recipient: 'attorney_general', status: 'open', threshold: { count: 250, comparison: 'at_least', affected: 2300, met: true } });
    expect(ag.deadline.due).toBe('2020-10-03');
  });

  it('New Mexico: 45 days from discovery plus the delay; its regulators are below the threshold', () => {
    expect(find(a, 'NM', 'individuals').deadline.due).toBe('2020-09-04');
    const ag = find(a, 'NM', 'attorney-general');
    expect(ag).toMatchObject({ applicability: 'not_applicable', status: 'not_applicable', threshold: { count: 1000, comparison: 'more_than', affected: 14, met: false } });
    expect(ag.reasons[0]).toMatch(/below the threshold/);
  });

  it('the DIR notice of 2020 bound state agencies only', () => {
    const dir = find(a, 'TX', 'dir-48h');
    expect(dir).toMatchObject({ rule: 'TX-GOV-2017', applicability: 'not_applicable' });
    expect(dir.reasons[0]).toMatch(/does not cover a local government/);
  });

  it('reports the timeline in days', () => {
    expect(a.timeline).toMatchObject({ exposureSpanDays: 91, exposureEndToDiscoveryDays: 6, discoveryToNoticeDays: 100, exposureEndToPublicDisclosureDays: 106, discoveredOn: '2020-07-06' });
    expect(a.exposure).toMatchObject({ start: '2020-04-01', end: '2020-06-30', channels: ['one_time_payment'] });
  });

  it('requires the letter to mention the delay only when there was one', () => {
    expect(find(a, 'NM', 'individuals').letterElements).toContain('breach_dates');
    for (const o of a.obligations) if (o.recipient !== 'individuals') expect(o.letterElements).toEqual([]);
  });
});

describe('Odessa 2019: discovered through the vendor on 2019-12-11', () => {
  const a = assess('odessa-2019.json');
  it('falls under the Texas text before H.B. 4390: no fixed number of days, no attorney-general notice', () => {
    const tx = find(a, 'TX', 'individuals');
    expect(tx.rule).toBe('TX-2012');
    expect(tx.deadline).toMatchObject({ kind: 'without_unreasonable_delay', due: null, anchor: 'discovered', anchorDate: '2019-12-11', target: '2020-01-10' });
    expect(a.obligations.some((o) => o.jurisdiction === 'TX' && o.recipient === 'attorney_general')).toBe(false);
  });

  it('the same incident discovered three weeks later would have had a 60-day clock', () => {
    const later = assess('odessa-2019.json', (f) => {
      f.events = [{ type: 'discovered', at: '2020-01-02' }];
    });
    expect(find(later, 'TX', 'individuals')).toMatchObject({ rule: 'TX-2020', deadline: { due: '2020-03-02' } });
    expect(find(later, 'TX', 'individuals').assumptions.join(' ')).toMatch(/No "determined" event/);
  });
});

describe('Midwest City 2018: 43 separate days from 2017-12-11 and 2018-05-25..2018-06-21', () => {
  const a = assess('midwest-city-2018.json');
  it('keeps 44 windows and measures the exposure from the first day', () => {
    expect(a.exposure.windows).toHaveLength(44);
    expect(a.exposure).toMatchObject({ start: '2017-12-11', end: '2018-06-21', exposedDays: 71 });
    expect(a.timeline).toMatchObject({ exposureEndToDiscoveryDays: 0, exposureSpanDays: 193 });
  });

  it('applies Oklahoma as it stood in 2018: without unreasonable delay, no attorney-general notice', () => {
    const ok = find(a, 'OK', 'individuals');
    expect(ok).toMatchObject({ rule: 'OK-2008', status: 'open', deadline: { kind: 'without_unreasonable_delay', due: null } });
    expect(a.obligations.filter((o) => o.jurisdiction === 'OK' && o.recipient === 'attorney_general')).toEqual([]);
  });

  it('under S.B. 626 the same breach would owe the attorney general 60 days after the residents', () => {
    const now = assess('midwest-city-2018.json', (f) => {
      f.events = [{ type: 'discovered', at: '2026-02-02' }, { type: 'notified', recipient: 'individuals', jurisdiction: 'OK', at: '2026-03-02' }];
    });
    expect(find(now, 'OK', 'attorney-general')).toMatchObject({ rule: 'OK-2026', applicability: 'applies', deadline: { kind: 'relative', due: '2026-05-01' } });
  });
});

describe('residents in several states', () => {
  const a = assess('odessa-2020.json', (f) => {
    f.affected.byState = { TX: 250, NM: 1001, WA: 500, CA: 501, ME: 3, MP: 20 };
  });

  it('checks each threshold with its own comparison, exactly at the boundary', () => {
    expect(find(a, 'TX', 'attorney-general').applicability).toBe('applies'); // at least 250
    expect(find(a, 'WA', 'attorney-general').applicability).toBe('not_applicable'); // more than 500
    expect(find(a, 'NM', 'attorney-general').applicability).toBe('applies'); // more than 1,000
    expect(find(a, 'CA', 'attorney-general').applicability).toBe('applies'); // more than 500
  });

  it('gives each state its own clock', () => {
    expect(find(a, 'WA', 'individuals')).toMatchObject({ rule: 'WA-2020', deadline: { due: '2020-08-20' } });
    expect(find(a, 'CA', 'individuals').deadline.kind).toBe('without_unreasonable_delay');
    // Maine counts from the scope being identified; with none recorded it falls back to the determination.
    const me = find(a, 'ME', 'individuals');
    expect(me).toMatchObject({ rule: 'ME-2019', deadline: { anchor: 'determined', due: '2020-08-19' } });
    expect(me.assumptions.join(' ')).toMatch(/No "scope_identified" event/);
  });

  it('never drops a jurisdiction without rules: the Northern Mariana Islands show as a gap', () => {
    const mp = a.obligations.find((o) => o.jurisdiction === 'MP')!;
    expect(mp).toMatchObject({ applicability: 'no_rule', jurisdictionName: 'Northern Mariana Islands', recipient: 'individuals', rule: null, status: 'open' });
    expect(mp.reasons[0]).toMatch(/No rule for Northern Mariana Islands/);
  });

  it('a government-only statute of another state does not bind a Texas city', () => {
    const waAgency = a.obligations.filter((o) => o.law === 'WA-RCW-42-56-590');
    expect(waAgency.length).toBeGreaterThan(0);
    expect(waAgency.every((o) => o.applicability === 'not_applicable')).toBe(true);
  });
});

describe('business days and hours (Texas DIR notices after S.B. 271)', () => {
  const a = assess('odessa-2020.json', (f) => {
    f.exposure = [{ start: '2023-10-01', end: '2023-11-15' }];
    f.events = [{ type: 'discovered', at: '2023-11-20T09:00:00-06:00' }, { type: 'recovered', at: '2023-11-21' }];
  });

  it('48 hours from the instant of discovery', () => {
    expect(find(a, 'TX', 'dir-48h')).toMatchObject({ rule: 'TX-GOV-2023', applicability: 'applies', deadline: { dueAt: '2023-11-22T15:00:00.000Z', unit: 'hours' } });
  });

  it('10 business days after recovery, skipping Thanksgiving and the day after', () => {
    const report = find(a, 'TX', 'dir-cause-report');
    expect(report.deadline).toMatchObject({ due: '2023-12-07', unit: 'business_days' });
    expect(report.deadline.explanation).toContain('2023-11-23 (Thanksgiving Day)');
  });
});

describe('encryption safe harbour', () => {
  it('encrypted data is exempt unless its key was taken too', () => {
    const safe = assess('odessa-2020.json', (f) => (f.encryption = { encrypted: true }));
    expect(find(safe, 'TX', 'individuals').applicability).toBe('not_applicable');
    const taken = assess('odessa-2020.json', (f) => (f.encryption = { encrypted: true, keyCompromised: true }));
    expect(find(taken, 'TX', 'individuals').applicability).toBe('applies');
  });
});

describe('opt-in regimes', () => {
  const a = assess('odessa-2020.json', (f) => (f.regimes = ['PCI-CARD-BRANDS', 'US-SEC-REGSP', 'US-NOPE']));

  it('card-brand duties appear, contractual, planned for the next day when "immediately"', () => {
    const brands = a.obligations.filter((o) => o.jurisdiction === 'PCI-CARD-BRANDS');
    expect(brands.length).toBeGreaterThan(0);
    const immediate = brands.find((o) => o.deadline.kind === 'without_unreasonable_delay' && o.deadline.target === '2020-07-07');
    expect(immediate?.deadline.explanation).toMatch(/1 day/);
  });

  it('a regime not yet in force on the discovery date is shown as such, an unknown one as a gap', () => {
    const regsp = a.obligations.find((o) => o.jurisdiction === 'US-SEC-REGSP')!;
    expect(regsp).toMatchObject({ applicability: 'not_applicable', recipient: 'regulator' });
    expect(regsp.reasons[0]).toMatch(/not yet in force/);
    expect(a.obligations.find((o) => o.jurisdiction === 'US-NOPE')).toMatchObject({ applicability: 'no_rule', recipient: 'regulator' });
  });
});

describe("a vendor's duty to tell the data owner", () => {
  it('is measured by the vendor notice the city recorded (a discovery through the vendor counts)', () => {
    const a = assess('odessa-2020.json');
    expect(find(a, 'NM', 'vendor-notice')).toMatchObject({ recipient: 'data_owner', status: 'met', notifiedOn: '2020-07-06', deadline: { due: '2020-09-04' } });
    const late = assess('odessa-2020.json', (f) => {
      f.events[0].source = 'internal_review';
      f.events.push({ type: 'notified_by_vendor', at: '2020-09-10' });
    });
    expect(find(late, 'NM', 'vendor-notice')).toMatchObject({ status: 'late', daysLate: 6 });
  });

  it("is judged by whether the statute covers the vendor (a business), not the city", () => {
    const a = assess('odessa-2020.json');
    // The city's own Texas duties carry the coverage doubt; its vendor's duty does not.
    expect(find(a, 'TX', 'individuals').assumptions.join(' ')).toMatch(/Coverage is uncertain/);
    expect(find(a, 'TX', 'vendor-notice').assumptions.join(' ')).not.toMatch(/Coverage is uncertain/);
  });

  it('does not apply where no vendor is involved', () => {
    const a = assess('odessa-2020.json', (f) => {
      delete f.system;
      f.events[0].source = 'internal_review';
    });
    const v = find(a, 'NM', 'vendor-notice');
    expect(v.applicability).toBe('not_applicable');
    expect(v.reasons[0]).toMatch(/No vendor is named/);
  });
});
