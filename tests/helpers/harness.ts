// One integration-test world: a private database, a private queue prefix on the real Redis, a real
// SMTP server, the fastify app (injected requests) and, unless asked not to, in-process workers.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createDb, type Db } from '../../src/db/database.js';
import { createQueues, type Queues } from '../../src/jobs/queues.js';
import { buildApp } from '../../src/http/app.js';
import { catalogue } from '../../src/rules/index.js';
import { createOrganizationWithAdmin, createUserToken } from '../../src/cli/admin.js';
import { startWorkers, type RunningWorkers } from '../../workers/start-workers.js';
import { createTestDatabase } from './databases.js';
import { createMigratedDatabase } from './private-services.js';
import { startSmtp, type TestSmtp } from './smtp.js';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface Harness {
  config: Readonly<Config>;
  env: Record<string, string>;
  db: Db;
  app: FastifyInstance;
  queues: Queues;
  smtp: TestSmtp;
  workers: RunningWorkers | null;
  organizationId: string;
  adminToken: string;
  officerToken: string;
  clerkToken: string;
  auditorToken: string;
  request(method: 'GET' | 'POST', url: string, opts?: { token?: string | null; body?: unknown; contentType?: string }): Promise<{ status: number; body: any }>;
  startWorkers(): RunningWorkers;
  close(): Promise<void>;
}

export async function deletePrefixedKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** `postgres`: a server URL (e.g. a private one from private-services.ts) to create and migrate the database on. */
export async function startHarness(opts: { workers?: boolean; env?: Record<string, string>; postgres?: string; log?: Logger } = {}): Promise<Harness> {
  const database = opts.postgres ? await createMigratedDatabase(opts.postgres) : await createTestDatabase();
  const smtp = await startSmtp();
  const env = {
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL,
    QUEUE_PREFIX: `{bdtest-${randomBytes(4).toString('hex')}}`,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_POOL_SIZE: '2',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JOB_ATTEMPTS: '3',
    JOB_BACKOFF_MS: '100',
    WORKER_CONCURRENCY: '2',
    SHUTDOWN_TIMEOUT_MS: '5000',
    MAIL_FROM: 'City of Odessa <privacy@odessa-tx.gov>',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'breachdesk-data-')),
    RENDER_CHUNK_SIZE: process.env.TEST_RENDER_CHUNK_SIZE ?? '500',
    DELIVERY_BATCH_SIZE: '50',
    // Tests poll the API many times a second; the limit itself has its own test.
    API_RATE_LIMIT_PER_MINUTE: '1000000',
    // Resident contact details are sealed with these (a fresh key per test database).
    PII_KEYS: `test-${randomBytes(3).toString('hex')}:${randomBytes(32).toString('base64')}`,
    PII_INDEX_KEY: randomBytes(32).toString('base64'),
    ...opts.env,
  };
  const config = loadConfig(env);
  const log = opts.log ?? createLogger(config.logLevel, 'test');
  const db = createDb(config.databaseUrl, 5);
  const queues = createQueues(config.redisUrl, config.queuePrefix, { attempts: config.jobAttempts, backoffMs: config.jobBackoffMs });
  // The API gets its own pool, as in production: every query inside a request's tenant scope.
  const apiDb = createDb(config.databaseUrl, 5, { tenantScopeRequired: true });
  const app = await buildApp({ db: apiDb, queues, config, log, catalogue });
  await app.ready();
  const org = await createOrganizationWithAdmin(db, {
    name: 'City of Odessa',
    kind: 'municipality',
    state: 'TX',
    timezone: 'America/Chicago',
    adminEmail: 'admin@odessa-tx.gov',
    adminName: 'Admin',
    sender: JSON.stringify({ address: ['411 W 8th St', 'Odessa, TX 79761'], phone: '432-335-3200', email: 'privacy@odessa-tx.gov' }),
  });
  if (!org.ok) throw new Error('harness: could not create the organisation');
  const token = async (email: string, role: string) => {
    const r = await createUserToken(db, { org: org.organizationId, email, role });
    if (!r.ok) throw new Error('harness: could not create a token');
    return r.token;
  };
  const running: RunningWorkers[] = [];
  const spawnWorkers = () => {
    const w = startWorkers(config, log, { sweepIntervalMs: null });
    running.push(w);
    return w;
  };
  const harness: Harness = {
    config,
    env,
    db,
    app,
    queues,
    smtp,
    workers: opts.workers === false ? null : spawnWorkers(),
    organizationId: org.organizationId,
    adminToken: org.token,
    officerToken: await token('officer@odessa-tx.gov', 'officer'),
    clerkToken: await token('clerk@odessa-tx.gov', 'clerk'),
    auditorToken: await token('auditor@odessa-tx.gov', 'auditor'),
    async request(method, url, o = {}) {
      const token = o.token === undefined ? harness.clerkToken : o.token;
      const res = await app.inject({
        method,
        url,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(o.body !== undefined ? { 'content-type': o.contentType ?? 'application/json' } : {}),
        },
        ...(o.body !== undefined ? { payload: typeof o.body === 'string' ? o.body : JSON.stringify(o.body) } : {}),
      });
      let body: any = res.body;
      try {
        body = res.body ? JSON.parse(res.body) : null;
      } catch {
        /* not JSON (e.g. the docs page): keep the text */
      }
      return { status: res.statusCode, body };
    },
    startWorkers: spawnWorkers,
    async close() {
      await Promise.all(running.map((w) => w.close()));
      await app.close();
      await queues.close();
      await apiDb.destroy();
      await db.destroy();
      await deletePrefixedKeys(config.queuePrefix);
      rmSync(config.dataDir, { recursive: true, force: true });
      await smtp.close();
      await database.drop();
    },
  };
  return harness;
}
