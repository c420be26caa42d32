// Maryland: the Personal Information Protection Act for businesses (Com. Law §§ 14-3501 to
// 14-3508), the separate duty of State and local government units (State Gov't § 10-1305), and the
// cybersecurity-incident reports of government bodies to State offices (State Fin. & Proc. Title 3.5).
// The Attorney General must have the notice BEFORE residents are told (§ 14-3504(h), § 10-1305(h)).
import type { FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { DATA_ELEMENTS } from './types.js';
import {
  BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, beforeIndividuals, calendarDays, coverage, governmentOnlyCoverage, obligation, residents, restart, toll, withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';
const MGALEG_3504 = 'https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gcl&section=14-3504';
const MGALEG_3501 = 'https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gcl&section=14-3501';
const COPY = 'current text read in a verbatim copy of the mgaleg.maryland.gov statute text (github Ansvar-Systems/US-law-mcp data/seed/states/md.json, commit 45d63a81)';
const PRE_2018_TEXT = 'http://statutes.laws-info.com/maryland/commercial-law/title-14/subtitle-35/14-3504 (pre-2018 text of § 14-3504, verbatim)';
const LEXACE_3504 = 'https://lexace.ai/us/statute/maryland/CL-14-3504 (current text, verbatim)';
const NO_SESSION_LAW_2017 = 'The chaptered H.B. 974 (2017) text could not be read (the Akesari copy is a PDF the search tool cannot open); the 2018-2022 wording rests on summaries.';
const NO_SESSION_LAW_2019 = 'The chaptered H.B. 1154 (2019) text was not read; the change is known from summaries and from the current text, which still carries it.';

const CODE = ['card_security_code', 'access_code', 'password'] as const;
const FINANCIAL = [
  { all: ['name', 'card_number'], anyOf: [...CODE] },
  { all: ['name', 'account_number'], anyOf: [...CODE] },
] satisfies PersonalInformationDefinition['combinations'];
const EMAIL_LOGIN = [
  { all: ['username'], anyOf: ['password', 'security_question'] },
  { all: ['email'], anyOf: ['password', 'security_question'] },
] satisfies PersonalInformationDefinition['combinations'];
const IDS_2018 = ['ssn', 'tax_id', 'passport', 'military_id', 'drivers_license', 'state_id', 'medical', 'health_insurance', 'biometric'] as const;

const PI_2008: PersonalInformationDefinition = {
  citation: 'Md. Code, Com. Law § 14-3501(d) (2007 text)',
  summary: "a first name or initial and last name with an SSN, a driver's licence number, an individual taxpayer ID number, or an account or card number with the code or password that opens the account",
  combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'tax_id'] }, ...FINANCIAL],
};
const PI_2018_SUMMARY =
  "a name with an SSN, ITIN, passport or other federal ID number, a driver's licence or state ID, an account or card number with its access code, health information, a health insurance policy or subscriber number with the insurer's identifier, or biometric data; or a username or e-mail address with the password or security question and answer of an e-mail account";
const PI_2018: PersonalInformationDefinition = {
  citation: 'Md. Code, Com. Law § 14-3501(e) as amended by H.B. 974 (2017)',
  summary: PI_2018_SUMMARY,
  combinations: [{ all: ['name'], anyOf: [...IDS_2018] }, ...FINANCIAL, ...EMAIL_LOGIN],
};
const PI_2022: PersonalInformationDefinition = {
  citation: 'Md. Code, Com. Law § 14-3501(e)(1) as amended by H.B. 962 (2022)',
  summary: `${PI_2018_SUMMARY}; and, from 2022-10-01, a name with genetic information (§ 14-3501(e)(1)(i)7)`,
  combinations: [{ all: ['name'], anyOf: [...IDS_2018, 'genetic'] }, ...FINANCIAL, ...EMAIL_LOGIN],
};

const BUSINESS = coverage({
  business: ['yes', 'Com. Law § 14-3504(b): a business that owns, licenses or maintains computerized personal information of a Maryland resident.'],
  nonprofit: ['yes', 'Com. Law § 14-3501(b): "business" includes any business entity whether or not organised to operate at a profit.'],
  local_government: ['no', 'Com. Law § 14-3504 binds businesses; counties, municipalities and other units follow State Gov\'t § 10-1305.'],
  state_agency: ['no', 'Com. Law § 14-3504 binds businesses; State units follow State Gov\'t § 10-1305.'],
});
const SAFE_HARBOR = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 14-3501(e)(1)(i): the elements count unless "encrypted, redacted, or otherwise protected by another method that renders the information unreadable or unusable"; § 14-3501(c): "encrypted" means indecipherable without the associated cryptographic key.',
  citation: 'Md. Code, Com. Law § 14-3501(c), (e)(1)(i) (data encrypted, redacted or otherwise made unreadable or unusable)',
} as const;
const SAFE_HARBOR_2008 = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 14-3501(d) (2007 text): the elements count unless "encrypted, redacted, or otherwise protected by another method that renders the information unreadable or unusable".',
  citation: 'Md. Code, Com. Law § 14-3501(d) (2007 text)',
} as const;
const CONTENT = [
  'To the extent possible, the categories of information acquired, including which personal-information elements',
  "The business's contact information: address, telephone number and toll-free number if it has one",
  'Toll-free numbers and addresses of the major consumer reporting agencies',
  'Toll-free numbers, addresses and websites of the FTC and the Maryland Attorney General, with a statement that they can advise on avoiding identity theft',
];
const UNIT_CONTENT = [
  'To the extent possible, the categories of information acquired, including which personal-information elements',
  "The unit's contact information: address, telephone number and toll-free number if it has one",
  'Toll-free numbers and addresses of the major consumer reporting agencies',
  'Toll-free numbers, addresses and websites of the FTC and the Maryland Attorney General, with a statement that they can advise on avoiding identity theft',
];
const LETTER: ObligationRule['letterElements'] = ['information_involved', 'contact', 'credit_bureaus', 'ftc', 'attorney_general'];
const EXEMPT = 'Businesses complying with their primary regulator\'s rules, GLBA/Interagency Guidance or HIPAA are deemed compliant (§ 14-3507).';
const MISUSE_RECORD = 'Records of the determination that notice is not required, kept for 3 years after it is made (§ 14-3504(b)(4)).';
const AG_NAME = 'Office of the Maryland Attorney General';
const AG_NOTE = 'Due BEFORE the notice to individuals ("prior to giving the notification", § 14-3504(h)(1)): send it ahead of the letters, for any number of residents.';

const LE_2008 = toll('Md. Code, Com. Law § 14-3504(d) (2007 text)');
const LE_2018 = restart(30, 'calendar', 'Md. Code, Com. Law § 14-3504(d)(2) (as amended by H.B. 974)');
const LE_2022 = restart(7, 'calendar', 'Md. Code, Com. Law § 14-3504(d)(2)');

const CRA = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: 'Md. Code, Com. Law § 14-3506',
  deadline: withoutDelay('discovered', 'without unreasonable delay'),
  threshold: residents(1000, 'at_least'),
  requiredContent: ['Timing, distribution and content of the notices to individuals'],
  notes: 'When notice must go to 1,000 or more individuals; the names of those notified need not be given (§ 14-3506(b)).',
});

const IND_2008 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Maryland residents',
  citation: 'Md. Code, Com. Law § 14-3504(b), (g) (2007 text)',
  deadline: withoutDelay('determined', 'as soon as reasonably practicable after the business conducts the investigation'),
  lawEnforcement: LE_2008,
  requiredContent: CONTENT,
  letterElements: LETTER,
  condition: EXEMPT,
  notes: 'Record the end of the investigation as the "determined" event.',
});
const AG_2008 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: AG_NAME,
  citation: 'Md. Code, Com. Law § 14-3504(h) (2007 text)',
  deadline: beforeIndividuals,
  lawEnforcement: LE_2008,
  notes: AG_NOTE,
});
const VENDOR_2008 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Md. Code, Com. Law § 14-3504(c) (2007 text)',
  deadline: withoutDelay('discovered', 'as soon as practicable following discovery'),
  lawEnforcement: LE_2008,
  condition: 'Binds the business that maintains data it does not own or license (the vendor), not the owner.',
});

const IND_2018 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Maryland residents',
  citation: 'Md. Code, Com. Law § 14-3504(b), (g) (as amended by H.B. 974)',
  deadline: calendarDays(45, 'determined'),
  lawEnforcement: LE_2018,
  requiredContent: CONTENT,
  letterElements: LETTER,
  condition: EXEMPT,
  notes: 'As soon as reasonably practicable and within 45 days after the business concludes its investigation (record that as the "determined" event). After a law-enforcement delay: within 30 days of clearance.',
});
const AG_2018 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: AG_NAME,
  citation: 'Md. Code, Com. Law § 14-3504(h) (as amended by H.B. 974)',
  deadline: beforeIndividuals,
  lawEnforcement: LE_2018,
  notes: AG_NOTE,
});
const VENDOR_2018 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Md. Code, Com. Law § 14-3504(c) (as amended by H.B. 974)',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE_2018,
  condition: 'Binds the business that maintains data it does not own or license (the vendor), not the owner.',
});
const VENDOR_2019 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Md. Code, Com. Law § 14-3504(b)(1), (c) (as amended by H.B. 1154, 2019)',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE_2018,
  condition: 'Binds the business that maintains data it does not own or license (the vendor), not the owner.',
  notes: 'From 2019-10-01 the vendor must also investigate the likelihood of misuse (§ 14-3504(b)(1)), may not charge the owner for the information needed to notify, and the owner may use that information only for notice and security (§ 14-3504(c)(4)).',
});

const IND_2022 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Maryland residents',
  citation: 'Md. Code, Com. Law § 14-3504(b), (g)',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE_2022,
  requiredContent: CONTENT,
  letterElements: LETTER,
  condition: EXEMPT,
  notes: 'As soon as reasonably practicable and within 45 days after discovering or being told of the breach (§ 14-3504(b)(3)). After a law-enforcement delay: by the end of the 45 days, or within 7 days of clearance if the 45 days have passed (§ 14-3504(d)(2)(i)). Substitute notice (e-mail, website, media where the affected live) only without sufficient contact information. A breach of e-mail credentials alone may be notified by directing the person to change them (§ 14-3504(i)).',
});
const AG_2022 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: AG_NAME,
  citation: 'Md. Code, Com. Law § 14-3504(h)',
  deadline: beforeIndividuals,
  lawEnforcement: LE_2022,
  requiredContent: [
    'Number of affected Maryland residents',
    'Description of the breach, including when and how it occurred',
    'Steps taken or planned in response',
    'Form of the notice to individuals and a sample notice',
  ],
  notes: AG_NOTE,
});
const VENDOR_2022 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Md. Code, Com. Law § 14-3504(c)',
  deadline: calendarDays(10, 'discovered'),
  lawEnforcement: LE_2022,
  condition: 'Binds the business that maintains data it does not own or license (the vendor), not the owner.',
  notes: 'As soon as practicable and within 10 days of discovery (§ 14-3504(c)(2)); after a law-enforcement delay, within 7 days of clearance (§ 14-3504(d)(2)(ii)). The vendor shares what it knows and may not charge for it (§ 14-3504(c)(3)-(4)).',
});

// Facts read in the current text that no version changed.
const FORBIDDEN_NONE: FactCheck = {
  kind: 'primary',
  where: `${MGALEG_3504} (${COPY})`,
  says: 'none: § 14-3504 requires content but forbids nothing in a notice',
  checked: CHECKED,
};
const COVERAGE_FACT: FactCheck = {
  kind: 'primary',
  where: `${MGALEG_3501}; ${MGALEG_3504} (${COPY})`,
  says: '§ 14-3501(b): "business" includes entities not organised for profit and financial institutions; § 14-3504(b) binds businesses; government units are not businesses',
  checked: CHECKED,
};

const com: RuleVersion[] = [
  {
    id: 'MD-2008',
    effectiveFrom: '2008-01-01',
    effectiveTo: '2017-12-31',
    citations: ['Md. Code, Com. Law §§ 14-3501 to 14-3508 (H.B. 208 / S.B. 194, 2007, eff. 2008-01-01)'],
    summary: 'Maryland businesses had to notify the Attorney General and then affected residents as soon as reasonably practicable after investigating a breach likely to lead to misuse.',
    coverage: BUSINESS,
    encryptionSafeHarbor: SAFE_HARBOR_2008,
    riskOfHarmException: { exists: true, standard: 'Notice only if the investigation finds misuse has occurred or is reasonably likely (§ 14-3504(b)(2)).', recordToKeep: MISUSE_RECORD },
    personalInformation: PI_2008,
    substituteNotice: { costOver: 100_000, recipientsOver: 175_000, citation: 'Md. Code, Com. Law § 14-3504(e) (2007 text)' },
    obligations: [IND_2008, AG_2008, CRA, VENDOR_2008],
    confidence: 'low',
    unverified: [
      'The 2007 vendor-notice, law-enforcement, content and Attorney General subsections (c)-(h) and the substitute-notice thresholds were read in summaries, not the 2007 text: only § 14-3504(a)-(b) of that text was read.',
      'The 2007 text says the Attorney General notice comes "prior to" the individual notice (summaries); breachdesk encodes it as due before the letters, as in the current § 14-3504(h)(1).',
    ],
    sources: [
      { where: PRE_2018_TEXT, facts: 'pre-2018 § 14-3504(a)-(b): investigation, misuse reasonably likely, notice as soon as reasonably practicable after it, 3-year record' },
      { where: BLOOMBERG_TABLE, facts: '2007 PI definition (ITIN), AG before individuals, CRA 1,000 or more, substitute $100,000/175,000' },
      { where: PERKINS_CHART_2021, facts: 'H.B. 208 signed 2007-04-03, effective 2008-01-01' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'H.B. 208 (2007) in force 2008-01-01; H.B. 974 replaced it from 2018-01-01', checked: CHECKED, why: 'The 2007 session law was not read; the dates come from the Perkins Coie chart and the Attorney General\'s own page ("In January 2008 ... went into effect").' },
      coverage: { kind: 'secondary', where: `${PRE_2018_TEXT}; ${BLOOMBERG_TABLE}`, says: '§ 14-3504(b) (2007 text) binds a business that owns or licenses computerized data of a resident; "business" includes nonprofits', checked: CHECKED, why: '§ 14-3504(b) of the 2007 text was read, but the § 14-3501 definition of "business" only in its current form.' },
      personal_information: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; http://www.oag.state.md.us/idtheft/businessGL.htm`, says: 'name with SSN, driver\'s licence, financial account number with its code, or ITIN', checked: CHECKED, why: 'The 2007 § 14-3501(d) was not read; the Attorney General\'s guidance and Bloomberg give the same four elements.' },
      encryption: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; http://www.oag.state.md.us/idtheft/businessGL.htm`, says: 'elements count unless encrypted, redacted or otherwise rendered unusable', checked: CHECKED, why: 'The 2007 § 14-3501(d) wording was not read; the Attorney General\'s guidance page paraphrases it.' },
      risk_of_harm: { kind: 'primary', where: PRE_2018_TEXT, says: '§ 14-3504(b)(2): notice only if, after the investigation, misuse has occurred or is reasonably likely; (b)(4): 3-year record if not', checked: CHECKED },
      deadline: { kind: 'primary', where: PRE_2018_TEXT, says: '§ 14-3504(b)(3): as soon as reasonably practicable after the investigation; no number of days', checked: CHECKED },
      anchor: { kind: 'primary', where: PRE_2018_TEXT, says: '§ 14-3504(b)(3): the clock runs from the investigation (recorded as "determined"); the Attorney General notice precedes the individual notice (summaries)', checked: CHECKED },
      threshold: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'individuals and AG: any number; credit bureaus: 1,000 or more (§ 14-3506)', checked: CHECKED, why: '§ 14-3506 was not read in its 2007 or current form.' },
      law_enforcement: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'notice may be delayed for law enforcement and given as soon as reasonably practicable after clearance', checked: CHECKED, why: '§ 14-3504(d) of the 2007 text was not read.' },
      substitute_notice: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'cost over $100,000, more than 175,000 to notify, or no contact information', checked: CHECKED, why: '§ 14-3504(e) of the 2007 text was not read.' },
      required_content: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'categories of information, business contact, credit bureaus, FTC and Attorney General contacts with an identity-theft statement', checked: CHECKED, why: '§ 14-3504(g) of the 2007 text was not read; the current (g) is the same list.' },
      forbidden_content: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; ${MGALEG_3504}`, says: 'none known: neither the summaries nor the current section forbid content', checked: CHECKED, why: 'The 2007 text of § 14-3504(g) was not read.' },
    },
  },
  {
    id: 'MD-2018',
    effectiveFrom: '2018-01-01',
    effectiveTo: '2019-09-30',
    citations: ['Md. Code, Com. Law §§ 14-3501 to 14-3508 as amended by H.B. 974 (2017, ch. 518, eff. 2018-01-01)'],
    summary: 'Maryland businesses had to notify the Attorney General first and affected residents within 45 days after concluding the investigation.',
    coverage: BUSINESS,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: { exists: true, standard: 'Notice only if the investigation finds misuse has occurred or is reasonably likely (§ 14-3504(b)(2)).', recordToKeep: MISUSE_RECORD },
    personalInformation: PI_2018,
    substituteNotice: { costOver: 100_000, recipientsOver: 175_000, citation: 'Md. Code, Com. Law § 14-3504(e) (as amended by H.B. 974)' },
    obligations: [IND_2018, AG_2018, CRA, VENDOR_2018],
    confidence: 'low',
    unverified: [
      NO_SESSION_LAW_2017,
      'Whether a 30-day clock after law-enforcement clearance can fall before the original 45 days (breachdesk keeps the later date).',
    ],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'H.B. 974 signed 2017-05-04, effective 2018-01-01; 45 days after investigation; vendor 45 days; 30 days after LE clearance' },
      { where: BLOOMBERG_TABLE, facts: '2018 PI definition, email-account credentials, CRA 1,000 or more, content' },
      { where: 'https://severino-law.com/blog/expansion-of-marylands-personal-information-act-takes-effect-october-1st-9try9', facts: '2019 summary: individuals within 45 days after the conclusion of the investigation' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'H.B. 974 signed 2017-05-04, in force 2018-01-01', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      coverage: COVERAGE_FACT,
      personal_information: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; ${MGALEG_3501}`, says: 'H.B. 974 added passport and federal IDs, health and health-insurance data, biometrics and e-mail credentials; genetic data came only in 2022', checked: CHECKED, why: `${NO_SESSION_LAW_2017} The current § 14-3501(e) was read and matches except for genetic information.` },
      encryption: { kind: 'secondary', where: `${MGALEG_3501} (${COPY})`, says: 'unreadable-or-unusable exemption and the "encrypted" definition tied to the key, as in the current text', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      risk_of_harm: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'notice only if misuse has occurred or is reasonably likely after the investigation; 3-year record', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      deadline: { kind: 'secondary', where: `${PERKINS_CHART_2021}; severino-law.com 2019 summary`, says: 'as soon as reasonably practicable, not later than 45 days', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      anchor: { kind: 'secondary', where: `${PERKINS_CHART_2021}; severino-law.com 2019 summary`, says: '45 days run from the conclusion of the investigation; the AG notice comes prior to the individual notice', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      threshold: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'individuals and AG: any number; credit bureaus: 1,000 or more', checked: CHECKED, why: `${NO_SESSION_LAW_2017} § 14-3506 was not read.` },
      law_enforcement: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'after a law-enforcement delay, notice within 30 days of clearance', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      substitute_notice: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'cost over $100,000, more than 175,000, or no contact information', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      required_content: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; https://www.vensure.com/resources/hr-legal-updates/july-2022-maryland-amends-its-personal-information-protection-act/`, says: 'letter: categories, business contact, credit bureaus, FTC and AG; no AG content was prescribed until H.B. 962', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      forbidden_content: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; ${MGALEG_3504}`, says: 'none known', checked: CHECKED, why: NO_SESSION_LAW_2017 },
    },
  },
  {
    id: 'MD-2019',
    effectiveFrom: '2019-10-01',
    effectiveTo: '2022-09-30',
    citations: ['Md. Code, Com. Law §§ 14-3501 to 14-3508 as amended by H.B. 974 (2017) and H.B. 1154 (2019, eff. 2019-10-01)'],
    summary: 'Maryland businesses had to notify the Attorney General first and affected residents within 45 days after concluding the investigation; from 2019-10-01 vendors also investigate and may not charge the owner for breach information.',
    coverage: BUSINESS,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: { exists: true, standard: 'Notice only if the investigation finds misuse has occurred or is reasonably likely (§ 14-3504(b)(2)).', recordToKeep: MISUSE_RECORD },
    personalInformation: PI_2018,
    substituteNotice: { costOver: 100_000, recipientsOver: 175_000, citation: 'Md. Code, Com. Law § 14-3504(e) (as amended by H.B. 974)' },
    obligations: [IND_2018, AG_2018, CRA, VENDOR_2019],
    confidence: 'low',
    unverified: [NO_SESSION_LAW_2017, NO_SESSION_LAW_2019, 'Whether a 30-day clock after law-enforcement clearance can fall before the original 45 days (breachdesk keeps the later date).'],
    sources: [
      { where: 'https://blogs.claconnect.com/residentialmortgage/maryland-modifies-provisions-regarding-personal-information-protection-act', facts: 'H.B. 1154 (2019), effective 2019-10-01: businesses that maintain data investigate; no fee to the owner for breach information' },
      { where: 'https://severino-law.com/blog/expansion-of-marylands-personal-information-act-takes-effect-october-1st-9try9', facts: 'the 2019 change; individuals within 45 days after the conclusion of the investigation' },
      { where: PERKINS_CHART_2021, facts: 'H.B. 974 deadlines' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://blogs.claconnect.com/residentialmortgage/maryland-modifies-provisions-regarding-personal-information-protection-act', says: 'H.B. 1154 (2019) in force 2019-10-01; H.B. 962 replaced the deadlines from 2022-10-01', checked: CHECKED, why: NO_SESSION_LAW_2019 },
      coverage: COVERAGE_FACT,
      personal_information: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; ${MGALEG_3501}`, says: 'the 2018 definition, without genetic information', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      encryption: { kind: 'secondary', where: `${MGALEG_3501} (${COPY})`, says: 'unreadable-or-unusable exemption, as in the current text', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      risk_of_harm: { kind: 'secondary', where: 'severino-law.com 2019 summary', says: 'notice only if misuse is likely after the investigation; 3-year record', checked: CHECKED, why: NO_SESSION_LAW_2019 },
      deadline: { kind: 'secondary', where: 'severino-law.com 2019 summary', says: 'as soon as reasonably practicable, not later than 45 days', checked: CHECKED, why: NO_SESSION_LAW_2019 },
      anchor: { kind: 'secondary', where: 'severino-law.com 2019 summary', says: '45 days after the conclusion of the investigation; AG notice prior to the individual notice', checked: CHECKED, why: NO_SESSION_LAW_2019 },
      threshold: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'individuals and AG: any number; credit bureaus: 1,000 or more', checked: CHECKED, why: '§ 14-3506 was not read.' },
      law_enforcement: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'after a law-enforcement delay, within 30 days of clearance', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      substitute_notice: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'cost over $100,000, more than 175,000, or no contact information', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      required_content: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'letter: categories, business contact, credit bureaus, FTC and AG', checked: CHECKED, why: NO_SESSION_LAW_2017 },
      forbidden_content: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; ${MGALEG_3504}`, says: 'none known', checked: CHECKED, why: NO_SESSION_LAW_2019 },
    },
  },
  {
    id: 'MD-2022',
    effectiveFrom: '2022-10-01',
    effectiveTo: null,
    citations: ['Md. Code, Com. Law §§ 14-3501 to 14-3508 as amended by H.B. 962 (2022, ch. 502, eff. 2022-10-01)'],
    summary: 'Maryland requires businesses to notify the Attorney General before the letters and affected residents within 45 days of discovering the breach; vendors must tell the owner within 10 days.',
    coverage: BUSINESS,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: {
      exists: true,
      standard: 'Notice is required unless the business reasonably determines the breach does not create a likelihood that personal information has been or will be misused (§ 14-3504(b)(2)).',
      recordToKeep: MISUSE_RECORD,
    },
    personalInformation: PI_2022,
    substituteNotice: { costOver: null, recipientsOver: null, citation: 'Md. Code, Com. Law § 14-3504(e)(4), (f)' },
    obligations: [IND_2022, AG_2022, CRA, VENDOR_2022],
    confidence: 'low',
    unverified: [
      'The chaptered H.B. 962 was not read: its effective date (2022-10-01) comes from summaries; every rule of this version was read in the current text.',
      '§ 14-3506 (credit bureaus, 1,000 or more) was read only in part: subsection (b) in the current text, the threshold in summaries.',
      'A vendor cleared by law enforcement early in its 10 days owes notice 7 days after clearance (§ 14-3504(d)(2)(ii)); breachdesk keeps the later of that and the 10 days.',
      'After a law-enforcement delay § 14-3504(d)(2)(i) sets the end of the original 45 days if clearance comes before it, and 7 days after clearance only once the 45 days have passed; breachdesk\'s restart keeps the later of the two, so a clearance in the last 7 days of the 45 gives a date up to 7 days later than the statute\'s (the engine has no "only if the original period has elapsed" restart).',
    ],
    sources: [
      { where: `${MGALEG_3504} (${COPY})`, facts: 'current §§ 14-3501, 14-3504(a)-(k), 14-3506(b), 14-3507, 14-3508: 45 days after discovery, vendor 10 days, LE 7 days or end of 45, substitute notice only for lack of contact information, AG before individuals with content, genetic information' },
      { where: LEXACE_3504, facts: '§ 14-3504(b)(1)-(4) current text' },
      { where: 'https://www.lexology.com/library/detail.aspx?g=01d79b78-388d-4e2a-aa4a-3fd01a996b9e', facts: 'H.B. 962 enacted 2022-05-29 under Art. II § 17(c) as chapter 502, effective October 1' },
      { where: 'https://perkinscoie.com/insights/update/2022-breach-notification-law-update-state-and-federal-requirements-continue-evolve', facts: 'individual notice now 45 days after discovery (previously after the investigation)' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://www.lexology.com/library/detail.aspx?g=01d79b78-388d-4e2a-aa4a-3fd01a996b9e; https://www.marylandattorneygeneral.gov/Pages/IdentityTheft/breachnotices.aspx', says: 'H.B. 962 (ch. 502) in force 2022-10-01; the Attorney General\'s page says the new AG content applies "as of October 1, 2022"', checked: CHECKED, why: 'The chaptered bill was not read; the date is in summaries and on the Attorney General\'s page.' },
      coverage: COVERAGE_FACT,
      personal_information: { kind: 'primary', where: `${MGALEG_3501} (${COPY})`, says: '§ 14-3501(e)(1): name with federal IDs, licence or state ID, account with code, health, health-insurance, biometric or genetic data; or e-mail login credentials', checked: CHECKED },
      encryption: { kind: 'primary', where: `${MGALEG_3501} (${COPY})`, says: 'elements count unless encrypted, redacted or made unreadable or unusable; "encrypted" means indecipherable without the key', checked: CHECKED },
      risk_of_harm: { kind: 'primary', where: `${MGALEG_3504} (${COPY}); ${LEXACE_3504}`, says: '§ 14-3504(b)(2): notice unless the business reasonably finds no likelihood of misuse; (b)(4): 3-year record', checked: CHECKED },
      deadline: { kind: 'primary', where: `${MGALEG_3504} (${COPY}); ${LEXACE_3504}`, says: '§ 14-3504(b)(3): individuals no later than 45 days; (c)(2): vendor no later than 10 days; (h)(1): AG prior to the individual notice', checked: CHECKED },
      anchor: { kind: 'primary', where: `${MGALEG_3504} (${COPY}); ${LEXACE_3504}`, says: '§ 14-3504(b)(3), (c)(2): from when the business discovers or is notified of the breach; AG: before the individual notice', checked: CHECKED },
      threshold: { kind: 'secondary', where: `${MGALEG_3504} (${COPY}); ${BLOOMBERG_TABLE}`, says: 'individuals and AG: any number (§ 14-3504 sets none); credit bureaus: 1,000 or more (§ 14-3506(a), from summaries)', checked: CHECKED, why: '§ 14-3506(a) was not in the copy read.' },
      law_enforcement: { kind: 'primary', where: `${MGALEG_3504} (${COPY})`, says: '§ 14-3504(d)(2): after a delay, by the end of the original 45 days, or 7 days after clearance if they have passed; vendor 7 days after clearance', checked: CHECKED },
      substitute_notice: { kind: 'primary', where: `${MGALEG_3504} (${COPY})`, says: '§ 14-3504(e)(4), (f): only without sufficient contact information; e-mail, website posting and media', checked: CHECKED },
      required_content: { kind: 'primary', where: `${MGALEG_3504} (${COPY})`, says: '§ 14-3504(g): categories, business contact, credit bureaus, FTC and AG with a statement; (h)(2): AG notice content', checked: CHECKED },
      forbidden_content: FORBIDDEN_NONE,
    },
  },
];

const PI_GOV: PersonalInformationDefinition = {
  citation: "Md. Code, State Gov't § 10-1301",
  summary: "a name, personal mark or biometric/genetic print with an SSN, ITIN, passport or other federal ID number, a driver's licence or state ID, an account or card number with its access code, health information or a health insurance number",
  combinations: [{ all: ['name'], anyOf: [...IDS_2018, 'genetic'] }, { all: ['biometric'], anyOf: ['ssn', 'tax_id', 'drivers_license', 'state_id'] }, ...FINANCIAL],
};
const GOV = "State Gov't § 10-1301 defines a \"unit\" to include";
const UNIT_COVERAGE = governmentOnlyCoverage('Md. Code, Com. Law § 14-3504', {
  local_government: ['yes', `${GOV} counties, municipalities, bicounty and multicounty agencies, county boards of education and other political subdivisions.`],
  state_agency: ['yes', `${GOV} executive agencies; public institutions of higher education also have § 10-13A-04.`],
});
const ANY_DATA: PersonalInformationDefinition = {
  citation: 'Md. Code, State Fin. & Proc. § 3.5-401 ("cybersecurity incident")',
  summary: 'any cybersecurity incident, whatever data it touches',
  combinations: [{ all: [], anyOf: [...DATA_ELEMENTS] }],
};
const SET_BY_CISO = { kind: 'no_deadline', standard: 'within the time the State Chief Information Security Officer sets' } as const;
const SG_1305 = 'https://lexace.ai/us/statute/maryland/SG-10-1305; https://instalawyer.io/laws/maryland-statutes/section-10-1305-investigation-and (§ 10-1305(a)-(b)(3), verbatim)';
const SG_NOT_READ = "Only § 10-1305(a)-(b)(3) was read; the later subsections are known from the parallel Com. Law § 14-3504 as enacted in 2007 and from summaries.";
const GOV_LE = toll("Md. Code, State Gov't § 10-1305(d)");

const govVersions: RuleVersion[] = [
  {
    id: 'MD-GOV-2014',
    effectiveFrom: '2014-07-01',
    effectiveTo: null,
    citations: ["Md. Code, State Gov't §§ 10-1301 to 10-1308 (H.B. 959 / S.B. 676, 2013, eff. 2014-07-01)"],
    summary: 'Maryland government units must investigate a breach and, if misuse has occurred or is likely, notify the Attorney General before, and then, affected individuals as soon as reasonably practicable.',
    coverage: UNIT_COVERAGE,
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'express',
      keyWording: '§ 10-1305(b)(2)(ii): no notice for data secured by encryption or redacted only if the encryption key "has not been compromised or disclosed" and the unit does not know it was broken.',
      citation: "Md. Code, State Gov't § 10-1305(b)(2)(ii)",
    },
    riskOfHarmException: { exists: true, standard: 'Notice only if the investigation finds misuse has occurred or is likely (§ 10-1305(b)(2)).', recordToKeep: 'Records of the determination that notice is not required, kept 3 years (believed to mirror § 14-3504(b)(4)).' },
    personalInformation: PI_GOV,
    substituteNotice: { costOver: 100_000, recipientsOver: 175_000, citation: "Md. Code, State Gov't § 10-1305(e)" },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected individuals',
        citation: "Md. Code, State Gov't § 10-1305(b)-(c), (g)",
        deadline: withoutDelay('determined', 'as soon as reasonably practicable after the unit conducts the investigation'),
        lawEnforcement: GOV_LE,
        requiredContent: UNIT_CONTENT,
        letterElements: LETTER,
        notes: 'A nonaffiliated third party may give the notice if a written contract authorises it (§ 10-1305(b)(2)(i)). Record the end of the investigation as the "determined" event.',
      }),
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: AG_NAME,
        citation: "Md. Code, State Gov't § 10-1305(h)",
        deadline: beforeIndividuals,
        lawEnforcement: GOV_LE,
        notes: 'Due BEFORE the notice to individuals ("prior to giving the notification"), as for businesses. The current text may also name the Department of Information Technology; check.',
      }),
      obligation({
        id: 'consumer-reporting-agencies', recipient: 'consumer_reporting_agencies', recipientName: 'Nationwide consumer reporting agencies',
        citation: "Md. Code, State Gov't § 10-1305(i)", deadline: withoutDelay('determined', 'without unreasonable delay'), threshold: residents(1000, 'at_least'),
        requiredContent: ['Timing, distribution and content of the notices to individuals'],
      }),
    ],
    confidence: 'low',
    unverified: [
      `${SG_NOT_READ} The Attorney General notice is encoded as due before the individual notice, like § 14-3504(h); the wording of § 10-1305(h) was not read.`,
      'Whether § 10-1305(h) also names the Department of Information Technology or the State Chief Information Security Officer.',
      'The § 10-1301 definitions of "unit" and "personal information".',
    ],
    sources: [
      { where: SG_1305, facts: '§ 10-1305(a)-(b)(3): investigation, misuse, encryption-key exception, notice as soon as reasonably practicable after the investigation' },
      { where: 'https://mgaleg.maryland.gov/mgawebsite/Legislation/Details/HB0959?ys=2013rs', facts: 'H.B. 959 (2013), cross-filed S.B. 676, §§ 10-1301 to 10-1308, effective 2014-07-01' },
      { where: 'https://lexace.ai/us/statute/maryland/SG-10-13A-04', facts: 'public institutions of higher education: notice to individuals and the CIO; web posting for 1,000 or more' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://mgaleg.maryland.gov/mgawebsite/Legislation/Details/HB0959?ys=2013rs', says: 'H.B. 959 (2013) in force 2014-07-01', checked: CHECKED, why: 'The bill page was cited by earlier research and not re-read in this check.' },
      coverage: { kind: 'secondary', where: SG_1305, says: '§ 10-1305 binds "units"; the § 10-1301 list of units (State and local bodies) comes from summaries', checked: CHECKED, why: '§ 10-1301 was not read.' },
      personal_information: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'name or mark with federal IDs, licence, account with code, health or health-insurance data', checked: CHECKED, why: '§ 10-1301 was not read.' },
      encryption: { kind: 'primary', where: SG_1305, says: '§ 10-1305(b)(2)(ii): exemption only while the key is neither compromised nor disclosed', checked: CHECKED },
      risk_of_harm: { kind: 'primary', where: SG_1305, says: '§ 10-1305(b)(2)(i): notice if, after the investigation, misuse has occurred or is likely', checked: CHECKED },
      deadline: { kind: 'primary', where: SG_1305, says: '§ 10-1305(b)(3): as soon as reasonably practicable after the investigation; AG timing not read', checked: CHECKED },
      anchor: { kind: 'primary', where: SG_1305, says: '§ 10-1305(b)(3): the clock runs from the investigation ("determined")', checked: CHECKED },
      threshold: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'credit bureaus at 1,000 or more, as in § 14-3506', checked: CHECKED, why: SG_NOT_READ },
      law_enforcement: { kind: 'none', where: SG_1305, says: '§ 10-1305(b)(3) refers to a delay under subsection (d), whose terms were not read', checked: CHECKED, why: SG_NOT_READ },
      substitute_notice: { kind: 'none', where: SG_1305, says: 'assumed $100,000 / 175,000 as in the 2007 business law', checked: CHECKED, why: SG_NOT_READ },
      required_content: { kind: 'none', where: SG_1305, says: 'assumed to mirror the business letter content', checked: CHECKED, why: SG_NOT_READ },
      forbidden_content: { kind: 'none', where: SG_1305, says: 'none known', checked: CHECKED, why: SG_NOT_READ },
    },
  },
];

const CYBER_NOT_READ = 'Earlier research read §§ 3.5-405 and 3.5-406 in verbatim copies (lexace.ai); they were not re-read in this check.';

export const maryland: Jurisdiction = {
  code: 'MD',
  name: 'Maryland',
  kind: 'state',
  holidays: { country: 'US', state: 'MD' },
  laws: [
    { id: 'MD-COM-14-3504', title: 'Maryland Personal Information Protection Act, Com. Law §§ 14-3501 to 14-3508', scope: 'residents', versions: com },
    {
      id: 'MD-SG-10-1305',
      title: "Md. Code, State Gov't § 10-1305: breach investigation and notice by State and local government units",
      scope: 'residents',
      versions: govVersions,
    },
    {
      id: 'MD-SFP-3-5-406',
      title: 'Md. Code, State Fin. & Proc. §§ 3.5-405(b), 3.5-406(d): cybersecurity incident reports by government bodies',
      scope: 'home',
      versions: [
        {
          id: 'MD-CYBER-2022',
          effectiveFrom: '2022-05-12',
          effectiveTo: null,
          citations: ['Md. Code, State Fin. & Proc. § 3.5-406(d) (S.B. 754, Local Cybersecurity Support Act of 2022, ch. 241, emergency bill approved 2022-05-12)', 'Md. Code, State Fin. & Proc. § 3.5-405(b) (S.B. 812, 2022)'],
          summary: 'Maryland counties, school systems and health departments must report cybersecurity incidents to the local emergency manager and the State Security Operations Center, and State units to the State Chief Information Security Officer, within times the State CISO sets.',
          coverage: governmentOnlyCoverage('Md. Code, Com. Law § 14-3504', {
            local_government: ['uncertain', '§ 3.5-406(d) binds local governments, but § 3.5-406(a) excludes municipal governments: counties, local school systems and local health departments report; a city does not.'],
            state_agency: ['yes', '§ 3.5-405(b) requires each unit of State government to report cybersecurity incidents to the State Chief Information Security Officer.'],
          }),
          encryptionSafeHarbor: null,
          riskOfHarmException: null,
          personalInformation: ANY_DATA,
          obligations: [
            obligation({
              id: 'ssoc-report',
              recipient: 'state_agency',
              recipientName: 'Local emergency manager and the State Security Operations Center (Department of Information Technology)',
              citation: 'Md. Code, State Fin. & Proc. § 3.5-406(d)',
              deadline: SET_BY_CISO,
              condition: 'Local governments only (not municipal governments), including attacks on a State system the local government uses.',
              notes: 'DoIT publishes the criteria, form and time limit ("Cybersecurity Incident Reporting Requirements for Local Governments").',
            }),
            obligation({
              id: 'ciso-report', recipient: 'state_agency', recipientName: 'State Chief Information Security Officer',
              citation: 'Md. Code, State Fin. & Proc. § 3.5-405(b)', deadline: SET_BY_CISO, condition: 'Units of State government only.',
            }),
          ],
          confidence: 'low',
          unverified: [
            'The effective date of S.B. 812 (State units, § 3.5-405(b)); the version starts with S.B. 754, an emergency bill.',
            'The time limits the State CISO has set.',
            'S.B. 239 (2025) would repeal § 3.5-405 and renumber § 3.5-406 as § 3.5-405; whether it passed was not checked.',
            CYBER_NOT_READ,
          ],
          sources: [
            { where: 'https://lexace.ai/us/statute/maryland/SF-3.5-406', facts: '§ 3.5-406(a), (d) text' },
            { where: 'https://lexace.ai/us/statute/maryland/SF-3.5-405', facts: '§ 3.5-405(b): State units report to the State CISO as the CISO directs' },
            { where: 'https://app.legiplex.com/md/legislature/2022/2022-r/bills/sb754/drafts-latest', facts: 'S.B. 754 chapter 241, emergency bill' },
            { where: 'https://doit.maryland.gov/cybersecurity/Pages/LGR-Legal-Requirements.aspx', facts: 'local governments report via the Incident Reporting Form' },
          ],
          verification: {
            effective_dates: { kind: 'secondary', where: 'https://app.legiplex.com/md/legislature/2022/2022-r/bills/sb754/drafts-latest', says: 'S.B. 754 (ch. 241) an emergency bill approved 2022-05-12', checked: CHECKED, why: CYBER_NOT_READ },
            coverage: { kind: 'secondary', where: 'https://lexace.ai/us/statute/maryland/SF-3.5-406', says: '§ 3.5-406: local governments except municipal governments; § 3.5-405(b): units of State government', checked: CHECKED, why: CYBER_NOT_READ },
            personal_information: { kind: 'secondary', where: 'https://lexace.ai/us/statute/maryland/SF-3.5-406', says: 'any cybersecurity incident, not limited to personal information', checked: CHECKED, why: CYBER_NOT_READ },
            encryption: { kind: 'secondary', where: 'https://lexace.ai/us/statute/maryland/SF-3.5-406', says: 'none: an incident report, not a data-breach notice', checked: CHECKED, why: CYBER_NOT_READ },
            risk_of_harm: { kind: 'secondary', where: 'https://lexace.ai/us/statute/maryland/SF-3.5-406', says: 'none: every cybersecurity incident meeting the CISO\'s criteria is reported', checked: CHECKED, why: CYBER_NOT_READ },
            deadline: { kind: 'secondary', where: 'https://lexace.ai/us/statute/maryland/SF-3.5-406', says: 'in the manner and time the State CISO sets; no statutory days', checked: CHECKED, why: CYBER_NOT_READ },
            anchor: { kind: 'secondary', where: 'https://doit.maryland.gov/cybersecurity/Pages/LGR-Legal-Requirements.aspx', says: 'from the incident as the CISO\'s process defines it', checked: CHECKED, why: CYBER_NOT_READ },
            threshold: { kind: 'secondary', where: 'https://lexace.ai/us/statute/maryland/SF-3.5-406', says: 'none: the text sets nothing of the kind', checked: CHECKED, why: CYBER_NOT_READ },
            law_enforcement: { kind: 'secondary', where: 'https://lexace.ai/us/statute/maryland/SF-3.5-406', says: 'none: the text sets nothing of the kind', checked: CHECKED, why: CYBER_NOT_READ },
            substitute_notice: { kind: 'secondary', where: 'https://lexace.ai/us/statute/maryland/SF-3.5-406', says: 'none: not a notice to individuals', checked: CHECKED, why: CYBER_NOT_READ },
            required_content: { kind: 'secondary', where: 'https://doit.maryland.gov/cybersecurity/Pages/LGR-Legal-Requirements.aspx', says: 'what DoIT\'s Incident Reporting Form asks', checked: CHECKED, why: CYBER_NOT_READ },
            forbidden_content: { kind: 'secondary', where: 'https://lexace.ai/us/statute/maryland/SF-3.5-406', says: 'none: the text sets nothing of the kind', checked: CHECKED, why: CYBER_NOT_READ },
          },
        },
      ],
    },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'Office of the Maryland Attorney General, Identity Theft Unit (Security Breach Notices)',
      ways: [
        { kind: 'email', value: 'IDTheft@oag.state.md.us' },
        { kind: 'postal', value: 'Office of the Attorney General, Attn: Security Breach Notices, 200 St. Paul Place, Baltimore, MD 21202' },
        { kind: 'phone', value: '410-576-6491' },
      ],
      asksFor: [
        'Number of affected Maryland residents',
        'Description of the breach, including when and how it occurred',
        'Steps taken or planned in response',
        'Form of the notice to individuals and a sample notice',
      ],
      source: 'https://www.marylandattorneygeneral.gov/Pages/IdentityTheft/breachnotices.aspx (questions to IDTheft@oag.state.md.us; content as § 14-3504(h)(2)); http://www.oag.state.md.us/idtheft/businessGL.htm (Identity Theft Unit e-mail and phone)',
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
    {
      recipient: 'state_agency',
      obligations: ['ssoc-report', 'ciso-report'],
      name: 'Maryland Department of Information Technology: State Security Operations Center and State Chief Information Security Officer',
      ways: [{ kind: 'online_form', value: 'https://doit.maryland.gov/cybersecurity/Pages/LGR-Legal-Requirements.aspx', formName: 'Incident Reporting Form (Cybersecurity Incident Reporting Requirements for Local Governments)' }],
      asksFor: ['The incident details the DoIT reporting form asks for'],
      source: 'https://doit.maryland.gov/cybersecurity/Pages/LGR-Legal-Requirements.aspx (cited by earlier research; not re-read)',
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Maryland Office of the Attorney General, Identity Theft Unit',
    phone: '1-888-743-0023',
    website: 'www.marylandattorneygeneral.gov',
    address: '200 St. Paul Place, Baltimore, MD 21202',
    source: 'Md. Code, Com. Law § 14-3504(g)(4) requires it in letters; address and unit from https://www.marylandattorneygeneral.gov/Pages/IdentityTheft/breachnotices.aspx and https://oag.maryland.gov/i-need-to/Pages/identity-theft-information.aspx (200 St. Paul Place); the toll-free number is the one letters used before this check and was not re-read',
    checked: CHECKED,
  },
};
