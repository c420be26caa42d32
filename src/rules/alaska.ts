// Alaska: the Personal Information Protection Act, breach article (AS 45.48.010-45.48.090), in force
// since 2009-07-01. It reaches paper records too, and state and local agencies (not the courts).
import type { EncryptionSafeHarbor, FactCheck, Jurisdiction, PersonalInformationDefinition } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

// Texts read for this module.
const JUSTIA_010 = 'https://law.justia.com/codes/alaska/2019/title-45/chapter-48/article-1/section-45-48-010/ (AS 45.48.010, verbatim)';
const FINDLAW_090 = 'https://codes.findlaw.com/ak/title-45-trade-and-commerce/ak-st-sect-45-48-090/ (AS 45.48.090, verbatim, current as of 2025-01-01)';
const COURTGPT_040 = 'https://courtgpt.ai/laws/alaska/title-45/chapter-48/article-1/section-45-48-040 (AS 45.48.040, verbatim)';
const POLICYRISK = 'https://policyrisk.com/states/alaska/statutes?chapter=48&title=45 (opening words of AS 45.48.020, .030, .070)';

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

const ENCRYPTION: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: 'AS 45.48.090(7): personal information is information "not encrypted or redacted, or ... encrypted and the encryption key has been accessed or acquired"',
  citation: 'AS 45.48.090(7)',
};

const EFFECTIVE_DATES: FactCheck = {
  kind: 'secondary',
  where: `http://www.legis.state.ak.us/basis/get_bill_text.asp?hsid=HB0065Z&session=25 (enrolled H.B. 65, opening only); ${PERKINS_CHART_2021}`,
  says: 'H.B. 65 (ch. 92 SLA 2008, sec. 4) enacted the article; in force 2009-07-01',
  checked: CHECKED,
  why: "Only the enrolled bill's opening could be read; its effective-date section was not reached.",
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
          encryptionSafeHarbor: ENCRYPTION,
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
          confidence: 'medium',
          unverified: [
            'The sub-paragraphs of AS 45.48.090(7)(B) after the name were read only in summaries (the statute text retrieved was cut off after "individual\'s name"); the bare account-number reading follows them.',
            'The vendor duty is cited as AS 45.48.070(a) ("treatment of certain breaches") from the section list; only its opening words were read.',
            'The substitute-notice figures ($150,000 / 300,000) come from summaries; AS 45.48.030 was read only in its opening words.',
            'No amendment of AS 45.48.010-.090 after 2009 was found; bills proposing one (e.g. H.B. 222, 32nd Legislature) were seen but not traced to enactment.',
          ],
          sources: [
            { where: 'https://law.justia.com/codes/alaska/2019/title-45/chapter-48/article-1/section-45-48-010/', facts: 'AS 45.48.010 text: expeditious notice; AG notice and five-year record for the no-harm exception' },
            { where: 'https://codes.findlaw.com/ak/title-45-trade-and-commerce/ak-st-sect-45-48-090/', facts: 'covered person, governmental agency (judicial branch excepted), personal information in any form, encryption key exception' },
            { where: 'https://policyrisk.com/states/alaska/statutes?chapter=48&title=45', facts: 'section list: 45.48.020 delay, 45.48.030 methods, 45.48.040 credit bureaus over 1,000, 45.48.070 treatment of certain breaches' },
            { where: 'https://legalclarity.org/alaskas-data-breach-notification-law-explained', facts: 'account number with personal code only where access needs one' },
            { where: PERKINS_CHART_2021, facts: 'vendor duty, substitute notice $150,000 / 300,000, effective date' },
            { where: BLOOMBERG_TABLE, facts: 'covered entities, credit bureaus, GLBA exemption' },
            { where: COURTGPT_040, facts: 'AS 45.48.040: credit bureaus when more than 1,000 residents are notified; no names; GLBA exemption' },
          ],
          verification: {
            effective_dates: EFFECTIVE_DATES,
            coverage: {
              kind: 'primary',
              where: FINDLAW_090,
              says: 'covered person: a person doing business, a governmental agency, or a person with more than 10 employees; governmental agency: state or local, judicial branch excepted',
              checked: CHECKED,
            },
            personal_information: {
              kind: 'secondary',
              where: `${FINDLAW_090}; https://www.dwt.com/alaska/; https://legalclarity.org/alaskas-data-breach-notification-law-explained`,
              says: 'information in any form: name with SSN, licence or state ID, account or card number (with its code where one is needed), or a financial-account password or PIN',
              checked: CHECKED,
              why: 'The statute text read stopped at "(A) an individual\'s name"; the data elements come from summaries.',
            },
            encryption: {
              kind: 'primary',
              where: FINDLAW_090,
              says: 'encrypted data counts as personal information once its encryption key has been accessed or acquired',
              checked: CHECKED,
            },
            risk_of_harm: {
              kind: 'primary',
              where: JUSTIA_010,
              says: 'no disclosure if, after an appropriate investigation and written notice to the Attorney General, no reasonable likelihood of harm is found; the determination is documented and kept five years',
              checked: CHECKED,
            },
            deadline: {
              kind: 'primary',
              where: `${JUSTIA_010}; ${COURTGPT_040}`,
              says: 'residents: most expeditious time possible and without unreasonable delay; credit bureaus: without unreasonable delay; vendor: immediately (opening words only, see unverified)',
              checked: CHECKED,
            },
            anchor: {
              kind: 'primary',
              where: JUSTIA_010,
              says: 'after discovering or being notified of the breach',
              checked: CHECKED,
            },
            threshold: {
              kind: 'primary',
              where: COURTGPT_040,
              says: 'credit bureaus when the collector must notify "more than 1,000 state residents"; no other number',
              checked: CHECKED,
            },
            law_enforcement: {
              kind: 'primary',
              where: `${POLICYRISK}; ${JUSTIA_010}`,
              says: 'disclosure may be delayed while a law enforcement agency determines it would interfere with a criminal investigation, then given once cleared (a pause)',
              checked: CHECKED,
            },
            substitute_notice: {
              kind: 'secondary',
              where: `${POLICYRISK}; ${PERKINS_CHART_2021}`,
              says: 'written, electronic or telephone notice; substitute notice when cost would exceed $150,000, more than 300,000 residents, or contact details are lacking',
              checked: CHECKED,
              why: 'Only the opening words of AS 45.48.030 could be read; the substitute-notice figures are from the chart.',
            },
            required_content: {
              kind: 'primary',
              where: `${JUSTIA_010}; ${COURTGPT_040}`,
              says: 'none for residents; credit bureaus get the timing, distribution and content of the resident notices (no names)',
              checked: CHECKED,
            },
            forbidden_content: {
              kind: 'primary',
              where: `${JUSTIA_010}; ${COURTGPT_040}`,
              says: 'none: nothing is forbidden in a notice',
              checked: CHECKED,
            },
          },
        },
      ],
    },
  ],
  channels: [NATIONWIDE_CRAS],
  consumerContact: {
    name: 'Alaska Department of Law, Consumer Protection Unit',
    phone: '1-907-269-5200',
    website: 'www.law.alaska.gov',
    address: '1031 West 4th Avenue, Suite 200, Anchorage, AK 99501',
    source:
      "The unit is named on law.alaska.gov (press release 2006-10-11); its telephone and street address are the department's published ones, not re-read in this check. Alaska's statute does not require the contact in letters.",
    checked: CHECKED,
  },
};
