// Template versions kept in PostgreSQL: a letter names the version it was rendered with, and
// that version's text (template + partials) is stored once, so the letter can be re-rendered and
// its hash checked years later, whatever happened to the files on disk since.
import type { Executor } from '../db/database.js';
import type { LetterLanguage, LetterTemplate } from './template-registry.js';
import { createEngine } from './handlebars.js';

type Renderable = Pick<LetterTemplate, 'id' | 'version' | 'language' | 'render'>;

const saved = new Set<string>();
const compiled = new Map<string, Renderable>();

export async function saveTemplateVersion(db: Executor, t: LetterTemplate): Promise<void> {
  if (saved.has(t.version)) return;
  await db
    .insertInto('letter_templates')
    .values({ version: t.version, template_id: t.id, source: t.source, partials: JSON.stringify(Object.fromEntries(t.partials)) })
    .onConflict((oc) => oc.column('version').doNothing())
    .execute();
  saved.add(t.version);
}

/** The template exactly as it was at `version`, compiled in its own engine with its own partials. */
export async function loadTemplateVersion(db: Executor, version: string): Promise<Renderable> {
  const hit = compiled.get(version);
  if (hit) return hit;
  const row = await db.selectFrom('letter_templates').selectAll().where('version', '=', version).executeTakeFirst();
  if (!row) throw new Error(`letter template version ${version} is not stored`);
  const engine = createEngine(Object.entries(row.partials as unknown as Record<string, string>).sort(([a], [b]) => a.localeCompare(b)));
  const template = engine.compile(row.source, { strict: true });
  const renderable: Renderable = {
    id: row.template_id,
    version: row.version,
    language: row.template_id.slice(row.template_id.lastIndexOf('/') + 1) as LetterLanguage,
    render: (context) => template(context),
  };
  compiled.set(version, renderable);
  return renderable;
}

/** For tests that rewrite the store. */
export function forgetTemplateCaches(): void {
  saved.clear();
  compiled.clear();
}
