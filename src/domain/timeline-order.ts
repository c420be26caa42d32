// Events that cannot have happened in the order given: a notice or a determination before the
// breach was discovered, a discovery or a notice before the exposure began. Refused at intake and
// when an event is recorded, so no deadline is ever measured against an impossible timeline.
// Fuzzy dates are refused only when every day they can mean is impossible.
import { describeFuzzy } from './fuzzy-date.js';
import type { FieldError } from './validate.js';
import type { ExposureWindowInput, FuzzyDate, IncidentEvent } from './types.js';

const AFTER_DISCOVERY: Partial<Record<IncidentEvent['type'], string>> = {
  determined: 'the determination that a breach occurred',
  scope_identified: 'the identification of the scope',
  materiality_determined: 'the materiality determination',
  notified: 'a notice',
};

export interface PlacedEvent {
  event: IncidentEvent;
  /** The field to name in an error, e.g. `events[3]` (or '' for an event posted on its own). */
  field: string;
}

function earliestOf(dates: FuzzyDate[]): FuzzyDate | null {
  return dates.reduce<FuzzyDate | null>((best, d) => (!best || d.earliest < best.earliest ? d : best), null);
}

function what(e: IncidentEvent): string {
  if (e.type === 'notified') return `the notice to ${e.recipient.replace(/_/g, ' ')} (${e.jurisdiction})`;
  if (e.type === 'discovered') return 'the discovery';
  return AFTER_DISCOVERY[e.type] ?? e.type;
}

const at = (field: string) => (field ? `${field}.at` : 'at');

/**
 * Errors for the events in `check`, judged against every event in `all` (which includes them) and
 * the exposure windows.
 */
export function timelineOrderErrors(all: readonly IncidentEvent[], exposure: readonly ExposureWindowInput[], check: readonly PlacedEvent[]): FieldError[] {
  const discovery = earliestOf(all.flatMap((e) => (e.type === 'discovered' ? [e.at] : [])));
  const exposureStart = earliestOf(exposure.map((w) => w.start));
  const errors: FieldError[] = [];
  for (const { event: e, field } of check) {
    if (e.type === 'law_enforcement_delay') continue;
    if (AFTER_DISCOVERY[e.type] && discovery && e.at.latest < discovery.earliest) {
      errors.push({ field: at(field), message: `${what(e)} on ${describeFuzzy(e.at)} cannot come before the breach was discovered (${describeFuzzy(discovery)}): check both dates` });
      continue;
    }
    if ((e.type === 'discovered' || e.type === 'notified') && exposureStart && e.at.latest < exposureStart.earliest) {
      errors.push({ field: at(field), message: `${what(e)} on ${describeFuzzy(e.at)} cannot come before the exposure began (${describeFuzzy(exposureStart)}): check both dates` });
    }
  }
  return errors;
}
