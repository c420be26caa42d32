// The letters pages of the web app: counts, approval by state, delivery to a real SMTP server,
// print export and batch download by role, the preview as sent, and tenancy.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { ODESSA_RESIDENTS as residents, odessaIncident as odessa } from '../helpers/odessa-letters.js';
import { signInUi, type UiSession } from '../helpers/ui-session.js';
import { waitFor } from '../helpers/wait.js';
import { createOrganizationWithAdmin } from '../../src/cli/admin.js';


let h: Harness;
let incidentId: string;
let officer: UiSession;
let clerk: UiSession;
let page: string;
const url = () => `/ui/incidents/${incidentId}/letters`;

/** The one-line confirmation a POST left for the next page (it travels in a cookie). */
function flashOf(res: { headers: Record<string, unknown> }): string {
  const cookies = ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []);
  const flash = cookies.find((c) => c.startsWith('bd_flash='));
  return flash ? decodeURIComponent(flash.slice('bd_flash='.length).split(';')[0]!) : '';
}

/** The number in a cell marked with data-testid. */
function cell(html: string, testid: string): string | undefined {
  return new RegExp(`data-testid="${testid}">([^<]*)<`).exec(html)?.[1];
}

/** The table rows of a counts table: code → letters. */
function countsTable(html: string, testid: string): Record<string, string> {
  const table = new RegExp(`<table data-testid="${testid}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  return Object.fromEntries([...table.matchAll(/<tr data-code="([^"]+)"><th scope="row">[^<]*<\/th><td>([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]));
}

const letterRows = (status?: string) => {
  let q = h.db.selectFrom('letters').select(['id', 'jurisdiction', 'status', 'kind', 'channel']).where('incident_id', '=', incidentId);
  if (status) q = q.where('status', '=', status as never);
  return q.execute();
};

// Four residents are below every attorney general's threshold: a regulator draft is stored as
// the renderer stores one (plain body, content-checked, in the latest render).
async function addRegulatorDraft() {
  const render = await h.db.selectFrom('letter_renders').select('id').where('incident_id', '=', incidentId).where('status', '=', 'completed').executeTakeFirstOrThrow();
  const subject = 'Notice of a data breach affecting Texas residents — City of Odessa';
  const html = '<html><body><section data-element="what_happened"><p>A payment page was compromised.</p></section><section data-element="contact"><p>privacy@odessa-tx.gov</p></section></body></html>';
  await h.db
    .insertInto('letters')
    .values({
      id: randomUUID(),
      organization_id: h.organizationId,
      incident_id: incidentId,
      resident_id: null,
      render_id: render.id,
      idempotency_key: `${render.id}:TX:test:attorney-general`,
      obligation_key: 'TX:test:attorney-general',
      kind: 'regulator',
      recipient: 'attorney_general',
      jurisdiction: 'TX',
      template_id: 'regulator/default/en',
      template_version: 'test',
      language: 'en',
      channel: 'mail',
      subject,
      body_html: html,
      body_text: 'A payment page was compromised.',
      merge: JSON.stringify({ jurisdiction: 'TX', regulator: { name: 'Texas Attorney General', address: 'PO Box 12548, Austin, TX 78711' } }),
      content_hash: createHash('sha256').update(`${subject}\n${html}`).digest('hex'),
      content_check: JSON.stringify({ ok: true, missing: [], empty: [] }),
      status: 'draft',
    })
    .execute();
}

beforeAll(async () => {
  h = await startHarness();
  incidentId = (await h.request('POST', '/v1/incidents', { body: odessa() })).body.incident.id;
  expect((await h.request('POST', `/v1/incidents/${incidentId}/residents`, { body: residents })).status).toBe(201);
  await waitFor(async () => (await h.request('GET', `/v1/incidents/${incidentId}/letters`)).body.renders[0]?.status === 'completed', { what: 'the render to complete' });
  await waitFor(async () => (await letterRows('draft')).filter((l) => l.kind === 'resident').length === 4, { what: '4 resident drafts' });
  await addRegulatorDraft();
  officer = await signInUi(h.app, h.officerToken);
  clerk = await signInUi(h.app, h.clerkToken);
});
afterAll(async () => {
  await h?.close();
});

describe('letters page', () => {
  it('shows counts by state, language and status, the content check and the letters', async () => {
    const res = await officer.get(url());
    expect(res.status).toBe(200);
    page = res.body;
    expect(countsTable(page, 'counts-by-state')).toEqual({ TX: '3', NM: '1' });
    expect(countsTable(page, 'counts-by-language')).toEqual({ en: '3', es: '1' });
    expect(countsTable(page, 'counts-by-status')).toEqual({ draft: '4' });
    expect(page).toContain('drafts passed the content check');
    expect(page).toMatch(/data-testid="approve-TX">Approve 4 Texas letters</);
    expect(page).toContain('including 1 notice to a regulator');
    expect(page).toMatch(/data-testid="approve-all"[^>]*>Approve all 5 letters</);
    expect(page).toContain('data-testid="approve-NM"');
    expect(page).toContain('Maria Garcia');
    // A resident's name is text, never markup.
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('John &lt;script&gt;');
    expect(page.match(/data-testid="letter-row"/g)).toHaveLength(4);
    // Nothing is running: no progress bar (it would reload the page forever).
    expect(page).not.toContain('data-poll');
  });

  it('lists notices to regulators separately', async () => {
    const regulators = (await letterRows()).filter((l) => l.kind === 'regulator');
    expect(regulators).toHaveLength(1);
    expect(page).toContain('Texas Attorney General');
    expect(page).toContain('data-testid="regulator-letters"');
    for (const r of regulators) expect(page).toContain(`data-testid="regulator-row" data-letter-id="${r.id}"`);
  });

  it('shows clerks why they have no approve, send or print buttons', async () => {
    const res = await clerk.get(url());
    expect(res.status).toBe(200);
    expect(res.body).toContain('data-testid="role-hint"');
    expect(res.body).not.toContain('data-testid="approve-TX"');
    expect(res.body).not.toContain('data-testid="send-letters"');
    const denied = await clerk.post(`${url()}/approve`, { jurisdiction: 'TX' });
    expect(denied.status).toBe(403);
    expect(await letterRows('approved')).toEqual([]);
  });

  it('refuses a form without its token and approves nothing', async () => {
    const res = await officer.post(`${url()}/approve`, { jurisdiction: 'TX', _csrf: null });
    expect(res.status).toBe(403);
    expect(res.body).toContain('Not allowed');
    expect(await letterRows('approved')).toEqual([]);
  });

  it('approves Texas only', async () => {
    const res = await officer.post(`${url()}/approve`, { jurisdiction: 'TX' });
    expect(res.status).toBe(303);
    expect(res.location).toBe(url());
    const approved = await letterRows('approved');
    expect(approved).toHaveLength(4);
    expect(approved.every((l) => l.jurisdiction === 'TX')).toBe(true);
    expect(flashOf(res)).toBe('4 Texas letters approved.');
    expect((await letterRows('draft')).filter((l) => l.kind === 'resident').map((l) => l.jurisdiction)).toEqual(['NM']);
    const after = (await officer.get(url())).body;
    expect(countsTable(after, 'counts-by-status')).toEqual({ draft: '1', approved: '3' });
    expect(after).not.toContain('data-testid="approve-TX"');
  });

  it('sends the approved e-mail letters and the page counts them as sent', async () => {
    const res = await officer.post(`${url()}/send`, {});
    expect(res.status).toBe(303);
    expect(flashOf(res)).toBe('2 e-mail letters queued for delivery.');
    const mails = await h.smtp.waitForMessages(2);
    expect(mails.map((m) => (m.to as { text: string }).text).sort()).toEqual(['john@example.com', 'maria@example.com']);
    const sent = await waitFor(async () => {
      const p = (await officer.get(url())).body;
      return cell(p, 'email-sent') === '2' && !p.includes('data-poll') ? p : null;
    }, { what: 'the page to show 2 e-mail letters sent' });
    expect(countsTable(sent, 'counts-by-status')).toMatchObject({ sent: '2' });
  });

  it('exports the postal letters for print; only officers see and get the batch', async () => {
    const res = await officer.post(`${url()}/print`, {});
    expect(res.status).toBe(303);
    await waitFor(async () => (await h.db.selectFrom('print_exports').select('status').where('incident_id', '=', incidentId).executeTakeFirst())?.status === 'completed', { what: 'the print export' });
    const p = (await officer.get(url())).body;
    const href = /<a href="(\/ui\/print-exports\/[0-9a-f-]+\/batches\/1\.pdf)"[^>]*data-testid="batch-download"/.exec(p)?.[1];
    expect(href).toBeDefined();
    const forClerk = (await clerk.get(url())).body;
    expect(forClerk).not.toContain('data-testid="batch-download"');
    expect(forClerk).toContain('data-testid="batch-hint"');

    const pdf = await h.app.inject({ method: 'GET', url: href!, headers: { cookie: officer.cookie } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const denied = await clerk.get(href!);
    expect(denied.status).toBe(403);
    expect(denied.headers['content-type']).toContain('text/html');
    expect(denied.body).toContain('only an officer or an admin may download it');
  });

  it('answers progress.json with percent, text and finished', async () => {
    const res = await officer.get(`${url()}/progress.json`);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(Object.keys(body).sort()).toEqual(['finished', 'percent', 'text']);
    expect(body).toMatchObject({ finished: true, percent: expect.any(Number), text: expect.any(String) });
  });

  it('shows a polling progress bar while letters are drafted', async () => {
    const render = await h.db
      .insertInto('letter_renders')
      .values({ id: randomUUID(), organization_id: h.organizationId, incident_id: incidentId, revision: 1, request_id: 'held-open', status: 'rendering', chunks_total: 4, chunks_done: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    try {
      expect(JSON.parse((await clerk.get(`${url()}/progress.json`)).body)).toEqual({ percent: 25, text: 'Drafting letters: 1 of 4 parts done.', finished: false });
      const p = (await clerk.get(url())).body;
      expect(p).toContain(`<progress max="100" value="25" data-poll="${url()}/progress.json" aria-describedby="progress-text">`);
      // Approval waits for the drafting to finish, and says so.
      const refused = await officer.post(`${url()}/approve`, {});
      expect(refused.status).toBe(409);
      expect(refused.body).toContain('still being drafted');
    } finally {
      await h.db.deleteFrom('letter_renders').where('id', '=', render.id).execute();
    }
  });

  it('shows an incident without letters plainly', async () => {
    const other = (await h.request('POST', '/v1/incidents', { body: { ...odessa(), title: 'Nothing drafted yet' } })).body.incident.id;
    const res = await clerk.get(`/ui/incidents/${other}/letters`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('No letters have been drafted yet');
    expect(res.body).toContain('No drafts are waiting for approval.');
  });
});

describe('letter preview', () => {
  const idOf = (html: string, name: string) => new RegExp(`data-letter-id="([0-9a-f-]+)">\\s*<td data-label="Resident">${name}<`).exec(html)?.[1];

  it('shows a resident e-mail letter as sent, verified against its stored hash', async () => {
    const id = idOf(page, 'Maria Garcia')!;
    expect(id).toBeDefined();
    const res = await clerk.get(`/ui/letters/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('Letter to Maria Garcia');
    expect(res.body).toContain('Matches the stored letter');
    expect(res.body).toContain(`<iframe class="letter-frame" sandbox src="/ui/letters/${id}/body.html"`);
    expect(res.body).toMatch(/abril de 2020/);
    expect(res.body).toContain('data-element="contact"');
    expect(String(res.headers['content-security-policy'])).toMatch(/frame-ancestors 'none'; frame-src 'self'$/);

    const body = await clerk.get(`/ui/letters/${id}/body.html`);
    expect(body.status).toBe(200);
    expect(body.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'self'");
    expect(body.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(body.body).toContain('Maria Garcia');
  });

  it('shows a postal letter with its address block and the print note', async () => {
    const id = idOf(page, 'Bob Jones')!;
    const res = await officer.get(`/ui/letters/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('9 Elm St');
    expect(res.body).toContain('The PDF is made by the print export');
    expect(res.body).toContain('Matches the stored letter');
    expect(res.body).not.toContain('<iframe');
    // A page without a frame keeps the app's policy as it is.
    expect(String(res.headers['content-security-policy'])).not.toContain('frame-src');
  });
});

describe('another organisation', () => {
  it('gets 404 for the letters page, progress, preview, body and batch', async () => {
    const org = await createOrganizationWithAdmin(h.db, { name: 'City of Midland', kind: 'municipality', state: 'TX', timezone: 'America/Chicago', adminEmail: 'admin@midland.example.gov', adminName: 'Admin' });
    if (!org.ok) throw new Error('could not create the second organisation');
    const other = await signInUi(h.app, org.token);
    const letter = (await letterRows())[0]!;
    const exp = await h.db.selectFrom('print_exports').select('id').where('incident_id', '=', incidentId).executeTakeFirstOrThrow();
    for (const path of [url(), `${url()}/progress.json`, `/ui/letters/${letter.id}`, `/ui/letters/${letter.id}/body.html`, `/ui/print-exports/${exp.id}/batches/1.pdf`]) {
      const res = await other.get(path);
      expect(res.status, path).toBe(404);
    }
    const approve = await other.post(`${url()}/approve`, {});
    expect(approve.status).toBe(404);
  });
});

describe('stale drafts', () => {
  it('says when the incident changed since the render, and renders again on request', async () => {
    await h.db.updateTable('incidents').set((eb) => ({ revision: eb('revision', '+', 1) })).where('id', '=', incidentId).execute();
    const stale = (await clerk.get(url())).body;
    expect(stale).toContain('data-testid="stale-warning"');
    const auditor = await signInUi(h.app, h.auditorToken);
    expect((await auditor.get(url())).body).not.toContain('data-testid="render-again"');
    expect((await auditor.post(`${url()}/render`, {})).status).toBe(403);
    const res = await clerk.post(`${url()}/render`, {});
    expect(res.status).toBe(303);
    expect(flashOf(res)).toContain('being drafted again');
    await waitFor(async () => !(await clerk.get(url())).body.includes('data-testid="stale-warning"'), { what: 'a render of the new revision' });
  });

  it('previews a regulator notice with its address and content check', async () => {
    const reg = (await letterRows()).find((l) => l.kind === 'regulator')!;
    const res = await officer.get(`/ui/letters/${reg.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('Letter to Texas Attorney General');
    // As the print export puts it in the envelope window: street, then "City, ST ZIP".
    expect(res.body).toContain('Texas Attorney General<br>PO Box 12548<br>Austin, TX 78711<br>');
    expect(res.body).toMatch(/<li data-element="what_happened"><span class="check-ok">Present<\/span> What happened<\/li>/);
    expect(res.body).toContain('In a print batch');
  });
});
