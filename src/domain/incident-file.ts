// The incident file of DESIGN §5, validated whole: every problem is reported with its field path,
// unknown fields are refused (a typo must not silently drop a date), and dates keep their precision.
import { IANAZone } from 'luxon';
import { JURISDICTION_NAMES } from '../rules/jurisdiction-names.js';
import { parseFuzzyDate } from './fuzzy-date.js';
import { timelineOrderErrors } from './timeline-order.js';
import { join, Reader, type FieldError, type Json } from './validate.js';
import {
  ORGANIZATION_KINDS,
  type ExposureWindowInput,
  type FuzzyDate,
  type Incident,
  type IncidentEvent,
  type OrganizationInfo,
  type Recipient,
} from './types.js';

export type { FieldError };

export const RECIPIENTS: readonly Recipient[] = [
  'individuals',
  'attorney_general',
  'consumer_reporting_agencies',
  'state_agency',
  'regulator',
  'data_owner',
  'media',
  'card_brands',
];

const EVENT_FIELDS = {
  discovered: ['at', 'source'],
  notified_by_vendor: ['at'],
  determined: ['at'],
  scope_identified: ['at'],
  materiality_determined: ['at'],
  recovered: ['at'],
  law_enforcement_delay: ['start', 'end', 'agency'],
  notified: ['recipient', 'jurisdiction', 'obligation', 'at'],
  disclosed_publicly: ['at'],
} as const satisfies Record<IncidentEvent['type'], readonly string[]>;
const EVENT_TYPES = Object.keys(EVENT_FIELDS) as IncidentEvent['type'][];

const FILE_FIELDS = ['title', 'summary', 'organization', 'system', 'dataElements', 'encryption', 'exposure', 'events', 'affected', 'regimes'];
const STATE_CODE = /^[A-Z]{2}$/;
const REGIME = /^[A-Z]{2,}(-[A-Z0-9]+)+$/;
const ELEMENT_ID = /^[a-z][a-z0-9_]{0,63}$/;
const CVE = /^CVE-\d{4}-\d{4,}$/;

type Parsed<K extends string, T> = ({ ok: true } & { [key in K]: T }) | { ok: false; errors: FieldError[] };

const zoneValidity = new Map<string, boolean>();

/** IANA zone check, remembered: luxon builds an Intl formatter for every check. */
export function isValidZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (zoneValidity.size < 1000) zoneValidity.set(zone, valid);
  }
  return valid;
}

export function isKnownJurisdiction(code: string): boolean {
  return code in JURISDICTION_NAMES || REGIME.test(code);
}

function date(r: Reader, value: unknown, field: string, zone: string): FuzzyDate | null {
  if (value === undefined || value === null) {
    r.fail(field, 'is required: a date like 2020-07-06, or a month like 2020-04');
    return null;
  }
  const parsed = parseFuzzyDate(value, zone);
  if (!parsed.ok) r.fail(field, parsed.message);
  return parsed.ok ? parsed.date : null;
}

function organization(r: Reader, value: unknown): OrganizationInfo | null {
  const o = r.object(value, 'organization', ['name', 'kind', 'state', 'timezone']);
  if (!o) return null;
  const name = r.string(o.name, 'organization.name', { max: 200 });
  const kind = r.oneOf(o.kind, 'organization.kind', ORGANIZATION_KINDS);
  const state = r.string(o.state, 'organization.state', { pattern: STATE_CODE, hint: 'a two-letter state code such as TX' });
  if (state && !(state in JURISDICTION_NAMES)) r.fail('organization.state', `${state} is not a US state or territory code`);
  const timezone = r.string(o.timezone, 'organization.timezone', { hint: 'an IANA time zone such as America/Chicago' });
  if (timezone && !isValidZone(timezone)) r.fail('organization.timezone', `${timezone} is not an IANA time zone (e.g. America/Chicago)`);
  return name && kind && state && timezone && r.errors.length === 0 ? { name, kind, state, timezone } : null;
}

function readEvent(r: Reader, value: unknown, field: string, zone: string): IncidentEvent | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    r.fail(field, 'must be a JSON object: an event with a "type"');
    return null;
  }
  const type = r.oneOf((value as Json).type, join(field, 'type'), EVENT_TYPES);
  if (!type) return null;
  const before = r.errors.length;
  const e = r.object(value, field, ['type', 'note', ...EVENT_FIELDS[type]])!;
  const note = r.optionalString(e.note, join(field, 'note'), { max: 2000 });
  let event: IncidentEvent | null = null;
  if (type === 'law_enforcement_delay') {
    const start = date(r, e.start, join(field, 'start'), zone);
    const end = date(r, e.end, join(field, 'end'), zone);
    const agency = r.optionalString(e.agency, join(field, 'agency'), { max: 200 });
    if (start && end && end.latest < start.earliest) r.fail(join(field, 'end'), 'must not be before start');
    if (start && end) event = { type, start, end, agency, note };
  } else if (type === 'notified') {
    const recipient = r.oneOf(e.recipient, join(field, 'recipient'), RECIPIENTS);
    const jurisdiction = r.string(e.jurisdiction, join(field, 'jurisdiction'), { max: 32, hint: 'the state code (TX) or regime id the notice was given under' });
    if (jurisdiction && !isKnownJurisdiction(jurisdiction)) r.fail(join(field, 'jurisdiction'), `${jurisdiction} is not a US state or territory code (e.g. TX) or a regime id (e.g. US-HIPAA)`);
    const obligation = r.optionalString(e.obligation, join(field, 'obligation'), { max: 64, pattern: /^[a-z0-9-]+$/, hint: 'an obligation id such as attorney-general' });
    const at = date(r, e.at, join(field, 'at'), zone);
    if (recipient && jurisdiction && at) event = { type, recipient, jurisdiction, obligation, at, note };
  } else {
    const at = date(r, e.at, join(field, 'at'), zone);
    if (type === 'discovered') {
      const source = r.optionalString(e.source, join(field, 'source'), { max: 100 });
      if (at) event = { type, at, source, note };
    } else if (at) {
      event = { type, at, note };
    }
  }
  return r.errors.length === before ? event : null;
}

function exposureWindow(r: Reader, value: unknown, field: string, zone: string): ExposureWindowInput | null {
  const w = r.object(value, field, ['start', 'end', 'channel']);
  if (!w) return null;
  const start = date(r, w.start, join(field, 'start'), zone);
  const end = date(r, w.end, join(field, 'end'), zone);
  const channel = r.optionalString(w.channel, join(field, 'channel'), { max: 64, pattern: ELEMENT_ID, hint: 'a channel id such as one_time_payment' });
  if (start && end && end.latest < start.earliest) r.fail(join(field, 'end'), 'must not be before start');
  return start && end ? { start, end, channel } : null;
}

function system(r: Reader, value: unknown): Incident['system'] {
  if (value === undefined || value === null) return null;
  const s = r.object(value, 'system', ['name', 'vendor', 'components']);
  if (!s) return null;
  const name = r.string(s.name, 'system.name', { max: 200 });
  const vendor = r.optionalString(s.vendor, 'system.vendor', { max: 200 });
  const list = s.components === undefined ? [] : r.array(s.components, 'system.components', { max: 50 }) ?? [];
  const components = list.map((c, i) => {
    const field = `system.components[${i}]`;
    const o = r.object(c, field, ['name', 'cves']);
    const cves = o?.cves === undefined ? [] : r.array(o.cves, join(field, 'cves'), { max: 100 }) ?? [];
    return {
      name: o ? r.string(o.name, join(field, 'name'), { max: 200 }) ?? '' : '',
      cves: cves.map((v, k) => r.string(v, `${field}.cves[${k}]`, { pattern: CVE, hint: 'a CVE id like CVE-2017-10271' }) ?? ''),
    };
  });
  return { name: name ?? '', vendor, components };
}

function affected(r: Reader, value: unknown): Record<string, number> {
  if (value === undefined || value === null) return {};
  const a = r.object(value, 'affected', ['byState']);
  if (!a || a.byState === undefined) return {};
  const byState = r.object(a.byState, 'affected.byState', Object.keys(JURISDICTION_NAMES));
  const out: Record<string, number> = {};
  for (const [code, n] of Object.entries(byState ?? {})) {
    if (!(code in JURISDICTION_NAMES)) continue;
    const count = r.count(n, `affected.byState.${code}`);
    if (count !== null) out[code] = count;
  }
  return out;
}

function stringList(r: Reader, value: unknown, field: string, pattern: RegExp, hint: string, min: number): string[] {
  if (value === undefined && min === 0) return [];
  const list = r.array(value, field, { min, max: 100 }) ?? [];
  const out = list.map((v, i) => r.string(v, `${field}[${i}]`, { pattern, hint }));
  return [...new Set(out.filter((v): v is string => v !== null))];
}

/**
 * `stored`: reading back what PostgreSQL already holds; the order of its events was checked when
 * each was recorded, and an incident stored before that check must stay readable.
 */
export function parseIncidentFile(json: unknown, opts: { organization?: OrganizationInfo; stored?: boolean } = {}): Parsed<'incident', Incident> {
  const r = new Reader();
  const file = r.object(json, '', FILE_FIELDS);
  if (!file) return { ok: false, errors: r.errors };
  const title = r.string(file.title, 'title', { max: 200 });
  const summary = r.optionalString(file.summary, 'summary', { max: 5000 });
  // Through the API the tenant is the organisation; a copy inside the body is ignored.
  const org = opts.organization ?? organization(r, file.organization);
  const zone = org?.timezone ?? 'UTC';
  const encryptionObj = file.encryption === undefined ? {} : r.object(file.encryption, 'encryption', ['encrypted', 'keyCompromised']) ?? {};
  const encryption = {
    encrypted: r.boolean(encryptionObj.encrypted, 'encryption.encrypted', false) ?? false,
    keyCompromised: r.boolean(encryptionObj.keyCompromised, 'encryption.keyCompromised', false) ?? false,
  };
  const dataElements = stringList(r, file.dataElements, 'dataElements', ELEMENT_ID, 'a data element id such as card_number', 1);
  const exposure = (r.array(file.exposure, 'exposure', { min: 1, max: 1000 }) ?? []).map((w, i) => exposureWindow(r, w, `exposure[${i}]`, zone));
  const events = (r.array(file.events, 'events', { min: 1, max: 1000 }) ?? []).map((e, i) => readEvent(r, e, `events[${i}]`, zone));
  if (Array.isArray(file.events) && !file.events.some((e) => (e as Json | null)?.type === 'discovered')) {
    r.fail('events', 'must include a "discovered" event: the day the organisation learned of the breach');
  }
  const incident: Incident = {
    title: title ?? '',
    summary,
    organization: org!,
    system: system(r, file.system),
    dataElements,
    encryption,
    exposure: exposure.filter((w): w is ExposureWindowInput => w !== null),
    events: events.filter((e): e is IncidentEvent => e !== null),
    affected: { byState: affected(r, file.affected) },
    regimes: stringList(r, file.regimes, 'regimes', REGIME, 'a regime id such as US-HIPAA', 0),
  };
  if (!r.errors.length && !opts.stored) {
    r.errors.push(...timelineOrderErrors(incident.events, incident.exposure, incident.events.map((event, i) => ({ event, field: `events[${i}]` }))));
  }
  return r.errors.length || !org ? { ok: false, errors: r.errors } : { ok: true, incident };
}

/** One event posted on its own (`POST /v1/incidents/:id/events`); fields are named without a prefix. */
export function parseEventInput(json: unknown, org: OrganizationInfo): Parsed<'event', IncidentEvent> {
  const r = new Reader();
  const event = readEvent(r, json, '', org.timezone);
  return event && r.errors.length === 0 ? { ok: true, event } : { ok: false, errors: r.errors };
}
