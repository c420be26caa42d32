// One CSV record of a payment export → one validated transaction row. An import is a million rows,
// so everything that depends only on the import (columns, lookups, zone) is worked out once in
// createRowReader, repeated cell values (states, channels, languages) are memoised, and luxon is
// reached only through a cache keyed by the hour of the payment.
import * as crypto from 'node:crypto';
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import { normaliseChannel, type ColumnIndex, type ImportField, type ImportMapping } from './import-mapping.js';
import { stateForZip } from './us-zip-states.js';

export interface ImportRow {
  account: string | null;
  /** as given, trimmed, inner whitespace collapsed */
  name: string;
  /** for de-duplication: no accents or punctuation, upper case, "Last, First" turned around */
  normName: string;
  /** postal lines for the letter: [address1, address2?, "CITY, ST ZIP"] (only non-empty lines) */
  address: string[];
  /** the residence address reduced so that two spellings of one address compare equal */
  addressKey: string;
  email: string | null;
  language: string;
  state: string;
  /** timestamptz text: with an offset, or local wall time in the organisation's zone */
  paidAt: string;
  /** calendar date of the payment in the organisation's zone */
  paidOn: string;
  /** null when the export left it empty: matching treats it as "could be any channel" */
  channel: string | null;
  cardLast4: string | null;
  /** md5 hex of normName + '|' + addressKey */
  personKey: string;
}

/** column = the file's header text (or the field name if absent); value = raw text, at most 100 chars */
export interface RowProblem {
  column: string;
  reason: string;
  value: string;
}

export type RowResult = { ok: true; row: ImportRow; warnings: RowProblem[] } | { ok: false; problems: RowProblem[] };

export const US_STATE_CODES: ReadonlySet<string> = new Set(
  ('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY ' +
    'DC PR GU VI AS MP').split(' '),
);

const STATE_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    AL: 'ALABAMA', AK: 'ALASKA', AZ: 'ARIZONA', AR: 'ARKANSAS', CA: 'CALIFORNIA', CO: 'COLORADO', CT: 'CONNECTICUT', DE: 'DELAWARE',
    FL: 'FLORIDA', GA: 'GEORGIA', HI: 'HAWAII', ID: 'IDAHO', IL: 'ILLINOIS', IN: 'INDIANA', IA: 'IOWA', KS: 'KANSAS', KY: 'KENTUCKY',
    LA: 'LOUISIANA', ME: 'MAINE', MD: 'MARYLAND', MA: 'MASSACHUSETTS', MI: 'MICHIGAN', MN: 'MINNESOTA', MS: 'MISSISSIPPI',
    MO: 'MISSOURI', MT: 'MONTANA', NE: 'NEBRASKA', NV: 'NEVADA', NH: 'NEW HAMPSHIRE', NJ: 'NEW JERSEY', NM: 'NEW MEXICO',
    NY: 'NEW YORK', NC: 'NORTH CAROLINA', ND: 'NORTH DAKOTA', OH: 'OHIO', OK: 'OKLAHOMA', OR: 'OREGON', PA: 'PENNSYLVANIA',
    RI: 'RHODE ISLAND', SC: 'SOUTH CAROLINA', SD: 'SOUTH DAKOTA', TN: 'TENNESSEE', TX: 'TEXAS', UT: 'UTAH', VT: 'VERMONT',
    VA: 'VIRGINIA', WA: 'WASHINGTON', WV: 'WEST VIRGINIA', WI: 'WISCONSIN', WY: 'WYOMING', DC: 'DISTRICT OF COLUMBIA|WASHINGTON DC',
    PR: 'PUERTO RICO', GU: 'GUAM', VI: 'VIRGIN ISLANDS|US VIRGIN ISLANDS|USVI', AS: 'AMERICAN SAMOA', MP: 'NORTHERN MARIANA ISLANDS|NORTHERN MARIANAS',
  }).flatMap(([code, names]) => names.split('|').map((n): [string, string] => [n, code])),
);

const DEFAULT_CHANNELS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    one_time_payment: ['one-time online', 'one time', 'one-time', 'onetime', 'online', 'web', 'one-time payment', 'one_time_payment', 'quick pay', 'quickpay'],
    autopay: ['autopay', 'auto pay', 'auto-pay', 'recurring', 'automatic'],
    in_person: ['in person', 'in-person', 'walk-in', 'walk in', 'counter', 'cashier', 'drive-thru'],
    phone: ['ivr', 'phone', 'telephone', 'pay by phone'],
    mail: ['mail', 'check by mail', 'lockbox'],
    kiosk: ['kiosk'],
  }).flatMap(([id, values]) => values.map((v): [string, string] => [v, id])),
);

const LANGUAGES: ReadonlyMap<string, string> = new Map(
  Object.entries({ en: 'en eng english en-us en_us', es: 'es spa spanish español espanol es-mx es_mx es-us es_us' }).flatMap(([code, names]) =>
    names.split(' ').map((n): [string, string] => [n, code]),
  ),
);

const ADDRESS_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    STREET: 'ST', AVENUE: 'AVE', AV: 'AVE', ROAD: 'RD', DRIVE: 'DR', BOULEVARD: 'BLVD', LANE: 'LN', COURT: 'CT', PLACE: 'PL',
    PARKWAY: 'PKWY', HIGHWAY: 'HWY', CIRCLE: 'CIR', TERRACE: 'TER', TRAIL: 'TRL', SQUARE: 'SQ', NORTH: 'N', SOUTH: 'S', EAST: 'E',
    WEST: 'W', NORTHEAST: 'NE', NORTHWEST: 'NW', SOUTHEAST: 'SE', SOUTHWEST: 'SW', APARTMENT: 'APT', SUITE: 'STE', UNIT: 'UNIT',
    BUILDING: 'BLDG', FLOOR: 'FL', ROOM: 'RM',
  }),
);
// "Apt #4" and "#4" are the same unit; '#' after a unit word adds nothing.
const UNIT_WORDS: ReadonlySet<string> = new Set(['APT', 'STE', 'UNIT', 'BLDG', 'FL', 'RM']);

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?: ?([Zz]|[+-]\d{2}(?::?\d{2})?))?$/;
const US_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])\.?[Mm]\.?)?)?$/;
const ZIP = /^\d{5}(?:-\d{4})?$/;
const STATE_AT_END = /(?:^|[\s,])([A-Za-z]{2})\.?,? +(\d{5})(?:-\d{4})?$/;
const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;
const LANGUAGE_CODE = /^([a-z]{2})(?:[-_](?:[a-z]{2}|\d{3}))?$/;
const DATE_REASON = 'is not a date and time; expected YYYY-MM-DD HH:MM or M/D/YYYY H:MM AM';
const YEAR_REASON = 'is not a plausible payment date (years 1990 to 2100)';
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const md5: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('md5', text, 'hex') : (text) => crypto.createHash('md5').update(text).digest('hex');

const PAD2: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

function stripMarks(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(MARKS, '') : text;
}

function collapse(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function clip(raw: string): string {
  return raw.length > 100 ? raw.slice(0, 100) : raw;
}

/** The name reduced for de-duplication: "García, María" and "MARIA GARCIA" both give "MARIA GARCIA". */
export function normaliseName(name: string): string {
  let s = stripMarks(name.toUpperCase());
  const comma = s.indexOf(',');
  if (comma >= 0 && s.indexOf(',', comma + 1) < 0) s = `${s.slice(comma + 1)} ${s.slice(0, comma)}`;
  return s.replace(/[^A-Z0-9 ]+/g, '').replace(/ {2,}/g, ' ').trim();
}

function addressWord(word: string, previous: string): string | null {
  if (word === '#') return UNIT_WORDS.has(previous) ? null : 'APT';
  return ADDRESS_WORDS.get(word) ?? word;
}

// One pass over the text instead of a chain of replaces: this runs for every row.
function addressWords(text: string): string {
  const s = stripMarks(text.toUpperCase());
  let out = '';
  let previous = '';
  let word = '';
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      word += s.slice(start, i);
      start = -1;
    }
    // Punctuation inside a word joins its parts: "4-B" is "4B", "St." is "ST".
    if (c === 46 || c === 39 || c === 45 || c === 96 || c === 34 || c === 0x2019) continue;
    if (word !== '') {
      const w = addressWord(word, previous);
      if (w !== null) {
        out = out === '' ? w : `${out} ${w}`;
        previous = w;
      }
      word = '';
    }
    if (c === 35) {
      const w = addressWord('#', previous);
      if (w !== null) {
        out = out === '' ? w : `${out} ${w}`;
        previous = w;
      }
    }
  }
  return out;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function validDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const days = mo === 2 ? (isLeap(y) ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return d <= days;
}

/** A string → value memo that stops growing on hostile input (every value distinct). */
function memo<V>(compute: (raw: string) => V, limit = 10_000): (raw: string) => V {
  const cache = new Map<string, V>();
  return (raw) => {
    let value = cache.get(raw);
    if (value === undefined && !cache.has(raw)) {
      value = compute(raw);
      if (cache.size < limit) cache.set(raw, value);
    }
    return value as V;
  };
}

function parseStateText(raw: string): string | null {
  const upper = stripMarks(raw.trim().toUpperCase());
  if (upper.length === 2) return US_STATE_CODES.has(upper) ? upper : null;
  const words = upper.replace(/\./g, '').replace(/[^A-Z]+/g, ' ').trim();
  if (words.length === 2 || (words.length === 3 && words[1] === ' ')) {
    const code = words.replace(' ', '');
    return US_STATE_CODES.has(code) ? code : null;
  }
  return STATE_NAMES.get(words) ?? null;
}

function channelSlug(normalised: string): string | null {
  let slug = stripMarks(normalised).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (slug === '') return null;
  // Channel ids start with a letter everywhere else (exposure windows name them the same way).
  if (!/^[a-z]/.test(slug)) slug = `channel_${slug}`;
  return slug.slice(0, 64).replace(/_+$/, '');
}

/** Shows what was wrong with a card cell without repeating a full card number into a report. */
function maskCard(raw: string): string {
  let digits = 0;
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) digits++;
  if (digits <= 4) return clip(raw);
  let seen = 0;
  return clip(raw.replace(/\d/g, (d) => (++seen > digits - 4 ? d : '*')));
}

function parseCardLast4(raw: string): string | null {
  const last = raw.charCodeAt(raw.length - 1);
  if (!(last >= 48 && last <= 57)) return null;
  let digits = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits.length === 4) return null;
      digits += raw[i];
    }
  }
  return digits.length === 4 ? digits : null;
}

export function createRowReader(opts: {
  index: ColumnIndex;
  headerNames: readonly string[];
  mapping: ImportMapping;
  zone: string;
}): (record: readonly string[]) => RowResult {
  const { index, headerNames, mapping } = opts;
  const zone = IANAZone.create(opts.zone);
  if (!zone.isValid) throw new Error(`createRowReader: ${JSON.stringify(opts.zone)} is not an IANA time zone`);

  const at = (field: ImportField): number => index[field] ?? -1;
  const columnName = (field: ImportField): string => {
    const i = index[field];
    return (i === null ? '' : (headerNames[i] ?? '').trim()) || field;
  };
  const iAccount = at('account'), iName = at('name'), iService = at('service_address'), iAddress1 = at('address1');
  const iAddress2 = at('address2'), iCity = at('city'), iState = at('state'), iZip = at('zip'), iEmail = at('email');
  const iLanguage = at('language'), iPaid = at('paid_at'), iChannel = at('channel'), iCard = at('card_last4');
  const cName = columnName('name'), cPaid = columnName('paid_at'), cState = columnName('state'), cZip = columnName('zip');
  const cEmail = columnName('email'), cLanguage = columnName('language'), cCard = columnName('card_last4'), cAccount = columnName('account');

  const defaultLanguage = mapping.defaultLanguage || 'en';
  const channels = new Map(DEFAULT_CHANNELS);
  for (const [raw, id] of Object.entries(mapping.channels)) channels.set(normaliseChannel(raw), id);

  const stateOf = memo(parseStateText);
  const channelOf = memo((raw: string): string | null => {
    const key = normaliseChannel(raw);
    if (key === '') return null;
    return channels.get(key) ?? channelSlug(key);
  });
  const languageOf = memo((raw: string): string | null => {
    const key = raw.trim().toLowerCase();
    const known = LANGUAGES.get(key);
    if (known) return known;
    const m = LANGUAGE_CODE.exec(key);
    return m ? (m[1] ?? null) : null;
  });

  // paidOn of an instant given with an offset. Within one wall-clock hour at one offset the date in
  // the organisation's zone is the same unless the two offsets differ by a part of an hour (or the
  // zone changes offset mid-hour); such hours are marked '' and looked up per minute instead.
  const dayCache = new Map<string, string>();
  const zoneDate = (y: number, mo: number, d: number, h: number, mi: number, offset: number): string =>
    DateTime.fromObject({ year: y, month: mo, day: d, hour: h, minute: mi }, { zone: FixedOffsetZone.instance(offset) }).setZone(zone).toISODate() ?? '';
  const paidOnAt = (date: string, y: number, mo: number, d: number, h: number, mi: number, offsetText: string, offset: number): string => {
    const hourKey = `${date}T${h}${offsetText}`;
    let day = dayCache.get(hourKey);
    if (day === undefined) {
      const first = zoneDate(y, mo, d, h, 0, offset);
      day = first === zoneDate(y, mo, d, h, 59, offset) ? first : '';
      if (dayCache.size > 200_000) dayCache.clear();
      dayCache.set(hourKey, day);
    }
    if (day !== '') return day;
    const minuteKey = `${hourKey}:${mi}`;
    day = dayCache.get(minuteKey);
    if (day === undefined) {
      day = zoneDate(y, mo, d, h, mi, offset);
      dayCache.set(minuteKey, day);
    }
    return day;
  };

  type When = { paidAt: string; paidOn: string } | string;
  const readAuto = (text: string): When => {
    let m = ISO_TIME.exec(text);
    if (m) {
      const [, ys = '', mos = '', ds = '', hs, mis, ss, frac, off] = m;
      const y = +ys, mo = +mos, d = +ds, h = hs === undefined ? 0 : +hs, mi = mis === undefined ? 0 : +mis, s = ss === undefined ? 0 : +ss;
      if (!validDateTime(y, mo, d, h, mi, s) || (off !== undefined && hs === undefined)) return DATE_REASON;
      if (y < MIN_YEAR || y > MAX_YEAR) return YEAR_REASON;
      const date = `${ys}-${mos}-${ds}`;
      const time = `${PAD2[h]}:${mis ?? '00'}:${ss ?? '00'}`;
      if (off === undefined) return { paidAt: `${date} ${time}`, paidOn: date };
      let offset = 0;
      let offsetText = 'Z';
      if (off !== 'Z' && off !== 'z') {
        const oh = +off.slice(1, 3);
        const om = off.length > 3 ? +off.slice(-2) : 0;
        if (oh > 15 || om > 59) return DATE_REASON;
        offset = (off[0] === '-' ? -1 : 1) * (oh * 60 + om);
        offsetText = `${off[0]}${PAD2[oh]}:${PAD2[om]}`;
      }
      const paidAt = `${date}T${time}${frac === undefined ? '' : `.${frac}`}${offsetText}`;
      return { paidAt, paidOn: paidOnAt(date, y, mo, d, h, mi, offsetText, offset) };
    }
    m = US_TIME.exec(text);
    if (m) {
      const [, mos = '', ds = '', ys = '', hs, mis, ss, half] = m;
      const y = +ys, mo = +mos, d = +ds, mi = mis === undefined ? 0 : +mis, s = ss === undefined ? 0 : +ss;
      let h = hs === undefined ? 0 : +hs;
      if (half !== undefined) {
        if (h < 1 || h > 12) return DATE_REASON;
        h = (h % 12) + (half === 'p' || half === 'P' ? 12 : 0);
      }
      if (!validDateTime(y, mo, d, h, mi, s)) return DATE_REASON;
      if (y < MIN_YEAR || y > MAX_YEAR) return YEAR_REASON;
      const date = `${ys}-${PAD2[mo]}-${PAD2[d]}`;
      return { paidAt: `${date} ${PAD2[h]}:${PAD2[mi]}:${PAD2[s]}`, paidOn: date };
    }
    return DATE_REASON;
  };
  const timeFormat = mapping.timeFormat;
  const readFormatted = (text: string): When => {
    const dt = DateTime.fromFormat(text, timeFormat ?? '', { zone });
    if (!dt.isValid) return `is not a date and time in the format ${JSON.stringify(timeFormat)}`;
    if (dt.year < MIN_YEAR || dt.year > MAX_YEAR) return YEAR_REASON;
    return { paidAt: dt.toISO({ suppressMilliseconds: true }) ?? '', paidOn: dt.toISODate() ?? '' };
  };
  const readWhen = timeFormat ? readFormatted : readAuto;

  const cell = (record: readonly string[], i: number): string => {
    if (i < 0) return '';
    const raw = record[i];
    return raw === undefined ? '' : raw.trim();
  };

  return (record) => {
    const name = collapse(cell(record, iName));
    if (name === '' && record.every((c) => c.trim() === '')) return { ok: false, problems: [{ column: '(row)', reason: 'is empty', value: '' }] };

    const problems: RowProblem[] = [];
    const warnings: RowProblem[] = [];
    if (name === '') problems.push({ column: cName, reason: 'is empty', value: '' });
    else if (name.length > 200) problems.push({ column: cName, reason: 'is longer than 200 characters', value: clip(name) });

    const paidText = cell(record, iPaid);
    const when = paidText === '' ? 'is empty' : readWhen(paidText);
    if (typeof when === 'string') problems.push({ column: cPaid, reason: when, value: clip(paidText) });

    const address1 = collapse(cell(record, iAddress1));
    const address2 = collapse(cell(record, iAddress2));
    const city = collapse(cell(record, iCity));
    const service = collapse(cell(record, iService));
    const zipText = cell(record, iZip);
    const zip = ZIP.test(zipText) ? zipText : '';
    if (zipText !== '' && zip === '') warnings.push({ column: cZip, reason: 'is not a ZIP code (12345 or 12345-6789); left out of the address', value: clip(zipText) });
    const zipState = zip === '' ? null : stateForZip(zip);

    let state: string | null = null;
    const stateText = cell(record, iState);
    if (stateText !== '') {
      state = stateOf(stateText);
      if (state === null) problems.push({ column: cState, reason: 'is not a US state or territory code', value: clip(stateText) });
      else if (zipState !== null && zipState !== state) {
        warnings.push({ column: cState, reason: `does not match the ZIP code ${zip}, which is in ${zipState}; the state column is kept`, value: clip(stateText) });
      }
    } else {
      state = zipState;
      if (state === null) {
        for (const line of [address2, address1, city, service]) {
          const m = line === '' ? null : STATE_AT_END.exec(line);
          const code = m?.[1]?.toUpperCase();
          if (code && US_STATE_CODES.has(code)) {
            state = code;
            break;
          }
        }
      }
      if (state === null) problems.push({ column: cState, reason: 'cannot tell the state of residence: no state, ZIP or address with a state', value: '' });
    }

    if (problems.length > 0 || state === null || typeof when === 'string') return { ok: false, problems };

    const emailText = cell(record, iEmail);
    let email: string | null = null;
    if (emailText !== '') {
      const lower = emailText.toLowerCase();
      if (lower.length <= 254 && EMAIL.test(lower)) email = lower;
      else warnings.push({ column: cEmail, reason: 'is not an e-mail address; the resident will be written to by post', value: clip(emailText) });
    }

    const languageText = cell(record, iLanguage);
    let language = defaultLanguage;
    if (languageText !== '') {
      const code = languageOf(languageText);
      if (code !== null) language = code;
      else warnings.push({ column: cLanguage, reason: `is not a language; the default language (${defaultLanguage}) is used`, value: clip(languageText) });
    }

    const channelText = cell(record, iChannel);
    const channel = channelText === '' ? null : channelOf(channelText);

    const cardText = cell(record, iCard);
    let cardLast4: string | null = null;
    if (cardText !== '') {
      cardLast4 = parseCardLast4(cardText);
      if (cardLast4 === null) warnings.push({ column: cCard, reason: 'is not the last four digits of a card number', value: maskCard(cardText) });
    }

    let account: string | null = cell(record, iAccount) || null;
    if (account !== null && account.length > 100) {
      warnings.push({ column: cAccount, reason: 'is longer than 100 characters; left out', value: clip(account) });
      account = null;
    }

    let address: string[];
    let street: string;
    if (address1 !== '') {
      address = address2 === '' ? [address1] : [address1, address2];
      if (city !== '' || zip !== '') address.push(`${city === '' ? state : `${city}, ${state}`}${zip === '' ? '' : ` ${zip}`}`);
      street = address2 === '' ? address1 : `${address1} ${address2}`;
    } else if (service !== '') {
      address = [service];
      street = service;
    } else {
      address = city !== '' || zip !== '' ? [`${city === '' ? state : `${city}, ${state}`}${zip === '' ? '' : ` ${zip}`}`] : [];
      street = '';
    }
    const place = zip !== '' ? zip.slice(0, 5) : city === '' ? state : `${addressWords(city)} ${state}`;
    const streetKey = street === '' ? '' : addressWords(street);
    const addressKey = streetKey === '' ? place : `${streetKey} ${place}`;
    const normName = normaliseName(name);

    return {
      ok: true,
      row: {
        account,
        name,
        normName,
        address,
        addressKey,
        email,
        language,
        state,
        paidAt: when.paidAt,
        paidOn: when.paidOn,
        channel,
        cardLast4,
        personKey: md5(`${normName}|${addressKey}`),
      },
      warnings,
    };
  };
}
