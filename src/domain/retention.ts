// When a closed incident's resident data must go. The policy is counted in the organisation's own
// calendar: closed on the 10th (local time) with 30 days of retention means purged on the 9th of
// the next month, from the start of that local day, whatever the UTC instant of the closing was.
import { DateTime } from 'luxon';

export const MAX_RETENTION_DAYS = 3653;

export interface RetentionInput {
  /** UTC ISO instant the incident was closed; null while it is open. */
  closedAt: string | null;
  /** The organisation's IANA time zone. */
  zone: string;
  /** Null: the organisation keeps personal data for ever. */
  retentionDays: number | null;
}

/** The local calendar date (YYYY-MM-DD) from which the purge is due, or null if it never is. */
export function purgeDueOn(p: RetentionInput): string | null {
  if (p.closedAt === null || p.retentionDays === null) return null;
  const closed = DateTime.fromISO(p.closedAt, { zone: 'utc' }).setZone(p.zone);
  if (!closed.isValid) throw new Error(`cannot place ${p.closedAt} in the zone ${p.zone}`);
  return closed.startOf('day').plus({ days: p.retentionDays }).toISODate();
}

export function isPurgeDue(p: RetentionInput & { now: DateTime }): boolean {
  const due = purgeDueOn(p);
  return due !== null && p.now.setZone(p.zone).toISODate()! >= due;
}
