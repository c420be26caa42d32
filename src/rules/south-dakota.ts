// South Dakota: SDCL §§ 22-40-19 to 22-40-26 (S.B. 62, 2018), in force since 2018-07-01, the
// second-to-last state breach law. No amendment since has changed its deadlines or thresholds.
import type { DataElement, Jurisdiction } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, restart, withIndividuals, withoutDelay } from './shared.js';

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
          encryptionSafeHarbor: { exists: true, keyException: true, citation: 'SDCL § 22-40-19(1)' },
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
              notes: 'Required for any breach that exceeds 250 residents. The statute names no separate time; this catalogue expects it no later than the resident notice (some trackers apply the 60 days directly).',
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
            'The Attorney General notice has no day count in the statute; some trackers apply the 60-day limit.',
            'No vendor-to-owner duty is encoded: the statute text read has none, though one tracker lists a 10-day vendor notice.',
            'The subsection numbers of the definitions and the federal-compliance exemption (§ 22-40-23) and the credit-bureau duty (§ 22-40-24) were not checked.',
          ],
          sources: [
            { where: 'https://self-law.org/code/sd/title-22/chapter-22-40/22-40-20', facts: '§ 22-40-20 text: 60 days; no-harm determination after AG notice, kept three years; AG notice when more than 250 residents' },
            { where: 'https://self-law.org/code/sd/title-22/chapter-22-40/22-40-22', facts: 'methods of notice; substitute notice over $250,000 or 500,000 persons' },
            { where: 'https://www.cliclaw.com/node/8011', facts: 'effective 2018-07-01; breach includes encrypted data with its key; personal and protected information' },
            { where: 'https://csrps.com/privacy-regulations/south-dakota/', facts: 'all nationwide CRAs without unreasonable delay; 30 days after law-enforcement clearance' },
            { where: PERKINS_CHART_2021, facts: '60 days, AG over 250, CRA, harm, substitute notice, LE 30 days' },
            { where: BLOOMBERG_TABLE, facts: 'trigger, encryption' },
          ],
        },
      ],
    },
  ],
};
