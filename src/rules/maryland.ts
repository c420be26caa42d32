// Maryland: the Personal Information Protection Act for businesses (Com. Law §§ 14-3501 to
// 14-3508), the separate duty of State and local government units (State Gov't § 10-1305), and the
// cybersecurity-incident reports of government bodies to State offices (State Fin. & Proc. Title 3.5).
import type { DeadlineRule, Jurisdiction, LawEnforcementEffect, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { DATA_ELEMENTS } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, obligation, residents, restart, toll, withIndividuals, withoutDelay,
} from './shared.js';

const CODE = ['card_security_code', 'access_code', 'password'] as const;
const FINANCIAL = [
  { all: ['name', 'card_number'], anyOf: [...CODE] },
  { all: ['name', 'account_number'], anyOf: [...CODE] },
] satisfies PersonalInformationDefinition['combinations'];
const EMAIL_LOGIN = [
  { all: ['username'], anyOf: ['password', 'security_question'] },
  { all: ['email'], anyOf: ['password', 'security_question'] },
] satisfies PersonalInformationDefinition['combinations'];
const IDS_2018 = ['ssn', 'tax_id', 'passport', 'military_id', 'drivers_license', 'state_id', 'medical', 'health_insurance', 'biometric'] as const;

const PI_2008: PersonalInformationDefinition = {
  citation: 'Md. Code, Com. Law § 14-3501(d) (2007 text)',
  summary: "a first name or initial and last name with an SSN, a driver's licence number, an individual taxpayer ID number, or an account or card number with the code or password that opens the account",
  combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'tax_id'] }, ...FINANCIAL],
};
const PI_2018: PersonalInformationDefinition = {
  citation: 'Md. Code, Com. Law § 14-3501(e) as amended by H.B. 974 (2017)',
  summary:
    "a name with an SSN, ITIN, passport or other federal ID number, a driver's licence or state ID, an account or card number with its access code, health information, a health insurance policy or subscriber number with the insurer's identifier, or biometric data; or a username or e-mail address with the password or security question and answer of an e-mail account",
  combinations: [{ all: ['name'], anyOf: [...IDS_2018] }, ...FINANCIAL, ...EMAIL_LOGIN],
};
const PI_2022: PersonalInformationDefinition = {
  citation: 'Md. Code, Com. Law § 14-3501(e) as amended by H.B. 962 (2022)',
  summary: `${PI_2018.summary}; and, from 2022-10-01, a name with genetic information`,
  combinations: [{ all: ['name'], anyOf: [...IDS_2018, 'genetic'] }, ...FINANCIAL, ...EMAIL_LOGIN],
};

const BUSINESS = coverage({
  business: ['yes', 'Com. Law § 14-3504(b): a business that owns, licenses or maintains computerized personal information of a Maryland resident.'],
  nonprofit: ['yes', 'Com. Law § 14-3501(b): "business" includes any business entity whether or not organised to operate at a profit.'],
  local_government: ['no', 'Com. Law § 14-3504 binds businesses; counties, municipalities and other units follow State Gov\'t § 10-1305.'],
  state_agency: ['no', 'Com. Law § 14-3504 binds businesses; State units follow State Gov\'t § 10-1305.'],
});
const SAFE_HARBOR = { exists: true, keyException: true, citation: 'Md. Code, Com. Law § 14-3501 (data encrypted, redacted or otherwise made unreadable)' };
const CONTENT = [
  'To the extent possible, the categories of information acquired, including which personal-information elements',
  "The business's contact information: address, telephone number and toll-free number if it has one",
  'Toll-free numbers and addresses of the major consumer reporting agencies',
  'Toll-free numbers, addresses and websites of the FTC and the Maryland Attorney General, with a statement that they can advise on avoiding identity theft',
];
const LETTER: ObligationRule['letterElements'] = ['information_involved', 'contact', 'credit_bureaus', 'ftc', 'attorney_general'];
const EXEMPT = 'Businesses complying with their primary regulator\'s rules, GLBA/Interagency Guidance or HIPAA are deemed compliant (§ 14-3507).';

function businessObligations(individuals: DeadlineRule, vendor: DeadlineRule, le: LawEnforcementEffect, agContent: string[], notes: string): ObligationRule[] {
  return [
    obligation({ id: 'individuals', recipient: 'individuals', recipientName: 'Affected Maryland residents', citation: 'Md. Code, Com. Law § 14-3504(b), (g)', deadline: individuals, lawEnforcement: le, requiredContent: CONTENT, letterElements: LETTER, condition: EXEMPT, notes }),
    obligation({
      id: 'attorney-general',
      recipient: 'attorney_general',
      recipientName: 'Office of the Maryland Attorney General',
      citation: 'Md. Code, Com. Law § 14-3504(h)',
      deadline: withIndividuals,
      requiredContent: agContent,
      notes: 'Due BEFORE the notice to individuals is given: send it ahead of the letters.',
    }),
    obligation({
      id: 'consumer-reporting-agencies', recipient: 'consumer_reporting_agencies', recipientName: 'Nationwide consumer reporting agencies', citation: 'Md. Code, Com. Law § 14-3506',
      deadline: withoutDelay('discovered', 'without unreasonable delay'), threshold: residents(1000, 'at_least'), requiredContent: ['Timing, distribution and content of the notices to individuals'],
    }),
    obligation({
      id: 'vendor-notice',
      recipient: 'data_owner',
      recipientName: 'The data owner (notice from the vendor that maintains the data)',
      citation: 'Md. Code, Com. Law § 14-3504(c)',
      deadline: vendor,
      lawEnforcement: le,
      condition: 'Binds the business that maintains data it does not own or license (the vendor), not the owner.',
    }),
  ];
}

const MISUSE_RECORD = 'Records of the determination that notice is not required, kept for 3 years after it is made (§ 14-3504(b)(4)).';

const com: RuleVersion[] = [
  {
    id: 'MD-2008',
    effectiveFrom: '2008-01-01',
    effectiveTo: '2017-12-31',
    citations: ['Md. Code, Com. Law §§ 14-3501 to 14-3508 (H.B. 208 / S.B. 194, 2007, eff. 2008-01-01)'],
    summary: 'Maryland businesses had to notify the Attorney General and then affected residents as soon as reasonably practicable after investigating a breach likely to lead to misuse.',
    coverage: BUSINESS,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: { exists: true, standard: 'Notice only if the investigation finds misuse has occurred or is reasonably likely (§ 14-3504(b)(2)).', recordToKeep: MISUSE_RECORD },
    personalInformation: PI_2008,
    substituteNotice: { costOver: 100_000, recipientsOver: 175_000, citation: 'Md. Code, Com. Law § 14-3504(e)' },
    obligations: businessObligations(
      withoutDelay('determined', 'as soon as reasonably practicable after the investigation is concluded'),
      withoutDelay('discovered', 'as soon as practicable following discovery'),
      toll('Md. Code, Com. Law § 14-3504(d)'),
      [],
      'Record the end of the investigation as the "determined" event.',
    ),
    confidence: 'medium',
    unverified: ['The 2007 vendor-notice wording and the substitute-notice thresholds of this period were read in summaries, not the 2007 text.'],
    sources: [
      { where: 'http://statutes.laws-info.com/maryland/commercial-law/title-14/subtitle-35/14-3504', facts: 'pre-2018 § 14-3504(b): investigation, misuse reasonably likely, notice as soon as reasonably practicable after it, 3-year record' },
      { where: BLOOMBERG_TABLE, facts: '2007 PI definition (ITIN), AG before individuals, CRA 1,000 or more, substitute $100,000/175,000' },
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4) data/all_laws.txt', facts: 'AG notice since 2008-01-01' },
    ],
  },
  {
    id: 'MD-2018',
    effectiveFrom: '2018-01-01',
    effectiveTo: '2022-09-30',
    citations: ['Md. Code, Com. Law §§ 14-3501 to 14-3508 as amended by H.B. 974 (2017, ch. 518, eff. 2018-01-01)'],
    summary: 'Maryland businesses had to notify the Attorney General first and affected residents within 45 days after concluding the investigation.',
    coverage: BUSINESS,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: { exists: true, standard: 'Notice only if the investigation finds misuse has occurred or is reasonably likely (§ 14-3504(b)(2)).', recordToKeep: MISUSE_RECORD },
    personalInformation: PI_2018,
    substituteNotice: { costOver: 100_000, recipientsOver: 175_000, citation: 'Md. Code, Com. Law § 14-3504(e)' },
    obligations: businessObligations(
      calendarDays(45, 'determined'),
      calendarDays(45, 'discovered'),
      restart(30, 'calendar', 'Md. Code, Com. Law § 14-3504(d)(2)'),
      [],
      'As soon as reasonably practicable and within 45 days after the business concludes its investigation (record that as the "determined" event). After a law-enforcement delay: within 30 days of clearance. From 2019-10-01 (H.B. 1154) a vendor may not charge the owner for the information needed for notice.',
    ),
    confidence: 'high',
    unverified: ['Whether a 30-day clock after law-enforcement clearance can fall before the original 45 days (breachdesk keeps the later date).'],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'H.B. 974 signed 2017-05-04, effective 2018-01-01; 45 days after investigation; vendor 45 days; 30 days after LE clearance' },
      { where: BLOOMBERG_TABLE, facts: '2018 PI definition, email-account credentials, CRA 1,000 or more, content' },
    ],
  },
  {
    id: 'MD-2022',
    effectiveFrom: '2022-10-01',
    effectiveTo: null,
    citations: ['Md. Code, Com. Law §§ 14-3501 to 14-3508 as amended by H.B. 962 (2022, ch. 502, eff. 2022-10-01)'],
    summary: 'Maryland requires businesses to notify the Attorney General first and affected residents within 45 days of discovering the breach; vendors must tell the owner within 10 days.',
    coverage: BUSINESS,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: {
      exists: true,
      standard: 'Notice is required unless the business reasonably determines the breach does not create a likelihood that personal information has been or will be misused (§ 14-3504(b)(2)).',
      recordToKeep: MISUSE_RECORD,
    },
    personalInformation: PI_2022,
    // The current text allows substitute notice only for want of contact information.
    substituteNotice: { costOver: null, recipientsOver: null, citation: 'Md. Code, Com. Law § 14-3504(e)(4), (f)' },
    obligations: businessObligations(
      calendarDays(45, 'discovered'),
      calendarDays(10, 'discovered'),
      restart(7, 'calendar', 'Md. Code, Com. Law § 14-3504(d)(2)'),
      [
        'Number of affected Maryland residents',
        'Description of the breach, including when and how it occurred',
        'Steps taken or planned in response',
        'Form of the notice to individuals and a sample notice',
      ],
      'As soon as reasonably practicable and within 45 days after discovering or being told of the breach. After a law-enforcement delay: by the end of the 45 days, or within 7 days of clearance if the 45 days have passed. Substitute notice (e-mail, website, media where the affected live) only without sufficient contact information.',
    ),
    confidence: 'high',
    unverified: [
      'That H.B. 962 removed the $100,000 / 175,000 substitute-notice triggers: read in a copy of the current § 14-3504(e) text, not in the chaptered bill.',
    ],
    sources: [
      { where: 'github Ansvar-Systems/US-law-mcp data/seed/states/md.json (text of §§ 14-3501, 14-3504 from mgaleg.maryland.gov)', facts: 'current § 14-3504(b)-(i): 45 days after discovery, vendor 10 days, LE 7 days, substitute notice only for lack of contact information, AG content, genetic information' },
      { where: 'https://lexace.ai/us/statute/maryland/CL-14-3504', facts: '§ 14-3504(b)(1)-(4) current text' },
      { where: 'https://kennedyslaw.com/en/thought-leadership/article/maryland-amends-its-privacy-law-still-not-a-comprehensive-law-but-it-inches-closer-to-other-privacy-laws', facts: 'H.B. 962 enacted 2022-05-29 without signature, effective 2022-10-01' },
      { where: 'https://www.eyeonprivacy.com/2022/06/maryland-amends-data-security-and-breach-notice-obligations/', facts: 'vendor 10 days (was 45), LE 7 days (was 30)' },
    ],
  },
];

const PI_GOV: PersonalInformationDefinition = {
  citation: "Md. Code, State Gov't § 10-1301",
  summary: "a name, personal mark or biometric/genetic print with an SSN, ITIN, passport or other federal ID number, a driver's licence or state ID, an account or card number with its access code, health information or a health insurance number",
  combinations: [{ all: ['name'], anyOf: [...IDS_2018, 'genetic'] }, { all: ['biometric'], anyOf: ['ssn', 'tax_id', 'drivers_license', 'state_id'] }, ...FINANCIAL],
};
const GOV = "State Gov't § 10-1301 defines a \"unit\" to include";
const UNIT_COVERAGE = governmentOnlyCoverage('Md. Code, Com. Law § 14-3504', {
  local_government: ['yes', `${GOV} counties, municipalities, bicounty and multicounty agencies, county boards of education and other political subdivisions.`],
  state_agency: ['yes', `${GOV} executive agencies; public institutions of higher education also have § 10-13A-04.`],
});
const ANY_DATA: PersonalInformationDefinition = {
  citation: 'Md. Code, State Fin. & Proc. § 3.5-401 ("cybersecurity incident")',
  summary: 'any cybersecurity incident, whatever data it touches',
  combinations: [{ all: [], anyOf: [...DATA_ELEMENTS] }],
};
const SET_BY_CISO = { kind: 'no_deadline', standard: 'within the time the State Chief Information Security Officer sets' } as const;

export const maryland: Jurisdiction = {
  code: 'MD',
  name: 'Maryland',
  kind: 'state',
  holidays: { country: 'US', state: 'MD' },
  laws: [
    { id: 'MD-COM-14-3504', title: 'Maryland Personal Information Protection Act, Com. Law §§ 14-3501 to 14-3508', scope: 'residents', versions: com },
    {
      id: 'MD-SG-10-1305',
      title: "Md. Code, State Gov't § 10-1305: breach investigation and notice by State and local government units",
      scope: 'residents',
      versions: [
        {
          id: 'MD-GOV-2014',
          effectiveFrom: '2014-07-01',
          effectiveTo: null,
          citations: ["Md. Code, State Gov't §§ 10-1301 to 10-1308 (H.B. 959 / S.B. 676, 2013, eff. 2014-07-01)"],
          summary: 'Maryland government units must investigate a breach and, if misuse has occurred or is likely, notify the Attorney General and then affected individuals as soon as reasonably practicable.',
          coverage: UNIT_COVERAGE,
          encryptionSafeHarbor: { exists: true, keyException: true, citation: "Md. Code, State Gov't § 10-1305(b)(2)(ii)" },
          riskOfHarmException: { exists: true, standard: 'Notice only if the investigation finds misuse has occurred or is likely (§ 10-1305(b)(2)).', recordToKeep: 'Records of the determination that notice is not required, kept 3 years (believed to mirror § 14-3504(b)(4)).' },
          personalInformation: PI_GOV,
          substituteNotice: { costOver: 100_000, recipientsOver: 175_000, citation: "Md. Code, State Gov't § 10-1305(e)" },
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Affected individuals',
              citation: "Md. Code, State Gov't § 10-1305(b)-(c), (g)",
              deadline: withoutDelay('determined', 'as soon as reasonably practicable after the unit concludes its investigation'),
              lawEnforcement: toll("Md. Code, State Gov't § 10-1305(d)"),
              requiredContent: CONTENT.map((c) => c.replace("business's", "unit's")),
              letterElements: LETTER,
              notes: 'A nonaffiliated third party may give the notice if a written contract authorises it.',
            }),
            obligation({
              id: 'attorney-general',
              recipient: 'attorney_general',
              recipientName: 'Office of the Maryland Attorney General',
              citation: "Md. Code, State Gov't § 10-1305(h)",
              deadline: withIndividuals,
              notes: 'Due BEFORE the notice to individuals. The current text may also name the Department of Information Technology; check.',
            }),
            obligation({
              id: 'consumer-reporting-agencies', recipient: 'consumer_reporting_agencies', recipientName: 'Nationwide consumer reporting agencies',
              citation: "Md. Code, State Gov't § 10-1305(i)", deadline: withoutDelay('determined', 'without unreasonable delay'), threshold: residents(1000, 'at_least'),
            }),
          ],
          confidence: 'low',
          unverified: [
            'Only § 10-1305(a)-(b)(3) was read in statute text; the law-enforcement delay, methods, substitute-notice thresholds, content, AG and credit-bureau subsections are assumed to mirror Com. Law § 14-3504 as enacted in 2007.',
            'Whether § 10-1305(h) also names the Department of Information Technology or the State Chief Information Security Officer.',
            'The § 10-1301 definitions of "unit" and "personal information".',
          ],
          sources: [
            { where: 'https://lexace.ai/us/statute/maryland/SG-10-1305', facts: '§ 10-1305(a)-(b): investigation, misuse, encryption-key exception, notice as soon as reasonably practicable after the investigation' },
            { where: 'https://mgaleg.maryland.gov/mgawebsite/Legislation/Details/HB0959?ys=2013rs', facts: 'H.B. 959 (2013), cross-filed S.B. 676, §§ 10-1301 to 10-1308, effective 2014-07-01' },
            { where: 'https://lexace.ai/us/statute/maryland/SG-10-13A-04', facts: 'public institutions of higher education: notice to individuals and the CIO; web posting for 1,000 or more' },
          ],
        },
      ],
    },
    {
      id: 'MD-SFP-3-5-406',
      title: 'Md. Code, State Fin. & Proc. §§ 3.5-405(b), 3.5-406(d): cybersecurity incident reports by government bodies',
      scope: 'home',
      versions: [
        {
          id: 'MD-CYBER-2022',
          effectiveFrom: '2022-05-12',
          effectiveTo: null,
          citations: ['Md. Code, State Fin. & Proc. § 3.5-406(d) (S.B. 754, Local Cybersecurity Support Act of 2022, ch. 241, emergency bill approved 2022-05-12)', 'Md. Code, State Fin. & Proc. § 3.5-405(b) (S.B. 812, 2022)'],
          summary: 'Maryland counties, school systems and health departments must report cybersecurity incidents to the local emergency manager and the State Security Operations Center, and State units to the State Chief Information Security Officer, within times the State CISO sets.',
          coverage: governmentOnlyCoverage('Md. Code, Com. Law § 14-3504', {
            local_government: ['uncertain', '§ 3.5-406(d) binds local governments, but § 3.5-406(a) excludes municipal governments: counties, local school systems and local health departments report; a city does not.'],
            state_agency: ['yes', '§ 3.5-405(b) requires each unit of State government to report cybersecurity incidents to the State Chief Information Security Officer.'],
          }),
          encryptionSafeHarbor: null,
          riskOfHarmException: null,
          personalInformation: ANY_DATA,
          obligations: [
            obligation({
              id: 'ssoc-report',
              recipient: 'state_agency',
              recipientName: 'Local emergency manager and the State Security Operations Center (Department of Information Technology)',
              citation: 'Md. Code, State Fin. & Proc. § 3.5-406(d)',
              deadline: SET_BY_CISO,
              condition: 'Local governments only (not municipal governments), including attacks on a State system the local government uses.',
              notes: 'DoIT publishes the criteria, form and time limit ("Cybersecurity Incident Reporting Requirements for Local Governments").',
            }),
            obligation({
              id: 'ciso-report', recipient: 'state_agency', recipientName: 'State Chief Information Security Officer',
              citation: 'Md. Code, State Fin. & Proc. § 3.5-405(b)', deadline: SET_BY_CISO, condition: 'Units of State government only.',
            }),
          ],
          confidence: 'low',
          unverified: [
            'The effective date of S.B. 812 (State units, § 3.5-405(b)); the version starts with S.B. 754, an emergency bill.',
            'The time limits the State CISO has set.',
            'S.B. 239 (2025) would repeal § 3.5-405 and renumber § 3.5-406 as § 3.5-405; whether it passed was not checked.',
          ],
          sources: [
            { where: 'https://lexace.ai/us/statute/maryland/SF-3.5-406', facts: '§ 3.5-406(a), (d) text' },
            { where: 'https://lexace.ai/us/statute/maryland/SF-3.5-405', facts: '§ 3.5-405(b): State units report to the State CISO as the CISO directs' },
            { where: 'https://app.legiplex.com/md/legislature/2022/2022-r/bills/sb754/drafts-latest', facts: 'S.B. 754 chapter 241, emergency bill' },
            { where: 'https://doit.maryland.gov/cybersecurity/Pages/LGR-Legal-Requirements.aspx', facts: 'local governments report via the Incident Reporting Form' },
          ],
        },
      ],
    },
  ],
};
