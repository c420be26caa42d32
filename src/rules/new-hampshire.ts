// New Hampshire: N.H. Rev. Stat. §§ 359-C:19 to 359-C:21 (H.B. 1660, 2006), in force since
// 2007-01-01. "Person" includes state bodies and political subdivisions, so one law covers all.
import type { DataElement, Jurisdiction, RuleVersion } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, immediately, obligation, residents, toll, withIndividuals, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const LE = toll('N.H. Rev. Stat. § 359-C:20(II)');
const PERSON =
  '§ 359-C:19(III) defines a person as any individual, corporation, association or other entity, and any agency, authority, board, court, department or other state governmental entity, or any political subdivision of the state.';

const versions: RuleVersion[] = [
  {
    id: 'NH-2007',
    effectiveFrom: '2007-01-01',
    effectiveTo: null,
    citations: ['N.H. Rev. Stat. §§ 359-C:19 to 359-C:21 (H.B. 1660, 2006)', 'N.H. Rev. Stat. ch. 420-P (insurance licensees, from 2020-01-01)'],
    summary: 'New Hampshire requires notice to affected individuals as soon as possible once misuse is likely or cannot be ruled out, and to the Attorney General (or the primary regulator) with the anticipated date and number.',
    coverage: coverage({
      business: ['yes', `§ 359-C:20(I)(a) binds any person doing business in New Hampshire that owns or licenses computerized personal information; ${PERSON}`],
      nonprofit: ['yes', PERSON],
      local_government: ['yes', PERSON],
      state_agency: ['yes', PERSON],
    }),
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'N.H. Rev. Stat. § 359-C:19(II), (IV)' },
    riskOfHarmException: {
      exists: true,
      standard: 'No notice if the prompt determination finds misuse has not occurred and is not reasonably likely; when no determination can be made, notice is required (§ 359-C:20(I)(a)).',
      recordToKeep: null,
    },
    personalInformation: {
      citation: 'N.H. Rev. Stat. § 359-C:19(IV)',
      summary: 'first name or initial and last name with an SSN, a driver\'s licence or other government ID number, or an account, credit or debit card number with any code or password needed to use it',
      combinations: [
        { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id'] },
        { all: ['name', 'account_number'], anyOf: CODES },
        { all: ['name', 'card_number'], anyOf: CODES },
      ],
    },
    substituteNotice: { costOver: 5_000, recipientsOver: 1_000, citation: 'N.H. Rev. Stat. § 359-C:20(III)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected individuals',
        citation: 'N.H. Rev. Stat. § 359-C:20(I)(a)-(b), (IV)',
        deadline: withoutDelay('determined', 'As soon as possible (as quickly as possible after the determination that misuse occurred or is reasonably likely, or that it cannot be determined).'),
        lawEnforcement: LE,
        requiredContent: [
          'A general description of the incident',
          'The approximate date of the breach',
          'The type of personal information obtained',
          'Telephone contact information of the notifying person',
        ],
        letterElements: ['what_happened', 'breach_dates', 'information_involved', 'contact'],
        notes: 'Law-enforcement or national-security delay is allowed; notice follows as soon as possible after the agency clears it.',
      }),
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: "New Hampshire Attorney General's Office (or, for trade or commerce subject to RSA 358-A:3, I, its primary regulator)",
        citation: 'N.H. Rev. Stat. § 359-C:20(I)(b)',
        deadline: withIndividuals,
        lawEnforcement: LE,
        requiredContent: ['The anticipated date of the notice to individuals', 'The approximate number of New Hampshire individuals to be notified'],
        notes: 'The statute sets no time, but the notice must state the anticipated date of the individual notice, so it has to go before or with it. Names and personal information of the individuals are not required. Banks, insurers and other regulated trades notify their regulator instead.',
      }),
      obligation({
        id: 'consumer-reporting-agencies',
        recipient: 'consumer_reporting_agencies',
        recipientName: 'Each nationwide consumer reporting agency',
        citation: 'N.H. Rev. Stat. § 359-C:20(VI)',
        deadline: withoutDelay('determined', 'Without unreasonable delay once more than 1,000 consumers are to be notified at one time.'),
        threshold: residents(1000, 'more_than'),
        lawEnforcement: LE,
        requiredContent: ['The anticipated date of the notice to consumers', 'The approximate number of consumers notified', 'The content of the notice'],
        condition: 'Not required of a person subject to Title V of the Gramm-Leach-Bliley Act.',
      }),
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: 'N.H. Rev. Stat. § 359-C:20(I)(c)',
        deadline: immediately('discovered', 'Immediately following discovery, if the personal information was acquired by an unauthorized person.'),
        requiredContent: ['Notice of the breach and cooperation, including sharing information relevant to the breach'],
        condition: 'Binds a person that maintains the data for its owner or licensee, not the owner itself.',
      }),
    ],
    confidence: 'high',
    unverified: [
      'Subsection numbers for the credit-bureau duty and substitute notice come from charts, not the statute.',
      'Insurance licensees also notify the Insurance Commissioner within 3 business days under RSA 420-P:6 (from 2020-01-01); not encoded here.',
    ],
    sources: [
      { where: 'https://lawserver.com/law/state/new-hampshire/nh-statutes/new_hampshire_revised_statutes_359-c_20', facts: '§ 359-C:20(I)(a)-(c) text: determination, regulator/AG notice content, vendor immediately' },
      { where: 'https://cliclaw.com/library/state-laws/state-security-breach-laws/new-hampshire-notice-security-breach', facts: '§ 359-C:19 definitions: encrypted (key clause), person, personal information; effective 2007-01-01; letter content' },
      { where: 'https://www.doj.nh.gov/citizens/consumer-protection-antitrust-bureau/security-breach-notifications', facts: 'AG summary: regulator or AG notice; CRAs over 1,000' },
      { where: PERKINS_CHART_2021, facts: 'CRA, substitute notice $5,000 / 1,000' },
      { where: BLOOMBERG_TABLE, facts: 'citations, insurance rule' },
    ],
  },
];

export const newHampshire: Jurisdiction = {
  code: 'NH',
  name: 'New Hampshire',
  kind: 'state',
  holidays: { country: 'US', state: 'NH' },
  laws: [{ id: 'NH-359-C', title: 'N.H. Rev. Stat. §§ 359-C:19 to 359-C:21 (notice of security breach)', scope: 'residents', versions }],
};
