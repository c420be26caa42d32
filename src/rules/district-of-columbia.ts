// District of Columbia: the Consumer Personal Information Security Breach Notification Act (D.C.
// Code §§ 28-3851 to 28-3853, D.C. Law 16-237), rewritten by the Security Breach Protection
// Amendment Act (D.C. Law 23-98) with Attorney General notice from 50 residents.
import type { Coverage, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, OrgCategory, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, obligation, residents, toll, withIndividuals, withoutDelay } from './shared.js';

const LE = toll('D.C. Code § 28-3852(d)');

// A phone number or address identifies a resident as well as a name does (§ 28-3851(3)): each
// identifier is written out with the same list of elements.
const PI_2007: PersonalInformationDefinition = {
  citation: 'D.C. Code § 28-3851(3) (2007)',
  summary:
    "a name (first name or initial and last name), phone number or address with an SSN, a driver's licence or D.C. ID card number, a credit or debit card number, or any other number or code (account number, security code, PIN) that allows access to a financial or credit account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'card_number', 'account_number', 'card_security_code', 'access_code'] },
    { all: ['phone'], anyOf: ['ssn', 'drivers_license', 'state_id', 'card_number', 'account_number', 'card_security_code', 'access_code'] },
    { all: ['billing_address'], anyOf: ['ssn', 'drivers_license', 'state_id', 'card_number', 'account_number', 'card_security_code', 'access_code'] },
  ],
};

const ELEMENTS_2020 = ['ssn', 'tax_id', 'passport', 'drivers_license', 'state_id', 'military_id', 'card_number', 'account_number', 'card_security_code', 'access_code', 'medical', 'genetic', 'health_insurance', 'biometric'] as const;

const PI_2020: PersonalInformationDefinition = {
  citation: 'D.C. Code § 28-3851(3)',
  summary:
    "a name, phone number, address or other personal identifier with an SSN, ITIN, passport, driver's licence, D.C. ID, military or other government ID number; an account or card number or any code or password giving access to a financial or credit account; medical information; genetic information or DNA profile; health insurance information; or biometric data — or a username or e-mail address with a password, security question and answer or other authenticator for an e-mail account (data that allow identity theft without a name also count: judge those by hand)",
  combinations: [
    { all: ['name'], anyOf: [...ELEMENTS_2020] },
    { all: ['phone'], anyOf: [...ELEMENTS_2020] },
    { all: ['billing_address'], anyOf: [...ELEMENTS_2020] },
    { all: ['email'], anyOf: [...ELEMENTS_2020] },
    { all: ['username'], anyOf: ['password', 'security_question'] },
    { all: ['email'], anyOf: ['password', 'security_question'] },
  ],
};

const BUSINESS = '§ 28-3852(a) binds any person or entity that conducts business in the District and owns or licenses computerized or other electronic personal information';
const GOVERNMENT_OPEN = `${BUSINESS}; whether the District government and its agencies are such an entity is not stated, and no separate rule for them was found.`;
const COVERAGE: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', `${BUSINESS}.`],
  nonprofit: ['yes', `${BUSINESS}; a nonprofit organisation is an entity.`],
  local_government: ['uncertain', GOVERNMENT_OPEN],
  state_agency: ['uncertain', GOVERNMENT_OPEN],
});

const SAFE_HARBOR_2007: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 28-3851(1) (2007): acquisition of data "rendered secure, so as to be unusable by an unauthorized third party" is not a breach; data readable with a taken key is not unusable',
  citation: 'D.C. Code § 28-3851(1)',
};
const SAFE_HARBOR_2020: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 28-3851(1)(B) (2020): data rendered secure, including by encryption or redaction, so as to be unusable by an unauthorized third party is not breached, unless information obtained could compromise that security protection (as summarised)',
  citation: 'D.C. Code § 28-3851(1)',
};
const SUBSTITUTE = { costOver: 50_000, recipientsOver: 100_000, citation: 'D.C. Code § 28-3851(2)(C)' };

const EXPEDIENT = 'in the most expedient time possible and without unreasonable delay after discovery, consistent with law enforcement and with determining the scope of the breach and restoring the system';

const CRAS_2007: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: 'D.C. Code § 28-3852(c)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 District residents are to be notified at one time.'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Timing, distribution and content of the notices to residents'],
});

const CRAS_2020: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: 'D.C. Code § 28-3852(c)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 District residents are to be notified at one time.'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Timing, distribution and content of the notices to residents'],
  condition: 'Does not apply to an entity that must notify the bureaus under Title V of the Gramm-Leach-Bliley Act.',
});

const VENDOR: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'D.C. Code § 28-3852(b)',
  deadline: withoutDelay('discovered', 'In the most expedient time possible following discovery of the breach.'),
  condition: 'This duty binds a person or entity that maintains, handles or possesses the data without owning it, not the owner.',
});

// ---- texts read ----
const CODE_3851 =
  'https://code.dccouncil.gov/us/dc/council/code/sections/28-3851 (§ 28-3851(1)-(2), read in the verbatim copy at https://cliclaw.com/library/state-laws/state-security-breach-laws/district-columbia-consumer-security-breach)';
const BILL_23_215 =
  'D.C. Law 23-98 (Act 23-268, B23-215 engrossed original, read at https://fastdemocracy.com/bill-summary/?billsummary_state=dc&billsummary_id=DCB00012513&billsummary_session=23)';
const CODE_3852_02 = 'https://code.dccouncil.gov/us/dc/council/code/sections/%5B28-3852.02%5D';
const WHY_3852 = 'The text of § 28-3852 itself could not be read: the stored copies of the D.C. Code and of B23-215 break off before it.';
const WHY_2007 = 'The 2007 text of §§ 28-3851 and 28-3852 (D.C. Law 16-237) is not online in a readable form here; the current code shows only the 2020 wording.';

const DC_2007_VERIFICATION: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: PERKINS_CHART_2021,
    says: 'D.C. Law 16-237 took effect 2007-03-08; Perkins Coie and CLIClaw date its duties from 2007-07-01',
    checked: '2026-12-08',
    why: WHY_2007,
  },
  coverage: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/district-of-columbia',
    says: 'any person or entity conducting business in the District that owns or licenses computerized personal information',
    checked: '2026-12-08',
    why: WHY_2007,
  },
  personal_information: {
    kind: 'secondary',
    where: 'https://csrps.com/privacy-regulations/district-of-columbia',
    says: 'name, phone number or address with SSN, licence or D.C. ID, card number, or an access number or code for a financial account',
    checked: '2026-12-08',
    why: WHY_2007,
  },
  encryption: {
    kind: 'primary',
    where: CODE_3851,
    says: '§ 28-3851(1): data rendered secure so as to be unusable by an unauthorized third party is not breached (the 2007 wording, reproduced in the copy read)',
    checked: '2026-12-08',
  },
  risk_of_harm: {
    kind: 'primary',
    where: CODE_3851,
    says: 'none: the 2007 definition of breach had no harm test (the harm exception arrived with D.C. Law 23-98)',
    checked: '2026-12-08',
  },
  deadline: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/district-of-columbia',
    says: '§ 28-3852(a): most expedient time possible and without unreasonable delay; no number of days',
    checked: '2026-12-08',
    why: WHY_2007,
  },
  anchor: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/district-of-columbia',
    says: 'following discovery or notification of the breach',
    checked: '2026-12-08',
    why: WHY_2007,
  },
  threshold: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/district-of-columbia',
    says: 'credit bureaus when more than 1,000 residents are notified; no regulator notice before 2020',
    checked: '2026-12-08',
    why: WHY_2007,
  },
  law_enforcement: {
    kind: 'secondary',
    where: PERKINS_CHART_2021,
    says: '§ 28-3852(d): notice delayed while law enforcement says it would impede an investigation',
    checked: '2026-12-08',
    why: WHY_2007,
  },
  substitute_notice: {
    kind: 'secondary',
    where: PERKINS_CHART_2021,
    says: 'substitute notice when the cost exceeds $50,000, more than 100,000 persons, or no contact details',
    checked: '2026-12-08',
    why: WHY_2007,
  },
  required_content: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/district-of-columbia',
    says: 'none: the 2007 law set no content for the notice',
    checked: '2026-12-08',
    why: WHY_2007,
  },
  forbidden_content: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/district-of-columbia',
    says: 'none: nothing forbidden',
    checked: '2026-12-08',
    why: WHY_2007,
  },
};

const DC_2020_VERIFICATION: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: 'https://oag.dc.gov/requirements-districts-data-breach-notification; https://www.recordinglaw.com/us-laws/data-privacy-laws/district-of-columbia-data-privacy-laws/data-breach-notification',
    says: 'signed 2020-03-26 (Act 23-268); the OAG says in force 2020-06-08, the code history and Perkins Coie 2020-06-17 (D.C. Law 23-98)',
    checked: '2026-12-08',
    why: 'The D.C. Register notice of D.C. Law 23-98 was not read; the sources disagree by nine days.',
  },
  coverage: {
    kind: 'secondary',
    where: 'https://seancgriffin.com/blog/2021/4/26/district-of-columbia-data-breach-notification-requirements',
    says: 'any person or entity conducting business in the District that owns or licenses computerized or electronic personal information',
    checked: '2026-12-08',
    why: WHY_3852,
  },
  personal_information: {
    kind: 'secondary',
    where: 'https://seancgriffin.com/blog/2021/4/26/district-of-columbia-data-breach-notification-requirements',
    says: 'name or other identifier with SSN, ITIN, passport, licence, military or government ID, financial account access, medical, genetic, health insurance or biometric data; or e-mail credentials',
    checked: '2026-12-08',
    why: 'The definition in § 28-3851(3) was beyond the part of the code copy and of B23-215 that could be read.',
  },
  encryption: {
    kind: 'secondary',
    where: 'https://caseguard.com/articles/new-data-breach-notification-law-in-washington-d-c',
    says: 'data rendered unusable (encryption, redaction) is excluded unless the information obtained could compromise the security protection',
    checked: '2026-12-08',
    why: 'The 2020 wording of § 28-3851(1)(B) was beyond the part of B23-215 that could be read; the code copy read showed the 2007 wording.',
  },
  risk_of_harm: {
    kind: 'secondary',
    where: 'https://oag.dc.gov/requirements-districts-data-breach-notification',
    says: 'no breach if, after consulting the OAG and federal law enforcement, the entity reasonably finds harm unlikely',
    checked: '2026-12-08',
    why: WHY_3852,
  },
  deadline: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/district-of-columbia',
    says: 'residents in the most expedient time possible; the Attorney General no later than the resident notice',
    checked: '2026-12-08',
    why: WHY_3852,
  },
  anchor: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/district-of-columbia',
    says: 'following discovery or notification of the breach',
    checked: '2026-12-08',
    why: WHY_3852,
  },
  threshold: {
    kind: 'secondary',
    where: 'https://buckleyfirm.com/blog/2020-04-09/dc-enacts-data-breach-requirements-and-consumer-protections',
    says: 'Attorney General for a breach of 50 or more District residents; bureaus for more than 1,000',
    checked: '2026-12-08',
    why: WHY_3852,
  },
  law_enforcement: {
    kind: 'secondary',
    where: PERKINS_CHART_2021,
    says: '§ 28-3852(d): notice delayed while law enforcement says it would impede an investigation',
    checked: '2026-12-08',
    why: WHY_3852,
  },
  substitute_notice: {
    kind: 'primary',
    where: CODE_3851,
    says: '§ 28-3851(2): notice by written or consented electronic notice, or substitute notice (limits $50,000 / 100,000 per Perkins Coie: the copy breaks off in (2))',
    checked: '2026-12-08',
  },
  required_content: {
    kind: 'secondary',
    where: BLOOMBERG_TABLE,
    says: 'resident letter: categories of information, contact, bureaus, free security freeze, FTC and OAG contacts; 18 months of identity theft protection for SSN/ITIN (§ 28-3852.02, read at code.dccouncil.gov); AG notice content per the OAG page',
    checked: '2026-12-08',
    why: WHY_3852,
  },
  forbidden_content: {
    kind: 'secondary',
    where: 'https://oag.dc.gov/requirements-districts-data-breach-notification',
    says: 'none: nothing forbidden in a notice',
    checked: '2026-12-08',
    why: WHY_3852,
  },
};

const versions: RuleVersion[] = [
  {
    id: 'DC-2007',
    effectiveFrom: '2007-07-01',
    effectiveTo: '2020-06-16',
    citations: ['D.C. Code §§ 28-3851 to 28-3853 (Consumer Personal Information Security Breach Notification Act of 2006, D.C. Law 16-237)'],
    summary: 'The District required notice to affected residents in the most expedient time possible, whatever the risk of harm, and to the credit bureaus when more than 1,000 residents were notified.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR_2007,
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: PI_2007,
    substituteNotice: SUBSTITUTE,
    obligations: [
      obligation({ id: 'individuals', recipient: 'individuals', recipientName: 'Affected District residents', citation: 'D.C. Code § 28-3852(a)', deadline: withoutDelay('discovered', EXPEDIENT), lawEnforcement: LE }),
      CRAS_2007,
      VENDOR,
    ],
    confidence: 'low',
    unverified: [
      'D.C. Law 16-237 took effect 2007-03-08; Perkins Coie and the research record start its duties on 2007-07-01, which is used here.',
      'The 2007 personal-information definition, deadline and bureau threshold are taken from summaries (csrps.com, wordsbywit.com, Perkins Coie); the 2007 text of § 28-3852 was not read.',
    ],
    sources: [
      { where: CODE_3851, facts: '§ 28-3851(1)-(2): breach, "rendered secure, so as to be unusable", notice methods' },
      { where: 'https://www.wordsbywit.com/district-of-columbia', facts: 'pre-2020 text: most expedient time; CRAs over 1,000; no content requirement' },
      { where: 'https://csrps.com/privacy-regulations/district-of-columbia', facts: 'pre-2020 definition: name, phone or address with SSN, licence, card number or account access codes' },
      { where: 'dwt.com/districtofcolumbia/ (pre-2020 content)', facts: 'no risk-of-harm exception before 2020' },
      { where: PERKINS_CHART_2021, facts: 'effective 2007-07-01; substitute notice $50,000 / 100,000' },
    ],
    verification: DC_2007_VERIFICATION,
  },
  {
    id: 'DC-2020',
    effectiveFrom: '2020-06-17',
    effectiveTo: null,
    citations: ['D.C. Code §§ 28-3851 to 28-3853 as amended by the Security Breach Protection Amendment Act of 2019 (D.C. Law 23-98)'],
    summary: 'The District requires notice to affected residents in the most expedient time possible, to the Attorney General no later than that when 50 or more residents are affected, and to the credit bureaus when more than 1,000 are notified.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR_2020,
    riskOfHarmException: {
      exists: true,
      standard: 'No breach if, after a reasonable investigation and consultation with the Office of the Attorney General and federal law enforcement, the entity reasonably determines the acquisition will likely not result in harm.',
      recordToKeep: 'Consultation with the D.C. Office of the Attorney General and federal law enforcement before concluding that harm is unlikely.',
    },
    personalInformation: PI_2020,
    substituteNotice: SUBSTITUTE,
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected District residents',
        citation: 'D.C. Code § 28-3852(a), (a-1)',
        deadline: withoutDelay('discovered', EXPEDIENT),
        lawEnforcement: LE,
        requiredContent: [
          'To the extent possible, a description of the categories of information acquired',
          'Contact information for the notifying person or entity',
          'Toll-free numbers and addresses of the major consumer reporting agencies',
          'A statement that the resident may obtain a security freeze free of charge, and how to request one',
          'Toll-free numbers, addresses and websites of the Federal Trade Commission and the D.C. Office of the Attorney General, with a statement that they provide information about avoiding identity theft',
          'If an SSN or taxpayer ID number was involved: an offer of identity theft protection services free for at least 18 months (§ 28-3852.02)',
        ],
        letterElements: ['information_involved', 'contact', 'credit_bureaus', 'ftc', 'attorney_general'],
        condition: 'Entities following GLBA or HIPAA breach procedures are deemed compliant for residents, but must still send the Attorney General written notice.',
      }),
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: 'Office of the Attorney General for the District of Columbia',
        citation: 'D.C. Code § 28-3852',
        deadline: withIndividuals,
        threshold: residents(50, 'at_least'),
        lawEnforcement: LE,
        requiredContent: [
          'Name and contact information of the entity',
          'Nature of the breach',
          'Types of personal information compromised',
          'Number of District residents affected',
          'Cause of the breach',
          'Whether a foreign country is known to be involved',
          'Remedial steps taken',
          'A sample of the notice to residents',
        ],
        notes: 'In the most expedient manner possible and without unreasonable delay, and in no event later than the notice to residents, when the breach affects 50 or more District residents.',
      }),
      CRAS_2020,
      VENDOR,
    ],
    confidence: 'low',
    unverified: [
      'Effective date: the DC Code history and Perkins Coie give 2020-06-17 (D.C. Law 23-98); the OAG page says 2020-06-08.',
      'The text of § 28-3852 as amended in 2020 could not be read; its content lists, the 50-resident threshold and the Attorney General timing rest on the OAG guidance page, law-firm summaries and the Bloomberg table.',
      'Data elements that allow identity theft without a name or identifier are covered by the definition but are not machine-encoded here.',
      'The 2020 key wording ("unless any information obtained has the potential to compromise the effectiveness of the security protection") was read only in a summary; data whose key was taken is treated as notifiable.',
      'Whether the District government and its agencies are bound is not stated in the text read; breachdesk assumes they are, the safer reading.',
    ],
    sources: [
      { where: 'https://oag.dc.gov/requirements-districts-data-breach-notification', facts: 'Act in force June 2020; name, phone, address or other identifier; consult OAG before concluding no harm; AG notice content' },
      { where: CODE_3851, facts: '§ 28-3851 definitions text: breach, rendered secure, genetic and medical information' },
      { where: CODE_3852_02, facts: '§ 28-3852.02: at least 18 months of free identity theft protection for an SSN or TIN breach, with what is needed to enrol' },
      { where: 'https://seancgriffin.com/blog/2021/4/26/district-of-columbia-data-breach-notification-requirements', facts: '2020 personal information elements' },
      { where: BILL_23_215, facts: 'engrossed B23-215: AG written notice, 18 months of identity theft services, content of resident notice (title and opening read)' },
      { where: PERKINS_CHART_2021, facts: 'AG at 50 or more no later than residents; CRA; vendor; substitute notice' },
      { where: BLOOMBERG_TABLE, facts: 'AG notice content; resident notice content' },
    ],
    verification: DC_2020_VERIFICATION,
  },
];

// No breach-notice form or e-mail address of the OAG was found in the sources read; the statute asks
// for written notice, so the OAG's main office address is given.
const AG_CHANNEL_SOURCE =
  'https://oag.dc.gov/requirements-districts-data-breach-notification (what the written notice must contain); postal address: the OAG main office (400 6th Street NW). No online form or e-mail address for breach notices was found.';

export const districtOfColumbia: Jurisdiction = {
  code: 'DC',
  name: 'District of Columbia',
  kind: 'district',
  holidays: { country: 'US', state: 'DC' },
  laws: [{ id: 'DC-28-3852', title: 'D.C. Consumer Personal Information Security Breach Notification Act, D.C. Code §§ 28-3851 to 28-3853', scope: 'residents', versions }],
  channels: [
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general'],
      name: 'Office of the Attorney General for the District of Columbia',
      ways: [
        { kind: 'postal', value: 'Office of the Attorney General for the District of Columbia, 400 6th Street NW, Washington, DC 20001' },
      ],
      asksFor: [
        'Name and contact information of the person or entity reporting',
        'Name and contact information of the person or entity that experienced the breach',
        'Nature of the breach, including when it occurred and when it was discovered',
        'Types of personal information compromised',
        'Number of District residents affected',
        'Cause of the breach, including whether a foreign country was involved',
        'Remedial steps taken',
        'A sample of the notice to residents',
      ],
      source: AG_CHANNEL_SOURCE,
      checked: '2026-12-08',
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'Office of the Attorney General for the District of Columbia',
    phone: '1-202-727-3400',
    website: 'oag.dc.gov',
    address: '400 6th Street NW, Washington, DC 20001',
    source: 'The value resident letters used (issue 17 brief); the OAG is the office D.C. Code § 28-3852(a-1) requires letters to name, with oag.dc.gov its website',
    checked: '2026-12-08',
  },
};
