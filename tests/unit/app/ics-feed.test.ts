// The calendar feed's ICS text: all-day events on the organisation's calendar dates, stable UIDs,
// titles escaped by the library, and a valid calendar even with nothing in it.
import { describe, expect, it } from 'vitest';
import { buildCalendarFeed, noticeTarget, type CalendarFeedInput } from '../../../src/http/ui/ics-feed.js';
import type { FeedObligationRow, FeedReminderRow } from '../../../src/repositories/calendar-feeds.repository.js';

const obligation = (over: Partial<FeedObligationRow> = {}): FeedObligationRow => ({
  id: '11111111-1111-4111-8111-111111111111',
  incidentId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  incidentTitle: 'Click2Gov one-time payment compromise',
  jurisdiction: 'TX',
  jurisdictionName: 'Texas',
  recipientName: 'Texas Attorney General',
  citation: 'Tex. Bus. & Com. Code § 521.053(i)',
  status: 'open',
  deadlineKind: 'fixed',
  dueDate: '2020-10-03',
  target: null,
  daysLate: null,
  notifiedOn: null,
  ...over,
});

const reminder = (over: Partial<FeedReminderRow> = {}): FeedReminderRow => ({
  id: '22222222-2222-4222-8222-222222222222',
  incidentId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  incidentTitle: 'Click2Gov one-time payment compromise',
  obligationId: '11111111-1111-4111-8111-111111111111',
  jurisdiction: 'TX',
  jurisdictionName: 'Texas',
  recipientName: 'Affected individuals',
  dueDate: '2020-10-03',
  sendOn: '2020-09-26',
  ...over,
});

const input = (over: Partial<CalendarFeedInput> = {}): CalendarFeedInput => ({
  userEmail: 'officer@odessa-tx.gov',
  appUrl: 'https://breachdesk.example.gov/',
  generatedAt: '2024-05-01T12:00:00.000Z',
  obligations: [],
  reminders: [],
  ...over,
});

/** Content lines with RFC 5545 folding undone. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);

function events(ics: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  let current: Record<string, string> | null = null;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      out.set(current!.UID!, current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return out;
}

describe('buildCalendarFeed', () => {
  it('is a valid, empty calendar with its name when there is nothing due', () => {
    const ics = buildCalendarFeed(input());
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('X-WR-CALNAME:breachdesk — officer@odessa-tx.gov');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(ics).not.toContain('BEGIN:VEVENT');
    expect(ics.endsWith('\r\n')).toBe(true);
  });

  it('makes each deadline an all-day event on its calendar date, with a UID from the row id', () => {
    const ics = buildCalendarFeed(input({ obligations: [obligation()], reminders: [reminder()] }));
    const evs = events(ics);
    const due = evs.get('obligation-11111111-1111-4111-8111-111111111111@breachdesk')!;
    expect(due['DTSTART;VALUE=DATE']).toBe('20201003');
    expect(due['DTEND;VALUE=DATE']).toBe('20201004');
    expect(due.SUMMARY).toBe('Due: notice to Texas Attorney General — Click2Gov one-time payment compromise');
    expect(due.DTSTAMP).toBe('20240501T120000Z');
    expect(due.TRANSP).toBe('TRANSPARENT');
    expect(due.DESCRIPTION).toContain('Tex. Bus. & Com. Code § 521.053(i)');
    expect(due.DESCRIPTION).toContain('https://breachdesk.example.gov/ui/incidents/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
    const rem = evs.get('reminder-22222222-2222-4222-8222-222222222222@breachdesk')!;
    expect(rem['DTSTART;VALUE=DATE']).toBe('20200926');
    expect(rem.SUMMARY).toBe('Reminder: Texas affected individuals due Oct 3\\, 2020 — Click2Gov one-time payment compromise');
  });

  it('keeps UIDs stable when a date moves, so a subscribed calendar updates the event', () => {
    const before = events(buildCalendarFeed(input({ obligations: [obligation()] })));
    const after = events(buildCalendarFeed(input({ obligations: [obligation({ dueDate: '2020-10-17' })], generatedAt: '2024-05-02T08:00:00Z' })));
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...after.values()][0]!['DTSTART;VALUE=DATE']).toBe('20201017');
  });

  it('marks met and late deadlines, and an advisory target as having no statutory date', () => {
    const evs = events(
      buildCalendarFeed(
        input({
          obligations: [
            obligation({ id: 'met', status: 'met', notifiedOn: '2020-09-30' }),
            obligation({ id: 'late', status: 'late', daysLate: 11, notifiedOn: '2020-10-14' }),
            obligation({ id: 'target', deadlineKind: 'without_unreasonable_delay', dueDate: null, target: '2020-09-03', jurisdiction: 'NM', jurisdictionName: 'New Mexico', recipientName: 'Affected individuals' }),
          ],
        }),
      ),
    );
    expect(evs.get('obligation-met@breachdesk')!.SUMMARY).toMatch(/^Met: notice to Texas Attorney General — /);
    const late = evs.get('obligation-late@breachdesk')!;
    expect(late.SUMMARY).toMatch(/^Late: /);
    expect(late.DESCRIPTION).toContain('late by 11 days (notice sent 2020-10-14)');
    const target = evs.get('obligation-target@breachdesk')!;
    expect(target.SUMMARY).toBe('Target (no statutory date): notice to New Mexico affected individuals — Click2Gov one-time payment compromise');
    expect(target['DTSTART;VALUE=DATE']).toBe('20200903');
  });

  it('leaves out a deadline without any date rather than invent one', () => {
    const ics = buildCalendarFeed(input({ obligations: [obligation({ dueDate: null, deadlineKind: 'without_unreasonable_delay', target: null })] }));
    expect(ics).not.toContain('BEGIN:VEVENT');
  });

  it('escapes commas, semicolons and backslashes, and keeps a title on one line', () => {
    const title = 'Utility billing, portal; "phase 2"\\ backup\r\nsecond line';
    const ics = buildCalendarFeed(input({ obligations: [obligation({ incidentTitle: title })] }));
    const due = [...events(ics).values()][0]!;
    expect(due.SUMMARY).toBe('Due: notice to Texas Attorney General — Utility billing\\, portal\\; "phase 2"\\\\ backup second line');
    // Every unfolded line is a property (or BEGIN/END): no raw line break escaped the library.
    for (const line of unfold(ics)) expect(line).toMatch(/^[A-Z-]+[;:]/);
    // Line breaks inside the description are the escaped `\n`.
    expect(due.DESCRIPTION).toContain('\\nCitation: ');
  });

  it('writes every line within the folding limit', () => {
    const long = 'A very long incident title '.repeat(10);
    const ics = buildCalendarFeed(input({ obligations: [obligation({ incidentTitle: long })] }));
    for (const line of ics.split('\r\n')) expect([...line].length).toBeLessThanOrEqual(75);
  });
});

describe('noticeTarget', () => {
  it('names the place once', () => {
    expect(noticeTarget({ jurisdiction: 'TX', jurisdictionName: 'Texas', recipientName: 'Texas Workforce Commission' })).toBe('Texas Workforce Commission');
    expect(noticeTarget({ jurisdiction: 'TX', jurisdictionName: null, recipientName: 'Affected individuals' })).toBe('TX affected individuals');
    expect(noticeTarget({ jurisdiction: 'NM', jurisdictionName: 'New Mexico', recipientName: 'Affected New Mexico residents' })).toBe('affected New Mexico residents');
    expect(noticeTarget({ jurisdiction: 'NM', jurisdictionName: 'New Mexico', recipientName: 'Office of the Attorney General' })).toBe('New Mexico Office of the Attorney General');
  });
});
