// Missouri: Mo. Rev. Stat. § 407.1500 (H.B. 62, 2009, in force 2009-08-28). Its "person" includes
// government bodies, so one statute binds businesses, the state and local governments alike.
import type { Jurisdiction } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

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
          encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Mo. Rev. Stat. § 407.1500.1(9) (elements encrypted, redacted or otherwise made unreadable)' },
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
          confidence: 'high',
          unverified: ['Whether the encryption safe harbour is lost when the key is also taken (the statute is silent; no key exception is encoded).'],
          sources: [
            { where: PERKINS_CHART_2021, facts: 'all elements' },
            { where: BLOOMBERG_TABLE, facts: 'effective 2009-08-28; PI definition; AG and CRA more than 1,000; content; 5-year record; substitute $100,000/150,000' },
            { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4) data/all_laws.txt', facts: 'AG and CRA notice from 2009-08-28' },
          ],
        },
      ],
    },
  ],
};
