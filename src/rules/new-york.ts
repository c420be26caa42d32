// New York: Gen. Bus. Law § 899-aa for persons and businesses (since 2005-12-07; SHIELD Act 2019;
// 30-day limit from 2024-12-21; medical data from 2025-03-21), plus the public-body statutes in
// new-york-government.ts. NYDFS Part 500 is a separate regime and is not encoded here.
import type { Coverage, CoverageAnswer, DataElement, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, OrgCategory, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, immediately, obligation, residents, toll, withoutDelay,
} from './shared.js';
import { nyMunicipalCyberLaw, nyStateEntityLaw } from './new-york-government.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const CREDENTIALS: DataElement[] = ['password', 'security_question'];
const LE = toll('N.Y. Gen. Bus. Law § 899-aa(4)');

const PI_2005: PersonalInformationDefinition = {
  citation: 'N.Y. Gen. Bus. Law § 899-aa(1)(b) (2005 text)',
  summary: "identifying information (such as a name) with an SSN, a driver's licence or non-driver ID number, or an account, credit or debit card number with any code or password needed to use it",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
  ],
};

// SHIELD Act: bare account or card numbers where they alone give access, biometrics, online
// credentials. A bare number counts only "if circumstances exist" where it alone gives access;
// breachdesk treats it as covered, the safer reading.
const PI_2019: PersonalInformationDefinition = {
  citation: 'N.Y. Gen. Bus. Law § 899-aa(1)(b) (text of 2019-10-23 to 2025-03-20)',
  summary:
    "identifying information (such as a name) with an SSN, a driver's licence or non-driver ID number, biometric information, or an account, credit or debit card number (with its code, or alone where it alone gives access); or a user name or email address with the password or security answer to an online account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'biometric', 'account_number', 'card_number'] },
    { all: ['username'], anyOf: CREDENTIALS },
    { all: ['email'], anyOf: CREDENTIALS },
  ],
};

// S. 2376-B (in force 2025-03-21) added medical and health-insurance information.
const PI_2025: PersonalInformationDefinition = {
  citation: 'N.Y. Gen. Bus. Law § 899-aa(1)(b)',
  summary:
    "identifying information (such as a name) with an SSN, a driver's licence or non-driver ID number, biometric information, an account, credit or debit card number (with its code, or alone where it alone gives access), medical information or health-insurance information; or a user name or email address with the password or security answer to an online account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'biometric', 'account_number', 'card_number', 'medical', 'health_insurance'] },
    { all: ['username'], anyOf: CREDENTIALS },
    { all: ['email'], anyOf: CREDENTIALS },
  ],
};

const OPEN_DEADLINE = withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay, allowing for law enforcement and for measures to determine the scope and restore the system.');

const CONTENT_2005 = [
  'Contact information for the person or business making the notice',
  'A description of the categories of information accessed or acquired, including which elements',
];
const CONTENT_2019 = [
  'Contact information for the person or business making the notice',
  'Telephone numbers and websites of the relevant state and federal agencies with breach-response and identity-theft information',
  'A description of the categories of information accessed or acquired, including which elements',
];
const OTHER_RULES =
  'Notice given under GLBA, HIPAA/HITECH, 23 NYCRR Part 500 or another federal or New York breach rule replaces this resident notice; the state offices must still be notified.';

const INDIVIDUALS_2005: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected New York residents',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(2), (7)',
  deadline: OPEN_DEADLINE,
  lawEnforcement: LE,
  requiredContent: CONTENT_2005,
  letterElements: ['contact', 'information_involved'],
});

const INDIVIDUALS_2019: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected New York residents',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(2), (7)',
  deadline: OPEN_DEADLINE,
  lawEnforcement: LE,
  requiredContent: CONTENT_2019,
  letterElements: ['contact', 'ftc', 'attorney_general', 'information_involved'],
  condition: OTHER_RULES,
});

const INDIVIDUALS_2024: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected New York residents',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(2), (7)',
  deadline: calendarDays(30, 'discovered'),
  lawEnforcement: LE,
  requiredContent: CONTENT_2019,
  letterElements: ['contact', 'ftc', 'attorney_general', 'information_involved'],
  condition: OTHER_RULES,
  notes: 'Most expedient time possible and within 30 days after discovery. Only the needs of law enforcement may extend it; the scope and restore-integrity allowance was removed.',
});

const OFFICES_STANDARD = 'No time is set; the notice reports the timing, content and distribution of the resident notices and must not delay them. Send it with them.';

const STATE_OFFICES_2005: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'New York Attorney General, Consumer Protection Board (from 2011 the Department of State, Division of Consumer Protection) and Division of State Police',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(8)(a)',
  deadline: { kind: 'no_deadline', standard: OFFICES_STANDARD },
  requiredContent: ['The timing, content and distribution of the notices', 'The approximate number of affected persons'],
  notes: 'Required whenever any New York resident is notified; each office takes an online form.',
});

const STATE_OFFICES_2019: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'New York Attorney General, Department of State (Division of Consumer Protection) and Division of State Police',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(8)(a)',
  deadline: { kind: 'no_deadline', standard: OFFICES_STANDARD },
  requiredContent: [
    'The timing, content and distribution of the notices',
    'The approximate number of affected persons',
    'A copy of the template of the notice sent to affected persons',
  ],
  notes: 'Required whenever any New York resident is notified; each office takes an online form.',
});

const STATE_OFFICES_2024: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'New York Attorney General, Department of State (Division of Consumer Protection) and Division of State Police',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(8)(a)',
  deadline: { kind: 'no_deadline', standard: OFFICES_STANDARD },
  requiredContent: [
    'The timing, content and distribution of the notices',
    'The approximate number of affected persons',
    'A copy of the template of the notice sent to affected persons',
  ],
  notes: 'Required whenever any New York resident is notified; each office takes an online form. A covered entity under 23 NYCRR Part 500 must also notify the Department of Financial Services under § 500.17 (S. 2659-B, narrowed by S. 804 of 2025); that duty belongs to the NYDFS regime.',
});

const HIPAA_ENTITIES: ObligationRule = obligation({
  id: 'attorney-general-hipaa',
  recipient: 'attorney_general',
  recipientName: 'New York Attorney General (HIPAA covered entities)',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(9)',
  deadline: { kind: 'no_deadline', standard: 'Within 5 business days after notifying the Secretary of Health and Human Services of the breach.' },
  condition: 'Only for a HIPAA covered entity that must notify the HHS Secretary of a breach, even of information that is not "private information".',
});

const CREDIT_BUREAUS: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Each nationwide consumer reporting agency',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(8)(b)',
  deadline: { kind: 'no_deadline', standard: 'No time is set; it accompanies the notice to more than 5,000 New York residents at one time.' },
  threshold: residents(5000, 'more_than'),
  requiredContent: ['The timing, content and distribution of the notices', 'The approximate number of affected persons'],
});

const VENDOR_2005: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(3)',
  deadline: immediately('discovered', 'Immediately following discovery of the breach.'),
  lawEnforcement: LE,
  condition: 'Binds a person or business that maintains the data for its owner or licensee, not the owner itself.',
});

const VENDOR_2024: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(3)',
  deadline: immediately('discovered', 'Immediately following discovery of the breach.'),
  lawEnforcement: LE,
  condition: 'Binds a person or business that maintains the data for its owner or licensee, not the owner itself.',
  notes: 'S. 2659-B also rewrote subdivision 3; some firms read an outer limit of 30 days into it. "Immediately" is kept as the stricter reading.',
});

const NONPROFIT: readonly [CoverageAnswer, string] = ['yes', 'A nonprofit is a "person" under § 899-aa(2); nothing limits the duty to businesses run for profit.'];
const LOCAL: readonly [CoverageAnswer, string] = [
  'uncertain',
  '§ 899-aa speaks of "any person or business" and does not mention local governments, while State Technology Law § 208 expressly leaves them out of "state entity"; whether § 899-aa reaches a city, county, town or village is unsettled.',
];
const STATE: readonly [CoverageAnswer, string] = ['no', 'A state entity follows State Technology Law § 208, the parallel statute written for it.'];

const COVERAGE_2005: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', '§ 899-aa(2) binds any person or business that conducts business in New York and owns or licenses computerized private information.'],
  nonprofit: NONPROFIT,
  local_government: LOCAL,
  state_agency: STATE,
});
const COVERAGE_2019: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', '§ 899-aa(2) binds any person or business that owns or licenses computerized private information of a New York resident (the SHIELD Act dropped "conducts business in New York").'],
  nonprofit: NONPROFIT,
  local_government: LOCAL,
  state_agency: STATE,
});

const KEY_2005: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: '§ 899-aa(1)(b) (2005): private information includes data encrypted with an encryption key that has also been acquired.',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(1)(b)',
};
const KEY_2019: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: '§ 899-aa(1)(b): private information includes data encrypted with an encryption key that has also been accessed or acquired.',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(1)(b)',
};
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'N.Y. Gen. Bus. Law § 899-aa(5)(d)' };
const SHIELD_EXCEPTION = {
  exists: true,
  standard: 'No notice for an inadvertent disclosure by persons authorized to access the data when the business reasonably determines it will not likely result in misuse, financial harm or emotional harm (§ 899-aa(2)(a)).',
  recordToKeep: 'The determination in writing, kept for at least five years; if it covers more than 500 New York residents, send it to the Attorney General within 10 days (§ 899-aa(2)(a)).',
};

const SHIELD_SOURCE = AKESARI_BILL('Stop Hacks and Improve Electronic Data Security Act _SHIELD Act__ 2019 N.Y. SB 5575.PDF');

// Texts read for the facts below (checked 2026-12-08).
const CHECKED = '2026-12-08';
const TEXT_2012 = 'https://law.justia.com/codes/new-york/2013/gbs/article-39-f/899-aa/ (§ 899-aa(1)(a)-(c) as in force in 2012)';
const S6880 =
  'http://www.nysenate.gov/legislation/bills/2017/S6880 (a 2017 bill that sets out § 899-aa(2)-(3) "as added by chapter 442 of the laws of 2005", the then-current text, with its proposed changes marked)';
const TEXT_2019 = 'https://nysenate.gov/legislation/laws/GBS/899-AA (§ 899-aa(1)(a)-(b) as amended by the SHIELD Act, before the 2025 medical additions)';
const SHIELD_TEXT = 'https://proteuscyber.com/privacy-database/tag/ny-shield/integrity (verbatim copy of the SHIELD Act, S. 5575-B, L. 2019, ch. 117: § 899-aa(1)(c) and (2))';
const A1670 =
  'https://legiscan.com/NY/text/A01670/id/2645051/New_York-2023-A01670-Introduced.html (a 2023 bill that sets out § 899-aa(2) "as amended by chapter 117 of the laws of 2019", the then-current text)';
const S2659B = 'https://legiscan.com/NY/text/S02659/2023 (S. 2659-B: amends the opening paragraph of subdivision 2 and subdivision 3)';
const TEXT_2025 = 'https://lexace.ai/us/statute/new-york/gbs-899-AA (current § 899-aa(1)(b)(i)(1)-(7), medical and health-insurance information included)';
const WHY_LATER =
  'Subdivisions 4 to 9 of § 899-aa come after the point where every stored copy of the section breaks off; they were read only in summaries.';

const E_2005: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'L. 2005, ch. 442 (amended by ch. 491) in force 2005-12-07', checked: CHECKED, why: 'Chapter 442 of 2005 could not be read (the stored bill copy is a PDF with no text).' };
const RISK_NONE: FactCheck = { kind: 'primary', where: `${TEXT_2012}; ${S6880}`, says: 'none: a breach is an unauthorized acquisition; notice follows for every resident whose information was or is reasonably believed acquired', checked: CHECKED };
const RISK_SHIELD: FactCheck = { kind: 'secondary', where: SHIELD_SOURCE, says: 'no notice for an inadvertent disclosure by authorized persons unlikely to cause misuse or harm; written determination kept 5 years, to the AG within 10 days above 500 residents', checked: CHECKED, why: 'Subdivision 2(a) comes after the point where the stored copy of the SHIELD text breaks off; the bill PDF has no text.' };
const THRESHOLD_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'the three state offices for any resident notified; credit bureaus when more than 5,000 are notified at one time', checked: CHECKED, why: WHY_LATER };
const LE_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'notice delayed while law enforcement says it would impede a criminal investigation; given once cleared', checked: CHECKED, why: `Subdivision 2 points to the delay in subdivision 4 (read); ${WHY_LATER}` };
const SUBSTITUTE_CHECK: FactCheck = { kind: 'secondary', where: 'https://laurenscitycats.org/the-security-rule-and-a-breach-notification-act-8424', says: 'cost over $250,000, over 500,000 persons, or no contact data, shown to the AG', checked: CHECKED, why: WHY_LATER };
const FORBIDDEN_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'none: nothing is forbidden in a notice', checked: CHECKED, why: WHY_LATER };
const CONTENT_2005_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'letters: contact information and the categories of information; the offices and bureaus: timing, content, distribution and number', checked: CHECKED, why: WHY_LATER };
const CONTENT_2019_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'letters add the telephone numbers and websites of state and federal agencies; the offices also get a copy of the template', checked: CHECKED, why: WHY_LATER };
const OPEN_DEADLINE_CHECK: FactCheck = { kind: 'secondary', where: `${A1670}; ${PERKINS_CHART_2021}`, says: 'residents in the most expedient time possible and without unreasonable delay (read); the offices and bureaus with no time set and without delaying the residents (summaries)', checked: CHECKED, why: WHY_LATER };

const NY_2005_VERIFICATION: Verification = {
  effective_dates: E_2005,
  coverage: { kind: 'primary', where: S6880, says: 'any person or business that conducts business in New York and owns or licenses computerized private information', checked: CHECKED },
  personal_information: { kind: 'primary', where: TEXT_2012, says: "identifying information with SSN, driver's licence or non-driver ID, or account or card number with code", checked: CHECKED },
  encryption: { kind: 'primary', where: TEXT_2012, says: 'private information includes data encrypted with a key that was also acquired', checked: CHECKED },
  risk_of_harm: RISK_NONE,
  deadline: { kind: 'secondary', where: `${S6880}; ${PERKINS_CHART_2021}`, says: 'residents in the most expedient time possible and without unreasonable delay, the vendor immediately (read); the offices and bureaus with no time set (summaries)', checked: CHECKED, why: WHY_LATER },
  anchor: { kind: 'primary', where: S6880, says: 'following discovery or notification of the breach; the vendor immediately following discovery', checked: CHECKED },
  threshold: THRESHOLD_CHECK,
  law_enforcement: LE_CHECK,
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: CONTENT_2005_CHECK,
  forbidden_content: FORBIDDEN_CHECK,
};

const NY_2019_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'SHIELD Act signed 2019-07-25; notice amendments in force 2019-10-23', checked: CHECKED, why: 'The SHIELD Act\'s effective-date section comes after the point where the stored copy breaks off.' },
  coverage: { kind: 'primary', where: SHIELD_TEXT, says: 'any person or business that owns or licenses computerized private information; "conducts business in New York state" struck', checked: CHECKED },
  personal_information: { kind: 'primary', where: TEXT_2019, says: "identifying information with SSN, licence or non-driver ID, account or card number with code or alone where it gives access, or biometric information; or user name or email with password or security answer", checked: CHECKED },
  encryption: { kind: 'primary', where: TEXT_2019, says: 'private information includes data encrypted with a key that was also accessed or acquired', checked: CHECKED },
  risk_of_harm: RISK_SHIELD,
  deadline: OPEN_DEADLINE_CHECK,
  anchor: { kind: 'primary', where: `${SHIELD_TEXT}; ${A1670}`, says: 'following discovery or notification of the breach, for information accessed or acquired', checked: CHECKED },
  threshold: THRESHOLD_CHECK,
  law_enforcement: LE_CHECK,
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: CONTENT_2019_CHECK,
  forbidden_content: FORBIDDEN_CHECK,
};

const DEADLINE_30_CHECK: FactCheck = {
  kind: 'secondary',
  where: `https://www.shrm.org/topics-tools/employment-law-compliance/new-york-state-enacts-immediate-update-to-breach-notification; ${S2659B}`,
  says: 'residents in the most expedient time possible and within 30 days after discovery; the scope-and-restore allowance removed; the offices and bureaus with no time set',
  checked: CHECKED,
  why: `The stored copy of S. 2659-B breaks off just before the amended wording of subdivision 2. ${WHY_LATER}`,
};
const ANCHOR_2024_CHECK: FactCheck = { kind: 'secondary', where: 'https://www.shrm.org/topics-tools/employment-law-compliance/new-york-state-enacts-immediate-update-to-breach-notification', says: '30 days counted from discovery of the breach', checked: CHECKED, why: 'The stored copy of S. 2659-B breaks off just before the amended wording of subdivision 2.' };

const NY_2024_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: 'https://www.workplaceprivacyreport.com/2025/01/articles/data-breach-notification/new-york-enacts-immediate-updates-to-breach-notification-law/', says: 'S. 2659-B effective on signing, 2024-12-21 (Covington reports 2024-12-24); S. 2376-B from 2025-03-21', checked: CHECKED, why: 'The chapter law and its signing date were not read in an official source.' },
  coverage: { kind: 'primary', where: A1670, says: 'any person or business that owns or licenses computerized private information (subdivision 2 as amended in 2019; S. 2659-B changed only its timing)', checked: CHECKED },
  personal_information: { kind: 'primary', where: TEXT_2019, says: 'the SHIELD definition, unchanged until 2025-03-21', checked: CHECKED },
  encryption: { kind: 'primary', where: TEXT_2019, says: 'private information includes data encrypted with a key that was also accessed or acquired', checked: CHECKED },
  risk_of_harm: RISK_SHIELD,
  deadline: DEADLINE_30_CHECK,
  anchor: ANCHOR_2024_CHECK,
  threshold: THRESHOLD_CHECK,
  law_enforcement: LE_CHECK,
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: CONTENT_2019_CHECK,
  forbidden_content: FORBIDDEN_CHECK,
};

const NY_2025_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: 'https://mintz.com/insights-center/viewpoints/2826/2025-02-28-latest-installment-our-mintz-matrix', says: 'S. 2376-B in force 2025-03-21', checked: CHECKED, why: 'S. 2376-B itself was not read.' },
  coverage: { kind: 'primary', where: A1670, says: 'any person or business that owns or licenses computerized private information', checked: CHECKED },
  personal_information: { kind: 'primary', where: TEXT_2025, says: 'adds medical information (history, condition, treatment or diagnosis) and health-insurance information (policy or subscriber number, unique identifier, claims history)', checked: CHECKED },
  encryption: { kind: 'primary', where: TEXT_2025, says: 'private information includes data encrypted with a key that was also accessed or acquired', checked: CHECKED },
  risk_of_harm: RISK_SHIELD,
  deadline: DEADLINE_30_CHECK,
  anchor: ANCHOR_2024_CHECK,
  threshold: THRESHOLD_CHECK,
  law_enforcement: LE_CHECK,
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: CONTENT_2019_CHECK,
  forbidden_content: FORBIDDEN_CHECK,
};

const LATER_UNREAD =
  'Subdivisions 4 to 9 of § 899-aa (law-enforcement delay, substitute notice, letter content, the state offices, credit bureaus above 5,000, HIPAA entities) were read only in summaries; every stored copy of the section breaks off before them.';

const gbl: RuleVersion[] = [
  {
    id: 'NY-2005',
    effectiveFrom: '2005-12-07',
    effectiveTo: '2019-10-22',
    citations: ['N.Y. Gen. Bus. Law § 899-aa (Information Security Breach and Notification Act, A. 4254, L. 2005, ch. 442, amended by ch. 491)'],
    summary: 'New York businesses had to notify affected residents without unreasonable delay and tell the Attorney General, the consumer protection office and the State Police.',
    coverage: COVERAGE_2005,
    encryptionSafeHarbor: KEY_2005,
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: PI_2005,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2005, STATE_OFFICES_2005, CREDIT_BUREAUS, VENDOR_2005],
    confidence: 'low',
    unverified: [
      LATER_UNREAD,
      'The 2011 move of the Consumer Protection Board into the Department of State, and the 2011 and 2013 amendments (S. 2812, S. 2605), were not read; the version is not split at them.',
      'Substitute-notice thresholds are taken from the later text and assumed unchanged.',
    ],
    sources: [
      { where: TEXT_2012, facts: '2012 text: private information, key clause, breach definition' },
      { where: S6880, facts: '§ 899-aa(2)-(3) as added in 2005: conducts business in New York, timing, vendor immediately' },
      { where: AKESARI_BILL('information security breach and notification act_ 2005 N.Y. A.N. 4254.PDF'), facts: 'original 2005 text' },
      { where: PERKINS_CHART_2021, facts: 'effective date 2005-12-07' },
    ],
    verification: NY_2005_VERIFICATION,
  },
  {
    id: 'NY-2019',
    effectiveFrom: '2019-10-23',
    effectiveTo: '2024-12-20',
    citations: ['N.Y. Gen. Bus. Law § 899-aa as amended by the SHIELD Act (S. 5575-B, L. 2019, ch. 117, signed 2019-07-25)'],
    summary: 'New York required notice to affected residents without unreasonable delay, with the Attorney General, Department of State and State Police told of every notice; access alone became a breach.',
    coverage: COVERAGE_2019,
    encryptionSafeHarbor: KEY_2019,
    riskOfHarmException: SHIELD_EXCEPTION,
    personalInformation: PI_2019,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2019, STATE_OFFICES_2019, HIPAA_ENTITIES, CREDIT_BUREAUS, VENDOR_2005],
    confidence: 'low',
    unverified: [LATER_UNREAD, 'The subdivision number of the HIPAA five-business-day rule is inferred.'],
    sources: [
      { where: SHIELD_TEXT, facts: 'SHIELD Act text of § 899-aa(1)(c) and (2): access or acquisition; "conducts business" struck' },
      { where: TEXT_2019, facts: '§ 899-aa(1)(b) after SHIELD: bare account numbers, biometrics, credentials, key clause' },
      { where: SHIELD_SOURCE, facts: 'AG 5 business days after HHS notice; 10-day AG delivery of no-harm determination; CRA >5,000' },
      { where: PERKINS_CHART_2021, facts: 'recipients, content, substitute notice, effective date 2019-10-23' },
      { where: BLOOMBERG_TABLE, facts: 'citations' },
    ],
    verification: NY_2019_VERIFICATION,
  },
  {
    id: 'NY-2024',
    effectiveFrom: '2024-12-21',
    effectiveTo: '2025-03-20',
    citations: ['N.Y. Gen. Bus. Law § 899-aa as amended by S. 2659-B / A. 8872-A (2024, effective on signing)', 'S. 804 (chapter amendment signed 2025-02-14: DFS notice only for Part 500 covered entities)'],
    summary: 'New York requires notice to affected residents within 30 days of discovery, extended only for law enforcement, and a report to the Attorney General, Department of State and State Police.',
    coverage: COVERAGE_2019,
    encryptionSafeHarbor: KEY_2019,
    riskOfHarmException: SHIELD_EXCEPTION,
    personalInformation: PI_2019,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2024, STATE_OFFICES_2024, HIPAA_ENTITIES, CREDIT_BUREAUS, VENDOR_2024],
    confidence: 'low',
    unverified: [
      'The 30-day wording of S. 2659-B was read only in summaries; the stored bill copy breaks off just before it.',
      'The signing date is reported as 2024-12-21 (Jackson Lewis, SHRM) and 2024-12-24 (Covington); the earlier date is used.',
      LATER_UNREAD,
    ],
    sources: [
      { where: 'https://www.workplaceprivacyreport.com/2025/01/articles/data-breach-notification/new-york-enacts-immediate-updates-to-breach-notification-law/', facts: '30 days after discovery; effective on signing 2024-12-21; scope exception removed' },
      { where: S2659B, facts: 'S. 2659-B amends opening paragraph of subd. 2 and subd. 3' },
      { where: 'https://infobytes.orrick.com/2025-02-21/new-york-state-amends-law-on-data-breach-notifications', facts: 'S. 804: DFS only for Part 500 covered entities; template copy to the state offices' },
      { where: 'https://www.covingtonblogs.com/2025/01/07/new-york-adopts-amendment-to-the-state-data-breach-notification-law/', facts: 'signing date reported as 2024-12-24' },
    ],
    verification: NY_2024_VERIFICATION,
  },
  {
    id: 'NY-2025',
    effectiveFrom: '2025-03-21',
    effectiveTo: null,
    citations: ['N.Y. Gen. Bus. Law § 899-aa as amended by S. 2659-B (2024) and S. 2376-B (2024, eff. 2025-03-21: medical and health-insurance information)'],
    summary: 'New York requires notice to affected residents within 30 days of discovery and a report to the Attorney General, Department of State and State Police; medical and health-insurance information are covered.',
    coverage: COVERAGE_2019,
    encryptionSafeHarbor: KEY_2019,
    riskOfHarmException: SHIELD_EXCEPTION,
    personalInformation: PI_2025,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2024, STATE_OFFICES_2024, HIPAA_ENTITIES, CREDIT_BUREAUS, VENDOR_2024],
    confidence: 'low',
    unverified: [
      'The 30-day wording of S. 2659-B was read only in summaries; the stored bill copy breaks off just before it.',
      LATER_UNREAD,
    ],
    sources: [
      { where: TEXT_2025, facts: 'current § 899-aa(1)(b): medical and health-insurance information' },
      { where: 'https://mintz.com/insights-center/viewpoints/2826/2025-02-28-latest-installment-our-mintz-matrix', facts: 'S. 2376-B effective 2025-03-21' },
      { where: 'https://mcdonaldhopkins.com/insights/news/changes-to-new-yorks-data-breach-notification-law', facts: 'S. 2376-B adds medical and health-insurance information' },
      { where: 'https://www.shrm.org/topics-tools/employment-law-compliance/new-york-state-enacts-immediate-update-to-breach-notification', facts: '30-day wording' },
    ],
    verification: NY_2025_VERIFICATION,
  },
];

export const newYork: Jurisdiction = {
  code: 'NY',
  name: 'New York',
  kind: 'state',
  holidays: { country: 'US', state: 'NY' },
  laws: [
    { id: 'NY-GBL-899-AA', title: 'N.Y. Gen. Bus. Law § 899-aa (notification of unauthorized acquisition of private information)', scope: 'residents', versions: gbl },
    nyStateEntityLaw,
    nyMunicipalCyberLaw,
  ],
  channels: [
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general', 'attorney-general-hipaa', 'state-offices'],
      name: 'New York State Office of the Attorney General',
      ways: [{ kind: 'online_form', value: 'https://ag.ny.gov/internet/data-breach', formName: 'New York State Security Breach Reporting Form' }],
      asksFor: [
        'Name, address and contact details of the entity',
        'Number of individuals affected',
        'Description of the breach: how it occurred, the systems and the information affected',
        'How and when affected individuals and agencies were notified, with supporting documents',
        'From 2019, a copy of the template of the resident notice (§ 899-aa(8)(a))',
      ],
      source: 'https://its.ny.gov/breach-notification and https://dos.ny.gov/data-security-breach-management (both point businesses to the AG page and the New York State Information Security Breach and Notification Act reporting form); the fields are those of the reporting form as described at https://www.dochub.com/fillable-form/429047-new-york-state-security-breach-reporting-form-pursuant-to-the-information-security-breach-and',
      checked: CHECKED,
    },
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general', 'state-offices'],
      name: 'New York Department of State, Division of Consumer Protection',
      ways: [{ kind: 'online_form', value: 'https://dos.ny.gov/data-security-breach-management', formName: 'New York State Information Security Breach and Notification Act Reporting Form' }],
      asksFor: ['The same reporting form as the Attorney General: entity, numbers affected, dates, description, notice given'],
      source: 'https://dos.ny.gov/data-security-breach-management (notice to the three state offices must use the reporting form)',
      checked: CHECKED,
    },
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general'],
      name: 'New York State Division of State Police',
      ways: [{ kind: 'online_form', value: 'https://dos.ny.gov/data-security-breach-management', formName: 'New York State Information Security Breach and Notification Act Reporting Form (sent to the State Police as well)' }],
      asksFor: ['The same reporting form as the Attorney General'],
      source: "https://dos.ny.gov/data-security-breach-management and https://its.ny.gov/breach-notification; the State Police's own intake address was not found",
      checked: CHECKED,
    },
    {
      recipient: 'attorney_general',
      obligations: ['state-offices'],
      name: 'New York State Office of Information Technology Services (state entities only)',
      ways: [{ kind: 'online_form', value: 'https://its.ny.gov/breach-notification', formName: 'ITS breach notification form (PDF or DOC, returned by e-mail)' }],
      asksFor: ['The ITS breach notification form, filled in'],
      source: 'https://its.ny.gov/breach-notification (the form is downloaded there and e-mailed to ITS; the e-mail address on the stored page is hidden)',
      checked: CHECKED,
    },
    {
      recipient: 'state_agency',
      obligations: ['dhses-72h', 'dhses-ransom'],
      name: 'New York Division of Homeland Security and Emergency Services (DHSES), Commissioner',
      ways: [
        { kind: 'online_form', value: 'https://www.dhses.ny.gov', formName: 'DHSES cybersecurity incident reporting portal (reached from the DHSES site; its own address was not found)' },
        { kind: 'postal', value: 'New York State Division of Homeland Security and Emergency Services, 1220 Washington Avenue, Building 7A, Albany, NY 12242' },
      ],
      asksFor: ['The cybersecurity incident and any ransom demand', 'Whether DHSES advice or technical assistance is requested or declined', 'For a ransom payment: notice within 24 hours and a written explanation within 30 days'],
      source: 'Gen. Mun. Law § 995-b(1): reports go "in the form and method prescribed by" the Commissioner; DHSES has set up a reporting portal with municipalities pre-filled (https://production.jdsupra.com/legalnews/ny-municipalities-public-authorities-6470415), whose address was not found; the postal address is DHSES\'s published one, not re-read on 2026-12-08',
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'New York State Office of the Attorney General',
    phone: '1-800-771-7755',
    website: 'ag.ny.gov',
    address: 'The Capitol, Albany, NY 12224-0341',
    source: 'The values breachdesk letters printed before this catalogue carried them (src/letters/letter-facts.ts); the AG consumer helpline and Albany address. Not re-read on 2026-12-08.',
    checked: CHECKED,
  },
};
