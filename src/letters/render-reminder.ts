// Staff reminder e-mails. The subject carries the urgency ("Due in 7 days", "OVERDUE by 16 days")
// because that is all most people read before deciding whether to open it.
import { DateTime } from 'luxon';
import { compile, readTemplate } from './handlebars.js';

export interface ReminderInput {
  incidentTitle: string;
  incidentId: string;
  jurisdiction: string;
  recipientName: string;
  citation: string;
  due: string;
  /** Days until the due date; negative once overdue. */
  daysLeft: number;
  appUrl: string;
  /** For "whichever is sooner" and "before" deadlines: what set the date. */
  decidedBy?: string | null;
}

export interface RenderedReminder {
  subject: string;
  text: string;
  html: string;
}

const STATES = Object.fromEntries(
  ('AL:Alabama|AK:Alaska|AZ:Arizona|AR:Arkansas|CA:California|CO:Colorado|CT:Connecticut|DE:Delaware|DC:District of Columbia|' +
    'FL:Florida|GA:Georgia|HI:Hawaii|ID:Idaho|IL:Illinois|IN:Indiana|IA:Iowa|KS:Kansas|KY:Kentucky|LA:Louisiana|ME:Maine|' +
    'MD:Maryland|MA:Massachusetts|MI:Michigan|MN:Minnesota|MS:Mississippi|MO:Missouri|MT:Montana|NE:Nebraska|NV:Nevada|' +
    'NH:New Hampshire|NJ:New Jersey|NM:New Mexico|NY:New York|NC:North Carolina|ND:North Dakota|OH:Ohio|OK:Oklahoma|' +
    'OR:Oregon|PA:Pennsylvania|RI:Rhode Island|SC:South Carolina|SD:South Dakota|TN:Tennessee|TX:Texas|UT:Utah|VT:Vermont|' +
    'VA:Virginia|WA:Washington|WV:West Virginia|WI:Wisconsin|WY:Wyoming|PR:Puerto Rico|GU:Guam|VI:U.S. Virgin Islands')
    .split('|')
    .map((pair) => pair.split(':') as [string, string]),
);

export function jurisdictionName(code: string): string {
  return STATES[code.toUpperCase()] ?? code;
}

let templates: { html: (c: object) => string; text: (c: object) => string } | null = null;

function load() {
  return (templates ??= {
    html: compile(readTemplate('emails/reminder.html.hbs')),
    text: compile(readTemplate('emails/reminder.text.hbs'), { noEscape: true }),
  });
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

export function reminderHeadline(daysLeft: number): string {
  if (daysLeft < 0) return `OVERDUE by ${plural(-daysLeft, 'day')}`;
  if (daysLeft === 0) return 'Due today';
  if (daysLeft === 1) return 'Due tomorrow';
  return `Due in ${plural(daysLeft, 'day')}`;
}

export function renderReminder(i: ReminderInput): RenderedReminder {
  const place = jurisdictionName(i.jurisdiction);
  // "Texas attorney general notice", but not "Texas Texas Workforce Commission notice".
  const what = i.recipientName.toLowerCase().includes(place.toLowerCase()) ? `${i.recipientName} notice` : `${place} ${i.recipientName} notice`;
  // A title is free text: keep line breaks out of the mail header.
  const title = i.incidentTitle.replace(/\s+/g, ' ').trim();
  const headline = reminderHeadline(i.daysLeft);
  const subject = `${headline}: ${what} — ${title}`;
  const due = DateTime.fromISO(i.due, { zone: 'utc' });
  const context = {
    subject,
    headline,
    what,
    incidentTitle: title,
    recipientName: i.recipientName,
    jurisdictionName: place,
    citation: i.citation,
    decidedBy: i.decidedBy ?? null,
    dueInWords: due.isValid ? due.setLocale('en-US').toFormat('cccc, MMMM d, yyyy') : i.due,
    timing: i.daysLeft < 0 ? `${plural(-i.daysLeft, 'day')} late` : i.daysLeft === 0 ? 'today' : `${plural(i.daysLeft, 'day')} left`,
    overdue: i.daysLeft < 0,
    link: `${i.appUrl.replace(/\/+$/, '')}/v1/incidents/${encodeURIComponent(i.incidentId)}/obligations`,
  };
  const t = load();
  return { subject, text: t.text(context), html: t.html(context) };
}
