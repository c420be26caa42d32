import { describe, it, expect } from 'vitest';
import { ANCHOR_ORDER as ANCHORS } from '../../../src/domain/anchors.js';
import { DateTime } from 'luxon';
import { JURISDICTION_NAMES, catalogue, findJurisdiction, jurisdictionName } from '../../../src/rules/index.js';
import type { ObligationRule, OrgCategory, RuleVersion } from '../../../src/rules/types.js';
import { DATA_ELEMENTS, LETTER_ELEMENTS } from '../../../src/rules/types.js';

const ORG_CATEGORIES: OrgCategory[] = ['business', 'nonprofit', 'local_government', 'state_agency'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const laws = catalogue.flatMap((j) => j.laws.map((law) => ({ jurisdiction: j, law })));
const versions = laws.flatMap(({ law }) => law.versions.map((v) => ({ law, version: v })));

function isoDate(value: string): DateTime {
  expect(value).toMatch(ISO_DATE);
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  expect(parsed.isValid, `${value} is not a calendar date`).toBe(true);
  expect(parsed.toISODate()).toBe(value);
  return parsed;
}

function version(jurisdiction: string, lawId: string, versionId: string): RuleVersion {
  const law = findJurisdiction(jurisdiction)?.laws.find((l) => l.id === lawId);
  const found = law?.versions.find((v) => v.id === versionId);
  if (!found) throw new Error(`no ${versionId} in ${lawId}`);
  return found;
}

function rule(v: RuleVersion, id: string): ObligationRule {
  const found = v.obligations.find((o) => o.id === id);
  if (!found) throw new Error(`no obligation ${id} in ${v.id}`);
  return found;
}

/** The version of a law in force on a date, as the engine selects it. */
function inForce(jurisdiction: string, lawId: string, date: string): RuleVersion | undefined {
  const law = findJurisdiction(jurisdiction)?.laws.find((l) => l.id === lawId);
  return law?.versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || date <= v.effectiveTo));
}

describe('rule catalogue structure', () => {
  it.each(laws.map(({ jurisdiction, law }) => [`${jurisdiction.code} ${law.id}`, law] as const))(
    '%s: versions are sorted, contiguous and only the last is open-ended',
    (_name, law) => {
      expect(law.versions.length).toBeGreaterThan(0);
      law.versions.forEach((v, i) => {
        const from = isoDate(v.effectiveFrom);
        const isLast = i === law.versions.length - 1;
        if (v.effectiveTo === null) {
          expect(isLast, `${v.id} is open-ended but not last`).toBe(true);
        } else {
          expect(isoDate(v.effectiveTo) >= from, `${v.id} ends before it starts`).toBe(true);
        }
        const next = law.versions[i + 1];
        if (next) {
          expect(v.effectiveTo, `${v.id} must end where ${next.id} begins`).not.toBeNull();
          const dayAfter = DateTime.fromISO(v.effectiveTo ?? '', { zone: 'utc' }).plus({ days: 1 }).toISODate();
          expect(next.effectiveFrom, `gap or overlap between ${v.id} and ${next.id}`).toBe(dayAfter);
        }
      });
    },
  );

  it('has catalogue-wide unique version ids', () => {
    const ids = versions.map(({ version: v }) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has unique law ids and jurisdiction codes', () => {
    const lawIds = laws.map(({ law }) => law.id);
    expect(new Set(lawIds).size).toBe(lawIds.length);
    const codes = catalogue.map((j) => j.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(versions.map(({ version: v }) => [v.id, v] as const))('%s: obligations are well formed', (_id, v) => {
    const ids = v.obligations.map((o) => o.id);
    expect(new Set(ids).size, `duplicate obligation id in ${v.id}`).toBe(ids.length);
    expect(v.citations.length).toBeGreaterThan(0);
    expect(v.summary.trim()).not.toBe('');
    expect(v.sources.length).toBeGreaterThan(0);
    for (const o of v.obligations) {
      expect(o.citation.trim(), `${v.id}/${o.id} has no citation`).not.toBe('');
      if (o.deadline.kind === 'relative') {
        const target = v.obligations.find((other) => other.id === 'individuals' && other.recipient === 'individuals');
        expect(target, `${v.id}/${o.id} is relative to a missing individuals notice`).toBeDefined();
      }
      if (o.recipient !== 'individuals') expect(o.letterElements).toEqual([]);
      for (const element of o.letterElements) expect(LETTER_ELEMENTS).toContain(element);
      if (o.threshold) {
        expect(o.threshold.count).toBeGreaterThan(0);
        expect(['more_than', 'at_least', 'fewer_than'], `${v.id}/${o.id} threshold comparison`).toContain(o.threshold.comparison);
      }
      // Every clock says what starts it.
      if ('anchor' in o.deadline) expect(ANCHORS, `${v.id}/${o.id} anchor`).toContain(o.deadline.anchor);
    }
    for (const c of v.personalInformation?.combinations ?? []) {
      for (const e of [...c.all, ...c.anyOf]) expect(DATA_ELEMENTS, `${v.id} definition uses ${e}`).toContain(e);
    }
  });

  it.each(laws.filter(({ jurisdiction, law }) => jurisdiction.kind !== 'regime' && law.scope === 'residents').flatMap(({ law }) => law.versions.map((v) => [v.id, v] as const)))(
    '%s: defines personal information, with its citation',
    (_id, v) => {
      expect(v.personalInformation?.citation.trim()).toBeTruthy();
      expect(v.personalInformation?.combinations.length).toBeGreaterThan(0);
    },
  );

  it.each(versions.map(({ version: v }) => [v.id, v] as const))('%s: coverage answers every organisation category', (_id, v) => {
    expect(Object.keys(v.coverage).sort()).toEqual([...ORG_CATEGORIES].sort());
    for (const category of ORG_CATEGORIES) expect(v.coverage[category].reason.trim()).not.toBe('');
  });

  it('names all 50 states, DC and the five inhabited territories', () => {
    expect(Object.keys(JURISDICTION_NAMES)).toHaveLength(56);
    for (const j of catalogue.filter((x) => x.kind !== 'regime')) expect(JURISDICTION_NAMES[j.code]).toBe(j.name);
  });

  it('finds jurisdictions by code', () => {
    expect(findJurisdiction('TX')?.name).toBe('Texas');
    expect(findJurisdiction('tx')?.code).toBe('TX');
    expect(findJurisdiction('ZZ')).toBeUndefined();
    expect(jurisdictionName('OH')).toBe('Ohio');
    expect(jurisdictionName('NM')).toBe('New Mexico');
    expect(jurisdictionName('ZZ')).toBe('ZZ');
  });
});

describe('pinned facts', () => {
  it('Texas H.B. 4390 (TX-2020) is in force on 2020-07-06: 60 days after determination, AG at 250 or more, tolled', () => {
    const v = inForce('TX', 'TX-BCC-521', '2020-07-06');
    expect(v?.id).toBe('TX-2020');
    const individuals = rule(version('TX', 'TX-BCC-521', 'TX-2020'), 'individuals');
    expect(individuals.deadline).toEqual({ kind: 'calendar_days', days: 60, anchor: 'determined' });
    expect(individuals.lawEnforcement.effect).toBe('toll');
    const ag = rule(version('TX', 'TX-BCC-521', 'TX-2020'), 'attorney-general');
    expect(ag.deadline).toEqual({ kind: 'calendar_days', days: 60, anchor: 'determined' });
    expect(ag.threshold).toEqual({ count: 250, comparison: 'at_least', of: 'residents' });
    expect(ag.lawEnforcement).toEqual({ effect: 'toll', citation: 'Tex. Bus. & Com. Code § 521.053(d)' });
    expect(v?.coverage.local_government.answer).toBe('uncertain');
  });

  it('Texas before H.B. 4390 (2019-12-11) has no fixed days and no Attorney General notice', () => {
    const v = inForce('TX', 'TX-BCC-521', '2019-12-11');
    expect(v?.id).toBe('TX-2012');
    expect(rule(v!, 'individuals').deadline.kind).toBe('without_unreasonable_delay');
    expect(v?.obligations.some((o) => o.recipient === 'attorney_general')).toBe(false);
  });

  it('Texas S.B. 768 (TX-2023) shortens the Attorney General notice to 30 days', () => {
    const ag = rule(version('TX', 'TX-BCC-521', 'TX-2023'), 'attorney-general');
    expect(ag.deadline).toEqual({ kind: 'calendar_days', days: 30, anchor: 'determined' });
    expect(version('TX', 'TX-BCC-521', 'TX-2023').coverage.local_government.answer).toBe('yes');
  });

  it('Texas DIR notice: state agencies only until S.B. 271, then local governments and a cause report', () => {
    const before = inForce('TX', 'TX-GOV-2054', '2020-07-06');
    expect(before?.coverage.local_government.answer).toBe('no');
    expect(before?.coverage.state_agency.answer).toBe('yes');
    expect(rule(before!, 'dir-48h')).toMatchObject({
      recipient: 'state_agency',
      recipientName: expect.stringContaining('Texas Department of Information Resources'),
      deadline: { kind: 'hours', hours: 48, anchor: 'discovered' },
    });
    const after = inForce('TX', 'TX-GOV-2054', '2023-09-01');
    expect(after?.coverage.local_government.answer).toBe('yes');
    expect(rule(after!, 'dir-cause-report').deadline).toEqual({ kind: 'business_days', days: 10, anchor: 'recovered' });
  });

  it('Oklahoma: no AG duty in OK-2008; S.B. 626 adds AG 60 days after residents for 500 or more', () => {
    const old = version('OK', 'OK-24-161', 'OK-2008');
    expect(rule(old, 'individuals').deadline).toMatchObject({ kind: 'without_unreasonable_delay', anchor: 'discovered' });
    expect(old.obligations.some((o) => o.recipient === 'attorney_general')).toBe(false);
    const ag = rule(version('OK', 'OK-24-161', 'OK-2026'), 'attorney-general');
    expect(ag.deadline).toEqual({ kind: 'relative', to: 'individuals', relation: 'after', days: 60, dayType: 'calendar' });
    expect(ag.threshold).toEqual({ count: 500, comparison: 'at_least', of: 'residents' });
    expect(inForce('OK', 'OK-24-161', '2026-01-01')?.id).toBe('OK-2026');
  });

  it('New Mexico: 45 days after discovery; AG and bureaus above 1,000; government exempt', () => {
    const v = version('NM', 'NM-57-12C', 'NM-2017');
    expect(rule(v, 'individuals').deadline).toEqual({ kind: 'calendar_days', days: 45, anchor: 'discovered' });
    expect(rule(v, 'attorney-general').threshold).toEqual({ count: 1000, comparison: 'more_than', of: 'residents' });
    expect(rule(v, 'consumer-reporting-agencies').deadline).toEqual({ kind: 'calendar_days', days: 45, anchor: 'discovered' });
    expect(rule(v, 'individuals').lawEnforcement.effect).toBe('toll');
    expect(v.coverage.local_government.answer).toBe('no');
  });

  it('Washington: 45 days from 2015-07-24, 30 days from 2020-03-01, for businesses and agencies alike', () => {
    for (const lawId of ['WA-RCW-19-255', 'WA-RCW-42-56-590']) {
      expect(rule(inForce('WA', lawId, '2010-01-01')!, 'individuals').deadline.kind).toBe('without_unreasonable_delay');
      const v2015 = inForce('WA', lawId, '2015-07-24')!;
      expect(rule(v2015, 'individuals').deadline).toEqual({ kind: 'calendar_days', days: 45, anchor: 'discovered' });
      expect(rule(v2015, 'attorney-general').threshold).toEqual({ count: 500, comparison: 'more_than', of: 'residents' });
      const v2020 = inForce('WA', lawId, '2020-03-01')!;
      expect(rule(v2020, 'individuals').deadline).toEqual({ kind: 'calendar_days', days: 30, anchor: 'discovered' });
      expect(rule(v2020, 'attorney-general').deadline).toEqual({ kind: 'calendar_days', days: 30, anchor: 'discovered' });
    }
    expect(version('WA', 'WA-RCW-19-255', 'WA-2020').id).toBe('WA-2020');
    expect(inForce('WA', 'WA-RCW-42-56-590', '2021-01-01')?.coverage.local_government.answer).toBe('yes');
  });

  it('Maine 2019: 30 days after scope identified, 7 business days after law-enforcement clearance, regulator with residents', () => {
    const v = version('ME', 'ME-10-1346', 'ME-2019');
    expect(rule(v, 'individuals').deadline).toEqual({ kind: 'calendar_days', days: 30, anchor: 'scope_identified' });
    expect(rule(v, 'individuals').lawEnforcement).toMatchObject({ effect: 'restart', days: 7, dayType: 'business' });
    expect(rule(v, 'attorney-general').deadline).toEqual({ kind: 'relative', to: 'individuals', relation: 'with' });
    expect(rule(v, 'consumer-reporting-agencies').threshold).toEqual({ count: 1000, comparison: 'more_than', of: 'residents' });
    expect(rule(version('ME', 'ME-10-1346', 'ME-2006'), 'individuals').deadline.kind).toBe('without_unreasonable_delay');
  });

  it('California: open-ended until 2026, then 30 days and the AG sample 15 days after', () => {
    const v2020 = inForce('CA', 'CA-CIV-1798-82', '2020-07-06')!;
    expect(rule(v2020, 'individuals').deadline.kind).toBe('without_unreasonable_delay');
    expect(rule(v2020, 'individuals').letterElements).toContain('ca_headings');
    expect(rule(v2020, 'attorney-general')).toMatchObject({
      deadline: { kind: 'relative', to: 'individuals', relation: 'with' },
      threshold: { count: 500, comparison: 'more_than', of: 'residents' },
    });
    const v2026 = inForce('CA', 'CA-CIV-1798-82', '2026-01-01')!;
    expect(rule(v2026, 'individuals').deadline).toEqual({ kind: 'calendar_days', days: 30, anchor: 'discovered' });
    expect(rule(v2026, 'attorney-general').deadline).toEqual({ kind: 'relative', to: 'individuals', relation: 'after', days: 15, dayType: 'calendar' });
    expect(rule(inForce('CA', 'CA-CIV-1798-29', '2026-01-01')!, 'individuals').deadline.kind).toBe('without_unreasonable_delay');
  });
});
