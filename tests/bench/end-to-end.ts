// The product's own pipeline, timed: the export goes in through the same service the API route
// uses, two real worker processes (bullmq, PostgreSQL, COPY) import, match and render it, then an
// officer approves one state's letters and they are e-mailed to the bench's SMTP sink.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createDb } from '../../src/db/database.js';
import { createQueues } from '../../src/jobs/queues.js';
import { catalogue } from '../../src/rules/index.js';
import { createOrganizationWithAdmin, createUserToken } from '../../src/cli/admin.js';
import { findPrincipalByToken } from '../../src/repositories/users.repository.js';
import { createIncident } from '../../src/services/incidents.service.js';
import { createImport } from '../../src/services/imports.service.js';
import { approveLetters, sendApprovedLetters } from '../../src/services/letters.service.js';
import type { BareResult } from './bare.js';
import { BENCH_WINDOW, type ExportStats } from './generate-export.js';
import { sampleRss } from './processes.js';
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

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const SEND = Number(process.env.BENCH_SEND ?? 20000);
// e.g. BENCH_WORKER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the workers.
// The workers get the heap ceiling `npm run start:workers` gives them (BREACHDESK_HEAP_MB, 256 MB):
// without one V8 lets garbage grow the heap far past what the work keeps alive.
const WORKER_NODE_ARGS = [`--max-old-space-size=${process.env.BREACHDESK_HEAP_MB ?? 256}`, ...(process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean)];

async function until<T>(check: () => Promise<T | null | undefined>, what: string, timeoutMs = 3_600_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(100);
  }
}

function stage(name: string, items: number, seconds: number, bare: BareResult | undefined, target: number | null): BenchResult['stages'][number] {
  const rate = items / seconds;
  return { name, items, seconds, ratePerSecond: rate, bareName: bare?.name ?? null, ratio: bare ? rate / bare.ratePerSecond : null, target };
}

export async function runEndToEnd(ctx: EndToEndContext): Promise<EndToEndResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'breachdesk-bench-'));
  const env = {
    DATABASE_URL: ctx.databaseUrl,
    DATABASE_POOL_SIZE: '6',
    REDIS_URL: ctx.redisUrl,
    QUEUE_PREFIX: `{bench-${randomBytes(3).toString('hex')}}`,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(ctx.smtpPort),
    SMTP_POOL_SIZE: '5',
    SMTP_RATE_PER_SECOND: process.env.BENCH_SMTP_RATE ?? '',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    WORKER_CONCURRENCY: '2',
    SWEEP_INTERVAL_SECONDS: '3600',
  };
  const config = loadConfig(env);
  const log = createLogger('warn', 'bench');
  const db = createDb(config.databaseUrl, 4);
  const queues = createQueues(config.redisUrl, config.queuePrefix, { attempts: config.jobAttempts, backoffMs: config.jobBackoffMs });
  const children: ChildProcess[] = [];
  try {
    const org = await createOrganizationWithAdmin(db, {
      name: `Bench City ${randomBytes(2).toString('hex')}`,
      kind: 'municipality',
      state: 'TX',
      timezone: 'America/Chicago',
      adminEmail: 'admin@bench.test',
      adminName: 'Bench',
    });
    if (!org.ok) throw new Error('bench: could not create the organisation');
    const officer = await createUserToken(db, { org: org.organizationId, email: 'officer@bench.test', role: 'officer' });
    if (!officer.ok) throw new Error('bench: could not create a token');
    const principal = (await findPrincipalByToken(db, officer.token))!;
    const deps = { db, queues, config, log, catalogue };
    const incident = await createIncident(deps, principal, {
      title: 'Bench Click2Gov compromise',
      dataElements: ['name', 'billing_address', 'card_number', 'card_expiration', 'card_security_code'],
      encryption: { encrypted: false },
      exposure: [BENCH_WINDOW],
      events: [{ type: 'discovered', at: '2020-07-10' }],
    });
    for (let i = 0; i < WORKERS; i++) {
      children.push(spawn(process.execPath, [...WORKER_NODE_ARGS, '--import', 'tsx', 'workers/index.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] }));
    }
    const rss = sampleRss(children.map((c) => c.pid!), 200);
    await sleep(1500);
    ctx.log(`end-to-end: importing ${ctx.stats.rows} rows with ${WORKERS} worker processes`);
    const t0 = performance.now();
    const imp = await createImport(deps, principal, incident.id, { filename: 'bench.csv', mapping: undefined, body: createReadStream(ctx.csvPath) });
    const tUploaded = performance.now();
    const done = await until(async () => {
      const r = await db.selectFrom('imports').selectAll().where('id', '=', imp.id).executeTakeFirst();
      if (r?.status === 'failed' || r?.status === 'cancelled') throw new Error(`bench: import ${r.status}: ${r.error}`);
      return r?.status === 'completed' ? r : null;
    }, 'the import');
    const tImported = performance.now();
    const loadSeconds = Number(
      (await db.selectFrom('imports').select(sql<string>`extract(epoch from loaded_at - started_at)`.as('s')).where('id', '=', imp.id).executeTakeFirstOrThrow()).s,
    );
    ctx.log(`end-to-end: imported in ${((tImported - t0) / 1000).toFixed(1)} s; rendering`);
    const render = await until(async () => {
      const r = await db.selectFrom('letter_renders').selectAll().where('incident_id', '=', incident.id).where('status', 'in', ['completed', 'failed']).executeTakeFirst();
      if (r?.status === 'failed') throw new Error(`bench: render failed: ${JSON.stringify(r.summary)}`);
      return r;
    }, 'the render');
    const tRendered = performance.now();
    const letters = render.letters_total;
    ctx.log(`end-to-end: ${letters} letters stored in ${((tRendered - tImported) / 1000).toFixed(1)} s; delivering one state's e-mails`);
    // One state's letters, about BENCH_SEND e-mails, so the delivery stage stays minutes, not hours.
    const state = Object.entries(ctx.stats.inScopeByState).sort((a, b) => Math.abs(a[1] * 0.7 - SEND) - Math.abs(b[1] * 0.7 - SEND))[0]![0];
    await approveLetters(deps, principal, incident.id, { jurisdiction: state, renderId: null });
    const tSend = performance.now();
    const { queued } = await sendApprovedLetters(deps, principal, incident.id);
    await until(async () => {
      const r = await db.selectFrom('letters').select((eb) => eb.fn.countAll<number>().as('n')).where('incident_id', '=', incident.id).where('status', 'in', ['queued', 'sending', 'approved']).where('channel', '=', 'email').executeTakeFirstOrThrow();
      return Number(r.n) === 0 ? true : null;
    }, 'delivery');
    const tSent = performance.now();
    const sent = await db.selectFrom('letters').select((eb) => eb.fn.countAll<number>().as('n')).where('incident_id', '=', incident.id).where('status', '=', 'sent').executeTakeFirstOrThrow();
    const peaks = rss.stop();
    const s = (a: number, b: number) => (b - a) / 1000;
    return {
      stages: [
        stage('upload (API side: stream to disk, header check)', ctx.stats.rows, s(t0, tUploaded), undefined, null),
        // The load is timed by the database's own clock (started_at → loaded_at): no polling error.
        stage('import: load (parse, validate, COPY)', done.rows_read, loadSeconds, ctx.bare['import-copy'], 0.8),
        stage('import: all (job pickup, load, de-duplicate, residents, match)', done.rows_read, s(tUploaded, tImported), ctx.bare['import-copy'], null),
        stage('render + store letters (flow of chunks)', letters, s(tImported, tRendered), ctx.bare['render'], null),
        stage('end to end: rows → letters ready for approval', ctx.stats.rows, s(t0, tRendered), ctx.bare['pipeline'], 0.5),
        stage(`e-mail delivery (${state}, ${queued} letters)`, Number(sent.n), s(tSend, tSent), ctx.bare['smtp-nodelay'] ?? ctx.bare['smtp'], 0.7),
      ],
      processes: children.map((c, i) => ({ name: `worker ${i + 1} (pid ${c.pid})`, peakRssMb: peaks.get(c.pid!) ?? null })),
    };
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    await queues.close();
    await db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
