// "Bare" limits: each stage of the pipeline done the plainest way with the same libraries, on the
// same machine, in the same run. The end-to-end stages are judged as a fraction of these, so the
// judgement holds whatever the hardware.
import { createReadStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { parse } from 'csv-parse';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { copyLine, startCopy } from '../../src/db/copy.js';
import { buildLetterFacts, type LetterFacts } from '../../src/letters/letter-facts.js';
import { renderLetter, type LetterRecipient } from '../../src/letters/render-letter.js';
import { createMailTransport } from '../../src/mail/transport.js';
import { LETTER_COPY_COLUMNS, letterCopyLine } from '../../src/repositories/letters.copy.js';
import { BENCH_WINDOW } from './generate-export.js';

export interface BareResult {
  name: string;
  items: number;
  seconds: number;
  ratePerSecond: number;
}

/** The importer's options, so the bare parse is the one it cannot beat. */
export const CSV_OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: false } as const;

const ORG_ID = '00000000-0000-4000-8000-00000000000a';
const INCIDENT_ID = '00000000-0000-4000-8000-00000000000b';
const RENDER_ID = '00000000-0000-4000-8000-00000000000c';
const IMPORT_ID = '00000000-0000-4000-8000-00000000000d';
const CONTENT_CHECK = JSON.stringify({ ok: true, missing: [], empty: [] });

async function timed(name: string, run: () => Promise<number>): Promise<BareResult> {
  const started = performance.now();
  const items = await run();
  const seconds = (performance.now() - started) / 1000;
  return { name, items, seconds, ratePerSecond: seconds > 0 ? items / seconds : 0 };
}

export function benchFacts(): LetterFacts {
  return buildLetterFacts({
    incident: {
      title: 'Click2Gov one-time payment compromise',
      summary: null,
      dataElements: ['name', 'billing_address', 'card_number', 'card_expiration', 'card_security_code'],
      organization: { name: 'City of Odessa', kind: 'municipality', state: 'TX', timezone: 'America/Chicago' },
    },
    windows: [{ start: BENCH_WINDOW.start, end: BENCH_WINDOW.end, channel: BENCH_WINDOW.channel, days: 77, sources: 1 }],
    sender: { name: 'City of Odessa', address: ['411 W 8th St', 'Odessa, TX 79761'], phone: '432-335-3200', email: 'privacy@odessa-tx.gov', website: null },
    noticeDate: '2020-10-14',
    lawEnforcementDelayed: true,
    whatWeAreDoing: null,
  });
}

/** Export rows by column name, header excluded. */
async function* exportRows(path: string): AsyncGenerator<(name: string) => string> {
  let columns: Map<string, number> | null = null;
  for await (const record of createReadStream(path).pipe(parse(CSV_OPTIONS)) as AsyncIterable<string[]>) {
    if (!columns) {
      columns = new Map(record.map((c, i) => [c, i]));
      continue;
    }
    const cols = columns;
    yield (name) => record[cols.get(name) ?? -1] ?? '';
  }
}

function recipientOf(get: (name: string) => string): LetterRecipient {
  const address2 = get('mailing_address2');
  const last = `${get('city')}, ${get('state')} ${get('zip')}`;
  return {
    name: get('name'),
    address: address2 ? [get('mailing_address1'), address2, last] : [get('mailing_address1'), last],
    language: get('language'),
    state: get('state') || null,
  };
}

/** One letters row as the render stage would store it; the hash is the letter's own if given. */
function letterLine(recipient: LetterRecipient, email: string, letter: ReturnType<typeof renderLetter>): string {
  return letterCopyLine({
    id: randomUUID(),
    organizationId: ORG_ID,
    incidentId: INCIDENT_ID,
    // Random, not null: the LIKE copy has no foreign key, and the unique (render, resident) index is kept.
    residentId: randomUUID(),
    renderId: RENDER_ID,
    kind: 'resident',
    recipient: email || recipient.name,
    jurisdiction: recipient.state ?? 'TX',
    templateId: letter.templateId,
    templateVersion: letter.templateVersion,
    language: letter.language,
    channel: email ? 'email' : 'mail',
    subject: letter.subject,
    merge: JSON.stringify({ name: recipient.name, address: recipient.address, email: email || null }),
    contentHash: letter.contentHash,
    contentCheck: CONTENT_CHECK,
    piiKeyId: null,
  });
}

/** Runs `fill` inside one COPY transaction into a fresh LIKE copy of `like`, dropped afterwards. */
async function intoScratchTable(databaseUrl: string, table: string, like: string, columns: readonly string[], fill: (write: (line: string) => Promise<void> | undefined) => Promise<number>): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`drop table if exists ${table}`);
    await client.query(`create table ${table} (like ${like} including all)`);
    await client.query('begin');
    const writer = startCopy(client, table, columns);
    let items: number;
    try {
      items = await fill((line) => writer.write(line));
    } catch (err) {
      writer.abort(err as Error);
      throw err;
    }
    const stored = await writer.end();
    await client.query('commit');
    if (stored !== items) throw new Error(`${table}: COPY stored ${stored} rows, expected ${items}`);
    return items;
  } finally {
    await client.query(`rollback; drop table if exists ${table}`).catch(() => undefined);
    await client.end();
  }
}

export function bareCsvParse(path: string): Promise<BareResult> {
  return timed('csv-parse', async () => {
    let n = 0;
    for await (const _ of exportRows(path)) n++;
    return n;
  });
}

const SAMPLE_STATES = ['TX', 'CA', 'NY', 'FL', 'NM', 'WA', 'MD', 'OH', 'GA', 'DC'];
const SAMPLE_NAMES = ['Maria Garcia', 'James Smith', 'José Hernández', 'Garcia, Maria', 'Nguyễn Thị Muñoz', "Robert O'Brien"];

export function bareRender(n: number): Promise<BareResult> {
  const facts = benchFacts();
  const recipients = Array.from({ length: 997 }, (_, i): LetterRecipient => {
    const state = SAMPLE_STATES[i % SAMPLE_STATES.length]!;
    return { name: SAMPLE_NAMES[i % SAMPLE_NAMES.length]!, address: [`${1000 + i} N Grant Ave`, `Odessa, ${state} 79761`], language: i % 7 === 0 ? 'es' : 'en', state };
  });
  return timed('render', async () => {
    for (let i = 0; i < n; i++) {
      const r = recipients[i % recipients.length]!;
      renderLetter(facts, r, r.state!);
    }
    return n;
  });
}

export function bareCopyLetters(databaseUrl: string, n: number): Promise<BareResult> {
  // Real letters, rendered up front, so only the COPY row building and loading is timed.
  const facts = benchFacts();
  const samples = Array.from({ length: 64 }, (_, i) => {
    const state = SAMPLE_STATES[i % SAMPLE_STATES.length]!;
    const recipient: LetterRecipient = { name: SAMPLE_NAMES[i % SAMPLE_NAMES.length]!, address: [`${1000 + i} N Grant Ave`, 'Apt 4B', `Odessa, ${state} 79761`], language: i % 7 === 0 ? 'es' : 'en', state };
    return { recipient, email: i % 10 < 7 ? `resident${i}@example.test` : '', letter: renderLetter(facts, recipient, state) };
  });
  return timed('copy-letters', () =>
    intoScratchTable(databaseUrl, 'bench_bare_letters', 'letters', LETTER_COPY_COLUMNS, async (write) => {
      for (let i = 0; i < n; i++) {
        const s = samples[i % samples.length]!;
        const wait = write(letterLine(s.recipient, s.email, s.letter));
        if (wait) await wait;
      }
      return n;
    }),
  );
}

export function barePipeline(databaseUrl: string, path: string): Promise<BareResult> {
  const facts = benchFacts();
  return timed('pipeline', () =>
    intoScratchTable(databaseUrl, 'bench_bare_letters', 'letters', LETTER_COPY_COLUMNS, async (write) => {
      let n = 0;
      for await (const get of exportRows(path)) {
        const recipient = recipientOf(get);
        const wait = write(letterLine(recipient, get('email'), renderLetter(facts, recipient, recipient.state ?? 'TX')));
        if (wait) await wait;
        n++;
      }
      return n;
    }),
  );
}

// The product seals name, address and e-mail into `contact` (migration 0010); the bare stage stores
// them as plain JSON there: it measures parse + COPY without the encryption.
const TX_COLUMNS = ['import_id', 'organization_id', 'incident_id', 'line', 'person_key', 'account_key', 'contact', 'has_email', 'language', 'state', 'paid_at', 'paid_on', 'channel', 'card_last4'];

export function bareImportCopy(databaseUrl: string, path: string): Promise<BareResult> {
  return timed('import-copy', () =>
    intoScratchTable(databaseUrl, 'bench_bare_tx', 'transactions', TX_COLUMNS, async (write) => {
      let n = 0;
      for await (const get of exportRows(path)) {
        n++;
        const name = get('name');
        const paidAt = get('payment_time');
        const address = [get('mailing_address1'), get('mailing_address2'), `${get('city')}, ${get('state')} ${get('zip')}`].filter(Boolean);
        const email = get('email') || null;
        const line = copyLine([IMPORT_ID, ORG_ID, INCIDENT_ID, n + 1, name, get('account_id'), JSON.stringify([name, address, email]), email !== null, get('language'), get('state'), paidAt, paidAt.slice(0, 10), get('channel'), get('card_last4')]);
        const wait = write(line);
        if (wait) await wait;
      }
      return n;
    }),
  );
}

export interface BenchSmtp {
  port: number;
  received(): number;
  close(): Promise<void>;
}

/** Accepts and counts everything, keeps nothing: the sink costs as little as an SMTP server can. */
export async function startBenchSmtp(): Promise<BenchSmtp> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  // A client that is killed mid-session resets its socket; that is the client's failure, not the sink's.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type GetSocket = (options: unknown, callback: (err: Error | null, socketOptions?: { connection: Socket }) => void) => void;

/**
 * `noDelay` hands nodemailer sockets with Nagle's algorithm off. Without it each message waits for
 * the peer's delayed ACK (~40 ms on Linux) before its final ".", capping a connection at ~20
 * messages/s however fast both ends are: the difference between the two results is that wait.
 */
export async function bareSmtp(port: number, n: number, opts: { noDelay?: boolean; concurrency?: number } = {}): Promise<BareResult> {
  const facts = benchFacts();
  const letter = renderLetter(facts, { name: 'Maria Garcia', address: ['1200 N Grant Ave', 'Odessa, TX 79761'], language: 'en', state: 'TX' }, 'TX');
  // The same full letter (HTML and plain text) the product sends, so the ratio compares like with like.
  const { html, text } = letter;
  const transport = createMailTransport({ host: '127.0.0.1', port, secure: false, user: null, password: null, pool: true, maxConnections: 5, rateLimitPerSecond: null });
  if (opts.noDelay) {
    const getSocket: GetSocket = (_options, callback) => {
      const socket = connect({ host: '127.0.0.1', port, noDelay: true });
      const onError = (err: Error) => callback(err);
      socket.once('error', onError);
      socket.once('connect', () => {
        socket.off('error', onError);
        callback(null, { connection: socket });
      });
    };
    (transport.transporter as unknown as { getSocket: GetSocket }).getSocket = getSocket;
  }
  try {
    return await timed(opts.noDelay ? 'smtp-nodelay' : 'smtp', async () => {
      let next = 0;
      const worker = async () => {
        while (next < n) {
          const i = next++;
          await transport.sendMail({ from: 'privacy@odessa-tx.gov', to: `resident${i}@example.test`, subject: letter.subject, html, text });
        }
      };
      await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 50, n) }, worker));
      return n;
    });
  } finally {
    transport.close();
  }
}
