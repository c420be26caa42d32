// Delaware: Computer Security Breaches, 6 Del. C. ch. 12B, in force since 2005 and rewritten by
// H.S. 1 for H.B. 180 (2017, in force 2018-04-14) with a 60-day limit, Attorney General notice over
// 500 residents and a year of credit monitoring for SSN breaches.
import type { FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
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

const VENDOR_CONDITION =
  'This duty binds a person that maintains the data without owning or licensing it, not the owner; "cooperation" includes sharing information relevant to the breach.';

const VENDOR_2005: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: '6 Del. C. § 12B-102(b) (2005)',
  deadline: withoutDelay('discovered', 'Immediately following discovery, if misuse occurred or is reasonably likely.'),
  condition: VENDOR_CONDITION,
});

const VENDOR_2018: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: '6 Del. C. § 12B-102(b)',
  deadline: withoutDelay('discovered', 'Immediately following determination of the breach.'),
  condition: VENDOR_CONDITION,
});

const PERSON_2018 =
  '6 Del. C. § 12B-101 defines "person" to include a government and any governmental subdivision, agency or instrumentality, and § 12B-102(a) binds any person who conducts business in Delaware and owns or licenses computerized personal information';

// Texts read for the facts below.
const CODE_101 =
  'https://delcode.delaware.gov/title6/c012b/index.html (§ 12B-101(1)-(5), read in the verbatim copies at https://self-law.org/code/de/title-6/12b-101 and https://instalawyer.io/laws/delaware-code/12b-101-definitions)';
const CODE_102 =
  'https://delcode.delaware.gov/title6/c012b/index.html (§ 12B-102(a)-(c), read in the verbatim copy current through the 2024 session at https://d1tvxue8o4w0fl.cloudfront.net/statute/delaware-code/title-6-commerce-and-trade/subtitle-ii-other-laws-relating-to-commerce-and-trade/chapter-12b-computer-security-breaches/section-12b-102-disclosure-of-breach-of-security-of-computerized-personal-information-by-an-individual-or-a-commercial-entity-security-notice)';
const WHY_2005 =
  'The enacted H.B. 116 (2005) and H.B. 247 (2010) could not be read: the stored copy of the bill (Akesari12 repository) is a PDF with no text, and the code text online is the 2018 rewrite.';
const WHY_2018_LATER =
  'The stored copies of § 12B-101 and § 12B-102 break off before this part of the text; the enacted H.S. 1 for H.B. 180 was not read.';

const E05: FactCheck = {
  kind: 'secondary',
  where: 'https://perkinscoie.com/insights/publication/security-breach-notification-chart-delaware',
  says: 'H.B. 116 signed and in force 2005-06-28; H.B. 247 in force 2010-06-10; the 2017 rewrite in force 2018-04-14',
  checked: '2026-12-08',
  why: WHY_2005,
};

const DE_2005_VERIFICATION: Verification = {
  effective_dates: E05,
  coverage: {
    kind: 'secondary',
    where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/delaware.aspx',
    says: 'an individual or commercial entity conducting business in Delaware that owns or licenses the data; government bodies not named',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  personal_information: {
    kind: 'secondary',
    where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/delaware.aspx',
    says: 'name with SSN, licence or Delaware ID, account or card number with its code, or medical-history information',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  encryption: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/delaware-1',
    says: 'the 2005 definition covered name or elements "not encrypted"; the key clause (§ 12B-101(1)b.) was added only by the 2017 rewrite',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  risk_of_harm: {
    kind: 'secondary',
    where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/delaware.aspx',
    says: 'a prompt good-faith investigation; notice only if misuse occurred or is reasonably likely',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  deadline: {
    kind: 'secondary',
    where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/delaware.aspx',
    says: 'as soon as possible, most expedient time and without unreasonable delay; no number of days',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  anchor: {
    kind: 'secondary',
    where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/delaware.aspx',
    says: 'the duty arises on becoming aware of the breach and finding misuse likely',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  threshold: {
    kind: 'secondary',
    where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) path data/ag_notice_effective_date.csv',
    says: 'none: no regulator or bureau notice, so no number, before 2018-04-14',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  law_enforcement: {
    kind: 'secondary',
    where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/delaware.aspx',
    says: 'notice consistent with the legitimate needs of law enforcement; a requested delay postpones it',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  substitute_notice: {
    kind: 'secondary',
    where: BLOOMBERG_TABLE,
    says: 'substitute notice when the cost exceeds $75,000 or more than 100,000 are to be notified',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  required_content: {
    kind: 'secondary',
    where: BLOOMBERG_TABLE,
    says: 'none: no content was prescribed for the notice',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  forbidden_content: {
    kind: 'secondary',
    where: BLOOMBERG_TABLE,
    says: 'none: nothing was forbidden in a notice',
    checked: '2026-12-08',
    why: WHY_2005,
  },
};

const DE_2018_VERIFICATION: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/delaware-1',
    says: 'enacted 2017-08-17, in force 2018-04-14 (Perkins Coie gives the same dates)',
    checked: '2026-12-08',
    why: 'The session law (81 Del. Laws c. 129) was not read; the code text does not print the effective date.',
  },
  coverage: {
    kind: 'primary',
    where: CODE_102,
    says: '§ 12B-102(a) binds any person conducting business in Delaware that owns or licenses computerized personal information',
    checked: '2026-12-08',
  },
  personal_information: {
    kind: 'secondary',
    where: 'https://www.dwt.com/delaware/',
    says: 'name with SSN, licence or state/federal ID, account or card number with code, passport, online credentials, medical, health insurance, biometric data or ITIN',
    checked: '2026-12-08',
    why: WHY_2018_LATER,
  },
  encryption: {
    kind: 'primary',
    where: CODE_101,
    says: '§ 12B-101(1)b.: encrypted data is exempt unless the key was, or is reasonably believed to have been, taken and could make the data readable',
    checked: '2026-12-08',
  },
  risk_of_harm: {
    kind: 'primary',
    where: CODE_102,
    says: '§ 12B-102(a): no notice if an appropriate investigation reasonably finds harm unlikely',
    checked: '2026-12-08',
  },
  deadline: {
    kind: 'primary',
    where: CODE_102,
    says: '§ 12B-102(c): without unreasonable delay and not later than 60 days; vendor immediately (§ 12B-102(b))',
    checked: '2026-12-08',
  },
  anchor: {
    kind: 'primary',
    where: CODE_101,
    says: '§ 12B-101(2): determination of the breach = sufficient evidence to conclude a breach took place; the 60 days run from it',
    checked: '2026-12-08',
  },
  threshold: {
    kind: 'secondary',
    where: 'https://perkinscoie.com/insights/publication/security-breach-notification-chart-delaware',
    says: '§ 12B-102(d): Attorney General when the residents to be notified exceed 500, no later than the resident notice',
    checked: '2026-12-08',
    why: WHY_2018_LATER,
  },
  law_enforcement: {
    kind: 'primary',
    where: CODE_102,
    says: '§ 12B-102(c)(2): on a law-enforcement request notice waits until the agency says it will not compromise the investigation; no new number of days',
    checked: '2026-12-08',
  },
  substitute_notice: {
    kind: 'secondary',
    where: PERKINS_CHART_2021,
    says: 'substitute notice when the cost exceeds $75,000, more than 100,000 residents, or no contact details',
    checked: '2026-12-08',
    why: WHY_2018_LATER,
  },
  required_content: {
    kind: 'secondary',
    where: 'https://www.dwt.com/delaware/',
    says: '§ 12B-102(e): for an SSN breach, one year of free credit monitoring with how to enrol and how to freeze credit; no other content',
    checked: '2026-12-08',
    why: WHY_2018_LATER,
  },
  forbidden_content: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/delaware-1',
    says: 'none: nothing is forbidden in a notice',
    checked: '2026-12-08',
    why: WHY_2018_LATER,
  },
};

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
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'protective',
      keyWording: '§ 12B-101(4) (2005): personal information is the name with an element "when either the name or the data elements are not encrypted"; nothing on keys',
      citation: '6 Del. C. § 12B-101(4) (2005)',
    },
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
      VENDOR_2005,
    ],
    confidence: 'low',
    unverified: [
      'No primary text of the 2005-2018 law could be read (the enacted H.B. 116 and H.B. 247 are not online in a readable form here); every fact rests on summaries (McAfee, Perkins Coie, Bloomberg).',
      'What H.B. 247 (2010) changed was not read; no change to timing or recipients is recorded for it.',
      'The introduced H.B. 116 covered a card number "alone or in" combination with its code; the enacted text, as summarised, requires the code. The enacted reading is used.',
      'The 2005 text excluded data "not encrypted" and said nothing of a taken key: literally encrypted data stayed exempt, but breachdesk treats data whose key was also taken as notifiable, the safer reading (the 2018 rewrite says so expressly).',
    ],
    sources: [
      { where: 'https://legis.delaware.gov/json/BillDetail/GetHtmlDocument?fileAttachmentId=30964', facts: 'H.B. 116 (143rd G.A.) text as introduced: chapter 12B definitions' },
      { where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/delaware.aspx', facts: '2005 law: misuse investigation, as soon as possible; personal information incl. medical history' },
      { where: BLOOMBERG_TABLE, facts: 'pre-2018 timing, vendor immediately, substitute notice $75,000 / 100,000' },
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) path data/ag_notice_effective_date.csv', facts: 'AG notice and 60-day limit from 2018-04-14' },
    ],
    verification: DE_2005_VERIFICATION,
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
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'express',
      keyWording: '§ 12B-101(1)b.: encrypted data is no breach unless the acquisition includes, or is reasonably believed to include, the encryption key and the owner reasonably believes the key could make it readable or usable',
      citation: '6 Del. C. § 12B-101(1)b., (3), (4)',
    },
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
      VENDOR_2018,
    ],
    confidence: 'low',
    unverified: [
      'Government coverage: the "person" definition in § 12B-101 that names governments was not in the part of the text read; it rests on Perkins Coie ("any person, legal or commercial entity, or government agency"). Whether "conducts business in this State" limits a government body\'s duty was not tested.',
      'The Attorney General threshold (§ 12B-102(d), "exceeds 500"), the credit-monitoring duty (§ 12B-102(e)), the personal-information list (§ 12B-101(7)) and the substitute-notice limits were read only in summaries; the stored statute copies break off before them.',
    ],
    sources: [
      { where: CODE_102, facts: '§ 12B-102(a)-(c) text: harm test, vendor immediately after determination, 60 days, law-enforcement delay' },
      { where: CODE_101, facts: '§ 12B-101(1)-(5): breach, encryption key exception, determination of the breach, notice' },
      { where: 'https://perkinscoie.com/insights/publication/security-breach-notification-chart-delaware', facts: 'bill dates; government agencies covered; AG over 500 no later than residents' },
      { where: 'https://www.dwt.com/delaware/', facts: 'personal information elements; one year of credit monitoring for SSN' },
      { where: 'https://www.wordsbywit.com/delaware-1', facts: 'enacted 2017-08-17, effective 2018-04-14; § 12B-102(d), (e)' },
      { where: PERKINS_CHART_2021, facts: 'substitute notice incl. social media; regulator deemer' },
    ],
    verification: DE_2018_VERIFICATION,
  },
];

export const delaware: Jurisdiction = {
  code: 'DE',
  name: 'Delaware',
  kind: 'state',
  holidays: { country: 'US', state: 'DE' },
  laws: [{ id: 'DE-6-12B', title: 'Computer Security Breaches, 6 Del. C. §§ 12B-100 to 12B-104', scope: 'residents', versions }],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'Delaware Department of Justice, Fraud and Consumer Protection Division (Consumer Protection Unit)',
      ways: [
        {
          kind: 'online_form',
          value: 'https://attorneygeneral.delaware.gov/fraud/cpu/securitybreachnotification/form/',
          formName: 'Security Breach Notice to the Delaware Attorney General (Model Data Security Breach Notification Form)',
        },
        { kind: 'email', value: 'consumer.protection@delaware.gov' },
        { kind: 'postal', value: 'Delaware Department of Justice, Consumer Protection Unit, Carvel State Office Building, 820 N. French Street, 5th Floor, Wilmington, DE 19801' },
      ],
      asksFor: [
        'Type of report',
        'The entity that owns or licenses the breached data, and who submits the form',
        'Type of organisation',
        'Types of personal information involved',
        'Number of persons affected',
        'Form of notice to affected persons',
        'Type of breach and where the information was held',
        'Whether credit monitoring or identity theft protection is offered',
        'Law-enforcement agencies notified',
      ],
      source: 'https://attorneygeneral.delaware.gov/fraud/cpu/securitybreachnotification/form/ (the form deems its use written notice under § 12B-102(d); a mail-in form is offered for those who cannot use it); address and e-mail from https://attorneygeneral.delaware.gov/fraud/cpu/complaint and https://www.truthinadvertising.org/delaware/',
      checked: '2026-12-08',
    },
  ],
  consumerContact: {
    name: 'Delaware Department of Justice, Consumer Protection Unit',
    phone: '1-800-220-5424',
    website: 'attorneygeneral.delaware.gov',
    address: 'Carvel State Office Building, 820 N. French Street, Wilmington, DE 19801',
    source: 'https://attorneygeneral.delaware.gov/fraud/cpu/ and https://attorneygeneral.delaware.gov/fraud/cpu/complaint ((800) 220-5424, consumer.protection@delaware.gov)',
    checked: '2026-12-08',
  },
};
