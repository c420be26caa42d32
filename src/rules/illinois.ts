// Illinois: the Personal Information Protection Act, 815 ILCS 530. Section 10 binds every "data
// collector" (businesses, nonprofits, local government); from P.A. 94-947 (2006-06-27) State
// agencies have their own § 12, and report breaches to the General Assembly under § 25.
import type {
  EncryptionSafeHarbor, FactCheck, Jurisdiction, PersonalInformationDefinition, RuleVersion,
} from './types.js';
import {
  BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, businessDays, coverage, earlierOf, governmentOnlyCoverage, hours,
  obligation, residents, toll, withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';

// The texts read on 2026-12-08.
const ILCS_ACT = 'https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=2702&ChapterID=67&Print=True';
const ILCS_10 = 'https://witnessslips.ilga.gov/legislation/ilcs/documents/081505300K10.htm';
const PA_94_947 = 'https://ilga.gov/legislation/publicacts/fulltext.asp?GA=94&Name=094-0947';
const PA_97_483 = 'https://www.ilga.gov/legislation/publicacts/fulltext.asp?Name=097-0483';
const PA_100_412 = 'https://legiscan.com/IL/text/SB0707/2017 (chaptered text of P.A. 100-412); https://ilga.gov/ftp/Public%20Acts/100/100-0412.htm';
const PA_101_343 = 'https://ilga.gov/legislation/publicacts/101/101-0343.htm';
const ILCS_25 = 'https://casetext.com/statute/illinois-compiled-statutes/business-and-employment/chapter-815-business-transactions/subchapter-deceptive-practices/act-530-personal-information-protection-act/section-815-ilcs-53025-annual-reporting';
const SB2301_2020 = 'https://www.ilga.gov/legislation/101/SB/10100SB2301sam001.htm (S.B. 2301 amendment of 2020, reprinting § 12)';
const PBWT_2019 = 'https://www.pbwt.com/data-security-law-blog/illinois-to-require-attorney-general-notification-under-new-breach-amendment/';
const BUCKLEY_2019 = 'https://buckleyfirm.com/blog/2019-08-21/illinois-requires-companies-report-data-breaches-attorney-general';
const PRIVACYRIGHTS = 'https://privacyrights.org/resources/data-breach-notification-united-states-and-territories';
const NOT_IN_EXCERPT = 'The stored copy of the Act could be read only from its beginning; this subsection lies beyond what could be read.';

const EXPEDIENT = 'In the most expedient time possible and without unreasonable delay after discovery or notification of the breach, consistent with measures to determine its scope and restore the system.';
const NAME_2006 = ['ssn', 'drivers_license', 'state_id', 'account_number', 'card_number'] as const;
const PI_2006: PersonalInformationDefinition = {
  citation: '815 ILCS 530/5 ("personal information", P.A. 94-36)',
  summary: 'name with SSN, driver licence or state ID number, or an account, credit or debit card number (with or without its code)',
  combinations: [{ all: ['name'], anyOf: [...NAME_2006] }],
};
const PI_2017: PersonalInformationDefinition = {
  citation: '815 ILCS 530/5 ("personal information", as amended by P.A. 99-503)',
  summary: 'name with SSN, driver licence or state ID number, an account or card number, medical or health-insurance information or unique biometric data; or a username or email address with its password or security question and answer',
  combinations: [
    { all: ['name'], anyOf: [...NAME_2006, 'medical', 'health_insurance', 'biometric'] },
    { all: ['username'], anyOf: ['password', 'security_question'] },
    { all: ['email'], anyOf: ['password', 'security_question'] },
  ],
};
const CONTENT_REQUIRED = [
  'Toll-free numbers and addresses of the consumer reporting agencies',
  'Toll-free number, address and website of the Federal Trade Commission',
  'A statement that the individual can get information about fraud alerts and security freezes from these sources',
];
const CONTENT_FORBIDDEN = ['The number of Illinois residents affected by the breach (§ 10(a): the notice "shall not" include it)'];
const AGENCY_FORBIDDEN = ['The number of Illinois residents affected by the breach (§ 12(a): the notice "shall not" include it)'];
const CREDENTIALS = 'For a breach of online credentials only, notice may be electronic and direct the resident to change the username or password and security question, or to protect other accounts using them.';
const KEY_2006: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: '§ 5 "personal information" (P.A. 94-36): the name or data elements "are not encrypted or redacted"; nothing on keys',
  citation: '815 ILCS 530/5 ("personal information": elements not encrypted or redacted)',
};
const KEY_2017: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: '§ 5 "personal information" (P.A. 99-503): encrypted or redacted data count if the keys to unencrypt, unredact or read them were acquired through the breach',
  citation: '815 ILCS 530/5 (encrypted or redacted data count if the keys were also acquired)',
};
const KEY_SILENT = 'Before P.A. 99-503 (2017-01-01) § 5 exempted encrypted or redacted data without a word on keys: literally still exempt when the key was taken too, but notice is the safer reading (the 2017 amendment says so expressly).';
const NO_HARM_TEST = { exists: false, standard: null };
const SUBSTITUTE_10 = { costOver: 250_000, recipientsOver: 500_000, citation: '815 ILCS 530/10(c)(3)' };
const SUBSTITUTE_12 = { costOver: 250_000, recipientsOver: 500_000, citation: '815 ILCS 530/12(b)(3)' };

const LE_10 = toll('815 ILCS 530/10(b-5)');
const LE_12 = toll('815 ILCS 530/12(a-5)');
const LE_GAP = 'Before P.A. 94-947 (2006-06-27) the Act made no provision for a law-enforcement delay.';

// Section 10 obligations, each version's written out on its own.
const INDIVIDUALS_2006 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Illinois residents', citation: '815 ILCS 530/10(a)',
  deadline: withoutDelay('discovered', EXPEDIENT), notes: LE_GAP,
});
const INDIVIDUALS_2006B = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Illinois residents', citation: '815 ILCS 530/10(a)',
  deadline: withoutDelay('discovered', EXPEDIENT), lawEnforcement: LE_10,
});
const INDIVIDUALS_2012 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Illinois residents', citation: '815 ILCS 530/10(a)',
  deadline: withoutDelay('discovered', EXPEDIENT), lawEnforcement: LE_10,
  requiredContent: CONTENT_REQUIRED, letterElements: ['credit_bureaus', 'ftc'], forbiddenContent: CONTENT_FORBIDDEN,
});
const INDIVIDUALS_2017 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Illinois residents', citation: '815 ILCS 530/10(a)',
  deadline: withoutDelay('discovered', EXPEDIENT), lawEnforcement: LE_10,
  requiredContent: CONTENT_REQUIRED, letterElements: ['credit_bureaus', 'ftc'], forbiddenContent: CONTENT_FORBIDDEN,
  notes: `${CREDENTIALS} A HIPAA covered entity or business associate that complies with HIPAA is deemed compliant but must send the Attorney General its HHS breach notice within 5 business days of notifying HHS (§ 50).`,
});
const INDIVIDUALS_2020 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Illinois residents', citation: '815 ILCS 530/10(a)',
  deadline: withoutDelay('discovered', EXPEDIENT), lawEnforcement: LE_10,
  requiredContent: CONTENT_REQUIRED, letterElements: ['credit_bureaus', 'ftc'], forbiddenContent: CONTENT_FORBIDDEN,
  notes: `${CREDENTIALS} HIPAA entities: see § 50 (copy of the HHS notice to the Attorney General within 5 business days).`,
});
const VENDOR_10 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: '815 ILCS 530/10(b)',
  deadline: withoutDelay('discovered', 'Immediately following discovery, if the information was or is reasonably believed to have been acquired by an unauthorized person.'),
  condition: 'Binds a data collector that maintains data it does not own or license, not the owner itself. From 2017 it must also cooperate with the owner (date and nature of the breach, steps taken).',
});
// § 10(e), P.A. 101-343: "in the most expedient time possible and without unreasonable delay but in
// no event later than" the notice to consumers: two limbs, the earlier decides.
const AG_10_2020 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Illinois Attorney General',
  citation: '815 ILCS 530/10(e)',
  // Limbs written as literals: shared.ts types its builders as DeadlineRule, not DeadlineLimb.
  deadline: earlierOf(
    { kind: 'without_unreasonable_delay', anchor: 'discovered', standard: 'In the most expedient time possible and without unreasonable delay after discovery of the breach.' },
    { kind: 'relative', to: 'individuals', relation: 'with' },
  ),
  threshold: residents(500, 'more_than'),
  requiredContent: [
    'Description of the nature of the breach or unauthorized acquisition or use',
    'Number of Illinois residents affected at the time of notice',
    'Steps taken or planned relating to the incident',
    'Date of the breach, if known (otherwise sent as soon as it is)',
  ],
  notes: 'Most expedient time possible and without unreasonable delay, but in no event later than the notice to residents; counts Illinois residents notified because of a single breach. The Attorney General may publish the collector\'s name, the kinds of information and the dates.',
});

const PRIVATE = {
  business: ['yes', '815 ILCS 530/5: a "data collector" includes privately and publicly held corporations, financial institutions, retail operators and any entity handling nonpublic personal information; § 10 binds data collectors.'],
  nonprofit: ['yes', '815 ILCS 530/5: a "data collector" includes private universities and any other entity that, for any purpose, handles nonpublic personal information.'],
  local_government: ['yes', '815 ILCS 530/5: a "data collector" includes government agencies; only State agencies have their own § 12.'],
} as const;
const STATE_OWN = ['no', 'From P.A. 94-947 (2006-06-27) a State agency follows 815 ILCS 530/12 (law IL-530-12 in this catalogue), not § 10.'] as const;

// Facts shared by the § 10 versions.
const F_COVERAGE_10: FactCheck = { kind: 'primary', where: ILCS_ACT, says: '§ 5 "data collector": government agencies, universities, corporations, financial institutions, retailers and any entity handling nonpublic personal information', checked: CHECKED };
const F_COVERAGE_10_B: FactCheck = { kind: 'primary', where: `${ILCS_ACT}; ${PA_94_947}`, says: '§ 5 "data collector" as above; P.A. 94-947 adds § 12 for State agencies', checked: CHECKED };
const F_PI_2006: FactCheck = { kind: 'primary', where: PA_97_483, says: '§ 5 (as reprinted in 2011): name with SSN, licence or State ID, or account or card number (alone or with its code), when not encrypted or redacted', checked: CHECKED };
const F_PI_2017: FactCheck = { kind: 'secondary', where: `${PRIVACYRIGHTS}; ${ILCS_10}`, says: 'adds medical, health-insurance and biometric data; second paragraph: username or email with password or security question', checked: CHECKED, why: 'The current § 5 text could be read only up to the data-collector and breach definitions; § 10(a) confirms the two paragraphs of the definition, the elements are taken from a verbatim summary.' };
const F_KEY_2006: FactCheck = { kind: 'primary', where: PA_97_483, says: 'elements count "when either the name or the data elements are not encrypted or redacted"; no key clause', checked: CHECKED };
const F_KEY_2017: FactCheck = { kind: 'secondary', where: PRIVACYRIGHTS, says: 'P.A. 99-503: encrypted or redacted data count when the keys were acquired through the breach', checked: CHECKED, why: 'The P.A. 99-503 text of § 5 was not reachable; read in a summary quoting it.' };
const F_HARM_10: FactCheck = { kind: 'primary', where: `${ILCS_ACT}; ${ILCS_10}`, says: 'none: every breach (unauthorized acquisition compromising the data) must be notified; no harm test', checked: CHECKED };
const F_DEADLINE_10: FactCheck = { kind: 'primary', where: ILCS_10, says: '§ 10(a): most expedient time possible and without unreasonable delay, no number of days', checked: CHECKED };
const F_ANCHOR_10: FactCheck = { kind: 'primary', where: ILCS_10, says: '§ 10(a): following discovery or notification of the breach', checked: CHECKED };
const F_THRESHOLD_NONE: FactCheck = { kind: 'primary', where: `${PA_94_947}; ${ILCS_10}`, says: 'none: § 10 sets no number of residents for the resident notice (before 2020 it has no other notice)', checked: CHECKED };
const F_LE_10: FactCheck = { kind: 'primary', where: PA_94_947, says: '§ 10(b-5): delay on a written law-enforcement request; notify as soon as it no longer interferes (the clock pauses)', checked: CHECKED };
const F_SUBST_10: FactCheck = { kind: 'secondary', where: `https://online.flippingbook.com/view/738404189/119; ${PA_94_947}`, says: '§ 10(c)(3): cost over $250,000 or more than 500,000 to notify, or no contact data; email, website and statewide media', checked: CHECKED, why: '§ 10(c)(3) lies beyond the readable part of the Act; the same figures were read in § 12(b)(3) of P.A. 94-947.' };
const F_CONTENT_NONE: FactCheck = { kind: 'primary', where: PA_94_947, says: 'none: § 10(a) as amended in 2006 sets no content', checked: CHECKED };
const F_CONTENT_2012: FactCheck = { kind: 'primary', where: `${ILCS_10}; ${PA_97_483}`, says: '§ 10(a)(1): credit bureau and FTC numbers and addresses, fraud-alert and freeze statement; (2) credential breaches may be told electronically', checked: CHECKED };
const F_FORBIDDEN_NONE: FactCheck = { kind: 'primary', where: PA_94_947, says: 'none: the 2006 § 10(a) forbids nothing in the notice', checked: CHECKED };
const F_FORBIDDEN_2012: FactCheck = { kind: 'primary', where: ILCS_10, says: '§ 10(a): the notice must not include the number of Illinois residents affected (added with the content list by P.A. 97-483)', checked: CHECKED };

const general: RuleVersion[] = [
  {
    id: 'IL-2006',
    effectiveFrom: '2006-01-01',
    effectiveTo: '2006-06-26',
    citations: ['815 ILCS 530/1 to 530/20 (P.A. 94-36, eff. 2006-01-01)'],
    summary: 'Illinois data collectors, government agencies included, had to notify affected residents as expediently as possible, with no set content and no regulator notice.',
    coverage: coverage({ ...PRIVATE, state_agency: ['yes', '815 ILCS 530/5: a "data collector" includes government agencies; § 12 for State agencies came only on 2006-06-27.'] }),
    encryptionSafeHarbor: KEY_2006, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2006, substituteNotice: SUBSTITUTE_10,
    obligations: [INDIVIDUALS_2006, VENDOR_10],
    confidence: 'medium',
    unverified: [
      'That P.A. 94-36 had no law-enforcement delay rests on P.A. 94-947 adding subsection (b-5); the 2005 enrolled text was not read in full.',
      'The end date rests on the effective date of P.A. 94-947 (2006-06-27), read only in secondary summaries.',
      KEY_SILENT,
    ],
    sources: [
      { where: ILCS_ACT, facts: '§ 1 source note: P.A. 94-36, eff. 1-1-06; § 5 definitions' },
      { where: PA_94_947, facts: '§ 10 text as amended in 2006, new (b-5), new §§ 12, 25' },
      { where: PERKINS_CHART_2021, facts: 'substitute notice' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${ILCS_ACT}; https://www.cliclaw.com/node/7989`, says: 'P.A. 94-36 in force 2006-01-01 (ILCS source note); P.A. 94-947 from 2006-06-27', checked: CHECKED, why: 'The start is in the ILCS source note; the effective date of P.A. 94-947 that ends this version comes from a summary.' },
      coverage: F_COVERAGE_10,
      personal_information: F_PI_2006,
      encryption: F_KEY_2006,
      risk_of_harm: F_HARM_10,
      deadline: F_DEADLINE_10,
      anchor: F_ANCHOR_10,
      threshold: F_THRESHOLD_NONE,
      law_enforcement: { kind: 'primary', where: PA_94_947, says: 'none before 2006-06-27: subsection (b-5) is added by P.A. 94-947', checked: CHECKED },
      substitute_notice: F_SUBST_10,
      required_content: F_CONTENT_NONE,
      forbidden_content: F_FORBIDDEN_NONE,
    },
  },
  {
    id: 'IL-2006b',
    effectiveFrom: '2006-06-27',
    effectiveTo: '2011-12-31',
    citations: ['815 ILCS 530/10 as amended by P.A. 94-947 (H.B. 4449, eff. 2006-06-27)'],
    summary: 'Illinois data collectors had to notify affected residents as expediently as possible, with a delay allowed on law enforcement\'s written request.',
    coverage: coverage({ ...PRIVATE, state_agency: STATE_OWN }),
    encryptionSafeHarbor: KEY_2006, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2006, substituteNotice: SUBSTITUTE_10,
    obligations: [INDIVIDUALS_2006B, VENDOR_10],
    confidence: 'medium',
    unverified: ['The effective date of P.A. 94-947 (2006-06-27) comes from a secondary summary, not the Public Act page.', KEY_SILENT],
    sources: [
      { where: PA_94_947, facts: '(b-5) written law-enforcement request; §§ 12, 25 added' },
      { where: 'https://www.cliclaw.com/node/7989', facts: 'effective 2006-06-27' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `https://www.cliclaw.com/node/7989; ${PA_97_483}`, says: 'P.A. 94-947 from 2006-06-27; P.A. 97-483 (ILCS source note "eff. 1-1-12") ends it', checked: CHECKED, why: 'The Public Act page of P.A. 94-947 could be read only in part; its effective date is from a summary.' },
      coverage: F_COVERAGE_10_B,
      personal_information: F_PI_2006,
      encryption: F_KEY_2006,
      risk_of_harm: F_HARM_10,
      deadline: F_DEADLINE_10,
      anchor: F_ANCHOR_10,
      threshold: F_THRESHOLD_NONE,
      law_enforcement: F_LE_10,
      substitute_notice: F_SUBST_10,
      required_content: F_CONTENT_NONE,
      forbidden_content: F_FORBIDDEN_NONE,
    },
  },
  {
    id: 'IL-2012',
    effectiveFrom: '2012-01-01',
    effectiveTo: '2016-12-31',
    citations: ['815 ILCS 530/10 as amended by P.A. 97-483 (eff. 2012-01-01)'],
    summary: 'Illinois added required content to resident notices: credit bureau and FTC contacts and fraud-alert information, but never the number of residents affected.',
    coverage: coverage({ ...PRIVATE, state_agency: STATE_OWN }),
    encryptionSafeHarbor: KEY_2006, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2006, substituteNotice: SUBSTITUTE_10,
    obligations: [INDIVIDUALS_2012, VENDOR_10],
    confidence: 'medium',
    unverified: [KEY_SILENT, 'The start of P.A. 99-503 (2017-01-01) that ends this version is from a summary.'],
    sources: [
      { where: 'https://www.isba.org/node/3546', facts: 'P.A. 97-483 content requirements, effective 2012-01-01' },
      { where: PA_97_483, facts: 'amends §§ 5, 10, 12, adds § 40; § 5 definition' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `https://lists.icann.org/hyperkitty/list/gnso-rds-pdp-wg@icann.org/message/AO2F4LADEBNVROXLMVBWOOTDVOUXDFBI/attachment/2/attachment.html (ILCS § 5 with source note); ${PERKINS_CHART_2021}`, says: 'source note "P.A. 97-483, eff. 1-1-12"; P.A. 99-503 from 2017-01-01', checked: CHECKED, why: 'The start is in the ILCS source note; the end (P.A. 99-503) is from the Perkins chart.' },
      coverage: F_COVERAGE_10_B,
      personal_information: F_PI_2006,
      encryption: F_KEY_2006,
      risk_of_harm: F_HARM_10,
      deadline: F_DEADLINE_10,
      anchor: F_ANCHOR_10,
      threshold: F_THRESHOLD_NONE,
      law_enforcement: F_LE_10,
      substitute_notice: F_SUBST_10,
      required_content: F_CONTENT_2012,
      forbidden_content: F_FORBIDDEN_2012,
    },
  },
  {
    id: 'IL-2017',
    effectiveFrom: '2017-01-01',
    effectiveTo: '2019-12-31',
    citations: ['815 ILCS 530/5, 530/10, 530/50 as amended by P.A. 99-503 (H.B. 1260, eff. 2017-01-01)'],
    summary: 'Illinois widened personal information to medical, health-insurance and biometric data and online credentials; HIPAA entities are deemed compliant if they copy the Attorney General.',
    coverage: coverage({ ...PRIVATE, state_agency: STATE_OWN }),
    encryptionSafeHarbor: KEY_2017, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2017, substituteNotice: SUBSTITUTE_10,
    obligations: [INDIVIDUALS_2017, VENDOR_10],
    confidence: 'medium',
    unverified: ['The HIPAA-entity copy to the Attorney General is shown as a note, not a dated obligation: breachdesk has no event for the HHS notice.'],
    sources: [
      { where: 'https://ilga.gov/ftp/Public%20Acts/99/099-0503.htm', facts: 'P.A. 99-503 definitions (medical, health insurance, credentials), §§ 10, 12, 45, 50' },
      { where: PERKINS_CHART_2021, facts: 'HIPAA 5 business days, content, substitute' },
      { where: PRIVACYRIGHTS, facts: 'current § 5 definition and key clause, quoted' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${PERKINS_CHART_2021}; ${BUCKLEY_2019}`, says: 'P.A. 99-503 from 2017-01-01; P.A. 101-343 from 2020-01-01', checked: CHECKED, why: 'Neither Public Act page could be read as far as its effective-date clause.' },
      coverage: F_COVERAGE_10_B,
      personal_information: F_PI_2017,
      encryption: F_KEY_2017,
      risk_of_harm: F_HARM_10,
      deadline: F_DEADLINE_10,
      anchor: F_ANCHOR_10,
      threshold: F_THRESHOLD_NONE,
      law_enforcement: F_LE_10,
      substitute_notice: F_SUBST_10,
      required_content: F_CONTENT_2012,
      forbidden_content: F_FORBIDDEN_2012,
    },
  },
  {
    id: 'IL-2020',
    effectiveFrom: '2020-01-01',
    effectiveTo: null,
    citations: ['815 ILCS 530/10(e) as amended by P.A. 101-343 (S.B. 1624, signed 2019-08-09, eff. 2020-01-01)'],
    summary: 'Illinois data collectors must notify residents as expediently as possible and, for a breach of more than 500 residents, the Attorney General as expediently as possible and no later than the residents.',
    coverage: coverage({ ...PRIVATE, state_agency: STATE_OWN }),
    encryptionSafeHarbor: KEY_2017, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2017, substituteNotice: SUBSTITUTE_10,
    obligations: [INDIVIDUALS_2020, AG_10_2020, VENDOR_10],
    confidence: 'low',
    unverified: [
      'The wording of § 10(e) (timing, "more than 500", content) was read only as quoted by law-firm notes of S.B. 1624; the Public Act page could be read only as far as § 10(a).',
    ],
    sources: [
      { where: ILCS_10, facts: '§ 10(a) timing and content' },
      { where: PA_101_343, facts: 'amends § 10, now headed "Notice of breach; notice to Attorney General"' },
      { where: PBWT_2019, facts: '§ 10(e) quoted: more than 500 residents, "in the most expedient time possible and without unreasonable delay but in no event later" than the residents' },
      { where: BLOOMBERG_TABLE, facts: 'AG over 500 from 2020-01-01' },
      { where: PERKINS_CHART_2021, facts: 'AG content' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${BUCKLEY_2019}; ${PA_101_343}`, says: 'S.B. 1624 signed 2019-08-09, in force 2020-01-01', checked: CHECKED, why: NOT_IN_EXCERPT },
      coverage: F_COVERAGE_10_B,
      personal_information: F_PI_2017,
      encryption: F_KEY_2017,
      risk_of_harm: F_HARM_10,
      deadline: { kind: 'secondary', where: `${ILCS_10}; ${PBWT_2019}`, says: 'residents: most expedient time possible (§ 10(a), read); AG: same standard but in no event later than the residents (§ 10(e), quoted)', checked: CHECKED, why: `§ 10(e): ${NOT_IN_EXCERPT}` },
      anchor: { kind: 'secondary', where: `${ILCS_10}; ${PBWT_2019}`, says: 'residents: following discovery or notification of the breach; AG: tied to the resident notice', checked: CHECKED, why: `§ 10(e): ${NOT_IN_EXCERPT}` },
      threshold: { kind: 'secondary', where: `${PBWT_2019}; ${BUCKLEY_2019}`, says: 'AG: a collector required to notify more than 500 Illinois residents as a result of a single breach', checked: CHECKED, why: `§ 10(e): ${NOT_IN_EXCERPT}` },
      law_enforcement: F_LE_10,
      substitute_notice: F_SUBST_10,
      required_content: { kind: 'secondary', where: `${ILCS_10}; ${PBWT_2019}; ${PERKINS_CHART_2021}`, says: 'letters: § 10(a)(1) list (read); AG: nature of the breach, residents affected, steps taken, date (quoted)', checked: CHECKED, why: `§ 10(e): ${NOT_IN_EXCERPT}` },
      forbidden_content: F_FORBIDDEN_2012,
    },
  },
];

const AGENCY_COVERAGE = governmentOnlyCoverage('815 ILCS 530/10', {
  local_government: ['no', 'Section 12 binds State agencies only; units of local government are data collectors under § 10.'],
  state_agency: ['yes', '815 ILCS 530/12 binds any State agency that collects personal information concerning an Illinois resident.'],
});
const AGENCY_EXPEDIENT = 'In the most expedient time possible and without unreasonable delay after discovery or notification of the breach of the system data or written material, consistent with measures to determine its scope and restore the system.';
// § 12(d) of P.A. 94-947: more than 1,000 persons to notify, "without unreasonable delay".
const AGENCY_CRAS = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: '815 ILCS 530/12(d)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 persons are to be notified of the breach.'),
  threshold: residents(1000, 'more_than'),
  requiredContent: ['The timing, distribution and content of the notices'],
  notes: 'The statute counts persons to be notified under § 12, not only Illinois residents.',
});
const AGENCY_INDIVIDUALS_2006 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Illinois residents', citation: '815 ILCS 530/12(a)',
  deadline: withoutDelay('discovered', AGENCY_EXPEDIENT), lawEnforcement: LE_12, notes: 'Covers written material as well as computerized data.',
});
const AGENCY_INDIVIDUALS_2012 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Illinois residents', citation: '815 ILCS 530/12(a)',
  deadline: withoutDelay('discovered', AGENCY_EXPEDIENT), lawEnforcement: LE_12,
  requiredContent: CONTENT_REQUIRED, letterElements: ['credit_bureaus', 'ftc'], forbiddenContent: AGENCY_FORBIDDEN,
  notes: 'Covers written material as well as computerized data.',
});
const AGENCY_INDIVIDUALS_2017 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Illinois residents', citation: '815 ILCS 530/12(a)',
  deadline: withoutDelay('discovered', AGENCY_EXPEDIENT), lawEnforcement: LE_12,
  requiredContent: CONTENT_REQUIRED, letterElements: ['credit_bureaus', 'ftc'], forbiddenContent: AGENCY_FORBIDDEN,
  notes: `Covers written material as well as computerized data. ${CREDENTIALS}`,
});
// § 12(e) (P.A. 99-503): within 45 days of discovery or when the agency notifies consumers,
// whichever is sooner; good cause or a written law-enforcement request allows delay.
const AGENCY_AG_2017 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Illinois Attorney General',
  citation: '815 ILCS 530/12(e)',
  deadline: earlierOf({ kind: 'calendar_days', days: 45, anchor: 'discovered' }, { kind: 'relative', to: 'individuals', relation: 'with' }),
  threshold: residents(250, 'more_than'),
  lawEnforcement: toll('815 ILCS 530/12(e)'),
  requiredContent: ['Types of personal information compromised', 'Number of Illinois residents affected at the time of notice', 'Steps taken or planned relating to notifying consumers', 'Date and timeframe of the breach, if known (otherwise sent as soon as possible)'],
  notes: 'Within 45 days of discovery or when the agency notifies consumers, whichever is sooner, unless the agency has good cause for reasonable delay to determine the scope and restore the system, or law enforcement asks in writing to withhold the information.',
});
const AGENCY_NO_VENDOR = 'Section 12 has no duty for a State agency that maintains data it does not own ((b) is the methods of notice); such an agency is a data collector under § 10(b), which this catalogue shows only under IL-530.';
const LE_12_READING = 'That the State-agency law-enforcement delay is subsection (a-5) and was in § 12 from 2006 was read only in the 2020 S.B. 2301 amendment reprinting § 12; the 2006 § 12(a) text was not read that far.';

const F_AG_COVERAGE: FactCheck = { kind: 'primary', where: PA_94_947, says: 'adds § 12 binding any State agency that collects personal information of an Illinois resident', checked: CHECKED };
const F_AG_DEADLINE: FactCheck = { kind: 'primary', where: `${PA_94_947}; ${PA_100_412}`, says: '§ 12(a): most expedient time possible and without unreasonable delay; § 12(d): credit bureaus without unreasonable delay', checked: CHECKED };
const F_AG_ANCHOR: FactCheck = { kind: 'primary', where: PA_100_412, says: '§ 12(a): following discovery or notification of the breach', checked: CHECKED };
const F_AG_THRESHOLD_2006: FactCheck = { kind: 'primary', where: PA_94_947, says: '§ 12(d): credit bureaus when more than 1,000 persons are to be notified; no threshold for residents', checked: CHECKED };
const F_AG_LE: FactCheck = { kind: 'secondary', where: SB2301_2020, says: '§ 12(a-5): delay on a written law-enforcement request; notify as soon as it no longer interferes (a pause)', checked: CHECKED, why: LE_12_READING };
const F_AG_SUBST: FactCheck = { kind: 'primary', where: PA_94_947, says: '§ 12(b)(3): cost over $250,000 or more than 500,000 to notify, or no contact data; email, website and statewide media', checked: CHECKED };
const F_AG_CONTENT_NONE: FactCheck = { kind: 'primary', where: PA_94_947, says: 'none for residents in the 2006 § 12(a); § 12(d): credit bureaus told the timing, distribution and content of the notices', checked: CHECKED };
const F_AG_CONTENT_2012: FactCheck = { kind: 'primary', where: `${PA_97_483}; ${PA_100_412}`, says: 'P.A. 97-483 amends § 12; § 12(a)(1): credit bureau and FTC contacts and fraud-alert statement; § 12(d) credit-bureau content', checked: CHECKED };
const F_AG_FORBIDDEN_NONE: FactCheck = { kind: 'primary', where: PA_94_947, says: 'none: the 2006 § 12 forbids nothing in the notice', checked: CHECKED };
const F_AG_FORBIDDEN_2012: FactCheck = { kind: 'primary', where: `${SB2301_2020}; ${PA_100_412}`, says: '§ 12(a): the notice must not include the number of Illinois residents affected', checked: CHECKED };
const F_HARM_12: FactCheck = { kind: 'primary', where: PA_94_947, says: 'none: § 12(a) requires notice of every breach of the system data or written material', checked: CHECKED };

const agency: RuleVersion[] = [
  {
    id: 'IL-AGENCY-2006',
    effectiveFrom: '2006-06-27',
    effectiveTo: '2011-12-31',
    citations: ['815 ILCS 530/12 (added by P.A. 94-947, eff. 2006-06-27)'],
    summary: 'Illinois State agencies had to notify affected residents of a breach of data or written material as expediently as possible, and the credit bureaus when more than 1,000 persons were notified.',
    coverage: AGENCY_COVERAGE, encryptionSafeHarbor: KEY_2006, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2006, substituteNotice: SUBSTITUTE_12,
    obligations: [AGENCY_INDIVIDUALS_2006, AGENCY_CRAS],
    confidence: 'medium',
    unverified: [LE_12_READING, AGENCY_NO_VENDOR, KEY_SILENT, 'The effective date of P.A. 94-947 (2006-06-27) comes from a secondary summary.'],
    sources: [{ where: PA_94_947, facts: '§ 12(a) notice, (b) methods and substitute notice, (c) own procedures, (d) credit bureaus over 1,000' }],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://www.cliclaw.com/node/7989', says: 'P.A. 94-947 from 2006-06-27; P.A. 97-483 from 2012-01-01', checked: CHECKED, why: 'The effective-date clause of P.A. 94-947 could not be read.' },
      coverage: F_AG_COVERAGE,
      personal_information: F_PI_2006,
      encryption: F_KEY_2006,
      risk_of_harm: F_HARM_12,
      deadline: F_AG_DEADLINE,
      anchor: F_AG_ANCHOR,
      threshold: F_AG_THRESHOLD_2006,
      law_enforcement: F_AG_LE,
      substitute_notice: F_AG_SUBST,
      required_content: F_AG_CONTENT_NONE,
      forbidden_content: F_AG_FORBIDDEN_NONE,
    },
  },
  {
    id: 'IL-AGENCY-2012',
    effectiveFrom: '2012-01-01',
    effectiveTo: '2016-12-31',
    citations: ['815 ILCS 530/12 as amended by P.A. 97-483 (eff. 2012-01-01)'],
    summary: 'Illinois State agency notices gained the same required content as private ones; the credit bureaus are still told above 1,000 persons.',
    coverage: AGENCY_COVERAGE, encryptionSafeHarbor: KEY_2006, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2006, substituteNotice: SUBSTITUTE_12,
    obligations: [AGENCY_INDIVIDUALS_2012, AGENCY_CRAS],
    confidence: 'medium',
    unverified: [LE_12_READING, AGENCY_NO_VENDOR, KEY_SILENT, 'The § 12 content list was read in its 2017 and 2020 reprints; that P.A. 97-483 put it there rests on that Act amending § 12 and the bar association summary.'],
    sources: [
      { where: 'https://www.isba.org/node/3546', facts: 'P.A. 97-483 content, State and local agencies subject, 2012-01-01' },
      { where: PA_97_483, facts: 'P.A. 97-483 amends §§ 5, 10 and 12' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${PA_97_483}; ${PERKINS_CHART_2021}`, says: 'P.A. 97-483 from 2012-01-01; P.A. 99-503 from 2017-01-01', checked: CHECKED, why: 'The end date (P.A. 99-503) is from the Perkins chart.' },
      coverage: F_AG_COVERAGE,
      personal_information: F_PI_2006,
      encryption: F_KEY_2006,
      risk_of_harm: F_HARM_12,
      deadline: F_AG_DEADLINE,
      anchor: F_AG_ANCHOR,
      threshold: F_AG_THRESHOLD_2006,
      law_enforcement: F_AG_LE,
      substitute_notice: F_AG_SUBST,
      required_content: F_AG_CONTENT_2012,
      forbidden_content: F_AG_FORBIDDEN_2012,
    },
  },
  {
    id: 'IL-AGENCY-2017',
    effectiveFrom: '2017-01-01',
    effectiveTo: null,
    citations: ['815 ILCS 530/12 as amended by P.A. 99-503 (eff. 2017-01-01) and P.A. 100-412 (S.B. 707, eff. 2017-08-25)'],
    summary: 'Illinois State agencies must notify residents as expediently as possible, the Attorney General within 45 days of discovery or with the residents (whichever is sooner) when more than 250 residents are affected, and the credit bureaus above 1,000.',
    coverage: AGENCY_COVERAGE, encryptionSafeHarbor: KEY_2017, riskOfHarmException: NO_HARM_TEST, personalInformation: PI_2017, substituteNotice: SUBSTITUTE_12,
    obligations: [AGENCY_INDIVIDUALS_2017, AGENCY_AG_2017, AGENCY_CRAS],
    confidence: 'low',
    unverified: [
      'The Attorney General notice of State agencies (§ 12(e): more than 250 residents, 45 days or with the residents, whichever is sooner) and its start with P.A. 99-503 come from the Perkins and Bloomberg summaries; § 12(e) lies beyond what could be read of the Acts.',
      LE_12_READING,
      AGENCY_NO_VENDOR,
    ],
    sources: [
      { where: PA_100_412, facts: '§ 12(a) text with content list' },
      { where: SB2301_2020, facts: '§ 12(a), (a-5) as in force in 2020' },
      { where: BLOOMBERG_TABLE, facts: 'AG 250/45 days, CRA 1,000' },
      { where: PERKINS_CHART_2021, facts: 'AG 250, 45 days or consumer notice whichever is sooner' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'P.A. 99-503 from 2017-01-01', checked: CHECKED, why: 'The effective-date clause of P.A. 99-503 could not be read.' },
      coverage: F_AG_COVERAGE,
      personal_information: F_PI_2017,
      encryption: F_KEY_2017,
      risk_of_harm: F_HARM_12,
      deadline: { kind: 'secondary', where: `${PA_100_412}; ${PERKINS_CHART_2021}; ${BLOOMBERG_TABLE}`, says: 'residents: most expedient time possible (§ 12(a), read); AG: within 45 days of discovery or with the consumer notice, whichever is sooner (§ 12(e), summaries)', checked: CHECKED, why: `§ 12(e): ${NOT_IN_EXCERPT}` },
      anchor: { kind: 'secondary', where: `${PA_100_412}; ${PERKINS_CHART_2021}`, says: 'residents: discovery or notification of the breach; AG: discovery of the breach, or the consumer notice if sooner', checked: CHECKED, why: `§ 12(e): ${NOT_IN_EXCERPT}` },
      threshold: { kind: 'secondary', where: `${PERKINS_CHART_2021}; ${BLOOMBERG_TABLE}; ${PA_94_947}`, says: 'AG: a single breach of more than 250 Illinois residents (summaries); credit bureaus: more than 1,000 persons (§ 12(d), read)', checked: CHECKED, why: `§ 12(e): ${NOT_IN_EXCERPT}` },
      law_enforcement: F_AG_LE,
      substitute_notice: F_AG_SUBST,
      required_content: { kind: 'secondary', where: `${PA_100_412}; ${PERKINS_CHART_2021}`, says: 'residents: § 12(a)(1) list (read); AG: types of information, residents affected, steps, date and timeframe (summary)', checked: CHECKED, why: `§ 12(e): ${NOT_IN_EXCERPT}` },
      forbidden_content: F_AG_FORBIDDEN_2012,
    },
  },
];

const gaReport = obligation({
  id: 'general-assembly-report',
  recipient: 'state_agency',
  recipientName: 'Illinois General Assembly',
  citation: '815 ILCS 530/25',
  deadline: businessDays(5, 'discovered'),
  requiredContent: ['The breaches of security of system data or written material', 'Corrective measures taken to prevent future breaches'],
  notes: 'Within 5 business days of discovery or notification of the breach; an annual report of all breaches follows.',
});
const GA_SOURCE = { where: ILCS_25, facts: '§ 25 text: 5 business days, annual report' };
const F_GA_COVERAGE: FactCheck = { kind: 'primary', where: ILCS_25, says: '§ 25 binds any State agency that collects personal data and has had a breach', checked: CHECKED };
const F_GA_DEADLINE: FactCheck = { kind: 'primary', where: ILCS_25, says: 'report within 5 business days', checked: CHECKED };
const F_GA_ANCHOR: FactCheck = { kind: 'primary', where: ILCS_25, says: 'of the discovery or notification of the breach', checked: CHECKED };
const F_GA_THRESHOLD: FactCheck = { kind: 'primary', where: ILCS_25, says: 'none: any breach', checked: CHECKED };
const F_GA_LE: FactCheck = { kind: 'primary', where: ILCS_25, says: 'none: § 25 allows no delay', checked: CHECKED };
const F_GA_SUBST: FactCheck = { kind: 'primary', where: ILCS_25, says: 'none: a report to the General Assembly, no substitute notice', checked: CHECKED };
const F_GA_CONTENT: FactCheck = { kind: 'primary', where: ILCS_25, says: 'lists the breaches and the corrective measures taken', checked: CHECKED };
const F_GA_FORBIDDEN: FactCheck = { kind: 'primary', where: ILCS_25, says: 'none: § 25 forbids nothing', checked: CHECKED };
const F_GA_HARM: FactCheck = { kind: 'primary', where: ILCS_25, says: 'none: every breach is reported', checked: CHECKED };

const reports: RuleVersion[] = [
  {
    id: 'IL-GA-2006',
    effectiveFrom: '2006-06-27',
    effectiveTo: '2016-12-31',
    citations: ['815 ILCS 530/25 (added by P.A. 94-947, eff. 2006-06-27)'],
    summary: 'An Illinois State agency that had a breach had to report it to the General Assembly within 5 business days.',
    coverage: AGENCY_COVERAGE, encryptionSafeHarbor: KEY_2006, riskOfHarmException: null, personalInformation: PI_2006,
    obligations: [gaReport],
    confidence: 'medium',
    unverified: ['The effective date of P.A. 94-947 (2006-06-27) comes from a secondary summary.', KEY_SILENT],
    sources: [GA_SOURCE, { where: PA_94_947, facts: 'adds § 25' }],
    verification: {
      effective_dates: { kind: 'secondary', where: `${PA_94_947}; https://www.cliclaw.com/node/7989`, says: 'P.A. 94-947 adds § 25, from 2006-06-27', checked: CHECKED, why: 'The effective-date clause of P.A. 94-947 could not be read.' },
      coverage: F_GA_COVERAGE,
      personal_information: F_PI_2006,
      encryption: F_KEY_2006,
      risk_of_harm: F_GA_HARM,
      deadline: F_GA_DEADLINE,
      anchor: F_GA_ANCHOR,
      threshold: F_GA_THRESHOLD,
      law_enforcement: F_GA_LE,
      substitute_notice: F_GA_SUBST,
      required_content: F_GA_CONTENT,
      forbidden_content: F_GA_FORBIDDEN,
    },
  },
  // Only the definition of personal information (P.A. 99-503) changes here.
  {
    id: 'IL-GA-2017',
    effectiveFrom: '2017-01-01',
    effectiveTo: '2017-08-24',
    citations: ['815 ILCS 530/25; 815 ILCS 530/5 as amended by P.A. 99-503 (eff. 2017-01-01)'],
    summary: 'An Illinois State agency had to report a breach, now of the wider 2017 personal information, to the General Assembly within 5 business days.',
    coverage: AGENCY_COVERAGE, encryptionSafeHarbor: KEY_2017, riskOfHarmException: null, personalInformation: PI_2017,
    obligations: [gaReport],
    confidence: 'medium',
    unverified: [],
    sources: [GA_SOURCE],
    verification: {
      effective_dates: { kind: 'secondary', where: `${PERKINS_CHART_2021}; ${PA_100_412}`, says: 'P.A. 99-503 from 2017-01-01; P.A. 100-412 became law 2017-08-25, effective immediately', checked: CHECKED, why: 'The start (P.A. 99-503) is from the Perkins chart.' },
      coverage: F_GA_COVERAGE,
      personal_information: F_PI_2017,
      encryption: F_KEY_2017,
      risk_of_harm: F_GA_HARM,
      deadline: F_GA_DEADLINE,
      anchor: F_GA_ANCHOR,
      threshold: F_GA_THRESHOLD,
      law_enforcement: F_GA_LE,
      substitute_notice: F_GA_SUBST,
      required_content: F_GA_CONTENT,
      forbidden_content: F_GA_FORBIDDEN,
    },
  },
  {
    id: 'IL-GA-2017b',
    effectiveFrom: '2017-08-25',
    effectiveTo: null,
    citations: ['815 ILCS 530/25; 815 ILCS 530/12 as amended by P.A. 100-412 (S.B. 707, eff. 2017-08-25)'],
    summary: 'An Illinois State agency must report a breach to the General Assembly within 5 business days; agencies under the Governor also alert the Chief Information Security Officer within 72 hours.',
    coverage: AGENCY_COVERAGE, encryptionSafeHarbor: KEY_2017, riskOfHarmException: null, personalInformation: PI_2017,
    obligations: [
      gaReport,
      obligation({
        id: 'doit-ciso-72h',
        recipient: 'state_agency',
        recipientName: 'Office of the Chief Information Security Officer, Department of Innovation and Technology (and the Attorney General)',
        citation: '815 ILCS 530/12 (as amended by P.A. 100-412)',
        deadline: hours(72, 'discovered'),
        threshold: residents(250, 'more_than'),
        condition: 'Only State agencies under the jurisdiction of the Governor. If the agency identifies who perpetrated the breach, it reports that to the General Assembly when safe to do so.',
      }),
    ],
    confidence: 'low',
    unverified: [
      'The 72-hour notice to the Chief Information Security Officer comes only from the Bloomberg table; the S.B. 707 bill status and the chaptered text\'s synopsis confirm that P.A. 100-412 added a report on a single breach (or aggravated computer tampering) to the Attorney General and the General Assembly and notice to that office, but the 72 hours and the threshold were not read in the Act.',
    ],
    sources: [
      GA_SOURCE,
      { where: 'http://www.ilga.gov/legislation/BillStatus.asp?DocNum=707&GAID=14&DocTypeID=SB&SessionID=91&GA=100', facts: 'P.A. 100-412 (2017-08-25): over-250 breach report; notice to the DoIT Chief Information Security Officer; perpetrator report' },
      { where: PA_100_412, facts: 'synopsis: report of a single breach or aggravated computer tampering to the AG and General Assembly; effective immediately' },
      { where: BLOOMBERG_TABLE, facts: '72 hours to DoIT CISO and AG for agencies under the Governor' },
    ],
    verification: {
      effective_dates: { kind: 'primary', where: PA_100_412, says: 'P.A. 100-412 became law 2017-08-25, effective immediately', checked: CHECKED },
      coverage: { kind: 'secondary', where: `${ILCS_25}; ${BLOOMBERG_TABLE}`, says: '§ 25: any State agency (read); the CISO notice only for agencies under the Governor (table)', checked: CHECKED, why: `The P.A. 100-412 subsection on the CISO: ${NOT_IN_EXCERPT}` },
      personal_information: F_PI_2017,
      encryption: F_KEY_2017,
      risk_of_harm: F_GA_HARM,
      deadline: { kind: 'secondary', where: `${ILCS_25}; ${BLOOMBERG_TABLE}`, says: 'General Assembly: 5 business days (read); CISO: 72 hours (table)', checked: CHECKED, why: `The P.A. 100-412 subsection on the CISO: ${NOT_IN_EXCERPT}` },
      anchor: F_GA_ANCHOR,
      threshold: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; http://www.ilga.gov/legislation/BillStatus.asp?DocNum=707&GAID=14&DocTypeID=SB&SessionID=91&GA=100`, says: 'CISO: breaches of more than 250 Illinois residents', checked: CHECKED, why: `The P.A. 100-412 subsection on the CISO: ${NOT_IN_EXCERPT}` },
      law_enforcement: F_GA_LE,
      substitute_notice: F_GA_SUBST,
      required_content: F_GA_CONTENT,
      forbidden_content: F_GA_FORBIDDEN,
    },
  },
];

export const illinois: Jurisdiction = {
  code: 'IL',
  name: 'Illinois',
  kind: 'state',
  holidays: { country: 'US', state: 'IL' },
  laws: [
    { id: 'IL-530', title: 'Personal Information Protection Act, 815 ILCS 530/10 (data collectors)', scope: 'residents', versions: general },
    { id: 'IL-530-12', title: 'Personal Information Protection Act, 815 ILCS 530/12 (State agencies)', scope: 'residents', versions: agency },
    { id: 'IL-530-25', title: 'State agency breach reports, 815 ILCS 530/25 and 530/12 (General Assembly, Chief Information Security Officer)', scope: 'home', versions: reports },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'Office of the Illinois Attorney General (data breach notification)',
      ways: [{ kind: 'postal', value: 'Office of the Illinois Attorney General, Attn: Data Security Breach Notification, 100 W. Randolph Street, Chicago, IL 60601' }],
      asksFor: [
        '§ 10(e): nature of the breach, number of Illinois residents affected, steps taken or planned, date of the breach',
        '§ 12(e) (State agencies): types of information, residents affected, steps relating to consumer notice, date and timeframe',
      ],
      source: 'No breach-reporting form of the Attorney General was found; postal address from the Chicago Bar Association consumer page and a notice template (ezel.ai); what is asked is what §§ 10(e) and 12(e) list',
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
    {
      recipient: 'state_agency',
      obligations: ['general-assembly-report', 'doit-ciso-72h'],
      name: 'Illinois General Assembly; Department of Innovation and Technology, Office of the Chief Information Security Officer',
      ways: [
        { kind: 'postal', value: 'Clerk of the House of Representatives and Secretary of the Senate, in electronic form as they direct; and the Commission on Government Forecasting and Accountability (25 ILCS 5/3.1)' },
      ],
      asksFor: [
        '§ 25: the breaches and the corrective measures taken; a copy also posted on the agency\'s website (25 ILCS 5/3.1)',
        'The CISO notice: no published address was found; agencies under the Governor use their DoIT security contact',
      ],
      source: 'https://casetext.com/statute/illinois-compiled-statutes/government/chapter-25-legislature/act-5-general-assembly-organization-act/section-25-ilcs-531-required-reports-to-general-assembly-procedure (25 ILCS 5/3.1 as amended by P.A. 100-1148)',
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Office of the Illinois Attorney General, Identity Theft Hotline',
    phone: '1-866-999-5630',
    website: 'www.illinoisattorneygeneral.gov',
    address: '100 W. Randolph Street, Chicago, IL 60601',
    source: "Illinois Attorney General's identity-theft page (toll-free Identity Theft Hotline) and the Consumer Protection Division's Chicago address",
    checked: CHECKED,
  },
};
