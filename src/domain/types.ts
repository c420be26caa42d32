// The domain's shared vocabulary: an incident as the engine sees it, and what it says about it.
// The JSON shapes here are the stable interface of DESIGN §5.
import type { IsoDate, Recipient, Confidence, LetterElement, SubmissionChannel } from '../rules/types.js';

export type { IsoDate, Recipient };

export const ORGANIZATION_KINDS = [
  'municipality',
  'county',
  'utility',
  'state_agency',
  'school_district',
  'special_district',
  'business',
  'nonprofit',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * A date as the incident file gives it: a calendar day in the organisation's zone, an instant,
 * or a month whose day is unknown. `raw` is kept so the original is never lost.
 */
export interface FuzzyDate {
  raw: string;
  precision: 'month' | 'day' | 'instant';
  /** First and last calendar day it can mean (equal for day/instant), in the org's zone. */
  earliest: IsoDate;
  latest: IsoDate;
  /** Only for `instant`: the ISO instant in UTC. */
  instant: string | null;
}

export interface OrganizationInfo {
  name: string;
  kind: OrganizationKind;
  state: string;
  timezone: string;
}

export interface ExposureWindowInput {
  start: FuzzyDate;
  end: FuzzyDate;
  channel: string | null;
}

export type IncidentEvent =
  | { type: 'discovered'; at: FuzzyDate; source: string | null; note: string | null }
  | { type: 'notified_by_vendor'; at: FuzzyDate; note: string | null }
  | { type: 'determined'; at: FuzzyDate; note: string | null }
  | { type: 'scope_identified'; at: FuzzyDate; note: string | null }
  | { type: 'materiality_determined'; at: FuzzyDate; note: string | null }
  | { type: 'recovered'; at: FuzzyDate; note: string | null }
  | { type: 'law_enforcement_delay'; start: FuzzyDate; end: FuzzyDate; agency: string | null; note: string | null }
  /** `obligation` narrows the notice to one obligation id (e.g. `dir-cause-report`); null = every obligation to that recipient. */
  | { type: 'notified'; recipient: Recipient; jurisdiction: string; obligation: string | null; at: FuzzyDate; note: string | null }
  | { type: 'disclosed_publicly'; at: FuzzyDate; note: string | null };

export type IncidentEventType = IncidentEvent['type'];

/** An incident after the file was parsed and validated. */
export interface Incident {
  title: string;
  summary: string | null;
  organization: OrganizationInfo;
  system: { name: string; vendor: string | null; components: { name: string; cves: string[] }[] } | null;
  dataElements: string[];
  encryption: { encrypted: boolean; keyCompromised: boolean };
  exposure: ExposureWindowInput[];
  events: IncidentEvent[];
  affected: { byState: Record<string, number> };
  /** Opt-in regimes (e.g. `US-HIPAA`); empty means state law only. */
  regimes: string[];
}

export interface MergedWindow {
  start: IsoDate;
  end: IsoDate;
  channel: string | null;
  days: number;
  /** How many input windows were folded into this one. */
  sources: number;
}

export interface ExposureSummary {
  windows: MergedWindow[];
  start: IsoDate | null;
  end: IsoDate | null;
  spanDays: number | null;
  exposedDays: number;
  channels: string[];
  assumptions: string[];
}

/** `earlier_of`: the sooner of several limbs; `before`: must precede the individual notice. */
export type DeadlineKind = 'fixed' | 'without_unreasonable_delay' | 'relative' | 'earlier_of' | 'before';
/** Kinds whose deadline may carry only a planning target until a date is known. */
export const ADVISORY_DEADLINE_KINDS: readonly DeadlineKind[] = ['without_unreasonable_delay', 'earlier_of', 'before'];
export type DeadlineUnit = 'calendar_days' | 'business_days' | 'hours';

export interface Deadline {
  kind: DeadlineKind;
  /** Due calendar date in the org's zone; null where the law sets none. */
  due: IsoDate | null;
  /** Last instant that is on time, UTC ISO. */
  dueAt: string | null;
  anchor: string;
  anchorDate: IsoDate | null;
  amount: number | null;
  unit: DeadlineUnit | null;
  /** Advisory date for deadlines without a statutory date. */
  target: IsoDate | null;
  /** Days the clock was paused for law enforcement, if any. */
  tolledDays: number;
  explanation: string;
  /**
   * For "whichever is sooner" and "before another notice": the limb or relation that set the
   * date, in words ("14 business days after discovery of the breach"); null for a single clock.
   */
  decidedBy?: string | null;
}

export type ObligationStatus = 'open' | 'met' | 'late' | 'not_applicable';
export type Applicability = 'applies' | 'not_applicable' | 'no_rule';

export interface AssessedObligation {
  /** Stable business key within an incident: `<jurisdiction>:<law>:<obligation>`. */
  key: string;
  jurisdiction: string;
  jurisdictionName: string;
  recipient: Recipient;
  recipientName: string;
  law: string | null;
  rule: string | null;
  citation: string | null;
  applicability: Applicability;
  deadline: Deadline;
  threshold: { count: number; comparison: string; affected: number | null; met: boolean | null } | null;
  status: ObligationStatus;
  notifiedOn: IsoDate | null;
  daysLate: number | null;
  confidence: Confidence | null;
  reasons: string[];
  assumptions: string[];
  unverified: string[];
  requiredContent: string[];
  /** Checkable letter elements the rule requires (individuals obligations; else empty). */
  letterElements: LetterElement[];
  /** What the notice must not contain, in the statute's words, and as checkable letter elements. */
  forbiddenContent: string[];
  forbiddenLetterElements: LetterElement[];
  /** Where this notice goes (form, e-mail, postal address) and what it asks for; null for residents or where none is recorded. */
  submission: SubmissionChannel | null;
}

export interface Timeline {
  exposureSpanDays: number | null;
  exposureEndToDiscoveryDays: number | null;
  discoveryToNoticeDays: number | null;
  exposureEndToPublicDisclosureDays: number | null;
  discoveredOn: IsoDate | null;
  firstIndividualNoticeOn: IsoDate | null;
  publicDisclosureOn: IsoDate | null;
}

export interface Assessment {
  exposure: ExposureSummary;
  obligations: AssessedObligation[];
  timeline: Timeline;
  assumptions: string[];
}
