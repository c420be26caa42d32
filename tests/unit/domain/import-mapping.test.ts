import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALIASES,
  IMPORT_FIELDS,
  defaultMapping,
  normaliseHeader,
  parseMapping,
  resolveColumns,
  type ImportField,
  type ImportMapping,
} from '../../../src/domain/import-mapping.js';

function mapping(input: unknown): ImportMapping {
  const r = parseMapping(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.mapping;
}

function errorsOf(input: unknown) {
  const r = parseMapping(input);
  return r.ok ? [] : r.errors;
}

describe('normaliseHeader', () => {
  it('compares header cells by their letters and digits', () => {
    expect(normaliseHeader('  Payment Date (CST) ')).toBe('payment_date_cst');
    expect(normaliseHeader('E-Mail')).toBe('e_mail');
    expect(normaliseHeader('Mailing Address 1')).toBe('mailing_address_1');
    expect(normaliseHeader('\uFEFFAccount #')).toBe('account');
    expect(normaliseHeader('--')).toBe('');
  });
});

describe('parseMapping', () => {
  it('gives the defaults for no mapping', () => {
    const expected = { columns: {}, channels: {}, timeFormat: null, defaultLanguage: 'en' };
    expect(parseMapping(undefined)).toEqual({ ok: true, mapping: expected });
    expect(parseMapping(null)).toEqual({ ok: true, mapping: expected });
    expect(parseMapping({})).toEqual({ ok: true, mapping: expected });
    expect(defaultMapping()).toEqual(expected);
  });

  it('reads every setting, normalising channel values and the language', () => {
    expect(
      mapping({
        columns: { name: ' Payer ', paid_at: 'When' },
        channels: { '  One-Time   ONLINE ': 'one_time_payment', Kiosk: 'kiosk' },
        timeFormat: 'dd.MM.yyyy HH:mm',
        defaultLanguage: 'ES',
      }),
    ).toEqual({
      columns: { name: 'Payer', paid_at: 'When' },
      channels: { 'one-time online': 'one_time_payment', kiosk: 'kiosk' },
      timeFormat: 'dd.MM.yyyy HH:mm',
      defaultLanguage: 'es',
    });
  });

  it('accepts null settings as "use the default"', () => {
    expect(mapping({ columns: null, channels: null, timeFormat: null, defaultLanguage: null })).toEqual(defaultMapping());
  });

  it('refuses something that is not an object', () => {
    for (const bad of ['name', 3, [], true]) expect(errorsOf(bad)).toEqual([{ field: 'mapping', message: 'must be a JSON object' }]);
  });

  it('names every unknown setting', () => {
    expect(errorsOf({ colums: {}, zone: 'x' })).toEqual([
      { field: 'mapping.colums', message: 'is not a mapping setting; settings are columns, channels, timeFormat, defaultLanguage' },
      { field: 'mapping.zone', message: 'is not a mapping setting; settings are columns, channels, timeFormat, defaultLanguage' },
    ]);
  });

  it('checks each column entry with its own field path', () => {
    const errors = errorsOf({ columns: { foo: 'Foo', name: '', email: 42, city: 'x'.repeat(201), zip: '???', state: 'St' } });
    expect(errors).toEqual([
      { field: 'mapping.columns.foo', message: `is not a field; fields are ${IMPORT_FIELDS.join(', ')}` },
      { field: 'mapping.columns.name', message: 'must be the header text of a column in the file' },
      { field: 'mapping.columns.email', message: 'must be the header text of a column in the file' },
      { field: 'mapping.columns.city', message: 'must be at most 200 characters' },
      { field: 'mapping.columns.zip', message: expect.stringMatching(/letter or digit/) },
    ]);
    expect(errors[0]?.message).toBe(
      'is not a field; fields are account, name, service_address, address1, address2, city, state, zip, email, language, paid_at, channel, card_last4',
    );
    expect(errorsOf({ columns: { city: 'x'.repeat(200) } })).toEqual([]);
    expect(errorsOf({ columns: ['name'] })).toEqual([{ field: 'mapping.columns', message: expect.any(String) }]);
  });

  it('checks channel ids, naming the value as written in the mapping', () => {
    const errors = errorsOf({
      channels: { 'One-time online': 'One Time', ok: 'autopay', Phone: 7, '9': '9lives', '  ': 'web', x: 'a'.repeat(65), 'ONE-TIME ONLINE': 'web' },
    });
    // Object key order puts the numeric key first.
    expect(errors.map((e) => e.field)).toEqual([
      'mapping.channels["9"]',
      'mapping.channels["One-time online"]',
      'mapping.channels["Phone"]',
      'mapping.channels["  "]',
      'mapping.channels["x"]',
    ]);
    expect(errors[1]?.message).toMatch(/channel id.*one_time_payment/);
    expect(errors[3]?.message).toMatch(/must not be empty/);
    expect(errorsOf({ channels: { ['a'.repeat(10)]: 'a'.repeat(64) } })).toEqual([]);
  });

  it('refuses two spellings of one value that name different channels', () => {
    expect(errorsOf({ channels: { 'Web Pay': 'web', 'web  pay': 'portal' } })).toEqual([
      { field: 'mapping.channels["web  pay"]', message: 'is the same value as "Web Pay" (case and spaces are ignored) but names a different channel' },
    ]);
    expect(mapping({ channels: { 'Web Pay': 'web', 'web  pay': 'web' } }).channels).toEqual({ 'web pay': 'web' });
  });

  it('checks the time format and the default language', () => {
    expect(errorsOf({ timeFormat: '', defaultLanguage: 'eng' })).toEqual([
      { field: 'mapping.timeFormat', message: expect.stringMatching(/luxon date format/) },
      { field: 'mapping.defaultLanguage', message: 'must be a 2-letter language code such as en or es' },
    ]);
    // A format without the day cannot place a payment on the calendar.
    expect(errorsOf({ timeFormat: 'HH:mm' })).toEqual([{ field: 'mapping.timeFormat', message: expect.stringMatching(/year, month and day/) }]);
    expect(errorsOf({ timeFormat: 42, defaultLanguage: 'e1' }).map((e) => e.field)).toEqual(['mapping.timeFormat', 'mapping.defaultLanguage']);
    expect(mapping({ timeFormat: 'yyyyMMdd HHmmss' }).timeFormat).toBe('yyyyMMdd HHmmss');
  });

  it('collects every problem in one pass', () => {
    const errors = errorsOf({ extra: 1, columns: { bogus: 'x' }, channels: { Web: 'Web!' }, timeFormat: '', defaultLanguage: 'english' });
    expect(errors.map((e) => e.field)).toEqual(['mapping.extra', 'mapping.columns.bogus', 'mapping.channels["Web"]', 'mapping.timeFormat', 'mapping.defaultLanguage']);
  });
});

describe('resolveColumns', () => {
  const defaults = defaultMapping();
  const show = (alias: string) => alias.replace(/_/g, ' ').toUpperCase();

  it('recognises every alias of every field, whatever its case and punctuation', () => {
    for (const field of IMPORT_FIELDS) {
      for (const alias of DEFAULT_ALIASES[field]) {
        const header = ['Unrelated'];
        if (field !== 'name') header.push('Name');
        if (field !== 'paid_at') header.push('Paid At');
        if (!['state', 'zip', 'address1', 'service_address'].includes(field)) header.push('State');
        header.push(show(alias));
        const r = resolveColumns(header, defaults);
        expect(r.ok, `${field} ← ${alias}`).toBe(true);
        if (r.ok) expect(r.index[field], `${field} ← ${alias}`).toBe(header.length - 1);
      }
    }
  });

  it('indexes the columns it finds and leaves the rest null', () => {
    const header = ['Acct', 'Cardholder Name', 'Premise Address', 'Transaction Date', 'Memo'];
    const r = resolveColumns(header, defaults);
    expect(r).toEqual({
      ok: true,
      headerNames: header,
      index: {
        account: 0, name: 1, service_address: 2, address1: null, address2: null, city: null, state: null, zip: null,
        email: null, language: null, paid_at: 3, channel: null, card_last4: null,
      },
    });
  });

  it('prefers the earlier alias of a field when a file has several', () => {
    const r = resolveColumns(['Address', 'Name', 'Mailing Address', 'Payment Date', 'Payment Time'], defaults);
    expect(r.ok && r.index.address1).toBe(2);
    expect(r.ok && r.index.paid_at).toBe(4);
  });

  it('takes the first of two columns with the same name', () => {
    const r = resolveColumns(['Name', 'name ', 'NAME', 'Paid At', 'Zip'], defaults);
    expect(r.ok && r.index.name).toBe(0);
  });

  it('keeps the header cells as written, to name columns in the reject file', () => {
    const header = ['  Name ', 'Paid At', 'ZIP Code'];
    const r = resolveColumns(header, defaults);
    expect(r.ok && r.headerNames).toEqual(header);
  });

  it('lets an explicit mapping win over the aliases', () => {
    const m = mapping({ columns: { name: 'Payer', paid_at: 'Settled (local)', zip: 'postcode' } });
    const r = resolveColumns(['Name', 'Payer', 'Paid At', 'Settled (Local)', 'Postcode'], m);
    expect(r.ok && [r.index.name, r.index.paid_at, r.index.zip]).toEqual([1, 3, 4]);
  });

  it('does not let an alias take a column mapped to another field', () => {
    const r = resolveColumns(['Account', 'Paid At', 'State'], mapping({ columns: { name: 'account' } }));
    expect(r.ok && [r.index.name, r.index.account]).toEqual([0, null]);
  });

  it('says which mapped column is missing and what the header has', () => {
    const r = resolveColumns(['Name', 'Paid At', 'State'], mapping({ columns: { email: 'Contact E-mail', zip: 'Postcode' } }));
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'mapping.columns.zip', message: 'column "Postcode" is not in the file\'s header (the header has: Name, Paid At, State)' },
        { field: 'mapping.columns.email', message: 'column "Contact E-mail" is not in the file\'s header (the header has: Name, Paid At, State)' },
      ],
    });
  });

  it('requires a name and a payment time, naming the columns it looked for', () => {
    const r = resolveColumns(['Customer', 'When', 'State'], defaults);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(['header', 'header']);
    expect(r.errors[0]?.message).toMatch(/^has no name column; expected one of: name, customer_name, cardholder_name, cardholder, payer_name, full_name/);
    expect(r.errors[0]?.message).toMatch(/mapping\.columns\.name/);
    expect(r.errors[0]?.message).toMatch(/the header has: Customer, When, State$/);
    expect(r.errors[1]?.message).toMatch(/^has no paid_at column; expected one of: paid_at, payment_time, payment_date, transaction_time, transaction_date, posted_at/);
  });

  it('requires a column that tells where the person lives', () => {
    const r = resolveColumns(['Name', 'Paid At', 'City', 'Email'], defaults);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.field).toBe('header');
    for (const alias of ['state', 'mailing_state', 'st', 'zip', 'postal_code', 'mailing_address1', 'street', 'service_address', 'premise_address']) {
      expect(r.errors[0]?.message).toContain(alias);
    }
    for (const only of ['State', 'Zip', 'Address', 'Service Address'] as const) {
      expect(resolveColumns(['Name', 'Paid At', only], defaults).ok, only).toBe(true);
    }
  });

  it('does not repeat a missing required column that the mapping already explained', () => {
    const r = resolveColumns(['Payer', 'Paid At', 'Zip'], mapping({ columns: { name: 'Customer' } }));
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['mapping.columns.name']);
  });

  it('reports all header problems together', () => {
    const r = resolveColumns(['Memo'], mapping({ columns: { email: 'Mail' } }));
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['mapping.columns.email', 'header', 'header', 'header']);
  });

  it('covers every field with aliases', () => {
    const fields = Object.keys(DEFAULT_ALIASES) as ImportField[];
    expect(fields.sort()).toEqual([...IMPORT_FIELDS].sort());
    const all = fields.flatMap((f) => DEFAULT_ALIASES[f]);
    expect(new Set(all).size).toBe(all.length);
    for (const alias of all) expect(normaliseHeader(alias)).toBe(alias);
  });
});
