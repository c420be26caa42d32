// The per-user calendar feed as iCalendar text (RFC 5545, written by the `ics` library). Due dates
// are calendar dates in the organisation's zone, so every event is all-day: a timed event would
// drift to the previous or next day for a reader in another zone. UIDs come from row ids, so a
// subscribed calendar updates an event when a date moves instead of adding a second one.
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { DateTime } from 'luxon';
import { ADVISORY_DEADLINE_KINDS } from '../../domain/types.js';
import type { FeedObligationRow, FeedReminderRow } from '../../repositories/calendar-feeds.repository.js';

export interface CalendarFeedInput {
  userEmail: string;
  appUrl: string;
  /** When the feed was generated (ISO instant): each event's DTSTAMP. */
  generatedAt: string;
  obligations: readonly FeedObligationRow[];
  reminders: readonly FeedReminderRow[];
}

export const PRODUCT_ID = 'breachdesk/calendar-feed';

type AllDay = EventAttributes & { start: DateArray; end: DateArray; timestamp: number };

function day(iso: string | null): DateTime | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = DateTime.fromISO(iso, { zone: 'utc' });
  return d.isValid ? d : null;
}

const dateArray = (d: DateTime): DateArray => [d.year, d.month, d.day];

function inWords(d: DateTime): string {
  return d.setLocale('en-US').toFormat('MMM d, yyyy');
}

// Recipient names are written to stand alone ("Affected individuals"); mid-sentence their first
// word is a common noun, unlike "Office of the Attorney General".
const COMMON_START = /^(Affected|All|Any|Each|Individuals|Local|Major|Nationwide|Primary|Prominent|Residents|The|Your)\b/;

/** "Texas Attorney General", "Texas affected individuals", not "Texas Texas Workforce Commission". */
export function noticeTarget(row: { jurisdiction: string; jurisdictionName: string | null; recipientName: string }): string {
  const place = row.jurisdictionName ?? row.jurisdiction;
  const name = COMMON_START.test(row.recipientName) ? row.recipientName[0]!.toLowerCase() + row.recipientName.slice(1) : row.recipientName;
  return name.toLowerCase().includes(place.toLowerCase()) ? name : `${place} ${name}`;
}

// Free text from an incident file: a calendar title is one line.
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

const STATUS_PREFIX: Record<FeedObligationRow['status'], string> = {
  open: 'Due',
  met: 'Met',
  late: 'Late',
  waived: 'Waived',
  not_applicable: 'Not applicable',
};

function incidentLink(appUrl: string, incidentId: string): string {
  return `${appUrl.replace(/\/+$/, '')}/ui/incidents/${encodeURIComponent(incidentId)}`;
}

function obligationEvent(o: FeedObligationRow, appUrl: string, timestamp: number): AllDay | null {
  const due = day(o.dueDate);
  const advisory = due ? null : (ADVISORY_DEADLINE_KINDS as readonly string[]).includes(o.deadlineKind) ? day(o.target) : null;
  const date = due ?? advisory;
  if (!date) return null;
  const what = `notice to ${noticeTarget(o)}`;
  const prefix = advisory && o.status === 'open' ? 'Target (no statutory date)' : STATUS_PREFIX[o.status];
  const status =
    o.status === 'late' && o.daysLate !== null ? `late by ${o.daysLate} day${o.daysLate === 1 ? '' : 's'}` : o.status.replace('_', ' ');
  const lines = [
    `Jurisdiction: ${o.jurisdictionName ?? o.jurisdiction}`,
    `Citation: ${o.citation ?? 'none recorded'}`,
    `Status: ${status}${o.notifiedOn ? ` (notice sent ${o.notifiedOn})` : ''}`,
    advisory
      ? `The law sets no date for this notice ("without unreasonable delay"); ${date.toISODate()} is breachdesk's planning target.`
      : `Due: ${date.toISODate()}`,
    ...(o.decidedBy ? [`Date set by: ${o.decidedBy}`] : []),
    `Incident: ${incidentLink(appUrl, o.incidentId)}`,
  ];
  return {
    uid: `obligation-${o.id}@breachdesk`,
    title: `${prefix}: ${what} — ${oneLine(o.incidentTitle)}`,
    description: lines.join('\n'),
    start: dateArray(date),
    end: dateArray(date.plus({ days: 1 })),
    timestamp,
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    categories: ['breachdesk'],
  };
}

function reminderEvent(r: FeedReminderRow, appUrl: string, timestamp: number): AllDay | null {
  const sendOn = day(r.sendOn);
  const due = day(r.dueDate);
  if (!sendOn || !due) return null;
  return {
    uid: `reminder-${r.id}@breachdesk`,
    title: `Reminder: ${noticeTarget(r)} due ${inWords(due)} — ${oneLine(r.incidentTitle)}`,
    description: [`Notice to ${noticeTarget(r)} is due ${due.toISODate()}.`, `Incident: ${incidentLink(appUrl, r.incidentId)}`].join('\n'),
    start: dateArray(sendOn),
    end: dateArray(sendOn.plus({ days: 1 })),
    timestamp,
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    categories: ['breachdesk'],
  };
}

/** The whole calendar; throws if the library rejects an event rather than serve a half feed. */
export function buildCalendarFeed(input: CalendarFeedInput): string {
  const stamp = DateTime.fromISO(input.generatedAt, { zone: 'utc' });
  if (!stamp.isValid) throw new Error(`calendar feed: generatedAt is not an ISO instant: ${input.generatedAt}`);
  const timestamp = stamp.toMillis();
  const events = [
    ...input.obligations.map((o) => obligationEvent(o, input.appUrl, timestamp)),
    ...input.reminders.map((r) => reminderEvent(r, input.appUrl, timestamp)),
  ].filter((e): e is AllDay => e !== null);
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: 'PUBLISH', calName: `breachdesk — ${input.userEmail}` });
  if (error || value === null) throw new Error(`calendar feed: ${error?.message ?? 'the ics library returned nothing'}`);
  return value;
}
