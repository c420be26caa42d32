// New Mexico: the Data Breach Notification Act (N.M. Stat. §§ 57-12C-1 to -12), in force since
// 2017-06-16. The state and its political subdivisions are exempt (§ 57-12C-12).
import type { Jurisdiction } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll } from './shared.js';

const LE = toll('N.M. Stat. § 57-12C-9');
const GOVERNMENT_EXEMPT = 'N.M. Stat. § 57-12C-12 exempts the State of New Mexico and its political subdivisions from the Act.';

export const newMexico: Jurisdiction = {
  code: 'NM',
  name: 'New Mexico',
  kind: 'state',
  holidays: { country: 'US', state: 'NM' },
  laws: [
    {
      id: 'NM-57-12C',
      title: 'Data Breach Notification Act, N.M. Stat. §§ 57-12C-1 to 57-12C-12',
      scope: 'residents',
      versions: [
        {
          id: 'NM-2017',
          effectiveFrom: '2017-06-16',
          effectiveTo: null,
          citations: ['N.M. Stat. §§ 57-12C-1 to 57-12C-12 (Data Breach Notification Act, H.B. 15, 2017)'],
          summary: 'New Mexico requires notice to affected residents within 45 days of discovery, and to the Attorney General and credit bureaus in the same period when more than 1,000 residents are notified.',
          coverage: coverage({
            business: ['yes', 'N.M. Stat. § 57-12C-6 binds any person that owns or licenses personal identifying information of a New Mexico resident.'],
            nonprofit: ['yes', 'A nonprofit corporation or association is a "person" that can own or license such information (§ 57-12C-6).'],
            local_government: ['no', GOVERNMENT_EXEMPT],
            state_agency: ['no', GOVERNMENT_EXEMPT],
          }),
          encryptionSafeHarbor: { exists: true, keyException: true, citation: 'N.M. Stat. § 57-12C-2' },
          riskOfHarmException: {
            exists: true,
            standard: 'No notice if, after an appropriate investigation, the breach gives rise to no significant risk of identity theft or fraud.',
          },
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Affected New Mexico residents',
              citation: 'N.M. Stat. §§ 57-12C-6(A), 57-12C-7',
              deadline: calendarDays(45, 'discovered'),
              lawEnforcement: LE,
              requiredContent: [
                'Name and contact information of the notifying person',
                'Types of personal identifying information reasonably believed to be involved, if known',
                'Date, estimated date or date range of the breach, if known',
                'General description of the incident',
                'Toll-free telephone numbers and addresses of the major consumer reporting agencies',
                'Advice to review account statements and credit reports for errors caused by the breach',
                "Advice about the recipient's rights under the federal Fair Credit Reporting Act",
              ],
              letterElements: [
                'contact',
                'information_involved',
                'breach_dates',
                'what_happened',
                'credit_bureaus',
                'review_statements',
                'fcra_rights',
              ],
              condition: 'Entities that comply with GLBA or HIPAA are exempt (§ 57-12C-8).',
              notes: 'Most expedient time possible and no later than the 45th calendar day after discovery; delay is allowed for law enforcement or to determine scope and restore the system (§ 57-12C-9).',
            }),
            obligation({
              id: 'attorney-general',
              recipient: 'attorney_general',
              recipientName: 'New Mexico Office of the Attorney General',
              citation: 'N.M. Stat. § 57-12C-10',
              deadline: calendarDays(45, 'discovered'),
              threshold: residents(1000, 'more_than'),
              lawEnforcement: LE,
              requiredContent: ['Number of New Mexico residents notified', 'A copy of the notice sent to residents'],
            }),
            obligation({
              id: 'consumer-reporting-agencies',
              recipient: 'consumer_reporting_agencies',
              recipientName: 'Major nationwide consumer reporting agencies',
              citation: 'N.M. Stat. § 57-12C-10',
              deadline: calendarDays(45, 'discovered'),
              threshold: residents(1000, 'more_than'),
              lawEnforcement: LE,
              notes: 'Most expedient time possible and no later than 45 calendar days after discovery.',
            }),
          ],
          confidence: 'high',
          unverified: [],
          sources: [
            { where: AKESARI_BILL('the _Data Breach Notification Act__ 2017 N.M. HB 15.PDF'), facts: '45 calendar days, AG/CRA threshold, state and political-subdivision exemption' },
            { where: PERKINS_CHART_2021, facts: 'content, substitute notice, vendor rule' },
            { where: BLOOMBERG_TABLE, facts: 'penalties, citations' },
            { where: 'https://law.justia.com/codes/new-mexico/2019/chapter-57/article-12c/section-57-12c-7/', facts: '§ 57-12C-7 content items A-G; Laws 2017, ch. 36 effective 2017-06-16' },
          ],
        },
      ],
    },
  ],
};
