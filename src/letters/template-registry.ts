// Letter templates on disk: `templates/letters/<jurisdiction|default>/<lang>.hbs`. Each is read and
// compiled once, on first use. A letter records the template id and version it was rendered with,
// so an approved letter can always be traced to the exact text that produced it.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { compile, partialSources, readTemplate, TEMPLATES_DIR } from './handlebars.js';

export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type LetterLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export interface LetterTemplate {
  /** `TX/es`, `default/en`. */
  id: string;
  language: LetterLanguage;
  /** Changes whenever the template or any partial it may call changes. */
  version: string;
  /** The template's own text; with `partials` it reproduces any letter rendered from this version. */
  source: string;
  partials: ReadonlyMap<string, string>;
  render(context: object): string;
}

/** First 12 hex digits of sha256 over the template and every partial (in name order). */
export function templateVersion(source: string, partials: Iterable<readonly [string, string]>): string {
  const h = createHash('sha256').update(source);
  // Names and separators are hashed too, so moving text between partials still changes the hash.
  for (const [name, text] of partials) h.update(`\0${name}\0`).update(text);
  return h.digest('hex').slice(0, 12);
}

export function normalizeLanguage(language: string): LetterLanguage | null {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(primary) ? (primary as LetterLanguage) : null;
}

/** Candidate ids in preference order: `<STATE>/<lang>` → `<STATE>/en` → `default/<lang>` → `default/en`. */
export function templateCandidates(jurisdiction: string | null, language: string): string[] {
  const lang = normalizeLanguage(language);
  const langs: LetterLanguage[] = lang && lang !== 'en' ? [lang, 'en'] : ['en'];
  // The jurisdiction comes from uploaded data and becomes part of a path: only plain codes pass.
  const j = jurisdiction && /^[A-Za-z0-9-]{1,16}$/.test(jurisdiction) ? jurisdiction.toUpperCase() : null;
  const dirs = j && j !== 'DEFAULT' ? [j, 'default'] : ['default'];
  return dirs.flatMap((d) => langs.map((l) => `${d}/${l}`));
}

const cache = new Map<string, LetterTemplate | null>();

function load(id: string): LetterTemplate | null {
  if (cache.has(id)) return cache.get(id)!;
  let template: LetterTemplate | null = null;
  if (existsSync(`${TEMPLATES_DIR}letters/${id}.hbs`)) {
    const source = readTemplate(`letters/${id}.hbs`);
    const render = compile(source);
    template = {
      id,
      language: id.slice(id.lastIndexOf('/') + 1) as LetterLanguage,
      version: templateVersion(source, partialSources()),
      source,
      partials: partialSources(),
      render,
    };
  }
  cache.set(id, template);
  return template;
}

export function resolveTemplate(jurisdiction: string | null, language: string): LetterTemplate {
  for (const id of templateCandidates(jurisdiction, language)) {
    const t = load(id);
    if (t) return t;
  }
  throw new Error(`no letter template found (looked for ${templateCandidates(jurisdiction, language).join(', ')})`);
}
