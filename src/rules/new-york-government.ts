// New York's public bodies: state entities notify residents under State Technology Law § 208, the
// twin of Gen. Bus. Law § 899-aa; municipalities and public authorities report cyber incidents to
// DHSES within 72 hours (Gen. Mun. Law § 995-b, from 2025). new-york.ts imports the two laws.
import type { DataElement, EncryptionSafeHarbor, FactCheck, Law, ObligationRule, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, governmentOnlyCoverage, hours, immediately, obligation, residents, toll, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const CREDENTIALS: DataElement[] = ['password', 'security_question'];
const LE = toll('N.Y. State Tech. Law § 208(4)');

const STL_PI_2005: PersonalInformationDefinition = {
  citation: 'N.Y. State Tech. Law § 208(1)(a) (2005 text)',
  summary: "identifying information (such as a name) with an SSN, a driver's licence or non-driver ID number, or an account, credit or debit card number with any code or password needed to use it",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
  ],
};

// SHIELD Act: bare account or card numbers where they alone give access, biometrics, online
// credentials. A bare number counts only "if circumstances exist" where it alone gives access;
// breachdesk treats it as covered, the safer reading. The 2025 medical additions are § 899-aa only.
const STL_PI_2019: PersonalInformationDefinition = {
  citation: 'N.Y. State Tech. Law § 208(1)(a)',
  summary:
    "identifying information (such as a name) with an SSN, a driver's licence or non-driver ID number, biometric information, or an account, credit or debit card number (with its code, or alone where it alone gives access); or a user name or email address with the password or security answer to an online account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'biometric', 'account_number', 'card_number'] },
    { all: ['username'], anyOf: CREDENTIALS },
    { all: ['email'], anyOf: CREDENTIALS },
  ],
};

const STATE_ENTITY_COVERAGE = governmentOnlyCoverage('N.Y. Gen. Bus. Law § 899-aa', {
  local_government: ['no', '§ 208(1)(c) excludes cities, counties, municipalities, villages, towns and other local agencies from "state entity".'],
  state_agency: ['yes', '§ 208(1)(c) covers any state board, bureau, division, commission, department, public authority, public benefit corporation, office or other governmental entity performing a function for the state, except the judiciary.'],
});

const STL_DEADLINE = withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay, allowing for law enforcement and for measures to determine the scope and restore the system.');

const STL_INDIVIDUALS_2005: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected New York residents',
  citation: 'N.Y. State Tech. Law § 208(2), (7)',
  deadline: STL_DEADLINE,
  lawEnforcement: LE,
  requiredContent: [
    'Contact information for the state entity making the notice',
    'A description of the categories of information accessed or acquired, including which elements',
  ],
  letterElements: ['contact', 'information_involved'],
  notes: 'State policy NYS-P03-002 also asks state entities to notify non-residents whose information was exposed.',
});

const STL_INDIVIDUALS_2019: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected New York residents',
  citation: 'N.Y. State Tech. Law § 208(2), (7)',
  deadline: STL_DEADLINE,
  lawEnforcement: LE,
  requiredContent: [
    'Contact information for the state entity making the notice',
    'Telephone numbers and websites of the relevant state and federal agencies with breach-response and identity-theft information',
    'A description of the categories of information accessed or acquired, including which elements',
  ],
  letterElements: ['contact', 'ftc', 'attorney_general', 'information_involved'],
  notes: 'State policy NYS-P03-002 also asks state entities to notify non-residents whose information was exposed.',
});

const STL_STATE_OFFICES: ObligationRule = obligation({
  id: 'state-offices',
  recipient: 'attorney_general',
  recipientName: 'New York Attorney General, Department of State (Division of Consumer Protection) and Office of Information Technology Services',
  citation: 'N.Y. State Tech. Law § 208(7)',
  deadline: { kind: 'no_deadline', standard: 'No time is set; the notice reports the timing, content and distribution of the resident notices and must not delay them. Send it with them.' },
  requiredContent: ['The timing, content and distribution of the notices', 'The approximate number of affected persons'],
  notes: 'ITS takes a breach notification form by email.',
});

const STL_CREDIT_BUREAUS: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Each nationwide consumer reporting agency',
  citation: 'N.Y. State Tech. Law § 208(7)(b)',
  deadline: { kind: 'no_deadline', standard: 'No time is set; it accompanies the notice to more than 5,000 New York residents at one time.' },
  threshold: residents(5000, 'more_than'),
  requiredContent: ['The timing, content and distribution of the notices', 'The approximate number of affected persons'],
});

const STL_VENDOR: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'N.Y. State Tech. Law § 208(3)',
  deadline: immediately('discovered', 'Immediately following discovery.'),
  lawEnforcement: LE,
  condition: 'Binds a state entity that maintains data it does not own, not the owner itself.',
});

const STL_SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'N.Y. State Tech. Law § 208(5)(d)' };

// Texts read for the facts below (checked 2026-12-08).
const CHECKED = '2026-12-08';
const SHIELD_TEXT =
  'https://proteuscyber.com/privacy-database/tag/ny-shield/integrity (verbatim copy of the SHIELD Act, S. 5575-B, L. 2019, ch. 117, with its brackets and insertions: the opening of § 208(2))';
const S8169 =
  'https://www.nysenate.gov/legislation/bills/2025/S8169 (a pending 2025 bill that sets out § 208(1)(b) as in force, "as amended by chapter 491 of the laws of 2005", and notes § 208(1)(c) unamended since chapter 442 of 2005)';
const ITS_PAGE = 'https://its.ny.gov/breach-notification';
const WHY_208 =
  'The text of § 208 itself could not be read: the stored copies (nysenate.gov, elaws) are not among the pages the research tool reaches, and the 2005 chapters are PDFs with no text.';

const STL_COVERAGE_CHECK: FactCheck = { kind: 'secondary', where: 'https://fastdemocracy.com/bill-summary/?billsummary_id=NYB00176447&billsummary_session=2025-2026&billsummary_state=ny', says: 'state entities are covered; the definition in § 208(1)(c) leaves local municipalities out (the S. 8169 sponsor memo)', checked: CHECKED, why: `${WHY_208} S. 8169 shows § 208(1)(c) unamended since 2005 but its text was not read.` };
const STL_ENCRYPTION_CHECK: FactCheck = { kind: 'secondary', where: 'http://ny.elaws.us/law/stt_art2_sec.208', says: 'private information excludes encrypted data unless encrypted with a key that was also acquired (or, from 2019, accessed)', checked: CHECKED, why: WHY_208 };
const STL_THRESHOLD_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'the state offices for any resident notified; credit bureaus above 5,000 at one time; AG copy of a no-harm determination above 500 residents (2019)', checked: CHECKED, why: WHY_208 };
const STL_LE_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'notice delayed while law enforcement says it would impede a criminal investigation; given once cleared', checked: CHECKED, why: WHY_208 };
const STL_SUBSTITUTE_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'cost over $250,000, over 500,000 persons, or no contact data', checked: CHECKED, why: WHY_208 };
const STL_FORBIDDEN_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'none: nothing is forbidden in a notice', checked: CHECKED, why: WHY_208 };

const NY_STL_2005_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'L. 2005, ch. 442 (amended by ch. 491) in force 2005-12-07; the SHIELD Act amended § 208 from 2019-10-23', checked: CHECKED, why: WHY_208 },
  coverage: STL_COVERAGE_CHECK,
  personal_information: { kind: 'secondary', where: 'http://ny.elaws.us/law/stt_art2_sec.208', says: "identifying information with SSN, driver's licence or non-driver ID, or account or card number with code", checked: CHECKED, why: WHY_208 },
  encryption: STL_ENCRYPTION_CHECK,
  risk_of_harm: { kind: 'primary', where: S8169, says: 'none: § 208(1)(b) defines a breach by acquisition and gives factors to weigh, with no harm test (the inadvertent-disclosure exception came in 2019)', checked: CHECKED },
  deadline: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'most expedient time possible and without unreasonable delay; the offices and bureaus with no time set; the vendor immediately', checked: CHECKED, why: WHY_208 },
  anchor: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'following discovery or notification of the breach', checked: CHECKED, why: WHY_208 },
  threshold: STL_THRESHOLD_CHECK,
  law_enforcement: STL_LE_CHECK,
  substitute_notice: STL_SUBSTITUTE_CHECK,
  required_content: { kind: 'secondary', where: ITS_PAGE, says: 'letters: contact information and the categories of information; the AG, DOS and ITS: timing, content, distribution and number', checked: CHECKED, why: WHY_208 },
  forbidden_content: STL_FORBIDDEN_CHECK,
};

const NY_STL_2019_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'SHIELD Act signed 2019-07-25; the notice amendments in force 2019-10-23', checked: CHECKED, why: WHY_208 },
  coverage: STL_COVERAGE_CHECK,
  personal_information: { kind: 'secondary', where: 'https://nysenate.gov/legislation/laws/STT/208', says: 'adds bare account or card numbers that alone give access, biometrics and online credentials; no medical data', checked: CHECKED, why: WHY_208 },
  encryption: STL_ENCRYPTION_CHECK,
  risk_of_harm: { kind: 'secondary', where: AKESARI_BILL('Stop Hacks and Improve Electronic Data Security Act _SHIELD Act__ 2019 N.Y. SB 5575.PDF'), says: 'no notice for an inadvertent disclosure by authorized persons unlikely to cause misuse or harm; written determination kept 5 years, sent to the AG above 500 residents', checked: CHECKED, why: WHY_208 },
  deadline: { kind: 'secondary', where: `${SHIELD_TEXT}; ${PERKINS_CHART_2021}`, says: 'most expedient time possible and without unreasonable delay; the offices and bureaus with no time set; the vendor immediately', checked: CHECKED, why: `The stored copy of the SHIELD text breaks off in the opening of § 208(2). ${WHY_208}` },
  anchor: { kind: 'primary', where: SHIELD_TEXT, says: 'following discovery or notification of the breach, to residents whose private information was or is reasonably believed accessed or acquired', checked: CHECKED },
  threshold: STL_THRESHOLD_CHECK,
  law_enforcement: STL_LE_CHECK,
  substitute_notice: STL_SUBSTITUTE_CHECK,
  required_content: { kind: 'secondary', where: ITS_PAGE, says: 'letters: contact information, agency numbers and websites, categories of information; the AG, DOS and ITS: timing, content, distribution and number', checked: CHECKED, why: WHY_208 },
  forbidden_content: STL_FORBIDDEN_CHECK,
};

const STL_KEY_2005: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: '§ 208(1)(a): private information includes data encrypted with an encryption key that has also been acquired.',
  citation: 'N.Y. State Tech. Law § 208(1)(a)',
};
const STL_KEY_2019: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: '§ 208(1)(a): private information includes data encrypted with an encryption key that has also been accessed or acquired.',
  citation: 'N.Y. State Tech. Law § 208(1)(a)',
};

const stateEntity: RuleVersion[] = [
  {
    id: 'NY-STL-2005',
    effectiveFrom: '2005-12-07',
    effectiveTo: '2019-10-22',
    citations: ['N.Y. State Tech. Law § 208 (L. 2005, ch. 442, amended by ch. 491)'],
    summary: 'New York state entities had to notify affected residents without unreasonable delay and tell the Attorney General, the Department of State and the state IT office.',
    coverage: STATE_ENTITY_COVERAGE,
    encryptionSafeHarbor: STL_KEY_2005,
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: STL_PI_2005,
    substituteNotice: STL_SUBSTITUTE,
    obligations: [STL_INDIVIDUALS_2005, STL_STATE_OFFICES, STL_CREDIT_BUREAUS, STL_VENDOR],
    confidence: 'low',
    unverified: [
      'The text of § 208 could not be read on 2026-12-08; its facts rest on the research record, the ITS page and summaries.',
      'The third office named in the 2005 text (the state office of cyber security, later ITS) was not read; the current ITS page is used.',
      'Substitute-notice thresholds are assumed to match § 899-aa.',
    ],
    sources: [
      { where: 'http://ny.elaws.us/law/stt_art2_sec.208', facts: 'pre-2019 § 208(1)(a)-(b): private information, key clause, breach definition' },
      { where: S8169, facts: '§ 208(1)(b) as amended by ch. 491 of 2005; § 208(1)(c) unamended since 2005' },
      { where: ITS_PAGE, facts: 'state entities notify the AG, ITS and DOS Division of Consumer Protection; non-resident policy' },
      { where: BLOOMBERG_TABLE, facts: '§ 208 applies to governmental entities' },
      { where: 'https://ecode360.com/34378792', facts: 'local governments adopted their own § 208-style policies (Town of Dryden, 2006)' },
    ],
    verification: NY_STL_2005_VERIFICATION,
  },
  {
    id: 'NY-STL-2019',
    effectiveFrom: '2019-10-23',
    effectiveTo: null,
    citations: ['N.Y. State Tech. Law § 208 as amended by the SHIELD Act (S. 5575-B, L. 2019, ch. 117)'],
    summary: 'New York state entities must notify affected residents without unreasonable delay and tell the Attorney General, the Department of State and ITS; the 2024 thirty-day rule did not change § 208.',
    coverage: STATE_ENTITY_COVERAGE,
    encryptionSafeHarbor: STL_KEY_2019,
    riskOfHarmException: {
      exists: true,
      standard: 'No notice for an inadvertent disclosure by persons authorized to access the data when the state entity reasonably determines it will not likely result in misuse or financial or emotional harm (§ 208(2)(a)).',
      recordToKeep: 'The determination in writing, kept for at least five years; if it covers more than 500 New York residents, send it to the Attorney General within 10 days (§ 208(2)(a)).',
    },
    personalInformation: STL_PI_2019,
    substituteNotice: STL_SUBSTITUTE,
    obligations: [STL_INDIVIDUALS_2019, STL_STATE_OFFICES, STL_CREDIT_BUREAUS, STL_VENDOR],
    confidence: 'low',
    unverified: [
      'The text of § 208 could not be read on 2026-12-08 beyond the opening of subdivision 2 in the SHIELD Act; its facts rest on the research record, the ITS page and summaries.',
      'That the SHIELD Act added the agency telephone numbers and websites to § 208 letters as it did to § 899-aa.',
      'S. 8169 (2025) would amend § 208 and reach local governments; it was pending when last checked and is not encoded.',
    ],
    sources: [
      { where: SHIELD_TEXT, facts: 'SHIELD Act amendment of § 208(2): accessed or acquired, following discovery or notification' },
      { where: 'https://nysenate.gov/legislation/laws/STT/208', facts: 'current § 208(1)(a): private information incl. bare account numbers, biometrics, credentials; no medical data' },
      { where: AKESARI_BILL('Stop Hacks and Improve Electronic Data Security Act _SHIELD Act__ 2019 N.Y. SB 5575.PDF'), facts: 'state-entity 10-day determination rule; 2019 amendments to § 208' },
      { where: ITS_PAGE, facts: 'recipients AG, ITS, DOS' },
      { where: 'https://www.nysenate.gov/legislation/bills/2025/S8169', facts: 'pending 2025 bill amending § 208' },
    ],
    verification: NY_STL_2019_VERIFICATION,
  },
];

const GMU_995B = 'https://lexace.ai/us/statute/new-york/gmu-995-B (verbatim copy of Gen. Mun. Law § 995-b)';
const GMU_995A = 'https://www.nysenate.gov/legislation/laws/GMU/995-A (§ 995-a definitions, published 2025-07-04) and https://nysenate.gov/legislation/bills/2025/A6769 (bill text: municipal corporation as defined in § 119-n)';
const GMU_MEMO = 'https://fastdemocracy.com/bill-summary/?billsummary_id=NYB00175254&billsummary_session=2025-2026&billsummary_state=ny (S. 7672-A sponsor memo)';

const NY_GMU_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: 'https://production.jdsupra.com/legalnews/ny-municipalities-public-authorities-6470415', says: 'signed 2025-06-27; in force 2025-07-28', checked: CHECKED, why: "Chapter 177 of 2025's effective-date section was not read; the § 995-a page read carries an effective-date asterisk whose note was not visible." },
  coverage: { kind: 'primary', where: `${GMU_995B}; ${GMU_995A}`, says: 'all municipal corporations (as defined in § 119-n, districts included) and public authorities', checked: CHECKED },
  personal_information: { kind: 'primary', where: GMU_995A, says: 'none: a cybersecurity incident is any event that jeopardizes systems or information, personal or not', checked: CHECKED },
  encryption: { kind: 'primary', where: GMU_995B, says: 'none: no encryption exemption', checked: CHECKED },
  risk_of_harm: { kind: 'primary', where: GMU_995A, says: 'none: an actual or imminent jeopardy to integrity, confidentiality or availability is enough', checked: CHECKED },
  deadline: { kind: 'secondary', where: `${GMU_995B}; ${GMU_MEMO}`, says: 'the incident report no later than 72 hours (read in § 995-b(2)); a ransom payment within 24 hours and its explanation within 30 days (§ 995-c, memo only)', checked: CHECKED, why: '§ 995-c could not be read; only the sponsor memo describes it.' },
  anchor: { kind: 'primary', where: GMU_995B, says: 'when the body reasonably believes the incident has occurred (breachdesk counts from discovery)', checked: CHECKED },
  threshold: { kind: 'primary', where: GMU_995B, says: 'none: every cybersecurity incident', checked: CHECKED },
  law_enforcement: { kind: 'primary', where: GMU_995B, says: 'none: no delay is allowed', checked: CHECKED },
  substitute_notice: { kind: 'primary', where: GMU_995B, says: 'none: a report to DHSES, no substitute', checked: CHECKED },
  required_content: { kind: 'secondary', where: `${GMU_995B}; ${GMU_MEMO}`, says: 'the incident and any ransom demand in the form DHSES prescribes, and whether help is requested or declined (read); the ransom explanation items (memo only)', checked: CHECKED, why: '§ 995-c could not be read; only the sponsor memo describes it.' },
  forbidden_content: { kind: 'primary', where: GMU_995B, says: 'none: nothing is forbidden; the report is exempt from FOIL', checked: CHECKED },
};

const municipal: RuleVersion[] = [
  {
    id: 'NY-GMU-2025',
    effectiveFrom: '2025-07-28',
    effectiveTo: null,
    citations: ['N.Y. Gen. Mun. Law §§ 995-a to 995-c (S. 7672-A / A. 6769-A, L. 2025, ch. 177, signed 2025-06-27)'],
    summary: 'New York municipalities and public authorities must report a cybersecurity incident to DHSES within 72 hours and a ransom payment within 24 hours.',
    coverage: governmentOnlyCoverage('N.Y. Gen. Bus. Law § 899-aa', {
      local_government: ['yes', 'Gen. Mun. Law § 995-b binds every municipal corporation and district (as defined in Gen. Mun. Law § 119-n); New York City is reported to be exempt.'],
      state_agency: ['uncertain', '§ 995-b also binds public authorities, which are state-created bodies; an ordinary state department is not one. A state body that is a public authority should treat the report as due.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'dhses-72h',
        recipient: 'state_agency',
        recipientName: 'Commissioner, New York Division of Homeland Security and Emergency Services (DHSES)',
        citation: 'N.Y. Gen. Mun. Law § 995-b(2)',
        deadline: hours(72, 'discovered'),
        requiredContent: [
          'The cybersecurity incident, in the form DHSES prescribes (its reporting portal)',
          'Any demand for a ransom payment',
          'Whether DHSES advice or technical assistance is requested or declined',
        ],
        condition: 'Any cybersecurity incident: an event on a network that actually or imminently jeopardizes the integrity, confidentiality or availability of systems or information, whether or not personal information is involved.',
        notes: 'The statute counts from when the body reasonably believes the incident occurred; breachdesk counts from discovery, the earliest reading. The report is exempt from FOIL.',
      }),
      obligation({
        id: 'dhses-ransom',
        recipient: 'state_agency',
        recipientName: 'Commissioner, New York Division of Homeland Security and Emergency Services (DHSES)',
        citation: 'N.Y. Gen. Mun. Law § 995-c',
        deadline: { kind: 'no_deadline', standard: 'Within 24 hours after making a ransom payment; a written explanation within 30 days after the payment.' },
        requiredContent: [
          'Notice of the payment within 24 hours',
          'Within 30 days: the amount and means of payment, why it was necessary, the alternatives considered, and the diligence done to comply with sanctions and other law',
        ],
        condition: 'Only if a ransom payment was made.',
      }),
    ],
    confidence: 'low',
    unverified: [
      'The effective date (2025-07-28) comes from law-firm reports; thirty days after signing would be 2025-07-27.',
      'The New York City exemption was not seen in the statute text.',
      'The ransom-payment duty of § 995-c was read only in the sponsor memo.',
    ],
    sources: [
      { where: GMU_995B, facts: '§ 995-b text: 72 hours after reasonable belief; assistance requested or declined; FOIL exemption' },
      { where: GMU_995A, facts: '§ 995-a definitions: cybersecurity incident, municipal corporation' },
      { where: 'https://production.jdsupra.com/legalnews/ny-municipalities-public-authorities-6470415', facts: 'effective July 28; ransom 24 hours and 30-day explanation; NYC exempt' },
      { where: GMU_MEMO, facts: 'ransom notice within 24 hours and written explanation within 30 days' },
      { where: 'https://www.cnybj.com/new-state-law-requires-quick-reporting-of-cybersecurity-ransomware-incidents', facts: 'signed 2025-06-27; 72-hour incident and 24-hour ransom reports to DHSES' },
    ],
    verification: NY_GMU_VERIFICATION,
  },
];

export const nyStateEntityLaw: Law = {
  id: 'NY-STL-208',
  title: 'N.Y. State Tech. Law § 208: breach notice by state entities',
  scope: 'residents',
  versions: stateEntity,
};

export const nyMunicipalCyberLaw: Law = {
  id: 'NY-GMU-995',
  title: 'N.Y. Gen. Mun. Law §§ 995-a to 995-c: cybersecurity incident and ransom-payment reports by municipalities and public authorities',
  scope: 'home',
  versions: municipal,
};
