// "Whichever is sooner" and "before the individual notice", pinned with synthetic rules at their
// boundary dates, so they hold whatever the catalogue's data says.
import { describe, expect, it } from 'vitest';
import { computeDeadline, type ClockContext } from '../../../src/domain/deadline-engine.js';
import { compliance } from '../../../src/domain/obligation-status.js';
import { parseEventInput } from '../../../src/domain/incident-file.js';
import type { IncidentEvent, OrganizationInfo } from '../../../src/domain/types.js';
import type { DeadlineRule, LawEnforcementEffect } from '../../../src/rules/types.js';

const org: OrganizationInfo = { name: 'Town of Barre', kind: 'municipality', state: 'VT', timezone: 'America/New_York' };
function ctx(...raw: object[]): ClockContext {
  const events: IncidentEvent[] = raw.map((e) => {
    const r = parseEventInput(e, org);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.event;
  });
  return { zone: org.timezone, holidays: { country: 'US', state: 'VT' }, events };
}
const none: LawEnforcementEffect = { effect: 'none' };
const vtPreliminary: DeadlineRule = {
  kind: 'earlier_of',
  limbs: [{ kind: 'business_days', days: 14, anchor: 'discovered' }, { kind: 'relative', to: 'individuals', relation: 'with' }],
};
// Monday 2024-03-04: 14 business days skip the weekends and Town Meeting Day (2024-03-05), a Vermont holiday.
const discovered = { type: 'discovered', at: '2024-03-04' };

describe('earlier_of', () => {
  it('before consumers are told, the 14 business days decide (the 45-day consumer date is later)', () => {
    const c = ctx(discovered);
    const individuals = computeDeadline({ kind: 'calendar_days', days: 45, anchor: 'discovered' }, none, c).deadline;
    const { deadline, assumptions } = computeDeadline(vtPreliminary, none, c, { due: individuals.due, notifiedOn: null });
    expect(individuals.due).toBe('2024-04-18');
    expect(deadline).toMatchObject({ kind: 'earlier_of', due: '2024-03-25', anchor: 'discovered', unit: 'business_days', amount: 14 });
    expect(deadline.decidedBy).toBe('14 business days after discovery of the breach');
    expect(deadline.explanation).toContain('whichever comes sooner');
    expect(deadline.explanation).toContain('(2) the notice to individuals: 2024-04-18');
    expect(assumptions.join(' ')).toContain('moves when the notice is recorded');
  });

  it('consumers told on day 3: the AG notice is due that day, and one 11 business days later is late', () => {
    const c = ctx(discovered);
    const { deadline } = computeDeadline(vtPreliminary, none, c, { due: '2024-04-18', notifiedOn: '2024-03-07' });
    expect(deadline.due).toBe('2024-03-07');
    expect(deadline.decidedBy).toBe('the notice to individuals');
    expect(deadline.explanation).toContain('The sooner is the notice to individuals: due 2024-03-07');
    expect(compliance(deadline, '2024-03-22')).toMatchObject({ status: 'late', daysLate: 15 });
    expect(compliance(deadline, '2024-03-07')).toMatchObject({ status: 'met', daysLate: 0 });
  });

  it('consumers told after the 14 business days: the 14 business days still decide, to the day', () => {
    const { deadline } = computeDeadline(vtPreliminary, none, ctx(discovered), { due: '2024-04-18', notifiedOn: '2024-04-01' });
    expect(deadline.due).toBe('2024-03-25');
    expect(compliance(deadline, '2024-03-25').status).toBe('met');
    expect(compliance(deadline, '2024-03-26')).toMatchObject({ status: 'late', daysLate: 1 });
  });

  it('a limb with no date cannot decide; with no discovery recorded the consumer notice decides', () => {
    const { deadline } = computeDeadline(vtPreliminary, none, ctx(), { due: null, notifiedOn: '2024-05-01' });
    expect(deadline.due).toBe('2024-05-01');
    expect(deadline.explanation).toContain('(1) 14 business days after discovery of the breach: no date yet');
  });

  it('with no date on any limb it says so and sets none', () => {
    const { deadline } = computeDeadline(vtPreliminary, none, ctx(), null);
    expect(deadline.due).toBeNull();
    expect(deadline.decidedBy).toBeNull();
    expect(deadline.explanation).toContain('No limb has a date yet');
  });

  it('a "without unreasonable delay, but no later than the consumer notice" rule is dated by the consumer notice', () => {
    const rule: DeadlineRule = { kind: 'earlier_of', limbs: [{ kind: 'without_unreasonable_delay', anchor: 'discovered', standard: 'most expedient time possible' }, { kind: 'relative', to: 'individuals', relation: 'with' }] };
    const dated = computeDeadline(rule, none, ctx(discovered), { due: null, notifiedOn: '2024-03-20' }).deadline;
    expect(dated).toMatchObject({ due: '2024-03-20', decidedBy: 'the notice to individuals' });
    const undated = computeDeadline(rule, none, ctx(discovered), { due: null, notifiedOn: null }).deadline;
    expect(undated).toMatchObject({ due: null, target: '2024-04-03', decidedBy: 'without unreasonable delay after discovery of the breach' });
  });

  it('Arkansas-style: with the individual notice or 45 days after determination, whichever first occurs', () => {
    const rule: DeadlineRule = { kind: 'earlier_of', limbs: [{ kind: 'relative', to: 'individuals', relation: 'with' }, { kind: 'calendar_days', days: 45, anchor: 'determined' }] };
    const c = ctx(discovered, { type: 'determined', at: '2024-03-10' });
    expect(computeDeadline(rule, none, c, { due: null, notifiedOn: '2024-05-01' }).deadline).toMatchObject({ due: '2024-04-24', decidedBy: '45 calendar days after the determination that a breach occurred' });
    expect(computeDeadline(rule, none, c, { due: null, notifiedOn: '2024-04-24' }).deadline.due).toBe('2024-04-24');
    expect(computeDeadline(rule, none, c, { due: null, notifiedOn: '2024-04-23' }).deadline).toMatchObject({ due: '2024-04-23', decidedBy: 'the notice to individuals' });
  });
});

describe('before the individual notice', () => {
  const rule: DeadlineRule = { kind: 'before', to: 'individuals' };
  it('is due by the individual notice: given after it is late, on the same day it is on time with a caveat', () => {
    const { deadline, assumptions } = computeDeadline(rule, none, ctx(discovered), { due: '2024-04-18', notifiedOn: '2024-04-02' });
    expect(deadline).toMatchObject({ kind: 'before', due: '2024-04-02', decidedBy: 'before the notice to individuals' });
    expect(compliance(deadline, '2024-04-03')).toMatchObject({ status: 'late', daysLate: 1 });
    expect(compliance(deadline, '2024-04-01').status).toBe('met');
    expect(compliance(deadline, '2024-04-02').status).toBe('met');
    expect(assumptions.join(' ')).toContain('same day');
  });

  it('until residents are told it is due by their due date', () => {
    const { deadline } = computeDeadline(rule, none, ctx(discovered), { due: '2024-04-18', notifiedOn: null });
    expect(deadline.due).toBe('2024-04-18');
    expect(deadline.explanation).toContain("individual notice's due date 2024-04-18");
  });

  it('with no date for the individual notice it has none either, but keeps its planning target', () => {
    const { deadline } = computeDeadline(rule, none, ctx(discovered), { due: null, notifiedOn: null, target: '2024-04-03' });
    expect(deadline).toMatchObject({ due: null, target: '2024-04-03' });
  });
});
