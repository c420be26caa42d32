// The rule catalogue's shape. Rules are data: every fact carries a citation and the dates it was in
// force, so an obligation can always say which text of the law produced it.

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export type Recipient =
  | 'individuals'
  | 'attorney_general'
  | 'consumer_reporting_agencies'
  | 'state_agency'
  | 'regulator'
  | 'data_owner'
  | 'media'
  | 'card_brands';

/**
 * How a threshold is compared with the affected count: "more than 500" vs "at least 500";
 * `fewer_than` for duties that apply only below a number (HIPAA's annual log for under 500).
 */
export type Comparison = 'more_than' | 'at_least' | 'fewer_than';

/**
 * What starts a clock. Event anchors come from the incident's events; `individuals_notified` is
 * the date the individual notice in the same jurisdiction went out (relative deadlines).
 * `scope_identified` is Maine's "aware of the breach and identified its scope".
 */
export type AnchorEvent =
  | 'discovered'
  | 'notified_by_vendor'
  | 'determined'
  | 'scope_identified'
  | 'materiality_determined'
  | 'recovered';

/** Who the organisation is, as far as a statute's coverage is concerned. */
export type OrgCategory = 'business' | 'nonprofit' | 'local_government' | 'state_agency';

export type CoverageAnswer = 'yes' | 'no' | 'uncertain';

export interface Coverage {
  answer: CoverageAnswer;
  /** Why, in words a city attorney can check, with the section that says so. */
  reason: string;
}

export type DeadlineRule =
  /** No statutory number of days ("most expedient time possible and without unreasonable delay"). */
  /** `targetDays`: the planning target for "immediately"-type standards (default 30 days). */
  | { kind: 'without_unreasonable_delay'; anchor: AnchorEvent; standard: string; targetDays?: number }
  /** "Within N calendar days after <anchor>". */
  | { kind: 'calendar_days'; days: number; anchor: AnchorEvent }
  /** "Within N business days after <anchor>": skips weekends and the jurisdiction's legal holidays. */
  | { kind: 'business_days'; days: number; anchor: AnchorEvent }
  /** "Within N hours of <anchor>", counted from the instant (or the start of the anchor's day). */
  | { kind: 'hours'; hours: number; anchor: AnchorEvent }
  /**
   * Tied to the individual notice in the same jurisdiction: `with` (no later than it),
   * or `after` it by up to `days` (calendar or business).
   */
  | { kind: 'relative'; to: 'individuals'; relation: 'with' }
  | { kind: 'relative'; to: 'individuals'; relation: 'after'; days: number; dayType: 'calendar' | 'business' }
  /** The statute requires the notice but sets no time at all. */
  | { kind: 'no_deadline'; standard: string }
  /** "Within N days after the end of the calendar year" of discovery (annual logs, e.g. HIPAA under 500). */
  | { kind: 'after_year_end'; days: number };

/** What a law-enforcement delay does to this clock. */
export type LawEnforcementEffect =
  /** The clock pauses for the length of the delay. */
  | { effect: 'toll'; citation: string }
  /** A new clock starts when law enforcement clears notice. */
  | { effect: 'restart'; days: number; dayType: 'calendar' | 'business'; citation: string }
  /** The statute makes no allowance. */
  | { effect: 'none' };

export interface Threshold {
  count: number;
  comparison: Comparison;
  /** Whose count: residents of the jurisdiction affected (the usual case), or everyone affected (regimes). */
  of: 'residents' | 'total';
}

/**
 * Machine-checkable parts of a resident letter. Templates mark each with
 * `data-element="<id>"`; the content checker refuses a letter missing one its rules require.
 */
/**
 * The vocabulary of exposed data, shared by incident files (`dataElements`) and the statutes'
 * definitions of personal information. An incident may name other ids; they match nothing.
 */
export const DATA_ELEMENTS = [
  'name',
  'ssn',
  'drivers_license',
  'state_id',
  'passport',
  'military_id',
  'tax_id',
  'card_number',
  'card_expiration',
  'card_security_code',
  'account_number',
  'access_code',
  'username',
  'email',
  'password',
  'security_question',
  'biometric',
  'medical',
  'health_insurance',
  'genetic',
  'date_of_birth',
  'mothers_maiden_name',
  'digital_signature',
  'employee_id',
  'billing_address',
  'phone',
] as const;
export type DataElement = (typeof DATA_ELEMENTS)[number];

/** One way data is "personal information": every element of `all`, plus one of `anyOf` when given. */
export interface PiCombination {
  all: DataElement[];
  anyOf: DataElement[];
}

export interface PersonalInformationDefinition {
  citation: string;
  /** The definition in plain words, e.g. "name with SSN, licence number, or card number and its code". */
  summary: string;
  combinations: PiCombination[];
}

export const LETTER_ELEMENTS = [
  'what_happened',
  'information_involved',
  'breach_dates',
  'notice_date',
  'what_we_are_doing',
  'what_you_can_do',
  'contact',
  'credit_bureaus',
  'ftc',
  'attorney_general',
  'fcra_rights',
  'review_statements',
  'law_enforcement_delay',
  'ca_headings',
] as const;
export type LetterElement = (typeof LETTER_ELEMENTS)[number];

export interface ObligationRule {
  /** Stable within a law across versions, e.g. `individuals`, `attorney-general`, `dir-48h`. */
  id: string;
  recipient: Recipient;
  recipientName: string;
  citation: string;
  deadline: DeadlineRule;
  threshold: Threshold | null;
  lawEnforcement: LawEnforcementEffect;
  /** Content the notice must contain, in the statute's words (shown to staff). */
  requiredContent: string[];
  /** The same for resident letters, as checkable elements (individuals obligations only). */
  letterElements: LetterElement[];
  /** A condition staff must check themselves (e.g. "only if election data is involved"). */
  condition: string | null;
  notes: string | null;
}

export type Confidence = 'high' | 'medium' | 'low';

export interface Source {
  where: string;
  facts: string;
}

export interface RuleVersion {
  /** Unique in the catalogue, e.g. `TX-2020`. */
  id: string;
  /** Inclusive ISO dates; `effectiveTo: null` = still in force. */
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  citations: string[];
  summary: string;
  coverage: Record<OrgCategory, Coverage>;
  /**
   * Coverage of another state's government bodies, where the statute says something about them.
   * Absent: a government-only statute does not reach them, a general one is uncertain.
   */
  coverageOutOfState?: Partial<Record<OrgCategory, Coverage>>;
  encryptionSafeHarbor: { exists: boolean; keyException: boolean; citation: string } | null;
  /** `recordToKeep`: what must be documented (and kept, or sent) to rely on the exception. */
  riskOfHarmException: { exists: boolean; standard: string | null; recordToKeep?: string | null } | null;
  /** What data counts; absent = not encoded yet (the assessment then assumes it is covered). */
  personalInformation?: PersonalInformationDefinition;
  /** When notice by website/media may replace letters. */
  substituteNotice?: { costOver: number | null; recipientsOver: number | null; citation: string } | null;
  obligations: ObligationRule[];
  confidence: Confidence;
  /** What stayed unverified for this version (shown with every obligation it produces). */
  unverified: string[];
  sources: Source[];
}

/**
 * One statute (or group of sections) over time. A jurisdiction can have several: the general
 * breach law and a separate one for government bodies, say.
 */
export interface Law {
  /** e.g. `TX-BCC-521`, `TX-GOV-2054`. */
  id: string;
  title: string;
  /**
   * `residents`: applies where the organisation's data covers residents of the jurisdiction.
   * `home`: applies to organisations located in the jurisdiction (e.g. a state IT agency notice).
   */
  scope: 'residents' | 'home';
  /** Card-brand rules bind by contract, not statute; shown so staff weigh them accordingly. */
  basis?: 'statute' | 'regulation' | 'contract';
  versions: RuleVersion[];
}

export interface Jurisdiction {
  /** USPS code (`TX`) or regime id (`US-HIPAA`). */
  code: string;
  name: string;
  kind: 'state' | 'district' | 'territory' | 'regime';
  /** date-holidays region for business-day counting, e.g. `{country:'US', state:'TX'}`. */
  holidays: { country: string; state?: string };
  laws: Law[];
}

export type Catalogue = readonly Jurisdiction[];
