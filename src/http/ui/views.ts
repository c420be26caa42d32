// Pages of the staff web app: Handlebars views under templates/ui/, each rendered into one layout.
// A private engine, separate from the letters' sandboxed one, with a few display helpers. Views
// are read once per process; escaping is Handlebars' default, so every value from the database or
// a form is text, never markup (the only raw value is the page body and the timeline SVG, both
// built here from escaped parts).
import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { DateTime } from 'luxon';
import { TEMPLATES_DIR } from '../../letters/handlebars.js';

const UI_DIR = TEMPLATES_DIR + 'ui/';
type Template = Handlebars.TemplateDelegate;

let engine: typeof Handlebars | null = null;
const pages = new Map<string, Template>();

/** "14 Oct 2020" from an ISO date or instant; anything else is shown as given. */
export function displayDate(value: unknown): string {
  if (typeof value !== 'string' || !value) return '';
  const d = DateTime.fromISO(value, { setZone: true });
  return d.isValid ? d.toFormat('d LLL yyyy') : value;
}

/** "Apr 2020": for dates known only to the month. */
export function displayMonth(value: string): string {
  const d = DateTime.fromISO(value, { zone: 'utc' });
  return d.isValid ? d.toFormat('LLL yyyy') : value;
}

function createUiEngine(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper('not', (a: unknown) => !a);
  hb.registerHelper('date', (v: unknown) => displayDate(v));
  hb.registerHelper('plural', (n: unknown, one: unknown, many: unknown) => (n === 1 ? one : many));
  hb.registerHelper('number', (n: unknown) => (typeof n === 'number' ? n.toLocaleString('en-US') : String(n ?? '')));
  hb.registerHelper('includes', (list: unknown, item: unknown) => Array.isArray(list) && list.includes(item));
  const dir = UI_DIR + 'partials/';
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.hbs'))) {
    hb.registerPartial(f.slice(0, -4), readFileSync(dir + f, 'utf8'));
  }
  return hb;
}

function template(name: string): Template {
  let t = pages.get(name);
  if (!t) {
    engine ??= createUiEngine();
    t = engine.compile(readFileSync(`${UI_DIR}${name}.hbs`, 'utf8'));
    pages.set(name, t);
  }
  return t;
}

export interface PageFrame {
  title: string;
  /** Which main-navigation entry is current, for aria-current. */
  nav?: 'dashboard' | 'incidents' | 'new' | 'calendar' | null;
  user?: { email: string; role: string } | null;
  csrf?: string | null;
  flash?: string | null;
}

/** The page `name` inside the layout. */
export function renderPage(name: string, frame: PageFrame, data: Record<string, unknown>): string {
  const body = template(name)({ ...data, csrf: frame.csrf ?? null, user: frame.user ?? null });
  return template('layout')({ ...frame, body });
}

/** A file of templates/ui/assets/ (the caller has checked the name), or null if there is none. */
export function readAsset(name: string): Buffer | null {
  try {
    return readFileSync(UI_DIR + 'assets/' + name);
  } catch {
    return null;
  }
}
