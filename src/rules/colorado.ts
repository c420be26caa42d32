// Colorado: the breach law in the Consumer Protection Act (C.R.S. § 6-1-716, from 2006) and, since
// H.B. 18-1128 (2018-09-01), a parallel section for governmental entities (C.R.S. § 24-73-103) with
// the same 30-day limit.
import type { Coverage, Jurisdiction, ObligationRule, OrgCategory, PersonalInformationDefinition, RuleVersion, Source } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, obligation, residents, restart, toll, withoutDelay } from './shared.js';

const WITH_CODE = ['card_security_code', 'access_code', 'password'] as const;

const PI_2006: PersonalInformationDefinition = {
  citation: 'C.R.S. § 6-1-716(1)(d) (2006)',
  summary:
    "a Colorado resident's name (first name or initial and last name) with an SSN, a driver's licence or ID card number, or an account or card number with any required security code, access code or password",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'card_number'], anyOf: [...WITH_CODE] },
    { all: ['name', 'account_number'], anyOf: [...WITH_CODE] },
  ],
};

// From 2018 online credentials and account numbers with their codes count without a name.
const pi2018 = (citation: string): PersonalInformationDefinition => ({
  citation,
  summary:
    "a Colorado resident's name with an SSN; a student, military or passport ID number; a driver's licence or ID card number; medical information; a health insurance ID number; or biometric data used to access an online account — or, without a name, a username or e-mail address with its password or security questions and answers, or an account or card number with any code or password needed to use it",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'passport', 'military_id', 'drivers_license', 'state_id', 'medical', 'health_insurance', 'biometric'] },
    { all: ['username'], anyOf: ['password', 'security_question'] },
    { all: ['email'], anyOf: ['password', 'security_question'] },
    { all: ['card_number'], anyOf: [...WITH_CODE] },
    { all: ['account_number'], anyOf: [...WITH_CODE] },
  ],
});

const MISUSE = {
  exists: true,
  standard: 'No notice if a prompt, good-faith investigation finds that misuse of the information has not occurred and is not reasonably likely to occur.',
  recordToKeep: null,
};

const NOTICE_CONTENT = [
  'Date, estimated date or estimated date range of the breach',
  'Description of the personal information acquired or reasonably believed to have been acquired',
  'Information the resident can use to contact the entity about the breach',
  'Toll-free numbers, addresses and websites of consumer reporting agencies',
  'Toll-free number, address and website of the Federal Trade Commission',
  'Statement that the resident can obtain information about fraud alerts and security freezes from the FTC and the credit reporting agencies',
  'If online credentials were breached: direct the resident to change the password and security questions for that and any account using the same credentials (not by e-mail to a breached e-mail account)',
];

/** The 2018 duties, identical in § 6-1-716 and § 24-73-103 apart from the section. */
function obligations2018(section: string, who: string): ObligationRule[] {
  // Notice held back at law enforcement's request is due within 30 days after it is cleared.
  const le = restart(30, 'calendar', `${section}(2)(c)`);
  return [
    obligation({
      id: 'individuals',
      recipient: 'individuals',
      recipientName: 'Affected Colorado residents',
      citation: `${section}(2)(a)-(b)`,
      deadline: calendarDays(30, 'determined'),
      lawEnforcement: le,
      requiredContent: NOTICE_CONTENT,
      letterElements: ['breach_dates', 'information_involved', 'contact', 'credit_bureaus', 'ftc'],
      notes: `In the most expedient time possible and not later than 30 days after the date of determination that a breach occurred (the point at which there is sufficient evidence to conclude one took place). ${who} may not charge residents for the notice.`,
    }),
    obligation({
      id: 'attorney-general',
      recipient: 'attorney_general',
      recipientName: 'Colorado Attorney General (online Data Breach Reporting Form)',
      citation: `${section}(2)(f)`,
      deadline: calendarDays(30, 'determined'),
      threshold: residents(500, 'at_least'),
      lawEnforcement: le,
      condition: 'Not required if the investigation finds that misuse has not occurred and is not likely to occur.',
      notes: 'Breaches reasonably believed to affect 500 or more Colorado residents; the Attorney General has taken notices through its online form since 2022-01-05.',
    }),
    obligation({
      id: 'consumer-reporting-agencies',
      recipient: 'consumer_reporting_agencies',
      recipientName: 'Nationwide consumer reporting agencies',
      citation: `${section}(2)(d)`,
      deadline: withoutDelay('determined', 'In the most expedient time possible and without unreasonable delay when more than 1,000 Colorado residents are to be notified.'),
      threshold: residents(1000, 'more_than'),
      lawEnforcement: le,
      requiredContent: ['Anticipated date of the notices to residents', 'Approximate number of residents to be notified'],
      condition: 'Does not apply to an entity subject to Title V of the Gramm-Leach-Bliley Act.',
    }),
    obligation({
      id: 'vendor-notice',
      recipient: 'data_owner',
      recipientName: 'The data owner (notice from the vendor that maintains the data)',
      citation: `${section}(2)(a.5)`,
      deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay after discovering the breach, if misuse occurred or is likely.'),
      condition: `This duty binds a third-party service provider that maintains, stores or processes the data for ${who.toLowerCase()}, not the owner. The provider may not be required to disclose confidential business information or trade secrets.`,
    }),
  ];
}

const UNVERIFIED_2018 = [
  'The subsection letters cited for the Attorney General, credit-bureau, law-enforcement and vendor clauses were not read in the statute; they follow the section\'s usual layout.',
  'The 30-days-after-clearance rule for law-enforcement delays was taken from recollection of the statute text, which could not be retrieved; summaries only say notice may be delayed.',
];
const SOURCES_2018: Source[] = [
  { where: 'https://www.dwt.com/gcp/states/colorado', facts: '2018 personal information, encryption key exception, 30 days after determination, AG 500+' },
  { where: 'https://www.mintz.com/mintz-matrix/colorado', facts: 'covered entity; third-party service provider notice' },
  { where: 'https://coag.gov/resources/data-protection-laws/', facts: 'AG notice for 500 or more Coloradans; online form since 2022-01-05; governmental entities covered' },
  { where: 'https://readable-crs.com/privacy/24-73-103-print.html', facts: 'notice content (I)-(VI); credential breaches' },
  { where: BLOOMBERG_TABLE, facts: 'CRA content and GLBA exemption; no charge for notice' },
  { where: PERKINS_CHART_2021, facts: 'H.B. 18-1128 effective 2018-09-01' },
];

const GOVERNMENT_BY_24_73 = 'From 2018-09-01 governmental entities follow the parallel C.R.S. § 24-73-103 instead.';
const PRIVATE: Pick<Record<OrgCategory, readonly ['yes', string]>, 'business' | 'nonprofit'> = {
  business: ['yes', '§ 6-1-716 binds an individual or commercial entity (from 2018: a covered entity) that owns, licenses or maintains computerized personal information in the course of its business.'],
  nonprofit: ['yes', 'The Consumer Protection Act\'s "person" includes any legal entity, and the 2006 "commercial entity" was not limited to for-profit entities.'],
};
const COVERAGE_2006: Record<OrgCategory, Coverage> = coverage({
  ...PRIVATE,
  local_government: ['uncertain', 'Whether a city, county or district was a "commercial entity" under § 6-1-716 before the 2018 government section was not verified.'],
  state_agency: ['uncertain', 'Whether a state agency was a "commercial entity" under § 6-1-716 before the 2018 government section was not verified.'],
});

const general: RuleVersion[] = [
  {
    id: 'CO-2006',
    effectiveFrom: '2006-09-01',
    effectiveTo: '2018-08-31',
    citations: ['C.R.S. § 6-1-716 (H.B. 06-1119)'],
    summary: 'Colorado required notice to affected residents in the most expedient time possible after becoming aware of a breach likely to lead to misuse, and to the credit bureaus when more than 1,000 residents were notified.',
    coverage: COVERAGE_2006,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'C.R.S. § 6-1-716(1)(d) (2006)' },
    riskOfHarmException: MISUSE,
    personalInformation: PI_2006,
    substituteNotice: { costOver: 250_000, recipientsOver: 250_000, citation: 'C.R.S. § 6-1-716(1)(c) (2006)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Colorado residents',
        citation: 'C.R.S. § 6-1-716(2)(a) (2006)',
        deadline: withoutDelay('discovered', 'as soon as possible, in the most expedient time possible and without unreasonable delay after becoming aware of the breach and investigating it'),
        lawEnforcement: toll('C.R.S. § 6-1-716(2)(c) (2006)'),
      }),
      obligation({
        id: 'consumer-reporting-agencies',
        recipient: 'consumer_reporting_agencies',
        recipientName: 'Nationwide consumer reporting agencies',
        citation: 'C.R.S. § 6-1-716(2)(d) (2006)',
        deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 Colorado residents are to be notified.'),
        threshold: residents(1000, 'more_than'),
        requiredContent: ['Anticipated date of the notices to residents', 'Approximate number of residents to be notified'],
      }),
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: 'C.R.S. § 6-1-716(2)(b) (2006)',
        deadline: withoutDelay('discovered', 'Immediately following discovery, if misuse occurred or is likely.'),
        condition: 'This duty binds an entity that maintains the data without owning or licensing it, not the owner.',
      }),
    ],
    confidence: 'medium',
    unverified: [
      'Only the timing and the credit-bureau duty were verified for this period; the subsection letters, content of the credit-bureau notice and vendor timing ("immediately", per Perkins Coie) were not.',
      'Government coverage before 2018 was not established.',
    ],
    sources: [
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) paths data/notification_days.csv, data/ag_notice_effective_date.csv, data/cra_notice_effective_date.csv', facts: 'CRA notice since 2006-09-01; AG and 30 days only from 2018-09-01' },
      { where: BLOOMBERG_TABLE, facts: 'pre-2018 timing wording' },
      { where: PERKINS_CHART_2021, facts: 'vendor "immediately"; substitute notice' },
    ],
  },
  {
    id: 'CO-2018',
    effectiveFrom: '2018-09-01',
    effectiveTo: null,
    citations: ['C.R.S. § 6-1-716 as amended by H.B. 18-1128 (eff. 2018-09-01)'],
    summary: 'Colorado requires notice to affected residents, and to the Attorney General when 500 or more residents are affected, within 30 days of determining a breach; the credit bureaus are told when more than 1,000 are notified.',
    coverage: coverage({
      ...PRIVATE,
      local_government: ['no', GOVERNMENT_BY_24_73],
      state_agency: ['no', GOVERNMENT_BY_24_73],
    }),
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'C.R.S. § 6-1-716(1)(g)' },
    riskOfHarmException: MISUSE,
    personalInformation: pi2018('C.R.S. § 6-1-716(1)(g)'),
    substituteNotice: { costOver: 250_000, recipientsOver: 250_000, citation: 'C.R.S. § 6-1-716(1)(f)' },
    obligations: obligations2018('C.R.S. § 6-1-716', 'The covered entity'),
    confidence: 'high',
    unverified: UNVERIFIED_2018,
    sources: SOURCES_2018,
  },
];

const government: RuleVersion[] = [
  {
    id: 'CO-GOV-2018',
    effectiveFrom: '2018-09-01',
    effectiveTo: null,
    citations: ['C.R.S. § 24-73-103 (H.B. 18-1128, eff. 2018-09-01)'],
    summary: 'Colorado governmental entities must notify affected residents, and the Attorney General when 500 or more residents are affected, within 30 days of determining a breach.',
    coverage: governmentOnlyCoverage('C.R.S. § 6-1-716', {
      local_government: ['yes', '"Governmental entity" (§ 24-73-103(1)(d)) includes counties, cities and counties, cities and towns, school districts, special districts, authorities and other political subdivisions, home-rule entities included.'],
      state_agency: ['yes', '"Governmental entity" (§ 24-73-103(1)(d)) includes the state and every state agency and institution, the judicial department included.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'C.R.S. § 24-73-103(1)(c), (1)(g)' },
    riskOfHarmException: MISUSE,
    personalInformation: pi2018('C.R.S. § 24-73-103(1)(g)'),
    substituteNotice: { costOver: 250_000, recipientsOver: 250_000, citation: 'C.R.S. § 24-73-103(1)(f)(IV)' },
    obligations: obligations2018('C.R.S. § 24-73-103', 'The governmental entity'),
    confidence: 'medium',
    unverified: [
      ...UNVERIFIED_2018,
      'The Attorney General and credit-bureau duties of governmental entities were not seen in the text retrieved; they follow the Attorney General\'s guidance that governmental entities report 500 or more.',
      'The 250,000-resident substitute-notice threshold was cut off in the text read; only the $250,000 cost limit was seen.',
    ],
    sources: [
      { where: 'https://colorado.public.law/statutes/crs_24-73-103', facts: 'definitions: governmental entity, determination that a breach occurred, encrypted, notice' },
      { where: 'https://law.counselstack.com/statute/co/24/24-73-103', facts: 'substitute notice cost over $250,000' },
      ...SOURCES_2018,
    ],
  },
];

export const colorado: Jurisdiction = {
  code: 'CO',
  name: 'Colorado',
  kind: 'state',
  holidays: { country: 'US', state: 'CO' },
  laws: [
    { id: 'CO-6-1-716', title: 'C.R.S. § 6-1-716: notification of security breach (Colorado Consumer Protection Act)', scope: 'residents', versions: general },
    { id: 'CO-24-73-103', title: 'C.R.S. § 24-73-103: governmental entity notification of security breach', scope: 'residents', versions: government },
  ],
};
