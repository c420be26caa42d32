// What the load clients send: the Odessa 2019 incident file with its title and dates moved a little
// (so rows differ as real filings do), and the events a clerk records afterwards. Seeded, so a run
// can be repeated with the same requests.
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { mulberry32 } from './generate-export.js';

const ODESSA_2019 = JSON.parse(readFileSync(new URL('../fixtures/odessa-2019.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/**
 * The event types an incident file brings with it. Events posted later never use these, so the
 * check against PostgreSQL can tell a filed event from a posted one without any bookkeeping.
 */
export const FILED_EVENT_TYPES = ['discovered', 'notified_by_vendor'] as const;
export const FILED_EVENTS_PER_INCIDENT = 2;

export type Random = () => number;

/** The benchmark's seeded generator: the same requests for the same seed on every machine. */
export const seededRandom: (seed: number) => Random = mulberry32;

const int = (rnd: Random, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
const day = (d: DateTime) => d.toISODate()!;

export interface FiledIncident {
  body: Record<string, unknown>;
  /** The day the organisation learned of it: posted events are dated after it. */
  discovered: DateTime;
}

export function incidentFile(rnd: Random, client: number, iteration: number): FiledIncident {
  const start = DateTime.fromISO('2019-08-27', { zone: 'utc' }).plus({ days: int(rnd, -120, 120) });
  const end = start.plus({ days: int(rnd, 10, 60) });
  const discovered = end.plus({ days: int(rnd, 5, 90) });
  const file = structuredClone(ODESSA_2019);
  delete file.organization; // the tenant comes from the token
  return {
    discovered,
    body: {
      ...file,
      title: `Click2Gov payment compromise, load client ${client} #${iteration}`,
      exposure: [{ start: day(start), end: day(end), channel: 'one_time_payment' }],
      events: [
        { type: 'discovered', at: day(discovered), source: 'vendor_notice' },
        { type: 'notified_by_vendor', at: day(discovered) },
      ],
      affected: { byState: { TX: int(rnd, 50, 5000), NM: int(rnd, 0, 40) } },
    },
  };
}

const RECIPIENTS = ['individuals', 'attorney_general', 'consumer_reporting_agencies', 'media'] as const;

/** One event as `POST /v1/incidents/:id/events` takes it, dated after the discovery. */
export function laterEvent(rnd: Random, discovered: DateTime): Record<string, unknown> {
  const at = discovered.plus({ days: int(rnd, 0, 75) });
  switch (int(rnd, 0, 4)) {
    case 0:
      return { type: 'determined', at: day(at) };
    case 1:
      return { type: 'scope_identified', at: day(at), note: 'Vendor confirmed the affected payment window.' };
    case 2:
      return { type: 'law_enforcement_delay', start: day(at), end: day(at.plus({ days: int(rnd, 1, 30) })), agency: 'FBI Midland' };
    case 3:
      return { type: 'notified', recipient: RECIPIENTS[int(rnd, 0, RECIPIENTS.length - 1)], jurisdiction: 'TX', at: day(at) };
    default:
      // A month, not a day: fuzzy dates go through the same door.
      return { type: 'recovered', at: at.toFormat('yyyy-MM') };
  }
}
