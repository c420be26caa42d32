// DESIGN §6 as code: from a rule's deadline and the incident's events to a due date (calendar date in
// the organisation's zone), the last on-time instant, and an explanation a privacy officer can read
// out to an attorney general.
import { DateTime } from 'luxon';
import type { DeadlineRule, LawEnforcementEffect } from '../rules/types.js';
import { ANCHOR_WORDS, lawEnforcementDelays, resolveAnchor } from './anchors.js';
import { addBusinessDays, type HolidayRegion } from './calendar.js';
import { addDays, daysBetween, endOfDayUtc, startOfDay } from './dates.js';
import { deadlineInWords } from './deadline-words.js';
import type { Deadline, DeadlineUnit, IncidentEvent, IsoDate } from './types.js';

/** An advisory planning date for laws without a number of days; never presented as the law's. */
export const ADVISORY_TARGET_DAYS = 30;

export interface ClockContext {
  zone: string;
  holidays: HolidayRegion;
  events: readonly IncidentEvent[];
}

/** The same jurisdiction's individual notice, for deadlines tied to it. */
export interface IndividualsClock {
  due: IsoDate | null;
  notifiedOn: IsoDate | null;
  /** The planning target when the individual notice has no statutory date. */
  target?: IsoDate | null;
}

export interface DeadlineResult {
  deadline: Deadline;
  assumptions: string[];
}

function addIn(date: IsoDate, days: number, dayType: 'calendar' | 'business', region: HolidayRegion): { date: IsoDate; note: string } {
  if (dayType === 'calendar') return { date: addDays(date, days), note: '' };
  const r = addBusinessDays(date, days, region);
  return { date: r.date, note: r.holidaysSkipped.length ? ` (skipping the legal holiday${r.holidaysSkipped.length > 1 ? 's' : ''} ${r.holidaysSkipped.join(', ')})` : '' };
}

interface Adjusted {
  due: IsoDate;
  tolledDays: number;
  note: string;
  assumptions: string[];
}

/** Applies law-enforcement delays to a due date: pause (toll) or a fresh clock after clearance. */
function applyLawEnforcement(anchorDate: IsoDate, due: IsoDate, effect: LawEnforcementEffect, ctx: ClockContext): Adjusted {
  const delays = lawEnforcementDelays(ctx.events);
  const assumptions = delays.flatMap((d) => d.assumptions);
  if (!delays.length) return { due, tolledDays: 0, note: '', assumptions };
  if (effect.effect === 'none') {
    return { due, tolledDays: 0, note: ' The statute makes no allowance for a law-enforcement delay, so the recorded delay does not move this date.', assumptions };
  }
  if (effect.effect === 'toll') {
    let current = due;
    let tolled = 0;
    const parts: string[] = [];
    for (const d of delays) {
      const from = d.start > anchorDate ? d.start : addDays(anchorDate, 1);
      // A delay requested after the deadline had passed cannot revive it.
      if (d.start > current || d.end < from) continue;
      const days = daysBetween(from, d.end) + 1;
      tolled += days;
      current = addDays(current, days);
      parts.push(`${from}–${d.end}`);
    }
    if (!tolled) return { due, tolledDays: 0, note: ' The recorded law-enforcement delay falls outside this clock and does not move it.', assumptions };
    return {
      due: current,
      tolledDays: tolled,
      note: ` The law-enforcement delay (${parts.join(', ')}) pauses the clock for ${tolled} day${tolled === 1 ? '' : 's'} (${effect.citation}).`,
      assumptions,
    };
  }
  const relevant = delays.filter((d) => d.start <= due);
  const last = relevant[relevant.length - 1];
  if (!last) return { due, tolledDays: 0, note: ' The recorded law-enforcement delay began after this deadline and does not move it.', assumptions };
  const restarted = addIn(last.end, effect.days, effect.dayType, ctx.holidays);
  if (restarted.date <= due) {
    return { due, tolledDays: 0, note: ` Law enforcement cleared notice on ${last.end}; ${effect.days} ${effect.dayType} days from then (${restarted.date}) is not later than the ordinary deadline (${effect.citation}).`, assumptions };
  }
  return {
    due: restarted.date,
    tolledDays: 0,
    note: ` Law enforcement cleared notice on ${last.end}: a new clock of ${effect.days} ${effect.dayType} days from then ends ${restarted.date}${restarted.note} (${effect.citation}).`,
    assumptions,
  };
}

function fixed(due: IsoDate, partial: Omit<Deadline, 'kind' | 'due' | 'dueAt' | 'target'>, zone: string): Deadline {
  return { kind: 'fixed', due, dueAt: endOfDayUtc(due, zone), target: null, ...partial };
}

function relativeDeadline(rule: Extract<DeadlineRule, { kind: 'relative' }>, ctx: ClockContext, individuals: IndividualsClock | null): DeadlineResult {
  const base = individuals?.notifiedOn ?? individuals?.due ?? null;
  const assumptions =
    individuals && !individuals.notifiedOn && individuals.due
      ? [`The individual notice is not recorded yet; this date is counted from its due date (${individuals.due}) and moves when the notice is recorded.`]
      : [];
  const unit: DeadlineUnit | null = rule.relation === 'after' ? (rule.dayType === 'calendar' ? 'calendar_days' : 'business_days') : null;
  const common = { kind: 'relative' as const, anchor: 'individuals', anchorDate: base, amount: rule.relation === 'after' ? rule.days : 0, unit, target: null, tolledDays: 0 };
  if (!base) {
    return {
      deadline: { ...common, due: null, dueAt: null, explanation: 'Tied to the individual notice, which has no fixed date yet: due with (or after) that notice once it is given.' },
      assumptions,
    };
  }
  const source = individuals?.notifiedOn ? `the individual notice of ${base}` : `the individual notice's due date ${base}`;
  if (rule.relation === 'with') {
    return { deadline: { ...common, due: base, dueAt: endOfDayUtc(base, ctx.zone), explanation: `Due no later than the individual notice: ${source}.` }, assumptions };
  }
  const r = addIn(base, rule.days, rule.dayType, ctx.holidays);
  return {
    deadline: { ...common, due: r.date, dueAt: endOfDayUtc(r.date, ctx.zone), explanation: `${rule.days} ${rule.dayType} days after ${source}${r.note}: due ${r.date}.` },
    assumptions,
  };
}

/** Annual duties: N days after 31 December of the year the breach was discovered. */
function afterYearEnd(days: number, ctx: ClockContext): DeadlineResult {
  const anchor = resolveAnchor('discovered', ctx.events);
  if (!anchor) return computeDeadline({ kind: 'no_deadline', standard: 'after the end of the calendar year of discovery' }, { effect: 'none' }, ctx);
  const yearEnd = `${anchor.date.slice(0, 4)}-12-31`;
  const due = addDays(yearEnd, days);
  return {
    deadline: fixed(due, { anchor: 'year_end', anchorDate: yearEnd, amount: days, unit: 'calendar_days', tolledDays: 0, explanation: `${days} days after the end of ${anchor.date.slice(0, 4)}, the year of discovery: due ${due}.` }, ctx.zone),
    assumptions: anchor.assumptions,
  };
}

/**
 * "Whichever is sooner": every limb is computed on its own and the earliest due instant decides.
 * A limb with no date yet (the individual notice not scheduled) cannot decide; a limb without a
 * statutory number of days only gives a planning target.
 */
function earlierOf(rule: Extract<DeadlineRule, { kind: 'earlier_of' }>, le: LawEnforcementEffect, ctx: ClockContext, individuals: IndividualsClock | null): DeadlineResult {
  const limbs = rule.limbs.map((limb) => ({ words: deadlineInWords(limb), ...computeDeadline(limb, le, ctx, individuals) }));
  const dated = limbs.filter((l) => l.deadline.dueAt);
  const pool = dated.length ? dated : limbs.filter((l) => l.deadline.target);
  const key = (l: (typeof limbs)[number]) => l.deadline.dueAt ?? l.deadline.target ?? '';
  const decider = pool.reduce<(typeof limbs)[number] | null>((best, l) => (!best || key(l) < key(best) ? l : best), null);
  const listed = limbs.map((l, i) => `(${i + 1}) ${l.words}: ${l.deadline.due ?? (l.deadline.target ? `no statutory date (planning target ${l.deadline.target})` : 'no date yet')}`).join('; ');
  const assumptions = [...new Set(limbs.flatMap((l) => l.assumptions))];
  if (!decider) {
    return { deadline: { ...limbs[0]!.deadline, kind: 'earlier_of', decidedBy: null, explanation: `Due on whichever comes sooner of ${listed}. No limb has a date yet.` }, assumptions };
  }
  const when = decider.deadline.due ? `due ${decider.deadline.due}` : `planning target ${decider.deadline.target}`;
  return {
    deadline: { ...decider.deadline, kind: 'earlier_of', decidedBy: decider.words, explanation: `Due on whichever comes sooner of ${listed}. The sooner is ${decider.words}: ${when}. ${decider.deadline.explanation}` },
    assumptions,
  };
}

/**
 * "Prior to giving the notification": due on the individual notice's day (or, until it is given,
 * its due date or target). A notice dated after the individual one is late.
 */
function beforeIndividuals(ctx: ClockContext, individuals: IndividualsClock | null): DeadlineResult {
  const notified = individuals?.notifiedOn ?? null;
  const base = notified ?? individuals?.due ?? null;
  const target = base ? null : (individuals?.target ?? null);
  const common = { kind: 'before' as const, anchor: 'individuals', anchorDate: base, amount: 0, unit: null, tolledDays: 0, decidedBy: 'before the notice to individuals' };
  const sameDay = 'Notices recorded by day cannot show which went first on the same day: a notice on the day of the individual notice counts as on time only if it was sent before it.';
  if (!base) {
    return {
      deadline: { ...common, due: null, dueAt: null, target, explanation: `Must be given before the notice to individuals, which has no date yet${target ? ` (its planning target is ${target})` : ''}.` },
      assumptions: [sameDay],
    };
  }
  const source = notified ? `the individual notice of ${base}` : `the individual notice's due date ${base}`;
  const assumptions = notified ? [sameDay] : [`The individual notice is not recorded yet; this notice must precede it and at the latest be given by its due date (${base}).`, sameDay];
  return { deadline: { ...common, due: base, dueAt: endOfDayUtc(base, ctx.zone), target: null, explanation: `Must be given before the notice to individuals: by ${source} at the latest, and before it.` }, assumptions };
}

export function computeDeadline(rule: DeadlineRule, le: LawEnforcementEffect, ctx: ClockContext, individuals: IndividualsClock | null = null): DeadlineResult {
  if (rule.kind === 'earlier_of') return earlierOf(rule, le, ctx, individuals);
  if (rule.kind === 'before') return beforeIndividuals(ctx, individuals);
  if (rule.kind === 'relative') return relativeDeadline(rule, ctx, individuals);
  if (rule.kind === 'after_year_end') return afterYearEnd(rule.days, ctx);
  if (rule.kind === 'no_deadline') {
    return {
      deadline: { kind: 'without_unreasonable_delay', due: null, dueAt: null, anchor: 'discovered', anchorDate: null, amount: null, unit: null, target: null, tolledDays: 0, explanation: `The statute sets no time for this notice (${rule.standard}).` },
      assumptions: [],
    };
  }
  const anchor = resolveAnchor(rule.anchor, ctx.events);
  if (!anchor) {
    return {
      deadline: { kind: 'fixed', due: null, dueAt: null, anchor: rule.anchor, anchorDate: null, amount: null, unit: null, target: null, tolledDays: 0, explanation: `No event starts this clock yet (${ANCHOR_WORDS[rule.anchor]}).` },
      assumptions: [],
    };
  }
  const from = `${ANCHOR_WORDS[anchor.event]} on ${anchor.date}`;
  const base = { anchor: anchor.event, anchorDate: anchor.date };

  if (rule.kind === 'without_unreasonable_delay') {
    const targetDays = rule.targetDays ?? ADVISORY_TARGET_DAYS;
    const adj = applyLawEnforcement(anchor.date, addDays(anchor.date, targetDays), { effect: 'toll', citation: 'law-enforcement delay' }, ctx);
    return {
      deadline: {
        kind: 'without_unreasonable_delay', due: null, dueAt: null, ...base, amount: null, unit: null, target: adj.due, tolledDays: adj.tolledDays,
        explanation: `No fixed number of days: notice is due ${rule.standard}, counted from ${from}. ${adj.due} (${targetDays} day${targetDays === 1 ? '' : 's'}${adj.tolledDays ? ` plus ${adj.tolledDays} days of law-enforcement delay` : ''}) is breachdesk's planning target, not a date in the statute.`,
      },
      assumptions: [...anchor.assumptions, ...adj.assumptions],
    };
  }

  if (rule.kind === 'hours') {
    const startsAt = anchor.instant ? DateTime.fromISO(anchor.instant, { zone: 'utc' }) : startOfDay(anchor.date, ctx.zone);
    const hourAssumption = anchor.instant ? [] : [`${anchor.event} is recorded as a day, not a time; the ${rule.hours} hours are counted from the start of ${anchor.date} (${ctx.zone}), the earliest moment it can mean.`];
    const untolledAt = startsAt.plus({ hours: rule.hours });
    const untolledDay = untolledAt.setZone(ctx.zone).toISODate()!;
    const adj = applyLawEnforcement(anchor.date, untolledDay, le, ctx);
    // Tolled: the same hour, later by the paused days. Restarted: the end of the new clock's last day.
    const dueAt =
      adj.due === untolledDay ? untolledAt : adj.tolledDays ? untolledAt.plus({ days: adj.tolledDays }) : DateTime.fromISO(endOfDayUtc(adj.due, ctx.zone));
    const local = dueAt.setZone(ctx.zone);
    return {
      deadline: {
        kind: 'fixed', due: local.toISODate()!, dueAt: dueAt.toUTC().toISO()!, ...base, amount: rule.hours, unit: 'hours', target: null, tolledDays: adj.tolledDays,
        explanation: `${rule.hours} hours after ${from}${anchor.instant ? '' : ' (counted from the start of that day)'}: due by ${local.toFormat('yyyy-LL-dd HH:mm ZZZZ')}.${adj.note}`,
      },
      assumptions: [...anchor.assumptions, ...hourAssumption, ...adj.assumptions],
    };
  }

  const dayType = rule.kind === 'calendar_days' ? 'calendar' : 'business';
  const plain = addIn(anchor.date, rule.days, dayType, ctx.holidays);
  const adj = applyLawEnforcement(anchor.date, plain.date, le, ctx);
  // A toll on a business-day clock moves its start, and the count is redone from there.
  const due = dayType === 'business' && adj.tolledDays ? addIn(addDays(anchor.date, adj.tolledDays), rule.days, dayType, ctx.holidays).date : adj.due;
  return {
    deadline: fixed(due, {
      ...base, amount: rule.days, unit: rule.kind, tolledDays: adj.tolledDays,
      explanation: `${rule.days} ${dayType} days after ${from} is ${plain.date}${plain.note}.${adj.note}${due !== plain.date ? ` Due ${due}.` : ''}`,
    }, ctx.zone),
    assumptions: [...anchor.assumptions, ...adj.assumptions],
  };
}
