// Verifies a rendered letter carries every element its jurisdictions require, by the
// `data-element` markers the templates put on each block. It reads the rendered HTML, not the
// template, so a block that rendered empty (a missing fact, a bad `{{#if}}`) is caught too.
import type { LetterElement } from '../rules/types.js';

/** What every resident letter must say, whatever the state's statute lists. */
export const BASELINE_LETTER_ELEMENTS: LetterElement[] = [
  'what_happened',
  'information_involved',
  'breach_dates',
  'what_we_are_doing',
  'what_you_can_do',
  'contact',
];

export interface ContentCheck {
  ok: boolean;
  missing: LetterElement[];
  empty: LetterElement[];
  /** Elements the law forbids in this letter that it carries anyway (Massachusetts: what happened). */
  forbidden: LetterElement[];
}

/** What one jurisdiction's letters must and must not carry. */
export interface ContentRules {
  required: LetterElement[];
  forbidden: LetterElement[];
}

/**
 * The baseline plus the jurisdiction's own required elements, less anything its law forbids: a
 * statute that forbids describing the breach overrides the baseline's "what happened".
 */
export function contentRules(required: readonly LetterElement[] = [], forbidden: readonly LetterElement[] = []): ContentRules {
  const banned = new Set(forbidden);
  return { required: [...new Set([...BASELINE_LETTER_ELEMENTS, ...required])].filter((e) => !banned.has(e)), forbidden: [...banned] };
}

// Comments are matched so that markup inside them is never taken for a tag; attribute values are
// matched whole so a `>` inside quotes does not end the tag.
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const DATA_ELEMENT = /\sdata-element\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface Tag {
  close: boolean;
  name: string;
  attrs: string;
  start: number;
  end: number;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', middot: '·', mdash: '—', ndash: '–', copy: '©' };

/** Decodes the entities Handlebars and hand-written templates produce, in one pass. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] !== '#') return NAMED[code.toLowerCase()] ?? all;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
  });
}

/** Text content of an HTML fragment: tags and comments removed, entities decoded, whitespace collapsed. */
export function textContent(html: string): string {
  return decodeEntities(html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const NON_SPACE = /\S/;

/** Whether text between two tags shows anything once entities are decoded (`&nbsp;` does not). */
function visible(text: string): boolean {
  if (!NON_SPACE.test(text)) return false;
  return !text.includes('&') || NON_SPACE.test(decodeEntities(text));
}

/**
 * One pass over the document: its tags (comments kept as nameless entries so their insides never
 * count as text) and, for each, whether visible text comes right before it. Every letter is
 * checked, so this runs a million times per large render: no re-scanning per element.
 */
function scanTags(html: string): { tags: Tag[]; textBefore: boolean[]; textAfter: boolean } {
  const tags: Tag[] = [];
  const textBefore: boolean[] = [];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    textBefore.push(visible(html.slice(last, m.index)));
    tags.push({ close: m[1] === '/', name: m[2]?.toLowerCase() ?? '', attrs: m[3] ?? '', start: m.index, end: m.index + m[0].length });
    last = m.index + m[0].length;
  }
  return { tags, textBefore, textAfter: visible(html.slice(last)) };
}

const selfClosing = (t: Tag) => VOID.has(t.name) || t.attrs.trimEnd().endsWith('/');

/** Whether the element opened at `tags[i]` holds visible text before its matching close. */
function elementHasText(doc: ReturnType<typeof scanTags>, i: number): boolean {
  const { tags, textBefore } = doc;
  const open = tags[i]!;
  if (selfClosing(open)) return false;
  let depth = 0;
  for (let j = i + 1; j < tags.length; j++) {
    if (textBefore[j]) return true;
    const t = tags[j]!;
    if (t.name !== open.name || (!t.close && selfClosing(t))) continue;
    if (!t.close) depth++;
    else if (depth-- === 0) return false;
  }
  // Unclosed: browsers run it to the end of the document, and so do we.
  return doc.textAfter;
}

/** Every `data-element` in the document with whether any occurrence of it has text. */
export function findElements(html: string): Map<string, { hasText: boolean }> {
  const doc = scanTags(html);
  const found = new Map<string, { hasText: boolean }>();
  doc.tags.forEach((t, i) => {
    if (t.close || !t.name) return;
    const m = DATA_ELEMENT.exec(t.attrs);
    if (!m) return;
    const id = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    const hasText = found.get(id)?.hasText || elementHasText(doc, i);
    found.set(id, { hasText });
  });
  return found;
}

/** A forbidden element counts as present whenever it is marked, even empty: the letter says it. */
export function checkLetterContent(html: string, required: readonly LetterElement[], forbidden: readonly LetterElement[] = []): ContentCheck {
  const found = findElements(html);
  const missing: LetterElement[] = [];
  const empty: LetterElement[] = [];
  for (const id of new Set(required)) {
    const f = found.get(id);
    if (!f) missing.push(id);
    else if (!f.hasText) empty.push(id);
  }
  const present = [...new Set(forbidden)].filter((id) => found.has(id));
  return { ok: missing.length === 0 && empty.length === 0 && present.length === 0, missing, empty, forbidden: present };
}
