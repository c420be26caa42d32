// Utah: the Protection of Personal Information Act (Utah Code ch. 13-44), in force since 2007-01-01,
// which added Attorney General, Cyber Center and credit-bureau notices in 2023 (S.B. 127) and their
// content in 2024 (S.B. 98). Governmental entities have their own rules: reports to the Utah Cyber
// Center (S.B. 127, then § 63A-19-405) and resident notice under the Government Data Privacy Act.
import { DATA_ELEMENTS } from './types.js';
import type { Coverage, DataElement, Jurisdiction, ObligationRule, OrgCategory, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, obligation, residents, toll, withIndividuals, withoutDelay } from './shared.js';

type Era = '2007' | '2023' | '2024';

const LE = toll('Utah Code § 13-44-202(4)');
const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];

const GOVERNMENT_UNSETTLED =
  'Ch. 13-44 binds a "person" and does not define it; the general definition (Utah Code § 68-3-12.5) includes political subdivisions and government bodies, but governmental entities also have their own rules (ch. 63A-19 from 2024-05-01). Whether ch. 13-44 binds them is not settled; treat it as applying, as a precaution.';
const COVERAGE: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', 'Utah Code § 13-44-202(1) binds a person who owns or licenses computerized data that includes personal information concerning a Utah resident.'],
  nonprofit: ['yes', 'Associations and other organizations are "persons" (Utah Code § 68-3-12.5); ch. 13-44 makes no exception for nonprofits.'],
  local_government: ['uncertain', GOVERNMENT_UNSETTLED],
  state_agency: ['uncertain', GOVERNMENT_UNSETTLED],
});

const AG_CONTENT_2024 = [
  'Date the breach occurred',
  'Date the breach was discovered',
  'Total number of people affected, including the number of Utah residents',
  'Type of personal information involved',
  'Short description of the breach',
];

function obligationsFor(era: Era): ObligationRule[] {
  const out: ObligationRule[] = [
    obligation({
      id: 'individuals',
      recipient: 'individuals',
      recipientName: 'Affected Utah residents',
      citation: 'Utah Code § 13-44-202(1)-(2)',
      deadline: withoutDelay(
        'determined',
        'In the most expedient time possible without unreasonable delay once a prompt, good-faith investigation shows misuse for identity theft or fraud has occurred or is reasonably likely, after determining the scope and restoring the system.',
      ),
      lawEnforcement: LE,
      condition: 'Financial institutions and their affiliates (15 U.S.C. 6809) are outside ch. 13-44.',
      notes: 'The statute prescribes no letter content. Notice may be by mail, e-mail, telephone or, if those are not feasible, a newspaper notice.',
    }),
  ];
  if (era !== '2007') {
    const regulator = (id: string, recipient: 'attorney_general' | 'state_agency', recipientName: string): ObligationRule =>
      obligation({
        id,
        recipient,
        recipientName,
        citation: 'Utah Code § 13-44-202(1)(b)',
        deadline: withIndividuals,
        threshold: residents(500, 'at_least'),
        lawEnforcement: LE,
        requiredContent: era === '2024' ? AG_CONTENT_2024 : [],
        notes: 'Required when the investigation shows misuse is occurring or reasonably likely for 500 or more Utah residents, in addition to the resident notice. The statute names no separate time; this catalogue expects it no later than the resident notice.',
      });
    out.push(
      regulator('attorney-general', 'attorney_general', 'Utah Office of the Attorney General'),
      regulator('cyber-center', 'state_agency', 'Utah Cyber Center'),
      obligation({
        id: 'consumer-reporting-agencies',
        recipient: 'consumer_reporting_agencies',
        recipientName: 'Each nationwide consumer reporting agency',
        citation: 'Utah Code § 13-44-202(1)(c)',
        deadline: withIndividuals,
        threshold: residents(1000, 'at_least'),
        lawEnforcement: LE,
        notes: 'When misuse concerns 1,000 or more Utah residents. No separate time is named; expected no later than the resident notice.',
      }),
    );
  }
  out.push(
    obligation({
      id: 'vendor-notice',
      recipient: 'data_owner',
      recipientName: 'The data owner (notice from the vendor that maintains the data)',
      citation: 'Utah Code § 13-44-202(3)',
      deadline: withoutDelay('discovered', 'Immediately following discovery, if misuse occurs or is reasonably likely; the vendor must also cooperate with the owner.'),
      lawEnforcement: LE,
      condition: 'This duty binds whoever maintains the data without owning or licensing it, not the owner itself.',
    }),
  );
  return out;
}

const RANGES: Record<Era, [string, string | null]> = { '2007': ['2007-01-01', '2023-05-02'], '2023': ['2023-05-03', '2024-04-30'], '2024': ['2024-05-01', null] };

function version(era: Era): RuleVersion {
  const [from, to] = RANGES[era];
  return {
    id: `UT-${era}`,
    effectiveFrom: from,
    effectiveTo: to,
    citations: [
      {
        '2007': 'Utah Code §§ 13-44-101 to 13-44-301 (S.B. 69, 2006; amended 2008, S.B. 208 of 2009, 2013 ch. 187, S.B. 193 of 2019)',
        '2023': 'Utah Code § 13-44-202 as amended by S.B. 127 (2023, eff. 2023-05-03)',
        '2024': 'Utah Code § 13-44-202 as amended by S.B. 98 (2024, eff. 2024-05-01)',
      }[era],
    ],
    summary: {
      '2007': 'Utah required notice to affected residents without unreasonable delay once misuse was found likely, with no notice to any state office or credit bureau.',
      '2023': 'Utah added notice to the Attorney General and the Utah Cyber Center for 500 or more residents, and to the credit bureaus for 1,000 or more, still with no fixed number of days.',
      '2024': 'Utah requires resident notice without unreasonable delay, and notice to the Attorney General and Cyber Center (500 or more residents, with prescribed content) and the credit bureaus (1,000 or more).',
    }[era],
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Utah Code § 13-44-102(4)' },
    riskOfHarmException: {
      exists: true,
      standard: 'Notice is owed only if a reasonable and prompt investigation shows misuse of the information for identity theft or fraud has occurred or is reasonably likely.',
      recordToKeep: null,
    },
    personalInformation: {
      citation: 'Utah Code § 13-44-102(4)',
      summary: "a person's name (first name or initial and last name) with an SSN, a financial account or card number with any code or password that reaches the account, or a driver licence or state ID card number, where the name or element is unencrypted or otherwise unprotected",
      combinations: [
        { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
        { all: ['name', 'account_number'], anyOf: CODES },
        { all: ['name', 'card_number'], anyOf: CODES },
      ],
    },
    // Newspaper notice is allowed only when the usual methods are not feasible; no cost or count triggers.
    substituteNotice: null,
    obligations: obligationsFor(era),
    confidence: era === '2007' ? 'medium' : 'high',
    unverified: {
      '2007': ['The amendments of 2008, 2009, 2013 and 2019 were not read one by one; sources show none changed the timing or added a regulator notice, so one version covers 2007-2023.'],
      '2023': ['Subsection letters of § 13-44-202 for the new notices are cited as summarised, not read.'],
      '2024': ['Subsection letters of § 13-44-202 for the new notices are cited as summarised, not read.'],
    }[era],
    sources: [
      { where: 'https://lexace.ai/us/statute/utah/13-44-102', facts: '§ 13-44-102 definitions (as amended 2019): personal information, encryption' },
      ...(era === '2007'
        ? [
            { where: PERKINS_CHART_2021, facts: 'timing, vendor, newspaper substitute notice, amendments through 2019-05-14' },
            { where: BLOOMBERG_TABLE, facts: 'no CRA or regulator notice before 2023' },
          ]
        : []),
      ...(era !== '2007'
        ? [
            { where: 'https://www.eyeonprivacy.com/2023/04/utah-amends-data-breach-law-creates-cyber-center/', facts: 'effective 2023-05-03: AG and Cyber Center for 500 or more residents; CRAs for 1,000 or more' },
            { where: 'https://www.dwt.com/blogs/privacy--security-law-blog/2023/03/data-breach-laws-utah-pennsylvania', facts: 'S.B. 127 notices; before 2023 no government or CRA notice' },
          ]
        : []),
      ...(era === '2024' ? [{ where: 'https://www.huntonprivacyblog.com/2024/03/26/utah-enacts-amendments-to-state-breach-notification-law/', facts: 'S.B. 98: AG/Cyber Center content; effective 2024-05-01' }] : []),
    ],
  };
}

const GOVERNMENTAL_ENTITIES = governmentOnlyCoverage('Utah Code ch. 13-44', {
  local_government: ['yes', 'A "governmental entity" (Utah Code § 63G-2-103) includes political subdivisions: counties, cities, towns, school districts and special districts.'],
  state_agency: ['yes', 'A "governmental entity" (Utah Code § 63G-2-103) includes executive branch agencies and other state bodies.'],
});
const LOW_PROBABILITY = {
  exists: true,
  standard: 'No "data breach" if the entity concludes, under standards set by the Cyber Center, that there is a low probability personal data was compromised.',
  recordToKeep: 'The conclusion, reached under the Cyber Center\'s standards, that personal data was unlikely to have been compromised.',
};
const PERSONAL_DATA = {
  citation: 'Utah Code § 63A-19-101',
  summary: 'any information linked or reasonably linkable to an identified or identifiable individual',
  combinations: [{ all: [], anyOf: [...DATA_ELEMENTS] }],
};
const GDPA_SOURCES = [
  { where: 'https://codes.findlaw.com/ut/title-63a-utah-government-operations-code/ut-code-sect-63a-19-405/', facts: '§ 63A-19-405 text current 2025-01-01: 500 or more individuals to Cyber Center and AG; any compromise to Cyber Center; 5 days from discovery; content' },
  { where: 'https://lexace.ai/us/statute/utah/63A-19-406', facts: '§ 63A-19-406: resident notice after scope and restoration, without unreasonable delay; law-enforcement delay; content; public-record exception' },
  { where: 'https://lexace.ai/us/statute/utah/63A-19-405', facts: 'later § 63A-19-405 adds (1)(c): individuals and AG for data used or likely used for theft or fraud' },
  { where: 'https://le.utah.gov/~2024/bills/xmlEnrolled/HB0491.xml', facts: 'H.B. 491 (Government Data Privacy Act) effective 2024-05-01' },
];

function govResidents(era: '2024' | '2026'): RuleVersion {
  const individuals = obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected individuals (or their legal guardians)',
    citation: 'Utah Code § 63A-19-406',
    deadline: withoutDelay('scope_identified', 'Without unreasonable delay after determining the scope of the data breach and, if necessary, restoring the affected system.'),
    lawEnforcement: toll('Utah Code § 63A-19-406(2)'),
    requiredContent: ['A description of the data breach', "The individual's personal data that was or may have been accessed", 'Steps the entity is taking or has taken to mitigate the impact', 'Recommendations on protecting against identity theft and other financial loss'],
    letterElements: ['what_happened', 'information_involved', 'what_we_are_doing', 'what_you_can_do'],
    condition: 'No individual notice is needed if the data would be a public record (§ 63G-2-301) and the entity posts the notice prominently on its website homepage.',
  });
  const theft = 'Only where the personal data is used, or reasonably likely to be used, to commit theft, fraud or another crime (§ 63A-19-405(1)(c)).';
  return {
    id: `UT-GOV-${era}`,
    effectiveFrom: era === '2024' ? '2024-05-01' : '2026-05-06',
    effectiveTo: era === '2024' ? '2026-05-05' : null,
    citations: [era === '2024' ? 'Utah Code §§ 63A-19-101, 63A-19-406 (Government Data Privacy Act, H.B. 491, 2024, eff. 2024-05-01)' : 'Utah Code §§ 63A-19-405(1)(c), 63A-19-406 as amended (eff. 2026-05-06)'],
    summary:
      era === '2024'
        ? 'Utah governmental entities must notify individuals affected by a data breach without unreasonable delay after determining its scope.'
        : 'Utah governmental entities must notify affected individuals without unreasonable delay, and within 5 days (with the Attorney General) where the data is likely to be used for theft or fraud.',
    coverage: GOVERNMENTAL_ENTITIES,
    encryptionSafeHarbor: null,
    riskOfHarmException: LOW_PROBABILITY,
    personalInformation: PERSONAL_DATA,
    substituteNotice: null,
    obligations:
      era === '2024'
        ? [individuals]
        : [
            individuals,
            obligation({ id: 'individuals-theft-5-days', recipient: 'individuals', recipientName: 'Affected individuals (data likely used for theft or fraud)', citation: 'Utah Code § 63A-19-405(1)(c), (2)', deadline: calendarDays(5, 'discovered'), condition: theft }),
            obligation({ id: 'attorney-general-theft', recipient: 'attorney_general', recipientName: 'Utah Office of the Attorney General', citation: 'Utah Code § 63A-19-405(1)(c), (2)', deadline: calendarDays(5, 'discovered'), condition: theft }),
          ],
    confidence: era === '2024' ? 'medium' : 'low',
    unverified:
      era === '2024'
        ? ['§ 63A-19-406 was read in a later code-site copy; its 2024 wording is assumed to be the same.', 'Encryption is not addressed by the Government Data Privacy Act as read.']
        : ['The 2026 amendment (subsection (1)(c) and its 2026-05-06 start) was read only on code-site copies; the bill was not identified.'],
    sources: GDPA_SOURCES,
  };
}

function cyberCenter(era: '2023' | '2024'): RuleVersion {
  const anyIncident = 'Unauthorized access, acquisition, disclosure, loss of access or destruction of data that compromises the security, confidentiality, availability or integrity of the entity\'s systems or information.';
  return {
    id: `UT-CYBER-${era}`,
    effectiveFrom: era === '2023' ? '2023-05-03' : '2024-05-01',
    effectiveTo: era === '2023' ? '2024-04-30' : null,
    citations: [era === '2023' ? 'Utah Code §§ 63A-16-1101 to 63A-16-1103 (S.B. 127, 2023)' : 'Utah Code § 63A-19-405 (H.B. 491, 2024) and § 63A-16-1103'],
    summary:
      era === '2023'
        ? 'Utah governmental entities had to report a system security breach to the Utah Cyber Center as soon as practicable.'
        : 'Utah governmental entities must report any compromise of their systems or data to the Utah Cyber Center within 5 days of discovery, and a data breach affecting 500 or more individuals to the Attorney General as well.',
    coverage: GOVERNMENTAL_ENTITIES,
    encryptionSafeHarbor: null,
    riskOfHarmException: era === '2023' ? null : LOW_PROBABILITY,
    obligations:
      era === '2023'
        ? [obligation({ id: 'cyber-center', recipient: 'state_agency', recipientName: 'Utah Cyber Center', citation: 'Utah Code § 63A-16-1103 (S.B. 127, 2023)', deadline: withoutDelay('discovered', 'As soon as practicable.'), condition: anyIncident })]
        : [
            obligation({
              id: 'cyber-center',
              recipient: 'state_agency',
              recipientName: 'Utah Cyber Center',
              citation: 'Utah Code § 63A-19-405(1)(b), (2)',
              deadline: calendarDays(5, 'discovered'),
              requiredContent: ['Date and time of the breach', 'Date it was discovered', 'Short description', 'How access was gained', 'Who perpetrated it', 'Mitigation steps taken', 'Other details the Cyber Center requests'],
              condition: anyIncident,
              notes: 'Without unreasonable delay and no later than 5 days after discovery; information not yet known is sent when available.',
            }),
            obligation({
              id: 'attorney-general-500',
              recipient: 'attorney_general',
              recipientName: 'Utah Office of the Attorney General (and the Cyber Center)',
              citation: 'Utah Code § 63A-19-405(1)(a), (2)-(3)',
              deadline: calendarDays(5, 'discovered'),
              threshold: { count: 500, comparison: 'at_least', of: 'total' },
              requiredContent: ['The items of the Cyber Center report', 'Total number of people affected, including Utah residents', 'Type of personal data involved'],
              notes: 'Counts every individual affected, not only Utah residents.',
            }),
          ],
    confidence: 'medium',
    unverified:
      era === '2023'
        ? ['The text of S.B. 127\'s governmental-entity reporting duty was not read; "as soon as practicable" comes from the research record.']
        : ['§ 63A-19-405 was read in a code-site copy current to 2025-01-01, not on le.utah.gov.'],
    sources: era === '2023' ? [{ where: 'https://www.dwt.com/blogs/privacy--security-law-blog/2023/03/data-breach-laws-utah-pennsylvania', facts: 'S.B. 127: governmental entities notify the Cyber Center as soon as practicable' }] : GDPA_SOURCES,
  };
}

export const utah: Jurisdiction = {
  code: 'UT',
  name: 'Utah',
  kind: 'state',
  holidays: { country: 'US', state: 'UT' },
  laws: [
    { id: 'UT-13-44', title: 'Protection of Personal Information Act, Utah Code ch. 13-44', scope: 'residents', versions: (['2007', '2023', '2024'] as const).map(version) },
    { id: 'UT-63A-19-406', title: 'Government Data Privacy Act, Utah Code § 63A-19-406: data breach notice by governmental entities to individuals', scope: 'residents', versions: [govResidents('2024'), govResidents('2026')] },
    { id: 'UT-63A-CYBER', title: 'Utah Code § 63A-16-1103 and § 63A-19-405: governmental entity reports to the Utah Cyber Center and Attorney General', scope: 'home', versions: [cyberCenter('2023'), cyberCenter('2024')] },
  ],
};
