// Calendar-day arithmetic on ISO dates. A calendar date has no zone of its own: it is the day in
// the organisation's zone, so the arithmetic is done in UTC where every day has 24 hours.
import { DateTime } from 'luxon';
import type { IsoDate } from './types.js';

export function isoDay(date: IsoDate): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDay(date).plus({ days }).toISODate()!;
}

/** `to − from` in whole days (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(isoDay(to).diff(isoDay(from), 'days').days);
}

export function minDate(dates: readonly IsoDate[]): IsoDate | null {
  return dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null;
}

export function maxDate(dates: readonly IsoDate[]): IsoDate | null {
  return dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null;
}

/** The last instant of a calendar day in a zone, as a UTC ISO instant: the end of "on time". */
export function endOfDayUtc(date: IsoDate, zone: string): string {
  return DateTime.fromISO(date, { zone }).endOf('day').toUTC().toISO()!;
}

/** The first instant of a calendar day in a zone. */
export function startOfDay(date: IsoDate, zone: string): DateTime {
  return DateTime.fromISO(date, { zone }).startOf('day');
}

