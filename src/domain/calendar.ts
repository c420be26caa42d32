// Business days: not Saturday, not Sunday, not one of the jurisdiction's legal holidays. Holidays
// come from date-holidays (maintained, with observed-day rules). Only its `public` days count:
// that is where it files the days state offices close; `observance` days (e.g. Texas's optional
// holidays) do not stop a statutory clock.
import Holidays from 'date-holidays';
import { addDays, isoDay } from './dates.js';
import type { IsoDate } from './types.js';

export interface HolidayRegion {
  country: string;
  state?: string;
}

const cache = new Map<string, Map<IsoDate, string>>();

function holidaysOf(region: HolidayRegion, year: number): Map<IsoDate, string> {
  const key = `${region.country}-${region.state ?? ''}-${year}`;
  let days = cache.get(key);
  if (!days) {
    days = new Map();
    const hd = region.state ? new Holidays(region.country, region.state) : new Holidays(region.country);
    for (const h of hd.getHolidays(year)) {
      if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
    }
    cache.set(key, days);
  }
  return days;
}

/** The holiday's name when `date` is a legal holiday of the region, else null. */
export function holidayName(date: IsoDate, region: HolidayRegion): string | null {
  return holidaysOf(region, isoDay(date).year).get(date) ?? null;
}

export function isBusinessDay(date: IsoDate, region: HolidayRegion): boolean {
  return isoDay(date).weekday <= 5 && holidayName(date, region) === null;
}

/**
 * `days` business days after `from` (from itself is day 0, as "within N business days after X").
 * Returns the holidays that were skipped on the way, so the explanation can name them.
 */
export function addBusinessDays(from: IsoDate, days: number, region: HolidayRegion): { date: IsoDate; holidaysSkipped: string[] } {
  let date = from;
  const holidaysSkipped: string[] = [];
  for (let counted = 0; counted < days; ) {
    date = addDays(date, 1);
    if (isoDay(date).weekday > 5) continue;
    const holiday = holidayName(date, region);
    if (holiday) {
      holidaysSkipped.push(`${date} (${holiday})`);
      continue;
    }
    counted++;
  }
  return { date, holidaysSkipped };
}
