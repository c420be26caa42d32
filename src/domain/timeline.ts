// The figures reporters and attorneys general ask about: how long the data was exposed, how long
// before anyone noticed, how long before residents were told.
import { daysBetween, minDate } from './dates.js';
import type { ExposureSummary, IncidentEvent, IsoDate, Timeline } from './types.js';

function between(from: IsoDate | null, to: IsoDate | null): number | null {
  return from && to ? daysBetween(from, to) : null;
}

export function buildTimeline(exposure: ExposureSummary, events: readonly IncidentEvent[]): Timeline {
  const discoveredOn = minDate(events.flatMap((e) => (e.type === 'discovered' ? [e.at.earliest] : [])));
  const firstIndividualNoticeOn = minDate(events.flatMap((e) => (e.type === 'notified' && e.recipient === 'individuals' ? [e.at.latest] : [])));
  const publicDisclosureOn = minDate(events.flatMap((e) => (e.type === 'disclosed_publicly' ? [e.at.latest] : [])));
  return {
    exposureSpanDays: exposure.spanDays,
    exposureEndToDiscoveryDays: between(exposure.end, discoveredOn),
    discoveryToNoticeDays: between(discoveredOn, firstIndividualNoticeOn),
    exposureEndToPublicDisclosureDays: between(exposure.end, publicDisclosureOn),
    discoveredOn,
    firstIndividualNoticeOn,
    publicDisclosureOn,
  };
}
