// Property-based: whatever is thrown at the `breachdesk` command (a broken incident file, JSON Lines
// with bad lines among good ones, option values that are not dates, e-mails, roles, zones or states,
// a malformed CSV or mapping, someone else's incident), it either does the right thing or exits
// non-zero with a short message on stderr naming what was wrong: no stack trace, and nothing stored.
// Most cases run in-process through runCli (tsx start-up costs a second a run); a few run the real
// binary and must print exactly what runCli printed. FC_SEED reproduces a failure, FC_RUNS scales.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { createOrganizationWithAdmin } from '../../src/cli/admin.js';
import { runCli } from '../../src/cli/program.js';
import { DELETE, mutate, paths, type Path } from '../helpers/json-mutation.js';
import { MAX_TOKEN_YEARS } from '../../src/domain/identifiers.js';

const SEED = Number(process.env.FC_SEED ?? 20201014);
const RUNS = Number(process.env.FC_RUNS ?? 60);
/** Cases that wait for the workers (an accepted import) cost about a second each. */
const SLOW_RUNS = Math.max(5, Math.round(RUNS / 4));
const opts = (numRuns = RUNS) => ({ seed: SEED, numRuns, endOnFailure: true });

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));
const fixtureText = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const fixture = (name = 'odessa-2020.json') => JSON.parse(fixtureText(name));
const GOOD_FIXTURES = ['odessa-2020.json', 'odessa-2019.json', 'midwest-city-2018.json', 'odessa-2020-before-notice.json'];

let h: Harness;
let dir: string;
let env: Record<string, string | undefined>;
let incidentA: string;
let incidentB: string;
let orgB: string;
let tokenB: string;
let auditorA: string;
let csvPath: string;

const HEADER = 'Account,Cardholder,Mailing Address,Address 2,City,State,Zip,Email,Preferred Language,Payment Time,Payment Type,Last4';
const GOOD_ROW = 'A-1,"García, María",1200 North Grant Avenue,Apt. 4,Odessa,TX,79761,maria@example.com,Spanish,2020-05-03 14:22:00,One-time online,1111';

beforeAll(async () => {
  h = await startHarness({ workers: false });
  dir = mkdtempSync(join(tmpdir(), 'bd-cli-bad-'));
  // Commander reads BREACHDESK_TOKEN from process.env itself: one exported in the shell would
  // answer every "no token" case (this file has its own process).
  delete process.env.BREACHDESK_TOKEN;
  env = { ...process.env, ...h.env };
  const file = fixture();
  delete file.affected;
  incidentA = (await h.request('POST', '/v1/incidents', { body: file })).body.incident.id;
  const b = await createOrganizationWithAdmin(h.db, { name: 'City of Hobbs', kind: 'municipality', state: 'NM', timezone: 'America/Denver', adminEmail: 'admin@hobbsnm.org', adminName: 'Admin' });
  if (!b.ok) throw new Error('could not create organisation B');
  orgB = b.organizationId;
  tokenB = b.token;
  incidentB = (await h.request('POST', '/v1/incidents', { token: tokenB, body: { ...file, organization: { ...file.organization, name: 'City of Hobbs', state: 'NM', timezone: 'America/Denver' } } })).body.incident.id;
  const auditor = await cli(['token', 'create', '--org', h.organizationId, '--email', 'auditor@odessa-tx.gov', '--role', 'auditor']);
  if (auditor.code !== 0) throw new Error(`could not create the auditor token: ${auditor.stderr}`);
  auditorA = lastLine(auditor.stdout);
  csvPath = join(dir, 'payments.csv');
  writeFileSync(csvPath, `${HEADER}\n${GOOD_ROW}\n`);
});
afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await h?.close();
});

// ---------------------------------------------------------------------------------------------
// Running the command

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void) {
    this.text += chunk.toString();
    cb();
  }
}

/** `breachdesk …` in this process, with its own streams and environment. */
async function cli(argv: string[], o: { stdin?: string; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await runCli(argv, { stdout, stderr, stdin: Readable.from(o.stdin ? [o.stdin] : []), env: { ...env, ...o.env } });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const run = promisify(execFile);
async function binary(argv: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  const childEnv = { ...(env as Record<string, string>), ...extraEnv };
  delete childEnv.BREACHDESK_TOKEN;
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...argv], { cwd: root, env: childEnv, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const lastLine = (text: string) => text.trim().split('\n').pop()!;
const show = (argv: string[], r: Run) => `breachdesk ${argv.map((a) => JSON.stringify(a.length > 120 ? `${a.slice(0, 120)}…(${a.length})` : a)).join(' ')}\n→ exit ${r.code}\nstderr: ${r.stderr.slice(0, 2000)}\nstdout: ${r.stdout.slice(0, 500)}`;

/** What a person sees on bad input: a non-zero exit, a short message naming the culprit, no internals. */
function expectRefusal(argv: string[], r: Run, o: { code?: number; names: RegExp | string }) {
  const why = show(argv, r);
  if (o.code !== undefined) expect(r.code, why).toBe(o.code);
  else expect(r.code, why).not.toBe(0);
  expect(r.stderr.trim(), why).not.toBe('');
  if (typeof o.names === 'string') expect(r.stderr, why).toContain(o.names);
  else expect(r.stderr, why).toMatch(o.names);
  expectNoInternals(why, r.stderr);
}

function expectNoInternals(why: string, stderr: string, o: { oneLineish?: boolean } = {}) {
  expect(stderr, why).not.toMatch(/^\s+at /m);
  expect(stderr, why).not.toMatch(/\b(TypeError|ReferenceError|RangeError|SyntaxError)\b|node:internal|node_modules|\.ts:\d+/);
  expect(stderr, why).not.toMatch(/Cannot read propert|is not a function|is not iterable|\bundefined\b|\[object Object\]/);
  // Database errors are internals too: the command should have refused before asking.
  expect(stderr, why).not.toMatch(/violates|invalid input syntax|invalid byte sequence|value too long|duplicate key|relation "/);
  if (o.oneLineish === false) return;
  // "One-line-ish": a line per bad field at most, none of them a dump of the input.
  const lines = stderr.trimEnd().split('\n');
  expect(lines.length, why).toBeLessThanOrEqual(40);
  for (const line of lines) expect(line.length, why).toBeLessThanOrEqual(600);
}

const TABLES = ['organizations', 'users', 'api_tokens', 'incidents', 'imports', 'residents', 'audit_events', 'transactions'] as const;
type Counts = Record<(typeof TABLES)[number], number>;
async function counts(): Promise<Counts> {
  const out = {} as Counts;
  for (const t of TABLES) out[t] = Number((await h.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return out;
}

let fileNo = 0;
function tempFile(name: string, content: string): string {
  const path = join(dir, `${++fileNo}-${name}`);
  writeFileSync(path, content);
  return path;
}

// ---------------------------------------------------------------------------------------------
// Generators


const isoDay = fc.oneof(
  { weight: 9, arbitrary: fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  // Real dates at the ends of the calendar, where date arithmetic overflows.
  { weight: 1, arbitrary: fc.constantFrom('0000-01-01', '0001-01-01', '1000-02-29', '2000-02-29', '9999-12-31') },
);
const badDate = fc.oneof(
  fc.constantFrom('2020-02-30', '2021-02-29', '2020-13-01', '2020-00-10', '2020-04-31', '0000-00-00', '9999-99-99', '2020-1-1', '20201014', '14/10/2020', 'today', '', ' ', '2020-10-14T25:00', '-1'),
  fc.string({ maxLength: 12 }),
);
const hugeString = fc.constantFrom(10_000, 200_000, 1_000_000).chain((n) => fc.constantFrom('x', 'é', '\u0000', '"', '\\').map((c) => c.repeat(n)));
/** Values that replace one part of an incident file: wrong types, bad and misordered dates, unknown codes. */
const replacement = fc.oneof(
  fc.constant(DELETE),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 40 }),
  isoDay,
  badDate,
  hugeString,
  fc.constantFrom('ZZ', 'tx', 'XX', 'toString', '__proto__', 'constructor', 'US-NOPE', 'Mars/Base', 'nonsense', -1, 1e308, 0.5, '<script>', null, [], {}),
);

/** One JSON Lines line that is certainly not a valid incident, without a line break inside. */
const badLine = fc.oneof(
  fc.string({ maxLength: 60 }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s)),
  fc.constantFrom('{', '[]', 'null', '42', '"incident"', '{"title": 1}', '{"title":"x"}', '{,}', '\u0000', '\ufeff{}'),
  fc.constantFrom(...GOOD_FIXTURES).chain((f) =>
    fc.constantFrom<[Path, unknown]>([['title'], 42], [['organization', 'timezone'], 'Mars/Base'], [['organization', 'state'], 'toString'], [['events'], 'none'], [['exposure', 0, 'start'], '2020-02-30'], [['events', 0, 'type'], 'nonsense']).map(([p, v]) => JSON.stringify(mutate(fixture(f), p, v))),
  ),
  fc.constantFrom(...GOOD_FIXTURES).chain((f) => fc.nat({ max: 200 }).map((n) => JSON.stringify(fixture(f)).slice(0, n + 1))),
);
const goodLine = fc.constantFrom(...GOOD_FIXTURES).map((f) => JSON.stringify(fixture(f)));

/** Assessment output a clerk could rely on: no NaN, no invalid dates, no undefined. */
function expectSaneAssessment(why: string, text: string) {
  expect(text, why).not.toMatch(/NaN|Invalid|undefined|\[object Object\]/);
}

// ---------------------------------------------------------------------------------------------

describe('breachdesk assess, generated', () => {
  it('an incident file with any one part broken is assessed, or refused naming the field, exit 2', async () => {
    const base = fixture();
    const all = paths(base);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...all), replacement, fc.boolean(), async (path, value, json) => {
        const file = tempFile('incident.json', JSON.stringify(mutate(base, path, value)));
        const argv = ['assess', file, '--today', '2020-09-20', ...(json ? ['--json'] : [])];
        const r = await cli(argv);
        const why = show(argv, r);
        if (r.code === 0) {
          expect(r.stderr, why).toBe('');
          if (json) expect(Array.isArray(JSON.parse(r.stdout).obligations), why).toBe(true);
          else expect(r.stdout, why).toMatch(/^JURISDICTION\s+RECIPIENT/m);
          expectSaneAssessment(why, r.stdout);
          return;
        }
        expect(r.code, why).toBe(2);
        if (json) {
          const out = JSON.parse(r.stdout);
          expect(out.input, why).toBe(file);
          expect(out.errors.length, why).toBeGreaterThan(0);
          for (const e of out.errors) expect(typeof e.field === 'string' && typeof e.message === 'string', why).toBe(true);
          expect(out.errors.map((e: any) => e.field).join(' '), why).toContain(String(path[0]));
          expectNoInternals(why, r.stdout, { oneLineish: false });
        } else {
          expectRefusal(argv, r, { code: 2, names: `${file} is not a valid incident file:` });
          expect(r.stderr, why).toContain(String(path[0]));
          expect(r.stdout, why).toBe('');
        }
      }),
      opts(),
    );
  });

  it('dates in any order (exposure ending before it starts, notice before discovery, a delay ending before it starts) are assessed sanely or refused by field', async () => {
    const base = fixture();
    const get = (doc: any, path: Path) => path.reduce((node, key) => node[key], doc);
    const datePaths = paths(base).filter((p) => typeof get(base, p) === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(get(base, p)));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...datePaths), fc.oneof(isoDay, fc.constantFrom('2020-07', '2019-12', '2021-01-01'))), { minLength: 1, maxLength: 4 }), fc.boolean(), async (changes, json) => {
        const doc = changes.reduce((d, [path, value]) => mutate(d, path, value), base);
        const file = tempFile('misordered.json', JSON.stringify(doc));
        const argv = ['assess', file, '--today', '2020-09-20', '--on-time', ...(json ? ['--json'] : [])];
        const r = await cli(argv);
        const why = show(argv, r);
        if (r.code === 0) return expectSaneAssessment(why, r.stdout);
        if (json) {
          expect(r.code, why).toBe(2);
          expect(JSON.parse(r.stdout).errors.map((e: any) => e.field).join(' '), why).toMatch(/exposure|events/);
        } else {
          expectRefusal(argv, r, { code: 2, names: /^ {2}(exposure|events)\S*: /m });
        }
      }),
      opts(),
    );
  });

  it('a file that is not JSON at all, or not there, is refused naming the file, exit 2', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.nat({ max: 1000 }).map((n) => fixtureText('odessa-2020.json').slice(0, n)),
      fc.constantFrom('', '\ufeff', '\u0000\u0000', '{"title": "x",}', '[1,2', 'NaN', "{'a': 1}"),
      hugeString.map((s) => `{"title": "${s}`),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (content, json) => {
        const file = tempFile('broken.json', content);
        const argv = ['assess', file, ...(json ? ['--json'] : [])];
        const r = await cli(argv);
        const why = show(argv, r);
        if (r.code === 0) throw new Error(`accepted: ${why}`);
        if (json) {
          expect(r.code, why).toBe(2);
          expect(JSON.parse(r.stdout).input, why).toBe(file);
        } else expectRefusal(argv, r, { code: 2, names: file });
      }),
      opts(),
    );
    for (const missing of [join(dir, 'nope.json'), join(dir, 'nope.jsonl'), dir]) {
      const argv = ['assess', missing];
      expectRefusal(argv, await cli(argv), { code: 2, names: missing });
    }
  });

  it('JSON Lines with bad lines among good ones: every good line is reported in order, every bad one named by its number', async () => {
    const line = fc.oneof({ weight: 3, arbitrary: goodLine.map((text) => ({ text, good: true })) }, { weight: 2, arbitrary: badLine.map((text) => ({ text, good: false })) }, { weight: 1, arbitrary: fc.constantFrom('', '   ').map((text) => ({ text, good: null as boolean | null })) });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), async (items, json, viaStdin) => {
        const content = items.map((i) => i.text).join('\n');
        const file = viaStdin ? '-' : tempFile('filings.jsonl', content);
        const label = viaStdin ? 'stdin' : file;
        const argv = ['assess', ...(viaStdin ? [] : [file]), '--today', '2020-09-20', ...(json ? ['--json'] : [])];
        const r = await cli(argv, { stdin: viaStdin ? content : '' });
        const why = show(argv, r);
        const numbered = items.map((item, i) => ({ ...item, n: i + 1 })).filter((i) => i.good !== null);
        const bad = numbered.filter((i) => !i.good);
        expect(r.code, why).toBe(bad.length ? 2 : 0);
        if (json) {
          const out = r.stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l));
          expect(out, why).toHaveLength(numbered.length);
          numbered.forEach((item, i) => {
            if (item.good) expect(Array.isArray(out[i].obligations), why).toBe(true);
            else expect(out[i], why).toMatchObject({ input: `${label} line ${item.n}`, errors: expect.any(Array) });
          });
          expectSaneAssessment(why, r.stdout);
        } else {
          const tables = [...r.stdout.matchAll(/^== (.+) ==$/gm)].map((m) => m[1]);
          expect(tables, why).toEqual(numbered.filter((i) => i.good).map((i) => `${label} line ${i.n}`));
          expectSaneAssessment(why, r.stdout);
          if (bad.length) expectRefusal(argv, r, { code: 2, names: `${label} line ${bad[0]!.n} is not a valid incident file` });
          for (const b of bad) expect(r.stderr, why).toContain(`${label} line ${b.n} is not a valid incident file:`);
          if (!bad.length) expect(r.stderr, why).toBe('');
        }
      }),
      opts(),
    );
  });

  it('--today and --as-if-discovered take only real dates, refused by option name, exit 1 like every usage error', async () => {
    const value = fc.oneof(badDate, isoDay);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('--today', '--as-if-discovered'), value, fc.boolean(), async (option, v, json) => {
        const argv = ['assess', 'tests/fixtures/odessa-2020.json', `${option}=${v}`, ...(json ? ['--json'] : [])];
        const r = await cli(argv);
        const why = show(argv, r);
        if (/^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v).isValid) {
          expect(r.code, why).toBe(0);
          expectSaneAssessment(why, r.stdout);
          if (option === '--as-if-discovered' && !json) expect(r.stdout, why).toContain(`What if discovered on ${v}`);
          return;
        }
        expectRefusal(argv, r, { code: 1, names: option });
        expect(r.stderr, why).toContain('must be a date like 2020-10-14');
        expect(r.stdout, why).toBe('');
      }),
      opts(),
    );
  });

  it('changes --from/--to take only real dates in order; rules names an unknown code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(badDate, isoDay), fc.oneof(badDate, isoDay), async (from, to) => {
        const argv = ['changes', `--from=${from}`, `--to=${to}`];
        const r = await cli(argv);
        const real = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && DateTime.fromISO(d).isValid;
        if (!real(from)) return expectRefusal(argv, r, { code: 1, names: '--from' });
        if (!real(to)) return expectRefusal(argv, r, { code: 1, names: '--to' });
        if (from > to) return expectRefusal(argv, r, { code: 2, names: '--from must not be after --to' });
        expect(r.code, show(argv, r)).toBe(0);
      }),
      opts(),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('ZZ', 'toString', '__proto__', 'US-NOPE')), async (code) => {
        const argv = ['rules', code];
        const r = await cli(argv);
        if (r.code === 0) return;
        if (code.startsWith('-')) return expectRefusal(argv, r, { code: 1, names: 'unknown option' });
        expectRefusal(argv, r, { code: 2, names: 'in the catalogue' });
      }),
      opts(),
    );
  });
});

describe('breachdesk org create / org regimes / token create, generated', () => {
  const goodOrg = { name: 'Town of Andrews', kind: 'municipality', state: 'TX', timezone: 'America/Chicago', 'admin-email': 'privacy@andrews.gov' };
  type OrgOption = keyof typeof goodOrg | 'sender' | 'regimes' | 'admin-name';
  const badValue: Record<OrgOption, fc.Arbitrary<string>> = {
    name: fc.oneof(fc.constantFrom('', '   ', 'a\u0000b', 'x'.repeat(301)), hugeString),
    kind: fc.oneof(fc.constantFrom('city', 'Municipality', '', 'toString', '__proto__'), fc.string({ maxLength: 20 })),
    state: fc.oneof(fc.constantFrom('Texas', 'tx', 'ZZ', '', 'toString', '__proto__', 'constructor', 'TXX'), fc.string({ maxLength: 4 })),
    timezone: fc.oneof(fc.constantFrom('Mars/Base', '', 'CST', '+05:00', 'America/Chicago ', 'America/Nowhere', 'a\u0000b'), fc.string({ maxLength: 20 })),
    'admin-email': fc.oneof(fc.constantFrom('x', '', 'a@b', '@x.gov', 'a b@x.gov', 'a@x.gov\u0000', '<a@x.gov>', 'a@@x.gov'), fc.string({ maxLength: 20 })),
    sender: fc.oneof(fc.constantFrom('{', 'null', '"x"', '[1,2]', '42', 'true', '{"address":"411 W 8th St"}', '{"address":[1,2]}', '{"phone":5}', '{"name":""}', '{"email":{}}', '{"nope":1}'), fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v))),
    regimes: fc.oneof(fc.constantFrom('US-NOPE', 'hipaa', 'TX', 'US-HIPAA,,nope', 'toString', ' us-hipaa , PCI-CARD-BRANDS,us-hipaa', ','), fc.string({ maxLength: 20 })),
    'admin-name': fc.constantFrom('', '   ', 'a\u0000b', 'x'.repeat(301)),
  };
  const bad = fc.uniqueArray(fc.constantFrom(...(Object.keys(badValue) as OrgOption[])), { minLength: 1, maxLength: 3 }).chain((keys) => fc.tuple(...keys.map((k) => badValue[k].map((v) => [k, v] as const))));

  it('org create with bad options is refused naming each bad option, exit 2, storing nothing; with good ones it stores exactly one org, admin and token', async () => {
    await fc.assert(
      fc.asyncProperty(bad, async (changes) => {
        const o: Record<string, string> = { ...goodOrg, 'admin-email': `privacy+${++fileNo}@andrews.gov` };
        for (const [k, v] of changes) o[k] = v;
        const argv = ['org', 'create', ...Object.entries(o).flatMap(([k, v]) => [`--${k}=${v}`])];
        const before = await counts();
        const r = await cli(argv);
        const why = show(argv, r);
        if (r.code === 0) {
          // Accepted: it must be what was asked for, stored once.
          const id = /Organisation (\S+) created/.exec(r.stdout)![1]!;
          const after = await counts();
          expect({ o: after.organizations - before.organizations, u: after.users - before.users, t: after.api_tokens - before.api_tokens }, why).toEqual({ o: 1, u: 1, t: 1 });
          const row = await h.db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
          expect(row, why).toMatchObject({ name: o.name!.trim(), kind: o.kind, state: o.state, timezone: o.timezone });
          expect(typeof row.sender === 'object' && row.sender !== null && !Array.isArray(row.sender), why).toBe(true);
          for (const [k, v] of Object.entries(row.sender as Record<string, unknown>)) {
            if (k === 'address') expect(Array.isArray(v) && (v as unknown[]).every((l) => typeof l === 'string'), why).toBe(true);
            else expect(['name', 'phone', 'email', 'website'], why).toContain(k);
            if (k !== 'address') expect(v === null || typeof v === 'string', why).toBe(true);
          }
          return;
        }
        expect(r.code, why).toBe(2);
        // Every message line names its option; at least one of the bad ones is named.
        for (const line of r.stderr.trimEnd().split('\n')) expect(line, why).toMatch(/^ {2}--[a-z-]+: /);
        expect(changes.some(([k]) => r.stderr.includes(`--${k}:`)), why).toBe(true);
        expectNoInternals(why, r.stderr);
        expect(await counts(), why).toEqual(before);
      }),
      opts(),
    );
  });

  it('org create without a required option says which, exit 1', async () => {
    for (const missing of Object.keys(goodOrg)) {
      const argv = ['org', 'create', ...Object.entries(goodOrg).filter(([k]) => k !== missing).flatMap(([k, v]) => [`--${k}`, v])];
      const before = await counts();
      expectRefusal(argv, await cli(argv), { code: 1, names: `--${missing}` });
      expect(await counts()).toEqual(before);
    }
  });

  it('token create with a bad organisation, e-mail, role, name or expiry is refused by name, exit 2, storing nothing', async () => {
    const field = fc.oneof(
      fc.tuple(fc.constant('org'), fc.oneof(fc.string({ maxLength: 40 }), fc.uuid(), fc.constantFrom('', '42', 'toString'))),
      fc.tuple(fc.constant('email'), badValue['admin-email']),
      fc.tuple(fc.constant('role'), fc.oneof(fc.constantFrom('Admin', 'superuser', '', 'toString', 'clerk '), fc.string({ maxLength: 10 }))),
      fc.tuple(fc.constant('name'), badValue['admin-name']),
      fc.tuple(fc.constant('expires'), fc.oneof(badDate, isoDay, fc.constantFrom('2001-01-01', '2019-12-31', DateTime.now().minus({ days: 2 }).toISODate()!, '2099-12-31'))),
    );
    await fc.assert(
      fc.asyncProperty(field, async ([k, v]) => {
        const o: Record<string, string> = { org: h.organizationId, email: `user${++fileNo}@odessa-tx.gov`, role: 'clerk', [k]: v };
        const argv = ['token', 'create', ...Object.entries(o).map(([key, value]) => `--${key}=${value}`)];
        const before = await counts();
        const r = await cli(argv);
        const why = show(argv, r);
        if (r.code === 0) {
          // Only a real organisation, e-mail and role get this far.
          const after = await counts();
          expect(after.api_tokens - before.api_tokens, why).toBe(1);
          expect(lastLine(r.stdout), why).toMatch(/^bd_/);
          if (k === 'expires') {
            // Only a real date still to come: as POST /v1/tokens, an already-expired token is a typo.
            const end = DateTime.fromISO(v, { zone: 'America/Chicago' }).endOf('day');
            expect(end.isValid && end > DateTime.now() && end < DateTime.now().plus({ years: MAX_TOKEN_YEARS }), why).toBe(true);
            const row = await h.db.selectFrom('api_tokens').select('expires_at').orderBy('created_at', 'desc').limit(1).executeTakeFirstOrThrow();
            expect(DateTime.fromJSDate(new Date(row.expires_at as unknown as string)).toMillis(), why).toBe(end.toMillis());
          }
          return;
        }
        expect(r.code, why).toBeGreaterThanOrEqual(1);
        expectRefusal(argv, r, { names: `--${k}` });
        expect(await counts(), why).toEqual(before);
      }),
      opts(),
    );
  });

  it('org regimes with a bad organisation or regime is refused by name, exit 2, changing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 40 }), fc.uuid(), fc.constant(h.organizationId)), badValue.regimes, async (orgId, set) => {
        const argv = ['org', 'regimes', `--org=${orgId}`, `--set=${set}`];
        const before = await counts();
        const regimesBefore = await h.db.selectFrom('organizations').select(['id', 'regimes']).orderBy('id').execute();
        const r = await cli(argv);
        const why = show(argv, r);
        if (r.code === 0) {
          expect(orgId, why).toBe(h.organizationId);
          const wanted = [...new Set(set.split(',').map((v) => v.trim().toUpperCase()).filter(Boolean))];
          const row = await h.db.selectFrom('organizations').select('regimes').where('id', '=', orgId).executeTakeFirstOrThrow();
          expect(row.regimes, why).toEqual(wanted);
          expect((await counts()).audit_events, why).toBe(before.audit_events + 1);
          return;
        }
        expectRefusal(argv, r, { code: 2, names: /--(org|set): / });
        expect(await counts(), why).toEqual(before);
        expect(await h.db.selectFrom('organizations').select(['id', 'regimes']).orderBy('id').execute(), why).toEqual(regimesBefore);
      }),
      opts(),
    );
  });
});

describe('breachdesk import, generated (accepted with --no-wait: the workers are not running here)', () => {
  /** After an accepted import: exactly one pending import of the right incident and name, one audit entry, nothing else. */
  async function expectAccepted(argv: string[], r: Run, before: Counts, o: { incident: string; filename: string; mapping?: unknown }) {
    const why = show(argv, r);
    expect(r.code, why).toBe(0);
    const id = r.stdout.trim();
    expect(id, why).toMatch(/^[0-9a-f-]{36}$/);
    const row = await h.db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row, why).toMatchObject({ incident_id: o.incident, organization_id: h.organizationId, filename: o.filename, status: 'pending' });
    if (o.mapping !== undefined) expect(row.mapping, why).toEqual(o.mapping);
    expect(await counts(), why).toEqual({ ...before, imports: before.imports + 1, audit_events: before.audit_events + 1 });
  }

  it('any text as the CSV is accepted (its header names the columns needed) or refused naming the file or header, exit 2, storing nothing', async () => {
    const row = fc.string({ maxLength: 80 }).filter((s) => !/[\r\n]/.test(s));
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(row, { maxLength: 4 }).map((rows) => [HEADER, ...rows].join('\n')),
      fc.subarray(HEADER.split(','), { minLength: 1 }).chain((cols) => fc.array(row, { maxLength: 3 }).map((rows) => [cols.join(','), ...rows].join('\n'))),
      fc.constantFrom('', '\ufeff', '"', '\u0000', 'a,b\n"unclosed', `${HEADER}\n"unclosed`, `"${HEADER}`, `${HEADER}\r\n${GOOD_ROW}\r\n`, `\ufeff${HEADER}\n${GOOD_ROW}`, HEADER.replace(/,/g, ';'), `${HEADER},${HEADER}`, '\n\n\n'),
      fc.constantFrom(10_000, 300_000).map((n) => `${'Cardholder,'.repeat(2)}${'x'.repeat(n)}\n${GOOD_ROW}`),
    );
    await fc.assert(
      fc.asyncProperty(text, async (csv) => {
        const file = tempFile('payments.csv', csv);
        const argv = ['import', file, '--incident', incidentA, '--token', h.clerkToken, '--no-wait'];
        const before = await counts();
        const r = await cli(argv);
        if (r.code === 0) return expectAccepted(argv, r, before, { incident: incidentA, filename: file.split('/').pop()! });
        expectRefusal(argv, r, { code: 2, names: /^ {2}(file|header|mapping\.columns\.\w+): /m });
        expect(r.stderr, show(argv, r)).toContain(`Cannot import ${file}:`);
        expect(await counts(), show(argv, r)).toEqual(before);
      }),
      opts(),
    );
  });

  it('any --mapping is taken or refused naming the mapping setting, exit 2, storing nothing', async () => {
    const mapping = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.record({ columns: fc.dictionary(fc.constantFrom('name', 'nam', 'state', 'email', 'paidAt', 'account', '__proto__', 'constructor'), fc.oneof(fc.constantFrom('Cardholder', 'State', 'Nope', '', '!!!', 'x'.repeat(300)), fc.jsonValue({ maxDepth: 1 }))) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
      fc.constantFrom('{columns', '', 'null', '[]', '{"channels":{"one_time":["One-time online"]}}', '{"columns":{"name":"Cardholder"}}', '{"__proto__":{"x":1}}', '{"columns":{"toString":"Cardholder"}}'),
    );
    await fc.assert(
      fc.asyncProperty(mapping, async (m) => {
        const argv = ['import', csvPath, '--incident', incidentA, '--token', h.clerkToken, '--no-wait', `--mapping=${m}`];
        const before = await counts();
        const r = await cli(argv);
        if (r.code === 0) return expectAccepted(argv, r, before, { incident: incidentA, filename: 'payments.csv', mapping: (m ? JSON.parse(m) : null) ?? {} });
        expectRefusal(argv, r, { code: 2, names: /--mapping: |^ {2}mapping\S*: |^ {2}header: /m });
        expect(await counts(), show(argv, r)).toEqual(before);
      }),
      opts(),
    );
  });

  it('an unknown, malformed or other tenant\'s incident, a bad token or a bad --filename is refused by name, exit 2, storing nothing', async () => {
    type Case = { argv: string[]; names: RegExp | string };
    const theCase: fc.Arbitrary<Case> = fc.oneof(
      fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '42', incidentA.toUpperCase().replace(/-/g, ''), `${incidentA} `, `{${incidentA}}`)).map((id) => ({ argv: ['--incident', id, '--token', h.clerkToken], names: UUIDish(id) ? `no incident ${id} in your organisation` : '--incident: ' })),
      fc.uuid().map((id) => ({ argv: ['--incident', id, '--token', h.clerkToken], names: `no incident ${id} in your organisation` })),
      // Tenants do not see each other: either way round it is "no such incident", not "forbidden".
      fc.constant<Case>({ argv: ['--incident', incidentB, '--token', h.clerkToken], names: `no incident ${incidentB} in your organisation` }),
      fc.constant<Case>({ argv: ['--incident', incidentA, '--token', tokenB], names: `no incident ${incidentA} in your organisation` }),
      fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('bd_', 'bd_not-a-token', `${h.clerkToken}x`, h.clerkToken.slice(0, -1))).map((t) => ({ argv: ['--incident', incidentA, '--token', t], names: t ? 'unknown, revoked or expired' : 'set BREACHDESK_TOKEN' })),
      fc.constant<Case>({ argv: ['--incident', incidentA, '--token', auditorA], names: 'auditor may read but not change' }),
      fc.oneof(fc.constantFrom('', 'a/b.csv', '../../etc/passwd', 'x'.repeat(201), 'a\\b.csv', 'a\u0000b.csv'), fc.string({ maxLength: 30 }).map((s) => `${s}/x`)).map((f) => ({ argv: ['--incident', incidentA, '--token', h.clerkToken, `--filename=${f}`], names: /^ {2}filename: /m })),
    );
    await fc.assert(
      fc.asyncProperty(theCase, fc.boolean(), async (c, viaEnv) => {
        // The token comes from --token or from BREACHDESK_TOKEN, with the same answers.
        const at = c.argv.indexOf('--token');
        const token = c.argv[at + 1]!;
        const argv = ['import', csvPath, ...(viaEnv ? c.argv.filter((_, i) => i !== at && i !== at + 1) : c.argv), '--no-wait'];
        const before = await counts();
        const r = await cli(argv, { env: viaEnv ? { BREACHDESK_TOKEN: token } : {} });
        expectRefusal(argv, r, { code: 2, names: c.names });
        expect(await counts(), show(argv, r)).toEqual(before);
      }),
      opts(),
    );
  });
});

function UUIDish(id: string) {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

describe('breachdesk audit export / verify, generated', () => {
  it('a bad --format, --incident, token or --out is refused by name, storing nothing; a good one writes the history', async () => {
    const outPath = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('dir', 'missing-dir/audit.json', 'file/inside', 'nul\u0000name', 'ok'),
    );
    const theCase = fc.record({
      format: fc.oneof(fc.constantFrom('json', 'csv'), fc.constantFrom('xml', 'JSON', '', 'csv ', 'pdf'), fc.string({ maxLength: 8 })),
      incident: fc.oneof(fc.constant(incidentA), fc.constant(incidentB), fc.uuid(), fc.string({ maxLength: 40 })),
      token: fc.constantFrom('officer', 'auditor', 'clerk', 'orgB', 'bogus', 'none'),
      out: outPath,
    });
    const tokens: Record<string, () => string | undefined> = { officer: () => h.officerToken, auditor: () => auditorA, clerk: () => h.clerkToken, orgB: () => tokenB, bogus: () => 'bd_bogus', none: () => undefined };
    await fc.assert(
      fc.asyncProperty(theCase, async (c) => {
        const base = join(dir, `audit-${++fileNo}`);
        mkdirSync(join(base, 'dir'), { recursive: true });
        writeFileSync(join(base, 'file'), 'x');
        const out = c.out && join(base, c.out);
        const token = tokens[c.token]!();
        const argv = ['audit', 'export', `--incident=${c.incident}`, `--format=${c.format}`, ...(token ? ['--token', token] : []), ...(out ? ['--out', out] : [])];
        const before = await counts();
        const r = await cli(argv);
        const why = show(argv, r);
        expect(await counts(), why).toEqual(before);
        if (!['json', 'csv'].includes(c.format)) return expectRefusal(argv, r, { code: 1, names: "option '--format <format>' argument" });
        if (!UUIDish(c.incident)) return expectRefusal(argv, r, { code: 2, names: '--incident: must be an incident id' });
        if (!token) return expectRefusal(argv, r, { code: 2, names: 'set BREACHDESK_TOKEN' });
        if (c.token === 'bogus') return expectRefusal(argv, r, { code: 2, names: 'unknown, revoked or expired' });
        if (c.token === 'clerk') return expectRefusal(argv, r, { code: 2, names: 'officer, an admin or an auditor' });
        const own = c.token === 'orgB' ? incidentB : incidentA;
        if (c.incident !== own) return expectRefusal(argv, r, { code: 2, names: `--incident: no incident ${c.incident} in your organisation` });
        if (c.out && c.out !== 'ok') return expectRefusal(argv, r, { code: 2, names: `--out: cannot write ${out}` });
        expect(r.code, why).toBe(0);
        const text = out ? readFileSync(out, 'utf8') : r.stdout;
        if (c.format === 'json') expect(JSON.parse(text).entries.length, why).toBeGreaterThan(0);
        else expect(text.split('\r\n')[0], why).toMatch(/^id,at,actor,action,/);
      }),
      opts(),
    );
  });

  it('audit verify with a bad or unknown --org is refused by name, exit 2, not reported intact', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 40 }), fc.uuid(), fc.constant(h.organizationId)), fc.boolean(), async (orgId, json) => {
        const argv = ['audit', 'verify', `--org=${orgId}`, ...(json ? ['--json'] : [])];
        const r = await cli(argv);
        if (orgId === h.organizationId) {
          expect(r.code, show(argv, r)).toBe(0);
          return;
        }
        expectRefusal(argv, r, { code: 2, names: '--org: ' });
        expect(r.stdout, show(argv, r)).toBe('');
      }),
      opts(),
    );
  });
});

describe('the real binary says what runCli says', () => {
  it('prints the same refusal, byte for byte, with the same exit code', async () => {
    const broken = tempFile('broken.json', '{"title": "x",');
    const jsonl = tempFile('filings.jsonl', [JSON.stringify(fixture()), '{"title": 1}', 'not json', JSON.stringify(fixture('odessa-2019.json'))].join('\n'));
    const cases: string[][] = [
      ['assess', broken],
      ['assess', jsonl, '--json', '--today', '2020-09-20'],
      ['assess', 'tests/fixtures/odessa-2020.json', '--today', '2020-02-30'],
      ['org', 'create', '--name', ' ', '--kind', 'city', '--state', 'constructor', '--timezone', 'Mars/Base', '--admin-email', 'x', '--sender', '{"address":"1 Main St"}'],
      ['token', 'create', '--org', orgB, '--email', 'a@b', '--role', 'root'],
      ['import', csvPath, '--incident', incidentA, '--token', tokenB],
      ['audit', 'export', '--incident', incidentA, '--token', h.officerToken, '--out', dir],
      ['audit', 'export', '--incident', incidentA, '--format', 'xml'],
    ];
    for (const argv of cases) {
      const before = await counts();
      const inProcess = await cli(argv);
      const real = await binary(argv);
      expect(real, show(argv, real)).toEqual(inProcess);
      expect(real.code, show(argv, real)).not.toBe(0);
      expectNoInternals(show(argv, real), real.stderr);
      expect(await counts()).toEqual(before);
    }
  });
});

describe('breachdesk import waiting for the workers: a CSV broken inside', () => {
  beforeAll(() => {
    h.startWorkers();
  });

  it('completes with counts that add up, or fails naming the problem and keeping none of its rows', async () => {
    const row = fc.oneof(
      fc.constant(GOOD_ROW),
      fc.string({ maxLength: 60 }).filter((s) => !/[\r\n]/.test(s)),
      fc.constantFrom('A-9,"unclosed,1 A St,,Odessa,TX,79761', 'A-9,,,,,,,,,,,', ',,,,', 'A-9,Ann,1 A St,,Odessa,TX,79761,ann@x.gov,en,not a time,One-time online,9999', 'A-9,Ann,1 A St,,Odessa,ZZ,00000,bad email,xx,2020-02-30 10:00,Autopay,abcd', `A-9,Ann,"1 A St${'x'.repeat(5000)}",,Odessa,TX,79761,,en,2020-05-01 10:00:00,One-time online,9999`, 'A-9,Ann,1 A St,,Odessa,TX,79761,,en,2020-05-01 10:00:00,One-time online,9999,extra,cells'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 5 }), async (rows) => {
        const file = tempFile('payments.csv', [HEADER, ...rows].join('\n'));
        const argv = ['import', file, '--incident', incidentA, '--token', h.clerkToken];
        const importsBefore = (await h.db.selectFrom('imports').select('id').where('incident_id', '=', incidentA).execute()).map((i) => i.id);
        const r = await cli(argv);
        const why = show(argv, r);
        expectNoInternals(why, r.stderr);
        const created = (await h.db.selectFrom('imports').selectAll().where('incident_id', '=', incidentA).execute()).filter((i) => !importsBefore.includes(i.id));
        if (r.code === 2) {
          expect(created, why).toEqual([]);
          return;
        }
        expect(created, why).toHaveLength(1);
        const imp = created[0]!;
        const transactions = Number((await h.db.selectFrom('transactions').select((eb) => eb.fn.countAll<number>().as('n')).where('import_id', '=', imp.id).executeTakeFirstOrThrow()).n);
        if (r.code === 0) {
          expect(imp.status, why).toBe('completed');
          expect(r.stdout, why).toContain(`Rows: ${imp.rows_read} read, ${imp.rows_accepted} accepted, ${imp.rows_rejected} rejected`);
          expect(imp.rows_read, why).toBe(imp.rows_accepted + imp.rows_rejected);
          expect(transactions, why).toBe(imp.rows_accepted);
          return;
        }
        expect(r.code, why).toBe(1);
        expect(imp.status, why).toBe('failed');
        expect(r.stderr, why).toMatch(new RegExp(`^Import ${imp.id} failed: \\S`, 'm'));
        expect(transactions, why).toBe(0);
        expect(Number((await h.db.selectFrom('residents').select((eb) => eb.fn.countAll<number>().as('n')).where('import_id', '=', imp.id).executeTakeFirstOrThrow()).n), why).toBe(0);
      }),
      opts(SLOW_RUNS),
    );
  });
});
