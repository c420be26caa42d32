// The bench's output: a table for people, then one BENCH_JSON line for machines (CI, trend charts).
import type { BareResult } from './bare.js';
import type { ExportStats } from './generate-export.js';

export interface BenchStage {
  name: string;
  items: number;
  seconds: number;
  ratePerSecond: number;
  /** The BareResult this stage is judged against. */
  bareName: string | null;
  /** ratePerSecond / the bare rate. */
  ratio: number | null;
  /** The least acceptable ratio. */
  target: number | null;
}

export interface BenchResult {
  machine: { cpus: number; node: string; postgres?: string };
  rows: number;
  stats: ExportStats;
  bare: Record<string, BareResult>;
  stages: BenchStage[];
  processes: { name: string; peakRssMb: number | null }[];
}

export const RSS_TARGET_MB = 300;

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (n: number) => n.toFixed(2);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // Text left, numbers right, as a reader scans them.
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printReport(result: BenchResult, out: (line: string) => void = (l) => process.stdout.write(l + '\n')): void {
  const { machine, stats } = result;
  out(`machine: ${machine.cpus} cpus, node ${machine.node}${machine.postgres ? `, ${machine.postgres}` : ''}`);
  out(`export: ${int(stats.rows)} rows (${(stats.bytes / 1e6).toFixed(1)} MB), ${int(stats.persons)} persons, ${int(stats.personsInScope)} in scope over ${Object.keys(stats.inScopeByState).length} states, ${int(stats.inScopeWithEmail)} of them with e-mail`);
  out('');
  out(table(['bare limit', 'items', 'seconds', 'rate/s'], Object.values(result.bare).map((b) => [b.name, int(b.items), secs(b.seconds), int(b.ratePerSecond)])));
  out('');
  const stageRows = result.stages.map((s) => {
    const bare = s.bareName ? result.bare[s.bareName] : undefined;
    const verdict = s.target === null || s.ratio === null ? '-' : s.ratio >= s.target ? 'pass' : 'FAIL';
    return [s.name, int(s.items), secs(s.seconds), int(s.ratePerSecond), bare ? `${int(bare.ratePerSecond)} (${bare.name})` : '-', s.ratio === null ? '-' : s.ratio.toFixed(2), s.target === null ? '-' : s.target.toFixed(2), verdict];
  });
  out(stageRows.length ? table(['stage', 'items', 'seconds', 'rate/s', 'bare limit/s', 'ratio', 'target', 'result'], stageRows) : '(no end-to-end stages)');
  out('');
  const procRows = result.processes.map((p) => [p.name, p.peakRssMb === null ? '?' : p.peakRssMb.toFixed(1), String(RSS_TARGET_MB), p.peakRssMb === null ? '-' : p.peakRssMb <= RSS_TARGET_MB ? 'pass' : 'FAIL']);
  out(table(['process', 'peak RSS MB', 'target', 'result'], procRows));
  out(`BENCH_JSON ${JSON.stringify(result)}`);
}
