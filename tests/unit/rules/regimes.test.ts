// The opt-in regimes, through the engine: an incident file naming a regime in `regimes`, assessed
// against the regime catalogue alone.
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation, Assessment } from '../../../src/domain/types.js';
import { catalogue } from '../../../src/rules/index.js';
import { regimes } from '../../../src/rules/regimes/index.js';
import type { OrgCategory } from '../../../src/rules/types.js';

interface Options {
  regimes: string[];
  kind?: string;
  dataElements?: string[];
  affected?: Record<string, number>;
  events?: Record<string, unknown>[];
  /** Exposure start, when a test discovers the breach before the default 2024-01-02. */
  exposureStart?: string;
}

function assess(o: Options): Assessment {
  const parsed = parseIncidentFile({
    title: 'Regime test',
    organization: { name: 'Test organisation', kind: o.kind ?? 'municipality', state: 'TX', timezone: 'America/Chicago' },
    dataElements: o.dataElements ?? ['name', 'medical'],
    exposure: o.exposureStart ? [{ start: o.exposureStart, end: o.exposureStart }] : [{ start: '2024-01-02', end: '2024-01-05' }],
    events: o.events ?? [{ type: 'discovered', at: '2024-03-04' }],
    affected: { byState: o.affected ?? { TX: 500 } },
    regimes: o.regimes,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return assessIncident(parsed.incident, [...regimes]);
}

function find(a: Assessment, key: string): AssessedObligation {
  const o = a.obligations.find((x) => x.key === key);
  if (!o) throw new Error(`no ${key} in ${a.obligations.map((x) => x.key).join(', ')}`);
  return o;
}

const plusDays = (date: string, days: number): string => DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;

describe('regime catalogue structure', () => {
  it('exports the nine regimes, each a regime kind with a unique code', () => {
    expect(regimes.map((j) => j.code)).toEqual([
      'US-HIPAA', 'US-FTC-HBNR', 'US-FTC-SAFEGUARDS', 'US-SEC-8K', 'US-SEC-REGSP', 'US-BANK-CSIN', 'US-NYDFS-500', 'EU-GDPR', 'PCI-CARD-BRANDS',
    ]);
    for (const j of regimes) {
      expect(j.kind).toBe('regime');
      expect(j.holidays).toEqual({ country: 'US' });
    }
  });

  it.each(regimes.flatMap((j) => j.laws.map((law) => [law.id, law] as const)))('%s: versions abut exactly, only the last open-ended', (_id, law) => {
    law.versions.forEach((v, i) => {
      const next = law.versions[i + 1];
      if (!next) {
        expect(v.effectiveTo).toBeNull();
        return;
      }
      expect(v.effectiveTo, `${v.id} must end where ${next.id} begins`).not.toBeNull();
      expect(v.effectiveTo! >= v.effectiveFrom).toBe(true);
      expect(next.effectiveFrom).toBe(plusDays(v.effectiveTo!, 1));
    });
  });

  it('has version and law ids unique across the whole catalogue, states included', () => {
    const all = [...new Set([...catalogue, ...regimes])];
    const versionIds = all.flatMap((j) => j.laws.flatMap((l) => l.versions.map((v) => v.id)));
    expect(new Set(versionIds).size).toBe(versionIds.length);
    const lawIds = all.flatMap((j) => j.laws.map((l) => l.id));
    expect(new Set(lawIds).size).toBe(lawIds.length);
  });

  const categories: OrgCategory[] = ['business', 'nonprofit', 'local_government', 'state_agency'];
  it.each(regimes.flatMap((j) => j.laws.flatMap((l) => l.versions.map((v) => [v.id, v] as const))))('%s: well formed', (_id, v) => {
    for (const c of categories) expect(v.coverage[c].reason.trim()).not.toBe('');
    // A regime's code is never the organisation's state, so its answers for government bodies
    // must be given as out-of-state coverage too, or the engine would call them uncertain.
    expect(v.coverageOutOfState?.local_government).toEqual(v.coverage.local_government);
    expect(v.coverageOutOfState?.state_agency).toEqual(v.coverage.state_agency);
    expect(v.sources.length).toBeGreaterThan(0);
    for (const o of v.obligations) {
      if (o.deadline.kind === 'relative') expect(v.obligations.some((x) => x.id === 'individuals' && x.recipient === 'individuals')).toBe(true);
      if (o.recipient !== 'individuals') expect(o.letterElements).toEqual([]);
      if (o.threshold) expect(o.threshold.of).toBe('total');
    }
    if (v.confidence !== 'high') expect(v.unverified.length).toBeGreaterThan(0);
  });

  it('marks card-brand rules as contractual and leaves CIRCIA out', () => {
    const pci = regimes.find((j) => j.code === 'PCI-CARD-BRANDS')!;
    expect(pci.laws.map((l) => l.basis)).toEqual(['contract']);
    expect(pci.laws[0]!.versions.every((v) => v.confidence === 'low')).toBe(true);
    expect(regimes.some((j) => j.code.includes('CIRCIA'))).toBe(false);
  });
});

describe('HIPAA', () => {
  it('500 affected: HHS is due with the individual notice, 60 days after discovery; the year-end log does not apply', () => {
    const a = assess({ regimes: ['US-HIPAA'], affected: { TX: 300, OK: 200 } });
    const individuals = find(a, 'US-HIPAA:US-HIPAA-BNR:individuals');
    expect(individuals).toMatchObject({ rule: 'US-HIPAA-2013', applicability: 'applies', deadline: { due: '2024-05-03', amount: 60, unit: 'calendar_days' } });
    const hhs = find(a, 'US-HIPAA:US-HIPAA-BNR:hhs-500');
    expect(hhs).toMatchObject({ recipient: 'regulator', applicability: 'applies', threshold: { count: 500, comparison: 'at_least', affected: 500, met: true } });
    expect(hhs.recipientName).toContain('U.S. Department of Health and Human Services');
    expect(hhs.deadline.due).toBe('2024-05-03');
    expect(find(a, 'US-HIPAA:US-HIPAA-BNR:hhs-annual-log').applicability).toBe('not_applicable');
    // 500 in all: no State can have more than 500, so no media notice.
    expect(find(a, 'US-HIPAA:US-HIPAA-BNR:media').applicability).toBe('not_applicable');
  });

  it('a city clinic is covered outright, not as an uncertain out-of-state body', () => {
    const a = assess({ regimes: ['US-HIPAA'] });
    const o = find(a, 'US-HIPAA:US-HIPAA-BNR:individuals');
    expect(o.assumptions.join(' ')).not.toMatch(/Coverage is uncertain/);
    expect(o.reasons.join(' ')).toMatch(/city or county clinic/);
  });

  it('499 affected: the annual log is due 60 days after the year of discovery ends', () => {
    const a = assess({ regimes: ['US-HIPAA'], affected: { TX: 499 } });
    expect(find(a, 'US-HIPAA:US-HIPAA-BNR:hhs-500').applicability).toBe('not_applicable');
    const log = find(a, 'US-HIPAA:US-HIPAA-BNR:hhs-annual-log');
    expect(log).toMatchObject({ applicability: 'applies', threshold: { comparison: 'fewer_than', affected: 499, met: true } });
    // 2024-12-31 + 60 days: 31 in January and 28 in February 2025, so 1 March.
    expect(log.deadline).toMatchObject({ kind: 'fixed', due: '2025-03-01', anchor: 'year_end', anchorDate: '2024-12-31' });
    // A discovery in 2023 ends in leap-year February instead.
    const earlier = assess({ regimes: ['US-HIPAA'], affected: { TX: 12 }, exposureStart: '2023-09-01', events: [{ type: 'discovered', at: '2023-10-02' }] });
    expect(find(earlier, 'US-HIPAA:US-HIPAA-BNR:hhs-annual-log').deadline.due).toBe('2024-02-29');
  });

  it('uses the interim rule for a 2012 discovery and nothing without health data', () => {
    const a = assess({ regimes: ['US-HIPAA'], exposureStart: '2012-05-01', events: [{ type: 'discovered', at: '2012-06-01' }] });
    expect(find(a, 'US-HIPAA:US-HIPAA-BNR:individuals').rule).toBe('US-HIPAA-2009');
    const noPhi = assess({ regimes: ['US-HIPAA'], dataElements: ['name', 'card_number'] });
    expect(find(noPhi, 'US-HIPAA:US-HIPAA-BNR:individuals').applicability).toBe('not_applicable');
  });
});

describe('GDPR', () => {
  it('the supervisory authority is due 72 clock hours after the instant of awareness', () => {
    const a = assess({ regimes: ['EU-GDPR'], dataElements: ['email'], events: [{ type: 'discovered', at: '2024-03-09T14:30:00Z' }] });
    const sa = find(a, 'EU-GDPR:EU-GDPR-33-34:supervisory-authority');
    expect(sa).toMatchObject({ applicability: 'applies', recipient: 'regulator' });
    // Across the U.S. daylight-saving change of 2024-03-10: still exactly 72 hours in UTC.
    expect(sa.deadline).toMatchObject({ amount: 72, unit: 'hours', dueAt: '2024-03-12T14:30:00.000Z', due: '2024-03-12' });
    expect(find(a, 'EU-GDPR:EU-GDPR-33-34:individuals').deadline.kind).toBe('without_unreasonable_delay');
  });
});

describe('SEC Form 8-K Item 1.05', () => {
  it('is due four business days after the materiality determination, skipping Veterans Day', () => {
    const a = assess({
      regimes: ['US-SEC-8K'],
      kind: 'business',
      events: [
        { type: 'discovered', at: '2024-11-01' },
        { type: 'materiality_determined', at: '2024-11-07' },
        // Only a written Attorney General determination delays an 8-K; an ordinary request does not.
        { type: 'law_enforcement_delay', start: '2024-11-08', end: '2024-11-22', agency: 'FBI' },
      ],
    });
    const filing = find(a, 'US-SEC-8K:US-SEC-8K-105:form-8k');
    expect(filing).toMatchObject({ rule: 'US-SEC-8K-2024', applicability: 'applies', deadline: { anchor: 'materiality_determined', anchorDate: '2024-11-07', amount: 4, unit: 'business_days', due: '2024-11-14' } });
    expect(filing.deadline.explanation).toContain('2024-11-11');
  });

  it('does not reach a city', () => {
    const a = assess({ regimes: ['US-SEC-8K'], events: [{ type: 'discovered', at: '2024-11-01' }] });
    expect(find(a, 'US-SEC-8K:US-SEC-8K-105:form-8k').applicability).toBe('not_applicable');
  });
});

describe('other regimes', () => {
  it('bank rule: 36 hours after the determination instant', () => {
    const a = assess({
      regimes: ['US-BANK-CSIN'],
      kind: 'business',
      events: [{ type: 'discovered', at: '2024-05-01T08:00:00-05:00' }, { type: 'determined', at: '2024-05-02T10:00:00-05:00' }],
    });
    expect(find(a, 'US-BANK-CSIN:US-BANK-CSIN:primary-regulator').deadline).toMatchObject({ anchor: 'determined', dueAt: '2024-05-04T03:00:00.000Z' });
  });

  it('card brands: a city utility taking cards owes its acquirer and the brands, under contract', () => {
    const a = assess({ regimes: ['PCI-CARD-BRANDS'], kind: 'utility', dataElements: ['name', 'card_number'] });
    const visa = find(a, 'PCI-CARD-BRANDS:PCI-CARD-BRANDS:visa');
    expect(visa).toMatchObject({ recipient: 'card_brands', applicability: 'applies', confidence: 'low', rule: 'PCI-CARD-BRANDS-2020' });
    expect(visa.unverified.length).toBeGreaterThan(0);
    expect(find(a, 'PCI-CARD-BRANDS:PCI-CARD-BRANDS:acquirer').applicability).toBe('applies');
  });

  it('an unknown regime id stays a visible "no rule" obligation', () => {
    const a = assess({ regimes: ['US-HIPAA', 'US-MADE-UP'] });
    const gap = find(a, 'US-MADE-UP:none:regulator');
    expect(gap).toMatchObject({ applicability: 'no_rule', law: null, rule: null, status: 'open' });
    expect(gap.reasons[0]).toMatch(/No rule for US-MADE-UP/);
  });
});
