// New Mexico: the Data Breach Notification Act (N.M. Stat. §§ 57-12C-1 to -12), in force since
// 2017-06-16. The state and its political subdivisions are exempt (§ 57-12C-12).
import type { DataElement, Jurisdiction, PersonalInformationDefinition } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll } from './shared.js';

const LE = toll('N.M. Stat. § 57-12C-9');

// "Personal identifying information", § 57-12C-2(C): a name with an SSN, a driver's licence or other
// government-issued ID number, a card or account number with its required code, or biometric data
// (measurements used to authenticate a person), unless encrypted or redacted.
const UNLOCKING: DataElement[] = ['card_security_code', 'access_code', 'password'];
const PII: PersonalInformationDefinition = {
  citation: 'N.M. Stat. § 57-12C-2(C)',
  summary:
    "a person's first name or initial and last name with an unencrypted, unredacted Social Security number, driver's licence number, other government-issued ID number, account or card number together with the security code, access code or password needed to use it, or biometric data used to authenticate the person",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id', 'biometric'] },
    { all: ['name', 'card_number'], anyOf: UNLOCKING },
    { all: ['name', 'account_number'], anyOf: UNLOCKING },
  ],
};
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
            recordToKeep: null,
          },
          personalInformation: PII,
          substituteNotice: { costOver: 100_000, recipientsOver: 50_000, citation: 'N.M. Stat. § 57-12C-6' },
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
            obligation({
              id: 'vendor-notice',
              recipient: 'data_owner',
              recipientName: 'The data owner (notice from the vendor that maintains the data)',
              citation: 'N.M. Stat. § 57-12C-6(B)',
              deadline: calendarDays(45, 'discovered'),
              lawEnforcement: LE,
              condition:
                "This duty binds a person licensed to maintain or possess the data who does not own or license it, not the owner. It is shown so the owner can see when its vendor had to tell it; record the vendor's notice as a notified_by_vendor event. The vendor need not notify if, after an appropriate investigation, there is no significant risk of identity theft or fraud.",
              notes: "Most expedient time possible and no later than 45 calendar days after the vendor discovers the breach; when only the owner's discovery is recorded, breachdesk counts from that.",
            }),
          ],
          confidence: 'high',
          unverified: [
            '"Government-issued identification number" is read to include state ID, passport, military and taxpayer ID numbers.',
            'The vendor duty of § 57-12C-6(B) was read only in summaries (the research record, Mintz); one summary counts its 45 days from determination rather than discovery, and breachdesk counts from discovery.',
            'The substitute-notice figures ($100,000 / 50,000 residents) come from the research record and were not read in the statute.',
          ],
          sources: [
            { where: AKESARI_BILL('the _Data Breach Notification Act__ 2017 N.M. HB 15.PDF'), facts: '45 calendar days, AG/CRA threshold, state and political-subdivision exemption' },
            { where: PERKINS_CHART_2021, facts: 'content, substitute notice, vendor rule' },
            { where: BLOOMBERG_TABLE, facts: 'penalties, citations' },
            { where: 'https://law.justia.com/codes/new-mexico/2019/chapter-57/article-12c/section-57-12c-7/', facts: '§ 57-12C-7 content items A-G; Laws 2017, ch. 36 effective 2017-06-16' },
            { where: 'https://codes.findlaw.com/nm/chapter-57-trade-practices-and-regulations/nm-st-sect-57-12c-2/', facts: '§ 57-12C-2 definitions (current as of 2024-01-01): biometric data, encrypted, personal identifying information' },
            { where: 'https://www.mintz.com/mintz-matrix/new-mexico', facts: 'third party that maintains data it does not own notifies the owner within 45 days' },
          ],
        },
      ],
    },
  ],
};
