// Mississippi: Miss. Code § 75-24-29 (H.B. 582, 2010, in force 2011-07-01), which binds persons
// conducting business in the state; and, for state agencies, the incident-reporting rule of the
// Enterprise Security Program run by the Department of Information Technology Services (ITS).
import type { Jurisdiction } from './types.js';
import { DATA_ELEMENTS } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, businessDays, coverage, governmentOnlyCoverage, obligation, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const CLICLAW = 'https://cliclaw.com/library/state-laws/state-security-breach-laws/mississippi-act-require-notice-breach-security (Miss. Code Ann. § 75-24-29(1)-(2), verbatim)';
const LATER_SUBSECTIONS = 'Only § 75-24-29(1)-(2) was read in statute text; subsections (3)-(8) come from a blog quoting them (wordsbywit.com) and from the Perkins Coie and DWT summaries.';
const ITS_WHY = 'The ITS page and 36 Miss. Admin. Code pt. 1, R. 3.1 were read by earlier research and not re-read in this check.';
const LE = toll('Miss. Code § 75-24-29(5)');
const GOVERNMENT_UNSETTLED =
  '§ 75-24-29(1) binds "any person who conducts business in this state"; the section has no provision on government bodies and whether a public body conducts business is not settled. breachdesk treats the duties as applying.';
const ITS_URL = 'https://www.its.ms.gov/services/security/Enterprise-Cybersecurity-Incident-Reporting';

export const mississippi: Jurisdiction = {
  code: 'MS',
  name: 'Mississippi',
  kind: 'state',
  holidays: { country: 'US', state: 'MS' },
  laws: [
    {
      id: 'MS-75-24-29',
      title: 'Miss. Code § 75-24-29: notice of a breach of security involving personal information',
      scope: 'residents',
      versions: [
        {
          id: 'MS-2011',
          effectiveFrom: '2011-07-01',
          effectiveTo: null,
          citations: ['Miss. Code § 75-24-29 (H.B. 582, 2010 Regular Session, signed 2010-04-07, eff. 2011-07-01)'],
          summary: 'Mississippi requires businesses to notify affected residents without unreasonable delay unless an investigation shows harm is unlikely; there is no Attorney General or credit-bureau notice.',
          coverage: coverage({
            business: ['yes', '§ 75-24-29(1): any person who conducts business in Mississippi and, in the ordinary course of business, owns, licenses or maintains personal information of a resident.'],
            nonprofit: ['yes', 'The section names no exception for nonprofits; a nonprofit corporation or association that holds residents\' personal information in the ordinary course of its functions is treated as a person conducting business.'],
            local_government: ['uncertain', GOVERNMENT_UNSETTLED],
            state_agency: ['uncertain', GOVERNMENT_UNSETTLED],
          }),
          encryptionSafeHarbor: {
            exists: true,
            keyException: true,
            keyReading: 'implied',
            keyWording: '§ 75-24-29(2)(a): a breach is an acquisition of personal information whose access "has not been secured by encryption or by any other method or technology that renders the personal information unreadable or unusable".',
            citation: 'Miss. Code § 75-24-29(2)(a)',
          },
          riskOfHarmException: {
            exists: true,
            standard: 'No notice if, after an appropriate investigation, the person reasonably determines the breach will not likely result in harm to the affected individuals (§ 75-24-29(3)).',
            recordToKeep: null,
          },
          personalInformation: {
            citation: 'Miss. Code § 75-24-29(2)(b)',
            summary: "a first name or initial and last name with an SSN, a driver's licence, state or tribal ID card number, or an account or card number with the code or password that opens the financial account",
            combinations: [
              { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
              { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
              { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
            ],
          },
          substituteNotice: { costOver: 5_000, recipientsOver: 5_000, citation: 'Miss. Code § 75-24-29(6)' },
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Affected Mississippi residents',
              citation: 'Miss. Code § 75-24-29(3)',
              deadline: withoutDelay('discovered', 'without unreasonable delay, subject to law-enforcement delay and to completing an investigation into the nature and scope of the incident'),
              lawEnforcement: LE,
              condition: 'An entity following its primary or functional regulator\'s breach procedures, or its own policy consistent with this timing, is deemed compliant (§ 75-24-29(7)).',
              notes: 'Written, telephone or electronic notice. The statute sets no letter content. Insurance licensees also report to the Commissioner of Insurance within 3 business days (Mississippi Insurance Data Security Law, Miss. Code §§ 83-5-801 et seq., from 2019-07-01).',
            }),
            obligation({
              id: 'vendor-notice',
              recipient: 'data_owner',
              recipientName: 'The data owner (notice from the vendor that maintains the data)',
              citation: 'Miss. Code § 75-24-29(4)',
              deadline: withoutDelay('discovered', 'as soon as practicable following discovery'),
              lawEnforcement: LE,
              condition: 'Binds the person that maintains data it does not own or license (the vendor), not the owner, and only if the information was, or is reasonably believed to have been, acquired for fraudulent purposes.',
            }),
          ],
          confidence: 'low',
          unverified: [
            LATER_SUBSECTIONS,
            'The bill number (H.B. 582 per Perkins Coie; H.B. 583 per the Akesari file name).',
            'Whether § 75-24-29 reaches state agencies and local governments (no provision either way was found).',
            '2021 H.B. 277 (listed among breach bills in the Akesari dataset) was not read; no change to § 75-24-29 is known. S.B. 2479 (2024, AG reporting) was introduced only.',
          ],
          sources: [
            { where: CLICLAW, facts: 'statute text § 75-24-29(1)-(2): application, breach definition with the encryption wording, personal information' },
            { where: 'https://www.wordsbywit.com/mississippi', facts: '§ 75-24-29(3) timing and no-harm text quoted; (8) enforcement; no CRA notice' },
            { where: PERKINS_CHART_2021, facts: 'signed 2010-04-07, effective 2011-07-01 (Perkins and the research record name the bill H.B. 582; the Akesari bill file is labelled H.B. 583); vendor rule' },
            { where: 'https://dwt.com/mississippi', facts: 'law-enforcement delay on request; substitute notice' },
            { where: BLOOMBERG_TABLE, facts: 'substitute $5,000/5,000; insurance 3 business days' },
          ],
          verification: {
            effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'H.B. 582 signed 2010-04-07, in force 2011-07-01', checked: CHECKED, why: 'The 2010 session law was not read.' },
            coverage: { kind: 'primary', where: CLICLAW, says: '§ 75-24-29(1): a person conducting business in the state that owns, licenses or maintains residents\' personal information; nothing on public bodies', checked: CHECKED },
            personal_information: { kind: 'primary', where: CLICLAW, says: '§ 75-24-29(2)(b): name with SSN, licence, state or tribal ID, or account or card number with its code', checked: CHECKED },
            encryption: { kind: 'primary', where: CLICLAW, says: '§ 75-24-29(2)(a): no breach where access is secured by encryption or another method making the data unreadable or unusable', checked: CHECKED },
            risk_of_harm: { kind: 'secondary', where: 'https://www.wordsbywit.com/mississippi', says: '§ 75-24-29(3): no notice if, after an appropriate investigation, harm is reasonably found unlikely', checked: CHECKED, why: LATER_SUBSECTIONS },
            deadline: { kind: 'secondary', where: 'https://www.wordsbywit.com/mississippi', says: '§ 75-24-29(3): without unreasonable delay, subject to (4)-(5) and the investigation; no number of days', checked: CHECKED, why: LATER_SUBSECTIONS },
            anchor: { kind: 'secondary', where: `https://www.wordsbywit.com/mississippi; ${PERKINS_CHART_2021}`, says: 'from discovery of the breach', checked: CHECKED, why: LATER_SUBSECTIONS },
            threshold: { kind: 'secondary', where: 'https://www.wordsbywit.com/mississippi', says: 'none: all affected individuals, no regulator or credit-bureau notice', checked: CHECKED, why: LATER_SUBSECTIONS },
            law_enforcement: { kind: 'secondary', where: 'https://dwt.com/mississippi', says: '§ 75-24-29(5): delay for a reasonable period when law enforcement asks; notice after it clears', checked: CHECKED, why: LATER_SUBSECTIONS },
            substitute_notice: { kind: 'secondary', where: BLOOMBERG_TABLE, says: '§ 75-24-29(6): cost over $5,000, more than 5,000, or no contact information', checked: CHECKED, why: LATER_SUBSECTIONS },
            required_content: { kind: 'secondary', where: 'https://www.wordsbywit.com/mississippi', says: 'none prescribed', checked: CHECKED, why: LATER_SUBSECTIONS },
            forbidden_content: { kind: 'secondary', where: 'https://www.wordsbywit.com/mississippi', says: 'none: the text sets nothing of the kind', checked: CHECKED, why: LATER_SUBSECTIONS },
          },
        },
      ],
    },
    {
      id: 'MS-ITS-ESP',
      title: 'Enterprise Security Program (Miss. Code § 25-53-201) and 36 Miss. Admin. Code pt. 1, R. 3.1: incident reports by state agencies to ITS',
      scope: 'home',
      basis: 'regulation',
      versions: [
        {
          id: 'MS-ITS-2017',
          effectiveFrom: '2017-07-01',
          effectiveTo: null,
          citations: ['Miss. Code § 25-53-201 (H.B. 999, 2017)', '36 Miss. Admin. Code pt. 1, R. 3.1', 'ITS Enterprise Cybersecurity Incident Reporting guideline'],
          summary: 'Mississippi state agencies must report every cybersecurity incident to the Department of Information Technology Services by the close of the next business day after discovery.',
          coverage: governmentOnlyCoverage('Miss. Code § 75-24-29', {
            local_government: ['no', 'The reporting rule binds state agencies and entities on the Enterprise State Network; local governing authorities may report voluntarily.'],
            state_agency: ['yes', 'ITS policy under § 25-53-201: every state agency, officer, department, board, commission, office and institution reports cybersecurity incidents to ITS.'],
          }),
          encryptionSafeHarbor: null,
          riskOfHarmException: null,
          personalInformation: { citation: 'ITS Enterprise Security Policy ("cybersecurity incident")', summary: 'any cybersecurity incident, whatever data it touches', combinations: [{ all: [], anyOf: [...DATA_ELEMENTS] }] },
          obligations: [
            obligation({
              id: 'its-report',
              recipient: 'state_agency',
              recipientName: 'Mississippi Department of Information Technology Services (Information Security Division)',
              citation: '36 Miss. Admin. Code pt. 1, R. 3.1; ITS incident reporting guideline',
              deadline: businessDays(1, 'discovered'),
              requiredContent: ['The incident details on the ITS reporting form'],
              notes: 'The administrative rule says "as soon as possible"; the current ITS guideline sets the close of the next business day after discovery, encoded here.',
            }),
          ],
          confidence: 'low',
          unverified: [
            'The next-business-day limit is stated on the ITS website, not in a statute; when it was adopted was not found (this version starts with H.B. 999, assumed effective 2017-07-01).',
            ITS_WHY,
          ],
          sources: [
            { where: ITS_URL, facts: 'state agencies report cybersecurity incidents to ITS no later than the close of the next business day after discovery' },
            { where: 'https://www.law.cornell.edu/regulations/mississippi/36-Miss-Code-R-SS-1-3-1', facts: 'agencies report information security incidents to ITS as soon as possible' },
            { where: 'govtech.com/security/Mississippi-Enterprise-Security-Program-Provides-Framework-for-Agency-Partnerships.html', facts: 'H.B. 999 signed 2017-03-10 establishing the Enterprise Security Program' },
          ],
          verification: {
            effective_dates: { kind: 'none', where: 'govtech.com (H.B. 999 signed 2017-03-10)', says: 'start assumed 2017-07-01 with H.B. 999; the guideline\'s own date is unknown', checked: CHECKED, why: 'Neither H.B. 999 nor the date the ITS guideline was adopted was read.' },
            coverage: { kind: 'secondary', where: ITS_URL, says: 'state agencies and entities on the Enterprise State Network', checked: CHECKED, why: ITS_WHY },
            personal_information: { kind: 'secondary', where: ITS_URL, says: 'any cybersecurity incident', checked: CHECKED, why: ITS_WHY },
            encryption: { kind: 'secondary', where: ITS_URL, says: 'none: an incident report, not a breach notice', checked: CHECKED, why: ITS_WHY },
            risk_of_harm: { kind: 'secondary', where: ITS_URL, says: 'none: every incident is reported', checked: CHECKED, why: ITS_WHY },
            deadline: { kind: 'secondary', where: `${ITS_URL}; https://www.law.cornell.edu/regulations/mississippi/36-Miss-Code-R-SS-1-3-1`, says: 'rule: as soon as possible; guideline: by the close of the next business day', checked: CHECKED, why: ITS_WHY },
            anchor: { kind: 'secondary', where: ITS_URL, says: 'from discovery', checked: CHECKED, why: ITS_WHY },
            threshold: { kind: 'secondary', where: ITS_URL, says: 'none: the text sets nothing of the kind', checked: CHECKED, why: ITS_WHY },
            law_enforcement: { kind: 'secondary', where: ITS_URL, says: 'none: the text sets nothing of the kind', checked: CHECKED, why: ITS_WHY },
            substitute_notice: { kind: 'secondary', where: ITS_URL, says: 'none: not a notice to individuals', checked: CHECKED, why: ITS_WHY },
            required_content: { kind: 'secondary', where: ITS_URL, says: 'what the ITS reporting form asks', checked: CHECKED, why: ITS_WHY },
            forbidden_content: { kind: 'secondary', where: ITS_URL, says: 'none: the text sets nothing of the kind', checked: CHECKED, why: ITS_WHY },
          },
        },
      ],
    },
  ],
  channels: [
    {
      recipient: 'state_agency',
      obligations: ['its-report'],
      name: 'Mississippi Department of Information Technology Services, Information Security Division',
      ways: [{ kind: 'online_form', value: ITS_URL, formName: 'Enterprise Cybersecurity Incident Reporting' }],
      asksFor: ['The incident details the ITS reporting form asks for'],
      source: `${ITS_URL} (cited by earlier research; not re-read)`,
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: "Mississippi Attorney General's Office, Consumer Protection Division",
    phone: '1-800-281-4418',
    website: 'www.ago.state.ms.us',
    address: 'P.O. Box 22947, Jackson, MS 39225',
    source: "The Attorney General's published consumer-protection contact, not re-read in this check. § 75-24-29 does not require it in letters.",
    checked: CHECKED,
  },
};
