// The incident's legal story as one picture: when data was exposed, when the organisation found
// out, how long police asked it to wait, when each law wanted notice and when notice went out.
// Pure and deterministic: a string in, a string out, embeddable inline under a strict CSP, so it
// uses presentation attributes only (a <style> element would leak into the page and needs
// 'unsafe-inline'), no scripts, and no reference outside itself.
import { EPOCH, MILESTONE_WORDS, MONTHS, dt, long, range, readPicture, type Milestone, type Status, type TimelinePicture } from './timeline-story.js';

export type { TimelinePicture } from './timeline-story.js';

const W = 960, X0 = 196, X1 = 936;            // plot area; the left column holds lane titles
const CHAR = 7.8;                              // width of one 13px character, generous so labels err apart
const GAP = 10, MARK_H = 24, LEVEL_H = 16;
const TEXT = '#1f2933', MUTED = '#4b5563', GRID = '#e5e7eb', YEAR_LINE = '#9ca3af';
const EXPOSURE = '#c2410c', DELAY = '#6b7280', NOTICE = '#6d28d9', TODAY = '#92400e';
const STATUS: Record<Status, string> = { open: '#1d4ed8', met: '#15803d', late: '#b91c1c', waived: '#6b7280' };

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (v: number) => String(Math.round(v * 10) / 10);
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const tip = (label: string, what: string) => (label ? `${label}: ${what}` : what);

interface Label { cx: number; text: string }
interface Row { side: string; draw: (y: number) => string; labels: Label[] }
interface Lane { title: string; rows: Row[] }
interface Said { day: number; order: number; text: string }

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function svgOpen(id: string, height: number, title: string, desc: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${W} ${n(height)}" width="100%" font-family="system-ui, sans-serif" font-size="13" fill="${TEXT}">`
    + `<title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(desc)}</desc>`;
}

/** Greedy stagger: each label takes the highest level where it clears the one before it. */
function place(labels: Label[]): { left: number; level: number; text: string }[] {
  const ends: number[] = [];
  return [...labels].sort((p, q) => p.cx - q.cx).map((l) => {
    const w = l.text.length * CHAR;
    const left = Math.max(X0 - 4, Math.min(l.cx - w / 2, W - 6 - w));
    let level = ends.findIndex((end) => left >= end + GAP);
    if (level < 0) level = ends.push(0) - 1;
    ends[level] = left + w;
    return { left, level, text: l.text };
  });
}

/** Month ticks: the smallest step whose narrowest gap (a 28-day February) still fits a label. */
function ticks(lo: number, hi: number, px: (d: number) => number): { x: number; text: string; january: boolean }[] {
  const need = 'Sep 2020'.length * CHAR + 2 * GAP;
  const perDay = px(1) - px(0);
  const step = [1, 2, 3, 6, 12, 24, 60, 120, 240].find((s) => perDay * 28 * s >= need) ?? 600;
  const out: { x: number; text: string; january: boolean }[] = [];
  for (let m = dt(lo).startOf('month'); ; m = m.plus({ months: 1 })) {
    const day = Math.round(m.diff(EPOCH, 'days').days);
    if (day > hi) return out;
    const aligned = step < 12 ? (m.month - 1) % step === 0 : m.month === 1 && m.year % (step / 12) === 0;
    const x = px(day), half = (8 * CHAR) / 2;
    if (day >= lo && aligned && x - half >= 4 && x + half <= W - 4) out.push({ x, text: `${MONTHS[m.month - 1]} ${m.year}`, january: m.month === 1 });
  }
}

export function renderTimelineSvg(p: TimelinePicture): string {
  const id = `tl-${hash(JSON.stringify(p))}`;
  const { windows, delays, milestones, deadlines, notices, first, last, today: todayDay } = readPicture(p);
  const showToday = todayDay !== null;

  if (first === null || last === null) {
    return svgOpen(id, 64, 'Incident timeline', 'Nothing to draw yet: no dates are recorded for this incident.')
      + `<text x="${W / 2}" y="38" text-anchor="middle" font-size="16" fill="${MUTED}">Nothing to draw yet</text></svg>`;
  }

  let lo = first, hi = Math.max(last, showToday ? todayDay : last) + 1;
  if (hi - lo < 45) { const grow = (45 - (hi - lo)) / 2; lo -= Math.floor(grow); hi += Math.ceil(grow); }
  const pad = Math.max(3, Math.round((hi - lo) * 0.03));
  lo -= pad; hi += pad;
  const px = (d: number) => X0 + ((d - lo) / (hi - lo)) * (X1 - X0);
  const mid = (d: number) => px(d + 0.5);     // a one-day event sits in the middle of its day

  const said: Said[] = [];
  const lanes: Lane[] = [];
  const band = (cls: string, a: number, b: number, fill: string, stroke: string, tipText: string) => (y: number) =>
    `<rect class="${cls}" x="${n(px(a))}" y="${n(y - 7)}" width="${n(Math.max(2, px(b + 1) - px(a)))}" height="14" fill="${fill}" stroke="${stroke}">`
    + `<title>${esc(tipText)}</title></rect>`;
  const point = (cls: string, day: number, shape: string, tipText: string) => (y: number) =>
    `<g class="${cls}" transform="translate(${n(mid(day))} ${n(y)})">${shape}<title>${esc(tipText)}</title></g>`;
  const centre = (a: number, b: number) => (px(a) + px(b + 1)) / 2;

  if (windows.length) {
    const bars = windows.map((w) => band('tl-exposure', w.a, w.b, EXPOSURE, EXPOSURE, tip(w.label, range(w.a, w.b))));
    lanes.push({ title: 'Exposure', rows: [{ side: '', labels: windows.map((w) => ({ cx: centre(w.a, w.b), text: range(w.a, w.b) })),
      draw: (y) => bars.map((f) => f(y)).join('') }] });
    for (const w of windows) said.push({ day: w.a, order: 0, text: `exposure ${long(w.a)} to ${long(w.b)}` });
  }
  if (milestones.length) {
    const word = (m: Milestone) => MILESTONE_WORDS[m.kind][0] || clip(m.label, 28) || 'Milestone';
    const marks = milestones.map((m) => point('tl-milestone', m.day, `<path d="M0 -7L7 0L0 7L-7 0Z" fill="${TEXT}"/>`, `${m.label} ${long(m.day)}`));
    lanes.push({ title: 'Investigation', rows: [{ side: '', labels: milestones.map((m) => ({ cx: mid(m.day), text: `${word(m)} ${long(m.day)}` })),
      draw: (y) => marks.map((f) => f(y)).join('') }] });
    for (const m of milestones) said.push({ day: m.day, order: 1, text: `${MILESTONE_WORDS[m.kind][1] || m.label || 'milestone'} ${long(m.day)}` });
  }
  if (delays.length) {
    const bands = delays.map((d) => band('tl-delay', d.a, d.b, `url(#${id}-hatch)`, DELAY, tip(d.label, range(d.a, d.b))));
    lanes.push({ title: 'Law enforcement delay', rows: [{ side: '', labels: delays.map((d) => ({ cx: centre(d.a, d.b), text: range(d.a, d.b) })),
      draw: (y) => bands.map((f) => f(y)).join('') }] });
    for (const d of delays) said.push({ day: d.a, order: 2, text: `law-enforcement delay ${long(d.a)} to ${long(d.b)}` });
  }
  if (deadlines.length) {
    // One row per jurisdiction, earliest deadline first, so the rows read top-down in time.
    const jurisdictions = [...new Set([...deadlines].sort((a, b) => a.day - b.day).map((d) => d.jurisdiction))];
    lanes.push({ title: 'Deadlines', rows: jurisdictions.map((j) => {
      const mine = deadlines.filter((d) => d.jurisdiction === j);
      const marks = mine.map((d) => point(`tl-deadline tl-${d.status}`, d.day, statusMark(d.status), `${d.label} due ${long(d.day)} — ${d.status}`));
      return { side: clip(j, 18), labels: mine.map((d) => ({ cx: mid(d.day), text: `${clip(d.label, 32)} due ${long(d.day)} — ${d.status}` })),
        draw: (y: number) => marks.map((f) => f(y)).join('') };
    }) });
    for (const d of deadlines) said.push({ day: d.day, order: 3, text: `${d.label} (${d.jurisdiction}) due ${long(d.day)}, ${d.status}` });
  }
  if (notices.length) {
    // Several notices to one jurisdiction on one day (residents, attorney general) share a marker.
    const groups = new Map<string, typeof notices>();
    for (const x of notices) {
      const key = `${x.day}\u0000${x.jurisdiction}`;
      groups.set(key, [...(groups.get(key) ?? []), x]);
    }
    const list = [...groups.values()].map((g) => ({ day: g[0]!.day, jurisdiction: g[0]!.jurisdiction, tip: g.map((x) => x.label).join('; '), count: g.length }));
    const envelope = `<rect x="-7" y="-5" width="14" height="10" fill="${NOTICE}"/><path d="M-7 -5L0 1L7 -5" fill="none" stroke="#ffffff" stroke-width="1.5"/>`;
    const marks = list.map((g) => point('tl-notice', g.day, envelope, `${g.tip} — ${g.jurisdiction} ${long(g.day)}`));
    const text = (g: (typeof list)[number]) => `${clip(g.jurisdiction, 18)} ${long(g.day)}${g.count > 1 ? ` (${g.count} notices)` : ''}`;
    lanes.push({ title: 'Notices sent', rows: [{ side: '', labels: list.map((g) => ({ cx: mid(g.day), text: text(g) })), draw: (y) => marks.map((f) => f(y)).join('') }] });
    for (const x of notices) said.push({ day: x.day, order: 4, text: `notice sent to ${x.jurisdiction}${x.label ? ` (${x.label})` : ''} ${long(x.day)}` });
  }
  if (showToday) said.push({ day: todayDay, order: 5, text: `today is ${long(todayDay)}` });

  // Lay out lanes top to bottom; each row is a marker band followed by its staggered label levels.
  const top = showToday ? 30 : 12;
  let y = top;
  const body: string[] = [];
  for (const lane of lanes) {
    lane.rows.forEach((row, i) => {
      const placed = place(row.labels);
      const levels = Math.max(1, ...placed.map((l) => l.level + 1));
      const markY = y + 12;
      if (i === 0) body.push(`<text x="12" y="${n(markY + 4)}" font-weight="700" font-size="14">${esc(lane.title)}</text>`);
      if (row.side) body.push(`<text class="tl-row" x="24" y="${n(markY + (i === 0 ? 22 : 4))}" fill="${MUTED}">${esc(row.side)}</text>`);
      body.push(row.draw(markY));
      for (const l of placed) body.push(`<text class="tl-label" x="${n(l.left)}" y="${n(y + MARK_H + (l.level + 1) * LEVEL_H - 4)}">${esc(l.text)}</text>`);
      y += MARK_H + levels * LEVEL_H + (i === 0 && row.side ? 8 : 4);
    });
    y += 6;
    body.push(`<line x1="12" x2="${X1}" y1="${n(y)}" y2="${n(y)}" stroke="${GRID}"/>`);
    y += 6;
  }
  const axisY = y;
  const grid: string[] = [];
  for (const t of ticks(lo, hi, px)) {
    grid.push(`<line x1="${n(t.x)}" x2="${n(t.x)}" y1="${top}" y2="${n(axisY + 5)}" stroke="${t.january ? YEAR_LINE : GRID}"${t.january ? ' stroke-width="1.5"' : ''}/>`);
    grid.push(`<text class="tl-tick" x="${n(t.x)}" y="${n(axisY + 20)}" text-anchor="middle" fill="${t.january ? TEXT : MUTED}"${t.january ? ' font-weight="700"' : ''}>${t.text}</text>`);
  }
  grid.push(`<line x1="${X0}" x2="${X1}" y1="${n(axisY)}" y2="${n(axisY)}" stroke="${YEAR_LINE}"/>`);
  if (showToday) {
    const tx = mid(todayDay), text = `Today ${long(todayDay)}`;
    grid.push(`<line class="tl-today" x1="${n(tx)}" x2="${n(tx)}" y1="${top - 6}" y2="${n(axisY)}" stroke="${TODAY}" stroke-dasharray="4 3"/>`);
    grid.push(`<text x="${n(Math.min(tx - (text.length * CHAR) / 2, W - 6 - text.length * CHAR))}" y="${top - 10}" fill="${TODAY}">${text}</text>`);
  }

  said.sort((a, b) => a.day - b.day || a.order - b.order);
  const desc = said.map((s) => s.text).join('; ');
  const defs = `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3f4f6"/><line x1="0" y1="0" x2="0" y2="6" stroke="${DELAY}" stroke-width="2.5"/></pattern></defs>`;
  return svgOpen(id, axisY + 32, `Incident timeline, ${long(first)} to ${long(last)}`, `${desc.charAt(0).toUpperCase()}${desc.slice(1)}.`)
    + defs + grid.join('') + body.join('') + '</svg>';
}

function statusMark(s: Status): string {
  const c = STATUS[s];
  switch (s) {
    case 'open': return `<circle r="6" fill="#ffffff" stroke="${c}" stroke-width="2.5"/>`;
    case 'met': return `<circle r="7" fill="${c}"/><path d="M-3.5 0L-1 2.5L3.5 -2.5" fill="none" stroke="#ffffff" stroke-width="2"/>`;
    case 'late': return `<rect x="-6" y="-6" width="12" height="12" fill="${c}"/><path d="M-3 -3L3 3M3 -3L-3 3" stroke="#ffffff" stroke-width="2"/>`;
    case 'waived': return `<circle r="6" fill="#ffffff" stroke="${c}" stroke-width="2" stroke-dasharray="3 2"/><path d="M-4 4L4 -4" stroke="${c}" stroke-width="2"/>`;
  }
}
