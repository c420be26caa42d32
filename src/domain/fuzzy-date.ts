// Dates as staff know them: a day (`2020-07-06`), a month whose day is unknown (`2020-04`), or an
// exact instant (`2020-07-06T14:05:00-05:00`). Each keeps its raw text and the range of calendar
// days (in the organisation's zone) it can mean, so conservative readings are explicit choices.
import { DateTime } from 'luxon';
import type { FuzzyDate } from './types.js';

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const FIRST_YEAR = 1970;
const LAST_YEAR = 2100;

export type FuzzyDateResult = { ok: true; date: FuzzyDate } | { ok: false; message: string };

const EXPECTED = 'must be a date like 2020-07-06, a month like 2020-04, or an instant like 2020-07-06T14:05:00-05:00';

function inRange(dt: DateTime): boolean {
  return dt.year >= FIRST_YEAR && dt.year <= LAST_YEAR;
}

export function parseFuzzyDate(raw: unknown, zone: string): FuzzyDateResult {
  if (typeof raw !== 'string') return { ok: false, message: EXPECTED };
  const text = raw.trim();
  const month = MONTH.exec(text);
  if (month) {
    const start = DateTime.fromObject({ year: Number(month[1]), month: Number(month[2]), day: 1 }, { zone: 'utc' });
    if (!start.isValid || !inRange(start)) return { ok: false, message: `${text} is not a real month (${EXPECTED})` };
    return { ok: true, date: { raw: text, precision: 'month', earliest: start.toISODate()!, latest: start.endOf('month').toISODate()!, instant: null } };
  }
  if (DAY.test(text)) {
    const day = DateTime.fromISO(text, { zone: 'utc' });
    if (!day.isValid || !inRange(day)) return { ok: false, message: `${text} is not a real calendar date (${EXPECTED})` };
    return { ok: true, date: { raw: text, precision: 'day', earliest: text, latest: text, instant: null } };
  }
  if (INSTANT.test(text)) {
    // Without an offset the instant is read in the organisation's zone, as staff would mean it.
    const at = DateTime.fromISO(text, { zone, setZone: false });
    if (!at.isValid || !inRange(at)) return { ok: false, message: `${text} is not a real date and time (${EXPECTED})` };
    const day = at.setZone(zone).toISODate()!;
    return { ok: true, date: { raw: text, precision: 'instant', earliest: day, latest: day, instant: at.toUTC().toISO()! } };
  }
  return { ok: false, message: EXPECTED };
}

export function describeFuzzy(d: FuzzyDate): string {
  return d.precision === 'month' ? `${d.raw} (month only)` : d.raw;
}
