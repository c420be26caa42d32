// Texas: the general breach law (Bus. & Com. Code ch. 521) and the government-body notice to the
// Department of Information Resources (Gov't Code § 2054.1125, now § 2054.603).
import { DATA_ELEMENTS } from './types.js';
import type { DataElement, DeadlineRule, Jurisdiction, ObligationRule, PersonalInformationDefinition, PiCombination, RuleVersion, Threshold } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, businessDays, calendarDays, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withoutDelay,
} from './shared.js';

const LE = toll('Tex. Bus. & Com. Code § 521.053(d)');

// "Sensitive personal information": from 2005 (former § 48.002(2), recodified as § 521.002(a)(2) on
// 2009-04-01) a name with an SSN, a government ID number, or a card or account number with the
// code that unlocks it; H.B. 2004 added health information from 2009-09-01. Not changed since.
const GOVERNMENT_ID: DataElement[] = ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id'];
const UNLOCKING_CODE: DataElement[] = ['card_security_code', 'access_code', 'password'];
/** Anything that identifies the person a health record is about (§ 521.002(a)(2)(B)). */
const IDENTIFIES: DataElement[] = ['name', ...GOVERNMENT_ID, 'email', 'phone', 'username', 'employee_id'];
const NAME_COMBINATIONS: PiCombination[] = [
  { all: ['name'], anyOf: GOVERNMENT_ID },
  { all: ['name', 'card_number'], anyOf: UNLOCKING_CODE },
  { all: ['name', 'account_number'], anyOf: UNLOCKING_CODE },
];
const HEALTH_COMBINATIONS: PiCombination[] = [
  { all: ['medical'], anyOf: IDENTIFIES },
  { all: ['health_insurance'], anyOf: IDENTIFIES },
];
const NAME_SUMMARY =
  "a person's first name or initial and last name, unencrypted, together with a Social Security number, a driver's licence or other government-issued ID number, or a card or account number with the security code, access code or password needed to use it (a card number without its code is not enough)";

const SPI_2005: PersonalInformationDefinition = {
  citation: 'Tex. Bus. & Com. Code § 48.002(2) (from 2009-04-01 § 521.002(a)(2))',
  summary: NAME_SUMMARY,
  combinations: NAME_COMBINATIONS,
};
const SPI_2009: PersonalInformationDefinition = {
  citation: 'Tex. Bus. & Com. Code § 521.002(a)(2)',
  summary: `${NAME_SUMMARY}; or information that identifies a person and relates to their physical or mental health, their health care or payment for it`,
  combinations: [...NAME_COMBINATIONS, ...HEALTH_COMBINATIONS],
};
/**
 * The DIR notice covers sensitive personal, confidential or legally protected information (and from
 * 2023 ransomware), which no list of elements captures: sensitive personal information first, so the
 * reason names it when it matches, then any exposed element at all.
 */
const DIR_SCOPE = (citation: string, summary: string): PersonalInformationDefinition => ({
  citation,
  summary,
  combinations: [...SPI_2009.combinations, { all: [], anyOf: [...DATA_ELEMENTS] }],
});

const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Tex. Bus. & Com. Code § 521.053(f)' };

const VENDOR_CONDITION =
  'This duty binds a vendor or other party that maintains the data without owning it, not the owner. It is shown so the owner can see when its vendor had to tell it; record the vendor\'s notice as a notified_by_vendor event.';

// § 521.053(c) (former § 48.103(c)): "immediately after discovering the breach". Subsection (d) lets
// law enforcement delay the notices of both (b) and (c).
const vendorNotice = (citation: string): ObligationRule =>
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation,
    deadline: withoutDelay('discovered', 'immediately after the vendor discovers the breach, if sensitive personal information was or is reasonably believed to have been acquired by an unauthorized person'),
    lawEnforcement: LE,
    condition: VENDOR_CONDITION,
    notes: 'The statute counts from the vendor\'s own discovery, which the incident file does not record; breachdesk counts from the owner\'s discovery instead, so weigh the vendor\'s lateness with that in mind.',
  });

const individuals = (deadline: DeadlineRule, notes: string | null): ObligationRule =>
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected individuals',
    citation: 'Tex. Bus. & Com. Code § 521.053(b)',
    deadline,
    lawEnforcement: LE,
    notes,
  });

const asQuicklyAsPossible = individuals(
  withoutDelay('discovered', 'As quickly as possible after discovering or being told of the breach.'),
  'Delay is allowed only for law enforcement or to determine the scope and restore the system. The clock runs from discovery, not determination.',
);

const within60Days = individuals(
  calendarDays(60, 'determined'),
  'Without unreasonable delay and at the latest on the 60th day after the breach was determined to have occurred. Residents of other states may be notified under their own state law instead (since 2013).',
);

// Before H.B. 300 (2012-09-01) only Texas residents were notified under the section; from then on
// everyone is, so the 10,000 is counted over all persons notified at one time, in every state.
const RESIDENTS_ONLY = residents(10_000, 'more_than');
const EVERYONE: Threshold = { count: 10_000, comparison: 'more_than', of: 'total' };
const consumerReportingAgencies = (anchor: 'discovered' | 'determined', threshold: Threshold = EVERYONE): ObligationRule =>
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Each nationwide consumer reporting agency',
    citation: 'Tex. Bus. & Com. Code § 521.053(h)',
    deadline: withoutDelay(anchor, 'Without unreasonable delay once more than 10,000 persons are to be notified at one time.'),
    threshold,
    lawEnforcement: LE,
    requiredContent: ['Timing, distribution and content of the notices sent to individuals'],
    notes:
      threshold.of === 'total'
        ? 'The statute counts all persons notified at one time, residents of other states included: breachdesk compares the total affected in all states.'
        : 'Before H.B. 300 (2012-09-01) the section required notice to Texas residents only, so only they are counted.',
  });

const AG_CONTENT_2020 = [
  'Detailed description of the nature and circumstances of the breach, or of the use of the information acquired',
  'Number of Texas residents affected at the time of notification',
  'Measures taken regarding the breach',
  'Measures intended after the notification',
  'Whether law enforcement is investigating',
];
const AG_CONTENT_2021 = [
  ...AG_CONTENT_2020.slice(0, 2),
  'Number of affected residents already sent a notice by mail or other direct method',
  ...AG_CONTENT_2020.slice(2),
];

const attorneyGeneral = (days: number, requiredContent: string[], notes: string): ObligationRule =>
  obligation({
    id: 'attorney-general',
    recipient: 'attorney_general',
    recipientName: 'Texas Attorney General',
    citation: 'Tex. Bus. & Com. Code § 521.053(i)',
    deadline: calendarDays(days, 'determined'),
    threshold: residents(250, 'at_least'),
    lawEnforcement: LE,
    requiredContent,
    notes,
  });

const PRIVATE = {
  business: ['yes', '§ 521.053(b) binds any person who conducts business in Texas and owns or licenses computerized sensitive personal information.'],
  nonprofit: ['yes', 'A nonprofit corporation or association is a "person" (Gov\'t Code § 311.005(2)); one operating in Texas is treated as conducting business under § 521.053(b).'],
} as const;
const LOCAL_UNSETTLED = [
  'uncertain',
  '§ 521.053(b) binds "a person who conducts business in this state". A city is a "person" under Gov\'t Code § 311.005(2), but whether one providing public services conducts business was unsettled, and no statute applied § 521.053 to local governments until Gov\'t Code § 2054.603 (from 2023-09-01). Treat the duties as applying, as a precaution.',
] as const;
const AGENCY_VIA_2054_1125 = [
  'yes',
  'Gov\'t Code § 2054.1125(b) requires a state agency to comply with § 521.053 as if it were a person conducting business in Texas.',
] as const;

const SAFE_HARBOR = { exists: true, keyException: true, citation: 'Tex. Bus. & Com. Code § 521.053(a)' };
const NO_HARM_TEST = { exists: false, standard: null, recordToKeep: null };

const UNVERIFIED_DEFINITION = '"Government-issued identification number" is read to include passport, military and taxpayer ID numbers; health information is matched when a name or another identifier is exposed with it.';
const AGENCY_BEFORE_2054_1125 = [
  'uncertain',
  'Only from Gov\'t Code § 2054.1125(b) (believed enacted 2009) must a state agency comply with § 521.053; before it, whether an agency "conducts business" was unsettled.',
] as const;
const UNVERIFIED_BEFORE_2012 = [
  'Whether the more-than-10,000 consumer-reporting-agency notice already applied before 2012 (the research record does not establish its start date).',
  'The substitute-notice figures ($250,000 / 500,000) were confirmed for 2012 on; that the original text used the same figures is assumed.',
  'When Gov\'t Code § 2054.1125(b) began to apply § 521.053 to state agencies (believed 2009).',
  UNVERIFIED_DEFINITION,
];
const SOURCES_BEFORE_2012 = [
  { where: BLOOMBERG_TABLE, facts: "effective date 9/1/2005; 'as quickly as possible'" },
  { where: PERKINS_CHART_2021, facts: '2007/2009 acts' },
  { where: 'https://capitol.texas.gov/tlodocs/80R/billtext/html/SB00223I.htm', facts: 'S.B. 223 (2007, a bill) quotes § 48.103 of 2005: notice to residents as quickly as possible; (c) a person maintaining data it does not own notifies the owner immediately after discovering the breach' },
];
const SPI_SOURCES = [
  { where: 'https://codes.findlaw.com/tx/business-and-commerce-code/bus-com-sect-521-002/', facts: '§ 521.002(a)(2) text current as of 2024-01-01 (unchanged since 2009)' },
  { where: 'https://lawserver.com/law/state/texas/tx-codes/texas_business_and_commerce_code_521-053', facts: '§ 521.053 text: vendor notice (c), delay (d), substitute notice (f), CRA (h)' },
];

const bcc: RuleVersion[] = [
  {
    id: 'TX-2005',
    effectiveFrom: '2005-09-01',
    effectiveTo: '2009-08-31',
    citations: [
      'Tex. Bus. & Com. Code §§ 48.002, 48.103 (S.B. 122, 2005), recodified as §§ 521.002, 521.053 by H.B. 2278 (2007, eff. 2009-04-01)',
    ],
    summary: 'Texas businesses had to tell affected Texans of a breach as quickly as possible, with no fixed number of days and no notice to the Attorney General; health information was not yet covered.',
    coverage: coverage({ ...PRIVATE, local_government: LOCAL_UNSETTLED, state_agency: AGENCY_BEFORE_2054_1125 }),
    // The definition reached only a name and items that were "not encrypted"; no key exception yet.
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Tex. Bus. & Com. Code § 48.002(2)(A) (from 2009-04-01 § 521.002(a)(2))' },
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: SPI_2005,
    substituteNotice: { ...SUBSTITUTE, citation: 'Tex. Bus. & Com. Code § 48.103 (from 2009-04-01 § 521.053(f))' },
    obligations: [asQuicklyAsPossible, consumerReportingAgencies('discovered', RESIDENTS_ONLY), vendorNotice('Tex. Bus. & Com. Code § 48.103(c) (from 2009-04-01 § 521.053(c))')],
    confidence: 'medium',
    unverified: [
      ...UNVERIFIED_BEFORE_2012,
      'That encrypted data taken with its key was not yet a breach (the key clause of § 521.053(a) is taken to come from H.B. 2004, which amended that subsection; its markup was not visible).',
    ],
    sources: [...SOURCES_BEFORE_2012, { where: 'https://www.capitol.state.tx.us/tlodocs/79R/billtext/html/SB00122F.htm', facts: 'S.B. 122 (2005) enrolled: § 48.002(2) sensitive personal information (name + SSN, government ID, or account/card number with required code; not encrypted)' }],
  },
  {
    id: 'TX-2009',
    effectiveFrom: '2009-09-01',
    effectiveTo: '2012-08-31',
    citations: ['Tex. Bus. & Com. Code §§ 521.002, 521.053 as amended by H.B. 2004 (Acts 2009, 81st Leg., ch. 419, eff. 2009-09-01)'],
    summary: 'Texas businesses had to tell affected Texans of a breach as quickly as possible; from 2009-09-01 health information counted as sensitive personal information and encrypted data taken with its key was a breach.',
    coverage: coverage({ ...PRIVATE, local_government: LOCAL_UNSETTLED, state_agency: AGENCY_BEFORE_2054_1125 }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: SPI_2009,
    substituteNotice: SUBSTITUTE,
    obligations: [asQuicklyAsPossible, consumerReportingAgencies('discovered', RESIDENTS_ONLY), vendorNotice('Tex. Bus. & Com. Code § 521.053(c)')],
    confidence: 'medium',
    unverified: [
      ...UNVERIFIED_BEFORE_2012,
      'That H.B. 2004 added the decryption-key clause of § 521.053(a) is inferred from the bill amending that subsection; its markup was not visible.',
    ],
    sources: [
      ...SOURCES_BEFORE_2012,
      { where: 'https://www.legis.state.tx.us/tlodocs/81R/billtext/html/HB02004F.HTM', facts: 'H.B. 2004 (2009) enrolled: § 521.002(a)(2) adds (B), information identifying a person that relates to health, health care or its payment; amends § 521.053(a)' },
      { where: 'https://texas.public.law/statutes/tex._bus._and_com._code_section_521.002', facts: '§ 521.002 history: added by H.B. 2278 eff. 2009-04-01, amended only by H.B. 2004 eff. 2009-09-01' },
    ],
  },
  {
    id: 'TX-2012',
    effectiveFrom: '2012-09-01',
    effectiveTo: '2019-12-31',
    citations: ['Tex. Bus. & Com. Code §§ 521.002, 521.053, 521.151 as amended by H.B. 300 (2011, eff. 2012-09-01) and S.B. 1610 (2013, eff. 2013-06-14)'],
    summary: 'Texas businesses had to notify affected individuals, wherever they lived, as quickly as possible, and the credit bureaus when more than 10,000 people were notified.',
    coverage: coverage({ ...PRIVATE, local_government: LOCAL_UNSETTLED, state_agency: AGENCY_VIA_2054_1125 }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: SPI_2009,
    substituteNotice: SUBSTITUTE,
    obligations: [asQuicklyAsPossible, consumerReportingAgencies('discovered'), vendorNotice('Tex. Bus. & Com. Code § 521.053(c)')],
    confidence: 'high',
    unverified: [
      UNVERIFIED_DEFINITION,
      'The enactment date of Gov\'t Code § 2054.1125(b) (state agencies) was not read; its text is confirmed as of 2017.',
    ],
    sources: [
      ...SPI_SOURCES,
      { where: 'https://www.lexology.com/library/detail.aspx?g=3fc66c51-3dc3-4716-8567-242e7b1bba51', facts: "pre-2020 'as quickly as possible'" },
      { where: 'https://privacyandsecuritymatters.com/2012/10/state-data-breach-notification-matrix-update-texas-and-connecticut', facts: 'H.B. 300 nonresident coverage and penalties effective 2012-09-01' },
      { where: PERKINS_CHART_2021, facts: 'CRA >10,000, vendor, substitute notice' },
      { where: 'https://app.legiplex.com/tx/legislature/2017/85-0/bills/hb3671/drafts-compare', facts: 'H.B. 3671 (2017) markup shows § 2054.1125(b) already made state agencies comply with § 521.053' },
    ],
  },
  {
    id: 'TX-2020',
    effectiveFrom: '2020-01-01',
    effectiveTo: '2021-08-31',
    citations: ['Tex. Bus. & Com. Code § 521.053 as amended by H.B. 4390 (signed 2019-06-14, eff. 2020-01-01)'],
    summary: 'Texas required notice to individuals and, for 250 or more Texans, to the Attorney General, both within 60 days after the breach was determined.',
    coverage: coverage({ ...PRIVATE, local_government: LOCAL_UNSETTLED, state_agency: AGENCY_VIA_2054_1125 }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: SPI_2009,
    substituteNotice: SUBSTITUTE,
    obligations: [
      within60Days,
      attorneyGeneral(60, AG_CONTENT_2020, 'Not later than the 60th day after the breach was determined (§ 521.053(i), added by H.B. 4390).'),
      consumerReportingAgencies('determined'),
      vendorNotice('Tex. Bus. & Com. Code § 521.053(c)'),
    ],
    confidence: 'high',
    unverified: [UNVERIFIED_DEFINITION],
    sources: [
      ...SPI_SOURCES,
      { where: 'https://www.texaslawblog.law/2019/08/texas-updates-its-data-breach-notification-law/', facts: '60 days after determination; AG at least 250; AG content' },
      { where: 'https://byrdadatto.com/banter/alert-update-to-texas-privacy-breach-notification-law/', facts: "exact statutory wording 'not later than the 60th day after the date on which the person determines that the breach occurred'" },
      { where: 'https://legiscan.com/TX/text/SB768/id/2808752/Texas-2023-SB768-Enrolled.html', facts: "AG deadline was 60th day before S.B. 768 (struck text '[60th]')" },
      { where: PERKINS_CHART_2021, facts: 'H.B. 4390 dates, AG content' },
      { where: BLOOMBERG_TABLE, facts: 'AG within 60 days effective 2020-01-01' },
    ],
  },
  {
    id: 'TX-2021',
    effectiveFrom: '2021-09-01',
    effectiveTo: '2023-08-31',
    citations: ['Tex. Bus. & Com. Code § 521.053 as amended by H.B. 3746 and H.B. 3529 (2021, eff. 2021-09-01)'],
    summary: 'Texas kept the 60-day limits for individuals and the Attorney General, added a sixth item to the Attorney General notice and began publishing those notices.',
    coverage: coverage({ ...PRIVATE, local_government: LOCAL_UNSETTLED, state_agency: AGENCY_VIA_2054_1125 }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: SPI_2009,
    substituteNotice: SUBSTITUTE,
    obligations: [
      within60Days,
      attorneyGeneral(60, AG_CONTENT_2021, 'The Attorney General posts a public listing of notices within 30 days and removes it after a year without a further breach (§ 521.053(j)).'),
      consumerReportingAgencies('determined'),
      vendorNotice('Tex. Bus. & Com. Code § 521.053(c)'),
    ],
    confidence: 'high',
    unverified: [
      UNVERIFIED_DEFINITION,
      'The research notes named 2021 as the year local governments were brought under § 521.053; the enacted text shows that happened only with S.B. 271 (2023), so this version keeps local governments uncertain.',
    ],
    sources: [
      ...SPI_SOURCES,
      { where: PERKINS_CHART_2021, facts: '2021 amendments: new AG content item and AG website posting, effective 2021-09-01' },
      { where: BLOOMBERG_TABLE, facts: 'H.B. 3746 posting rule' },
      { where: 'https://capitol.texas.gov/tlodocs/88R/analysis/html/SB00271H.htm', facts: 'S.B. 271 (2023) analysis: local governments were not yet covered' },
    ],
  },
  {
    id: 'TX-2023',
    effectiveFrom: '2023-09-01',
    effectiveTo: null,
    citations: [
      'Tex. Bus. & Com. Code § 521.053 as amended by S.B. 768 (signed 2023-05-27, Acts 2023 88th Leg. ch. 246, eff. 2023-09-01)',
      "Tex. Gov't Code § 2054.603(b)(1) as added by S.B. 271 (eff. 2023-09-01)",
    ],
    summary: 'Texas requires notice to individuals within 60 days and, for 250 or more Texans, to the Attorney General within 30 days of determining the breach, on the Attorney General\'s online form.',
    coverage: coverage({
      ...PRIVATE,
      local_government: ['yes', "Gov't Code § 2054.603(b)(1) (S.B. 271, eff. 2023-09-01) requires a local government to comply with § 521.053 as if it were a person conducting business in Texas."],
      state_agency: ['yes', "Gov't Code § 2054.603(b)(1) (formerly § 2054.1125(b)) requires a state agency to comply with § 521.053 as if it were a person conducting business in Texas."],
    }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: SPI_2009,
    substituteNotice: SUBSTITUTE,
    obligations: [
      within60Days,
      attorneyGeneral(
        30,
        [...AG_CONTENT_2021, 'Submitted electronically on the form on the Attorney General\'s website'],
        'As soon as practicable and not later than the 30th day after determination (S.B. 768).',
      ),
      consumerReportingAgencies('determined'),
      vendorNotice('Tex. Bus. & Com. Code § 521.053(c)'),
    ],
    confidence: 'high',
    unverified: [UNVERIFIED_DEFINITION],
    sources: [
      ...SPI_SOURCES,
      { where: 'https://legiscan.com/TX/text/SB768/id/2808752/Texas-2023-SB768-Enrolled.html', facts: 'S.B. 768 enrolled text: 30th [60th] day, electronic form' },
      { where: 'https://www.dataguidance.com/news/texas-amendments-breach-notification-law-signed', facts: 'signed 2023-05-27, effective 2023-09-01' },
      { where: 'github Ansvar-Systems/US-law-mcp path data/seed/states/tx.json (text of § 521.053(a)-(b))', facts: 'current § 521.053(b) wording (60th day after determination)' },
      { where: 'https://dir.texas.gov/information-security/cybersecurity-incident-management-and-reporting/sb-271-security-incident', facts: '§ 2054.603 applies to state agencies and local governments from 2023-09-01' },
    ],
  },
];

const DIR = 'Texas Department of Information Resources (including its Chief Information Security Officer)';
const dirNotice = (citation: string, condition: string): ObligationRule =>
  obligation({
    id: 'dir-48h',
    recipient: 'state_agency',
    recipientName: DIR,
    citation,
    deadline: hours(48, 'discovered'),
    condition,
    notes: 'Report through the channel DIR prescribes and follow its incident-reporting rules.',
  });

const gov: RuleVersion[] = [
  {
    id: 'TX-GOV-2017',
    effectiveFrom: '2017-09-01',
    effectiveTo: '2023-08-31',
    citations: ["Tex. Gov't Code § 2054.1125(b) as amended by H.B. 8 (85th Leg., Texas Cybersecurity Act, eff. 2017-09-01)"],
    summary: 'Texas state agencies had to report a breach, suspected breach or unauthorized exposure to the Department of Information Resources within 48 hours of discovering it.',
    coverage: governmentOnlyCoverage('Tex. Bus. & Com. Code § 521.053', {
      local_government: ['no', "§ 2054.1125 named state agencies only; local governments were added by S.B. 271 (Gov't Code § 2054.603) from 2023-09-01."],
      state_agency: ['yes', "§ 2054.1125(b) requires a state agency to notify DIR within 48 hours of a breach, suspected breach or unauthorized exposure."],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    personalInformation: DIR_SCOPE(
      "Tex. Gov't Code § 2054.1125(b)(2), with Tex. Bus. & Com. Code § 521.002(a)(2)",
      'sensitive personal information under Bus. & Com. Code § 521.002(a)(2), and also any confidential or legally protected information, so breachdesk treats any exposed data as in scope',
    ),
    obligations: [
      dirNotice(
        "Tex. Gov't Code § 2054.1125(b)(2)",
        'Any breach, suspected breach or unauthorized exposure of sensitive personal, confidential or legally protected information. If election data is involved, the Secretary of State is to be notified.',
      ),
    ],
    confidence: 'medium',
    unverified: [
      'What counts as confidential or legally protected information (and, from 2023, whether a ransomware incident touched any data) cannot be read from the exposed data elements, so any exposed element is treated as in scope.',
      'The enacted text of H.B. 8 (2017) was not read; the 48-hour duty and its 2017-09-01 start come from the Legislature\'s bill summary and a law-firm note (the research record had assumed 2019-09-01).',
      'The 2017 text also named the state cybersecurity coordinator as a recipient; when that was dropped (before 2021) was not verified.',
      'Whether the Secretary of State notice for election data replaced or added to the DIR notice before 2023.',
    ],
    sources: [
      { where: 'http://capitol.texas.gov/tlodocs/871/billtext/html/HB00307I.HTM', facts: 'pre-2021 § 2054.1125 wording shown as struck text in H.B. 307 (87th 1st C.S.) and H.B. 4395 drafts' },
      { where: 'https://capitol.texas.gov/billlookup/BillSummary.aspx?Bill=HB8&LegSess=85R', facts: 'H.B. 8 (Texas Cybersecurity Act), effective 2017-09-01, sets notice duties for state agencies after a breach, suspected breach or unauthorized exposure' },
      { where: 'https://violetsullivan.com/2017/08/24/cybersecurity-act-passes-texas-legislature/', facts: 'state agencies notify DIR (incl. CISO), the state cybersecurity coordinator and, for election data, the Secretary of State within 48 hours' },
    ],
  },
  {
    id: 'TX-GOV-2023',
    effectiveFrom: '2023-09-01',
    effectiveTo: null,
    citations: ["Tex. Gov't Code § 2054.603 (transferred from § 2054.1125 and amended by S.B. 271, 88th Leg., eff. 2023-09-01)"],
    summary: 'Texas state agencies and local governments must report a security incident to the Department of Information Resources within 48 hours and send a cause analysis by the 10th business day after recovery.',
    coverage: governmentOnlyCoverage('Tex. Bus. & Com. Code § 521.053', {
      local_government: ['yes', "§ 2054.603(b)-(c) (S.B. 271) covers local governments, except incidents they must report to the grid's independent organization under the Utilities Code (§ 2054.603(d))."],
      state_agency: ['yes', '§ 2054.603(b)-(c) covers state agencies.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    personalInformation: DIR_SCOPE(
      "Tex. Gov't Code § 2054.603(a), with Tex. Bus. & Com. Code § 521.002(a)(2)",
      'a breach or suspected breach of sensitive personal information under Bus. & Com. Code § 521.002(a)(2), or a ransomware incident whatever data it touched, so breachdesk treats any exposed data as in scope',
    ),
    obligations: [
      dirNotice(
        "Tex. Gov't Code § 2054.603(b)(2)",
        'Any security incident: a breach or suspected breach under § 521.053, or ransomware. If election data is involved, notify the Secretary of State instead. Not for incidents a local government reports to the grid\'s independent organization (§ 2054.603(d)).',
      ),
      obligation({
        id: 'dir-cause-report',
        recipient: 'state_agency',
        recipientName: DIR,
        citation: "Tex. Gov't Code § 2054.603(c)",
        deadline: businessDays(10, 'recovered'),
        requiredContent: ['Details of the security incident', 'An analysis of its cause'],
        notes: 'Due by the 10th business day after eradication, closure and recovery.',
      }),
    ],
    confidence: 'medium',
    unverified: [
      'What counts as confidential or legally protected information (and, from 2023, whether a ransomware incident touched any data) cannot be read from the exposed data elements, so any exposed element is treated as in scope.',
      'Whether H.B. 150 (2025, Texas Cyber Command, Gov\'t Code ch. 2063) now routes these reports to the Command instead of DIR.',
    ],
    sources: [
      { where: 'https://codes.findlaw.com/tx/government-code/gov-t-sect-2054-603/', facts: '§ 2054.603 text (FindLaw, current as of 2024-01-01): 48 hours to DIR/CISO or SoS; 10th business day cause report' },
      { where: 'https://capitol.texas.gov/tlodocs/88R/billtext/html/SB00271F.htm', facts: 'S.B. 271 enrolled: § 2054.1125 transferred to § 2054.603, local governments and ransomware added' },
      { where: 'https://statescoop.com/texas-cybersecurity-incident-reporting-portal/', facts: 'S.B. 271: local governments newly required to report within 48 hours; details within 10 days of resolution' },
      { where: 'https://statutes.capitol.texas.gov/GetStatute.aspx?Code=GV&Value=2063', facts: 'Texas Cyber Command chapter 2063 exists (H.B. 150)' },
    ],
  },
];

export const texas: Jurisdiction = {
  code: 'TX',
  name: 'Texas',
  kind: 'state',
  holidays: { country: 'US', state: 'TX' },
  laws: [
    { id: 'TX-BCC-521', title: 'Tex. Bus. & Com. Code ch. 521 (Identity Theft Enforcement and Protection Act), § 521.053', scope: 'residents', versions: bcc },
    { id: 'TX-GOV-2054', title: "Tex. Gov't Code § 2054.603 (formerly § 2054.1125): security incident notice by state agencies and local governments", scope: 'home', versions: gov },
  ],
};
