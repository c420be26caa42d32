// Illinois: the Personal Information Protection Act, 815 ILCS 530. Section 10 binds every "data
// collector" (businesses, nonprofits, local government); from P.A. 94-947 (2006-06-27) State
// agencies have their own § 12, and report breaches to the General Assembly under § 25.
import type { DataElement, Jurisdiction, LetterElement, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, businessDays, calendarDays, coverage, governmentOnlyCoverage, hours, obligation, residents, toll,
  withIndividuals, withoutDelay,
} from './shared.js';

const EXPEDIENT = 'In the most expedient time possible and without unreasonable delay after discovery or notification of the breach, consistent with measures to determine its scope and restore the system.';
const NAME_2006: DataElement[] = ['ssn', 'drivers_license', 'state_id', 'account_number', 'card_number'];
const PI_2006: PersonalInformationDefinition = {
  citation: '815 ILCS 530/5 ("personal information", P.A. 94-36)',
  summary: 'name with SSN, driver licence or state ID number, or an account, credit or debit card number (with or without its code)',
  combinations: [{ all: ['name'], anyOf: NAME_2006 }],
};
const PI_2017: PersonalInformationDefinition = {
  citation: '815 ILCS 530/5 ("personal information", as amended by P.A. 99-503)',
  summary: 'name with SSN, driver licence or state ID number, an account or card number, medical or health-insurance information or unique biometric data; or a username or email address with its password or security question and answer',
  combinations: [
    { all: ['name'], anyOf: [...NAME_2006, 'medical', 'health_insurance', 'biometric'] },
    { all: ['username'], anyOf: ['password', 'security_question'] },
    { all: ['email'], anyOf: ['password', 'security_question'] },
  ],
};
const CONTENT = {
  requiredContent: [
    'Toll-free numbers and addresses of the consumer reporting agencies',
    'Toll-free number, address and website of the Federal Trade Commission',
    'A statement that the individual can get information about fraud alerts and security freezes from these sources',
    'Not the number of Illinois residents affected (the statute forbids it)',
  ],
  letterElements: ['credit_bureaus', 'ftc'] as LetterElement[],
};
const CREDENTIALS = 'For a breach of online credentials only, notice may be electronic and direct the resident to change the username or password and security question, or to protect other accounts using them.';
const KEY_2006 = { exists: true, keyException: false, citation: '815 ILCS 530/5 ("personal information": elements not encrypted or redacted)' };
const KEY_2017 = { exists: true, keyException: true, citation: '815 ILCS 530/5 (encrypted or redacted data count if the keys were also acquired)' };
const NO_HARM_TEST = { exists: false, standard: null };
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: '815 ILCS 530/10(c)(3)' };

const individuals = (citation: string, lawEnforcement: ObligationRule['lawEnforcement'], content: Partial<ObligationRule>): ObligationRule =>
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Illinois residents',
    citation,
    deadline: withoutDelay('discovered', EXPEDIENT),
    lawEnforcement,
    ...content,
  });
const vendor = (citation: string): ObligationRule =>
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation,
    deadline: withoutDelay('discovered', 'Immediately following discovery, if the information was or is reasonably believed to have been acquired by an unauthorized person.'),
    condition: 'Binds a data collector that maintains data it does not own or license, not the owner itself. From 2017 it must also cooperate with the owner (date and nature of the breach, steps taken).',
  });

const PRIVATE = {
  business: ['yes', '815 ILCS 530/5: a "data collector" includes privately and publicly held corporations, financial institutions, retail operators and any entity handling nonpublic personal information; § 10 binds data collectors.'],
  nonprofit: ['yes', '815 ILCS 530/5: a "data collector" includes private universities and any other entity that, for any purpose, handles nonpublic personal information.'],
  local_government: ['yes', '815 ILCS 530/5: a "data collector" includes government agencies; only State agencies have their own § 12.'],
} as const;
const STATE_OWN = ['no', 'From P.A. 94-947 (2006-06-27) a State agency follows 815 ILCS 530/12 (law IL-530-12 in this catalogue), not § 10.'] as const;
const LE_10 = toll('815 ILCS 530/10(b-5)');

const v = (id: string, from: string, to: string | null, rest: Omit<RuleVersion, 'id' | 'effectiveFrom' | 'effectiveTo'>): RuleVersion => ({ id, effectiveFrom: from, effectiveTo: to, ...rest });

const LE_GAP = 'Before P.A. 94-947 (2006-06-27) the Act made no provision for a law-enforcement delay.';
const general: RuleVersion[] = [
  v('IL-2006', '2006-01-01', '2006-06-26', {
    citations: ['815 ILCS 530/1 to 530/20 (P.A. 94-36, eff. 2006-01-01)'],
    summary: 'Illinois data collectors, government agencies included, had to notify affected residents as expediently as possible, with no set content and no regulator notice.',
    coverage: coverage({ ...PRIVATE, state_agency: ['yes', '815 ILCS 530/5: a "data collector" includes government agencies; § 12 for State agencies came only on 2006-06-27.'] }),
    encryptionSafeHarbor: KEY_2006, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2006, substituteNotice: SUBSTITUTE,
    obligations: [individuals('815 ILCS 530/10(a)', { effect: 'none' }, { notes: LE_GAP }), vendor('815 ILCS 530/10(b)')],
    confidence: 'medium',
    unverified: ['That P.A. 94-36 had no law-enforcement delay rests on P.A. 94-947 adding subsection (b-5); the 2005 enrolled text was not read in full.'],
    sources: [{ where: 'https://ilga.gov/ftp/Public%20Acts/94/094-0947.htm', facts: '§ 10 text as amended in 2006, new (b-5), new §§ 12, 25' }, { where: PERKINS_CHART_2021, facts: 'substitute notice' }],
  }),
  v('IL-2006b', '2006-06-27', '2011-12-31', {
    citations: ['815 ILCS 530/10 as amended by P.A. 94-947 (H.B. 4449, eff. 2006-06-27)'],
    summary: 'Illinois data collectors had to notify affected residents as expediently as possible, with a delay allowed on law enforcement\'s written request.',
    coverage: coverage({ ...PRIVATE, state_agency: STATE_OWN }),
    encryptionSafeHarbor: KEY_2006, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2006, substituteNotice: SUBSTITUTE,
    obligations: [individuals('815 ILCS 530/10(a)', LE_10, {}), vendor('815 ILCS 530/10(b)')],
    confidence: 'medium',
    unverified: ['The effective date of P.A. 94-947 (2006-06-27) comes from a secondary summary, not the Public Act page.'],
    sources: [{ where: 'https://ilga.gov/ftp/Public%20Acts/94/094-0947.htm', facts: '(b-5) written law-enforcement request; §§ 12, 25 added' }, { where: 'https://www.cliclaw.com/node/7989', facts: 'effective 2006-06-27' }],
  }),
  v('IL-2012', '2012-01-01', '2016-12-31', {
    citations: ['815 ILCS 530/10 as amended by P.A. 97-483 (eff. 2012-01-01)'],
    summary: 'Illinois added required content to resident notices: credit bureau and FTC contacts and fraud-alert information, but never the number of residents affected.',
    coverage: coverage({ ...PRIVATE, state_agency: STATE_OWN }),
    encryptionSafeHarbor: KEY_2006, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2006, substituteNotice: SUBSTITUTE,
    obligations: [individuals('815 ILCS 530/10(a)', LE_10, CONTENT), vendor('815 ILCS 530/10(b)')],
    confidence: 'high',
    unverified: [],
    sources: [{ where: 'https://www.isba.org/node/3546', facts: 'P.A. 97-483 content requirements, effective 2012-01-01' }],
  }),
  v('IL-2017', '2017-01-01', '2019-12-31', {
    citations: ['815 ILCS 530/5, 530/10, 530/50 as amended by P.A. 99-503 (H.B. 1260, eff. 2017-01-01)'],
    summary: 'Illinois widened personal information to medical, health-insurance and biometric data and online credentials; HIPAA entities are deemed compliant if they copy the Attorney General.',
    coverage: coverage({ ...PRIVATE, state_agency: STATE_OWN }),
    encryptionSafeHarbor: KEY_2017, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2017, substituteNotice: SUBSTITUTE,
    obligations: [
      individuals('815 ILCS 530/10(a)', LE_10, {
        ...CONTENT,
        notes: `${CREDENTIALS} A HIPAA covered entity or business associate that complies with HIPAA is deemed compliant but must send the Attorney General its HHS breach notice within 5 business days of notifying HHS (§ 50).`,
      }),
      vendor('815 ILCS 530/10(b)'),
    ],
    confidence: 'medium',
    unverified: ['The HIPAA-entity copy to the Attorney General is shown as a note, not a dated obligation: breachdesk has no event for the HHS notice.'],
    sources: [{ where: 'https://ilga.gov/ftp/Public%20Acts/99/099-0503.htm', facts: 'P.A. 99-503 definitions (medical, health insurance, credentials), §§ 10, 12, 45, 50' }, { where: PERKINS_CHART_2021, facts: 'HIPAA 5 business days, content, substitute' }],
  }),
  v('IL-2020', '2020-01-01', null, {
    citations: ['815 ILCS 530/10(e) as amended by P.A. 101-343 (S.B. 1624, signed 2019-08-09, eff. 2020-01-01)'],
    summary: 'Illinois data collectors must notify residents as expediently as possible and, for a breach of more than 500 residents, the Attorney General no later than the residents.',
    coverage: coverage({ ...PRIVATE, state_agency: STATE_OWN }),
    encryptionSafeHarbor: KEY_2017, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2017, substituteNotice: SUBSTITUTE,
    obligations: [
      individuals('815 ILCS 530/10(a)', LE_10, { ...CONTENT, notes: `${CREDENTIALS} HIPAA entities: see § 50 (copy of the HHS notice to the Attorney General within 5 business days).` }),
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: 'Illinois Attorney General',
        citation: '815 ILCS 530/10(e)',
        deadline: withIndividuals,
        threshold: residents(500, 'more_than'),
        requiredContent: [
          'Description of the nature of the breach or unauthorized acquisition',
          'Number of Illinois residents affected at the time of notice',
          'Steps taken or planned relating to the breach',
          'Date of the breach, if known (otherwise sent as soon as it is)',
        ],
        notes: 'Most expedient time possible and no later than the notice to residents; counts Illinois residents affected by a single breach.',
      }),
      vendor('815 ILCS 530/10(b)'),
    ],
    confidence: 'high',
    unverified: [],
    sources: [{ where: 'witnessslips.ilga.gov/legislation/ilcs/documents/081505300K10.htm (statute text)', facts: '§ 10(a) timing and content' }, { where: BLOOMBERG_TABLE, facts: 'AG over 500 from 2020-01-01' }, { where: PERKINS_CHART_2021, facts: 'AG content' }],
  }),
];

const AGENCY_COVERAGE = governmentOnlyCoverage('815 ILCS 530/10', {
  local_government: ['no', 'Section 12 binds State agencies only; units of local government are data collectors under § 10.'],
  state_agency: ['yes', '815 ILCS 530/12 binds any State agency that collects personal information concerning an Illinois resident.'],
});
const LE_12 = toll('815 ILCS 530/12(a-5)');
const AGENCY_SOURCE = { where: 'https://ilga.gov/ftp/Public%20Acts/100/100-0412.htm', facts: '§ 12 text: State agency notice, content, law-enforcement delay' };
const agency: RuleVersion[] = [
  v('IL-AGENCY-2006', '2006-06-27', '2011-12-31', {
    citations: ['815 ILCS 530/12 (added by P.A. 94-947, eff. 2006-06-27)'],
    summary: 'Illinois State agencies had to notify affected residents of a breach of data or written material as expediently as possible.',
    coverage: AGENCY_COVERAGE, encryptionSafeHarbor: KEY_2006, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2006, substituteNotice: SUBSTITUTE,
    obligations: [individuals('815 ILCS 530/12(a)', LE_12, { notes: 'Covers written material as well as computerized data.' }), vendor('815 ILCS 530/12(b)')],
    confidence: 'medium',
    unverified: ['Subsection letters of the 2006 § 12 were not read; they are taken from the 2017 text.'],
    sources: [{ where: 'https://ilga.gov/ftp/Public%20Acts/94/094-0947.htm', facts: '§ 12 added' }],
  }),
  v('IL-AGENCY-2012', '2012-01-01', '2016-12-31', {
    citations: ['815 ILCS 530/12 as amended by P.A. 97-483 (eff. 2012-01-01)'],
    summary: 'Illinois State agency notices gained the same required content as private ones.',
    coverage: AGENCY_COVERAGE, encryptionSafeHarbor: KEY_2006, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2006, substituteNotice: SUBSTITUTE,
    obligations: [individuals('815 ILCS 530/12(a)', LE_12, CONTENT), vendor('815 ILCS 530/12(b)')],
    confidence: 'medium',
    unverified: ['That P.A. 97-483 put the content requirements into § 12 as well as § 10 rests on the bar association summary (State agencies subject), not the Act text.'],
    sources: [{ where: 'https://www.isba.org/node/3546', facts: 'P.A. 97-483 content, State and local agencies subject, 2012-01-01' }],
  }),
  v('IL-AGENCY-2017', '2017-01-01', null, {
    citations: ['815 ILCS 530/12 as amended by P.A. 99-503 (eff. 2017-01-01) and P.A. 100-412 (S.B. 707, eff. 2017-08-25)'],
    summary: 'Illinois State agencies must notify residents as expediently as possible, the Attorney General within 45 days when more than 250 residents are affected, and the credit bureaus above 1,000.',
    coverage: AGENCY_COVERAGE, encryptionSafeHarbor: KEY_2017, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2017, substituteNotice: SUBSTITUTE,
    obligations: [
      individuals('815 ILCS 530/12(a)', LE_12, { ...CONTENT, notes: CREDENTIALS }),
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: 'Illinois Attorney General',
        citation: '815 ILCS 530/12',
        deadline: calendarDays(45, 'discovered'),
        threshold: residents(250, 'more_than'),
        lawEnforcement: LE_12,
        requiredContent: ['Types of personal information compromised', 'Number of Illinois residents affected', 'Steps taken or planned relating to the notice', 'Date and timeframe of the breach, if known'],
        notes: 'Within 45 days of discovery or when the residents are notified, whichever is sooner; good-cause and law-enforcement exceptions apply.',
      }),
      obligation({
        id: 'consumer-reporting-agencies',
        recipient: 'consumer_reporting_agencies',
        recipientName: 'Nationwide consumer reporting agencies',
        citation: '815 ILCS 530/12',
        deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 persons are to be notified at one time.'),
        threshold: residents(1000, 'more_than'),
      }),
      vendor('815 ILCS 530/12(b)'),
    ],
    confidence: 'medium',
    unverified: [
      'The Attorney General (over 250, 45 days) and credit-bureau (over 1,000) duties of State agencies come from the Perkins and Bloomberg summaries; their subsection letters and start date (taken as P.A. 99-503, 2017-01-01) were not read in the Act.',
    ],
    sources: [AGENCY_SOURCE, { where: BLOOMBERG_TABLE, facts: 'AG 250/45 days, CRA 1,000' }, { where: PERKINS_CHART_2021, facts: 'AG 250/45 days' }],
  }),
];

const gaReport = obligation({
  id: 'general-assembly-report',
  recipient: 'state_agency',
  recipientName: 'Illinois General Assembly',
  citation: '815 ILCS 530/25',
  deadline: businessDays(5, 'discovered'),
  requiredContent: ['The breaches of security of system data or written material', 'Corrective measures taken to prevent future breaches'],
  notes: 'Within 5 business days of discovery or notification of the breach; an annual report of all breaches follows.',
});
const GA_SOURCE = { where: 'casetext.com 815 ILCS 530/25', facts: '§ 25 text: 5 business days, annual report' };
const reports: RuleVersion[] = [
  v('IL-GA-2006', '2006-06-27', '2016-12-31', {
    citations: ['815 ILCS 530/25 (added by P.A. 94-947, eff. 2006-06-27)'],
    summary: 'An Illinois State agency that had a breach had to report it to the General Assembly within 5 business days.',
    coverage: AGENCY_COVERAGE, encryptionSafeHarbor: KEY_2006, riskOfHarmException: null, personalInformation: PI_2006,
    obligations: [gaReport],
    confidence: 'high',
    unverified: [],
    sources: [GA_SOURCE],
  }),
  // Only the definition of personal information (P.A. 99-503) changes here.
  v('IL-GA-2017', '2017-01-01', '2017-08-24', {
    citations: ['815 ILCS 530/25; 815 ILCS 530/5 as amended by P.A. 99-503 (eff. 2017-01-01)'],
    summary: 'An Illinois State agency had to report a breach, now of the wider 2017 personal information, to the General Assembly within 5 business days.',
    coverage: AGENCY_COVERAGE, encryptionSafeHarbor: KEY_2017, riskOfHarmException: null, personalInformation: PI_2017,
    obligations: [gaReport],
    confidence: 'high',
    unverified: [],
    sources: [GA_SOURCE],
  }),
  v('IL-GA-2017b', '2017-08-25', null, {
    citations: ['815 ILCS 530/25; 815 ILCS 530/12 as amended by P.A. 100-412 (S.B. 707, eff. 2017-08-25)'],
    summary: 'An Illinois State agency must report a breach to the General Assembly within 5 business days; agencies under the Governor also alert the Chief Information Security Officer within 72 hours.',
    coverage: AGENCY_COVERAGE, encryptionSafeHarbor: KEY_2017, riskOfHarmException: null, personalInformation: PI_2017,
    obligations: [
      gaReport,
      obligation({
        id: 'doit-ciso-72h',
        recipient: 'state_agency',
        recipientName: 'Office of the Chief Information Security Officer, Department of Innovation and Technology (and the Attorney General)',
        citation: '815 ILCS 530/12 (as amended by P.A. 100-412)',
        deadline: hours(72, 'discovered'),
        threshold: residents(250, 'more_than'),
        condition: 'Only State agencies under the jurisdiction of the Governor. If the agency identifies who perpetrated the breach, it reports that to the General Assembly when safe to do so.',
      }),
    ],
    confidence: 'low',
    unverified: ['The 72-hour notice to the Chief Information Security Officer comes only from the Bloomberg table; the S.B. 707 bill status confirms notice to that office was added, but the 72 hours and the threshold were not read in the Act.'],
    sources: [
      GA_SOURCE,
      { where: 'http://www.ilga.gov/legislation/BillStatus.asp?DocNum=707&GAID=14&DocTypeID=SB&SessionID=91&GA=100', facts: 'P.A. 100-412 (2017-08-25): over-250 breach report; notice to the DoIT Chief Information Security Officer; perpetrator report' },
      { where: BLOOMBERG_TABLE, facts: '72 hours to DoIT CISO and AG for agencies under the Governor' },
    ],
  }),
];

export const illinois: Jurisdiction = {
  code: 'IL',
  name: 'Illinois',
  kind: 'state',
  holidays: { country: 'US', state: 'IL' },
  laws: [
    { id: 'IL-530', title: 'Personal Information Protection Act, 815 ILCS 530/10 (data collectors)', scope: 'residents', versions: general },
    { id: 'IL-530-12', title: 'Personal Information Protection Act, 815 ILCS 530/12 (State agencies)', scope: 'residents', versions: agency },
    { id: 'IL-530-25', title: 'State agency breach reports, 815 ILCS 530/25 and 530/12 (General Assembly, Chief Information Security Officer)', scope: 'home', versions: reports },
  ],
};
