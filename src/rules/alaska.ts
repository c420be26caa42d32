// Alaska: the Personal Information Protection Act, breach article (AS 45.48.010-45.48.090), in force
// since 2009-07-01. It reaches paper records too, and state and local agencies (not the courts).
import type { Jurisdiction, PersonalInformationDefinition } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

// After a law-enforcement hold the notice is due "in the most expeditious time possible" once the
// agency says in writing that it no longer interferes: a pause, with no fixed new period.
const LE = toll('AS 45.48.020');

// A bare account or card number counts (AS 45.48.090(7)(B)(iii)); the code is needed only where the
// account can be used solely with one, so the bare number is the safer reading.
const PERSONAL_INFORMATION: PersonalInformationDefinition = {
  citation: 'AS 45.48.090(7)',
  summary:
    "an individual's name (first name or initial and last name) with an SSN; a driver's licence or state ID number; an account, credit card or debit card number (with its personal code where the account needs one); or a password, PIN or other access code for a financial account — in any form, paper included",
  combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'account_number', 'card_number', 'access_code', 'password'] }],
};

const COVERED_PERSON = 'AS 45.48.090(2) makes a "covered person" of a person doing business, a governmental agency, or a person with more than 10 employees';

export const alaska: Jurisdiction = {
  code: 'AK',
  name: 'Alaska',
  kind: 'state',
  holidays: { country: 'US', state: 'AK' },
  laws: [
    {
      id: 'AK-45-48',
      title: 'Alaska Personal Information Protection Act, AS 45.48.010-45.48.090 (breach of security involving personal information)',
      scope: 'residents',
      versions: [
        {
          id: 'AK-2009',
          effectiveFrom: '2009-07-01',
          effectiveTo: null,
          citations: ['AS 45.48.010-45.48.090 (H.B. 65, ch. 92 SLA 2008, § 4, eff. 2009-07-01)'],
          summary:
            'Alaska requires notice to affected residents in the most expeditious time possible, and to the credit bureaus when more than 1,000 residents are notified; skipping notice for lack of harm requires written notice to the Attorney General first.',
          coverage: coverage({
            business: ['yes', `${COVERED_PERSON}.`],
            nonprofit: ['yes', `${COVERED_PERSON}; a nonprofit with more than 10 employees, or one doing business, is covered.`],
            local_government: ['yes', `${COVERED_PERSON}; "governmental agency" (AS 45.48.090(3)) means a state or local governmental agency.`],
            state_agency: ['yes', `${COVERED_PERSON}; "governmental agency" (AS 45.48.090(3)) includes state agencies except those of the judicial branch.`],
          }),
          encryptionSafeHarbor: { exists: true, keyException: true, citation: 'AS 45.48.090(7)' },
          riskOfHarmException: {
            exists: true,
            standard:
              'No notice if, after an appropriate investigation and after written notice to the Attorney General, the entity determines there is no reasonable likelihood that the breach has harmed or will harm the consumers.',
            recordToKeep:
              'Written notice to the Attorney General before relying on the exception, and the written determination kept for five years (AS 45.48.010(c)).',
          },
          personalInformation: PERSONAL_INFORMATION,
          substituteNotice: { costOver: 150_000, recipientsOver: 300_000, citation: 'AS 45.48.030' },
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Affected Alaska residents',
              citation: 'AS 45.48.010(a)-(b)',
              deadline: withoutDelay(
                'discovered',
                'in the most expeditious time possible and without unreasonable delay after discovering or being notified of the breach, allowing only for law enforcement and for determining the scope and restoring the system',
              ),
              lawEnforcement: LE,
              notes:
                'The statute prescribes no letter content. Notice may be written, electronic (where that is the primary means of communication), or by telephone. Paper records are covered.',
            }),
            obligation({
              id: 'consumer-reporting-agencies',
              recipient: 'consumer_reporting_agencies',
              recipientName: 'Nationwide consumer credit reporting agencies',
              citation: 'AS 45.48.040',
              deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 state residents must be notified.'),
              threshold: residents(1000, 'more_than'),
              lawEnforcement: LE,
              requiredContent: ['Timing, distribution and content of the notices to residents'],
              condition: 'Does not apply to an entity subject to the Gramm-Leach-Bliley Act.',
              notes: 'The names or personal information of the residents need not be given to the bureaus.',
            }),
            obligation({
              id: 'vendor-notice',
              recipient: 'data_owner',
              recipientName: 'The data owner (notice from the vendor that maintains the data)',
              citation: 'AS 45.48.070(a)',
              deadline: withoutDelay('discovered', 'Immediately after the information recipient discovers the breach.'),
              condition:
                'This duty binds an information recipient that holds the data without owning it or having the right to license it, not the owner; the owner then notifies residents as if the breach were its own.',
              notes: 'The recipient must also cooperate with the owner as needed for the owner to comply.',
            }),
          ],
          confidence: 'high',
          unverified: [
            'The sub-paragraphs of AS 45.48.090(7)(B) after the name were read only in summaries (the statute text retrieved was cut off after "individual\'s name"); the bare account-number reading follows them.',
            'The vendor duty is cited as AS 45.48.070(a) ("treatment of certain breaches") from the section list; its text was not read.',
            'The Gramm-Leach-Bliley exemption from the credit-bureau notice comes from the Bloomberg summary.',
            'No amendment after 2009 was found; none was searched for beyond the research record.',
          ],
          sources: [
            { where: 'https://law.justia.com/codes/alaska/2019/title-45/chapter-48/article-1/section-45-48-010/', facts: 'AS 45.48.010 text: expeditious notice; AG notice and five-year record for the no-harm exception' },
            { where: 'https://codes.findlaw.com/ak/title-45-trade-and-commerce/ak-st-sect-45-48-090/', facts: 'covered person, governmental agency (judicial branch excepted), personal information in any form, encryption key exception' },
            { where: 'https://policyrisk.com/states/alaska/statutes?chapter=48&title=45', facts: 'section list: 45.48.020 delay, 45.48.030 methods, 45.48.040 credit bureaus over 1,000, 45.48.070 treatment of certain breaches' },
            { where: 'https://legalclarity.org/alaskas-data-breach-notification-law-explained', facts: 'account number with personal code only where access needs one' },
            { where: PERKINS_CHART_2021, facts: 'vendor duty, substitute notice $150,000 / 300,000, effective date' },
            { where: BLOOMBERG_TABLE, facts: 'covered entities, credit bureaus, GLBA exemption' },
          ],
        },
      ],
    },
  ],
};
