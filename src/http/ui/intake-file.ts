// The intake draft ⇄ the incident file of DESIGN §5 (pure). Building the file also records which
// form control each error path (`exposure[0].start`, `affected.byState.TX`) came from, since
// blank rows are left out and the file's indexes are not the form's row numbers.
import { JURISDICTION_NAMES } from '../../rules/jurisdiction-names.js';
import { blankRow, emptyDraft, isBlank, type IntakeDraft, type Row, type RowKind } from './intake-form.js';

export interface FieldTarget {
  /** The form control to link to and mark invalid. */
  id: string;
  /** What the error message names, e.g. "Start of exposure window 1". */
  label: string;
}
export interface FormError {
  id: string;
  /** The whole sentence shown in the summary and next to the field. */
  message: string;
}

export interface BuiltFile {
  body: Record<string, unknown>;
  /** Error path of the incident file → the form control it came from. */
  targets: Map<string, FieldTarget>;
  /** Problems only the form can have (a count without a state, a state listed twice). */
  formErrors: FormError[];
}

const set = (o: Record<string, unknown>, key: string, v: string) => {
  if (v.trim() !== '') o[key] = v.trim();
};
const stateName = (code: string) => JURISDICTION_NAMES[code] ?? code;

/** The incident file (with `contacts`) for createIncident; blank optional rows are left out. */
export function buildIncidentFile(d: IntakeDraft): BuiltFile {
  const targets = new Map<string, FieldTarget>();
  const formErrors: FormError[] = [];
  const at = (path: string, id: string, label: string) => targets.set(path, { id, label });
  const body: Record<string, unknown> = { title: d.title.trim() };
  at('title', 'title', 'Title');
  set(body, 'summary', d.summary);
  at('summary', 'summary', 'Summary');

  const contacts = d.contacts.split(/[\s,;]+/).filter(Boolean);
  if (contacts.length) body.contacts = contacts;
  at('contacts', 'contacts', 'People to remind');
  contacts.forEach((c, i) => at(`contacts[${i}]`, 'contacts', `People to remind: “${c}”`));

  const components = d.rows.component.map((row, n) => ({ row, n })).filter(({ row }) => !isBlank(row));
  if (d.systemName.trim() || d.systemVendor.trim() || components.length) {
    const system: Record<string, unknown> = { name: d.systemName.trim() };
    set(system, 'vendor', d.systemVendor);
    if (components.length) {
      system.components = components.map(({ row, n }, i) => {
        at(`system.components[${i}]`, `component-${n}-name`, `Component ${n + 1}`);
        at(`system.components[${i}].name`, `component-${n}-name`, `Name of component ${n + 1}`);
        at(`system.components[${i}].cves`, `component-${n}-cves`, `Known weaknesses (CVE ids) of component ${n + 1}`);
        return { name: row.name.trim(), cves: row.cves.split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase()) };
      });
    }
    body.system = system;
  }
  at('system', 'system-name', 'System');
  at('system.name', 'system-name', 'System name');
  at('system.vendor', 'system-vendor', 'Vendor');

  body.dataElements = d.dataElements;
  at('dataElements', 'dataElements', 'Information exposed');
  body.encryption = d.keyCompromised ? { encrypted: d.encrypted, keyCompromised: true } : { encrypted: d.encrypted };
  at('encryption', 'encrypted-no', 'Encryption');

  const windows = d.rows.window.map((row, n) => ({ row, n })).filter(({ row }) => !isBlank(row));
  body.exposure = windows.map(({ row, n }, i) => {
    const w: Record<string, unknown> = {};
    set(w, 'start', row.start);
    set(w, 'end', row.end);
    set(w, 'channel', row.channel);
    at(`exposure[${i}]`, `window-${n}-start`, `Exposure window ${n + 1}`);
    for (const f of ['start', 'end', 'channel'] as const) at(`exposure[${i}].${f}`, `window-${n}-${f}`, `${f === 'channel' ? 'How people paid' : f === 'start' ? 'Start' : 'End'} of exposure window ${n + 1}`);
    return w;
  });
  at('exposure', 'window-0-start', 'When the data was exposed');

  const events: Record<string, unknown>[] = [];
  const event = (e: Record<string, unknown>, fields: Record<string, [string, string]>) => {
    const i = events.length;
    events.push(e);
    const entries = Object.entries(fields);
    at(`events[${i}]`, entries[0]![1][0], entries[0]![1][1]);
    for (const [key, [id, label]] of entries) at(`events[${i}].${key}`, id, label);
  };
  const dated = (type: string, value: string, id: string, label: string) => {
    const e: Record<string, unknown> = { type };
    set(e, 'at', value);
    event(e, { at: [id, label] });
  };
  // Discovery is always sent, so a missing date is named by the parser at its own field.
  const discovered: Record<string, unknown> = { type: 'discovered' };
  set(discovered, 'at', d.discoveredAt);
  set(discovered, 'source', d.discoveredSource);
  event(discovered, { at: ['discovered-at', 'Date the breach was discovered'], source: ['discovered-source', 'How you found out'] });
  at('events', 'discovered-at', 'Date the breach was discovered');
  if (d.vendorNotifiedAt.trim()) dated('notified_by_vendor', d.vendorNotifiedAt, 'vendor-notified-at', 'Date the vendor told you');
  if (d.determinedAt.trim()) dated('determined', d.determinedAt, 'determined-at', 'Date of determination');
  d.rows.delay.forEach((row, n) => {
    if (isBlank(row)) return;
    const e: Record<string, unknown> = { type: 'law_enforcement_delay' };
    set(e, 'start', row.start);
    set(e, 'end', row.end);
    set(e, 'agency', row.agency);
    const label = (what: string) => `${what} of law-enforcement delay ${n + 1}`;
    event(e, { start: [`delay-${n}-start`, label('Start')], end: [`delay-${n}-end`, label('End')], agency: [`delay-${n}-agency`, label('Agency')] });
  });
  d.rows.notice.forEach((row, n) => {
    if (isBlank(row)) return;
    const e: Record<string, unknown> = { type: 'notified' };
    set(e, 'recipient', row.recipient);
    set(e, 'jurisdiction', row.jurisdiction.toUpperCase());
    set(e, 'at', row.at);
    event(e, {
      recipient: [`notice-${n}-recipient`, `Who was told (notice ${n + 1})`],
      jurisdiction: [`notice-${n}-jurisdiction`, `Under which state’s law (notice ${n + 1})`],
      at: [`notice-${n}-at`, `Date of notice ${n + 1}`],
    });
  });
  if (d.disclosedAt.trim()) dated('disclosed_publicly', d.disclosedAt, 'disclosed-at', 'Date made public');
  body.events = events;

  const byState: Record<string, unknown> = {};
  const rowOf = new Map<string, number>();
  d.rows.state.forEach((row, n) => {
    if (isBlank(row)) return;
    const code = row.code.trim().toUpperCase();
    const id = `state-${n}-code`;
    if (!code) formErrors.push({ id, message: 'Choose the state these residents live in.' });
    else if (!(code in JURISDICTION_NAMES)) formErrors.push({ id, message: 'Choose a state from the list.' });
    else if (rowOf.has(code)) formErrors.push({ id, message: `${stateName(code)} is already in row ${rowOf.get(code)! + 1}; put the total in one row.` });
    else {
      rowOf.set(code, n);
      const digits = row.count.replace(/[,\s_]/g, '');
      // Anything that is not digits goes to the parser as typed, so it names the field itself.
      byState[code] = /^\d{1,16}$/.test(digits) ? Number(digits) : row.count.trim();
      at(`affected.byState.${code}`, `state-${n}-count`, `Residents in ${stateName(code)}`);
    }
  });
  if (Object.keys(byState).length) body.affected = { byState };
  at('affected', 'state-0-code', 'Affected residents');
  return { body, targets, formErrors };
}

/** The form control an error path belongs to: the path itself, else its nearest parent. */
export function targetFor(path: string, targets: Map<string, FieldTarget>): FieldTarget | null {
  for (let p = path; ; ) {
    const t = targets.get(p);
    if (t) return t;
    const parent = p.replace(/(\[\d+\]|\.[^.[\]]*)$/, '');
    if (parent === p || !parent) return null;
    p = parent;
  }
}

/** The parser's words, a little plainer where they speak JSON. */
function plain(path: string, message: string): string {
  if (path === 'dataElements' && message.startsWith('must have at least')) return 'Choose at least one kind of information that was exposed.';
  if (path === 'exposure' && message.startsWith('must have at least')) return 'Give at least one period when the data could be seen: a start and an end.';
  if (message.startsWith('must be one of:')) return 'must be chosen from the list';
  // Staff type days and months; the exact-instant form stays accepted but is not advertised.
  return message.replace(/^is required and must be text/, 'is required').replace(/, a month like (\S+), or an instant like [^\s)]+/, ', or a month like $1');
}

/**
 * Each parser error as a message naming its field ("Start of exposure window 1 must be a date…"),
 * with the form control it belongs to (id '' when there is none: the summary shows it alone).
 */
export function mapErrors(errors: { field: string; message: string }[], targets: Map<string, FieldTarget>): FormError[] {
  return errors.map((e) => {
    const t = targetFor(e.field, targets);
    const message = plain(e.field, e.message);
    if (/^[A-Z][a-z]/.test(message)) return { id: t?.id ?? '', message };
    const label = t?.label ?? e.field;
    return { id: t?.id ?? '', message: /^(is|must)\b/.test(message) ? `${label} ${message}.` : `${label}: ${message}.` };
  });
}

type Json = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const orBlank = <K extends RowKind>(rows: Row<K>[], kind: K): Row<K>[] => (rows.length ? rows : [blankRow(kind)]);

/** The draft that shows an incident file in the form; events the form has no place for are left out. */
export function draftFromFile(file: unknown, contacts: string[] = []): IntakeDraft {
  const f = obj(file);
  const system = obj(f.system);
  const encryption = obj(f.encryption);
  const events = list(f.events).map(obj);
  const dateOf = (type: string) => str(events.find((e) => e.type === type)?.at);
  const discovered = events.find((e) => e.type === 'discovered') ?? {};
  const ofType = (type: string) => events.filter((e) => e.type === type);
  return {
    ...emptyDraft(contacts.join('\n')),
    title: str(f.title),
    summary: str(f.summary),
    systemName: str(system.name),
    systemVendor: str(system.vendor),
    dataElements: list(f.dataElements).map(str),
    encrypted: encryption.encrypted === true,
    keyCompromised: encryption.keyCompromised === true,
    discoveredAt: str(discovered.at),
    discoveredSource: str(discovered.source),
    vendorNotifiedAt: dateOf('notified_by_vendor'),
    determinedAt: dateOf('determined'),
    disclosedAt: dateOf('disclosed_publicly'),
    rows: {
      component: orBlank(list(system.components).map(obj).map((c) => ({ name: str(c.name), cves: list(c.cves).map(str).join(', ') })), 'component'),
      window: orBlank(list(f.exposure).map(obj).map((w) => ({ start: str(w.start), end: str(w.end), channel: str(w.channel) })), 'window'),
      delay: orBlank(ofType('law_enforcement_delay').map((e) => ({ start: str(e.start), end: str(e.end), agency: str(e.agency) })), 'delay'),
      notice: orBlank(ofType('notified').map((e) => ({ recipient: str(e.recipient), jurisdiction: str(e.jurisdiction), at: str(e.at) })), 'notice'),
      state: orBlank(Object.entries(obj(obj(f.affected).byState)).map(([code, n]) => ({ code, count: str(n) })), 'state'),
    },
  };
}
