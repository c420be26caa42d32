// Nevada: the security-of-personal-information chapter (Nev. Rev. Stat. ch. 603A, notice in
// § 603A.220), whose "data collector" includes government agencies; the state agencies' 24-hour
// incident report to the state's Office of Information Security (NRS 242.181); and the political
// subdivisions' one-business-day incident report (NAC 480.240).
import type { DataElement, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, businessDays, coverage, governmentOnlyCoverage, hours, immediately, obligation, residents, toll, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const CREDENTIALS: DataElement[] = ['password', 'access_code', 'security_question'];
const LE = toll('Nev. Rev. Stat. § 603A.220(3)');

const PI_2006: PersonalInformationDefinition = {
  citation: 'Nev. Rev. Stat. § 603A.040 (2005 text)',
  summary:
    "first name or initial and last name with an SSN, a driver's licence or ID card number, or an account, credit or debit card number with any code or password needed to use it (last four digits alone excluded)",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
  ],
};

// A.B. 179 (eff. 2015-07-01) added medical/health-insurance ID numbers and online credentials, each
// still in combination with the name.
const PI_2015: PersonalInformationDefinition = {
  citation: 'Nev. Rev. Stat. § 603A.040',
  summary:
    "first name or initial and last name with an SSN, a driver's licence, driver authorisation or ID card number, a medical or health-insurance ID number, a user name, unique identifier or email address with its password, access code or security answer, or an account, credit or debit card number with any code or password needed to use it",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'health_insurance'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
    { all: ['name', 'username'], anyOf: CREDENTIALS },
    { all: ['name', 'email'], anyOf: CREDENTIALS },
  ],
};

const DATA_COLLECTOR = '§ 603A.030 defines a data collector as any governmental agency, institution of higher education, corporation, financial institution, retail operator or any other business entity or association that handles nonpublic personal information.';
const COVERAGE = coverage({
  business: ['yes', `§ 603A.220(1) binds any data collector that owns or licenses computerized personal information; ${DATA_COLLECTOR}`],
  nonprofit: ['yes', `${DATA_COLLECTOR} An association is covered whether or not it operates for profit.`],
  local_government: ['yes', `${DATA_COLLECTOR} A county, city or district is a governmental agency.`],
  state_agency: ['yes', `${DATA_COLLECTOR} State agencies are governmental agencies.`],
});

const INDIVIDUALS: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Nevada residents',
  citation: 'Nev. Rev. Stat. § 603A.220(1)',
  deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay after discovery or notification, allowing for law enforcement and for measures to determine the scope and restore the system.'),
  lawEnforcement: LE,
  condition: 'A data collector subject to and complying with the Gramm-Leach-Bliley Act is deemed to comply.',
  notes: 'No content is prescribed.',
});

const CREDIT_BUREAUS: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Each nationwide consumer reporting agency',
  citation: 'Nev. Rev. Stat. § 603A.220',
  deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 persons are to be notified at one time.'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['The time the notification is distributed', 'The content of the notification'],
});

const VENDOR: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Nev. Rev. Stat. § 603A.220(2)',
  deadline: immediately('discovered', 'Immediately following discovery of the breach.'),
  lawEnforcement: LE,
  condition: 'Binds a data collector that maintains data it does not own, not the owner itself.',
});

const OBLIGATIONS = [INDIVIDUALS, CREDIT_BUREAUS, VENDOR];

const BREACH_TEST = { exists: false, standard: null };
const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: '§ 603A.220(1) reaches "unencrypted personal information" and § 603A.040 data "not encrypted"; chapter 603A defines no "encrypted" for § 603A.220 and says nothing of a stolen key.',
  citation: 'Nev. Rev. Stat. §§ 603A.010, 603A.040, 603A.220(1)',
};
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Nev. Rev. Stat. § 603A.220(4)(c)' };
const KEY_SILENT =
  'Chapter 603A exempts "unencrypted" data but defines no encryption for § 603A.220 and says nothing of a stolen key; breachdesk treats encrypted data taken with its key as a breach, the safer reading.';

// Texts read for the facts below (checked 2026-12-08).
const CHECKED = '2026-12-08';
const S220 =
  'https://www.leg.state.nv.us/NRS/NRS-603A.html#NRS603ASec220 (§ 603A.220(1)-(4)(b), read in the verbatim copies at https://casetext.com/statute/nevada-revised-statutes/title-52-trade-regulations-and-practices/chapter-603a-security-and-privacy-of-personal-information/security-of-information-maintained-by-data-collectors-and-other-businesses/regulation-of-business-practices/section-603a220-disclosure-of-breach-of-security-of-system-data-methods-of-disclosure and https://instalawyer.io/laws/nevada-revised-statutes/chapter-603a-security-and-nrs-603a220-disclosure-of)';
const S010_030 =
  'https://www.leg.state.nv.us/NRS/NRS-603A.html (§§ 603A.010-603A.040, read in the verbatim copy of the 2022 NRS at https://law.uslawyerdatabase.com/us-law/2022-nevada-revised-statutes/title-52-trade-regulations-and-practices/chapter-603a-security-and-privacy-of-personal-information/security-of-information-maintained-by-data-collectors-and-other-businesses/general-provisions-security-of-information-maintained-by-data-collectors-and-other-businesses)';
const S040 =
  'https://www.leg.state.nv.us/NRS/NRS-603A.html#NRS603ASec040 (read in the verbatim copy at https://instalawyer.io/laws/nevada-revised-statutes/chapter-603a-security-and-nrs-603a040-personal-information; history: 2005, 2504; A 2005 22nd Special Session, 109; 2007, 1314; 2011, 2411; 2015, 241)';
const S040_OLD =
  'https://law.justia.com/codes/nevada/2005/NRS-603A.html (2005 chapter 603A) and https://statutes.laws.com/nevada/title-52/chapter-603a/general-provisions/603a-040 (the text as amended in 2007)';
const WHY_LATER_220 =
  'The stored copies of § 603A.220 break off in subsection 4(c); subsections 4(c) to 7 were read only in summaries.';
const WHY_2005_220 =
  'S.B. 347 (2005) itself could not be read (the stored copy is a PDF with no text); the current § 603A.220 shows this wording, assumed unchanged.';

const COVERAGE_CHECK: FactCheck = { kind: 'primary', where: S010_030, says: 'data collector includes any governmental agency, institution of higher education, corporation or other business entity or association; section unamended since 2005', checked: CHECKED };
const ENCRYPTION_CHECK: FactCheck = { kind: 'primary', where: `${S010_030}; ${S220}`, says: 'notice covers unencrypted personal information; no definition of encrypted for § 603A.220 and no key clause', checked: CHECKED };
const RISK_CHECK: FactCheck = { kind: 'primary', where: `${S010_030}; ${S220}`, says: 'none: no harm test; a breach is an acquisition that materially compromises security, confidentiality or integrity', checked: CHECKED };
const THRESHOLD_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'credit bureaus when more than 1,000 persons are notified at one time; no regulator notice', checked: CHECKED, why: WHY_LATER_220 };
const SUBSTITUTE_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'over $250,000 or over 500,000 persons or no contact data', checked: CHECKED, why: WHY_LATER_220 };
const CONTENT_CHECK: FactCheck = { kind: 'secondary', where: 'https://www.wordsbywit.com/nevada', says: 'none for residents; credit bureaus get the time and content of the notice', checked: CHECKED, why: WHY_LATER_220 };
const FORBIDDEN_CHECK: FactCheck = { kind: 'secondary', where: 'https://www.wordsbywit.com/nevada', says: 'none: nothing is forbidden in a notice', checked: CHECKED, why: WHY_LATER_220 };

const NV_2006_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'notice provisions in force 2006-01-01; Bloomberg gives 2005-10-01 for the Act', checked: CHECKED, why: 'S.B. 347 (2005) could not be read; the stored copy is a PDF with no text.' },
  coverage: COVERAGE_CHECK,
  personal_information: { kind: 'primary', where: S040_OLD, says: 'name with SSN, licence or ID card number, or account or card number with code; last four SSN digits excluded', checked: CHECKED },
  encryption: ENCRYPTION_CHECK,
  risk_of_harm: RISK_CHECK,
  deadline: { kind: 'secondary', where: S220, says: 'most expedient time possible and without unreasonable delay', checked: CHECKED, why: WHY_2005_220 },
  anchor: { kind: 'secondary', where: S220, says: 'following discovery or notification of the breach', checked: CHECKED, why: WHY_2005_220 },
  threshold: THRESHOLD_CHECK,
  law_enforcement: { kind: 'secondary', where: S220, says: 'delay while law enforcement says notice would impede a criminal investigation; notice once it would not compromise it', checked: CHECKED, why: WHY_2005_220 },
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: CONTENT_CHECK,
  forbidden_content: FORBIDDEN_CHECK,
};

const NV_2015_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: 'https://alstonprivacy.com/?p=1874', says: 'A.B. 179 signed 2015-05-13, in force 2015-07-01', checked: CHECKED, why: 'A.B. 179 itself was not read; the history note of § 603A.040 shows the 2015 amendment (Stats. 2015, p. 241) but not its date.' },
  coverage: COVERAGE_CHECK,
  personal_information: { kind: 'primary', where: S040, says: 'name with SSN, licence, driver authorisation or ID card number, account or card number with code, medical or health-insurance ID, or user name, identifier or email with password, code or security answer', checked: CHECKED },
  encryption: ENCRYPTION_CHECK,
  risk_of_harm: RISK_CHECK,
  deadline: { kind: 'primary', where: S220, says: 'residents in the most expedient time possible and without unreasonable delay; the vendor immediately', checked: CHECKED },
  anchor: { kind: 'primary', where: S220, says: 'following discovery or notification of the breach', checked: CHECKED },
  threshold: THRESHOLD_CHECK,
  law_enforcement: { kind: 'primary', where: S220, says: 'delay while law enforcement says notice would impede a criminal investigation; notice once it would not compromise it', checked: CHECKED },
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: CONTENT_CHECK,
  forbidden_content: FORBIDDEN_CHECK,
};

const general: RuleVersion[] = [
  {
    id: 'NV-2006',
    effectiveFrom: '2006-01-01',
    effectiveTo: '2015-06-30',
    citations: ['Nev. Rev. Stat. §§ 603A.010 to 603A.040, 603A.220 (S.B. 347, 2005); amended by S.B. 186 (2011)'],
    summary: 'Nevada data collectors, government agencies included, had to notify residents in the most expedient time possible and the credit bureaus when more than 1,000 were notified.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: BREACH_TEST,
    personalInformation: PI_2006,
    substituteNotice: SUBSTITUTE,
    obligations: OBLIGATIONS,
    confidence: 'low',
    unverified: [
      'Start date: Perkins Coie gives 2006-01-01 for the notice provisions, Bloomberg 2005-10-01 for the Act; the later date is used.',
      'The 2005 text of § 603A.220 was not read; its timing, credit-bureau and substitute-notice wording are taken from the current text.',
      KEY_SILENT,
    ],
    sources: [
      { where: S040_OLD, facts: '2005 and 2007 text of § 603A.040' },
      { where: S010_030, facts: 'data collector includes governmental agencies; breach definition' },
      { where: 'https://www.dataprotectionreport.com/2015/06/nevada-amends-data-security-law-to-expand-definition-of-personal-information/', facts: 'pre-2015 personal-information definition and exclusions' },
      { where: PERKINS_CHART_2021, facts: 'effective date of notice provisions; CRA >1,000; substitute notice' },
      { where: BLOOMBERG_TABLE, facts: 'effective date 10/1/2005 for the Act' },
    ],
    verification: NV_2006_VERIFICATION,
  },
  {
    id: 'NV-2015',
    effectiveFrom: '2015-07-01',
    effectiveTo: null,
    citations: ['Nev. Rev. Stat. §§ 603A.040, 603A.220 as amended by A.B. 179 (2015, eff. 2015-07-01) and A.B. 61 (2021)'],
    summary: 'Nevada data collectors, government agencies included, must notify residents in the most expedient time possible and the credit bureaus when more than 1,000 are notified; no regulator is told.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: BREACH_TEST,
    personalInformation: PI_2015,
    substituteNotice: SUBSTITUTE,
    obligations: OBLIGATIONS,
    confidence: 'low',
    unverified: [
      'The credit-bureau threshold (more than 1,000 at one time), substitute notice and the GLBA provision of § 603A.220(4)(c)-(7) were read only in summaries.',
      'A "medical identification number" has no exact element in breachdesk\'s vocabulary; only health-insurance numbers are matched.',
      KEY_SILENT,
    ],
    sources: [
      { where: S220, facts: '§ 603A.220(1)-(4) text (current through 2023)' },
      { where: S040, facts: '§ 603A.040 current text' },
      { where: 'https://alstonprivacy.com/?p=1874', facts: 'A.B. 179 signed 2015-05-13, effective 2015-07-01; new elements must be combined with the name' },
      { where: AKESARI_BILL('2021 Nev. AB 61.PDF'), facts: 'A.B. 61 (2021): violations a deceptive trade practice' },
    ],
    verification: NV_2015_VERIFICATION,
  },
];

const S181_NOW =
  'https://www.leg.state.nv.us/NRS/NRS-242.html#NRS242Sec181 (current text, read in the verbatim copy at https://self-law.org/code/nv/chapter-242-information-services/242-181)';
const S181_OLD = 'https://www.lawserver.com/law/state/nevada/nrs/nevada_revised_statutes_242-181 (older text: state agencies and elected state officers, Office of Information Security of the Division)';

const NV_GOV_VERIFICATION: Verification = {
  effective_dates: { kind: 'none', where: 'https://legalfix.com/statutes/state-codes/nevada/chapter-242/statute-242-183', says: 'start assumed from the 2011 act that added NRS 242.183; the current wording came with the 2025 reorganisation', checked: CHECKED, why: 'No history note of NRS 242.181 could be read, and the 2025 bills that created the Security Operations Center and the Office of Information Security and Cyber Defense were read only in summaries (fastdemocracy.com).' },
  coverage: { kind: 'primary', where: `${S181_NOW}; ${S181_OLD}`, says: 'each using agency of the state IT office (older text: state agencies and elected state officers using its equipment or services)', checked: CHECKED },
  personal_information: { kind: 'primary', where: S181_NOW, says: 'none: the report covers suspected incidents, not a definition of personal information', checked: CHECKED },
  encryption: { kind: 'primary', where: S181_NOW, says: 'none: the section has no encryption exemption', checked: CHECKED },
  risk_of_harm: { kind: 'primary', where: S181_NOW, says: 'none: any suspected incident is reported', checked: CHECKED },
  deadline: { kind: 'primary', where: `${S181_NOW}; ${S181_OLD}`, says: 'within 24 hours after discovery of the suspected incident', checked: CHECKED },
  anchor: { kind: 'primary', where: S181_NOW, says: 'discovery of the suspected incident', checked: CHECKED },
  threshold: { kind: 'primary', where: S181_NOW, says: 'none: every suspected incident', checked: CHECKED },
  law_enforcement: { kind: 'primary', where: S181_NOW, says: 'none: no delay is allowed', checked: CHECKED },
  substitute_notice: { kind: 'primary', where: S181_NOW, says: 'none: a report to an office, no substitute', checked: CHECKED },
  required_content: { kind: 'primary', where: S181_NOW, says: 'date and time, type, system or data affected, known and projected impact, whether law enforcement or others were told (current text; the older text listed none)', checked: CHECKED },
  forbidden_content: { kind: 'primary', where: S181_NOW, says: 'none: nothing is forbidden in the report', checked: CHECKED },
};

const gov: RuleVersion[] = [
  {
    id: 'NV-GOV-2011',
    effectiveFrom: '2011-07-01',
    effectiveTo: null,
    citations: ['Nev. Rev. Stat. §§ 242.181(2)-(3), 242.183'],
    summary: "A Nevada state agency using the state's central IT services must report a suspected data breach or security incident to the Office of Information Security within 24 hours of discovering it.",
    coverage: governmentOnlyCoverage('Nev. Rev. Stat. § 603A.220', {
      local_government: ['no', 'NRS 242.181 binds "using agencies" of the state\'s central IT office (state agencies and officers using its equipment or services); a local body or school district using those services should check the definition in NRS 242.068. Political subdivisions report under NAC 480.240 instead.'],
      state_agency: ['yes', 'NRS 242.181(2) requires each using agency to report suspected incidents within 24 hours after discovery.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'ois-24h',
        recipient: 'state_agency',
        recipientName: 'Nevada Office of Information Security (now the Office of Information Security and Cyber Defense and the Security Operations Center, Office of the Chief Information Officer)',
        citation: 'Nev. Rev. Stat. § 242.181(2)',
        deadline: hours(24, 'discovered'),
        requiredContent: [
          'Date and time and type of the incident',
          'Type of information system or data affected',
          'Known and projected impact on the agency',
          'Whether law enforcement, a regulator or other affected entity has been told',
        ],
        condition: "Only for an agency that uses the central IT office's equipment or services. Current text: any suspected data breach, denial-of-service or ransomware incident, disruption of essential services for more than one business day, or security-related noncompliance; older text: suspected unauthorized access or security-related noncompliance.",
      }),
    ],
    confidence: 'low',
    unverified: [
      'Start date assumed from the 2011 act that added NRS 242.183; when the 24-hour rule in NRS 242.181 began was not found.',
      'The current wording (using agencies, data breach and ransomware, Security Operations Center, report contents) appears to come from the 2025 session bills that created the Security Operations Center and merged the Office of Cyber Defense Coordination into the Office of Information Security and Cyber Defense; their effective date was not found, so the version is not split.',
    ],
    sources: [
      { where: S181_NOW, facts: 'current NRS 242.181(2)-(3): 24 hours, incident list, report contents' },
      { where: S181_OLD, facts: 'older NRS 242.181 wording: unauthorized access, Office of Information Security, 24 hours' },
      { where: 'https://legalfix.com/statutes/state-codes/nevada/chapter-242/statute-242-183', facts: 'NRS 242.183 added 2011' },
      { where: 'https://fastdemocracy.com/bill-summary/?billsummary_id=NVB00010322&billsummary_session=83&billsummary_state=nv', facts: '2025 bill merging the Office of Cyber Defense Coordination into the OCIO as the Office of Information Security and Cyber Defense' },
    ],
    verification: NV_GOV_VERIFICATION,
  },
];

const NAC_240 =
  'https://e.casetext.com/regulation/nevada-administrative-code/chapter-480-security-of-information-systems/section-480240-political-subdivision-required-to-report-certain-types-of-cybersecurity-incidents-contents-of-report (verbatim copy of NAC 480.240, current through 2024-10-11; added by R088-19, eff. 2020-12-29)';

const NV_NAC_VERIFICATION: Verification = {
  effective_dates: { kind: 'primary', where: NAC_240, says: 'added by the Office of Cyber Defense Coordination in R088-19, in force 2020-12-29', checked: CHECKED },
  coverage: { kind: 'primary', where: NAC_240, says: 'every political subdivision; state agencies report under NRS 242.181 instead', checked: CHECKED },
  personal_information: { kind: 'primary', where: NAC_240, says: 'none: a data breach is one of the incidents listed, with no definition of personal information', checked: CHECKED },
  encryption: { kind: 'primary', where: NAC_240, says: 'none: no encryption exemption', checked: CHECKED },
  risk_of_harm: { kind: 'primary', where: NAC_240, says: 'none: known or suspected incidents are reported', checked: CHECKED },
  deadline: { kind: 'primary', where: NAC_240, says: 'within 1 business day', checked: CHECKED },
  anchor: { kind: 'primary', where: NAC_240, says: 'after a known or suspected incident (breachdesk counts from discovery)', checked: CHECKED },
  threshold: { kind: 'primary', where: NAC_240, says: 'none: data breach, denial of service, ransomware, or disruption of essential services over 1 business day', checked: CHECKED },
  law_enforcement: { kind: 'primary', where: NAC_240, says: 'none: no delay is allowed', checked: CHECKED },
  substitute_notice: { kind: 'primary', where: NAC_240, says: 'none: a report to an office, no substitute', checked: CHECKED },
  required_content: { kind: 'primary', where: NAC_240, says: 'date and time, type, system or data affected, impact, who else was told, resources needed', checked: CHECKED },
  forbidden_content: { kind: 'primary', where: NAC_240, says: 'none: nothing is forbidden in the report', checked: CHECKED },
};

const subdivisions: RuleVersion[] = [
  {
    id: 'NV-NAC-2020',
    effectiveFrom: '2020-12-29',
    effectiveTo: null,
    citations: ['Nev. Admin. Code § 480.240 (R088-19, eff. 2020-12-29; authority NRS 480.935, 480.950)'],
    summary: "A Nevada political subdivision must report a known or suspected data breach, denial-of-service or ransomware incident, or a disruption of essential services, to the state's cyber defense office within 1 business day.",
    coverage: governmentOnlyCoverage('Nev. Rev. Stat. § 603A.220', {
      local_government: ['yes', 'NAC 480.240(1) requires a political subdivision to report within 1 business day after a known or suspected incident.'],
      state_agency: ['no', 'NAC 480.240 binds political subdivisions; state agencies report under NRS 242.181.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'ocdc-1bd',
        recipient: 'state_agency',
        recipientName: 'Nevada Office of Cyber Defense Coordination (merged in 2025 into the Office of Information Security and Cyber Defense, Office of the Chief Information Officer)',
        citation: 'Nev. Admin. Code § 480.240(1)-(2)',
        deadline: businessDays(1, 'discovered'),
        requiredContent: [
          'Date and time of the incident',
          'Type of incident',
          'Type of information system or data affected',
          'Known and projected impact on the political subdivision',
          'Whether law enforcement, a regulator or an external entity that could be affected has been told, if applicable',
          'Any additional resources the political subdivision needs to respond, if applicable',
        ],
        condition: 'A data breach, a distributed denial-of-service incident, a ransomware incident, or any other incident that disrupts essential services for more than 1 business day or directly affects life or property.',
        notes: 'The regulation counts from the known or suspected incident; breachdesk counts from discovery.',
      }),
    ],
    confidence: 'medium',
    unverified: [
      'Which office now receives these reports after the 2025 merger of the Office of Cyber Defense Coordination into the Office of Information Security and Cyber Defense was read only in bill summaries; whether NAC 480.240 was renumbered or amended in that move was not checked.',
    ],
    sources: [
      { where: NAC_240, facts: 'NAC 480.240: 1 business day, incident types, report contents, effective 2020-12-29' },
      { where: 'https://fastdemocracy.com/bill-summary/?billsummary_id=NVB00010322&billsummary_session=83&billsummary_state=nv', facts: '2025 merger of the Office of Cyber Defense Coordination into the OCIO' },
    ],
    verification: NV_NAC_VERIFICATION,
  },
];

export const nevada: Jurisdiction = {
  code: 'NV',
  name: 'Nevada',
  kind: 'state',
  holidays: { country: 'US', state: 'NV' },
  laws: [
    { id: 'NV-603A', title: 'Nev. Rev. Stat. ch. 603A (security and privacy of personal information), § 603A.220', scope: 'residents', versions: general },
    { id: 'NV-242-181', title: 'Nev. Rev. Stat. § 242.181: state agency incident reports to the Office of Information Security', scope: 'home', versions: gov },
    { id: 'NV-NAC-480-240', title: 'Nev. Admin. Code § 480.240: political subdivisions report cybersecurity incidents to the state cyber defense office', scope: 'home', basis: 'regulation', versions: subdivisions },
  ],
  channels: [
    NATIONWIDE_CRAS,
    {
      recipient: 'state_agency',
      obligations: ['ois-24h'],
      name: 'Nevada Office of Information Security and Cyber Defense and Security Operations Center (Office of the Chief Information Officer)',
      ways: [{ kind: 'postal', value: 'Office of the Chief Information Officer, 100 N. Stewart Street, Suite 100, Carson City, NV 89701' }],
      asksFor: [
        'Date and time of the incident',
        'Type of incident',
        'Type of information system or data affected',
        'Known and projected impact on the agency',
        'Whether law enforcement, a regulator or other affected entity has been told',
      ],
      source: 'NRS 242.181(3) (what the report holds). No incident form, e-mail or line of the Office was found; the postal address is the Office of the Chief Information Officer\'s published address (it.nv.gov), not re-read on 2026-12-08. Using agencies report through the Office\'s own procedures.',
      checked: CHECKED,
    },
    {
      recipient: 'state_agency',
      obligations: ['ocdc-1bd'],
      name: 'Nevada Office of Information Security and Cyber Defense (formerly the Office of Cyber Defense Coordination)',
      ways: [{ kind: 'postal', value: 'Office of the Chief Information Officer, Office of Information Security and Cyber Defense, 100 N. Stewart Street, Suite 100, Carson City, NV 89701' }],
      asksFor: [
        'Date and time of the incident',
        'Type of incident',
        'Type of information system or data affected',
        'Known and projected impact on the political subdivision',
        'Whether law enforcement, a regulator or an affected external entity has been told',
        'Additional resources needed',
      ],
      source: 'NAC 480.240(2) (what the report holds). No incident form, e-mail or line was found; the postal address is the Office of the Chief Information Officer\'s published address (it.nv.gov), into which the Office of Cyber Defense Coordination was merged in 2025; not re-read on 2026-12-08.',
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Office of the Nevada Attorney General, Bureau of Consumer Protection',
    phone: '1-702-486-3132',
    website: 'ag.nv.gov',
    address: '100 North Carson Street, Carson City, NV 89701',
    source: "The Nevada Attorney General's published consumer-complaint line and main office address (ag.nv.gov); not re-read on 2026-12-08",
    checked: CHECKED,
  },
};
