import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../../src/domain/fuzzy-date.js';

const zone = 'America/Chicago';

describe('parseFuzzyDate', () => {
  it('reads a month as every day it can mean', () => {
    expect(parseFuzzyDate('2020-04', zone)).toEqual({ ok: true, date: { raw: '2020-04', precision: 'month', earliest: '2020-04-01', latest: '2020-04-30', instant: null } });
    expect(parseFuzzyDate('2020-02', zone)).toMatchObject({ ok: true, date: { latest: '2020-02-29' } });
  });

  it('keeps a day as the calendar day staff gave', () => {
    expect(parseFuzzyDate('2020-07-06', zone)).toMatchObject({ ok: true, date: { precision: 'day', earliest: '2020-07-06', latest: '2020-07-06' } });
  });

  it('places an instant on the calendar day of the organisation zone', () => {
    // 03:00 UTC on 7 July is still 6 July in Odessa.
    const r = parseFuzzyDate('2020-07-07T03:00:00Z', zone);
    expect(r).toMatchObject({ ok: true, date: { precision: 'instant', earliest: '2020-07-06', instant: '2020-07-07T03:00:00.000Z' } });
    // Without an offset the time is read in the organisation's zone.
    expect(parseFuzzyDate('2020-07-06T22:00', zone)).toMatchObject({ ok: true, date: { instant: '2020-07-07T03:00:00.000Z' } });
  });

  it('refuses dates that do not exist, with the reason', () => {
    for (const bad of ['2020-13-01', '2021-02-29', '2020-00', '20-07-06', 'July 6', '', 20200706, null]) {
      const r = parseFuzzyDate(bad, zone);
      expect(r.ok, String(bad)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/2020-07-06/);
    }
  });
});
