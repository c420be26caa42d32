// Residents' contact details at rest and in motion (issue 5): an import, a render and a send
// (one address refused by the server) with every log line at trace captured, then the log, the
// jobs table, the queue's keys in Redis and a pg_dump of the database are searched for every
// seeded name, e-mail and address line. Then the key is rotated and everything still reads,
// renders and hashes as before, under the new key alone.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { REDIS_URL, startHarness, type Harness } from '../helpers/harness.js';
import { waitFor } from '../helpers/wait.js';
import { openResidents, SEALED_CONTACT } from '../helpers/pii.js';
import { createLogger } from '../../src/logger.js';
import { loadConfig, type Config } from '../../src/config.js';
import { isSealed, sealedKeyId } from '../../src/domain/pii-cipher.js';
import { piiCipherFor } from '../../src/services/pii-keys.js';
import { reproduceLetter } from '../../src/services/letter-reproduce.js';
import { rotatePiiKeys } from '../../src/services/pii-rotation.service.js';
import { personKeyOf } from '../../src/services/import-runner.js';
import { runCli } from '../../src/cli/program.js';
import { startWorkers } from '../../workers/start-workers.js';

const PEOPLE = [
  { row: 'P-1,"Quill, Zenobia",77 Larkspur Lane,Unit 9,Odessa,TX,79761,zenobia.quill@example.com,en,2020-05-03 14:22:00,One-time online,1111', name: 'Zenobia Quill', email: 'zenobia.quill@example.com', lines: ['77 Larkspur Lane'] },
  { row: 'P-2,Orrin Vasquez-Thorne,4410 Maplewood Terrace,,Odessa,TX,79762,orrin.thorne@example.net,es,2020-05-10 08:00:00,One-time online,2222', name: 'Orrin Vasquez-Thorne', email: 'orrin.thorne@example.net', lines: ['4410 Maplewood Terrace'] },
  { row: 'P-3,Philippa Drummond,9 Quarrystone Road,,Hobbs,NM,88240,refused.philippa@example.org,en,2020-06-01 10:00:00,One-time online,3333', name: 'Philippa Drummond', email: 'refused.philippa@example.org', lines: ['9 Quarrystone Road'] },
  { row: 'P-4,Cassius Wexford,31 Juniper Court,,Odessa,TX,79761,,en,2020-05-20 10:00:00,One-time online,4444', name: 'Cassius Wexford', email: null, lines: ['31 Juniper Court'] },
];
const HEADER = 'Account,Cardholder,Mailing Address,Address 2,City,State,Zip,Email,Preferred Language,Payment Time,Payment Type,Last4';
const CSV = [HEADER, ...PEOPLE.map((p) => p.row)].join('\n') + '\n';
// Everything that identifies a seeded person, in the spellings the product might use.
const NEEDLES = [
  ...PEOPLE.flatMap((p) => [p.name, ...p.name.split(/[ -]/), ...(p.email ? [p.email] : []), ...p.lines]),
  'Quill, Zenobia',
  'Larkspur',
  'Maplewood',
  'Quarrystone',
  'Juniper',
].filter((n) => n.length >= 5);

const found = (haystack: string) => NEEDLES.filter((n) => haystack.toLowerCase().includes(n.toLowerCase()));

let log = '';
const logStream = { write: (line: string) => void (log += line) };
let refusals = 0;
let smtp: SMTPServer;
let h: Harness;
let incidentId: string;

beforeAll(async () => {
  // A server that refuses one recipient and says the address back, as real ones do.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!address.address.startsWith('refused.')) return callback();
      refusals++;
      callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown in virtual mailbox table`), { responseCode: 550 }));
    },
    onData(stream, _session, callback) {
      stream.on('end', () => callback());
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  h = await startHarness({ env: { LOG_LEVEL: 'trace', SMTP_PORT: String(port) }, log: createLogger('trace', 'test', { stream: logStream }) });
  const file = JSON.parse(readFileSync(new URL('../fixtures/odessa-2020.json', import.meta.url), 'utf8'));
  delete file.affected;
  incidentId = (await h.request('POST', '/v1/incidents', { body: file })).body.incident.id;
});

afterAll(async () => {
  await h?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

async function renders() {
  return (await h.request('GET', `/v1/incidents/${incidentId}/letters?limit=1000`)).body;
}

async function importCsv(csv: string) {
  const res = await h.request('POST', `/v1/incidents/${incidentId}/imports?filename=payments.csv`, { body: csv, contentType: 'text/csv' });
  expect(res.status).toBe(202);
  await waitFor(async () => (await h.request('GET', `/v1/imports/${res.body.import.id}`)).body.import.status === 'completed', { what: 'the import', timeoutMs: 60000 });
}

async function redisText(prefix: string): Promise<string> {
  const redis = new Redis(REDIS_URL);
  try {
    let text = '';
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) {
        const type = await redis.type(key);
        const value =
          type === 'hash' ? await redis.hgetall(key)
          : type === 'list' ? await redis.lrange(key, 0, -1)
          : type === 'zset' ? await redis.zrange(key, 0, -1)
          : type === 'set' ? await redis.smembers(key)
          : type === 'stream' ? await redis.xrange(key, '-', '+')
          : type === 'string' ? await redis.get(key)
          : null;
        text += `${key} ${JSON.stringify(value)}\n`;
      }
    } while (cursor !== '0');
    return text;
  } finally {
    redis.disconnect();
  }
}

describe('resident data protection', () => {
  it('imports, renders and sends with every contact detail sealed in the database', async () => {
    await importCsv(CSV);
    await waitFor(async () => (await renders()).renders[0]?.status === 'completed', { what: 'the render', timeoutMs: 60000 });

    const rows = await h.db.selectFrom('residents').select([...SEALED_CONTACT, 'account', 'account_key', 'pii_key_id', 'source_ref']).execute();
    expect(rows).toHaveLength(4);
    const cur = piiCipherFor(h.config).currentKeyId;
    for (const r of rows) {
      expect([r.name, r.address, r.account]).toEqual([null, null, null]);
      expect(isSealed(r.contact!) && sealedKeyId(r.contact!) === cur && r.pii_key_id === cur).toBe(true);
      expect(r.account_key).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(openResidents(h.config, rows, { sortByName: true }).map((r) => [r.name, r.email])).toEqual([
      ['Cassius Wexford', null],
      ['Orrin Vasquez-Thorne', 'orrin.thorne@example.net'],
      ['Philippa Drummond', 'refused.philippa@example.org'],
      ['Quill, Zenobia', 'zenobia.quill@example.com'],
    ]);
    const payments = await h.db.selectFrom('transactions').select(['contact', 'pii_key_id', 'has_email']).execute();
    expect(payments.every((t) => isSealed(t.contact!) && t.pii_key_id === cur)).toBe(true);
    const letters = await h.db.selectFrom('letters').select(['merge', 'pii_key_id']).where('kind', '=', 'resident').execute();
    expect(letters).toHaveLength(4);
    expect(letters.every((l) => isSealed(l.merge!) && l.pii_key_id === cur)).toBe(true);

    // The letters themselves still carry the name and address, through the API only.
    const sample = (await h.request('GET', `/v1/incidents/${incidentId}/letters/sample?perGroup=10`)).body.samples;
    expect(sample.some((s: any) => s.html.includes('77 Larkspur Lane') && s.reproducedHashMatches)).toBe(true);

    expect((await h.request('POST', `/v1/incidents/${incidentId}/letters/approve`, { body: {}, token: h.officerToken })).status).toBe(200);
    expect((await h.request('POST', `/v1/incidents/${incidentId}/letters/send`, { token: h.officerToken })).body.queued).toBe(3);
    const done = await waitFor(async () => {
      const l = (await renders()).letters.filter((x: any) => x.kind === 'resident' && x.channel === 'email');
      return l.every((x: any) => x.status === 'sent' || x.status === 'bounced') ? l : null;
    }, { what: 'the e-mails to be sent or bounced', timeoutMs: 60000 });
    expect(done.map((l: any) => l.status).sort()).toEqual(['bounced', 'sent', 'sent']);
    expect(refusals).toBeGreaterThan(0);
    const bounced = done.find((l: any) => l.status === 'bounced');
    // The server's reply is kept, without the address it echoed.
    expect(bounced.lastError).toMatch(/^SMTP: .*<\[address\]>: Recipient address rejected/);
  });

  it('leaves no seeded name, e-mail or address line in the log, even at trace', async () => {
    expect(log).toMatch(/"level":20,.*"msg":"job completed"/);
    expect(found(log)).toEqual([]);
  });

  it('keeps job payloads to ids, in PostgreSQL and in Redis', async () => {
    const jobs = await h.db.selectFrom('jobs').select(['name', 'payload', 'last_error']).execute();
    expect(jobs.map((j) => j.name)).toEqual(expect.arrayContaining(['import-residents', 'render-letters', 'send-letters', 'deliver-batch']));
    expect(found(JSON.stringify(jobs))).toEqual([]);
    const redis = await redisText(h.config.queuePrefix);
    expect(redis).toContain('render-chunk');
    expect(redis).toContain('deliver-batch');
    expect(found(redis)).toEqual([]);
  });

  it('has no seeded name, e-mail or address in a dump of the database', async () => {
    const dump = execFileSync('pg_dump', ['--data-only', h.config.databaseUrl], { maxBuffer: 256 * 1024 * 1024 }).toString();
    expect(dump).toContain('officer@odessa-tx.gov'); // the dump is real (staff accounts are not residents' data)
    expect(found(dump)).toEqual([]);
  });
});

describe('key rotation', () => {
  const keyB = randomBytes(32).toString('base64');
  let bThenA: Readonly<Config>;
  let onlyB: Readonly<Config>;
  const before = new Map<string, { hash: string; html: string }>();

  beforeAll(async () => {
    bThenA = loadConfig({ ...h.env, PII_KEYS: `B:${keyB},${h.env.PII_KEYS}` });
    onlyB = loadConfig({ ...h.env, PII_KEYS: `B:${keyB}` });
    for (const l of await h.db.selectFrom('letters').selectAll().where('kind', '=', 'resident').execute()) {
      before.set(l.id, { hash: l.content_hash, html: (await reproduceLetter(h.db, l, piiCipherFor(h.config))).html });
    }
  });

  it('seals rows from before encryption too: plaintext goes, references are keyed as a new import keys them', async () => {
    // A resident, a letter and a payment as an older version stored them.
    const legacyRef = createHash('md5').update('ADA OLDROW|1 OLD ST 79761').digest('hex');
    const imp = await h.db.selectFrom('imports').select('id').executeTakeFirstOrThrow();
    const old = await h.db
      .insertInto('residents')
      .values({ organization_id: h.organizationId, incident_id: incidentId, source_ref: legacyRef, name: 'Ada Oldrow', address: ['1 Old St', 'Odessa, TX 79761'], email: 'ada.oldrow@example.com', account: 'OLD-1', language: 'en', state: 'TX', import_id: imp.id, in_scope: false })
      .returning('id')
      .executeTakeFirstOrThrow();
    const anyLetter = await h.db.selectFrom('letters').selectAll().where('kind', '=', 'resident').executeTakeFirstOrThrow();
    await sql`update letters set merge = ${piiCipherFor(h.config).open(anyLetter.merge!)}, pii_key_id = null where id = ${anyLetter.id}`.execute(h.db);
    await sql`insert into transactions (import_id, organization_id, incident_id, line, person_key, language, state, paid_at, paid_on) values (${imp.id}, ${h.organizationId}, ${incidentId}, 999, ${legacyRef}, 'en', 'TX', now(), current_date)`.execute(h.db);

    const result = await rotatePiiKeys(h.db, piiCipherFor(bThenA), { batchSize: 2, actor: 'test' });
    expect(result.total).toEqual({ residents: 5, letters: 4, payments: 5, firstSealed: 3 });
    expect(result.remaining).toEqual({ residents: 0, letters: 0, payments: 0 });

    const ada = await h.db.selectFrom('residents').selectAll().where('id', '=', old.id).executeTakeFirstOrThrow();
    expect([ada.name, ada.address, ada.account, ada.pii_key_id]).toEqual([null, null, null, 'B']);
    expect(ada.source_ref).toBe(personKeyOf(piiCipherFor(onlyB), legacyRef));
    expect(openResidents(onlyB, [ada])[0]).toMatchObject({ name: 'Ada Oldrow', address: ['1 Old St', 'Odessa, TX 79761'], email: 'ada.oldrow@example.com' });
    const legacyPayment = await h.db.selectFrom('transactions').select('person_key').where('line', '=', 999).executeTakeFirstOrThrow();
    expect(legacyPayment.person_key).toBe(ada.source_ref);
    await h.db.deleteFrom('residents').where('id', '=', old.id).execute();
    await h.db.deleteFrom('transactions').where('line', '=', 999).execute();
  });

  it('leaves every value under the new key only, reading and hashing exactly as before', async () => {
    const values = [
      ...(await h.db.selectFrom('residents').select(['contact', 'email', 'pii_key_id']).execute()).flatMap((r) => [r.contact, r.email, r.pii_key_id]),
      ...(await h.db.selectFrom('letters').select(['merge', 'pii_key_id']).where('kind', '=', 'resident').execute()).flatMap((l) => [l.merge, l.pii_key_id]),
      ...(await h.db.selectFrom('transactions').select(['contact', 'pii_key_id']).execute()).flatMap((t) => [t.contact, t.pii_key_id]),
    ].filter((v): v is string => v !== null);
    expect(values.length).toBeGreaterThan(20);
    expect(values.every((v) => v === 'B' || sealedKeyId(v) === 'B')).toBe(true);

    // Key A is gone from the configuration: everything still opens, and reproduces to the same hash.
    const letters = await h.db.selectFrom('letters').selectAll().where('kind', '=', 'resident').execute();
    for (const l of letters) {
      const again = await reproduceLetter(h.db, l, piiCipherFor(onlyB));
      expect([l.content_hash, again.html, again.verified]).toEqual([before.get(l.id)!.hash, before.get(l.id)!.html, true]);
    }
  });

  it('imports, renders and sends with the new key alone', async () => {
    await h.workers?.close();
    const workers = startWorkers(onlyB, createLogger('trace', 'test', { stream: logStream }), { sweepIntervalMs: null });
    try {
      await importCsv(`${HEADER}\nP-5,Thaddeus Brightwater,600 Sycamore Bend,,Odessa,TX,79761,thaddeus.b@example.com,en,2020-05-04 09:00:00,One-time online,5555\n`);
      const letter = await waitFor(async () => {
        const b = await renders();
        return b.renders[0]?.status === 'completed' ? b.letters.find((l: any) => l.kind === 'resident' && l.status === 'draft') : null;
      }, { what: 'the new letter', timeoutMs: 60000 });
      const row = await h.db.selectFrom('letters').selectAll().where('id', '=', letter.id).executeTakeFirstOrThrow();
      expect([row.pii_key_id, sealedKeyId(row.merge!)]).toEqual(['B', 'B']);
      expect((await reproduceLetter(h.db, row, piiCipherFor(onlyB))).html).toContain('600 Sycamore Bend');
      await h.request('POST', `/v1/incidents/${incidentId}/letters/approve`, { body: {}, token: h.officerToken });
      await h.request('POST', `/v1/incidents/${incidentId}/letters/send`, { token: h.officerToken });
      // (Read from the table: this test's API process still has only the old key.)
      await waitFor(async () => (await h.db.selectFrom('letters').select('status').where('id', '=', letter.id).executeTakeFirstOrThrow()).status === 'sent', { what: 'the new letter sent', timeoutMs: 60000 });
      const resident = await h.db.selectFrom('residents').select([...SEALED_CONTACT, 'pii_key_id']).where('id', '=', row.resident_id!).executeTakeFirstOrThrow();
      expect(resident.pii_key_id).toBe('B');
      expect(openResidents(onlyB, [resident])[0]!.email).toBe('thaddeus.b@example.com');
    } finally {
      await workers.close();
    }
    expect(found(log)).toEqual([]);
    expect(log).not.toMatch(/Brightwater|Sycamore|thaddeus/i);
  });

  it('running rotation again changes nothing, and the run is in the audit trail with counts only', async () => {
    const snapshot = async () =>
      JSON.stringify([
        await h.db.selectFrom('residents').select(['id', 'contact', 'email', 'source_ref', 'account_key', 'pii_key_id']).orderBy('id').execute(),
        await h.db.selectFrom('letters').select(['id', 'merge', 'pii_key_id']).orderBy('id').execute(),
        await h.db.selectFrom('transactions').select(['line', 'contact', 'person_key']).orderBy('line').execute(),
      ]);
    const was = await snapshot();
    let out = '';
    let err = '';
    const io = { stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: (s: string) => ((err += s), true) }, stdin: process.stdin, env: { ...h.env, PII_KEYS: `B:${keyB}` } };
    expect(await runCli(['pii', 'rotate-key', '--batch', '3'], io as never)).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('Sealed again under it: 0 residents, 0 letters, 0 payments');
    expect(out).toContain('Every row is under "B"');
    expect(await snapshot()).toBe(was);

    const audit = await h.db.selectFrom('audit_events').select(['action', 'entity_id', 'after']).where('action', '=', 'pii.key_rotated').execute();
    expect(audit).toEqual([{ action: 'pii.key_rotated', entity_id: 'B', after: { keyId: 'B', residents: 5, letters: 4, payments: 5, firstSealed: 3 } }]);
    expect(found(JSON.stringify(audit))).toEqual([]);
  });
});
