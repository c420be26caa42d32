// DESIGN §6 pinned with synthetic rules, so these hold whatever the catalogue's data says.
import { describe, expect, it } from 'vitest';
import { computeDeadline, type ClockContext } from '../../../src/domain/deadline-engine.js';
import { parseEventInput } from '../../../src/domain/incident-file.js';
import type { IncidentEvent, OrganizationInfo } from '../../../src/domain/types.js';
import type { LawEnforcementEffect } from '../../../src/rules/types.js';

const org: OrganizationInfo = { name: 'City of Odessa', kind: 'municipality', state: 'TX', timezone: 'America/Chicago' };
function events(...raw: object[]): IncidentEvent[] {
  return raw.map((e) => {
    const r = parseEventInput(e, org);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.event;
  });
}
const ctx = (...raw: object[]): ClockContext => ({ zone: org.timezone, holidays: { country: 'US', state: 'TX' }, events: events(...raw) });
const toll: LawEnforcementEffect = { effect: 'toll', citation: '§ X(d)' };
const none: LawEnforcementEffect = { effect: 'none' };
const odessa = [
  { type: 'discovered', at: '2020-07-06' },
  { type: 'determined', at: '2020-07-20' },
  { type: 'law_enforcement_delay', start: '2020-07-21', end: '2020-08-04' },
];

describe('calendar-day deadlines', () => {
  it('counts N days from the anchor date; on the due day is on time (ends at midnight in the org zone)', () => {
    const { deadline } = computeDeadline({ kind: 'calendar_days', days: 60, anchor: 'determined' }, none, ctx(...odessa.slice(0, 2)));
    expect(deadline).toMatchObject({ kind: 'fixed', due: '2020-09-18', anchor: 'determined', anchorDate: '2020-07-20', amount: 60, unit: 'calendar_days', tolledDays: 0 });
    // 23:59:59.999 in Chicago (CDT, UTC−5) is 04:59:59.999 UTC the next day.
    expect(deadline.dueAt).toBe('2020-09-19T04:59:59.999Z');
  });

  it('tolls the clock for the length of a law-enforcement delay (Odessa 2020: 60 + 15 days)', () => {
    const { deadline } = computeDeadline({ kind: 'calendar_days', days: 60, anchor: 'determined' }, toll, ctx(...odessa));
    expect(deadline.due).toBe('2020-10-03');
    expect(deadline.tolledDays).toBe(15);
    expect(deadline.explanation).toContain('2020-07-21–2020-08-04');
    expect(deadline.explanation).toContain('§ X(d)');
  });

  it('ignores the delay where the statute makes no allowance, and says so', () => {
    const { deadline } = computeDeadline({ kind: 'calendar_days', days: 60, anchor: 'determined' }, none, ctx(...odessa));
    expect(deadline.due).toBe('2020-09-18');
    expect(deadline.explanation).toMatch(/no allowance/);
  });

  it('a delay that starts after the deadline passed does not revive it', () => {
    const { deadline } = computeDeadline({ kind: 'calendar_days', days: 30, anchor: 'discovered' }, toll, ctx({ type: 'discovered', at: '2020-01-01' }, { type: 'law_enforcement_delay', start: '2020-03-01', end: '2020-03-31' }));
    expect(deadline.due).toBe('2020-01-31');
  });
});

describe('anchors', () => {
  it('falls back to the nearest earlier milestone when the anchor is missing, and says so', () => {
    const r = computeDeadline({ kind: 'calendar_days', days: 60, anchor: 'determined' }, none, ctx({ type: 'discovered', at: '2020-07-06' }, { type: 'notified_by_vendor', at: '2020-07-08' }));
    expect(r.deadline.anchor).toBe('notified_by_vendor');
    expect(r.deadline.due).toBe('2020-09-06');
    expect(r.assumptions.join(' ')).toMatch(/No "determined" event/);
  });

  it('reads a month-only anchor as its first day (the earliest deadline)', () => {
    const r = computeDeadline({ kind: 'calendar_days', days: 30, anchor: 'discovered' }, none, ctx({ type: 'discovered', at: '2020-07' }));
    expect(r.deadline.due).toBe('2020-07-31');
    expect(r.assumptions.join(' ')).toMatch(/2020-07-01, the earliest day/);
  });
});

describe('business-day deadlines', () => {
  it('skip weekends and the state holidays, naming them', () => {
    const r = computeDeadline({ kind: 'business_days', days: 10, anchor: 'recovered' }, none, ctx({ type: 'discovered', at: '2021-11-01' }, { type: 'recovered', at: '2021-11-22' }));
    expect(r.deadline.due).toBe('2021-12-08');
    expect(r.deadline.explanation).toContain('2021-11-25 (Thanksgiving Day)');
  });

  it('restart after law-enforcement clearance where the statute says so (Maine-style 7 business days)', () => {
    const restart: LawEnforcementEffect = { effect: 'restart', days: 7, dayType: 'business', citation: '§ 1348(3)' };
    const r = computeDeadline({ kind: 'calendar_days', days: 30, anchor: 'discovered' }, restart, ctx({ type: 'discovered', at: '2020-06-01' }, { type: 'law_enforcement_delay', start: '2020-06-10', end: '2020-07-31' }));
    // Fri 2020-07-31 + 7 business days = Tue 2020-08-11.
    expect(r.deadline.due).toBe('2020-08-11');
    expect(r.deadline.explanation).toMatch(/new clock of 7 business days/);
  });
});

describe('hour deadlines', () => {
  it('count from the instant when it is known', () => {
    const r = computeDeadline({ kind: 'hours', hours: 48, anchor: 'discovered' }, none, ctx({ type: 'discovered', at: '2021-10-01T16:30:00-05:00' }));
    expect(r.deadline.dueAt).toBe('2021-10-03T21:30:00.000Z');
    expect(r.deadline.due).toBe('2021-10-03');
    expect(r.deadline.unit).toBe('hours');
  });

  it('count from the start of the day when only the day is known, and say so', () => {
    const r = computeDeadline({ kind: 'hours', hours: 48, anchor: 'discovered' }, none, ctx({ type: 'discovered', at: '2021-10-01' }));
    expect(r.deadline.dueAt).toBe('2021-10-03T05:00:00.000Z');
    expect(r.deadline.explanation).toMatch(/start of that day/);
  });
});

describe('deadlines without a number of days', () => {
  it('have no due date, only an advisory target that is labelled as such', () => {
    const r = computeDeadline({ kind: 'without_unreasonable_delay', anchor: 'discovered', standard: 'in the most expedient time possible' }, none, ctx({ type: 'discovered', at: '2019-12-11' }));
    expect(r.deadline).toMatchObject({ kind: 'without_unreasonable_delay', due: null, dueAt: null, target: '2020-01-10' });
    expect(r.deadline.explanation).toMatch(/not a date in the statute/);
  });
});

describe('relative deadlines', () => {
  const c = ctx({ type: 'discovered', at: '2020-07-06' });
  it('"with the individual notice" is due on the notice day once it is recorded', () => {
    const r = computeDeadline({ kind: 'relative', to: 'individuals', relation: 'with' }, none, c, { due: '2020-08-20', notifiedOn: '2020-08-10' });
    expect(r.deadline).toMatchObject({ kind: 'relative', anchor: 'individuals', due: '2020-08-10' });
  });

  it('"N days after the individual notice" projects from its due date until the notice is recorded', () => {
    const rule = { kind: 'relative', to: 'individuals', relation: 'after', days: 60, dayType: 'calendar' } as const;
    const projected = computeDeadline(rule, none, c, { due: '2020-08-20', notifiedOn: null });
    expect(projected.deadline.due).toBe('2020-10-19');
    expect(projected.assumptions.join(' ')).toMatch(/not recorded yet/);
    expect(computeDeadline(rule, none, c, { due: '2020-08-20', notifiedOn: '2020-08-01' }).deadline.due).toBe('2020-09-30');
  });

  it('has no date while the individual notice has none', () => {
    const r = computeDeadline({ kind: 'relative', to: 'individuals', relation: 'with' }, none, c, { due: null, notifiedOn: null });
    expect(r.deadline.due).toBeNull();
  });
});
