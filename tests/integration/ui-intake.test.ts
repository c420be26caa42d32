// The incident intake form through the web app: every control labelled, Odessa 2020 filed through
// the API's own service, errors shown next to their fields with the draft intact, rows added and
// removed without JavaScript, and nothing stored without a form token or by an auditor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { encodeForm, signInUi, type UiSession } from '../helpers/ui-session.js';

let h: Harness;
let clerk: UiSession;

const URL_NEW = '/ui/incidents/new';

const odessaForm = (): Record<string, string | string[]> => ({
  action: 'file',
  title: 'Click2Gov one-time payment compromise',
  summary: 'Card data skimmed from the "one-time" payment page & sent elsewhere.',
  contacts: 'clerk@odessa-tx.gov\nprivacy@odessa-tx.gov',
  'system-name': 'Click2Gov',
  'system-vendor': 'CentralSquare Technologies',
  'component-0-name': 'Oracle WebLogic Server',
  'component-0-cves': 'CVE-2017-10271',
  dataElements: ['name', 'billing_address', 'card_number', 'card_expiration', 'card_security_code'],
  encrypted: 'no',
  'window-0-start': '2020-04',
  'window-0-end': '2020-06',
  'window-0-channel': 'one_time_payment',
  'discovered-at': '2020-07-06',
  'discovered-source': 'vendor_notice',
  'vendor-notified-at': '',
  'determined-at': '2020-07-20',
  'delay-0-start': '2020-07-21',
  'delay-0-end': '2020-08-04',
  'delay-0-agency': 'FBI',
  'disclosed-at': '',
  'notice-0-recipient': '',
  'notice-0-jurisdiction': '',
  'notice-0-at': '',
  'state-0-code': 'TX',
  'state-0-count': '2300',
  'state-1-code': 'NM',
  'state-1-count': '14',
});

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#x60;/g, '`').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');

/** The value a control shows in the page, whatever kind of control it is. */
function shown(html: string, id: string): string | null {
  const textarea = new RegExp(`<textarea[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  if (textarea) return decode(textarea[1]!);
  const select = new RegExp(`<select[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
  if (select) return decode(/<option value="([^"]*)" selected>/.exec(select[1]!)?.[1] ?? '');
  const input = new RegExp(`<input[^>]*\\bid="${id}"[^>]*>`).exec(html);
  return input ? decode(/\bvalue="([^"]*)"/.exec(input[0])?.[1] ?? '') : null;
}

const tagOf = (html: string, id: string) => new RegExp(`<(?:input|select|textarea)[^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0] ?? '';
const checked = (html: string, id: string) => /\bchecked\b/.test(tagOf(html, id));

/** Every value of the form is on the page again, in its own control. */
function expectDraftKept(html: string, form: Record<string, string | string[]>, skip: string[] = []) {
  for (const [name, value] of Object.entries(form)) {
    if (['action', 'encrypted', ...skip].includes(name)) continue;
    if (name === 'dataElements') {
      for (const code of value as string[]) expect(checked(html, `data-${code}`), code).toBe(true);
      continue;
    }
    expect(shown(html, name), name).toBe(value);
  }
  expect(checked(html, form.encrypted === 'yes' ? 'encrypted-yes' : 'encrypted-no')).toBe(true);
}

async function incidentCount(): Promise<number> {
  return (await h.request('GET', '/v1/incidents', { token: h.officerToken })).body.incidents.length;
}

beforeAll(async () => {
  h = await startHarness({ workers: false });
  clerk = await signInUi(h.app, h.clerkToken);
});
afterAll(async () => {
  await h?.close();
});

describe('incident intake form', () => {
  it('shows an empty form whose every control has a label, one window row and one state row', async () => {
    const res = await clerk.get(URL_NEW);
    expect(res.status).toBe(200);
    const controls = [...res.body.matchAll(/<(input|select|textarea)\b[^>]*>/g)].map((m) => m[0]).filter((t) => !/type="hidden"/.test(t));
    expect(controls.length).toBeGreaterThan(40);
    for (const tag of controls) {
      const id = /\bid="([^"]+)"/.exec(tag)?.[1];
      expect(id, tag).toBeTruthy();
      expect(res.body, `label for ${id}`).toContain(`<label for="${id}">`);
    }
    expect(new Set(controls.map((t) => /\bid="([^"]+)"/.exec(t)![1])).size).toBe(controls.length);
    expect(res.body).toContain('id="window-0-start"');
    expect(res.body).not.toContain('id="window-1-start"');
    expect(res.body).toContain('id="state-0-code"');
    expect(res.body).toContain('Payment card number');
    expect(res.body).toContain('<legend>Exposure window 1</legend>');
    expect(res.body).not.toContain('[object');
    expect(shown(res.body, 'contacts')).toMatch(/@/);
    // Enter in a text box presses the form's first submit button: it must file, not add a row.
    const form = res.body.slice(res.body.indexOf('<form method="post" action="/ui/incidents/new"'));
    expect(/<button type="submit"[^>]*>/.exec(form)![0]).toContain('value="file"');
  });

  it('files Odessa 2020 through the API’s service and redirects to the incident', async () => {
    const res = await clerk.post(URL_NEW, odessaForm());
    expect(res.status).toBe(303);
    const id = /^\/ui\/incidents\/([0-9a-f-]{36})$/.exec(res.location ?? '')?.[1];
    expect(id, res.location).toBeTruthy();
    const got = await h.request('GET', `/v1/incidents/${id}`, { token: h.officerToken });
    expect(got.status).toBe(200);
    const incident = got.body.incident;
    expect(incident.title).toBe('Click2Gov one-time payment compromise');
    expect(incident.contacts).toEqual(['clerk@odessa-tx.gov', 'privacy@odessa-tx.gov']);
    expect(incident.file.exposure).toEqual([{ start: '2020-04', end: '2020-06', channel: 'one_time_payment' }]);
    expect(incident.file.affected).toEqual({ byState: { TX: 2300, NM: 14 } });
    expect(incident.file).not.toHaveProperty('organization');
    expect(incident.events.map((e: { type: string; on: string }) => `${e.type} ${e.on}`)).toEqual([
      'discovered 2020-07-06',
      'determined 2020-07-20',
      'law_enforcement_delay 2020-07-21',
    ]);
    expect(incident.events[0].source).toBe('vendor_notice');
  });

  it('shows the parser’s errors next to their fields and keeps every value typed', async () => {
    const before = await incidentCount();
    const form = { ...odessaForm(), title: '', 'window-0-start': '2020-13-45' };
    const res = await clerk.post(URL_NEW, form);
    expect(res.status).toBe(400);
    expect(await incidentCount()).toBe(before);
    const summary = /<div class="error-summary" role="alert" tabindex="-1"[\s\S]*?<\/div>/.exec(res.body)?.[0] ?? '';
    expect(summary).toContain('href="#title"');
    expect(summary).toContain('href="#window-0-start"');
    expect(summary).toContain('Title is required.');
    for (const id of ['title', 'window-0-start']) {
      expect(tagOf(res.body, id)).toContain('aria-invalid="true"');
      expect(tagOf(res.body, id)).toContain(`${id}-error`);
      expect(res.body).toContain(`id="${id}-error"`);
    }
    expect(tagOf(res.body, 'window-0-end')).not.toContain('aria-invalid');
    expectDraftKept(res.body, form);
  });

  it('maps a count that is not a number and a state left unchosen to their rows', async () => {
    const form = { ...odessaForm(), 'state-1-code': '', 'state-0-count': 'about 2300' };
    const res = await clerk.post(URL_NEW, form);
    expect(res.status).toBe(400);
    expect(tagOf(res.body, 'state-0-count')).toContain('aria-invalid="true"');
    expect(tagOf(res.body, 'state-1-code')).toContain('aria-invalid="true"');
    expect(res.body).toContain('Residents in Texas must be a whole number');
    expectDraftKept(res.body, form);
  });

  it('adds and removes rows without JavaScript, keeping the draft', async () => {
    const before = await incidentCount();
    const added = await clerk.post(URL_NEW, { ...odessaForm(), action: 'add-window' });
    expect(added.status).toBe(200);
    expect(tagOf(added.body, 'window-1-start')).toContain('autofocus');
    expect(added.body).not.toContain('error-summary');
    expectDraftKept(added.body, odessaForm());

    const two = { ...odessaForm(), 'window-1-start': '2020-08-01', 'window-1-end': '2020-08-31', 'window-1-channel': 'autopay' };
    const removed = await clerk.post(URL_NEW, { ...two, action: 'remove-window-0' });
    expect(removed.status).toBe(200);
    expect(shown(removed.body, 'window-0-start')).toBe('2020-08-01');
    expect(shown(removed.body, 'window-0-channel')).toBe('autopay');
    expect(removed.body).not.toContain('id="window-1-start"');
    expect(removed.body).toMatch(/<button[^>]*id="add-window" autofocus>/);
    expectDraftKept(removed.body, { ...odessaForm(), 'window-0-start': '2020-08-01', 'window-0-end': '2020-08-31', 'window-0-channel': 'autopay' });

    const moreStates = await clerk.post(URL_NEW, { ...odessaForm(), action: 'remove-state-0' });
    expect(shown(moreStates.body, 'state-0-code')).toBe('NM');
    expect(await incidentCount()).toBe(before);
  });

  it('escapes hostile text when showing the draft again', async () => {
    const res = await clerk.post(URL_NEW, { ...odessaForm(), title: '<script>alert(1)</script>', 'discovered-at': '"><img src=x onerror=alert(1)>' });
    expect(res.status).toBe(400);
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(res.body).not.toContain('<img src=x');
    expect(shown(res.body, 'title')).toBe('<script>alert(1)</script>');
    expect(shown(res.body, 'discovered-at')).toBe('"><img src=x onerror=alert(1)>');
  });

  it('stores nothing without the form token, and shows the draft again to be sent by hand', async () => {
    const before = await incidentCount();
    for (const token of [null, 'a-token-from-an-earlier-session']) {
      const res = await clerk.post(URL_NEW, { ...odessaForm(), _csrf: token });
      expect(res.status).toBe(403);
      expect(res.body).toContain('was not sent and nothing was saved');
      expectDraftKept(res.body, odessaForm());
      // The form shown again carries this session's own token, so pressing the button works.
      expect(res.body).toContain(`name="_csrf" value="${clerk.csrf}"`);
    }
    expect(await incidentCount()).toBe(before);
  });

  describe('when the session ended while the clerk was typing', () => {
    const anonymousPost = async (url: string, fields: Record<string, string | string[]>) => {
      const res = await h.app.inject({ method: 'POST', url, payload: encodeForm(fields), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      return { status: res.statusCode, body: res.body, location: res.headers.location as string | undefined, cookies: ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []) };
    };
    const keptOf = (html: string) => decode(/<input type="hidden" name="kept" value="([^"]*)">/.exec(html)?.[1] ?? '');

    it('asks them to sign in again, carrying the draft, and stores nothing', async () => {
      const before = await incidentCount();
      const res = await anonymousPost(URL_NEW, { ...odessaForm(), _csrf: 'from-the-dead-session' });
      expect(res.status).toBe(401);
      expect(res.body).toContain('Your session has ended');
      expect(res.body).toContain('name="next" value="/ui/incidents/new"');
      const kept = JSON.parse(keptOf(res.body));
      expect(kept).toEqual(odessaForm());
      expect(kept._csrf).toBeUndefined();
      expect(await incidentCount()).toBe(before);
    });

    it('shows the whole draft again after signing in, without filing it', async () => {
      const before = await incidentCount();
      const asked = await anonymousPost(URL_NEW, odessaForm());
      const kept = keptOf(asked.body);

      const wrong = await anonymousPost('/ui/sign-in', { token: 'bd_not-a-real-token', next: URL_NEW, kept });
      expect(wrong.status).toBe(401);
      expect(keptOf(wrong.body)).toBe(kept);

      const back = await anonymousPost('/ui/sign-in', { token: h.clerkToken, next: URL_NEW, kept });
      expect(back.status).toBe(200);
      expect(back.body).toContain('You were signed out before this form was sent, so nothing was saved');
      expectDraftKept(back.body, odessaForm());
      expect(await incidentCount()).toBe(before);

      // The form shown belongs to the new session: sending it files the incident.
      const cookie = back.cookies.map((c) => c.split(';')[0]!).find((c) => c.startsWith('bd_session='))!;
      const csrf = /name="_csrf" value="([^"]+)"/.exec(back.body)![1]!;
      const filed = await h.app.inject({ method: 'POST', url: URL_NEW, payload: encodeForm({ _csrf: csrf, ...odessaForm() }), headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } });
      expect(filed.statusCode).toBe(303);
      expect(filed.headers.location).toMatch(/^\/ui\/incidents\/[0-9a-f-]{36}$/);
      expect(await incidentCount()).toBe(before + 1);
    });

    it('ignores a carried draft that is not a form, and signs in as usual', async () => {
      for (const kept of ['not json', '[1,2]', '{"title":42}']) {
        const res = await anonymousPost('/ui/sign-in', { token: h.clerkToken, next: URL_NEW, kept });
        expect(res.status, kept).toBe(303);
        expect(res.location).toBe(URL_NEW);
      }
    });

    it('still sends other forms posted without a session to the sign-in page', async () => {
      const res = await anonymousPost('/ui/sign-out', {});
      expect(res.status).toBe(303);
      expect(res.location).toBe('/ui/sign-in');
    });
  });

  it('tells an auditor they may not file, and stores nothing', async () => {
    const auditor = await signInUi(h.app, h.auditorToken);
    const before = await incidentCount();
    const page = await auditor.get(URL_NEW);
    expect(page.status).toBe(403);
    expect(page.body).toContain('may read but not change');
    const res = await auditor.post(URL_NEW, odessaForm());
    expect(res.status).toBe(403);
    expect(await incidentCount()).toBe(before);
  });
});
