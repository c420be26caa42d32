// What the intake template shows: every control with its id (= its posted name), the value as
// typed, its error and whether it takes the focus, and the choices of each list in plain words.
import type { OrganizationRow } from '../../db/schema.js';
import type { DataElement } from '../../rules/types.js';
import { RECIPIENTS } from '../../domain/incident-file.js';
import { JURISDICTION_NAMES } from '../../rules/jurisdiction-names.js';
import { DATA_ELEMENT_CHOICES, DATA_ELEMENT_LABELS, recipientLabel } from './labels.js';
import { ROW_KINDS, type IntakeDraft, type RowKind } from './intake-form.js';
import type { FormError } from './intake-file.js';

interface Choice {
  value: string;
  label: string;
}

/** Grouped the way a clerk reads a vendor's breach notice; anything new lands in "Other". */
const DATA_GROUPS: { legend: string; codes: DataElement[] }[] = [
  { legend: 'Identity and contact details', codes: ['name', 'date_of_birth', 'mothers_maiden_name', 'billing_address', 'phone', 'email'] },
  { legend: 'Government and employer ID numbers', codes: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id', 'employee_id'] },
  { legend: 'Payment cards', codes: ['card_number', 'card_expiration', 'card_security_code'] },
  { legend: 'Accounts and sign-in', codes: ['account_number', 'access_code', 'username', 'password', 'security_question', 'digital_signature'] },
  { legend: 'Health and body', codes: ['medical', 'health_insurance', 'genetic', 'biometric'] },
];
const grouped = new Set(DATA_GROUPS.flatMap((g) => g.codes));
const OTHER_DATA = DATA_ELEMENT_CHOICES.filter((c) => !grouped.has(c.code)).map((c) => c.code);
const FIRST_DATA_ID = `data-${DATA_GROUPS[0]!.codes[0]}`;

// Channel ids as the residents import names them, so windows and residents' payments line up.
const CHANNELS: Choice[] = [
  { value: '', label: 'Any way of paying (all channels)' },
  { value: 'one_time_payment', label: 'One-time online payment' },
  { value: 'autopay', label: 'Recurring or automatic payment (autopay)' },
  { value: 'in_person', label: 'In person, at a counter or cashier' },
  { value: 'phone', label: 'By phone' },
  { value: 'mail', label: 'By mail' },
  { value: 'kiosk', label: 'At a kiosk' },
];
const SOURCES: Choice[] = [
  { value: '', label: 'Not recorded' },
  { value: 'internal', label: 'Our own staff found it' },
  { value: 'vendor_notice', label: 'The vendor told us' },
  { value: 'law_enforcement', label: 'Law enforcement told us' },
  { value: 'card_brand', label: 'A card brand or bank told us' },
  { value: 'resident', label: 'A resident reported it' },
  { value: 'other', label: 'Some other way' },
];
const RECIPIENT_CHOICES: Choice[] = [{ value: '', label: 'Choose…' }, ...RECIPIENTS.map((r) => ({ value: r, label: recipientLabel(r) }))];
const STATE_CHOICES: Choice[] = [
  { value: '', label: 'Choose a state…' },
  ...Object.entries(JURISDICTION_NAMES)
    .sort((a, b) => a[1].localeCompare(b[1]))
    .map(([code, name]) => ({ value: code, label: `${name} (${code})` })),
];

export function intakeView(draft: IntakeDraft, errors: FormError[], focus: string | null, org: Pick<OrganizationRow, 'name' | 'timezone'>) {
  const byId = new Map<string, string[]>();
  for (const e of errors) if (e.id) byId.set(e.id, [...(byId.get(e.id) ?? []), e.message]);
  const errorOf = (id: string) => byId.get(id)?.join(' ') ?? null;
  const control = (id: string, value: string) => ({ id, value, error: errorOf(id), autofocus: id === focus });
  const select = (id: string, value: string, choices: Choice[]) => ({
    ...control(id, value),
    // A value the list does not know (from an older file) is still shown, never silently dropped.
    options: [...choices, ...(choices.some((c) => c.value === value) ? [] : [{ value, label: value }])].map((c) => ({ ...c, selected: c.value === value })),
  });
  const rows = <K extends RowKind>(kind: K, build: (row: IntakeDraft['rows'][K][number], id: (f: string) => string) => Record<string, unknown>) =>
    draft.rows[kind].map((row, n) => ({
      rowNumber: n + 1,
      remove: draft.rows[kind].length > 1 ? `remove-${kind}-${n}` : null,
      ...build(row, (f) => `${kind}-${n}-${f}`),
    }));
  const addFocus = Object.fromEntries((Object.keys(ROW_KINDS) as RowKind[]).map((k) => [k, focus === `add-${k}`]));
  const dataChoices = (codes: DataElement[]) =>
    codes.map((code) => ({ id: `data-${code}`, code, label: DATA_ELEMENT_LABELS[code], checked: draft.dataElements.includes(code) }));

  return {
    org: { name: org.name, timezone: org.timezone },
    errorSummary: errors.map((e) => ({ text: e.message, href: e.id ? `#${e.id === 'dataElements' ? FIRST_DATA_ID : e.id}` : null })),
    title: control('title', draft.title),
    summaryField: control('summary', draft.summary),
    contacts: control('contacts', draft.contacts),
    systemName: control('system-name', draft.systemName),
    systemVendor: control('system-vendor', draft.systemVendor),
    components: rows('component', (r, id) => ({ name: control(id('name'), r.name), cves: control(id('cves'), r.cves) })),
    dataGroups: [...DATA_GROUPS, ...(OTHER_DATA.length ? [{ legend: 'Other', codes: OTHER_DATA }] : [])].map((g) => ({ legend: g.legend, choices: dataChoices(g.codes) })),
    dataError: errorOf('dataElements'),
    encrypted: draft.encrypted,
    keyCompromised: draft.keyCompromised,
    encryptionError: errorOf('encrypted-no'),
    windows: rows('window', (r, id) => ({ start: control(id('start'), r.start), end: control(id('end'), r.end), channel: select(id('channel'), r.channel, CHANNELS) })),
    discoveredAt: control('discovered-at', draft.discoveredAt),
    discoveredSource: select('discovered-source', draft.discoveredSource, SOURCES),
    vendorNotifiedAt: control('vendor-notified-at', draft.vendorNotifiedAt),
    determinedAt: control('determined-at', draft.determinedAt),
    disclosedAt: control('disclosed-at', draft.disclosedAt),
    delays: rows('delay', (r, id) => ({ start: control(id('start'), r.start), end: control(id('end'), r.end), agency: control(id('agency'), r.agency) })),
    notices: rows('notice', (r, id) => ({
      recipient: select(id('recipient'), r.recipient, RECIPIENT_CHOICES),
      jurisdiction: control(id('jurisdiction'), r.jurisdiction),
      at: control(id('at'), r.at),
    })),
    states: rows('state', (r, id) => ({ code: select(id('code'), r.code, STATE_CHOICES), count: control(id('count'), r.count) })),
    addFocus,
  };
}
