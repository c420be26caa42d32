// "What if we had found it on another day?" The same incident — every date moved by the same
// number of days, so its own timeline is unchanged — assessed again, and each deadline that moved
// differently from the calendar shift is explained: a different version of the law, or the calendar.
import { DateTime } from 'luxon';
import type { Catalogue } from '../rules/types.js';
import { assessIncident } from './assess.js';
import { addDays, daysBetween, minDate } from './dates.js';
import type { AssessedObligation, Assessment, FuzzyDate, Incident, IncidentEvent, IsoDate } from './types.js';

export interface WhatIfChange {
  key: string;
  jurisdiction: string;
  recipient: string;
  before: { rule: string | null; due: IsoDate | null; applicability: string };
  after: { rule: string | null; due: IsoDate | null; applicability: string };
  /** Why it changed, in words. */
  reason: string;
}

export interface WhatIf {
  discoveredOn: IsoDate;
  asIfDiscoveredOn: IsoDate;
  shiftDays: number;
  assessment: Assessment;
  changes: WhatIfChange[];
}

function shift(d: FuzzyDate, days: number): FuzzyDate {
  // A month-only date stays month-only only if the shift keeps it a whole month; otherwise it
  // becomes the shifted range's first day, read as conservatively as before.
  const earliest = addDays(d.earliest, days);
  const latest = addDays(d.latest, days);
  if (d.instant) {
    const instant = DateTime.fromISO(d.instant, { zone: 'utc' }).plus({ days }).toISO()!;
    return { raw: instant, precision: 'instant', earliest, latest, instant };
  }
  return { raw: d.precision === 'month' ? `${earliest}..${latest}` : earliest, precision: d.precision === 'month' ? 'month' : 'day', earliest, latest, instant: null };
}

function shiftEvent(e: IncidentEvent, days: number): IncidentEvent {
  return e.type === 'law_enforcement_delay' ? { ...e, start: shift(e.start, days), end: shift(e.end, days) } : { ...e, at: shift(e.at, days) };
}

export function shiftIncident(incident: Incident, days: number): Incident {
  return {
    ...incident,
    exposure: incident.exposure.map((w) => ({ ...w, start: shift(w.start, days), end: shift(w.end, days) })),
    events: incident.events.map((e) => shiftEvent(e, days)),
  };
}

function explain(a: AssessedObligation | undefined, b: AssessedObligation | undefined, shiftDays: number): string | null {
  if (!a || !b) return a ? 'This obligation does not exist under the law in force on the other date.' : 'This obligation exists only under the law in force on the other date.';
  if (a.rule !== b.rule) return `A different version of the law applies: ${a.rule ?? 'none'} → ${b.rule ?? 'none'}.`;
  if (a.applicability !== b.applicability) return `Applicability changed: ${a.applicability} → ${b.applicability}.`;
  if (a.deadline.due && b.deadline.due && daysBetween(a.deadline.due, b.deadline.due) !== shiftDays) {
    return 'Same law; the due date moves by a different number of days because of weekends or holidays.';
  }
  if (!!a.deadline.due !== !!b.deadline.due) return 'The deadline kind changed.';
  return null;
}

export function whatIf(incident: Incident, catalogue: Catalogue, asIfDiscoveredOn: IsoDate): WhatIf {
  const discoveredOn = minDate(incident.events.flatMap((e) => (e.type === 'discovered' ? [e.at.earliest] : [])))!;
  const shiftDays = daysBetween(discoveredOn, asIfDiscoveredOn);
  const before = assessIncident(incident, catalogue);
  const assessment = assessIncident(shiftIncident(incident, shiftDays), catalogue);
  const keys = [...new Set([...before.obligations, ...assessment.obligations].map((o) => o.key))];
  const changes = keys.flatMap((key) => {
    const a = before.obligations.find((o) => o.key === key);
    const b = assessment.obligations.find((o) => o.key === key);
    const reason = explain(a, b, shiftDays);
    if (!reason) return [];
    const any = (a ?? b)!;
    const view = (o: AssessedObligation | undefined) => ({ rule: o?.rule ?? null, due: o?.deadline.due ?? null, applicability: o?.applicability ?? 'absent' });
    return [{ key, jurisdiction: any.jurisdiction, recipient: any.recipient, before: view(a), after: view(b), reason }];
  });
  return { discoveredOn, asIfDiscoveredOn, shiftDays, assessment, changes };
}
