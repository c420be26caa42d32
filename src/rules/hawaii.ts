// Hawaii: Haw. Rev. Stat. ch. 487N (Act 135 of 2006, in force 2007-01-01) binds businesses and state
// and county agencies alike, records in any form; agencies also report each breach to the
// legislature within 20 days (§ 487N-4, part of the same act).
import type { EncryptionSafeHarbor, Jurisdiction, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import {
  BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, obligation, residents, restart, toll, withoutDelay,
} from './shared.js';

const LE = toll('Haw. Rev. Stat. § 487N-2(c)');
const PI: PersonalInformationDefinition = {
  citation: 'Haw. Rev. Stat. § 487N-1',
  summary: 'name with SSN, driver licence or Hawaii ID number, or an account number, card number, access code or password that would permit access to a financial account',
  combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'account_number', 'card_number', 'access_code', 'password'] }],
};

const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: '§ 487N-1 ("security breach"): access to and acquisition of encrypted records or data together with the confidential process or key is a security breach',
  citation: 'Haw. Rev. Stat. § 487N-1 ("security breach")',
};

// ---- texts read ----
const HRS_2 = 'Haw. Rev. Stat. § 487N-2(a)-(c), verbatim copy at https://policyrisk.com/states/hawaii/statutes/487N-2';
const HRS_4 = 'Haw. Rev. Stat. § 487N-4, verbatim copy at https://self-law.org/code/hi/487n-4 (history: L 2006, c 135, pt of § 2)';
const HRS_1 =
  'Haw. Rev. Stat. § 487N-1, verbatim copies at https://self-law.org/code/hi/487n-1 ("business", "encrypted", "government agency", "personal information") and https://www.lawserver.com/law/state/hawaii/hi-statutes/hawaii_statutes_487n-4 ("security breach")';
const WHY_487N_2_LATER = 'The stored copy of § 487N-2 breaks off in subsection (c); subsections (d)-(f) were read only in summaries.';
const WHY_ACT = 'Act 135 (2006) itself was not read; its effective date comes from Perkins Coie. Act 19 (2008) is S.B. 2402, a housekeeping bill correcting errors in volume 11 of the HRS (its title and opening were read on the Legislature\'s 2008 site).';

const HI_2007_VERIFICATION: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: 'http://www.perkinscoie.com/sc_hawaii; https://webarchive.library.unt.edu/eot2008/20080916040051/http://www.capitol.hawaii.gov/session2008/bills/SB2402_sd1_.htm',
    says: 'Act 135 (S.B. 2290) signed 2006-05-25, in force 2007-01-01; Act 19 of 2008 (S.B. 2402) housekeeping only',
    checked: '2026-12-08',
    why: WHY_ACT,
  },
  coverage: {
    kind: 'primary',
    where: HRS_2,
    says: '§ 487N-2(a): any business owning or licensing residents\' personal information, or conducting business in Hawaii, and any government agency that collects it; records in any form',
    checked: '2026-12-08',
  },
  personal_information: {
    kind: 'primary',
    where: HRS_1,
    says: 'name with SSN, licence or Hawaii ID, or an account or card number, access code or password permitting access to a financial account, name or element not encrypted',
    checked: '2026-12-08',
  },
  encryption: {
    kind: 'primary',
    where: HRS_1,
    says: '"encrypted" = unreadable or unusable without the confidential process or key; a breach is of unencrypted or unredacted records, and (quoted by Perkins Coie and Mintz) encrypted records taken with the key are a breach',
    checked: '2026-12-08',
  },
  risk_of_harm: {
    kind: 'primary',
    where: HRS_1,
    says: '"security breach": only where illegal use has occurred or is reasonably likely and creates a risk of harm to a person',
    checked: '2026-12-08',
  },
  deadline: {
    kind: 'primary',
    where: HRS_2,
    says: '§ 487N-2(a): without unreasonable delay; (b) vendor immediately following discovery',
    checked: '2026-12-08',
  },
  anchor: {
    kind: 'primary',
    where: HRS_2,
    says: '§ 487N-2(a): following discovery or notification of the breach',
    checked: '2026-12-08',
  },
  threshold: {
    kind: 'secondary',
    where: 'http://www.perkinscoie.com/sc_hawaii',
    says: '§ 487N-2(f): Office of Consumer Protection and bureaus when more than 1,000 persons are notified at one time',
    checked: '2026-12-08',
    why: WHY_487N_2_LATER,
  },
  law_enforcement: {
    kind: 'primary',
    where: HRS_2,
    says: '§ 487N-2(c): delayed on a law-enforcement request made or documented in writing, then given without unreasonable delay once cleared',
    checked: '2026-12-08',
  },
  substitute_notice: {
    kind: 'secondary',
    where: PERKINS_CHART_2021,
    says: 'substitute notice when the cost exceeds $100,000, more than 200,000 persons, or no contact details',
    checked: '2026-12-08',
    why: WHY_487N_2_LATER,
  },
  required_content: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/hawaii',
    says: 'the incident in general terms, the type of information, the acts taken, a telephone number, and advice to stay vigilant',
    checked: '2026-12-08',
    why: WHY_487N_2_LATER,
  },
  forbidden_content: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/hawaii',
    says: 'none: nothing forbidden in a notice',
    checked: '2026-12-08',
    why: WHY_487N_2_LATER,
  },
};

const HI_LEG_VERIFICATION: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: 'http://www.perkinscoie.com/sc_hawaii',
    says: 'part of Act 135 of 2006 (history note read in § 487N-4), in force 2007-01-01',
    checked: '2026-12-08',
    why: WHY_ACT,
  },
  coverage: {
    kind: 'primary',
    where: HRS_4,
    says: '§ 487N-4: every government agency that has a security breach',
    checked: '2026-12-08',
  },
  personal_information: {
    kind: 'primary',
    where: HRS_1,
    says: 'the § 487N-1 definition, as for the general duty; "government agency" includes county agencies',
    checked: '2026-12-08',
  },
  encryption: {
    kind: 'primary',
    where: HRS_1,
    says: '"encrypted" = unusable without the confidential process or key; only breaches of unencrypted or unredacted records (or encrypted ones taken with the key) count',
    checked: '2026-12-08',
  },
  risk_of_harm: {
    kind: 'primary',
    where: HRS_1,
    says: 'only a "security breach" as § 487N-1 defines it (illegal use occurred or reasonably likely, with a risk of harm)',
    checked: '2026-12-08',
  },
  deadline: {
    kind: 'primary',
    where: HRS_4,
    says: 'a written report within twenty days',
    checked: '2026-12-08',
  },
  anchor: {
    kind: 'primary',
    where: HRS_4,
    says: 'after discovery of a security breach at the agency',
    checked: '2026-12-08',
  },
  threshold: {
    kind: 'primary',
    where: HRS_4,
    says: 'none: every security breach at the agency, whatever the number',
    checked: '2026-12-08',
  },
  law_enforcement: {
    kind: 'primary',
    where: HRS_4,
    says: 'the report may wait until twenty days after law enforcement says notice no longer impedes the investigation: a new clock',
    checked: '2026-12-08',
  },
  substitute_notice: {
    kind: 'primary',
    where: HRS_4,
    says: 'none: a report to the legislature, no substitute form',
    checked: '2026-12-08',
  },
  required_content: {
    kind: 'primary',
    where: HRS_4,
    says: 'nature of the breach, number affected, copy of the notice, number notified, any law-enforcement delay, prevention procedures',
    checked: '2026-12-08',
  },
  forbidden_content: {
    kind: 'primary',
    where: HRS_4,
    says: 'none: nothing forbidden in the report',
    checked: '2026-12-08',
  },
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
    encryptionSafeHarbor: SAFE_HARBOR,
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
    confidence: 'low',
    unverified: [
      'Act 19 of 2008 (S.B. 2402) is a housekeeping bill correcting errors in volume 11 of the HRS; what it changed in ch. 487N was not read, and one version covers both texts.',
      'Subsection letters (d) content, (e) substitute notice and (f) the over-1,000 notices were inferred from summaries, not read in the statute text.',
      'S.B. 1038 (2025) would widen "personal information"; it was carried over to the 2026 session and is not law as of the sources read.',
    ],
    sources: [
      { where: HRS_2, facts: '§ 487N-2(a)-(c): timing, vendor notice, written law-enforcement request' },
      { where: HRS_1, facts: '§ 487N-1 definitions: business, encrypted, government agency, personal information, security breach' },
      { where: 'https://perkinscoie.com/en/news-insights/security-breach-notification-chart-hawaii.html', facts: 'Act 135 effective 2007-01-01; Act 19 effective 2008-04-17; OCP and CRA for more than 1,000' },
      { where: PERKINS_CHART_2021, facts: 'content, substitute notice' },
      { where: BLOOMBERG_TABLE, facts: 'cross-check' },
      { where: 'https://www.keepinglawsimple.org/states/hawaii/bills/2026/SB1038', facts: 'S.B. 1038 carried over to 2026, not enacted' },
    ],
    verification: HI_2007_VERIFICATION,
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
    encryptionSafeHarbor: SAFE_HARBOR,
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
    confidence: 'medium',
    unverified: ['The effective date (2007-01-01) comes from Perkins Coie; Act 135 itself was not read.'],
    sources: [
      { where: HRS_4, facts: '20 days after discovery; report contents; 20 days after law-enforcement clearance; L 2006, c 135' },
      { where: 'https://www.lawserver.com/law/state/hawaii/hi-statutes/hawaii_statutes_487n-4', facts: 'same text; definitions of government agency and security breach' },
    ],
    verification: HI_LEG_VERIFICATION,
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
  channels: [
    {
      recipient: 'regulator',
      name: 'Hawaii Office of Consumer Protection, Department of Commerce and Consumer Affairs',
      ways: [
        { kind: 'postal', value: 'Office of Consumer Protection, Leiopapa A Kamehameha Building, 235 South Beretania Street, Room 801, Honolulu, HI 96813-2419' },
        { kind: 'phone', value: '808-586-2630' },
      ],
      asksFor: ['The timing, distribution and content of the notice to residents (§ 487N-2(f), as summarised)'],
      source: 'Address and phone: the OCP complaint-form letterhead and https://cca.hawaii.gov/ocp/director/; what is asked: Perkins Coie summary of § 487N-2(f). No online breach-notice form was found.',
      checked: '2026-12-08',
    },
    NATIONWIDE_CRAS,
    {
      recipient: 'state_agency',
      obligations: ['legislature-report'],
      name: 'Hawaii State Legislature',
      ways: [{ kind: 'postal', value: 'Hawaii State Legislature, Hawaii State Capitol, 415 South Beretania Street, Honolulu, HI 96813' }],
      asksFor: [
        'Nature of the breach',
        'Number of individuals affected',
        'A copy of the notice of security breach issued',
        'Number of individuals to whom the notice was sent',
        'Whether the notice was delayed for law enforcement',
        'Procedures put in place to prevent a recurrence',
      ],
      source: 'What is asked: Haw. Rev. Stat. § 487N-4 (self-law.org copy). The statute names no office or clerk; the Capitol\'s street address is given (not checked against a legislature page in this review).',
      checked: '2026-12-08',
    },
  ],
  consumerContact: {
    name: 'Hawaii Office of Consumer Protection',
    phone: '1-808-586-2630',
    website: 'cca.hawaii.gov/ocp',
    address: '235 South Beretania Street, Room 801, Honolulu, HI 96813-2419',
    source: 'https://cca.hawaii.gov/ocp/director/ (808-586-2630) and the OCP complaint-form letterhead (235 South Beretania Street, Room 801); Hawaii\'s consumer-protection office is the OCP, not the Attorney General',
    checked: '2026-12-08',
  },
};
