// Connecticut: Conn. Gen. Stat. § 36a-701b, in force since 2006 and amended often: Attorney General
// notice (2012), a 90-day limit and free identity-theft services (2015), 24 months of services (2018),
// a 60-day limit and a wider definition (2021), precise geolocation (2023). Every version is written
// out as data.
import type { Coverage, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, OrgCategory, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, obligation, toll, withIndividuals, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const LE = toll('Conn. Gen. Stat. § 36a-701b(d)');
const WITH_CODE = ['card_security_code', 'access_code', 'password'] as const;

// Texts read for this module.
const LAWS_2006 = 'https://statutes.laws.com/connecticut/title36a/chap669/Sec36a-701b (§ 36a-701b as enacted in 2005, verbatim, subsections (a)-(b) in part)';
const CLICLAW_2018 = 'https://cliclaw.com/library/state-laws/state-security-breach-laws/connecticut-breach-data-security (§ 36a-701b as amended through 2018, verbatim, subsection (a))';
const AG_PAGE = 'https://portal.ct.gov/AG/General/Report-a-Breach-of-Security-Involving-Computerized-Data';
const AG_FORM_PAGE = 'https://portal.ct.gov/ag/sections/privacy/reporting-a-data-breach';
const PERKINS_CT = { where: 'https://perkinscoie.com/en/news-insights/security-breach-notification-chart-connecticut.html', facts: 'bill history and effective dates 2006-2023; AG no later than residents; vendor immediately; 60 days' };

// The 2005 text listed "account number, credit or debit card number, in combination with any
// required code"; by 2018 the text lists a credit or debit card number on its own
// ((a)(2)(C)). A card number counts on its own in every version, the safer reading before the change.
const PI_BEFORE_2021: PersonalInformationDefinition = {
  citation: 'Conn. Gen. Stat. § 36a-701b(a)',
  summary:
    "an individual's name (first name or initial and last name) with an SSN, a driver's licence or state ID card number, a credit or debit card number, or an account number with any required security code, access code or password",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'card_number'] },
    { all: ['name', 'account_number'], anyOf: [...WITH_CODE] },
  ],
};
const PI_2021_COMBINATIONS: PersonalInformationDefinition['combinations'] = [
  { all: ['name'], anyOf: ['ssn', 'tax_id', 'drivers_license', 'state_id', 'passport', 'military_id', 'card_number', 'medical', 'health_insurance', 'biometric'] },
  { all: ['name', 'account_number'], anyOf: [...WITH_CODE] },
  { all: ['username'], anyOf: ['password', 'security_question'] },
  { all: ['email'], anyOf: ['password', 'security_question'] },
];
const PI_2021: PersonalInformationDefinition = {
  citation: 'Conn. Gen. Stat. § 36a-701b(a)',
  summary:
    "an individual's name with an SSN, taxpayer ID, IRS identity-protection PIN, driver's licence, state ID, passport, military or other government ID number, a credit or debit card number, a financial account number with its required code or password, medical information, a health insurance policy or subscriber number, or biometric information; or, without a name, a username or e-mail address with a password or security question and answer for an online account",
  combinations: PI_2021_COMBINATIONS,
};
const PI_2023: PersonalInformationDefinition = {
  citation: 'Conn. Gen. Stat. § 36a-701b(a)',
  summary:
    "an individual's name with an SSN, taxpayer ID, IRS identity-protection PIN, driver's licence, state ID, passport, military or other government ID number, a credit or debit card number, a financial account number with its required code or password, medical information, a health insurance policy or subscriber number, or biometric information, or precise geolocation data (not in breachdesk's data vocabulary: check it by hand); or, without a name, a username or e-mail address with a password or security question and answer for an online account",
  combinations: PI_2021_COMBINATIONS,
};

const WITHOUT_DELAY = withoutDelay('discovered', 'without unreasonable delay after discovering the breach, allowing for law enforcement and for determining the scope and restoring the system');
const SERVICES_12_MONTHS =
  "If the resident's name and SSN were breached: an offer of identity theft prevention (and, if applicable, mitigation) services free for at least 12 months, with how to enrol and how to place a credit freeze";
const SERVICES_24_MONTHS =
  "If the resident's name and SSN were breached: an offer of identity theft prevention (and, if applicable, mitigation) services free for at least 24 months, with how to enrol and how to place a credit freeze";
const SERVICES_24_MONTHS_TIN =
  "If the resident's SSN or taxpayer identification number were breached: an offer of identity theft prevention (and, if applicable, mitigation) services free for at least 24 months, with how to enrol and how to place a credit freeze";

const INDIVIDUALS_2006: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Connecticut residents',
  citation: 'Conn. Gen. Stat. § 36a-701b(b)',
  deadline: WITHOUT_DELAY,
  lawEnforcement: LE,
  notes: 'No fixed number of days.',
});
const INDIVIDUALS_2015: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Connecticut residents',
  citation: 'Conn. Gen. Stat. § 36a-701b(b)',
  deadline: calendarDays(90, 'discovered'),
  lawEnforcement: LE,
  requiredContent: [SERVICES_12_MONTHS],
  notes: 'Without unreasonable delay and no later than 90 days after discovery, unless federal law requires less time.',
});
const INDIVIDUALS_2018: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Connecticut residents',
  citation: 'Conn. Gen. Stat. § 36a-701b(b)',
  deadline: calendarDays(90, 'discovered'),
  lawEnforcement: LE,
  requiredContent: [SERVICES_24_MONTHS],
  notes: 'Without unreasonable delay and no later than 90 days after discovery, unless federal law requires less time.',
});
const INDIVIDUALS_2021: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Connecticut residents',
  citation: 'Conn. Gen. Stat. § 36a-701b(b)',
  deadline: calendarDays(60, 'discovered'),
  lawEnforcement: LE,
  requiredContent: [SERVICES_24_MONTHS_TIN],
  notes:
    'Without unreasonable delay and no later than 60 days after discovery, unless federal law requires less time; residents identified later are notified as expediently as possible. Breached login credentials may be notified electronically, directing a change of credentials.',
});
const INDIVIDUALS_2023: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Connecticut residents',
  citation: 'Conn. Gen. Stat. § 36a-701b(b)',
  deadline: calendarDays(60, 'discovered'),
  lawEnforcement: LE,
  requiredContent: [SERVICES_24_MONTHS_TIN],
  notes: 'Without unreasonable delay and no later than 60 days after discovery, unless federal law requires less time. Substitute notice must be justified in the notice to the Attorney General.',
});

const attorneyGeneral: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Connecticut Attorney General',
  citation: 'Conn. Gen. Stat. § 36a-701b(b)(2)',
  deadline: withIndividuals,
  lawEnforcement: LE,
  notes: 'Any breach that requires resident notice, whatever the number: not later than the time notice is provided to residents. The Attorney General asks for its online form. HIPAA-compliant entities must still send this notice (from 2021).',
});
const vendor: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Conn. Gen. Stat. § 36a-701b(c)',
  deadline: withoutDelay('discovered', 'Immediately following discovery, if the personal information was or is reasonably believed to have been breached.'),
  condition: 'This duty binds a person that maintains the data without owning or licensing it, not the owner.',
});

const BUSINESS_BEFORE_2021 = 'Conn. Gen. Stat. § 36a-701b(b) binds any person who conducts business in Connecticut and, in the ordinary course of business, owns, licenses or maintains computerized personal information';
const BUSINESS_FROM_2021 = 'Conn. Gen. Stat. § 36a-701b(b) binds any person that owns, licenses or maintains computerized personal information (the "conducts business in this state" limit was dropped from 2021-10-01)';
const GOVERNMENT_OPEN = 'whether a state agency or municipality is such a "person" is not settled by the statute, and a separate state-agency rule was not researched.';
const COVERAGE_BEFORE_2021: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', `${BUSINESS_BEFORE_2021}.`],
  nonprofit: ['yes', `${BUSINESS_BEFORE_2021}; a nonprofit corporation is a person.`],
  local_government: ['uncertain', `${BUSINESS_BEFORE_2021}; ${GOVERNMENT_OPEN}`],
  state_agency: ['uncertain', `${BUSINESS_BEFORE_2021}; ${GOVERNMENT_OPEN}`],
});
const COVERAGE_FROM_2021: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', `${BUSINESS_FROM_2021}.`],
  nonprofit: ['yes', `${BUSINESS_FROM_2021}; a nonprofit corporation is a person.`],
  local_government: ['uncertain', `${BUSINESS_FROM_2021}; ${GOVERNMENT_OPEN}`],
  state_agency: ['uncertain', `${BUSINESS_FROM_2021}; ${GOVERNMENT_OPEN}`],
});

const HARM_BEFORE_2021 = {
  exists: true,
  standard: 'No notice if, after an appropriate investigation or consultation with the relevant law-enforcement agencies, the entity reasonably determines the breach will not likely result in harm.',
  recordToKeep: null,
};
const HARM_FROM_2021 = {
  exists: true,
  standard: 'No notice if, after an appropriate investigation, the entity reasonably determines the breach will not likely result in harm.',
  recordToKeep: null,
};
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Conn. Gen. Stat. § 36a-701b(e)' };
const ENCRYPTION: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording:
    '§ 36a-701b(a): a breach is unauthorized access to or acquisition of personal information whose access "has not been secured by encryption or by any other method or technology that renders the personal information unreadable or unusable"; no key clause',
  citation: 'Conn. Gen. Stat. § 36a-701b(a)',
};
const KEY_NOTE = 'The safe harbour covers data "secured by encryption or any other method that renders it unreadable or unusable"; there is no express key clause, and data whose key was taken is treated as readable.';

// ---- verification facts -------------------------------------------------------------------------

const ENCRYPTION_2006_CHECK: FactCheck = {
  kind: 'primary',
  where: LAWS_2006,
  says: 'a breach is access to or acquisition of personal information not secured by encryption or another method rendering it unreadable or unusable',
  checked: CHECKED,
};
const ENCRYPTION_2018_CHECK: FactCheck = { ...ENCRYPTION_2006_CHECK, where: CLICLAW_2018 };
const ENCRYPTION_2021_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${CLICLAW_2018}; http://www.perkinscoie.com/sc_connecticut`,
  says: 'the same breach definition: access not secured by encryption or another method rendering the data unreadable or unusable',
  checked: CHECKED,
  why: 'The 2021 rewrite (Public Act 21-59) was not read; the 2018 text and the 2021 chart use the same words.',
};
const COVERAGE_2006_CHECK: FactCheck = {
  kind: 'primary',
  where: LAWS_2006,
  says: 'any person who conducts business in the state and in the ordinary course of business owns, licenses or maintains computerized personal information; "person" is not defined',
  checked: CHECKED,
};
const COVERAGE_2021_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${AG_PAGE}; http://www.perkinscoie.com/sc_connecticut`,
  says: 'any person (companies included) that owns, licenses or maintains computerized personal information',
  checked: CHECKED,
  why: 'The 2021 text was not read; the Attorney General\'s page and the chart describe it.',
};
const PI_2006_CHECK: FactCheck = {
  kind: 'primary',
  where: LAWS_2006,
  says: 'name with SSN, licence or state ID, or "account number, credit or debit card number, in combination with any required security code, access code or password"',
  checked: CHECKED,
};
const PI_2015_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${LAWS_2006}; ${CLICLAW_2018}`,
  says: 'the 2005 list read "account number, credit or debit card number" with a code; by 2018 a credit or debit card number stands alone; when the wording changed was not found',
  checked: CHECKED,
  why: 'The text in force 2012-2018 was not read; both ends of that span were.',
};
const PI_2018_CHECK: FactCheck = {
  kind: 'primary',
  where: CLICLAW_2018,
  says: 'name with SSN, licence or state ID, a credit or debit card number, or a financial account number with its required code or password',
  checked: CHECKED,
};
const PI_2021_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://www.scconline.com/blog/post/2021/06/21/usa-connecticut-breach-notification-bill-signed-by-governor/; https://www.complianceiq.site/breach-notification/connecticut',
  says: 'adds taxpayer ID, IRS PIN, passport, military and other government IDs, medical, health insurance and biometric data, and online credentials without a name',
  checked: CHECKED,
  why: 'Public Act 21-59 was not read.',
};
const PI_2023_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://www.recordinglaw.com/us-laws/data-privacy-laws/connecticut-data-privacy-laws/data-breach-notification; https://platform.dataguidance.com/news/connecticut-act-concerning-charitable-organizations',
  says: 'adds precise geolocation data from 2023-10-01',
  checked: CHECKED,
  why: 'The 2023 act was not read.',
};
const HARM_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'http://www.perkinscoie.com/sc_connecticut',
  says: 'no notice if, after an appropriate investigation (before 2021: or consultation with law enforcement), the entity reasonably determines harm is not likely',
  checked: CHECKED,
  why: 'The part of subsection (b) with the exception was cut off in the texts read.',
};
const DEADLINE_2006_CHECK: FactCheck = {
  kind: 'primary',
  where: LAWS_2006,
  says: 'without unreasonable delay, subject to the law-enforcement subsection and completion of an investigation into scope, affected individuals and restoring the system',
  checked: CHECKED,
};
const DEADLINE_2012_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://privacylaw.proskauer.com/2012/06/articles/data-privacy-laws/connecticut-amends-data-breach-notification-law/',
  says: 'residents without unreasonable delay; the Attorney General no later than the residents (new (b)(2))',
  checked: CHECKED,
  why: 'Public Act 12-1 (June Sp. Sess.) was not read; the resident standard is as read in the 2005 text.',
};
const DEADLINE_2015_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://www.mintz.com/insights-center/viewpoints/2015-06-16-connecticut-amends-data-breach-notification-law; http://maxxmarketing.net/kb/connecticut-data-breach-law-cgs-sec-36a-701b (quoting the Attorney General\'s page)',
  says: 'residents without unreasonable delay and no later than 90 days after discovery; the Attorney General no later than the residents',
  checked: CHECKED,
  why: 'Public Act 15-142 (S.B. 949) is stored only as a scanned PDF.',
};
const DEADLINE_2018_CHECK: FactCheck = { ...DEADLINE_2015_CHECK, why: 'Public Act 18-90 is stored only as a scanned PDF; the 2018 text read stops after subsection (a).' };
const DEADLINE_2021_CHECK: FactCheck = {
  kind: 'secondary',
  where: AG_PAGE,
  says: 'residents without unreasonable delay and, from 2021-10-01 (Public Act 21-59), no later than 60 days after discovery; the Attorney General no later than the residents',
  checked: CHECKED,
  why: 'Public Act 21-59 was not read; the Attorney General\'s page states the rule with its citation.',
};
const ANCHOR_CHECK: FactCheck = {
  kind: 'primary',
  where: LAWS_2006,
  says: 'the duty arises "following the discovery of the breach"; the Attorney General notice is tied to the resident notice',
  checked: CHECKED,
};
const THRESHOLD_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${AG_PAGE}; https://privacylaw.proskauer.com/2012/06/articles/data-privacy-laws/connecticut-amends-data-breach-notification-law/`,
  says: 'none: the Attorney General is told of every breach that requires resident notice, whatever the number; no credit-bureau notice',
  checked: CHECKED,
  why: 'The Attorney General subsection was not in the texts read.',
};
const THRESHOLD_2006_CHECK: FactCheck = {
  kind: 'primary',
  where: LAWS_2006,
  says: 'none: the 2005 text has no regulator notice and no number',
  checked: CHECKED,
};
const LE_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${LAWS_2006}; http://www.perkinscoie.com/sc_connecticut`,
  says: 'notice is delayed for a reasonable period at a law enforcement agency\'s request and made once it says notice will not compromise the investigation (a pause)',
  checked: CHECKED,
  why: 'Subsection (d) was cut off in the texts read; (b) refers to it.',
};
const SUBSTITUTE_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'http://www.perkinscoie.com/sc_connecticut',
  says: 'substitute notice when notice would cost over $250,000, reach over 500,000 persons, or contact details are lacking',
  checked: CHECKED,
  why: 'Subsection (e) was not in the texts read.',
};
const CONTENT_NONE_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://www.wordsbywit.com/connecticut',
  says: 'none: the section prescribes no letter content before 2015',
  checked: CHECKED,
  why: 'The notice subsections were cut off in the texts read.',
};
const CONTENT_SERVICES_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${AG_PAGE}; https://www.mintz.com/insights-center/viewpoints/2015-06-16-connecticut-amends-data-breach-notification-law`,
  says: 'an offer of free identity-theft prevention services (12 months from 2015, 24 from 2018; SSN, and from 2021 taxpayer ID, breaches) with enrolment and freeze instructions',
  checked: CHECKED,
  why: 'Subsection (b)(2)(B) was not read; the Attorney General\'s page and summaries state it.',
};
const FORBIDDEN_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'http://www.perkinscoie.com/sc_connecticut',
  says: 'none: nothing is forbidden in a notice',
  checked: CHECKED,
  why: 'The whole section was not read.',
};
const EFFECTIVE_WHY = 'The public acts are stored only as scanned PDFs or were not found.';

const versions: RuleVersion[] = [
  {
    id: 'CT-2006',
    effectiveFrom: '2006-01-01',
    effectiveTo: '2012-09-30',
    citations: ['Conn. Gen. Stat. § 36a-701b as enacted by S.B. 650, Public Act 05-148'],
    summary: 'Connecticut required notice to affected residents without unreasonable delay, with no fixed days and no regulator notice.',
    coverage: COVERAGE_BEFORE_2021,
    encryptionSafeHarbor: ENCRYPTION,
    riskOfHarmException: HARM_BEFORE_2021,
    personalInformation: PI_BEFORE_2021,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2006, vendor],
    confidence: 'medium',
    unverified: [
      KEY_NOTE,
      'The 2005 definition reads "account number, credit or debit card number, in combination with any required security code"; a card number is encoded as enough on its own, the safer reading.',
    ],
    sources: [PERKINS_CT, { where: LAWS_2006, facts: '2005 text of (a) and (b)' }, { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) path data/ag_notice_effective_date.csv', facts: 'AG notice from 2012-10-01' }],
    verification: {
      effective_dates: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_connecticut', says: 'S.B. 650 signed 2005-06-08 (Public Act 05-148), in force 2006-01-01', checked: CHECKED, why: 'Public Act 05-148 is stored only as a scanned PDF.' },
      coverage: COVERAGE_2006_CHECK,
      personal_information: PI_2006_CHECK,
      encryption: ENCRYPTION_2006_CHECK,
      risk_of_harm: HARM_CHECK,
      deadline: DEADLINE_2006_CHECK,
      anchor: ANCHOR_CHECK,
      threshold: THRESHOLD_2006_CHECK,
      law_enforcement: LE_CHECK,
      substitute_notice: SUBSTITUTE_CHECK,
      required_content: CONTENT_NONE_CHECK,
      forbidden_content: FORBIDDEN_CHECK,
    },
  },
  {
    id: 'CT-2012',
    effectiveFrom: '2012-10-01',
    effectiveTo: '2015-09-30',
    citations: ['Conn. Gen. Stat. § 36a-701b as amended by H.B. 6001, Public Act 12-1 (June Sp. Sess.)'],
    summary: 'Connecticut required notice to affected residents without unreasonable delay and to the Attorney General no later than the resident notice.',
    coverage: COVERAGE_BEFORE_2021,
    encryptionSafeHarbor: ENCRYPTION,
    riskOfHarmException: HARM_BEFORE_2021,
    personalInformation: PI_BEFORE_2021,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2006, attorneyGeneral, vendor],
    confidence: 'low',
    unverified: [KEY_NOTE, 'When the card-number wording changed between the 2005 and 2018 texts was not found; a card number counts on its own, the safer reading.'],
    sources: [PERKINS_CT, { where: 'https://portal.ct.gov/ag/press-releases-archived/2015-press-releases/statement-from-ag-jepsen-on-final-passage-of-data-breach-notification-and-consumer-protection-legisl', facts: 'the 2012 amendment required notification to the Attorney General' }, { where: 'https://privacylaw.proskauer.com/2012/06/articles/data-privacy-laws/connecticut-amends-data-breach-notification-law/', facts: 'new (b)(2): AG no later than residents, from 2012-10-01' }],
    verification: {
      effective_dates: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_connecticut', says: 'H.B. 6001 (Public Act 12-1, June Sp. Sess.): signed 2012-06-15, in force 2012-10-01', checked: CHECKED, why: EFFECTIVE_WHY },
      coverage: COVERAGE_2006_CHECK,
      personal_information: PI_2015_CHECK,
      encryption: ENCRYPTION_2006_CHECK,
      risk_of_harm: HARM_CHECK,
      deadline: DEADLINE_2012_CHECK,
      anchor: ANCHOR_CHECK,
      threshold: THRESHOLD_CHECK,
      law_enforcement: LE_CHECK,
      substitute_notice: SUBSTITUTE_CHECK,
      required_content: CONTENT_NONE_CHECK,
      forbidden_content: FORBIDDEN_CHECK,
    },
  },
  {
    id: 'CT-2015',
    effectiveFrom: '2015-10-01',
    effectiveTo: '2018-09-30',
    citations: ['Conn. Gen. Stat. § 36a-701b as amended by S.B. 949, Public Act 15-142'],
    summary: 'Connecticut required notice to affected residents within 90 days of discovery, one year of free identity-theft services for SSN breaches, and notice to the Attorney General no later than the residents.',
    coverage: COVERAGE_BEFORE_2021,
    encryptionSafeHarbor: ENCRYPTION,
    riskOfHarmException: HARM_BEFORE_2021,
    personalInformation: PI_BEFORE_2021,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2015, attorneyGeneral, vendor],
    confidence: 'low',
    unverified: [KEY_NOTE, 'When the card-number wording changed between the 2005 and 2018 texts was not found; a card number counts on its own, the safer reading.', "The research record dated the 90-day limit from 2018; the 2015 Act and the Attorney General's statement show it began 2015-10-01."],
    sources: [
      PERKINS_CT,
      { where: 'https://www.mintz.com/insights-center/viewpoints/2015-06-16-connecticut-amends-data-breach-notification-law', facts: 'S.B. 949 effective 2015-10-01: 90 days after discovery; at least one year of identity theft services for name + SSN' },
      { where: 'https://dataprivacy.foxrothschild.com/2015/07/articles/data-protection-law-compliance/stricter-data-privacy-requirements-in-connecticut/', facts: 'previously only "without unreasonable delay"' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_connecticut', says: 'S.B. 949 (Public Act 15-142): signed 2015-06-11, in force 2015-10-01', checked: CHECKED, why: EFFECTIVE_WHY },
      coverage: COVERAGE_2006_CHECK,
      personal_information: PI_2015_CHECK,
      encryption: ENCRYPTION_2018_CHECK,
      risk_of_harm: HARM_CHECK,
      deadline: DEADLINE_2015_CHECK,
      anchor: ANCHOR_CHECK,
      threshold: THRESHOLD_CHECK,
      law_enforcement: LE_CHECK,
      substitute_notice: SUBSTITUTE_CHECK,
      required_content: CONTENT_SERVICES_CHECK,
      forbidden_content: FORBIDDEN_CHECK,
    },
  },
  {
    id: 'CT-2018',
    effectiveFrom: '2018-10-01',
    effectiveTo: '2021-09-30',
    citations: ['Conn. Gen. Stat. § 36a-701b as amended by S.B. 472, Public Act 18-90'],
    summary: 'Connecticut required notice to affected residents within 90 days of discovery, two years of free identity-theft services for SSN breaches, and notice to the Attorney General no later than the residents.',
    coverage: COVERAGE_BEFORE_2021,
    encryptionSafeHarbor: ENCRYPTION,
    riskOfHarmException: HARM_BEFORE_2021,
    personalInformation: PI_BEFORE_2021,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2018, attorneyGeneral, vendor],
    confidence: 'low',
    unverified: [KEY_NOTE],
    sources: [PERKINS_CT, { where: CLICLAW_2018, facts: '2018 text of (a): breach, personal information with a card number alone' }, { where: PERKINS_CHART_2021, facts: '90 days; 24 months of services from 2018-10-01' }, { where: BLOOMBERG_TABLE, facts: '90 days' }],
    verification: {
      effective_dates: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_connecticut', says: 'S.B. 472 (Public Act 18-90): signed 2018-06-04, in force 2018-10-01', checked: CHECKED, why: EFFECTIVE_WHY },
      coverage: { ...COVERAGE_2006_CHECK, kind: 'secondary', why: 'Subsection (b) of the 2018 text was cut off; the 2005 wording, which the chart repeats for this period, was read.' },
      personal_information: PI_2018_CHECK,
      encryption: ENCRYPTION_2018_CHECK,
      risk_of_harm: HARM_CHECK,
      deadline: DEADLINE_2018_CHECK,
      anchor: ANCHOR_CHECK,
      threshold: THRESHOLD_CHECK,
      law_enforcement: LE_CHECK,
      substitute_notice: SUBSTITUTE_CHECK,
      required_content: CONTENT_SERVICES_CHECK,
      forbidden_content: FORBIDDEN_CHECK,
    },
  },
  {
    id: 'CT-2021',
    effectiveFrom: '2021-10-01',
    effectiveTo: '2023-09-30',
    citations: ['Conn. Gen. Stat. § 36a-701b as amended by H.B. 5310, Public Act 21-59'],
    summary: 'Connecticut requires notice to affected residents within 60 days of discovery, with two years of free identity-theft services for SSN or taxpayer-ID breaches, and to the Attorney General no later than the residents.',
    coverage: COVERAGE_FROM_2021,
    encryptionSafeHarbor: ENCRYPTION,
    riskOfHarmException: HARM_FROM_2021,
    personalInformation: PI_2021,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2021, attorneyGeneral, vendor],
    confidence: 'low',
    unverified: [KEY_NOTE, 'Public Act 21-59 itself was not read: the 60 days, the definition and the services rule rest on the Attorney General\'s page and summaries.'],
    sources: [
      PERKINS_CT,
      { where: AG_PAGE, facts: '60 days from 2021-10-01 (Public Act 21-59); AG no later than residents; 24 months of services, taxpayer IDs from 2021' },
      { where: 'https://www.scconline.com/blog/post/2021/06/21/usa-connecticut-breach-notification-bill-signed-by-governor/', facts: 'Public Act 21-59 personal information definition; effective 2021-10-01' },
      { where: 'https://buckleyfirm.com/blog/2021-06-24/connecticut-amends-data-security-breach-provisions', facts: '60 days after discovery; later-identified residents; credential notices' },
      { where: 'https://www.eyeonprivacy.com/2021/07/connecticut-expands-data-breach-notification-effective-october-2021/', facts: 'HIPAA-compliant notice deemed compliant but AG notice still due' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_connecticut', says: 'H.B. 5310 (Public Act 21-59): signed 2021-06-16, in force 2021-10-01', checked: CHECKED, why: EFFECTIVE_WHY },
      coverage: COVERAGE_2021_CHECK,
      personal_information: PI_2021_CHECK,
      encryption: ENCRYPTION_2021_CHECK,
      risk_of_harm: HARM_CHECK,
      deadline: DEADLINE_2021_CHECK,
      anchor: { ...ANCHOR_CHECK, kind: 'secondary', where: AG_PAGE, why: 'The 2021 text was not read; the Attorney General counts the 60 days from discovery.' },
      threshold: THRESHOLD_CHECK,
      law_enforcement: LE_CHECK,
      substitute_notice: SUBSTITUTE_CHECK,
      required_content: CONTENT_SERVICES_CHECK,
      forbidden_content: FORBIDDEN_CHECK,
    },
  },
  {
    id: 'CT-2023',
    effectiveFrom: '2023-10-01',
    effectiveTo: null,
    citations: ['Conn. Gen. Stat. § 36a-701b as amended by S.B. 1058 (2023)'],
    summary: 'Connecticut requires notice to affected residents within 60 days of discovery, with two years of free identity-theft services for SSN or taxpayer-ID breaches, and to the Attorney General no later than the residents; precise geolocation now counts.',
    coverage: COVERAGE_FROM_2021,
    encryptionSafeHarbor: ENCRYPTION,
    riskOfHarmException: HARM_FROM_2021,
    personalInformation: PI_2023,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2023, attorneyGeneral, vendor],
    confidence: 'low',
    unverified: [
      KEY_NOTE,
      "The 2023 definition adds precise geolocation data, which breachdesk's data vocabulary cannot express: such a breach must be judged by hand.",
      'Neither Public Act 21-59 nor the 2023 act was read: the 60 days, the definition and the services rule rest on the Attorney General\'s page and summaries.',
    ],
    sources: [
      PERKINS_CT,
      { where: AG_PAGE, facts: '60 days; AG no later than residents; 24 months of services' },
      { where: 'https://platform.dataguidance.com/news/connecticut-act-concerning-charitable-organizations', facts: 'S.B. 1058 signed 2023-06-26, effective 2023-10-01: precise geolocation; substitute notice shown to the AG' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_connecticut', says: 'S.B. 1058 (2023): signed 2023-06-26, in force 2023-10-01', checked: CHECKED, why: EFFECTIVE_WHY },
      coverage: COVERAGE_2021_CHECK,
      personal_information: PI_2023_CHECK,
      encryption: ENCRYPTION_2021_CHECK,
      risk_of_harm: HARM_CHECK,
      deadline: DEADLINE_2021_CHECK,
      anchor: { ...ANCHOR_CHECK, kind: 'secondary', where: AG_PAGE, why: 'The 2023 text was not read; the Attorney General counts the 60 days from discovery.' },
      threshold: THRESHOLD_CHECK,
      law_enforcement: LE_CHECK,
      substitute_notice: SUBSTITUTE_CHECK,
      required_content: CONTENT_SERVICES_CHECK,
      forbidden_content: FORBIDDEN_CHECK,
    },
  },
];

export const connecticut: Jurisdiction = {
  code: 'CT',
  name: 'Connecticut',
  kind: 'state',
  holidays: { country: 'US', state: 'CT' },
  laws: [{ id: 'CT-36A-701B', title: 'Conn. Gen. Stat. § 36a-701b: breach of security concerning computerized personal information', scope: 'residents', versions }],
  channels: [
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general'],
      name: 'Connecticut Office of the Attorney General (data breach reporting)',
      ways: [
        { kind: 'online_form', value: AG_FORM_PAGE, formName: "Connecticut Attorney General's online data breach submission form" },
        { kind: 'email', value: 'ag.breach@ct.gov' },
      ],
      asksFor: [
        'Name and contact information of the person reporting the breach',
        'Name and address of the business that had the breach, and its type',
        'A general description of the breach: its dates, when and how it was discovered, and remedial steps taken',
        'The number of Connecticut residents affected',
        'The categories of personal information involved',
        'Updates to an earlier report go by e-mail with the reporting entity\'s name',
      ],
      source: `${AG_PAGE}; ${AG_FORM_PAGE} (the online form is the office's preferred way; the e-mail address takes reports and updates)`,
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Connecticut Office of the Attorney General, Consumer Advocacy Section',
    phone: '1-860-808-5318',
    website: 'portal.ct.gov/ag',
    address: '165 Capitol Avenue, Hartford, CT 06106',
    source:
      "The Consumer Advocacy Section (the office's clearinghouse for consumer complaints) is described on https://portal.ct.gov/ag/sections/consumer-advocacy/consumer-advocacy; the telephone and street address are the office's published ones, not re-read in this check",
    checked: CHECKED,
  },
};
