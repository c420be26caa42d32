// Alabama: the Data Breach Notification Act of 2018 (Ala. Code §§ 8-38-1 to 8-38-12), the last
// state breach law to be enacted. One statute binds businesses and government entities alike.
import type { EncryptionSafeHarbor, FactCheck, Jurisdiction, PersonalInformationDefinition } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

// The 45-day clocks pause while a written law-enforcement request for delay is in force.
const LE = toll('Ala. Code § 8-38-5(c)');

// Texts read for this module.
const ALISON_6 = 'http://alisondb.legislature.state.al.us/alison/codeofalabama/1975/8-38-6.htm (Code of Alabama, official legislature site)';
const CODE_5 = 'https://law.uslawyerdatabase.com/section-8-38-5-notice-of-security-breach-individuals-affected/ (2022 Code of Alabama § 8-38-5(a)-(c), verbatim)';
const ALISON_5_CONTENT = 'alisondb.legislature.state.al.us/alison/CodeOfAlabama/1975/8-38-5.htm (official text of the notice-content list, read in the legislature site\'s search excerpt)';
const ALISON_4 = 'alisondb.legislature.state.al.us/alison/CodeOfAlabama/1975/8-38-4.htm (official text, read in the legislature site\'s search excerpt)';
const JUSTIA_2 = 'https://law.justia.com/codes/alabama/2021/title-8/chapter-38/section-8-38-2/';

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

const ENCRYPTION: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording:
    '§ 8-38-2(6)b.: truncated, encrypted or otherwise unusable information is excluded unless the entity knows or has reason to know the encryption key or security credential that could make it readable was breached with it',
  citation: 'Ala. Code § 8-38-2(6)b.',
};

const AG_CONTENT = [
  'Synopsis of the events surrounding the breach at the time of notice',
  'Approximate number of affected individuals in Alabama',
  'Any services related to the breach offered or scheduled to be offered without charge, and instructions for using them',
  'Name, address, telephone number and e-mail address of the employee or agent from whom more information may be obtained',
];

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
            "Alabama requires notice to affected residents within 45 days of determining a breach likely to cause substantial harm (or of a vendor's notice), and to the Attorney General and the credit bureaus when more than 1,000 residents are notified.",
          coverage: coverage({
            business: ['yes', `${COVERED_ENTITY}.`],
            nonprofit: ['yes', `${COVERED_ENTITY}; nonprofits are named.`],
            local_government: ['yes', `${COVERED_ENTITY}; "government entity" (§ 8-38-2(4)) includes counties, municipalities and their instrumentalities.`],
            state_agency: ['yes', `${COVERED_ENTITY}; "government entity" (§ 8-38-2(4)) includes the state and its instrumentalities.`],
          }),
          encryptionSafeHarbor: ENCRYPTION,
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
              citation: 'Ala. Code § 8-38-5(a)-(b), (d)',
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
                "As expeditiously as possible and without unreasonable delay, allowing for the investigation, and within 45 days of the determination that a breach likely to cause substantial harm occurred or of receiving a third-party agent's notice of the breach, whichever applies: for a vendor's breach, record the vendor's notice as the determination. Notice is by first-class mail or e-mail.",
            }),
            obligation({
              id: 'attorney-general',
              recipient: 'attorney_general',
              recipientName: 'Alabama Attorney General',
              citation: 'Ala. Code § 8-38-6',
              deadline: calendarDays(45, 'determined'),
              threshold: residents(1000, 'more_than'),
              lawEnforcement: LE,
              requiredContent: AG_CONTENT,
              notes:
                'When the number of individuals to be notified "exceeds 1,000": as expeditiously as possible and within the same 45 days and triggers as the resident notice. Supplemental or updated information may be sent at any time; information marked confidential is not a public record (§ 8-38-6(c)-(d)).',
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
          confidence: 'medium',
          unverified: [
            'The definition of sensitive personally identifying information and its encryption clause (§ 8-38-2(6)) were cut off in the statute text read; they follow summaries quoting it.',
            'The substitute-notice figures ($500,000 / 100,000) and the five-year record of a no-notice determination were taken from summaries, not read in the code.',
            '§ 8-38-7 (credit bureaus, "more than 1,000 ... at a single time") was read on the legislature site by the earlier research, not re-read here; § 8-38-8 (vendor, 10 days) rests on summaries.',
            "The 45-day clock runs from the determination or from the covered entity's receipt of a third-party agent's notice; breachdesk counts from the determination (falling back to the vendor's notice, then discovery, when none is recorded).",
          ],
          sources: [
            { where: ALISON_6, facts: '§ 8-38-6: AG notice when the number to notify exceeds 1,000; same 45 days and triggers; content (b)(1)-(4)' },
            { where: CODE_5, facts: '§ 8-38-5(a)-(c): determination under § 8-38-4; 45 days from vendor notice or determination; written law-enforcement delay' },
            { where: ALISON_5_CONTENT, facts: '§ 8-38-5 notice content (1)-(5)' },
            { where: ALISON_4, facts: '§ 8-38-4 investigation' },
            { where: JUSTIA_2, facts: 'covered entity, government entity, individual (Alabama resident) definitions' },
            { where: 'http://alisondb.legislature.state.al.us/alison/codeofalabama/1975/8-38-7.htm', facts: 'credit bureaus when more than 1,000 individuals are notified at a single time (earlier research)' },
            { where: 'https://www.fincher.co/state-breach-notification-law/alabama-breach-notification-law-', facts: 'vendor 10 days; five-year record retention' },
            { where: PERKINS_CHART_2021, facts: 'substitute notice thresholds, effective date' },
            { where: BLOOMBERG_TABLE, facts: 'resident notice content' },
          ],
          verification: {
            effective_dates: {
              kind: 'secondary',
              where: `${PERKINS_CHART_2021}; https://alabamaag.gov/ag-steve-marshall-announces-final-passage-of-alabama-data-breach-notification-act`,
              says: 'S.B. 318 passed 2018-03-27, signed 2018-03-28 as Act 2018-396, in force 2018-06-01',
              checked: CHECKED,
              why: 'The act is stored only as a scanned PDF; the sections read cite Act 2018-396 but not its effective-date section.',
            },
            coverage: {
              kind: 'primary',
              where: JUSTIA_2,
              says: 'covered entity includes persons, businesses, nonprofits and government entities; government entity is the state, a county, a municipality or their instrumentalities',
              checked: CHECKED,
            },
            personal_information: {
              kind: 'secondary',
              where: `${JUSTIA_2}; https://www.thompsoncoburn.com/insights/blogs/cybersecurity-bits-and-bytes/post/2018-04-11/that-s-all-folks!-alabama-becomes-50th-state-with-breach-notification-law`,
              says: 'name with SSN/tax ID, government ID numbers, account or card number with its code or expiration date, medical or health-insurance data, or online credentials',
              checked: CHECKED,
              why: 'The Justia text was cut off at the start of § 8-38-2(6); the list rests on summaries.',
            },
            encryption: {
              kind: 'secondary',
              where: 'https://codigoalpha.blog/alabama-breach-notice-deadlines; https://www.thompsoncoburn.com/insights/blogs/cybersecurity-bits-and-bytes/post/2018-04-11/that-s-all-folks!-alabama-becomes-50th-state-with-breach-notification-law',
              says: 'encrypted or otherwise unusable data is excluded unless the key or credential was also compromised',
              checked: CHECKED,
              why: '§ 8-38-2(6)b. was beyond the part of the definitions section that could be read.',
            },
            risk_of_harm: {
              kind: 'primary',
              where: `${CODE_5}; ${ALISON_4}`,
              says: 'notice only when the investigation finds acquisition (or a reasonable belief of it) that is reasonably likely to cause substantial harm',
              checked: CHECKED,
            },
            deadline: {
              kind: 'primary',
              where: `${CODE_5}; ${ALISON_6}`,
              says: 'residents and Attorney General: as expeditiously as possible, within 45 days; credit bureaus: without unreasonable delay; vendor 10 days (from the earlier research, see unverified)',
              checked: CHECKED,
            },
            anchor: {
              kind: 'primary',
              where: `${CODE_5}; ${ALISON_6}`,
              says: "45 days from receipt of a third-party agent's notice or from the determination that a breach occurred and is reasonably likely to cause substantial harm",
              checked: CHECKED,
            },
            threshold: {
              kind: 'primary',
              where: ALISON_6,
              says: 'Attorney General when the number of individuals to notify "exceeds 1,000" (more than); individuals are Alabama residents (§ 8-38-2(5)); credit bureaus "more than 1,000"',
              checked: CHECKED,
            },
            law_enforcement: {
              kind: 'primary',
              where: `${CODE_5}; ${ALISON_6}`,
              says: 'on a written law-enforcement request the notice is delayed for the period it names, which may be revoked or extended in writing; the AG notice follows the same rule',
              checked: CHECKED,
            },
            substitute_notice: {
              kind: 'secondary',
              where: 'https://mintz.com/mintz-matrix/alabama; https://www2.termsfeed.com/docs/data-breach-laws-by-us-state-exp-documentation/alabama-data-breach-law/',
              says: 'substitute notice when notice would cost over $500,000, reach over 100,000 people, or contact details are lacking',
              checked: CHECKED,
              why: 'The verbatim copy of § 8-38-5 read stopped at subsection (d).',
            },
            required_content: {
              kind: 'primary',
              where: `${ALISON_5_CONTENT}; ${ALISON_6}`,
              says: 'resident notice: breach dates, data acquired, steps taken, steps the individual can take, contact information; AG notice: synopsis, number of Alabamians, free services, a contact person',
              checked: CHECKED,
            },
            forbidden_content: {
              kind: 'primary',
              where: `${ALISON_5_CONTENT}; ${ALISON_6}`,
              says: 'none: neither notice section forbids any content',
              checked: CHECKED,
            },
          },
        },
      ],
    },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general'],
      name: 'Office of the Attorney General of Alabama',
      ways: [{ kind: 'postal', value: 'Office of the Attorney General, 501 Washington Avenue, Montgomery, AL 36104' }],
      asksFor: AG_CONTENT,
      source:
        'Ala. Code § 8-38-6(b) for what is asked; the office\'s published street address (not re-read in this check). Summaries report an online breach form on alabamaag.gov whose address was not checked.',
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'Office of the Attorney General of Alabama, Consumer Interest Division',
    phone: '1-800-392-5658',
    website: 'www.alabamaag.gov',
    address: '501 Washington Avenue, Montgomery, AL 36104',
    source: "Hotline number as given by the Attorney General's office (The Randolph Leader, 2018, quoting the office); the street address is the office's published address, not re-read in this check",
    checked: CHECKED,
  },
};
