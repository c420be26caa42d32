// Kentucky: the private-sector breach law (KRS 365.732, H.B. 232, 2014) and, for public agencies
// and their contractors, KRS 61.931-61.934 (H.B. 5, 2014, in force 2015-01-01). § 365.732(8) keeps
// agencies out of the general law, so each statute's coverage is the mirror of the other's.
import type { EncryptionSafeHarbor, FactCheck, Jurisdiction, PersonalInformationDefinition, Verification } from './types.js';
import {
  BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, beforeIndividuals, calendarDays, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';

// The texts read on 2026-12-08.
const KRS_61_933 = 'https://self-law.org/code/ky/61-933 (KRS 61.933, subsection (1)(a))';
const KRS_61_931 = 'https://docplayer.net/amp/12719470-KRS-chapter-61-personal-information-security-and-breach-investigations.html (KRS 61.931 to 61.934, effective 2015-01-01)';
const KAR_200_1_015 = 'https://apps.legislature.ky.gov/law/kar/titles/200/001/015/ (200 KAR 1:015, breach notification forms)';
const WORDSBYWIT_KY = 'https://www.wordsbywit.com/kentucky (quotes KRS 365.732(1)(a), (2) and (4))';
const PERKINS_KY = 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-kentucky.html';
const RECORDINGLAW_KY = 'https://www.recordinglaw.com/us-laws/data-privacy-laws/kentucky-data-privacy-laws/data-breach-notification';
const KRS_365_NOT_READ = 'The official text of KRS 365.732 was not reachable; its subsections were read as quoted by wordsbywit and the Perkins chart.';
const KRS_61_NOT_READ = 'Only KRS 61.933(1)(a) and the definition of "agency" in KRS 61.931(1) were read in statute text; the rest of KRS 61.931 and 61.933 is from the earlier research and the Perkins chart.';

const LE_365 = toll('KRS 365.732(4)');
const LE_61 = toll('KRS 61.933(3)');

const PI_365: PersonalInformationDefinition = {
  citation: 'KRS 365.732(1)(c)',
  summary: "an individual's first name or first initial and last name with an SSN, a driver's licence number, or an account or card number together with the code or password needed to reach the financial account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};

// KRS 61.931: a name, personal mark or biometric/genetic print can each be the identifier.
const ID_ELEMENTS = ['ssn', 'tax_id', 'drivers_license', 'state_id', 'passport', 'military_id', 'medical', 'health_insurance'] as const;
const PI_61: PersonalInformationDefinition = {
  citation: 'KRS 61.931 (definition of "personal information")',
  summary:
    "a first name or initial and last name, personal mark, or unique biometric or genetic print, with an account or card number plus the code needed to use it, an SSN, a taxpayer ID that incorporates the SSN, a driver's licence, state or other government ID number, a passport or other federal ID number, or individually identifiable health information",
  combinations: [
    { all: ['name'], anyOf: [...ID_ELEMENTS] },
    { all: ['biometric'], anyOf: [...ID_ELEMENTS] },
    { all: ['genetic'], anyOf: [...ID_ELEMENTS] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};

const AGENCY = 'KRS 61.931(1) defines "agency" to include';
const GOV_COVERAGE = governmentOnlyCoverage('KRS 365.732', {
  local_government: ['yes', `${AGENCY} every county, city and other local government, their units and instrumentalities, and every public school district.`],
  state_agency: ['yes', `${AGENCY} the executive branch and its units and every public postsecondary institution; the legislative and judicial branches set their own procedures under KRS 61.934.`],
});
const OFFICERS =
  'Commissioner of the Kentucky State Police, Auditor of Public Accounts and Attorney General, plus the Finance and Administration Cabinet (executive-branch units), the Department for Local Government (local units), the Department of Education (school districts) or the Council on Postsecondary Education (universities)';
const AGENCY_UNVERIFIED = [
  'Only § 61.933(1)(a) (the 72-hour notice) was read in statute text. The post-investigation steps (48-hour report, 35-day individual notice, notice to the Commonwealth Office of Technology and credit bureaus at least 7 days before individual notice when more than 1,000 are notified) are encoded from memory of the enacted H.B. 5 text and were not re-read.',
  'The § 61.931 definitions of personal information and security breach (including the encryption-key exception) were not read in statute text.',
];
const AGENCY_SOURCES = [
  { where: 'https://self-law.org/code/ky/61-933 (statute text, first subsection)', facts: '72-hour notice to KSP, Auditor, AG and sector office on a COT form' },
  { where: 'docplayer.net: KRS Chapter 61 Personal Information Security and Breach Investigations (effective 2015-01-01)', facts: 'definition of agency; sections 61.931-61.934' },
  { where: PERKINS_CHART_2021, facts: 'vendor (nonaffiliated third party) 72 hours; H.B. 5 effective 2015-01-01' },
  { where: 'govtech.com/Kentucky-Strengthens-Data-Breach-Reporting-Requirements.html (2014)', facts: 'individual-notice timing described as unfixed (conflicts with the 35-day reading)' },
  { where: KRS_61_931, facts: 'KRS 61.931(1) definition of "agency"; sections 61.931-61.934 effective 2015-01-01' },
  { where: KAR_200_1_015, facts: 'forms FAC-001 (suspected or determined breach) and FAC-002 (law-enforcement delay); COT address' },
];

const KEY_365: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: 'KRS 365.732(1)(a), (2): a breach of "unencrypted and unredacted" data, notice for "unencrypted personal information"; nothing on keys',
  citation: 'KRS 365.732(1)(a), (2)',
};
const KEY_61: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: 'KRS 61.931 "security breach": includes encrypted records when the encryption key is also disclosed or acquired',
  citation: 'KRS 61.931 ("security breach" includes encrypted records when the key is also disclosed)',
};

const SEC_365 = `${WORDSBYWIT_KY}; ${PERKINS_KY}`;
const VERIFY_365: Verification = {
  effective_dates: { kind: 'secondary', where: PERKINS_KY, says: 'H.B. 232 signed 2014-04-10, in force 2014-07-15', checked: CHECKED, why: 'H.B. 232 itself was not read.' },
  coverage: { kind: 'secondary', where: `${SEC_365}; ${RECORDINGLAW_KY}; ${BLOOMBERG_TABLE}`, says: '"information holder": any person or business entity conducting business in Kentucky; agencies, GLBA and HIPAA entities excluded by § 365.732(8)', checked: CHECKED, why: KRS_365_NOT_READ },
  personal_information: { kind: 'secondary', where: `${PERKINS_KY}; ${RECORDINGLAW_KY}`, says: 'name with SSN, licence number, or account or card number with the code needed to reach the account', checked: CHECKED, why: KRS_365_NOT_READ },
  encryption: { kind: 'secondary', where: SEC_365, says: 'breach of "unencrypted and unredacted" data; notice for "unencrypted personal information"; no key clause', checked: CHECKED, why: KRS_365_NOT_READ },
  risk_of_harm: { kind: 'secondary', where: SEC_365, says: 'a breach is one that actually causes, or leads the holder reasonably to believe it has caused or will cause, identity theft or fraud', checked: CHECKED, why: KRS_365_NOT_READ },
  deadline: { kind: 'secondary', where: WORDSBYWIT_KY, says: '§ 365.732(2): most expedient time possible and without unreasonable delay (quoted)', checked: CHECKED, why: KRS_365_NOT_READ },
  anchor: { kind: 'secondary', where: WORDSBYWIT_KY, says: 'following discovery or notification of the breach', checked: CHECKED, why: KRS_365_NOT_READ },
  threshold: { kind: 'secondary', where: PERKINS_KY, says: 'credit bureaus when more than 1,000 persons are to be notified at one time', checked: CHECKED, why: KRS_365_NOT_READ },
  law_enforcement: { kind: 'secondary', where: WORDSBYWIT_KY, says: '§ 365.732(4): delay while notice would impede a criminal investigation; then promptly (a pause)', checked: CHECKED, why: KRS_365_NOT_READ },
  substitute_notice: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'cost over $250,000 or more than 500,000 to notify, or no contact data', checked: CHECKED, why: KRS_365_NOT_READ },
  required_content: { kind: 'secondary', where: SEC_365, says: 'none for residents; credit bureaus told the timing, distribution and content of the notices', checked: CHECKED, why: KRS_365_NOT_READ },
  forbidden_content: { kind: 'secondary', where: SEC_365, says: 'none: nothing in a notice is forbidden', checked: CHECKED, why: KRS_365_NOT_READ },
};
const F61_SECONDARY: FactCheck = { kind: 'secondary', where: `${PERKINS_CHART_2021}; earlier research record (H.B. 5 enacted text)`, says: 'see the obligations and unverified notes', checked: CHECKED, why: KRS_61_NOT_READ };
const F61_EFFECTIVE: FactCheck = { kind: 'primary', where: KRS_61_931, says: 'KRS 61.931 to 61.934 headed "(Effective January 1, 2015)"', checked: CHECKED };
const F61_COVERAGE: FactCheck = { kind: 'primary', where: KRS_61_931, says: '61.931(1) "agency": executive branch, counties, cities and other local governments, their units, public school districts, public postsecondary institutions', checked: CHECKED };
const F61_PI: FactCheck = { kind: 'secondary', where: `${PERKINS_CHART_2021}; ${KRS_61_931}`, says: 'name, mark or biometric/genetic print with SSN, tax ID, licence or government ID, passport, account or card number with code, or health information', checked: CHECKED, why: KRS_61_NOT_READ };
const F61_KEY: FactCheck = { kind: 'secondary', where: `${PERKINS_CHART_2021}; earlier research record`, says: '"security breach" includes encrypted records when the key is also disclosed', checked: CHECKED, why: KRS_61_NOT_READ };
const F61_LE: FactCheck = { kind: 'secondary', where: `${KAR_200_1_015}; ${PERKINS_CHART_2021}`, says: 'KRS 61.933(3): notice may be delayed at law enforcement\'s request, recorded on form FAC-002; whether the clock pauses or restarts is not settled', checked: CHECKED, why: KRS_61_NOT_READ };
const VERIFY_61: Verification = {
  effective_dates: F61_EFFECTIVE,
  coverage: F61_COVERAGE,
  personal_information: F61_PI,
  encryption: F61_KEY,
  risk_of_harm: { kind: 'secondary', where: `${KRS_61_933}; ${PERKINS_CHART_2021}`, says: 'individuals notified only if the investigation finds misuse has occurred or is likely', checked: CHECKED, why: KRS_61_NOT_READ },
  deadline: { kind: 'secondary', where: `${KRS_61_933}; earlier research record`, says: 'individuals within 35 days of the 48-hour report; credit bureaus and COT at least 7 days before the individual notice', checked: CHECKED, why: KRS_61_NOT_READ },
  anchor: { kind: 'secondary', where: `${KRS_61_933}; earlier research record`, says: 'the 48-hour report after the investigation is complete (counted from its completion here)', checked: CHECKED, why: KRS_61_NOT_READ },
  threshold: { kind: 'secondary', where: `${PERKINS_CHART_2021}; earlier research record`, says: 'credit bureaus and COT when more than 1,000 individuals are to be notified', checked: CHECKED, why: KRS_61_NOT_READ },
  law_enforcement: F61_LE,
  substitute_notice: { kind: 'secondary', where: `${PERKINS_CHART_2021}; earlier research record`, says: 'none found: notice combines website, media and direct notice; no cost-based substitute', checked: CHECKED, why: KRS_61_NOT_READ },
  required_content: { kind: 'secondary', where: `${PERKINS_CHART_2021}; earlier research record`, says: 'categories breached, agency contact, what the agency is doing, credit bureau contacts', checked: CHECKED, why: KRS_61_NOT_READ },
  forbidden_content: F61_SECONDARY,
};
const VERIFY_OFFICERS: Verification = {
  effective_dates: F61_EFFECTIVE,
  coverage: F61_COVERAGE,
  personal_information: F61_PI,
  encryption: F61_KEY,
  risk_of_harm: { kind: 'primary', where: KRS_61_933, says: 'none for the 72-hour notice: owed on determining or being notified of a breach, before any investigation', checked: CHECKED },
  deadline: { kind: 'secondary', where: KRS_61_933, says: '(1)(a): as soon as possible, within 72 hours (read); 48-hour result report (earlier research)', checked: CHECKED, why: KRS_61_NOT_READ },
  anchor: { kind: 'primary', where: KRS_61_933, says: '(1)(a): determination or notification of the breach', checked: CHECKED },
  threshold: { kind: 'primary', where: KRS_61_933, says: 'none: any security breach of personal information', checked: CHECKED },
  law_enforcement: F61_LE,
  substitute_notice: { kind: 'primary', where: KRS_61_933, says: 'none: a report to state officers', checked: CHECKED },
  required_content: { kind: 'primary', where: `${KRS_61_933}; ${KAR_200_1_015}`, says: 'in writing on the form the Commonwealth Office of Technology developed', checked: CHECKED },
  forbidden_content: { kind: 'primary', where: KRS_61_933, says: 'none in (1)(a)', checked: CHECKED },
};


export const kentucky: Jurisdiction = {
  code: 'KY',
  name: 'Kentucky',
  kind: 'state',
  holidays: { country: 'US', state: 'KY' },
  channels: [
    NATIONWIDE_CRAS,
    {
      recipient: 'state_agency',
      obligations: ['officers-72h', 'officers-48h-result'],
      name: 'Commissioner of the Kentucky State Police, Auditor of Public Accounts, Attorney General and the sector office (Finance and Administration Cabinet, Department for Local Government, Department of Education or Council on Postsecondary Education)',
      ways: [{ kind: 'postal', value: 'Each office at its published address; forms from the Commonwealth Office of Technology, 101 Cold Harbor Drive, Frankfort, KY 40601' }],
      asksFor: ['Written notice on the form the Commonwealth Office of Technology developed (KRS 61.933(1)(a))', 'The result of the investigation, within 48 hours of completing it'],
      source: `${KRS_61_933}; ${KAR_200_1_015}`,
      checked: CHECKED,
    },
    {
      recipient: 'state_agency',
      obligations: ['commonwealth-office-of-technology'],
      name: 'Commonwealth Office of Technology',
      ways: [{ kind: 'postal', value: 'Commonwealth Office of Technology, 101 Cold Harbor Drive, Frankfort, KY 40601' }],
      asksFor: ['Notice at least 7 days before the individual notice when more than 1,000 are to be notified'],
      source: KAR_200_1_015,
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Office of the Kentucky Attorney General, Office of Consumer Protection',
    phone: '1-888-432-9257',
    website: 'www.ag.ky.gov',
    address: '700 Capital Avenue, Suite 118, Frankfort, KY 40601',
    source: 'Kentucky Attorney General consumer complaint form (secure.kentucky.gov, toll-free 1-888-432-9257); the Capitol office address was not re-read',
    checked: CHECKED,
  },
  laws: [
    {
      id: 'KY-KRS-365-732',
      title: 'KRS 365.732: notice of a computer security breach involving unencrypted personally identifiable information',
      scope: 'residents',
      versions: [
        {
          id: 'KY-2014',
          effectiveFrom: '2014-07-15',
          effectiveTo: null,
          citations: ['KRS 365.732 (H.B. 232, signed 2014-04-10, eff. 2014-07-15)'],
          summary: 'Kentucky requires businesses to notify affected residents in the most expedient time possible, and the credit bureaus when more than 1,000 people are notified at once; it has no Attorney General notice.',
          coverage: coverage({
            business: ['yes', 'KRS 365.732(1)(b), (2): an "information holder" is any person or business entity that conducts business in Kentucky.'],
            nonprofit: ['yes', 'A nonprofit is a person or entity that can conduct business in Kentucky (KRS 365.732(1)(b)); no exclusion for nonprofits.'],
            local_government: ['no', 'KRS 365.732(8) excludes Kentucky agencies, local governments and political subdivisions; they follow KRS 61.931-61.934.'],
            state_agency: ['no', 'KRS 365.732(8) excludes agencies of the Commonwealth; they follow KRS 61.931-61.934.'],
          }),
          encryptionSafeHarbor: KEY_365,
          riskOfHarmException: {
            exists: true,
            standard: 'A breach is only one that actually causes, or leads the holder reasonably to believe it has caused or will cause, identity theft or fraud against a Kentucky resident (§ 365.732(1)(a)).',
            recordToKeep: null,
          },
          personalInformation: PI_365,
          substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'KRS 365.732(5)' },
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Affected Kentucky residents',
              citation: 'KRS 365.732(2)',
              deadline: withoutDelay('discovered', 'in the most expedient time possible and without unreasonable delay after discovery or notification of the breach'),
              lawEnforcement: LE_365,
              condition: 'Entities subject to GLBA Title V or HIPAA are outside the section (§ 365.732(8)); an own notice policy consistent with its timing counts as compliance (§ 365.732(6)).',
              notes: 'Delay is allowed for law enforcement and to determine the scope and restore the system. The statute sets no letter content.',
            }),
            obligation({
              id: 'consumer-reporting-agencies',
              recipient: 'consumer_reporting_agencies',
              recipientName: 'Nationwide consumer reporting agencies',
              citation: 'KRS 365.732(7)',
              deadline: withoutDelay('discovered', 'without unreasonable delay'),
              threshold: residents(1000, 'more_than'),
              lawEnforcement: LE_365,
              requiredContent: ['Timing, distribution and content of the notices to individuals'],
              notes: 'Counts persons notified at one time under this section.',
            }),
            obligation({
              id: 'vendor-notice',
              recipient: 'data_owner',
              recipientName: 'The data owner (notice from the vendor that maintains the data)',
              citation: 'KRS 365.732(3)',
              deadline: withoutDelay('discovered', 'as soon as reasonably practicable following discovery'),
              lawEnforcement: LE_365,
              condition: 'Binds an information holder that maintains data it does not own (the vendor), not the owner.',
            }),
          ],
          confidence: 'low',
          unverified: [
            'The § 365.732(8) exclusion of agencies and local governments was read in the Bloomberg summary, not in the statute text.',
            KRS_365_NOT_READ,
            'KRS 365.732 reaches only "unencrypted and unredacted" data and says nothing of keys: encrypted data taken with its key is literally outside the law, but notice is the safer reading.',
          ],
          sources: [
            { where: 'https://proteuscyber.com/privacy-database/news/4565-kentucky-notification-to-affected-persons-of-computer-security-breach-ky-rev-stat-365732', facts: '§ 365.732(1)-(2) text: breach definition, information holder, PI definition, expedient-time standard' },
            { where: 'https://www.wordsbywit.com/kentucky', facts: 'law-enforcement delay text; enacted 2014-07-15' },
            { where: BLOOMBERG_TABLE, facts: 'substitute notice $250,000/500,000; CRA >1,000; § 365.732(8) exclusions' },
            { where: PERKINS_CHART_2021, facts: 'H.B. 232 signed 2014-04-10, effective 2014-07-15; vendor notice' },
          ],
          verification: VERIFY_365,
        },
      ],
    },
    {
      id: 'KY-KRS-61-933',
      title: 'KRS 61.931-61.934: breach investigation and notice by public agencies and their contractors',
      scope: 'residents',
      versions: [
        {
          id: 'KY-AGENCY-2015',
          effectiveFrom: '2015-01-01',
          effectiveTo: null,
          citations: ['KRS 61.931 to 61.934 (H.B. 5, signed 2014-04-10, eff. 2015-01-01)'],
          summary: 'Kentucky public agencies must investigate a breach and, if misuse has occurred or is likely, notify affected individuals within 35 days of reporting the result to the state officers.',
          coverage: GOV_COVERAGE,
          encryptionSafeHarbor: KEY_61,
          riskOfHarmException: {
            exists: true,
            standard: 'Individuals are notified only if the investigation finds that misuse of the personal information has occurred or is likely (§ 61.933(1)(b)).',
            recordToKeep: 'A written notice to the State Police commissioner, the Auditor, the Attorney General and the sector office, within 48 hours of completing the investigation, that misuse has not occurred and is not likely.',
          },
          personalInformation: PI_61,
          substituteNotice: null,
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Individuals whose personal information was breached',
              citation: 'KRS 61.933(1)(b), (2)',
              deadline: calendarDays(35, 'determined'),
              lawEnforcement: LE_61,
              requiredContent: [
                'To the extent possible, the categories of information breached',
                "The agency's contact information, including address, telephone and toll-free number",
                'A description of what the agency is doing to protect the information from further breach',
                'Toll-free numbers, addresses and websites of the major consumer reporting agencies, with a statement that they can advise on avoiding identity theft',
              ],
              letterElements: ['information_involved', 'contact', 'what_we_are_doing', 'credit_bureaus'],
              notes:
                'Due within 35 days after the report to the state officers, which is itself due within 48 hours of completing the investigation; counted here from the completion of the investigation (the "determined" event), the earliest reading. Notice combines website posting, regional or local media and direct mail, e-mail or telephone.',
            }),
            obligation({
              id: 'consumer-reporting-agencies',
              recipient: 'consumer_reporting_agencies',
              recipientName: 'Nationwide consumer reporting agencies',
              citation: 'KRS 61.933(1)(b)',
              // "At least seven days prior to" the individual notice: a "before" deadline.
              deadline: beforeIndividuals,
              threshold: residents(1000, 'more_than'),
              requiredContent: ['Timing, distribution and content of the notice to individuals'],
              notes: 'At least 7 days before the notice to individuals; breachdesk marks it late only if given after the individual notice, so plan a week earlier.',
            }),
            obligation({
              id: 'commonwealth-office-of-technology',
              recipient: 'state_agency',
              recipientName: 'Commonwealth Office of Technology',
              citation: 'KRS 61.933(1)(b)',
              deadline: beforeIndividuals,
              threshold: residents(1000, 'more_than'),
              condition: 'Only organisational units of the executive branch of state government.',
              notes: 'At least 7 days before the notice to individuals.',
            }),
            obligation({
              id: 'vendor-notice',
              recipient: 'data_owner',
              recipientName: 'The data owner (notice from the vendor that maintains the data)',
              citation: 'KRS 61.932(2)(a)',
              deadline: hours(72, 'discovered'),
              condition: "Binds the agency's nonaffiliated third party (contractor) that holds the data, not the agency; counted here from discovery.",
            }),
          ],
          confidence: 'low',
          unverified: [
            ...AGENCY_UNVERIFIED,
            'Whether the law-enforcement delay in § 61.933(3) pauses the 35-day clock or restarts it on clearance.',
            'Whether the statute allows any substitute notice for agencies.',
          ],
          sources: AGENCY_SOURCES,
          verification: VERIFY_61,
        },
      ],
    },
    {
      id: 'KY-KRS-61-933-OFFICERS',
      title: 'KRS 61.933(1): agency reports of a breach to the State Police, Auditor, Attorney General and sector office',
      scope: 'home',
      versions: [
        {
          id: 'KY-OFFICERS-2015',
          effectiveFrom: '2015-01-01',
          effectiveTo: null,
          citations: ['KRS 61.933(1) (H.B. 5, 2014, eff. 2015-01-01)'],
          summary: 'A Kentucky public agency must report a breach to the State Police, the Auditor, the Attorney General and its sector office within 72 hours, and report the investigation result within 48 hours of completing it.',
          coverage: GOV_COVERAGE,
          encryptionSafeHarbor: KEY_61,
          riskOfHarmException: null,
          personalInformation: PI_61,
          obligations: [
            obligation({
              id: 'officers-72h',
              recipient: 'state_agency',
              recipientName: OFFICERS,
              citation: 'KRS 61.933(1)(a)',
              deadline: hours(72, 'discovered'),
              requiredContent: ['Written notice on the form developed by the Commonwealth Office of Technology'],
              notes: 'As soon as possible and within 72 hours of determining or being notified of the breach; the agency then begins a prompt investigation.',
            }),
            obligation({
              id: 'officers-48h-result',
              recipient: 'state_agency',
              recipientName: `${OFFICERS}; and the Department for Libraries and Archives when misuse is found`,
              citation: 'KRS 61.933(1)(b)',
              deadline: hours(48, 'determined'),
              requiredContent: ['The result of the investigation: whether misuse has occurred or is likely'],
              notes: 'Within 48 hours of completing the investigation (record it as the "determined" event), whatever the result.',
            }),
          ],
          confidence: 'low',
          unverified: AGENCY_UNVERIFIED,
          sources: AGENCY_SOURCES,
          verification: VERIFY_OFFICERS,
        },
      ],
    },
  ],
};
