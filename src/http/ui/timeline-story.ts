// The incident's timeline as dated lines, in date order: what the picture shows, readable on a
// phone without scrolling sideways, by a screen reader, and on paper. It shares the picture's
// reading of the dates (readPicture) so the list and the drawing can never disagree.
import { DateTime } from 'luxon';

export interface TimelinePicture {
  today: string;                       // the organisation's calendar date
  windows: { start: string; end: string; label: string }[];           // exposure windows (already merged, inclusive days)
  milestones: { on: string; kind: 'discovered' | 'notified_by_vendor' | 'determined' | 'scope_identified' | 'disclosed_publicly' | 'other'; label: string }[];
  delays: { start: string; end: string; label: string }[];            // law-enforcement delays (inclusive)
  deadlines: { due: string; jurisdiction: string; label: string; status: 'open' | 'met' | 'late' | 'waived' }[];
  notices: { on: string; jurisdiction: string; label: string }[];      // notices sent (recorded 'notified' events)
}

export type Milestone = TimelinePicture['milestones'][number];
export type Status = TimelinePicture['deadlines'][number]['status'];

// Fixed English month names: Intl data differs between Node builds ("Sep" vs "Sept").
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const EPOCH = DateTime.fromISO('1970-01-01', { zone: 'utc' });
const TODAY_REACH = 60;                        // days after the last item within which today is shown
export const MILESTONE_WORDS: Record<Milestone['kind'], [string, string]> = {
  discovered: ['Discovered', 'discovered'], notified_by_vendor: ['Vendor notice', 'notified by vendor'],
  determined: ['Determined', 'determined'], scope_identified: ['Scope identified', 'scope identified'],
  disclosed_publicly: ['Public disclosure', 'disclosed publicly'], other: ['', ''],
};
const STATUS_WORDS: Record<Status, string> = { open: 'still to do', met: 'met', late: 'missed', waived: 'waived' };

const dayOf = (iso: string): number | null => {
  const d = DateTime.fromISO(iso, { zone: 'utc' });
  return d.isValid ? Math.round(d.startOf('day').diff(EPOCH, 'days').days) : null;
};
export const dt = (day: number) => EPOCH.plus({ days: day });
export const long = (day: number) => { const d = dt(day); return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`; };
export const range = (a: number, b: number) => {
  const p = dt(a), q = dt(b);
  return a === b ? long(a) : p.year === q.year ? `${p.day} ${MONTHS[p.month - 1]} – ${long(b)}` : `${long(a)} – ${long(b)}`;
};

/** The picture's dates as day numbers; anything unreadable is left out rather than guessed. */
export function readPicture(p: TimelinePicture) {
  const spans = (list: { start: string; end: string; label: string }[]) => list.flatMap((w) => {
    const a = dayOf(w.start), b = dayOf(w.end);
    return a === null || b === null ? [] : [{ a: Math.min(a, b), b: Math.max(a, b), label: w.label }];
  });
  const at = <T extends object>(list: T[], key: keyof T) => list.flatMap((x) => {
    const d = dayOf(String(x[key]));
    return d === null ? [] : [{ ...x, day: d }];
  });
  const windows = spans(p.windows), delays = spans(p.delays);
  const milestones = at(p.milestones, 'on'), deadlines = at(p.deadlines, 'due'), notices = at(p.notices, 'on');
  const days = [...windows, ...delays].flatMap((s) => [s.a, s.b]).concat([...milestones, ...deadlines, ...notices].map((x) => x.day));
  const first = days.length ? Math.min(...days) : null, last = days.length ? Math.max(...days) : null;
  const todayDay = dayOf(p.today);
  // Today counts only when it is close: a 2020 incident viewed in 2026 must not shrink to a sliver.
  const today = todayDay !== null && first !== null && last !== null && todayDay >= first && todayDay <= last + TODAY_REACH ? todayDay : null;
  return { windows, delays, milestones, deadlines, notices, first, last, today };
}

export interface StoryLine {
  on: string;        // ISO date, for <time datetime>
  dateText: string;  // the date as people read it: 14 Oct 2020
  what: string;
}

/** Each start and end, milestone, deadline and notice as one dated line, earliest first. */
export function timelineStory(p: TimelinePicture): StoryLine[] {
  const r = readPicture(p);
  const lines: { day: number; order: number; what: string }[] = [];
  const add = (day: number, order: number, what: string) => lines.push({ day, order, what });
  for (const w of r.windows) {
    if (w.a === w.b) add(w.a, 0, 'Data exposed on this day');
    else { add(w.a, 0, `Exposure began (lasted ${w.b - w.a + 1} days)`); add(w.b, 0, 'Exposure ended'); }
  }
  for (const m of r.milestones) add(m.day, 1, MILESTONE_WORDS[m.kind][0] || m.label || 'Milestone');
  for (const d of r.delays) {
    if (d.a === d.b) add(d.a, 2, 'Law enforcement asked for a delay for this day');
    else { add(d.a, 2, 'Law-enforcement delay began'); add(d.b, 2, 'Law-enforcement delay ended'); }
  }
  // Labels such as "TX attorney general" already name the jurisdiction; others get it added.
  const who = (label: string, j: string) => (label.split(/\s+/).includes(j) ? label : `${label} (${j})`);
  for (const d of r.deadlines) add(d.day, 3, `Deadline: ${who(d.label, d.jurisdiction)}, ${STATUS_WORDS[d.status]}`);
  for (const x of r.notices) add(x.day, 4, `Notice sent: ${x.label ? `${x.label}, ` : ''}${x.jurisdiction}`);
  if (r.today !== null) add(r.today, 5, 'Today');
  return lines
    .sort((a, b) => a.day - b.day || a.order - b.order)
    .map((l) => ({ on: dt(l.day).toISODate()!, dateText: long(l.day), what: l.what }));
}
