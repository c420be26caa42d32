// Exposure windows as the law sees them: overlapping or back-to-back windows of one channel are one
// window; a month-only bound is read as widely as it can be (first day of the start month, last
// day of the end month), because a narrower reading could leave an exposed resident untold.
import { addDays, daysBetween, maxDate, minDate } from './dates.js';
import { describeFuzzy } from './fuzzy-date.js';
import type { ExposureSummary, ExposureWindowInput, MergedWindow } from './types.js';

function mergeChannel(windows: { start: string; end: string }[], channel: string | null): MergedWindow[] {
  const sorted = [...windows].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const merged: MergedWindow[] = [];
  for (const w of sorted) {
    const last = merged[merged.length - 1];
    // Adjacent days are one window: exposure "through June 30" and "from July 1" has no gap.
    if (last && w.start <= addDays(last.end, 1)) {
      if (w.end > last.end) last.end = w.end;
      last.sources += 1;
    } else {
      merged.push({ start: w.start, end: w.end, channel, days: 0, sources: 1 });
    }
  }
  for (const m of merged) m.days = daysBetween(m.start, m.end) + 1;
  return merged;
}

/** Days covered by any window, whatever its channel (a day counts once). */
function exposedDays(windows: MergedWindow[]): number {
  const all = mergeChannel(windows, null);
  return all.reduce((n, w) => n + w.days, 0);
}

export function mergeExposure(inputs: readonly ExposureWindowInput[]): ExposureSummary {
  const assumptions: string[] = [];
  const byChannel = new Map<string | null, { start: string; end: string }[]>();
  for (const w of inputs) {
    if (w.start.precision === 'month') assumptions.push(`Exposure start ${describeFuzzy(w.start)} is read as ${w.start.earliest}, the earliest day it can mean.`);
    if (w.end.precision === 'month') assumptions.push(`Exposure end ${describeFuzzy(w.end)} is read as ${w.end.latest}, the latest day it can mean.`);
    const list = byChannel.get(w.channel) ?? [];
    list.push({ start: w.start.earliest, end: w.end.latest });
    byChannel.set(w.channel, list);
  }
  const windows = [...byChannel.entries()]
    .flatMap(([channel, list]) => mergeChannel(list, channel))
    .sort((a, b) => a.start.localeCompare(b.start) || (a.channel ?? '').localeCompare(b.channel ?? ''));
  const start = minDate(windows.map((w) => w.start));
  const end = maxDate(windows.map((w) => w.end));
  return {
    windows,
    start,
    end,
    spanDays: start && end ? daysBetween(start, end) + 1 : null,
    exposedDays: exposedDays(windows),
    channels: [...new Set(windows.map((w) => w.channel).filter((c): c is string => c !== null))].sort(),
    assumptions: [...new Set(assumptions)],
  };
}
