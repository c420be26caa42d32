// South Carolina: Act 190 of 2008 enacted two parallel sections in force from 2009-07-01, S.C. Code
// § 39-1-90 (breach of business data, reaching "persons" including governmental subdivisions) and
// § 1-11-490 (breach of state agency data). Neither sets a number of days.
import type { DataElement, Jurisdiction, ObligationRule, PersonalInformationDefinition } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, obligation, residents, toll, withoutDelay } from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];

const personalInformation = (section: string): PersonalInformationDefinition => ({
  citation: `S.C. Code § ${section}(D)`,
  summary:
    "a resident's name (first name or initial and last name) linked to an SSN; a driver's licence or state ID number; a financial account or card number with any code or password that reaches the account; other numbers or information that can be used to access financial accounts; or numbers or information issued by a governmental or regulatory entity that uniquely identify the person, where the elements are neither encrypted nor redacted",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
  ],
});

const HARM_TEST = {
  exists: true,
  standard: 'Notice is owed only when illegal use of the information has occurred or is reasonably likely, or its use creates a material risk of harm to the resident.',
  recordToKeep: null,
};

function obligationsFor(section: string): ObligationRule[] {
  const le = toll(`S.C. Code § ${section}(C)`);
  const overThousand = 'Without unreasonable delay when notice is given to more than 1,000 persons at one time.';
  return [
    obligation({
      id: 'individuals',
      recipient: 'individuals',
      recipientName: 'Affected South Carolina residents',
      citation: `S.C. Code § ${section}(A)`,
      deadline: withoutDelay(
        'discovered',
        'In the most expedient time possible and without unreasonable delay after discovering or being told of the breach, allowing for law enforcement and for measures to determine the scope and restore the system.',
      ),
      lawEnforcement: le,
      notes: 'The statute prescribes no letter content. Paper and other non-computerized records are covered ("computerized data or other data").',
    }),
    obligation({
      id: 'department-of-consumer-affairs',
      recipient: 'regulator',
      recipientName: 'Consumer Protection Division, South Carolina Department of Consumer Affairs',
      citation: `S.C. Code § ${section}(K)`,
      deadline: withoutDelay('discovered', overThousand),
      threshold: residents(1000, 'more_than'),
      lawEnforcement: le,
      requiredContent: ['Timing, distribution and content of the notice to residents'],
      notes: 'The Department takes reports through its online form. The statute counts persons notified at one time.',
    }),
    obligation({
      id: 'consumer-reporting-agencies',
      recipient: 'consumer_reporting_agencies',
      recipientName: 'Nationwide consumer reporting agencies',
      citation: `S.C. Code § ${section}(K)`,
      deadline: withoutDelay('discovered', overThousand),
      threshold: residents(1000, 'more_than'),
      lawEnforcement: le,
      requiredContent: ['Timing, distribution and content of the notice to residents'],
    }),
    obligation({
      id: 'vendor-notice',
      recipient: 'data_owner',
      recipientName: 'The data owner (notice from the vendor that maintains the data)',
      citation: `S.C. Code § ${section}(B)`,
      deadline: withoutDelay('discovered', 'Immediately following discovery.'),
      lawEnforcement: le,
      condition: 'This duty binds whoever maintains the data for its owner or licensee, not the owner itself.',
    }),
  ];
}

const SHARED = {
  encryptionSafeHarbor: { exists: true, keyException: false, citation: 'S.C. Code § 39-1-90(D)' },
  riskOfHarmException: HARM_TEST,
} as const;

export const southCarolina: Jurisdiction = {
  code: 'SC',
  name: 'South Carolina',
  kind: 'state',
  holidays: { country: 'US', state: 'SC' },
  laws: [
    {
      id: 'SC-39-1-90',
      title: 'S.C. Code § 39-1-90: breach of security of business data',
      scope: 'residents',
      versions: [
        {
          id: 'SC-2009',
          effectiveFrom: '2009-07-01',
          effectiveTo: null,
          citations: ['S.C. Code § 39-1-90 (Act 190 of 2008, S.B. 453; amended by Act 15 of 2013, H. 3248, eff. 2013-04-23)'],
          summary:
            'South Carolina requires notice to affected residents in the most expedient time possible, and to the Department of Consumer Affairs and the credit bureaus when more than 1,000 persons are notified at once.',
          coverage: coverage({
            business: ['yes', 'S.C. Code § 39-1-90(A) binds a person conducting business in South Carolina that owns or licenses data including personal identifying information.'],
            nonprofit: ['yes', '"Person" (§ 39-1-90(D), by reference to § 37-20-110(10)) includes associations, trusts, cooperatives and other organizations.'],
            local_government: ['yes', '"Person" (§ 37-20-110(10), applied by § 39-1-90) includes a government or governmental subdivision or agency.'],
            state_agency: ['no', 'Breaches of state agency data are governed by the parallel S.C. Code § 1-11-490 (same Act 190 of 2008), encoded separately with the same duties.'],
          }),
          ...SHARED,
          personalInformation: personalInformation('39-1-90'),
          substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'S.C. Code § 39-1-90(E)' },
          obligations: obligationsFor('39-1-90'),
          confidence: 'high',
          unverified: [
            'What Act 15 of 2013 changed in § 39-1-90 was not read; sources show no change to timing or thresholds, so one version is kept.',
            'Whether "person" reaches local governments rests on the Perkins Coie reading of § 37-20-110(10).',
            'The Department of Consumer Affairs notice is encoded with the same "more than 1,000 persons at one time" trigger as the credit-bureau notice; summaries describe it as "more than 1,000 residents".',
          ],
          sources: [
            { where: AKESARI_BILL('S.C. Code Ann. _ 39-1-90.PDF'), facts: 'statute text current through 2022 Act 148; history' },
            { where: 'https://cliclaw.com/library/state-laws/state-security-breach-laws/south-carolina-breach-security-business-data', facts: '§ 39-1-90(A)-(B) text: most expedient time; harm trigger; vendor immediately' },
            { where: 'https://perkinscoie.com/insights/publication/security-breach-notification-chart-south-carolina', facts: 'S.B. 453 eff. 2009-07-01; H.B. 3248 eff. 2013-04-23; application includes governments; CRA and Department notices over 1,000' },
            { where: PERKINS_CHART_2021, facts: 'substitute notice $250,000 / 500,000' },
            { where: BLOOMBERG_TABLE, facts: 'cross-check; insurance licensees 72 hours (not encoded)' },
          ],
        },
      ],
    },
    {
      id: 'SC-1-11-490',
      title: 'S.C. Code § 1-11-490: breach of security of state agency data',
      scope: 'residents',
      versions: [
        {
          id: 'SC-AGENCY-2009',
          effectiveFrom: '2009-07-01',
          effectiveTo: null,
          citations: ['S.C. Code § 1-11-490 (added by Act 190 of 2008)'],
          summary:
            'South Carolina state agencies must notify affected residents in the most expedient time possible, and the Department of Consumer Affairs and the credit bureaus when more than 1,000 persons are notified at once.',
          coverage: governmentOnlyCoverage('S.C. Code § 39-1-90', {
            local_government: ['no', '§ 1-11-490 concerns state agency data; local governments fall under § 39-1-90.'],
            state_agency: ['yes', 'S.C. Code § 1-11-490 governs breaches of the security of state agency data.'],
          }),
          ...SHARED,
          encryptionSafeHarbor: { exists: true, keyException: false, citation: 'S.C. Code § 1-11-490(D)' },
          personalInformation: personalInformation('1-11-490'),
          substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'S.C. Code § 1-11-490(E)' },
          obligations: obligationsFor('1-11-490'),
          confidence: 'medium',
          unverified: [
            'The text of § 1-11-490 was not read; its duties, subsections and 2009-07-01 start are taken to mirror § 39-1-90, which the same Act enacted and which a 2014 bill proposed to amend in the same way.',
          ],
          sources: [
            { where: 'https://scstatehouse.gov/sess120_2013-2014/prever/1086_20140416.htm', facts: 'S. 1086 (2014, a proposal): § 1-11-490 "as added by Act 190 of 2008" concerns notice of a breach of state agency data' },
            { where: 'https://www.constangy.com/data-privacy-us-sc', facts: 'covered entities include state agencies; citations § 39-1-90 and § 1-11-490' },
          ],
        },
      ],
    },
  ],
};
