// Tennessee: Tenn. Code Ann. § 47-18-2107, in force since 2005-07-01. One section binds businesses,
// state agencies and political subdivisions. S.B. 2005 (2016) set 45 days and briefly dropped the
// encryption safe harbour; S.B. 547 (2017) rewrote the section and restored it.
import type { FactCheck, Jurisdiction, RuleVersion } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, restart, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const JUSTIA_2010 = 'http://law.justia.com/codes/tennessee/2010/title-47/chapter-18/part-21/47-18-2107/';
const JUSTIA_2020 = 'https://law.justia.com/codes/tennessee/2020/title-47/chapter-18/part-21/section-47-18-2107';
const PERKINS_TN = 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-tennessee.html';

const LE_2005 = toll('Tenn. Code Ann. § 47-18-2107(d)');
// From 2016 the delay ends in a fresh 45 days from law enforcement's go-ahead.
const LE_45 = restart(45, 'calendar', 'Tenn. Code Ann. § 47-18-2107(d)');

const FEDERAL_EXCLUSION = 'An information holder subject to Title V of the Gramm-Leach-Bliley Act or to HIPAA is outside the section (since 2016).';

const CRA_2005 = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies and credit bureaus',
  citation: 'Tenn. Code Ann. § 47-18-2107(f)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 persons are notified at one time.'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE_2005,
  requiredContent: ['Timing, distribution and content of the notices'],
  notes: 'The statute counts persons notified at one time.',
});
const CRA_2016 = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies and credit bureaus',
  citation: 'Tenn. Code Ann. § 47-18-2107(f)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 persons are notified at one time.'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE_45,
  requiredContent: ['Timing, distribution and content of the notices'],
  notes: 'The statute counts persons notified at one time.',
});

const OBLIGATIONS_2005 = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Tennessee residents',
    citation: 'Tenn. Code Ann. § 47-18-2107(b)',
    deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay after discovering or being told of the breach, allowing for law enforcement and for measures to determine the scope and restore the system.'),
    lawEnforcement: LE_2005,
  }),
  CRA_2005,
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'Tenn. Code Ann. § 47-18-2107(c)',
    deadline: withoutDelay('discovered', 'Immediately following discovery.'),
    lawEnforcement: LE_2005,
    condition: 'This duty binds an information holder that maintains the data for its owner or licensee, not the owner itself.',
  }),
];

const VENDOR_45 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Tenn. Code Ann. § 47-18-2107(c)',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE_45,
  condition: 'This duty binds an information holder that maintains the data for its owner or licensee, not the owner itself.',
  notes: 'Immediately, and no later than 45 days after discovering or being told of the breach.',
});

const OBLIGATIONS_2016 = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Tennessee residents',
    citation: 'Tenn. Code Ann. § 47-18-2107(b)',
    deadline: calendarDays(45, 'discovered'),
    lawEnforcement: LE_45,
    condition: FEDERAL_EXCLUSION,
    notes: 'Immediately, but no later than 45 days after discovering or being told of the breach, unless law enforcement needs longer; then within 45 days after it says notice will not compromise the investigation. The statute prescribes no letter content.',
  }),
  CRA_2016,
  VENDOR_45,
];

const OBLIGATIONS_2017 = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Tennessee residents',
    citation: 'Tenn. Code Ann. § 47-18-2107(b)',
    deadline: calendarDays(45, 'discovered'),
    lawEnforcement: LE_45,
    condition: FEDERAL_EXCLUSION,
    notes: 'Immediately, but no later than 45 days after discovering or being told of the breach, unless law enforcement needs longer; then within 45 days after it says notice will not compromise the investigation. The statute prescribes no letter content.',
  }),
  CRA_2016,
  VENDOR_45,
];

const COVERAGE = coverage({
  business: ['yes', 'Tenn. Code Ann. § 47-18-2107(a) defines "information holder" to include any person or business that conducts business in Tennessee and owns or licenses computerized personal information.'],
  nonprofit: ['yes', 'A nonprofit that conducts business in Tennessee is a "person or business" under Tenn. Code Ann. § 47-18-2107(a).'],
  local_government: ['yes', 'Tenn. Code Ann. § 47-18-2107(a): "information holder" includes any agency of any political subdivision of Tennessee.'],
  state_agency: ['yes', 'Tenn. Code Ann. § 47-18-2107(a): "information holder" includes any agency of the State of Tennessee.'],
});
const PERSONAL_INFORMATION = {
  citation: 'Tenn. Code Ann. § 47-18-2107(a)',
  summary:
    "a resident's name (first name or initial and last name) with an SSN, a driver's licence number, or an account or card number with any code or password that reaches the financial account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
} satisfies RuleVersion['personalInformation'];
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Tenn. Code Ann. § 47-18-2107(e)' };

const KEY_WORDING_2005 = '§ 47-18-2107(a)(1), (3) (2005 text): a breach is the acquisition of "unencrypted computerized data", and the name or elements count when "not encrypted"; nothing on keys.';
const KEY_WORDING_2017 = '§ 47-18-2107(a)(1): a breach is the acquisition of "unencrypted computerized data" or of "encrypted computerized data and the encryption key"; encrypted per FIPS 140-2.';

const SECTION_CUT_WHY = 'The stored copies of § 47-18-2107 end inside subsection (a); subsections (b) to (f) were read only in summaries.';
const FORBIDDEN: FactCheck = {
  kind: 'secondary',
  where: PERKINS_TN,
  says: 'none: no summary lists content a Tennessee notice must not contain',
  checked: CHECKED,
  why: SECTION_CUT_WHY,
};
const CONTENT: FactCheck = {
  kind: 'secondary',
  where: 'http://tncyberlaw.com/tennessees-data-breach-notification-law',
  says: 'none for the resident notice; the bureaus get the timing, distribution and content of the notices',
  checked: CHECKED,
  why: SECTION_CUT_WHY,
};
const SUBSTITUTE_CHECK: FactCheck = {
  kind: 'secondary',
  where: PERKINS_CHART_2021,
  says: 'substitute notice where the cost would exceed $250,000, more than 500,000 persons are affected, or contact information is lacking',
  checked: CHECKED,
  why: SECTION_CUT_WHY,
};

const TN_2005_VERIFICATION = {
  effective_dates: { kind: 'secondary', where: PERKINS_TN, says: 'H.B. 2170 signed 2005-06-08, effective 2005-07-01; S.B. 2005 from 2016-07-01', checked: CHECKED, why: 'The 2005 public chapter and S.B. 2005 were not read (the S.B. 2005 PDF in the Akesari repository could not be opened here).' },
  coverage: { kind: 'primary', where: JUSTIA_2010, says: '§ 47-18-2107(a)(2): information holder is any person or business conducting business in Tennessee, or any agency of the State or its political subdivisions', checked: CHECKED },
  personal_information: { kind: 'primary', where: JUSTIA_2010, says: '§ 47-18-2107(a)(3): name with SSN, driver licence number, or account/card number with its code, when not encrypted', checked: CHECKED },
  encryption: { kind: 'primary', where: JUSTIA_2010, says: KEY_WORDING_2005, checked: CHECKED },
  risk_of_harm: { kind: 'primary', where: JUSTIA_2010, says: 'none: the definition and duty read have no harm test (a breach must "materially compromise" the data)', checked: CHECKED },
  deadline: { kind: 'secondary', where: 'https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/tennessee', says: 'most expedient time possible and without unreasonable delay; vendor immediately', checked: CHECKED, why: SECTION_CUT_WHY },
  anchor: { kind: 'secondary', where: JUSTIA_2010, says: 'subsection (b) begins "following discovery or notification of the breach" (cut off)', checked: CHECKED, why: SECTION_CUT_WHY },
  threshold: { kind: 'secondary', where: 'https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/tennessee', says: 'credit bureaus when more than 1,000 persons are notified', checked: CHECKED, why: SECTION_CUT_WHY },
  law_enforcement: { kind: 'secondary', where: PERKINS_TN, says: 'delay while notice would impede a criminal investigation; notice once it no longer would', checked: CHECKED, why: SECTION_CUT_WHY },
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: CONTENT,
  forbidden_content: FORBIDDEN,
} satisfies RuleVersion['verification'];

const BILL_2016_WHY = 'S.B. 2005 (2016 Pub. Ch. 692) was read by the earlier research in the Akesari PDF; it could not be opened here, and the 2016-2017 text was not found.';
const TN_2016_VERIFICATION = {
  effective_dates: { kind: 'secondary', where: PERKINS_TN, says: 'S.B. 2005 effective 2016-07-01; S.B. 547 signed and effective 2017-04-04', checked: CHECKED, why: BILL_2016_WHY },
  coverage: { kind: 'secondary', where: PERKINS_TN, says: 'information holder includes state agencies and political subdivisions; GLBA and HIPAA entities excluded', checked: CHECKED, why: BILL_2016_WHY },
  personal_information: { kind: 'secondary', where: AKESARI_BILL('2015 Tenn. SB 2005.PDF'), says: 'name with SSN, driver licence number, or account/card number with its code', checked: CHECKED, why: BILL_2016_WHY },
  encryption: { kind: 'secondary', where: AKESARI_BILL('2015 Tenn. SB 2005.PDF'), says: '"unencrypted" deleted from the breach definition: encrypted data notifiable', checked: CHECKED, why: BILL_2016_WHY },
  risk_of_harm: { kind: 'secondary', where: PERKINS_TN, says: 'none: no harm test', checked: CHECKED, why: BILL_2016_WHY },
  deadline: { kind: 'secondary', where: AKESARI_BILL('2015 Tenn. SB 2005.PDF'), says: 'residents and data owner immediately, no later than 45 days', checked: CHECKED, why: BILL_2016_WHY },
  anchor: { kind: 'secondary', where: AKESARI_BILL('2015 Tenn. SB 2005.PDF'), says: 'from discovery or notification of the breach', checked: CHECKED, why: BILL_2016_WHY },
  threshold: { kind: 'secondary', where: PERKINS_TN, says: 'credit bureaus above 1,000 persons at one time', checked: CHECKED, why: BILL_2016_WHY },
  law_enforcement: { kind: 'secondary', where: PERKINS_TN, says: '45 days after law enforcement says notice will not compromise the investigation', checked: CHECKED, why: BILL_2016_WHY },
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: CONTENT,
  forbidden_content: FORBIDDEN,
} satisfies RuleVersion['verification'];

const TN_2017_VERIFICATION = {
  effective_dates: { kind: 'secondary', where: PERKINS_TN, says: 'S.B. 547 signed into law and effective 2017-04-04; not amended since', checked: CHECKED, why: 'The public chapter (2017 Pub. Ch. 91) and the section history were not read.' },
  coverage: { kind: 'primary', where: JUSTIA_2020, says: '§ 47-18-2107(a): information holder is any person or business conducting business in Tennessee, or any agency of the State or its political subdivisions, owning or licensing residents\' computerized personal information', checked: CHECKED },
  personal_information: {
    kind: 'secondary',
    where: JUSTIA_2020,
    says: 'the 2020 text begins the definition (name with one or more elements); the elements (SSN, licence, account/card number with code) and the exclusions were read in the introduced S.B. 547 and summaries',
    checked: CHECKED,
    why: SECTION_CUT_WHY,
  },
  encryption: { kind: 'primary', where: JUSTIA_2020, says: KEY_WORDING_2017, checked: CHECKED },
  risk_of_harm: { kind: 'primary', where: JUSTIA_2020, says: 'none: the breach definition read has no harm test', checked: CHECKED },
  deadline: { kind: 'secondary', where: 'http://tncyberlaw.com/tennessees-data-breach-notification-law', says: 'residents within 45 days of discovery or notification; vendor to owner within 45 days; bureaus without unreasonable delay', checked: CHECKED, why: SECTION_CUT_WHY },
  anchor: { kind: 'secondary', where: PERKINS_TN, says: 'from discovery or notification of the breach', checked: CHECKED, why: SECTION_CUT_WHY },
  threshold: { kind: 'secondary', where: PERKINS_TN, says: 'credit bureaus when more than 1,000 persons are notified at one time', checked: CHECKED, why: SECTION_CUT_WHY },
  law_enforcement: { kind: 'secondary', where: PERKINS_TN, says: 'notice within 45 days after law enforcement determines it will not compromise the investigation', checked: CHECKED, why: SECTION_CUT_WHY },
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: CONTENT,
  forbidden_content: FORBIDDEN,
} satisfies RuleVersion['verification'];

const versions: RuleVersion[] = [
  {
    id: 'TN-2005',
    effectiveFrom: '2005-07-01',
    effectiveTo: '2016-06-30',
    citations: ['Tenn. Code Ann. § 47-18-2107 (H.B. 2170 / S.B. 2220, 2005)'],
    summary: 'Tennessee businesses, state agencies and political subdivisions had to notify affected residents in the most expedient time possible, and the credit bureaus when more than 1,000 were notified.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, keyReading: 'protective', keyWording: KEY_WORDING_2005, citation: 'Tenn. Code Ann. § 47-18-2107(a)' },
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: SUBSTITUTE,
    obligations: OBLIGATIONS_2005,
    confidence: 'low',
    unverified: [
      'The 2005 substitute-notice thresholds are assumed to be those of the current text.',
      'Whether the 2005 duties also covered records held on paper was not checked (the definition speaks of computerized data).',
      'The 2005 text excludes only "unencrypted" data and says nothing of a compromised key: literally encrypted data stays exempt, but breachdesk treats a taken key as owing notice, the safer reading.',
      'Subsections (b) to (f) of the 2005 text (timing, vendor, delay, substitute notice, bureaus) were read only in summaries.',
    ],
    sources: [
      { where: JUSTIA_2010, facts: '2010 text: information holder includes state agencies and political subdivisions; PI definition; unencrypted data only' },
      { where: PERKINS_CHART_2021, facts: 'history, substitute notice, effective dates' },
      { where: BLOOMBERG_TABLE, facts: 'cross-check; insurance licensees notify the Commissioner (not encoded)' },
    ],
    verification: TN_2005_VERIFICATION,
  },
  {
    id: 'TN-2016',
    effectiveFrom: '2016-07-01',
    effectiveTo: '2017-04-03',
    citations: ['Tenn. Code Ann. § 47-18-2107 as amended by S.B. 2005 (2016 Pub. Ch. 692)'],
    summary: 'Tennessee set a 45-day limit for notice to residents and, for a year, required notice even when the data was encrypted.',
    coverage: COVERAGE,
    // S.B. 2005 deleted "unencrypted" from the breach definition, so encrypted data was notifiable:
    // no safe harbour at all in this version.
    encryptionSafeHarbor: null,
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: SUBSTITUTE,
    obligations: OBLIGATIONS_2016,
    confidence: 'low',
    unverified: [
      'S.B. 2005 applied to breaches occurring on or after 2016-07-01; breachdesk selects the version by discovery date.',
      'That the 2016 text already gave 45 days after law-enforcement clearance is inferred from the 2017 rewrite.',
      'No text of this version was read here: every fact rests on the earlier reading of the S.B. 2005 PDF and the Perkins chart.',
    ],
    sources: [
      { where: AKESARI_BILL('2015 Tenn. SB 2005.PDF'), facts: '45-day rules, deletion of "unencrypted", effective 2016-07-01, GLBA/HIPAA exclusion' },
      { where: PERKINS_CHART_2021, facts: 'history, substitute notice, effective dates' },
      { where: BLOOMBERG_TABLE, facts: 'cross-check; insurance licensees notify the Commissioner (not encoded)' },
    ],
    verification: TN_2016_VERIFICATION,
  },
  {
    id: 'TN-2017',
    effectiveFrom: '2017-04-04',
    effectiveTo: null,
    citations: ['Tenn. Code Ann. § 47-18-2107 as rewritten by S.B. 547 (2017 Pub. Ch. 91, eff. 2017-04-04)'],
    summary: 'Tennessee requires notice to affected residents within 45 days of discovery, and to the credit bureaus when more than 1,000 persons are notified; encrypted data is safe unless its key was also taken.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, keyReading: 'express', keyWording: KEY_WORDING_2017, citation: 'Tenn. Code Ann. § 47-18-2107(a)(1)-(2)' },
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: SUBSTITUTE,
    obligations: OBLIGATIONS_2017,
    confidence: 'low',
    unverified: [
      'Subsections (b) to (f) (45 days, vendor, law-enforcement restart, substitute notice, bureaus) were read only in summaries; the stored statute text ends inside subsection (a).',
      'Subsection letters are cited from the 2017 layout as summarised, not read.',
    ],
    sources: [
      { where: JUSTIA_2020, facts: '2020 text of (a): breach incl. encrypted data with its key; FIPS 140-2; information holder includes state agencies and political subdivisions' },
      { where: AKESARI_BILL('2017 Tenn. SB 547.PDF'), facts: 'rewritten section: 45 days, FIPS 140-2 encryption, key exception, information holder includes agencies' },
      { where: 'http://tncyberlaw.com/tennessees-data-breach-notification-law', facts: '45 days; bureaus above 1,000' },
      { where: PERKINS_CHART_2021, facts: 'history, substitute notice, effective dates' },
      { where: BLOOMBERG_TABLE, facts: 'cross-check; insurance licensees notify the Commissioner (not encoded)' },
    ],
    verification: TN_2017_VERIFICATION,
  },
];

export const tennessee: Jurisdiction = {
  code: 'TN',
  name: 'Tennessee',
  kind: 'state',
  holidays: { country: 'US', state: 'TN' },
  laws: [
    {
      id: 'TN-47-18-2107',
      title: 'Tenn. Code Ann. § 47-18-2107: release of personal consumer information (breach notification)',
      scope: 'residents',
      versions,
    },
  ],
  channels: [NATIONWIDE_CRAS],
  consumerContact: {
    name: 'Tennessee Attorney General\'s Office, Division of Consumer Affairs',
    phone: '1-800-342-8385',
    website: 'www.tn.gov/attorneygeneral',
    address: 'P.O. Box 20207, Nashville, TN 37202-0207',
    source: 'tn.gov/attorneygeneral (the Division of Consumer Affairs has been part of the Attorney General\'s Consumer Protection Division since 2019-09-30); the toll-free number and postal address are the office\'s published ones, not re-read on a stored page here',
    checked: CHECKED,
  },
};
