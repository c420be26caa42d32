// The intake form as data: what a browser posts for Odessa 2020 becomes exactly the incident file
// of the fixture, blank rows are left out, add/remove buttons keep the draft, and the parser's
// error paths find their form controls even when blank rows shift the file's indexes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyAction, draftFromForm, emptyDraft, fieldsFromDraft, parseAction, type Fields } from '../../../src/http/ui/intake-form.js';
import { buildIncidentFile, draftFromFile, mapErrors, targetFor } from '../../../src/http/ui/intake-file.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
const withoutOrg = (file: Record<string, unknown>) => {
  const { organization: _org, ...rest } = file;
  return rest;
};
/** The incident file without createIncident's own `contacts`, as the parser sees it. */
const fileOf = (body: Record<string, unknown>) => {
  const { contacts: _contacts, ...rest } = body;
  return rest;
};
const ODESSA_ORG = fixture('odessa-2020-before-notice.json').organization;

/** What a browser posts when a clerk fills the form for Odessa 2020 (before notice). */
const odessaForm = (): Fields => ({
  _csrf: 'x',
  action: 'file',
  title: 'Click2Gov one-time payment compromise',
  summary: '',
  contacts: 'clerk@odessa-tx.gov\r\nprivacy@odessa-tx.gov',
  'system-name': 'Click2Gov',
  'system-vendor': 'CentralSquare Technologies',
  'component-0-name': 'Oracle WebLogic Server',
  'component-0-cves': 'cve-2017-10271',
  dataElements: ['name', 'billing_address', 'card_number', 'card_expiration', 'card_security_code'],
  encrypted: 'no',
  'window-0-start': '2020-04',
  'window-0-end': ' 2020-06 ',
  'window-0-channel': 'one_time_payment',
  'discovered-at': '2020-07-06',
  'discovered-source': 'vendor_notice',
  'vendor-notified-at': '',
  'determined-at': '2020-07-20',
  'delay-0-start': '2020-07-21',
  'delay-0-end': '2020-08-04',
  'delay-0-agency': '',
  'disclosed-at': '',
  'notice-0-recipient': '',
  'notice-0-jurisdiction': '',
  'notice-0-at': '',
  'state-0-code': 'TX',
  'state-0-count': '2,300',
  'state-1-code': 'NM',
  'state-1-count': '14',
});

describe('intake form → incident file', () => {
  it('turns the Odessa 2020 form into the fixture (organisation from the user, contacts added)', () => {
    const built = buildIncidentFile(draftFromForm(odessaForm()));
    expect(built.formErrors).toEqual([]);
    expect(built.body).toEqual({ ...withoutOrg(fixture('odessa-2020-before-notice.json')), contacts: ['clerk@odessa-tx.gov', 'privacy@odessa-tx.gov'] });
    const { contacts: _c, ...file } = built.body;
    expect(parseIncidentFile(file, { organization: ODESSA_ORG }).ok).toBe(true);
  });

  it.each(['odessa-2020-before-notice.json', 'odessa-2020.json', 'odessa-2019.json'])('round-trips %s through the form fields', (name) => {
    const file = withoutOrg(fixture(name));
    const fields = fieldsFromDraft(draftFromFile(file));
    const body = buildIncidentFile(draftFromForm(fields)).body;
    expect(body).toEqual(file);
  });

  it('leaves out blank rows and blank optional dates, and renumbers the rest', () => {
    const form = {
      ...odessaForm(),
      'window-3-start': '',
      'window-3-end': '',
      'window-3-channel': '',
      'window-7-start': '2020-08-01',
      'window-7-end': '2020-08-02',
      'window-7-channel': '',
      'delay-4-start': ' ',
      'delay-4-end': '',
      'delay-4-agency': '',
      'component-2-name': '',
      'component-2-cves': '',
      'state-5-code': '',
      'state-5-count': '',
    };
    const draft = draftFromForm(form);
    expect(draft.rows.window.map((w) => w.start)).toEqual(['2020-04', '', '2020-08-01']);
    const body = buildIncidentFile(draft).body as any;
    expect(body.exposure).toEqual([{ start: '2020-04', end: '2020-06', channel: 'one_time_payment' }, { start: '2020-08-01', end: '2020-08-02' }]);
    expect(body.events.map((e: { type: string }) => e.type)).toEqual(['discovered', 'determined', 'law_enforcement_delay']);
    expect(body.system.components).toHaveLength(1);
    expect(body.affected.byState).toEqual({ TX: 2300, NM: 14 });
    expect(body).not.toHaveProperty('summary');
  });

  it('always sends discovery, so a missing date is named by the parser at its own field', () => {
    const built = buildIncidentFile(emptyDraft('me@city.gov'));
    expect(built.body).toMatchObject({ title: '', contacts: ['me@city.gov'], dataElements: [], exposure: [], events: [{ type: 'discovered' }] });
    const parsed = parseIncidentFile(fileOf(built.body), { organization: ODESSA_ORG });
    expect(parsed.ok).toBe(false);
    const errors = mapErrors(parsed.ok ? [] : parsed.errors, built.targets);
    expect(errors.map((e) => e.id).sort()).toEqual(['dataElements', 'discovered-at', 'title', 'window-0-start']);
    expect(errors.find((e) => e.id === 'title')!.message).toBe('Title is required.');
    expect(errors.find((e) => e.id === 'dataElements')!.message).toMatch(/^Choose at least one kind/);
  });

  it('refuses state rows the file cannot hold, and passes a bad count to the parser as typed', () => {
    const form = { ...odessaForm(), 'state-1-code': '', 'state-2-code': 'TX', 'state-2-count': '5', 'state-3-code': 'NM', 'state-3-count': 'lots' };
    const built = buildIncidentFile(draftFromForm(form));
    expect(built.formErrors).toEqual([
      { id: 'state-1-code', message: 'Choose the state these residents live in.' },
      { id: 'state-2-code', message: 'Texas is already in row 1; put the total in one row.' },
    ]);
    expect((built.body.affected as any).byState).toEqual({ TX: 2300, NM: 'lots' });
    const parsed = parseIncidentFile(fileOf(built.body), { organization: ODESSA_ORG });
    const errors = mapErrors(parsed.ok ? [] : parsed.errors, built.targets);
    expect(errors).toEqual([{ id: 'state-3-count', message: 'Residents in New Mexico must be a whole number, 0 or more.' }]);
  });
});

describe('add and remove buttons', () => {
  it('reads only the known actions', () => {
    expect(parseAction('add-window')).toEqual({ op: 'add', kind: 'window' });
    expect(parseAction('remove-delay-2')).toEqual({ op: 'remove', kind: 'delay', index: 2 });
    expect(parseAction('file')).toBeNull();
    expect(parseAction('add-window-2')).toBeNull();
    expect(parseAction('remove-window')).toBeNull();
    expect(parseAction('add-organization')).toBeNull();
  });

  it('adds a blank row after the others and focuses it, keeping every value', () => {
    const draft = draftFromForm(odessaForm());
    const { draft: next, focus } = applyAction(draft, { op: 'add', kind: 'window' });
    expect(next.rows.window).toEqual([...draft.rows.window, { start: '', end: '', channel: '' }]);
    expect(focus).toBe('window-1-start');
    expect({ ...next, rows: { ...next.rows, window: draft.rows.window } }).toEqual(draft);
  });

  it('removes the chosen row; the last one left becomes blank rather than disappearing', () => {
    const draft = draftFromForm(odessaForm());
    const fewer = applyAction(draft, { op: 'remove', kind: 'state', index: 0 });
    expect(fewer.draft.rows.state).toEqual([{ code: 'NM', count: '14' }]);
    expect(fewer.focus).toBe('add-state');
    const none = applyAction(fewer.draft, { op: 'remove', kind: 'state', index: 0 });
    expect(none.draft.rows.state).toEqual([{ code: '', count: '' }]);
  });

  it('posted fields and drafts convert both ways without loss', () => {
    const draft = draftFromForm(odessaForm());
    expect(draftFromForm(fieldsFromDraft(draft))).toEqual(draft);
  });
});

describe('error paths → form controls', () => {
  it('maps file indexes to the rows they came from, skipping blank rows', () => {
    const form = {
      ...odessaForm(),
      'window-0-start': '', 'window-0-end': '', 'window-0-channel': '',
      'window-1-start': '2020-13', 'window-1-end': '2020-06', 'window-1-channel': '',
      'component-0-name': '', 'component-0-cves': '',
      'component-1-name': 'WebLogic', 'component-1-cves': 'CVE-2017-10271 nope',
      'vendor-notified-at': '2020-07-01',
      'notice-0-recipient': 'individuals', 'notice-0-jurisdiction': 'tx', 'notice-0-at': 'soon',
    };
    const built = buildIncidentFile(draftFromForm(form));
    const id = (path: string) => targetFor(path, built.targets)?.id ?? null;
    expect(id('exposure[0].start')).toBe('window-1-start');
    expect(id('system.components[0].cves[1]')).toBe('component-1-cves');
    expect(id('events[1].at')).toBe('vendor-notified-at');
    expect(id('events[2].at')).toBe('determined-at');
    expect(id('events[3].end')).toBe('delay-0-end');
    expect(id('events[4].at')).toBe('notice-0-at');
    expect(id('events')).toBe('discovered-at');
    expect(id('contacts[1]')).toBe('contacts');
    expect(id('affected.byState.TX')).toBe('state-0-count');
    expect(id('dataElements[2]')).toBe('dataElements');
    expect(id('(body)')).toBeNull();
    expect(id('regimes[0]')).toBeNull();

    const parsed = parseIncidentFile(fileOf(built.body), { organization: ODESSA_ORG });
    const errors = mapErrors(parsed.ok ? [] : parsed.errors, built.targets);
    expect(errors.map((e) => e.id)).toEqual(['window-1-start', 'notice-0-at', 'component-1-cves']);
    expect(errors[0]!.message).toMatch(/^Start of exposure window 2: 2020-13 is not a real month/);
  });

  it('keeps unmappable errors for the summary only, with the parser’s path', () => {
    expect(mapErrors([{ field: 'regimes', message: 'must be a list' }], new Map())).toEqual([{ id: '', message: 'regimes must be a list.' }]);
  });
});
