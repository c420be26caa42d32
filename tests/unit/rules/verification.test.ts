// Every fact of every rule version traced to a text, every exception explained, every notice with
// somewhere to go; and the report that counts them.
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { verificationReport } from '../../../src/domain/verification-report.js';
import { catalogue } from '../../../src/rules/index.js';
import { VERIFIED_FACTS, type Recipient } from '../../../src/rules/types.js';

const TODAY = DateTime.utc().toISODate()!;
const versions = catalogue.flatMap((j) => j.laws.flatMap((law) => law.versions.map((v) => ({ j, law, v }))));
// Residents are written to; media, data owners and card brands have no filing channel of their own.
const NO_CHANNEL: Recipient[] = ['individuals', 'media', 'data_owner', 'card_brands'];

describe('every fact traced to the text of the law', () => {
  it.each(versions.map(({ v }) => [v.id, v] as const))('%s: each of its facts names its source, what it says and when it was checked', (_id, v) => {
    expect(Object.keys(v.verification).sort()).toEqual([...VERIFIED_FACTS].sort());
    for (const fact of VERIFIED_FACTS) {
      const c = v.verification[fact];
      const where = `${v.id} ${fact}`;
      expect(['primary', 'secondary', 'none'], where).toContain(c.kind);
      expect(c.where.trim(), `${where}: where`).not.toBe('');
      expect(c.says.trim().length, `${where}: says`).toBeGreaterThan(5);
      expect(c.checked, `${where}: checked`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(DateTime.fromISO(c.checked).isValid && c.checked <= TODAY, `${where}: checked ${c.checked}`).toBe(true);
      if (c.kind !== 'primary') expect(c.why?.trim().length ?? 0, `${where}: why no primary text`).toBeGreaterThan(10);
    }
  });

  it.each(versions.filter(({ v }) => v.encryptionSafeHarbor).map(({ v }) => [v.id, v] as const))('%s: the key clause is read from the statute and applied as read', (_id, v) => {
    const h = v.encryptionSafeHarbor!;
    expect(['express', 'implied', 'protective', 'none']).toContain(h.keyReading);
    expect(h.keyWording.trim().length).toBeGreaterThan(10);
    expect(h.keyException, `${v.id}: notice is owed with the key taken unless the statute says otherwise`).toBe(h.keyReading !== 'none');
  });

  it.each(catalogue.map((j) => [j.code, j] as const))('%s: every notice other than to residents has somewhere to go', (_code, j) => {
    const recipients = new Set(j.laws.flatMap((l) => l.versions.flatMap((v) => v.obligations.map((o) => o.recipient))));
    for (const r of recipients) {
      if (NO_CHANNEL.includes(r)) continue;
      expect(j.channels.some((c) => c.recipient === r), `${j.code}: no channel for ${r}`).toBe(true);
    }
    for (const c of j.channels) {
      expect(c.ways.length, `${j.code} ${c.name}`).toBeGreaterThan(0);
      for (const w of c.ways) expect(w.value.trim()).not.toBe('');
      expect(c.source.trim()).not.toBe('');
      expect(c.checked <= TODAY).toBe(true);
    }
  });

  it.each(catalogue.filter((j) => j.laws.some((l) => l.versions.some((v) => v.obligations.some((o) => o.letterElements.includes('attorney_general'))))).map((j) => [j.code, j] as const))(
    '%s: its letters must name the attorney general, so its contact is recorded with a source',
    (_code, j) => {
      expect(j.consumerContact).not.toBeNull();
      expect(j.consumerContact!.phone).toMatch(/\d{3}.*\d{4}/);
      expect(j.consumerContact!.source.trim()).not.toBe('');
    },
  );
});

describe('the verification report', () => {
  const report = verificationReport(catalogue);
  it('counts every fact of every version once, by the kind of its source', () => {
    expect(report.total.versions).toBe(versions.length);
    expect(report.total.total).toBe(versions.length * VERIFIED_FACTS.length);
    expect(report.total.primary + report.total.secondary + report.total.none).toBe(report.total.total);
    for (const j of report.jurisdictions) {
      expect(j.primary + j.secondary + j.none).toBe(j.total);
      expect(j.shortOfPrimary).toHaveLength(j.secondary + j.none);
      for (const s of j.shortOfPrimary) expect(s.why).not.toBe('(no reason given)');
    }
    expect(report.total.primaryShare).toBeCloseTo(report.total.primary / report.total.total);
  });
});
