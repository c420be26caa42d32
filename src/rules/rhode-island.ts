// Rhode Island: the breach chapter R.I. Gen. Laws ch. 11-49.2 (2006), replaced by the Identity Theft
// Protection Act of 2015, ch. 11-49.3 (in force 2016-07-02). H.B. 5684 (eff. 2023-06-27) gave state
// and municipal agencies a 30-day clock of their own (encoded as a separate law) and a 24-hour
// cybersecurity-incident report to the State Police.
import type { Coverage, DataElement, Jurisdiction, ObligationRule, OrgCategory, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withIndividuals, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];

const PI_2006: PersonalInformationDefinition = {
  citation: 'R.I. Gen. Laws § 11-49.2-5',
  summary: "a resident's name (first name or initial and last name) with an SSN, a driver's licence or Rhode Island ID card number, or an account or card number with any code or password needed to reach the financial account, where the name or the element is unencrypted",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
  ],
};
const PI_2016: PersonalInformationDefinition = {
  citation: 'R.I. Gen. Laws § 11-49.3-3(a)(8)',
  summary:
    "a resident's name (first name or initial and last name) with an SSN; a driver's licence, state ID or tribal ID number; an account or card number with the code, password or PIN needed to reach the financial account; medical or health insurance information; or an e-mail address with the code or password for a personal, medical, insurance or financial account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'medical', 'health_insurance'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
    { all: ['name', 'email'], anyOf: CODES },
  ],
};

const HARM_TEST = { exists: true, standard: 'Notice is owed for a breach or disclosure that poses a significant risk of identity theft to a Rhode Island resident.', recordToKeep: null };
const LE_2006 = toll('R.I. Gen. Laws § 11-49.2-3(c)');
const LE_2016 = toll('R.I. Gen. Laws § 11-49.3-4(b)');

const CONTENT_2016 = [
  'A general and brief description of the incident, including how it occurred and the number of affected individuals',
  'The type of information subject to the breach',
  'The date, estimated date or date range of the breach',
  'The date the breach was discovered',
  'A clear and concise description of any remediation services offered, with toll-free numbers and websites for the credit reporting agencies, remediation service providers and the Attorney General',
  'A clear and concise description of the right to file or obtain a police report, how to request a security freeze and what is needed for it, and that credit reporting agencies may charge fees',
];

function obligations2016(days: 30 | 45, agency: boolean): ObligationRule[] {
  return [
    obligation({
      id: 'individuals',
      recipient: 'individuals',
      recipientName: 'Affected Rhode Island residents',
      citation: agency ? 'R.I. Gen. Laws § 11-49.3-4(a)(2)(i), (d)' : 'R.I. Gen. Laws § 11-49.3-4(a)(2), (d)',
      deadline: calendarDays(days, 'scope_identified'),
      lawEnforcement: LE_2016,
      requiredContent: CONTENT_2016,
      letterElements: ['what_happened', 'information_involved', 'breach_dates', 'what_we_are_doing', 'credit_bureaus', 'attorney_general', 'what_you_can_do'],
      condition: agency ? 'Where affected employees are represented by a union, the agency must also notify the collective bargaining agent.' : null,
      notes: `In the most expedient time possible and no later than ${days} calendar days after confirming the breach and being able to ascertain what the notice must say. Record that date as "scope_identified"; without it the clock runs from discovery.`,
    }),
    obligation({
      id: 'attorney-general',
      recipient: 'attorney_general',
      recipientName: 'Rhode Island Attorney General',
      citation: agency ? 'R.I. Gen. Laws § 11-49.3-4(a)(2)(i)' : 'R.I. Gen. Laws § 11-49.3-4(a)(2)',
      deadline: withIndividuals,
      threshold: residents(500, 'more_than'),
      lawEnforcement: LE_2016,
      requiredContent: ['Timing, content and distribution of the notices', 'Approximate number of affected individuals'],
      notes: 'Required when more than 500 residents are to be notified; it must not delay the resident notice, so this catalogue expects it no later than that notice.',
    }),
    obligation({
      id: 'consumer-reporting-agencies',
      recipient: 'consumer_reporting_agencies',
      recipientName: 'Major credit reporting agencies',
      citation: agency ? 'R.I. Gen. Laws § 11-49.3-4(a)(2)(i)' : 'R.I. Gen. Laws § 11-49.3-4(a)(2)',
      deadline: withIndividuals,
      threshold: residents(500, 'more_than'),
      lawEnforcement: LE_2016,
      requiredContent: ['Timing, content and distribution of the notices', 'Approximate number of affected individuals'],
    }),
  ];
}

const GENERAL_PRIVATE = {
  business: ['yes', 'R.I. Gen. Laws § 11-49.3-4(a)(1) binds any person that stores, owns, collects, processes, maintains, acquires, uses or licenses data that includes personal information.'],
  nonprofit: ['yes', '§ 11-49.3-3 defines "person" to include any individual, partnership, association, corporation, company or other legal entity.'],
} as const;
const AGENCY_SPLIT =
  'From 2023-06-27 § 11-49.3-4(a)(2)(i) gives state and municipal agencies their own 30-day clock; breachdesk encodes it as RI-11-49-3-AGENCY.';

const SUBSTITUTE_2016 = { costOver: 25_000, recipientsOver: 50_000, citation: 'R.I. Gen. Laws § 11-49.3-4' };
const SAFE_HARBOR_2016 = { exists: true, keyException: true, citation: 'R.I. Gen. Laws § 11-49.3-3(a)(4)' };

const v2016 = (id: string, from: string, to: string | null, cov: Record<OrgCategory, Coverage>, summary: string): RuleVersion => ({
  id,
  effectiveFrom: from,
  effectiveTo: to,
  citations: [
    id === 'RI-2016'
      ? 'R.I. Gen. Laws §§ 11-49.3-1 to 11-49.3-6 (Identity Theft Protection Act of 2015, 2015 R.I. Pub. Laws ch. 138 and 148, S. 134 / H. 5220)'
      : 'R.I. Gen. Laws § 11-49.3-4 as amended by H.B. 5684 (2023, eff. 2023-06-27)',
  ],
  summary,
  coverage: cov,
  encryptionSafeHarbor: SAFE_HARBOR_2016,
  riskOfHarmException: HARM_TEST,
  personalInformation: PI_2016,
  substituteNotice: SUBSTITUTE_2016,
  obligations: obligations2016(45, false),
  confidence: 'high',
  unverified:
    id === 'RI-2016'
      ? ['The start date: the Code marks § 11-49.3-4 "effective July 2, 2016" and the Bloomberg table agrees; the Perkins Coie chart says 2016-06-26.']
      : ['The text of H.B. 5684 was read only through code-site copies and the Perkins Coie 2023 update.'],
  sources: [
    { where: AKESARI_BILL('2015 R.I. SB 134.PDF'), facts: '45 calendar days after confirmation; AG and CRAs when more than 500; takes effect one year after passage' },
    { where: 'https://www.global-regulation.com/law/united-states/1004572/11-49.3-4notification-of-breach.-%25255beffective-july-2%25252c-2016.%25255d.-.html', facts: '§ 11-49.3-4 text "[Effective July 2, 2016.]"' },
    { where: 'https://law.counselstack.com/statute/ri/11-49.3-3', facts: 'definitions: 128-bit encryption, not encrypted if taken with its key; health insurance and medical information' },
    { where: PERKINS_CHART_2021, facts: 'content, substitute notice $25,000 / 50,000' },
    { where: BLOOMBERG_TABLE, facts: 'effective 2016-07-02' },
    ...(id === 'RI-2016' ? [] : [{ where: 'https://lawserver.com/law/state/rhode-island/ri-laws/rhode_island_general_laws_11-49-3-4', facts: 'current § 11-49.3-4(a)(2)(i)-(ii): agencies 30 days, others 45 days' }]),
  ],
});

const general: RuleVersion[] = [
  {
    id: 'RI-2006',
    effectiveFrom: '2006-03-01',
    effectiveTo: '2016-07-01',
    citations: ['R.I. Gen. Laws §§ 11-49.2-1 to 11-49.2-7 (2005 R.I. Pub. Laws ch. 225, H. 6191)'],
    summary: 'Rhode Island state agencies and persons had to notify residents of a breach posing a significant risk of identity theft in the most expedient time possible, with no fixed days and no regulator notice.',
    coverage: coverage({
      ...GENERAL_PRIVATE,
      local_government: ['uncertain', '§ 11-49.2-3 names "any state agency or person"; whether a city or town is a "person" under the old chapter was not established.'],
      state_agency: ['yes', 'R.I. Gen. Laws § 11-49.2-3(a) binds any state agency that owns, maintains or licenses computerized personal information.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'R.I. Gen. Laws § 11-49.2-3(a)' },
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_2006,
    substituteNotice: { costOver: 25_000, recipientsOver: 50_000, citation: 'R.I. Gen. Laws § 11-49.2-5' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Rhode Island residents',
        citation: 'R.I. Gen. Laws § 11-49.2-3(a), (d)',
        deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay after discovery, allowing for law enforcement and for measures to determine the scope and restore the system.'),
        lawEnforcement: LE_2006,
      }),
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: 'R.I. Gen. Laws § 11-49.2-3(b)',
        deadline: withoutDelay('discovered', 'Immediately following discovery.'),
        lawEnforcement: LE_2006,
        condition: 'This duty binds whoever maintains the data for its owner or licensee, not the owner itself.',
      }),
    ],
    confidence: 'medium',
    unverified: [
      'The old chapter\'s personal-information definition and substitute-notice thresholds are assumed to match those later carried into ch. 11-49.3; only § 11-49.2-3 was read.',
      'That ch. 11-49.2 had no Attorney General or credit-bureau notice rests on § 11-49.2-3 and the research record.',
    ],
    sources: [
      { where: 'http://statutes.laws-info.com/rhode-island/title-11/chapter-11-49-2/11-49-2-3', facts: '§ 11-49.2-3 text: state agency or person; most expedient time; vendor immediately; law-enforcement delay' },
      { where: PERKINS_CHART_2021, facts: 'old chapter effective 2006-03-01, replaced in 2016' },
    ],
  },
  v2016('RI-2016', '2016-07-02', '2023-06-26', coverage({
    ...GENERAL_PRIVATE,
    local_government: ['yes', 'R.I. Gen. Laws § 11-49.3-4(a)(1) names municipal agencies.'],
    state_agency: ['yes', 'R.I. Gen. Laws § 11-49.3-4(a)(1) names state agencies.'],
  }), 'Rhode Island requires notice to residents within 45 calendar days of confirming a breach, and to the Attorney General and credit bureaus when more than 500 residents are notified.'),
  v2016('RI-2023', '2023-06-27', null, coverage({ ...GENERAL_PRIVATE, local_government: ['no', AGENCY_SPLIT], state_agency: ['no', AGENCY_SPLIT] }),
    'Rhode Island persons and businesses must notify residents within 45 calendar days of confirming a breach, and the Attorney General and credit bureaus when more than 500 are notified.'),
];

const AGENCY_COVERAGE = governmentOnlyCoverage('R.I. Gen. Laws § 11-49.3-4(a)(2)(ii)', {
  local_government: ['yes', 'R.I. Gen. Laws § 11-49.3-4(a)(2)(i) binds municipal agencies.'],
  state_agency: ['yes', 'R.I. Gen. Laws § 11-49.3-4(a)(2)(i) binds state agencies.'],
});
const H5684 = 'R.I. Gen. Laws § 11-49.3-4 as amended by H.B. 5684 (2023, eff. 2023-06-27)';
const H5684_SOURCES = [
  { where: 'https://lawserver.com/law/state/rhode-island/ri-laws/rhode_island_general_laws_11-49-3-4', facts: '§ 11-49.3-4(a)(2)(i): agencies 30 calendar days; AG and CRAs above 500; union notice' },
  { where: 'http://www.perkinscoie.com/sc_ri', facts: 'H.B. 5684 signed and effective 2023-06-27; agencies report cybersecurity incidents to the State Police within 24 hours' },
  { where: 'https://www.dataguidance.com/news/rhode-island-act-amending-data-breach-notification-law', facts: 'in effect 2023-06-27; cybersecurity incident definition; State Police within 24 hours' },
];

const agency: RuleVersion = {
  ...v2016('RI-AGENCY-2023', '2023-06-27', null, AGENCY_COVERAGE, 'Rhode Island state and municipal agencies must notify residents within 30 calendar days of confirming a breach, and the Attorney General and credit bureaus when more than 500 are notified.'),
  citations: [H5684],
  obligations: obligations2016(30, true),
  confidence: 'medium',
  unverified: ['The text of H.B. 5684 was read only through code-site copies and the Perkins Coie 2023 update.'],
  sources: H5684_SOURCES,
};

const statePolice: RuleVersion = {
  id: 'RI-CYBER-2023',
  effectiveFrom: '2023-06-27',
  effectiveTo: null,
  citations: [H5684],
  summary: 'Rhode Island state and municipal agencies must report a cybersecurity incident to the Rhode Island State Police within 24 hours of detecting it.',
  coverage: governmentOnlyCoverage('R.I. Gen. Laws ch. 11-49.3', {
    local_government: ['yes', 'R.I. Gen. Laws § 11-49.3-4 (H.B. 5684) requires municipal agencies to report cybersecurity incidents.'],
    state_agency: ['yes', 'R.I. Gen. Laws § 11-49.3-4 (H.B. 5684) requires state agencies to report cybersecurity incidents.'],
  }),
  encryptionSafeHarbor: null,
  riskOfHarmException: null,
  obligations: [
    obligation({
      id: 'state-police-24h',
      recipient: 'state_agency',
      recipientName: 'Rhode Island State Police',
      citation: 'R.I. Gen. Laws § 11-49.3-4 (H.B. 5684, 2023)',
      deadline: hours(24, 'discovered'),
      condition: 'A cybersecurity incident: unauthorized access that could jeopardize the confidentiality, integrity or availability of critical information or infrastructure systems (§ 11-49.3-3).',
      notes: 'Within 24 hours of detection. Recorded as a day only, the detection is read as the start of that day; give the time to the minute for an exact deadline.',
    }),
  ],
  confidence: 'medium',
  unverified: ['The subsection of § 11-49.3-4 holding the State Police report was not read; the 24 hours come from the Perkins Coie 2023 update and DataGuidance.'],
  sources: H5684_SOURCES,
};

export const rhodeIsland: Jurisdiction = {
  code: 'RI',
  name: 'Rhode Island',
  kind: 'state',
  holidays: { country: 'US', state: 'RI' },
  laws: [
    { id: 'RI-11-49', title: 'Rhode Island breach notification: R.I. Gen. Laws ch. 11-49.2, then the Identity Theft Protection Act of 2015 (ch. 11-49.3)', scope: 'residents', versions: general },
    { id: 'RI-11-49-3-AGENCY', title: 'R.I. Gen. Laws § 11-49.3-4(a)(2)(i): breach notice by state and municipal agencies', scope: 'residents', versions: [agency] },
    { id: 'RI-11-49-3-CYBER', title: 'R.I. Gen. Laws § 11-49.3-4 (H.B. 5684): cybersecurity incident report by state and municipal agencies to the State Police', scope: 'home', versions: [statePolice] },
  ],
};
