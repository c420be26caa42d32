import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeExposure } from '../../../src/domain/exposure.js';
import { parseFuzzyDate } from '../../../src/domain/fuzzy-date.js';
import type { ExposureWindowInput } from '../../../src/domain/types.js';

function d(raw: string) {
  const r = parseFuzzyDate(raw, 'America/Chicago');
  if (!r.ok) throw new Error(r.message);
  return r.date;
}
const w = (start: string, end: string, channel: string | null = null): ExposureWindowInput => ({ start: d(start), end: d(end), channel });

describe('mergeExposure', () => {
  it('reads month precision as widely as it can go, and says so', () => {
    const e = mergeExposure([w('2020-04', '2020-06', 'one_time_payment')]);
    expect(e.windows).toEqual([{ start: '2020-04-01', end: '2020-06-30', channel: 'one_time_payment', days: 91, sources: 1 }]);
    expect(e.spanDays).toBe(91);
    expect(e.assumptions.join(' ')).toMatch(/2020-04-01.*earliest.*2020-06-30.*latest/);
  });

  it('folds overlapping and back-to-back windows of one channel into one', () => {
    const e = mergeExposure([w('2019-09-01', '2019-09-30'), w('2019-08-27', '2019-09-10'), w('2019-10-01', '2019-10-14'), w('2019-11-01', '2019-11-02')]);
    expect(e.windows.map((x) => [x.start, x.end, x.sources])).toEqual([
      ['2019-08-27', '2019-10-14', 3],
      ['2019-11-01', '2019-11-02', 1],
    ]);
    expect(e.exposedDays).toBe(49 + 2);
    expect(e.spanDays).toBe(68);
  });

  it('keeps channels apart but counts a day exposed on two channels once', () => {
    const e = mergeExposure([w('2020-01-01', '2020-01-10', 'autopay'), w('2020-01-05', '2020-01-15', 'one_time_payment')]);
    expect(e.windows).toHaveLength(2);
    expect(e.channels).toEqual(['autopay', 'one_time_payment']);
    expect(e.exposedDays).toBe(15);
  });

  it('Midwest City 2018: 43 separate earlier days and one window make 44 windows', () => {
    const file = JSON.parse(readFileSync(new URL('../../fixtures/midwest-city-2018.json', import.meta.url), 'utf8'));
    const e = mergeExposure(file.exposure.map((x: { start: string; end: string; channel: string }) => w(x.start, x.end, x.channel)));
    expect(e.windows).toHaveLength(44);
    expect(e.start).toBe('2017-12-11');
    expect(e.end).toBe('2018-06-21');
    expect(e.exposedDays).toBe(43 + 28);
  });
});
