// Calendar-day arithmetic on ISO dates. A calendar date has no zone of its own: it is the day in
// the organisation's zone, so the arithmetic is done in UTC where every day has 24 hours.
import { DateTime } from 'luxon';
import type { IsoDate } from './types.js';

export function isoDay(date: IsoDate): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

// Day numbers (days since 1970-01-01) computed by luxon once per distinct date and remembered:
// batch assessment does millions of these and the set of dates involved is small.
const DAY_MS = 86_400_000;
const CACHE_LIMIT = 200_000;
const dayNumbers = new Map<IsoDate, number>();
const isoDates = new Map<number, IsoDate>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export function dayNumber(date: IsoDate): number {
  return dayNumbers.get(date) ?? remember(dayNumbers, date, Math.round(isoDay(date).toMillis() / DAY_MS));
}

export function fromDayNumber(n: number): IsoDate {
  return isoDates.get(n) ?? remember(isoDates, n, DateTime.fromMillis(n * DAY_MS, { zone: 'utc' }).toISODate()!);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** `to − from` in whole days (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function minDate(dates: readonly IsoDate[]): IsoDate | null {
  return dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null;
}

export function maxDate(dates: readonly IsoDate[]): IsoDate | null {
  return dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null;
}

const endOfDayCache = new Map<string, string>();

/** The last instant of a calendar day in a zone, as a UTC ISO instant: the end of "on time". */
export function endOfDayUtc(date: IsoDate, zone: string): string {
  // Zone offsets come from Intl and are slow to compute; batch assessment asks for few distinct days.
  const key = `${date} ${zone}`;
  let end = endOfDayCache.get(key);
  if (!end) {
    end = DateTime.fromISO(date, { zone }).endOf('day').toUTC().toISO()!;
    if (endOfDayCache.size > 100_000) endOfDayCache.clear();
    endOfDayCache.set(key, end);
  }
  return end;
}

/** The first instant of a calendar day in a zone. */
export function startOfDay(date: IsoDate, zone: string): DateTime {
  return DateTime.fromISO(date, { zone }).startOf('day');
}

