// A payment export through the whole pipeline against real PostgreSQL, Redis and SMTP: import
// (with bad rows, duplicates, out-of-window and multi-state payers) → matching → obligations →
// letters in the right template and language → approval → e-mail once each → print batch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { waitFor } from '../helpers/wait.js';
import { openResidents, SEALED_CONTACT } from '../helpers/pii.js';
import { pdfPageTexts } from '../helpers/pdf-pages.js';
import { giveUpImport, runImport } from '../../src/services/import-runner.js';
import { piiCipherFor } from '../../src/services/pii-keys.js';
import { createLogger } from '../../src/logger.js';

const incidentFile = () => {
  const d = JSON.parse(readFileSync(new URL('../fixtures/odessa-2020.json', import.meta.url), 'utf8'));
  delete d.affected;
  return d;
};

const HEADER = 'Account,Cardholder,Mailing Address,Address 2,City,State,Zip,Email,Preferred Language,Payment Time,Payment Type,Last4';
const ROWS = [
  // In window, one-time online: in scope (TX, Spanish, e-mail).
  'A-1,"García, María",1200 North Grant Avenue,Apt. 4,Odessa,TX,79761,maria@example.com,Spanish,2020-05-03 14:22:00,One-time online,1111',
  // The same person again, written differently, outside the window: still one person.
  'A-1,MARIA GARCIA,1200 N Grant Ave,Apt 4,Odessa,TX,79761,,es,2020-08-01 09:00:00,One-time online,1111',
  // In window but autopay: out of scope, with the reason kept.
  'A-2,John Smith,500 W 2nd St,,Odessa,TX,79761,john@example.com,en,2020-05-10 08:00:00,Autopay,2222',
  // New Mexico payer in window, no e-mail: a printed letter.
  'A-3,Ana Lopez,12 Main St,,Hobbs,NM,88240,,en,06/30/2020 11:59 PM,One-time online,3333',
  // Before the window: out of scope.
  'A-4,Bob Jones,9 Elm St,,Odessa,TX,79762,bob@example.com,en,2020-03-31 23:59:00,One-time online,4444',
  // Bad rows: no name; impossible date; unknown state.
  'A-5,,1 A St,,Odessa,TX,79761,x@example.com,en,2020-05-01 10:00:00,One-time online,5555',
  'A-6,Carl Doe,2 B St,,Odessa,TX,79761,carl@example.com,en,2020-02-30 10:00:00,One-time online,6666',
  'A-7,Dee Roe,3 C St,,Nowhere,ZZ,,dee@example.com,en,2020-05-01 10:00:00,One-time online,7777',
  // Oklahoma payer in window with a bad e-mail: accepted (warning), written to by post.
  'A-8,Eve Park,4 D St,,Tulsa,OK,74103,not-an-email,en,2020-04-15T15:00:00Z,One-time online,8888',
];

let h: Harness;
let incidentId: string;
beforeAll(async () => {
  h = await startHarness();
  incidentId = (await h.request('POST', '/v1/incidents', { body: incidentFile() })).body.incident.id;
});
afterAll(async () => {
  await h?.close();
});

async function importCsv(csv: string, query = '') {
  return h.request('POST', `/v1/incidents/${incidentId}/imports?filename=payments.csv${query}`, { body: csv, contentType: 'text/csv' });
}

async function waitImport(id: string) {
  return waitFor(async () => {
    const r = (await h.request('GET', `/v1/imports/${id}`)).body.import;
    return r.status === 'completed' || r.status === 'failed' || r.status === 'cancelled' ? r : null;
  }, { what: 'the import to finish', timeoutMs: 60000 });
}

async function latestRenderDone() {
  return waitFor(async () => {
    const b = (await h.request('GET', `/v1/incidents/${incidentId}/letters?limit=1000`)).body;
    const r = b.renders[0];
    return r && r.status === 'completed' ? b : null;
  }, { what: 'letters rendered', timeoutMs: 60000 });
}

describe('payment export import', () => {
  it('refuses a file without the needed columns at once, naming them, and stores nothing', async () => {
    const res = await importCsv('Foo,Bar\n1,2\n');
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: any) => f.field)).toContain('header');
    const bad = await h.request('POST', `/v1/incidents/${incidentId}/imports?mapping=${encodeURIComponent('{"columns":{"nam":"X"}}')}`, { body: 'a\n1\n', contentType: 'text/csv' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('mapping.columns.nam');
    expect(await h.db.selectFrom('imports').selectAll().execute()).toEqual([]);
  });

  it('fails an import whose uploaded file has gone from the data directory, saying so, without crashing the worker', async () => {
    const { id } = await h.db
      .insertInto('imports')
      .values({ organization_id: h.organizationId, incident_id: incidentId, filename: 'gone.csv', file_path: 'imports/gone.csv', bytes_total: 10, mapping: JSON.stringify({}) })
      .returning('id')
      .executeTakeFirstOrThrow();
    // In-process: an unhandled stream error here would take the test worker down with it.
    const outcome = await runImport(h.db, id, { dataDir: h.config.dataDir, log: createLogger('silent', 'test'), enqueue: async () => undefined, pii: piiCipherFor(h.config) });
    expect(outcome).toBe('failed');
    const row = await h.db.selectFrom('imports').select(['status', 'error']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'failed', error: expect.stringContaining('no longer in the data directory (DATA_DIR)') });
    expect(await h.db.selectFrom('transactions').select('line').where('import_id', '=', id).execute()).toEqual([]);
  });

  it('fails a file that is not valid CSV at once, naming the line, and keeps none of its rows', async () => {
    const res = await importCsv(`${HEADER}\nA-9,Good Row,1 A St,,Odessa,TX,79761,,en,2020-05-01 10:00:00,One-time online,1111\nA-10,"Unclosed quote,1 B St,,Odessa,TX,79761,,en,2020-05-01 10:00:00,One-time online,2222\n`);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const done = await waitImport(res.body.import.id);
    expect(done.status).toBe('failed');
    expect(done.error).toMatch(/cannot be read as CSV: .*line 3/);
    expect(await h.db.selectFrom('imports').select('attempts').where('id', '=', res.body.import.id).executeTakeFirstOrThrow()).toEqual({ attempts: 1 });
    expect(await h.db.selectFrom('transactions').select('line').where('import_id', '=', res.body.import.id).execute()).toEqual([]);
  });

  it('marks an import failed when its job gives up, but never touches a completed one', async () => {
    const insert = (status: 'running' | 'completed') =>
      h.db
        .insertInto('imports')
        .values({ organization_id: h.organizationId, incident_id: incidentId, filename: `${status}.csv`, file_path: 'imports/x.csv', bytes_total: 1, mapping: JSON.stringify({}), status })
        .returning('id')
        .executeTakeFirstOrThrow();
    const running = await insert('running');
    const completed = await insert('completed');
    await giveUpImport(h.db, running.id, 'connection terminated');
    await giveUpImport(h.db, completed.id, 'enqueue failed after commit');
    const rows = await h.db.selectFrom('imports').select(['id', 'status', 'error']).where('id', 'in', [running.id, completed.id]).execute();
    expect(rows.find((r) => r.id === running.id)).toMatchObject({ status: 'failed', error: 'stopped after every retry: connection terminated' });
    expect(rows.find((r) => r.id === completed.id)).toMatchObject({ status: 'completed', error: null });
  });

  it('imports good rows, rejects bad ones with line, column and reason, and de-duplicates people', async () => {
    const res = await importCsv([HEADER, ...ROWS].join('\n') + '\n');
    expect(res.status).toBe(202);
    const done = await waitImport(res.body.import.id);
    expect(done.status).toBe('completed');
    expect(done.rows).toEqual({ read: 9, accepted: 6, rejected: 3, withWarnings: 1 });
    expect(done.residents).toEqual({ added: 5, people: 5 });
    const rejectsAs = (token: string) => h.app.inject({ method: 'GET', url: `/v1/imports/${done.id}/rejects.csv`, headers: { authorization: `Bearer ${token}` } });
    const lines = (await rejectsAs(h.officerToken)).body.trim().split('\r\n');
    expect(lines[0]).toBe('line,column,severity,reason,value');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '7,Cardholder,error',
      '8,Payment Time,error',
      '9,State,error',
      '10,Email,warning',
    ]);
    expect(lines[2]).toContain('2020-02-30 10:00:00');
    // A clerk corrects the source file from line, column and reason; the values are residents' data.
    const clerkLines = (await rejectsAs(h.clerkToken)).body.trim().split('\r\n');
    expect(clerkLines[0]).toBe('line,column,severity,reason');
    expect(clerkLines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(',')));
    expect(clerkLines.join('\n')).not.toContain('2020-02-30 10:00:00');
    expect(clerkLines.join('\n')).not.toContain('dee@example.com');
  });

  it('matches payments to the exposure window and channel, keeping why each person is in or out', async () => {
    const residents = openResidents(h.config, await h.db.selectFrom('residents').select([...SEALED_CONTACT, 'state', 'in_scope', 'scope', 'language']).execute(), { sortByName: true });
    const byName = Object.fromEntries(residents.map((r) => [r.name, r]));
    // Contact details come from the person's latest payment.
    expect(residents.filter((r) => r.in_scope).map((r) => r.name).sort()).toEqual(['Ana Lopez', 'Eve Park', 'MARIA GARCIA']);
    expect(byName['John Smith']!.scope).toMatchObject({ excluded: 'no_payment_in_window', channels: ['autopay'] });
    expect(byName['Bob Jones']!.scope).toMatchObject({ excluded: 'no_payment_in_window', lastPaidOn: '2020-03-31' });
    expect(byName['MARIA GARCIA']!.scope).toMatchObject({ matched: { paidOn: '2020-05-03', channel: 'one_time_payment' }, payments: 2, inWindow: 1 });
    expect(byName['MARIA GARCIA']!.email).toBe('maria@example.com');
    // 15:00 UTC on 2020-04-15 is 10:00 in Odessa.
    expect(byName['Eve Park']!.scope).toMatchObject({ matched: { paidOn: '2020-04-15' } });
  });

  it('re-assesses: obligations for each state with residents in scope', async () => {
    const obligations = await waitFor(async () => {
      const o = (await h.request('GET', `/v1/incidents/${incidentId}/obligations`)).body.obligations as any[];
      return o.some((x) => x.jurisdiction === 'OK') ? o : null;
    }, { what: 'obligations for OK' });
    const states = new Set(obligations.filter((o) => o.recipient === 'individuals').map((o) => o.jurisdiction));
    expect([...states].sort()).toEqual(expect.arrayContaining(['NM', 'OK', 'TX']));
  });

  it('renders one draft per person in scope in their state and language, plus regulator drafts', async () => {
    const body = await latestRenderDone();
    const residentLetters = body.letters.filter((l: any) => l.kind === 'resident' && l.status === 'draft');
    expect(residentLetters).toHaveLength(3);
    const templates = residentLetters.map((l: any) => `${l.jurisdiction} ${l.template} ${l.channel}`).sort();
    expect(templates).toEqual(['NM default/en mail', 'OK default/en mail', 'TX TX/es email']);
    expect(residentLetters.every((l: any) => l.contentCheck.ok)).toBe(true);
    const sample = await h.request('GET', `/v1/incidents/${incidentId}/letters/sample`);
    expect(sample.body.samples.length).toBeGreaterThanOrEqual(3);
    expect(sample.body.samples.every((s: any) => s.reproducedHashMatches)).toBe(true);
    const tx = sample.body.samples.find((s: any) => s.template === 'TX/es');
    expect(tx.html).toContain('MARIA GARCIA');
    // One resident per state is below every attorney-general threshold: no regulator draft yet.
    expect(body.letters.filter((l: any) => l.kind === 'regulator')).toEqual([]);
  });

  it('approves by jurisdiction, e-mails once, and prints a PDF whose pages match its manifest', async () => {
    const tx = await h.request('POST', `/v1/incidents/${incidentId}/letters/approve`, { body: { jurisdiction: 'TX' }, token: h.officerToken });
    expect(tx.body.byJurisdiction.find((j: any) => j.jurisdiction === 'TX').digest).toMatch(/^[0-9a-f]{64}$/);
    const rest = await h.request('POST', `/v1/incidents/${incidentId}/letters/approve`, { body: {}, token: h.officerToken });
    expect(rest.body.approved).toBeGreaterThanOrEqual(2);
    const sent = await h.request('POST', `/v1/incidents/${incidentId}/letters/send`, { token: h.officerToken });
    expect(sent.body.queued).toBe(1);
    const mails = await h.smtp.waitForMessages(1);
    expect((mails[0]!.to as any).text).toBe('maria@example.com');
    expect(mails[0]!.text).toMatch(/abril de 2020/);
    const print = await h.request('POST', `/v1/incidents/${incidentId}/letters/print`, { body: {}, token: h.officerToken });
    expect(print.status).toBe(202);
    const exp = await waitFor(async () => {
      const e = (await h.request('GET', `/v1/print-exports/${print.body.exportId}`)).body.export;
      return e.status === 'completed' ? e : null;
    }, { what: 'the print export' });
    const file = exp.files[0];
    const pdf = await h.app.inject({ method: 'GET', url: file.pdf, headers: { authorization: `Bearer ${h.officerToken}` } });
    const manifest = await h.app.inject({ method: 'GET', url: file.manifest, headers: { authorization: `Bearer ${h.officerToken}` } });
    for (const token of [h.clerkToken, h.auditorToken]) {
      const refused = await h.app.inject({ method: 'GET', url: file.pdf, headers: { authorization: `Bearer ${token}` } });
      expect(refused.statusCode).toBe(403);
    }
    const pages = pdfPageTexts(pdf.rawPayload);
    const rows = manifest.body.trim().split('\r\n').slice(1).map((l) => l.split(','));
    expect(rows.length).toBe(exp.letters);
    expect(pages.length).toBe(exp.pages);
    for (const r of rows) {
      const [sequence, letterId, firstPage] = r as [string, string, string];
      expect(pages[Number(firstPage) - 1]).toContain(`BD ${sequence} ${letterId}`);
    }
    expect(pages.join('\n')).toContain('Ana Lopez');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.smtp.messages).toHaveLength(1);
  });
});

describe('a 10,000-row export', () => {
  it('gives exactly the expected affected set and counts by state, and one e-mail per person', async () => {
    const { generateExport } = await import('../bench/generate-export.js');
    const path = join(h.config.dataDir, 'synthetic.csv');
    const stats = await generateExport(path, { rows: 10000, seed: 7 });
    // Bad rows appended: each must be rejected, none may change the counts.
    const bad = ['X-1,,1 A St,,Odessa,TX,79761,,en,2020-05-01 10:00:00,One-time online,1', 'X-2,Zed,1 A St,,Odessa,TX,79761,,en,not a date,One-time online,1'];
    const csv = readFileSync(path, 'utf8') + bad.join('\n') + '\n';
    const second = await h.request('POST', '/v1/incidents', { body: { ...incidentFile(), title: 'Synthetic', exposure: [{ start: '2020-04-15', end: '2020-06-30', channel: 'one_time_payment' }] } });
    const id = second.body.incident.id;
    const res = await h.request('POST', `/v1/incidents/${id}/imports?filename=synthetic.csv`, { body: csv, contentType: 'text/csv' });
    const done = await waitImport(res.body.import.id);
    expect(done.rows.rejected).toBe(2);
    expect(done.rows.accepted).toBe(stats.rows);
    expect(done.residents.people).toBe(stats.persons);
    const byState = await h.db
      .selectFrom('residents')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .where('incident_id', '=', id)
      .where('in_scope', '=', true)
      .groupBy('state')
      .execute();
    expect(Object.fromEntries(byState.map((r) => [r.state, Number(r.n)]))).toEqual(stats.inScopeByState);
    const letters = await waitFor(async () => {
      const r = await h.db.selectFrom('letter_renders').selectAll().where('incident_id', '=', id).where('status', '=', 'completed').executeTakeFirst();
      return r ?? null;
    }, { what: 'the render', timeoutMs: 120000 });
    const residentLetters = await h.db.selectFrom('letters').select((eb) => eb.fn.countAll<number>().as('n')).where('render_id', '=', letters.id).where('kind', '=', 'resident').executeTakeFirstOrThrow();
    expect(Number(residentLetters.n)).toBe(stats.personsInScope);
    // California's attorney general must be told above 500 residents: a regulator draft with the count.
    expect(stats.inScopeByState.CA).toBeGreaterThan(500);
    const ca = await h.db.selectFrom('letters').selectAll().where('render_id', '=', letters.id).where('kind', '=', 'regulator').where('jurisdiction', '=', 'CA').executeTakeFirst();
    expect(ca?.body_html).toContain(`${stats.inScopeByState.CA} residents of California`);
    expect((ca?.content_check as any).ok).toBe(true);
    // One regulator draft per obligation: Vermont owes its attorney general a preliminary notice
    // and the full one, whatever the count, and both are stored.
    const regulator = await h.db.selectFrom('letters').select(['jurisdiction', 'obligation_key']).where('render_id', '=', letters.id).where('kind', '=', 'regulator').execute();
    expect(stats.inScopeByState.VT).toBeGreaterThan(0);
    expect(regulator.filter((l) => l.jurisdiction === 'VT').map((l) => l.obligation_key).sort()).toEqual([expect.stringMatching(/^VT:.*:attorney-general$/), expect.stringMatching(/^VT:.*:attorney-general-preliminary$/)]);
    expect(Number(letters.letters_total)).toBe(stats.personsInScope + regulator.length);
    const before = h.smtp.messages.length;
    const approved = await h.request('POST', `/v1/incidents/${id}/letters/approve`, { body: {}, token: h.officerToken });
    expect(approved.body.approved).toBeGreaterThanOrEqual(stats.personsInScope);
    const sent = await h.request('POST', `/v1/incidents/${id}/letters/send`, { token: h.officerToken });
    expect(sent.body.queued).toBe(stats.inScopeWithEmail);
    await h.smtp.waitForMessages(before + stats.inScopeWithEmail, 120000);
    await new Promise((r) => setTimeout(r, 500));
    const recipients = h.smtp.messages.slice(before).map((m) => (m.to as any).text);
    expect(recipients).toHaveLength(stats.inScopeWithEmail);
    expect(new Set(recipients).size).toBe(stats.inScopeWithEmail);
  }, 300000);
});
