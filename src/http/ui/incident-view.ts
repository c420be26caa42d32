// What the incident page shows, built from the domain incident, its stored obligations and the
// organisation's today. Pure: the page route does the reading.
import type { ObligationRow } from '../../db/schema.js';
import type { AssessedObligation, Incident, IncidentEvent } from '../../domain/types.js';
import { mergeExposure } from '../../domain/exposure.js';
import { submissionWayInWords } from '../../domain/deadline-words.js';
import { countdown } from './countdown.js';
import { DATA_ELEMENT_LABELS, eventLabel, recipientLabel } from './labels.js';
import { displayDate, displayMonth } from './views.js';
import type { TimelinePicture } from './timeline-svg.js';

const MILESTONE_KINDS = new Set(['discovered', 'notified_by_vendor', 'determined', 'scope_identified', 'disclosed_publicly']);

function range(a: string, b: string): string {
  return a === b ? displayDate(a) : `${displayDate(a)} – ${displayDate(b)}`;
}

/** The day an event is drawn on: a month-precision date at its earliest (the conservative reading). */
function eventDay(e: IncidentEvent): string {
  return 'at' in e ? e.at.earliest : e.start.earliest;
}

export function timelinePicture(incident: Incident, obligations: readonly ObligationRow[], today: string): TimelinePicture {
  const exposure = mergeExposure(incident.exposure);
  const picture: TimelinePicture = { today, windows: [], milestones: [], delays: [], deadlines: [], notices: [] };
  for (const w of exposure.windows) picture.windows.push({ start: w.start, end: w.end, label: `Exposed ${range(w.start, w.end)}` });
  for (const e of incident.events) {
    if (e.type === 'law_enforcement_delay') picture.delays.push({ start: e.start.earliest, end: e.end.latest, label: `Law enforcement delay ${range(e.start.earliest, e.end.latest)}` });
    else if (e.type === 'notified') picture.notices.push({ on: e.at.latest, jurisdiction: e.jurisdiction, label: recipientLabel(e.recipient) });
    else picture.milestones.push({ on: eventDay(e), kind: MILESTONE_KINDS.has(e.type) ? (e.type as TimelinePicture['milestones'][number]['kind']) : 'other', label: eventLabel(e.type) });
  }
  for (const o of obligations) {
    if (o.applicability !== 'applies' || !o.due_date || o.recipient === 'data_owner') continue;
    const status = o.status === 'not_applicable' ? 'open' : o.status;
    picture.deadlines.push({ due: o.due_date, jurisdiction: o.jurisdiction, status, label: `${o.jurisdiction} ${recipientLabel(o.recipient).toLowerCase()}` });
  }
  return picture;
}

export interface ObligationView {
  id: string;
  jurisdiction: string;
  jurisdictionName: string;
  recipient: string;
  recipientCode: string;
  recipientName: string;
  citation: string | null;
  due: string | null;
  dueExplanation: string;
  tone: string;
  countdown: string;
  reasons: string[];
  assumptions: string[];
  open: boolean;
  vendorDuty: boolean;
  /** For "whichever is sooner" and "before" deadlines: what set the date. */
  decidedBy: string | null;
  submission: { name: string; ways: string[]; asksFor: string[]; source: string; checked: string } | null;
}

export function obligationView(o: ObligationRow, today: string): ObligationView {
  const d = o.detail as AssessedObligation;
  const c = countdown({ status: o.status, due: o.due_date, daysLate: o.days_late, target: d.deadline?.target ?? null }, today);
  return {
    id: o.id,
    jurisdiction: o.jurisdiction,
    jurisdictionName: d.jurisdictionName ?? o.jurisdiction,
    recipient: recipientLabel(o.recipient),
    recipientCode: o.recipient,
    recipientName: o.recipient_name,
    citation: o.citation,
    due: o.due_date,
    dueExplanation: d.deadline?.explanation ?? '',
    tone: c.tone,
    countdown: c.text,
    reasons: d.reasons ?? [],
    assumptions: d.assumptions ?? [],
    open: o.status === 'open',
    vendorDuty: o.recipient === 'data_owner',
    decidedBy: d.deadline?.decidedBy ?? null,
    submission: d.submission ? { name: d.submission.name, ways: d.submission.ways.map(submissionWayInWords), asksFor: d.submission.asksFor, source: d.submission.source, checked: d.submission.checked } : null,
  };
}

/** The filed facts in plain words, for the page's summary. */
export function incidentFacts(incident: Incident) {
  const exposure = mergeExposure(incident.exposure);
  return {
    system: incident.system ? [incident.system.name, incident.system.vendor ? `by ${incident.system.vendor}` : null].filter(Boolean).join(' ') : null,
    components: incident.system?.components.map((c) => (c.cves.length ? `${c.name} (${c.cves.join(', ')})` : c.name)) ?? [],
    dataElements: incident.dataElements.map((e) => DATA_ELEMENT_LABELS[e as keyof typeof DATA_ELEMENT_LABELS] ?? e),
    encrypted: incident.encryption.encrypted,
    windows: exposure.windows.map((w) => ({ text: range(w.start, w.end), channel: w.channel, days: w.days })),
    affected: Object.entries(incident.affected.byState)
      .sort((a, b) => b[1] - a[1])
      .map(([state, n]) => ({ state, n })),
    events: [...incident.events]
      .sort((a, b) => eventDay(a).localeCompare(eventDay(b)))
      .map((e) => ({
        label: eventLabel(e.type),
        when: e.type === 'law_enforcement_delay' ? range(e.start.earliest, e.end.latest) : e.at.precision === 'month' ? `${displayMonth(e.at.earliest)} (month only)` : displayDate(eventDay(e)),
        detail: e.type === 'notified' ? `${recipientLabel(e.recipient)}, ${e.jurisdiction}` : e.type === 'law_enforcement_delay' ? e.agency : null,
      })),
  };
}
