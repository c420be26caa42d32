// Request bodies as documented in /docs. Validation itself happens in the domain parser, which
// reports every bad field at once in words a clerk can act on; these shapes only describe.
const date = { type: 'string', description: 'YYYY-MM-DD (a day in the organisation zone), YYYY-MM (day unknown) or an ISO instant' };

export const eventDoc = {
  type: 'object',
  description:
    'One event. type: discovered {at, source?} | notified_by_vendor {at} | determined {at} | scope_identified {at} | recovered {at} | law_enforcement_delay {start, end, agency?} | notified {recipient, jurisdiction, at} | disclosed_publicly {at}',
  properties: {
    type: { type: 'string', enum: ['discovered', 'notified_by_vendor', 'determined', 'scope_identified', 'recovered', 'law_enforcement_delay', 'notified', 'disclosed_publicly'] },
    at: date,
    start: date,
    end: date,
    source: { type: 'string' },
    recipient: { type: 'string', enum: ['individuals', 'attorney_general', 'consumer_reporting_agencies', 'state_agency', 'regulator', 'data_owner', 'media', 'card_brands'] },
    jurisdiction: { type: 'string', description: 'USPS code such as TX, or a regime id' },
    note: { type: 'string' },
  },
  required: ['type'],
} as const;

export const incidentFileDoc = {
  type: 'object',
  description: 'The incident file (DESIGN §5). `organization` is taken from the token and may be omitted. `contacts`: staff e-mails to remind (default: you).',
  properties: {
    title: { type: 'string' },
    summary: { type: 'string' },
    system: { type: 'object' },
    dataElements: { type: 'array', items: { type: 'string' } },
    encryption: { type: 'object', properties: { encrypted: { type: 'boolean' }, keyCompromised: { type: 'boolean' } } },
    exposure: { type: 'array', items: { type: 'object', properties: { start: date, end: date, channel: { type: 'string' } } } },
    events: { type: 'array', items: eventDoc },
    affected: { type: 'object', properties: { byState: { type: 'object', additionalProperties: { type: 'integer' } } } },
    regimes: { type: 'array', items: { type: 'string' } },
    contacts: { type: 'array', items: { type: 'string', format: 'email' } },
  },
  required: ['title', 'dataElements', 'exposure', 'events'],
} as const;
