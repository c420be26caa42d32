// The incident intake form as data, with no I/O: the posted fields ⇄ a draft, and the add/remove
// row buttons. The draft keeps every value exactly as typed, so a failed submission shows it all
// again; intake-file.ts turns it into the incident file, which only the API's parser judges.

export type Fields = Record<string, string | string[]>;

/** Repeating rows: each field is posted as `<prefix>-<n>-<name>`, e.g. `window-0-start`. */
export const ROW_KINDS = {
  component: ['name', 'cves'],
  window: ['start', 'end', 'channel'],
  delay: ['start', 'end', 'agency'],
  notice: ['recipient', 'jurisdiction', 'at'],
  state: ['code', 'count'],
} as const;
export type RowKind = keyof typeof ROW_KINDS;
export type Row<K extends RowKind> = Record<(typeof ROW_KINDS)[K][number], string>;
const MAX_ROWS = 200;

export interface IntakeDraft {
  title: string;
  summary: string;
  /** E-mail addresses, one a line. */
  contacts: string;
  systemName: string;
  systemVendor: string;
  dataElements: string[];
  encrypted: boolean;
  keyCompromised: boolean;
  discoveredAt: string;
  discoveredSource: string;
  vendorNotifiedAt: string;
  determinedAt: string;
  disclosedAt: string;
  rows: { [K in RowKind]: Row<K>[] };
}

export function blankRow<K extends RowKind>(kind: K): Row<K> {
  return Object.fromEntries(ROW_KINDS[kind].map((f) => [f, ''])) as Row<K>;
}

export const isBlank = (row: Record<string, string>) => Object.values(row).every((v) => v.trim() === '');

export function emptyDraft(email: string): IntakeDraft {
  return {
    title: '', summary: '', contacts: email, systemName: '', systemVendor: '', dataElements: [], encrypted: false, keyCompromised: false,
    discoveredAt: '', discoveredSource: '', vendorNotifiedAt: '', determinedAt: '', disclosedAt: '',
    rows: { component: [blankRow('component')], window: [blankRow('window')], delay: [blankRow('delay')], notice: [blankRow('notice')], state: [blankRow('state')] },
  };
}

const first = (fields: Fields, name: string): string => {
  const v = fields[name];
  return Array.isArray(v) ? v[0] ?? '' : v ?? '';
};
const all = (fields: Fields, name: string): string[] => ([] as string[]).concat(fields[name] ?? []);

function rowsFrom<K extends RowKind>(fields: Fields, kind: K): Row<K>[] {
  const pattern = new RegExp(`^${kind}-(\\d{1,4})-(${ROW_KINDS[kind].join('|')})$`);
  const indexes = [...new Set(Object.keys(fields).flatMap((k) => pattern.exec(k)?.[1] ?? []).map(Number))].sort((a, b) => a - b).slice(0, MAX_ROWS);
  const rows = indexes.map((i) => Object.fromEntries(ROW_KINDS[kind].map((f) => [f, first(fields, `${kind}-${i}-${f}`)])) as Row<K>);
  return rows.length ? rows : [blankRow(kind)];
}

/** The draft a browser posted; rows are renumbered from 0 in the order of their numbers. */
export function draftFromForm(fields: Fields): IntakeDraft {
  return {
    title: first(fields, 'title'),
    summary: first(fields, 'summary'),
    contacts: first(fields, 'contacts'),
    systemName: first(fields, 'system-name'),
    systemVendor: first(fields, 'system-vendor'),
    dataElements: [...new Set(all(fields, 'dataElements'))],
    encrypted: first(fields, 'encrypted') === 'yes',
    keyCompromised: first(fields, 'key-compromised') === 'yes',
    discoveredAt: first(fields, 'discovered-at'),
    discoveredSource: first(fields, 'discovered-source'),
    vendorNotifiedAt: first(fields, 'vendor-notified-at'),
    determinedAt: first(fields, 'determined-at'),
    disclosedAt: first(fields, 'disclosed-at'),
    rows: { component: rowsFrom(fields, 'component'), window: rowsFrom(fields, 'window'), delay: rowsFrom(fields, 'delay'), notice: rowsFrom(fields, 'notice'), state: rowsFrom(fields, 'state') },
  };
}

/** The fields a browser would post for this draft (the inverse of draftFromForm). */
export function fieldsFromDraft(d: IntakeDraft): Fields {
  const out: Fields = {
    title: d.title, summary: d.summary, contacts: d.contacts, 'system-name': d.systemName, 'system-vendor': d.systemVendor,
    dataElements: d.dataElements, encrypted: d.encrypted ? 'yes' : 'no',
    'discovered-at': d.discoveredAt, 'discovered-source': d.discoveredSource, 'vendor-notified-at': d.vendorNotifiedAt,
    'determined-at': d.determinedAt, 'disclosed-at': d.disclosedAt,
  };
  if (d.keyCompromised) out['key-compromised'] = 'yes';
  for (const kind of Object.keys(ROW_KINDS) as RowKind[]) {
    d.rows[kind].forEach((row, i) => {
      for (const [f, v] of Object.entries(row)) out[`${kind}-${i}-${f}`] = v;
    });
  }
  return out;
}

export type FormAction = { op: 'add'; kind: RowKind } | { op: 'remove'; kind: RowKind; index: number };

/** `add-window`, `remove-window-2`…; anything else (the submit button, Enter) means "file it". */
export function parseAction(value: string): FormAction | null {
  const m = /^(add|remove)-(component|window|delay|notice|state)(?:-(\d{1,4}))?$/.exec(value.trim());
  if (!m) return null;
  const kind = m[2] as RowKind;
  if (m[1] === 'add') return m[3] === undefined ? { op: 'add', kind } : null;
  return m[3] === undefined ? null : { op: 'remove', kind, index: Number(m[3]) };
}

/** The draft after an add/remove button, and the id to put the keyboard focus on afterwards. */
export function applyAction(draft: IntakeDraft, action: FormAction): { draft: IntakeDraft; focus: string } {
  const rows = draft.rows[action.kind] as Record<string, string>[];
  let next: Record<string, string>[];
  let focus: string;
  if (action.op === 'add') {
    next = rows.length >= MAX_ROWS ? rows : [...rows, blankRow(action.kind)];
    focus = `${action.kind}-${next.length - 1}-${ROW_KINDS[action.kind][0]}`;
  } else {
    next = rows.filter((_, i) => i !== action.index);
    // A section never disappears: removing its only row leaves an empty one.
    if (next.length === 0) next = [blankRow(action.kind)];
    focus = `add-${action.kind}`;
  }
  return { draft: { ...draft, rows: { ...draft.rows, [action.kind]: next } }, focus };
}
