// New Jersey: the Identity Theft Prevention Act's breach sections (N.J. Stat. Ann. §§ 56:8-161 to
// 56:8-166), binding businesses and "public entities" alike. The State Police must hear of a breach
// before the customers do (§ 56:8-163(c)(1): "in advance of the disclosure to the customer").
import type { DataElement, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import {
  BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, beforeIndividuals, coverage, immediately, obligation, residents, toll, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const LE = toll('N.J. Stat. Ann. § 56:8-163(c)(2)');

const PI_2006: PersonalInformationDefinition = {
  citation: 'N.J. Stat. Ann. § 56:8-161 (2005 text)',
  summary:
    "first name or initial and last name with an SSN, a driver's licence or state ID number, or an account, credit or debit card number with any code or password needed to use it; dissociated data counts when the means to link it was also accessed",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
  ],
};

// P.L. 2019, c. 95 added online credentials as a fourth element linked with the name, while
// § 56:8-163 speaks of a breach of credentials "and no other personal information": breachdesk
// counts credentials without a name too, the safer reading.
const PI_2019: PersonalInformationDefinition = {
  citation: 'N.J. Stat. Ann. § 56:8-161',
  summary:
    "first name or initial and last name with an SSN, a driver's licence or state ID number, an account, credit or debit card number with any code or password needed to use it, or a user name, email address or other account identifier with the password or security answer to an online account (credentials counted even without a name); dissociated data counts when the means to link it was also accessed",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
    { all: ['username'], anyOf: ['password', 'security_question'] },
    { all: ['email'], anyOf: ['password', 'security_question'] },
  ],
};

const PUBLIC_ENTITY =
  '§ 56:8-161 defines a public entity to include the State and any county, municipality, district, public authority, public agency or other political subdivision or public body in the State, and § 56:8-163 binds "any business or public entity" that compiles or maintains computerized personal information.';
const COVERAGE = coverage({
  business: ['yes', '§ 56:8-163(a) binds any business that conducts business in New Jersey and compiles or maintains computerized records with personal information.'],
  nonprofit: ['yes', '§ 56:8-161 defines a business as any sole proprietorship, partnership, corporation, association or other entity, however organized and whether or not organized to operate at a profit.'],
  local_government: ['yes', PUBLIC_ENTITY],
  state_agency: ['yes', PUBLIC_ENTITY],
});

const INDIVIDUAL_DEADLINE = withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay after discovery or notification, allowing for law enforcement and for measures to determine the scope and restore the system.');

const INDIVIDUALS_2006: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected New Jersey residents (customers)',
  citation: 'N.J. Stat. Ann. § 56:8-163(a)',
  deadline: INDIVIDUAL_DEADLINE,
  lawEnforcement: LE,
});

const INDIVIDUALS_2019: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected New Jersey residents (customers)',
  citation: 'N.J. Stat. Ann. § 56:8-163(a)',
  deadline: INDIVIDUAL_DEADLINE,
  lawEnforcement: LE,
  notes: 'A breach of online credentials alone may be notified electronically, telling the person to change the password or security answer; an email provider may not send it to the compromised account.',
});

const STATE_POLICE: ObligationRule = obligation({
  id: 'state-police',
  recipient: 'state_agency',
  recipientName: 'New Jersey Division of State Police, Department of Law and Public Safety (through the NJCCIC)',
  citation: 'N.J. Stat. Ann. § 56:8-163(c)(1)',
  deadline: beforeIndividuals,
  requiredContent: ['The breach of security and any information pertaining to it (the NJCCIC asks how it happened, how many New Jersey residents are affected, and for a sample letter)'],
  notes: 'The report must be made "in advance of the disclosure to the customer", for investigation or handling; a report on the same day as the letters must go out before them. Any resident notified triggers it; there is no minimum count.',
});

const CREDIT_BUREAUS: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Each nationwide consumer reporting agency',
  citation: 'N.J. Stat. Ann. § 56:8-163(f)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 persons are to be notified at one time.'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['The timing, distribution and content of the notices'],
});

const VENDOR: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'N.J. Stat. Ann. § 56:8-163(b)',
  deadline: immediately('discovered', 'Immediately following discovery, if the personal information was or is reasonably believed to have been accessed by an unauthorized person.'),
  lawEnforcement: LE,
  condition: 'Binds a business or public entity that compiles or maintains the records for another, not the owner itself.',
});

const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 56:8-161 ("breach of security"): access to personal information not secured by encryption or any other method or technology that renders it unreadable or unusable; no sentence on the key.',
  citation: 'N.J. Stat. Ann. § 56:8-161 (definition of breach of security)',
};

const SHARED = {
  coverage: COVERAGE,
  encryptionSafeHarbor: SAFE_HARBOR,
  riskOfHarmException: {
    exists: true,
    standard: 'No notice if the business or public entity establishes that misuse of the information is not reasonably possible (§ 56:8-163(a)).',
    recordToKeep: 'The determination in writing, kept for five years (§ 56:8-163(a)).',
  },
  substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'N.J. Stat. Ann. § 56:8-163(d)' },
};

// Texts read for the facts below (checked 2026-12-08).
const CHECKED = '2026-12-08';
const S161 =
  'https://lis.njleg.state.nj.us (N.J.S.A. 56:8-161, read in the verbatim copies at https://cliclaw.com/node/7033 and https://lawserver.com/law/state/new-jersey/nj-laws/new_jersey_laws_56_8-161; the copies break off before "personal information")';
const S163C1 =
  'N.J.S.A. 56:8-163(c)(1), quoted verbatim by the Division of State Police at https://www.cyber.nj.gov/data-breach-notifications/';
const WHY_TEXT =
  'No copy of § 56:8-163 beyond subsection (c)(1) could be read: the legislature site is not in the stored pages and the stored copies of P.L. 2005, c. 226 and P.L. 2019, c. 95 (Akesari12 PDFs, legiscan) have no text or break off in § 56:8-161.';

const COVERAGE_CHECK: FactCheck = { kind: 'primary', where: `${S161}; ${S163C1}`, says: 'business includes every entity whether or not organized for profit; § 56:8-163 binds "any business or public entity"', checked: CHECKED };
const ENCRYPTION_CHECK: FactCheck = { kind: 'primary', where: S161, says: 'a breach is access to data not secured by encryption or another method that makes it unreadable or unusable; no key clause', checked: CHECKED };
const RISK_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'no notice if misuse is not reasonably possible; determination in writing, kept 5 years', checked: CHECKED, why: WHY_TEXT };
const ANCHOR_CHECK: FactCheck = { kind: 'secondary', where: 'https://perkinscoie.com/en/news-insights/security-breach-notification-chart-new-jersey.html', says: 'residents following discovery or notification; the State Police before the residents; the vendor immediately following discovery', checked: CHECKED, why: WHY_TEXT };
const THRESHOLD_CHECK: FactCheck = { kind: 'secondary', where: 'https://klinedinstlaw.com/practice/privacy-data-security/new-jersey', says: 'State Police for any resident notified (c)(1); credit bureaus when more than 1,000 persons are notified at one time', checked: CHECKED, why: WHY_TEXT };
const LE_CHECK: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'notice delayed while law enforcement says it would impede a criminal or civil investigation; given once cleared', checked: CHECKED, why: WHY_TEXT };
const SUBSTITUTE_CHECK: FactCheck = { kind: 'secondary', where: 'https://njcul.org/index.php/news-reports/daily-exchange-articles/143-legislative-political-news/4547-data-breach-notification-measure-signed-by-governor', says: 'cost over $250,000, over 500,000 consumers, or no contact data', checked: CHECKED, why: WHY_TEXT };
const CONTENT_CHECK: FactCheck = { kind: 'secondary', where: 'https://klinedinstlaw.com/practice/privacy-data-security/new-jersey', says: 'no letter content is prescribed; the State Police get the breach and any information about it; the bureaus the timing, distribution and content', checked: CHECKED, why: WHY_TEXT };
const FORBIDDEN_CHECK: FactCheck = { kind: 'secondary', where: 'https://klinedinstlaw.com/practice/privacy-data-security/new-jersey', says: 'none: nothing is forbidden in a notice (from 2019 an email provider may not use the compromised account, a channel rule)', checked: CHECKED, why: WHY_TEXT };

const NJ_2006_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: 'https://perkinscoie.com/en/news-insights/security-breach-notification-chart-new-jersey.html', says: 'A. 4001 signed 2005-09-22; in force 2006-01-01 (the police-report provision from signing)', checked: CHECKED, why: WHY_TEXT },
  coverage: COVERAGE_CHECK,
  personal_information: { kind: 'secondary', where: 'http://www.rivkinradler.com/publications/new-jersey-legislators-seek-to-expand-data-breach-notification/', says: 'name with SSN, licence or state ID, or account or card number with code; linkable dissociated data', checked: CHECKED, why: WHY_TEXT },
  encryption: ENCRYPTION_CHECK,
  risk_of_harm: RISK_CHECK,
  deadline: { kind: 'secondary', where: 'https://adam.shostack.org/blog/2006/03/new-jerseys-breach-law/', says: 'State Police "in advance of the disclosure to the customer" (2005 wording quoted in full); residents in the most expedient time possible', checked: CHECKED, why: `The blog quotes the 2005 text of (c)(1), the same words the State Police quote today. ${WHY_TEXT}` },
  anchor: ANCHOR_CHECK,
  threshold: THRESHOLD_CHECK,
  law_enforcement: LE_CHECK,
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: CONTENT_CHECK,
  forbidden_content: FORBIDDEN_CHECK,
};

const NJ_2019_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: 'https://pia.org/COMM/news/template.php?state=nj&nid=10229', says: 'P.L. 2019, c. 95 signed 2019-05-10, in force 2019-09-01', checked: CHECKED, why: WHY_TEXT },
  coverage: COVERAGE_CHECK,
  personal_information: { kind: 'secondary', where: 'https://lewisbrisbois.com/privacy/US/New%20Jersey/data-breach', says: 'adds user name, email or other account identifier with password or security answer, listed among the elements linked with the name', checked: CHECKED, why: WHY_TEXT },
  encryption: ENCRYPTION_CHECK,
  risk_of_harm: RISK_CHECK,
  deadline: { kind: 'primary', where: S163C1, says: 'the State Police report comes in advance of the disclosure to the customer (residents in the most expedient time possible, read only in summaries)', checked: CHECKED },
  anchor: ANCHOR_CHECK,
  threshold: THRESHOLD_CHECK,
  law_enforcement: LE_CHECK,
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: CONTENT_CHECK,
  forbidden_content: FORBIDDEN_CHECK,
};

const UNREAD =
  'Only § 56:8-161 (breach and business definitions) and § 56:8-163(c)(1) were read in the statute; the timing for residents, the misuse test, the credit-bureau threshold, the law-enforcement delay and substitute notice rest on summaries.';
const KEY =
  'The statute says nothing about a stolen encryption key; its exemption needs the data "unreadable or unusable", which it no longer is once the key is taken, so breachdesk treats it as a breach.';

const versions: RuleVersion[] = [
  {
    id: 'NJ-2006',
    effectiveFrom: '2006-01-01',
    effectiveTo: '2019-08-31',
    citations: ['N.J. Stat. Ann. §§ 56:8-161 to 56:8-166 (Identity Theft Prevention Act, P.L. 2005, c. 226 (A. 4001))'],
    summary: 'New Jersey businesses and public bodies had to report a breach to the State Police before telling affected residents in the most expedient time possible, and the credit bureaus above 1,000.',
    ...SHARED,
    personalInformation: PI_2006,
    obligations: [INDIVIDUALS_2006, STATE_POLICE, CREDIT_BUREAUS, VENDOR],
    confidence: 'low',
    unverified: [
      'Start date: Perkins Coie gives 2005-09-22 for the police-report provision and 2006-01-01 for the rest; one 2006 blog says mid-December 2005. 2006-01-01 is used for the whole law.',
      UNREAD,
      KEY,
    ],
    sources: [
      { where: 'https://adam.shostack.org/blog/2006/03/new-jerseys-breach-law/', facts: '2005 text of § 56:8-163(c)(1): State Police in advance of customer disclosure' },
      { where: S161, facts: '§ 56:8-161 breach of security and business definitions' },
      { where: PERKINS_CHART_2021, facts: 'effective dates; CRA >1,000; vendor; risk of harm; substitute notice' },
      { where: BLOOMBERG_TABLE, facts: 'public entity coverage' },
    ],
    verification: NJ_2006_VERIFICATION,
  },
  {
    id: 'NJ-2019',
    effectiveFrom: '2019-09-01',
    effectiveTo: null,
    citations: ['N.J. Stat. Ann. §§ 56:8-161, 56:8-163 as amended by P.L. 2019, c. 95 (S. 52, signed 2019-05-10, eff. 2019-09-01)'],
    summary: 'New Jersey businesses and public bodies must report a breach to the State Police before telling affected residents in the most expedient time possible, and the credit bureaus above 1,000; online credentials are covered.',
    ...SHARED,
    personalInformation: PI_2019,
    obligations: [INDIVIDUALS_2019, STATE_POLICE, CREDIT_BUREAUS, VENDOR],
    confidence: 'low',
    unverified: [
      UNREAD,
      'The 2019 definition lists online credentials among the elements linked with a name, while § 56:8-163 provides for breaches of credentials with no other personal information; breachdesk counts credentials without a name, the safer reading.',
      KEY,
      'Subsection letters of § 56:8-163 other than (c)(1) come from charts, not the statute.',
    ],
    sources: [
      { where: S163C1, facts: 'State Police report in advance of the disclosure to the customer, through the NJCCIC; what to report' },
      { where: 'https://klinedinstlaw.com/practice/privacy-data-security/new-jersey', facts: 'credential-only notice method; CRA >1,000 timing, distribution and content' },
      { where: 'https://lewisbrisbois.com/privacy/US/New%20Jersey/data-breach', facts: '2019 definition: credentials listed with the name-linked elements' },
      { where: 'https://www.mathe.com/section-568-163/', facts: 'P.L. 2019, c. 95 signed 2019-05-10; online credentials added' },
      { where: PERKINS_CHART_2021, facts: 'S. 52 effective 2019-09-01; written determination kept 5 years' },
    ],
    verification: NJ_2019_VERIFICATION,
  },
];

export const newJersey: Jurisdiction = {
  code: 'NJ',
  name: 'New Jersey',
  kind: 'state',
  holidays: { country: 'US', state: 'NJ' },
  laws: [{ id: 'NJ-56-8-163', title: 'N.J. Stat. Ann. §§ 56:8-161 to 56:8-166 (Identity Theft Prevention Act: disclosure of breach)', scope: 'residents', versions }],
  channels: [
    {
      recipient: 'state_agency',
      obligations: ['state-police'],
      name: 'New Jersey State Police, through the New Jersey Cybersecurity and Communications Integration Cell (NJCCIC)',
      ways: [
        { kind: 'email', value: 'databreach@cyber.nj.gov' },
        { kind: 'phone', value: '609-963-6900 x7865' },
      ],
      asksFor: ['The breach of security and any information pertaining to it', 'How the breach occurred', 'How many New Jersey residents are affected', 'A sample notification letter'],
      source: 'https://www.cyber.nj.gov/data-breach-notifications/ (reports go by e-mail and are processed by State Police personnel at the NJCCIC; the telephone line is for questions)',
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'New Jersey Division of Consumer Affairs, Office of the Attorney General',
    phone: '1-800-242-5846',
    website: 'www.njconsumeraffairs.gov',
    address: '124 Halsey Street, Newark, NJ 07102',
    source: "The Division's published consumer hotline and address (njconsumeraffairs.gov); not re-read on 2026-12-08",
    checked: CHECKED,
  },
};
