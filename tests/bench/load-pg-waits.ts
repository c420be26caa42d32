// Where the API's PostgreSQL connections spend the run, sampled from pg_stat_activity: on the CPU,
// waiting on a lock (the audit chain's per-tenant advisory lock, a row lock), on WAL flushes, or
// idle while the API itself is busy. The answer to "why is p99 what it is" is usually in here.
import pg from 'pg';

export interface WaitSampler {
  /** Share of connection-samples per wait, largest first, and the mean number of connections seen. */
  stop(): Promise<{ waits: [string, number][]; connections: number }>;
}

export async function sampleWaits(pgBase: string, database: string, everyMs = 250): Promise<WaitSampler> {
  const client = new pg.Client({ connectionString: `${pgBase}/postgres` });
  await client.connect();
  const counts = new Map<string, number>();
  let samples = 0;
  let seen = 0;
  let busy: Promise<void> | null = null;
  const sample = async () => {
    const { rows } = await client.query<{ w: string; n: string }>(
      `select case when state = 'active' then coalesce(wait_event_type || ':' || wait_event, 'active: on CPU') else state end as w, count(*) as n
         from pg_stat_activity where datname = $1 and backend_type = 'client backend' group by 1`,
      [database],
    );
    samples++;
    for (const r of rows) {
      counts.set(r.w, (counts.get(r.w) ?? 0) + Number(r.n));
      seen += Number(r.n);
    }
  };
  const timer = setInterval(() => {
    busy ??= sample()
      .catch(() => undefined)
      .finally(() => (busy = null));
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await busy;
      await client.end();
      const total = [...counts.values()].reduce((a, b) => a + b, 0) || 1;
      return { waits: [...counts].sort((a, b) => b[1] - a[1]).map(([w, n]) => [w, n / total]), connections: samples ? seen / samples : 0 };
    },
  };
}
