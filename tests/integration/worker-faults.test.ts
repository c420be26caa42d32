// Faults with real processes: a worker SIGKILLed between jobs, Redis losing its queues, SIGTERM.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deletePrefixedKeys, startHarness, type Harness } from '../helpers/harness.js';
import { spawnWorkerProcess, type WorkerProcess } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait.js';

const file = () => JSON.parse(readFileSync(new URL('../fixtures/odessa-2020-before-notice.json', import.meta.url), 'utf8'));

let h: Harness;
let worker: WorkerProcess | null = null;
beforeAll(async () => {
  h = await startHarness({ workers: false });
});
afterEach(async () => {
  await worker?.kill('SIGKILL');
  worker = null;
});
afterAll(async () => {
  await h?.close();
});

const revisionAssessed = (id: string, revision: number) =>
  waitFor(
    async () => {
      const row = await h.db.selectFrom('incidents').select('assessed_revision').where('id', '=', id).executeTakeFirstOrThrow();
      return (row.assessed_revision ?? 0) >= revision;
    },
    { timeoutMs: 30_000, what: `revision ${revision} assessed (worker output: ${worker?.output().slice(-500)})` },
  );

describe('worker faults', () => {
  it('loses nothing when the worker is killed between jobs', async () => {
    const created = await h.request('POST', '/v1/incidents', { body: file() });
    const id = created.body.incident.id as string;
    worker = spawnWorkerProcess({ ...h.env, SWEEP_INTERVAL_SECONDS: '3600' });
    await revisionAssessed(id, 1);
    expect(await worker.kill('SIGKILL')).toBe(null);

    // Filed while no worker runs: the job waits in Redis and the state in PostgreSQL.
    await h.request('POST', `/v1/incidents/${id}/events`, {
      body: { type: 'notified', recipient: 'individuals', jurisdiction: 'TX', at: '2020-10-14' },
    });
    worker = spawnWorkerProcess({ ...h.env, SWEEP_INTERVAL_SECONDS: '3600' });
    await revisionAssessed(id, 2);
    const obligations = (await h.request('GET', `/v1/incidents/${id}/obligations`)).body.obligations as any[];
    expect(obligations.find((o) => o.jurisdiction === 'TX' && o.recipient === 'individuals').daysLate).toBe(11);
  });

  it('rebuilds queued work from PostgreSQL after Redis lost it', async () => {
    const created = await h.request('POST', '/v1/incidents', { body: file() });
    const id = created.body.incident.id as string;
    await deletePrefixedKeys(h.config.queuePrefix);
    worker = spawnWorkerProcess({ ...h.env, SWEEP_INTERVAL_SECONDS: '1' });
    await revisionAssessed(id, 1);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    worker = spawnWorkerProcess({ ...h.env, SWEEP_INTERVAL_SECONDS: '3600', LOG_LEVEL: 'info' });
    await waitFor(() => worker!.output().includes('workers started'), { what: 'the worker to start' });
    // Once seen hanging on a loaded machine: give up after 30 s and show what the worker last said.
    const code = await Promise.race([worker.kill('SIGTERM'), new Promise((r) => setTimeout(() => r('still running after 30 s'), 30_000))]);
    expect(code, `worker output:\n${worker.output().slice(-3000)}`).toBe(0);
  });
});
