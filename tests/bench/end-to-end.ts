// Placeholder: the end-to-end run (import → match → render → store → send through the real API and
// workers) is written separately; run.ts calls it with everything the bare stage measured.
import type { BareResult } from './bare.js';
import type { ExportStats } from './generate-export.js';
import type { BenchResult } from './report.js';

export interface EndToEndContext {
  databaseUrl: string;
  redisUrl: string;
  csvPath: string;
  stats: ExportStats;
  smtpPort: number;
  bare: Record<string, BareResult>;
  log: (msg: string) => void;
}

export interface EndToEndResult {
  stages: BenchResult['stages'];
  processes: BenchResult['processes'];
}

export async function runEndToEnd(_ctx: EndToEndContext): Promise<EndToEndResult> {
  return { stages: [], processes: [] };
}
