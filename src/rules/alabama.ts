// Alabama: the Data Breach Notification Act of 2018 (Ala. Code §§ 8-38-1 to 8-38-12), the last
// state breach law to be enacted. One statute binds businesses and government entities alike.
import type { Jurisdiction, PersonalInformationDefinition } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

// The 45-day clock pauses while a written law-enforcement request for delay is in force.
const LE = toll('Ala. Code § 8-38-5(c)');

const PERSONAL_INFORMATION: PersonalInformationDefinition = {
  citation: 'Ala. Code § 8-38-2(6)',
  summary:
    "an Alabama resident's name (first name or initial and last name) with a non-truncated SSN or tax ID; a licence, state ID, passport, military or other government ID number; a financial account or card number with the security code, access code, password, expiration date or PIN needed to use it; medical information; a health insurance policy or subscriber number; or a username or e-mail address with its password or security question and answer",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'tax_id', 'drivers_license', 'state_id', 'passport', 'military_id', 'medical', 'health_insurance'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password', 'card_expiration'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password', 'card_expiration'] },
    { all: ['name', 'username'], anyOf: ['password', 'security_question'] },
    { all: ['name', 'email'], anyOf: ['password', 'security_question'] },
  ],
};

const COVERED_ENTITY =
  'Ala. Code § 8-38-2(2) defines "covered entity" as a person, sole proprietorship, partnership, government entity, corporation, nonprofit, trust, estate, cooperative association or other business entity that acquires or uses sensitive personally identifying information';

export const alabama: Jurisdiction = {
  code: 'AL',
  name: 'Alabama',
  kind: 'state',
  holidays: { country: 'US', state: 'AL' },
  laws: [
    {
      id: 'AL-8-38',
      title: 'Alabama Data Breach Notification Act of 2018, Ala. Code §§ 8-38-1 to 8-38-12',
      scope: 'residents',
      versions: [
        {
          id: 'AL-2018',
          effectiveFrom: '2018-06-01',
          effectiveTo: null,
          citations: ['Ala. Code §§ 8-38-1 to 8-38-12 (Act 2018-396, S.B. 318, signed 2018-03-28, eff. 2018-06-01)'],
          summary:
            'Alabama requires notice to affected residents within 45 days of determining a breach likely to cause substantial harm (or of a vendor\'s notice), and to the Attorney General and the credit bureaus when more than 1,000 residents are notified.',
          coverage: coverage({
            business: ['yes', `${COVERED_ENTITY}.`],
            nonprofit: ['yes', `${COVERED_ENTITY}; nonprofits are named.`],
            local_government: ['yes', `${COVERED_ENTITY}; "government entity" (§ 8-38-2(4)) includes counties, municipalities and their instrumentalities.`],
            state_agency: ['yes', `${COVERED_ENTITY}; "government entity" (§ 8-38-2(4)) includes the state and its instrumentalities.`],
          }),
          encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Ala. Code § 8-38-2(6)b.' },
          riskOfHarmException: {
            exists: true,
            standard:
              'Notice is owed only if a good-faith, prompt investigation (§ 8-38-4) finds the information was, or is reasonably believed to have been, acquired by an unauthorized person and is reasonably likely to cause substantial harm.',
            recordToKeep: 'A written record of the determination that notice is not required, kept for at least five years.',
          },
          personalInformation: PERSONAL_INFORMATION,
          substituteNotice: { costOver: 500_000, recipientsOver: 100_000, citation: 'Ala. Code § 8-38-5' },
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Affected Alabama residents',
              citation: 'Ala. Code § 8-38-5(a)-(b)',
              deadline: calendarDays(45, 'determined'),
              lawEnforcement: LE,
              requiredContent: [
                'Date, estimated date or estimated date range of the breach',
                'Description of the sensitive personally identifying information acquired',
                'General description of what the entity has done to restore the security and confidentiality of the information',
                'General description of steps the individual can take to protect against identity theft',
                'Information the individual can use to contact the entity about the breach',
              ],
              letterElements: ['breach_dates', 'information_involved', 'what_we_are_doing', 'what_you_can_do', 'contact'],
              condition:
                'An entity that follows federal breach-notice rules (or equally thorough state rules) that apply to it is exempt, provided it still notifies the Attorney General when more than 1,000 residents are affected (§§ 8-38-11, 8-38-12).',
              notes:
                'As expeditiously as possible and without unreasonable delay, allowing for the investigation, and within 45 days of the determination that a breach likely to cause substantial harm occurred or of receiving a third-party agent\'s notice of the breach, whichever applies. Notice is by first-class mail or e-mail.',
            }),
            obligation({
              id: 'attorney-general',
              recipient: 'attorney_general',
              recipientName: 'Alabama Attorney General',
              citation: 'Ala. Code § 8-38-6',
              deadline: calendarDays(45, 'determined'),
              threshold: residents(1000, 'more_than'),
              lawEnforcement: LE,
              requiredContent: [
                'Synopsis of the events surrounding the breach at the time of notice',
                'Approximate number of affected Alabama residents',
                'Any free services offered to individuals and instructions for using them',
                'Name, address, telephone number and e-mail address of an employee or agent to contact',
              ],
              notes: 'Same 45-day limit and trigger as the resident notice; the Attorney General provides an online form. Information may be updated later.',
            }),
            obligation({
              id: 'consumer-reporting-agencies',
              recipient: 'consumer_reporting_agencies',
              recipientName: 'Nationwide consumer reporting agencies',
              citation: 'Ala. Code § 8-38-7',
              deadline: withoutDelay('determined', 'Without unreasonable delay when more than 1,000 individuals are to be notified at a single time.'),
              threshold: residents(1000, 'more_than'),
              requiredContent: ['Timing, distribution and content of the notices to individuals'],
            }),
            obligation({
              id: 'vendor-notice',
              recipient: 'data_owner',
              recipientName: 'The data owner (notice from the vendor that maintains the data)',
              citation: 'Ala. Code § 8-38-8',
              deadline: calendarDays(10, 'discovered'),
              requiredContent: ['Information the covered entity needs to give its own notices'],
              condition:
                'This duty binds a third-party agent that maintains, stores or processes the data for the covered entity, not the covered entity itself.',
              notes:
                'As expeditiously as possible and no later than 10 days after the agent determines the breach or has reason to believe it occurred. The covered entity then gives the notices; it may contract with the agent to send them.',
            }),
          ],
          confidence: 'high',
          unverified: [
            'The subsection numbers of the substitute-notice thresholds ($500,000 / 100,000) and of the five-year record of a no-notice determination were taken from law-firm summaries, not read in the code.',
            'The Attorney General notice content and its 45-day limit (§ 8-38-6) were taken from summaries; §§ 8-38-5, -7 and -8 were read in statute text.',
          ],
          sources: [
            { where: 'https://law.uslawyerdatabase.com/section-8-38-5-notice-of-security-breach-individuals-affected/ (2022 Code of Alabama § 8-38-5)', facts: '45-day rule and its two triggers; law-enforcement delay on written request' },
            { where: 'http://alisondb.legislature.state.al.us/alison/codeofalabama/1975/8-38-7.htm', facts: 'credit bureaus when more than 1,000 individuals are notified at a single time' },
            { where: 'https://law.justia.com/codes/alabama/2021/title-8/chapter-38/section-8-38-2/', facts: 'covered entity, government entity definitions' },
            { where: 'https://www.lexmundi.com/guides/data-privacy-guide/jurisdictions/united-states/usa-alabama', facts: 'sensitive personally identifying information elements' },
            { where: 'https://casetext.com/statute/code-of-alabama/title-8-commercial-law-and-consumer-protection/chapter-38-data-breach-notification-act-of-2018/section-8-38-4-investigation-of-security-breach', facts: '§ 8-38-4 investigation; Act 2018-396 eff. 2018-06-01' },
            { where: 'https://www.fincher.co/state-breach-notification-law/alabama-breach-notification-law-', facts: 'AG "exceeds 1,000" within 45 days; vendor 10 days; five-year record retention' },
            { where: PERKINS_CHART_2021, facts: 'AG content, substitute notice thresholds, effective date' },
            { where: BLOOMBERG_TABLE, facts: 'resident notice content' },
          ],
        },
      ],
    },
  ],
};
