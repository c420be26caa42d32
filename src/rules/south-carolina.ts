// South Carolina: Act 190 of 2008 enacted two parallel sections in force from 2009-07-01, S.C. Code
// § 39-1-90 (breach of business data, reaching "persons" including governmental subdivisions) and
// § 1-11-490 (breach of state agency data). Neither sets a number of days.
import type { FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const CLICLAW_39_1_90 = 'https://cliclaw.com/library/state-laws/state-security-breach-laws/south-carolina-breach-security-business-data';
const SCDCA_BREACHES = 'https://consumer.sc.gov/identity-theft-unit/security-breaches';

const PI_SUMMARY =
  "a resident's name (first name or initial and last name) linked to an SSN; a driver's licence or state ID number; a financial account or card number with any code or password that reaches the account; other numbers or information that can be used to access financial accounts; or numbers or information issued by a governmental or regulatory entity that uniquely identify the person, where the elements are neither encrypted nor redacted";
const PI_COMBINATIONS: PersonalInformationDefinition['combinations'] = [
  { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id'] },
  { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
];
const PI_BUSINESS: PersonalInformationDefinition = { citation: 'S.C. Code § 39-1-90(D)', summary: PI_SUMMARY, combinations: PI_COMBINATIONS };
const PI_AGENCY: PersonalInformationDefinition = { citation: 'S.C. Code § 1-11-490(D)', summary: PI_SUMMARY, combinations: PI_COMBINATIONS };

const HARM_TEST = {
  exists: true,
  standard: 'Notice is owed only when illegal use of the information has occurred or is reasonably likely, or its use creates a material risk of harm to the resident.',
  recordToKeep: null,
};
const KEY_WORDING_BUSINESS =
  '§ 39-1-90(A), (D): only information "not rendered unusable through encryption, redaction, or other methods" counts, and the elements must be neither encrypted nor redacted; nothing on keys, but encrypted data whose key is taken is no longer unusable.';
const KEY_WORDING_AGENCY =
  '§ 1-11-490 (taken to mirror § 39-1-90): information "not rendered unusable through encryption, redaction, or other methods"; nothing on keys.';

const OVER_THOUSAND = 'Without unreasonable delay when notice is given to more than 1,000 persons at one time.';
const LE_BUSINESS = toll('S.C. Code § 39-1-90(C)');
const LE_AGENCY = toll('S.C. Code § 1-11-490(C)');
const EXPEDIENT =
  'In the most expedient time possible and without unreasonable delay after discovering or being told of the breach, allowing for law enforcement and for measures to determine the scope and restore the system.';

const BUSINESS_OBLIGATIONS: ObligationRule[] = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected South Carolina residents',
    citation: 'S.C. Code § 39-1-90(A)',
    deadline: withoutDelay('discovered', EXPEDIENT),
    lawEnforcement: LE_BUSINESS,
    notes: 'The statute prescribes no letter content; the Department of Consumer Affairs asks that letters give its contact details. Paper and other non-computerized records are covered ("computerized data or other data").',
  }),
  obligation({
    id: 'department-of-consumer-affairs',
    recipient: 'regulator',
    recipientName: 'Consumer Protection Division, South Carolina Department of Consumer Affairs',
    citation: 'S.C. Code § 39-1-90(K)',
    deadline: withoutDelay('discovered', OVER_THOUSAND),
    threshold: residents(1000, 'more_than'),
    lawEnforcement: LE_BUSINESS,
    requiredContent: ['Timing, distribution and content of the notice to residents'],
    notes: 'The Department takes reports by mail or e-mail and asks for the dates, the method, the number of South Carolinians and a copy of the letter. The statute counts persons notified at one time.',
  }),
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Nationwide consumer reporting agencies',
    citation: 'S.C. Code § 39-1-90(K)',
    deadline: withoutDelay('discovered', OVER_THOUSAND),
    threshold: residents(1000, 'more_than'),
    lawEnforcement: LE_BUSINESS,
    requiredContent: ['Timing, distribution and content of the notice to residents'],
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'S.C. Code § 39-1-90(B)',
    deadline: withoutDelay('discovered', 'Immediately following discovery.'),
    lawEnforcement: LE_BUSINESS,
    condition: 'This duty binds whoever maintains the data for its owner or licensee, not the owner itself.',
  }),
];

const AGENCY_OBLIGATIONS: ObligationRule[] = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected South Carolina residents',
    citation: 'S.C. Code § 1-11-490(A)',
    deadline: withoutDelay('discovered', EXPEDIENT),
    lawEnforcement: LE_AGENCY,
    notes: 'The statute prescribes no letter content; the Department of Consumer Affairs asks that letters give its contact details. Paper and other non-computerized records are covered ("computerized data or other data").',
  }),
  obligation({
    id: 'department-of-consumer-affairs',
    recipient: 'regulator',
    recipientName: 'Consumer Protection Division, South Carolina Department of Consumer Affairs',
    citation: 'S.C. Code § 1-11-490(K)',
    deadline: withoutDelay('discovered', OVER_THOUSAND),
    threshold: residents(1000, 'more_than'),
    lawEnforcement: LE_AGENCY,
    requiredContent: ['Timing, distribution and content of the notice to residents'],
    notes: 'The Department takes reports by mail or e-mail. The statute is taken to count persons notified at one time, as § 39-1-90(K) does.',
  }),
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Nationwide consumer reporting agencies',
    citation: 'S.C. Code § 1-11-490(K)',
    deadline: withoutDelay('discovered', OVER_THOUSAND),
    threshold: residents(1000, 'more_than'),
    lawEnforcement: LE_AGENCY,
    requiredContent: ['Timing, distribution and content of the notice to residents'],
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'S.C. Code § 1-11-490(B)',
    deadline: withoutDelay('discovered', 'Immediately following discovery.'),
    lawEnforcement: LE_AGENCY,
    condition: 'This duty binds whoever maintains the data for its owner or licensee, not the owner itself.',
  }),
];

const STORED_WHY = 'The stored copy of § 39-1-90 (CLIClaw) ends in subsection (C); later subsections were read only in summaries.';
const SC_FORBIDDEN: FactCheck = {
  kind: 'secondary',
  where: PERKINS_CHART_2021,
  says: 'none: no summary lists content a South Carolina notice must not contain',
  checked: CHECKED,
  why: STORED_WHY,
};

const SC_2009_VERIFICATION = {
  effective_dates: {
    kind: 'secondary',
    where: 'https://perkinscoie.com/insights/publication/security-breach-notification-chart-south-carolina',
    says: 'S.B. 453 (Act 190 of 2008) signed 2008-04-02, effective 2009-07-01; H.B. 3248 effective 2013-04-23',
    checked: CHECKED,
    why: 'Act 190 of 2008 and the 2013 act were not read; the dates rest on the Perkins chart and the CLIClaw summary.',
  },
  coverage: {
    kind: 'secondary',
    where: 'https://perkinscoie.com/insights/publication/security-breach-notification-chart-south-carolina',
    says: 'a person conducting business in South Carolina (read in § 39-1-90(A)); "person" includes a government or governmental subdivision or agency (Perkins)',
    checked: CHECKED,
    why: 'The definition of "person" was beyond the stored part of the statute.',
  },
  personal_information: {
    kind: 'secondary',
    where: 'https://lewisbrisbois.com/privacy/US/South%20Carolina/data-breach',
    says: 'name with SSN, licence or state ID, account or card number with its code, other financial-access numbers, or government-issued unique identifiers, unencrypted and unredacted',
    checked: CHECKED,
    why: STORED_WHY,
  },
  encryption: { kind: 'primary', where: CLICLAW_39_1_90, says: KEY_WORDING_BUSINESS, checked: CHECKED },
  risk_of_harm: { kind: 'primary', where: CLICLAW_39_1_90, says: '§ 39-1-90(A): notice when illegal use has occurred or is reasonably likely, or use creates a material risk of harm to the resident', checked: CHECKED },
  deadline: {
    kind: 'secondary',
    where: CLICLAW_39_1_90,
    says: '§ 39-1-90(A)-(B) (read): residents in the most expedient time possible and without unreasonable delay; vendor immediately. (K) Department and bureaus without unreasonable delay (summaries)',
    checked: CHECKED,
    why: STORED_WHY,
  },
  anchor: { kind: 'primary', where: CLICLAW_39_1_90, says: '"following discovery or notification of the breach"; the vendor "immediately following discovery"', checked: CHECKED },
  threshold: {
    kind: 'secondary',
    where: 'https://www.csrps.com/privacy-regulations/south-carolina/',
    says: 'Department and bureaus when notice goes to more than 1,000 persons at one time; the Department\'s own page says 1,000 or more residents',
    checked: CHECKED,
    why: `${STORED_WHY} The Department's page and the summaries disagree on "more than" and "or more".`,
  },
  law_enforcement: {
    kind: 'secondary',
    where: CLICLAW_39_1_90,
    says: '§ 39-1-90(A) makes notice consistent with law enforcement "as provided in subsection (C)"; (C) allows delay while notice would impede a criminal investigation',
    checked: CHECKED,
    why: 'Subsection (C) was cut off in the stored copy.',
  },
  substitute_notice: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'cost over $250,000, more than 500,000 persons, or insufficient contact information', checked: CHECKED, why: STORED_WHY },
  required_content: {
    kind: 'secondary',
    where: SCDCA_BREACHES,
    says: 'none for the letter in the statute; the Department asks for dates, method, number notified, a copy of the letter and preventive action',
    checked: CHECKED,
    why: STORED_WHY,
  },
  forbidden_content: SC_FORBIDDEN,
} satisfies RuleVersion['verification'];

const AGENCY_WHY = 'The text of § 1-11-490 was not found; its duties are taken to mirror § 39-1-90, enacted by the same Act.';
const SC_AGENCY_VERIFICATION = {
  effective_dates: { kind: 'secondary', where: 'https://scstatehouse.gov/sess120_2013-2014/prever/1086_20140416.htm', says: '§ 1-11-490 "as added by Act 190 of 2008"; in force with § 39-1-90 from 2009-07-01', checked: CHECKED, why: AGENCY_WHY },
  coverage: { kind: 'secondary', where: 'https://www.constangy.com/data-privacy-us-sc', says: 'breaches of state agency data; covered entities include state agencies', checked: CHECKED, why: AGENCY_WHY },
  personal_information: { kind: 'secondary', where: CLICLAW_39_1_90, says: 'as in § 39-1-90(D)', checked: CHECKED, why: AGENCY_WHY },
  encryption: { kind: 'secondary', where: CLICLAW_39_1_90, says: KEY_WORDING_AGENCY, checked: CHECKED, why: AGENCY_WHY },
  risk_of_harm: { kind: 'secondary', where: CLICLAW_39_1_90, says: 'as in § 39-1-90(A): illegal use occurred or reasonably likely, or material risk of harm', checked: CHECKED, why: AGENCY_WHY },
  deadline: { kind: 'secondary', where: CLICLAW_39_1_90, says: 'most expedient time possible and without unreasonable delay; vendor immediately', checked: CHECKED, why: AGENCY_WHY },
  anchor: { kind: 'secondary', where: CLICLAW_39_1_90, says: 'following discovery or notification of the breach', checked: CHECKED, why: AGENCY_WHY },
  threshold: { kind: 'secondary', where: 'https://www.csrps.com/privacy-regulations/south-carolina/', says: 'Department and bureaus above 1,000 persons at one time', checked: CHECKED, why: AGENCY_WHY },
  law_enforcement: { kind: 'secondary', where: CLICLAW_39_1_90, says: 'delay while notice would impede a criminal investigation', checked: CHECKED, why: AGENCY_WHY },
  substitute_notice: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'cost over $250,000, more than 500,000 persons, or insufficient contact information', checked: CHECKED, why: AGENCY_WHY },
  required_content: { kind: 'secondary', where: SCDCA_BREACHES, says: 'none for the letter; the Department asks for the same report as from businesses', checked: CHECKED, why: AGENCY_WHY },
  forbidden_content: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'none known', checked: CHECKED, why: AGENCY_WHY },
} satisfies RuleVersion['verification'];

const business: RuleVersion[] = [
  {
    id: 'SC-2009',
    effectiveFrom: '2009-07-01',
    effectiveTo: null,
    citations: ['S.C. Code § 39-1-90 (Act 190 of 2008, S.B. 453; amended by Act 15 of 2013, H. 3248, eff. 2013-04-23)'],
    summary:
      'South Carolina requires notice to affected residents in the most expedient time possible, and to the Department of Consumer Affairs and the credit bureaus when more than 1,000 persons are notified at once.',
    coverage: coverage({
      business: ['yes', 'S.C. Code § 39-1-90(A) binds a person conducting business in South Carolina that owns or licenses data including personal identifying information.'],
      nonprofit: ['yes', '"Person" (§ 39-1-90(D), by reference to § 37-20-110(10)) includes associations, trusts, cooperatives and other organizations.'],
      local_government: ['yes', '"Person" (§ 37-20-110(10), applied by § 39-1-90) includes a government or governmental subdivision or agency.'],
      state_agency: ['no', 'Breaches of state agency data are governed by the parallel S.C. Code § 1-11-490 (same Act 190 of 2008), encoded separately with the same duties.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: true, keyReading: 'implied', keyWording: KEY_WORDING_BUSINESS, citation: 'S.C. Code § 39-1-90(A), (D)' },
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_BUSINESS,
    substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'S.C. Code § 39-1-90(E)' },
    obligations: BUSINESS_OBLIGATIONS,
    confidence: 'low',
    unverified: [
      'What Act 15 of 2013 changed in § 39-1-90 was not read; sources show no change to timing or thresholds, so one version is kept.',
      'Whether "person" reaches local governments rests on the Perkins Coie reading of § 37-20-110(10).',
      'The Department of Consumer Affairs notice is encoded with the same "more than 1,000 persons at one time" trigger as the credit-bureau notice; the Department\'s own page says "1,000 or more South Carolina residents at one time", and subsection (K) itself was not read.',
    ],
    sources: [
      { where: CLICLAW_39_1_90, facts: '§ 39-1-90(A)-(B) text: most expedient time; harm trigger; encryption wording; vendor immediately' },
      { where: AKESARI_BILL('S.C. Code Ann. _ 39-1-90.PDF'), facts: 'statute text current through 2022 Act 148; history (not readable here)' },
      { where: 'https://perkinscoie.com/insights/publication/security-breach-notification-chart-south-carolina', facts: 'S.B. 453 eff. 2009-07-01; H.B. 3248 eff. 2013-04-23; application includes governments; CRA and Department notices over 1,000' },
      { where: SCDCA_BREACHES, facts: 'Department notice at 1,000 or more residents at one time; what to send; where to send it; letters should give the Department\'s contact' },
      { where: PERKINS_CHART_2021, facts: 'substitute notice $250,000 / 500,000' },
      { where: BLOOMBERG_TABLE, facts: 'cross-check; insurance licensees 72 hours (not encoded)' },
    ],
    verification: SC_2009_VERIFICATION,
  },
];

const agency: RuleVersion[] = [
  {
    id: 'SC-AGENCY-2009',
    effectiveFrom: '2009-07-01',
    effectiveTo: null,
    citations: ['S.C. Code § 1-11-490 (added by Act 190 of 2008)'],
    summary:
      'South Carolina state agencies must notify affected residents in the most expedient time possible, and the Department of Consumer Affairs and the credit bureaus when more than 1,000 persons are notified at once.',
    coverage: governmentOnlyCoverage('S.C. Code § 39-1-90', {
      local_government: ['no', '§ 1-11-490 concerns state agency data; local governments fall under § 39-1-90.'],
      state_agency: ['yes', 'S.C. Code § 1-11-490 governs breaches of the security of state agency data.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: true, keyReading: 'implied', keyWording: KEY_WORDING_AGENCY, citation: 'S.C. Code § 1-11-490(D)' },
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_AGENCY,
    substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'S.C. Code § 1-11-490(E)' },
    obligations: AGENCY_OBLIGATIONS,
    confidence: 'low',
    unverified: [
      'The text of § 1-11-490 was not read; its duties, subsections and 2009-07-01 start are taken to mirror § 39-1-90, which the same Act enacted and which a 2014 bill proposed to amend in the same way.',
    ],
    sources: [
      { where: 'https://scstatehouse.gov/sess120_2013-2014/prever/1086_20140416.htm', facts: 'S. 1086 (2014, a proposal): § 1-11-490 "as added by Act 190 of 2008" concerns notice of a breach of state agency data' },
      { where: 'https://www.constangy.com/data-privacy-us-sc', facts: 'covered entities include state agencies; citations § 39-1-90 and § 1-11-490' },
    ],
    verification: SC_AGENCY_VERIFICATION,
  },
];

export const southCarolina: Jurisdiction = {
  code: 'SC',
  name: 'South Carolina',
  kind: 'state',
  holidays: { country: 'US', state: 'SC' },
  laws: [
    { id: 'SC-39-1-90', title: 'S.C. Code § 39-1-90: breach of security of business data', scope: 'residents', versions: business },
    { id: 'SC-1-11-490', title: 'S.C. Code § 1-11-490: breach of security of state agency data', scope: 'residents', versions: agency },
  ],
  channels: [
    {
      recipient: 'regulator',
      name: 'South Carolina Department of Consumer Affairs, Legal Division',
      ways: [
        { kind: 'email', value: 'scdca@scconsumer.gov' },
        { kind: 'postal', value: 'South Carolina Department of Consumer Affairs, Legal Division, P.O. Box 5757, Columbia, SC 29250' },
      ],
      asksFor: [
        'Date of the breach',
        'Date the business became aware of it',
        'Date notice was or will be sent to consumers',
        'Method of consumer notification',
        'Number of affected South Carolina consumers',
        'A copy of the consumer notice',
        'Action taken to avoid future breaches',
      ],
      source: SCDCA_BREACHES,
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'South Carolina Department of Consumer Affairs, Identity Theft Unit',
    phone: '1-800-922-1594',
    website: 'consumer.sc.gov',
    address: 'P.O. Box 5757, Columbia, SC 29250',
    source: 'consumer.sc.gov (the Department asks breach letters to give its contact details; toll-free number and mailing address as it publishes them)',
    checked: CHECKED,
  },
};
