import { describe, expect, it } from 'vitest';
import { addBusinessDays, holidayName, isBusinessDay } from '../../../src/domain/calendar.js';

const TX = { country: 'US', state: 'TX' };

describe('business days', () => {
  it('skips weekends and Texas legal holidays (Thanksgiving and the day after)', () => {
    // Mon 2021-11-22 + 10 business days: Thu 25 and Fri 26 are holidays in Texas.
    const r = addBusinessDays('2021-11-22', 10, TX);
    expect(r.date).toBe('2021-12-08');
    expect(r.holidaysSkipped).toEqual(['2021-11-25 (Thanksgiving Day)', '2021-11-26 (Day after Thanksgiving)']);
  });

  it('counts an observed holiday on its substitute day', () => {
    expect(holidayName('2020-07-03', TX)).toMatch(/Independence Day/);
    expect(isBusinessDay('2020-07-03', TX)).toBe(false);
  });

  it('does not count optional observances as closures', () => {
    // San Jacinto Day is an optional Texas holiday: state offices stay open.
    expect(isBusinessDay('2020-04-21', TX)).toBe(true);
  });

  it('ends on a business day even when it starts on a weekend', () => {
    expect(addBusinessDays('2020-07-04', 1, TX).date).toBe('2020-07-06');
  });
});
