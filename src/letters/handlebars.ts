// A private Handlebars instance for letters and staff e-mails. Private so helpers and partials
// registered here can never collide with (or be replaced by) another module's use of the global
// instance. Every template is compiled strict: a misspelt field fails the render instead of
// silently printing an empty string into a legal notice.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/** Located from this file, not the cwd, so the API, workers and tests all find the same files. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

type Engine = typeof Handlebars;

let engine: Engine | null = null;
let partials: ReadonlyMap<string, string> | null = null;

/** An isolated engine over the given partials: also used to re-render a letter with the partials of its time. */
export function createEngine(partials: Iterable<readonly [string, string]>): Engine {
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('join', (items: unknown, sep: unknown) =>
    Array.isArray(items) ? items.join(typeof sep === 'string' ? sep : ', ') : '',
  );
  for (const [name, source] of partials) hb.registerPartial(name, hb.compile(source, { strict: true }));
  return hb;
}

/** The instance, with helpers and every `templates/partials/*.hbs` registered (loaded once). */
export function handlebars(): Engine {
  return (engine ??= createEngine(partialSources()));
}

/** Partial name → source, sorted by name so anything hashed from it is stable across machines. */
export function partialSources(): ReadonlyMap<string, string> {
  if (!partials) {
    const dir = TEMPLATES_DIR + 'partials/';
    const names = readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort();
    partials = new Map(names.map((f) => [f.slice(0, -'.hbs'.length), readFileSync(dir + f, 'utf8')]));
  }
  return partials;
}

export function readTemplate(relativePath: string): string {
  return readFileSync(TEMPLATES_DIR + relativePath, 'utf8');
}

/** `noEscape` only for plain-text output, where HTML entities would be wrong, not safe. */
export function compile(source: string, opts: { noEscape?: boolean } = {}): (context: object) => string {
  const template = handlebars().compile(source, { strict: true, noEscape: opts.noEscape ?? false });
  return (context) => template(context);
}
