// Oregon: the Consumer Information Protection Act (ORS 646A.600-646A.628; notice in ORS 646A.604),
// in force since 2007-10-01. One statute for businesses and public bodies alike, amended by S.B. 601
// (Attorney General notice, 2016), S.B. 1551 (45-day limit, 2018) and S.B. 684 (vendors, 2020).
// Every version is written out as data; constants are shared only where the text did not change.
import type {
  ConsumerContact, Coverage, DataElement, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, OrgCategory, PersonalInformationDefinition, RuleVersion, SubmissionChannel,
} from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll, withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';

// Texts read on 2026-12-08.
const SB583_2007 = 'http://www.leg.state.or.us/07reg/measures/sb0500.dir/sb0583.en.html (enrolled S.B. 583, 2007: title and definitions only)';
const ORS_2015 = 'https://law.justia.com/codes/oregon/2015/volume-14/chapter-646a/section-646a.604/ (ORS 646A.604, 2015 edition, verbatim copy)';
const ORS_CURRENT = 'http://www.oregonlaws.org/ors/646A.604 (current ORS 646A.604(1)-(3), verbatim copy; also instalawyer.io 2021 ORS)';
const SB1551_ABSTRACT = 'Oregon Legislature abstract of S.B. 1551 (2018), signed 2018-03-16';
const DFR_PAGE = 'https://dfr.oregon.gov/business/Pages/breach-notification.aspx';
const OLD_DFCS_PAGE = 'http://www.cbs.state.or.us/external/dfcs/identity_theft/breach_notification.html';

const LE = toll('ORS 646A.604(3)');
const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const IDS: DataElement[] = ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id'];
const IDS_AND_HEALTH: DataElement[] = ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id', 'biometric', 'health_insurance', 'medical'];

// ORS 646A.602: the listed elements count with the name, and also without it when they would be
// enough to commit identity theft. The engine cannot judge that, so the bare elements are encoded.
const PI_2007: PersonalInformationDefinition = {
  citation: 'ORS 646A.602 (2007 text)',
  summary:
    "a consumer's name with, or (when enough to commit identity theft) even without it: an SSN; a driver's licence, state ID, passport or other US-issued ID number; a financial account or card number with the code or password needed to reach the account",
  combinations: [
    { all: [], anyOf: IDS },
    { all: ['account_number'], anyOf: CODES },
    { all: ['card_number'], anyOf: CODES },
  ],
};
const PI_2016: PersonalInformationDefinition = {
  citation: 'ORS 646A.602 (as amended by S.B. 601, 2015)',
  summary:
    "a consumer's name with, or (when enough to commit identity theft) even without it: an SSN; a driver's licence, state ID, passport or other US-issued ID number; a financial account or card number with the code or password needed to reach the account; biometric data used for authentication; a health insurance policy or subscriber number with another insurer identifier; medical information",
  combinations: [
    { all: [], anyOf: IDS_AND_HEALTH },
    { all: ['account_number'], anyOf: CODES },
    { all: ['card_number'], anyOf: CODES },
  ],
};
const PI_2020: PersonalInformationDefinition = {
  citation: 'ORS 646A.602 (as amended by S.B. 684, 2019)',
  summary:
    "a consumer's name with, or (when enough to commit identity theft) even without it: an SSN; a driver's licence, state ID, passport or other US-issued ID number; a financial account or card number with the code or password needed to reach the account; biometric data used for authentication; a health insurance policy or subscriber number with another insurer identifier; medical information; or a user name or other account identifier with the password or other means to authenticate it",
  combinations: [
    { all: [], anyOf: IDS_AND_HEALTH },
    { all: ['account_number'], anyOf: CODES },
    { all: ['card_number'], anyOf: CODES },
    { all: ['username'], anyOf: ['password', 'security_question'] },
    { all: ['email'], anyOf: ['password', 'security_question'] },
  ],
};

const CONTENT = [
  'A general description of the breach',
  'The approximate date of the breach',
  'The type of personal information subject to the breach',
  'Contact information for the notifying organisation',
  'Contact information for the national consumer reporting agencies',
  'Advice to report suspected identity theft to law enforcement, including the Attorney General and the Federal Trade Commission',
];
const LETTER = ['what_happened', 'breach_dates', 'information_involved', 'contact', 'credit_bureaus', 'attorney_general', 'ftc'] as const;

const GLBA_DEEMED =
  'A person that is subject to and complies with the notification regulations or guidance adopted under the Gramm-Leach-Bliley Act is treated as complying (ORS 646A.604, as described by the Division of Financial Regulation).';
const DEEMED_2020 =
  'An organisation that notifies under GLBA, HIPAA or rules of its primary federal regulator is deemed to comply, but must still send the Attorney General a copy of its notice when more than 250 Oregon consumers are affected.';

const OPEN_STANDARD =
  'In the most expeditious manner possible and without unreasonable delay after discovering or being told of the breach, allowing for law enforcement and for measures to determine the contact information, the scope of the breach and restore the system.';

const INDIVIDUALS_2007: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Oregon consumers',
  citation: 'ORS 646A.604(1), (3), (5)',
  deadline: withoutDelay('discovered', OPEN_STANDARD),
  lawEnforcement: LE,
  requiredContent: CONTENT,
  letterElements: [...LETTER],
  condition: GLBA_DEEMED,
  notes: 'No fixed number of days before S.B. 1551 (2018-06-02).',
});
const INDIVIDUALS_2016: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Oregon consumers',
  citation: 'ORS 646A.604(1)(a), (3), (5)',
  deadline: withoutDelay('discovered', OPEN_STANDARD),
  lawEnforcement: LE,
  requiredContent: CONTENT,
  letterElements: [...LETTER],
  condition: GLBA_DEEMED,
  notes: 'No fixed number of days before S.B. 1551 (2018-06-02).',
});
const FIXED_NOTES =
  'In the most expeditious manner possible, without unreasonable delay, and no later than 45 days after discovering or being told of the breach (S.B. 1551). A delay is allowed only while a law-enforcement agency asks for it in writing.';
const INDIVIDUALS_2018: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Oregon consumers',
  citation: 'ORS 646A.604(1), (3), (5)',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE,
  requiredContent: CONTENT,
  letterElements: [...LETTER],
  condition: GLBA_DEEMED,
  notes: FIXED_NOTES,
});
const INDIVIDUALS_2020: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Oregon consumers',
  citation: 'ORS 646A.604(1), (3), (5)',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE,
  requiredContent: CONTENT,
  letterElements: [...LETTER],
  condition: DEEMED_2020,
  notes: FIXED_NOTES,
});

const AG_CONTENT = ['The notice given to consumers, in writing or electronically, in the same manner'];
// S.B. 601 (2015 text): the Attorney General is told "in the manner described in paragraph (a)", i.e.
// in the most expeditious manner possible and without unreasonable delay, like the consumers.
const AG_2016: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Oregon Attorney General',
  citation: 'ORS 646A.604(1)(b)',
  deadline: withoutDelay('discovered', 'In the manner described for consumers: the most expeditious manner possible, without unreasonable delay (ORS 646A.604(1)(b), 2015 text).'),
  threshold: residents(250, 'more_than'),
  lawEnforcement: LE,
  requiredContent: AG_CONTENT,
  notes: 'The 2015 text sets no number of days and does not tie this notice to the consumer notice; it follows the same expedient standard.',
});
const AG_2018: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Oregon Attorney General',
  citation: 'ORS 646A.604(1)(b), (3)',
  deadline: calendarDays(45, 'discovered'),
  threshold: residents(250, 'more_than'),
  lawEnforcement: LE,
  requiredContent: AG_CONTENT,
  notes: 'The 45-day limit of S.B. 1551 applies to every notice under subsection (1), the Attorney General\'s included.',
});
const AG_2020: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Oregon Attorney General (online form or written notice)',
  citation: 'ORS 646A.604(1)(b), (3)(a)',
  deadline: calendarDays(45, 'discovered'),
  threshold: residents(250, 'more_than'),
  lawEnforcement: LE,
  requiredContent: AG_CONTENT,
  notes: 'The 45-day limit of ORS 646A.604(3)(a) applies to "notice of a breach of security", the Attorney General\'s included.',
});

const CRA_STANDARD = 'Without unreasonable delay when the breach affects more than 1,000 consumers.';
const CRA_2007: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: 'ORS 646A.604(6)',
  deadline: withoutDelay('discovered', CRA_STANDARD),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Timing, distribution and content of the notice to consumers'],
});
const CRA_2018: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: 'ORS 646A.604(6)',
  deadline: withoutDelay('discovered', CRA_STANDARD),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Timing, distribution and content of the notice to consumers', 'Any police report number assigned to the breach'],
});

const VENDOR_CONDITION = 'This duty binds a vendor (or a person maintaining the data for its owner), not the owner itself.';
const VENDOR_2007: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'ORS 646A.604(2) (2007 text)',
  deadline: withoutDelay('discovered', 'As soon as practicable after discovering the breach.'),
  lawEnforcement: LE,
  condition: VENDOR_CONDITION,
});
const VENDOR_2016: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'ORS 646A.604(2) (2015 text)',
  deadline: withoutDelay('discovered', 'After discovering the breach; the 2015 text sets no time.'),
  lawEnforcement: LE,
  condition: VENDOR_CONDITION,
});
const VENDOR_2018: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'ORS 646A.604(2) (2018 text)',
  deadline: withoutDelay('discovered', 'As soon as practicable after discovering the breach (text struck by S.B. 684).'),
  lawEnforcement: LE,
  condition: VENDOR_CONDITION,
});
const VENDOR_2020: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'ORS 646A.604(2)(a)',
  deadline: calendarDays(10, 'discovered'),
  lawEnforcement: LE,
  condition: VENDOR_CONDITION,
  notes: 'As soon as practicable and no later than 10 days after discovering the breach or having reason to believe it occurred; a subcontractor notifies the vendor it works for.',
});
const VENDOR_AG_2020: ObligationRule = obligation({
  id: 'vendor-attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Oregon Attorney General (notice from the vendor)',
  citation: 'ORS 646A.604(2)(c)',
  deadline: calendarDays(10, 'discovered'),
  threshold: residents(250, 'more_than'),
  lawEnforcement: LE,
  condition: 'Binds the vendor, when more than 250 consumers (or an unknown number) are affected, unless the covered entity has already notified the Attorney General.',
  notes: 'The statute gives this notice no separate time; this catalogue keeps it with the vendor\'s 10-day notice to the covered entity.',
});

const COVERAGE_ALL: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', 'ORS 646A.604(1) binds a person (from 2020 a covered entity) that owns, licenses or otherwise possesses personal information in the course of its business, vocation, occupation or volunteer activities (ORS 646A.602).'],
  nonprofit: ['yes', 'ORS 646A.602 defines "person" to include any organization or entity, whether or not organized to operate at a profit.'],
  local_government: ['yes', 'ORS 646A.602 defines "person" to include a public body as defined in ORS 174.109, which includes local government bodies (cities, counties, districts).'],
  state_agency: ['yes', 'ORS 646A.602 defines "person" to include a public body as defined in ORS 174.109, which includes state government bodies.'],
});

const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: 'ORS 646A.602 (personal information): elements count when not rendered unusable by encryption, redaction or other methods, or when encrypted and "the encryption key has also been acquired".',
  citation: 'ORS 646A.602',
};
const HARM = {
  exists: true,
  standard: 'No notice if, after an appropriate investigation or consulting law enforcement, the organisation reasonably determines the consumers are unlikely to suffer harm.',
  recordToKeep: 'A written determination that harm is unlikely, kept for five years.',
};
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 350_000, citation: 'ORS 646A.604(4)(d)' };

// Facts shared by the versions.
const F_ENCRYPTION: FactCheck = {
  kind: 'secondary',
  where: 'https://www.cliclaw.com/node/8007 (quotes ORS 646A.602)',
  says: 'Data counts when not encrypted, redacted or otherwise unusable, or when encrypted and the key was also acquired.',
  checked: CHECKED,
  why: 'ORS 646A.602 was not among the verbatim copies read; the enrolled 2007 bill read stops at its encryption definition.',
};
const F_HARM: FactCheck = {
  kind: 'secondary',
  where: 'https://privacylaw.proskauer.com/2007/07/articles/security-breach-notification-l/oregon-becomes-38th-state-to-adopt-breach-notification-law/',
  says: 'No notice if, after investigation or consulting law enforcement, no reasonable likelihood of harm; documented and kept five years.',
  checked: CHECKED,
  why: 'Subsection (7) of ORS 646A.604 was not in the verbatim copies read.',
};
const F_SUBSTITUTE: FactCheck = {
  kind: 'secondary',
  where: OLD_DFCS_PAGE,
  says: 'Substitute notice (website and statewide media) above $250,000 in cost or 350,000 consumers, or without contact details.',
  checked: CHECKED,
  why: 'Subsection (4) of ORS 646A.604 was not in the verbatim copies read.',
};
const F_CONTENT: FactCheck = {
  kind: 'secondary',
  where: 'https://www.swlaw.com/data-breach-map/view/state/or',
  says: 'Description, approximate date, information types, contact details, credit bureaus\' contacts, advice to report identity theft to law enforcement (the Attorney General and FTC).',
  checked: CHECKED,
  why: 'Subsection (5) of ORS 646A.604 was not in the verbatim copies read.',
};
const F_FORBIDDEN: FactCheck = {
  kind: 'secondary',
  where: 'https://www.swlaw.com/data-breach-map/view/state/or',
  says: 'None: the act forbids nothing in a notice (from 2018 it limits conditions on free credit monitoring offers, not the notice content).',
  checked: CHECKED,
  why: 'Subsection (5) of ORS 646A.604 was not in the verbatim copies read.',
};
const F_COVERAGE_2015: FactCheck = {
  kind: 'primary',
  where: ORS_2015,
  says: 'A person that owns or licenses personal information it uses in its business, vocation, occupation or volunteer activities.',
  checked: CHECKED,
};
const F_LE_2015: FactCheck = {
  kind: 'primary',
  where: ORS_2015,
  says: 'Delay only if law enforcement determines notice will impede a criminal investigation and asks (in writing) for delay; read as a pause.',
  checked: CHECKED,
};

const SOURCES_COMMON = [
  { where: PERKINS_CHART_2021, facts: 'amendment history: S.B. 601 eff. 2016-01-01, S.B. 1551 eff. 2018-06-02, S.B. 684; content, harm rule, substitute notice' },
  { where: BLOOMBERG_TABLE, facts: 'amendment dates, AG portal' },
  { where: DFR_PAGE, facts: 'GLBA-compliant organisations meet Oregon\'s notification requirements; AG above 250; hotline 877-877-9392' },
];

const UNVERIFIED_COMMON = [
  'ORS 646A.602 (definitions, encryption key) and ORS 646A.604(4)-(7) (substitute notice, content, credit bureaus, harm finding) were read only in secondary copies.',
];

const version2007: RuleVersion = {
  id: 'OR-2007',
  effectiveFrom: '2007-10-01',
  effectiveTo: '2015-12-31',
  citations: ['ORS 646A.600-646A.628 (S.B. 583, Or. Laws 2007 ch. 759)'],
  summary: 'Oregon organisations, public bodies included, had to notify affected consumers without unreasonable delay, and the credit bureaus when more than 1,000 were affected.',
  coverage: COVERAGE_ALL,
  encryptionSafeHarbor: SAFE_HARBOR,
  riskOfHarmException: HARM,
  personalInformation: PI_2007,
  substituteNotice: SUBSTITUTE,
  obligations: [INDIVIDUALS_2007, CRA_2007, VENDOR_2007],
  confidence: 'low',
  unverified: [
    ...UNVERIFIED_COMMON,
    'The 2007 text of ORS 646A.604 was not read; that public bodies (ORS 174.109) were "persons" from the start, the vendor wording and the content list are taken from later texts and charts. The 2007 content list may have named only the FTC (the Attorney General possibly added by S.B. 601); the fuller list is kept, the stricter reading.',
  ],
  sources: [
    ...SOURCES_COMMON,
    { where: SB583_2007, facts: 'enrolled S.B. 583: Oregon Consumer Identity Theft Protection Act; breach of security (materially compromises); consumer is an Oregon resident; encryption' },
    { where: 'https://privacylaw.proskauer.com/2007/07/articles/security-breach-notification-l/oregon-becomes-38th-state-to-adopt-breach-notification-law/', facts: 'signed 2007-07-12, effective 2007-10-01; harm finding; businesses and government agencies' },
  ],
  verification: {
    effective_dates: { kind: 'secondary', where: 'https://privacylaw.proskauer.com/2007/07/articles/security-breach-notification-l/oregon-becomes-38th-state-to-adopt-breach-notification-law/', says: 'S.B. 583 signed 2007-07-12, to take effect 2007-10-01.', checked: CHECKED, why: 'The enrolled bill read shows no operative date in its opening.' },
    coverage: { kind: 'secondary', where: 'https://privacylaw.proskauer.com/2007/07/articles/security-breach-notification-l/oregon-becomes-38th-state-to-adopt-breach-notification-law/', says: 'Businesses and government agencies must notify residents.', checked: CHECKED, why: 'The "person" definition of the 2007 bill was not in the part read.' },
    personal_information: { kind: 'secondary', where: 'https://privacylaw.proskauer.com/2007/07/articles/security-breach-notification-l/oregon-becomes-38th-state-to-adopt-breach-notification-law/', says: 'Name with SSN, licence or state ID, passport or other US ID, or financial account with code; without the name when enough for identity theft.', checked: CHECKED, why: 'The definition in the 2007 bill was not in the part read.' },
    encryption: F_ENCRYPTION,
    risk_of_harm: F_HARM,
    deadline: { kind: 'secondary', where: OLD_DFCS_PAGE, says: 'As soon as possible (most expeditious manner, without unreasonable delay); no day count.', checked: CHECKED, why: 'The 2007 notice section was not in the part of the bill read.' },
    anchor: { kind: 'secondary', where: OLD_DFCS_PAGE, says: 'After discovering or being told of the breach.', checked: CHECKED, why: 'The 2007 notice section was not read.' },
    threshold: { kind: 'secondary', where: OLD_DFCS_PAGE, says: 'Credit bureaus when more than 1,000 consumers; no Attorney General notice.', checked: CHECKED, why: 'The 2007 notice section was not read.' },
    law_enforcement: { kind: 'secondary', where: OLD_DFCS_PAGE, says: 'Delay if law enforcement determines notice will impede a criminal investigation.', checked: CHECKED, why: 'The 2007 notice section was not read.' },
    substitute_notice: F_SUBSTITUTE,
    required_content: F_CONTENT,
    forbidden_content: F_FORBIDDEN,
  },
};

const version2016: RuleVersion = {
  id: 'OR-2016',
  effectiveFrom: '2016-01-01',
  effectiveTo: '2018-06-01',
  citations: ['ORS 646A.602, 646A.604 as amended by S.B. 601 (Or. Laws 2015 ch. 357)'],
  summary: 'Oregon added notice to the Attorney General when more than 250 consumers are notified, under the same expedient standard and still with no fixed number of days.',
  coverage: COVERAGE_ALL,
  encryptionSafeHarbor: SAFE_HARBOR,
  riskOfHarmException: HARM,
  personalInformation: PI_2016,
  substituteNotice: SUBSTITUTE,
  obligations: [INDIVIDUALS_2016, AG_2016, CRA_2007, VENDOR_2016],
  confidence: 'medium',
  unverified: [...UNVERIFIED_COMMON, 'S.B. 601 itself was not read; its 2016-01-01 start comes from the Perkins Coie chart and the Bloomberg table, its text from the 2015 edition of ORS 646A.604.'],
  sources: [...SOURCES_COMMON, { where: ORS_2015, facts: 'ORS 646A.604 (2015 edition): consumer notice most expeditious, AG above 250 in the same manner, vendor notifies after discovering, law-enforcement delay' }],
  verification: {
    effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'S.B. 601 effective 2016-01-01.', checked: CHECKED, why: 'S.B. 601 itself was not read.' },
    coverage: F_COVERAGE_2015,
    personal_information: { kind: 'secondary', where: 'https://www.cliclaw.com/node/8007', says: 'Adds biometric data, health insurance numbers with an insurer identifier, and medical information.', checked: CHECKED, why: 'ORS 646A.602 was not read verbatim.' },
    encryption: F_ENCRYPTION,
    risk_of_harm: F_HARM,
    deadline: { kind: 'primary', where: ORS_2015, says: 'Consumers in the most expeditious manner possible, without unreasonable delay; the Attorney General in the same manner; no day count.', checked: CHECKED },
    anchor: { kind: 'primary', where: ORS_2015, says: 'After discovering the breach or receiving notice of it from the person that maintains the data.', checked: CHECKED },
    threshold: { kind: 'primary', where: ORS_2015, says: 'Attorney General if the consumers to be notified exceed 250 (more than 250).', checked: CHECKED },
    law_enforcement: F_LE_2015,
    substitute_notice: F_SUBSTITUTE,
    required_content: F_CONTENT,
    forbidden_content: F_FORBIDDEN,
  },
};

const version2018: RuleVersion = {
  id: 'OR-2018',
  effectiveFrom: '2018-06-02',
  effectiveTo: '2019-12-31',
  citations: ['ORS 646A.604 as amended by S.B. 1551 (Or. Laws 2018 ch. 10)'],
  summary: 'Oregon requires notice to consumers, and to the Attorney General when more than 250 are affected, within 45 days of discovering the breach.',
  coverage: COVERAGE_ALL,
  encryptionSafeHarbor: SAFE_HARBOR,
  riskOfHarmException: HARM,
  personalInformation: PI_2016,
  substituteNotice: SUBSTITUTE,
  obligations: [INDIVIDUALS_2018, AG_2018, CRA_2018, VENDOR_2018],
  confidence: 'low',
  unverified: [...UNVERIFIED_COMMON, 'S.B. 1551 was read only through the Legislature\'s abstract; the 2018-06-02 operative date comes from the Perkins Coie chart and the Akesari day-count table.'],
  sources: [
    ...SOURCES_COMMON,
    { where: SB1551_ABSTRACT, facts: 'notice to consumers and (above 250) the Attorney General in the most expeditious manner, no later than 45 days after discovering or receiving notice; credit-monitoring offer conditions' },
    { where: AKESARI_BILL('2019 Ore. SB 684.PDF'), facts: 'pre-2020 "as soon as practicable" vendor wording (struck text)' },
  ],
  verification: {
    effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'S.B. 1551 signed 2018-03-16, operative 2018-06-02.', checked: CHECKED, why: 'The session law was not read; the abstract gives only the signing date.' },
    coverage: { kind: 'secondary', where: SB1551_ABSTRACT, says: 'A person that owns, licenses or otherwise possesses personal information.', checked: CHECKED, why: 'Only the Legislature\'s abstract of S.B. 1551 was read.' },
    personal_information: { kind: 'secondary', where: 'https://www.cliclaw.com/node/8007', says: 'As amended by S.B. 601; unchanged by S.B. 1551.', checked: CHECKED, why: 'ORS 646A.602 was not read verbatim.' },
    encryption: F_ENCRYPTION,
    risk_of_harm: F_HARM,
    deadline: { kind: 'secondary', where: SB1551_ABSTRACT, says: 'Most expeditious manner, without unreasonable delay, no later than 45 days, for consumers and the Attorney General.', checked: CHECKED, why: 'Only the abstract of S.B. 1551 was read; the current text (read) has the same 45 days.' },
    anchor: { kind: 'secondary', where: SB1551_ABSTRACT, says: 'After discovering or receiving notice of the breach.', checked: CHECKED, why: 'Only the abstract of S.B. 1551 was read.' },
    threshold: { kind: 'secondary', where: SB1551_ABSTRACT, says: 'Attorney General if the consumers to be notified exceed 250.', checked: CHECKED, why: 'Only the abstract of S.B. 1551 was read.' },
    law_enforcement: { kind: 'secondary', where: 'https://www.dwt.com/oregon', says: 'Delay while law enforcement asks in writing; read as a pause.', checked: CHECKED, why: 'Only the abstract of S.B. 1551 was read.' },
    substitute_notice: F_SUBSTITUTE,
    required_content: F_CONTENT,
    forbidden_content: F_FORBIDDEN,
  },
};

const version2020: RuleVersion = {
  id: 'OR-2020',
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  citations: ['ORS 646A.600-646A.628 as amended by S.B. 684 (Or. Laws 2019 ch. 180)'],
  summary: 'Oregon requires notice to consumers and (above 250) the Attorney General within 45 days of discovery, and gives vendors 10 days to tell the covered entity.',
  coverage: COVERAGE_ALL,
  encryptionSafeHarbor: SAFE_HARBOR,
  riskOfHarmException: HARM,
  personalInformation: PI_2020,
  substituteNotice: SUBSTITUTE,
  obligations: [INDIVIDUALS_2020, AG_2020, CRA_2018, VENDOR_2020, VENDOR_AG_2020],
  confidence: 'low',
  unverified: [
    ...UNVERIFIED_COMMON,
    'Tax return preparers must also report breaches of return information to the Department of Revenue (H.B. 2128, 2021); that duty is not encoded.',
  ],
  sources: [
    ...SOURCES_COMMON,
    { where: ORS_CURRENT, facts: 'current ORS 646A.604(1)-(3): covered entity notice to consumers and (above 250) the AG; vendor 10 days; vendor AG notice; 45 days after discovering or receiving notification' },
    { where: AKESARI_BILL('2019 Ore. SB 684.PDF'), facts: 'S.B. 684: covered entity and vendor definitions; effective 2020-01-01' },
    { where: 'https://doj.state.or.us/consumer-protection/id-theft-data-breaches/data-breaches/', facts: 'DOJ summary of personal information' },
  ],
  verification: {
    effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'S.B. 684 (2019) operative 2020-01-01.', checked: CHECKED, why: 'S.B. 684 (Akesari PDF) could not be read as text here.' },
    coverage: { kind: 'secondary', where: 'https://doj.state.or.us/consumer-protection/id-theft-data-breaches/data-breaches/', says: 'Covered entities; "person" includes public bodies (ORS 174.109) and nonprofits.', checked: CHECKED, why: 'ORS 646A.602 (definitions of covered entity and person) was not read verbatim.' },
    personal_information: { kind: 'secondary', where: 'https://doj.state.or.us/consumer-protection/id-theft-data-breaches/data-breaches/', says: 'Adds a user name or account ID with the password or other means of access.', checked: CHECKED, why: 'ORS 646A.602 was not read verbatim.' },
    encryption: F_ENCRYPTION,
    risk_of_harm: F_HARM,
    deadline: { kind: 'primary', where: ORS_CURRENT, says: 'Notice (consumers and Attorney General) no later than 45 days; vendor no later than 10 days; vendor AG notice with no separate time.', checked: CHECKED },
    anchor: { kind: 'primary', where: ORS_CURRENT, says: 'After discovering or receiving notification of the breach; the vendor from its own discovery or reason to believe.', checked: CHECKED },
    threshold: { kind: 'primary', where: ORS_CURRENT, says: 'Attorney General if consumers to be notified exceed 250; vendor AG notice above 250 or an unknown number.', checked: CHECKED },
    law_enforcement: { kind: 'secondary', where: 'https://instalawyer.io/laws/2021-oregon-revised-statutes/section-646a604-notice-of', says: 'A covered entity may delay notice (3)(c) while law enforcement asks; read as a pause.', checked: CHECKED, why: 'The verbatim copy breaks off in (3)(c).' },
    substitute_notice: F_SUBSTITUTE,
    required_content: { kind: 'secondary', where: 'https://justice.oregon.gov/consumer/DataBreach/Home/Submit', says: 'The Attorney General receives a sample of the consumer notice; consumer content per (5).', checked: CHECKED, why: 'Subsection (5) was not read verbatim.' },
    forbidden_content: F_FORBIDDEN,
  },
};

const AG_CHANNEL: SubmissionChannel = {
  recipient: 'attorney_general',
  name: 'Oregon Department of Justice, Consumer Protection (Attorney General)',
  ways: [
    { kind: 'online_form', value: 'https://justice.oregon.gov/consumer/DataBreach/Home/Submit', formName: 'Report Data Breaches' },
    { kind: 'postal', value: 'Oregon Department of Justice, Consumer Protection Section, 1162 Court Street NE, Salem, OR 97301-4096' },
  ],
  asksFor: [
    'A sample of the consumer notice (PDF, no non-public information)',
    'Breached organisation name and ZIP code',
    'Dates of the breach, of its discovery and of the consumer notice',
    'Whether notice was delayed for a law-enforcement investigation',
    'Types of personal information and a brief description of the breach',
    'Number of Oregon consumers and of all individuals affected',
    'Whether substitute or media notice was given',
    'A contact person, and law-enforcement contact and police report number if any',
  ],
  source: 'Oregon DOJ "Report Data Breaches" form (justice.oregon.gov/consumer/DataBreach/Home/Submit), required by ORS 646A.604',
  checked: CHECKED,
};

const CONTACT: ConsumerContact = {
  name: 'Oregon Department of Justice, Consumer Protection',
  phone: '1-877-877-9392',
  website: 'www.doj.state.or.us',
  address: '1162 Court Street NE, Salem, OR 97301-4096',
  source: 'The values breachdesk letters printed before issue 17; the hotline number also appears on the Division of Financial Regulation breach page (dfr.oregon.gov)',
  checked: CHECKED,
};

export const oregon: Jurisdiction = {
  code: 'OR',
  name: 'Oregon',
  kind: 'state',
  holidays: { country: 'US', state: 'OR' },
  laws: [
    {
      id: 'OR-646A-604',
      title: 'Oregon Consumer Information Protection Act, ORS 646A.600-646A.628 (notice of breach, ORS 646A.604)',
      scope: 'residents',
      versions: [version2007, version2016, version2018, version2020],
    },
  ],
  channels: [AG_CHANNEL, NATIONWIDE_CRAS],
  consumerContact: CONTACT,
};
