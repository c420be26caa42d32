// When staff are reminded of a due date: on each configured day before it (14, 7, 3, 1, 0 by
// default) and on every day it is overdue. Pure date arithmetic on calendar days in the org zone.
import { DateTime } from 'luxon';
import type { IsoDate } from './types.js';

export interface ReminderSlot {
  sendOn: IsoDate;
  /** Days before the due date; negative while overdue. */
  daysBefore: number;
}

function isoDay(date: IsoDate): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

/** The reminders from `today` on that are already known: the "before" days still ahead. */
export function upcomingReminders(due: IsoDate, today: IsoDate, daysBefore: readonly number[]): ReminderSlot[] {
  const dueDay = isoDay(due);
  const todayDay = isoDay(today);
  return daysBefore
    .map((d) => ({ sendOn: dueDay.minus({ days: d }).toISODate()!, daysBefore: d }))
    .filter((s) => isoDay(s.sendOn) >= todayDay)
    .sort((a, b) => a.sendOn.localeCompare(b.sendOn));
}

/** The reminder that belongs to `today`, if any: a planned "before" day or an overdue day. */
export function reminderForDay(due: IsoDate, today: IsoDate, daysBefore: readonly number[]): ReminderSlot | null {
  const left = Math.round(isoDay(due).diff(isoDay(today), 'days').days);
  if (left < 0) return { sendOn: today, daysBefore: left };
  return daysBefore.includes(left) ? { sendOn: today, daysBefore: left } : null;
}

/** Today's calendar date in an IANA zone. */
export function todayIn(zone: string, now: DateTime = DateTime.now()): IsoDate {
  return now.setZone(zone).toISODate()!;
}
