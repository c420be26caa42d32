// What the load run stands on: a fresh database and queue prefix, organisations with one clerk
// token per client, and the product's own processes started as `npm run start:api` starts them.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Redis } from 'ioredis';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createDb } from '../../src/db/database.js';
import { createOrganizationWithAdmin, createUserToken } from '../../src/cli/admin.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Tenant {
  organizationId: string;
  /** One clerk token per client of this organisation. */
  tokens: string[];
}

export function newNames(): { database: string; queuePrefix: string } {
  const id = randomBytes(4).toString('hex');
  return { database: `breachdesk_load_${id}`, queuePrefix: `{load-${id}}` };
}

async function admin<T>(pgBase: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${pgBase}/postgres` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(url: string): Promise<void> {
  await migrateToLatest(url);
}

export async function dropDatabase(pgBase: string, name: string): Promise<void> {
  await admin(pgBase, (c) => c.query(`drop database if exists "${name}" with (force)`));
}

export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/**
 * Clients are dealt round-robin to the organisations. Tokens are made through the same code as
 * `breachdesk user create`, so the API authenticates them exactly as it would an operator's.
 */
export async function createTenants(url: string, organizations: number, clients: number): Promise<Tenant[]> {
  const db = createDb(url, 4);
  try {
    const tenants: Tenant[] = [];
    for (let k = 0; k < organizations; k++) {
      const org = await createOrganizationWithAdmin(db, {
        name: `Load City ${k + 1}`,
        kind: 'municipality',
        state: 'TX',
        timezone: 'America/Chicago',
        adminEmail: `admin@load${k + 1}.test`,
        adminName: 'Load admin',
      });
      if (!org.ok) throw new Error(`load: could not create organisation ${k + 1}: ${JSON.stringify(org.errors)}`);
      tenants.push({ organizationId: org.organizationId, tokens: [] });
    }
    const jobs = Array.from({ length: clients }, (_, i) => i);
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let i = jobs.shift(); i !== undefined; i = jobs.shift()) {
          const tenant = tenants[i % organizations]!;
          const r = await createUserToken(db, { org: tenant.organizationId, email: `clerk${i + 1}@load${(i % organizations) + 1}.test`, role: 'clerk' });
          if (!r.ok) throw new Error(`load: could not create a token: ${JSON.stringify(r.errors)}`);
          tenant.tokens.push(r.token);
        }
      }),
    );
    return tenants;
  } finally {
    await db.destroy();
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Child {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Exit code or signal once it has exited. */
  exited: Promise<string>;
  stop(): Promise<string>;
}

/**
 * `npm run start:api` / `start:workers` without npm in between, so the pid is the product's own
 * process (for its CPU and memory) and a signal reaches it directly. Output goes to a log file:
 * pino at the operator's level, as it would under systemd.
 */
export function startProcess(name: string, entry: string, env: Record<string, string>, logFile: string): Child {
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, [`--max-old-space-size=${process.env.BREACHDESK_HEAP_MB ?? 256}`, '--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  return {
    name,
    child,
    logFile,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        // The API's own shutdown waits for in-flight requests; past this it is stuck, not polite.
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        timer.unref();
        const result = await exited;
        clearTimeout(timer);
        return result;
      }
      return exited;
    },
  };
}

export function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Error lines of a pino log (level 50 and up), message and error text only. */
export function errorLines(file: string, max: number): string[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const seen = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string; type?: string } };
      if ((entry.level ?? 0) < 50) continue;
      const key = `${entry.msg ?? ''}${entry.err ? `: ${entry.err.type ?? ''} ${entry.err.message ?? ''}` : ''}`.slice(0, 300);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    } catch {
      /* a torn line */
    }
  }
  return [...seen].sort((a, b) => b[1] - a[1]).slice(0, max).map(([k, n]) => `${n} × ${k}`);
}

export async function waitForHealth(port: number, api: Child, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | null = null;
  void api.exited.then((e) => (exited = e));
  for (;;) {
    if (exited !== null) throw new Error(`load: the API exited (${exited}) before it was healthy:\n${tail(api.logFile, 20)}`);
    const status = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) })
      .then(async (r) => (await r.arrayBuffer(), r.status))
      .catch(() => null);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`load: the API was not healthy within ${timeoutMs / 1000} s (last status ${status}):\n${tail(api.logFile, 20)}`);
    await sleep(200);
  }
}

export const logPath = (dir: string, name: string) => join(dir, `${name}.log`);
