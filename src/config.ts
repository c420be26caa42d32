// The only reader of process.env. Every variable is checked at once so an operator sees all
// mistakes in one go, then the result is frozen.
import { resolve } from 'node:path';
import { z } from 'zod';
import { parsePiiKeyring } from './domain/pii-keyring.js';
import type { PiiKeyring } from './domain/pii-cipher.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535);
const positiveInt = z.coerce.number({ message: 'must be a whole number' }).int().positive();

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default('postgres://postgres@127.0.0.1:5432/breachdesk'),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').default('redis://127.0.0.1:6379'),
  // Hash-tagged so every key of one deployment lands in one Redis Cluster slot.
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_{}.-]+$/, 'letters, digits, _ . - { } only').default('{breachdesk}'),
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  HTTP_PORT: port.default(3000),
  APP_URL: z.string().url('must be a URL like https://breachdesk.example.gov').default('http://127.0.0.1:3000'),
  // Requests per minute per API token (one user's script cannot starve the others).
  API_RATE_LIMIT_PER_MINUTE: positiveInt.default(1200),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: port.default(25),
  SMTP_SECURE: bool.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_POOL_SIZE: positiveInt.default(5),
  SMTP_RATE_PER_SECOND: positiveInt.optional(),
  // Longest wait for the mail server's answer to any one step (each command, the message itself);
  // past it the send counts as failed and is retried. Connecting and the greeting wait at most
  // 10 s or this, whichever is shorter.
  SMTP_TIMEOUT_MS: positiveInt.default(30_000),
  MAIL_FROM: z.string().min(3).default('breachdesk <breachdesk@localhost>'),
  WORKER_CONCURRENCY: positiveInt.default(5),
  JOB_ATTEMPTS: positiveInt.default(5),
  JOB_BACKOFF_MS: positiveInt.default(2000),
  SWEEP_INTERVAL_SECONDS: positiveInt.default(60),
  REMINDER_DAYS_BEFORE: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'must be a comma-separated list of whole days, e.g. 14,7,3,1,0')
    .default('14,7,3,1,0'),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(20000),
  // How long a killed worker's job stays locked before another worker takes it over (bullmq's
  // lock duration and stalled check).
  JOB_LOCK_SECONDS: positiveInt.default(30),
  // A letter or reminder left `sending` longer than this belongs to a worker that died mid-send.
  SENDING_LEASE_SECONDS: positiveInt.default(300),
  // Uploaded exports, reject files and print batches. The API and the workers must share it.
  DATA_DIR: z.string().min(1).default('.data'),
  IMPORT_MAX_BYTES: positiveInt.default(4 * 1024 * 1024 * 1024),
  RENDER_CHUNK_SIZE: positiveInt.default(5000),
  DELIVERY_BATCH_SIZE: positiveInt.default(200),
  PRINT_BATCH_SIZE: positiveInt.default(2000),
  // Resident contact details are encrypted at rest (src/domain/pii-cipher.ts, README "Encryption").
  PII_KEYS: z.string().optional(),
  PII_INDEX_KEY: z.string().optional(),
  NODE_ENV: z.string().optional(),
});

export interface Config {
  databaseUrl: string;
  databasePoolSize: number;
  redisUrl: string;
  queuePrefix: string;
  http: { host: string; port: number; rateLimitPerMinute: number };
  appUrl: string;
  logLevel: string;
  smtp: {
    host: string;
    port: number;
    secure: boolean;
    user: string | null;
    password: string | null;
    poolSize: number;
    ratePerSecond: number | null;
    timeoutMs: number;
  };
  mailFrom: string;
  workerConcurrency: number;
  jobAttempts: number;
  /** First retry delay; doubles each attempt (with jitter). */
  jobBackoffMs: number;
  sweepIntervalSeconds: number;
  reminderDaysBefore: number[];
  shutdownTimeoutMs: number;
  jobLockSeconds: number;
  sendingLeaseSeconds: number;
  /** Absolute path. */
  dataDir: string;
  importMaxBytes: number;
  renderChunkSize: number;
  deliveryBatchSize: number;
  printBatchSize: number;
  /** null outside production when PII_KEYS is unset: a development key is kept in DATA_DIR (src/services/pii-keys.ts). */
  pii: PiiKeyring | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  // Empty strings mean "not set", as they do in most .env files.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  const pii = parsePiiKeyring({ keys: present.PII_KEYS, indexKey: present.PII_INDEX_KEY }, { production: present.NODE_ENV === 'production' });
  if (!parsed.success || pii.problems.length) {
    throw new ConfigError([...(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []), ...pii.problems]);
  }
  const e = parsed.data;
  return Object.freeze({
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    redisUrl: e.REDIS_URL,
    queuePrefix: e.QUEUE_PREFIX,
    http: { host: e.HTTP_HOST, port: e.HTTP_PORT, rateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE },
    appUrl: e.APP_URL.replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    smtp: {
      host: e.SMTP_HOST,
      port: e.SMTP_PORT,
      secure: e.SMTP_SECURE,
      user: e.SMTP_USER ?? null,
      password: e.SMTP_PASSWORD ?? null,
      poolSize: e.SMTP_POOL_SIZE,
      ratePerSecond: e.SMTP_RATE_PER_SECOND ?? null,
      timeoutMs: e.SMTP_TIMEOUT_MS,
    },
    mailFrom: e.MAIL_FROM,
    workerConcurrency: e.WORKER_CONCURRENCY,
    jobAttempts: e.JOB_ATTEMPTS,
    jobBackoffMs: e.JOB_BACKOFF_MS,
    sweepIntervalSeconds: e.SWEEP_INTERVAL_SECONDS,
    reminderDaysBefore: [...new Set(e.REMINDER_DAYS_BEFORE.split(',').map(Number))].sort((a, b) => b - a),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    jobLockSeconds: e.JOB_LOCK_SECONDS,
    sendingLeaseSeconds: e.SENDING_LEASE_SECONDS,
    dataDir: resolve(e.DATA_DIR),
    importMaxBytes: e.IMPORT_MAX_BYTES,
    renderChunkSize: e.RENDER_CHUNK_SIZE,
    deliveryBatchSize: e.DELIVERY_BATCH_SIZE,
    printBatchSize: e.PRINT_BATCH_SIZE,
    pii: pii.ring,
  });
}
