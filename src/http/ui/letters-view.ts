// What the letters pages say, shaped from counts and rows: plain names for states, languages,
// statuses and required letter contents, the summary tables and the progress line. No I/O here.
import { DateTime } from 'luxon';
import type { LetterStatus } from '../../db/schema.js';
import { JURISDICTION_NAMES } from '../../rules/jurisdiction-names.js';

export const STATUS_LABELS: Record<LetterStatus, string> = {
  draft: 'Draft, waiting for approval',
  approved: 'Approved, not sent yet',
  queued: 'Queued for e-mail',
  sending: 'Being sent',
  sent: 'Sent by e-mail',
  failed: 'Failed',
  bounced: 'Bounced',
  exported: 'In a print batch',
  superseded: 'Replaced by a newer draft',
};
export const STATUSES = Object.keys(STATUS_LABELS) as LetterStatus[];

const ELEMENT_LABELS: Record<string, string> = {
  what_happened: 'What happened',
  information_involved: 'What information was involved',
  breach_dates: 'When the breach happened',
  notice_date: 'Date of the notice',
  what_we_are_doing: 'What we are doing',
  what_you_can_do: 'What you can do',
  contact: 'Whom to contact',
  credit_bureaus: 'Credit bureaus’ contact details',
  ftc: 'Federal Trade Commission contact details',
  attorney_general: 'Attorney general’s contact details',
  fcra_rights: 'Rights under the Fair Credit Reporting Act',
  review_statements: 'Advice to review account statements',
  law_enforcement_delay: 'Why notice was delayed (law enforcement)',
  ca_headings: 'California’s required headings',
  police_report: 'The right to obtain a police report',
  security_freeze: 'How to request a free security freeze',
  affected_count: 'How many residents were affected',
};

export function elementLabel(code: string): string {
  return ELEMENT_LABELS[code] ?? code.replace(/_/g, ' ');
}

/** Resident letters without a state on file use the default template (`default`). */
export function jurisdictionLabel(code: string | null): string {
  if (code === null) return 'No jurisdiction';
  if (code === 'default') return 'State not known';
  return JURISDICTION_NAMES[code] ?? code;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
export function languageLabel(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export interface CountRow {
  kind: 'resident' | 'regulator';
  status: LetterStatus;
  jurisdiction: string | null;
  language: string;
  channel: 'email' | 'mail';
  n: number;
}

function tally<K extends string>(rows: CountRow[], key: (r: CountRow) => K) {
  const m = new Map<K, { n: number; email: number; mail: number }>();
  for (const r of rows) {
    const t = m.get(key(r)) ?? { n: 0, email: 0, mail: 0 };
    t.n += r.n;
    t[r.channel] += r.n;
    m.set(key(r), t);
  }
  return m;
}

/** The summary tables: resident letters by state, language and status; e-mail delivery; print. */
export function summarize(rows: CountRow[]) {
  const residents = rows.filter((r) => r.kind === 'resident');
  // A re-render replaces drafts: the replaced ones stay listed by status but are not letters to send.
  const current = residents.filter((r) => r.status !== 'superseded');
  const byState = [...tally(current, (r) => r.jurisdiction ?? 'default')]
    .map(([code, t]) => ({ code, name: jurisdictionLabel(code), ...t }))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  const byLanguage = [...tally(current, (r) => r.language)]
    .map(([code, t]) => ({ code, name: languageLabel(code), ...t }))
    .sort((a, b) => b.n - a.n);
  const statusTally = tally(residents, (r) => r.status);
  const byStatus = STATUSES.filter((s) => statusTally.has(s)).map((s) => ({ code: s, name: STATUS_LABELS[s], ...statusTally.get(s)! }));
  const email = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<LetterStatus, number>;
  for (const r of rows) if (r.channel === 'email') email[r.status] += r.n;
  const mailReady = rows.filter((r) => r.channel === 'mail' && r.status === 'approved').reduce((n, r) => n + r.n, 0);
  return {
    total: current.reduce((n, r) => n + r.n, 0),
    byState,
    byLanguage,
    byStatus,
    email,
    mailReady,
    jurisdictions: byState.map((s) => ({ code: s.code, name: s.name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export interface Activity {
  render: { done: number; total: number } | null;
  delivery: Record<LetterStatus, number> | null;
  print: { exported: number; remaining: number } | null;
}

const pct = (done: number, total: number) => (total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0);
const n = (v: number) => v.toLocaleString('en-US');

/** `{percent, text, finished}` for the progress bar: finished once nothing is drafting, sending or printing. */
export function progressOf(a: Activity): { percent: number; text: string; finished: boolean } {
  const parts: { percent: number; text: string }[] = [];
  if (a.render) {
    parts.push({ percent: pct(a.render.done, a.render.total), text: `Drafting letters: ${n(a.render.done)} of ${a.render.total ? n(a.render.total) : '?'} parts done.` });
  }
  if (a.delivery) {
    const e = a.delivery;
    const failed = e.failed + e.bounced;
    const done = e.sent + failed;
    const waiting = e.approved + e.queued + e.sending;
    parts.push({ percent: pct(done, done + waiting), text: `Sending e-mail: ${n(e.sent)} sent, ${n(waiting)} waiting${failed ? `, ${n(failed)} failed` : ''}.` });
  }
  if (a.print) {
    const total = a.print.exported + a.print.remaining;
    parts.push({ percent: pct(a.print.exported, total), text: `Print export: ${n(a.print.exported)} of ${n(total)} letters in batches.` });
  }
  if (parts.length === 0) return { percent: 100, text: 'Nothing is running.', finished: true };
  return { percent: parts[0]!.percent, text: parts.map((p) => p.text).join(' '), finished: false };
}

/** One approve button per jurisdiction with drafts: what would be approved, and what cannot be. */
export function approvalGroups(drafts: { jurisdiction: string | null; kind: 'resident' | 'regulator'; passed: number; failed: number }[]) {
  const groups = new Map<string, { code: string; passed: number; failed: number; regulator: number }>();
  for (const d of drafts) {
    const code = d.jurisdiction ?? 'default';
    const g = groups.get(code) ?? { code, passed: 0, failed: 0, regulator: 0 };
    g.passed += d.passed;
    g.failed += d.failed;
    if (d.kind === 'regulator') g.regulator += d.passed;
    groups.set(code, g);
  }
  return [...groups.values()]
    .sort((a, b) => b.passed - a.passed || a.code.localeCompare(b.code))
    .map((g) => ({ ...g, name: jurisdictionLabel(g.code), label: `Approve ${lettersPhrase(g.passed, g.code)}` }));
}

/** "2,300 Texas letters", "1 letter", "14 letters (state not known)". */
export function lettersPhrase(count: number, jurisdiction: string | null): string {
  const noun = count === 1 ? 'letter' : 'letters';
  if (!jurisdiction) return `${n(count)} ${noun}`;
  if (jurisdiction === 'default') return `${n(count)} ${noun} (state not known)`;
  return `${n(count)} ${jurisdictionLabel(jurisdiction)} ${noun}`;
}

/** An instant as staff read it, in the organisation's time zone: "14 Oct 2020, 15:04 CDT". */
export function displayInstant(iso: string | null, zone: string): string {
  if (!iso) return '';
  const d = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  return d.isValid ? d.toFormat('d LLL yyyy, HH:mm ZZZZ') : iso;
}
