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
  | { kind: 'after_year_end'; days: number }
  /**
   * "Whichever is sooner": due on the earliest of its limbs (e.g. Vermont's 14 business days after
   * discovery or the consumer notice, whichever is sooner). The assessment names the limb that decided.
   */
  | { kind: 'earlier_of'; limbs: DeadlineLimb[] }
  /**
   * Must go out before the individual notice in the same jurisdiction (Maryland's "prior to giving
   * the notification"): due on the individual notice's day, and late if given after it.
   */
  | { kind: 'before'; to: 'individuals' };

/** One limb of an `earlier_of` deadline: any simple clock. */
export type DeadlineLimb = Exclude<DeadlineRule, { kind: 'earlier_of' } | { kind: 'before' } | { kind: 'no_deadline' } | { kind: 'after_year_end' }>;

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
  'geolocation',
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
  /** The resident's right to obtain a police report (Massachusetts). */
  'police_report',
  /** How to request a security freeze, and that it is free (Massachusetts). */
  'security_freeze',
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
  /** Content the notice must NOT contain, in the statute's words (Massachusetts: the nature of the breach). */
  forbiddenContent: string[];
  /** The same as checkable letter elements: the content checker refuses a letter that has one. */
  forbiddenLetterElements: LetterElement[];
  /** A condition staff must check themselves (e.g. "only if election data is involved"). */
  condition: string | null;
  notes: string | null;
}

export type Confidence = 'high' | 'medium' | 'low';

export interface Source {
  where: string;
  facts: string;
}

/**
 * The facts of a rule version that must each be traced to the text of the law. `deadline` and
 * `anchor`, `threshold` and `law_enforcement` cover every obligation of the version.
 */
export const VERIFIED_FACTS = [
  'effective_dates',
  'coverage',
  'personal_information',
  'encryption',
  'risk_of_harm',
  'deadline',
  'anchor',
  'threshold',
  'law_enforcement',
  'substitute_notice',
  'required_content',
  'forbidden_content',
] as const;
export type VerifiedFact = (typeof VERIFIED_FACTS)[number];

/**
 * `primary`: read in the statute, the enacted bill or session law, or the regulation itself.
 * `secondary`: only a law-firm chart, a treatise or a summary could be found.
 * `none`: nothing but the catalogue's own reasoning.
 */
export type SourceKind = 'primary' | 'secondary' | 'none';

export interface FactCheck {
  kind: SourceKind;
  /** URL or official citation of the text read (the primary text for `primary`). */
  where: string;
  /** What that text says on this fact, in a few words of our own. */
  says: string;
  /** When it was checked against that text. */
  checked: IsoDate;
  /** Required unless `primary`: why no primary text could be read. */
  why?: string;
}

export type Verification = Record<VerifiedFact, FactCheck>;

/**
 * How a statute treats encrypted data whose key was also taken.
 * `express`: it says so (the key's compromise is a breach); `implied`: its wording (unusable,
 * unreadable, secured) no longer holds once the key is out; `protective`: it is silent and
 * breachdesk reads it as owing notice, saying so as an assumption; `none`: the exemption holds
 * whatever happened to the key.
 */
export type KeyReading = 'express' | 'implied' | 'protective' | 'none';

export interface EncryptionSafeHarbor {
  exists: boolean;
  /** Whether notice is owed when the key was compromised too: false only for `keyReading: 'none'`. */
  keyException: boolean;
  keyReading: KeyReading;
  /** The statute's own words on encryption and keys, briefly. */
  keyWording: string;
  citation: string;
}

/** One way to send a notice: a form, an e-mail address, a postal address, a fax or a phone line. */
export interface SubmissionWay {
  kind: 'online_form' | 'email' | 'postal' | 'fax' | 'phone';
  /** The URL, address or number. */
  value: string;
  /** The form's own name, for online forms. */
  formName?: string;
}

/** Where notices to one recipient of a jurisdiction go, and what the recipient asks for. */
export interface SubmissionChannel {
  recipient: Exclude<Recipient, 'individuals'>;
  /** The obligation ids it serves; absent = every obligation to that recipient. */
  obligations?: string[];
  name: string;
  ways: SubmissionWay[];
  /** What the form or office asks for. */
  asksFor: string[];
  source: string;
  checked: IsoDate;
}

/** A consumer-protection contact printed in resident letters (an attorney general's office). */
export interface ConsumerContact {
  name: string;
  phone: string;
  website: string;
  address: string;
  source: string;
  checked: IsoDate;
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
  encryptionSafeHarbor: EncryptionSafeHarbor | null;
  /** `recordToKeep`: what must be documented (and kept, or sent) to rely on the exception. */
  riskOfHarmException: { exists: boolean; standard: string | null; recordToKeep?: string | null } | null;
  /** What data counts; absent = not encoded yet (the assessment then assumes it is covered). */
  personalInformation?: PersonalInformationDefinition;
  /** When notice by website/media may replace letters. */
  substituteNotice?: { costOver: number | null; recipientsOver: number | null; citation: string } | null;
  obligations: ObligationRule[];
  confidence: Confidence;
  /**
   * What the law itself leaves open, or what no primary text could be found for, each with its
   * reason (shown with every obligation the version produces).
   */
  unverified: string[];
  sources: Source[];
  /** Every fact of the version, traced to the text it was checked against. */
  verification: Verification;
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
  /** Where each notice to a regulator, agency or credit bureau goes (not residents). */
  channels: SubmissionChannel[];
  /** The attorney general's consumer line for resident letters; null where none is printed. */
  consumerContact: ConsumerContact | null;
}

export type Catalogue = readonly Jurisdiction[];
