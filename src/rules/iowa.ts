// Iowa: Personal Information Security Breach Protection, Iowa Code ch. 715C (S.F. 2308, in force
// 2008-07-01). Government is a "person", so public bodies follow the same law. S.F. 2259 (2014)
// added the Attorney General notice, paper printouts and the key exception; S.F. 2177 (2018) the
// HIPAA deemer.
import type { DataElement, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, afterIndividuals, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const LE = toll('Iowa Code § 715C.2(3)');

const pi = (codes: DataElement[], citation: string): PersonalInformationDefinition => ({
  citation,
  summary: `name with SSN, driver licence or other government ID number, unique biometric data, or an account, credit or debit card number (or electronic identifier or routing code) with the ${codes.includes('card_expiration') ? 'expiration date, ' : ''}security code, access code or password needed to access the account`,
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'biometric'] },
    { all: ['name', 'account_number'], anyOf: codes },
    { all: ['name', 'card_number'], anyOf: codes },
  ],
});
const PI_2008 = pi(['card_security_code', 'access_code', 'password'], 'Iowa Code § 715C.1(11) (2008)');
const PI_2014 = pi(['card_expiration', 'card_security_code', 'access_code', 'password'], 'Iowa Code § 715C.1(11) as amended by S.F. 2259 (2014)');

const individuals = (notes: string): ObligationRule =>
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Iowa consumers',
    citation: 'Iowa Code § 715C.2(1), (5)',
    deadline: withoutDelay(
      'discovered',
      'In the most expeditious manner possible and without unreasonable delay after discovery or notice of the breach, consistent with law enforcement and with measures to find contact information, determine the scope and restore the system.',
    ),
    lawEnforcement: LE,
    requiredContent: [
      'A description of the breach of security',
      'The approximate date of the breach',
      'The type of personal information obtained',
      'Contact information for the consumer reporting agencies',
      'Advice to report suspected identity theft to local law enforcement or the Attorney General',
    ],
    letterElements: ['what_happened', 'breach_dates', 'information_involved', 'credit_bureaus', 'attorney_general'],
    notes,
  });
const vendor: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Iowa Code § 715C.2(2)',
  deadline: withoutDelay('discovered', 'Immediately following discovery of the breach.'),
  lawEnforcement: LE,
  condition: 'Binds a person that maintains or possesses the information for its owner, not the owner itself.',
});
const attorneyGeneral: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Director of the Consumer Protection Division, Office of the Iowa Attorney General',
  citation: 'Iowa Code § 715C.2(8)',
  deadline: afterIndividuals(5, 'business'),
  threshold: residents(500, 'more_than'),
  requiredContent: ['Written notice of the breach'],
  notes: 'Within 5 business days after notice of the breach is given to any consumer.',
});

const COVERAGE = coverage({
  business: ['yes', 'Iowa Code § 715C.2(1) binds any person that owns or licenses computerized personal information used in the course of business; a "person" includes corporations, partnerships and other legal or commercial entities (§ 715C.1).'],
  nonprofit: ['yes', 'Iowa Code § 715C.1: a "person" includes associations, trusts and any other legal entity.'],
  local_government: ['yes', 'Iowa Code § 715C.1: a "person" includes a government and any governmental subdivision, agency or instrumentality.'],
  state_agency: ['yes', 'Iowa Code § 715C.1: a "person" includes a government and any governmental agency or instrumentality.'],
});
const HARM = {
  exists: true,
  standard: 'No notice if, after an appropriate investigation or consultation with law enforcement, there is no reasonable likelihood of financial harm to the consumers.',
  recordToKeep: 'Written determination, kept for 5 years.',
};
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 350_000, citation: 'Iowa Code § 715C.2(4)(c)' };
const NOT_READ = 'The session laws and the code text were not read: the content list comes from the 2021 Perkins Coie chart and is taken to hold for every version, and the subsection numbers cited are inferred.';

const versions: RuleVersion[] = [
  {
    id: 'IA-2008',
    effectiveFrom: '2008-07-01',
    effectiveTo: '2014-06-30',
    citations: ['Iowa Code §§ 715C.1, 715C.2 (S.F. 2308, 2008, eff. 2008-07-01)'],
    summary: 'Iowa required anyone, government included, owning computerized personal information to notify affected consumers as expeditiously as possible, with no regulator notice.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Iowa Code § 715C.1(11) (elements encrypted, redacted or otherwise unreadable)' },
    riskOfHarmException: HARM,
    personalInformation: PI_2008,
    substituteNotice: SUBSTITUTE,
    obligations: [individuals('Covered computerized data only.'), vendor],
    confidence: 'medium',
    unverified: [NOT_READ, 'That encrypted data taken with its key was not notifiable before 2014 is inferred from S.F. 2259 adding that rule.'],
    sources: [
      { where: 'https://www.cliclaw.com/node/7991', facts: 'effective 2008-07-01; definition incl. electronic identifier and biometric data' },
      { where: 'https://www.bairdholm.com/blog/iowa-broadens-security-breach-notification-provisions/', facts: 'what S.F. 2259 added in 2014 (so absent before)' },
    ],
  },
  {
    id: 'IA-2014',
    effectiveFrom: '2014-07-01',
    effectiveTo: '2018-06-30',
    citations: ['Iowa Code §§ 715C.1, 715C.2 as amended by S.F. 2259 (signed 2014-04-03, eff. 2014-07-01)'],
    summary: 'Iowa added written notice to the Attorney General within 5 business days after notifying consumers when more than 500 Iowans are affected, and covered printouts of computerized data.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Iowa Code § 715C.1(11) as amended by S.F. 2259' },
    riskOfHarmException: HARM,
    personalInformation: PI_2014,
    substituteNotice: SUBSTITUTE,
    obligations: [individuals('Covers data in any medium, paper included, transferred from computerized form.'), attorneyGeneral, vendor],
    confidence: 'high',
    unverified: [NOT_READ],
    sources: [
      { where: 'http://www.jdsupra.com/legalnews/iowa-breach-notification-law-now-require-22061/', facts: 'S.F. 2259 signed 2014-04-03, effective 2014-07-01; AG 5 business days after consumer notice; paper; key exception; expiration date' },
      { where: 'https://www.workplaceprivacyreport.com/2014/04/articles/written-information-security-program/iowa-amends-its-breach-notification-law-attorney-general-notification-required-for-breaches-affecting-more-than-500-iowans/', facts: 'more than 500 residents' },
    ],
  },
  {
    id: 'IA-2018',
    effectiveFrom: '2018-07-01',
    effectiveTo: null,
    citations: ['Iowa Code §§ 715C.1, 715C.2 as amended by S.F. 2177 (2018)'],
    summary: 'Iowa requires notice to affected consumers as expeditiously as possible and to the Attorney General within 5 business days after that notice when more than 500 Iowans are affected.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Iowa Code § 715C.1(11)' },
    riskOfHarmException: HARM,
    personalInformation: PI_2014,
    substituteNotice: SUBSTITUTE,
    obligations: [
      individuals('Covers data in any medium transferred from computerized form. A person complying with HIPAA is deemed to comply with ch. 715C (S.F. 2177).'),
      attorneyGeneral,
      vendor,
    ],
    confidence: 'medium',
    unverified: [NOT_READ, 'The content and effective date of S.F. 2177 (2018) were not read; the HIPAA deemer and 2018-07-01 start come from the research record and a summary saying the law was amended in 2018.'],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'all elements' },
      { where: BLOOMBERG_TABLE, facts: 'AG 5 business days, government coverage' },
      { where: 'https://www.constangy.com/data-privacy-us-ia', facts: 'government covered; AG when more than 500 Iowa residents' },
    ],
  },
];

export const iowa: Jurisdiction = {
  code: 'IA',
  name: 'Iowa',
  kind: 'state',
  holidays: { country: 'US', state: 'IA' },
  laws: [{ id: 'IA-715C', title: 'Personal Information Security Breach Protection, Iowa Code ch. 715C', scope: 'residents', versions }],
};
