// Wisconsin: notice of unauthorized acquisition of personal information (Wis. Stat. § 134.98,
// created as § 895.507 by 2005 Wis. Act 138). Binds businesses, the state and its cities,
// villages, towns and counties; no Attorney General notice.
import type { Jurisdiction } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

const LE = toll('Wis. Stat. § 134.98(5)');

const ENTITY =
  'Wis. Stat. § 134.98(1)(a) makes an "entity" of any person other than an individual that conducts business in Wisconsin and keeps personal information in the ordinary course of business, licenses it in Wisconsin, or holds deposit accounts for or lends to Wisconsin residents';

const BILL_2005 = AKESARI_BILL('2005 Wis. SB 164.PDF');
const DOCS_2005 = 'https://docs.legis.wisconsin.gov/document/statutes/2005/895.51(3) (2005 text of § 895.507, as read by the earlier research)';
const WORDSBYWIT = 'https://www.wordsbywit.com/wisconsin (quotes § 134.98(1)(b) and (3)(a)-(b))';
const LEWIS_BRISBOIS = 'https://lewisbrisbois.com/privacy/US/Wisconsin/data-breach';
const DWT = 'https://dwt.com/wisconsin';
const GKLAW = 'https://www.gklaw.com/newsupdatespressreleases/How-Does-Wisconsins-New-Personal-Information-Disclosure-Law-Impact-Your-Business-2006-04-05-1.htm';
const NOT_READ =
  'No copy of § 134.98 (or of the 2005 § 895.507) could be read in the statute text here; the enacted bill is stored only as a scanned PDF. The fact rests on summaries that quote the section.';

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
          // Elements are personal information only if "not encrypted, redacted, or altered in a manner
          // that renders the element unreadable": data whose key was taken is readable again.
          encryptionSafeHarbor: {
            exists: true,
            keyException: true,
            keyReading: 'implied',
            keyWording: '§ 134.98(1)(b): an element counts only if it "is not encrypted, redacted, or altered in a manner that renders the element unreadable"',
            citation: 'Wis. Stat. § 134.98(1)(b)',
          },
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
          confidence: 'low',
          unverified: [
            'No text of § 134.98 (or of the 2005 § 895.507) could be read here: every fact rests on summaries that quote it and on the earlier research record of the enacted bill.',
            'When § 895.507 was renumbered § 134.98 was not checked; the sub-paragraph letters (2)(br), (3m) and (5) are taken from secondary sources.',
            'Law-enforcement delay: summaries describe the notice process as beginning at the end of the period law enforcement asks for, which could be read as a fresh 45 days; breachdesk pauses the clock instead, which gives the earlier (safer) date.',
          ],
          sources: [
            { where: BILL_2005, facts: 'research record of the bill: 45 days after learning; cities, villages, towns and counties covered' },
            { where: DOCS_2005, facts: '2005 text of § 895.507(2)(a), (b), (bm): subjects everywhere for Wisconsin entities, vendor notice without a contract' },
            { where: WORDSBYWIT, facts: '§ 134.98(1)(b) definition (not encrypted, redacted or made unreadable); 45 days; mail' },
            { where: LEWIS_BRISBOIS, facts: 'content; material-risk exception; 45 days' },
            { where: GKLAW, facts: '45 days, material-risk exception, CRA content' },
            { where: PERKINS_CHART_2021, facts: 'CRA, vendor, content, exemptions' },
            { where: BLOOMBERG_TABLE, facts: 'CRA 1,000 or more' },
          ],
          verification: {
            effective_dates: { kind: 'secondary', where: `${BILL_2005}; ${GKLAW}`, says: '2005 Wis. Act 138 (S.B. 164) in force 2006-03-31', checked: CHECKED, why: NOT_READ },
            coverage: { kind: 'secondary', where: `${BILL_2005}; ${PERKINS_CHART_2021}`, says: 'persons other than individuals doing business, licensing data, holding deposits or lending in Wisconsin; the state; cities, villages, towns and counties', checked: CHECKED, why: NOT_READ },
            personal_information: { kind: 'secondary', where: WORDSBYWIT, says: 'last name and first name or initial linked to SSN, licence or state ID, financial account or card number or its access code or password, DNA profile or biometric data', checked: CHECKED, why: NOT_READ },
            encryption: { kind: 'secondary', where: `${WORDSBYWIT}; ${DWT}`, says: 'an element counts only if not encrypted, redacted or altered so as to be unreadable; nothing on keys', checked: CHECKED, why: NOT_READ },
            risk_of_harm: { kind: 'secondary', where: `${LEWIS_BRISBOIS}; ${GKLAW}`, says: 'no notice if the acquisition creates no material risk of identity theft or fraud; good-faith employee acquisition excluded', checked: CHECKED, why: NOT_READ },
            deadline: { kind: 'secondary', where: WORDSBYWIT, says: 'within a reasonable time, not to exceed 45 days; bureaus without unreasonable delay; vendor as soon as practicable', checked: CHECKED, why: NOT_READ },
            anchor: { kind: 'secondary', where: WORDSBYWIT, says: 'after the entity learns of the acquisition of personal information', checked: CHECKED, why: NOT_READ },
            threshold: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; ${PERKINS_CHART_2021}`, says: 'bureaus when a single incident requires notice to 1,000 or more individuals', checked: CHECKED, why: NOT_READ },
            law_enforcement: { kind: 'secondary', where: `${DWT}; ${PERKINS_CHART_2021}`, says: 'law enforcement may ask the entity not to notify for a period; notification follows when it ends', checked: CHECKED, why: NOT_READ },
            substitute_notice: { kind: 'secondary', where: WORDSBYWIT, says: 'no cost or size trigger: by mail or a method used before; if no address can be found, any method reasonably calculated to give actual notice', checked: CHECKED, why: NOT_READ },
            required_content: { kind: 'secondary', where: `${WORDSBYWIT}; ${LEWIS_BRISBOIS}`, says: 'the notice says the entity knows of the unauthorized acquisition; on written request it identifies the information acquired', checked: CHECKED, why: NOT_READ },
            forbidden_content: { kind: 'secondary', where: `${LEWIS_BRISBOIS}; ${PERKINS_CHART_2021}`, says: 'none reported', checked: CHECKED, why: NOT_READ },
          },
        },
      ],
    },
  ],
  channels: [NATIONWIDE_CRAS],
  consumerContact: {
    name: 'Wisconsin Department of Agriculture, Trade and Consumer Protection, Bureau of Consumer Protection',
    phone: '1-800-422-7128',
    website: 'datcp.wi.gov',
    address: '2811 Agriculture Drive, P.O. Box 8911, Madison, WI 53708-8911',
    source:
      'Wisconsin\'s consumer-protection office is DATCP, not the Attorney General (https://www.einpresswire.com/article/562561067/datcp-aids-wisconsin-consumers-top-ten-consumer-complaints-in-2021: "the State\'s largest consumer protection agency", with its Consumer Protection Hotline); the hotline number and postal address are DATCP\'s published ones, not re-read in this check',
    checked: CHECKED,
  },
};
