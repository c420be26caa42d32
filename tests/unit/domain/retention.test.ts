import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isPurgeDue, purgeDueOn } from '../../../src/domain/retention.js';

const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });

describe('retention: when a closed incident is purged', () => {
  // 23:30 in Chicago on 9 March 2024 is already 10 March in UTC; DST starts in between too.
  const lateEvening = { closedAt: '2024-03-10T05:30:00.000Z', zone: 'America/Chicago', retentionDays: 30 };

  it('counts days from the local closing date, not the UTC one', () => {
    expect(purgeDueOn(lateEvening)).toBe('2024-04-08');
    // Counted in UTC it would have been a day later.
    expect(purgeDueOn({ ...lateEvening, zone: 'UTC' })).toBe('2024-04-09');
  });

  it('is due from the first instant of the local due date, not a minute before', () => {
    // 2024-04-08 00:00 in Chicago (daylight time, UTC−5) is 05:00 UTC.
    expect(isPurgeDue({ ...lateEvening, now: utc('2024-04-08T04:59:59Z') })).toBe(false);
    expect(isPurgeDue({ ...lateEvening, now: utc('2024-04-08T05:00:00Z') })).toBe(true);
    expect(isPurgeDue({ ...lateEvening, now: utc('2031-01-01T00:00:00Z') })).toBe(true);
  });

  it('keeps the local day across the autumn change of clocks', () => {
    // 23:30 CDT on 2 November 2024; clocks go back at 02:00 on the 3rd.
    const p = { closedAt: '2024-11-03T04:30:00.000Z', zone: 'America/Chicago', retentionDays: 1 };
    expect(purgeDueOn(p)).toBe('2024-11-03');
    expect(isPurgeDue({ ...p, now: utc('2024-11-03T04:59:00Z') })).toBe(false);
    expect(isPurgeDue({ ...p, now: utc('2024-11-03T05:00:00Z') })).toBe(true);
  });

  it('uses the organisation zone on both sides: east of UTC the local day starts earlier', () => {
    const p = { closedAt: '2024-06-30T13:00:00.000Z', zone: 'Pacific/Auckland', retentionDays: 10 };
    // 01:00 on 1 July in Auckland: the closing date is 1 July, due on 11 July local.
    expect(purgeDueOn(p)).toBe('2024-07-11');
    expect(isPurgeDue({ ...p, now: utc('2024-07-10T11:59:00Z') })).toBe(false);
    expect(isPurgeDue({ ...p, now: utc('2024-07-10T12:00:00Z') })).toBe(true);
  });

  it('is never due while open or when the organisation keeps data for ever', () => {
    expect(purgeDueOn({ ...lateEvening, closedAt: null })).toBeNull();
    expect(purgeDueOn({ ...lateEvening, retentionDays: null })).toBeNull();
    expect(isPurgeDue({ ...lateEvening, retentionDays: null, now: utc('2099-01-01T00:00:00Z') })).toBe(false);
    expect(isPurgeDue({ ...lateEvening, closedAt: null, now: utc('2099-01-01T00:00:00Z') })).toBe(false);
  });
});
