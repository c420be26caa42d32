// Analyses staff ask for: what-if on another discovery date, the latest start that would have kept
// a sent notice on time, and what changed in the catalogue between two dates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueChanges } from '../../../src/domain/catalogue-diff.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import { onTimeAnchors } from '../../../src/domain/on-time-anchor.js';
import { whatIf } from '../../../src/domain/what-if.js';
import { catalogue } from '../../../src/rules/index.js';

function incident(file: string) {
  const r = parseIncidentFile(JSON.parse(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.incident;
}

describe('what-if on another discovery date', () => {
  it('Odessa 2019 found three weeks later falls under H.B. 4390 and gains a 60-day clock and an attorney-general duty', () => {
    const w = whatIf(incident('odessa-2019.json'), catalogue, '2020-01-02');
    expect(w.shiftDays).toBe(22);
    const tx = w.changes.find((c) => c.key === 'TX:TX-BCC-521:individuals')!;
    expect(tx.before).toMatchObject({ rule: 'TX-2012', due: null });
    expect(tx.after).toMatchObject({ rule: 'TX-2020', due: '2020-03-02' });
    expect(tx.reason).toMatch(/different version of the law/);
    expect(w.changes.find((c) => c.key === 'TX:TX-BCC-521:attorney-general')!.reason).toMatch(/exists only under/);
  });

  it('reports nothing when the same law applies and only the calendar moved evenly', () => {
    const w = whatIf(incident('odessa-2020.json'), catalogue, '2020-07-13');
    expect(w.changes.filter((c) => c.jurisdiction === 'TX' && c.recipient === 'individuals')).toEqual([]);
  });
});

describe('the latest start that would have kept a sent notice on time', () => {
  it('Odessa 2020: the Texas determination would have had to be on or after 2020-08-15', () => {
    const [tx] = onTimeAnchors(incident('odessa-2020.json'), catalogue).filter((a) => a.key === 'TX:TX-BCC-521:individuals');
    expect(tx).toMatchObject({ anchor: 'determined', notifiedOn: '2020-10-14', earliestOnTimeAnchor: '2020-08-15' });
    expect(tx!.statement).toMatch(/must have been on or after 2020-08-15; it is recorded as 2020-07-20/);
  });

  it('says nothing about a notice the law did not require (New Mexico attorney general, 14 residents)', () => {
    const i = incident('odessa-2020.json');
    i.events.push({ type: 'notified', recipient: 'attorney_general', jurisdiction: 'NM', obligation: null, at: { raw: '2020-10-14', precision: 'day', earliest: '2020-10-14', latest: '2020-10-14', instant: null }, note: null });
    expect(onTimeAnchors(i, catalogue).map((a) => a.key)).not.toContain('NM:NM-57-12C:attorney-general');
  });
});

describe('catalogue changes between two dates', () => {
  it('2020 brought Texas its 60-day clock and attorney-general notice', () => {
    const tx = catalogueChanges(catalogue, '2019-12-31', '2020-12-31').find((c) => c.law === 'TX-BCC-521')!;
    expect(tx).toMatchObject({ effectiveFrom: '2020-01-01', from: { version: 'TX-2012' }, to: { version: 'TX-2020' } });
    expect(tx.changes.join(' ')).toMatch(/deadline without unreasonable delay after \w+ → 60 calendar days after determined/);
    expect(tx.changes.join(' ')).toMatch(/New duty: .*Attorney General/i);
  });

  it('lists nothing outside the range and everything inside it in date order', () => {
    const all = catalogueChanges(catalogue, '2025-01-01', '2026-12-31');
    expect(all.map((c) => c.to.version)).toEqual(expect.arrayContaining(['OK-2026', 'CA-2026']));
    expect(all.every((c) => c.effectiveFrom > '2025-01-01' && c.effectiveFrom <= '2026-12-31')).toBe(true);
    expect([...all].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))).toEqual(all);
  });
});
