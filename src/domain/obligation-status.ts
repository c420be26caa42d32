// Whether a recorded notice met its deadline, and the countdown staff see.
import { daysBetween } from './dates.js';
import type { Deadline, IncidentEvent, IsoDate, ObligationStatus, Recipient } from './types.js';

/** Days from `today` to `due`; negative once overdue. */
export function daysLeft(due: IsoDate, today: IsoDate): number {
  return daysBetween(today, due);
}

export interface Compliance {
  status: ObligationStatus;
  notifiedOn: IsoDate | null;
  daysLate: number | null;
  reason: string | null;
}

/**
 * The earliest recorded notice to this recipient in this jurisdiction (optionally naming this
 * obligation). A notice dated only by month is read as its last day: lateness is never understated.
 */
export function noticeFor(events: readonly IncidentEvent[], target: { recipient: Recipient; jurisdiction: string; obligationId: string | null }): IsoDate | null {
  let best: IsoDate | null = null;
  for (const e of events) {
    // The vendor's notice to the organisation is what a vendor-to-owner duty asks for: recorded
    // as such, or as a discovery whose source was the vendor's notice.
    if (target.recipient === 'data_owner' && (e.type === 'notified_by_vendor' || (e.type === 'discovered' && e.source === 'vendor_notice'))) {
      if (!best || e.at.latest < best) best = e.at.latest;
      continue;
    }
    if (e.type !== 'notified' || e.recipient !== target.recipient || e.jurisdiction !== target.jurisdiction) continue;
    if (e.obligation && target.obligationId && e.obligation !== target.obligationId) continue;
    if (!best || e.at.latest < best) best = e.at.latest;
  }
  return best;
}

export function compliance(deadline: Deadline, notifiedOn: IsoDate | null): Compliance {
  if (!notifiedOn) return { status: 'open', notifiedOn: null, daysLate: null, reason: null };
  if (!deadline.due) {
    return { status: 'met', notifiedOn, daysLate: null, reason: `Notice recorded on ${notifiedOn}; the statute sets no fixed date to measure it against.` };
  }
  const late = daysBetween(deadline.due, notifiedOn);
  return late > 0
    ? { status: 'late', notifiedOn, daysLate: late, reason: `Notice on ${notifiedOn} was ${late} day${late === 1 ? '' : 's'} after the due date ${deadline.due}.` }
    : { status: 'met', notifiedOn, daysLate: 0, reason: `Notice on ${notifiedOn} was on time (due ${deadline.due}).` };
}
