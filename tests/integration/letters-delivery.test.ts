// Residents → letter drafts → officer approval → e-mail through a real SMTP server, exactly once.
import { randomUUID } from 'node:crypto';
import { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { ODESSA_RESIDENTS as residents, odessaIncident as odessa } from '../helpers/odessa-letters.js';
import { waitFor } from '../helpers/wait.js';


let h: Harness;
let incidentId: string;
beforeAll(async () => {
  h = await startHarness();
  const res = await h.request('POST', '/v1/incidents', { body: odessa() });
  incidentId = res.body.incident.id;
});
afterAll(async () => {
  await h?.close();
});

// Drafts are listed while their render is still finishing; approval waits for it to complete.
async function renderCompleted() {
  await waitFor(async () => (await h.request('GET', `/v1/incidents/${incidentId}/letters`)).body.renders[0]?.status === 'completed', { what: 'the render to complete' });
}

async function letters(query = '') {
  return (await h.request('GET', `/v1/incidents/${incidentId}/letters${query}`)).body.letters as any[];
}

describe('resident letters', () => {
  it('rejects a residents upload with a bad row, naming row and field, and stores nothing', async () => {
    const res = await h.request('POST', `/v1/incidents/${incidentId}/residents`, {
      body: [residents[0], { ...residents[1], email: 'not-an-email', state: 'Texas' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: any) => f.field)).toEqual(['residents[1].email', 'residents[1].state']);
    const count = await h.db.selectFrom('residents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('drafts one letter per resident in the template for their state and language', async () => {
    const res = await h.request('POST', `/v1/incidents/${incidentId}/residents`, { body: residents });
    expect(res.status).toBe(201);
    expect(res.body.added).toBe(4);
    const drafts = await waitFor(async () => {
      const l = await letters('?status=draft');
      return l.length === 4 ? l : null;
    }, { what: '4 letter drafts' });
    await renderCompleted();
    const byResident = Object.fromEntries(drafts.map((l) => [l.residentId, l]));
    const ids = await h.db.selectFrom('residents').select(['id', 'source_ref']).execute();
    const ref = (r: string) => byResident[ids.find((i) => i.source_ref === r)!.id];
    expect(ref('acct-1001').template).toBe('TX/es');
    expect(ref('acct-1002').template).toBe('TX/en');
    expect(ref('acct-1003').template).toBe('default/en');
    expect(ref('acct-1004').channel).toBe('mail');
    expect(drafts.every((l) => l.contentCheck.ok)).toBe(true);
    const full = await h.request('GET', `/v1/letters/${ref('acct-1002').id}`);
    expect(full.body.letter.html).not.toContain('<script>');
    expect(full.body.letter.html).toContain('&lt;script&gt;');
  });

  it('lets only an officer approve, then sends each e-mail letter exactly once', async () => {
    const denied = await h.request('POST', `/v1/incidents/${incidentId}/letters/approve`, { body: {} });
    expect(denied.status).toBe(403);
    const approved = await h.request('POST', `/v1/incidents/${incidentId}/letters/approve`, { body: {}, token: h.officerToken });
    expect(approved.body.approved).toBe(4);
    const sent = await h.request('POST', `/v1/incidents/${incidentId}/letters/send`, { token: h.officerToken });
    expect(sent.body.queued).toBe(3);
    const mails = await h.smtp.waitForMessages(3);
    expect(mails.map((m) => (m.to as any).text).sort()).toEqual(['ana@example.com', 'john@example.com', 'maria@example.com']);
    const spanish = mails.find((m) => (m.to as any).text === 'maria@example.com')!;
    expect(spanish.text).toMatch(/abril de 2020/);
    await waitFor(async () => (await letters('?status=sent')).length === 3, { what: '3 letters marked sent' });
    expect((await letters('?status=approved')).map((l) => l.channel)).toEqual(['mail']);
  });

  it('a duplicated delivery job sends nothing twice', async () => {
    const [letter] = await letters('?status=sent');
    const row = await h.db.selectFrom('letters').select('send_batch').where('id', '=', letter.id).executeTakeFirstOrThrow();
    const dup = await h.queues['deliver-batch'].add('deliver-batch', { batch: row.send_batch }, { jobId: `dup-${letter.id}` });
    await waitFor(async () => (await Job.fromId(h.queues['deliver-batch'], dup.id!))?.finishedOn, { what: 'the duplicate job to finish' });
    expect((await Job.fromId(h.queues['deliver-batch'], dup.id!))!.returnvalue.sent).toBe(0);
    expect(h.smtp.messages).toHaveLength(3);
  });

  it('refuses approval while letters are still being drafted, naming the render', async () => {
    const render = await h.db
      .insertInto('letter_renders')
      .values({ id: randomUUID(), organization_id: h.organizationId, incident_id: incidentId, revision: 1, request_id: 'held-open', status: 'rendering', chunks_total: 4, chunks_done: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    try {
      const res = await h.request('POST', `/v1/incidents/${incidentId}/letters/approve`, { body: {}, token: h.officerToken });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain(`render ${render.id}, 1 of 4 parts done`);
    } finally {
      await h.db.deleteFrom('letter_renders').where('id', '=', render.id).execute();
    }
  });

  it('retries when the SMTP server refuses, and delivers once', async () => {
    await h.request('POST', `/v1/incidents/${incidentId}/residents`, {
      body: [{ id: 'acct-2001', name: 'Late Addition', address: ['1 A St', 'Odessa, TX 79761'], email: 'late@example.com', language: 'en', state: 'TX' }],
    });
    const draft = await waitFor(async () => (await letters('?status=draft')).find((l) => l.channel === 'email'), { what: 'a new draft' });
    await renderCompleted();
    h.smtp.refuseNext(1);
    await h.request('POST', `/v1/incidents/${incidentId}/letters/approve`, { body: { jurisdiction: 'TX' }, token: h.officerToken });
    await h.request('POST', `/v1/incidents/${incidentId}/letters/send`, { token: h.officerToken });
    await h.smtp.waitForMessages(4);
    const letter = await waitFor(async () => (await letters('?status=sent')).find((l) => l.id === draft.id), { what: 'the retried letter sent' });
    expect(letter.attempts).toBe(2);
    expect(h.smtp.messages.filter((m) => (m.to as any).text === 'late@example.com')).toHaveLength(1);
    // Nobody who already had a letter was drafted or sent a second one.
    expect(h.smtp.messages).toHaveLength(4);
    expect(await letters('?status=draft')).toEqual([]);
  });
});
