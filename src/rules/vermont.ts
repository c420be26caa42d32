// Vermont: the Security Breach Notice Act (9 V.S.A. §§ 2430, 2435). One law for businesses and
// public bodies alike; Act 109 (2012) added the 45-day limit and the preliminary notice to the
// Attorney General (within 14 business days of discovery or with the consumer notice, whichever is
// sooner), and Act 89 (S. 110, 2020) widened the definition and added login credentials.
import type { FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, beforeIndividuals, calendarDays, coverage, earlierOf, obligation, residents, toll,
  withIndividuals, withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';
const STATUTE_2435 = 'https://legislature.vermont.gov/statutes/section/09/062/02435';
const PRE_2012_2435 = 'http://laws9.com/statutes/vermont/title-09/chapter-62/2435';
const JUSTIA_2430_2015 = 'https://law.justia.com/codes/vermont/2015/title-9/chapter-62/section-2430/';
const LAWSERVER_2430 = 'https://www.lawserver.com/law/state/vermont/vt-statutes/vermont_statutes_title_9_2430';

const LE_2007 = toll('9 V.S.A. § 2435(b)(3)');
const LE_2012 = toll('9 V.S.A. § 2435(b)(3)-(4)');

const DATA_COLLECTOR =
  '9 V.S.A. § 2430 makes a "data collector" of any person or body that handles nonpublic personal information, naming the State, State agencies, political subdivisions, public and private universities, corporations and financial institutions';
const COVERAGE = coverage({
  business: ['yes', `${DATA_COLLECTOR}.`],
  nonprofit: ['yes', `${DATA_COLLECTOR}; "any other entity" takes in nonprofits, and "business" covers groups "whether or not organized to operate at a profit".`],
  local_government: ['yes', `${DATA_COLLECTOR}; political subdivisions are named.`],
  state_agency: ['yes', `${DATA_COLLECTOR}; the State and its agencies are named.`],
});

// Before 2020 a bare account or card number counted when it could be used without a code, and a
// financial-account password or PIN counted on its own with the name.
const PI_2007: PersonalInformationDefinition = {
  citation: '9 V.S.A. § 2430 (as in force 2007-2012)',
  summary:
    "a consumer's name (first name or initial and last name) with an SSN, driver's licence or non-driver ID number, a financial account or card number usable without further codes, or a password, PIN or access code for a financial account",
  combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'account_number', 'card_number', 'access_code', 'password'] }],
};
const PI_2012: PersonalInformationDefinition = {
  citation: '9 V.S.A. § 2430(5) (as in force 2012-2020)',
  summary:
    "a consumer's name (first name or initial and last name) with an SSN, driver's licence or non-driver ID number, a financial account or card number usable without further codes, or a password, PIN or access code for a financial account",
  combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'account_number', 'card_number', 'access_code', 'password'] }],
};
const PI_2020: PersonalInformationDefinition = {
  citation: '9 V.S.A. § 2430(10) and (7) as amended by Act 89 (2020)',
  summary:
    "a consumer's name with an SSN; a licence, state ID, taxpayer ID, passport, military ID or other government ID number; a financial account or card number usable without further codes, or a financial-account password or PIN; biometric or genetic data; health records, diagnosis or treatment, or a health insurance policy number; or, without a name, login credentials (a username or e-mail address with its password or security answers)",
  combinations: [
    {
      all: ['name'],
      anyOf: ['ssn', 'drivers_license', 'state_id', 'tax_id', 'passport', 'military_id', 'account_number', 'card_number', 'access_code', 'password', 'biometric', 'genetic', 'medical', 'health_insurance'],
    },
    { all: ['username'], anyOf: ['password', 'security_question'] },
    { all: ['email'], anyOf: ['password', 'security_question'] },
  ],
};

const CONTENT_2007 = [
  'The incident in general terms',
  'The type of personal information subject to unauthorized access or acquisition',
  'The general acts of the data collector to protect the information from further breach',
  'A telephone number, toll-free if available, the consumer can call for information and assistance',
  'Advice to remain vigilant by reviewing account statements and monitoring free credit reports',
];
const CONTENT_2012 = [...CONTENT_2007, 'The approximate date of the security breach'];
const LETTER_2007: ObligationRule['letterElements'] = ['what_happened', 'information_involved', 'what_we_are_doing', 'contact', 'review_statements'];
const LETTER_2012: ObligationRule['letterElements'] = [...LETTER_2007, 'breach_dates'];

const AG_NAME = 'Vermont Attorney General, or the Department of Financial Regulation for entities it regulates under Title 8 or Title 9';
const SWORN =
  'a data collector that, before the breach, swore in writing to the Attorney General (on the Attorney General\'s form) that it keeps written policies and procedures to secure personally identifiable information and to respond to a breach consistently with Vermont law';
const LOGIN_ONLY_AG =
  'For a breach limited to login credentials, the Attorney General or DFR is notified only if the credentials were acquired directly from the data collector or its agent (§ 2435(b)(3), as amended by Act 89).';

const INDIVIDUALS_2007 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Vermont consumers',
  citation: '9 V.S.A. § 2435(b)(1), (b)(5)',
  deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay after discovery or notification of the breach.'),
  lawEnforcement: LE_2007,
  requiredContent: CONTENT_2007,
  letterElements: LETTER_2007,
  notes: 'Delay is allowed at a law-enforcement request (documented in writing if made orally) or to determine the scope of the breach and restore the system.',
});

const INDIVIDUALS_2012 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Vermont consumers',
  citation: '9 V.S.A. § 2435(b)(1), (b)(5)',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE_2012,
  requiredContent: CONTENT_2012,
  letterElements: LETTER_2012,
  notes: 'In the most expedient time possible and without unreasonable delay, and no later than 45 days after discovery or notification.',
});

const INDIVIDUALS_2020 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Vermont consumers',
  citation: '9 V.S.A. § 2435(b)(1), (b)(5)',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE_2012,
  requiredContent: CONTENT_2012,
  letterElements: LETTER_2012,
  condition:
    'If only login credentials were taken, notice may be electronic (not to a compromised e-mail account) and must tell consumers to change their credentials (§ 2435(b)(6)(B)). HIPAA entities are deemed compliant for health-record breaches; financial institutions under the federal interagency guidance are exempt (§ 2435(h)).',
  notes: 'In the most expedient time possible and without unreasonable delay, and no later than 45 days after discovery or notification.',
});

// § 2435(b)(3)(B)(i): within 14 business days of discovery, or when consumers are notified,
// whichever is sooner. (B)(ii): a data collector that had sworn its policies to the Attorney General
// gives the same facts before notifying consumers instead: a condition on this obligation rather
// than a second duty, which would remind every other city of a notice it does not owe.
const AG_PRELIMINARY_2012 = obligation({
  id: 'attorney-general-preliminary',
  recipient: 'attorney_general',
  recipientName: AG_NAME,
  citation: '9 V.S.A. § 2435(b)(3)(A)-(B)',
  deadline: earlierOf({ kind: 'business_days', days: 14, anchor: 'discovered' }, { kind: 'relative', to: 'individuals', relation: 'with' }),
  lawEnforcement: LE_2012,
  requiredContent: ['Date of the breach (sent as soon as it is known, if not known yet)', 'Date of discovery', 'Preliminary description of the breach'],
  condition: `For ${SWORN}, this notice is due earlier still: before notifying consumers (§ 2435(b)(3)(B)(ii)).`,
  notes:
    'Within 14 business days of discovery or when consumers are notified, whichever is sooner. Required however few Vermonters are affected; kept confidential by statute; submitted on the Attorney General\'s preliminary-reporting form.',
});
const AG_PRELIMINARY_2020 = obligation({
  id: 'attorney-general-preliminary',
  recipient: 'attorney_general',
  recipientName: AG_NAME,
  citation: '9 V.S.A. § 2435(b)(3)(A)-(B)',
  deadline: earlierOf({ kind: 'business_days', days: 14, anchor: 'discovered' }, { kind: 'relative', to: 'individuals', relation: 'with' }),
  lawEnforcement: LE_2012,
  requiredContent: ['Date of the breach (sent as soon as it is known, if not known yet)', 'Date of discovery', 'Preliminary description of the breach'],
  condition: `For ${SWORN}, this notice is due earlier still: before notifying consumers (§ 2435(b)(3)(B)(ii)). ${LOGIN_ONLY_AG}`,
  notes:
    'Within 14 business days of discovery or when consumers are notified, whichever is sooner. Required however few Vermonters are affected; kept confidential by statute; submitted on the Attorney General\'s preliminary-reporting form.',
});

const AG_FOLLOW_UP_2012 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: AG_NAME,
  citation: '9 V.S.A. § 2435(b)(3)(C)',
  deadline: withIndividuals,
  requiredContent: ['Number of Vermont consumers affected, if known', 'A copy of the notice sent to consumers'],
  notes: 'Sent when consumers are notified.',
});
const AG_FOLLOW_UP_2020 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: AG_NAME,
  citation: '9 V.S.A. § 2435(b)(3)(C)',
  deadline: withIndividuals,
  requiredContent: ['Number of Vermont consumers affected, if known', 'A copy of the notice sent to consumers'],
  condition: LOGIN_ONLY_AG,
  notes: 'Sent when consumers are notified.',
});

const CREDIT_BUREAUS = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: '9 V.S.A. § 2435(c)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 consumers are notified at one time.'),
  threshold: residents(1000, 'more_than'),
  requiredContent: ['Timing, distribution and content of the notice sent to consumers'],
  condition: 'Not required of a person licensed or registered by the Department of Financial Regulation under Title 8.',
});

const VENDOR_2007 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: '9 V.S.A. § 2435(b)(2)',
  deadline: withoutDelay('discovered', 'Immediately following discovery of the breach.'),
  lawEnforcement: LE_2007,
  condition: 'Binds a data collector that maintains or possesses the data without owning or licensing it (a vendor), not the owner.',
});
const VENDOR_2012 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: '9 V.S.A. § 2435(b)(2)',
  deadline: withoutDelay('discovered', 'Immediately following discovery of the breach.'),
  lawEnforcement: LE_2012,
  condition: 'Binds a data collector that maintains or possesses the data without owning or licensing it (a vendor), not the owner.',
});

const MISUSE_TEST = {
  exists: true,
  standard: 'No consumer notice if the data collector establishes that misuse of the information is not reasonably possible; notice is owed if facts later show misuse is reasonably possible.',
  recordToKeep:
    'A notice of the determination, with a detailed explanation of why misuse is not reasonably possible, sent to the Attorney General (or the Department of Financial Regulation).',
};
const KEY_WORDING_2007 = '§ 2430: the name or data elements count when "not encrypted or redacted or protected by another method that renders them unreadable or unusable by unauthorized persons"; no express key clause.';
const KEY_WORDING_2012 = '§ 2430(4)-(5): encryption renders data unreadable or unusable "without use of a confidential process or key"; data counts when not encrypted, redacted or otherwise protected so as to be unreadable or unusable by unauthorized persons.';
const KEY_WORDING_2020 = '§ 2430: personally identifiable information and login credentials count when "unencrypted or unredacted"; encryption is defined by unreadability without the confidential process or key.';

// Facts shared by the versions.
const SUMMARY_SOURCE_WHY = 'The stored copy of the current § 2435 shows only subsections (a) to (b)(3)(A); this part was read only in law-firm summaries and the Attorney General\'s guidance.';
const RISK_OF_HARM: FactCheck = {
  kind: 'secondary',
  where: 'https://dwt.com/vermont',
  says: '§ 2435(d): no consumer notice where misuse is established as not reasonably possible, with a detailed explanation sent to the Attorney General or DFR',
  checked: CHECKED,
  why: SUMMARY_SOURCE_WHY,
};
const FORBIDDEN_NONE: FactCheck = {
  kind: 'secondary',
  where: PERKINS_CHART_2021,
  says: 'none: no summary read lists anything a Vermont notice must not contain',
  checked: CHECKED,
  why: 'The content subsection (b)(5) was not in the stored statute text; only summaries were read.',
};

const VT_2007_VERIFICATION = {
  effective_dates: {
    kind: 'secondary',
    where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Vermont%20State%20Security%20Breach%20Laws.aspx',
    says: 'in force from 2007-01-01 until Act 109 took effect on passage, 2012-05-08',
    checked: CHECKED,
    why: 'Act 162 of 2006 and Act 109 of 2012 were not found online in readable form; the dates come from the AICPA page, the Bloomberg table and Act 109 law-firm notes.',
  },
  coverage: {
    kind: 'secondary',
    where: JUSTIA_2430_2015,
    says: '"data collector" names the State, State agencies, political subdivisions, universities, corporations and any other entity (2015 text)',
    checked: CHECKED,
    why: 'Only the 2015 text of § 2430 was read; that the 2006 definition was the same is taken from Act 109 summaries, which report no change to it.',
  },
  personal_information: {
    kind: 'secondary',
    where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Vermont%20State%20Security%20Breach%20Laws.aspx',
    says: 'name with SSN, licence or non-driver ID, an account or card number usable without codes, or a financial-account password/PIN',
    checked: CHECKED,
    why: 'The 2006 text of § 2430 was not read; the AICPA page (2011) quotes it.',
  },
  encryption: {
    kind: 'secondary',
    where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Vermont%20State%20Security%20Breach%20Laws.aspx',
    says: 'data counts when not encrypted, redacted or protected so as to be unreadable or unusable by unauthorized persons; nothing on keys',
    checked: CHECKED,
    why: 'The 2006 text was read only as quoted by the AICPA.',
  },
  risk_of_harm: {
    kind: 'secondary',
    where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/vermont.aspx',
    says: 'no notice where misuse is not reasonably possible, with notice of the determination to the Attorney General',
    checked: CHECKED,
    why: 'The 2006 text of § 2435(d) was not read.',
  },
  deadline: {
    kind: 'primary',
    where: PRE_2012_2435,
    says: '§ 2435(b)(1)-(2) before 2012: consumers in the most expedient time possible and without unreasonable delay; vendor to owner immediately; no Attorney General notice',
    checked: CHECKED,
  },
  anchor: { kind: 'primary', where: PRE_2012_2435, says: 'following discovery or notification to the data collector of the breach', checked: CHECKED },
  threshold: {
    kind: 'secondary',
    where: PERKINS_CHART_2021,
    says: 'credit bureaus when more than 1,000 consumers are notified at one time; no other number',
    checked: CHECKED,
    why: 'Subsection (c) of the pre-2012 text was beyond the part of the page stored; that it already applied before 2012 is not confirmed.',
  },
  law_enforcement: {
    kind: 'primary',
    where: PRE_2012_2435,
    says: '§ 2435(b)(3): notice delayed on a law-enforcement request, an oral request documented in writing; notice follows once law enforcement no longer objects',
    checked: CHECKED,
  },
  substitute_notice: {
    kind: 'secondary',
    where: AKESARI_BILL('2019 Vt. S. 110.PDF'),
    says: 'cost over $5,000 or more than 5,000 consumers (the figures Act 89 struck in 2020)',
    checked: CHECKED,
    why: 'The S. 110 PDF was read by the earlier research, not here; that the 2006 text already had these figures is assumed.',
  },
  required_content: {
    kind: 'secondary',
    where: 'https://docslib.org/doc/4178575/vermont-attorney-general-security-breach-notification-guidance-updated-september-2014',
    says: 'the incident in general terms, the type of information, the protective acts, a telephone number, advice to stay vigilant',
    checked: CHECKED,
    why: 'The 2006 text of § 2435(b)(5) was not read; the list comes from the Attorney General\'s guidance and summaries.',
  },
  forbidden_content: FORBIDDEN_NONE,
} satisfies RuleVersion['verification'];

const VT_2012_VERIFICATION = {
  effective_dates: {
    kind: 'secondary',
    where: 'https://www.dataprivacymonitor.com/breach-notification/significant-changes-to-vermonts-data-protection-and-notification-law/',
    says: 'Act 109 in effect on passage, 2012-05-08; superseded by Act 89 on 2020-07-01',
    checked: CHECKED,
    why: 'The text of Act 109 (H. 254) was not found online in readable form (the copy in the Akesari repository is a PDF that could not be opened here).',
  },
  coverage: { kind: 'primary', where: JUSTIA_2430_2015, says: '§ 2430(1), (3): "data collector" names the State, agencies, political subdivisions, universities and any other entity; "business" covers non-profit groups', checked: CHECKED },
  personal_information: {
    kind: 'primary',
    where: JUSTIA_2430_2015,
    says: '§ 2430(5)(A): name with SSN, licence or non-driver ID, an account or card number usable without codes, or financial-account access codes',
    checked: CHECKED,
  },
  encryption: { kind: 'primary', where: 'https://law.justia.com/codes/vermont/2018/title-9/chapter-62/section-2430/', says: KEY_WORDING_2012, checked: CHECKED },
  risk_of_harm: RISK_OF_HARM,
  deadline: {
    kind: 'secondary',
    where: 'https://www.lexology.com/library/detail.aspx?g=ec7df044-4873-4efb-a87b-ee28cb6e5e54',
    says: 'consumers within 45 days; Attorney General within 14 business days of discovery or at the consumer notice, whichever is earlier; follow-up with the number and a copy',
    checked: CHECKED,
    why: 'The 2012-2020 text of § 2435 was not read; the current text (read) keeps the 45 days, and the 14-business-day rule comes from Act 109 law-firm notes.',
  },
  anchor: {
    kind: 'secondary',
    where: 'https://www.dataprivacymonitor.com/breach-notification/significant-changes-to-vermonts-data-protection-and-notification-law/',
    says: 'both clocks run from discovery (or notification) of the breach',
    checked: CHECKED,
    why: 'As for the deadline: the 2012 text itself was not read.',
  },
  threshold: {
    kind: 'secondary',
    where: 'https://dfr.vermont.gov/about-us/legal-general-counsel/legal-actions/data-breach-notifications',
    says: 'Attorney General/DFR notice whatever the number ("even one Vermont resident"); credit bureaus above 1,000 consumers',
    checked: CHECKED,
    why: SUMMARY_SOURCE_WHY,
  },
  law_enforcement: {
    kind: 'secondary',
    where: STATUTE_2435,
    says: 'current § 2435(b)(1) ties the consumer notice to the law-enforcement provisions of subdivisions (3) and (4)',
    checked: CHECKED,
    why: 'Subdivision (4) itself was beyond the stored part of the page; the 2012 text was not read.',
  },
  substitute_notice: {
    kind: 'secondary',
    where: AKESARI_BILL('2019 Vt. S. 110.PDF'),
    says: 'cost over $5,000 or more than 5,000 consumers, struck by Act 89',
    checked: CHECKED,
    why: 'Read by the earlier research in the S. 110 PDF; it could not be opened here.',
  },
  required_content: {
    kind: 'secondary',
    where: 'https://www.dataprivacymonitor.com/breach-notification/significant-changes-to-vermonts-data-protection-and-notification-law/',
    says: 'Act 109 added the approximate date of the breach to the consumer notice; the Attorney General gets dates, a preliminary description, then the number and a copy',
    checked: CHECKED,
    why: SUMMARY_SOURCE_WHY,
  },
  forbidden_content: FORBIDDEN_NONE,
} satisfies RuleVersion['verification'];

const VT_2020_VERIFICATION = {
  effective_dates: {
    kind: 'secondary',
    where: 'https://ago.vermont.gov/privacy-data-security',
    says: 'the Attorney General states the Act was amended effective 2020-07-01 (Act 89, S. 110)',
    checked: CHECKED,
    why: 'The history line of § 2435 was beyond the stored part of the statute page and Act 89 was not read; the date rests on the Attorney General\'s page and the S. 110 notes of the earlier research.',
  },
  coverage: {
    kind: 'primary',
    where: LAWSERVER_2430,
    says: 'current § 2430: "data collector" is any person handling personally identifiable information, including the State, agencies, political subdivisions, universities and corporations; "business" covers non-profit groups',
    checked: CHECKED,
  },
  personal_information: {
    kind: 'secondary',
    where: 'https://lewisbrisbois.com/privacy/US/Vermont/data-breach',
    says: 'name with SSN, licence/ID, taxpayer, passport, military or other government ID, account numbers or access codes, biometric, genetic or health data, health insurance numbers; login credentials alone',
    checked: CHECKED,
    why: 'The stored copy of the current § 2430 reached only the first definitions; the list was read in summaries.',
  },
  encryption: {
    kind: 'secondary',
    where: 'https://lewisbrisbois.com/privacy/US/Vermont/data-breach',
    says: KEY_WORDING_2020,
    checked: CHECKED,
    why: 'As for the definition: the current § 2430 was not read to its end.',
  },
  risk_of_harm: RISK_OF_HARM,
  deadline: {
    kind: 'secondary',
    where: STATUTE_2435,
    says: '§ 2435(b)(1) (read): consumers no later than 45 days; (b)(2) vendor immediately; (b)(3)(A) notice to the AG or DFR. The 14-business-day-or-consumer-notice rule was read only in summaries',
    checked: CHECKED,
    why: `${SUMMARY_SOURCE_WHY} Klinedinst (2024) and the Act 109 notes give "within 14 business days ... or when consumers are notified, whichever is sooner".`,
  },
  anchor: { kind: 'primary', where: STATUTE_2435, says: '§ 2435(b)(1)-(2): "following discovery or notification to the data collector of the breach"; 45 days "after the discovery or notification"', checked: CHECKED },
  threshold: {
    kind: 'secondary',
    where: 'https://dfr.vermont.gov/about-us/legal-general-counsel/legal-actions/data-breach-notifications',
    says: 'DFR: notice owed if even one Vermont resident is affected; credit bureaus above 1,000 consumers (§ 2435(c), from summaries)',
    checked: CHECKED,
    why: SUMMARY_SOURCE_WHY,
  },
  law_enforcement: {
    kind: 'secondary',
    where: STATUTE_2435,
    says: '§ 2435(b)(1)-(2) make the consumer and vendor notices consistent with the law-enforcement needs of subdivisions (3) and (4)',
    checked: CHECKED,
    why: 'Subdivision (4) (the delay itself) was beyond the stored part of the page.',
  },
  substitute_notice: {
    kind: 'secondary',
    where: AKESARI_BILL('2019 Vt. S. 110.PDF'),
    says: 'substitute notice where notice would cost more than $10,000 or contact information is lacking; no count limit',
    checked: CHECKED,
    why: 'Read by the earlier research in the S. 110 PDF; it could not be opened here.',
  },
  required_content: {
    kind: 'secondary',
    where: 'https://klinedinstlaw.com/practice/privacy-data-security/vermont',
    says: 'consumer letter content of § 2435(b)(5); Attorney General: dates and a preliminary description, then the number affected and a copy of the notice',
    checked: CHECKED,
    why: SUMMARY_SOURCE_WHY,
  },
  forbidden_content: FORBIDDEN_NONE,
} satisfies RuleVersion['verification'];

const LE_ASSUMPTION =
  'Whether a law-enforcement delay also postpones the preliminary Attorney General notice: the text read ties the consumer notice to subdivisions (3) and (4); breachdesk tolls both, which the stored statute text did not settle.';
const KEY_NOTE = 'The statute has no express key clause; notice is treated as required when the key was taken, since the data is then no longer "unreadable or unusable by unauthorized persons".';

const versions: RuleVersion[] = [
  {
    id: 'VT-2007',
    effectiveFrom: '2007-01-01',
    effectiveTo: '2012-05-07',
    citations: ['9 V.S.A. §§ 2430, 2435 (S. 284, Act 162 of 2006)'],
    summary: 'Vermont data collectors had to notify affected consumers in the most expedient time possible, with no fixed number of days and no routine notice to the Attorney General.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, keyReading: 'implied', keyWording: KEY_WORDING_2007, citation: '9 V.S.A. § 2430' },
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PI_2007,
    substituteNotice: { costOver: 5000, recipientsOver: 5000, citation: '9 V.S.A. § 2435(b)(6)' },
    obligations: [INDIVIDUALS_2007, CREDIT_BUREAUS, VENDOR_2007],
    confidence: 'low',
    unverified: [
      'The 2006 enacted text was not read; the definition, content list, misuse exception and coverage come from 2011 summaries (AICPA, McAfee) and later statute text.',
      'That the more-than-1,000 consumer-reporting-agency notice and the $5,000 / 5,000 substitute-notice limits already applied before 2012 was not checked.',
      KEY_NOTE,
    ],
    sources: [
      { where: BLOOMBERG_TABLE, facts: 'effective 1/1/2007' },
      { where: PRE_2012_2435, facts: 'pre-2012 § 2435(b)(1)-(3): expedient time, vendor immediately, law-enforcement delay' },
      { where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Vermont%20State%20Security%20Breach%20Laws.aspx', facts: 'effective date 2007-01-01 and the original definition of personal information' },
      { where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/vermont.aspx', facts: 'misuse-not-reasonably-possible exception with notice of the determination' },
    ],
    verification: VT_2007_VERIFICATION,
  },
  {
    id: 'VT-2012',
    effectiveFrom: '2012-05-08',
    effectiveTo: '2020-06-30',
    citations: ['9 V.S.A. §§ 2430, 2435 as amended by H. 254 (Act 109 of 2012, eff. on passage 2012-05-08)'],
    summary:
      'Vermont required notice to consumers within 45 days and a preliminary notice to the Attorney General (or DFR) within 14 business days of discovery or with the consumer notice, whichever came first, whatever the number affected.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, keyReading: 'implied', keyWording: KEY_WORDING_2012, citation: '9 V.S.A. § 2430(4)-(5)' },
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PI_2012,
    substituteNotice: { costOver: 5000, recipientsOver: 5000, citation: '9 V.S.A. § 2435(b)(6)' },
    obligations: [INDIVIDUALS_2012, AG_PRELIMINARY_2012, AG_FOLLOW_UP_2012, CREDIT_BUREAUS, VENDOR_2012],
    confidence: 'low',
    unverified: [
      'The enacted text of Act 109 was not read; the 45-day limit, the 14-business-day-or-consumer-notice rule, the sworn-policy alternative and the follow-up content come from 2012 law-firm notes and the current statute.',
      'The data-broker act of 2018 (H. 764) renumbered the definitions of § 2430 (the citation (5) is the 2012-2018 numbering); it is not known to have changed the breach rules, so no version is added for it.',
      LE_ASSUMPTION,
      KEY_NOTE,
    ],
    sources: [
      { where: 'https://www.dataprivacymonitor.com/breach-notification/significant-changes-to-vermonts-data-protection-and-notification-law/', facts: 'Act 109 in effect on passage 2012-05-08; 45 days; AG within 14 business days, or before consumers for a collector that swore its policies; follow-up with number and copy' },
      { where: 'https://www.lexology.com/library/detail.aspx?g=ec7df044-4873-4efb-a87b-ee28cb6e5e54', facts: 'AG notice at 14 business days or consumer notice, whichever is earlier; acquisition, not access, from 2012' },
      { where: AKESARI_BILL('2019 Vt. S. 110.PDF'), facts: 'pre-2020 substitute-notice limits ($5,000 / 5,000) shown as struck text' },
      { where: JUSTIA_2430_2015, facts: '2015 § 2430 definitions: business, data collector, encryption, personally identifiable information' },
    ],
    verification: VT_2012_VERIFICATION,
  },
  {
    id: 'VT-2020',
    effectiveFrom: '2020-07-01',
    effectiveTo: null,
    citations: ['9 V.S.A. §§ 2430, 2435 as amended by S. 110 (Act 89 of 2020, eff. 2020-07-01)'],
    summary:
      'Vermont requires notice to consumers within 45 days and a preliminary notice to the Attorney General (or DFR) within 14 business days of discovery or with the consumer notice, whichever is sooner, and now covers login credentials, biometric, genetic and health data.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, keyReading: 'implied', keyWording: KEY_WORDING_2020, citation: '9 V.S.A. § 2430' },
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PI_2020,
    substituteNotice: { costOver: 10_000, recipientsOver: null, citation: '9 V.S.A. § 2435(b)(6)' },
    obligations: [INDIVIDUALS_2020, AG_PRELIMINARY_2020, AG_FOLLOW_UP_2020, CREDIT_BUREAUS, VENDOR_2012],
    confidence: 'low',
    unverified: [
      'The stored copy of § 2435 ends at (b)(3)(A): the 14-business-day-or-consumer-notice rule, the sworn-policy alternative, the content of the notices, the credit-bureau threshold and the substitute-notice figures rest on summaries and the earlier reading of S. 110.',
      LE_ASSUMPTION,
      KEY_NOTE,
    ],
    sources: [
      { where: STATUTE_2435, facts: 'current § 2435(b)(1)-(3)(A): 45 days, vendor immediately, AG or DFR notice' },
      { where: AKESARI_BILL('2019 Vt. S. 110.PDF'), facts: 'S. 110: substitute-notice limit $10,000; 14 business days; effective 2020-07-01' },
      { where: 'https://klinedinstlaw.com/practice/privacy-data-security/vermont', facts: 'AG timing (earlier of 14 business days or consumer notice), sworn-policy alternative, online form, login-credential rule' },
      { where: 'https://ago.vermont.gov/privacy-data-security', facts: 'amended effective 2020-07-01; preliminary-notice form and sworn-affirmation form' },
      { where: PERKINS_CHART_2021, facts: 'content, AG rules, login-credential rules, exemptions' },
    ],
    verification: VT_2020_VERIFICATION,
  },
];

export const vermont: Jurisdiction = {
  code: 'VT',
  name: 'Vermont',
  kind: 'state',
  holidays: { country: 'US', state: 'VT' },
  laws: [{ id: 'VT-9-2435', title: 'Security Breach Notice Act, 9 V.S.A. §§ 2430, 2435', scope: 'residents', versions }],
  channels: [
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general-preliminary', 'attorney-general-preliminary-certified'],
      name: 'Vermont Attorney General: Security Breach Preliminary Reporting Form',
      ways: [{ kind: 'online_form', value: 'https://ago.vermont.gov/form/vermont-state-security-breach-preliminary-reporting-form', formName: 'Vermont State Security Breach Preliminary Reporting Form' }],
      asksFor: ['Date of the breach', 'Date of discovery', 'Preliminary description of the breach'],
      source: 'https://ago.vermont.gov/privacy-data-security (links the preliminary form and the sworn-affirmation form); form address from klinedinstlaw.com (2024)',
      checked: CHECKED,
    },
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general'],
      name: 'Vermont Attorney General (follow-up with the consumer notice)',
      ways: [{ kind: 'postal', value: 'Office of the Attorney General, 109 State Street, Montpelier, VT 05609-1001' }],
      asksFor: ['Number of Vermont consumers affected, if known', 'A copy of the notice sent to consumers'],
      source: '9 V.S.A. § 2435(b)(3) as summarised (klinedinstlaw.com); the postal address is the Attorney General\'s published office address, not re-read here',
      checked: CHECKED,
    },
    {
      recipient: 'attorney_general',
      name: 'Vermont Department of Financial Regulation (for entities it regulates under Title 8 or Title 9)',
      ways: [{ kind: 'postal', value: 'Sheila Grace, General Counsel, Department of Financial Regulation, 89 Main St., Montpelier, VT 05620-3101' }],
      asksFor: ['The same notices as to the Attorney General; DFR prefers e-mail'],
      source: 'https://dfr.vermont.gov/about-us/legal-general-counsel/legal-actions/data-breach-notifications',
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'Vermont Attorney General\'s Office, Consumer Assistance Program',
    phone: '1-800-649-2424',
    website: 'ago.vermont.gov',
    address: '146 University Place, Burlington, VT 05405',
    source: 'The Attorney General\'s published Consumer Assistance Program contact (ago.vermont.gov refers identity-theft questions to it); number and address not re-read on a stored page here',
    checked: CHECKED,
  },
};
