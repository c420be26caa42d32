// Hawaii: Haw. Rev. Stat. ch. 487N (Act 135 of 2006, in force 2007-01-01) binds businesses and state
// and county agencies alike, records in any form; agencies also report each breach to the
// legislature within 20 days (§ 487N-4, part of the same act).
import type { Jurisdiction, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, obligation, residents, restart, toll, withoutDelay,
} from './shared.js';

const LE = toll('Haw. Rev. Stat. § 487N-2(c)');
const PI: PersonalInformationDefinition = {
  citation: 'Haw. Rev. Stat. § 487N-1',
  summary: 'name with SSN, driver licence or Hawaii ID number, or an account number, card number, access code or password that would permit access to a financial account',
  combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'account_number', 'card_number', 'access_code', 'password'] }],
};

const general: RuleVersion[] = [
  {
    id: 'HI-2007',
    effectiveFrom: '2007-01-01',
    effectiveTo: null,
    citations: ['Haw. Rev. Stat. §§ 487N-1 to 487N-4 (S.B. 2290, Act 135 of 2006; amended by S.B. 2402, Act 19 of 2008, eff. 2008-04-17)'],
    summary: 'Hawaii businesses and government agencies must notify affected persons without unreasonable delay, and the Office of Consumer Protection and the credit bureaus when more than 1,000 are notified at once.',
    coverage: coverage({
      business: ['yes', '§ 487N-2(a) binds any business that owns or licenses personal information of Hawaii residents; "business" includes any corporation or association, for profit or not (§ 487N-1).'],
      nonprofit: ['yes', '§ 487N-1: "business" includes any association or other group, whether or not organised to operate at a profit.'],
      local_government: ['yes', '§ 487N-1: "government agency" includes any department, board, commission, public corporation or other agency or instrumentality of any county.'],
      state_agency: ['yes', '§ 487N-1: "government agency" includes any department, board, commission, public corporation or other agency or instrumentality of the State.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Haw. Rev. Stat. § 487N-1 ("security breach")' },
    riskOfHarmException: {
      exists: true,
      standard: 'A security breach requires that illegal use of the information has occurred or is reasonably likely, creating a risk of harm to a person.',
      recordToKeep: null,
    },
    personalInformation: PI,
    substituteNotice: { costOver: 100_000, recipientsOver: 200_000, citation: 'Haw. Rev. Stat. § 487N-2(e)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected persons',
        citation: 'Haw. Rev. Stat. § 487N-2(a), (d)',
        deadline: withoutDelay(
          'discovered',
          'Without unreasonable delay after discovery or notification of the breach, allowing for law enforcement and for measures to find contact information, determine the scope and restore the system.',
        ),
        lawEnforcement: LE,
        requiredContent: [
          'The incident in general terms',
          'The type of personal information subject to the unauthorized access and acquisition',
          'The general acts taken to protect the information from further unauthorized access',
          'A telephone number the person may call for information and help, if one exists',
          'Advice to remain vigilant by reviewing account statements and monitoring free credit reports',
        ],
        letterElements: ['what_happened', 'information_involved', 'what_we_are_doing', 'contact', 'review_statements'],
        notes: 'Covers records in any form, paper included. A law-enforcement request to delay must be in writing or documented at the time with the officer\'s name and agency. Entities complying with HIPAA or the federal interagency guidance for financial institutions are deemed compliant.',
      }),
      obligation({
        id: 'regulator',
        recipient: 'regulator',
        recipientName: 'Hawaii Office of Consumer Protection (Department of Commerce and Consumer Affairs)',
        citation: 'Haw. Rev. Stat. § 487N-2(f)',
        deadline: withoutDelay('discovered', 'In writing, without unreasonable delay, when more than 1,000 persons are notified at one time.'),
        threshold: residents(1000, 'more_than'),
        lawEnforcement: LE,
        requiredContent: ['Timing, distribution and content of the notice'],
        condition: 'The statute words this duty for a business; a government agency reports to the legislature under § 487N-4 instead.',
        notes: 'Counts persons notified at one time.',
      }),
      obligation({
        id: 'consumer-reporting-agencies',
        recipient: 'consumer_reporting_agencies',
        recipientName: 'Nationwide consumer reporting agencies',
        citation: 'Haw. Rev. Stat. § 487N-2(f)',
        deadline: withoutDelay('discovered', 'In writing, without unreasonable delay, when more than 1,000 persons are notified at one time.'),
        threshold: residents(1000, 'more_than'),
        lawEnforcement: LE,
        requiredContent: ['Timing, distribution and content of the notice'],
        notes: 'Counts persons notified at one time.',
      }),
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: 'Haw. Rev. Stat. § 487N-2(b)',
        deadline: withoutDelay('discovered', 'Immediately following discovery of the breach.'),
        lawEnforcement: LE,
        condition: 'Binds a business or government agency that maintains or possesses the records for their owner, not the owner itself.',
      }),
    ],
    confidence: 'high',
    unverified: [
      'What Act 19 of 2008 changed was not read; sources treat it as leaving the notice timing and thresholds as they were, so one version covers both texts.',
      'Subsection letters (d) content, (e) substitute notice and (f) the over-1,000 notices were inferred from summaries, not read in the statute text.',
      'S.B. 1038 (2025) would widen "personal information"; it was carried over to the 2026 session and is not law as of the sources read.',
    ],
    sources: [
      { where: 'policyrisk.com/states/hawaii/statutes/487N-2 (statute text)', facts: '§ 487N-2(a)-(c): timing, vendor notice, written law-enforcement request' },
      { where: 'https://self-law.org/code/hi/487n-1', facts: '§ 487N-1 definitions: business, government agency, personal information' },
      { where: 'https://perkinscoie.com/en/news-insights/security-breach-notification-chart-hawaii.html', facts: 'Act 135 effective 2007-01-01; Act 19 effective 2008-04-17; OCP and CRA for more than 1,000' },
      { where: PERKINS_CHART_2021, facts: 'content, substitute notice' },
      { where: BLOOMBERG_TABLE, facts: 'cross-check' },
      { where: 'https://www.keepinglawsimple.org/states/hawaii/bills/2026/SB1038', facts: 'S.B. 1038 carried over to 2026, not enacted' },
    ],
  },
];

const legislature: RuleVersion[] = [
  {
    id: 'HI-LEG-2007',
    effectiveFrom: '2007-01-01',
    effectiveTo: null,
    citations: ['Haw. Rev. Stat. § 487N-4 (Act 135 of 2006, pt. of § 2)'],
    summary: 'A Hawaii state or county agency must send the legislature a written report within 20 days after discovering a security breach.',
    coverage: governmentOnlyCoverage('Haw. Rev. Stat. § 487N-2', {
      local_government: ['yes', '§ 487N-4 binds every "government agency", which § 487N-1 defines to include agencies and instrumentalities of any county.'],
      state_agency: ['yes', '§ 487N-4 binds every "government agency" of the State (§ 487N-1).'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Haw. Rev. Stat. § 487N-1 ("security breach")' },
    riskOfHarmException: null,
    personalInformation: PI,
    obligations: [
      obligation({
        id: 'legislature-report',
        recipient: 'state_agency',
        recipientName: 'Hawaii State Legislature',
        citation: 'Haw. Rev. Stat. § 487N-4',
        deadline: calendarDays(20, 'discovered'),
        lawEnforcement: restart(20, 'calendar', 'Haw. Rev. Stat. § 487N-4'),
        requiredContent: [
          'Nature of the breach',
          'Number of individuals affected',
          'A copy of the notice of security breach that was issued',
          'Number of individuals to whom the notice was sent',
          'Whether the notice was delayed for law enforcement',
          'Procedures put in place to prevent a recurrence',
        ],
        condition: 'Only for a "security breach" as § 487N-1 defines it (illegal use has occurred or is reasonably likely).',
        notes: 'If law enforcement says notice may impede a criminal investigation or jeopardise national security, the report is due 20 days after it says notice no longer would.',
      }),
    ],
    confidence: 'high',
    unverified: [],
    sources: [
      { where: 'self-law.org/code/hi/487n-4 (statute text)', facts: '20 days after discovery; report contents; 20 days after law-enforcement clearance; L 2006, c 135' },
      { where: 'https://www.lawserver.com/law/state/hawaii/hi-statutes/hawaii_statutes_487n-4', facts: 'same text; definitions of government agency and security breach' },
    ],
  },
];

export const hawaii: Jurisdiction = {
  code: 'HI',
  name: 'Hawaii',
  kind: 'state',
  holidays: { country: 'US', state: 'HI' },
  laws: [
    { id: 'HI-487N', title: 'Security Breach of Personal Information, Haw. Rev. Stat. ch. 487N', scope: 'residents', versions: general },
    { id: 'HI-487N-4', title: 'Report of a government agency security breach to the legislature, Haw. Rev. Stat. § 487N-4', scope: 'home', versions: legislature },
  ],
};
