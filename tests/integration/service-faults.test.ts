// Faults of the services breachdesk stands on, for real: PostgreSQL stopped and started again,
// Redis killed and started empty, an SMTP server too slow to answer. Each test runs its own
// PostgreSQL cluster or redis-server (the shared ones on 5432 and 6379 serve the other test files
// running meanwhile) and the API and workers as the operator runs them, so a crash would show.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { spawnWorkerProcess, type WorkerProcess } from '../helpers/processes.js';
import { freePort, startPrivatePostgres, startPrivateRedis, type PrivateService } from '../helpers/private-services.js';
import { waitFor } from '../helpers/wait.js';
import { poolOf } from '../../src/db/database.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const incidentFile = (title: string) => ({
  ...JSON.parse(readFileSync(new URL('../fixtures/odessa-2020-before-notice.json', import.meta.url), 'utf8')),
  title,
});
const odessa = () => JSON.parse(readFileSync(new URL('../fixtures/odessa-2020.json', import.meta.url), 'utf8'));
const resident = (id: string, email: string) => ({ id, name: `Resident ${id}`, address: ['1200 N Grant Ave', 'Odessa, TX 79761'], email, language: 'en', state: 'TX' });

// Each test waits on several recoveries, each bounded by its own generous waitFor.
const TEST_TIMEOUT_MS = 300_000;

// Everything a test started, torn down in reverse order whatever happened to the test.
let teardown: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  const errors: unknown[] = [];
  for (const step of teardown.reverse()) await step().catch((err) => errors.push(err));
  teardown = [];
  if (errors.length) throw errors[0];
});

interface ApiProcess {
  child: ChildProcess;
  output(): string;
  call(method: 'GET' | 'POST', path: string, o?: { token?: string; body?: unknown }): Promise<{ status: number; body: any; retryAfter: string | null }>;
}

/** The API as the operator runs it (`npm run start:api`), on a port of its own. */
async function startApiProcess(env: Record<string, string>, defaultToken: string): Promise<ApiProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/api.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env, HTTP_HOST: '127.0.0.1', HTTP_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  teardown.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  });
  const call: ApiProcess['call'] = async (method, path, o = {}) => {
    // A bound far above any answer, so a hanging request fails the test instead of stalling it.
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { authorization: `Bearer ${o.token ?? defaultToken}`, ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: o.body !== undefined ? JSON.stringify(o.body) : undefined,
      signal: AbortSignal.timeout(30_000),
    }).catch((err: Error) => {
      throw new Error(`${method} ${path}: no answer from the API (${err.message}); API output: ${output.slice(-1000)}`);
    });
    const text = await res.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* keep the text */
    }
    return { status: res.status, body, retryAfter: res.headers.get('retry-after') };
  };
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`the API exited: ${output.slice(-1000)}`);
      return call('GET', '/health').then(() => true, () => false);
    },
    { timeoutMs: 60_000, what: () => `the API process to listen (output: ${output.slice(-500)})` },
  );
  return { child, output: () => output, call };
}

describe('PostgreSQL stopped and started again', () => {
  it('answers 503 database_unavailable with Retry-After while it is down, keeps running, half-writes nothing, and recovers without a restart', async () => {
    const postgres = await startPrivatePostgres();
    teardown.push(() => postgres.destroy());
    const h = await startHarness({ workers: false, postgres: postgres.url });
    // Started again first if a failure left it stopped: the harness drops its database on close.
    teardown.push(() => postgres.start().catch(() => undefined).then(() => h.close()));
    const api = await startApiProcess({ ...h.env, DATABASE_URL: `${h.env.DATABASE_URL}?application_name=api-under-test`, LOG_LEVEL: 'warn' }, h.clerkToken);

    const before = await api.call('POST', '/v1/incidents', { body: incidentFile('Filed before the outage') });
    expect(before.status).toBe(201);
    expect((await api.call('GET', '/v1/incidents')).status).toBe(200);

    // A write caught inside its transaction: the test holds the tenant's audit-chain lock, so the
    // API's insert of the incident is done and it waits to append the audit entry.
    const lock = new pg.Client({ connectionString: h.env.DATABASE_URL });
    lock.on('error', () => undefined); // ended by the shutdown below, like every session
    await lock.connect();
    teardown.push(() => lock.end().catch(() => undefined));
    await lock.query(`select pg_advisory_lock(hashtextextended($1, 0))`, [`audit:${h.organizationId}`]);
    const inFlight = api.call('POST', '/v1/incidents', { body: incidentFile('Caught mid-write by the outage') });
    await waitFor(
      async () =>
        Number(
          (
            await sql<{ n: string }>`select count(*) as n from pg_stat_activity
              where application_name = 'api-under-test' and wait_event_type = 'Lock' and wait_event = 'advisory'`.execute(h.db)
          ).rows[0]!.n,
        ) === 1,
      { what: () => `the API's write to wait on the audit lock (API output: ${api.output().slice(-500)})` },
    );
    // Idle pooled connections in this process too: each will see its server go away.
    await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute(h.db)));
    expect(poolOf(h.db).idleCount).toBeGreaterThan(0);

    await postgres.stop();

    const caught = await inFlight;
    expect([caught.status, caught.body.error?.code]).toEqual([503, 'database_unavailable']);
    const outage = [
      await api.call('GET', '/v1/incidents'),
      await api.call('POST', '/v1/incidents', { body: incidentFile('Filed during the outage') }),
      await api.call('GET', `/v1/incidents/${before.body.incident.id}/obligations`),
      // Even the token cannot be looked up: not a 401, the API cannot tell.
      await api.call('GET', '/v1/incidents', { token: 'bd_not-a-real-token' }),
    ];
    for (const res of outage) {
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('database_unavailable');
      expect(res.body.error.message).toMatch(/try again/);
      expect(Number(res.retryAfter)).toBeGreaterThan(0);
    }
    const health = await api.call('GET', '/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'degraded', postgres: 'down', redis: 'up' });
    // The in-process app answers the same.
    expect((await h.request('GET', '/v1/incidents')).status).toBe(503);
    expect(api.child.exitCode).toBe(null);

    await postgres.start();

    // Same API process, same pools: they reconnect on their own.
    await waitFor(async () => (await api.call('GET', '/v1/incidents')).status === 200, {
      timeoutMs: 60_000,
      what: () => `the API to serve again after PostgreSQL came back (API output: ${api.output().slice(-500)})`,
    });
    expect((await api.call('GET', '/health')).body).toMatchObject({ status: 'ok', postgres: 'up' });
    const after = await api.call('POST', '/v1/incidents', { body: incidentFile('Filed after recovery') });
    expect(after.status).toBe(201);
    expect(api.child.exitCode).toBe(null);

    // Exactly the incidents whose filing was answered 201, each once, each with its audit entry and
    // its assessment job; of the write caught mid-transaction nothing at all.
    const incidents = await h.db.selectFrom('incidents').select(['id', 'title']).orderBy('created_at').execute();
    expect(incidents.map((i) => i.title)).toEqual(['Filed before the outage', 'Filed after recovery']);
    expect(incidents.map((i) => i.id)).toEqual([before.body.incident.id, after.body.incident.id]);
    const audited = await h.db.selectFrom('audit_events').select('entity_id').where('action', '=', 'incident.created').orderBy('id').execute();
    expect(audited.map((a) => a.entity_id)).toEqual(incidents.map((i) => i.id));
    const jobs = await h.db.selectFrom('jobs').select('incident_id').where('name', '=', 'assess-incident').orderBy('id').execute();
    expect(jobs.map((j) => j.incident_id)).toEqual(incidents.map((i) => i.id));
    expect(api.output()).not.toMatch(/uncaught|unhandled/i);
  }, TEST_TIMEOUT_MS);
});

describe('Redis killed and started empty', () => {
  it('loses no queued work and sends nothing twice: the sweeper rebuilds the queues from PostgreSQL, and workers and API ride out the outage', async () => {
    const redis = await startPrivateRedis();
    teardown.push(() => redis.destroy());
    const h = await startHarness({ workers: false, env: { REDIS_URL: redis.url } });
    teardown.push(() => redis.start().catch(() => undefined).then(() => h.close()));
    // LOG_LEVEL info: the sweeper says when it re-enqueues, and a failing sweep is logged.
    const worker: WorkerProcess = spawnWorkerProcess({ ...h.env, SWEEP_INTERVAL_SECONDS: '1', LOG_LEVEL: 'info' });
    teardown.push(() => worker.kill('SIGKILL'));
    const workerOutput = () => worker.output().slice(-1500);
    const loggedSince = (offset: number, msg: string) => worker.output().slice(offset).includes(msg);

    const created = await h.request('POST', '/v1/incidents', { body: odessa() });
    const incidentId = created.body.incident.id as string;
    const addresses = ['ana@example.com', 'ben@example.com', 'cruz@example.com'];
    const added = await h.request('POST', `/v1/incidents/${incidentId}/residents`, { body: addresses.map((a, i) => resident(`acct-${i}`, a)) });
    expect(added.status).toBe(201);
    await waitFor(async () => (await h.request('GET', `/v1/incidents/${incidentId}/letters`)).body.renders?.[0]?.status === 'completed', {
      timeoutMs: 60_000,
      what: () => `the letters to render (worker output: ${workerOutput()})`,
    });
    expect((await h.request('POST', `/v1/incidents/${incidentId}/letters/approve`, { body: {}, token: h.officerToken })).body.approved).toBe(3);

    // Queued in Redis and held there: the queue is paused, so the send job waits when Redis dies.
    await h.queues['send-letters'].pause();
    const send = await h.request('POST', `/v1/incidents/${incidentId}/letters/send`, { token: h.officerToken });
    expect([send.status, send.body.queued]).toEqual([202, 3]);
    expect(await h.queues['send-letters'].getJob(send.body.jobId)).toBeTruthy();

    const atStop = worker.output().length;
    await redis.stop();

    // The API keeps taking writes (the job waits in PostgreSQL's outbox) and says Redis is down.
    const health = await h.request('GET', '/health');
    expect([health.status, health.body.redis, health.body.postgres]).toEqual([503, 'down', 'up']);
    const during = await h.request('POST', '/v1/incidents', { body: incidentFile('Filed while Redis was down') });
    expect(during.status).toBe(201);
    const duringJob = await h.db.selectFrom('jobs').select('state').where('incident_id', '=', during.body.incident.id).executeTakeFirstOrThrow();
    expect(duringJob.state).toBe('pending');
    // The worker is running into the outage, not idle through it.
    await waitFor(() => loggedSince(atStop, 'sweep failed'), { what: () => `a sweep to fail while Redis is down (worker output: ${workerOutput()})` });

    const atStart = worker.output().length;
    await redis.start();

    await waitFor(() => loggedSince(atStart, 'sweeper re-enqueued work from PostgreSQL'), {
      timeoutMs: 60_000,
      what: () => `the sweeper to re-enqueue the lost work (worker output: ${workerOutput()})`,
    });
    const letters = () =>
      h.db
        .selectFrom('letters')
        .innerJoin('residents', 'residents.id', 'letters.resident_id')
        .select(['letters.id', 'letters.status', 'letters.attempts', 'residents.source_ref'])
        .where('letters.incident_id', '=', incidentId)
        .where('letters.channel', '=', 'email')
        .execute();
    await waitFor(async () => (await letters()).every((l) => l.status === 'sent'), {
      timeoutMs: 60_000,
      what: () => `every letter sent after Redis came back (worker output: ${workerOutput()})`,
    });
    await waitFor(
      async () => ((await h.db.selectFrom('incidents').select('assessed_revision').where('id', '=', during.body.incident.id).executeTakeFirstOrThrow()).assessed_revision ?? 0) >= 1,
      { timeoutMs: 60_000, what: () => `the incident filed during the outage to be assessed (worker output: ${workerOutput()})` },
    );
    // Every delivery job PostgreSQL knows of has finished: nothing left that could still send.
    await waitFor(
      async () =>
        (await h.db.selectFrom('jobs').select('state').where('incident_id', '=', incidentId).where('name', 'in', ['send-letters', 'deliver-batch']).execute()).every(
          (j) => j.state === 'completed',
        ),
      { timeoutMs: 60_000, what: () => `the delivery jobs to complete (worker output: ${workerOutput()})` },
    );

    const isLetter = (m: ParsedMail) => /^<letter-.+@breachdesk>$/.test(m.messageId ?? '');
    const perAddress = new Map<string, number>();
    for (const m of h.smtp.messages.filter(isLetter)) {
      const to = (m.to as { text: string }).text;
      perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    }
    expect(Object.fromEntries(perAddress)).toEqual(Object.fromEntries(addresses.map((a) => [a, 1])));
    // Residents are acct-<i> for addresses[i] (their stored contact details are sealed).
    expect((await letters()).map((l) => [l.source_ref, l.status, l.attempts]).sort()).toEqual(addresses.map((_a, i) => [`acct-${i}`, 'sent', 1]));

    // Both sides are back on Redis without a restart.
    await waitFor(async () => (await h.request('GET', '/health')).status === 200, { what: 'the API to see Redis again' });
    expect(worker.child.exitCode).toBe(null);
    expect(worker.output()).not.toMatch(/uncaught|unhandled/i);
  }, TEST_TIMEOUT_MS);
});

interface SlowSmtp {
  port: number;
  messages: ParsedMail[];
  /** RCPT TO commands seen, per address: one per delivery attempt. */
  rcpts: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Accepts connections and greets at once, but answers RCPT TO for an address only after a long
 * delay while `slow(address, nth)` says so: a relay that stalls. The message itself has not been
 * sent yet at that point, so a timed-out attempt cannot have delivered anything.
 */
async function startSlowSmtp(slow: (address: string, nth: number) => boolean): Promise<SlowSmtp> {
  const messages: ParsedMail[] = [];
  const rcpts = new Map<string, number>();
  const late = new Set<NodeJS.Timeout>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1000,
    onRcptTo(address, _session, callback) {
      const nth = (rcpts.get(address.address) ?? 0) + 1;
      rcpts.set(address.address, nth);
      if (!slow(address.address, nth)) return callback();
      // Far beyond the sender's timeout; by then the sender has hung up.
      const t = setTimeout(() => {
        late.delete(t);
        callback();
      }, 120_000);
      late.add(t);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  server.on('error', () => undefined); // senders hanging up on a stalled server
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    rcpts,
    async close() {
      for (const t of late) clearTimeout(t);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('SMTP server too slow', () => {
  it('times a stalled send out, retries it with backoff, fails it after the last attempt saying it timed out, and sends nothing twice', async () => {
    const STALLS = 'stalls@example.com';
    const RECOVERS = 'recovers@example.com';
    const FAST = 'fast@example.com';
    const smtp = await startSlowSmtp((address, nth) => address === STALLS || (address === RECOVERS && nth === 1));
    teardown.push(() => smtp.close());
    const ATTEMPTS = 3;
    const h = await startHarness({
      env: { SMTP_PORT: String(smtp.port), SMTP_TIMEOUT_MS: '3000', JOB_ATTEMPTS: String(ATTEMPTS), JOB_BACKOFF_MS: '200' },
    });
    teardown.push(() => h.close());

    const created = await h.request('POST', '/v1/incidents', { body: odessa() });
    const incidentId = created.body.incident.id as string;
    const addresses = [STALLS, RECOVERS, FAST];
    await h.request('POST', `/v1/incidents/${incidentId}/residents`, { body: addresses.map((a, i) => resident(`acct-${i}`, a)) });
    await waitFor(async () => (await h.request('GET', `/v1/incidents/${incidentId}/letters`)).body.renders?.[0]?.status === 'completed', {
      timeoutMs: 60_000,
      what: 'the letters to render',
    });
    expect((await h.request('POST', `/v1/incidents/${incidentId}/letters/approve`, { body: {}, token: h.officerToken })).body.approved).toBe(3);
    expect((await h.request('POST', `/v1/incidents/${incidentId}/letters/send`, { token: h.officerToken })).body.queued).toBe(3);

    const letters = () =>
      h.db
        .selectFrom('letters')
        .innerJoin('residents', 'residents.id', 'letters.resident_id')
        .select(['letters.id', 'letters.status', 'letters.attempts', 'letters.last_error', 'residents.source_ref'])
        .where('letters.incident_id', '=', incidentId)
        .where('letters.channel', '=', 'email')
        .execute();
    // Residents are acct-<i> for addresses[i] (their stored contact details are sealed).
    const byAddress = async () => Object.fromEntries((await letters()).map((l) => [addresses[Number(l.source_ref.replace('acct-', ''))]!, l]));
    await waitFor(async () => (await letters()).every((l) => l.status === 'sent' || l.status === 'failed'), {
      timeoutMs: 90_000,
      what: 'every letter sent or failed',
    });
    const end = await byAddress();

    expect([end[FAST]!.status, end[FAST]!.attempts]).toEqual(['sent', 1]);
    // Timed out once, then the server answered in time: sent on the retry.
    expect([end[RECOVERS]!.status, end[RECOVERS]!.attempts]).toEqual(['sent', 2]);
    // Timed out on every attempt: failed after the last one, and the reason says why.
    expect([end[STALLS]!.status, end[STALLS]!.attempts]).toEqual(['failed', ATTEMPTS]);
    expect(end[STALLS]!.last_error).toMatch(/timed out/);
    // One RCPT per attempt: nodemailer did not quietly re-send on its own.
    expect(Object.fromEntries(smtp.rcpts)).toMatchObject({ [STALLS]: ATTEMPTS, [RECOVERS]: 2, [FAST]: 1 });

    // The delivery job was retried by bullmq (the backoff schedule) and ended on its last attempt.
    const job = await h.db.selectFrom('jobs').select(['job_id', 'state', 'attempts']).where('incident_id', '=', incidentId).where('name', '=', 'deliver-batch').executeTakeFirstOrThrow();
    expect([job.state, job.attempts]).toEqual(['completed', ATTEMPTS]);
    const queued = await h.queues['deliver-batch'].getJob(job.job_id);
    expect(queued?.attemptsMade).toBe(ATTEMPTS);
    expect(queued?.opts.backoff).toMatchObject({ type: 'exponential' });

    const perAddress = new Map<string, number>();
    for (const m of smtp.messages.filter((m) => /^<letter-.+@breachdesk>$/.test(m.messageId ?? ''))) {
      const to = (m.to as { text: string }).text;
      perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    }
    expect(Object.fromEntries(perAddress)).toEqual({ [RECOVERS]: 1, [FAST]: 1 });
  }, TEST_TIMEOUT_MS);
});
