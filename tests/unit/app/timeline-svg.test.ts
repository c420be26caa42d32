import { describe, expect, it } from 'vitest';
import { renderTimelineSvg, type TimelinePicture } from '../../../src/http/ui/timeline-svg.js';
import { blank, odessa } from '../../helpers/timeline-pictures.js';

const LANES = ['Exposure', 'Investigation', 'Law enforcement delay', 'Deadlines', 'Notices sent'];

/** A crude XML check: every tag well-formed and balanced, text and attributes fully escaped. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /^<(\/?)([A-Za-z][\w:-]*)((?:\s+[A-Za-z][\w:-]*="[^"<>]*")*)\s*(\/?)>$/;
  const badAmp = /&(?!#\d+;|amp;|lt;|gt;|quot;|apos;)/;
  let last = 0;
  for (const m of xml.matchAll(/<[^>]*>/g)) {
    const text = xml.slice(last, m.index);
    if (/[<>]/.test(text) || badAmp.test(text)) problems.push(`bad text: ${text}`);
    last = m.index + m[0].length;
    const t = tag.exec(m[0]);
    if (!t) { problems.push(`bad tag: ${m[0]}`); continue; }
    if (badAmp.test(t[3] ?? '')) problems.push(`bad attribute: ${m[0]}`);
    if (t[1] && t[4]) problems.push(`bad tag: ${m[0]}`);
    else if (t[1]) { if (stack.pop() !== t[2]) problems.push(`unbalanced: ${m[0]}`); }
    else if (!t[4]) stack.push(t[2]!);
    if (stack.length === 0 && last < xml.length) problems.push('content after the root element');
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(',')}`);
  if (!xml.startsWith('<svg ')) problems.push('root is not svg');
  return problems;
}

const num = (s: string | undefined) => Number(s);
const tickLabels = (svg: string) => [...svg.matchAll(/<text class="tl-tick" x="([\d.]+)"[^>]*>([^<]+)<\/text>/g)].map((m) => ({ x: num(m[1]), text: m[2]! }));
const tick = (svg: string, text: string) => tickLabels(svg).find((t) => t.text === text)?.x ?? NaN;
const markers = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`<g class="[^"]*\\b${cls}\\b[^"]*" transform="translate\\(([\\d.]+) ([\\d.]+)\\)">`, 'g'))].map((m) => ({ x: num(m[1]), y: num(m[2]) }));
const labels = (svg: string) => [...svg.matchAll(/<text class="tl-label" x="([\d.]+)" y="([\d.]+)">([^<]*)<\/text>/g)].map((m) => ({ x: num(m[1]), y: num(m[2]), text: m[3]! }));
const desc = (svg: string) => /<desc id="[^"]+">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
const viewWidth = (svg: string) => num(/viewBox="0 0 (\d+) /.exec(svg)?.[1]);

describe('renderTimelineSvg', () => {
  it('escapes hostile labels everywhere and stays well-formed', () => {
    const evil = `<script>alert("x")</script> & 'q'`;
    const svg = renderTimelineSvg({
      today: '2020-05-01',
      windows: [{ start: '2020-01-01', end: '2020-02-01', label: evil }],
      milestones: [{ on: '2020-03-01', kind: 'other', label: evil }],
      delays: [{ start: '2020-03-02', end: '2020-03-09', label: evil }],
      deadlines: [{ due: '2020-04-01', jurisdiction: evil, label: evil, status: 'open' }],
      notices: [{ on: '2020-04-02', jurisdiction: evil, label: evil }],
    });
    expect(svg).not.toMatch(/<script|alert\("|'q'/);
    expect(svg).toContain('&#60;script&#62;alert(&#34;x&#34;)');
    expect(svg).toContain('&#38; &#39;q&#39;');
    expect(xmlProblems(svg)).toEqual([]);
  });

  it('uses no scripts, styles or outside references and names its title and desc', () => {
    const svg = renderTimelineSvg(odessa);
    expect(svg).not.toMatch(/<script|<style|href|<image|<foreignObject|@import|style="/i);
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:|\/\//);
    for (const m of svg.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^#tl-[0-9a-f]+-hatch$/);
    const ids = /<svg [^>]*role="img" aria-labelledby="([^" ]+) ([^" ]+)"[^>]*width="100%"/.exec(svg);
    expect(ids).not.toBeNull();
    expect(svg).toContain(`<title id="${ids![1]}">`);
    expect(svg).toContain(`<desc id="${ids![2]}">`);
    expect(svg).toContain('font-family="system-ui, sans-serif"');
  });

  it('is deterministic', () => {
    expect(renderTimelineSvg(odessa)).toBe(renderTimelineSvg(structuredClone(odessa)));
  });

  it('draws Odessa 2020 with the April–June bar far left of the October notices', () => {
    const svg = renderTimelineSvg(odessa);
    expect(xmlProblems(svg)).toEqual([]);
    const bar = /<rect class="tl-exposure" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(svg);
    const left = num(bar?.[1]), right = left + num(bar?.[2]);
    expect(Math.abs(left - tick(svg, 'Apr 2020'))).toBeLessThan(1);
    expect(Math.abs(right - tick(svg, 'Jul 2020'))).toBeLessThan(1);
    const [discovered] = markers(svg, 'tl-milestone');
    expect(right).toBeLessThan(discovered!.x);
    const notice = markers(svg, 'tl-notice');
    const deadlines = markers(svg, 'tl-deadline');
    expect(notice).toHaveLength(1);          // two notices to TX on one day share a marker
    expect(deadlines).toHaveLength(2);
    for (const d of deadlines) expect(notice[0]!.x).toBeGreaterThan(d.x);
    expect(notice[0]!.x).toBeGreaterThan(0.85 * viewWidth(svg));
    expect(notice[0]!.x - right).toBeGreaterThan(0.35 * viewWidth(svg));
    expect(svg).toContain('TX 14 Oct 2020 (2 notices)');
    expect(svg).toContain('1 Apr – 30 Jun 2020');
  });

  it('labels months without overlap whatever the span, marking years', () => {
    const spans: [string, string][] = [['2020-04-01', '2020-10-14'], ['2019-11-20', '2021-08-01'], ['2012-01-01', '2025-06-30'], ['2020-06-01', '2020-06-03']];
    for (const [start, end] of spans) {
      const svg = renderTimelineSvg({ ...blank, windows: [{ start, end, label: 'w' }] });
      const ticks = tickLabels(svg);
      expect(ticks.length, `${start}..${end}`).toBeGreaterThanOrEqual(1);
      for (const t of ticks) expect(t.text).toMatch(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/);
      // "May 2020" at 13px system-ui is about 55px wide; centred labels need more than that apart.
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x, `${start}..${end}`).toBeGreaterThan(64);
    }
    const multiYear = renderTimelineSvg({ ...blank, windows: [{ start: '2019-11-20', end: '2021-08-01', label: 'w' }] });
    expect(multiYear).toMatch(/font-weight="700">Jan 2020<\/text>/);
    expect(multiYear).toMatch(/font-weight="700">Jan 2021<\/text>/);
  });

  it('omits empty lanes and puts deadlines of one jurisdiction on one row', () => {
    const onlyExposure = renderTimelineSvg({ ...blank, windows: odessa.windows });
    expect(onlyExposure).toContain('>Exposure</text>');
    for (const lane of LANES.slice(1)) expect(onlyExposure).not.toContain(`>${lane}</text>`);

    const all = renderTimelineSvg({ ...odessa, deadlines: [...odessa.deadlines, { due: '2020-09-17', jurisdiction: 'NM', label: 'NM individuals', status: 'open' }] });
    for (const lane of LANES) expect(all).toContain(`>${lane}</text>`);
    expect([...all.matchAll(/class="tl-row"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['TX', 'NM']);
    const [ag, individuals, nm] = markers(all, 'tl-deadline');
    expect(ag!.y).toBe(individuals!.y);
    expect(nm!.y).toBeGreaterThan(ag!.y);

    const noDeadlines = renderTimelineSvg({ ...odessa, deadlines: [] });
    expect(noDeadlines).not.toContain('>Deadlines</text>');
    expect(noDeadlines).toContain('>Notices sent</text>');
  });

  it('staggers labels that would overlap within a lane', () => {
    const crowded = renderTimelineSvg({
      ...blank,
      milestones: [
        { on: '2020-07-06', kind: 'discovered', label: '' }, { on: '2020-07-08', kind: 'notified_by_vendor', label: '' },
        { on: '2020-07-10', kind: 'scope_identified', label: '' }, { on: '2020-07-20', kind: 'determined', label: '' },
        { on: '2021-01-10', kind: 'disclosed_publicly', label: '' },
      ],
    });
    const placed = labels(crowded);
    expect(placed).toHaveLength(5);
    for (const a of placed) {
      for (const b of placed) {
        if (a === b || a.y !== b.y) continue;
        const [first, second] = a.x < b.x ? [a, b] : [b, a];
        expect(first.x + first.text.length * 7, `${first.text} / ${second.text}`).toBeLessThanOrEqual(second.x);
      }
    }
    expect(new Set(placed.map((l) => l.y)).size).toBeGreaterThan(1);
  });

  it('tells the story in date order in the desc', () => {
    const shuffled: TimelinePicture = {
      ...odessa,
      milestones: [...odessa.milestones].reverse(),
      deadlines: [...odessa.deadlines].reverse(),
    };
    const text = desc(renderTimelineSvg(shuffled));
    const story = ['Exposure 1 Apr 2020 to 30 Jun 2020', 'discovered 6 Jul 2020', 'determined 20 Jul 2020', 'law-enforcement delay 21 Jul 2020 to 4 Aug 2020',
      'TX AG (TX) due 3 Sep 2020, late', 'TX individuals (TX) due 17 Sep 2020, late', 'disclosed publicly 14 Oct 2020', 'notice sent to TX (Individuals) 14 Oct 2020'];
    const at = story.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0), text).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain('today');
  });

  it('leaves today off when it is long after the incident and draws it when close', () => {
    const far = renderTimelineSvg(odessa);
    expect(far).not.toContain('tl-today');
    expect(tickLabels(far).map((t) => t.text)).not.toContain('Jan 2021');
    expect(far).not.toContain('2026');

    const near = renderTimelineSvg({ ...odessa, today: '2020-11-20' });
    expect(near).toContain('class="tl-today"');
    expect(near).toContain('Today 20 Nov 2020');
    expect(tickLabels(near).map((t) => t.text)).toContain('Nov 2020');
    expect(desc(near)).toMatch(/today is 20 Nov 2020\.$/);
    expect(xmlProblems(near)).toEqual([]);
  });

  it('colours deadlines by status and says the status in words', () => {
    const colours = { open: '#1d4ed8', met: '#15803d', late: '#b91c1c', waived: '#6b7280' } as const;
    const statuses = Object.keys(colours) as (keyof typeof colours)[];
    const svg = renderTimelineSvg({ ...blank, deadlines: statuses.map((status, i) => ({ due: `2020-0${i + 2}-10`, jurisdiction: 'CA', label: `CA ${status}`, status })) });
    for (const status of statuses) {
      const group = new RegExp(`<g class="tl-deadline tl-${status}"[^>]*>(.*?)</g>`).exec(svg)?.[1] ?? '';
      expect(group, status).toContain(colours[status]);
      for (const other of statuses) if (other !== status) expect(group).not.toContain(colours[other]);
      expect(svg).toMatch(new RegExp(`class="tl-label"[^>]*>CA ${status} due \\d+ \\w{3} 2020 — ${status}<`));
    }
  });

  it('says "Nothing to draw yet" accessibly when there are no dates', () => {
    for (const picture of [blank, { ...blank, windows: [{ start: 'not a date', end: '2020-13-45', label: 'x' }] }]) {
      const svg = renderTimelineSvg(picture);
      expect(svg).toContain('>Nothing to draw yet</text>');
      expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="[^"]+"/);
      expect(desc(svg)).toContain('Nothing to draw yet');
      expect(xmlProblems(svg)).toEqual([]);
    }
  });
});
