// Pennsylvania: the Breach of Personal Information Notification Act (Act 94 of 2005, 73 P.S.
// §§ 2301-2329), in force since 2006-06-20. Act 151 of 2022 (eff. 2023-05-02) moved the clock to
// "determination" and gave State agencies, counties, public schools and municipalities their own
// 7-business-day deadline (§ 3(a.1)-(a.2)), encoded here as a separate government law; Act 33 of
// 2024 (eff. 2024-09-26) added the Attorney General notice and lowered the credit-bureau threshold.
// Every version is written out as data; constants are shared only where the text did not change.
import type {
  ConsumerContact, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, SubmissionChannel,
} from './types.js';
import {
  BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, businessDays, coverage, governmentOnlyCoverage, obligation, residents, toll, withIndividuals, withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';

// Texts read on 2026-12-08.
const SB712_PN1410 = 'https://www.legis.state.pa.us/CFDOCS/Legis/PN/Public/btCheck.cfm?txtType=HTM&sessYr=2005&sessInd=0&billBody=S&billTyp=B&billNbr=0712&pn=1410 (S.B. 712 of 2005, PN 1410, as amended on third consideration: title and definitions)';
const SB696_PN1330 = 'https://www.einpresswire.com/article/561086749/senate-bill-696-printer-s-number-1330 (S.B. 696 of 2021-22, PN 1330, bill text reproduced)';
const SB824_PN899 = 'https://www.einpresswire.com/article/639870650/senate-bill-824-printer-s-number-899 (S.B. 824 of 2023, PN 899 as introduced, bill text reproduced)';
const PERKINS_PA = 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-pennsylvania.html';
const DREXEL = 'https://drexel.edu/it/security/policies-regulations/pa-laws/';
const WHY_ACT151 = 'The enacted text of Act 151 of 2022 was not among the stored copies; only bill drafts (S.B. 696 PN 1330) and summaries were read.';
const WHY_ACT33 = 'The enacted text of Act 33 of 2024 was not among the stored copies; only the introduced bill (S.B. 824 PN 899) and summaries were read.';
const WHY_2006 = 'Only the title and definitions of S.B. 712 (PN 1410) were read; § 3 onward rests on the Perkins Coie chart.';

const LE = toll('73 P.S. § 2304');
const CREDENTIALS = ['password', 'security_question'] as const;

const PI_2006: PersonalInformationDefinition = {
  citation: '73 P.S. § 2302 ("personal information")',
  summary:
    "a resident's name (first name or initial and last name) linked to an SSN, a driver's licence or state ID number, or a financial account or card number with any code or password needed to reach the account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};
const PI_2023: PersonalInformationDefinition = {
  citation: '73 P.S. § 2302 ("personal information") as amended by Act 151 of 2022',
  summary:
    "a resident's name (first name or initial and last name) linked to an SSN, a driver's licence or state ID number, or a financial account or card number with any code or password needed to reach the account; health insurance information; medical information; or a user name or e-mail address with the password or security question and answer for an online account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'medical', 'health_insurance'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'username'], anyOf: [...CREDENTIALS] },
    { all: ['name', 'email'], anyOf: [...CREDENTIALS] },
  ],
};
// Act 33 limits medical information to data a State agency or State agency contractor holds, so it is
// encoded only in the government law.
const PI_2024_GENERAL: PersonalInformationDefinition = {
  citation: '73 P.S. § 2302 ("personal information") as amended by Act 33 of 2024',
  summary:
    "a resident's name (first name or initial and last name) linked to an SSN, a driver's licence or state ID number, or a financial account or card number with any code or password needed to reach the account; health insurance information; medical information only when a State agency or State agency contractor holds it (so not encoded for other holders); or a user name or e-mail address with the password or security question and answer for an online account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'health_insurance'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'username'], anyOf: [...CREDENTIALS] },
    { all: ['name', 'email'], anyOf: [...CREDENTIALS] },
  ],
};
const PI_2024_GOVERNMENT: PersonalInformationDefinition = {
  citation: '73 P.S. § 2302 ("personal information") as amended by Act 33 of 2024',
  summary:
    "a resident's name (first name or initial and last name) linked to an SSN, a driver's licence or state ID number, or a financial account or card number with any code or password needed to reach the account; health insurance information; medical information held by a State agency or State agency contractor; or a user name or e-mail address with the password or security question and answer for an online account",
  combinations: PI_2023.combinations,
};

const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording:
    '§ 2303(b): notice is owed if encrypted information is accessed and acquired in unencrypted form, if the breach is linked to a breach of the security of the encryption, or if it involves a person with access to the encryption key.',
  citation: '73 P.S. § 2303(b)',
};
const HARM_TEST = {
  exists: true,
  standard: 'A breach is notifiable only where the access and acquisition materially compromises the data and causes, or the entity reasonably believes has caused or will cause, loss or injury to a Pennsylvania resident.',
  recordToKeep: null,
};
const SUBSTITUTE = { costOver: 100_000, recipientsOver: 175_000, citation: '73 P.S. § 2302 ("notice")' };

const DEEMED =
  'Deemed compliance (73 P.S. § 2307): an entity that notifies under its own information privacy or security policy consistent with the act\'s notice requirements, a financial institution that follows the federal Interagency Guidance, and an entity that follows its primary or functional federal regulator\'s rules are treated as complying. Check whether one of these applies.';
const CREDIT_MONITORING =
  'If an SSN, bank account number, or driver\'s licence or state ID number was exposed, offer 12 months of free credit monitoring and access to one independent credit report (Act 33 of 2024, § 2303(d)).';
const CREDENTIAL_CONTENT = ['For credentials breached and notified electronically: direct the person to change the password and security question and to protect other accounts using them'];

const INDIVIDUALS_2006: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Pennsylvania residents',
  citation: '73 P.S. § 2303(a)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay after discovering the breach, except for measures needed to determine its scope and restore the system.'),
  lawEnforcement: LE,
  condition: DEEMED,
});
const INDIVIDUALS_2023: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Pennsylvania residents',
  citation: '73 P.S. § 2303(a)',
  deadline: withoutDelay('determined', 'Without unreasonable delay after determining the breach, except for measures needed to determine its scope and restore the system.'),
  lawEnforcement: LE,
  requiredContent: CREDENTIAL_CONTENT,
  condition: DEEMED,
});
const INDIVIDUALS_2024: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Pennsylvania residents',
  citation: '73 P.S. § 2303(a)',
  deadline: withoutDelay('determined', 'Without unreasonable delay after determining the breach, except for measures needed to determine its scope and restore the system.'),
  lawEnforcement: LE,
  requiredContent: CREDENTIAL_CONTENT,
  condition: DEEMED,
  notes: CREDIT_MONITORING,
});

const AG_500: ObligationRule = obligation({
  id: 'attorney-general-500',
  recipient: 'attorney_general',
  recipientName: 'Pennsylvania Office of Attorney General (online form)',
  citation: '73 P.S. § 2303(c.1)-(c.2)',
  deadline: withIndividuals,
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE,
  requiredContent: [
    'Name and location of the organisation',
    'Date of the breach',
    'Summary of the incident',
    'Estimated total number of individuals affected',
    'Estimated number of Pennsylvania residents affected',
  ],
  condition: 'An entity subject to the insurance data security law (40 Pa.C.S. Ch. 45) is exempt from this notice.',
  notes: 'Made concurrently with the resident notice, with what is known at the time.',
});

const CRA_2006: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: '73 P.S. § 2305',
  deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 persons are notified at one time.'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Timing, distribution and number of notices'],
});
const CRA_2023: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: '73 P.S. § 2305',
  deadline: withoutDelay('determined', 'Without unreasonable delay when more than 1,000 persons are notified at one time.'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Timing, distribution and number of notices'],
});
const CRA_2024: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: '73 P.S. § 2305 as amended by Act 33 of 2024',
  deadline: withoutDelay('determined', 'Without unreasonable delay when more than 500 persons are notified at one time.'),
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Timing, distribution and number of notices'],
});

const VENDOR_CONDITION = 'This duty binds a vendor that maintains, stores or manages the data for another entity, not that entity itself; the entity then makes the determinations and gives the notices.';
const VENDOR_2006: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: '73 P.S. § 2303(c)',
  deadline: withoutDelay('discovered', 'Following discovery of the breach; the statute sets no number of days.'),
  lawEnforcement: LE,
  condition: VENDOR_CONDITION,
});
const VENDOR_2023: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: '73 P.S. § 2303(c)',
  deadline: withoutDelay('discovered', 'Following determination of the breach; the statute sets no number of days.'),
  lawEnforcement: LE,
  condition: VENDOR_CONDITION,
});
const STATE_CONTRACTOR: ObligationRule = obligation({
  id: 'state-contractor-notice',
  recipient: 'data_owner',
  recipientName: 'Chief information security officer (or designee) of the State agency served (notice from a State agency contractor)',
  citation: '73 P.S. § 2303(a.1)',
  deadline: businessDays(7, 'determined'),
  lawEnforcement: LE,
  condition: 'Only for a State agency contractor whose breach involves the State agency\'s data; the State agency then notifies residents.',
});

const PRIVATE = {
  business: ['yes', '73 P.S. § 2302: "entity" includes an individual or a business doing business in Pennsylvania; "business" covers any group whether or not organized for profit.'],
  nonprofit: ['yes', '73 P.S. § 2302: "business" includes associations and other groups whether or not organized to operate at a profit.'],
} as const;
const GOVERNMENT_SPLIT =
  'From 2023-05-02 § 3(a.1)-(a.2) gives State agencies, counties, public schools and municipalities their own deadlines; breachdesk encodes their duties (credit bureaus and Attorney General included) in PA-73-2303-GOV. Other political subdivisions remain under § 2303(a) and should follow that law as the stricter reading.';
const COVERAGE_2006 = coverage({
  ...PRIVATE,
  local_government: ['yes', '73 P.S. § 2302: "entity" includes a political subdivision of the Commonwealth.'],
  state_agency: ['yes', '73 P.S. § 2302: "entity" includes a State agency.'],
});
const COVERAGE_2023 = coverage({ ...PRIVATE, local_government: ['no', GOVERNMENT_SPLIT], state_agency: ['no', GOVERNMENT_SPLIT] });

// Facts shared by the versions.
const F_HARM: FactCheck = { kind: 'primary', where: SB712_PN1410, says: 'Breach: access and acquisition that materially compromises the data and causes, or is reasonably believed to cause, loss or injury to a resident.', checked: CHECKED };
const F_ENCRYPTION: FactCheck = {
  kind: 'secondary',
  where: PERKINS_PA,
  says: 'Notice if encrypted data is acquired unencrypted, the breach is linked to a breach of the encryption, or it involves a person with access to the key.',
  checked: CHECKED,
  why: WHY_2006,
};
const F_LE: FactCheck = { kind: 'secondary', where: PERKINS_PA, says: 'Delay while law enforcement advises in writing that notice would impede a criminal or civil investigation; read as a pause.', checked: CHECKED, why: '§ 2304 was not read.' };
const F_SUBSTITUTE: FactCheck = { kind: 'secondary', where: PERKINS_PA, says: 'Substitute notice above $100,000 in cost or 175,000 persons, or without contact details.', checked: CHECKED, why: 'The "notice" definition of § 2302 was not in the part of the bill read.' };
const F_FORBIDDEN: FactCheck = { kind: 'secondary', where: PERKINS_PA, says: 'None: nothing is forbidden in a notice.', checked: CHECKED, why: '§ 2303 was not read verbatim.' };

const SOURCES_2006 = [
  { where: SB712_PN1410, facts: 'S.B. 712 (PN 1410): Breach of Personal Information Notification Act; breach definition (materially compromises; loss or injury)' },
  { where: PERKINS_PA, facts: 'Act 94 signed 2005-12-22, effective 2006-06-20; application, encryption key, CRA over 1,000, vendor, timing' },
  { where: DREXEL, facts: 'entity includes State agencies and political subdivisions; deemed-compliance exemptions (own policy, Interagency Guidance, federal regulator)' },
  { where: BLOOMBERG_TABLE, facts: 'telephone notice content, CRA' },
];
const SOURCES_2023 = [
  { where: 'https://www.mcdonaldhopkins.com/insights/news/pennsylvania-amended-breach-notification-law-in-effect', facts: 'determination replaces discovery; PI expanded; effective 2023-05-02' },
  { where: 'https://www.legis.state.pa.us/WU01/LI/LI/US/HTM/2005/0/0094..HTM', facts: 'consolidated act: definitions of breach, business, determination' },
  { where: SB696_PN1330, facts: 'S.B. 696 PN 1330: contractor to agency CISO within 7 business days of determination; Office of Administration 3 business days' },
];
const SOURCES_2024 = [
  { where: SB824_PN899, facts: 'S.B. 824 as introduced: (c.1) Attorney General concurrently when more than 500 residents' },
  { where: 'https://databreaches.net/2024/07/07/new-pennsylvania-law-will-offer-added-protections-for-victims-of-data-breaches-and-new-reporting-requirements', facts: 'Act 33 § 3(c.1)-(c.2) text: AG concurrently when more than 500 residents; content; insurance exemption' },
  { where: 'https://legacy.dataguidance.com/news/pennsylvania-governor-approves-bill-amending-breach', facts: 'signed 2024-06-28; medical information limited to State agencies and contractors' },
  { where: 'https://jdsupra.com/legalnews/pennsylvania-s-amendments-to-data-4940636', facts: 'effective 2024-09-26; CRA 500; credit monitoring' },
  { where: 'https://www.eyeonprivacy.com/2024/09/new-data-breach-notification-obligations-for-pa-and-a-new-reporting-portal/', facts: 'AG online reporting portal launched for 2024-09-26' },
];

const general: RuleVersion[] = [
  {
    id: 'PA-2006',
    effectiveFrom: '2006-06-20',
    effectiveTo: '2023-05-01',
    citations: ['73 P.S. §§ 2301-2329 (Breach of Personal Information Notification Act, Act 94 of 2005, S.B. 712)'],
    summary: 'Pennsylvania entities, public and private, had to notify affected residents without unreasonable delay after discovering a breach, and the credit bureaus when more than 1,000 were notified.',
    coverage: COVERAGE_2006,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_2006,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2006, CRA_2006, VENDOR_2006],
    confidence: 'low',
    unverified: [WHY_2006, 'The deemed-compliance exemptions of § 2307 are taken from a university summary (Drexel) and encoded as a condition.'],
    sources: SOURCES_2006,
    verification: {
      effective_dates: { kind: 'secondary', where: PERKINS_PA, says: 'Act 94 signed 2005-12-22, effective 2006-06-20.', checked: CHECKED, why: 'The enacted act\'s effective-date section was not read.' },
      coverage: { kind: 'secondary', where: DREXEL, says: '"Entity" means a State agency, a political subdivision, or an individual or business doing business in Pennsylvania.', checked: CHECKED, why: WHY_2006 },
      personal_information: { kind: 'secondary', where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/pennsylvania.aspx', says: 'Name with SSN, licence or state ID number, or account or card number with its code, not encrypted or redacted.', checked: CHECKED, why: 'The personal-information definition was past the part of PN 1410 read.' },
      encryption: F_ENCRYPTION,
      risk_of_harm: F_HARM,
      deadline: { kind: 'secondary', where: PERKINS_PA, says: 'Without unreasonable delay, allowing for scope and restoration; vendor following discovery.', checked: CHECKED, why: WHY_2006 },
      anchor: { kind: 'secondary', where: PERKINS_PA, says: 'Following discovery of the breach.', checked: CHECKED, why: WHY_2006 },
      threshold: { kind: 'secondary', where: PERKINS_PA, says: 'Credit bureaus when more than 1,000 persons are notified at one time; no regulator notice.', checked: CHECKED, why: WHY_2006 },
      law_enforcement: F_LE,
      substitute_notice: F_SUBSTITUTE,
      required_content: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'None for written notice; telephone notice must not ask for personal information.', checked: CHECKED, why: WHY_2006 },
      forbidden_content: F_FORBIDDEN,
    },
  },
  {
    id: 'PA-2023',
    effectiveFrom: '2023-05-02',
    effectiveTo: '2024-09-25',
    citations: ['73 P.S. §§ 2301 et seq. as amended by Act 151 of 2022 (S.B. 696, signed 2022-11-03, eff. 2023-05-02)'],
    summary: 'Pennsylvania businesses must notify affected residents without unreasonable delay after determining a breach, and the credit bureaus when more than 1,000 are notified.',
    coverage: COVERAGE_2023,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_2023,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2023, CRA_2023, VENDOR_2023, STATE_CONTRACTOR],
    confidence: 'low',
    unverified: [WHY_ACT151, 'The enacted text of the State agency contractor duty (7 business days to the agency\'s CISO) was read only in a bill draft (PN 1330).'],
    sources: [...SOURCES_2006, ...SOURCES_2023],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://www.mcdonaldhopkins.com/insights/news/pennsylvania-amended-breach-notification-law-in-effect', says: 'Act 151 signed 2022-11-03, in effect 2023-05-02.', checked: CHECKED, why: WHY_ACT151 },
      coverage: { kind: 'secondary', where: SB696_PN1330, says: 'State agencies, counties, school districts and municipalities get their own subsections (a.1)-(a.2).', checked: CHECKED, why: WHY_ACT151 },
      personal_information: { kind: 'secondary', where: 'https://www.mcdonaldhopkins.com/insights/news/pennsylvania-amended-breach-notification-law-in-effect', says: 'Adds medical and health insurance information and online credentials.', checked: CHECKED, why: WHY_ACT151 },
      encryption: F_ENCRYPTION,
      risk_of_harm: F_HARM,
      deadline: { kind: 'secondary', where: 'https://www.mcdonaldhopkins.com/insights/news/pennsylvania-amended-breach-notification-law-in-effect', says: 'Without unreasonable delay, now after determination; contractor 7 business days (PN 1330).', checked: CHECKED, why: WHY_ACT151 },
      anchor: { kind: 'secondary', where: 'https://www.legis.state.pa.us/WU01/LI/LI/US/HTM/2005/0/0094..HTM', says: '"Determination": verification or reasonable certainty that a breach occurred.', checked: CHECKED, why: 'The consolidated act was read by earlier research, not re-read on the date checked.' },
      threshold: { kind: 'secondary', where: PERKINS_PA, says: 'Credit bureaus above 1,000 persons; unchanged by Act 151.', checked: CHECKED, why: WHY_ACT151 },
      law_enforcement: F_LE,
      substitute_notice: F_SUBSTITUTE,
      required_content: { kind: 'secondary', where: 'https://www.mcdonaldhopkins.com/insights/news/pennsylvania-amended-breach-notification-law-in-effect', says: 'Credential breaches notified electronically: tell people to change passwords and security questions.', checked: CHECKED, why: WHY_ACT151 },
      forbidden_content: F_FORBIDDEN,
    },
  },
  {
    id: 'PA-2024',
    effectiveFrom: '2024-09-26',
    effectiveTo: null,
    citations: ['73 P.S. §§ 2301 et seq. as amended by Act 33 of 2024 (S.B. 824, signed 2024-06-28, eff. 2024-09-26)'],
    summary: 'Pennsylvania businesses must notify residents without unreasonable delay after determining a breach and, when more than 500 are notified, the Attorney General at the same time and the credit bureaus.',
    coverage: COVERAGE_2023,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_2024_GENERAL,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2024, AG_500, CRA_2024, VENDOR_2023, STATE_CONTRACTOR],
    confidence: 'low',
    unverified: [
      WHY_ACT33,
      'Whether the lowered credit-bureau threshold reads "more than 500" or "500 or more" persons (sources differ); "more than" is encoded.',
      'The enacted text of the State agency contractor duty (7 business days to the agency\'s CISO) was read only in a bill draft (PN 1330).',
    ],
    sources: [...SOURCES_2006, ...SOURCES_2023, ...SOURCES_2024],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://jdsupra.com/legalnews/pennsylvania-s-amendments-to-data-4940636', says: 'Act 33 signed 2024-06-28, effective 2024-09-26.', checked: CHECKED, why: WHY_ACT33 },
      coverage: { kind: 'secondary', where: 'https://legalnewsline.com/stories/664311590-ag-henry-launches-online-portal-for-mandatory-data-breach-reporting', says: 'Entities holding personal data of more than 500 Pennsylvanians report to the Attorney General.', checked: CHECKED, why: WHY_ACT33 },
      personal_information: { kind: 'secondary', where: 'https://legacy.dataguidance.com/news/pennsylvania-governor-approves-bill-amending-breach', says: 'Medical information limited to State agencies and State agency contractors.', checked: CHECKED, why: WHY_ACT33 },
      encryption: F_ENCRYPTION,
      risk_of_harm: F_HARM,
      deadline: { kind: 'secondary', where: SB824_PN899, says: 'Attorney General notice "concurrently" with the resident notice (c.1), as introduced; residents without unreasonable delay.', checked: CHECKED, why: 'Read in the bill as introduced (PN 899), not in the enacted Act 33; summaries of the enacted act agree.' },
      anchor: { kind: 'secondary', where: 'https://www.legis.state.pa.us/WU01/LI/LI/US/HTM/2005/0/0094..HTM', says: 'Determination of the breach starts the resident clock.', checked: CHECKED, why: 'Not re-read on the date checked.' },
      threshold: { kind: 'secondary', where: SB824_PN899, says: 'Attorney General when notice must go to more than 500 affected individuals in the Commonwealth (c.1); credit bureaus at 500 per summaries.', checked: CHECKED, why: 'Read in the bill as introduced (PN 899), not in the enacted Act 33; summaries of the enacted act agree.' },
      law_enforcement: F_LE,
      substitute_notice: F_SUBSTITUTE,
      required_content: { kind: 'secondary', where: 'https://databreaches.net/2024/07/07/new-pennsylvania-law-will-offer-added-protections-for-victims-of-data-breaches-and-new-reporting-requirements', says: 'Attorney General: organisation name and location, breach date, summary, total and Pennsylvania numbers; credit monitoring for SSN, bank account or licence numbers.', checked: CHECKED, why: WHY_ACT33 },
      forbidden_content: F_FORBIDDEN,
    },
  },
];

const GOV_COVERAGE = governmentOnlyCoverage('73 P.S. § 2303(a)', {
  local_government: ['yes', '73 P.S. § 2303(a.2) binds counties, public schools (school districts, charter and cyber charter schools, intermediate units, area career and technical schools) and municipalities.'],
  state_agency: ['yes', '73 P.S. § 2303(a.1) binds State agencies.'],
});

const GOV_INDIVIDUALS_2023: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Pennsylvania residents',
  citation: '73 P.S. § 2303(a.1)(1), (a.2)',
  deadline: businessDays(7, 'determined'),
  lawEnforcement: LE,
  notes: 'Within 7 business days after determining the breach, whatever the body\'s own notification policy.',
});
const GOV_INDIVIDUALS_2024: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Pennsylvania residents',
  citation: '73 P.S. § 2303(a.1)(1), (a.2)',
  deadline: businessDays(7, 'determined'),
  lawEnforcement: LE,
  notes: 'Within 7 business days after determining the breach, whatever the body\'s own notification policy. If an SSN, bank account number, or driver\'s licence or state ID number was exposed, offer 12 months of free credit monitoring and access to one independent credit report (Act 33 of 2024, § 2303(d)).',
});
const GOV_AG: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Pennsylvania Office of Attorney General',
  citation: '73 P.S. § 2303(a.1)(1)',
  deadline: withIndividuals,
  lawEnforcement: LE,
  condition: 'State agencies only: notice to the Attorney General goes concurrently with the resident notice, whatever the number affected.',
});
const GOV_OA: ObligationRule = obligation({
  id: 'office-of-administration',
  recipient: 'state_agency',
  recipientName: "Governor's Office of Administration",
  citation: '73 P.S. § 2303(a.1)',
  deadline: businessDays(3, 'determined'),
  lawEnforcement: LE,
  condition: "Only for a State agency under the Governor's jurisdiction.",
});
const GOV_DA: ObligationRule = obligation({
  id: 'district-attorney',
  recipient: 'regulator',
  recipientName: 'District attorney of the county where the breach occurred',
  citation: '73 P.S. § 2303(a.2)',
  deadline: businessDays(3, 'determined'),
  lawEnforcement: LE,
  condition: 'Only for a county, public school or municipality.',
});

const GOV_UNVERIFIED = [
  'The enacted text of Act 151 was not read. The 7 business days and the 3-business-day Office of Administration and district-attorney notices rest on bill drafts (S.B. 696 PN 1330) and local-government summaries; one firm words the State agency deadline as "seven days".',
  'Bill drafts show the State agency notice to the Attorney General changed from "within three business days" to "concurrently"; "concurrently" (with the resident notice) is encoded.',
  'Whether a law-enforcement delay under § 2304 also extends the 3-business-day notices is assumed, not read.',
];
const GOV_SOURCES = [
  { where: 'http://boroughs.org/fullnotice.php?id=771', facts: 'counties, municipalities, public schools: residents within 7 business days of determination, district attorney within 3 business days; effective 2023-05-02' },
  { where: 'https://babstcalland.com/perspectives/articles-alerts-perspectives/page/19', facts: 'public school definition; 7 business days; DA 3 business days' },
  { where: SB696_PN1330, facts: 'PN 1330: AG "within three business days" struck; Office of Administration 3 business days after determination; contractor 7 business days' },
  { where: 'https://wdac.com/pa-data-breach-bill-passes-house-panel/', facts: 'S.B. 696: State agencies notify the Attorney General concurrently' },
];
const GOV_VERIFY_COMMON = {
  coverage: { kind: 'secondary', where: SB696_PN1330, says: 'Subsection (a.2) names counties, school districts and municipalities; (a.1) State agencies and their contractors (draft text).', checked: CHECKED, why: 'Read in a bill draft (PN 1330), not in the enacted Act 151; summaries of the enacted act agree.' } as FactCheck,
  encryption: F_ENCRYPTION,
  risk_of_harm: F_HARM,
  deadline: { kind: 'secondary', where: 'http://boroughs.org/fullnotice.php?id=771', says: 'Residents within 7 business days of determination; Office of Administration and district attorney within 3 business days; Attorney General concurrently.', checked: CHECKED, why: WHY_ACT151 } as FactCheck,
  anchor: { kind: 'secondary', where: SB696_PN1330, says: 'The 3- and 7-business-day periods run from determination of the breach (draft text).', checked: CHECKED, why: 'Read in a bill draft (PN 1330), not in the enacted Act 151; summaries of the enacted act agree.' } as FactCheck,
  law_enforcement: F_LE,
  substitute_notice: F_SUBSTITUTE,
  forbidden_content: F_FORBIDDEN,
};

const government: RuleVersion[] = [
  {
    id: 'PA-GOV-2023',
    effectiveFrom: '2023-05-02',
    effectiveTo: '2024-09-25',
    citations: ['73 P.S. § 2303(a.1)-(a.2) as added by Act 151 of 2022'],
    summary: 'Pennsylvania State agencies, counties, public schools and municipalities must notify affected residents within 7 business days of determining a breach, and tell the Attorney General, the Office of Administration or the district attorney as their kind requires.',
    coverage: GOV_COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_2023,
    substituteNotice: SUBSTITUTE,
    obligations: [GOV_INDIVIDUALS_2023, GOV_AG, GOV_OA, GOV_DA, CRA_2023],
    confidence: 'low',
    unverified: GOV_UNVERIFIED,
    sources: GOV_SOURCES,
    verification: {
      ...GOV_VERIFY_COMMON,
      effective_dates: { kind: 'secondary', where: 'http://boroughs.org/fullnotice.php?id=771', says: 'Effective 2023-05-02.', checked: CHECKED, why: WHY_ACT151 },
      personal_information: { kind: 'secondary', where: 'https://www.mcdonaldhopkins.com/insights/news/pennsylvania-amended-breach-notification-law-in-effect', says: 'As for PA-2023: adds medical, health insurance information and online credentials.', checked: CHECKED, why: WHY_ACT151 },
      threshold: { kind: 'secondary', where: 'https://wdac.com/pa-data-breach-bill-passes-house-panel/', says: 'None for the resident, Attorney General, Office of Administration and district-attorney notices; credit bureaus above 1,000.', checked: CHECKED, why: WHY_ACT151 },
      required_content: { kind: 'secondary', where: 'http://boroughs.org/fullnotice.php?id=771', says: 'No content beyond § 2303(a) for residents; none listed for the government recipients.', checked: CHECKED, why: WHY_ACT151 },
    },
  },
  {
    id: 'PA-GOV-2024',
    effectiveFrom: '2024-09-26',
    effectiveTo: null,
    citations: ['73 P.S. § 2303(a.1)-(a.2) as added by Act 151 of 2022, with § 2303(c.1) and § 2305 as amended by Act 33 of 2024'],
    summary: 'Pennsylvania State agencies, counties, public schools and municipalities must notify affected residents within 7 business days of determining a breach, tell the Attorney General, the Office of Administration or the district attorney as their kind requires, and the Attorney General and credit bureaus when more than 500 are notified.',
    coverage: GOV_COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_2024_GOVERNMENT,
    substituteNotice: SUBSTITUTE,
    obligations: [GOV_INDIVIDUALS_2024, GOV_AG, GOV_OA, GOV_DA, AG_500, CRA_2024],
    confidence: 'low',
    unverified: [...GOV_UNVERIFIED, WHY_ACT33],
    sources: [...GOV_SOURCES, ...SOURCES_2024],
    verification: {
      ...GOV_VERIFY_COMMON,
      effective_dates: { kind: 'secondary', where: 'https://jdsupra.com/legalnews/pennsylvania-s-amendments-to-data-4940636', says: 'Act 33 effective 2024-09-26.', checked: CHECKED, why: WHY_ACT33 },
      personal_information: { kind: 'secondary', where: 'https://legacy.dataguidance.com/news/pennsylvania-governor-approves-bill-amending-breach', says: 'Medical information stays personal information for State agencies and contractors.', checked: CHECKED, why: WHY_ACT33 },
      threshold: { kind: 'secondary', where: SB824_PN899, says: 'Attorney General (c.1) when more than 500 affected individuals in the Commonwealth; credit bureaus at 500 per summaries.', checked: CHECKED, why: 'Read in the bill as introduced (PN 899), not in the enacted Act 33; summaries of the enacted act agree.' },
      required_content: { kind: 'secondary', where: 'https://databreaches.net/2024/07/07/new-pennsylvania-law-will-offer-added-protections-for-victims-of-data-breaches-and-new-reporting-requirements', says: 'Attorney General (c.2) content; credit monitoring offer.', checked: CHECKED, why: WHY_ACT33 },
    },
  },
];

const AG_CHANNEL: SubmissionChannel = {
  recipient: 'attorney_general',
  name: 'Pennsylvania Office of Attorney General, data breach reporting portal',
  ways: [
    { kind: 'online_form', value: 'https://www.attorneygeneral.gov/', formName: 'Data breach reporting portal (from the Attorney General\'s home page)' },
    { kind: 'postal', value: 'Office of Attorney General, Bureau of Consumer Protection, Strawberry Square, 15th Floor, Harrisburg, PA 17120' },
  ],
  asksFor: [
    'Name and location of the organisation',
    'Date of the breach',
    'Summary of the incident',
    'Estimated total number of individuals affected and number of Pennsylvania residents affected',
  ],
  source: '73 P.S. § 2303(c.2) (contents, per Act 33 summaries); the portal launched for 2024-09-26 per the Attorney General\'s announcement (eyeonprivacy.com, legalnewsline.com); its exact page address was not in the stored copies',
  checked: CHECKED,
};
const OA_CHANNEL: SubmissionChannel = {
  recipient: 'state_agency',
  obligations: ['office-of-administration'],
  name: "Governor's Office of Administration",
  ways: [{ kind: 'postal', value: "Governor's Office of Administration, Harrisburg, PA (through the agency's own reporting line to the Office of Administration; no public address for these notices was found)" }],
  asksFor: ['Notice of the breach of the security of the system (the statute lists no content)'],
  source: "73 P.S. § 2303(a.1) (S.B. 696 PN 1330 text); no published address for these notices was found in the stored copies on the date checked",
  checked: CHECKED,
};
const DA_CHANNEL: SubmissionChannel = {
  recipient: 'regulator',
  obligations: ['district-attorney'],
  name: 'District attorney of the county in which the breach occurred',
  ways: [{ kind: 'postal', value: 'The office of the district attorney of the county in which the breach occurred (each county publishes its own address)' }],
  asksFor: ['Notice of the breach of the security of the system (the statute lists no content)'],
  source: '73 P.S. § 2303(a.2) (S.B. 696 PN 1330 text; Pennsylvania State Association of Boroughs notice)',
  checked: CHECKED,
};

const CONTACT: ConsumerContact = {
  name: 'Pennsylvania Office of Attorney General, Bureau of Consumer Protection',
  phone: '1-800-441-2555',
  website: 'www.attorneygeneral.gov',
  address: 'Strawberry Square, 15th Floor, Harrisburg, PA 17120',
  source: 'The Attorney General\'s published consumer-protection contact details; not re-read in a stored copy on the date checked',
  checked: CHECKED,
};

export const pennsylvania: Jurisdiction = {
  code: 'PA',
  name: 'Pennsylvania',
  kind: 'state',
  holidays: { country: 'US', state: 'PA' },
  laws: [
    { id: 'PA-73-2301', title: 'Breach of Personal Information Notification Act, 73 P.S. §§ 2301-2329', scope: 'residents', versions: general },
    {
      id: 'PA-73-2303-GOV',
      title: 'Breach of Personal Information Notification Act § 3(a.1)-(a.2): State agencies, counties, public schools and municipalities',
      scope: 'residents',
      versions: government,
    },
  ],
  channels: [AG_CHANNEL, OA_CHANNEL, DA_CHANNEL, NATIONWIDE_CRAS],
  consumerContact: CONTACT,
};
