// Staff reminders before and after due dates: planned from PostgreSQL, sent once each, re-planned
// when the facts change. Time is pinned with luxon's Settings.now.
import { readFileSync } from 'node:fs';
import { DateTime, Settings } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { waitFor } from '../helpers/wait.js';

const file = () => JSON.parse(readFileSync(new URL('../fixtures/odessa-2020-before-notice.json', import.meta.url), 'utf8'));
const pin = (iso: string) => {
  const t = DateTime.fromISO(iso, { zone: 'America/Chicago' }).toMillis();
  Settings.now = () => t;
};

let h: Harness;
let incidentId: string;
beforeAll(async () => {
  pin('2020-09-20T09:00');
  h = await startHarness();
  const res = await h.request('POST', '/v1/incidents', { body: { ...file(), contacts: ['privacy@odessa-tx.gov', 'clerk@odessa-tx.gov'] } });
  incidentId = res.body.incident.id;
  await waitFor(async () => (await h.request('GET', `/v1/incidents/${incidentId}/obligations`)).body.assessmentUpToDate, { what: 'assessment' });
});
afterAll(async () => {
  Settings.now = () => Date.now();
  await h?.close();
});

const reminders = async () => (await h.request('GET', `/v1/incidents/${incidentId}/reminders`)).body.reminders as any[];

describe('deadline reminders', () => {
  it('plans the reminders still ahead of each due date', async () => {
    const planned = (await reminders()).filter((r) => r.status === 'planned');
    // Texas obligations are due 2020-10-03: 14 days before (09-19) has passed on 09-20, so the
    // 7, 3, 1 and 0-day reminders remain, for each of the two Texas obligations.
    const tx = planned.filter((r) => r.dueDate === '2020-10-03').map((r) => r.sendOn);
    expect([...new Set(tx)].sort()).toEqual(['2020-09-26', '2020-09-30', '2020-10-02', '2020-10-03']);
  });

  it('sends an overdue reminder once, however often the sweeper runs', async () => {
    // New Mexico's 45 days from discovery (2020-07-06) + 15 tolled ran out on 2020-09-04.
    await h.workers!.sweepNow();
    const [mail] = await h.smtp.waitForMessages(1);
    expect((mail!.to as any).text).toContain('privacy@odessa-tx.gov');
    expect(mail!.subject).toMatch(/overdue/i);
    await h.workers!.sweepNow();
    await waitFor(async () => (await reminders()).some((r) => r.status === 'sent'), { what: 'reminder marked sent' });
    const sent = (await reminders()).filter((r) => r.status === 'sent');
    expect(sent).toHaveLength(1);
    expect(sent[0].daysBefore).toBe(-16);
    expect(h.smtp.messages).toHaveLength(1);
  });

  it('sends the 7-day reminders on their day', async () => {
    pin('2020-09-26T09:00');
    await h.workers!.sweepNow();
    // Two Texas obligations 7 days out, and New Mexico still overdue.
    await h.smtp.waitForMessages(4);
    await waitFor(async () => (await reminders()).filter((r) => r.status === 'sent').length === 4, { what: '4 reminders sent' });
    expect(h.smtp.messages.filter((m) => /7 days/i.test(m.subject ?? ''))).toHaveLength(2);
  });

  it('cancels the planned reminders of an obligation once its notice is recorded', async () => {
    await h.request('POST', `/v1/incidents/${incidentId}/events`, {
      body: { type: 'notified', recipient: 'individuals', jurisdiction: 'TX', at: '2020-09-26' },
    });
    await waitFor(async () => (await h.request('GET', `/v1/incidents/${incidentId}/obligations`)).body.assessmentUpToDate, { what: 're-assessment' });
    const obligations = (await h.request('GET', `/v1/incidents/${incidentId}/obligations`)).body.obligations as any[];
    const txIndividuals = obligations.find((o) => o.jurisdiction === 'TX' && o.recipient === 'individuals');
    expect(txIndividuals.status).toBe('met');
    const mine = (await reminders()).filter((r) => r.obligationId === txIndividuals.id);
    expect(mine.filter((r) => r.status === 'planned')).toEqual([]);
    expect(mine.filter((r) => r.status === 'cancelled').length).toBeGreaterThan(0);
  });
});
