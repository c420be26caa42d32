// A PostgreSQL cluster and a Redis server of one test's own, to stop and start for real: the
// shared servers on 5432 and 6379 serve every other test file running at the same time.
// Both are torn down on destroy() and, as a last resort, when the test process exits.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';
import { migrateToLatest } from '../../src/db/migrate.js';
import { waitFor } from './wait.js';

const run = promisify(execFile);

export interface PrivateService {
  /** postgres://… without a database name, or redis://… */
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Again on the same port (PostgreSQL: with the same data; Redis: empty). */
  start(): Promise<void>;
  /** Stops it if running and removes every trace. Safe to call twice. */
  destroy(): Promise<void>;
}

/** A port nobody listens on just now (the kernel's pick). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

// Synchronous last-resort cleanups for a test process that ends without its afterAll.
const exitCleanups = new Set<() => void>();
let exitHookInstalled = false;
function onExit(cleanup: () => void): () => void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of exitCleanups) {
        try {
          c();
        } catch {
          /* nothing more can be done at exit */
        }
      }
    });
  }
  exitCleanups.add(cleanup);
  return () => exitCleanups.delete(cleanup);
}

function postgresBin(): string {
  const versions = readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error('no PostgreSQL under /usr/lib/postgresql');
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

/**
 * A throw-away PostgreSQL cluster owned by the `postgres` OS user (the server refuses to run as
 * root), trust auth, on 127.0.0.1 only, its socket inside its own directory.
 */
export async function startPrivatePostgres(): Promise<PrivateService> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'breachdesk-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const asPostgres = (cmd: string, args: string[]) => run('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { timeout: 120_000 });
  // fsync is pointless for a cluster that lives for one test; the shutdowns it sees are clean.
  const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off -c shared_buffers=16MB -c max_connections=40`;
  const startArgs = ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '120', '-o', serverOptions, 'start'];
  const postmasterPid = () => {
    try {
      return Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    } catch {
      return null;
    }
  };
  let running = false;
  const forgetAtExit = onExit(() => {
    const pid = postmasterPid();
    if (pid) process.kill(pid, 'SIGQUIT'); // immediate shutdown of the whole server
    rmSync(dir, { recursive: true, force: true });
  });
  const destroy = async () => {
    if (running || postmasterPid()) {
      await asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {
        const pid = postmasterPid();
        if (pid) process.kill(pid, 'SIGKILL');
      });
    }
    running = false;
    rmSync(dir, { recursive: true, force: true });
    forgetAtExit();
  };
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
    await asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    await asPostgres('pg_ctl', startArgs);
    running = true;
  } catch (err) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8').slice(-2000) : '';
    await destroy();
    throw new Error(`private PostgreSQL did not start: ${(err as Error).message}\n${log}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}`,
    port,
    async stop() {
      // Fast: every session is ended at once (clients see 57P01), open transactions roll back.
      await asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      running = false;
    },
    async start() {
      await asPostgres('pg_ctl', startArgs);
      running = true;
    },
    destroy,
  };
}

/** A migrated database of its own on a private server, as harness databases are on the shared one. */
export async function createMigratedDatabase(serverUrl: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `breachdesk_p_${randomBytes(5).toString('hex')}`;
  const url = `${serverUrl}/${name}`;
  await migrateToLatest(url);
  return {
    name,
    url,
    async drop() {
      const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
      await admin.connect();
      try {
        await admin.query(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** redis-server in the foreground as a child of this process, with no persistence at all. */
export async function startPrivateRedis(): Promise<PrivateService> {
  const dir = mkdtempSync(join(tmpdir(), 'breachdesk-redis-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';
  const forgetAtExit = onExit(() => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  const stop = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = once(c, 'exit');
    // SIGKILL: Redis goes as in a crash, and with no persistence everything in it is gone.
    c.kill('SIGKILL');
    await exited;
  };
  const start = async () => {
    if (child) throw new Error('private Redis is already running');
    output = '';
    const c = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = c;
    c.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    c.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await waitFor(
      async () => {
        if (c.exitCode !== null) throw new Error(`redis-server exited: ${output.slice(-1000)}`);
        const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
        probe.on('error', () => undefined);
        try {
          await probe.connect();
          return (await probe.ping()) === 'PONG';
        } catch {
          return false;
        } finally {
          probe.disconnect();
        }
      },
      { timeoutMs: 30_000, what: () => `the private redis-server on ${port} to answer (output: ${output.slice(-500)})` },
    );
  };
  const destroy = async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
    forgetAtExit();
  };
  try {
    await start();
  } catch (err) {
    await destroy();
    throw err;
  }
  return { url, port, stop, start, destroy };
}
