// Iowa: Personal Information Security Breach Protection, Iowa Code ch. 715C (S.F. 2308, in force
// 2008-07-01). Government is a "person", so public bodies follow the same law. S.F. 2259 (2014)
// added the Attorney General notice, paper printouts and the key exception; S.F. 2177 (2018) the
// HIPAA deemer.
import type { EncryptionSafeHarbor, FactCheck, Jurisdiction, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, afterIndividuals, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

// The texts read on 2026-12-08.
const LAWSERVER_2 = 'https://lawserver.com/law/state/iowa/ia-code/iowa_code_715c-2 (Iowa Code § 715C.2, opening of subsection 1)';
const WORDSBYWIT = 'https://www.wordsbywit.com/iowa (quotes § 715C.1 and § 715C.2)';
const AG_PAGE = 'https://www.iowaattorneygeneral.gov/for-consumers/security-breach-notifications';
const WPR_2014 = 'https://www.workplaceprivacyreport.com/2014/04/articles/written-information-security-program/iowa-amends-its-breach-notification-law-attorney-general-notification-required-for-breaches-affecting-more-than-500-iowans/';
const JDSUPRA_2014 = 'http://www.jdsupra.com/legalnews/iowa-breach-notification-law-now-require-22061/';
const LEGALCLARITY = 'https://legalclarity.org/iowa-data-breach-notification-law-requirements-and-penalties/';
const NOT_READ = 'The code text of §§ 715C.1 and 715C.2 could be read only in its first lines; the rest is from sites quoting it and the Attorney General\'s page.';

const LE = toll('Iowa Code § 715C.2(3)');
const EXPEDITIOUS = 'In the most expeditious manner possible and without unreasonable delay after discovery or notice of the breach, consistent with law enforcement and with measures to find contact information, determine the scope and restore the system.';

const PI_2008: PersonalInformationDefinition = {
  citation: 'Iowa Code § 715C.1(11) (2008)',
  summary: 'name with SSN, driver licence or other government ID number, unique biometric data, or an account, credit or debit card number (or electronic identifier or routing code) with the security code, access code or password needed to access the account',
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'biometric'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};
const PI_2014: PersonalInformationDefinition = {
  citation: 'Iowa Code § 715C.1(11) as amended by S.F. 2259 (2014)',
  summary: 'name with SSN, driver licence or other government ID number, unique biometric data, or an account, credit or debit card number (or electronic identifier or routing code) with the expiration date, security code, access code or password needed to access the account',
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'biometric'] },
    { all: ['name', 'account_number'], anyOf: ['card_expiration', 'card_security_code', 'access_code', 'password'] },
    { all: ['name', 'card_number'], anyOf: ['card_expiration', 'card_security_code', 'access_code', 'password'] },
  ],
};

const CONTENT = [
  'A description of the breach of security',
  'The approximate date of the breach',
  'The type of personal information obtained',
  'Contact information for the consumer reporting agencies',
  'Advice to report suspected identity theft to local law enforcement or the Attorney General',
];
const INDIVIDUALS_2008 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Iowa consumers', citation: 'Iowa Code § 715C.2(1), (5)',
  deadline: withoutDelay('discovered', EXPEDITIOUS), lawEnforcement: LE,
  requiredContent: CONTENT, letterElements: ['what_happened', 'breach_dates', 'information_involved', 'credit_bureaus', 'attorney_general'],
  notes: 'Covered computerized data only.',
});
const INDIVIDUALS_2014 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Iowa consumers', citation: 'Iowa Code § 715C.2(1), (5)',
  deadline: withoutDelay('discovered', EXPEDITIOUS), lawEnforcement: LE,
  requiredContent: CONTENT, letterElements: ['what_happened', 'breach_dates', 'information_involved', 'credit_bureaus', 'attorney_general'],
  notes: 'Covers data in any medium, paper included, transferred from computerized form.',
});
const INDIVIDUALS_2018 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Iowa consumers', citation: 'Iowa Code § 715C.2(1), (5)',
  deadline: withoutDelay('discovered', EXPEDITIOUS), lawEnforcement: LE,
  requiredContent: CONTENT, letterElements: ['what_happened', 'breach_dates', 'information_involved', 'credit_bureaus', 'attorney_general'],
  notes: 'Covers data in any medium transferred from computerized form. A person complying with HIPAA is deemed to comply with ch. 715C (S.F. 2177).',
});
const VENDOR = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Iowa Code § 715C.2(2)',
  deadline: withoutDelay('discovered', 'Immediately following discovery of the breach.'),
  lawEnforcement: LE,
  condition: 'Binds a person that maintains or possesses the information for its owner, not the owner itself.',
});
// § 715C.2(8): "within five business days after giving notice of the breach of security to any
// consumer": counted from the first resident notice, not a "whichever is sooner".
const ATTORNEY_GENERAL = obligation({
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
  nonprofit: ['yes', 'Iowa Code § 715C.1: a "person" includes associations, trusts and any other legal entity; § 715C.2(1) reaches data used in volunteer activities too.'],
  local_government: ['yes', 'Iowa Code § 715C.1: a "person" includes a government and any governmental subdivision, agency or instrumentality.'],
  state_agency: ['yes', 'Iowa Code § 715C.1: a "person" includes a government and any governmental agency or instrumentality.'],
});
const HARM = {
  exists: true,
  standard: 'No notice if, after an appropriate investigation or consultation with law enforcement, there is no reasonable likelihood of financial harm to the consumers.',
  recordToKeep: 'Written determination, kept for 5 years.',
};
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 350_000, citation: 'Iowa Code § 715C.2(4)(c)' };
const KEY_2008: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 715C.1(11) (2008): elements count unless encrypted, redacted or otherwise altered so that they are unreadable; a taken key leaves them readable',
  citation: 'Iowa Code § 715C.1(11) (elements encrypted, redacted or otherwise unreadable)',
};
const KEY_2014: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: '§ 715C.1(11) as amended by S.F. 2259: encrypted, redacted or unreadable data count if the keys to read them were also obtained through the breach',
  citation: 'Iowa Code § 715C.1(11) as amended by S.F. 2259',
};
const THRESHOLD_WORDING = 'The Attorney General\'s own page says "at least 500" Iowa residents; the law-firm notes of S.F. 2259 say "more than 500", which breachdesk follows. The code text of § 715C.2(8) was not read.';

const F_COVERAGE: FactCheck = { kind: 'secondary', where: `${LAWSERVER_2}; ${LEGALCLARITY}`, says: '§ 715C.2(1): any person owning or licensing the data used in business, vocation, occupation or volunteer activities; § 715C.1 "person" includes government and its subdivisions', checked: CHECKED, why: `Subsection 1 of § 715C.2 was read; the § 715C.1 definition of "person" only as quoted. ${NOT_READ}` };
const F_PI_2008: FactCheck = { kind: 'secondary', where: 'https://www.cliclaw.com/node/7991', says: 'name with SSN, licence or government ID, biometric data, or account or card number (or electronic identifier) with its code', checked: CHECKED, why: 'The 2008 text of S.F. 2308 was not read.' };
const F_PI_2014: FactCheck = { kind: 'secondary', where: `${AG_PAGE}; ${LEGALCLARITY}`, says: 'adds the expiration date among the codes; data on paper transferred from computerized form', checked: CHECKED, why: NOT_READ };
const F_KEY_2008: FactCheck = { kind: 'secondary', where: 'https://www.bairdholm.com/blog/iowa-broadens-security-breach-notification-provisions/', says: 'before 2014 the definition excluded data encrypted, redacted or otherwise unreadable, with no key clause', checked: CHECKED, why: 'The 2008 text was not read.' };
const F_KEY_2014: FactCheck = { kind: 'secondary', where: AG_PAGE, says: 'encrypted, redacted or unreadable information counts if the keys to read it were also obtained through the breach', checked: CHECKED, why: `The Attorney General's page paraphrases § 715C.1(11). ${NOT_READ}` };
const F_HARM: FactCheck = { kind: 'secondary', where: 'https://complianceiq.site/breach-notification/iowa', says: 'no notice if no reasonable likelihood of financial harm after investigation or consultation with law enforcement; written record kept 5 years', checked: CHECKED, why: NOT_READ };
const F_DEADLINE: FactCheck = { kind: 'secondary', where: WORDSBYWIT, says: 'consumers: most expeditious manner possible and without unreasonable delay (quoted); vendor: immediately', checked: CHECKED, why: NOT_READ };
const F_ANCHOR: FactCheck = { kind: 'primary', where: LAWSERVER_2, says: '§ 715C.2(1): following discovery of the breach, or receipt of notification under subsection 2', checked: CHECKED };
const F_ANCHOR_2014: FactCheck = { kind: 'secondary', where: `${LAWSERVER_2}; ${AG_PAGE}`, says: 'consumers: following discovery (read); AG: within 5 business days after notifying affected people', checked: CHECKED, why: `§ 715C.2(8): ${NOT_READ}` };
const F_THRESHOLD_2008: FactCheck = { kind: 'secondary', where: JDSUPRA_2014, says: 'none: before S.F. 2259 there was no Attorney General notice and no other count', checked: CHECKED, why: 'The 2008 text was not read.' };
const F_THRESHOLD: FactCheck = { kind: 'secondary', where: `${WPR_2014}; ${WORDSBYWIT}; ${AG_PAGE}`, says: 'AG: notice to more than 500 Iowa residents (law-firm notes); "at least 500" (AG page)', checked: CHECKED, why: THRESHOLD_WORDING };
const F_LE: FactCheck = { kind: 'secondary', where: WORDSBYWIT, says: '§ 715C.2(3): delay if law enforcement determines notice would impede a criminal investigation; notify after it no longer would (a pause)', checked: CHECKED, why: NOT_READ };
const F_SUBST: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'substitute notice if cost over $250,000 or more than 350,000 to notify, or no contact data', checked: CHECKED, why: NOT_READ };
const F_CONTENT: FactCheck = { kind: 'secondary', where: `${WORDSBYWIT}; ${PERKINS_CHART_2021}`, says: 'description, approximate date, type of information, credit bureau contacts, advice to report identity theft to police or the AG', checked: CHECKED, why: NOT_READ };
const F_FORBIDDEN: FactCheck = { kind: 'secondary', where: `${WORDSBYWIT}; ${PERKINS_CHART_2021}`, says: 'none: no content is forbidden', checked: CHECKED, why: NOT_READ };

const versions: RuleVersion[] = [
  {
    id: 'IA-2008',
    effectiveFrom: '2008-07-01',
    effectiveTo: '2014-06-30',
    citations: ['Iowa Code §§ 715C.1, 715C.2 (S.F. 2308, 2008, eff. 2008-07-01)'],
    summary: 'Iowa required anyone, government included, owning computerized personal information to notify affected consumers as expeditiously as possible, with no regulator notice.',
    coverage: COVERAGE,
    encryptionSafeHarbor: KEY_2008,
    riskOfHarmException: HARM,
    personalInformation: PI_2008,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2008, VENDOR],
    confidence: 'low',
    unverified: [NOT_READ, 'The content list comes from the 2021 Perkins Coie chart and is taken to hold from 2008.'],
    sources: [
      { where: 'https://www.cliclaw.com/node/7991', facts: 'effective 2008-07-01; definition incl. electronic identifier and biometric data' },
      { where: 'https://www.bairdholm.com/blog/iowa-broadens-security-breach-notification-provisions/', facts: 'what S.F. 2259 added in 2014 (so absent before)' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `https://www.cliclaw.com/node/7991; ${JDSUPRA_2014}`, says: 'in force 2008-07-01; S.F. 2259 from 2014-07-01', checked: CHECKED, why: 'Neither session law was read.' },
      coverage: F_COVERAGE,
      personal_information: F_PI_2008,
      encryption: F_KEY_2008,
      risk_of_harm: F_HARM,
      deadline: F_DEADLINE,
      anchor: F_ANCHOR,
      threshold: F_THRESHOLD_2008,
      law_enforcement: F_LE,
      substitute_notice: F_SUBST,
      required_content: F_CONTENT,
      forbidden_content: F_FORBIDDEN,
    },
  },
  {
    id: 'IA-2014',
    effectiveFrom: '2014-07-01',
    effectiveTo: '2018-06-30',
    citations: ['Iowa Code §§ 715C.1, 715C.2 as amended by S.F. 2259 (signed 2014-04-03, eff. 2014-07-01)'],
    summary: 'Iowa added written notice to the Attorney General within 5 business days after notifying consumers when more than 500 Iowans are affected, and covered printouts of computerized data.',
    coverage: COVERAGE,
    encryptionSafeHarbor: KEY_2014,
    riskOfHarmException: HARM,
    personalInformation: PI_2014,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2014, ATTORNEY_GENERAL, VENDOR],
    confidence: 'low',
    unverified: [NOT_READ, THRESHOLD_WORDING],
    sources: [
      { where: JDSUPRA_2014, facts: 'S.F. 2259 signed 2014-04-03, effective 2014-07-01; AG 5 business days after consumer notice; paper; key exception; expiration date' },
      { where: WPR_2014, facts: 'more than 500 residents' },
      { where: AG_PAGE, facts: 'notices kept since the law took effect on 2014-07-01; key rule; address' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${JDSUPRA_2014}; ${AG_PAGE}`, says: 'S.F. 2259 in force 2014-07-01 (the AG keeps notices since that date)', checked: CHECKED, why: 'S.F. 2259 was not read.' },
      coverage: F_COVERAGE,
      personal_information: F_PI_2014,
      encryption: F_KEY_2014,
      risk_of_harm: F_HARM,
      deadline: F_DEADLINE,
      anchor: F_ANCHOR_2014,
      threshold: F_THRESHOLD,
      law_enforcement: F_LE,
      substitute_notice: F_SUBST,
      required_content: F_CONTENT,
      forbidden_content: F_FORBIDDEN,
    },
  },
  {
    id: 'IA-2018',
    effectiveFrom: '2018-07-01',
    effectiveTo: null,
    citations: ['Iowa Code §§ 715C.1, 715C.2 as amended by S.F. 2177 (2018)'],
    summary: 'Iowa requires notice to affected consumers as expeditiously as possible and to the Attorney General within 5 business days after that notice when more than 500 Iowans are affected.',
    coverage: COVERAGE,
    encryptionSafeHarbor: KEY_2014,
    riskOfHarmException: HARM,
    personalInformation: PI_2014,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2018, ATTORNEY_GENERAL, VENDOR],
    confidence: 'low',
    unverified: [NOT_READ, THRESHOLD_WORDING, 'The content and effective date of S.F. 2177 (2018) were not read; the HIPAA deemer and 2018-07-01 start come from the research record and a summary saying the law was amended in 2018.'],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'all elements' },
      { where: BLOOMBERG_TABLE, facts: 'AG 5 business days, government coverage' },
      { where: 'https://www.constangy.com/data-privacy-us-ia', facts: 'government covered; AG when more than 500 Iowa residents' },
      { where: AG_PAGE, facts: 'AG notice within five business days; address' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'S.F. 2177 (2018), taken as in force 2018-07-01', checked: CHECKED, why: 'S.F. 2177 was not read.' },
      coverage: F_COVERAGE,
      personal_information: F_PI_2014,
      encryption: F_KEY_2014,
      risk_of_harm: F_HARM,
      deadline: F_DEADLINE,
      anchor: F_ANCHOR_2014,
      threshold: F_THRESHOLD,
      law_enforcement: F_LE,
      substitute_notice: F_SUBST,
      required_content: F_CONTENT,
      forbidden_content: F_FORBIDDEN,
    },
  },
];

export const iowa: Jurisdiction = {
  code: 'IA',
  name: 'Iowa',
  kind: 'state',
  holidays: { country: 'US', state: 'IA' },
  laws: [{ id: 'IA-715C', title: 'Personal Information Security Breach Protection, Iowa Code ch. 715C', scope: 'residents', versions }],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'Office of the Attorney General of Iowa, Consumer Protection Division, Security Breach Notifications',
      ways: [{ kind: 'postal', value: 'Consumer Protection Division, Security Breach Notifications, Office of the Attorney General of Iowa, 1305 E. Walnut Street, Des Moines, Iowa 50319-0106' }],
      asksFor: ['Written notice of the breach to the Director of the Consumer Protection Division (§ 715C.2(8))'],
      source: AG_PAGE,
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Office of the Iowa Attorney General, Consumer Protection Division',
    phone: '1-515-281-5926',
    website: 'www.iowaattorneygeneral.gov',
    address: '1305 E. Walnut Street, Des Moines, IA 50319',
    source: `${AG_PAGE} (address); telephone as printed in breachdesk letters until now, not re-read`,
    checked: CHECKED,
  },
};
