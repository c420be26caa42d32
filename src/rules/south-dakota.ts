// South Dakota: SDCL §§ 22-40-19 to 22-40-26 (S.B. 62, 2018), in force since 2018-07-01, the
// second-to-last state breach law. No amendment since has changed its deadlines or thresholds.
import type { DataElement, Jurisdiction, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, restart, withIndividuals, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const SDCL_19 = 'https://instalawyer.io/laws/south-dakota-codified-laws/section-22-40-19-definition-of';
const SDCL_20 = 'https://self-law.org/code/sd/title-22/chapter-22-40/22-40-20';
const SDCL_22 = 'https://lexace.ai/us/statute/south-dakota/22-40-22';
const KEY_WORDING = '§ 22-40-19(1): a breach is the acquisition of "unencrypted computerized data or encrypted computerized data and the encryption key"; (2) encrypted means unusable without the decryption process or key, or per FIPS 140-2.';
const UNREAD_WHY = 'Sections 22-40-21, 22-40-23 and 22-40-24 were not found as stored statute text; they rest on summaries.';

const SD_2018_VERIFICATION = {
  effective_dates: {
    kind: 'secondary',
    where: 'https://www.cliclaw.com/node/8011',
    says: 'S.B. 62 signed 2018-03-21, effective 2018-07-01; no amendment since found',
    checked: CHECKED,
    why: 'The session law (S.B. 62, 2018) and the history notes of the sections were not read; dates from CLIClaw and BakerHostetler.',
  },
  coverage: {
    kind: 'primary',
    where: SDCL_19,
    says: '§ 22-40-19(3): an information holder is any person or business that conducts business in South Dakota and owns or licenses computerized personal or protected information of residents; nothing on government bodies',
    checked: CHECKED,
  },
  personal_information: {
    kind: 'secondary',
    where: SDCL_19,
    says: '§ 22-40-19(4) (read): name with SSN, licence or other government-created ID, account/card number with its code, health information, or employer ID with its code; (5) protected information (credentials; account numbers with codes) from summaries',
    checked: CHECKED,
    why: 'The stored copy of § 22-40-19 ends before subdivision (5); the protected-information limb was read in CLIClaw and CIAB summaries.',
  },
  encryption: { kind: 'primary', where: SDCL_19, says: KEY_WORDING, checked: CHECKED },
  risk_of_harm: {
    kind: 'primary',
    where: SDCL_20,
    says: '§ 22-40-20: no resident notice if, after an appropriate investigation and notice to the Attorney General, harm is reasonably determined unlikely; documented in writing and kept three years',
    checked: CHECKED,
  },
  deadline: {
    kind: 'secondary',
    where: SDCL_20,
    says: '§ 22-40-20 (read): residents not later than 60 days from discovery or notification; the Attorney General notice has no stated time. Credit bureaus without unreasonable delay (§ 22-40-24, from summaries)',
    checked: CHECKED,
    why: UNREAD_WHY,
  },
  anchor: { kind: 'primary', where: SDCL_20, says: '"from the discovery or notification of the breach of system security"', checked: CHECKED },
  threshold: {
    kind: 'secondary',
    where: SDCL_20,
    says: '§ 22-40-20 (read): Attorney General for any breach that "exceeds two hundred fifty residents"; the bureau notice has no number in the summaries that quote § 22-40-24, though two trackers give 1,000',
    checked: CHECKED,
    why: UNREAD_WHY,
  },
  law_enforcement: {
    kind: 'secondary',
    where: 'https://csrps.com/south-dakota/',
    says: '§ 22-40-21: delay for law enforcement; notice within 30 days after it determines notice will not compromise the investigation (§ 22-40-20 refers to it)',
    checked: CHECKED,
    why: UNREAD_WHY,
  },
  substitute_notice: {
    kind: 'primary',
    where: SDCL_22,
    says: '§ 22-40-22(3): cost over $250,000, more than 500,000 persons, or insufficient contact information; e-mail, website posting and statewide media',
    checked: CHECKED,
  },
  required_content: {
    kind: 'secondary',
    where: SDCL_22,
    says: 'none for the resident notice (§§ 22-40-20, 22-40-22 read); the bureau notice reports the timing, distribution and content of the notices (§ 22-40-24, from summaries)',
    checked: CHECKED,
    why: UNREAD_WHY,
  },
  forbidden_content: {
    kind: 'secondary',
    where: SDCL_22,
    says: 'none: nothing forbidden in the sections read',
    checked: CHECKED,
    why: UNREAD_WHY,
  },
} satisfies RuleVersion['verification'];

// After a law-enforcement delay the statute gives 30 days from clearance, not the rest of the 60.
const LE = restart(30, 'calendar', 'SDCL § 22-40-21');
const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const CREDENTIALS: DataElement[] = ['password', 'security_question'];

const GOVERNMENT_UNSETTLED =
  'SDCL § 22-40-19 defines "information holder" as a person or business that conducts business in South Dakota; whether a government body is one was not established (no separate government statute was found). Treat the duties as applying, as a precaution.';

export const southDakota: Jurisdiction = {
  code: 'SD',
  name: 'South Dakota',
  kind: 'state',
  holidays: { country: 'US', state: 'SD' },
  laws: [
    {
      id: 'SD-22-40',
      title: 'South Dakota breach notification, SDCL §§ 22-40-19 to 22-40-26',
      scope: 'residents',
      versions: [
        {
          id: 'SD-2018',
          effectiveFrom: '2018-07-01',
          effectiveTo: null,
          citations: ['SDCL §§ 22-40-19 to 22-40-26 (S.B. 62, 2018 S.D. Sess. Laws)'],
          summary:
            'South Dakota requires notice to affected residents within 60 days of discovery, to every nationwide credit bureau, and to the Attorney General when more than 250 residents are affected.',
          coverage: coverage({
            business: ['yes', 'SDCL § 22-40-20 binds an "information holder": a person or business that conducts business in South Dakota and owns or licenses computerized personal or protected information of residents (§ 22-40-19).'],
            nonprofit: ['yes', 'A nonprofit that conducts business in South Dakota and holds residents\' data is a "person or business" under SDCL § 22-40-19.'],
            local_government: ['uncertain', GOVERNMENT_UNSETTLED],
            state_agency: ['uncertain', GOVERNMENT_UNSETTLED],
          }),
          encryptionSafeHarbor: { exists: true, keyException: true, keyReading: 'express', keyWording: KEY_WORDING, citation: 'SDCL § 22-40-19(1)-(2)' },
          riskOfHarmException: {
            exists: true,
            standard: 'No resident notice if, after an appropriate investigation and notice to the Attorney General, the holder reasonably determines the breach will not likely result in harm to the affected person.',
            recordToKeep: 'A written determination, kept for at least three years; the Attorney General must have been notified before relying on it.',
          },
          personalInformation: {
            citation: 'SDCL § 22-40-19(4)-(5)',
            summary:
              "personal information: a name (first name or initial and last name) with an SSN; a driver's licence or other unique ID number a government body created or collected; an account or card number with the code, password, routing number, PIN or other information needed to reach the account; health information (45 C.F.R. 160.103); or an employer-assigned ID number with its access code, password or biometric authenticator. Protected information, even without a name: a user name or e-mail address with the password or security question answer for an online account, or an account or card number with the code or password that reaches the account",
            combinations: [
              { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id', 'medical', 'health_insurance'] },
              { all: ['name', 'employee_id'], anyOf: ['access_code', 'password', 'biometric'] },
              { all: ['account_number'], anyOf: CODES },
              { all: ['card_number'], anyOf: CODES },
              { all: ['username'], anyOf: CREDENTIALS },
              { all: ['email'], anyOf: CREDENTIALS },
            ],
          },
          substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'SDCL § 22-40-22(3)' },
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Affected South Dakota residents',
              citation: 'SDCL § 22-40-20',
              deadline: calendarDays(60, 'discovered'),
              lawEnforcement: LE,
              condition:
                'An information holder regulated by federal law that keeps breach procedures under it (for example GLBA or HIPAA) and notifies residents under them is deemed to comply (§ 22-40-23).',
              notes: 'No later than 60 days after discovering or being told of the breach. The statute prescribes no letter content; notice may be written, electronic or substitute (§ 22-40-22).',
            }),
            obligation({
              id: 'attorney-general',
              recipient: 'attorney_general',
              recipientName: 'South Dakota Attorney General (by mail or e-mail)',
              citation: 'SDCL § 22-40-20',
              deadline: withIndividuals,
              threshold: residents(250, 'more_than'),
              lawEnforcement: LE,
              notes:
                'Required for any breach that exceeds 250 residents, by mail or e-mail. The statute names no time; this catalogue expects it no later than the resident notice (some trackers apply the 60 days directly). An information holder relying on the no-harm determination must notify the Attorney General first (§ 22-40-20).',
            }),
            obligation({
              id: 'consumer-reporting-agencies',
              recipient: 'consumer_reporting_agencies',
              recipientName: 'All nationwide consumer reporting agencies and credit bureaus',
              citation: 'SDCL § 22-40-24',
              deadline: withoutDelay('discovered', 'Without unreasonable delay, whenever residents must be notified; there is no minimum number.'),
              lawEnforcement: LE,
              requiredContent: ['Timing, distribution and content of the notice to residents'],
            }),
          ],
          confidence: 'medium',
          unverified: [
            'Whether government bodies are "information holders" (the definition of "person" that applies was not read).',
            'The Attorney General notice has no time in § 22-40-20 (read); breachdesk expects it no later than the resident notice, and some trackers apply the 60-day limit.',
            'No vendor-to-owner duty is encoded: §§ 22-40-19, -20 and -22 (read) have none, though one tracker lists a 10-day vendor notice.',
            'Sections 22-40-21 (law enforcement: 30 days after clearance), 22-40-23 (federal-compliance exemption) and 22-40-24 (credit bureaus, no minimum number) were read only in summaries; two trackers give a 1,000-person threshold for the bureaus.',
            'The protected-information limb (§ 22-40-19(5): credentials, and account numbers with codes without a name) was read only in summaries.',
          ],
          sources: [
            { where: SDCL_19, facts: '§ 22-40-19(1)-(4) text: breach incl. encrypted data with its key; encrypted; information holder; personal information' },
            { where: 'https://self-law.org/code/sd/title-22/chapter-22-40/22-40-20', facts: '§ 22-40-20 text: 60 days; no-harm determination after AG notice, kept three years; AG notice when more than 250 residents' },
            { where: 'https://self-law.org/code/sd/title-22/chapter-22-40/22-40-22', facts: 'methods of notice; substitute notice over $250,000 or 500,000 persons' },
            { where: 'https://www.cliclaw.com/node/8011', facts: 'effective 2018-07-01; breach includes encrypted data with its key; personal and protected information' },
            { where: 'https://csrps.com/privacy-regulations/south-dakota/', facts: 'all nationwide CRAs without unreasonable delay; 30 days after law-enforcement clearance' },
            { where: PERKINS_CHART_2021, facts: '60 days, AG over 250, CRA, harm, substitute notice, LE 30 days' },
            { where: BLOOMBERG_TABLE, facts: 'trigger, encryption' },
          ],
          verification: SD_2018_VERIFICATION,
        },
      ],
    },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'South Dakota Attorney General (by mail or e-mail, SDCL § 22-40-20)',
      ways: [
        { kind: 'postal', value: 'Office of the Attorney General, 1302 E. Highway 14, Suite 1, Pierre, SD 57501-8501' },
      ],
      asksFor: ['The statute asks only that a breach exceeding 250 residents be disclosed; no form or content is prescribed'],
      source: 'SDCL § 22-40-20 (mail or e-mail); postal address as given in a notice template (ezel.ai) and the Attorney General\'s published office; the office\'s e-mail address for these notices was not found',
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'South Dakota Office of the Attorney General, Division of Consumer Protection',
    phone: '1-800-300-1986',
    website: 'consumer.sd.gov',
    address: 'Office of the Attorney General, 1302 E. Highway 14, Suite 1, Pierre, SD 57501-8501',
    source: 'idtheftcenter.org (Division of Consumer Protection 1-800-300-1986, consumer.sd.gov); the Attorney General\'s postal address as given in a notice template (ezel.ai), not re-read on an official page',
    checked: CHECKED,
  },
};
