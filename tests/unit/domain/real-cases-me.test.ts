// The engine against 833 real consumer notices filed with the Maine Attorney General (2018-12 to
// 2020-09; agi-lab/data-breaches-reporting at eaef723b, parsed single-date rows). Maine's 30-day
// clock (10 M.R.S. § 1348 as amended in 2019) runs from awareness and scope; before 2019-09-19
// the statute set no number of days.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { daysBetween } from '../../../src/domain/dates.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import { catalogue } from '../../../src/rules/index.js';

interface Row {
  row: string;
  discovered: string;
  consumer_notice: string;
  maine_residents: string;
}
const rows: Row[] = parse(readFileSync(new URL('../../fixtures/me-ag-notices-2018-2020.csv', import.meta.url)), { columns: true });

function file(r: Row) {
  return parseIncidentFile({
    title: `Maine AG filing row ${r.row}`,
    organization: { name: 'Filer', kind: 'business', state: 'MA', timezone: 'America/New_York' },
    dataElements: ['name', 'ssn'],
    exposure: [{ start: r.discovered, end: r.discovered }],
    events: [
      { type: 'discovered', at: r.discovered },
      // The form's discovery date is when the filer knew of the breach and its scope.
      { type: 'scope_identified', at: r.discovered },
      { type: 'notified', recipient: 'individuals', jurisdiction: 'ME', at: r.consumer_notice },
    ],
    affected: { byState: { ME: Math.max(1, Number(r.maine_residents) || 1) } },
  });
}

function individuals(r: Row) {
  const parsed = file(r);
  if (!parsed.ok) throw new Error(`${r.row}: ${JSON.stringify(parsed.errors)}`);
  return assessIncident(parsed.incident, catalogue).obligations.find((o) => o.key === 'ME:ME-10-1346:individuals')!;
}

describe('Maine consumer notices, 2018–2020', () => {
  it('applies the 30-day rule exactly from 2019-09-19 and finds the late notices', () => {
    const mismatches: string[] = [];
    let late = 0;
    let thirtyDay = 0;
    for (const r of rows) {
      // A few filings give a consumer notice before the discovery: impossible, so refused.
      if (r.consumer_notice < r.discovered) continue;
      const o = individuals(r);
      if (r.discovered < '2019-09-19') {
        if (o.deadline.due !== null || o.status !== 'met') mismatches.push(`${r.row}: expected no fixed date before 2019-09-19, got ${o.rule} ${o.deadline.due}`);
        continue;
      }
      thirtyDay++;
      const expected = Math.max(0, daysBetween(r.discovered, r.consumer_notice) - 30);
      if (o.rule !== 'ME-2019' || o.deadline.amount !== 30 || o.daysLate !== expected) mismatches.push(`${r.row}: ${o.rule} ${o.deadline.due} late ${o.daysLate}, expected ${expected}`);
      if (expected > 0) late++;
    }
    expect(mismatches).toEqual([]);
    expect(thirtyDay).toBe(406);
    // The data's own summary: most notices under the new rule came after 30 days.
    expect(late).toBeGreaterThan(200);
  });

  it('refuses the 7 filings whose consumer notice is dated before the discovery, naming the event', () => {
    const impossible = rows.filter((r) => r.consumer_notice < r.discovered);
    expect(impossible.map((r) => r.row)).toEqual(['102', '106', '296', '441', '577', '581', '629']);
    for (const r of impossible) {
      const parsed = file(r);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.errors).toEqual([{ field: 'events[2].at', message: expect.stringContaining('cannot come before the breach was discovered') }]);
    }
  });
});
