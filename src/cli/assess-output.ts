// How `breachdesk assess` prints: a table a clerk can read, or the DESIGN §5 JSON.
import type { Assessment, AssessedObligation } from '../domain/types.js';
import { daysLeft } from '../domain/obligation-status.js';
import type { OnTimeAnchor } from '../domain/on-time-anchor.js';
import type { WhatIf } from '../domain/what-if.js';

function when(o: AssessedObligation, today: string): string {
  if (o.status === 'met') return 'met';
  if (o.status === 'late') return `LATE ${o.daysLate} d`;
  if (o.status === 'not_applicable') return 'n/a';
  if (!o.deadline.due) return 'no fixed date';
  const left = daysLeft(o.deadline.due, today);
  return left < 0 ? `overdue ${-left} d` : `${left} d left`;
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n');
}

export function assessmentTable(a: Assessment, today: string): string {
  const header = ['JURISDICTION', 'RECIPIENT', 'RULE', 'DUE', 'STATUS', 'CONF', 'CITATION'];
  const rows = a.obligations.map((o) => [
    o.jurisdiction,
    o.recipient,
    o.rule ?? '(none)',
    o.deadline.due ?? (o.deadline.kind === 'without_unreasonable_delay' ? 'w/o unreasonable delay' : '-'),
    when(o, today),
    o.confidence ?? '-',
    o.citation ?? 'no rule in catalogue',
  ]);
  const e = a.exposure;
  const t = a.timeline;
  const lines = [
    `Exposure: ${e.start ?? '?'} to ${e.end ?? '?'} (${e.windows.length} window(s), ${e.exposedDays} exposed day(s))`,
    `Timeline: exposure end -> discovery ${t.exposureEndToDiscoveryDays ?? '?'} d; discovery -> notice ${t.discoveryToNoticeDays ?? '?'} d; exposure end -> public ${t.exposureEndToPublicDisclosureDays ?? '?'} d`,
    '',
    pad([header, ...rows]),
  ];
  // One line per distinct note, naming every obligation it concerns: the same coverage doubt
  // applies to each duty of a law and should be read once.
  const notes = new Map<string, string[]>();
  for (const o of a.obligations) {
    const texts = o.applicability === 'applies' ? o.assumptions : o.reasons.slice(0, 1);
    for (const text of texts) notes.set(`${o.jurisdiction}: ${text}`, [...(notes.get(`${o.jurisdiction}: ${text}`) ?? []), o.recipient]);
  }
  const decided = a.obligations.filter((o) => o.applicability === 'applies' && o.deadline.decidedBy);
  if (decided.length) {
    lines.push('', 'Dates set by the sooner limb, or by another notice:');
    for (const o of decided) lines.push(`  ${o.jurisdiction} ${o.recipient}: ${o.deadline.due ?? 'no date yet'}, set by ${o.deadline.decidedBy}`);
  }
  if (notes.size) {
    lines.push('', 'Notes:');
    for (const [text, recipients] of notes) lines.push(`  ${text.replace(': ', ` (${[...new Set(recipients)].join(', ')}): `)}`);
  }
  const unverified = new Map<string, string[]>();
  for (const o of a.obligations) if (o.rule && o.applicability === 'applies' && o.unverified.length) unverified.set(o.rule, o.unverified);
  if (unverified.size) {
    lines.push('', 'Not verified in the rules applied (check before relying on them):');
    for (const [rule, items] of unverified) for (const item of items) lines.push(`  ${rule}: ${item}`);
  }
  return lines.join('\n');
}

/** The what-if and on-time analyses, when asked for, under the table. */
export function analysisLines(extra: { whatIf?: Omit<WhatIf, 'assessment'>; onTime?: OnTimeAnchor[] }): string[] {
  const out: string[] = [];
  if (extra.whatIf) {
    const w = extra.whatIf;
    out.push('', `What if discovered on ${w.asIfDiscoveredOn} (${w.shiftDays >= 0 ? '+' : ''}${w.shiftDays} days, every date moved alike):`);
    if (!w.changes.length) out.push('  nothing changes but the calendar.');
    for (const c of w.changes) out.push(`  ${c.jurisdiction} ${c.recipient}: ${c.before.rule ?? '-'} ${c.before.due ?? ''} -> ${c.after.rule ?? '-'} ${c.after.due ?? ''}: ${c.reason}`);
  }
  if (extra.onTime) {
    out.push('', 'Latest start for each recorded notice to have been on time:');
    if (!extra.onTime.length) out.push('  no recorded notice with a fixed deadline.');
    for (const a of extra.onTime) out.push(`  ${a.statement}`);
  }
  return out;
}
