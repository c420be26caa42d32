// The staff web app end to end, in Debian's Chromium driven by playwright-core, against the real
// API, workers, PostgreSQL, Redis and SMTP: a privacy officer files the Odessa 2020 incident
// through the form, watches its obligations and countdowns, imports the residents, reviews and
// approves the letters, sends them, records the notices and sees the dashboard turn green.
// Screenshots of every page land in tests/.output/ui/ for review. The clock is pinned to 10 Aug
// 2020, after the law-enforcement delay ended and before any deadline, as the city lived it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime, Settings } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from '../helpers/harness.js';
import { accessibilityViolations, launchChromium, recordForeignRequests, screenshot, SCREENSHOT_DIR, type TestBrowser } from '../helpers/browser.js';
import { waitFor } from '../helpers/wait.js';
import { odessaPaymentsCsv } from '../helpers/odessa-payments.js';

const PINNED = DateTime.fromISO('2020-08-10T15:00:00', { zone: 'America/Chicago' }).toMillis();
const STEP_MS = 30_000;

let h: Harness;
let chromium: TestBrowser;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;
let foreign: string[];
let incidentUrl: string;
let files: string;

/** Every page must pass axe's WCAG 2.1 AA rules; the list names what failed where. */
async function expectAccessible(name: string, p: Page = page) {
  const violations = await accessibilityViolations(p);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

/** A page with a progress bar reloads itself when the work ends: wait for that before looking. */
async function settled(p: Page) {
  await expect.poll(() => p.locator('progress[data-poll]').count(), { timeout: 90_000 }).toBe(0);
  await p.waitForLoadState('load');
}

async function shoot(name: string) {
  await settled(page);
  await screenshot(page, name);
  await expectAccessible(name);
}

beforeAll(async () => {
  Settings.now = () => PINNED;
  h = await startHarness();
  await h.app.listen({ host: '127.0.0.1', port: 0 });
  const address = h.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  chromium = await launchChromium();
  browser = chromium.browser;
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  context.setDefaultTimeout(STEP_MS);
  page = await context.newPage();
  foreign = recordForeignRequests(page, base);
  files = mkdtempSync(join(tmpdir(), 'breachdesk-ui-'));
}, 120_000);

afterAll(async () => {
  Settings.now = () => Date.now();
  await chromium?.close();
  await h?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

describe.sequential('a privacy officer handles Odessa 2020 in the browser', { timeout: 240_000 }, () => {
  it('signs in with a token', async () => {
    await page.goto(`${base}/`);
    await expect.poll(() => page.url()).toContain('/ui/sign-in');
    await shoot('01-sign-in');
    await page.fill('#token', h.officerToken);
    await page.press('#token', 'Enter');
    await page.waitForURL(`${base}/ui/`);
    await expect.poll(() => page.textContent('main h1')).toBe('Dashboard');
    await shoot('02-dashboard-empty');
  });

  it('files the incident through the form, keeping the draft when a date is wrong', async () => {
    await page.click('nav[aria-label=Main] >> text=File an incident');
    await page.fill('#title', 'Click2Gov one-time payment compromise');
    await page.fill('#system-name', 'Click2Gov');
    await page.fill('#system-vendor', 'CentralSquare Technologies');
    await page.fill('#component-0-name', 'Oracle WebLogic Server');
    await page.fill('#component-0-cves', 'CVE-2017-10271');
    for (const code of ['name', 'billing_address', 'card_number', 'card_expiration', 'card_security_code']) await page.check(`#data-${code}`);
    await page.check('#encrypted-no');
    await page.fill('#window-0-start', '2020-04');
    await page.fill('#window-0-end', '2020-13'); // a typo: there is no 13th month
    await page.selectOption('#window-0-channel', 'one_time_payment');
    await page.fill('#discovered-at', '2020-07-06');
    await page.selectOption('#discovered-source', 'vendor_notice');
    await page.fill('#determined-at', '2020-07-20');
    await page.fill('#delay-0-start', '2020-07-21');
    await page.fill('#delay-0-end', '2020-08-04');
    await page.selectOption('#state-0-code', 'TX');
    await page.fill('#state-0-count', '2,300');
    await page.click('#add-state');
    await page.selectOption('#state-1-code', 'NM');
    await page.fill('#state-1-count', '14');
    await shoot('03-intake-form');
    await page.click('#file-incident');

    // Refused, with the error next to the field and everything typed still there.
    await expect.poll(() => page.getAttribute('#window-0-end', 'aria-invalid')).toBe('true');
    expect(await page.locator('.error-summary').textContent()).toContain('month');
    expect(await page.inputValue('#title')).toBe('Click2Gov one-time payment compromise');
    expect(await page.inputValue('#state-1-count')).toBe('14');
    expect(await page.isChecked('#data-card_security_code')).toBe(true);
    await shoot('04-intake-error');

    await page.fill('#window-0-end', '2020-06');
    // The session ends while the form is open (12 hours is a long lunch): nothing typed is lost.
    await context.clearCookies();
    await page.click('#file-incident');
    await expect.poll(() => page.textContent('main h1')).toBe('Sign in');
    expect(await page.locator('.notice').textContent()).toContain('what you typed is kept');
    await shoot('04a-signed-out-draft-kept');
    await page.fill('#token', h.officerToken);
    await page.press('#token', 'Enter');
    await expect.poll(() => page.textContent('main h1')).toBe('File an incident');
    expect(await page.locator('.notice').textContent()).toContain('nothing was saved');
    expect(await page.inputValue('#window-0-end')).toBe('2020-06');
    expect(await page.inputValue('#state-1-count')).toBe('14');
    expect(await page.isChecked('#data-card_security_code')).toBe(true);
    await shoot('04b-draft-back-after-sign-in');
    await page.click('#file-incident');
    await page.waitForURL(/\/ui\/incidents\/[0-9a-f-]{36}/);
    incidentUrl = page.url().split('#')[0]!;
  });

  it('shows the obligations with citations and countdowns, and the timeline', async () => {
    // The page follows the assessment and reloads itself when it is done.
    const ag = page.locator('[data-testid="obligation-TX-attorney_general"]');
    await ag.waitFor();
    expect(await ag.locator('[data-testid=countdown]').textContent()).toBe('54 days left');
    expect(await ag.textContent()).toContain('Tex. Bus. & Com. Code § 521.053(i)');
    expect(await page.locator('[data-testid="obligation-NM-individuals"] [data-testid=countdown]').textContent()).toBe('25 days left');
    const svg = page.locator('[data-testid=timeline] svg');
    expect(await svg.getAttribute('role')).toBe('img');
    const desc = await svg.locator('desc').textContent();
    expect(desc).toMatch(/Exposure 1 Apr 2020 to 30 Jun 2020/);
    // April–June sits left of discovery; the deadlines sit right of the law-enforcement delay.
    const box = async (sel: string) => (await svg.locator(sel).first().boundingBox())!;
    const exposure = await box('.tl-exposure');
    const deadline = await box('.tl-deadline');
    expect(exposure.x + exposure.width).toBeLessThan(deadline.x);
    await shoot('05-incident');
  });

  it('imports the residents with a progress bar', async () => {
    const csv = join(files, 'odessa-payments.csv');
    writeFileSync(csv, odessaPaymentsCsv());
    await page.setInputFiles('#import-file', csv);
    await page.click('text=Import residents');
    await page.waitForURL(`${incidentUrl}#residents`);
    await expect.poll(() => page.locator('[data-testid=import]').first().textContent(), { timeout: 60_000 }).toContain('Finished');
    expect(await page.locator('[data-testid=import]').first().textContent()).toContain('262 payments accepted');
    await shoot('06-residents-imported');
  });

  it('reviews the letters: counts, a resident\'s letter as it will be sent, the content check', async () => {
    await page.click('nav[aria-label="This incident"] >> text=Letters');
    // Drafting starts after the import; the page follows it and reloads when it is done.
    await page.locator('[data-testid=approve-TX]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=counts-by-state] [data-code=TX]').textContent()).toContain('260');
    expect(await page.locator('[data-testid=counts-by-language]').textContent()).toMatch(/Spanish|es/);
    expect(await page.locator('[data-testid=check-summary]').textContent()).toBeTruthy();
    await shoot('07-letters');
    // Fifty letters a page: page on until María García's.
    const maria = page.locator('[data-testid=letter-row]', { hasText: 'García' });
    for (let i = 0; i < 6 && !(await maria.count()); i++) await page.click('text=Next 50 letters');
    await maria.locator('[data-testid=preview-link]').click();
    expect(await page.locator('[data-testid=verify-result]').textContent()).toContain('Matches the stored letter');
    expect(await page.locator('[data-testid=content-check]').textContent()).toBeTruthy();
    const frame = page.frameLocator('[data-testid=letter-frame]');
    await expect.poll(() => frame.locator('body').textContent()).toContain('García');
    await shoot('08-letter-preview');
    await page.click('[data-testid=back-to-letters]');
  });

  it('approves by state, sends the e-mails to the mail server and exports the print batch', async () => {
    await page.click('[data-testid=approve-TX]');
    await expect.poll(() => page.locator('.flash').textContent()).toMatch(/261 Texas letters approved/);
    await page.click('[data-testid=approve-NM]');
    await expect.poll(() => page.locator('.flash').textContent()).toMatch(/New Mexico letters? approved/);
    page.once('dialog', (d) => void d.accept());
    await page.click('[data-testid=send-letters]');
    await h.smtp.waitForMessages(4, 60_000);
    const to = h.smtp.messages.map((m) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((a) => a!.value.map((v) => v.address))).flat().sort();
    expect(to).toEqual(['ana@example.com', 'bob@example.com', 'john@example.com', 'maria@example.com']);
    await expect.poll(async () => { await page.reload(); return page.locator('[data-testid=email-sent]').textContent(); }, { timeout: 60_000 }).toContain('4');

    await page.click('[data-testid=print-export]');
    const batch = page.locator('[data-testid=batch-download]').first();
    await batch.waitFor({ timeout: 90_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), batch.click()]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await shoot('09-letters-sent-and-printed');
  });

  it('records each notice in two clicks (one of them by keyboard) and the dashboard turns green', async () => {
    await page.goto(incidentUrl);
    const openRows = page.locator('tr:has([data-testid=record-notice])');
    await openRows.first().waitFor();
    const total = await openRows.count();
    expect(total).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < total; i++) {
      const row = openRows.first();
      if (i === 0) {
        await row.locator('[data-testid=record-notice]').focus();
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toMatch(/^notice-at-/);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
      } else {
        await row.locator('[data-testid=record-notice]').click();
        await row.locator('[data-testid=record-notice-submit]').click();
      }
      await expect.poll(() => page.locator('.flash').textContent()).toContain('recorded for 2020-08-10');
      // The obligations are worked out again; the page reloads itself when they are.
      await page.locator('[data-testid=assessing]').waitFor({ state: 'detached', timeout: 60_000 });
      await expect.poll(() => openRows.count()).toBe(total - i - 1);
    }
    expect(await page.locator('[data-testid="obligation-TX-attorney_general"] [data-testid=countdown]').textContent()).toBe('Done on time');
    await shoot('10-incident-notices-recorded');

    await page.click('nav[aria-label=Main] >> text=Dashboard');
    const green = page.locator('[data-testid=all-clear]');
    await green.waitFor();
    expect(await green.evaluate((el) => (globalThis as unknown as { getComputedStyle: (e: unknown) => { backgroundColor: string } }).getComputedStyle(el).backgroundColor)).toBe('rgb(227, 244, 232)');
    await page.check('#f-done');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    expect(await page.locator('[data-testid=obligation-row].tone-met').count()).toBe(total);
    await shoot('11-dashboard-green');
  });

  it('gives a calendar link whose feed holds the due dates', async () => {
    await page.click('nav[aria-label=Main] >> text=Calendar');
    await page.click('text=Make my calendar link');
    const url = await page.inputValue('[data-testid=calendar-url]');
    await shoot('12-calendar');
    const feed = await page.request.get(url.replace(/^https?:\/\/[^/]+/, base));
    expect(feed.headers()['content-type']).toContain('text/calendar');
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20201003');
  });

  it('reads on a phone: nothing wider than the screen', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    for (const [name, path] of [['13-phone-dashboard', '/ui/'], ['14-phone-incident', new URL(incidentUrl).pathname], ['15-phone-letters', `${new URL(incidentUrl).pathname}/letters`], ['16-phone-intake', '/ui/incidents/new']] as const) {
      await phone.goto(`${base}${path}`);
      const overflow = await phone.evaluate(() => {
        const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
        return d.scrollWidth - d.clientWidth;
      });
      expect(overflow, name).toBeLessThanOrEqual(0);
      await settled(phone);
      await screenshot(phone, name);
      await expectAccessible(name, phone);
    }
    // The picture is wider than a phone and scrolls sideways; the same story reads as a list.
    await phone.goto(incidentUrl);
    await settled(phone);
    const list = phone.getByTestId('timeline-list');
    await list.locator('summary').click();
    const lines = list.locator('li');
    expect(await lines.count()).toBeGreaterThanOrEqual(10);
    await expect.poll(() => lines.first().innerText()).toMatch(/^1 Apr 2020\s+Exposure began/);
    for (const box of await Promise.all((await lines.all()).map((l) => l.boundingBox()))) expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await expectAccessible('14b-phone-timeline-list', phone);
    await list.scrollIntoViewIfNeeded();
    await list.screenshot({ path: `${SCREENSHOT_DIR}/14b-phone-timeline-list.png` });
    await phone.close();
  });

  it('draws Odessa 2020 as it happened: April–June exposure far left, the October notices far right', async () => {
    // Today, not 2020: the notices of 14 Oct 2020 are history, and today is left off the picture.
    Settings.now = () => Date.now();
    const file = JSON.parse(readFileSync('tests/fixtures/odessa-2020.json', 'utf8'));
    const filed = await h.request('POST', '/v1/incidents', { token: h.officerToken, body: { ...file, title: 'Odessa 2020, as it happened' } });
    await page.goto(`${base}/ui/incidents/${filed.body.incident.id}`);
    await page.locator('[data-testid="obligation-TX-attorney_general"]').waitFor();
    const svg = page.locator('[data-testid=timeline] svg');
    const box = async (sel: string) => (await svg.locator(sel).first().boundingBox())!;
    const [frame, exposure, notice] = [await svg.boundingBox(), await box('.tl-exposure'), await box('.tl-notice')];
    const at = (x: number) => (x - frame!.x) / frame!.width;
    expect(at(exposure.x + exposure.width)).toBeLessThan(0.6);
    expect(at(notice.x)).toBeGreaterThan(0.85);
    // The three and a half months between exposure and notice are a visible gap, not a sliver.
    expect(at(notice.x) - at(exposure.x + exposure.width)).toBeGreaterThan(0.3);
    await screenshot(page, '17-odessa-2020-as-it-happened');
    expect(await svg.locator('desc').textContent()).toMatch(/14 Oct 2020/);
  });

  it('asked for nothing from any other server', () => {
    expect(foreign).toEqual([]);
  });
});

