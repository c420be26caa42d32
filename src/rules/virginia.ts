// Virginia: the general breach law (Va. Code § 18.2-186.6), its payroll-data notice to the Attorney
// General (subsection M, 2017), the medical-information law for publicly funded bodies
// (§ 32.1-127.1:05, 2011) and the 24-hour incident report by public bodies (§ 2.2-5514(C), 2022).
import type { Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withoutDelay } from './shared.js';

const LE = toll('Va. Code § 18.2-186.6(B)');
const WITHOUT_DELAY = 'Without unreasonable delay following discovery or notification of the breach; delay is allowed to determine its scope and restore the system.';

const ENTITY =
  'Va. Code § 18.2-186.6(A) defines "entity" to include corporations, associations, organizations and other legal entities whether for profit or not, and governments, governmental subdivisions, agencies and instrumentalities';
const GENERAL_COVERAGE = coverage({
  business: ['yes', `${ENTITY}.`],
  nonprofit: ['yes', `${ENTITY}.`],
  local_government: ['yes', `${ENTITY}; governmental subdivisions are named.`],
  state_agency: ['yes', `${ENTITY}; governments, agencies and instrumentalities are named.`],
});

const CARD_CODES = ['card_security_code', 'access_code', 'password'] as const;
const pi = (ids: PersonalInformationDefinition['combinations'][number]['anyOf'], summary: string, citation: string): PersonalInformationDefinition => ({
  citation,
  summary,
  combinations: [
    { all: ['name'], anyOf: ids },
    { all: ['name', 'account_number'], anyOf: [...CARD_CODES] },
    { all: ['name', 'card_number'], anyOf: [...CARD_CODES] },
  ],
});
const PI_2008 = pi(
  ['ssn', 'drivers_license', 'state_id'],
  "a resident's name (first name or initial and last name) linked to an SSN, a driver's licence or state ID number, or a financial account or card number with the code or password needed to reach the account",
  'Va. Code § 18.2-186.6(A) (as enacted 2008)',
);
const PI_2019 = pi(
  ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id'],
  "a resident's name linked to an SSN, a driver's licence or state ID number, a passport or military ID number, or a financial account or card number with the code or password needed to reach the account",
  'Va. Code § 18.2-186.6(A) as amended by H.B. 2396 (2019)',
);

const FRAUD_TEST = {
  exists: true,
  standard: 'Notice is owed only for a breach that causes, or that the entity reasonably believes has caused or will cause, identity theft or other fraud to a Virginia resident.',
  recordToKeep: null,
};
const SAFE_HARBOR = { exists: true, keyException: true, citation: 'Va. Code § 18.2-186.6(A), (C)' };

const CONTENT = [
  'The incident in general terms',
  'The type of personal information subject to the unauthorized access and acquisition',
  'The general acts of the entity to protect the information from further unauthorized access',
  'A telephone number the person may call for information and assistance, if one exists',
  'Advice to remain vigilant by reviewing account statements and monitoring free credit reports',
];

const general: ObligationRule[] = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Virginia residents',
    citation: 'Va. Code § 18.2-186.6(A) ("notice"), (B)',
    deadline: withoutDelay('discovered', WITHOUT_DELAY),
    lawEnforcement: LE,
    requiredContent: CONTENT,
    letterElements: ['what_happened', 'information_involved', 'what_we_are_doing', 'contact', 'review_statements'],
    condition: 'Entities following their federal regulator\'s breach procedures, or GLBA / HIPAA-compliant entities, are deemed compliant (§ 18.2-186.6(G)-(H)); medical information held by publicly funded bodies falls under § 32.1-127.1:05.',
  }),
  obligation({
    id: 'attorney-general',
    recipient: 'attorney_general',
    recipientName: 'Office of the Attorney General of Virginia (Computer Crime Section)',
    citation: 'Va. Code § 18.2-186.6(B), (E)',
    deadline: withoutDelay('discovered', WITHOUT_DELAY),
    lawEnforcement: LE,
    requiredContent: ['When more than 1,000 persons are notified at one time: the timing, distribution and content of the notice (§ 18.2-186.6(E))'],
    notes:
      "Required whenever any Virginia resident must be notified; the statute sets no separate threshold. The Attorney General's office asks for a cover letter, dates, cause, number of Virginians affected, steps taken and a sample notice.",
  }),
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Nationwide consumer reporting agencies',
    citation: 'Va. Code § 18.2-186.6(E)',
    deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 persons are notified at one time.'),
    threshold: residents(1000, 'more_than'),
    requiredContent: ['Timing, distribution and content of the notice'],
    notes: 'The statute counts persons notified at one time.',
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'Va. Code § 18.2-186.6(D)',
    deadline: withoutDelay('discovered', 'Without unreasonable delay following discovery of the breach.'),
    condition: 'Binds an individual or entity that maintains the data without owning or licensing it (a vendor), not the owner.',
  }),
];

const SUBSTITUTE = { costOver: 50_000, recipientsOver: 100_000, citation: 'Va. Code § 18.2-186.6(A) ("notice" 4)' };
const GENERAL_SOURCES = [
  { where: PERKINS_CHART_2021, facts: 'application, AG notice, CRA, vendor, content, substitute notice' },
  { where: 'https://www.foley.com/insights/publications/2008/03/virginia-enacts-security-breach-law/', facts: 'effective 2008-07-01; AG notice even below 1,000; original definition' },
  { where: 'https://instalawyer.io/laws/code-of-virginia/182-1866-breach-of-personal', facts: '§ 18.2-186.6(A) definitions: breach, encrypted, entity (governments included)' },
];

const general2008: RuleVersion[] = [
  {
    id: 'VA-2008',
    effectiveFrom: '2008-07-01',
    effectiveTo: '2019-06-30',
    citations: ['Va. Code § 18.2-186.6 (H.B. 1469, 2008, eff. 2008-07-01)'],
    summary: 'Virginia required notice without unreasonable delay to affected residents and the Attorney General, and to the credit bureaus above 1,000 persons.',
    coverage: GENERAL_COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: FRAUD_TEST,
    personalInformation: PI_2008,
    substituteNotice: SUBSTITUTE,
    obligations: general,
    confidence: 'high',
    unverified: ['The 2008 Acts chapter number was not read; the enacted bill is H.B. 1469 (Richmond Sunlight). The subsection letters (B), (D), (E) follow secondary sources.'],
    sources: [...GENERAL_SOURCES, { where: 'https://www.richmondsunlight.com/bill/2008/hb1469/', facts: 'H.B. 1469 (2008) passed: database breach notification' }],
  },
  {
    id: 'VA-2019',
    effectiveFrom: '2019-07-01',
    effectiveTo: null,
    citations: ['Va. Code § 18.2-186.6 as amended by H.B. 2396 (2019, eff. 2019-07-01)'],
    summary: 'Virginia requires notice without unreasonable delay to affected residents and the Attorney General, and to the credit bureaus above 1,000 persons; passport and military ID numbers are covered.',
    coverage: GENERAL_COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: FRAUD_TEST,
    personalInformation: PI_2019,
    substituteNotice: SUBSTITUTE,
    obligations: general,
    confidence: 'high',
    unverified: ['The subsection letters (B), (D), (E), (G)-(H) follow secondary sources, not the official code.'],
    sources: [...GENERAL_SOURCES, { where: 'https://buckleyfirm.com/blog/2019-03-22/virginia-requires-breach-personal-information-notification', facts: 'H.B. 2396 signed 2019-03-18 adds passport and military ID; effective July 1' }],
  },
];

const payroll: RuleVersion[] = [
  {
    id: 'VA-PAYROLL-2017',
    effectiveFrom: '2017-07-01',
    effectiveTo: null,
    citations: ['Va. Code § 18.2-186.6(M) (H.B. 2113 / S.B. 1033, 2017, eff. 2017-07-01)'],
    summary: 'Virginia employers and payroll service providers must tell the Attorney General without unreasonable delay of a breach of employees\' taxpayer ID numbers with their income tax withheld.',
    coverage: coverage({
      business: ['yes', '§ 18.2-186.6(M) binds any employer or payroll service provider that owns or licenses computerized withholding data.'],
      nonprofit: ['yes', '§ 18.2-186.6(M) binds any employer, nonprofit employers included.'],
      local_government: ['yes', '§ 18.2-186.6(M) binds any employer; "entity" in § 18.2-186.6(A) includes governmental subdivisions.'],
      state_agency: ['yes', '§ 18.2-186.6(M) binds any employer; "entity" in § 18.2-186.6(A) includes governments and agencies.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Va. Code § 18.2-186.6(M)' },
    riskOfHarmException: FRAUD_TEST,
    personalInformation: {
      citation: 'Va. Code § 18.2-186.6(M)',
      summary: 'a taxpayer identification number (an SSN or ITIN) together with the income tax withheld for that taxpayer, no name needed',
      combinations: [{ all: [], anyOf: ['ssn', 'tax_id'] }],
    },
    obligations: [
      obligation({
        id: 'attorney-general-payroll',
        recipient: 'attorney_general',
        recipientName: 'Office of the Attorney General of Virginia (which informs the Department of Taxation)',
        citation: 'Va. Code § 18.2-186.6(M)',
        deadline: withoutDelay('discovered', 'Without unreasonable delay after discovery or notification of the unauthorized access and acquisition.'),
        requiredContent: ['Name of the employer', 'Federal employer identification number of the employer'],
        condition:
          'Only if the data included the income tax withheld alongside the taxpayer ID (e.g. W-2 data), and, for an employer, only for its own employees. Owed even when no resident notice is required.',
      }),
    ],
    confidence: 'high',
    unverified: [],
    sources: [
      { where: 'https://www.dataguidance.com/news/virginia-general-assembly-approves-breach-notification', facts: 'payroll amendment approved 2017-03-13, effective 2017-07-01, name and FEIN to the AG' },
      { where: 'https://www.winston.com/en/blogs-and-podcasts/privacy-law-corner/virginia-adds-requirements-for-payroll-incidents-to-breach-law', facts: 'no other notice needed when only TIN and withholding are affected' },
    ],
  },
];

const medical: RuleVersion[] = [
  {
    id: 'VA-MED-2011',
    effectiveFrom: '2011-01-01',
    effectiveTo: null,
    citations: ['Va. Code § 32.1-127.1:05 (2010 Acts, eff. 2011-01-01)'],
    summary: 'Virginia public bodies and publicly funded organisations must notify affected residents and the Attorney General without unreasonable delay of a breach of medical information.',
    coverage: coverage({
      business: ['no', '§ 32.1-127.1:05(A) limits "entity" to public bodies and organisations supported wholly or principally by public funds, and excludes HIPAA covered entities and business associates; businesses follow § 18.2-186.6.'],
      nonprofit: ['uncertain', '§ 32.1-127.1:05(A) covers organisations and corporations supported wholly or principally by public funds; a nonprofit is covered only if so funded.'],
      local_government: ['yes', '§ 32.1-127.1:05(A) names cities, towns, counties, school boards and other bodies of political subdivisions.'],
      state_agency: ['yes', '§ 32.1-127.1:05(A) names authorities, boards, commissions and agencies of the Commonwealth and boards of visitors of public colleges.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Va. Code § 32.1-127.1:05(A), (C)' },
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: {
      citation: 'Va. Code § 32.1-127.1:05(A) ("medical information")',
      summary: "a resident's name linked to medical or mental-health history, condition, treatment or diagnosis, or to a health insurance policy or subscriber number, insurer identifier, or application and claims history",
      combinations: [{ all: ['name'], anyOf: ['medical', 'health_insurance'] }],
    },
    substituteNotice: { costOver: 50_000, recipientsOver: 100_000, citation: 'Va. Code § 32.1-127.1:05(A) ("notice")' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Virginia residents',
        citation: 'Va. Code § 32.1-127.1:05(B)',
        deadline: withoutDelay('discovered', WITHOUT_DELAY),
        lawEnforcement: toll('Va. Code § 32.1-127.1:05(B)'),
        requiredContent: CONTENT.map((c) => c.replace('personal information', 'medical information')),
        letterElements: ['what_happened', 'information_involved', 'what_we_are_doing', 'contact', 'review_statements'],
        condition: 'Entities subject to HIPAA are excluded from this section.',
      }),
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: 'Office of the Attorney General of Virginia',
        citation: 'Va. Code § 32.1-127.1:05(B)',
        deadline: withoutDelay('discovered', WITHOUT_DELAY),
        lawEnforcement: toll('Va. Code § 32.1-127.1:05(B)'),
      }),
      obligation({
        id: 'commissioner-of-health',
        recipient: 'state_agency',
        recipientName: 'Virginia State Health Commissioner (and the Attorney General)',
        citation: 'Va. Code § 32.1-127.1:05(E)',
        deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 persons are notified at one time.'),
        threshold: residents(1000, 'more_than'),
        requiredContent: ['Timing, distribution and content of the notice'],
      }),
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: 'Va. Code § 32.1-127.1:05(D)',
        deadline: withoutDelay('discovered', 'Without unreasonable delay following discovery of the breach.'),
        condition: 'Binds an entity that maintains medical information it does not own or license (a vendor), not the owner.',
      }),
    ],
    confidence: 'medium',
    unverified: [
      'The subsection letters, the more-than-1,000 notice to the Commissioner of Health and the vendor duty are taken from the pattern of § 18.2-186.6 and secondary summaries; the section text past the definitions was not read.',
      'Whether § 32.1-127.1:05 has a harm test like § 18.2-186.6 was not checked; none is encoded.',
    ],
    sources: [
      { where: 'http://laws9.com/statutes/virginia/title-32-1/chapter-5/32-1-127-1-05', facts: '§ 32.1-127.1:05(A) text effective 2011-01-01: entity (public bodies only), medical information, encrypted' },
      { where: 'https://infolawgroup.com/insights/2010/04/articles/breach-notice/virginia-adds-medical-information-breach-notice-law', facts: 'applies only to governmental and publicly funded bodies' },
      { where: 'https://csrps.com/privacy-regulations/virginia', facts: 'notice to the Attorney General, Commissioner of Health and residents without unreasonable delay' },
      { where: PERKINS_CHART_2021, facts: 'medical-information law applies to government entities; Commissioner of Health' },
    ],
  },
];

const fusionCenter: RuleVersion[] = [
  {
    id: 'VA-GOV-2022',
    effectiveFrom: '2022-07-01',
    effectiveTo: null,
    citations: ['Va. Code § 2.2-5514(C) (2022 Acts chs. 626 and 627, H.B. 1290 / S.B. 764, eff. 2022-07-01)'],
    summary: 'Every Virginia public body must report a qualifying cyber incident to the Virginia Fusion Intelligence Center within 24 hours of discovering it.',
    coverage: governmentOnlyCoverage('Va. Code § 18.2-186.6', {
      local_government: ['yes', '§ 2.2-5514(C) binds every public body, including counties, cities, towns, school boards and bodies supported mainly by public funds.'],
      state_agency: ['yes', '§ 2.2-5514(C) binds every public body, including state agencies, the legislature and the courts.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    personalInformation: {
      citation: 'Va. Code § 2.2-5514(C)',
      summary: 'any qualifying incident, whatever the data: the duty turns on the incident, not on personal information',
      combinations: [{ all: [], anyOf: [] }],
    },
    obligations: [
      obligation({
        id: 'fusion-center-24h',
        recipient: 'state_agency',
        recipientName: 'Virginia Fusion Intelligence Center (Virginia State Police), which shares reports with the Chief Information Officer (VITA)',
        citation: 'Va. Code § 2.2-5514(C)',
        deadline: hours(24, 'discovered'),
        condition:
          'Incidents that threaten the security of the Commonwealth\'s data or communications or expose data protected by law, and other incidents with potential for major disruption; reported through reportcyber.virginia.gov.',
      }),
    ],
    confidence: 'high',
    unverified: [],
    sources: [
      { where: 'https://www.reportcyber.virginia.gov/faqs/', facts: 'statutory text, 24 hours from discovery, effective 2022-07-01' },
      { where: 'https://www.williamsmullen.com/insights/news/legal-news/new-cyber-incident-reporting-requirements-go-effect-virginia', facts: 'chapters 626 and 627; public body definition' },
      { where: BLOOMBERG_TABLE, facts: 'citations' },
    ],
  },
];

export const virginia: Jurisdiction = {
  code: 'VA',
  name: 'Virginia',
  kind: 'state',
  holidays: { country: 'US', state: 'VA' },
  laws: [
    { id: 'VA-18.2-186.6', title: 'Breach of personal information notification, Va. Code § 18.2-186.6', scope: 'residents', versions: general2008 },
    { id: 'VA-18.2-186.6-M', title: 'Payroll-data breach notice to the Attorney General, Va. Code § 18.2-186.6(M)', scope: 'residents', versions: payroll },
    { id: 'VA-32.1-127.1-05', title: 'Breach of medical information notification by public bodies, Va. Code § 32.1-127.1:05', scope: 'residents', versions: medical },
    { id: 'VA-2.2-5514', title: 'Cyber incident report by public bodies to the Virginia Fusion Intelligence Center, Va. Code § 2.2-5514(C)', scope: 'home', versions: fusionCenter },
  ],
};
