// Rhode Island: ch. 11-49.2 (2006-2016), then the Identity Theft Protection Act of 2015 (ch. 11-49.3,
// from 2016-07-02), amended by H.B. 5684 (2023-06-27): a 30-day clock for state and municipal agencies
// and a 24-hour cyber-incident report to the State Police. Every version is written out as data.
import type {
  ConsumerContact, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, SubmissionChannel, Verification,
} from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withIndividuals, withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';

// Texts read on 2026-12-08.
const TEXT_2006 = 'http://statutes.laws-info.com/rhode-island/title-11/chapter-11-49-2/11-49-2-3 (R.I. Gen. Laws § 11-49.2-3, verbatim copy)';
const TEXT_2016 = 'https://www.global-regulation.com/law/united-states/1004572/11-49.3-4notification-of-breach.-%25255beffective-july-2%25252c-2016.%25255d.-.html (§ 11-49.3-4 "[Effective July 2, 2016.]", verbatim copy)';
const TEXT_CURRENT = 'https://lawserver.com/law/state/rhode-island/ri-laws/rhode_island_general_laws_11-49-3-4 (current § 11-49.3-4(a), verbatim copy)';
const TEXT_DEFS = 'https://law.counselstack.com/statute/ri/11-49.3-3 (current § 11-49.3-3, verbatim copy)';
const WORDSBYWIT = 'https://www.wordsbywit.com/rhode-island (quotes § 11-49.3-4(d))';

const CODES = ['card_security_code', 'access_code', 'password'] as const;

const PI_2006: PersonalInformationDefinition = {
  citation: 'R.I. Gen. Laws § 11-49.2-5',
  summary: "a resident's name (first name or initial and last name) with an SSN, a driver's licence or Rhode Island ID card number, or an account or card number with any code or password needed to reach the financial account, where the name or the element is unencrypted",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: [...CODES] },
    { all: ['name', 'card_number'], anyOf: [...CODES] },
  ],
};
const PI_2016: PersonalInformationDefinition = {
  citation: 'R.I. Gen. Laws § 11-49.3-3 ("personal information")',
  summary:
    "a resident's name (first name or initial and last name) with an SSN; a driver's licence, state ID or tribal ID number; an account or card number with the code, password or PIN needed to reach the financial account; medical or health insurance information; or an e-mail address with the code or password for a personal, medical, insurance or financial account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'medical', 'health_insurance'] },
    { all: ['name', 'account_number'], anyOf: [...CODES] },
    { all: ['name', 'card_number'], anyOf: [...CODES] },
    { all: ['name', 'email'], anyOf: [...CODES] },
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
const LETTER_2016 = ['what_happened', 'information_involved', 'breach_dates', 'what_we_are_doing', 'credit_bureaus', 'attorney_general', 'what_you_can_do'] as const;

const SCOPE_NOTES_45 =
  'In the most expedient time possible and no later than 45 calendar days after confirming the breach and being able to ascertain what the notice must say. Record that date as "scope_identified"; without it the clock runs from discovery.';
const SCOPE_NOTES_30 =
  'In the most expedient time possible and no later than 30 calendar days after confirming the breach and being able to ascertain what the notice must say. Record that date as "scope_identified"; without it the clock runs from discovery.';
const AG_NOTES =
  'Required when more than 500 residents are to be notified, as to the timing, content and distribution of the notices; it must be made "without delaying notice" to residents, so this catalogue expects it no later than that notice.';

const INDIVIDUALS_2016: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Rhode Island residents',
  citation: 'R.I. Gen. Laws § 11-49.3-4(a)(2), (d)',
  deadline: calendarDays(45, 'scope_identified'),
  lawEnforcement: LE_2016,
  requiredContent: CONTENT_2016,
  letterElements: [...LETTER_2016],
  notes: SCOPE_NOTES_45,
});
const AG_2016: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Rhode Island Attorney General',
  citation: 'R.I. Gen. Laws § 11-49.3-4(a)(2)',
  deadline: withIndividuals,
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE_2016,
  requiredContent: ['Timing, content and distribution of the notices', 'Approximate number of affected individuals'],
  notes: AG_NOTES,
});
const CRA_2016: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Major credit reporting agencies',
  citation: 'R.I. Gen. Laws § 11-49.3-4(a)(2)',
  deadline: withIndividuals,
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE_2016,
  requiredContent: ['Timing, content and distribution of the notices', 'Approximate number of affected individuals'],
});

const INDIVIDUALS_2023: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Rhode Island residents',
  citation: 'R.I. Gen. Laws § 11-49.3-4(a)(2)(ii), (d)',
  deadline: calendarDays(45, 'scope_identified'),
  lawEnforcement: LE_2016,
  requiredContent: CONTENT_2016,
  letterElements: [...LETTER_2016],
  notes: SCOPE_NOTES_45,
});
const AG_2023: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Rhode Island Attorney General',
  citation: 'R.I. Gen. Laws § 11-49.3-4(a)(2)(ii)',
  deadline: withIndividuals,
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE_2016,
  requiredContent: ['Timing, content and distribution of the notices', 'Approximate number of affected individuals'],
  notes: AG_NOTES,
});
const CRA_2023: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Major credit reporting agencies',
  citation: 'R.I. Gen. Laws § 11-49.3-4(a)(2)(ii)',
  deadline: withIndividuals,
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE_2016,
  requiredContent: ['Timing, content and distribution of the notices', 'Approximate number of affected individuals'],
});

const INDIVIDUALS_AGENCY: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Rhode Island residents',
  citation: 'R.I. Gen. Laws § 11-49.3-4(a)(2)(i), (d)',
  deadline: calendarDays(30, 'scope_identified'),
  lawEnforcement: LE_2016,
  requiredContent: CONTENT_2016,
  letterElements: [...LETTER_2016],
  condition: 'Where affected employees are represented by a union, the agency must also notify the collective bargaining agent.',
  notes: SCOPE_NOTES_30,
});
const AG_AGENCY: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Rhode Island Attorney General',
  citation: 'R.I. Gen. Laws § 11-49.3-4(a)(2)(i)',
  deadline: withIndividuals,
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE_2016,
  requiredContent: ['Timing, content and distribution of the notices', 'Approximate number of affected individuals'],
  notes: AG_NOTES,
});
const CRA_AGENCY: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Major credit reporting agencies',
  citation: 'R.I. Gen. Laws § 11-49.3-4(a)(2)(i)',
  deadline: withIndividuals,
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE_2016,
  requiredContent: ['Timing, content and distribution of the notices', 'Approximate number of affected individuals'],
});

const GENERAL_PRIVATE = {
  business: ['yes', 'R.I. Gen. Laws § 11-49.3-4(a)(1) binds any person that stores, owns, collects, processes, maintains, acquires, uses or licenses data that includes personal information.'],
  nonprofit: ['yes', '§ 11-49.3-3 defines "person" to include any individual, partnership, association, corporation, company or other legal entity.'],
} as const;
const AGENCY_SPLIT =
  'From 2023-06-27 § 11-49.3-4(a)(2)(i) gives state and municipal agencies their own 30-day clock; breachdesk encodes it as RI-11-49-3-AGENCY.';

const SUBSTITUTE_2016 = { costOver: 25_000, recipientsOver: 50_000, citation: 'R.I. Gen. Laws § 11-49.3-3 ("notice")' };
const SAFE_HARBOR_2016: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording:
    '§ 11-49.3-3 ("encrypted"): 128-bit or stronger encryption; data "shall not be considered to be encrypted if it is acquired in combination with any key, security code, or password" that would permit access to it.',
  citation: 'R.I. Gen. Laws § 11-49.3-3 (definition of encrypted)',
};

const H5684 = 'R.I. Gen. Laws § 11-49.3-4 as amended by H.B. 5684 (2023, eff. 2023-06-27)';

// Facts shared by the ch. 11-49.3 versions.
const F_HARM_2016: FactCheck = { kind: 'primary', where: TEXT_2016, says: 'Notice of a disclosure or breach that poses a significant risk of identity theft to a resident ((a)(1)).', checked: CHECKED };
const F_LE_2016: FactCheck = { kind: 'primary', where: TEXT_2016, says: 'Notice may be delayed if a federal, state or local law enforcement agency determines it will impede a criminal investigation ((b)); read as a pause.', checked: CHECKED };
const F_SUBSTITUTE_2016: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'Substitute notice above $25,000 in cost or 50,000 persons, or without contact details.', checked: CHECKED, why: 'The substitute-notice text was not in the stored copies read.' };
const F_CONTENT_2016: FactCheck = { kind: 'secondary', where: WORDSBYWIT, says: 'Description with how it occurred and numbers, information types, breach and discovery dates, remediation services with contacts, police report and security freeze rights.', checked: CHECKED, why: 'Subsection (d) was read only as quoted by wordsbywit; the verbatim copies read stop before it.' };
const F_FORBIDDEN_2016: FactCheck = { kind: 'secondary', where: WORDSBYWIT, says: 'None: nothing is forbidden in a notice.', checked: CHECKED, why: 'Subsection (d) was read only as quoted.' };

const VERIFY_2016: Verification = {
  effective_dates: { kind: 'primary', where: TEXT_2016, says: 'The Code marks § 11-49.3-4 "[Effective July 2, 2016.]".', checked: CHECKED },
  coverage: { kind: 'primary', where: TEXT_2016, says: 'Any municipal agency, state agency or person that stores, owns, collects, processes, maintains, acquires, uses or licenses the data.', checked: CHECKED },
  personal_information: { kind: 'secondary', where: 'https://www.swlaw.com/data-breach-map/view/state/ri', says: 'Name with SSN, licence, ID or tribal ID, account or card number with code or PIN, medical or health insurance information, or e-mail with its code.', checked: CHECKED, why: 'The 2016 text of § 11-49.3-3 was not read; the current definitions of medical and health insurance information (read) match.' },
  encryption: { kind: 'secondary', where: TEXT_DEFS, says: 'Current definition: 128-bit encryption; not encrypted if acquired with its key, code or password.', checked: CHECKED, why: 'Read in the current § 11-49.3-3; the 2016 wording of the definition was not read separately.' },
  risk_of_harm: F_HARM_2016,
  deadline: { kind: 'primary', where: TEXT_2016, says: 'Most expedient time possible but no later than 45 calendar days; Attorney General and credit bureaus without delaying the resident notice.', checked: CHECKED },
  anchor: { kind: 'primary', where: TEXT_2016, says: 'After confirmation of the breach and the ability to ascertain the information subsection (d) requires.', checked: CHECKED },
  threshold: { kind: 'primary', where: TEXT_2016, says: 'Attorney General and credit bureaus when more than five hundred residents are to be notified.', checked: CHECKED },
  law_enforcement: F_LE_2016,
  substitute_notice: F_SUBSTITUTE_2016,
  required_content: F_CONTENT_2016,
  forbidden_content: F_FORBIDDEN_2016,
};

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
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'protective',
      keyWording: '§ 11-49.2-3(a): notice to residents "whose unencrypted personal information" was acquired; the section says nothing of keys.',
      citation: 'R.I. Gen. Laws § 11-49.2-3(a)',
    },
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
      'Encrypted data taken with its key: § 11-49.2-3 speaks only of "unencrypted" information and says nothing of keys, so it is literally still exempt; breachdesk reads it as owing notice, the safer course.',
    ],
    sources: [
      { where: TEXT_2006, facts: '§ 11-49.2-3 text: state agency or person; significant risk of identity theft; most expedient time; vendor immediately; law-enforcement delay; prompt following determination' },
      { where: PERKINS_CHART_2021, facts: 'old chapter effective 2006-03-01, replaced in 2016' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'Ch. 11-49.2 effective 2006-03-01; replaced by ch. 11-49.3 from 2016-07-02.', checked: CHECKED, why: 'The 2005 public law was not read.' },
      coverage: { kind: 'primary', where: TEXT_2006, says: 'Any state agency or person that owns, maintains or licenses computerized personal information.', checked: CHECKED },
      personal_information: { kind: 'none', where: 'breachdesk assumption', says: 'Encoded as the classic definition later carried into ch. 11-49.3.', checked: CHECKED, why: '§ 11-49.2-5 (definitions) was not read.' },
      encryption: { kind: 'primary', where: TEXT_2006, says: 'Notice concerns unencrypted personal information; no word on keys.', checked: CHECKED },
      risk_of_harm: { kind: 'primary', where: TEXT_2006, says: 'Only a breach that poses a significant risk of identity theft.', checked: CHECKED },
      deadline: { kind: 'primary', where: TEXT_2006, says: 'Most expedient time possible and without unreasonable delay; vendor immediately following discovery.', checked: CHECKED },
      anchor: { kind: 'primary', where: TEXT_2006, says: 'Following discovery or notification of the breach; prompt following its determination ((d)).', checked: CHECKED },
      threshold: { kind: 'primary', where: TEXT_2006, says: 'None: no number and no regulator or credit-bureau notice in § 11-49.2-3.', checked: CHECKED },
      law_enforcement: { kind: 'primary', where: TEXT_2006, says: 'Delay if law enforcement determines notice will impede a criminal investigation; notice once it will not compromise it ((c)).', checked: CHECKED },
      substitute_notice: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'Substitute notice above $25,000 or 50,000 persons (assumed as in ch. 11-49.3).', checked: CHECKED, why: '§ 11-49.2-5 was not read.' },
      required_content: { kind: 'primary', where: TEXT_2006, says: 'None: § 11-49.2-3 prescribes no content.', checked: CHECKED },
      forbidden_content: { kind: 'primary', where: TEXT_2006, says: 'None: § 11-49.2-3 forbids nothing.', checked: CHECKED },
    },
  },
  {
    id: 'RI-2016',
    effectiveFrom: '2016-07-02',
    effectiveTo: '2023-06-26',
    citations: ['R.I. Gen. Laws §§ 11-49.3-1 to 11-49.3-6 (Identity Theft Protection Act of 2015, 2015 R.I. Pub. Laws ch. 138 and 148, S. 134 / H. 5220)'],
    summary: 'Rhode Island requires notice to residents within 45 calendar days of confirming a breach, and to the Attorney General and credit bureaus when more than 500 residents are notified.',
    coverage: coverage({
      ...GENERAL_PRIVATE,
      local_government: ['yes', 'R.I. Gen. Laws § 11-49.3-4(a)(1) names municipal agencies.'],
      state_agency: ['yes', 'R.I. Gen. Laws § 11-49.3-4(a)(1) names state agencies.'],
    }),
    encryptionSafeHarbor: SAFE_HARBOR_2016,
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_2016,
    substituteNotice: SUBSTITUTE_2016,
    obligations: [INDIVIDUALS_2016, AG_2016, CRA_2016],
    confidence: 'medium',
    unverified: ['The start date: the Code marks § 11-49.3-4 "effective July 2, 2016" and the Bloomberg table agrees; the Perkins Coie chart says 2016-06-26.'],
    sources: [
      { where: TEXT_2016, facts: '§ 11-49.3-4 text "[Effective July 2, 2016.]": 45 calendar days after confirmation; AG and CRAs when more than 500; law-enforcement delay' },
      { where: AKESARI_BILL('2015 R.I. SB 134.PDF'), facts: '45 calendar days after confirmation; AG and CRAs when more than 500; takes effect one year after passage' },
      { where: TEXT_DEFS, facts: 'definitions: 128-bit encryption, not encrypted if taken with its key; health insurance and medical information' },
      { where: WORDSBYWIT, facts: 'quotation of the content list of § 11-49.3-4(d)' },
      { where: PERKINS_CHART_2021, facts: 'content, substitute notice $25,000 / 50,000' },
      { where: BLOOMBERG_TABLE, facts: 'effective 2016-07-02' },
    ],
    verification: VERIFY_2016,
  },
  {
    id: 'RI-2023',
    effectiveFrom: '2023-06-27',
    effectiveTo: null,
    citations: [H5684],
    summary: 'Rhode Island persons and businesses must notify residents within 45 calendar days of confirming a breach, and the Attorney General and credit bureaus when more than 500 are notified.',
    coverage: coverage({ ...GENERAL_PRIVATE, local_government: ['no', AGENCY_SPLIT], state_agency: ['no', AGENCY_SPLIT] }),
    encryptionSafeHarbor: SAFE_HARBOR_2016,
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_2016,
    substituteNotice: SUBSTITUTE_2016,
    obligations: [INDIVIDUALS_2023, AG_2023, CRA_2023],
    confidence: 'medium',
    unverified: ['H.B. 5684 itself was not read; its effect is read from the current § 11-49.3-4 and its date from the Perkins Coie 2023 update and DataGuidance.'],
    sources: [
      { where: TEXT_CURRENT, facts: 'current § 11-49.3-4(a)(2)(i)-(ii): agencies 30 days, others 45 days; AG and CRAs above 500' },
      { where: TEXT_DEFS, facts: 'current definitions: encrypted (key rule), cybersecurity incident, health insurance and medical information' },
      { where: 'http://www.perkinscoie.com/sc_ri', facts: 'H.B. 5684 signed and effective 2023-06-27' },
      { where: WORDSBYWIT, facts: 'quotation of the content list of § 11-49.3-4(d)' },
    ],
    verification: {
      ...VERIFY_2016,
      effective_dates: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_ri', says: 'H.B. 5684 signed into law and effective 2023-06-27.', checked: CHECKED, why: 'H.B. 5684 itself was not read.' },
      coverage: { kind: 'primary', where: TEXT_CURRENT, says: 'Persons that are not a state or municipal agency follow (a)(2)(ii); agencies have their own (a)(2)(i).', checked: CHECKED },
      encryption: { kind: 'primary', where: TEXT_DEFS, says: '128-bit or stronger; not encrypted if acquired with any key, security code or password giving access.', checked: CHECKED },
      risk_of_harm: { kind: 'primary', where: TEXT_CURRENT, says: 'A disclosure or breach that poses a significant risk of identity theft ((a)(1)).', checked: CHECKED },
      deadline: { kind: 'primary', where: TEXT_CURRENT, says: 'Persons: no later than 45 calendar days; Attorney General and credit bureaus without delaying resident notice.', checked: CHECKED },
      anchor: { kind: 'primary', where: TEXT_CURRENT, says: 'After confirmation of the breach and the ability to ascertain the information subsection (d) requires.', checked: CHECKED },
      threshold: { kind: 'primary', where: TEXT_CURRENT, says: 'More than five hundred residents to be notified (stated in (a)(2)(i) and applied to persons by the section).', checked: CHECKED },
      law_enforcement: { kind: 'primary', where: TEXT_CURRENT, says: 'Consistent with the legitimate needs of law enforcement as provided in subsection (b).', checked: CHECKED },
    },
  },
];

const AGENCY_COVERAGE = governmentOnlyCoverage('R.I. Gen. Laws § 11-49.3-4(a)(2)(ii)', {
  local_government: ['yes', 'R.I. Gen. Laws § 11-49.3-4(a)(2)(i) binds municipal agencies.'],
  state_agency: ['yes', 'R.I. Gen. Laws § 11-49.3-4(a)(2)(i) binds state agencies.'],
});
const H5684_SOURCES = [
  { where: TEXT_CURRENT, facts: '§ 11-49.3-4(a)(2)(i): agencies 30 calendar days; AG and CRAs above 500; union notice' },
  { where: 'http://www.perkinscoie.com/sc_ri', facts: 'H.B. 5684 signed and effective 2023-06-27; agencies report cybersecurity incidents to the State Police within 24 hours' },
  { where: 'https://www.dataguidance.com/news/rhode-island-act-amending-data-breach-notification-law', facts: 'in effect 2023-06-27; cybersecurity incident definition; State Police within 24 hours' },
];

const agency: RuleVersion = {
  id: 'RI-AGENCY-2023',
  effectiveFrom: '2023-06-27',
  effectiveTo: null,
  citations: [H5684],
  summary: 'Rhode Island state and municipal agencies must notify residents within 30 calendar days of confirming a breach, and the Attorney General and credit bureaus when more than 500 are notified.',
  coverage: AGENCY_COVERAGE,
  encryptionSafeHarbor: SAFE_HARBOR_2016,
  riskOfHarmException: HARM_TEST,
  personalInformation: PI_2016,
  substituteNotice: SUBSTITUTE_2016,
  obligations: [INDIVIDUALS_AGENCY, AG_AGENCY, CRA_AGENCY],
  confidence: 'medium',
  unverified: ['H.B. 5684 itself was not read; its effect is read from the current § 11-49.3-4 and its date from the Perkins Coie 2023 update and DataGuidance.'],
  sources: H5684_SOURCES,
  verification: {
    ...VERIFY_2016,
    effective_dates: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_ri', says: 'H.B. 5684 signed into law and effective 2023-06-27.', checked: CHECKED, why: 'H.B. 5684 itself was not read.' },
    coverage: { kind: 'primary', where: TEXT_CURRENT, says: 'State and municipal agencies follow (a)(2)(i).', checked: CHECKED },
    encryption: { kind: 'primary', where: TEXT_DEFS, says: '128-bit or stronger; not encrypted if acquired with any key, security code or password giving access.', checked: CHECKED },
    risk_of_harm: { kind: 'primary', where: TEXT_CURRENT, says: 'A disclosure or breach that poses a significant risk of identity theft ((a)(1)).', checked: CHECKED },
    deadline: { kind: 'primary', where: TEXT_CURRENT, says: 'No later than 30 calendar days; Attorney General and credit bureaus without delaying resident notice; union agent also told.', checked: CHECKED },
    anchor: { kind: 'primary', where: TEXT_CURRENT, says: 'After confirmation of the breach and the ability to ascertain the information subsection (d) requires.', checked: CHECKED },
    threshold: { kind: 'primary', where: TEXT_CURRENT, says: 'Attorney General and credit bureaus when more than five hundred residents are to be notified.', checked: CHECKED },
    law_enforcement: { kind: 'primary', where: TEXT_CURRENT, says: 'Consistent with the legitimate needs of law enforcement as provided in subsection (b).', checked: CHECKED },
  },
};

const WHY_24H = 'The subsection of § 11-49.3-4 holding the State Police report was not in the stored copies read; the 24 hours come from the Perkins Coie 2023 update and DataGuidance.';

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
      condition: 'A cybersecurity incident: unauthorized access that could jeopardize the confidentiality, integrity or availability of critical information systems and critical infrastructure systems (§ 11-49.3-3).',
      notes: 'Within 24 hours of detection. Recorded as a day only, the detection is read as the start of that day; give the time to the minute for an exact deadline.',
    }),
  ],
  confidence: 'low',
  unverified: [WHY_24H],
  sources: [...H5684_SOURCES, { where: TEXT_DEFS, facts: '§ 11-49.3-3: cybersecurity incident definition' }],
  verification: {
    effective_dates: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_ri', says: 'H.B. 5684 signed into law and effective 2023-06-27.', checked: CHECKED, why: 'H.B. 5684 itself was not read.' },
    coverage: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_ri', says: 'State and municipal agencies report cybersecurity incidents.', checked: CHECKED, why: WHY_24H },
    personal_information: { kind: 'primary', where: TEXT_DEFS, says: 'None: the report turns on a cybersecurity incident (unauthorized access endangering critical systems), not on data elements.', checked: CHECKED },
    encryption: { kind: 'secondary', where: 'https://www.dataguidance.com/news/rhode-island-act-amending-data-breach-notification-law', says: 'None: no encryption exception for the incident report.', checked: CHECKED, why: WHY_24H },
    risk_of_harm: { kind: 'primary', where: TEXT_DEFS, says: 'None beyond the incident definition.', checked: CHECKED },
    deadline: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_ri', says: 'Within 24 hours.', checked: CHECKED, why: WHY_24H },
    anchor: { kind: 'secondary', where: 'https://www.dataguidance.com/news/rhode-island-act-amending-data-breach-notification-law', says: 'Detection of the incident.', checked: CHECKED, why: WHY_24H },
    threshold: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_ri', says: 'None: every cybersecurity incident.', checked: CHECKED, why: WHY_24H },
    law_enforcement: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_ri', says: 'None: the report goes to the police itself.', checked: CHECKED, why: WHY_24H },
    substitute_notice: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_ri', says: 'None: a report, not a notice to people.', checked: CHECKED, why: WHY_24H },
    required_content: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_ri', says: 'None listed.', checked: CHECKED, why: WHY_24H },
    forbidden_content: { kind: 'secondary', where: 'http://www.perkinscoie.com/sc_ri', says: 'None: nothing is forbidden in the report or notice.', checked: CHECKED, why: WHY_24H },
  },
};

const AG_CHANNEL: SubmissionChannel = {
  recipient: 'attorney_general',
  name: 'Rhode Island Office of the Attorney General, Consumer Protection Unit',
  ways: [{ kind: 'postal', value: 'Rhode Island Office of the Attorney General, Consumer Protection Unit, 150 South Main Street, Providence, RI 02903' }],
  asksFor: ['The timing, content and distribution of the notices', 'The approximate number of affected individuals'],
  source: 'R.I. Gen. Laws § 11-49.3-4(a)(2) (what is asked); the postal address as printed in breachdesk letters and on riag.ri.gov. No breach-report form was found in the stored copies on the date checked.',
  checked: CHECKED,
};
const STATE_POLICE_CHANNEL: SubmissionChannel = {
  recipient: 'state_agency',
  obligations: ['state-police-24h'],
  name: 'Rhode Island State Police',
  ways: [{ kind: 'postal', value: 'Rhode Island State Police Headquarters, 311 Danielson Pike, North Scituate, RI 02857' }],
  asksFor: ['Report of the cybersecurity incident (the statute lists no content)'],
  source: 'R.I. Gen. Laws § 11-49.3-4 as amended by H.B. 5684 (per Perkins Coie and DataGuidance); the headquarters address is the State Police\'s published address, not re-read in a stored copy on the date checked, and no incident-report line was found',
  checked: CHECKED,
};

const CONTACT: ConsumerContact = {
  name: 'Rhode Island Office of the Attorney General',
  phone: '1-401-274-4400',
  website: 'www.riag.ri.gov',
  address: '150 South Main Street, Providence, RI 02903',
  source: 'The values breachdesk letters printed before issue 17; § 11-49.3-4(d)(5) requires the Attorney General\'s contact in resident letters',
  checked: CHECKED,
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
  channels: [AG_CHANNEL, NATIONWIDE_CRAS, STATE_POLICE_CHANNEL],
  consumerContact: CONTACT,
};
