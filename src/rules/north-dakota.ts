// North Dakota: notice of security breach for personal information (N.D. Cent. Code ch. 51-30,
// since 2005-06-01) with one of the broadest definitions (birth date, mother's maiden name, employee
// ID); and, from 2021, government bodies' immediate incident reports to the state IT department.
// Every version is written out as data; constants are shared only where the text did not change.
import type { ConsumerContact, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, SubmissionChannel } from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, immediately, obligation, toll, withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';

// Copies of the Century Code text read on 2026-12-08.
const OLD_TEXT = 'http://statutes.laws.com/north-dakota/t51/t51c30 (N.D. Cent. Code ch. 51-30 as enacted in 2005, verbatim copy)';
const CURRENT_01 = 'https://legalfix.com/statutes/state-codes/north-dakota/title-51/chapter-51-30 (current § 51-30-01, verbatim copy)';
const CURRENT_02 = 'https://lexace.ai/us/statute/north-dakota/51-30-02 (current § 51-30-02, verbatim copy)';
const CURRENT_03 = 'https://lexace.ai/us/statute/north-dakota/51-30-03 (current § 51-30-03, verbatim copy)';

const LE = toll('N.D. Cent. Code § 51-30-04');

const PI_2005: PersonalInformationDefinition = {
  citation: 'N.D. Cent. Code § 51-30-01(2) (2005 text)',
  summary:
    "first name or initial and last name with an SSN, a driver's licence or nondriver ID number, a date of birth, the mother's maiden name, an employer-assigned ID number, a digitized or other electronic signature, or a financial account, credit or debit card number with any code or password needed to use it",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'date_of_birth', 'mothers_maiden_name', 'employee_id', 'digital_signature'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};

// H.B. 1435 (eff. 2013-08-01) added medical and health-insurance information.
const PI_2013: PersonalInformationDefinition = {
  citation: 'N.D. Cent. Code § 51-30-01 (as amended by H.B. 1435, 2013)',
  summary:
    "first name or initial and last name with an SSN, a driver's licence or nondriver ID number, a date of birth, the mother's maiden name, medical information, health-insurance information, an employer-assigned ID number, a digitized or other electronic signature, or a financial account, credit or debit card number with any code or password needed to use it",
  combinations: [
    {
      all: ['name'],
      anyOf: ['ssn', 'drivers_license', 'state_id', 'date_of_birth', 'mothers_maiden_name', 'employee_id', 'digital_signature', 'medical', 'health_insurance'],
    },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};

const GOVERNMENT = [
  'uncertain',
  'Ch. 51-30 binds "any person" without defining it; the Century Code\'s general definition of person (§ 1-01-49) includes governments and political subdivisions, but no source confirms the chapter is applied to them. Government bodies also report incidents to the IT department under ch. 54-59.1 (from 2021-08-01).',
] as const;

const COVERAGE_2005 = coverage({
  business: ['yes', '§ 51-30-02 (2005 text) binds any person that conducts business in North Dakota and owns or licenses computerized personal information.'],
  nonprofit: ['yes', 'A nonprofit corporation or association is a "person" that can own or license personal information (§ 51-30-02).'],
  local_government: GOVERNMENT,
  state_agency: GOVERNMENT,
});
const COVERAGE_2015 = coverage({
  business: ['yes', '§ 51-30-02 binds any person that owns or licenses computerized personal information (S.B. 2214 dropped the "conducts business" condition).'],
  nonprofit: ['yes', 'A nonprofit corporation or association is a "person" that can own or license personal information (§ 51-30-02).'],
  local_government: GOVERNMENT,
  state_agency: GOVERNMENT,
});

const INDIVIDUALS_STANDARD =
  'In the most expedient time possible and without unreasonable delay, allowing for law enforcement and for measures to determine the scope and restore the system.';

const INDIVIDUALS_2005: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected North Dakota residents',
  citation: 'N.D. Cent. Code § 51-30-02',
  deadline: withoutDelay('discovered', INDIVIDUALS_STANDARD),
  lawEnforcement: LE,
  notes: 'No content is prescribed.',
});

const HIPAA_DEEMED =
  'A HIPAA covered entity, business associate or subcontractor subject to 45 C.F.R. 164 subpart D, and a financial institution following the federal Interagency Guidance, is deemed to comply (ch. 51-30, as amended by H.B. 1435).';

const INDIVIDUALS_2013: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected North Dakota residents',
  citation: 'N.D. Cent. Code § 51-30-02',
  deadline: withoutDelay('discovered', INDIVIDUALS_STANDARD),
  lawEnforcement: LE,
  condition: HIPAA_DEEMED,
  notes: 'No content is prescribed.',
});

const VENDOR: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'N.D. Cent. Code § 51-30-03',
  deadline: immediately('discovered', 'Immediately following discovery, if the information was or is reasonably believed to have been acquired by an unauthorized person.'),
  lawEnforcement: LE,
  condition: 'Binds a person that maintains the data for its owner or licensee, not the owner itself.',
});

const ATTORNEY_GENERAL: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'North Dakota Attorney General (by mail or email)',
  citation: 'N.D. Cent. Code § 51-30-02',
  deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay, as for residents (the timing sentence of § 51-30-02 follows both duties).'),
  threshold: { count: 250, comparison: 'more_than', of: 'total' },
  lawEnforcement: LE,
  requiredContent: ['Disclosure of the breach, by mail or email'],
  notes: 'The statute says a breach "which exceeds two hundred fifty individuals" without limiting the count to residents, so breachdesk counts everyone affected.',
});

const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording:
    '§ 51-30-01(1): a breach is acquisition of data whose access "has not been secured by encryption or by any other method or technology that renders" it "unreadable or unusable"; a taken key leaves the data readable.',
  citation: 'N.D. Cent. Code § 51-30-01(1) (definition of breach of the security system)',
};
const NO_HARM_TEST = { exists: false, standard: null };
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'N.D. Cent. Code § 51-30-05' };

// Facts shared by the versions of ch. 51-30.
const F_ENCRYPTION: FactCheck = {
  kind: 'primary',
  where: OLD_TEXT,
  says: 'The breach definition turns on data not secured by encryption or another method making it unreadable or unusable; unchanged in the current text.',
  checked: CHECKED,
};
const F_NO_HARM: FactCheck = {
  kind: 'primary',
  where: OLD_TEXT,
  says: 'None: any unauthorized acquisition of unsecured personal information is a breach; no harm test in §§ 51-30-01 and 51-30-02.',
  checked: CHECKED,
};
const F_LAW_ENFORCEMENT: FactCheck = {
  kind: 'secondary',
  where: 'N.D. Cent. Code § 51-30-04 via Perkins Coie chart (North Dakota)',
  says: 'Notice may be delayed while law enforcement says it would impede a criminal investigation, then given; read as a pause.',
  checked: CHECKED,
  why: 'The text of § 51-30-04 was not in the stored copies read; § 51-30-02 (read) refers to it for the legitimate needs of law enforcement.',
};
const F_SUBSTITUTE: FactCheck = {
  kind: 'secondary',
  where: PERKINS_CHART_2021,
  says: 'Substitute notice where notice would cost over $250,000, reach over 500,000 persons, or contact details are lacking.',
  checked: CHECKED,
  why: 'The text of § 51-30-05 was not in the stored copies read.',
};
const F_CONTENT: FactCheck = {
  kind: 'secondary',
  where: PERKINS_CHART_2021,
  says: 'None: the chapter prescribes no content for the resident notice.',
  checked: CHECKED,
  why: '§ 51-30-05 (method of notice) was not read; §§ 51-30-02 and 51-30-03 (read) set no content.',
};
const F_FORBIDDEN: FactCheck = {
  kind: 'secondary',
  where: PERKINS_CHART_2021,
  says: 'None: nothing is forbidden in a notice.',
  checked: CHECKED,
  why: '§ 51-30-05 was not read; §§ 51-30-01 to 51-30-03 (read) forbid nothing.',
};
const F_DEADLINE_OLD: FactCheck = {
  kind: 'secondary',
  where: 'AICPA "North Dakota State Security Breach Laws" (2011), quoting the 2005 § 51-30-02; current text at lexace.ai 51-30-02',
  says: 'Most expedient time possible and without unreasonable delay; vendor immediately following discovery.',
  checked: CHECKED,
  why: 'The stored copy of the 2005 § 51-30-02 breaks off before its timing sentence; the same words stand in the current section.',
};

const general: RuleVersion[] = [
  {
    id: 'ND-2005',
    effectiveFrom: '2005-06-01',
    effectiveTo: '2013-07-31',
    citations: ['N.D. Cent. Code §§ 51-30-01 to 51-30-07 (S.B. 2251, signed 2005-04-22)'],
    summary: 'North Dakota businesses had to notify affected residents in the most expedient time possible; no regulator was told.',
    coverage: COVERAGE_2005,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    substituteNotice: SUBSTITUTE,
    personalInformation: PI_2005,
    obligations: [INDIVIDUALS_2005, VENDOR],
    confidence: 'low',
    unverified: [
      'Substitute-notice thresholds, the law-enforcement delay and the absence of content rules are taken from charts: §§ 51-30-04 and 51-30-05 were not read.',
      'Whether ch. 51-30 reaches government bodies ("any person" is not defined in the chapter).',
    ],
    sources: [
      { where: OLD_TEXT, facts: '2005 text of §§ 51-30-01 and 51-30-02: breach definition, personal information (8 elements), conducts business and owns or licenses, following discovery or notification' },
      { where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/North%20Dakota%20State%20Security%20Breach%20Laws.aspx', facts: 'S.B. 2251 effective 2005-06-01; timing' },
      { where: 'http://www.perkinscoie.com/sc_nd/', facts: 'signed 2005-04-22; vendor immediately' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_nd/', says: 'S.B. 2251 signed 2005-04-22, effective 2005-06-01.', checked: CHECKED, why: 'The session law (Akesari PDF) could not be read as text here.' },
      coverage: { kind: 'primary', where: OLD_TEXT, says: 'Any person that conducts business in the state and owns or licenses computerized personal information; "person" not defined in the chapter.', checked: CHECKED },
      personal_information: { kind: 'primary', where: OLD_TEXT, says: 'Name with SSN, licence or nondriver ID, account or card number with code, birth date, mother\'s maiden name, employer ID number, or electronic signature.', checked: CHECKED },
      encryption: F_ENCRYPTION,
      risk_of_harm: F_NO_HARM,
      deadline: F_DEADLINE_OLD,
      anchor: { kind: 'primary', where: OLD_TEXT, says: 'Disclosure follows discovery or notification of the breach (§ 51-30-02).', checked: CHECKED },
      threshold: { kind: 'primary', where: OLD_TEXT, says: 'None: the 2005 § 51-30-02 sets no number; every affected resident is told.', checked: CHECKED },
      law_enforcement: F_LAW_ENFORCEMENT,
      substitute_notice: F_SUBSTITUTE,
      required_content: F_CONTENT,
      forbidden_content: F_FORBIDDEN,
    },
  },
  {
    id: 'ND-2013',
    effectiveFrom: '2013-08-01',
    effectiveTo: '2015-07-31',
    citations: ['N.D. Cent. Code §§ 51-30-01 to 51-30-07 as amended by H.B. 1435 (signed 2013-04-18, eff. 2013-08-01)'],
    summary: 'North Dakota added medical and health-insurance information to its definition; notice still went only to residents.',
    coverage: COVERAGE_2005,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    substituteNotice: SUBSTITUTE,
    personalInformation: PI_2013,
    obligations: [INDIVIDUALS_2013, VENDOR],
    confidence: 'low',
    unverified: [
      'Whether the financial-institution safe harbour dates from 2005 or 2013; H.B. 1435 was not read.',
      'Substitute-notice thresholds, the law-enforcement delay and the absence of content rules are taken from charts: §§ 51-30-04 and 51-30-05 were not read.',
    ],
    sources: [
      { where: CURRENT_01, facts: 'definitions of health insurance information and medical information; both listed as elements' },
      { where: 'https://www.huntonprivacyblog.com/2013/08/01/north-dakota-amends-breach-notification-law-to-cover-health-information/', facts: 'H.B. 1435: medical and health-insurance information; HIPAA exemption; effective 2013-08-01' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://www.huntonprivacyblog.com/2013/08/01/north-dakota-amends-breach-notification-law-to-cover-health-information/', says: 'H.B. 1435 passed April 2013, in effect 2013-08-01.', checked: CHECKED, why: 'The session law (Akesari PDF) could not be read as text here.' },
      coverage: { kind: 'secondary', where: 'https://www.lexology.com/library/detail.aspx?g=39c9075c-39c7-4d64-8cfb-fb7386d5935a', says: 'The "conducts business" condition stood until S.B. 2214 (2015).', checked: CHECKED, why: 'The 2013 text of § 51-30-02 was not read; the 2005 wording (read) is assumed unchanged by H.B. 1435.' },
      personal_information: { kind: 'primary', where: CURRENT_01, says: 'Medical information and health insurance information (policy or subscriber number with an insurer identifier) are listed elements.', checked: CHECKED },
      encryption: F_ENCRYPTION,
      risk_of_harm: F_NO_HARM,
      deadline: F_DEADLINE_OLD,
      anchor: { kind: 'primary', where: OLD_TEXT, says: 'Disclosure follows discovery or notification of the breach; unchanged in the current § 51-30-02.', checked: CHECKED },
      threshold: { kind: 'primary', where: OLD_TEXT, says: 'None: no number before the 2015 Attorney General sentence.', checked: CHECKED },
      law_enforcement: F_LAW_ENFORCEMENT,
      substitute_notice: F_SUBSTITUTE,
      required_content: F_CONTENT,
      forbidden_content: F_FORBIDDEN,
    },
  },
  {
    id: 'ND-2015',
    effectiveFrom: '2015-08-01',
    effectiveTo: null,
    citations: ['N.D. Cent. Code §§ 51-30-01 to 51-30-07 as amended by S.B. 2214 (signed 2015-04-13, eff. 2015-08-01)'],
    summary: 'North Dakota requires notice to affected residents in the most expedient time possible and to the Attorney General when a breach exceeds 250 individuals.',
    coverage: COVERAGE_2015,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    substituteNotice: SUBSTITUTE,
    personalInformation: PI_2013,
    obligations: [INDIVIDUALS_2013, ATTORNEY_GENERAL, VENDOR],
    confidence: 'medium',
    unverified: [
      'The stored copy of the current § 51-30-01 breaks off in item (9) (employer-assigned ID number); charts now describe that number as covered only with an access code or password. The 2005 wording (bare number) is kept, the broader reading.',
      'Whether the Attorney General threshold counts only North Dakota residents ("exceeds two hundred fifty individuals").',
      'Substitute-notice thresholds, the law-enforcement delay and the absence of content rules are taken from charts: §§ 51-30-04 and 51-30-05 were not read.',
    ],
    sources: [
      { where: CURRENT_02, facts: '§ 51-30-02 text: any person that owns or licenses; AG by mail or email when exceeding 250 individuals; most expedient time possible' },
      { where: CURRENT_03, facts: '§ 51-30-03 text: maintainer notifies owner immediately following discovery' },
      { where: CURRENT_01, facts: 'current § 51-30-01 definitions' },
      { where: AKESARI_BILL('2015 N.D. SB 2214.PDF'), facts: 'AG notice when breach exceeds 250 individuals, effective 2015-08-01' },
      { where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-north-dakota.html', facts: 'S.B. 2214 signed 2015-04-13, effective 2015-08-01' },
      { where: PERKINS_CHART_2021, facts: 'substitute notice, exemptions' },
      { where: BLOOMBERG_TABLE, facts: 'insurance rule (ch. 26.1-02.2, not encoded)' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-north-dakota.html', says: 'S.B. 2214 signed 2015-04-13, effective 2015-08-01 (Lexology agrees).', checked: CHECKED, why: 'The session law (Akesari PDF) could not be read as text here.' },
      coverage: { kind: 'primary', where: CURRENT_02, says: 'Any person that owns or licenses computerized personal information; no "conducts business" condition.', checked: CHECKED },
      personal_information: { kind: 'secondary', where: CURRENT_01, says: 'Items (1)-(8) read: SSN, licence, nondriver ID, account or card with code, birth date, maiden name, medical, health insurance; item (9) employer ID only partly shown.', checked: CHECKED, why: 'The stored copy breaks off inside item (9); charts (complianceiq, Perkins) describe the rest.' },
      encryption: { kind: 'primary', where: CURRENT_01, says: 'Breach is acquisition of data not secured by encryption or another method making it unreadable or unusable.', checked: CHECKED },
      risk_of_harm: { kind: 'primary', where: CURRENT_02, says: 'None: notice is owed whenever unencrypted personal information was or is reasonably believed acquired.', checked: CHECKED },
      deadline: { kind: 'primary', where: CURRENT_02, says: 'Most expedient time possible and without unreasonable delay, for residents and the Attorney General alike; vendor immediately (§ 51-30-03).', checked: CHECKED },
      anchor: { kind: 'primary', where: CURRENT_02, says: 'Following discovery or notification of the breach.', checked: CHECKED },
      threshold: { kind: 'primary', where: CURRENT_02, says: 'Attorney General when the breach "exceeds two hundred fifty individuals": more than 250, not limited to residents in the words.', checked: CHECKED },
      law_enforcement: F_LAW_ENFORCEMENT,
      substitute_notice: F_SUBSTITUTE,
      required_content: { kind: 'primary', where: CURRENT_02, says: 'Attorney General: disclosure of the breach by mail or electronic mail; no other content in § 51-30-02.', checked: CHECKED },
      forbidden_content: F_FORBIDDEN,
    },
  },
];

const ITD_WHY = 'Only the chapter\'s section list (ndlegis.gov) and § 54-59.1-03 (casetext) were read; §§ 54-59.1-01, -02 and -05 were not.';

const itd: RuleVersion[] = [
  {
    id: 'ND-GOV-2021',
    effectiveFrom: '2021-08-01',
    effectiveTo: null,
    citations: ['N.D. Cent. Code §§ 54-59.1-01 to 54-59.1-07 (H.B. 1314, 2021)'],
    summary: 'North Dakota executive-branch agencies and political subdivisions must disclose an identified or suspected cybersecurity incident to the Information Technology Department immediately and keep it updated until resolved.',
    coverage: governmentOnlyCoverage('N.D. Cent. Code ch. 51-30', {
      local_government: ['yes', '§ 54-59.1-02 requires political subdivisions to disclose cybersecurity incidents to the department immediately.'],
      state_agency: ['yes', '§ 54-59.1-02 binds executive-branch state agencies; the legislative and judicial branches disclose under § 54-59.1-04.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'ndit-immediate',
        recipient: 'state_agency',
        recipientName: 'North Dakota Information Technology Department (NDIT)',
        citation: 'N.D. Cent. Code §§ 54-59.1-02, 54-59.1-03',
        deadline: immediately('discovered', 'Immediately on an identified or suspected cybersecurity incident, then ongoing until it is resolved.'),
        requiredContent: [
          'The number of potentially exposed records',
          'The types of records potentially exposed (health insurance, medical, criminal justice, regulated, financial, personal information)',
          'Efforts to mitigate and remediate the damage',
          'The expected impact: service disruption, effect on customers and employees, effect on entities using the state network, other risks',
        ],
        condition: 'Any identified or suspected cybersecurity incident, whether or not personal information is involved; disclosed by the method in § 54-59.1-05.',
      }),
    ],
    confidence: 'low',
    unverified: [
      'Only § 54-59.1-03 was read in full; the trigger, who is bound and "immediately" come from section titles and the Bloomberg table.',
    ],
    sources: [
      { where: 'https://ndlegis.gov/cencode/t54c59-1.html', facts: 'chapter section list: 54-59.1-02 immediate disclosure to the department; -04 legislative and judicial branches; -05 method' },
      { where: 'https://casetext.com/statute/north-dakota-century-code/title-54-state-government/chapter-54-591-cybersecurity-incident-reporting-requirements/section-54-591-03-ongoing-disclosure-to-the-department-during-a-cybersecurity-incident', facts: '§ 54-59.1-03 text; H.B. 1314 effective 2021-08-01' },
      { where: BLOOMBERG_TABLE, facts: 'trigger: identified or suspected incident' },
    ],
    verification: {
      effective_dates: { kind: 'primary', where: 'https://casetext.com/statute/north-dakota-century-code/title-54-state-government/chapter-54-591-cybersecurity-incident-reporting-requirements/section-54-591-03-ongoing-disclosure-to-the-department-during-a-cybersecurity-incident', says: 'Added by H.B. 1314 (S.L. 2021), effective 2021-08-01.', checked: CHECKED },
      coverage: { kind: 'secondary', where: 'https://ndlegis.gov/cencode/t54c59-1.html', says: 'Section titles: immediate disclosure to the department (-02); legislative and judicial branches separately (-04).', checked: CHECKED, why: ITD_WHY },
      personal_information: { kind: 'primary', where: 'https://casetext.com/statute/north-dakota-century-code/title-54-state-government/chapter-54-591-cybersecurity-incident-reporting-requirements/section-54-591-03-ongoing-disclosure-to-the-department-during-a-cybersecurity-incident', says: 'None: the duty turns on a cybersecurity incident; personal information is one of the record types to report.', checked: CHECKED },
      encryption: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'None: no encryption exception for incident reports.', checked: CHECKED, why: ITD_WHY },
      risk_of_harm: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'None: identified or suspected incidents are reported.', checked: CHECKED, why: ITD_WHY },
      deadline: { kind: 'secondary', where: 'https://ndlegis.gov/cencode/t54c59-1.html', says: 'Immediate disclosure, then ongoing disclosure until resolved.', checked: CHECKED, why: ITD_WHY },
      anchor: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'An identified or suspected incident.', checked: CHECKED, why: ITD_WHY },
      threshold: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'None: every incident.', checked: CHECKED, why: ITD_WHY },
      law_enforcement: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'None: no law-enforcement delay.', checked: CHECKED, why: ITD_WHY },
      substitute_notice: { kind: 'primary', where: 'https://ndlegis.gov/cencode/t54c59-1.html', says: 'None: a report to the department, not a notice to people.', checked: CHECKED },
      required_content: { kind: 'primary', where: 'https://casetext.com/statute/north-dakota-century-code/title-54-state-government/chapter-54-591-cybersecurity-incident-reporting-requirements/section-54-591-03-ongoing-disclosure-to-the-department-during-a-cybersecurity-incident', says: 'Records exposed (number, types), mitigation efforts, expected impact on services, people and network users.', checked: CHECKED },
      forbidden_content: { kind: 'primary', where: 'https://casetext.com/statute/north-dakota-century-code/title-54-state-government/chapter-54-591-cybersecurity-incident-reporting-requirements/section-54-591-03-ongoing-disclosure-to-the-department-during-a-cybersecurity-incident', says: 'None: § 54-59.1-03 forbids nothing.', checked: CHECKED },
    },
  },
];

const AG_CHANNEL: SubmissionChannel = {
  recipient: 'attorney_general',
  name: 'North Dakota Attorney General, Consumer Protection and Antitrust Division',
  ways: [
    { kind: 'email', value: 'ndag@nd.gov' },
    { kind: 'postal', value: 'Office of Attorney General, Consumer Protection and Antitrust Division, 1720 Burlington Drive, Suite C, Bismarck, ND 58504-7736' },
  ],
  asksFor: ['Disclosure of the breach (§ 51-30-02 names no content), by mail or electronic mail'],
  source: 'N.D. Cent. Code § 51-30-02 (mail or electronic mail); the e-mail and postal address are the Attorney General\'s published contact details, not re-read in a stored copy on the date checked',
  checked: CHECKED,
};
const NDIT_CHANNEL: SubmissionChannel = {
  recipient: 'state_agency',
  name: 'North Dakota Information Technology (NDIT) Service Desk, for cybersecurity incident reports',
  ways: [{ kind: 'phone', value: '701-328-4470' }],
  asksFor: [
    'The number and types of records potentially exposed',
    'Mitigation and remediation efforts',
    'The expected impact on services, customers and employees, and users of the state network',
  ],
  source: 'N.D. Cent. Code §§ 54-59.1-02, 54-59.1-03, 54-59.1-05 (method set by the department); the service-desk number is NDIT\'s published number, not re-read in a stored copy on the date checked',
  checked: CHECKED,
};

const CONTACT: ConsumerContact = {
  name: 'North Dakota Office of Attorney General, Consumer Protection and Antitrust Division',
  phone: '1-800-472-2600',
  website: 'attorney.nd.gov',
  address: '1720 Burlington Drive, Suite C, Bismarck, ND 58504-7736',
  source: 'The Attorney General\'s published consumer-protection contact details (attorney.nd.gov); not re-read in a stored copy on the date checked',
  checked: CHECKED,
};

export const northDakota: Jurisdiction = {
  code: 'ND',
  name: 'North Dakota',
  kind: 'state',
  holidays: { country: 'US', state: 'ND' },
  laws: [
    { id: 'ND-51-30', title: 'N.D. Cent. Code ch. 51-30 (notice of security breach for personal information)', scope: 'residents', versions: general },
    { id: 'ND-54-59-1', title: 'N.D. Cent. Code ch. 54-59.1: cybersecurity incident reports to the Information Technology Department', scope: 'home', versions: itd },
  ],
  channels: [AG_CHANNEL, NDIT_CHANNEL],
  consumerContact: CONTACT,
};
