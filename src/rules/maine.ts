// Maine: the Notice of Risk to Personal Data Act (10 M.R.S. §§ 1346-1350-B). One law for
// everyone, widened step by step: information brokers (2006), all persons and state agencies
// (2007), a 7-business-day limit after law-enforcement clearance (2009), municipalities and a
// 30-day limit (2019).
import type { Coverage, Jurisdiction, ObligationRule, OrgCategory, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  BLOOMBERG_TABLE,
  PERKINS_CHART_2021,
  calendarDays,
  coverage,
  obligation,
  residents,
  restart,
  toll,
  withIndividuals,
  withoutDelay,
} from './shared.js';

// "Personal information", § 1347(6), unchanged since P.L. 2005, c. 379: a name with an SSN, a licence
// or state ID number, an account or card number usable without further codes, or an account password,
// PIN or other access code; and any of those without a name if enough to assume the person's identity.
const PERSONAL_INFORMATION: PersonalInformationDefinition = {
  citation: '10 M.R.S. § 1347(6)',
  summary:
    "a person's first name or initial and last name with an unencrypted, unredacted Social Security number, driver's licence or state ID number, an account or card number that could be used without further codes, or an account password, PIN or other access code; or any of those without a name if enough to assume the person's identity",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'password', 'access_code', 'card_security_code'] },
    // A card number is usable without further codes once its expiration date or code is out too.
    { all: ['name', 'card_number'], anyOf: ['card_expiration', 'card_security_code', 'access_code', 'password'] },
    { all: ['name', 'account_number'], anyOf: [] },
    // Without a name: what would let someone pass as the person.
    { all: [], anyOf: ['ssn', 'drivers_license', 'state_id'] },
  ],
};
const DEFINITION_READING =
  'The definition turns on facts breachdesk cannot see (whether an account number could be used without further codes, whether data without a name would let someone assume an identity): with a name it counts any account number and a card number with its expiration date or a code; without a name only an SSN, licence or state ID number; a card security code counts as an "other access code".';
const SUBSTITUTE = { costOver: 5_000, recipientsOver: 1_000, citation: '10 M.R.S. § 1347(4)(C)' };
const ENCRYPTED_NOT_PI = { exists: true, keyException: false, citation: '10 M.R.S. § 1347(6)' };

const vendorNotice = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: '10 M.R.S. § 1348(2)',
  deadline: withoutDelay('discovered', 'immediately after the vendor discovers the breach, if personal information was or is reasonably believed to have been acquired by an unauthorized person'),
  lawEnforcement: toll('10 M.R.S. § 1348(3)'),
  condition:
    "This duty binds a third party that maintains the data on the owner's behalf without owning it, not the owner. It is shown so the owner can see when its vendor had to tell it; record the vendor's notice as a notified_by_vendor event.",
  notes: "The statute counts from the vendor's own discovery; when only the owner's discovery is recorded, breachdesk counts from that.",
});
const VENDOR_UNVERIFIED = 'The third-party duty of § 1348(2) was read only in its current form (research record, Mintz); that the text of this period had it is assumed, as is that the law-enforcement delay of § 1348(3) reaches it.';
const DEFINITION_SOURCES = [
  { where: 'https://legislature.maine.gov/legis/bills/bills_122nd/chapters/PUBLIC379-3.asp', facts: 'P.L. 2005, c. 379: § 1347(6) personal information (elements A-E)' },
  { where: 'https://getpocketlaw.com/law/state_maine/section-10--1347-definitions_1d24e79e75ec', facts: 'current § 1347 with history notes: (6) unchanged since 2005; (4) notice incl. substitute notice' },
];

const EXPEDIENT = 'As expediently as possible and without unreasonable delay after becoming aware of the breach and completing a prompt, good-faith investigation.';
const SEVEN_DAYS_AFTER_CLEARANCE = restart(7, 'business', '10 M.R.S. § 1348(3)');

const individuals = (rule: Pick<ObligationRule, 'deadline' | 'lawEnforcement' | 'notes'>): ObligationRule =>
  obligation({ id: 'individuals', recipient: 'individuals', recipientName: 'Affected Maine residents', citation: '10 M.R.S. § 1348(1)', ...rule });

const regulator = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Maine Attorney General, or the appropriate regulator in the Department of Professional and Financial Regulation',
  citation: '10 M.R.S. § 1348(5)',
  deadline: withIndividuals,
  condition: 'An organisation regulated by the Department of Professional and Financial Regulation notifies its regulator there instead of the Attorney General.',
  notes: 'Required whenever residents must be notified. The statute names no separate time; this catalogue expects it no later than the resident notice.',
});

const creditBureaus = (anchor: 'discovered' | 'scope_identified', requiredContent: string[]): ObligationRule =>
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Nationwide consumer reporting agencies',
    citation: '10 M.R.S. § 1348(4)',
    deadline: withoutDelay(anchor, 'Without unreasonable delay when more than 1,000 persons are to be notified at one time.'),
    threshold: residents(1000, 'more_than'),
    requiredContent,
    notes: 'The statute counts persons notified at a single time.',
  });

const CRA_CONTENT_2019 = [
  'Date of the breach',
  'Estimated number of persons affected, if known',
  'Actual or anticipated date the residents were or will be notified',
];

const PRIVATE_YES = {
  business: ['yes', '10 M.R.S. § 1347 defines "person" to include individuals, corporations, partnerships and other entities.'],
  nonprofit: ['yes', '10 M.R.S. § 1347: "person" includes associations and other entities, and names private colleges and universities.'],
  state_agency: ['yes', '10 M.R.S. § 1347: "person" includes agencies of State Government and the state university and college systems.'],
} as const;
const MUNICIPALITIES_NOT_YET = [
  'no',
  'Municipalities and school administrative units were added to "person" in § 1347 only by P.L. 2019, c. 512 (L.D. 696, eff. 2019-09-19), which the Legislature treated as a new local mandate.',
] as const;
const coverageFrom2007: Record<OrgCategory, Coverage> = coverage({ ...PRIVATE_YES, local_government: MUNICIPALITIES_NOT_YET });

const MISUSE_TEST = {
  exists: true,
  standard: 'No notice if a prompt, good-faith investigation finds no reasonable likelihood that the information has been or will be misused (information brokers must notify regardless).',
  recordToKeep: null,
};
const FACTS_SOURCE = {
  where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) paths data/notification_days.csv, data/ag_notice_effective_date.csv, data/cra_notice_effective_date.csv, data/all_laws.txt',
  facts: 'timing wording, regulator and CRA since 2006-01-31, 30-day rule from 2019-09-19',
};
const PFR_FAQ = {
  where: 'https://www.maine.gov/pfr/insurance/node/211',
  facts: 'Act amended in 2009 (timing after law-enforcement clearance) and effective 2019-09-19 (municipalities and school units added; 30-day cap)',
};
const HUNTON_2009 = {
  where: 'https://huntonak.com/privacy-and-information-security-law/maine-requires-breach-notice-within-seven-days-of-go-ahead-from-law-enforcement',
  facts: 'L.D. 970 (2009): notice within 7 business days after law enforcement clears it; effective 90 days after the 2009 session closed',
};

const versions: RuleVersion[] = [
  {
    id: 'ME-2006',
    effectiveFrom: '2006-01-31',
    effectiveTo: '2007-01-30',
    citations: ['Me. Rev. Stat. tit. 10, §§ 1346 to 1350 (P.L. 2005, c. 379, L.D. 1671)'],
    summary: 'Maine\'s first breach law bound only information brokers, which had to notify affected residents as expediently as possible.',
    coverage: coverage({
      business: ['uncertain', 'Until 2007-01-31 the duty in § 1348 bound only information brokers (businesses that sell personal information to unaffiliated third parties for a fee, § 1347).'],
      nonprofit: ['uncertain', 'Only an information broker (§ 1347) was bound until 2007-01-31.'],
      local_government: ['no', 'Only information brokers were bound until 2007-01-31; municipalities were added in 2019.'],
      state_agency: ['no', 'Only information brokers were bound until 2007-01-31.'],
    }),
    encryptionSafeHarbor: ENCRYPTED_NOT_PI,
    riskOfHarmException: null,
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: SUBSTITUTE,
    obligations: [
      individuals({ deadline: withoutDelay('discovered', EXPEDIENT), lawEnforcement: toll('10 M.R.S. § 1348(3)'), notes: null }),
      regulator,
      creditBureaus('discovered', []),
      vendorNotice,
    ],
    confidence: 'medium',
    unverified: [
      'That the original act bound only information brokers rests on the Attorney General\'s 2007 announcement, the 2006 amending bill and the 2005 text of § 1348(1), which names information brokers.',
      'The harm test of this period was not checked.',
      DEFINITION_READING,
      VENDOR_UNVERIFIED,
      'The substitute-notice figures ($5,000 / 1,000) are from the research record, not read in the 2005 text.',
    ],
    sources: [
      FACTS_SOURCE,
      ...DEFINITION_SOURCES,
      { where: BLOOMBERG_TABLE, facts: 'expedient wording' },
      { where: 'https://www.maine.gov/ag/news/article.shtml?id=44782', facts: 'from 2007-01-31 individuals, businesses and other entities must notify consumers' },
    ],
  },
  {
    id: 'ME-2007',
    effectiveFrom: '2007-01-31',
    effectiveTo: '2009-09-11',
    citations: ['Me. Rev. Stat. tit. 10, §§ 1346 to 1350-A as amended by P.L. 2005, c. 583 (L.D. 2017)'],
    summary: 'Maine extended the duty to every person and state agency holding residents\' data, still with no fixed number of days.',
    coverage: coverageFrom2007,
    encryptionSafeHarbor: ENCRYPTED_NOT_PI,
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: SUBSTITUTE,
    obligations: [
      individuals({ deadline: withoutDelay('discovered', EXPEDIENT), lawEnforcement: toll('10 M.R.S. § 1348(3)'), notes: null }),
      regulator,
      creditBureaus('discovered', []),
      vendorNotice,
    ],
    confidence: 'medium',
    unverified: [DEFINITION_READING, VENDOR_UNVERIFIED],
    sources: [
      FACTS_SOURCE,
      ...DEFINITION_SOURCES,
      { where: 'https://www.maine.gov/ag/news/article.shtml?id=44782', facts: 'from 2007-01-31 individuals, businesses and other entities must notify consumers' },
      { where: 'https://legislature.maine.gov/legis/bills/bills_122nd/billtexts/LD201701.asp', facts: 'L.D. 2017 (2006) replaces "information broker" with "person" in the notice duties' },
    ],
  },
  {
    id: 'ME-2009',
    effectiveFrom: '2009-09-12',
    effectiveTo: '2019-09-18',
    citations: ['Me. Rev. Stat. tit. 10, §§ 1346 to 1350-B as amended by P.L. 2009, c. 161 (L.D. 970)'],
    summary: 'Maine kept the open-ended standard but limited notice after a law-enforcement delay to 7 business days from clearance.',
    coverage: coverageFrom2007,
    encryptionSafeHarbor: ENCRYPTED_NOT_PI,
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: SUBSTITUTE,
    obligations: [
      individuals({ deadline: withoutDelay('discovered', EXPEDIENT), lawEnforcement: SEVEN_DAYS_AFTER_CLEARANCE, notes: null }),
      regulator,
      creditBureaus('discovered', []),
      vendorNotice,
    ],
    confidence: 'medium',
    unverified: [
      'The start date 2009-09-12 is computed as 90 days after the Legislature adjourned on 2009-06-13; the sources give only "90 days after adjournment".',
      DEFINITION_READING,
      VENDOR_UNVERIFIED,
    ],
    sources: [FACTS_SOURCE, HUNTON_2009, PFR_FAQ, ...DEFINITION_SOURCES],
  },
  {
    id: 'ME-2019',
    effectiveFrom: '2019-09-19',
    effectiveTo: null,
    citations: ['Me. Rev. Stat. tit. 10, §§ 1346 to 1350-B as amended by L.D. 696 (P.L. 2019, ch. 512)'],
    summary: 'Maine requires notice to residents within 30 days of knowing of the breach and its scope, and now covers municipalities and school units.',
    coverage: coverage({
      ...PRIVATE_YES,
      local_government: ['yes', '10 M.R.S. § 1347 as amended by L.D. 696 (eff. 2019-09-19) names municipalities and school administrative units as persons.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: false, citation: '10 M.R.S. § 1347' },
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: SUBSTITUTE,
    obligations: [
      individuals({
        deadline: calendarDays(30, 'scope_identified'),
        lawEnforcement: SEVEN_DAYS_AFTER_CLEARANCE,
        notes: 'No more than 30 days after becoming aware of the breach and identifying its scope; after a law-enforcement delay, within 7 business days of clearance instead.',
      }),
      regulator,
      creditBureaus('scope_identified', CRA_CONTENT_2019),
      vendorNotice,
    ],
    confidence: 'high',
    unverified: ['Whether encrypted data taken together with its key is notifiable in Maine was not checked.', DEFINITION_READING],
    sources: [
      ...DEFINITION_SOURCES,
      { where: 'https://www.mintz.com/mintz-matrix/maine', facts: 'third party maintaining data for the owner must notify it after discovering a breach; data elements alone count if enough to assume an identity' },
      { where: PERKINS_CHART_2021, facts: '30 days, 7 business days, regulator, CRA, substitute' },
      { where: BLOOMBERG_TABLE, facts: 'cross-check, Bulletin 345' },
      PFR_FAQ,
      { where: 'http://www.mainelegislature.org/legis/bills/bills_129th/billtexts/SP020904.asp', facts: 'L.D. 696 amendment: 30 days after awareness and scope unless delayed for law enforcement' },
      { where: 'https://legislature.maine.gov/legis/bills/bills_129th/fiscalnotes/FN069605.htm', facts: 'L.D. 696 requires municipalities and school districts to give notice (new local mandate)' },
    ],
  },
];

export const maine: Jurisdiction = {
  code: 'ME',
  name: 'Maine',
  kind: 'state',
  holidays: { country: 'US', state: 'ME' },
  laws: [{ id: 'ME-10-1346', title: 'Notice of Risk to Personal Data Act, 10 M.R.S. §§ 1346-1350-B', scope: 'residents', versions }],
};
