// What starts a clock. Each anchor is the earliest event of its type; a missing one falls back to
// the nearest earlier milestone (determination → vendor notice → discovery), which can only make
// the deadline earlier, never later — and the obligation says so.
import type { AnchorEvent } from '../rules/types.js';
import { describeFuzzy } from './fuzzy-date.js';
import type { FuzzyDate, IncidentEvent, IsoDate } from './types.js';

export const ANCHOR_ORDER: readonly AnchorEvent[] = ['discovered', 'notified_by_vendor', 'determined', 'scope_identified', 'materiality_determined', 'recovered'];

export const ANCHOR_WORDS: Record<AnchorEvent, string> = {
  discovered: 'discovery of the breach',
  notified_by_vendor: "the vendor's notice of the breach",
  determined: 'the determination that a breach occurred',
  scope_identified: 'the identification of the breach and its scope',
  materiality_determined: 'the determination that the incident is material',
  recovered: 'recovery from the breach',
};

export interface ResolvedAnchor {
  event: AnchorEvent;
  date: IsoDate;
  /** UTC instant when the event was given to the minute; else null. */
  instant: string | null;
  precision: FuzzyDate['precision'];
  assumptions: string[];
}

function earliest(events: readonly IncidentEvent[], type: AnchorEvent): FuzzyDate | null {
  let best: FuzzyDate | null = null;
  for (const e of events) {
    if (e.type === type && (!best || e.at.earliest < best.earliest)) best = e.at;
  }
  return best;
}

export function resolveAnchor(anchor: AnchorEvent, events: readonly IncidentEvent[]): ResolvedAnchor | null {
  const assumptions: string[] = [];
  for (let i = ANCHOR_ORDER.indexOf(anchor); i >= 0; i--) {
    const type = ANCHOR_ORDER[i]!;
    const at = earliest(events, type);
    if (!at) continue;
    if (type !== anchor) {
      assumptions.push(`No "${anchor}" event is recorded; the clock runs from ${ANCHOR_WORDS[type]} (${at.earliest}) instead, the nearest earlier milestone. Record the ${anchor} date if it was later.`);
    }
    if (at.precision === 'month') {
      assumptions.push(`The ${type} date ${describeFuzzy(at)} is read as ${at.earliest}, the earliest day it can mean, which gives the earliest deadline.`);
    }
    return { event: type, date: at.earliest, instant: at.instant, precision: at.precision, assumptions };
  }
  return null;
}

/** Law-enforcement delays read narrowly (a month-only bound counts only the days it surely covers). */
export function lawEnforcementDelays(events: readonly IncidentEvent[]): { start: IsoDate; end: IsoDate; assumptions: string[] }[] {
  return events
    .flatMap((e) => {
      if (e.type !== 'law_enforcement_delay') return [];
      const assumptions =
        e.start.precision === 'month' || e.end.precision === 'month'
          ? [`The law-enforcement delay ${e.start.raw}–${e.end.raw} is given by month; only ${e.start.latest}–${e.end.earliest}, the days it surely covers, pause the clock.`]
          : [];
      return e.start.latest <= e.end.earliest ? [{ start: e.start.latest, end: e.end.earliest, assumptions }] : [];
    })
    .sort((a, b) => a.start.localeCompare(b.start));
}
