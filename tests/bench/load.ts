// `npm run load`: N clients file incidents and record events against ONE API process for D seconds,
// then PostgreSQL is checked for every acknowledged write (and nothing more). Exit 1 on any 5xx,
// transport error, unexpected 4xx, lost or unacknowledged write; 429s are reported, not failures.
// Options: --clients N (200), --duration S (60), --orgs N (10: clients are dealt round-robin),
// --think MS (0: each client sends its next request as soon as it has the answer; otherwise a
// random pause averaging MS), --with-workers (also run one worker process), --seed N,
// --timeout MS (30000 per request), --keep (leave the database and the logs).
// PostgreSQL: LOAD_PG_URL or TEST_PG_URL (server URL, no database); Redis: REDIS_URL. The API gets
// the operator's settings (environment, else defaults). Progress goes to stderr; stdout holds only
// the report.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { incidentFile, laterEvent, seededRandom } from './load-bodies.js';
import { httpClient, Recorder, type HttpClient, type Reply } from './load-http.js';
import { printLoadReport } from './load-report.js';
import {
  createDatabase,
  createTenants,
  deleteQueueKeys,
  dropDatabase,
  errorLines,
  freePort,
  logPath,
  newNames,
  startProcess,
  waitForHealth,
  type Child,
  type Tenant,
} from './load-stack.js';
import { verifyWrites, type Acks, type Verification } from './load-verify.js';
import { sampleRss } from './processes.js';
import { sampleWaits } from './load-pg-waits.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    duration: { type: 'string', default: '60' },
    orgs: { type: 'string', default: '10' },
    'with-workers': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    think: { type: 'string', default: '0' },
    timeout: { type: 'string', default: '30000' },
    keep: { type: 'boolean', default: false },
  },
});

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`--${name} must be a positive whole number, got "${value}"\n`);
    process.exit(2);
  }
  return n;
}

const clients = positive('clients', args.clients);
const durationSeconds = positive('duration', args.duration);
const organizations = Math.min(positive('orgs', args.orgs), clients);
const seed = positive('seed', args.seed);
const timeoutMs = positive('timeout', args.timeout);
const thinkMs = args.think === '0' ? 0 : positive('think', args.think);
const pgBase = (process.env.LOAD_PG_URL ?? process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const started = performance.now();
const log = (msg: string) => process.stderr.write(`[load ${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s] ${msg}\n`);

const names = newNames();
const databaseUrl = `${pgBase}/${names.database}`;
const tmp = mkdtempSync(join(os.tmpdir(), 'breachdesk-load-'));
const children: Child[] = [];
let http: HttpClient | null = null;
let stopping = false;
let keepLogs = args.keep;

/** Undoes everything the run made, once, whichever way it ends. */
let teardownPromise: Promise<void> | null = null;
function teardown(): Promise<void> {
  teardownPromise ??= (async () => {
    stopping = true;
    http?.close();
    await Promise.all(children.map((c) => c.stop()));
    await deleteQueueKeys(redisUrl, names.queuePrefix).catch((err) => log(`could not delete the Redis keys ${names.queuePrefix}:*: ${(err as Error).message}`));
    if (args.keep) log(`database kept: ${databaseUrl}`);
    else await dropDatabase(pgBase, names.database).catch((err) => log(`could not drop ${names.database}: ${(err as Error).message}`));
    if (keepLogs) log(`logs kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  })();
  return teardownPromise;
}

// Ctrl-C reaches the children too (same process group); the teardown still waits for them and
// removes the database. A second Ctrl-C stops waiting.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) {
      for (const c of children) c.child.kill('SIGKILL');
      process.exit(130);
    }
    interrupted = true;
    log(`${signal}: stopping the clients and cleaning up (again to quit at once)`);
    void teardown().finally(() => process.exit(130));
  });
}
// Last resort for an exit through an uncaught error: no child may outlive the run.
process.on('exit', () => {
  for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
});

/** CPU time of a process so far, in seconds (Linux /proc; utime + stime at 100 ticks a second). */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Seconds the process's main thread (the event loop) spent runnable but waiting for a CPU. On a
 * shared 2-core box this, not the code, is often what the latency is made of.
 */
function cpuWaitSeconds(pid: number): number | null {
  try {
    const ns = Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]);
    return Number.isFinite(ns) ? ns / 1e9 : null;
  } catch {
    return null;
  }
}

const usage = (pid: number) => ({ cpu: cpuSeconds(pid), wait: cpuWaitSeconds(pid) });

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: `${pgBase}/postgres` });
  await client.connect();
  try {
    return (await client.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]!.v;
  } finally {
    await client.end();
  }
}

const INCIDENTS = 'POST /v1/incidents';
const EVENTS = 'POST /v1/incidents/:id/events';

async function runClient(index: number, token: string, organizationId: string, deadline: number, recorder: Recorder, acks: Acks): Promise<void> {
  const rnd = seededRandom(seed * 1_000_003 + index);
  // Spread over the first second so the run measures 200 clients working, not 200 arriving at once.
  await sleep(rnd() * 1000);
  const live = () => !stopping && performance.now() < deadline;
  const send = async (route: string, path: string, body: unknown): Promise<Reply> => {
    const r = await http!.request('POST', path, { token, body });
    recorder.record(route, r, 201);
    if (r.status === 429) await sleep(Math.min((r.retryAfterSeconds ?? 1) * 1000, Math.max(0, deadline - performance.now())));
    // After a failure, a pause: a client spinning on errors would only measure its own loop.
    else if (r.status === null || r.status >= 500) await sleep(100);
    else if (thinkMs) await sleep(Math.min(rnd() * 2 * thinkMs, Math.max(0, deadline - performance.now())));
    return r;
  };
  for (let iteration = 1; live(); iteration++) {
    const filed = incidentFile(rnd, index + 1, iteration);
    const created = await send(INCIDENTS, '/v1/incidents', filed.body);
    if (created.status !== 201) continue;
    const id = created.body?.incident?.id as string | undefined;
    if (!id) {
      recorder.malformed++;
      recorder.note(`${INCIDENTS} → 201 without incident.id: ${JSON.stringify(created.body).slice(0, 200)}`);
      continue;
    }
    const ack = { organizationId, events: [] as string[] };
    acks.incidents.set(id, ack);
    const events = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < events && live(); k++) {
      const r = await send(EVENTS, `/v1/incidents/${id}/events`, laterEvent(rnd, filed.discovered));
      if (r.status !== 201) continue;
      if (typeof r.body?.eventId !== 'string') {
        recorder.malformed++;
        recorder.note(`${EVENTS} → 201 without eventId: ${JSON.stringify(r.body).slice(0, 200)}`);
        continue;
      }
      ack.events.push(r.body.eventId);
    }
  }
}

async function main(): Promise<number> {
  log(`database ${names.database}, queue prefix ${names.queuePrefix}, logs in ${tmp}`);
  await createDatabase(databaseUrl);
  const tenants: Tenant[] = await createTenants(databaseUrl, organizations, clients);
  log(`${organizations} organisation(s), ${clients} clerk tokens`);

  const port = await freePort();
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: names.queuePrefix,
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: join(tmp, 'data'),
  };
  const config = loadConfig({ ...process.env, ...env });
  const api = startProcess('api', 'src/api.ts', env, logPath(tmp, 'api'));
  children.push(api);
  if (args['with-workers']) children.push(startProcess('workers', 'workers/index.ts', env, logPath(tmp, 'workers')));
  const rss = sampleRss(children.map((c) => c.child.pid!), 500);
  await waitForHealth(port, api);
  log(`API pid ${api.child.pid} healthy on 127.0.0.1:${port}${args['with-workers'] ? ', one worker process' : ''}; ${clients} clients for ${durationSeconds} s`);

  // One socket per client: no client queues behind another's connection.
  http = httpClient(port, clients, timeoutMs);
  const recorder = new Recorder();
  const acks: Acks = { incidents: new Map() };
  const waits = await sampleWaits(pgBase, names.database);
  const measured = [...children.map((c) => c.child.pid!), process.pid];
  const usageBefore = measured.map(usage);
  const t0 = performance.now();
  recorder.startedAt = t0;
  const deadline = t0 + durationSeconds * 1000;
  const progress = setInterval(() => {
    const n = recorder.count(() => true);
    log(`${n} requests, ${recorder.count((s) => s.startsWith('5'))} 5xx, ${recorder.count((s) => s === 'error')} transport errors`);
  }, 10_000);
  try {
    await Promise.all(
      Array.from({ length: clients }, (_, i) => {
        const tenant = tenants[i % organizations]!;
        return runClient(i, tenant.tokens[Math.floor(i / organizations)]!, tenant.organizationId, deadline, recorder, acks);
      }),
    );
  } finally {
    clearInterval(progress);
  }
  if (interrupted) return 130;
  const elapsed = (performance.now() - t0) / 1000;
  const percent = (before: number | null | undefined, after: number | null) => (before == null || after === null ? null : ((after - before) / elapsed) * 100);
  const used = measured.map((pid, i) => {
    const after = usage(pid);
    return { cpu: percent(usageBefore[i]?.cpu, after.cpu), wait: percent(usageBefore[i]?.wait, after.wait) };
  });
  const pgWaits = await waits.stop();
  log(`clients done after ${elapsed.toFixed(1)} s; stopping the processes`);

  const apiErrors = errorLines(api.logFile, 8);
  const exits = await Promise.all(children.map((c) => c.stop()));
  const peaks = rss.stop();
  log('checking PostgreSQL');
  let verification: Verification | null = null;
  try {
    verification = await verifyWrites(databaseUrl, tenants.map((t) => t.organizationId), acks);
  } catch (err) {
    log(`the PostgreSQL check failed: ${(err as Error).stack ?? (err as Error).message}`);
  }

  const verdict = printLoadReport({
    clients,
    organizations,
    durationSeconds,
    thinkMs,
    elapsedSeconds: elapsed,
    // The load average says whether something else shared the cores during the run.
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, PostgreSQL ${await postgresVersion()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    settings: {
      DATABASE_POOL_SIZE: String(config.databasePoolSize),
      API_RATE_LIMIT_PER_MINUTE: String(config.http.rateLimitPerMinute),
      LOG_LEVEL: config.logLevel,
      BREACHDESK_HEAP_MB: process.env.BREACHDESK_HEAP_MB ?? '256',
      workers: args['with-workers'] ? '1 process' : 'none',
      think: `${thinkMs} ms`,
      seed: String(seed),
    },
    recorder,
    verification,
    processes: [
      ...children.map((c, i) => ({ name: `${c.name} (pid ${c.child.pid})`, cpuPercentOfOneCore: used[i]!.cpu, cpuWaitPercent: used[i]!.wait, peakRssMb: peaks.get(c.child.pid!) ?? null, exit: exits[i]! })),
      { name: 'load generator (this process)', cpuPercentOfOneCore: used.at(-1)!.cpu, cpuWaitPercent: used.at(-1)!.wait, peakRssMb: process.resourceUsage().maxRSS / 1024, exit: '-' },
    ],
    apiErrors,
    pgWaits,
  });
  if (!verdict.ok) keepLogs = true;
  // What the clients were told was stored, for a post-mortem next to the kept database and logs.
  if (keepLogs) writeFileSync(join(tmp, 'acknowledged.json'), JSON.stringify(Object.fromEntries(acks.incidents)));
  return verdict.ok ? 0 : 1;
}

main()
  .catch((err: unknown) => {
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    keepLogs = true;
    return 1;
  })
  .then(async (code) => {
    await teardown();
    process.exitCode = code;
    // Everything is closed above; this only keeps a stray handle from holding a finished run open.
    setTimeout(() => {
      log('a handle is still open 10 s after the report; exiting anyway');
      process.exit(code);
    }, 10_000).unref();
  });
