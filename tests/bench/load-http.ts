// The load clients' HTTP: one keep-alive connection pool shared by every client, sized so each
// client keeps its own connection (no client waits for another's socket, so the latency measured is
// the API's). node:http rather than fetch: its pool size is set here without adding undici as a
// dependency, and it costs the load generator less CPU, which on a 2-core box is taken from the API.
import http from 'node:http';

export interface Reply {
  /** null: no HTTP answer at all (refused, reset, timed out). */
  status: number | null;
  body: any;
  ms: number;
  error: string | null;
  retryAfterSeconds: number | null;
}

export interface HttpClient {
  request(method: 'GET' | 'POST', path: string, opts?: { token?: string; body?: unknown }): Promise<Reply>;
  close(): void;
}

export function httpClient(port: number, connections: number, timeoutMs: number): HttpClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  return {
    request(method, path, opts = {}) {
      const payload = opts.body === undefined ? null : Buffer.from(JSON.stringify(opts.body));
      const t0 = performance.now();
      return new Promise<Reply>((resolve) => {
        let settled = false;
        const done = (r: Omit<Reply, 'ms'>) => {
          if (settled) return;
          settled = true;
          resolve({ ...r, ms: performance.now() - t0 });
        };
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            method,
            path,
            agent,
            headers: {
              ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
              ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', (err) => done({ status: null, body: null, error: `response: ${err.message}`, retryAfterSeconds: null }));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              let body: any = text;
              try {
                body = text ? JSON.parse(text) : null;
              } catch {
                /* not JSON: keep the text for the report */
              }
              const retry = Number(res.headers['retry-after']);
              done({ status: res.statusCode ?? null, body, error: null, retryAfterSeconds: Number.isFinite(retry) ? retry : null });
            });
          },
        );
        req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on('error', (err: NodeJS.ErrnoException) => done({ status: null, body: null, error: err.code ?? err.message, retryAfterSeconds: null }));
        req.end(payload ?? undefined);
      });
    },
    close: () => agent.destroy(),
  };
}

/** Latencies and outcomes, per route. */
export class Recorder {
  readonly routes = new Map<string, { ms: number[]; statuses: Map<string, number> }>();
  readonly transportErrors = new Map<string, number>();
  /** The first few 5xx and unexpected 4xx bodies, to say why in the report. */
  readonly samples: string[] = [];
  /** 201 answers without the id the client needs: the API broke its own contract. */
  malformed = 0;
  /** [seconds since the start when the answer came, latency ms], every request: the run over time. */
  readonly timeline: [number, number][] = [];
  startedAt = performance.now();

  note(sample: string): void {
    if (this.samples.length < 10) this.samples.push(sample);
  }

  record(route: string, r: Reply, expected: number): void {
    let entry = this.routes.get(route);
    if (!entry) this.routes.set(route, (entry = { ms: [], statuses: new Map() }));
    entry.ms.push(r.ms);
    this.timeline.push([(performance.now() - this.startedAt) / 1000, r.ms]);
    const key = r.status === null ? 'error' : String(r.status);
    entry.statuses.set(key, (entry.statuses.get(key) ?? 0) + 1);
    if (r.error) this.transportErrors.set(r.error, (this.transportErrors.get(r.error) ?? 0) + 1);
    if (r.status !== null && r.status !== expected && r.status !== 429) this.note(`${route} → ${r.status}: ${JSON.stringify(r.body).slice(0, 400)}`);
  }

  count(pred: (status: string) => boolean): number {
    let n = 0;
    for (const { statuses } of this.routes.values()) for (const [s, c] of statuses) if (pred(s)) n += c;
    return n;
  }
}
