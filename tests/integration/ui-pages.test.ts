// The web app's sessions, dashboard, incident page, residents import and calendar page, through
// injected requests against the real PostgreSQL, Redis and workers. The browser walk-through is
// in ui-browser.test.ts; the intake form and the letters pages have their own files.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime, Settings } from 'luxon';
import { startHarness, type Harness } from '../helpers/harness.js';
import { signInUi, type UiSession } from '../helpers/ui-session.js';
import { waitFor } from '../helpers/wait.js';
import { createOrganizationWithAdmin } from '../../src/cli/admin.js';

const ODESSA = (() => {
  const f = JSON.parse(readFileSync('tests/fixtures/odessa-2020-before-notice.json', 'utf8'));
  delete f.organization;
  return f;
})();
const PAYMENTS = readFileSync('tests/fixtures/odessa-2020-payments.csv', 'utf8');

let h: Harness;
let officer: UiSession;
let incidentId: string;
const pinAt = (iso: string) => {
  const ms = DateTime.fromISO(iso, { zone: 'America/Chicago' }).toMillis();
  Settings.now = () => ms;
};

async function assessed(id: string) {
  await waitFor(async () => (await h.request('GET', `/v1/incidents/${id}`)).body.incident.assessmentUpToDate, { what: 'the assessment' });
}

function multipart(filename: string, content: string) {
  const boundary = '----breachdesk-test-boundary';
  const payload = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${filename}"\r\ncontent-type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The incident page's timeline list, as "date what" lines with their ISO dates. */
const timelineLines = (html: string) => {
  const list = /data-testid="timeline-list"[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
  return [...list.matchAll(/<li><time datetime="([\d-]+)">([^<]+)<\/time> <span>([^<]+)<\/span><\/li>/g)].map((m) => ({ on: m[1]!, text: `${m[2]} ${m[3]}` }));
};

beforeAll(async () => {
  pinAt('2020-08-10T15:00:00');
  h = await startHarness();
  const res = await h.request('POST', '/v1/incidents', { token: h.officerToken, body: ODESSA });
  incidentId = res.body.incident.id;
  await assessed(incidentId);
  officer = await signInUi(h.app, h.officerToken);
});

afterAll(async () => {
  Settings.now = () => Date.now();
  await h?.close();
});

describe('signing in', () => {
  it('sends a visitor without a session to the sign-in page, and back where they were going after', async () => {
    const res = await h.app.inject({ method: 'GET', url: `/ui/incidents/${incidentId}` });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/ui/sign-in?next=${encodeURIComponent(`/ui/incidents/${incidentId}`)}`);
    const form = await h.app.inject({ method: 'GET', url: res.headers.location as string });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<label for="token">');
    const signed = await h.app.inject({
      method: 'POST',
      url: '/ui/sign-in',
      payload: new URLSearchParams({ token: h.clerkToken, next: `/ui/incidents/${incidentId}` }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(signed.statusCode).toBe(303);
    expect(signed.headers.location).toBe(`/ui/incidents/${incidentId}`);
    const cookie = String(signed.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/ui/);
  });

  it('refuses an unknown token with a message and no session, and never redirects off the site', async () => {
    const bad = await h.app.inject({ method: 'POST', url: '/ui/sign-in', payload: 'token=bd_nope&next=%2Fui%2F', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.body).toContain('not valid');
    expect(bad.headers['set-cookie']).toBeUndefined();
    for (const next of ['https://evil.example/', '//evil.example/ui/', '/ui//evil.example', '/v1/incidents', 'javascript:alert(1)']) {
      const res = await h.app.inject({ method: 'POST', url: '/ui/sign-in', payload: new URLSearchParams({ token: h.clerkToken, next }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(res.headers.location, next).toBe('/ui/');
    }
  });

  it('ends the session on sign-out, and when its token is revoked', async () => {
    const s = await signInUi(h.app, h.clerkToken);
    expect((await s.get('/ui/')).status).toBe(200);
    expect((await s.post('/ui/sign-out', {})).location).toBe('/ui/sign-in');
    expect((await s.get('/ui/')).status).toBe(303);

    const issued = await h.request('POST', '/v1/tokens', { token: h.adminToken, body: { email: 'temp@odessa-tx.gov', role: 'clerk', name: 'temp' } });
    const t = await signInUi(h.app, issued.body.token);
    expect((await t.get('/ui/')).status).toBe(200);
    expect((await h.request('POST', `/v1/tokens/${issued.body.id}/revoke`, { token: h.adminToken })).status).toBe(200);
    expect((await t.get('/ui/')).status).toBe(303);
  });

  it('refuses a form without its form token, or with another session\'s, and changes nothing', async () => {
    const clerk = await signInUi(h.app, h.clerkToken);
    const before = (await h.request('GET', `/v1/incidents/${incidentId}`)).body.incident.events.length;
    for (const token of [null, 'forged', clerk.csrf]) {
      const res = await officer.post(`/ui/incidents/${incidentId}/notices`, { _csrf: token, recipient: 'attorney_general', jurisdiction: 'TX', at: '2020-08-10' });
      expect(res.status).toBe(403);
      expect(res.body).toContain('form has expired');
    }
    expect((await h.request('GET', `/v1/incidents/${incidentId}`)).body.incident.events.length).toBe(before);
  });

  it('serves pages with a policy that allows nothing from another site', async () => {
    const res = await officer.get('/ui/');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).not.toMatch(/(src|href)="(https?:)?\/\//);
    const css = await h.app.inject({ method: 'GET', url: '/ui/assets/app.css' });
    expect(css.statusCode).toBe(200);
    expect(css.body).not.toMatch(/url\(|@import/);
    expect((await h.app.inject({ method: 'GET', url: '/ui/assets/..%2Fui.hbs' })).statusCode).toBe(404);
  });
});

describe('dashboard', () => {
  it('lists open obligations soonest first with countdowns', async () => {
    const res = await officer.get('/ui/');
    expect(res.status).toBe(200);
    const rows = [...res.body.matchAll(/data-testid="obligation-row"[\s\S]*?<\/tr>/g)].map((m) => m[0]);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]).toContain('New Mexico');
    expect(rows[0]).toContain('25 days left');
    expect(res.body).toContain('3 open');
  });

  it('filters by jurisdiction and recipient, and refuses a made-up filter with a message', async () => {
    const tx = await officer.get('/ui/?jurisdiction=TX');
    const txRows = [...tx.body.matchAll(/data-testid="obligation-row"[\s\S]*?<\/tr>/g)].map((m) => m[0]);
    expect(txRows.length).toBe(2);
    expect(txRows.join('')).not.toContain('New Mexico');
    const ag = await officer.get('/ui/?recipient=attorney_general');
    expect([...ag.body.matchAll(/data-testid="obligation-row"/g)]).toHaveLength(1);
    const bad = await officer.get('/ui/?incident=nope');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('query.incident');
  });

  it('shows overdue obligations in red with days late', async () => {
    pinAt('2020-09-10T09:00:00');
    try {
      const res = await officer.get('/ui/');
      expect(res.body).toMatch(/tone-overdue[\s\S]*Overdue: 6 days late/);
      expect(res.body).toContain('1 overdue');
    } finally {
      pinAt('2020-08-10T15:00:00');
    }
  });
});

describe('incident page', () => {
  it('shows the facts, the timeline picture and every obligation with citation and countdown', async () => {
    const res = await officer.get(`/ui/incidents/${incidentId}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<svg');
    expect(res.body).toContain('role="img"');
    expect(res.body).toContain('Tex. Bus. &amp; Com. Code § 521.053');
    expect(res.body).toMatch(/data-testid="obligation-TX-attorney_general"[\s\S]*?54 days left/);
    expect(res.body).toContain('Click2Gov by CentralSquare Technologies');
  });

  it('gives the timeline as a dated list in date order, for phones and screen readers', async () => {
    const res = await officer.get(`/ui/incidents/${incidentId}`);
    const list = /data-testid="timeline-list"[\s\S]*?<\/details>/.exec(res.body)?.[0] ?? '';
    const lines = timelineLines(res.body);
    expect(list).toContain(`(${lines.length} entries)`);
    expect(lines.map((l) => l.on)).toEqual(lines.map((l) => l.on).sort());
    expect(lines.map((l) => l.text)).toEqual([
      '1 Apr 2020 Exposure began (lasted 91 days)', '30 Jun 2020 Exposure ended', '6 Jul 2020 Discovered', '20 Jul 2020 Determined',
      '21 Jul 2020 Law-enforcement delay began', '4 Aug 2020 Law-enforcement delay ended', '10 Aug 2020 Today',
      '4 Sep 2020 Deadline: NM affected residents, still to do', '3 Oct 2020 Deadline: TX attorney general, still to do',
      '3 Oct 2020 Deadline: TX affected residents, still to do',
    ]);
  });

  it('names the bad field when an event cannot be recorded, keeping what was typed', async () => {
    const res = await officer.post(`/ui/incidents/${incidentId}/events`, { type: 'disclosed_publicly', at: '2020-13-45' });
    expect(res.status).toBe(400);
    expect(res.body).toContain('error-summary');
    expect(res.body).toContain('value="2020-13-45"');
  });

  it('lets an auditor read but offers no forms, and refuses their posts', async () => {
    const auditor = await signInUi(h.app, h.auditorToken);
    const res = await auditor.get(`/ui/incidents/${incidentId}`);
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('Record notice');
    expect((await auditor.post(`/ui/incidents/${incidentId}/notices`, { recipient: 'attorney_general', jurisdiction: 'TX', at: '2020-08-10' })).status).toBe(403);
  });

  it('imports residents from an uploaded file and follows its progress', async () => {
    const body = multipart('payments.csv', PAYMENTS);
    const up = await h.app.inject({ method: 'POST', url: `/ui/incidents/${incidentId}/imports?_csrf=${officer.csrf}`, payload: body.payload, headers: { cookie: officer.cookie, 'content-type': body.contentType } });
    expect(up.statusCode).toBe(303);
    const page = await officer.get(`/ui/incidents/${incidentId}`);
    const importId = /\/ui\/imports\/([0-9a-f-]{36})\/progress\.json/.exec(page.body)?.[1] ?? /id="import-([0-9a-f-]{36})"/.exec(page.body)?.[1];
    expect(importId).toBeTruthy();
    const done = await waitFor(async () => {
      const p = JSON.parse((await officer.get(`/ui/imports/${importId}/progress.json`)).body);
      return p.finished ? p : null;
    }, { what: 'the import' });
    expect(done).toMatchObject({ percent: 100, finished: true });
    expect(done.text).toContain('6 residents');
    expect((await officer.get(`/ui/incidents/${incidentId}`)).body).toContain('Finished: 6 payments accepted');
  });

  it('records a notice from its obligation row, and the dashboard turns green once every notice is recorded', async () => {
    await assessed(incidentId);
    const page = await officer.get(`/ui/incidents/${incidentId}`);
    const rows = [...page.body.matchAll(/name="obligation" value="([^"]+)">\s*<input type="hidden" name="recipient" value="([^"]+)">\s*<input type="hidden" name="jurisdiction" value="([^"]+)">/g)];
    // The six imported residents replace the filed estimate: too few Texans for the attorney general.
    expect(rows.map((r) => `${r[3]}-${r[2]}`).sort()).toEqual(['NM-individuals', 'TX-individuals']);
    for (const [, obligation, recipient, jurisdiction] of rows) {
      const res = await officer.post(`/ui/incidents/${incidentId}/notices`, { obligation: obligation!, recipient: recipient!, jurisdiction: jurisdiction!, at: '2020-08-10' });
      expect(res.status).toBe(303);
      expect(res.location).toBe(`/ui/incidents/${incidentId}#obligations`);
    }
    await assessed(incidentId);
    const after = await officer.get(`/ui/incidents/${incidentId}`);
    expect(after.body).toMatch(/data-testid="obligation-TX-individuals"[\s\S]*?Done on time/);
    const told = timelineLines(after.body).map((l) => l.text);
    expect(told).toContain('10 Aug 2020 Notice sent: Affected residents, TX');
    expect(told).toContain('10 Aug 2020 Notice sent: Affected residents, NM');
    expect(told).toContain('3 Oct 2020 Deadline: TX affected residents, met');
    const dash = await officer.get('/ui/');
    expect(dash.body).toContain('data-testid="all-clear"');
  });
});

describe('another organisation', () => {
  it('sees none of it: every page and action is a 404', async () => {
    const other = await createOrganizationWithAdmin(h.db, { name: 'City of Midland', kind: 'municipality', state: 'TX', timezone: 'America/Chicago', adminEmail: 'admin@midland.example.gov', adminName: 'Admin' });
    if (!other.ok) throw new Error('second organisation');
    const s = await signInUi(h.app, other.token);
    const imports = (await h.request('GET', `/v1/incidents/${incidentId}/imports`)).body.imports;
    for (const url of [`/ui/incidents/${incidentId}`, `/ui/incidents/${incidentId}/progress.json`, `/ui/imports/${imports[0].id}/progress.json`]) {
      const res = await s.get(url);
      expect(res.status, url).toBe(404);
      expect(res.body).not.toContain('Click2Gov');
    }
    const events = (await h.request('GET', `/v1/incidents/${incidentId}`)).body.incident.events.length;
    expect((await s.post(`/ui/incidents/${incidentId}/notices`, { recipient: 'attorney_general', jurisdiction: 'TX', at: '2020-08-10' })).status).toBe(404);
    expect((await h.request('GET', `/v1/incidents/${incidentId}`)).body.incident.events.length).toBe(events);
    const dash = await s.get('/ui/');
    expect(dash.body).not.toContain('Click2Gov');
  });
});

describe('calendar page', () => {
  it('makes a personal link once, which serves the due dates', async () => {
    const page = await officer.get('/ui/calendar');
    expect(page.body).toContain('no calendar link yet');
    const made = await officer.post('/ui/calendar/link', {});
    const url = /data-testid="calendar-url" class="wide"|value="([^"]+\.ics)"/.exec(made.body);
    const link = /value="(http[^"]+\.ics)"/.exec(made.body)?.[1];
    expect(url && link).toBeTruthy();
    const ics = await h.app.inject({ method: 'GET', url: new URL(link!).pathname });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect((await officer.get('/ui/calendar')).body).toContain('You have a calendar link');
  });
});
