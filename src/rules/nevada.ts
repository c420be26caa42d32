// Nevada: the security-of-personal-information chapter (Nev. Rev. Stat. ch. 603A, notice in
// § 603A.220), whose "data collector" includes government agencies; and the state agencies' 24-hour
// incident report to the state's Office of Information Security (NRS 242.181).
import type { DataElement, Jurisdiction, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, hours, immediately, obligation, residents, toll, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const CREDENTIALS: DataElement[] = ['password', 'access_code', 'security_question'];
const LE = toll('Nev. Rev. Stat. § 603A.220(3)');

// A.B. 179 (eff. 2015-07-01) added medical/health-insurance ID numbers and online credentials, each
// still in combination with the name.
const definition = (era: '2006' | '2015'): PersonalInformationDefinition => ({
  citation: era === '2006' ? 'Nev. Rev. Stat. § 603A.040 (2005 text)' : 'Nev. Rev. Stat. § 603A.040',
  summary:
    era === '2006'
      ? 'first name or initial and last name with an SSN, a driver\'s licence or ID card number, or an account, credit or debit card number with any code or password needed to use it (last four digits alone excluded)'
      : 'first name or initial and last name with an SSN, a driver\'s licence, driver authorisation or ID card number, a medical or health-insurance ID number, a user name or email address with its password or security answer, or an account, credit or debit card number with any code or password needed to use it',
  combinations: [
    { all: ['name'], anyOf: era === '2006' ? ['ssn', 'drivers_license', 'state_id'] : ['ssn', 'drivers_license', 'state_id', 'health_insurance'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
    ...(era === '2015'
      ? [
          { all: ['name', 'username'] as DataElement[], anyOf: CREDENTIALS },
          { all: ['name', 'email'] as DataElement[], anyOf: CREDENTIALS },
        ]
      : []),
  ],
});

const DATA_COLLECTOR = '§ 603A.030 defines a data collector as any governmental agency, institution of higher education, corporation, financial institution, retail operator or any other business entity or association that handles nonpublic personal information.';
const COVERAGE = coverage({
  business: ['yes', `§ 603A.220(1) binds any data collector that owns or licenses computerized personal information; ${DATA_COLLECTOR}`],
  nonprofit: ['yes', `${DATA_COLLECTOR} An association is covered whether or not it operates for profit.`],
  local_government: ['yes', `${DATA_COLLECTOR} A county, city or district is a governmental agency.`],
  state_agency: ['yes', `${DATA_COLLECTOR} State agencies are governmental agencies.`],
});

const individuals = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Nevada residents',
  citation: 'Nev. Rev. Stat. § 603A.220(1)',
  deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay after discovery or notification, allowing for law enforcement and for measures to determine the scope and restore the system.'),
  lawEnforcement: LE,
  condition: 'A data collector subject to and complying with the Gramm-Leach-Bliley Act is deemed to comply.',
  notes: 'No content is prescribed.',
});

const OBLIGATIONS = [
  individuals,
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Each nationwide consumer reporting agency',
    citation: 'Nev. Rev. Stat. § 603A.220',
    deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 persons are to be notified at one time.'),
    threshold: residents(1000, 'more_than'),
    lawEnforcement: LE,
    requiredContent: ['The time the notification is distributed', 'The content of the notification'],
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'Nev. Rev. Stat. § 603A.220(2)',
    deadline: immediately('discovered', 'Immediately following discovery of the breach.'),
    lawEnforcement: LE,
    condition: 'Binds a data collector that maintains data it does not own, not the owner itself.',
  }),
];

const BREACH_TEST = { exists: false, standard: null };
const SAFE_HARBOR = { exists: true, keyException: false, citation: 'Nev. Rev. Stat. §§ 603A.040, 603A.220(1)' };
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Nev. Rev. Stat. § 603A.220(4)(c)' };

const general: RuleVersion[] = [
  {
    id: 'NV-2006',
    effectiveFrom: '2006-01-01',
    effectiveTo: '2015-06-30',
    citations: ['Nev. Rev. Stat. §§ 603A.010 to 603A.040, 603A.220 (S.B. 347, 2005); amended by S.B. 186 (2011)'],
    summary: 'Nevada data collectors, government agencies included, had to notify residents in the most expedient time possible and the credit bureaus when more than 1,000 were notified.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: BREACH_TEST,
    personalInformation: definition('2006'),
    substituteNotice: SUBSTITUTE,
    obligations: OBLIGATIONS,
    confidence: 'medium',
    unverified: [
      'Start date: Perkins Coie gives 2006-01-01 for the notice provisions, Bloomberg 2005-10-01 for the Act; the later date is used.',
      'Whether the credit-bureau notice was already in the 2005 text.',
      'Encryption requirements took effect 2008-01-01; how the safe harbour read before then was not checked.',
    ],
    sources: [
      { where: 'http://www.leg.state.nv.us/NRS/NRS-603A.html', facts: 'chapter 603A as of 2009: data collector includes governmental agencies; breach definition' },
      { where: 'https://www.dataprotectionreport.com/2015/06/nevada-amends-data-security-law-to-expand-definition-of-personal-information/', facts: 'pre-2015 personal-information definition and exclusions' },
      { where: PERKINS_CHART_2021, facts: 'effective date of notice provisions; CRA >1,000; substitute notice' },
      { where: BLOOMBERG_TABLE, facts: 'effective date 10/1/2005 for the Act' },
    ],
  },
  {
    id: 'NV-2015',
    effectiveFrom: '2015-07-01',
    effectiveTo: null,
    citations: ['Nev. Rev. Stat. §§ 603A.040, 603A.220 as amended by A.B. 179 (2015, eff. 2015-07-01) and A.B. 61 (2021)'],
    summary: 'Nevada data collectors, government agencies included, must notify residents in the most expedient time possible and the credit bureaus when more than 1,000 are notified; no regulator is told.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: BREACH_TEST,
    personalInformation: definition('2015'),
    substituteNotice: SUBSTITUTE,
    obligations: OBLIGATIONS,
    confidence: 'high',
    unverified: ['A "medical identification number" has no exact element in breachdesk\'s vocabulary; only health-insurance numbers are matched.'],
    sources: [
      { where: 'https://casetext.com/statute/nevada-revised-statutes/title-52-trade-regulations-and-practices/chapter-603a-security-and-privacy-of-personal-information/security-of-information-maintained-by-data-collectors-and-other-businesses/regulation-of-business-practices/section-603a220-disclosure-of-breach-of-security-of-system-data-methods-of-disclosure', facts: '§ 603A.220(1)-(4) text (current through 2023)' },
      { where: 'https://alstonprivacy.com/?p=1874', facts: 'A.B. 179 signed 2015-05-13, effective 2015-07-01; new elements must be combined with the name' },
      { where: AKESARI_BILL('2021 Nev. AB 61.PDF'), facts: 'A.B. 61 (2021): violations a deceptive trade practice' },
    ],
  },
];

const gov: RuleVersion[] = [
  {
    id: 'NV-GOV-2011',
    effectiveFrom: '2011-07-01',
    effectiveTo: null,
    citations: ['Nev. Rev. Stat. §§ 242.181(2), 242.183'],
    summary: 'A Nevada state agency using the state\'s central IT services must report a suspected data breach or security incident to the Office of Information Security within 24 hours of discovering it.',
    coverage: governmentOnlyCoverage('Nev. Rev. Stat. § 603A.220', {
      local_government: ['no', 'NRS 242.181 binds "using agencies" of the state\'s central IT office (state agencies and elected officers using its equipment or services); a local body contracting for those services should check the definition in NRS 242.068.'],
      state_agency: ['yes', 'NRS 242.181(2) requires each using agency to report suspected incidents within 24 hours after discovery.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'ois-24h',
        recipient: 'state_agency',
        recipientName: 'Nevada Office of Information Security (now the Office of Information Security and Cyber Defense and the Security Operations Center, Office of the Chief Information Officer)',
        citation: 'Nev. Rev. Stat. § 242.181(2)',
        deadline: hours(24, 'discovered'),
        requiredContent: [
          'Date and time and type of the incident',
          'Type of information system or data affected',
          'Known and projected impact on the agency',
          'Whether law enforcement, a regulator or other affected entity has been told',
        ],
        condition: 'Only for an agency that uses the central IT office\'s equipment or services. Current text: any suspected data breach, denial-of-service or ransomware incident, disruption of essential services for more than one business day, or security-related noncompliance; older text: suspected unauthorized access or security-related noncompliance.',
      }),
    ],
    confidence: 'low',
    unverified: [
      'Start date assumed from the 2011 act that added NRS 242.183; when the 24-hour rule in NRS 242.181 began was not found.',
      'When the current wording (data breach, ransomware, Security Operations Center, report contents) replaced the older one was not found.',
    ],
    sources: [
      { where: 'https://self-law.org/code/nv/chapter-242-information-services/242-181', facts: 'current NRS 242.181(2)-(3): 24 hours, incident list, report contents' },
      { where: 'https://www.lawserver.com/law/state/nevada/nrs/nevada_revised_statutes_242-181', facts: 'older NRS 242.181 wording: unauthorized access, Office of Information Security, 24 hours' },
      { where: 'https://legalfix.com/statutes/state-codes/nevada/chapter-242/statute-242-183', facts: 'NRS 242.183 added 2011' },
    ],
  },
];

export const nevada: Jurisdiction = {
  code: 'NV',
  name: 'Nevada',
  kind: 'state',
  holidays: { country: 'US', state: 'NV' },
  laws: [
    { id: 'NV-603A', title: 'Nev. Rev. Stat. ch. 603A (security and privacy of personal information), § 603A.220', scope: 'residents', versions: general },
    { id: 'NV-242-181', title: 'Nev. Rev. Stat. § 242.181: state agency incident reports to the Office of Information Security', scope: 'home', versions: gov },
  ],
};
