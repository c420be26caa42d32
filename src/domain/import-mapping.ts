// Which column of a payment-system export holds which resident field. Vendors name columns
// differently (and cities re-export through spreadsheets), so well-known names are recognised
// without any set-up, and staff can name the rest in a mapping stored with the import.
import { DateTime } from 'luxon';
import type { FieldError } from '../services/errors.js';

export type { FieldError };

export const IMPORT_FIELDS = ['account', 'name', 'service_address', 'address1', 'address2', 'city', 'state', 'zip', 'email', 'language', 'paid_at', 'channel', 'card_last4'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Header names recognised for each field, in order of preference, already normalised. */
export const DEFAULT_ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  account: ['account', 'account_id', 'account_number', 'acct', 'acct_no', 'customer_id'],
  name: ['name', 'customer_name', 'cardholder_name', 'cardholder', 'payer_name', 'full_name'],
  service_address: ['service_address', 'premise_address'],
  address1: ['mailing_address1', 'mailing_address_1', 'mailing_address', 'address1', 'address_1', 'address', 'street'],
  address2: ['mailing_address2', 'mailing_address_2', 'address2', 'address_2'],
  city: ['city', 'mailing_city'],
  state: ['state', 'mailing_state', 'st'],
  zip: ['zip', 'zip_code', 'zipcode', 'postal_code', 'mailing_zip'],
  email: ['email', 'e_mail', 'email_address'],
  language: ['language', 'preferred_language', 'lang'],
  paid_at: ['paid_at', 'payment_time', 'payment_date', 'transaction_time', 'transaction_date', 'posted_at'],
  channel: ['channel', 'payment_channel', 'payment_type', 'payment_method'],
  card_last4: ['card_last4', 'last4', 'card_last_four', 'last_four'],
};

/** Without one of these the state of residence, and so the applicable law, cannot be known. */
export const RESIDENCE_FIELDS: readonly ImportField[] = ['state', 'zip', 'address1', 'service_address'];
const REQUIRED_FIELDS: readonly ImportField[] = ['name', 'paid_at'];

export interface ImportMapping {
  /** field → header text in the file (matched after the same normalisation). */
  columns: Partial<Record<ImportField, string>>;
  /** raw channel value (normalised: trim, lowercase, collapse spaces) → channel id like one_time_payment */
  channels: Record<string, string>;
  /** luxon format for paid_at when the export uses an unusual format; null = auto. */
  timeFormat: string | null;
  /** language when the row has none: 'en' unless set. */
  defaultLanguage: string;
}

export type ColumnIndex = Record<ImportField, number | null>;

const SETTINGS = ['columns', 'channels', 'timeFormat', 'defaultLanguage'] as const;
const CHANNEL_ID = /^[a-z][a-z0-9_]{0,63}$/;
const MAX_HEADER = 200;

/** Header cells compare by this: "Payment Date (CST)" and "payment_date_cst" are the same column. */
export function normaliseHeader(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '');
}

/** Channel values compare by this, in the mapping and in the file alike. */
export function normaliseChannel(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function defaultMapping(): ImportMapping {
  return { columns: {}, channels: {}, timeFormat: null, defaultLanguage: 'en' };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isField(key: string): key is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(key);
}

// A format must at least place the calendar date; a probe value that survives a round trip
// through it shows luxon understands the tokens.
function isUsableTimeFormat(format: string): boolean {
  const probe = DateTime.fromObject({ year: 2021, month: 3, day: 4, hour: 15, minute: 6, second: 7 }, { zone: 'utc' });
  const text = probe.toFormat(format);
  const back = DateTime.fromFormat(text, format, { zone: 'utc' });
  return back.isValid && back.toISODate() === '2021-03-04';
}

export function parseMapping(input: unknown): { ok: true; mapping: ImportMapping } | { ok: false; errors: FieldError[] } {
  const mapping = defaultMapping();
  if (input === undefined || input === null) return { ok: true, mapping };
  const errors: FieldError[] = [];
  if (!isPlainObject(input)) return { ok: false, errors: [{ field: 'mapping', message: 'must be a JSON object' }] };

  for (const key of Object.keys(input)) {
    if (!(SETTINGS as readonly string[]).includes(key)) {
      errors.push({ field: `mapping.${key}`, message: `is not a mapping setting; settings are ${SETTINGS.join(', ')}` });
    }
  }

  const columns = input.columns;
  if (columns !== undefined && columns !== null) {
    if (!isPlainObject(columns)) errors.push({ field: 'mapping.columns', message: 'must be a JSON object of field → header text' });
    else {
      for (const [key, header] of Object.entries(columns)) {
        const field = `mapping.columns.${key}`;
        if (!isField(key)) {
          errors.push({ field, message: `is not a field; fields are ${IMPORT_FIELDS.join(', ')}` });
        } else if (typeof header !== 'string' || header.trim() === '') {
          errors.push({ field, message: 'must be the header text of a column in the file' });
        } else if (header.length > MAX_HEADER) {
          errors.push({ field, message: `must be at most ${MAX_HEADER} characters` });
        } else if (normaliseHeader(header) === '') {
          errors.push({ field, message: 'must contain a letter or digit (header names are compared by their letters and digits)' });
        } else {
          mapping.columns[key] = header.trim();
        }
      }
    }
  }

  const channels = input.channels;
  if (channels !== undefined && channels !== null) {
    if (!isPlainObject(channels)) errors.push({ field: 'mapping.channels', message: 'must be a JSON object of value in the file → channel id' });
    else {
      const seen = new Map<string, string>();
      for (const [raw, id] of Object.entries(channels)) {
        const field = `mapping.channels[${JSON.stringify(raw)}]`;
        const key = normaliseChannel(raw);
        if (key === '') {
          errors.push({ field, message: 'the value in the file must not be empty (an empty channel means "any channel")' });
        } else if (typeof id !== 'string' || !CHANNEL_ID.test(id)) {
          errors.push({ field, message: 'must be a channel id: lowercase letters, digits and _, starting with a letter, at most 64 characters (e.g. one_time_payment)' });
        } else if (seen.has(key) && mapping.channels[key] !== id) {
          errors.push({ field, message: `is the same value as ${JSON.stringify(seen.get(key))} (case and spaces are ignored) but names a different channel` });
        } else {
          seen.set(key, raw);
          mapping.channels[key] = id;
        }
      }
    }
  }

  const timeFormat = input.timeFormat;
  if (timeFormat !== undefined && timeFormat !== null) {
    if (typeof timeFormat !== 'string' || timeFormat.trim() === '' || timeFormat.length > 100) {
      errors.push({ field: 'mapping.timeFormat', message: 'must be a luxon date format such as "MM/dd/yyyy HH:mm", or null to recognise the usual formats' });
    } else if (!isUsableTimeFormat(timeFormat)) {
      errors.push({ field: 'mapping.timeFormat', message: 'must be a luxon date format that includes the year, month and day (e.g. "dd.MM.yyyy HH:mm")' });
    } else mapping.timeFormat = timeFormat;
  }

  const language = input.defaultLanguage;
  if (language !== undefined && language !== null) {
    if (typeof language !== 'string' || !/^[a-zA-Z]{2}$/.test(language.trim())) {
      errors.push({ field: 'mapping.defaultLanguage', message: 'must be a 2-letter language code such as en or es' });
    } else mapping.defaultLanguage = language.trim().toLowerCase();
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, mapping };
}

export function resolveColumns(
  header: readonly string[],
  mapping: ImportMapping,
): { ok: true; index: ColumnIndex; headerNames: string[] } | { ok: false; errors: FieldError[] } {
  const positions = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = normaliseHeader(cell);
    if (key !== '' && !positions.has(key)) positions.set(key, i);
  });
  const headerList = header.map((cell) => cell.trim()).filter((cell) => cell !== '').join(', ');

  const index = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnIndex;
  const errors: FieldError[] = [];
  const failed = new Set<ImportField>();
  const claimed = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const wanted = mapping.columns[field];
    if (wanted === undefined) continue;
    const at = positions.get(normaliseHeader(wanted));
    if (at === undefined) {
      failed.add(field);
      errors.push({ field: `mapping.columns.${field}`, message: `column ${JSON.stringify(wanted)} is not in the file's header (the header has: ${headerList})` });
    } else {
      index[field] = at;
      claimed.add(at);
    }
  }
  // A column staff mapped to one field is not also taken by another field's alias.
  for (const field of IMPORT_FIELDS) {
    if (mapping.columns[field] !== undefined) continue;
    for (const alias of DEFAULT_ALIASES[field]) {
      const at = positions.get(alias);
      if (at !== undefined && !claimed.has(at)) {
        index[field] = at;
        break;
      }
    }
  }

  const expected = (fields: readonly ImportField[]) => fields.flatMap((f) => DEFAULT_ALIASES[f]).join(', ');
  for (const field of REQUIRED_FIELDS) {
    if (index[field] === null && !failed.has(field)) {
      errors.push({ field: 'header', message: `has no ${field} column; expected one of: ${expected([field])} (or name it in mapping.columns.${field}); the header has: ${headerList}` });
    }
  }
  if (RESIDENCE_FIELDS.every((f) => index[f] === null && !failed.has(f))) {
    errors.push({
      field: 'header',
      message: `has no column telling where the person lives (state, ZIP or address); expected one of: ${expected(RESIDENCE_FIELDS)}; the header has: ${headerList}`,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, index, headerNames: [...header] };
}
