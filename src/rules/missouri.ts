// Missouri: Mo. Rev. Stat. § 407.1500 (H.B. 62, 2009, in force 2009-08-28). Its "person" includes
// government bodies, so one statute binds businesses, the state and local governments alike.
import type { Jurisdiction } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const DEFS = 'https://instalawyer.io/laws/missouri-revised-statutes/section-4071500-definitions; https://cliclaw.com/node/316; http://laws9.com/statutes/missouri/t26/c407/407_1500 (§ 407.1500.1(1)-(8), verbatim copies of the revisor.mo.gov text, "Effective 28 Aug 2009")';
const DUTIES_NOT_READ = 'Only § 407.1500.1(1)-(8) (definitions up to "person") was read in statute text; the definition of personal information and subsection 2 (the duties) come from summaries that quote them (iTechLaw, McAfee, Perkins Coie, Bloomberg).';
const ITECHLAW = 'https://www.itechlaw.org/latinamericadataprotection/missouri-4';

const LE = toll('Mo. Rev. Stat. § 407.1500.2(3)');
const PERSON = 'Mo. Rev. Stat. § 407.1500.1 defines "person" to include';
const CODE = ['card_security_code', 'access_code', 'password'] as const;

export const missouri: Jurisdiction = {
  code: 'MO',
  name: 'Missouri',
  kind: 'state',
  holidays: { country: 'US', state: 'MO' },
  laws: [
    {
      id: 'MO-407-1500',
      title: 'Mo. Rev. Stat. § 407.1500: notice to consumers of a breach of security',
      scope: 'residents',
      versions: [
        {
          id: 'MO-2009',
          effectiveFrom: '2009-08-28',
          effectiveTo: null,
          citations: ['Mo. Rev. Stat. § 407.1500 (H.B. 62, 2009, eff. 2009-08-28)'],
          summary: 'Missouri requires notice to affected residents without unreasonable delay, and to the Attorney General and the credit bureaus when more than 1,000 consumers are notified at one time.',
          coverage: coverage({
            business: ['yes', `${PERSON} corporations, partnerships, LLCs and other legal or commercial entities that own, license or maintain residents' personal information (§ 407.1500.2(1)).`],
            nonprofit: ['yes', `${PERSON} associations, trusts and any other legal entity.`],
            local_government: ['yes', `${PERSON} governmental subdivisions, agencies, instrumentalities and public corporations.`],
            state_agency: ['yes', `${PERSON} government and governmental agencies and instrumentalities.`],
          }),
          encryptionSafeHarbor: {
            exists: true,
            keyException: true,
            keyReading: 'implied',
            keyWording: '§ 407.1500.1(4): "encryption" renders data unreadable or unusable without the confidential process or key; (9): elements count unless encrypted, redacted or altered so as to be unreadable or unusable.',
            citation: 'Mo. Rev. Stat. § 407.1500.1(4), (9) (elements encrypted, redacted or otherwise made unreadable or unusable)',
          },
          riskOfHarmException: {
            exists: true,
            standard: 'No notice if, after an appropriate investigation or consultation with law enforcement, the person determines that identity theft or other fraud to any consumer is not reasonably likely (§ 407.1500.2(5)).',
            recordToKeep: 'The determination, documented in writing and kept for 5 years.',
          },
          personalInformation: {
            citation: 'Mo. Rev. Stat. § 407.1500.1(9)',
            summary:
              "a first name or initial and last name with an SSN, a driver's licence or other government-issued unique ID number, an account or card number (or electronic identifier or routing code) with the code or password that opens the financial account, medical information or health insurance information",
            combinations: [
              { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id', 'medical', 'health_insurance'] },
              { all: ['name', 'card_number'], anyOf: [...CODE] },
              { all: ['name', 'account_number'], anyOf: [...CODE] },
            ],
          },
          substituteNotice: { costOver: 100_000, recipientsOver: 150_000, citation: 'Mo. Rev. Stat. § 407.1500.2(6)' },
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Affected Missouri residents',
              citation: 'Mo. Rev. Stat. § 407.1500.2(1), (4)',
              deadline: withoutDelay('discovered', 'without unreasonable delay after discovery or notification of the breach'),
              lawEnforcement: LE,
              requiredContent: [
                'The incident in general terms',
                'The type of personal information obtained',
                'A telephone number for further information and assistance, if one exists',
                'Contact information for the consumer reporting agencies',
                'Advice to remain vigilant by reviewing account statements and monitoring free credit reports',
              ],
              letterElements: ['what_happened', 'information_involved', 'contact', 'credit_bureaus', 'review_statements'],
              condition: 'Entities following their primary regulator\'s breach rules, or financial institutions following the interagency guidance, NCUA Part 748 or GLBA Title V, are deemed compliant (§ 407.1500.3).',
              notes: 'Consistent with law-enforcement needs and with measures to find contact information, determine the scope and restore the system. A law-enforcement request for delay must be in writing or documented at the time.',
            }),
            obligation({
              id: 'attorney-general',
              recipient: 'attorney_general',
              recipientName: "Missouri Attorney General's Office",
              citation: 'Mo. Rev. Stat. § 407.1500.2(8)',
              deadline: withoutDelay('discovered', 'without unreasonable delay'),
              threshold: residents(1000, 'more_than'),
              lawEnforcement: LE,
              requiredContent: ['Timing, distribution and content of the notice to consumers'],
              notes: 'When more than 1,000 consumers are notified at one time.',
            }),
            obligation({
              id: 'consumer-reporting-agencies',
              recipient: 'consumer_reporting_agencies',
              recipientName: 'Nationwide consumer reporting agencies',
              citation: 'Mo. Rev. Stat. § 407.1500.2(8)',
              deadline: withoutDelay('discovered', 'without unreasonable delay'),
              threshold: residents(1000, 'more_than'),
              lawEnforcement: LE,
              requiredContent: ['Timing, distribution and content of the notice to consumers'],
            }),
            obligation({
              id: 'vendor-notice',
              recipient: 'data_owner',
              recipientName: 'The data owner (notice from the vendor that maintains the data)',
              citation: 'Mo. Rev. Stat. § 407.1500.2(2)',
              deadline: withoutDelay('discovered', 'immediately following discovery'),
              lawEnforcement: LE,
              condition: 'Binds the person that maintains or possesses data it does not own or license (the vendor), not the owner.',
            }),
          ],
          confidence: 'low',
          unverified: [DUTIES_NOT_READ],
          sources: [
            { where: DEFS, facts: '§ 407.1500.1(1)-(8): breach, consumer, encryption tied to the key, medical and health insurance information, person (including government bodies); effective 2009-08-28' },
            { where: ITECHLAW, facts: 'subsection 2: risk of harm, 5-year record, AG and CRA notice above 1,000 at one time, vendor immediately, timing' },
            { where: PERKINS_CHART_2021, facts: 'all elements' },
            { where: BLOOMBERG_TABLE, facts: 'effective 2009-08-28; PI definition; AG and CRA more than 1,000; content; 5-year record; substitute $100,000/150,000' },
            { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4) data/all_laws.txt', facts: 'AG and CRA notice from 2009-08-28' },
          ],
          verification: {
            effective_dates: { kind: 'primary', where: DEFS, says: 'the revisor text of § 407.1500 carries the date 2009-08-28 (H.B. 62)', checked: CHECKED },
            coverage: { kind: 'primary', where: DEFS, says: '§ 407.1500.1(8): "person" lists individuals, corporations, trusts, associations, and government and governmental subdivisions and agencies', checked: CHECKED },
            personal_information: { kind: 'secondary', where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/missouri.aspx', says: 'name with SSN, licence or other unique ID, account or card number or electronic identifier with its code, medical or health insurance information', checked: CHECKED, why: DUTIES_NOT_READ },
            encryption: { kind: 'primary', where: DEFS, says: '§ 407.1500.1(4): encryption makes data unreadable or unusable without the confidential process or key (the (9) exemption wording from summaries)', checked: CHECKED },
            risk_of_harm: { kind: 'secondary', where: ITECHLAW, says: 'no notice if, after investigation or consulting law enforcement, identity theft or fraud is not reasonably likely; documented and kept 5 years', checked: CHECKED, why: DUTIES_NOT_READ },
            deadline: { kind: 'secondary', where: ITECHLAW, says: 'without unreasonable delay; vendor immediately; AG and credit bureaus without unreasonable delay', checked: CHECKED, why: DUTIES_NOT_READ },
            anchor: { kind: 'secondary', where: ITECHLAW, says: 'following discovery or notification of the breach', checked: CHECKED, why: DUTIES_NOT_READ },
            threshold: { kind: 'secondary', where: ITECHLAW, says: 'AG and credit bureaus when more than 1,000 consumers are notified at one time', checked: CHECKED, why: DUTIES_NOT_READ },
            law_enforcement: { kind: 'secondary', where: ITECHLAW, says: 'delay while law enforcement says notice would impede an investigation or security; request documented', checked: CHECKED, why: DUTIES_NOT_READ },
            substitute_notice: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'cost over $100,000, more than 150,000, or no contact information', checked: CHECKED, why: DUTIES_NOT_READ },
            required_content: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; https://www.wordsbywit.com/missouri`, says: 'incident in general terms, type of data, phone number, credit-bureau contacts, advice to stay vigilant', checked: CHECKED, why: DUTIES_NOT_READ },
            forbidden_content: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'none: the text sets nothing of the kind', checked: CHECKED, why: DUTIES_NOT_READ },
          },
        },
      ],
    },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      name: "Missouri Attorney General's Office, Consumer Protection",
      ways: [
        { kind: 'postal', value: "Missouri Attorney General's Office, Consumer Protection, P.O. Box 899, Jefferson City, MO 65102" },
        { kind: 'phone', value: '800-392-8222' },
      ],
      asksFor: ['The timing, distribution and content of the notice to consumers'],
      source: "What is asked: § 407.1500.2(8) (from summaries). Phone: http://ago.mo.gov/civil-division/consumer/consumer-complaints; the postal box is the office's published consumer address, not re-read in this check. No breach-specific form or e-mail address was found.",
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: "Missouri Attorney General's Office, Consumer Protection",
    phone: '1-800-392-8222',
    website: 'ago.mo.gov',
    address: 'P.O. Box 899, Jefferson City, MO 65102',
    source: 'Hotline from http://ago.mo.gov/civil-division/consumer/consumer-complaints; postal box not re-read in this check. The statute does not require it in letters.',
    checked: CHECKED,
  },
};
