// Maryland to Montana, checked against the statutes' own text (issue 17): each error fixed is
// pinned here at the date where it matters.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import type { AssessedObligation } from '../../../src/domain/types.js';
import { maryland } from '../../../src/rules/maryland.js';
import { massachusetts } from '../../../src/rules/massachusetts.js';
import { michigan } from '../../../src/rules/michigan.js';
import { minnesota } from '../../../src/rules/minnesota.js';
import { mississippi } from '../../../src/rules/mississippi.js';
import { missouri } from '../../../src/rules/missouri.js';
import { montana } from '../../../src/rules/montana.js';
import type { Jurisdiction, RuleVersion } from '../../../src/rules/types.js';

const GROUP = [maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana];

interface Case {
  discovered: string;
  affected?: number;
  kind?: string;
  data?: string[];
  events?: object[];
  encryption?: { encrypted: boolean; keyCompromised: boolean };
}

function assess(j: Jurisdiction, c: Case): AssessedObligation[] {
  const parsed = parseIncidentFile({
    title: `${j.code} verified test`,
    organization: { name: 'Acme', kind: c.kind ?? 'business', state: j.code, timezone: 'America/New_York' },
    dataElements: c.data ?? ['name', 'ssn'],
    ...(c.encryption ? { encryption: c.encryption } : {}),
    exposure: [{ start: c.discovered, end: c.discovered }],
    events: [{ type: 'discovered', at: c.discovered }, ...(c.events ?? [])],
    affected: { byState: { [j.code]: c.affected ?? 20 } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return assessIncident(parsed.incident, [j]).obligations;
}

function find(list: AssessedObligation[], key: string): AssessedObligation {
  const o = list.find((x) => x.key === key);
  if (!o) throw new Error(`no ${key} in ${list.map((x) => x.key).join(', ')}`);
  return o;
}

function version(j: Jurisdiction, lawId: string, id: string): RuleVersion {
  const v = j.laws.find((l) => l.id === lawId)?.versions.find((x) => x.id === id);
  if (!v) throw new Error(`no ${id}`);
  return v;
}

describe('Maryland: the Attorney General is told BEFORE residents (Com. Law § 14-3504(h)(1))', () => {
  it('every business and government version encodes "prior to" as before the individual notice', () => {
    for (const id of ['MD-2008', 'MD-2018', 'MD-2019', 'MD-2022']) {
      expect(version(maryland, 'MD-COM-14-3504', id).obligations.find((o) => o.id === 'attorney-general')?.deadline).toEqual({ kind: 'before', to: 'individuals' });
    }
    expect(version(maryland, 'MD-SG-10-1305', 'MD-GOV-2014').obligations.find((o) => o.id === 'attorney-general')?.deadline).toEqual({ kind: 'before', to: 'individuals' });
  });

  it('the Attorney General notice is due by the individual notice and late after it', () => {
    const notified = (at: string, recipient: string) => ({ type: 'notified', recipient, jurisdiction: 'MD', at });
    const plan = find(assess(maryland, { discovered: '2023-02-01' }), 'MD:MD-COM-14-3504:attorney-general');
    expect(plan.deadline).toMatchObject({ due: '2023-03-18', decidedBy: 'before the notice to individuals' });
    const late = find(assess(maryland, { discovered: '2023-02-01', events: [notified('2023-03-01', 'individuals'), notified('2023-03-02', 'attorney_general')] }), 'MD:MD-COM-14-3504:attorney-general');
    expect(late).toMatchObject({ status: 'late', deadline: { due: '2023-03-01' } });
    const early = find(assess(maryland, { discovered: '2023-02-01', events: [notified('2023-03-01', 'individuals'), notified('2023-02-27', 'attorney_general')] }), 'MD:MD-COM-14-3504:attorney-general');
    expect(early.status).toBe('met');
  });

  it('a county also tells the Attorney General before individuals (State Gov\'t § 10-1305)', () => {
    const o = find(assess(maryland, { discovered: '2023-06-01', kind: 'county' }), 'MD:MD-SG-10-1305:attorney-general');
    expect(o.deadline.decidedBy).toBe('before the notice to individuals');
  });
});

describe('Maryland: the 45 days and their anchor', () => {
  const events = [{ type: 'determined', at: '2022-11-15' }];
  it('H.B. 962: from 2022-10-01 the 45 days run from discovery, before that from the end of the investigation', () => {
    expect(find(assess(maryland, { discovered: '2022-09-30', events }), 'MD:MD-COM-14-3504:individuals')).toMatchObject({ rule: 'MD-2019', deadline: { due: '2022-12-30' } });
    expect(find(assess(maryland, { discovered: '2022-10-01', events }), 'MD:MD-COM-14-3504:individuals')).toMatchObject({ rule: 'MD-2022', deadline: { due: '2022-11-15' } });
  });

  it('H.B. 1154 (2019) starts a version on 2019-10-01; the deadlines are unchanged', () => {
    const at = (d: string) => find(assess(maryland, { discovered: d, events: [{ type: 'determined', at: d }] }), 'MD:MD-COM-14-3504:individuals');
    expect(at('2019-09-30')).toMatchObject({ rule: 'MD-2018', deadline: { due: '2019-11-14' } });
    expect(at('2019-10-01')).toMatchObject({ rule: 'MD-2019', deadline: { due: '2019-11-15' } });
  });

  it('the vendor has 10 days from 2022-10-01 (§ 14-3504(c)(2)), 45 before', () => {
    const vendor = (d: string) => version(maryland, 'MD-COM-14-3504', d).obligations.find((o) => o.id === 'vendor-notice')?.deadline;
    expect(vendor('MD-2019')).toEqual({ kind: 'calendar_days', days: 45, anchor: 'discovered' });
    expect(vendor('MD-2022')).toEqual({ kind: 'calendar_days', days: 10, anchor: 'discovered' });
  });
});

describe('Massachusetts: what the resident letter must and must not say (ch. 93H, § 3(b))', () => {
  it('every version forbids the nature of the breach and the number affected, and requires the police report and the freeze', () => {
    for (const v of massachusetts.laws.find((l) => l.id === 'MA-93H')!.versions) {
      const o = v.obligations.find((x) => x.id === 'individuals')!;
      expect(o.forbiddenLetterElements, v.id).toEqual(['what_happened']);
      expect(o.forbiddenContent.join(' '), v.id).toMatch(/nature of the breach/);
      expect(o.forbiddenContent.join(' '), v.id).toMatch(/number of Massachusetts residents/);
      expect(o.letterElements, v.id).toEqual(expect.arrayContaining(['police_report', 'security_freeze', 'what_you_can_do', 'contact']));
    }
  });

  it('the mitigation services (what_we_are_doing) are required only from 2019-04-11', () => {
    const before = find(assess(massachusetts, { discovered: '2019-04-10' }), 'MA:MA-93H:individuals');
    const after = find(assess(massachusetts, { discovered: '2019-04-11' }), 'MA:MA-93H:individuals');
    expect(before).toMatchObject({ rule: 'MA-2007', forbiddenLetterElements: ['what_happened'] });
    expect(before.letterElements).not.toContain('what_we_are_doing');
    expect(after).toMatchObject({ rule: 'MA-2019', forbiddenLetterElements: ['what_happened'] });
    expect(after.letterElements).toEqual(expect.arrayContaining(['police_report', 'security_freeze', 'what_we_are_doing']));
  });
});

describe('Encrypted data whose key was taken', () => {
  const stolen = { encrypted: true, keyCompromised: true };
  it.each([
    ['MS', mississippi, 'MS:MS-75-24-29:individuals', '2022-08-01'],
    ['MO', missouri, 'MO:MO-407-1500:individuals', '2021-11-02'],
    ['MT', montana, 'MT:MT-30-14-1704:individuals', '2021-11-02'],
    ['MA', massachusetts, 'MA:MA-93H:individuals', '2021-11-02'],
    ['MD', maryland, 'MD:MD-COM-14-3504:individuals', '2021-11-02'],
  ] as const)('%s: notice is owed ("unreadable or unusable" and similar wording no longer holds)', (_c, j, key, d) => {
    expect(find(assess(j, { discovered: d, encryption: stolen }), key).applicability).toBe('applies');
    expect(find(assess(j, { discovered: d, encryption: { encrypted: true, keyCompromised: false } }), key).applicability).toBe('not_applicable');
  });

  it('the key readings follow each statute\'s wording', () => {
    expect(version(mississippi, 'MS-75-24-29', 'MS-2011').encryptionSafeHarbor).toMatchObject({ keyReading: 'implied', keyException: true });
    expect(version(missouri, 'MO-407-1500', 'MO-2009').encryptionSafeHarbor).toMatchObject({ keyReading: 'implied', keyException: true });
    expect(version(montana, 'MT-30-14-1704', 'MT-2015').encryptionSafeHarbor).toMatchObject({ keyReading: 'protective', keyException: true });
    expect(version(massachusetts, 'MA-93H', 'MA-2019').encryptionSafeHarbor).toMatchObject({ keyReading: 'express' });
    expect(version(maryland, 'MD-SG-10-1305', 'MD-GOV-2014').encryptionSafeHarbor).toMatchObject({ keyReading: 'express' });
  });
});

describe('Montana: the Attorney General copy goes "simultaneously" with the resident notice', () => {
  it('the same day as the individual notice, for any number', () => {
    const notified = { type: 'notified', recipient: 'individuals', jurisdiction: 'MT', at: '2024-03-04' };
    const o = find(assess(montana, { discovered: '2024-02-05', affected: 1, events: [notified] }), 'MT:MT-30-14-1704:attorney-general');
    expect(o).toMatchObject({ applicability: 'applies', threshold: null, deadline: { due: '2024-03-04' } });
  });
});

describe('Where the notices go', () => {
  it.each(GROUP.map((j) => [j.code, j] as const))('%s: a channel for every recipient other than residents and data owners', (_c, j) => {
    const recipients = new Set(j.laws.flatMap((l) => l.versions.flatMap((v) => v.obligations.map((o) => o.recipient))));
    for (const r of recipients) if (!['individuals', 'data_owner', 'media', 'card_brands'].includes(r)) expect(j.channels.some((c) => c.recipient === r), `${j.code} ${r}`).toBe(true);
    expect(j.consumerContact).not.toBeNull();
  });

  it('Maryland letters print the Attorney General, whose contact is recorded', () => {
    expect(maryland.consumerContact).toMatchObject({ phone: '1-888-743-0023', address: '200 St. Paul Place, Baltimore, MD 21202' });
    expect(find(assess(maryland, { discovered: '2023-02-01' }), 'MD:MD-COM-14-3504:attorney-general').submission?.ways.some((w) => w.value === 'IDTheft@oag.state.md.us')).toBe(true);
  });
});

describe('every fact of the group traced (the catalogue-wide check, run on this group alone)', () => {
  const FACTS = ['effective_dates', 'coverage', 'personal_information', 'encryption', 'risk_of_harm', 'deadline', 'anchor', 'threshold', 'law_enforcement', 'substitute_notice', 'required_content', 'forbidden_content'];
  const all = GROUP.flatMap((j) => j.laws.flatMap((l) => l.versions));
  it.each(all.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    expect(Object.keys(v.verification).sort()).toEqual([...FACTS].sort());
    for (const [fact, c] of Object.entries(v.verification)) {
      expect(c.checked, `${v.id} ${fact}`).toBe('2026-12-08');
      expect(c.says.trim().length, `${v.id} ${fact}`).toBeGreaterThan(5);
      if (c.kind !== 'primary') expect(c.why?.trim().length ?? 0, `${v.id} ${fact}: why`).toBeGreaterThan(10);
    }
    if (v.encryptionSafeHarbor) expect(v.encryptionSafeHarbor.keyException, v.id).toBe(v.encryptionSafeHarbor.keyReading !== 'none');
    const kinds = Object.values(v.verification).map((c) => c.kind);
    const key = [v.verification.deadline, v.verification.threshold, v.verification.coverage].map((c) => c.kind);
    if (key.some((k) => k !== 'primary')) expect(v.confidence, `${v.id}: key facts not all primary`).toBe('low');
    else if (kinds.some((k) => k !== 'primary')) expect(v.confidence, `${v.id}: some facts not primary`).toBe('medium');
    else expect(v.confidence, v.id).toBe('high');
  });
});
