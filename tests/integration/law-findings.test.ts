// The reviewers' findings of issue 17, pinned through the API, the CLI and the web app at their
// boundary dates: impossible timelines refused with nothing stored, Vermont's "whichever is
// sooner", Maryland's "before the residents", where each notice goes, and the verification report.
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { signInUi } from '../helpers/ui-session.js';
import { waitFor } from '../helpers/wait.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function cli(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => new Writable({ write: (chunk, _e, done) => (add(String(chunk)), done()) });
  const code = await runCli(argv, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin: Readable.from(stdin ? [stdin] : []),
    env: { ...h.env },
  });
  return { code, stdout, stderr };
}

async function assessed(id: string) {
  return waitFor(
    async () => {
      const res = await h.request('GET', `/v1/incidents/${id}/obligations`);
      return res.body.assessmentUpToDate ? res.body : null;
    },
    { what: `assessment of incident ${id}` },
  );
}

const incidentCount = async () => Number((await h.db.selectFrom('incidents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const eventCount = async (id: string) => Number((await h.db.selectFrom('incident_events').select((eb) => eb.fn.countAll().as('n')).where('incident_id', '=', id).executeTakeFirstOrThrow()).n);

/** A Vermont town's breach: discovered Monday 2024-03-04 (Town Meeting Day, 03-05, is a holiday). */
const vermontFile = (events: object[] = []) => ({
  title: 'Utility portal skimmer',
  dataElements: ['name', 'card_number', 'card_security_code'],
  exposure: [{ start: '2024-01-15', end: '2024-02-28' }],
  events: [{ type: 'discovered', at: '2024-03-04' }, ...events],
  affected: { byState: { VT: 120 } },
});

describe('impossible timelines are refused, naming the event, and nothing is stored', () => {
  const cases: [string, object[], string, RegExp][] = [
    ['a notice before discovery', [{ type: 'notified', recipient: 'individuals', jurisdiction: 'VT', at: '2024-03-01' }], 'events[1].at', /cannot come before the breach was discovered \(2024-03-04\)/],
    ['a determination before discovery', [{ type: 'determined', at: '2024-02-29' }], 'events[1].at', /determination .* cannot come before the breach was discovered/],
  ];
  it.each(cases)('API: %s', async (_name, events, field, message) => {
    const before = await incidentCount();
    const res = await h.request('POST', '/v1/incidents', { body: vermontFile(events) });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(await incidentCount()).toBe(before);
  });

  it('API: a discovery before the exposure began', async () => {
    const file = { ...vermontFile(), events: [{ type: 'discovered', at: '2024-01-10' }] };
    const res = await h.request('POST', '/v1/incidents', { body: file });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ field: 'events[0].at', message: expect.stringMatching(/discovery on 2024-01-10 cannot come before the exposure began \(2024-01-15\)/) }]);
  });

  it('API: a notice posted later, dated before the discovery, is refused and the incident is unchanged', async () => {
    const created = await h.request('POST', '/v1/incidents', { body: vermontFile() });
    expect(created.status).toBe(201);
    const id = created.body.incident.id;
    const events = await eventCount(id);
    const res = await h.request('POST', `/v1/incidents/${id}/events`, { body: { type: 'notified', recipient: 'individuals', jurisdiction: 'VT', at: '2024-03-03' } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ field: 'at', message: expect.stringMatching(/notice to individuals \(VT\) on 2024-03-03 cannot come before the breach was discovered/) }]);
    expect(await eventCount(id)).toBe(events);
    const after = await h.request('GET', `/v1/incidents/${id}`);
    expect(after.body.incident.revision).toBe(created.body.incident.revision);
    // On the day of discovery it is possible, and accepted.
    const sameDay = await h.request('POST', `/v1/incidents/${id}/events`, { body: { type: 'notified', recipient: 'individuals', jurisdiction: 'VT', at: '2024-03-04' } });
    expect(sameDay.status).toBe(201);
  });

  it('a month-only date is refused only when every day it can mean is impossible', async () => {
    const ok = await h.request('POST', '/v1/incidents', { body: vermontFile([{ type: 'determined', at: '2024-03' }]) });
    expect(ok.status).toBe(201);
    const bad = await h.request('POST', '/v1/incidents', { body: vermontFile([{ type: 'determined', at: '2024-02' }]) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'events[1].at', message: expect.stringContaining('2024-02 (month only)') });
  });

  it('CLI: `assess` exits 2 and names the event', async () => {
    const file = { ...vermontFile([{ type: 'notified', recipient: 'individuals', jurisdiction: 'VT', at: '2024-03-01' }]), organization: { name: 'Town of Barre', kind: 'municipality', state: 'VT', timezone: 'America/New_York' } };
    const r = await cli(['assess', '-'], JSON.stringify(file));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/events\[1\]\.at: the notice to individuals \(VT\) on 2024-03-01 cannot come before the breach was discovered/);
    expect(r.stdout).toBe('');
  });

  it('web app: the intake form shows the error next to the notice date and files nothing', async () => {
    const clerk = await signInUi(h.app, h.clerkToken);
    const before = await incidentCount();
    const res = await clerk.post('/ui/incidents/new', {
      action: 'file',
      title: 'Utility portal skimmer',
      dataElements: ['name', 'card_number'],
      encrypted: 'no',
      'window-0-start': '2024-01-15',
      'window-0-end': '2024-02-28',
      'discovered-at': '2024-03-04',
      'notice-0-recipient': 'individuals',
      'notice-0-jurisdiction': 'VT',
      'notice-0-at': '2024-03-01',
      'state-0-code': 'VT',
      'state-0-count': '120',
    });
    expect(res.status).toBe(400);
    expect(res.body).toContain('href="#notice-0-at"');
    expect(res.body).toMatch(/cannot come before the breach was discovered/);
    expect(await incidentCount()).toBe(before);
  });
});

describe('Vermont: the preliminary AG notice is due 14 business days after discovery or with the consumer notice, whichever is sooner', () => {
  it('consumers told on day 3: the AG notice is due that day and one 11 business days later is late', async () => {
    const created = await h.request('POST', '/v1/incidents', { body: vermontFile([{ type: 'notified', recipient: 'individuals', jurisdiction: 'VT', at: '2024-03-07' }]) });
    const id = created.body.incident.id;
    let { obligations } = await assessed(id);
    let ag = obligations.find((o: any) => o.key === 'VT:VT-9-2435:attorney-general-preliminary');
    expect(ag.deadline).toMatchObject({ due: '2024-03-07', decidedBy: 'the notice to individuals' });
    expect(ag.deadline.explanation).toContain('whichever comes sooner');
    // 11 business days after the consumer notice, and still before the 14 business days ran out.
    const res = await h.request('POST', `/v1/incidents/${id}/events`, { body: { type: 'notified', recipient: 'attorney_general', jurisdiction: 'VT', obligation: 'attorney-general-preliminary', at: '2024-03-22' } });
    expect(res.status).toBe(201);
    ({ obligations } = await assessed(id));
    ag = obligations.find((o: any) => o.key === 'VT:VT-9-2435:attorney-general-preliminary');
    expect(ag).toMatchObject({ status: 'late', daysLate: 15 });
  });

  it('consumers not told yet: 14 business days decide (2024-03-25), and the CLI says which limb set the date', async () => {
    const file = { ...vermontFile(), organization: { name: 'Town of Barre', kind: 'municipality', state: 'VT', timezone: 'America/New_York' } };
    const r = await cli(['assess', '-', '--json'], JSON.stringify(file));
    expect(r.code).toBe(0);
    const ag = JSON.parse(r.stdout).obligations.find((o: any) => o.key === 'VT:VT-9-2435:attorney-general-preliminary');
    expect(ag.deadline).toMatchObject({ due: '2024-03-25', decidedBy: '14 business days after discovery of the breach' });
    const text = await cli(['assess', '-'], JSON.stringify(file));
    expect(text.stdout).toMatch(/VT attorney_general: 2024-03-25, set by 14 business days after discovery of the breach/);
  });
});

describe('Maryland: the AG must be told before the residents', () => {
  const md = (agAt: string) => ({
    title: 'Portal breach',
    organization: { name: 'Town of Easton', kind: 'municipality', state: 'MD', timezone: 'America/New_York' },
    dataElements: ['name', 'ssn'],
    exposure: [{ start: '2024-01-02', end: '2024-01-20' }],
    events: [
      { type: 'discovered', at: '2024-02-01' },
      { type: 'notified', recipient: 'individuals', jurisdiction: 'MD', at: '2024-03-01' },
      { type: 'notified', recipient: 'attorney_general', jurisdiction: 'MD', at: agAt },
    ],
    affected: { byState: { MD: 40 } },
  });
  it.each([
    ['2024-02-29', 'met'],
    ['2024-03-02', 'late'],
  ])('AG notified %s, residents 2024-03-01: %s', async (agAt, status) => {
    const r = await cli(['assess', '-', '--json'], JSON.stringify(md(agAt)));
    expect(r.code).toBe(0);
    const ag = JSON.parse(r.stdout).obligations.find((o: any) => o.jurisdiction === 'MD' && o.recipient === 'attorney_general' && o.applicability === 'applies');
    expect(ag.deadline).toMatchObject({ due: '2024-03-01', decidedBy: 'before the notice to individuals' });
    expect(ag.status).toBe(status);
  });
});

describe('where each notice goes, and how much rests on the text of the law', () => {
  it('the obligation carries its submission channel, and `rules VT` prints it', async () => {
    const created = await h.request('POST', '/v1/incidents', { body: vermontFile() });
    const { obligations } = await assessed(created.body.incident.id);
    const ag = obligations.find((o: any) => o.key === 'VT:VT-9-2435:attorney-general-preliminary');
    expect(ag.submission).toMatchObject({ recipient: 'attorney_general', ways: expect.arrayContaining([expect.objectContaining({ kind: expect.any(String) })]), checked: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const r = await cli(['rules', 'VT']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Where notices go:');
    expect(r.stdout).toMatch(/facts on primary text: \d+ of 12/);
  });

  it('`rules --verification` and GET /v1/rules/verification give the same counts, per jurisdiction and in total', async () => {
    const r = await cli(['rules', '--verification', '--json']);
    expect(r.code).toBe(0);
    const fromCli = JSON.parse(r.stdout);
    const res = await h.request('GET', '/v1/rules/verification');
    expect(res.status).toBe(200);
    expect(res.body.total).toEqual(fromCli.total);
    expect(res.body.jurisdictions.map((j: any) => j.code)).toEqual(expect.arrayContaining(['VT', 'TX', 'US-HIPAA']));
    const table = await cli(['rules', '--verification']);
    expect(table.stdout.split('\n')[0]).toMatch(/^code\s+versions\s+facts\s+primary\s+secondary\s+none\s+on primary text$/);
    expect(table.stdout).toMatch(/^total\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+\.\d%$/m);
  });
});
