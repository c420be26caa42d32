// The per-user calendar feed end to end: an incident filed through the API and assessed by the
// worker, a secret link issued for the officer, and the feed fetched as a calendar client would
// (no token, no cookie) from the API's row-level-security pool.
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { waitFor } from '../helpers/wait.js';
import { createOrganizationWithAdmin, createUserToken } from '../../src/cli/admin.js';
import { createDb, type Db } from '../../src/db/database.js';
import { runInTenantScope } from '../../src/db/tenant-scope.js';
import { createLogger } from '../../src/logger.js';
import { catalogue } from '../../src/rules/index.js';
import { calendarFeedRoutes } from '../../src/http/ui/calendar-feed.routes.js';
import { issueCalendarFeed, revokeCalendarFeed, type FeedPrincipal } from '../../src/services/calendar-feed.service.js';

const incidentFile = (title: string) => {
  const d = JSON.parse(readFileSync(new URL('../fixtures/odessa-2020-before-notice.json', import.meta.url), 'utf8'));
  delete d.organization;
  return { ...d, title };
};

const RESIDENT = 'Quentin Tenantson';
const OTHER_TITLE = 'Midland water billing breach';
const CLOSED_TITLE = 'Closed parking permit incident';

let h: Harness;
let apiDb: Db;
let feedApp: FastifyInstance;
let officer: FeedPrincipal;
let openIncident: string;
let other: { organizationId: string; officer: FeedPrincipal; incident: string };

/** Content lines with folding undone, and the events keyed by UID (each UID counted). */
function parse(ics: string) {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) current[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1);
  }
  return { lines, events };
}

async function fileAndAssess(token: string, title: string): Promise<string> {
  const res = await h.request('POST', '/v1/incidents', { token, body: incidentFile(title) });
  expect(res.status).toBe(201);
  const id = res.body.incident.id as string;
  await waitFor(async () => (await h.request('GET', `/v1/incidents/${id}/obligations`, { token })).body.assessmentUpToDate, { what: `assessment of ${title}` });
  return id;
}

async function principalFor(organizationId: string, email: string): Promise<FeedPrincipal> {
  const u = await h.db.selectFrom('users').select('id').where('organization_id', '=', organizationId).where('email', '=', email).executeTakeFirstOrThrow();
  return { userId: u.id, organizationId, email };
}

const issue = (p: FeedPrincipal) => runInTenantScope({ organizationId: p.organizationId }, () => issueCalendarFeed(apiDb, p, h.config.appUrl));
const fetchFeed = (url: string) => feedApp.inject({ method: 'GET', url: url.startsWith('http') ? new URL(url).pathname : url });
/** The body with folding undone, so a search cannot miss a name split across two lines. */
const unfolded = (body: string) => body.replace(/\r\n[ \t]/g, '');

beforeAll(async () => {
  h = await startHarness();
  apiDb = createDb(h.config.databaseUrl, 2, { tenantScopeRequired: true });
  feedApp = Fastify();
  await feedApp.register(async (ui) => calendarFeedRoutes(ui, { db: apiDb, queues: h.queues, config: h.config, log: createLogger('silent', 'test'), catalogue }), { prefix: '/ui' });
  await feedApp.ready();

  officer = await principalFor(h.organizationId, 'officer@odessa-tx.gov');
  openIncident = await fileAndAssess(h.officerToken, 'Click2Gov one-time payment compromise');
  const closed = await fileAndAssess(h.officerToken, CLOSED_TITLE);
  await h.db.updateTable('incidents').set({ status: 'closed', closed_at: sql<string>`now()` }).where('id', '=', closed).execute();
  await h.db
    .insertInto('residents')
    .values({ organization_id: h.organizationId, incident_id: openIncident, source_ref: 'R-1', name: RESIDENT, address: ['77 Privacy Lane'], language: 'en', state: 'TX' })
    .execute();

  const org = await createOrganizationWithAdmin(h.db, { name: 'City of Midland', kind: 'municipality', state: 'TX', timezone: 'America/Chicago', adminEmail: 'admin@midland.example.gov', adminName: 'Admin' });
  if (!org.ok) throw new Error('could not create the second organisation');
  const t = await createUserToken(h.db, { org: org.organizationId, email: 'officer@midland.example.gov', role: 'officer' });
  if (!t.ok) throw new Error('could not create a token');
  other = { organizationId: org.organizationId, officer: await principalFor(org.organizationId, 'officer@midland.example.gov'), incident: await fileAndAssess(t.token, OTHER_TITLE) };
}, 120_000);

afterAll(async () => {
  await feedApp?.close();
  await apiDb?.destroy();
  await h?.close();
});

async function expectedObligations(organizationId: string) {
  const rows = await h.db
    .selectFrom('obligations as o')
    .innerJoin('incidents as i', 'i.id', 'o.incident_id')
    .select(['o.id', 'o.due_date', sql<string | null>`o.detail->'deadline'->>'target'`.as('target')])
    .where('o.organization_id', '=', organizationId)
    .where('o.applicability', '=', 'applies')
    .where('o.recipient', '!=', 'data_owner')
    .where('i.status', '=', 'open')
    .execute();
  return rows.filter((r) => r.due_date || r.target).map((r) => ({ uid: `obligation-${r.id}@breachdesk`, date: (r.due_date ?? r.target)!.replaceAll('-', '') }));
}

describe('the calendar feed', () => {
  it("lists each of the organisation's dated deadlines once, and only the user's own planned reminders", async () => {
    const [first, second] = await h.db.selectFrom('obligations').select(['id', 'due_date']).where('incident_id', '=', openIncident).where('due_date', 'is not', null).orderBy('key').limit(2).execute();
    const reminder = (obligation: typeof first, sendOn: string, recipients: string[], status: 'planned' | 'sent') => ({
      organization_id: h.organizationId, incident_id: openIncident, obligation_id: obligation!.id, due_date: obligation!.due_date!, send_on: sendOn, days_before: 7, status, recipients,
    });
    const reminders = await h.db
      .insertInto('reminders')
      .values([
        reminder(first, '2020-09-01', ['Officer@Odessa-TX.gov', 'clerk@odessa-tx.gov'], 'planned'),
        reminder(first, '2020-09-02', ['clerk@odessa-tx.gov'], 'planned'),
        reminder(second, '2020-09-03', ['officer@odessa-tx.gov'], 'sent'),
      ])
      .returning('id')
      .execute();

    const { url } = await issue(officer);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/ui\/calendar\/cal_[A-Za-z0-9_-]{43}\.ics$/);
    const res = await fetchFeed(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    expect(res.headers['content-disposition']).toBe('inline; filename="breachdesk.ics"');

    const { lines, events } = parse(res.body);
    expect(lines).toContain('X-WR-CALNAME:breachdesk — officer@odessa-tx.gov');
    const expected = await expectedObligations(h.organizationId);
    expect(expected.length).toBeGreaterThan(2);
    const uids = events.map((e) => e.UID!);
    for (const o of expected) {
      expect(uids.filter((u) => u === o.uid)).toHaveLength(1);
      expect(events.find((e) => e.UID === o.uid)!['DTSTART;VALUE=DATE']).toBe(o.date);
    }
    expect(uids.filter((u) => u.startsWith('obligation-')).sort()).toEqual(expected.map((o) => o.uid).sort());
    expect(uids.filter((u) => u.startsWith('reminder-'))).toEqual([`reminder-${reminders[0]!.id}@breachdesk`]);
    expect(events.find((e) => e.UID!.startsWith('reminder-'))!['DTSTART;VALUE=DATE']).toBe('20200901');

    const text = unfolded(res.body);
    expect(text).toContain(`/ui/incidents/${openIncident}`);
    expect(text).not.toContain(CLOSED_TITLE);
    expect(text).not.toContain(RESIDENT);
    expect(text).not.toContain('Privacy Lane');
  });

  it("never shows another organisation's deadlines", async () => {
    const mine = await fetchFeed((await issue(officer)).url);
    const theirs = await fetchFeed((await issue(other.officer)).url);
    expect(theirs.statusCode).toBe(200);
    const otherIds = (await h.db.selectFrom('obligations').select('id').where('organization_id', '=', other.organizationId).execute()).map((r) => r.id);
    expect(otherIds.length).toBeGreaterThan(0);
    const mineText = unfolded(mine.body);
    for (const id of otherIds) expect(mineText).not.toContain(id);
    expect(mineText).not.toContain(OTHER_TITLE);
    expect(mineText).not.toContain(other.incident);

    const theirUids = parse(theirs.body).events.map((e) => e.UID).sort();
    expect(theirUids).toEqual((await expectedObligations(other.organizationId)).map((o) => o.uid).sort());
    expect(unfolded(theirs.body)).not.toContain(openIncident);
  });

  it('retires the old link when a new one is issued, and audits both without the secret', async () => {
    const old = await issue(officer);
    expect((await fetchFeed(old.url)).statusCode).toBe(200);
    const renewed = await issue(officer);
    expect(renewed.secret).not.toBe(old.secret);
    expect((await fetchFeed(old.url)).statusCode).toBe(404);
    expect((await fetchFeed(renewed.url)).statusCode).toBe(200);

    const live = await h.db.selectFrom('calendar_feeds').select('id').where('user_id', '=', officer.userId).where('revoked_at', 'is', null).execute();
    expect(live).toHaveLength(1);
    const audit = await h.db.selectFrom('audit_events').select(['action', 'entity_id', sql<string>`after::text`.as('after')]).where('organization_id', '=', h.organizationId).where('entity_type', '=', 'calendar_feed').execute();
    expect(audit.map((a) => a.action)).toContain('calendar_feed.issued');
    expect(audit.some((a) => a.entity_id === live[0]!.id)).toBe(true);
    for (const a of audit) {
      expect(a.after).not.toContain(old.secret);
      expect(a.after).not.toContain(renewed.secret);
    }
  });

  it('answers the same plain 404 for unknown, malformed and revoked links', async () => {
    const { url } = await issue(officer);
    const unknown = await fetchFeed(`/ui/calendar/cal_${Buffer.alloc(32, 7).toString('base64url')}.ics`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toBe('text/plain; charset=utf-8');
    const body = unknown.body;
    for (const bad of ['x.ics', 'cal_short.ics', new URL(url).pathname.split('/').pop()!.replace('.ics', ''), `${new URL(url).pathname.split('/').pop()!}x`, "cal_'%3B--.ics"]) {
      const res = await fetchFeed(`/ui/calendar/${bad}`);
      expect(res.statusCode, bad).toBe(404);
      expect(res.body).toBe(body);
    }
    expect(await runInTenantScope({ organizationId: officer.organizationId }, () => revokeCalendarFeed(apiDb, officer))).toBe(true);
    const revoked = await fetchFeed(url);
    expect(revoked.statusCode).toBe(404);
    expect(revoked.body).toBe(body);
  });
});
