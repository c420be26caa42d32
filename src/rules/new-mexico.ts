// New Mexico: the Data Breach Notification Act (N.M. Stat. §§ 57-12C-1 to -12), in force since
// 2017-06-16. The state and its political subdivisions are exempt (§ 57-12C-12).
import type { DataElement, Jurisdiction, PersonalInformationDefinition, Verification } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll } from './shared.js';

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
const GOVERNMENT_EXEMPT = 'N.M. Stat. § 57-12C-12: nothing in the Act applies to the State of New Mexico or any of its political subdivisions.';

// Texts read for the facts below (checked 2026-12-08).
const CHECKED = '2026-12-08';
const S2 =
  'https://nmonesource.com (NMSA § 57-12C-2(A)-(C)(1), read in the verbatim copy at https://cliclaw.com/library/state-laws/new-mexico/new-mexico-data-breach-notification-nm-stat-%C2%A7-57-12c-1-%C2%A7-57-12c-12; the copy breaks off at the list of data elements)';
const S7 = 'https://law.justia.com/codes/new-mexico/2019/chapter-57/article-12c/section-57-12c-7/ (§ 57-12C-7 and the annotation on Laws 2017, ch. 36)';
const S9 = 'https://instalawyer.io/laws/new-mexico-statutes/section-57-12c-9-delayed-notification (verbatim copy of § 57-12C-9)';
const S10 = 'https://codes.findlaw.com/nm/chapter-57-trade-practices-and-regulations/nm-st-sect-57-12c-10/ (§ 57-12C-10, current as of 2021-05-06)';
const S12 =
  'https://law.uslawyerdatabase.com/us-law/2021-new-mexico-statutes/chapter-57-trade-practices-and-regulations/article-12c-data-breach-notification (verbatim copy of the 2021 article, § 57-12C-12)';
const WHY_S6 =
  'No copy of § 57-12C-6 could be read (the stored pages of it are summaries, and the 2017 bill copy is a PDF with no text); its wording is quoted in summaries.';

const NM_VERIFICATION: Verification = {
  effective_dates: { kind: 'primary', where: S7, says: 'Laws 2017, ch. 36 had no effective-date clause and took effect 2017-06-16, 90 days after adjournment; no later amendment is noted', checked: CHECKED },
  coverage: { kind: 'primary', where: `${S10}; ${S12}`, says: 'duties bind "a person"; nothing in the Act applies to the State or its political subdivisions', checked: CHECKED },
  personal_information: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'name with SSN, licence, government ID, account or card number with code, or biometric data, unless encrypted or redacted', checked: CHECKED, why: 'The stored copy of § 57-12C-2 breaks off where the list of data elements begins; the biometric and encryption definitions were read.' },
  encryption: { kind: 'secondary', where: 'https://www.wordsbywit.com/new-mexico', says: 'encrypted data counts when taken with the confidential process or key used to decrypt it (the "security breach" definition, quoted in full); "encrypted" itself means unusable, unreadable or indecipherable (read in § 57-12C-2(B))', checked: CHECKED, why: 'The "security breach" definition comes after the point where the stored copy of § 57-12C-2 breaks off.' },
  risk_of_harm: { kind: 'secondary', where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-new-mexico.html', says: 'no notice if an appropriate investigation finds no significant risk of identity theft or fraud', checked: CHECKED, why: WHY_S6 },
  deadline: { kind: 'secondary', where: 'https://www.wordsbywit.com/new-mexico', says: 'residents in the most expedient time possible and no later than 45 calendar days after discovery; the AG and bureaus the same 45 days (read in § 57-12C-10)', checked: CHECKED, why: WHY_S6 },
  anchor: { kind: 'secondary', where: 'https://www.wordsbywit.com/new-mexico', says: 'discovery of the security breach (the AG and bureau clock: "following discovery", read in § 57-12C-10)', checked: CHECKED, why: WHY_S6 },
  threshold: { kind: 'primary', where: S10, says: 'AG and bureaus when more than one thousand residents are notified for a single breach', checked: CHECKED },
  law_enforcement: { kind: 'primary', where: S9, says: 'notice may be delayed while law enforcement says it would impede a criminal investigation, or as needed to determine scope and restore the system', checked: CHECKED },
  substitute_notice: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'cost over $100,000, over 50,000 residents, or no address or contact data', checked: CHECKED, why: WHY_S6 },
  required_content: { kind: 'primary', where: `${S7}; ${S10}`, says: 'letters: items A-G of § 57-12C-7; the AG: number of residents notified and a copy of the notice', checked: CHECKED },
  forbidden_content: { kind: 'primary', where: S7, says: 'none: § 57-12C-7 lists what a notice must hold and forbids nothing', checked: CHECKED },
};

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
          encryptionSafeHarbor: {
            exists: true,
            keyException: true,
            keyReading: 'express',
            keyWording: '§ 57-12C-2: a security breach includes acquisition of encrypted data together with the confidential process or key used to decrypt it.',
            citation: 'N.M. Stat. § 57-12C-2',
          },
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
          confidence: 'low',
          unverified: [
            'The resident notice duty of § 57-12C-6 (45 days, the misuse test, substitute notice) was read only in summaries that quote it; the AG and credit-bureau duty, content, delay and government exemption were read in the statute.',
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
            { where: S10, facts: '§ 57-12C-10: more than one thousand residents; 45 calendar days following discovery; number notified and a copy of the notice' },
            { where: S9, facts: '§ 57-12C-9: delay for law enforcement or to determine scope' },
            { where: S12, facts: '§ 57-12C-12: the State and political subdivisions are outside the Act' },
            { where: 'https://www.mintz.com/mintz-matrix/new-mexico', facts: 'third party that maintains data it does not own notifies the owner within 45 days' },
          ],
          verification: NM_VERIFICATION,
        },
      ],
    },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'New Mexico Department of Justice (Office of the Attorney General), Consumer Protection Division',
      ways: [{ kind: 'postal', value: 'New Mexico Department of Justice, Consumer Protection Division, 408 Galisteo Street, Santa Fe, NM 87501' }],
      asksFor: ['The number of New Mexico residents notified', 'A copy of the notice sent to affected residents'],
      source: 'N.M. Stat. § 57-12C-10 (contents); the address is the one breachdesk letters already printed for the Department. No breach form or e-mail address of the Department was found.',
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'New Mexico Department of Justice, Consumer Protection Division',
    phone: '1-844-255-9210',
    website: 'www.nmdoj.gov',
    address: '408 Galisteo Street, Santa Fe, NM 87501',
    source: 'The values breachdesk letters printed before this catalogue carried them (src/letters/letter-facts.ts); the office was renamed from the Office of the Attorney General to the New Mexico Department of Justice. Not re-read on 2026-12-08.',
    checked: CHECKED,
  },
};
