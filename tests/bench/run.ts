// `npm run bench`: generate an export, measure the bare limits, run the pipeline end to end, report.
// Options: --rows N (BENCH_ROWS, default 1,000,000), --db URL (BENCH_DB; without it the
// breachdesk_bench database is dropped and created afresh), --redis URL (BENCH_REDIS
// or REDIS_URL), --seed N, --keep (leave the generated export in place). Progress goes to stderr so
// stdout holds only the report.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrateToLatest } from '../../src/db/migrate.js';
import { bareCopyLetters, bareCsvParse, barePipeline, bareImportCopy, bareRender, bareSmtp, startBenchSmtp, type BareResult, type BenchSmtp } from './bare.js';
import { runEndToEnd } from './end-to-end.js';
import { generateExport } from './generate-export.js';
import { selfPeakRssMb } from './processes.js';
import { printReport, type BenchResult } from './report.js';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string' },
    db: { type: 'string' },
    redis: { type: 'string' },
    seed: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const rows = Number(args.rows ?? process.env.BENCH_ROWS ?? 1_000_000);
if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows/BENCH_ROWS must be a positive integer, got ${args.rows ?? process.env.BENCH_ROWS}`);
const ownDatabase = !(args.db ?? process.env.BENCH_DB);
const databaseUrl = args.db ?? process.env.BENCH_DB ?? 'postgres://postgres@127.0.0.1:5432/breachdesk_bench';
const redisUrl = args.redis ?? process.env.BENCH_REDIS ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const seed = Number(args.seed ?? 1);

const started = performance.now();
const log = (msg: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s] ${msg}\n`);

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [row] } = await client.query<{ v: string }>(`select 'PostgreSQL ' || current_setting('server_version') as v`);
    return row?.v ?? 'PostgreSQL ?';
  } finally {
    await client.end();
  }
}

async function measure(bare: Record<string, BareResult>, run: () => Promise<BareResult>): Promise<void> {
  const r = await run();
  bare[r.name] = r;
  log(`bare ${r.name}: ${r.items.toLocaleString('en-US')} in ${r.seconds.toFixed(2)} s = ${Math.round(r.ratePerSecond).toLocaleString('en-US')}/s`);
}

/**
 * The default bench database starts empty every run: rows and unfinished jobs left by an earlier
 * (or interrupted) run would slow its scans and hand its workers stale work.
 */
async function recreateBenchDatabase(): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
}

async function main(): Promise<void> {
  if (ownDatabase) await recreateBenchDatabase();
  log(`migrating ${databaseUrl}`);
  await migrateToLatest(databaseUrl);
  const postgres = await postgresVersion();

  const dir = await mkdtemp(join(os.tmpdir(), 'breachdesk-bench-'));
  let smtp: BenchSmtp | null = null;
  try {
    const csvPath = join(dir, 'payments.csv');
    log(`generating ${rows.toLocaleString('en-US')} rows into ${csvPath}`);
    const stats = await generateExport(csvPath, { rows, seed });
    log(`generated ${(stats.bytes / 1e6).toFixed(1)} MB: ${stats.persons} persons, ${stats.personsInScope} in scope, ${stats.inScopeWithEmail} in scope with e-mail`);

    smtp = await startBenchSmtp();
    const bare: Record<string, BareResult> = {};
    await measure(bare, () => bareCsvParse(csvPath));
    await measure(bare, () => bareRender(Math.min(rows, 200_000)));
    await measure(bare, () => bareCopyLetters(databaseUrl, rows));
    await measure(bare, () => bareImportCopy(databaseUrl, csvPath));
    await measure(bare, () => barePipeline(databaseUrl, csvPath));
    await measure(bare, () => bareSmtp(smtp!.port, 5_000));
    await measure(bare, () => bareSmtp(smtp!.port, 5_000, { noDelay: true }));
    // The bare stages run here; what the product's processes use is measured by the end-to-end run.
    const runnerRss = selfPeakRssMb();

    log('end to end');
    const e2e = await runEndToEnd({ databaseUrl, redisUrl, csvPath, stats, smtpPort: smtp.port, bare, log });

    const result: BenchResult = {
      machine: { cpus: os.cpus().length, node: process.version, postgres },
      rows,
      stats,
      bare,
      stages: e2e.stages,
      processes: [{ name: 'bench runner (bare stages)', peakRssMb: runnerRss }, ...e2e.processes],
    };
    log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    printReport(result);
  } finally {
    await smtp?.close();
    if (args.keep) log(`export kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

main()
  .catch((err: unknown) => {
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  })
  .finally(() => {
    // Everything is closed above; this only stops a stray handle (a pool or socket left open by
    // the end-to-end part, say) from keeping a finished bench alive. Unref'd: a clean run exits at once.
    setTimeout(() => {
      log('a handle is still open 10 s after the report; exiting anyway');
      process.exit();
    }, 10_000).unref();
  });
