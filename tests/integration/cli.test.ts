// The `breachdesk` command as staff run it: `npx breachdesk …` from the repository.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/databases.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));

async function breachdesk(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('breachdesk assess (no database, no Redis)', () => {
  it('prints a readable table with due dates, lateness and citations', async () => {
    const r = await breachdesk(['assess', 'tests/fixtures/odessa-2020.json', '--today', '2020-09-20'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', REDIS_URL: 'redis://127.0.0.1:1' });
    expect(r.code).toBe(0);
    const tx = r.stdout.split('\n').find((l) => /^TX\s+individuals/.test(l))!;
    expect(tx).toContain('2020-10-03');
    expect(tx).toContain('LATE 11 d');
    expect(tx).toContain('521.053');
    expect(r.stdout).toMatch(/^NM\s+individuals.*2020-09-04.*overdue 16 d/m);
  });

  it('prints the DESIGN §5 JSON with --json', async () => {
    const r = await breachdesk(['assess', 'tests/fixtures/odessa-2020.json', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['exposure', 'obligations', 'timeline']));
    const tx = out.obligations.find((o: any) => o.jurisdiction === 'TX' && o.recipient === 'individuals');
    expect(tx).toMatchObject({ rule: 'TX-2020', status: 'late', daysLate: 11, deadline: { kind: 'fixed', due: '2020-10-03', anchor: 'determined', anchorDate: '2020-07-20', amount: 60, unit: 'calendar_days' } });
  });

  it('names every bad field of an invalid file and exits 2', async () => {
    const bad = await breachdesk(['assess', 'package.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/title: is required/);
    expect(bad.stderr).toMatch(/name: is not a known field/);
  });
});

describe('breachdesk assess for analysts: many incidents in one run', () => {
  it('reads JSON Lines and prints one result per line, in order, with errors in place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-'));
    const one = (f: string) => JSON.stringify(JSON.parse(readFileSync(join(root, 'tests/fixtures', f), 'utf8')));
    const file = join(dir, 'filings.jsonl');
    writeFileSync(file, [one('odessa-2020.json'), '{"title": 1}', '', one('midwest-city-2018.json')].join('\n'));
    const r = await breachdesk(['assess', file, '--json']);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].obligations.find((o: any) => o.jurisdiction === 'TX' && o.recipient === 'individuals').daysLate).toBe(11);
    expect(lines[1]).toMatchObject({ input: `${file} line 2`, errors: expect.arrayContaining([expect.objectContaining({ field: 'title' })]) });
    expect(lines[2].exposure.windows).toHaveLength(44);
  });

  it('assesses several files, and answers what-if and on-time questions', async () => {
    const r = await breachdesk(['assess', 'tests/fixtures/odessa-2019.json', 'tests/fixtures/odessa-2020.json', '--as-if-discovered', '2020-01-02', '--on-time']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== tests/fixtures/odessa-2019.json ==');
    expect(r.stdout).toMatch(/TX individuals: TX-2012 .*-> TX-2020 2020-03-02: A different version of the law applies/);
    expect(r.stdout).toMatch(/must have been on or after 2020-08-15/);
  });
});

describe('breachdesk rules and changes', () => {
  it('shows one jurisdiction in full and what changed between two dates', async () => {
    const tx = await breachdesk(['rules', 'tx']);
    expect(tx.code).toBe(0);
    expect(tx.stdout).toMatch(/TX-2020 +2020-01-01 \.\. 2021-08-31/);
    expect(tx.stdout).toMatch(/Texas Attorney General.*at least 250 residents/i);
    const changes = await breachdesk(['changes', '--from', '2025-01-01', '--to', '2026-12-31']);
    expect(changes.stdout).toMatch(/OK-2008 -> OK-2026/);
    expect((await breachdesk(['rules', 'ZZ'])).code).toBe(2);
  });
});

describe('breachdesk org create / token create', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('creates an organisation and its admin, prints the token once, and refuses bad options by name', async () => {
    const env = { DATABASE_URL: db.url };
    const bad = await breachdesk(['org', 'create', '--name', 'City of Odessa', '--kind', 'city', '--state', 'Texas', '--timezone', 'Mars/Base', '--admin-email', 'x'], env);
    expect(bad.code).toBe(2);
    for (const option of ['--kind', '--state', '--timezone', '--admin-email']) expect(bad.stderr).toContain(option);

    const ok = await breachdesk(['org', 'create', '--name', 'City of Odessa', '--kind', 'municipality', '--state', 'TX', '--timezone', 'America/Chicago', '--admin-email', 'privacy@odessa-tx.gov'], env);
    expect(ok.code).toBe(0);
    const token = ok.stdout.trim().split('\n').pop()!;
    expect(token).toMatch(/^bd_/);
    const orgId = /Organisation (\S+) created/.exec(ok.stdout)![1]!;

    const officer = await breachdesk(['token', 'create', '--org', orgId, '--email', 'officer@odessa-tx.gov', '--role', 'officer'], env);
    expect(officer.code).toBe(0);
    expect(officer.stdout.trim().split('\n').pop()).toMatch(/^bd_/);
    expect(officer.stdout.trim().split('\n').pop()).not.toBe(token);
  });
});
