// For a notice already sent: how late could the clock have started for it still to be on time?
// ("To have been on time in Texas, the determination must have been on or after 2020-07-31.")
// Found by moving only that anchor event, day by day, and re-running the same engine, so every
// rule — tolling, business days, a version change — is honoured exactly.
import type { Catalogue } from '../rules/types.js';
import { ANCHOR_WORDS } from './anchors.js';
import { assessIncident } from './assess.js';
import { addDays } from './dates.js';
import type { AssessedObligation, Incident, IncidentEvent, IsoDate } from './types.js';

/** How far back to look: past three years no anchor is plausible for a notice. */
const MAX_DAYS = 3 * 366;

export interface OnTimeAnchor {
  key: string;
  anchor: string;
  notifiedOn: IsoDate;
  /** The earliest anchor date for which the notice would have been on time; null if none in range. */
  earliestOnTimeAnchor: IsoDate | null;
  statement: string;
}

type AnchorType = keyof typeof ANCHOR_WORDS;

function withAnchor(incident: Incident, type: AnchorType, date: IsoDate): Incident {
  const at = { raw: date, precision: 'day' as const, earliest: date, latest: date, instant: null };
  const others = incident.events.filter((e) => e.type !== type);
  const moved = { type, at, note: null, ...(type === 'discovered' ? { source: null } : {}) } as IncidentEvent;
  return { ...incident, events: [...others, moved] };
}

/** Only the obligation's own jurisdiction matters: assessing the others on every step is waste. */
function only(incident: Incident, jurisdiction: string): Incident {
  const count = incident.affected.byState[jurisdiction];
  return {
    ...incident,
    affected: { byState: count === undefined ? {} : { [jurisdiction]: count } },
    regimes: incident.regimes.filter((r) => r === jurisdiction),
  };
}

/** On time only while the duty still applies and is met: a date before the law does not count. */
function onTime(o: AssessedObligation | undefined): boolean {
  return o?.applicability === 'applies' && o.status === 'met';
}

export function onTimeAnchors(incident: Incident, catalogue: Catalogue): OnTimeAnchor[] {
  const base = assessIncident(incident, catalogue);
  return base.obligations.flatMap((o) => {
    if (o.applicability !== 'applies' || !o.notifiedOn || o.deadline.kind !== 'fixed' || !o.deadline.anchorDate || !(o.deadline.anchor in ANCHOR_WORDS)) return [];
    const type = o.deadline.anchor as AnchorType;
    const scoped = only(incident, o.jurisdiction);
    const check = (d: IsoDate) => onTime(assessIncident(withAnchor(scoped, type, d), catalogue).obligations.find((x) => x.key === o.key));
    // Moving the anchor later never makes a deadline earlier: walk back from the notice day.
    let earliest: IsoDate | null = null;
    for (let d = o.notifiedOn, i = 0; i < MAX_DAYS && check(d); d = addDays(d, -1), i++) earliest = d;
    const words = ANCHOR_WORDS[type];
    const statement = earliest
      ? `To have been on time in ${o.jurisdictionName} (${o.recipientName}), ${words} must have been on or after ${earliest}; it is recorded as ${o.deadline.anchorDate}.`
      : `No date for ${words} in the three years before ${o.notifiedOn} would have made this notice on time.`;
    return [{ key: o.key, anchor: type, notifiedOn: o.notifiedOn, earliestOnTimeAnchor: earliest, statement }];
  });
}
