// Wisconsin: notice of unauthorized acquisition of personal information (Wis. Stat. § 134.98,
// created as § 895.507 by 2005 Wis. Act 138). Binds businesses, the state and its cities,
// villages, towns and counties; no Attorney General notice.
import type { Jurisdiction } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const LE = toll('Wis. Stat. § 134.98(5)');

const ENTITY =
  'Wis. Stat. § 134.98(1)(a) makes an "entity" of any person other than an individual that conducts business in Wisconsin and keeps personal information in the ordinary course of business, licenses it in Wisconsin, or holds deposit accounts for or lends to Wisconsin residents';

export const wisconsin: Jurisdiction = {
  code: 'WI',
  name: 'Wisconsin',
  kind: 'state',
  holidays: { country: 'US', state: 'WI' },
  laws: [
    {
      id: 'WI-134-98',
      title: 'Notice of unauthorized acquisition of personal information, Wis. Stat. § 134.98 (formerly § 895.507)',
      scope: 'residents',
      versions: [
        {
          id: 'WI-2006',
          effectiveFrom: '2006-03-31',
          effectiveTo: null,
          citations: ['Wis. Stat. § 134.98, created as § 895.507 by 2005 Wis. Act 138 (S.B. 164, eff. 2006-03-31)'],
          summary:
            'Wisconsin requires notice to each affected person within a reasonable time, at most 45 days after learning of the acquisition, and to the credit bureaus when 1,000 or more are notified; there is no Attorney General notice.',
          coverage: coverage({
            business: ['yes', `${ENTITY}.`],
            nonprofit: ['yes', `${ENTITY}; a nonprofit corporation or association is such a person.`],
            local_government: [
              'yes',
              `${ENTITY}; § 134.98(1)(a)2. adds any city, village, town or county. School and special districts are not named and are covered only if they otherwise meet the definition.`,
            ],
            state_agency: ['yes', `${ENTITY}; § 134.98(1)(a)2. adds the state and every office, department, agency, authority and institution of state government, the legislature and the courts.`],
          }),
          encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Wis. Stat. § 134.98(1)(b)' },
          riskOfHarmException: {
            exists: true,
            standard: 'No notice is owed if the acquisition does not create a material risk of identity theft or fraud to the subject of the information, or if an employee or agent acquired it in good faith and used it lawfully.',
            recordToKeep: null,
          },
          personalInformation: {
            citation: 'Wis. Stat. § 134.98(1)(b)',
            summary:
              "an individual's last name and first name or initial linked to an SSN, a driver's licence or state ID number, a financial account or card number, or a code or password giving access to a financial account, a DNA profile, or unique biometric data, if not publicly available and not encrypted, redacted or made unreadable",
            combinations: [
              {
                all: ['name'],
                anyOf: ['ssn', 'drivers_license', 'state_id', 'account_number', 'card_number', 'card_security_code', 'access_code', 'password', 'genetic', 'biometric'],
              },
            ],
          },
          substituteNotice: { costOver: null, recipientsOver: null, citation: 'Wis. Stat. § 134.98(3)(b)' },
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Each subject of the personal information (Wisconsin residents; everyone, for an entity based or storing data in Wisconsin)',
              citation: 'Wis. Stat. § 134.98(2)(a)-(b), (3)',
              deadline: calendarDays(45, 'discovered'),
              lawEnforcement: LE,
              requiredContent: [
                'A statement that the entity knows of the unauthorized acquisition of personal information about the person',
                'On written request, which personal information was acquired',
              ],
              letterElements: ['what_happened'],
              condition:
                'Entities subject to Title V of the Gramm-Leach-Bliley Act or to HIPAA that comply with it are exempt (§ 134.98(3m)). An entity whose principal place of business is in Wisconsin, or that keeps or licenses the data in Wisconsin, must notify every subject, wherever they live (§ 134.98(2)(a)).',
              notes:
                'Within a reasonable time, not more than 45 days after the entity learns of the acquisition; what is reasonable depends on the number of notices and the methods available. Notice is by mail or a method previously used with the person; if an address cannot be found with reasonable diligence, any method reasonably calculated to give actual notice.',
            }),
            obligation({
              id: 'consumer-reporting-agencies',
              recipient: 'consumer_reporting_agencies',
              recipientName: 'Nationwide consumer reporting agencies',
              citation: 'Wis. Stat. § 134.98(2)(br)',
              deadline: withoutDelay('discovered', 'Without unreasonable delay when one incident requires notice to 1,000 or more individuals.'),
              threshold: residents(1000, 'at_least'),
              lawEnforcement: LE,
              requiredContent: ['Timing, distribution and content of the notices sent to individuals'],
              notes: 'The statute counts individuals notified because of a single incident; for a Wisconsin-based entity that includes non-residents.',
            }),
            obligation({
              id: 'vendor-notice',
              recipient: 'data_owner',
              recipientName: 'The data owner (notice from the vendor that maintains the data)',
              citation: 'Wis. Stat. § 134.98(2)(bm)',
              deadline: withoutDelay('discovered', 'As soon as practicable after knowing of the unauthorized acquisition.'),
              condition:
                'Binds a person (other than an individual) that stores Wisconsin residents\' data it does not own or license, and only where it has no contract with the owner or licensee; not the owner.',
            }),
          ],
          confidence: 'high',
          unverified: [
            'When § 895.507 was renumbered § 134.98 was not checked; the sub-paragraph letters (2)(br), (3m) and (5) are taken from secondary sources.',
            'The statute has no express encryption-key clause; this catalogue does not treat a compromised key as defeating the exclusion of encrypted data.',
          ],
          sources: [
            { where: AKESARI_BILL('2005 Wis. SB 164.PDF'), facts: '45 days after learning; cities, villages, towns and counties covered' },
            { where: 'https://docs.legis.wisconsin.gov/document/statutes/2005/895.51(3)', facts: '2005 text of § 895.507(2)(a), (b), (bm): subjects everywhere for Wisconsin entities, vendor notice without a contract' },
            { where: 'https://www.gklaw.com/newsupdatespressreleases/How-Does-Wisconsins-New-Personal-Information-Disclosure-Law-Impact-Your-Business-2006-04-05-1.htm', facts: '45 days, material-risk exception, CRA content' },
            { where: PERKINS_CHART_2021, facts: 'CRA, vendor, content, exemptions' },
            { where: BLOOMBERG_TABLE, facts: 'CRA 1,000 or more' },
          ],
        },
      ],
    },
  ],
};
