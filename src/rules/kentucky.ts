// Kentucky: the private-sector breach law (KRS 365.732, H.B. 232, 2014) and, for public agencies
// and their contractors, KRS 61.931-61.934 (H.B. 5, 2014, in force 2015-01-01). § 365.732(8) keeps
// agencies out of the general law, so each statute's coverage is the mirror of the other's.
import type { Jurisdiction, PersonalInformationDefinition } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withIndividuals, withoutDelay,
} from './shared.js';

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
];

export const kentucky: Jurisdiction = {
  code: 'KY',
  name: 'Kentucky',
  kind: 'state',
  holidays: { country: 'US', state: 'KY' },
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
          encryptionSafeHarbor: { exists: true, keyException: false, citation: 'KRS 365.732(1)(a), (2)' },
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
          confidence: 'high',
          unverified: ['The § 365.732(8) exclusion of agencies and local governments was read in the Bloomberg summary, not in the statute text.'],
          sources: [
            { where: 'https://proteuscyber.com/privacy-database/news/4565-kentucky-notification-to-affected-persons-of-computer-security-breach-ky-rev-stat-365732', facts: '§ 365.732(1)-(2) text: breach definition, information holder, PI definition, expedient-time standard' },
            { where: 'https://www.wordsbywit.com/kentucky', facts: 'law-enforcement delay text; enacted 2014-07-15' },
            { where: BLOOMBERG_TABLE, facts: 'substitute notice $250,000/500,000; CRA >1,000; § 365.732(8) exclusions' },
            { where: PERKINS_CHART_2021, facts: 'H.B. 232 signed 2014-04-10, effective 2014-07-15; vendor notice' },
          ],
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
          encryptionSafeHarbor: { exists: true, keyException: true, citation: 'KRS 61.931 ("security breach" includes encrypted records when the key is also disclosed)' },
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
              deadline: withIndividuals,
              threshold: residents(1000, 'more_than'),
              requiredContent: ['Timing, distribution and content of the notice to individuals'],
              notes: 'At least 7 days before the notice to individuals; breachdesk shows the individual notice date, so plan a week earlier.',
            }),
            obligation({
              id: 'commonwealth-office-of-technology',
              recipient: 'state_agency',
              recipientName: 'Commonwealth Office of Technology',
              citation: 'KRS 61.933(1)(b)',
              deadline: withIndividuals,
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
          encryptionSafeHarbor: { exists: true, keyException: true, citation: 'KRS 61.931 (definition of "security breach")' },
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
          confidence: 'medium',
          unverified: AGENCY_UNVERIFIED,
          sources: AGENCY_SOURCES,
        },
      ],
    },
  ],
};
