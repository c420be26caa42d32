// The load run's report: latency per route and overall, outcomes, what PostgreSQL holds, and one
// summary line last so a CI log or a person scrolling sees the verdict first.
import type { Recorder } from './load-http.js';
import type { Verification } from './load-verify.js';

export interface LoadReport {
  clients: number;
  organizations: number;
  durationSeconds: number;
  /** Mean pause of a client between requests; 0 = closed loop at full speed. */
  thinkMs: number;
  /** From the first request to the last answer. */
  elapsedSeconds: number;
  settings: Record<string, string>;
  machine: string;
  recorder: Recorder;
  verification: Verification | null;
  /** cpuWaitPercent: share of the run the main thread (event loop) was runnable but had no CPU. */
  processes: { name: string; cpuPercentOfOneCore: number | null; cpuWaitPercent: number | null; peakRssMb: number | null; exit: string }[];
  apiErrors: string[];
  /** Share of the API's PostgreSQL connection-samples per state or wait event. */
  pgWaits: { waits: [string, number][]; connections: number } | null;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (n: number | null) => (n === null ? '-' : n.toFixed(0));
const ms = (n: number) => (Number.isNaN(n) ? '-' : n < 10 ? n.toFixed(1) : int(n));

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The run in about six slices, by when each answer came: warm-up, steady state, drift. */
function timeline(r: LoadReport): string[][] {
  const step = Math.max(1, Math.round(r.durationSeconds / 6));
  // Answers to requests sent just before the end belong to the last slice, not a sliver of their own.
  const last = Math.max(0, Math.ceil(r.durationSeconds / step) - 1);
  const slices = new Map<number, number[]>();
  for (const [t, latency] of r.recorder.timeline) {
    const k = Math.min(last, Math.floor(t / step));
    let list = slices.get(k);
    if (!list) slices.set(k, (list = []));
    list.push(latency);
  }
  return [...slices.keys()].sort((a, b) => a - b).map((k) => {
    const sorted = slices.get(k)!.sort((a, b) => a - b);
    const end = k === last ? Math.max(r.elapsedSeconds, k * step + 0.001) : (k + 1) * step;
    const width = end - k * step;
    return [`${k * step}–${k === last ? end.toFixed(1) : end}`, int(sorted.length), (sorted.length / Math.max(width, 0.001)).toFixed(1), ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(sorted.at(-1)!)];
  });
}

export interface Verdict {
  ok: boolean;
  requests: number;
  serverErrors: number;
  transportErrors: number;
  unexpected4xx: number;
  rateLimited: number;
  p99: number;
  summary: string;
}

export function verdict(r: LoadReport): Verdict {
  const all = [...r.recorder.routes.values()].flatMap((e) => e.ms).sort((a, b) => a - b);
  const serverErrors = r.recorder.count((s) => s.startsWith('5'));
  const transportErrors = r.recorder.count((s) => s === 'error');
  const rateLimited = r.recorder.count((s) => s === '429');
  const unexpected4xx = r.recorder.count((s) => s.startsWith('4') && s !== '429');
  const v = r.verification;
  const lost = v ? v.lost : NaN;
  const p99 = percentile(all, 99);
  const ok = serverErrors === 0 && transportErrors === 0 && unexpected4xx === 0 && r.recorder.malformed === 0 && v !== null && v.lost === 0 && v.extra === 0 && v.inconsistencies === 0;
  const extras = [
    transportErrors ? `${int(transportErrors)} transport errors` : null,
    unexpected4xx ? `${int(unexpected4xx)} unexpected 4xx` : null,
    r.recorder.malformed ? `${int(r.recorder.malformed)} malformed 201` : null,
    rateLimited ? `${int(rateLimited)} 429` : null,
    v && v.extra ? `${int(v.extra)} unacknowledged writes` : null,
    v && v.inconsistencies ? `${int(v.inconsistencies)} inconsistencies` : null,
  ].filter(Boolean);
  const summary =
    `load: ${r.clients} clients ${r.durationSeconds} s, ${int(all.length)} requests, ${int(serverErrors)} 5xx, ` +
    `${Number.isNaN(lost) ? 'writes not checked' : `${int(lost)} lost writes`}, p99 ${ms(p99)} ms` +
    (extras.length ? `, ${extras.join(', ')}` : '') +
    (ok ? '' : ' — FAILED');
  return { ok, requests: all.length, serverErrors, transportErrors, unexpected4xx, rateLimited, p99, summary };
}

export function printLoadReport(r: LoadReport, out: (line: string) => void = (l) => process.stdout.write(l + '\n')): Verdict {
  const v = verdict(r);
  out(`breachdesk load: ${r.clients} clients in ${r.organizations} organisation(s), ${r.durationSeconds} s, one API process`);
  out(`machine: ${r.machine}`);
  out(`settings: ${Object.entries(r.settings).map(([k, val]) => `${k}=${val}`).join(' ')}`);
  out('');

  const rows: string[][] = [];
  const allMs: number[] = [];
  let total = 0;
  for (const [route, e] of r.recorder.routes) {
    const sorted = [...e.ms].sort((a, b) => a - b);
    allMs.push(...sorted);
    total += sorted.length;
    rows.push([route, int(sorted.length), (sorted.length / r.elapsedSeconds).toFixed(1), ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(sorted.at(-1) ?? NaN)]);
  }
  allMs.sort((a, b) => a - b);
  rows.push(['all', int(total), (total / r.elapsedSeconds).toFixed(1), ms(percentile(allMs, 50)), ms(percentile(allMs, 95)), ms(percentile(allMs, 99)), ms(allMs.at(-1) ?? NaN)]);
  for (const l of table(['route', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'], rows)) out(l);
  out(`(${r.elapsedSeconds.toFixed(1)} s from the first request to the last answer; latency is the client's: send to last byte)`);
  // Closed loop: a client waits for its answer before it sends again, so the clients queue behind
  // each other and the mean latency follows from the throughput (Little's law), not the other way.
  const mean = allMs.reduce((a, b) => a + b, 0) / (allMs.length || 1);
  if (r.thinkMs === 0) {
    out(`clients never pause: mean latency ${ms(mean)} ms ≈ ${r.clients} clients ÷ ${(total / r.elapsedSeconds).toFixed(1)} req/s = ${ms((r.clients / (total / r.elapsedSeconds)) * 1000)} ms`);
    out(`(Little's law: past what the API can serve, more clients add waiting, not throughput; --think MS models people)`);
  }
  out('');
  for (const l of table(['seconds', 'answers', 'req/s', 'p50 ms', 'p99 ms', 'max ms'], timeline(r))) out(l);
  out('');

  const statusRows = [...r.recorder.routes].map(([route, e]) => [
    route,
    [...e.statuses].sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s}: ${int(n)}`).join(', '),
  ]);
  for (const l of table(['route', 'status counts'], statusRows)) out(l);
  out(`5xx: ${int(v.serverErrors)}   429 (per-token rate limit): ${int(v.rateLimited)}   other 4xx: ${int(v.unexpected4xx)}   transport errors: ${int(v.transportErrors)}` + (r.recorder.malformed ? `   201 without an id: ${int(r.recorder.malformed)}` : ''));
  for (const [e, n] of r.recorder.transportErrors) out(`  transport error ${e}: ${int(n)}`);
  for (const s of r.recorder.samples) out(`  ${s}`);
  if (r.apiErrors.length) {
    out('API error log (count × message):');
    for (const e of r.apiErrors) out(`  ${e}`);
  }
  out('');

  if (r.verification) {
    const rowsV = r.verification.tenants.map((t) => [
      t.organizationId.slice(0, 8),
      `${int(t.incidents.acknowledged)}/${int(t.incidents.stored)}`,
      `${int(t.incidents.lost)}/${int(t.incidents.extra)}`,
      `${int(t.events.acknowledged)}/${int(t.events.stored)}`,
      `${int(t.events.lost)}/${int(t.events.extra)}`,
      int(t.revisionMismatches + t.filedEventMismatches),
      `${int(t.audit.found)}/${int(t.audit.expected)} ${t.audit.chain}`,
      `${int(t.jobs.found)}/${int(t.jobs.expected)}`,
    ]);
    out('PostgreSQL check (acknowledged/stored, lost/extra; audit and outbox rows found/expected for the stored writes):');
    for (const l of table(['org', 'incidents', 'lost/extra', 'events', 'lost/extra', 'mismatch', 'audit', 'outbox'], rowsV)) out(l);
    for (const t of r.verification.tenants) if (t.audit.note) out(`  ${t.organizationId}: audit ${t.audit.note}`);
    const waiting = r.verification.tenants.reduce((n, t) => n + t.jobs.notEnqueued, 0);
    if (waiting) out(`  ${int(waiting)} outbox rows not yet handed to Redis (the workers' sweeper does that; not a loss)`);
    out(`lost writes: ${int(r.verification.lost)}   unacknowledged writes: ${int(r.verification.extra)}   other inconsistencies: ${int(r.verification.inconsistencies)}`);
  } else {
    out('PostgreSQL check: not run');
  }
  out('');

  if (r.pgWaits) {
    out(`PostgreSQL connections of the run's database (${r.pgWaits.connections.toFixed(1)} on average), share of samples:`);
    out(`  ${r.pgWaits.waits.slice(0, 8).map(([w, share]) => `${w} ${(share * 100).toFixed(0)}%`).join(', ')}`);
    out('');
  }
  for (const l of table(
    ['process', 'CPU % of one core', 'waiting for a CPU %', 'peak RSS MB', 'exit'],
    r.processes.map((p) => [p.name, pct(p.cpuPercentOfOneCore), pct(p.cpuWaitPercent), p.peakRssMb === null ? '-' : p.peakRssMb.toFixed(0), p.exit]),
  ))
    out(l);
  out('');
  out(v.summary);
  return v;
}
