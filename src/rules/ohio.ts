// Ohio: H.B. 104 (eff. 2006-02-17) enacted twin duties, R.C. 1349.19 for persons and businesses and
// R.C. 1347.12 for state agencies and agencies of political subdivisions; S.B. 126 (eff. 2007-03-30)
// took HIPAA covered entities out of both. R.C. 9.64 (H.B. 96, eff. 2025-09-30) adds incident reports
// by political subdivisions to state offices.
import type { Coverage, Jurisdiction, ObligationRule, OrgCategory, PersonalInformationDefinition, RuleVersion, Source } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, obligation, residents, toll, withoutDelay } from './shared.js';

const FINANCIAL_CODES = ['card_security_code', 'access_code', 'password'] as const;

const personalInformation = (section: string): PersonalInformationDefinition => ({
  citation: `Ohio Rev. Code § ${section}(A)`,
  summary:
    "an Ohio resident's name (first name or initial and last name) linked to an SSN, a driver's licence or state ID card number, or a financial account or credit/debit card number with any code or password needed to reach the account, where those elements are not encrypted, redacted or otherwise made unreadable",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: [...FINANCIAL_CODES] },
    { all: ['name', 'card_number'], anyOf: [...FINANCIAL_CODES] },
  ],
});

const HARM_TEST = {
  exists: true,
  standard:
    'A breach is notifiable only if the unauthorized access and acquisition causes, or is reasonably believed to have caused or to be going to cause, a material risk of identity theft or other fraud to an Ohio resident.',
  recordToKeep: null,
};

interface Statute {
  section: string;
  who: string;
  coverage: Record<OrgCategory, Coverage>;
}

const PRIVATE: Statute = {
  section: '1349.19',
  who: 'persons and businesses',
  coverage: coverage({
    business: ['yes', 'Ohio Rev. Code § 1349.19(B) binds any person that owns or licenses computerized personal information of Ohio residents and conducts business in Ohio; "business entity" includes for-profit and nonprofit groups (§ 1349.19(A)).'],
    nonprofit: ['yes', '§ 1349.19(A) defines "business entity" as any group, however organized and whether operating for profit or not; associations are "persons" (R.C. 1.59).'],
    local_government: ['no', 'Agencies of political subdivisions follow the parallel R.C. 1347.12, not § 1349.19.'],
    state_agency: ['no', 'State agencies follow the parallel R.C. 1347.12, not § 1349.19.'],
  }),
};
const AGENCIES: Statute = {
  section: '1347.12',
  who: 'state agencies and agencies of political subdivisions',
  coverage: governmentOnlyCoverage('Ohio Rev. Code § 1349.19', {
    local_government: ['yes', 'Ohio Rev. Code § 1347.12 binds every "agency of a political subdivision": each body or office a county, township, city, school district or other political subdivision establishes.'],
    state_agency: ['yes', 'Ohio Rev. Code § 1347.12 binds every state agency (R.C. 1.60: offices of elected state officers and state agencies, boards, commissions, departments and institutions).'],
  }),
};

function obligationsFor(s: Statute, hipaaExempt: boolean): ObligationRule[] {
  const le = toll(`Ohio Rev. Code § ${s.section}(D)`);
  return [
    obligation({
      id: 'individuals',
      recipient: 'individuals',
      recipientName: 'Affected Ohio residents',
      citation: `Ohio Rev. Code § ${s.section}(B)`,
      deadline: calendarDays(45, 'discovered'),
      lawEnforcement: le,
      condition: hipaaExempt ? 'A HIPAA covered entity (45 C.F.R. 160.103) is outside the section since S.B. 126 (eff. 2007-03-30).' : null,
      notes:
        'In the most expedient time possible and no later than 45 days after discovering or being told of the breach, allowing for law enforcement and for measures to determine which residents were affected and restore the system. The statute prescribes no letter content. The clock pauses while law enforcement says notice would impede a criminal investigation or national security.',
    }),
    obligation({
      id: 'consumer-reporting-agencies',
      recipient: 'consumer_reporting_agencies',
      recipientName: 'Nationwide consumer reporting agencies',
      citation: `Ohio Rev. Code § ${s.section}(G)`,
      deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 Ohio residents are to be notified for a single occurrence.'),
      threshold: residents(1000, 'more_than'),
      lawEnforcement: le,
      requiredContent: ['Timing, distribution and content of the notice to residents'],
    }),
    obligation({
      id: 'vendor-notice',
      recipient: 'data_owner',
      recipientName: 'The data owner (notice from the vendor that maintains the data)',
      citation: `Ohio Rev. Code § ${s.section}(C)`,
      deadline: withoutDelay('discovered', 'In an expeditious manner after discovering or being told of the breach.'),
      lawEnforcement: le,
      condition: `This duty binds whoever maintains the data for its owner or licensee (among ${s.who}), not the owner itself, and only where the breach is reasonably believed to cause a material risk of identity theft or fraud.`,
    }),
  ];
}

const sources = (extra: Source[]): Source[] => [
  { where: 'https://www.frostbrowntodd.com/resources-851.html', facts: 'H.B. 104 approved 2005-11-17, effective 2006-02-17; persons, businesses, state agencies and agencies of political subdivisions' },
  { where: PERKINS_CHART_2021, facts: '45 days from discovery or notification, CRA over 1,000, vendor, substitute notice' },
  { where: 'https://www.swlaw.com/data-breach-map/view/state/oh', facts: 'no content requirement; substitute notice $250,000 / 500,000 and the small-business newspaper option' },
  ...extra,
];

function version(s: Statute, era: '2006' | '2007'): RuleVersion {
  const agency = s === AGENCIES;
  return {
    id: `${agency ? 'OH-AGENCY' : 'OH'}-${era}`,
    effectiveFrom: era === '2006' ? '2006-02-17' : '2007-03-30',
    effectiveTo: era === '2006' ? '2007-03-29' : null,
    citations: [
      era === '2006'
        ? `Ohio Rev. Code § ${s.section} (Sub. H.B. 104, 126th G.A., eff. 2006-02-17)`
        : `Ohio Rev. Code § ${s.section} as amended by S.B. 126 (126th G.A., eff. 2007-03-30)`,
    ],
    summary: `Ohio ${s.who} must notify affected residents within 45 days of discovering a breach that risks identity theft or fraud, and the credit bureaus when more than 1,000 residents are notified; there is no Attorney General notice.`,
    coverage: s.coverage,
    encryptionSafeHarbor: { exists: true, keyException: false, citation: `Ohio Rev. Code § ${s.section}(A)` },
    riskOfHarmException: HARM_TEST,
    personalInformation: personalInformation(s.section),
    substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: `Ohio Rev. Code § ${s.section}(E)` },
    obligations: obligationsFor(s, era === '2007'),
    confidence: agency || era === '2006' ? 'medium' : 'high',
    unverified: [
      ...(agency ? ['The 45-day limit, credit-bureau duty and substitute-notice thresholds of § 1347.12 are taken to mirror § 1349.19 (enacted by the same bill); the text of § 1347.12 was not read.'] : []),
      ...(era === '2006' ? ['That the enacted 2006 text already had the 45-day limit rests on the Perkins Coie chart; the as-introduced bill said only "without unreasonable delay". S.B. 126 is known only from summaries (HIPAA exemption).'] : []),
      'Subsection letters are cited from the current section layout and were not checked against each version.',
      'Whether encrypted data taken with its key is notifiable: the statute makes no express exception, so none is encoded.',
    ],
    sources: sources(
      era === '2007'
        ? [
            { where: 'https://instalawyer.io/laws/ohio-revised-code/section-134919-private-disclosure', facts: '§ 1349.19 text: effective 2007-03-30, latest legislation S.B. 126; material-risk breach definition' },
            { where: 'https://cybersecurity.osu.edu/cybersecurity-osu/internal-policies-compliance/Ohio_Policies', facts: 'S.B. 126 effective 2007-03-30 exempts HIPAA covered entities, including agencies' },
            { where: BLOOMBERG_TABLE, facts: 'cross-check' },
          ]
        : [{ where: 'http://archives.legislature.state.oh.us/BillText126/126_HB_104_RH_Y.html', facts: 'Sub. H.B. 104 enacts §§ 1347.12 and 1349.19' }],
    ),
  };
}

const DISCOVERY_OF_INCIDENT = 'Any cybersecurity or ransomware incident the political subdivision discovers (R.C. 9.64(A): substantial loss of confidentiality, integrity or availability, serious operational impact, disruption of services, or access through a cloud, managed-service or supply-chain compromise).';

const cyber: RuleVersion = {
  id: 'OH-POLSUB-2025',
  effectiveFrom: '2025-09-30',
  effectiveTo: null,
  citations: ['Ohio Rev. Code § 9.64 (Am. Sub. H.B. 96, 136th G.A., signed 2025-06-30, incident reporting eff. 2025-09-30)'],
  summary: 'Ohio political subdivisions must report a cybersecurity or ransomware incident to the Ohio Cyber Integration Center within 7 days of discovery and to the Auditor of State within 30 days.',
  coverage: governmentOnlyCoverage('Ohio Rev. Code §§ 1347.12 and 1349.19', {
    local_government: ['yes', 'R.C. 9.64(A)(2): a county, township, municipal corporation or other body corporate and politic responsible for governmental activities in an area smaller than the state.'],
    state_agency: ['no', 'R.C. 9.64 reaches political subdivisions only; state agencies are not political subdivisions.'],
  }),
  encryptionSafeHarbor: null,
  riskOfHarmException: null,
  obligations: [
    obligation({
      id: 'ocic-7-days',
      recipient: 'state_agency',
      recipientName: 'Executive Director of the Ohio Division of Homeland Security, through the Ohio Cyber Integration Center (OCIC)',
      citation: 'Ohio Rev. Code § 9.64',
      deadline: calendarDays(7, 'discovered'),
      condition: DISCOVERY_OF_INCIDENT,
      notes: 'As soon as possible and no later than 7 days after discovery. The report is not a public record.',
    }),
    obligation({
      id: 'auditor-30-days',
      recipient: 'state_agency',
      recipientName: 'Ohio Auditor of State',
      citation: 'Ohio Rev. Code § 9.64',
      deadline: calendarDays(30, 'discovered'),
      condition: DISCOVERY_OF_INCIDENT,
      notes: 'As soon as possible and no later than 30 days after discovery. A ransom may be paid only if the legislative authority approves it by resolution or ordinance stating why.',
    }),
  ],
  confidence: 'medium',
  unverified: [
    'The division of § 9.64 that sets the two reporting periods was not read; the 7 and 30 days come from the Auditor of State\'s page and law-firm summaries.',
    'Whether school districts count as political subdivisions under § 9.64(A)(2) (commentators say yes).',
  ],
  sources: [
    { where: 'https://codes.ohio.gov/ohio-revised-code/section-9.64', facts: 'definitions of cybersecurity incident, political subdivision, ransomware incident; ransom approval' },
    { where: 'https://ohioauditor.gov/fraud/cybersecurity-policy.html', facts: 'OCIC within seven days; Auditor of State notice' },
    { where: 'https://employmentlawquarterly.blogspot.com/2025/09/patch-now-new-cybersecurity-compliance.html', facts: 'H.B. 96 signed 2025-06-30; reporting effective 2025-09-30; OCIC no later than 7 days' },
    { where: 'https://www.1024k.com/are-you-underestimating-ohios-new-cyber-law-without-realizing-it', facts: 'Auditor of State within 30 days' },
  ],
};

export const ohio: Jurisdiction = {
  code: 'OH',
  name: 'Ohio',
  kind: 'state',
  holidays: { country: 'US', state: 'OH' },
  laws: [
    { id: 'OH-1349-19', title: 'Ohio Rev. Code § 1349.19: private disclosure of a security breach of computerized personal information', scope: 'residents', versions: [version(PRIVATE, '2006'), version(PRIVATE, '2007')] },
    { id: 'OH-1347-12', title: 'Ohio Rev. Code § 1347.12: disclosure of a security breach by state agencies and agencies of political subdivisions', scope: 'residents', versions: [version(AGENCIES, '2006'), version(AGENCIES, '2007')] },
    { id: 'OH-9-64', title: 'Ohio Rev. Code § 9.64: cybersecurity incident reports by political subdivisions', scope: 'home', versions: [cyber] },
  ],
};
