// Delaware: Computer Security Breaches, 6 Del. C. ch. 12B, in force since 2005 and rewritten by
// H.S. 1 for H.B. 180 (2017, in force 2018-04-14) with a 60-day limit, Attorney General notice over
// 500 residents and a year of credit monitoring for SSN breaches.
import type { Jurisdiction, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll, withIndividuals, withoutDelay } from './shared.js';

const WITH_CODE = ['card_security_code', 'access_code', 'password'] as const;

const PI_2005: PersonalInformationDefinition = {
  citation: '6 Del. C. § 12B-101(4) (2005)',
  summary:
    "a Delaware resident's name (first name or initial and last name) with an SSN, a driver's licence or Delaware ID card number, an account or card number with any required security code, access code or password, or individually identifiable medical-history information",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'medical'] },
    { all: ['name', 'card_number'], anyOf: [...WITH_CODE] },
    { all: ['name', 'account_number'], anyOf: [...WITH_CODE] },
  ],
};

// From 2018 every element, online credentials included, still needs the name.
const PI_2018: PersonalInformationDefinition = {
  citation: '6 Del. C. § 12B-101(7)',
  summary:
    "a Delaware resident's name with an SSN; a driver's licence or state or federal ID card number; an account or card number with any required code or password; a passport number; a username or e-mail address with its password or security question and answer; medical history, treatment or diagnosis, or a DNA profile; a health insurance policy or subscriber number; unique biometric data; or an individual taxpayer identification number",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'military_id', 'passport', 'medical', 'genetic', 'health_insurance', 'biometric', 'tax_id'] },
    { all: ['name', 'card_number'], anyOf: [...WITH_CODE] },
    { all: ['name', 'account_number'], anyOf: [...WITH_CODE] },
    { all: ['name', 'username'], anyOf: ['password', 'security_question'] },
    { all: ['name', 'email'], anyOf: ['password', 'security_question'] },
  ],
};

const vendor = (citation: string, standard: string) =>
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation,
    deadline: withoutDelay('discovered', standard),
    condition: 'This duty binds a person that maintains the data without owning or licensing it, not the owner; "cooperation" includes sharing information relevant to the breach.',
  });

const PERSON_2018 =
  '6 Del. C. § 12B-101 defines "person" to include a government and any governmental subdivision, agency or instrumentality, and § 12B-102(a) binds any person who conducts business in Delaware and owns or licenses computerized personal information';

const versions: RuleVersion[] = [
  {
    id: 'DE-2005',
    effectiveFrom: '2005-06-28',
    effectiveTo: '2018-04-13',
    citations: ['6 Del. C. §§ 12B-101 to 12B-104 (H.B. 116, signed 2005-06-28; amended by H.B. 247, 2010)'],
    summary: 'Delaware required notice to affected residents as soon as possible once an investigation found misuse had occurred or was reasonably likely, with no fixed days and no regulator notice.',
    coverage: coverage({
      business: ['yes', '§ 12B-102 (2005) bound an individual or commercial entity that conducts business in Delaware and owns or licenses computerized personal information.'],
      nonprofit: ['yes', 'A nonprofit conducting business in Delaware is a "commercial entity" (any legal entity, for profit or not).'],
      local_government: ['uncertain', 'Perkins Coie describes the Act as reaching government agencies; the 2005 definition of "commercial entity" was not read.'],
      state_agency: ['uncertain', 'Perkins Coie describes the Act as reaching government agencies; the 2005 definition of "commercial entity" was not read.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: true, citation: '6 Del. C. § 12B-101(4) (2005)' },
    riskOfHarmException: {
      exists: true,
      standard: 'Notice only if a good-faith, reasonable and prompt investigation finds that misuse of the information has occurred or is reasonably likely to occur.',
      recordToKeep: null,
    },
    personalInformation: PI_2005,
    substituteNotice: { costOver: 75_000, recipientsOver: 100_000, citation: '6 Del. C. § 12B-101(3) (2005)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Delaware residents',
        citation: '6 Del. C. § 12B-102(a) (2005)',
        deadline: withoutDelay('discovered', 'as soon as possible, in the most expedient time possible and without unreasonable delay after the investigation, allowing for law enforcement and for determining the scope and restoring the system'),
        lawEnforcement: toll('6 Del. C. § 12B-102(c) (2005)'),
      }),
      vendor('6 Del. C. § 12B-102(b) (2005)', 'Immediately following discovery, if misuse occurred or is reasonably likely.'),
    ],
    confidence: 'medium',
    unverified: [
      'What H.B. 247 (2010) changed was not read; no change to timing or recipients is recorded for it.',
      'The introduced H.B. 116 covered a card number "alone or in" combination with its code; the enacted text, as summarised, requires the code. The enacted reading is used.',
      'Subsection citations for this period are approximate; the safe harbour had no express key clause (data whose key was taken is treated as unencrypted).',
    ],
    sources: [
      { where: 'https://legis.delaware.gov/json/BillDetail/GetHtmlDocument?fileAttachmentId=30964', facts: 'H.B. 116 (143rd G.A.) text as introduced: chapter 12B definitions' },
      { where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/delaware.aspx', facts: '2005 law: misuse investigation, as soon as possible; personal information incl. medical history' },
      { where: BLOOMBERG_TABLE, facts: 'pre-2018 timing, vendor immediately, substitute notice $75,000 / 100,000' },
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) path data/ag_notice_effective_date.csv', facts: 'AG notice and 60-day limit from 2018-04-14' },
    ],
  },
  {
    id: 'DE-2018',
    effectiveFrom: '2018-04-14',
    effectiveTo: null,
    citations: ['6 Del. C. §§ 12B-100 to 12B-104 as amended by H.S. 1 for H.B. 180 (81 Del. Laws c. 129, signed 2017-08-17, eff. 2018-04-14)'],
    summary: 'Delaware requires notice to affected residents within 60 days of determining a breach, and to the Attorney General no later than that notice when more than 500 residents are notified.',
    coverage: coverage({
      business: ['yes', `${PERSON_2018}.`],
      nonprofit: ['yes', `${PERSON_2018}; a nonprofit is a legal entity.`],
      local_government: ['yes', `${PERSON_2018}; a local government is a governmental subdivision.`],
      state_agency: ['yes', `${PERSON_2018}; a state agency is a governmental agency.`],
    }),
    encryptionSafeHarbor: { exists: true, keyException: true, citation: '6 Del. C. § 12B-101(1)b.' },
    riskOfHarmException: {
      exists: true,
      standard: 'No notice if, after an appropriate investigation, the entity reasonably determines the breach is unlikely to result in harm to the individuals.',
      recordToKeep: null,
    },
    personalInformation: PI_2018,
    substituteNotice: { costOver: 75_000, recipientsOver: 100_000, citation: '6 Del. C. § 12B-101(5)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Delaware residents',
        citation: '6 Del. C. § 12B-102(a), (c)',
        deadline: calendarDays(60, 'determined'),
        lawEnforcement: toll('6 Del. C. § 12B-102(c)(2)'),
        requiredContent: [
          'If an SSN was breached: an offer of credit monitoring free for one year, with how to enrol and how to place a credit freeze (§ 12B-102(e))',
        ],
        condition: 'Entities that follow a primary state or federal regulator\'s breach rules (HIPAA, GLBA) are deemed compliant if they notify residents under them (§ 12B-103).',
        notes:
          'Without unreasonable delay and no later than 60 days after determination of the breach (the point at which there is sufficient evidence to conclude one took place), unless federal law requires less time. Residents identified later through reasonable diligence are notified as soon as practicable. Do not send notice to a breached e-mail account.',
      }),
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: 'Delaware Attorney General',
        citation: '6 Del. C. § 12B-102(d)',
        deadline: withIndividuals,
        threshold: residents(500, 'more_than'),
        lawEnforcement: toll('6 Del. C. § 12B-102(c)(2)'),
        notes: 'When the number of Delaware residents to be notified exceeds 500; no later than the resident notice.',
      }),
      vendor('6 Del. C. § 12B-102(b)', 'Immediately following determination of the breach.'),
    ],
    confidence: 'high',
    unverified: ['Whether "conducts business in this State" limits the duty of a government body was not tested; governments are treated as covered because "person" names them.'],
    sources: [
      { where: 'https://d1tvxue8o4w0fl.cloudfront.net/statute/delaware-code/title-6-commerce-and-trade/subtitle-ii-other-laws-relating-to-commerce-and-trade/chapter-12b-computer-security-breaches/section-12b-102-disclosure-of-breach-of-security-of-computerized-personal-information-by-an-individual-or-a-commercial-entity-security-notice', facts: '§ 12B-102(a)-(c) text: harm test, vendor immediately after determination, 60 days, law-enforcement delay' },
      { where: 'https://delcode.delaware.gov/title6/c012b', facts: '§ 12B-101: breach, encryption key exception, determination of the breach' },
      { where: 'https://perkinscoie.com/insights/publication/security-breach-notification-chart-delaware', facts: 'bill dates; government agencies covered; AG over 500 no later than residents' },
      { where: 'https://www.dwt.com/delaware/', facts: 'personal information elements; one year of credit monitoring for SSN' },
      { where: 'https://www.wordsbywit.com/delaware-1', facts: 'enacted 2017-08-17, effective 2018-04-14; § 12B-102(d), (e)' },
      { where: PERKINS_CHART_2021, facts: 'substitute notice incl. social media; regulator deemer' },
    ],
  },
];

export const delaware: Jurisdiction = {
  code: 'DE',
  name: 'Delaware',
  kind: 'state',
  holidays: { country: 'US', state: 'DE' },
  laws: [{ id: 'DE-6-12B', title: 'Computer Security Breaches, 6 Del. C. §§ 12B-100 to 12B-104', scope: 'residents', versions }],
};
