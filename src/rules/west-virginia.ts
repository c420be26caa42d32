// West Virginia: Breach of Security of Consumer Information (W. Va. Code §§ 46A-2A-101 to -105,
// S.B. 340 of 2008). One law for businesses and governments; no Attorney General notice.
import type { FactCheck, Jurisdiction } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

const LE = toll('W. Va. Code § 46A-2A-102(e)');

const ENTITY =
  'W. Va. Code § 46A-2A-101(2) defines "entity" to include corporations, associations, organizations and other legal entities whether for profit or not, and governments, governmental subdivisions, agencies and instrumentalities';

const CARD_CODES = ['card_security_code', 'access_code', 'password'] as const;

/** § 46A-2A-102 reproduced with its section; the stored copy stops inside (d)(1). */
const CODE_102 = 'http://laws9.com/statutes/west-virginia/46a/46a-2a-102 (W. Va. Code § 46A-2A-102(a)-(d)(1), reproduced with its section)';
const BILL_2008 = AKESARI_BILL('2008 W.V. SB 340.PDF');
const CLICLAW = 'https://cliclaw.com/node/313';
const LEXACE = 'https://lexace.ai/us/statute/west-virginia/46A-2A-102';
const PAST_D = 'Subsections (d)(2) to (f) of § 46A-2A-102 lie past the part of the section that could be read, and § 46A-2A-101 (definitions) was not found in a copy that could be read.';

const DEFINITIONS_SECONDARY: FactCheck = {
  kind: 'secondary',
  where: `${CLICLAW}; ${PERKINS_CHART_2021}`,
  says: '"entity" includes governments, governmental subdivisions, agencies and instrumentalities, for profit or not',
  checked: CHECKED,
  why: PAST_D,
};

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
          encryptionSafeHarbor: {
            exists: true,
            keyException: true,
            keyReading: 'express',
            keyWording:
              '§ 46A-2A-102(a) reaches "unencrypted and unredacted" information; (b): notice is owed if encrypted information is taken in unencrypted form or the breach involves a person with access to the encryption key',
            citation: 'W. Va. Code § 46A-2A-102(a), (b)',
          },
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
              notes: 'The statute counts persons notified of a single breach, residents or not.',
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
          confidence: 'low',
          unverified: [
            'Sources differ on the start date (Perkins: 2008-06-06, ninety days after passage on 2008-03-08; Bloomberg: 2008-06-07); the earlier date is used.',
            'The definitions (§ 46A-2A-101: entity, personal information, notice) and § 46A-2A-102(d)(2)-(f) (content, law-enforcement delay, the more-than-1,000 bureau notice) could not be read in the statute text; they rest on summaries and the earlier research record.',
          ],
          sources: [
            { where: CODE_102, facts: '§ 46A-2A-102(a)-(d)(1): identity-theft test, without unreasonable delay, key clause, vendor as soon as practicable, first content item' },
            { where: BILL_2008, facts: 'passed 2008-03-08, in effect ninety days from passage' },
            { where: LEXACE, facts: '§ 46A-2A-102(a)-(d) text: without unreasonable delay, key exception, vendor as soon as practicable, content' },
            { where: CLICLAW, facts: '§ 46A-2A-101 definitions: breach, entity (governments included), encrypted' },
            { where: PERKINS_CHART_2021, facts: 'application, CRA, vendor, content, substitute notice' },
            { where: BLOOMBERG_TABLE, facts: 'effective 6/7/2008' },
          ],
          verification: {
            effective_dates: {
              kind: 'secondary',
              where: `${BILL_2008}; ${PERKINS_CHART_2021}; ${BLOOMBERG_TABLE}`,
              says: 'S.B. 340 passed 2008-03-08, in effect ninety days from passage: 2008-06-06 (Bloomberg: 2008-06-07)',
              checked: CHECKED,
              why: 'The enacted bill is stored only as a scanned PDF that cannot be read here; the date rests on the earlier research record of it and the charts.',
            },
            coverage: DEFINITIONS_SECONDARY,
            personal_information: {
              kind: 'secondary',
              where: `${CLICLAW}; ${PERKINS_CHART_2021}`,
              says: 'name linked to SSN, driver\'s licence or state ID issued in lieu of one, or a financial account or card number with its code or password',
              checked: CHECKED,
              why: PAST_D,
            },
            encryption: {
              kind: 'primary',
              where: CODE_102,
              says: '(a) covers unencrypted and unredacted information; (b) requires notice if encrypted data is taken unencrypted or a person with access to the key is involved, with a belief of identity theft or fraud',
              checked: CHECKED,
            },
            risk_of_harm: {
              kind: 'primary',
              where: CODE_102,
              says: '(a): notice where the access causes, or is reasonably believed to have caused or to cause, identity theft or other fraud to a resident',
              checked: CHECKED,
            },
            deadline: {
              kind: 'primary',
              where: CODE_102,
              says: '(a): without unreasonable delay, save for (e) and measures to find the scope and restore the system; (c): vendor as soon as practicable',
              checked: CHECKED,
            },
            anchor: { kind: 'primary', where: CODE_102, says: '(a): following discovery or notification of the breach; (c): following the vendor\'s discovery', checked: CHECKED },
            threshold: {
              kind: 'secondary',
              where: `${PERKINS_CHART_2021}; ${LEXACE}`,
              says: '(f): the bureaus when more than 1,000 persons are to be notified of one breach; not for entities under GLBA Title V',
              checked: CHECKED,
              why: PAST_D,
            },
            law_enforcement: {
              kind: 'secondary',
              where: `${CODE_102}; ${PERKINS_CHART_2021}`,
              says: '(a) refers to the (e) delay; (e) delays notice while law enforcement advises it would impede an investigation, then notice without unreasonable delay (a pause)',
              checked: CHECKED,
              why: `(a)'s reference to the delay was read; (e) itself was not. ${PAST_D}`,
            },
            substitute_notice: {
              kind: 'secondary',
              where: `${CLICLAW}; ${PERKINS_CHART_2021}`,
              says: 'cost over $50,000, more than 100,000 persons, or insufficient contact details; any two of e-mail, website posting and statewide media',
              checked: CHECKED,
              why: PAST_D,
            },
            required_content: {
              kind: 'secondary',
              where: `${CODE_102}; ${LEXACE}`,
              says: '(d)(1) categories of information, read in the code; (d)(2) a telephone number or website to learn what was held and (d)(3) the bureaus\' numbers and how to place a fraud alert or freeze, from a second copy',
              checked: CHECKED,
              why: 'Only (d)(1) was in the part of the code text that could be read; (d)(2)-(3) rest on a second copy of the section whose text could not be opened here.',
            },
            forbidden_content: {
              kind: 'secondary',
              where: `${LEXACE}; ${PERKINS_CHART_2021}`,
              says: 'none reported',
              checked: CHECKED,
              why: PAST_D,
            },
          },
        },
      ],
    },
  ],
  channels: [NATIONWIDE_CRAS],
  consumerContact: {
    name: 'West Virginia Attorney General, Consumer Protection Division',
    phone: '1-800-368-8808',
    website: 'www.wvago.gov',
    address: 'P.O. Box 1789, Charleston, WV 25326-1789',
    source:
      'Hotline and website: https://wvrecord.com/stories/534752449-ag-s-office-has-received-nearly-850-consumer-complaints-related-to-coronavirus-pandemic (quoting the Attorney General\'s release); the postal address is the Division\'s published box, not re-read in this check',
    checked: CHECKED,
  },
};
