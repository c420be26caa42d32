// West Virginia: Breach of Security of Consumer Information (W. Va. Code §§ 46A-2A-101 to -105,
// S.B. 340 of 2008). One law for businesses and governments; no Attorney General notice.
import type { Jurisdiction } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const LE = toll('W. Va. Code § 46A-2A-102(e)');

const ENTITY =
  'W. Va. Code § 46A-2A-101(2) defines "entity" to include corporations, associations, organizations and other legal entities whether for profit or not, and governments, governmental subdivisions, agencies and instrumentalities';

const CARD_CODES = ['card_security_code', 'access_code', 'password'] as const;

export const westVirginia: Jurisdiction = {
  code: 'WV',
  name: 'West Virginia',
  kind: 'state',
  holidays: { country: 'US', state: 'WV' },
  laws: [
    {
      id: 'WV-46A-2A',
      title: 'Breach of Security of Consumer Information, W. Va. Code §§ 46A-2A-101 to 46A-2A-105',
      scope: 'residents',
      versions: [
        {
          id: 'WV-2008',
          effectiveFrom: '2008-06-06',
          effectiveTo: null,
          citations: ['W. Va. Code §§ 46A-2A-101 to 46A-2A-105 (S.B. 340, passed 2008-03-08, in effect ninety days from passage)'],
          summary:
            'West Virginia requires notice to affected residents without unreasonable delay, and to the credit bureaus when more than 1,000 persons are notified; there is no Attorney General notice.',
          coverage: coverage({
            business: ['yes', `${ENTITY}.`],
            nonprofit: ['yes', `${ENTITY}.`],
            local_government: ['yes', `${ENTITY}; governmental subdivisions are named.`],
            state_agency: ['yes', `${ENTITY}; governments, agencies and instrumentalities are named.`],
          }),
          encryptionSafeHarbor: { exists: true, keyException: true, citation: 'W. Va. Code § 46A-2A-102(b)' },
          riskOfHarmException: {
            exists: true,
            standard: 'Notice is owed only for a breach that causes, or that the entity reasonably believes has caused or will cause, identity theft or other fraud to a West Virginia resident.',
            recordToKeep: null,
          },
          personalInformation: {
            citation: 'W. Va. Code § 46A-2A-101(6)',
            summary:
              "a resident's name (first name or initial and last name) linked to an SSN, a driver's licence or state ID number, or a financial account or card number with the code or password needed to reach the account",
            combinations: [
              { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
              { all: ['name', 'account_number'], anyOf: [...CARD_CODES] },
              { all: ['name', 'card_number'], anyOf: [...CARD_CODES] },
            ],
          },
          substituteNotice: { costOver: 50_000, recipientsOver: 100_000, citation: 'W. Va. Code § 46A-2A-101(5)' },
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Affected West Virginia residents',
              citation: 'W. Va. Code § 46A-2A-102(a), (d)',
              deadline: withoutDelay(
                'discovered',
                'Without unreasonable delay following discovery or notification of the breach, except for a law-enforcement delay or the measures needed to determine its scope and restore the system.',
              ),
              lawEnforcement: LE,
              requiredContent: [
                'To the extent possible, the categories of information reasonably believed accessed or acquired (SSN, licence or state ID number, financial data)',
                'A telephone number or website the resident can use to learn what types of information the entity held about individuals and about the resident',
                'Toll-free numbers and addresses of the major credit reporting agencies and how to place a fraud alert or security freeze',
              ],
              letterElements: ['information_involved', 'contact', 'credit_bureaus'],
              condition:
                'An entity following its own notice procedures consistent with the timing of the article, or a financial institution following its federal regulator\'s guidance, is deemed compliant (§ 46A-2A-103).',
              notes: 'Substitute notice: any two of e-mail, a conspicuous website posting and notice to major statewide media.',
            }),
            obligation({
              id: 'consumer-reporting-agencies',
              recipient: 'consumer_reporting_agencies',
              recipientName: 'Nationwide consumer reporting agencies',
              citation: 'W. Va. Code § 46A-2A-102(f)',
              deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 persons are to be notified of one breach.'),
              threshold: residents(1000, 'more_than'),
              lawEnforcement: LE,
              requiredContent: ['Timing, distribution and content of the notices (names of recipients are not required)'],
              condition: 'Not required of an entity subject to Title V of the Gramm-Leach-Bliley Act.',
              notes: 'The statute counts persons notified of a single breach.',
            }),
            obligation({
              id: 'vendor-notice',
              recipient: 'data_owner',
              recipientName: 'The data owner (notice from the vendor that maintains the data)',
              citation: 'W. Va. Code § 46A-2A-102(c)',
              deadline: withoutDelay('discovered', 'As soon as practicable following discovery, if the information was or is reasonably believed to have been accessed and acquired.'),
              condition: 'Binds an individual or entity that maintains the data without owning or licensing it (a vendor), not the owner.',
            }),
          ],
          confidence: 'high',
          unverified: [
            'Sources differ on the start date (Perkins: 2008-06-06, ninety days after passage on 2008-03-08; Bloomberg: 2008-06-07); the earlier date is used.',
            'The subsection numbers of the definitions of "personal information" and "notice" were not checked against the official code.',
          ],
          sources: [
            { where: AKESARI_BILL('2008 W.V. SB 340.PDF'), facts: 'passed 2008-03-08, in effect ninety days from passage' },
            { where: 'https://lexace.ai/us/statute/west-virginia/46A-2A-102', facts: '§ 46A-2A-102(a)-(d) text: without unreasonable delay, key exception, vendor as soon as practicable, content' },
            { where: 'https://cliclaw.com/node/313', facts: '§ 46A-2A-101 definitions: breach, entity (governments included), encrypted' },
            { where: PERKINS_CHART_2021, facts: 'application, CRA, vendor, content, substitute notice' },
            { where: BLOOMBERG_TABLE, facts: 'effective 6/7/2008' },
          ],
        },
      ],
    },
  ],
};
