// Maine: the Notice of Risk to Personal Data Act (10 M.R.S. §§ 1346-1350-B). One law for
// everyone, widened step by step: information brokers (2006), all persons and state agencies
// (2007), a 7-business-day limit after law-enforcement clearance (2009), municipalities and a
// 30-day limit (2019).
import type { Coverage, EncryptionSafeHarbor, FactCheck, Jurisdiction, OrgCategory, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import {
  BLOOMBERG_TABLE,
  NATIONWIDE_CRAS,
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

const CHECKED = '2026-12-08';

// The texts read on 2026-12-08.
const PL_2005_379 = 'https://legislature.maine.gov/legis/bills/bills_122nd/chapters/PUBLIC379-3.asp (P.L. 2005, c. 379, page 3: § 1347(6)-(8), § 1348(1))';
const LD_284_2017 = 'https://legislature.maine.gov/legis/bills/bills_128th/billtexts/HP021701.asp (L.D. 284 of 2017, reprinting § 1348(3) as amended by P.L. 2009, c. 161)';
const LD_696_S364 = 'http://www.mainelegislature.org/legis/bills/bills_129th/billtexts/SP020904.asp (L.D. 696, Senate Amendment S-364, enacted as P.L. 2019, c. 512)';
const AG_PAGE = 'https://www.maine.gov/ag/consumer-protection/data-security-breaches';
const PFR_FORM = 'https://www.maine.gov/pfr/insurance/form/notification-of-breach-of-system';
const AICPA_ME = 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Maine%20State%20Security%20Breach%20Laws.aspx';
const MCAFEE_ME = 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/maine.aspx';
const CURRENT_NOT_READ = 'The current text of 10 M.R.S. §§ 1347 and 1348 was not reachable; the 2005 chapter law, the 2009 and 2019 amendments as reprinted in bills, and summaries were read instead.';


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
const KEY_SILENT: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: '§ 1347(6): personal information when "either the name or the data elements are not encrypted or redacted"; nothing on keys',
  citation: '10 M.R.S. § 1347(6)',
};
const KEY_UNVERIFIED = '§ 1347(6) exempts encrypted or redacted data without a word on keys (as in the 2005 text read): encrypted data taken with its key is literally outside the law, but notice is the safer reading.';

const VENDOR_NOTICE = obligation({
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
  { where: PL_2005_379, facts: 'P.L. 2005, c. 379: § 1347(6) personal information (elements A-E), § 1348(1) information broker notice' },
  { where: 'https://getpocketlaw.com/law/state_maine/section-10--1347-definitions_1d24e79e75ec', facts: 'current § 1347 with history notes: (6) unchanged since 2005; (4) notice incl. substitute notice' },
];

const EXPEDIENT = 'As expediently as possible and without unreasonable delay after becoming aware of the breach and completing a prompt, good-faith investigation.';
const SEVEN_DAYS_AFTER_CLEARANCE = restart(7, 'business', '10 M.R.S. § 1348(3)');

const INDIVIDUALS_2006 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Maine residents', citation: '10 M.R.S. § 1348(1)',
  deadline: withoutDelay('discovered', EXPEDIENT), lawEnforcement: toll('10 M.R.S. § 1348(3)'),
});
const INDIVIDUALS_2009 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Maine residents', citation: '10 M.R.S. § 1348(1)',
  deadline: withoutDelay('discovered', EXPEDIENT), lawEnforcement: SEVEN_DAYS_AFTER_CLEARANCE,
});
// L.D. 696 (S-364): the 30 days run only "if there is no delay of notification due to law enforcement
// investigation"; otherwise the 7 business days after clearance of § 1348(3) govern.
const INDIVIDUALS_2019 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Maine residents', citation: '10 M.R.S. § 1348(1)',
  deadline: calendarDays(30, 'scope_identified'), lawEnforcement: SEVEN_DAYS_AFTER_CLEARANCE,
  notes: 'No more than 30 days after becoming aware of the breach and identifying its scope; after a law-enforcement delay, within 7 business days of clearance instead.',
});

const REGULATOR = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Maine Attorney General, or the appropriate regulator in the Department of Professional and Financial Regulation',
  citation: '10 M.R.S. § 1348(5)',
  deadline: withIndividuals,
  condition: 'An organisation regulated by the Department of Professional and Financial Regulation notifies its regulator there instead of the Attorney General.',
  notes: 'Required whenever residents must be notified. The statute names no separate time (the 30 days of 2019 cover the resident notices only); this catalogue expects it no later than the resident notice.',
});
const REGULATOR_TIME = 'The regulator notice of § 1348(5) has no time of its own; breachdesk plans it with the resident notice, which is an assumption, not the statute.';

const CRA_2006 = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: '10 M.R.S. § 1348(4)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 persons are to be notified at one time.'),
  threshold: residents(1000, 'more_than'),
  notes: 'The statute counts persons notified at a single time.',
});
// The 30 days of L.D. 696 govern the resident notices (§ 1348(1)(A), (B)); the credit-bureau notice
// of § 1348(4) keeps "without unreasonable delay" from discovery.
const CRA_2019 = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: '10 M.R.S. § 1348(4)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 persons are to be notified at one time.'),
  threshold: residents(1000, 'more_than'),
  requiredContent: [
    'Date of the breach',
    'Estimated number of persons affected, if known',
    'Actual or anticipated date the residents were or will be notified',
  ],
  notes: 'The statute counts persons notified at a single time.',
});

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
const FACTS_URL = 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) paths data/notification_days.csv, data/ag_notice_effective_date.csv, data/cra_notice_effective_date.csv, data/all_laws.txt';
const FACTS_SOURCE = {
  where: FACTS_URL,
  facts: 'timing wording, regulator and CRA since 2006-01-31, 30-day rule from 2019-09-19',
};
const PFR_FAQ_URL = 'https://www.maine.gov/pfr/insurance/node/211';
const PFR_FAQ = {
  where: PFR_FAQ_URL,
  facts: 'Act amended in 2009 (timing after law-enforcement clearance) and effective 2019-09-19 (municipalities and school units added; 30-day cap)',
};
const HUNTON_URL = 'https://huntonak.com/privacy-and-information-security-law/maine-requires-breach-notice-within-seven-days-of-go-ahead-from-law-enforcement';
const HUNTON_2009 = {
  where: HUNTON_URL,
  facts: 'L.D. 970 (2009): notice within 7 business days after law enforcement clears it; effective 90 days after the 2009 session closed',
};

// Facts shared by the versions.
const F_PI_2005: FactCheck = { kind: 'primary', where: PL_2005_379, says: '§ 1347(6): name with SSN, licence or state ID, account or card number usable without codes, or passwords/PINs; or those alone if enough to assume the identity; not encrypted or redacted', checked: CHECKED };
const F_PI_LATER: FactCheck = { kind: 'secondary', where: `${PL_2005_379}; https://getpocketlaw.com/law/state_maine/section-10--1347-definitions_1d24e79e75ec`, says: '§ 1347(6) as enacted in 2005, shown unchanged by the current history notes', checked: CHECKED, why: CURRENT_NOT_READ };
const F_KEY_2005: FactCheck = { kind: 'primary', where: PL_2005_379, says: '§ 1347(6): "when either the name or the data elements are not encrypted or redacted"; no key clause', checked: CHECKED };
const F_KEY_LATER: FactCheck = { kind: 'secondary', where: `${PL_2005_379}; https://www.dwt.com/maine/`, says: 'the 2005 wording, no key clause (a law-firm summary claims a key exception the text read does not show)', checked: CHECKED, why: CURRENT_NOT_READ };
const F_HARM_LATER: FactCheck = { kind: 'secondary', where: `${MCAFEE_ME}; ${AICPA_ME}`, says: 'information brokers notify on acquisition; other persons only if misuse has occurred or is reasonably possible, after a prompt good-faith investigation', checked: CHECKED, why: CURRENT_NOT_READ };
const F_THRESHOLD: FactCheck = { kind: 'secondary', where: `${AG_PAGE}; ${PERKINS_CHART_2021}`, says: 'credit bureaus when more than 1,000 persons are to be notified at a single time; regulator whenever residents are notified', checked: CHECKED, why: `§ 1348(4)-(5): ${CURRENT_NOT_READ}` };
const F_LE_OLD: FactCheck = { kind: 'secondary', where: `${LD_284_2017}; ${HUNTON_URL}`, says: 'before 2009: delay while law enforcement finds notice would compromise its investigation, then notice (a pause)', checked: CHECKED, why: 'The 2005 § 1348(3) lies on a page of the chapter law that could not be read; the 2009 amendment that replaced it was.' };
const F_LE_2009: FactCheck = { kind: 'primary', where: LD_284_2017, says: '§ 1348(3) as amended by P.L. 2009, c. 161: delay no longer than 7 business days after law enforcement finds notice will not compromise the investigation (a new clock)', checked: CHECKED };
const F_SUBST: FactCheck = { kind: 'secondary', where: `${FACTS_URL}; ${PERKINS_CHART_2021}`, says: '§ 1347(4)(C): cost over $5,000 or more than 1,000 to notify, or no contact data', checked: CHECKED, why: 'The notice definition of § 1347(4) was not read.' };
const F_CONTENT_NONE: FactCheck = { kind: 'secondary', where: `${PERKINS_CHART_2021}; ${BLOOMBERG_TABLE}`, says: 'no content for resident notices', checked: CHECKED, why: CURRENT_NOT_READ };
const F_FORBIDDEN: FactCheck = { kind: 'secondary', where: `${PERKINS_CHART_2021}; ${BLOOMBERG_TABLE}`, says: 'none: nothing in a notice is forbidden', checked: CHECKED, why: CURRENT_NOT_READ };
const F_COVERAGE_2007: FactCheck = { kind: 'secondary', where: 'https://legislature.maine.gov/legis/bills/bills_122nd/billtexts/LD201701.asp; https://www.maine.gov/ag/news/article.shtml?id=44782', says: 'L.D. 2017 replaces "information broker" with "person" in the duties from 2007-01-31; "person" includes State agencies, not yet municipalities', checked: CHECKED, why: 'Read by the earlier research; the AG announcement was re-read, the bill text was not.' };

const V_2006: Verification = {
  effective_dates: { kind: 'secondary', where: `${AICPA_ME}; https://www.maine.gov/ag/news/article.shtml?id=44782`, says: 'L.D. 1671 effective 2006-01-31; the wider duty from 2007-01-31', checked: CHECKED, why: 'The chapter law\'s effective date (90 days after adjournment) is stated only in summaries.' },
  coverage: { kind: 'primary', where: PL_2005_379, says: '§ 1348(1): "An information broker that maintains computerized data" must notify; no other person is named', checked: CHECKED },
  personal_information: F_PI_2005,
  encryption: F_KEY_2005,
  risk_of_harm: { kind: 'primary', where: PL_2005_379, says: 'none: the broker notifies every resident whose information was or is reasonably believed acquired', checked: CHECKED },
  deadline: { kind: 'primary', where: PL_2005_379, says: '§ 1348(1): as expediently as possible and without unreasonable delay', checked: CHECKED },
  anchor: { kind: 'primary', where: PL_2005_379, says: '§ 1348(1): following discovery or notification of the security breach', checked: CHECKED },
  threshold: F_THRESHOLD,
  law_enforcement: F_LE_OLD,
  substitute_notice: F_SUBST,
  required_content: F_CONTENT_NONE,
  forbidden_content: F_FORBIDDEN,
};
const V_2007: Verification = {
  effective_dates: { kind: 'secondary', where: `https://www.maine.gov/ag/news/article.shtml?id=44782; ${HUNTON_URL}`, says: 'all persons from 2007-01-31; L.D. 970 effective 90 days after the 2009 session', checked: CHECKED, why: 'Read in the Attorney General\'s announcement and a law-firm note, not the chapter laws.' },
  coverage: F_COVERAGE_2007,
  personal_information: F_PI_LATER,
  encryption: F_KEY_LATER,
  risk_of_harm: F_HARM_LATER,
  deadline: { kind: 'secondary', where: `${MCAFEE_ME}; ${PL_2005_379}`, says: 'as expediently as possible and without unreasonable delay', checked: CHECKED, why: CURRENT_NOT_READ },
  anchor: { kind: 'secondary', where: MCAFEE_ME, says: 'following discovery or notification of the breach, after a prompt investigation', checked: CHECKED, why: CURRENT_NOT_READ },
  threshold: F_THRESHOLD,
  law_enforcement: F_LE_OLD,
  substitute_notice: F_SUBST,
  required_content: F_CONTENT_NONE,
  forbidden_content: F_FORBIDDEN,
};
const V_2009: Verification = {
  effective_dates: { kind: 'secondary', where: `${HUNTON_URL}; ${PFR_FAQ_URL}`, says: 'L.D. 970 effective 90 days after the 2009 session closed; L.D. 696 from 2019-09-19', checked: CHECKED, why: 'Neither chapter law\'s effective date was read; 2009-09-12 is computed.' },
  coverage: F_COVERAGE_2007,
  personal_information: F_PI_LATER,
  encryption: F_KEY_LATER,
  risk_of_harm: F_HARM_LATER,
  deadline: { kind: 'secondary', where: `${MCAFEE_ME}; ${LD_284_2017}`, says: 'as expediently as possible and without unreasonable delay; after a law-enforcement delay, 7 business days (read)', checked: CHECKED, why: CURRENT_NOT_READ },
  anchor: { kind: 'primary', where: LD_284_2017, says: '§ 1348(3): after the investigation required by subsection 1; the 7 days from law enforcement\'s determination', checked: CHECKED },
  threshold: F_THRESHOLD,
  law_enforcement: F_LE_2009,
  substitute_notice: F_SUBST,
  required_content: F_CONTENT_NONE,
  forbidden_content: F_FORBIDDEN,
};
const V_2019: Verification = {
  effective_dates: { kind: 'secondary', where: PFR_FAQ_URL, says: 'amended Act in force 2019-09-19', checked: CHECKED, why: 'The effective date of P.L. 2019, c. 512 was read in the Department\'s FAQ, not the chapter law.' },
  coverage: { kind: 'secondary', where: `https://legislature.maine.gov/legis/bills/bills_129th/fiscalnotes/FN069605.htm; ${PFR_FAQ_URL}`, says: 'L.D. 696 adds municipalities and school administrative units (a new local mandate)', checked: CHECKED, why: 'Read in the fiscal note and the Department\'s FAQ, not the amended § 1347.' },
  personal_information: F_PI_LATER,
  encryption: F_KEY_LATER,
  risk_of_harm: F_HARM_LATER,
  deadline: { kind: 'primary', where: LD_696_S364, says: 'resident notices (paragraphs A and B): as expediently as possible and, absent a law-enforcement delay, no more than 30 days', checked: CHECKED },
  anchor: { kind: 'primary', where: LD_696_S364, says: 'after the person becomes aware of a breach of security and identifies its scope', checked: CHECKED },
  threshold: F_THRESHOLD,
  law_enforcement: F_LE_2009,
  substitute_notice: F_SUBST,
  required_content: { kind: 'secondary', where: `${PERKINS_CHART_2021}; ${BLOOMBERG_TABLE}`, says: 'no content for residents; credit bureaus: date of the breach, estimated number affected, date residents were or will be notified', checked: CHECKED, why: CURRENT_NOT_READ },
  forbidden_content: F_FORBIDDEN,
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
    encryptionSafeHarbor: KEY_SILENT,
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2006, REGULATOR, CRA_2006, VENDOR_NOTICE],
    confidence: 'low',
    unverified: [
      'That the original act bound only information brokers rests on the 2005 text of § 1348(1), which names information brokers, the Attorney General\'s 2007 announcement and the 2006 amending bill.',
      DEFINITION_READING,
      VENDOR_UNVERIFIED,
      KEY_UNVERIFIED,
      REGULATOR_TIME,
      'The substitute-notice figures ($5,000 / 1,000) are from the research record, not read in the 2005 text.',
    ],
    sources: [
      FACTS_SOURCE,
      ...DEFINITION_SOURCES,
      { where: BLOOMBERG_TABLE, facts: 'expedient wording' },
      { where: 'https://www.maine.gov/ag/news/article.shtml?id=44782', facts: 'from 2007-01-31 individuals, businesses and other entities must notify consumers' },
    ],
    verification: V_2006,
  },
  {
    id: 'ME-2007',
    effectiveFrom: '2007-01-31',
    effectiveTo: '2009-09-11',
    citations: ['Me. Rev. Stat. tit. 10, §§ 1346 to 1350-A as amended by P.L. 2005, c. 583 (L.D. 2017)'],
    summary: 'Maine extended the duty to every person and state agency holding residents\' data, still with no fixed number of days.',
    coverage: coverageFrom2007,
    encryptionSafeHarbor: KEY_SILENT,
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2006, REGULATOR, CRA_2006, VENDOR_NOTICE],
    confidence: 'low',
    unverified: [DEFINITION_READING, VENDOR_UNVERIFIED, KEY_UNVERIFIED, REGULATOR_TIME, CURRENT_NOT_READ],
    sources: [
      FACTS_SOURCE,
      ...DEFINITION_SOURCES,
      { where: 'https://www.maine.gov/ag/news/article.shtml?id=44782', facts: 'from 2007-01-31 individuals, businesses and other entities must notify consumers' },
      { where: 'https://legislature.maine.gov/legis/bills/bills_122nd/billtexts/LD201701.asp', facts: 'L.D. 2017 (2006) replaces "information broker" with "person" in the notice duties' },
    ],
    verification: V_2007,
  },
  {
    id: 'ME-2009',
    effectiveFrom: '2009-09-12',
    effectiveTo: '2019-09-18',
    citations: ['Me. Rev. Stat. tit. 10, §§ 1346 to 1350-B as amended by P.L. 2009, c. 161 (L.D. 970)'],
    summary: 'Maine kept the open-ended standard but limited notice after a law-enforcement delay to 7 business days from clearance.',
    coverage: coverageFrom2007,
    encryptionSafeHarbor: KEY_SILENT,
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2009, REGULATOR, CRA_2006, VENDOR_NOTICE],
    confidence: 'low',
    unverified: [
      'The start date 2009-09-12 is computed as 90 days after the Legislature adjourned on 2009-06-13; the sources give only "90 days after adjournment".',
      DEFINITION_READING,
      VENDOR_UNVERIFIED,
      KEY_UNVERIFIED,
      REGULATOR_TIME,
    ],
    sources: [FACTS_SOURCE, HUNTON_2009, PFR_FAQ, ...DEFINITION_SOURCES, { where: LD_284_2017, facts: '§ 1348(3) as amended by P.L. 2009, c. 161: 7 business days after law enforcement\'s go-ahead' }],
    verification: V_2009,
  },
  {
    id: 'ME-2019',
    effectiveFrom: '2019-09-19',
    effectiveTo: null,
    citations: ['Me. Rev. Stat. tit. 10, §§ 1346 to 1350-B as amended by L.D. 696 (P.L. 2019, ch. 512)'],
    summary: 'Maine requires notice to residents within 30 days of knowing of the breach and its scope (7 business days after a law-enforcement delay ends), and now covers municipalities and school units.',
    coverage: coverage({
      ...PRIVATE_YES,
      local_government: ['yes', '10 M.R.S. § 1347 as amended by L.D. 696 (eff. 2019-09-19) names municipalities and school administrative units as persons.'],
    }),
    encryptionSafeHarbor: KEY_SILENT,
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2019, REGULATOR, CRA_2019, VENDOR_NOTICE],
    confidence: 'low',
    unverified: [KEY_UNVERIFIED, DEFINITION_READING, REGULATOR_TIME, 'When the credit-bureau content list (date, estimate, notice date) entered § 1348(4) was not read; it is shown from 2019.'],
    sources: [
      ...DEFINITION_SOURCES,
      { where: 'https://www.mintz.com/mintz-matrix/maine', facts: 'third party maintaining data for the owner must notify it after discovering a breach; data elements alone count if enough to assume an identity' },
      { where: PERKINS_CHART_2021, facts: '30 days, 7 business days, regulator, CRA, substitute' },
      { where: BLOOMBERG_TABLE, facts: 'cross-check, Bulletin 345' },
      PFR_FAQ,
      { where: LD_696_S364, facts: 'L.D. 696 amendment: 30 days after awareness and scope unless delayed for law enforcement' },
      { where: 'https://legislature.maine.gov/legis/bills/bills_129th/fiscalnotes/FN069605.htm', facts: 'L.D. 696 requires municipalities and school districts to give notice (new local mandate)' },
    ],
    verification: V_2019,
  },
];

export const maine: Jurisdiction = {
  code: 'ME',
  name: 'Maine',
  kind: 'state',
  holidays: { country: 'US', state: 'ME' },
  laws: [{ id: 'ME-10-1346', title: 'Notice of Risk to Personal Data Act, 10 M.R.S. §§ 1346-1350-B', scope: 'residents', versions }],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'Office of the Maine Attorney General, Consumer Protection Division (or the licensee\'s regulator in the Department of Professional and Financial Regulation)',
      ways: [
        { kind: 'online_form', value: AG_PAGE, formName: "Maine Attorney General's security breach reporting service" },
        { kind: 'online_form', value: PFR_FORM, formName: 'Bureau of Insurance: Notification of Breach of System Security Event (its licensees, 1-249 Maine residents)' },
      ],
      asksFor: [
        'Persons regulated by a bureau of the Department of Professional and Financial Regulation notify that bureau; all others notify the Attorney General (§ 1348(5))',
        'What the online service asks (its fields were not read); the statute itself sets no content for this notice',
      ],
      source: `${AG_PAGE}; ${PFR_FORM}`,
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'Office of the Maine Attorney General',
    phone: '1-207-626-8800',
    website: 'www.maine.gov/ag',
    address: '6 State House Station, Augusta, ME 04333',
    source: 'maine.gov/ag (the values breachdesk letters used until now); not re-read on 2026-12-08',
    checked: CHECKED,
  },
};
