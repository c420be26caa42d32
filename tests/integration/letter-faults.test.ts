// Issue 4's fault guarantee with real worker processes: a worker SIGKILLed mid-render or mid-send,
// then restarted, yields each letter exactly once. The kills are placed, not timed: a row lock the
// test holds stops a chunk's transaction just before it commits, and an SMTP server that stops
// answering leaves letters mid-send.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { spawnWorkerProcess, type WorkerProcess } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait.js';
import { openEmail } from '../helpers/pii.js';
import { BENCH_WINDOW, generateExport, type ExportStats } from '../bench/generate-export.js';
import { jobIdOf } from '../../src/jobs/catalogue.js';
import { OUTCOME_UNKNOWN } from '../../src/services/claims.js';

const n = (v: unknown) => Number(v);

let h: Harness;
let running: WorkerProcess[] = [];
const clients: pg.Client[] = [];

beforeAll(async () => {
  h = await startHarness({ workers: false });
});
afterEach(async () => {
  await Promise.all(running.map((w) => w.kill('SIGKILL')));
  running = [];
  await Promise.all(clients.splice(0).map((c) => c.end().catch(() => undefined)));
});
afterAll(async () => {
  await h?.close();
});

/**
 * A worker process whose PostgreSQL sessions carry `name`, so the test can see them block and
 * wait until a killed one's are gone (then nothing of it can still commit). A killed worker's
 * bullmq jobs are taken over after JOB_LOCK_SECONDS.
 */
function startWorker(name: string, env: Record<string, string> = {}): WorkerProcess {
  const w = spawnWorkerProcess({
    ...h.env,
    DATABASE_URL: `${h.env.DATABASE_URL}?application_name=${name}`,
    JOB_LOCK_SECONDS: '2',
    SWEEP_INTERVAL_SECONDS: '1',
    // Kept in memory and shown when a wait times out.
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    ...env,
  });
  running.push(w);
  return w;
}

/** SIGKILL, then wait until the worker's sessions are gone: nothing it sent can commit after that. */
async function killWorker(w: WorkerProcess, name: string, beforeSessionsEnd?: () => Promise<unknown>): Promise<void> {
  expect(await w.kill('SIGKILL')).toBe(null);
  running = running.filter((r) => r !== w);
  await beforeSessionsEnd?.();
  await waitFor(
    async () => n((await sql<{ n: string }>`select count(*) as n from pg_stat_activity where datname = current_database() and application_name = ${name}`.execute(h.db)).rows[0]!.n) === 0,
    { what: `the sessions of the killed worker ${name} to end` },
  );
}

async function pgClient(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: h.env.DATABASE_URL, application_name: 'letter-faults-test' });
  await c.connect();
  clients.push(c);
  return c;
}

/** An incident whose exposure window matches the synthetic export, with `rows` payments imported. */
async function incidentWithExport(title: string, rows: number, seed: number): Promise<{ id: string; stats: ExportStats; importId: string }> {
  const file = JSON.parse(readFileSync(new URL('../fixtures/odessa-2020.json', import.meta.url), 'utf8'));
  delete file.affected;
  const created = await h.request('POST', '/v1/incidents', { body: { ...file, title, exposure: [BENCH_WINDOW] } });
  const id = created.body.incident.id as string;
  const path = join(h.config.dataDir, `${title.replace(/\W+/g, '-')}.csv`);
  const stats = await generateExport(path, { rows, seed });
  const res = await h.request('POST', `/v1/incidents/${id}/imports?filename=payments.csv`, { body: readFileSync(path, 'utf8'), contentType: 'text/csv' });
  expect(res.status).toBe(202);
  return { id, stats, importId: res.body.import.id };
}

const completedRender = (incidentId: string, w: WorkerProcess) =>
  waitFor(
    () => h.db.selectFrom('letter_renders').selectAll().where('incident_id', '=', incidentId).where('status', '=', 'completed').executeTakeFirst(),
    { timeoutMs: 30_000, what: () => `a completed render (worker output: ${w.output().slice(-500)})` },
  );

describe('letters under worker faults', () => {
  it('a worker killed inside a render chunk’s transaction and restarted yields one letter per resident in scope', async () => {
    // Small chunks, one at a time: the render has dozens of chunks and stops at the locked one.
    let w = startWorker('render-w1', { RENDER_CHUNK_SIZE: '40', WORKER_CONCURRENCY: '1' });
    const { id, stats, importId } = await incidentWithExport('Killed mid-render', 2500, 11);

    // The test takes the row lock of a chunk not rendered yet (a few chunks short of the end, so
    // chunks after it are left too): the worker's transaction for it deletes, COPYs its letters
    // and then blocks on marking it done.
    const lock = await pgClient();
    const lockPid = (await lock.query('select pg_backend_pid() as pid')).rows[0].pid as number;
    await lock.query('begin');
    const chunk = await waitFor(
      async () =>
        (
          await lock.query(
            `select c.render_id, c.chunk, c.from_id, c.to_id, r.chunks_total from render_chunks c join letter_renders r on r.id = c.render_id
             where r.incident_id = $1 and c.status = 'pending' and c.chunk < r.chunks_total - 3
             order by c.chunk desc limit 1 for update of c skip locked`,
            [id],
          )
        ).rows[0] as { render_id: string; chunk: number; from_id: string; to_id: string; chunks_total: number } | undefined,
      { intervalMs: 10, what: () => `a pending render chunk to lock (worker output: ${w.output().slice(-500)})` },
    );
    expect(chunk.chunks_total).toBeGreaterThan(20);
    // Asked from another connection: inside the lock's transaction pg_stat_activity would be a
    // snapshot taken at its first read.
    const blocked = await waitFor(
      async () =>
        (
          await sql<{ pid: number; query: string }>`select pid, query from pg_stat_activity
            where datname = current_database() and application_name = 'render-w1' and wait_event_type = 'Lock' and ${lockPid}::int = any(pg_blocking_pids(pid))`.execute(h.db)
        ).rows[0],
      { what: () => `the worker to block on the locked chunk (worker output: ${w.output().slice(-500)})` },
    );
    expect(blocked.query).toMatch(/^update render_chunks set status = 'done'/);

    const lettersIn = async (from: string, to: string) =>
      n(
        (
          await h.db
            .selectFrom('letters')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('render_id', '=', chunk.render_id)
            .where('kind', '=', 'resident')
            .where('resident_id', '>=', from)
            .where('resident_id', '<=', to)
            .executeTakeFirstOrThrow()
        ).n,
      );
    // One transaction per chunk: while it waits to commit, nothing of it is visible; the chunks
    // done before it are, with the counts they recorded.
    expect(await lettersIn(chunk.from_id, chunk.to_id)).toBe(0);
    const doneSoFar = await h.db
      .selectFrom('render_chunks')
      .select([(eb) => eb.fn.countAll().as('chunks'), (eb) => eb.fn.sum('letters').as('letters')])
      .where('render_id', '=', chunk.render_id)
      .where('status', '=', 'done')
      .executeTakeFirstOrThrow();
    expect(n(doneSoFar.chunks)).toBeGreaterThan(0);
    const visible = await h.db.selectFrom('letters').select((eb) => eb.fn.countAll().as('n')).where('render_id', '=', chunk.render_id).where('kind', '=', 'resident').executeTakeFirstOrThrow();
    expect(n(visible.n)).toBe(n(doneSoFar.letters));

    // The dead worker's session waits on the lock until the test lets go; then it ends without
    // a commit (nobody is left to send one).
    await killWorker(w, 'render-w1', () => lock.query('rollback'));
    const killed = await h.db.selectFrom('render_chunks').selectAll().where('render_id', '=', chunk.render_id).where('chunk', '=', chunk.chunk).executeTakeFirstOrThrow();
    expect(killed.status).toBe('pending');
    expect(await lettersIn(chunk.from_id, chunk.to_id)).toBe(0);

    w = startWorker('render-w2');
    const render = await completedRender(id, w);
    expect(render.id).toBe(chunk.render_id);

    const imp = await h.db.selectFrom('imports').select(['status']).where('id', '=', importId).executeTakeFirstOrThrow();
    expect(imp.status).toBe('completed');
    const inScope = n((await h.db.selectFrom('residents').select((eb) => eb.fn.countAll().as('n')).where('incident_id', '=', id).where('in_scope', '=', true).executeTakeFirstOrThrow()).n);
    expect(inScope).toBe(stats.personsInScope);

    // Exactly one letter per resident in scope, none for anybody else.
    const letters = await h.db
      .selectFrom('letters')
      .innerJoin('residents', 'residents.id', 'letters.resident_id')
      .select([
        (eb) => eb.fn.countAll().as('letters'),
        (eb) => eb.fn.count('letters.resident_id').distinct().as('residents'),
        (eb) => eb.fn.countAll().filterWhere('residents.in_scope', '=', false).as('outOfScope'),
      ])
      .where('letters.render_id', '=', render.id)
      .where('letters.kind', '=', 'resident')
      .executeTakeFirstOrThrow();
    expect({ letters: n(letters.letters), residents: n(letters.residents), outOfScope: n(letters.outOfScope) }).toEqual({ letters: inScope, residents: inScope, outOfScope: 0 });

    // Every chunk done once: the counters were not bumped by the killed attempt.
    const chunks = await h.db.selectFrom('render_chunks').selectAll().where('render_id', '=', render.id).execute();
    expect(chunks).toHaveLength(chunk.chunks_total);
    expect(chunks.every((c) => c.status === 'done')).toBe(true);
    expect(chunks.reduce((s, c) => s + c.letters!, 0)).toBe(inScope);
    expect(chunks.find((c) => c.chunk === chunk.chunk)!.letters).toBe(await lettersIn(chunk.from_id, chunk.to_id));
    expect(await lettersIn(chunk.from_id, chunk.to_id)).toBeGreaterThan(0);
    const all = n((await h.db.selectFrom('letters').select((eb) => eb.fn.countAll().as('n')).where('render_id', '=', render.id).executeTakeFirstOrThrow()).n);
    expect(render.chunks_done).toBe(render.chunks_total);
    // letters_total starts at the planner's count of regulator drafts (audited when the render
    // started); each chunk then adds its letters once, the killed attempt nothing.
    const audits = await h.db.selectFrom('audit_events').select(['action', 'after']).where('entity_id', '=', id).where('action', 'in', ['letters.render_started', 'letters.rendered']).execute();
    const started = audits.find((a) => a.action === 'letters.render_started')!.after as { renderId: string; residents: number; regulatorDrafts: number };
    expect(started).toMatchObject({ renderId: render.id, residents: inScope });
    expect(render.letters_total - started.regulatorDrafts).toBe(inScope);
    expect(audits.filter((a) => a.action === 'letters.rendered').map((a) => (a.after as { letters: number }).letters)).toEqual([all]);
    expect(render.failed_check).toBe(chunks.reduce((s, c) => s + c.failed_check!, 0));
    const summary = render.summary as { kind: string; letters: number }[];
    expect(summary.reduce((s, r) => s + r.letters, 0)).toBe(all);
    expect(summary.filter((r) => r.kind === 'resident').reduce((s, r) => s + r.letters, 0)).toBe(inScope);

    // The killed chunk's job was taken over from the dead worker (stalled) and run again.
    const job = await h.queues['render-chunk'].getJob(jobIdOf('render-chunk', { renderId: render.id, chunk: chunk.chunk }));
    expect(job?.stalledCounter).toBeGreaterThanOrEqual(1);
    expect(job?.attemptsStarted).toBeGreaterThanOrEqual(2);
    expect(job?.finishedOn).toBeTruthy();
  });

  it('a worker killed mid-send and restarted sends every letter at most once, and each letter not yet claimed exactly once', async () => {
    let w = startWorker('send-w1');
    const { id, stats } = await incidentWithExport('Killed mid-send', 500, 5);
    await completedRender(id, w);
    const approved = await h.request('POST', `/v1/incidents/${id}/letters/approve`, { body: {}, token: h.officerToken });
    expect(approved.body.approved).toBeGreaterThanOrEqual(stats.personsInScope);

    const emailLetters = async () => {
      const rows = await h.db
        .selectFrom('letters')
        .innerJoin('residents', 'residents.id', 'letters.resident_id')
        .select(['letters.id', 'letters.status', 'letters.last_error', 'letters.provider_message_id', 'residents.email'])
        .where('letters.incident_id', '=', id)
        .where('letters.channel', '=', 'email')
        .where('letters.status', '!=', 'superseded')
        .execute()
        .then((found) => found.map((r) => ({ ...r, email: openEmail(h.config, r.email) })));
      const by = (status: string) => new Set(rows.filter((r) => r.status === status).map((r) => r.id));
      return { rows, sent: by('sent'), sending: by('sending'), queued: by('queued'), failed: by('failed') };
    };
    // Staff reminders of the incident's deadlines go through the same server; only letters count here.
    const letterOf = (m: ParsedMail) => /^<letter-(.+)@breachdesk>$/.exec(m.messageId ?? '')?.[1];
    const letterMails = (from: number) => h.smtp.messages.slice(from).filter(letterOf);
    const recipientOf = (m: ParsedMail) => (m.to as { text: string }).text;
    const deliveryJobs = () => h.db.selectFrom('jobs').select(['job_id', 'state']).where('incident_id', '=', id).where('name', '=', 'deliver-batch').execute();

    // The server accepts ACCEPTED messages, then stops answering: both pooled connections sit in
    // DATA and the letters claimed behind them stay `sending`; the other batches stay queued.
    const ACCEPTED = 30;
    const before = h.smtp.messages.length;
    h.smtp.holdAfter(ACCEPTED);
    const sent = await h.request('POST', `/v1/incidents/${id}/letters/send`, { token: h.officerToken });
    expect(sent.body.queued).toBe(stats.inScopeWithEmail);
    let seen = '';
    await waitFor(
      async () => {
        const s = await emailLetters();
        seen = `accepted ${h.smtp.messages.length - before} (letters ${letterMails(before).length}), held ${h.smtp.held.length}, sending ${s.sending.size}, sent ${s.sent.size}, queued ${s.queued.size}`;
        return h.smtp.messages.length - before === ACCEPTED && h.smtp.held.length > 0 && s.sending.size > 0 && s.sent.size === letterMails(before).length;
      },
      // Generous: on a loaded CI machine the worker process takes a while to get going.
      { timeoutMs: 60_000, what: () => `${ACCEPTED} messages accepted, then sends held; last seen: ${seen} (worker output: ${w.output().slice(-500)})` },
    );
    await killWorker(w, 'send-w1');
    const atKill = await emailLetters();
    const acceptedAtKill = h.smtp.messages.length;
    expect(atKill.sent.size).toBeGreaterThan(0);
    expect(atKill.queued.size).toBeGreaterThan(0);
    expect(atKill.sent.size + atKill.sending.size + atKill.queued.size).toBe(stats.inScopeWithEmail);
    expect(new Set(letterMails(before).map(letterOf))).toEqual(atKill.sent);
    expect(h.smtp.held.map(letterOf).filter((l) => l && !atKill.sending.has(l))).toEqual([]);
    h.smtp.release();

    // Restarted with the production lease: the dead worker's batches are taken over, their
    // claims look live, so they are left alone while every queued letter is sent. (Restarting
    // straight away with a short lease would race the retried batch against the sweeper for
    // the abandoned claims; both end them failed, but only the sweeper audits it.)
    w = startWorker('send-w2');
    await waitFor(
      async () => {
        const jobs = await deliveryJobs();
        return jobs.length > 0 && jobs.every((j) => j.state === 'completed') && (await emailLetters()).queued.size === 0;
      },
      { timeoutMs: 30_000, what: () => `every delivery batch finished after the restart (worker output: ${w.output().slice(-500)})` },
    );
    const afterRetry = await emailLetters();
    expect(afterRetry.sending).toEqual(atKill.sending);
    expect(afterRetry.sent).toEqual(new Set([...atKill.sent, ...atKill.queued]));
    const takenOver = await Promise.all((await deliveryJobs()).map((j) => h.queues['deliver-batch'].getJob(j.job_id)));
    expect(takenOver.some((j) => (j?.stalledCounter ?? 0) >= 1)).toBe(true);

    // With a short lease the sweeper ends the abandoned claims: outcome unknown, never resent.
    await killWorker(w, 'send-w2');
    w = startWorker('send-w3', { SENDING_LEASE_SECONDS: '3' });
    await waitFor(async () => (await emailLetters()).sending.size === 0, { timeoutMs: 20_000, what: () => `no letter left sending (worker output: ${w.output().slice(-500)})` });

    const end = await emailLetters();
    expect(end.rows.every((r) => r.status === 'sent' || r.status === 'failed')).toBe(true);
    expect(end.failed).toEqual(atKill.sending);
    expect(end.rows.filter((r) => r.status === 'failed').every((r) => r.last_error === OUTCOME_UNKNOWN)).toBe(true);
    expect(end.sent).toEqual(new Set([...atKill.sent, ...atKill.queued]));
    expect(end.sent.size + end.failed.size).toBe(stats.inScopeWithEmail);

    // At the mail server: one message per sent letter and address; none for a letter whose send
    // was cut off (it never got further than a held DATA), so none was resent after the kill.
    const perAddress = new Map<string, number>();
    for (const m of h.smtp.messages.slice(before)) perAddress.set(recipientOf(m), (perAddress.get(recipientOf(m)) ?? 0) + 1);
    for (const r of end.rows) expect([r.status, r.email, perAddress.get(r.email!) ?? 0]).toEqual([r.status, r.email, r.status === 'sent' ? 1 : 0]);
    expect(end.rows.filter((r) => r.status === 'sent').every((r) => r.provider_message_id === `<letter-${r.id}@breachdesk>`)).toBe(true);
    expect(new Set(letterMails(before).map(letterOf))).toEqual(end.sent);
    expect(letterMails(acceptedAtKill).filter((m) => atKill.sending.has(letterOf(m)!))).toEqual([]);

    const audits = await h.db.selectFrom('audit_events').select('after').where('entity_id', '=', id).where('action', '=', 'letters.outcome_unknown').execute();
    expect(audits.length).toBeGreaterThan(0);
    expect(new Set(audits.flatMap((a) => (a.after as { letters: string[] }).letters))).toEqual(atKill.sending);
  });
});
