// District of Columbia: the Consumer Personal Information Security Breach Notification Act (D.C.
// Code §§ 28-3851 to 28-3853, D.C. Law 16-237), rewritten by the Security Breach Protection
// Amendment Act (D.C. Law 23-98) with Attorney General notice from 50 residents.
import type { DataElement, Jurisdiction, PersonalInformationDefinition, PiCombination, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, obligation, residents, toll, withIndividuals, withoutDelay } from './shared.js';

const LE = toll('D.C. Code § 28-3852(d)');

// A phone number or address identifies a resident as well as a name does (§ 28-3851(3)).
const identifiedBy = (identifiers: DataElement[], elements: DataElement[]): PiCombination[] => identifiers.map((id) => ({ all: [id], anyOf: elements }));

const PI_2007: PersonalInformationDefinition = {
  citation: 'D.C. Code § 28-3851(3) (2007)',
  summary:
    "a name (first name or initial and last name), phone number or address with an SSN, a driver's licence or D.C. ID card number, a credit or debit card number, or any other number or code (account number, security code, PIN) that allows access to a financial or credit account",
  combinations: identifiedBy(['name', 'phone', 'billing_address'], ['ssn', 'drivers_license', 'state_id', 'card_number', 'account_number', 'card_security_code', 'access_code']),
};

const PI_2020: PersonalInformationDefinition = {
  citation: 'D.C. Code § 28-3851(3)',
  summary:
    "a name, phone number, address or other personal identifier with an SSN, ITIN, passport, driver's licence, D.C. ID, military or other government ID number; an account or card number or any code or password giving access to a financial or credit account; medical information; genetic information or DNA profile; health insurance information; or biometric data — or a username or e-mail address with a password, security question and answer or other authenticator for an e-mail account (data that allow identity theft without a name also count: judge those by hand)",
  combinations: [
    ...identifiedBy(
      ['name', 'phone', 'billing_address', 'email'],
      ['ssn', 'tax_id', 'passport', 'drivers_license', 'state_id', 'military_id', 'card_number', 'account_number', 'card_security_code', 'access_code', 'medical', 'genetic', 'health_insurance', 'biometric'],
    ),
    { all: ['username'], anyOf: ['password', 'security_question'] },
    { all: ['email'], anyOf: ['password', 'security_question'] },
  ],
};

const BUSINESS = '§ 28-3852(a) binds any person or entity that conducts business in the District and owns or licenses computerized or other electronic personal information';
const GOVERNMENT_OPEN = `${BUSINESS}; whether the District government and its agencies are such an entity is not stated, and no separate rule for them was found.`;
const COVERAGE = coverage({
  business: ['yes', `${BUSINESS}.`],
  nonprofit: ['yes', `${BUSINESS}; a nonprofit organisation is an entity.`],
  local_government: ['uncertain', GOVERNMENT_OPEN],
  state_agency: ['uncertain', GOVERNMENT_OPEN],
});
const SAFE_HARBOR = { exists: true, keyException: true, citation: 'D.C. Code § 28-3851(1)' };
const SUBSTITUTE = { costOver: 50_000, recipientsOver: 100_000, citation: 'D.C. Code § 28-3851(2)(C)' };

const EXPEDIENT = 'in the most expedient time possible and without unreasonable delay after discovery, consistent with law enforcement and with determining the scope of the breach and restoring the system';

const creditBureaus = (gramm: boolean) =>
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Nationwide consumer reporting agencies',
    citation: 'D.C. Code § 28-3852(c)',
    deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 District residents are to be notified at one time.'),
    threshold: residents(1000, 'more_than'),
    lawEnforcement: LE,
    requiredContent: ['Timing, distribution and content of the notices to residents'],
    condition: gramm ? 'Does not apply to an entity that must notify the bureaus under Title V of the Gramm-Leach-Bliley Act.' : null,
  });

const vendor = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'D.C. Code § 28-3852(b)',
  deadline: withoutDelay('discovered', 'In the most expedient time possible following discovery of the breach.'),
  condition: 'This duty binds a person or entity that maintains, handles or possesses the data without owning it, not the owner.',
});

const versions: RuleVersion[] = [
  {
    id: 'DC-2007',
    effectiveFrom: '2007-07-01',
    effectiveTo: '2020-06-16',
    citations: ['D.C. Code §§ 28-3851 to 28-3853 (Consumer Personal Information Security Breach Notification Act of 2006, D.C. Law 16-237)'],
    summary: 'The District required notice to affected residents in the most expedient time possible, whatever the risk of harm, and to the credit bureaus when more than 1,000 residents were notified.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: PI_2007,
    substituteNotice: SUBSTITUTE,
    obligations: [
      obligation({ id: 'individuals', recipient: 'individuals', recipientName: 'Affected District residents', citation: 'D.C. Code § 28-3852(a)', deadline: withoutDelay('discovered', EXPEDIENT), lawEnforcement: LE }),
      creditBureaus(false),
      vendor,
    ],
    confidence: 'medium',
    unverified: [
      'D.C. Law 16-237 took effect 2007-03-08; Perkins Coie and the research record start its duties on 2007-07-01, which is used here.',
      'The 2007 personal-information definition is taken from a compliance summary (csrps.com) and the OAG page describing the pre-2020 law.',
      'The safe harbour covers data "rendered secure, so as to be unusable"; with no key clause, data whose key was taken is treated as usable.',
    ],
    sources: [
      { where: 'https://www.wordsbywit.com/district-of-columbia', facts: 'pre-2020 text: most expedient time; CRAs over 1,000; no content requirement' },
      { where: 'https://csrps.com/privacy-regulations/district-of-columbia', facts: 'pre-2020 definition: name, phone or address with SSN, licence, card number or account access codes' },
      { where: 'dwt.com/districtofcolumbia/ (pre-2020 content)', facts: 'no risk-of-harm exception before 2020' },
      { where: PERKINS_CHART_2021, facts: 'effective 2007-07-01; substitute notice $50,000 / 100,000' },
    ],
  },
  {
    id: 'DC-2020',
    effectiveFrom: '2020-06-17',
    effectiveTo: null,
    citations: ['D.C. Code §§ 28-3851 to 28-3853 as amended by the Security Breach Protection Amendment Act of 2019 (D.C. Law 23-98)'],
    summary: 'The District requires notice to affected residents in the most expedient time possible, to the Attorney General no later than that when 50 or more residents are affected, and to the credit bureaus when more than 1,000 are notified.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
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
          'If an SSN or taxpayer ID number was involved: an offer of identity theft protection services free for at least 18 months',
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
      creditBureaus(true),
      vendor,
    ],
    confidence: 'high',
    unverified: [
      'Effective date: the DC Code history and Perkins Coie give 2020-06-17 (D.C. Law 23-98); the OAG page says 2020-06-08.',
      'The Attorney General notice content follows the OAG guidance page and Bloomberg summary; its subsection letter was not read.',
      'Data elements that allow identity theft without a name or identifier are covered by the definition but are not machine-encoded here.',
      'The safe harbour covers data "rendered secure, so as to be unusable"; with no key clause, data whose key was taken is treated as usable.',
    ],
    sources: [
      { where: 'https://oag.dc.gov/requirements-districts-data-breach-notification', facts: 'Act in force June 2020; name, phone, address or other identifier; consult OAG before concluding no harm; AG notice content' },
      { where: 'https://cliclaw.com/library/state-laws/state-security-breach-laws/district-columbia-consumer-security-breach', facts: '§ 28-3851 definitions text: breach, rendered secure, genetic and medical information' },
      { where: 'https://seancgriffin.com/blog/2021/4/26/district-of-columbia-data-breach-notification-requirements', facts: '2020 personal information elements' },
      { where: 'https://fastdemocracy.com/bill-summary/?billsummary_state=dc&billsummary_id=DCB00012513&billsummary_session=23', facts: 'engrossed B23-215: AG written notice, 18 months of identity theft services, content of resident notice' },
      { where: 'code.dccouncil.gov/us/dc/council/code/sections/[28-3852.02]', facts: '18-month identity theft protection' },
      { where: PERKINS_CHART_2021, facts: 'AG at 50 or more no later than residents; CRA; vendor; substitute notice' },
      { where: BLOOMBERG_TABLE, facts: 'AG notice content; resident notice content' },
    ],
  },
];

export const districtOfColumbia: Jurisdiction = {
  code: 'DC',
  name: 'District of Columbia',
  kind: 'district',
  holidays: { country: 'US', state: 'DC' },
  laws: [{ id: 'DC-28-3852', title: 'D.C. Consumer Personal Information Security Breach Notification Act, D.C. Code §§ 28-3851 to 28-3853', scope: 'residents', versions }],
};
