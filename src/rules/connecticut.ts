// Connecticut: Conn. Gen. Stat. § 36a-701b, in force since 2006 and amended often: Attorney General
// notice (2012), a 90-day limit and free identity-theft services (2015), 24 months of services (2018),
// a 60-day limit and a wider definition (2021), precise geolocation (2023).
import type { DeadlineRule, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, Source } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, obligation, toll, withIndividuals, withoutDelay } from './shared.js';

const LE = toll('Conn. Gen. Stat. § 36a-701b(d)');
const WITH_CODE = ['card_security_code', 'access_code', 'password'] as const;

// Before 2021 the text read "account number, credit or debit card number, in combination with any
// required code": the safer reading, and the one the 2021 rewrite made explicit, lets a card number
// count on its own.
const PI_2006: PersonalInformationDefinition = {
  citation: 'Conn. Gen. Stat. § 36a-701b(a)',
  summary:
    "an individual's name (first name or initial and last name) with an SSN, a driver's licence or state ID card number, a credit or debit card number, or an account number with any required security code, access code or password",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'card_number'] },
    { all: ['name', 'account_number'], anyOf: [...WITH_CODE] },
  ],
};

const pi2021 = (geolocation: boolean): PersonalInformationDefinition => ({
  citation: 'Conn. Gen. Stat. § 36a-701b(a)',
  summary: `an individual's name with an SSN, taxpayer ID, IRS identity-protection PIN, driver's licence, state ID, passport, military or other government ID number, a credit or debit card number, a financial account number with its required code or password, medical information, a health insurance policy or subscriber number, or biometric information${
    geolocation ? ', or precise geolocation data (not in breachdesk\'s data vocabulary: check it by hand)' : ''
  }; or, without a name, a username or e-mail address with a password or security question and answer for an online account`,
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'tax_id', 'drivers_license', 'state_id', 'passport', 'military_id', 'card_number', 'medical', 'health_insurance', 'biometric'] },
    { all: ['name', 'account_number'], anyOf: [...WITH_CODE] },
    { all: ['username'], anyOf: ['password', 'security_question'] },
    { all: ['email'], anyOf: ['password', 'security_question'] },
  ],
});

const identityServices = (months: number, tin: boolean): string =>
  `If the resident's ${tin ? 'SSN or taxpayer identification number' : 'name and SSN'} were breached: an offer of identity theft prevention (and, if applicable, mitigation) services free for at least ${months} months, with how to enrol and how to place a credit freeze`;

function individuals(deadline: DeadlineRule, services: string | null, notes: string): ObligationRule {
  return obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Connecticut residents',
    citation: 'Conn. Gen. Stat. § 36a-701b(b)',
    deadline,
    lawEnforcement: LE,
    requiredContent: services ? [services] : [],
    notes,
  });
}

const WITHOUT_DELAY = withoutDelay('discovered', 'without unreasonable delay after discovering the breach, allowing for law enforcement and for determining the scope and restoring the system');
const attorneyGeneral = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Connecticut Attorney General',
  citation: 'Conn. Gen. Stat. § 36a-701b(b)(2)',
  deadline: withIndividuals,
  lawEnforcement: LE,
  notes: 'Any breach that requires resident notice, whatever the number. The Attorney General asks for its online form. HIPAA-compliant entities must still send this notice (from 2021).',
});
const vendor = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Conn. Gen. Stat. § 36a-701b(c)',
  deadline: withoutDelay('discovered', 'Immediately following discovery, if the personal information was or is reasonably believed to have been breached.'),
  condition: 'This duty binds a person that maintains the data without owning or licensing it, not the owner.',
});

const business = 'Conn. Gen. Stat. § 36a-701b(b) binds any person (before 2021-10-01: any person conducting business in Connecticut) that owns, licenses or maintains computerized personal information';
const GOVERNMENT_OPEN = `${business}; whether a state agency or municipality is such a "person" is not settled by the statute, and a separate state-agency rule was not researched.`;
const COVERAGE = coverage({
  business: ['yes', `${business}.`],
  nonprofit: ['yes', `${business}; a nonprofit corporation is a person.`],
  local_government: ['uncertain', GOVERNMENT_OPEN],
  state_agency: ['uncertain', GOVERNMENT_OPEN],
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

interface Era {
  id: string;
  from: string;
  to: string | null;
  act: string;
  summary: string;
  pi: PersonalInformationDefinition;
  individuals: ObligationRule;
  ag: boolean;
  confidence: RuleVersion['confidence'];
  unverified: string[];
  sources: Source[];
}

const PERKINS_CT = { where: 'https://perkinscoie.com/en/news-insights/security-breach-notification-chart-connecticut.html', facts: 'bill history and effective dates 2006-2023; AG no later than residents; vendor immediately; 60 days' };
const KEY_NOTE = 'The safe harbour covers data "secured by encryption or any other method that renders it unreadable or unusable"; there is no express key clause, and data whose key was taken is treated as readable.';

const CARD_NOTE = 'Before 2021 the definition listed "account number, credit or debit card number, in combination with any required code"; a card number is encoded as enough on its own, the safer reading.';

const ERAS: Era[] = [
  {
    id: 'CT-2006', from: '2006-01-01', to: '2012-09-30', act: 'S.B. 650, Public Act 05-148',
    summary: 'Connecticut required notice to affected residents without unreasonable delay, with no fixed days and no regulator notice.',
    pi: PI_2006, individuals: individuals(WITHOUT_DELAY, null, 'No fixed number of days.'), ag: false, confidence: 'medium',
    unverified: ['Only timing and the absence of Attorney General notice were verified for this period.', KEY_NOTE, CARD_NOTE],
    sources: [PERKINS_CT, { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) path data/ag_notice_effective_date.csv', facts: 'AG notice from 2012-10-01' }],
  },
  {
    id: 'CT-2012', from: '2012-10-01', to: '2015-09-30', act: 'H.B. 6001, Public Act 12-1 (June Sp. Sess.)',
    summary: 'Connecticut required notice to affected residents without unreasonable delay and to the Attorney General no later than the resident notice.',
    pi: PI_2006, individuals: individuals(WITHOUT_DELAY, null, 'No fixed number of days.'), ag: true, confidence: 'medium',
    unverified: [KEY_NOTE, CARD_NOTE],
    sources: [PERKINS_CT, { where: 'https://portal.ct.gov/ag/press-releases-archived/2015-press-releases/statement-from-ag-jepsen-on-final-passage-of-data-breach-notification-and-consumer-protection-legisl', facts: 'the 2012 amendment required notification to the Attorney General' }],
  },
  {
    id: 'CT-2015', from: '2015-10-01', to: '2018-09-30', act: 'S.B. 949, Public Act 15-142',
    summary: 'Connecticut required notice to affected residents within 90 days of discovery, one year of free identity-theft services for SSN breaches, and notice to the Attorney General no later than the residents.',
    pi: PI_2006,
    individuals: individuals(calendarDays(90, 'discovered'), identityServices(12, false), 'Without unreasonable delay and no later than 90 days after discovery, unless federal law requires less time.'),
    ag: true, confidence: 'high',
    unverified: [KEY_NOTE, CARD_NOTE, 'The research record dated the 90-day limit from 2018; the 2015 Act and the Attorney General\'s statement show it began 2015-10-01.'],
    sources: [
      PERKINS_CT,
      { where: 'https://www.mintz.com/insights-center/viewpoints/2015-06-16-connecticut-amends-data-breach-notification-law', facts: 'S.B. 949 effective 2015-10-01: 90 days after discovery; at least one year of identity theft services for name + SSN' },
      { where: 'https://dataprivacy.foxrothschild.com/2015/07/articles/data-protection-law-compliance/stricter-data-privacy-requirements-in-connecticut/', facts: 'previously only "without unreasonable delay"' },
    ],
  },
  {
    id: 'CT-2018', from: '2018-10-01', to: '2021-09-30', act: 'S.B. 472, Public Act 18-90',
    summary: 'Connecticut required notice to affected residents within 90 days of discovery, two years of free identity-theft services for SSN breaches, and notice to the Attorney General no later than the residents.',
    pi: PI_2006,
    individuals: individuals(calendarDays(90, 'discovered'), identityServices(24, false), 'Without unreasonable delay and no later than 90 days after discovery, unless federal law requires less time.'),
    ag: true, confidence: 'high', unverified: [KEY_NOTE, CARD_NOTE],
    sources: [PERKINS_CT, { where: PERKINS_CHART_2021, facts: '90 days; 24 months of services from 2018-10-01' }, { where: BLOOMBERG_TABLE, facts: '90 days' }],
  },
  {
    id: 'CT-2021', from: '2021-10-01', to: '2023-09-30', act: 'H.B. 5310, Public Act 21-59',
    summary: 'Connecticut requires notice to affected residents within 60 days of discovery, with two years of free identity-theft services for SSN or taxpayer-ID breaches, and to the Attorney General no later than the residents.',
    pi: pi2021(false),
    individuals: individuals(
      calendarDays(60, 'discovered'),
      identityServices(24, true),
      'Without unreasonable delay and no later than 60 days after discovery, unless federal law requires less time; residents identified later are notified as expediently as possible. Breached login credentials may be notified electronically, directing a change of credentials.',
    ),
    ag: true, confidence: 'high', unverified: [KEY_NOTE],
    sources: [
      PERKINS_CT,
      { where: 'https://www.scconline.com/blog/post/2021/06/21/usa-connecticut-breach-notification-bill-signed-by-governor/', facts: 'Public Act 21-59 personal information definition; effective 2021-10-01' },
      { where: 'https://buckleyfirm.com/blog/2021-06-24/connecticut-amends-data-security-breach-provisions', facts: '60 days after discovery; later-identified residents; credential notices' },
      { where: 'https://www.eyeonprivacy.com/2021/07/connecticut-expands-data-breach-notification-effective-october-2021/', facts: 'HIPAA-compliant notice deemed compliant but AG notice still due' },
    ],
  },
  {
    id: 'CT-2023', from: '2023-10-01', to: null, act: 'S.B. 1058 (2023)',
    summary: 'Connecticut requires notice to affected residents within 60 days of discovery, with two years of free identity-theft services for SSN or taxpayer-ID breaches, and to the Attorney General no later than the residents; precise geolocation now counts.',
    pi: pi2021(true),
    individuals: individuals(
      calendarDays(60, 'discovered'),
      identityServices(24, true),
      'Without unreasonable delay and no later than 60 days after discovery, unless federal law requires less time. Substitute notice must be justified in the notice to the Attorney General.',
    ),
    ag: true, confidence: 'high',
    unverified: [KEY_NOTE, 'The 2023 definition adds precise geolocation data, which breachdesk\'s data vocabulary cannot express: such a breach must be judged by hand.'],
    sources: [PERKINS_CT, { where: 'https://platform.dataguidance.com/news/connecticut-act-concerning-charitable-organizations', facts: 'S.B. 1058 signed 2023-06-26, effective 2023-10-01: precise geolocation; substitute notice shown to the AG' }],
  },
];

const versions: RuleVersion[] = ERAS.map((e) => ({
  id: e.id,
  effectiveFrom: e.from,
  effectiveTo: e.to,
  citations: [`Conn. Gen. Stat. § 36a-701b as ${e.id === 'CT-2006' ? 'enacted by' : 'amended by'} ${e.act}`],
  summary: e.summary,
  coverage: COVERAGE,
  encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Conn. Gen. Stat. § 36a-701b(a)' },
  riskOfHarmException: e.from >= '2021-10-01' ? HARM_FROM_2021 : HARM_BEFORE_2021,
  personalInformation: e.pi,
  substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'Conn. Gen. Stat. § 36a-701b(e)' },
  obligations: [e.individuals, ...(e.ag ? [attorneyGeneral] : []), vendor],
  confidence: e.confidence,
  unverified: e.unverified,
  sources: e.sources,
}));

export const connecticut: Jurisdiction = {
  code: 'CT',
  name: 'Connecticut',
  kind: 'state',
  holidays: { country: 'US', state: 'CT' },
  laws: [{ id: 'CT-36A-701B', title: 'Conn. Gen. Stat. § 36a-701b: breach of security concerning computerized personal information', scope: 'residents', versions }],
};
