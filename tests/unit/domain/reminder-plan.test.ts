import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { reminderForDay, todayIn, upcomingReminders } from '../../../src/domain/reminder-plan.js';

const DAYS = [14, 7, 3, 1, 0];

describe('reminder plan', () => {
  it('plans the configured days before the due date that are still ahead', () => {
    // Due 2020-10-03: 14 days before is 09-19 (past on 09-20); 7 → 09-26, 3 → 09-30, 1 → 10-02, 0 → 10-03.
    expect(upcomingReminders('2020-10-03', '2020-09-20', DAYS)).toEqual([
      { sendOn: '2020-09-26', daysBefore: 7 },
      { sendOn: '2020-09-30', daysBefore: 3 },
      { sendOn: '2020-10-02', daysBefore: 1 },
      { sendOn: '2020-10-03', daysBefore: 0 },
    ]);
  });

  it('counts across a month end and a DST change as calendar days', () => {
    // 2020-11-01 is the end of US daylight time; 2020-11-08 − 7 calendar days = 2020-11-01.
    expect(upcomingReminders('2020-11-08', '2020-10-20', [7])).toEqual([{ sendOn: '2020-11-01', daysBefore: 7 }]);
  });

  it("finds today's reminder: a planned day, an overdue day, or none", () => {
    expect(reminderForDay('2020-10-03', '2020-09-26', DAYS)).toEqual({ sendOn: '2020-09-26', daysBefore: 7 });
    expect(reminderForDay('2020-10-03', '2020-09-27', DAYS)).toBeNull();
    expect(reminderForDay('2020-10-03', '2020-10-03', DAYS)).toEqual({ sendOn: '2020-10-03', daysBefore: 0 });
    // 2020-09-20 − 2020-09-04 = 16 days overdue.
    expect(reminderForDay('2020-09-04', '2020-09-20', DAYS)).toEqual({ sendOn: '2020-09-20', daysBefore: -16 });
  });

  it("takes today's date in the organisation's zone", () => {
    const now = DateTime.fromISO('2020-10-14T04:30:00Z');
    expect(todayIn('America/Chicago', now)).toBe('2020-10-13');
    expect(todayIn('Europe/Berlin', now)).toBe('2020-10-14');
  });
});
