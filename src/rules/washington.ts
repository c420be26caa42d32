// Washington: two parallel laws amended together in 2015 (H.B. 1078, c 64 L 15) and 2019 (H.B. 1071,
// c 241 L 19, in force 2020-03-01): RCW 19.255.010 for persons and businesses, RCW 42.56.590 for
// state and local agencies. Every version is written out; versions of the two laws differ only in
// who is bound, where the definition sits and the agencies' 14 extra days to translate (2020).
import type { DataElement, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, Source, Verification } from './types.js';
import {
  AKESARI_BILL,
  PERKINS_CHART_2021,
  calendarDays,
  coverage,
  earlierOf,
  governmentOnlyCoverage,
  immediately,
  obligation,
  residents,
  toll,
  withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';

// ---- where the text was read ---------------------------------------------------------------------

const MRSC_2005 =
  'http://www.mrsc.org/mc/rcw/RCW%20%2042%20%20TITLE/RCW%20%2042%20.%2056%20%20CHAPTER/RCW%20%2042%20.%2056%20.590.htm (pre-2015 text of RCW 42.56.590 (1)-(5))';
const LAWSERVER_42_56 = 'https://lawserver.com/law/state/washington/wa-code/washington_code_42-56-590 (current RCW 42.56.590 (1)-(3))';
const RCW_19_255_FULL = 'https://apps.leg.wa.gov/rcw/default.aspx?cite=19.255&full=true (chapter 19.255 RCW: RCW 19.255.005 definitions)';
const FBR_2015 = 'https://lawfilesext.leg.wa.gov/biennium/2015-16/Htm/Bill%20Reports/House/1078-S.E%20HBR%20FBR%2015.htm (Final Bill Report, ESHB 1078, C 64 L 15)';
const FBR_2019 = 'http://lawfilesext.leg.wa.gov/biennium/2019-20/Htm/Bill%20Reports/House/1071-S%20HBR%20FBR%2019.htm (Final Bill Report, SHB 1071, C 241 L 19)';
const AG_PAGE = 'https://atg.wa.gov/washington-s-data-breach-notification-laws';
const AICPA_2005 =
  'http://www.aicpa.org/interestareas/informationtechnology/resources/privacy/federalstateandotherprofessionalregulations/stateprivacyregulations/pages/washington%20state%20security%20breach%20laws.aspx';
const PERKINS_WA = 'http://www.perkinscoie.com/sc_washington (Perkins Coie Washington chart: S.B. 6043 c 368 eff. 2005-07-24; H.B. 1078 eff. 2015-07-24; H.B. 1071 eff. 2020-03-01)';
const HUNTON_2015 = 'https://www.huntonprivacyblog.com/2015/04/15/washington-state-senate-approves-amendment-data-breach-notification-law/';
const PROSKAUER_2015 = 'https://privacylaw.proskauer.com/2015/04/articles/data-breaches/washington-state-amends-breach-notification-law-to-expand-notification-requirements/';
const BILL_2015 = AKESARI_BILL('2015 Wa. HB 1078.PDF');
const BILL_2019 = AKESARI_BILL('2019 Wa. HB 1071.PDF');
const DEEP_SUBSECTIONS =
  'The stored copies of the statutes end after the first three subsections; the deadline, Attorney General and content subsections lie past them and were not read in the statute text.';

// ---- coverage ------------------------------------------------------------------------------------

const BUSINESS_COVERAGE = coverage({
  business: ['yes', 'RCW 19.255.010 binds any person or business that conducts business in Washington and owns or licenses personal information.'],
  nonprofit: ['yes', 'A nonprofit is a "person" under RCW 19.255.010; agencies, not nonprofits, fall under RCW 42.56.590.'],
  local_government: ['no', 'Local agencies follow the parallel RCW 42.56.590, not RCW 19.255.010.'],
  state_agency: ['no', 'State agencies follow the parallel RCW 42.56.590, not RCW 19.255.010.'],
});
const AGENCY_COVERAGE = governmentOnlyCoverage('RCW 19.255.010', {
  local_government: ['yes', 'RCW 42.56.590 binds every "agency" as defined in RCW 42.56.010, which includes counties, cities, towns, districts and other local agencies.'],
  state_agency: ['yes', 'RCW 42.56.590 binds every state agency ("agency" in RCW 42.56.010).'],
});

// ---- personal information ------------------------------------------------------------------------
// Until 2020: a name with an SSN, a driver's licence or Washington ID card number, or an account or
// card number with the code that unlocks it (H.B. 1078 of 2015 left it as it was). H.B. 1071
// (2020-03-01) added full date of birth, a private signing key, student, military and passport
// numbers, health insurance numbers, medical information and biometric data; online credentials on
// their own; and any listed element without a name if it would enable identity theft.
const UNLOCKING: DataElement[] = ['card_security_code', 'access_code', 'password'];
// "Any other numbers or information that can be used to access" the account: an expiration date counts.
const ACCESS_2020: DataElement[] = ['card_expiration', 'card_security_code', 'access_code', 'password'];
const NAME_WITH_2020: DataElement[] = [
  'ssn', 'drivers_license', 'state_id', 'date_of_birth', 'digital_signature', 'military_id', 'passport', 'health_insurance', 'medical', 'biometric',
];
const SUMMARY_BEFORE_2020 =
  "a person's first name or initial and last name with an unencrypted Social Security number, driver's licence or Washington ID card number, or an account or card number together with the security code, access code or password needed to use it";
const COMBINATIONS_BEFORE_2020 = [
  { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
  { all: ['name', 'card_number'], anyOf: UNLOCKING },
  { all: ['name', 'account_number'], anyOf: UNLOCKING },
] satisfies PersonalInformationDefinition['combinations'];
const SUMMARY_2020 =
  "a person's first name or initial and last name with a Social Security, driver's licence, Washington ID, student, military or passport number, full date of birth, private signing key, health insurance number, medical information, biometric data, or an account or card number with any code or information that unlocks it; a username or email address with its password or security answers; or, without a name, any of those elements that would enable identity theft";
const COMBINATIONS_2020 = [
  { all: ['name'], anyOf: NAME_WITH_2020 },
  { all: ['name', 'card_number'], anyOf: ACCESS_2020 },
  { all: ['name', 'account_number'], anyOf: ACCESS_2020 },
  { all: ['username'], anyOf: ['password', 'security_question'] },
  { all: ['email'], anyOf: ['password', 'security_question'] },
  // Without a name: only elements that on their own would let someone commit identity theft.
  { all: [], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'digital_signature'] },
  { all: ['card_number'], anyOf: UNLOCKING },
  { all: ['account_number'], anyOf: UNLOCKING },
] satisfies PersonalInformationDefinition['combinations'];

const PI_BUSINESS_BEFORE_2020: PersonalInformationDefinition = {
  citation: 'RCW 19.255.010 (definition of "personal information")',
  summary: SUMMARY_BEFORE_2020,
  combinations: COMBINATIONS_BEFORE_2020,
};
const PI_AGENCY_BEFORE_2020: PersonalInformationDefinition = {
  citation: 'RCW 42.56.590(5) (definition of "personal information")',
  summary: SUMMARY_BEFORE_2020,
  combinations: COMBINATIONS_BEFORE_2020,
};
const PI_BUSINESS_2020: PersonalInformationDefinition = { citation: 'RCW 19.255.005(2)', summary: SUMMARY_2020, combinations: COMBINATIONS_2020 };
const PI_AGENCY_2020: PersonalInformationDefinition = {
  citation: 'RCW 42.56.590 as amended by H.B. 1071 (definition of "personal information")',
  summary: SUMMARY_2020,
  combinations: COMBINATIONS_2020,
};

// ---- encryption, harm, substitute notice ---------------------------------------------------------

const HARBOR_2005_BUSINESS: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: 'RCW 19.255.010(1) (2005): notice to residents whose "unencrypted personal information" was acquired; no definition of "encrypted" and no key clause',
  citation: 'RCW 19.255.010(1) (2005 text)',
};
const HARBOR_2005_AGENCY: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: 'RCW 42.56.590(1)(a) (2005): notice to residents whose "unencrypted personal information" was acquired; no definition of "encrypted" and no key clause',
  citation: 'RCW 42.56.590(1)(a) (2005 text)',
};
const HARBOR_2015_BUSINESS: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording:
    'RCW 19.255.010(1): secured personal information must be disclosed if the confidential process, encryption key or other means to decipher it was acquired by an unauthorized person',
  citation: 'RCW 19.255.010(1)',
};
const HARBOR_2015_AGENCY: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording:
    'RCW 42.56.590(1): secured personal information must be disclosed if the confidential process, encryption key or other means to decipher it was acquired by an unauthorized person',
  citation: 'RCW 42.56.590(1)',
};
const KEY_2005_UNVERIFIED =
  'Encryption key (2005 text): only "unencrypted" personal information was notifiable and the law said nothing of keys, so encrypted data stayed literally exempt even with its key; breachdesk treats data whose key was also taken as owing notice (the safer reading).';

const TECHNICAL_BREACH = {
  exists: true,
  standard: 'No notice of a technical breach that does not seem reasonably likely to subject customers to a risk of criminal activity.',
  recordToKeep: null,
};
const RISK_OF_HARM = { exists: true, standard: 'No notice if the breach is not reasonably likely to subject consumers to a risk of harm.', recordToKeep: null };

const SUBSTITUTE_BUSINESS = { costOver: 250_000, recipientsOver: 500_000, citation: 'RCW 19.255.010' };
const SUBSTITUTE_AGENCY = { costOver: 250_000, recipientsOver: 500_000, citation: 'RCW 42.56.590' };

// ---- obligations ---------------------------------------------------------------------------------

const LE_BUSINESS = toll('RCW 19.255.010(3)');
const LE_AGENCY = toll('RCW 42.56.590(3)');
const MOST_EXPEDIENT = 'Most expedient time possible and without unreasonable delay after discovery or notification of the breach.';
const VENDOR_STANDARD = 'immediately following discovery, if personal information was or is reasonably believed to have been acquired by an unauthorized person';
const VENDOR_NOTES = "The statute counts from the vendor's own discovery; when only the owner's discovery is recorded, breachdesk counts from that.";

const VENDOR_BUSINESS = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'RCW 19.255.010(2)',
  deadline: immediately('discovered', VENDOR_STANDARD),
  lawEnforcement: LE_BUSINESS,
  condition:
    "This duty binds a person or business that maintains the data without owning or licensing it, not the owner. It is shown so the owner can see when its vendor had to tell it; record the vendor's notice as a notified_by_vendor event.",
  notes: VENDOR_NOTES,
});
const VENDOR_AGENCY = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'RCW 42.56.590(2)',
  deadline: immediately('discovered', VENDOR_STANDARD),
  lawEnforcement: LE_AGENCY,
  condition:
    "This duty binds an agency that maintains the data without owning or licensing it, not the owner. It is shown so the owner can see when its vendor had to tell it; record the vendor's notice as a notified_by_vendor event.",
  notes: VENDOR_NOTES,
});

const INDIVIDUALS_2005_BUSINESS = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Washington residents',
  citation: 'RCW 19.255.010(1)',
  deadline: withoutDelay('discovered', MOST_EXPEDIENT),
  lawEnforcement: LE_BUSINESS,
});
const INDIVIDUALS_2005_AGENCY = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Washington residents',
  citation: 'RCW 42.56.590(1)(a)',
  deadline: withoutDelay('discovered', MOST_EXPEDIENT),
  lawEnforcement: LE_AGENCY,
});

const CONTENT_2015 = [
  'Written in plain language',
  'Name and contact information of the reporting organisation',
  'Types of personal information believed to be involved',
  'Toll-free telephone numbers and addresses of the major credit reporting agencies, if personal information was exposed',
];
const CONTENT_2020 = [
  'Written in plain language',
  'Name and contact information of the reporting organisation',
  'Types of personal information believed to be involved',
  'Time frame of exposure, if known, including the date of the breach and the date it was discovered',
  'Toll-free telephone numbers and addresses of the major credit reporting agencies, if personal information was exposed',
];
const NOTES_2015 = 'Most expedient time possible and no more than 45 calendar days after discovery, unless law enforcement asks for delay or time is needed to determine scope and restore the system.';
const NOTES_2020 = 'Most expedient time possible and no more than 30 calendar days after discovery, unless law enforcement asks for delay or time is needed to determine scope and restore the system.';
const CREDENTIALS_CONDITION = 'If login credentials were breached, the notice must also tell residents to change passwords and security questions.';

const INDIVIDUALS_2015_BUSINESS = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Washington residents',
  citation: 'RCW 19.255.010',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE_BUSINESS,
  requiredContent: CONTENT_2015,
  letterElements: ['contact', 'information_involved', 'credit_bureaus'],
  notes: NOTES_2015,
});
const INDIVIDUALS_2015_AGENCY = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Washington residents',
  citation: 'RCW 42.56.590',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE_AGENCY,
  requiredContent: CONTENT_2015,
  letterElements: ['contact', 'information_involved', 'credit_bureaus'],
  notes: NOTES_2015,
});
const INDIVIDUALS_2020_BUSINESS = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Washington residents',
  citation: 'RCW 19.255.010',
  deadline: calendarDays(30, 'discovered'),
  lawEnforcement: LE_BUSINESS,
  requiredContent: CONTENT_2020,
  letterElements: ['contact', 'information_involved', 'breach_dates', 'credit_bureaus'],
  condition: CREDENTIALS_CONDITION,
  notes: NOTES_2020,
});
const INDIVIDUALS_2020_AGENCY = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Washington residents',
  citation: 'RCW 42.56.590',
  deadline: calendarDays(30, 'discovered'),
  lawEnforcement: LE_AGENCY,
  requiredContent: CONTENT_2020,
  letterElements: ['contact', 'information_involved', 'breach_dates', 'credit_bureaus'],
  condition: CREDENTIALS_CONDITION,
  notes: `${NOTES_2020} A state agency may take up to 14 more days to translate the notice into a resident's primary language.`,
});

// 2015: the sample notice goes to the Attorney General "by the time notice is provided to affected
// consumers", and no later than 45 days after discovery: whichever comes first.
const AG_CONTENT_2015 = ['Sample copy of the resident notice, without personal information', 'Number of Washington residents affected, or an estimate'];
const AG_NOTES_2015 =
  'Due by the time residents are notified, and in any case within 45 calendar days of discovery: the earlier of the two. Until the resident notice is recorded, breachdesk counts from its due date.';
const AG_CONTENT_2020 = [
  'Number of Washington residents affected, or an estimate',
  'Types of personal information involved',
  'Time frame of exposure, including the date of the breach and the date it was discovered',
  'Summary of the steps taken to contain the breach',
  'Sample copy of the resident notice, without personal information',
];
const AG_NOTES_2020 = 'Update the notice if information was not known when it was due.';

const AG_2015_BUSINESS = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Washington Attorney General',
  citation: 'RCW 19.255.010 (as amended by H.B. 1078)',
  deadline: earlierOf({ kind: 'calendar_days', days: 45, anchor: 'discovered' }, { kind: 'relative', to: 'individuals', relation: 'with' }),
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE_BUSINESS,
  requiredContent: AG_CONTENT_2015,
  notes: AG_NOTES_2015,
});
const AG_2015_AGENCY = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Washington Attorney General',
  citation: 'RCW 42.56.590 (as amended by H.B. 1078)',
  deadline: earlierOf({ kind: 'calendar_days', days: 45, anchor: 'discovered' }, { kind: 'relative', to: 'individuals', relation: 'with' }),
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE_AGENCY,
  requiredContent: AG_CONTENT_2015,
  notes: AG_NOTES_2015,
});
const AG_2020_BUSINESS = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Washington Attorney General (online form)',
  citation: 'RCW 19.255.010',
  deadline: calendarDays(30, 'discovered'),
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE_BUSINESS,
  requiredContent: AG_CONTENT_2020,
  notes: AG_NOTES_2020,
});
const AG_2020_AGENCY = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Washington Attorney General (online form)',
  citation: 'RCW 42.56.590',
  deadline: calendarDays(30, 'discovered'),
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE_AGENCY,
  requiredContent: AG_CONTENT_2020,
  notes: AG_NOTES_2020,
});

// ---- sources -------------------------------------------------------------------------------------

const SOURCES_2005: Source[] = [
  { where: MRSC_2005, facts: 'pre-2015 RCW 42.56.590 text: unencrypted personal information; most expedient time; agency maintaining data it does not own notifies the owner immediately following discovery; law-enforcement delay; breach definition' },
  { where: FBR_2015, facts: 'background: parallel 2005 laws for businesses and agencies; no disclosure of a technical breach not reasonably likely to subject customers to a risk of criminal activity' },
  { where: AICPA_2005, facts: 'S.B. 6043 (2005) effective 2005-07-24; personal information: name + SSN, licence or Washington ID, account or card number with required code, when not encrypted' },
  { where: PERKINS_WA, facts: 'effective dates of the three acts' },
];
const SOURCES_2015: Source[] = [
  { where: BILL_2015, facts: 'research record of the bill text: 45 calendar days, AG (>500) by the time consumers are notified' },
  { where: HUNTON_2015, facts: 'H.B. 1078: 45-day deadline for residents and the Attorney General; content; "secured" standard' },
  { where: PROSKAUER_2015, facts: 'H.B. 1078 amends both RCW 19.255.010 and 42.56.590; key clause; content' },
  { where: FBR_2015, facts: 'Final Bill Report: C 64 L 15' },
  { where: PERKINS_WA, facts: 'H.B. 1078 effective 2015-07-24' },
];
const SOURCES_2020: Source[] = [
  { where: RCW_19_255_FULL, facts: 'RCW 19.255.005 definitions: breach, personal information as amended by H.B. 1071' },
  { where: LAWSERVER_42_56, facts: 'current RCW 42.56.590(1)-(3): secured data, harm test, key clause, vendor immediately, law-enforcement delay' },
  { where: AG_PAGE, facts: 'the Attorney General: 30 days for residents and the AG; AG web form; state agencies may delay up to 14 days for translation' },
  { where: FBR_2019, facts: 'Final Bill Report: C 241 L 19' },
  { where: BILL_2019, facts: 'research record of the bill text: 30 calendar days; AG within 30 days after discovery; effective 2020-03-01' },
  { where: PERKINS_CHART_2021, facts: 'content, exemptions, harm rule' },
];

// ---- verification --------------------------------------------------------------------------------

const VERIFY_AGENCY_2005: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: `${AICPA_2005}; ${PERKINS_WA}`,
    says: 'S.B. 6043 (c 368 L 05) in force 2005-07-24, enacted as RCW 42.17.31922 and recodified RCW 42.56.590 in 2006',
    checked: CHECKED,
    why: 'The 2005 session law was not read; the date is from the AICPA summary and the Perkins chart.',
  },
  coverage: { kind: 'primary', where: MRSC_2005, says: '(1)(a)-(b): any agency, as defined in RCW 42.56.010', checked: CHECKED },
  personal_information: {
    kind: 'secondary',
    where: `${MRSC_2005}; ${AICPA_2005}`,
    says: 'name with SSN, licence or Washington ID card number, or account or card number with its code, when either is not encrypted',
    checked: CHECKED,
    why: 'The stored text of (5) stops at "means an individual\'s"; the elements are from the AICPA summary of S.B. 6043.',
  },
  encryption: {
    kind: 'primary',
    where: MRSC_2005,
    says: '(1)(a): notice to residents whose "unencrypted personal information" was acquired; nothing on keys',
    checked: CHECKED,
  },
  risk_of_harm: {
    kind: 'secondary',
    where: FBR_2015,
    says: 'existing law before 2015: a person, business or agency need not disclose a technical breach not reasonably likely to subject customers to a risk of criminal activity',
    checked: CHECKED,
    why: 'The clause sits in a later subsection than the (1)-(5) that could be read; the Legislature\'s Final Bill Report describes it as applying to agencies too.',
  },
  deadline: { kind: 'primary', where: MRSC_2005, says: '(1)(a): most expedient time possible and without unreasonable delay; (2): vendor immediately following discovery', checked: CHECKED },
  anchor: { kind: 'primary', where: MRSC_2005, says: 'following discovery or notification of the breach; the vendor from its discovery', checked: CHECKED },
  threshold: { kind: 'primary', where: MRSC_2005, says: 'none: no regulator or bureau notice and no count in (1)-(5)', checked: CHECKED },
  law_enforcement: {
    kind: 'primary',
    where: MRSC_2005,
    says: '(3): notice may be delayed while law enforcement determines it would impede a criminal investigation, then made once it will not compromise it (a pause)',
    checked: CHECKED,
  },
  substitute_notice: {
    kind: 'secondary',
    where: PERKINS_CHART_2021,
    says: 'substitute notice above $250,000 or 500,000 persons, or without contact details',
    checked: CHECKED,
    why: 'The "notice" subsection lies past (1)-(5); the 2005 figures are taken to be those of the amended law.',
  },
  required_content: { kind: 'secondary', where: FBR_2015, says: 'none: content requirements were added only in 2015', checked: CHECKED, why: 'Read in the Final Bill Report\'s account of the 2015 changes, not in the 2005 text.' },
  forbidden_content: { kind: 'secondary', where: FBR_2015, says: 'none: the text forbids nothing in a notice', checked: CHECKED, why: 'The 2005 text past (5) was not read.' },
};
const VERIFY_BUSINESS_2005: Verification = {
  ...VERIFY_AGENCY_2005,
  coverage: {
    kind: 'secondary',
    where: `${AICPA_2005}; ${FBR_2015}`,
    says: 'any person or business that conducts business in Washington and owns or licenses computerized personal information; agencies under the parallel law',
    checked: CHECKED,
    why: 'The 2005 text of RCW 19.255.010 was not read; its agency twin RCW 42.56.590 was.',
  },
  encryption: {
    kind: 'secondary',
    where: `${AICPA_2005}; ${MRSC_2005}`,
    says: 'residents whose "unencrypted personal information" was acquired; nothing on keys (as in the agency twin)',
    checked: CHECKED,
    why: 'Read in the agency twin and the AICPA quotation of RCW 19.255.010(1), not in the business text itself.',
  },
  risk_of_harm: {
    kind: 'secondary',
    where: `${FBR_2015}; http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/washington.aspx`,
    says: 'no disclosure of a technical breach that does not seem reasonably likely to subject customers to a risk of criminal activity',
    checked: CHECKED,
    why: 'The 2005 text of RCW 19.255.010 was not read.',
  },
  deadline: {
    kind: 'secondary',
    where: `${AICPA_2005}; ${MRSC_2005}`,
    says: 'most expedient time possible and without unreasonable delay; vendor immediately following discovery',
    checked: CHECKED,
    why: 'Read in the agency twin and the AICPA quotation of the business text.',
  },
  anchor: {
    kind: 'secondary',
    where: AICPA_2005,
    says: 'following discovery or notification of the breach',
    checked: CHECKED,
    why: 'Read in the AICPA quotation of RCW 19.255.010(1), not in the code.',
  },
  threshold: { kind: 'secondary', where: FBR_2015, says: 'none: the Attorney General notice and its 500 came in 2015', checked: CHECKED, why: 'The 2005 business text was not read.' },
  law_enforcement: {
    kind: 'secondary',
    where: AICPA_2005,
    says: 'consistent with the legitimate needs of law enforcement; delay while an investigation would be impeded (as in the agency twin)',
    checked: CHECKED,
    why: 'The 2005 business text was not read.',
  },
};

const VERIFY_AGENCY_2015: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: `${PERKINS_WA}; https://www.nfp.com/about-nfp/insights/insights-detail/127-1; ${FBR_2015}`,
    says: 'H.B. 1078 (c 64 L 15) signed 2015-04-23, in force 2015-07-24; one law-firm note says 2015-07-31',
    checked: CHECKED,
    why: 'The session law was not read; 2015-07-24 (90 days after the session ended) is used.',
  },
  coverage: { kind: 'primary', where: LAWSERVER_42_56, says: '(1): any agency that owns or licenses data that includes personal information', checked: CHECKED },
  personal_information: {
    kind: 'secondary',
    where: `${FBR_2015}; ${FBR_2019}`,
    says: 'unchanged by H.B. 1078: name with SSN, licence or Washington ID, or account or card number with its code',
    checked: CHECKED,
    why: 'The definition subsection was not read; the Final Bill Reports describe the pre-2020 definition.',
  },
  encryption: {
    kind: 'primary',
    where: LAWSERVER_42_56,
    says: '(1): notice where personal information was "not secured"; secured data must be disclosed if the encryption key or other means to decipher it was acquired',
    checked: CHECKED,
  },
  risk_of_harm: { kind: 'primary', where: LAWSERVER_42_56, says: '(1): no notice if the breach is not reasonably likely to subject consumers to a risk of harm', checked: CHECKED },
  deadline: {
    kind: 'secondary',
    where: `${BILL_2015}; ${HUNTON_2015}`,
    says: 'residents within 45 calendar days of discovery; the Attorney General by the time residents are notified and within 45 days; vendor immediately',
    checked: CHECKED,
    why: `${DEEP_SUBSECTIONS} The 45 days and the "by the time notice is provided" wording rest on the earlier research record of the bill text and summaries.`,
  },
  anchor: {
    kind: 'secondary',
    where: HUNTON_2015,
    says: 'after the breach was discovered; the Attorney General notice is also tied to the resident notice',
    checked: CHECKED,
    why: DEEP_SUBSECTIONS,
  },
  threshold: {
    kind: 'secondary',
    where: `https://www.nfp.com/about-nfp/insights/insights-detail/127-1; ${PROSKAUER_2015}`,
    says: 'the Attorney General when more than 500 Washington residents are notified of a single breach',
    checked: CHECKED,
    why: DEEP_SUBSECTIONS,
  },
  law_enforcement: {
    kind: 'primary',
    where: LAWSERVER_42_56,
    says: '(3): delay if the owner contacts law enforcement after discovery and it determines notice would impede a criminal investigation; notice once it will not compromise it (a pause)',
    checked: CHECKED,
  },
  substitute_notice: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'above $250,000 or 500,000 persons, or without contact details', checked: CHECKED, why: DEEP_SUBSECTIONS },
  required_content: {
    kind: 'secondary',
    where: `${HUNTON_2015}; ${PROSKAUER_2015}`,
    says: 'plain language; name and contact details; types of information; the bureaus\' toll-free numbers and addresses; to the AG a sample notice and the number affected',
    checked: CHECKED,
    why: DEEP_SUBSECTIONS,
  },
  forbidden_content: {
    kind: 'secondary',
    where: `${HUNTON_2015}; https://www.nfp.com/about-nfp/insights/insights-detail/127-1`,
    says: 'none for residents; the sample sent to the Attorney General must leave out personal information',
    checked: CHECKED,
    why: DEEP_SUBSECTIONS,
  },
};
const VERIFY_BUSINESS_2015: Verification = {
  ...VERIFY_AGENCY_2015,
  coverage: {
    kind: 'secondary',
    where: `${PROSKAUER_2015}; ${FBR_2015}`,
    says: 'any person or business that conducts business in Washington and owns or licenses personal information',
    checked: CHECKED,
    why: 'RCW 19.255.010 itself was not read (its agency twin was); from 2020 the same wording is read in chapter 19.255 RCW.',
  },
  encryption: {
    kind: 'secondary',
    where: `${PROSKAUER_2015}; ${LAWSERVER_42_56}`,
    says: 'secured data must be disclosed if the person gaining access had the encryption key or other means to decipher it',
    checked: CHECKED,
    why: 'Read in the agency twin, amended identically by H.B. 1078, and in summaries; RCW 19.255.010 itself was not read.',
  },
  risk_of_harm: {
    kind: 'secondary',
    where: `${LAWSERVER_42_56}; ${PERKINS_WA}`,
    says: 'no notice if the breach is not reasonably likely to subject consumers to a risk of harm',
    checked: CHECKED,
    why: 'Read in the agency twin; RCW 19.255.010 itself was not read.',
  },
  law_enforcement: {
    kind: 'secondary',
    where: LAWSERVER_42_56,
    says: 'delay if law enforcement determines notice would impede a criminal investigation, then notice once it will not (a pause)',
    checked: CHECKED,
    why: 'Read in the agency twin; RCW 19.255.010 itself was not read.',
  },
};

/** The agency's own key clause, read in the current RCW 42.56.590(1). */
const KEY_CHECK_AGENCY: FactCheck = {
  kind: 'primary',
  where: LAWSERVER_42_56,
  says: '(1): secured data must be disclosed if the encryption key or other means to decipher it was acquired',
  checked: CHECKED,
};

const VERIFY_AGENCY_2020: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: `${PERKINS_WA}; ${FBR_2019}; https://www.atg.wa.gov/HB1071-FAQ`,
    says: 'H.B. 1071 (c 241 L 19) signed 2019-05-07, in force 2020-03-01',
    checked: CHECKED,
    why: 'The session law and its effective-date section were not read.',
  },
  coverage: { kind: 'primary', where: LAWSERVER_42_56, says: '(1): any agency that owns or licenses data that includes personal information', checked: CHECKED },
  personal_information: {
    kind: 'secondary',
    where: `${RCW_19_255_FULL}; ${FBR_2019}`,
    says: 'the H.B. 1071 list (read in RCW 19.255.005(2) for businesses) applies to agencies too',
    checked: CHECKED,
    why: 'The agency definition in RCW 42.56.590 lies past the subsections that could be read; the business twin was read.',
  },
  encryption: KEY_CHECK_AGENCY,
  risk_of_harm: { kind: 'primary', where: LAWSERVER_42_56, says: '(1): no notice if the breach is not reasonably likely to subject consumers to a risk of harm', checked: CHECKED },
  deadline: {
    kind: 'secondary',
    where: `${AG_PAGE}; ${BILL_2019}`,
    says: 'residents and the Attorney General within 30 days after discovery; state agencies may take 14 more days to translate; vendor immediately (read in (2))',
    checked: CHECKED,
    why: `${DEEP_SUBSECTIONS} The 30 days are from the Attorney General's page and the earlier research record of the bill.`,
  },
  anchor: { kind: 'secondary', where: AG_PAGE, says: 'after the breach was discovered', checked: CHECKED, why: DEEP_SUBSECTIONS },
  threshold: { kind: 'secondary', where: AG_PAGE, says: 'the Attorney General when a breach affects more than 500 Washington residents', checked: CHECKED, why: DEEP_SUBSECTIONS },
  law_enforcement: {
    kind: 'primary',
    where: LAWSERVER_42_56,
    says: '(3): delay if the owner contacts law enforcement after discovery and it determines notice would impede a criminal investigation; notice once it will not compromise it (a pause)',
    checked: CHECKED,
  },
  substitute_notice: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'above $250,000 or 500,000 persons, or without contact details', checked: CHECKED, why: DEEP_SUBSECTIONS },
  required_content: {
    kind: 'secondary',
    where: `${AG_PAGE}; ${PERKINS_CHART_2021}`,
    says: 'residents: plain language, name and contact, types of information, time frame of exposure, bureau numbers; the AG: count, types, time frame, containment steps, sample notice',
    checked: CHECKED,
    why: DEEP_SUBSECTIONS,
  },
  forbidden_content: {
    kind: 'secondary',
    where: AG_PAGE,
    says: 'none for residents; the sample sent to the Attorney General must leave out personal information',
    checked: CHECKED,
    why: DEEP_SUBSECTIONS,
  },
};
const VERIFY_BUSINESS_2020: Verification = {
  ...VERIFY_AGENCY_2020,
  coverage: {
    kind: 'secondary',
    where: `${RCW_19_255_FULL}; ${AG_PAGE}`,
    says: 'chapter 19.255 RCW applies to individuals and businesses; "breach" is of data maintained by the person or business',
    checked: CHECKED,
    why: 'RCW 19.255.010 itself (who is bound) lies past the definitions that could be read.',
  },
  personal_information: {
    kind: 'primary',
    where: RCW_19_255_FULL,
    says: '(2)(a)(i): name with SSN, licence or Washington ID, account or card number with any code or other information giving access, full date of birth, private signing key, student, military or passport number, health insurance number, medical information, biometric data; credentials and the no-name clause follow',
    checked: CHECKED,
  },
  encryption: {
    kind: 'secondary',
    where: `${LAWSERVER_42_56}; ${PERKINS_WA}`,
    says: 'secured data must be disclosed if the encryption key or other means to decipher it was acquired',
    checked: CHECKED,
    why: 'Read in the agency twin; RCW 19.255.010 itself was not read.',
  },
  risk_of_harm: {
    kind: 'secondary',
    where: `${LAWSERVER_42_56}; https://www.atg.wa.gov/HB1071-FAQ`,
    says: 'no notice if the breach is not reasonably likely to subject consumers to a risk of harm',
    checked: CHECKED,
    why: 'Read in the agency twin and the Attorney General\'s FAQ; RCW 19.255.010 itself was not read.',
  },
  law_enforcement: {
    kind: 'secondary',
    where: LAWSERVER_42_56,
    says: 'delay if law enforcement determines notice would impede a criminal investigation, then notice once it will not (a pause)',
    checked: CHECKED,
    why: 'Read in the agency twin; RCW 19.255.010 itself was not read.',
  },
};

const UNVERIFIED_DEEP = 'The deadline, Attorney General, content and substitute-notice subsections could not be read in the statute text; they rest on the Attorney General\'s pages, the Legislature\'s bill reports and law-firm summaries.';

const business: RuleVersion[] = [
  {
    id: 'WA-2005',
    effectiveFrom: '2005-07-24',
    effectiveTo: '2015-07-23',
    citations: ['RCW 19.255.010 (S.B. 6043, 2005)'],
    summary: 'Washington businesses had to notify affected residents in the most expedient time possible, with no fixed deadline and no notice to the Attorney General.',
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: HARBOR_2005_BUSINESS,
    riskOfHarmException: TECHNICAL_BREACH,
    personalInformation: PI_BUSINESS_BEFORE_2020,
    substituteNotice: SUBSTITUTE_BUSINESS,
    obligations: [INDIVIDUALS_2005_BUSINESS, VENDOR_BUSINESS],
    confidence: 'low',
    unverified: [
      'The 2005 text of RCW 19.255.010 was not read; it is taken to match its agency twin (RCW 42.56.590 as it stood before 2015), which was.',
      'The substitute-notice figures ($250,000 / 500,000) were confirmed for the law as amended; that the 2005 text used the same figures is assumed.',
      KEY_2005_UNVERIFIED,
    ],
    sources: SOURCES_2005,
    verification: VERIFY_BUSINESS_2005,
  },
  {
    id: 'WA-2015',
    effectiveFrom: '2015-07-24',
    effectiveTo: '2020-02-29',
    citations: ['RCW 19.255.010 as amended by H.B. 1078 (2015)'],
    summary: 'Washington businesses had to notify affected residents within 45 days of discovery, and the Attorney General when more than 500 residents were affected, by the time residents were notified.',
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: HARBOR_2015_BUSINESS,
    riskOfHarmException: RISK_OF_HARM,
    personalInformation: PI_BUSINESS_BEFORE_2020,
    substituteNotice: SUBSTITUTE_BUSINESS,
    obligations: [INDIVIDUALS_2015_BUSINESS, AG_2015_BUSINESS, VENDOR_BUSINESS],
    confidence: 'low',
    unverified: [UNVERIFIED_DEEP, 'Sources differ on the start date (2015-07-24 in the Perkins chart and an employer-law note, 2015-07-31 in another note); 2015-07-24 is used.'],
    sources: SOURCES_2015,
    verification: VERIFY_BUSINESS_2015,
  },
  {
    id: 'WA-2020',
    effectiveFrom: '2020-03-01',
    effectiveTo: null,
    citations: ['RCW 19.255.005, 19.255.010 as amended by H.B. 1071 (2019, eff. 2020-03-01)'],
    summary: 'Washington businesses must notify affected residents, and the Attorney General when more than 500 residents are affected, within 30 days of discovery.',
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: HARBOR_2015_BUSINESS,
    riskOfHarmException: RISK_OF_HARM,
    personalInformation: PI_BUSINESS_2020,
    substituteNotice: SUBSTITUTE_BUSINESS,
    obligations: [INDIVIDUALS_2020_BUSINESS, AG_2020_BUSINESS, VENDOR_BUSINESS],
    confidence: 'low',
    unverified: [
      UNVERIFIED_DEEP,
      'A student ID number has no data element and cannot be matched; a private signing key is matched as digital_signature.',
      'Without a name, the statute covers an element only if it would enable identity theft: breachdesk counts government ID numbers, signing keys and card or account numbers with their codes, not date of birth, health data or biometrics alone.',
    ],
    sources: SOURCES_2020,
    verification: VERIFY_BUSINESS_2020,
  },
];

const agencies: RuleVersion[] = [
  {
    id: 'WA-AGENCY-2005',
    effectiveFrom: '2005-07-24',
    effectiveTo: '2015-07-23',
    citations: ['RCW 42.56.590 (enacted 2005 as RCW 42.17.31922, recodified 2006)'],
    summary: 'Washington agencies had to notify affected residents in the most expedient time possible, with no fixed deadline and no notice to the Attorney General.',
    coverage: AGENCY_COVERAGE,
    encryptionSafeHarbor: HARBOR_2005_AGENCY,
    riskOfHarmException: TECHNICAL_BREACH,
    personalInformation: PI_AGENCY_BEFORE_2020,
    substituteNotice: SUBSTITUTE_AGENCY,
    obligations: [INDIVIDUALS_2005_AGENCY, VENDOR_AGENCY],
    confidence: 'medium',
    unverified: [
      'The technical-breach exception is taken from the Legislature\'s 2015 Final Bill Report, which describes the old law as applying it to agencies too; the subsection itself was not read.',
      'The substitute-notice figures ($250,000 / 500,000) were confirmed for the law as amended; that the 2005 text used the same figures is assumed.',
      KEY_2005_UNVERIFIED,
    ],
    sources: SOURCES_2005,
    verification: VERIFY_AGENCY_2005,
  },
  {
    id: 'WA-AGENCY-2015',
    effectiveFrom: '2015-07-24',
    effectiveTo: '2020-02-29',
    citations: ['RCW 42.56.590 as amended by H.B. 1078 (2015)'],
    summary: 'Washington agencies had to notify affected residents within 45 days of discovery, and the Attorney General when more than 500 residents were affected, by the time residents were notified.',
    coverage: AGENCY_COVERAGE,
    encryptionSafeHarbor: HARBOR_2015_AGENCY,
    riskOfHarmException: RISK_OF_HARM,
    personalInformation: PI_AGENCY_BEFORE_2020,
    substituteNotice: SUBSTITUTE_AGENCY,
    obligations: [INDIVIDUALS_2015_AGENCY, AG_2015_AGENCY, VENDOR_AGENCY],
    confidence: 'low',
    unverified: [UNVERIFIED_DEEP, 'The key clause and harm test were read in the current text of RCW 42.56.590(1); that H.B. 1078 put them there in 2015 is from summaries.'],
    sources: SOURCES_2015,
    verification: VERIFY_AGENCY_2015,
  },
  {
    id: 'WA-AGENCY-2020',
    effectiveFrom: '2020-03-01',
    effectiveTo: null,
    citations: ['RCW 42.56.590 as amended by H.B. 1071 (2019, eff. 2020-03-01)'],
    summary: 'Washington agencies must notify affected residents, and the Attorney General when more than 500 residents are affected, within 30 days of discovery; state agencies may take 14 more days to translate.',
    coverage: AGENCY_COVERAGE,
    encryptionSafeHarbor: HARBOR_2015_AGENCY,
    riskOfHarmException: RISK_OF_HARM,
    personalInformation: PI_AGENCY_2020,
    substituteNotice: SUBSTITUTE_AGENCY,
    obligations: [INDIVIDUALS_2020_AGENCY, AG_2020_AGENCY, VENDOR_AGENCY],
    confidence: 'low',
    unverified: [
      UNVERIFIED_DEEP,
      'A student ID number has no data element and cannot be matched; a private signing key is matched as digital_signature.',
      'Without a name, the statute covers an element only if it would enable identity theft: breachdesk counts government ID numbers, signing keys and card or account numbers with their codes, not date of birth, health data or biometrics alone.',
    ],
    sources: SOURCES_2020,
    verification: VERIFY_AGENCY_2020,
  },
];

export const washington: Jurisdiction = {
  code: 'WA',
  name: 'Washington',
  kind: 'state',
  holidays: { country: 'US', state: 'WA' },
  laws: [
    { id: 'WA-RCW-19-255', title: 'RCW 19.255.010: notice of security breaches by persons and businesses', scope: 'residents', versions: business },
    { id: 'WA-RCW-42-56-590', title: 'RCW 42.56.590: notice of security breaches by state and local agencies', scope: 'residents', versions: agencies },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general'],
      name: 'Washington State Office of the Attorney General (data breach notifications)',
      ways: [{ kind: 'online_form', value: 'https://www.atg.wa.gov/data-breach-notifications', formName: 'Data Breach Notification Web Form' }],
      asksFor: [
        'The number of Washington residents affected, or an estimate',
        'The types of personal information involved',
        'The time frame of exposure, with the date of the breach and the date it was discovered',
        'A summary of the steps taken to contain the breach',
        'A sample copy of the resident notice, without personal information',
      ],
      source: `${AG_PAGE} (notice to the AG "can be done electronically via our Data Breach Notification Web Form"); the form's address is the office's data-breach page, not re-read in this check`,
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Washington State Office of the Attorney General',
    phone: '1-800-551-4636',
    website: 'www.atg.wa.gov',
    address: '1125 Washington Street SE, P.O. Box 40100, Olympia, WA 98504',
    source: 'The contact resident letters already printed (moved here from the letter templates); the office is named on https://atg.wa.gov/washington-s-data-breach-notification-laws; phone and address not re-read in this check',
    checked: CHECKED,
  },
};
