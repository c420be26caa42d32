// The engine against what really happened: 1,086 notices to the Washington Attorney General
// (AGO open data `sb4j-ca4h`, snapshot of 2024-05-23, from donmarcolaureano/washington_state_data_breaches
// at 4c544d83). The AGO's own `DaysElapsedBeforeNotification` is ground truth for the day count.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import { catalogue } from '../../../src/rules/index.js';

interface Row {
  id: string;
  date_aware: string;
  date_submitted: string;
  washingtonians_affected: string;
  ag_days_elapsed: string;
}
const rows: Row[] = parse(readFileSync(new URL('../../fixtures/wa-ag-notices-2024-05-23.csv', import.meta.url)), { columns: true });

function assessRow(r: Row) {
  const parsed = parseIncidentFile({
    title: `WA AGO notice ${r.id}`,
    organization: { name: `Entity ${r.id}`, kind: 'business', state: 'WA', timezone: 'America/Los_Angeles' },
    dataElements: ['name', 'ssn'],
    exposure: [{ start: r.date_aware, end: r.date_aware }],
    events: [
      { type: 'discovered', at: r.date_aware },
      { type: 'notified', recipient: 'attorney_general', jurisdiction: 'WA', at: r.date_submitted },
    ],
    // A blank count is unknown, not zero: the engine then assumes the threshold is met.
    affected: r.washingtonians_affected ? { byState: { WA: Number(r.washingtonians_affected) } } : {},
  });
  if (!parsed.ok) throw new Error(`${r.id}: ${JSON.stringify(parsed.errors)}`);
  return assessIncident(parsed.incident, catalogue).obligations.find((o) => o.key === 'WA:WA-RCW-19-255:attorney-general');
}

/** What RCW 19.255.010 asked of the notice, by the version in force on the discovery date. */
function expected(r: Row): { days: number | null; applies: boolean } {
  const days = r.date_aware >= '2020-03-01' ? 30 : r.date_aware >= '2015-07-24' ? 45 : null;
  return { days, applies: r.washingtonians_affected === '' || Number(r.washingtonians_affected) > 500 };
}

describe('Washington Attorney General notices, 2015–2024', () => {
  it('has the data it claims', () => {
    expect(rows).toHaveLength(1086);
  });

  it('counts days exactly as the AGO does, and finds the same late notices', () => {
    const mismatches: string[] = [];
    let late = 0;
    for (const r of rows) {
      const o = assessRow(r);
      const want = expected(r);
      const elapsed = Number(r.ag_days_elapsed);
      if (!o) {
        if (want.days !== null) mismatches.push(`${r.id}: no attorney-general obligation`);
        continue;
      }
      if (!want.applies) {
        if (o.applicability !== 'not_applicable') mismatches.push(`${r.id}: ${r.washingtonians_affected} affected should be below the threshold`);
        continue;
      }
      if (want.days === null) {
        if (o.deadline.due !== null || o.status !== 'met') mismatches.push(`${r.id}: expected no fixed deadline before 2015-07-24`);
        continue;
      }
      const daysLate = Math.max(0, elapsed - want.days);
      if (o.deadline.amount !== want.days || (o.daysLate ?? -1) !== daysLate) mismatches.push(`${r.id}: engine ${o.deadline.amount} d / ${o.daysLate} late, AGO ${elapsed} elapsed`);
      if (daysLate > 0) late++;
    }
    expect(mismatches).toEqual([]);
    // A real share of notices missed the statutory deadline: the engine must see them.
    expect(late).toBeGreaterThan(100);
  });
});
