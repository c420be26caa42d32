// New York's public bodies: state entities notify residents under State Technology Law § 208, the
// twin of Gen. Bus. Law § 899-aa; municipalities and public authorities report cyber incidents to
// DHSES within 72 hours (Gen. Mun. Law § 995-b, from 2025). The definition of private information
// is shared with § 899-aa and lives here so both files can use it.
import type { DataElement, DeadlineRule, Law, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, governmentOnlyCoverage, hours, immediately, obligation, residents, toll, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const CREDENTIALS: DataElement[] = ['password', 'security_question'];

/**
 * "Private information" by era: 2005 original; 2019 SHIELD Act (bare account or card numbers where
 * they alone give access, biometrics, online credentials); 2025 (§ 899-aa only) medical and
 * health-insurance information.
 */
export function nyPrivateInformation(citation: string, era: '2005' | '2019' | '2025'): PersonalInformationDefinition {
  if (era === '2005') {
    return {
      citation,
      summary: 'identifying information (such as a name) with an SSN, a driver\'s licence or non-driver ID number, or an account, credit or debit card number with any code or password needed to use it',
      combinations: [
        { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
        { all: ['name', 'account_number'], anyOf: CODES },
        { all: ['name', 'card_number'], anyOf: CODES },
      ],
    };
  }
  const extra: DataElement[] = era === '2025' ? ['medical', 'health_insurance'] : [];
  return {
    citation,
    summary:
      'identifying information (such as a name) with an SSN, a driver\'s licence or non-driver ID number, biometric information, or an account, credit or debit card number (with its code, or alone where it alone gives access)' +
      (era === '2025' ? ', medical information or health-insurance information' : '') +
      '; or a user name or email address with the password or security answer to an online account',
    // A bare account or card number counts only "if circumstances exist" where it alone gives access;
    // breachdesk treats it as covered, the safer reading.
    combinations: [
      { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'biometric', 'account_number', 'card_number', ...extra] },
      { all: ['username'], anyOf: CREDENTIALS },
      { all: ['email'], anyOf: CREDENTIALS },
    ],
  };
}

export const noDeadline = (standard: string): DeadlineRule => ({ kind: 'no_deadline', standard });

const LE = toll('N.Y. State Tech. Law § 208(4)');
const STATE_ENTITY_COVERAGE = governmentOnlyCoverage('N.Y. Gen. Bus. Law § 899-aa', {
  local_government: ['no', '§ 208(1)(c) excludes cities, counties, municipalities, villages, towns and other local agencies from "state entity".'],
  state_agency: ['yes', '§ 208(1)(c) covers any state board, bureau, division, commission, department, public authority, public benefit corporation, office or other governmental entity performing a function for the state, except the judiciary.'],
});

const stateEntityObligations = (era: '2005' | '2019') => [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected New York residents',
    citation: 'N.Y. State Tech. Law § 208(2), (7)',
    deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay, allowing for law enforcement and for measures to determine the scope and restore the system.'),
    lawEnforcement: LE,
    requiredContent: [
      'Contact information for the state entity making the notice',
      ...(era === '2019' ? ['Telephone numbers and websites of the relevant state and federal agencies with breach-response and identity-theft information'] : []),
      'A description of the categories of information accessed or acquired, including which elements',
    ],
    letterElements: era === '2019' ? ['contact', 'ftc', 'attorney_general', 'information_involved'] : ['contact', 'information_involved'],
    notes: 'State policy NYS-P03-002 also asks state entities to notify non-residents whose information was exposed.',
  }),
  obligation({
    id: 'state-offices',
    recipient: 'attorney_general',
    recipientName: 'New York Attorney General, Department of State (Division of Consumer Protection) and Office of Information Technology Services',
    citation: 'N.Y. State Tech. Law § 208(7)',
    deadline: noDeadline('No time is set; the notice reports the timing, content and distribution of the resident notices and must not delay them. Send it with them.'),
    requiredContent: ['The timing, content and distribution of the notices', 'The approximate number of affected persons'],
    notes: 'ITS takes a breach notification form by email.',
  }),
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Each nationwide consumer reporting agency',
    citation: 'N.Y. State Tech. Law § 208(7)(b)',
    deadline: noDeadline('No time is set; it accompanies the notice to more than 5,000 New York residents at one time.'),
    threshold: residents(5000, 'more_than'),
    requiredContent: ['The timing, content and distribution of the notices', 'The approximate number of affected persons'],
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'N.Y. State Tech. Law § 208(3)',
    deadline: immediately('discovered', 'Immediately following discovery.'),
    lawEnforcement: LE,
    condition: 'Binds a state entity that maintains data it does not own, not the owner itself.',
  }),
];

const stateEntity: RuleVersion[] = [
  {
    id: 'NY-STL-2005',
    effectiveFrom: '2005-12-07',
    effectiveTo: '2019-10-22',
    citations: ['N.Y. State Tech. Law § 208 (L. 2005, ch. 442, amended by ch. 491)'],
    summary: 'New York state entities had to notify affected residents without unreasonable delay and tell the Attorney General, the Department of State and the state IT office.',
    coverage: STATE_ENTITY_COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'N.Y. State Tech. Law § 208(1)(a)' },
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: nyPrivateInformation('N.Y. State Tech. Law § 208(1)(a) (2005 text)', '2005'),
    substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'N.Y. State Tech. Law § 208(5)(d)' },
    obligations: stateEntityObligations('2005'),
    confidence: 'medium',
    unverified: [
      'The third office named in the 2005 text (the state office of cyber security, later ITS) was not read; the current ITS page is used.',
      'Substitute-notice thresholds are assumed to match § 899-aa.',
    ],
    sources: [
      { where: 'http://ny.elaws.us/law/stt_art2_sec.208', facts: 'pre-2019 § 208(1)(a)-(b): private information, key clause, breach definition' },
      { where: 'https://its.ny.gov/breach-notification', facts: 'state entities notify the AG, ITS and DOS Division of Consumer Protection; non-resident policy' },
      { where: BLOOMBERG_TABLE, facts: '§ 208 applies to governmental entities' },
      { where: 'https://ecode360.com/34378792', facts: 'local governments adopted their own § 208-style policies (Town of Dryden, 2006)' },
    ],
  },
  {
    id: 'NY-STL-2019',
    effectiveFrom: '2019-10-23',
    effectiveTo: null,
    citations: ['N.Y. State Tech. Law § 208 as amended by the SHIELD Act (S. 5575-B, L. 2019, ch. 117)'],
    summary: 'New York state entities must notify affected residents without unreasonable delay and tell the Attorney General, the Department of State and ITS; the 2024 thirty-day rule did not change § 208.',
    coverage: STATE_ENTITY_COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'N.Y. State Tech. Law § 208(1)(a)' },
    riskOfHarmException: {
      exists: true,
      standard: 'No notice for an inadvertent disclosure by persons authorized to access the data when the state entity reasonably determines it will not likely result in misuse or financial or emotional harm (§ 208(2)(a)).',
      recordToKeep: 'The determination in writing, kept for at least five years; if it covers more than 500 New York residents, send it to the Attorney General within 10 days (§ 208(2)(a)).',
    },
    personalInformation: nyPrivateInformation('N.Y. State Tech. Law § 208(1)(a)', '2019'),
    substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'N.Y. State Tech. Law § 208(5)(d)' },
    obligations: stateEntityObligations('2019'),
    confidence: 'medium',
    unverified: [
      'That the SHIELD Act added the agency telephone numbers and websites to § 208 letters as it did to § 899-aa.',
      'S. 8169 (2025) would amend § 208 and reach local governments; it was pending when last checked and is not encoded.',
    ],
    sources: [
      { where: 'https://nysenate.gov/legislation/laws/STT/208', facts: 'current § 208(1)(a): private information incl. bare account numbers, biometrics, credentials; no medical data' },
      { where: AKESARI_BILL('Stop Hacks and Improve Electronic Data Security Act _SHIELD Act__ 2019 N.Y. SB 5575.PDF'), facts: 'state-entity 10-day determination rule; 2019 amendments to § 208' },
      { where: 'https://its.ny.gov/breach-notification', facts: 'recipients AG, ITS, DOS' },
      { where: 'https://www.nysenate.gov/legislation/bills/2025/S8169', facts: 'pending 2025 bill amending § 208' },
    ],
  },
];

const municipal: RuleVersion[] = [
  {
    id: 'NY-GMU-2025',
    effectiveFrom: '2025-07-28',
    effectiveTo: null,
    citations: ['N.Y. Gen. Mun. Law §§ 995-a to 995-c (S. 7672-A / A. 6769-A, L. 2025, ch. 177, signed 2025-06-27)'],
    summary: 'New York municipalities and public authorities must report a cybersecurity incident to DHSES within 72 hours and a ransom payment within 24 hours.',
    coverage: governmentOnlyCoverage('N.Y. Gen. Bus. Law § 899-aa', {
      local_government: ['yes', 'Gen. Mun. Law § 995-b binds every municipal corporation and district (as defined in Gen. Mun. Law § 119-n); New York City is reported to be exempt.'],
      state_agency: ['uncertain', '§ 995-b also binds public authorities, which are state-created bodies; an ordinary state department is not one. A state body that is a public authority should treat the report as due.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'dhses-72h',
        recipient: 'state_agency',
        recipientName: 'Commissioner, New York Division of Homeland Security and Emergency Services (DHSES)',
        citation: 'N.Y. Gen. Mun. Law § 995-b(2)',
        deadline: hours(72, 'discovered'),
        requiredContent: [
          'The cybersecurity incident, in the form DHSES prescribes (its reporting portal)',
          'Any demand for a ransom payment',
          'Whether DHSES advice or technical assistance is requested or declined',
        ],
        condition: 'Any cybersecurity incident: an event on a network that actually or imminently jeopardizes the integrity, confidentiality or availability of systems or information, whether or not personal information is involved.',
        notes: 'The statute counts from when the body reasonably believes the incident occurred; breachdesk counts from discovery, the earliest reading. The report is exempt from FOIL.',
      }),
      obligation({
        id: 'dhses-ransom',
        recipient: 'state_agency',
        recipientName: 'Commissioner, New York Division of Homeland Security and Emergency Services (DHSES)',
        citation: 'N.Y. Gen. Mun. Law § 995-c',
        deadline: noDeadline('Within 24 hours after making a ransom payment; a written explanation within 30 days after the payment.'),
        requiredContent: [
          'Notice of the payment within 24 hours',
          'Within 30 days: the amount and means of payment, why it was necessary, the alternatives considered, and the diligence done to comply with sanctions and other law',
        ],
        condition: 'Only if a ransom payment was made.',
      }),
    ],
    confidence: 'high',
    unverified: [
      'The effective date (2025-07-28) comes from law-firm reports; thirty days after signing would be 2025-07-27.',
      'The New York City exemption was not seen in the statute text.',
    ],
    sources: [
      { where: 'https://lexace.ai/us/statute/new-york/gmu-995-B', facts: '§ 995-b text: 72 hours after reasonable belief; assistance requested or declined; FOIL exemption' },
      { where: 'https://production.jdsupra.com/legalnews/ny-municipalities-public-authorities-6470415', facts: 'effective July 28; ransom 24 hours and 30-day explanation; NYC exempt' },
      { where: 'https://www.nysenate.gov/legislation/laws/GMU/995-A', facts: '§ 995-a definition of cybersecurity incident' },
      { where: 'https://www.cnybj.com/new-state-law-requires-quick-reporting-of-cybersecurity-ransomware-incidents', facts: 'signed 2025-06-27; 72-hour incident and 24-hour ransom reports to DHSES' },
    ],
  },
];

export const nyStateEntityLaw: Law = {
  id: 'NY-STL-208',
  title: 'N.Y. State Tech. Law § 208: breach notice by state entities',
  scope: 'residents',
  versions: stateEntity,
};

export const nyMunicipalCyberLaw: Law = {
  id: 'NY-GMU-995',
  title: 'N.Y. Gen. Mun. Law §§ 995-a to 995-c: cybersecurity incident and ransom-payment reports by municipalities and public authorities',
  scope: 'home',
  versions: municipal,
};
