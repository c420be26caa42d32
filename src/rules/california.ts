// California: Civ. Code § 1798.82 (persons and businesses) and the parallel § 1798.29 (agencies).
// Both began on 2003-07-01, gained the Attorney General copy and content rules in 2012, the
// "Notice of Data Breach" format and a definition of "encrypted" in 2016 and an express key clause in
// 2017; only § 1798.82 got the identity-theft-services offer (2015) and fixed day counts (2026,
// S.B. 446). Versions also start where the definition of personal information widened (2008, 2014,
// 2020, 2022). Every version is written out as data: a constant is shared only where two versions
// say exactly the same thing, so changing a new version cannot rewrite an old one.
import type {
  Coverage, EncryptionSafeHarbor, FactCheck, Jurisdiction, LetterElement, ObligationRule, OrgCategory, PersonalInformationDefinition, PiCombination, RuleVersion, Source, Verification,
} from './types.js';
import {
  BLOOMBERG_TABLE,
  PERKINS_CHART_2021,
  afterIndividuals,
  calendarDays,
  coverage,
  governmentOnlyCoverage,
  obligation,
  residents,
  toll,
  withIndividuals,
  withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';

// ---- texts read ---------------------------------------------------------------------------------

const TRELLIS_82 = 'https://trellis.law/state-rules/ca/laws/civil-code-civ/division-3-obligations/title-14-lien-2872-3081/chapter-2-mortgage-2920-2967/article-1-mortgages-in-general-2920-294410/292417/title-181-customer-records-179880-179884/179882 (Civ. Code § 1798.82(a)-(c) as in force 2017-2025, verbatim)';
const LEXACE_82 = 'https://lexace.ai/us/statute/california/civ-1798.82 (Civ. Code § 1798.82(a)-(c) as amended by S.B. 446, verbatim)';
const AB964_BILL = 'http://leginfo.ca.gov/pub/15-16/bill/asm/ab_0951-1000/ab_964_bill_20150901_amended_sen_v93.htm (A.B. 964 as amended 2015-09-01, with the Legislative Counsel\'s digest of the law then in force)';
const AB2828_ANALYSIS = 'http://www.leginfo.ca.gov/pub/15-16/bill/asm/ab_2801-2850/ab_2828_cfa_20160620_154711_sen_comm.html (Senate Judiciary Committee analysis of A.B. 2828)';
const SB570_ANALYSIS = 'http://www.leginfo.ca.gov/pub/15-16/bill/sen/sb_0551-0600/sb_570_cfa_20150706_104427_asm_comm.html (Assembly Privacy Committee analysis of S.B. 570)';
const OAG_REPORTING = 'https://oag.ca.gov/ecrime/databreach/reporting (the Attorney General quoting §§ 1798.29(e) and 1798.82(f))';
const OAG_FORM = 'https://oag.ca.gov/privacy/databreach/report-a-breach';
const SB446_CHAPTERED = 'https://opencalaccess.org/leginfo/bill_info/20250SB44695CHP (leginfo record of S.B. 446 as chaptered: ch. 319, Stats. 2025)';
const OHI_29 = 'http://www.ohi.ca.gov/chili/node/3230 (California Office of Health Information Integrity summary of § 1798.29(a)-(c), 2002 as amended by A.B. 1298)';
const AB1710_LEGISCAN = 'https://legiscan.com/CA/text/AB1710/id/1000081 (A.B. 1710: chaptered 2014-09-30 as ch. 855, Stats. 2014; amends §§ 1798.81.5, 1798.82 and 1798.85, not § 1798.29)';
const SWLAW = 'https://www.swlaw.com/data-breach-map/view/state/ca';
const HL_2012 = 'https://www.hldataprotection.com/2012/01/articles/cybersecurity-data-breaches/california-attorney-general-launches-online-breach-reporting-form/';

// ---- personal information (the two sections have always shared one definition) ---------------

const UNLOCKING = ['card_security_code', 'access_code', 'password'] as const;
const CREDENTIALS: PiCombination[] = [
  { all: ['username'], anyOf: ['password', 'security_question'] },
  { all: ['email'], anyOf: ['password', 'security_question'] },
];
const COMBINATIONS_2003: PiCombination[] = [
  { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
  { all: ['name', 'card_number'], anyOf: [...UNLOCKING] },
  { all: ['name', 'account_number'], anyOf: [...UNLOCKING] },
];
const COMBINATIONS_2008: PiCombination[] = [
  { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'medical', 'health_insurance'] },
  { all: ['name', 'card_number'], anyOf: [...UNLOCKING] },
  { all: ['name', 'account_number'], anyOf: [...UNLOCKING] },
];
const COMBINATIONS_2014: PiCombination[] = [...COMBINATIONS_2008, ...CREDENTIALS];
const COMBINATIONS_2020: PiCombination[] = [
  { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'tax_id', 'passport', 'military_id', 'medical', 'health_insurance', 'biometric'] },
  { all: ['name', 'card_number'], anyOf: [...UNLOCKING] },
  { all: ['name', 'account_number'], anyOf: [...UNLOCKING] },
  ...CREDENTIALS,
];
const COMBINATIONS_2022: PiCombination[] = [
  { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'tax_id', 'passport', 'military_id', 'medical', 'health_insurance', 'biometric', 'genetic'] },
  { all: ['name', 'card_number'], anyOf: [...UNLOCKING] },
  { all: ['name', 'account_number'], anyOf: [...UNLOCKING] },
  ...CREDENTIALS,
];

const SUMMARY_2003 =
  "a person's first name or initial and last name with an unencrypted Social Security number, driver's licence or California ID card number, or an account or card number together with the security code, access code or password needed to use it";
const SUMMARY_2008 =
  "a person's first name or initial and last name with an unencrypted Social Security number, driver's licence or California ID card number, medical information or health insurance information, or an account or card number together with the security code, access code or password needed to use it";
const SUMMARY_2014 =
  "a person's first name or initial and last name with an unencrypted Social Security number, driver's licence or California ID card number, medical information or health insurance information, or an account or card number together with the security code, access code or password needed to use it; or a username or email address with the password or security answer that opens the online account";
const SUMMARY_2020 =
  "a person's first name or initial and last name with an unencrypted Social Security, driver's licence, California ID, taxpayer ID, passport, military ID or other government ID number, medical or health insurance information, or unique biometric data, or an account or card number together with the security code, access code or password needed to use it; or a username or email address with the password or security answer that opens the online account";
const SUMMARY_2022 =
  "a person's first name or initial and last name with an unencrypted Social Security, driver's licence, California ID, taxpayer ID, passport, military ID or other government ID number, medical or health insurance information, unique biometric data or genetic data, or an account or card number together with the security code, access code or password needed to use it; or a username or email address with the password or security answer that opens the online account";

const PI_82_2003: PersonalInformationDefinition = { citation: 'Cal. Civ. Code § 1798.82 (definition of "personal information")', summary: SUMMARY_2003, combinations: COMBINATIONS_2003 };
const PI_82_2008: PersonalInformationDefinition = { citation: 'Cal. Civ. Code § 1798.82 (definition of "personal information")', summary: SUMMARY_2008, combinations: COMBINATIONS_2008 };
const PI_82_2014: PersonalInformationDefinition = { citation: 'Cal. Civ. Code § 1798.82 (definition of "personal information")', summary: SUMMARY_2014, combinations: COMBINATIONS_2014 };
const PI_82_2020: PersonalInformationDefinition = { citation: 'Cal. Civ. Code § 1798.82 (definition of "personal information")', summary: SUMMARY_2020, combinations: COMBINATIONS_2020 };
const PI_82_2022: PersonalInformationDefinition = { citation: 'Cal. Civ. Code § 1798.82 (definition of "personal information")', summary: SUMMARY_2022, combinations: COMBINATIONS_2022 };
const PI_29_2003: PersonalInformationDefinition = { citation: 'Cal. Civ. Code § 1798.29 (definition of "personal information")', summary: SUMMARY_2003, combinations: COMBINATIONS_2003 };
const PI_29_2008: PersonalInformationDefinition = { citation: 'Cal. Civ. Code § 1798.29 (definition of "personal information")', summary: SUMMARY_2008, combinations: COMBINATIONS_2008 };
const PI_29_2014: PersonalInformationDefinition = { citation: 'Cal. Civ. Code § 1798.29 (definition of "personal information")', summary: SUMMARY_2014, combinations: COMBINATIONS_2014 };
const PI_29_2020: PersonalInformationDefinition = { citation: 'Cal. Civ. Code § 1798.29 (definition of "personal information")', summary: SUMMARY_2020, combinations: COMBINATIONS_2020 };
const PI_29_2022: PersonalInformationDefinition = { citation: 'Cal. Civ. Code § 1798.29 (definition of "personal information")', summary: SUMMARY_2022, combinations: COMBINATIONS_2022 };

const ALPR_NOTE = 'From 2016 data collected by an automated licence-plate recognition system (S.B. 34) is personal information too; it has no data element and cannot be matched.';
const GOV_ID_NOTE =
  'Automated licence-plate data (S.B. 34, 2016) has no data element and cannot be matched; "other unique identification number issued on a government document" is matched only as state ID, passport, military or taxpayer ID numbers.';

const PI_SOURCES_2003: Source[] = [{ where: 'http://www.mondaq.com/article.asp?articleid=54690', facts: 'personal information before A.B. 1298: name + SSN, licence or California ID, account or card number with required code' }];
const PI_SOURCES_2008: Source[] = [
  { where: 'http://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=200720080AB1298', facts: 'A.B. 1298 (ch. 699, approved 2007-10-14) amends §§ 1798.29 and 1798.82' },
  { where: 'https://www.lexology.com/library/detail.aspx?g=f7bac8a0-5fd8-4378-9fbf-decf33577388', facts: 'medical and health insurance information added from 2008-01-01' },
];
const PI_SOURCES_2014: Source[] = [
  { where: 'http://www.leginfo.ca.gov/pub/13-14/bill/sen/sb_0001-0050/sb_46_bill_20130830_amended_asm_v97.htm', facts: 'S.B. 46 amends §§ 1798.29 and 1798.82: username or email with password or security question and answer' },
  { where: 'http://www.dorsey.com/psm_ca_breach_online_account_info/', facts: 'S.B. 46 effective 2014-01-01; definition then: SSN, licence/ID, account with code, medical, health insurance' },
];
const PI_SOURCES_2020: Source[] = [
  { where: 'https://www.huntonprivacyblog.com/2019/10/15/california-amends-breach-notification-law/', facts: 'A.B. 1130 (signed 2019-10-11, eff. 2020-01-01): tax ID, passport, military ID, other government ID numbers; biometric data; biometric notice instructions' },
  { where: 'https://mondaq.com/unitedstates/data-protection/849942/ab-1130-expands-the-definition-of-personal-information-for-data-breaches', facts: 'A.B. 1130 amends § 1798.29 as well' },
];
const PI_SOURCES_2022: Source[] = [
  { where: 'https://fastdemocracy.com/bill-summary/?billsummary_state=ca&billsummary_id=CAB00022250&billsummary_session=20212022', facts: 'A.B. 825 chaptered 2021-10-05, amends §§ 1798.29, 1798.81.5, 1798.82: genetic data' },
  { where: 'https://digitalpolicyalert.org/event/1793-implemented-assembly-bill-no-825-expanding-the-definition-of-genetic-data', facts: 'A.B. 825 in force 2022-01-01' },
];

// ---- content rules ------------------------------------------------------------------------------

const CONTENT_LIST = [
  'Name and contact information of the notifying organisation',
  'Types of personal information believed to be involved',
  'Date, estimated date or date range of the breach, if it can be determined',
  'Date of the notice',
  'Whether notice was delayed by a law-enforcement investigation, if that can be determined',
  'General description of the incident, if it can be determined',
  "Toll-free numbers and addresses of the major credit reporting agencies, if a Social Security, driver's license or California ID number was exposed",
];
const HEADINGS = "Titled 'Notice of Data Breach', with the headings 'What Happened', 'What Information Was Involved', 'What We Are Doing', 'What You Can Do' and 'For More Information', in plain language and at least 10-point type";
const BIOMETRIC_CONTENT = 'If biometric data was involved: instructions on how to tell other entities that use the same type of biometric data as an authenticator to stop relying on it';
const CONTENT_HEADED = [HEADINGS, ...CONTENT_LIST];
const CONTENT_HEADED_BIOMETRIC = [HEADINGS, ...CONTENT_LIST, BIOMETRIC_CONTENT];
const LIST_ELEMENTS: LetterElement[] = ['contact', 'information_involved', 'breach_dates', 'notice_date', 'law_enforcement_delay', 'what_happened', 'credit_bureaus'];
const HEADED_ELEMENTS: LetterElement[] = ['ca_headings', ...LIST_ELEMENTS];

const CREDENTIALS_CONDITION =
  'If only login credentials were breached, notice may be given electronically, directing the person to change the password and security question or take other steps; credentials of an email account may not be notified to that email address.';
const ID_THEFT_SERVICES =
  "A business that was the source of a breach exposing Social Security, driver's license or California ID numbers must offer at least 12 months of free identity theft prevention and mitigation services and say how to enrol.";
const BUSINESS_CONDITION_2015 = `${ID_THEFT_SERVICES} ${CREDENTIALS_CONDITION}`;

const EXPEDIENT = 'Most expedient time possible and without unreasonable delay after discovery or notification, allowing for law enforcement and for measures to determine scope and restore the system.';
const LE_82 = toll('Cal. Civ. Code § 1798.82(c)');
const LE_29 = toll('Cal. Civ. Code § 1798.29(c)');

// ---- § 1798.82 obligations ----------------------------------------------------------------------

const IND_82_NO_CONTENT: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected California residents',
  citation: 'Cal. Civ. Code § 1798.82(a), (d)',
  deadline: withoutDelay('discovered', EXPEDIENT),
  lawEnforcement: LE_82,
});
const IND_82_2012: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected California residents',
  citation: 'Cal. Civ. Code § 1798.82(a), (d)',
  deadline: withoutDelay('discovered', EXPEDIENT),
  lawEnforcement: LE_82,
  requiredContent: CONTENT_LIST,
  letterElements: LIST_ELEMENTS,
});
const IND_82_2014: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected California residents',
  citation: 'Cal. Civ. Code § 1798.82(a), (d)',
  deadline: withoutDelay('discovered', EXPEDIENT),
  lawEnforcement: LE_82,
  requiredContent: CONTENT_LIST,
  letterElements: LIST_ELEMENTS,
  condition: CREDENTIALS_CONDITION,
});
const IND_82_2015: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected California residents',
  citation: 'Cal. Civ. Code § 1798.82(a), (d)',
  deadline: withoutDelay('discovered', EXPEDIENT),
  lawEnforcement: LE_82,
  requiredContent: CONTENT_LIST,
  letterElements: LIST_ELEMENTS,
  condition: BUSINESS_CONDITION_2015,
});
const IND_82_2016: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected California residents',
  citation: 'Cal. Civ. Code § 1798.82(a), (d)',
  deadline: withoutDelay('discovered', EXPEDIENT),
  lawEnforcement: LE_82,
  requiredContent: CONTENT_HEADED,
  letterElements: HEADED_ELEMENTS,
  condition: BUSINESS_CONDITION_2015,
});
const IND_82_2020: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected California residents',
  citation: 'Cal. Civ. Code § 1798.82(a), (d)',
  deadline: withoutDelay('discovered', EXPEDIENT),
  lawEnforcement: LE_82,
  requiredContent: CONTENT_HEADED_BIOMETRIC,
  letterElements: HEADED_ELEMENTS,
  condition: BUSINESS_CONDITION_2015,
});
const IND_82_2026: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected California residents',
  citation: 'Cal. Civ. Code § 1798.82(a)(2), (d)',
  deadline: calendarDays(30, 'discovered'),
  lawEnforcement: LE_82,
  requiredContent: CONTENT_HEADED_BIOMETRIC,
  letterElements: HEADED_ELEMENTS,
  condition: BUSINESS_CONDITION_2015,
  notes:
    "Within 30 calendar days of discovering or being told of the breach (for data a vendor holds, from the vendor's notice); delay is allowed for law enforcement or to determine scope and restore the system.",
});
const AG_82: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'California Attorney General (electronic submission)',
  citation: 'Cal. Civ. Code § 1798.82(f)',
  deadline: withIndividuals,
  threshold: residents(500, 'more_than'),
  requiredContent: ['A single sample copy of the resident notice, without any personal information'],
  notes: 'The statute sets no time for the sample copy; this catalogue expects it no later than the resident notice.',
});
const AG_82_2026: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'California Attorney General (electronic submission)',
  citation: 'Cal. Civ. Code § 1798.82(f)',
  deadline: afterIndividuals(15, 'calendar'),
  threshold: residents(500, 'more_than'),
  requiredContent: ['A single sample copy of the resident notice, without any personal information'],
  notes: 'Within 15 calendar days after notifying residents (S.B. 446).',
});
const VENDOR_82: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Cal. Civ. Code § 1798.82(b)',
  deadline: withoutDelay('discovered', 'immediately after the vendor discovers the breach, if personal information was or is reasonably believed to have been acquired by an unauthorized person'),
  lawEnforcement: LE_82,
  condition:
    "This duty binds a person or business that maintains the data without owning or licensing it, not the owner. It is shown so the owner can see when its vendor had to tell it; record the vendor's notice as a notified_by_vendor event.",
  notes: "The statute counts from the vendor's own discovery; when only the owner's discovery is recorded, breachdesk counts from that.",
});

// ---- § 1798.29 obligations ----------------------------------------------------------------------

const IND_29_NO_CONTENT: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected California residents',
  citation: 'Cal. Civ. Code § 1798.29(a), (d)',
  deadline: withoutDelay('discovered', EXPEDIENT),
  lawEnforcement: LE_29,
});
const IND_29_2012: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected California residents',
  citation: 'Cal. Civ. Code § 1798.29(a), (d)',
  deadline: withoutDelay('discovered', EXPEDIENT),
  lawEnforcement: LE_29,
  requiredContent: CONTENT_LIST,
  letterElements: LIST_ELEMENTS,
});
const IND_29_2014: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected California residents',
  citation: 'Cal. Civ. Code § 1798.29(a), (d)',
  deadline: withoutDelay('discovered', EXPEDIENT),
  lawEnforcement: LE_29,
  requiredContent: CONTENT_LIST,
  letterElements: LIST_ELEMENTS,
  condition: CREDENTIALS_CONDITION,
});
const IND_29_2016: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected California residents',
  citation: 'Cal. Civ. Code § 1798.29(a), (d)',
  deadline: withoutDelay('discovered', EXPEDIENT),
  lawEnforcement: LE_29,
  requiredContent: CONTENT_HEADED,
  letterElements: HEADED_ELEMENTS,
  condition: CREDENTIALS_CONDITION,
});
const IND_29_2020: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected California residents',
  citation: 'Cal. Civ. Code § 1798.29(a), (d)',
  deadline: withoutDelay('discovered', EXPEDIENT),
  lawEnforcement: LE_29,
  requiredContent: CONTENT_HEADED_BIOMETRIC,
  letterElements: HEADED_ELEMENTS,
  condition: CREDENTIALS_CONDITION,
});
const AG_29: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'California Attorney General (electronic submission)',
  citation: 'Cal. Civ. Code § 1798.29(e)',
  deadline: withIndividuals,
  threshold: residents(500, 'more_than'),
  requiredContent: ['A single sample copy of the resident notice, without any personal information'],
  notes: 'The statute sets no time for the sample copy; this catalogue expects it no later than the resident notice.',
});
const OFFICE_OF_INFORMATION_SECURITY: ObligationRule = obligation({
  id: 'office-of-information-security',
  recipient: 'state_agency',
  recipientName: 'Office of Information Security, California Department of Technology',
  citation: 'Cal. Civ. Code § 1798.29 (substitute notice)',
  deadline: withIndividuals,
  condition: 'Only for a state agency that gives substitute notice (website posting and media) instead of individual notices.',
});
const VENDOR_29: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Cal. Civ. Code § 1798.29(b)',
  deadline: withoutDelay('discovered', 'immediately after the vendor discovers the breach, if personal information was or is reasonably believed to have been acquired by an unauthorized person'),
  lawEnforcement: LE_29,
  condition:
    "This duty binds an agency that maintains the data without owning or licensing it, not the owner. It is shown so the owner can see when its vendor had to tell it; record the vendor's notice as a notified_by_vendor event.",
  notes: "The statute counts from the vendor's own discovery; when only the owner's discovery is recorded, breachdesk counts from that.",
});

// ---- coverage, encryption, substitute notice ----------------------------------------------------

const BUSINESS_COVERAGE: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', 'Cal. Civ. Code § 1798.82(a) binds any person or business that conducts business in California and owns or licenses computerized personal information.'],
  nonprofit: ['yes', 'Cal. Civ. Code § 1798.80(a) counts organisations run not for profit as businesses.'],
  local_government: ['no', 'Agencies are governed by the parallel § 1798.29 (local agencies since A.B. 1149, 2014), not § 1798.82.'],
  state_agency: ['no', 'State agencies are governed by the parallel § 1798.29, not § 1798.82.'],
});
const AGENCY_COVERAGE_STATE_ONLY: Record<OrgCategory, Coverage> = governmentOnlyCoverage('Cal. Civ. Code § 1798.82', {
  local_government: ['no', '§ 1798.29 sits in the Information Practices Act, which excluded local agencies until A.B. 1149 (in force 2014); they were outside § 1798.82 too.'],
  state_agency: ['yes', 'Cal. Civ. Code § 1798.29(a) binds every state agency that owns or licenses computerized personal information.'],
});
const AGENCY_COVERAGE_WITH_LOCAL: Record<OrgCategory, Coverage> = governmentOnlyCoverage('Cal. Civ. Code § 1798.82', {
  local_government: ['yes', 'A.B. 1149 (2013) extended § 1798.29 to local agencies.'],
  state_agency: ['yes', 'Cal. Civ. Code § 1798.29(a) binds every state agency that owns or licenses computerized personal information.'],
});

const ENCRYPTION_82_UNDEFINED: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: '§ 1798.82(a) reached residents whose "unencrypted personal information" was acquired; "encrypted" was undefined and there was no key clause',
  citation: 'Cal. Civ. Code § 1798.82(a)',
};
const ENCRYPTION_29_UNDEFINED: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: '§ 1798.29(a) reached residents whose "unencrypted personal information" was acquired; "encrypted" was undefined and there was no key clause',
  citation: 'Cal. Civ. Code § 1798.29(a)',
};
const ENCRYPTION_82_2016: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: 'A.B. 964 (2015): "encrypted" means rendered unusable, unreadable or indecipherable to an unauthorized person through a generally accepted security technology; no key clause yet',
  citation: 'Cal. Civ. Code § 1798.82(a) and the definition of "encrypted"',
};
const ENCRYPTION_29_2016: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: 'A.B. 964 (2015): "encrypted" means rendered unusable, unreadable or indecipherable to an unauthorized person through a generally accepted security technology; no key clause yet',
  citation: 'Cal. Civ. Code § 1798.29(a) and the definition of "encrypted"',
};
const ENCRYPTION_82_2017: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording:
    '§ 1798.82(a)(2) (A.B. 2828): notice is owed for encrypted data acquired with its encryption key or security credential, when the owner reasonably believes the key or credential could make the data readable or usable',
  citation: 'Cal. Civ. Code § 1798.82(a)(2)',
};
const ENCRYPTION_82_2026: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording:
    '§ 1798.82(a)(1): notice is owed for encrypted data acquired with its encryption key or security credential, when the owner reasonably believes the key or credential could make the data readable or usable',
  citation: 'Cal. Civ. Code § 1798.82(a)(1)',
};
const ENCRYPTION_29_2017: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording:
    '§ 1798.29(a) (A.B. 2828): notice is owed for encrypted data acquired with its encryption key or security credential, when the agency reasonably believes the key or credential could make the data readable or usable',
  citation: 'Cal. Civ. Code § 1798.29(a)',
};
const KEY_UNDEFINED_NOTE =
  'Encryption key: before 2016 the sections spoke only of "unencrypted" information, so data encrypted but taken with its key was literally exempt (A.B. 2828\'s analysis calls this the gap it closed); breachdesk treats such data as owing notice, the safer reading.';

const SUBSTITUTE_82 = { costOver: 250_000, recipientsOver: 500_000, citation: 'Cal. Civ. Code § 1798.82 (substitute notice)' };
const SUBSTITUTE_29 = { costOver: 250_000, recipientsOver: 500_000, citation: 'Cal. Civ. Code § 1798.29 (substitute notice)' };
const HARM_NONE = { exists: false, standard: null, recordToKeep: null };

// ---- verification facts -------------------------------------------------------------------------

const EFFECTIVE_2003: FactCheck = {
  kind: 'secondary',
  where: 'http://www.ossh.com/idtheft/ (archived Attorney General page, caag.state.ca.us)',
  says: 'S.B. 1386 (ch. 915, Stats. 2002) requires businesses and state agencies to notify from 2003-07-01',
  checked: CHECKED,
  why: 'The bill is stored only as a scanned PDF (2002 Cal SB 1386).',
};
const EFFECTIVE_2008: FactCheck = {
  kind: 'secondary',
  where: 'https://www.lexology.com/library/detail.aspx?g=f7bac8a0-5fd8-4378-9fbf-decf33577388',
  says: 'A.B. 1298 (ch. 699, Stats. 2007) adds medical and health insurance information to both sections from 2008-01-01',
  checked: CHECKED,
  why: 'The bill is stored only as a scanned PDF (2007 Cal AB 1298).',
};
const EFFECTIVE_2012: FactCheck = {
  kind: 'secondary',
  where: HL_2012,
  says: 'S.B. 24 (2011) in force 2012-01-01: content rules and the Attorney General copy above 500 residents',
  checked: CHECKED,
  why: 'The bill is stored only as a scanned PDF (2011 Cal SB 24).',
};
const EFFECTIVE_2014: FactCheck = {
  kind: 'secondary',
  where: 'https://www.wsgrdataadvisor.com/2013/11/california-extends-security-breach-notification-requirements-to-online-account-credentials/',
  says: 'S.B. 46 (2013) in force 2014-01-01: online credentials; A.B. 1149 brings local agencies into § 1798.29 the same day',
  checked: CHECKED,
  why: 'The bills are stored only as scanned PDFs or were not found.',
};
const EFFECTIVE_2015: FactCheck = {
  kind: 'primary',
  where: AB1710_LEGISCAN,
  says: 'A.B. 1710 chaptered 2014-09-30 (ch. 855, Stats. 2014), amending § 1798.82 only; as a non-urgency statute it took effect 2015-01-01',
  checked: CHECKED,
};
const EFFECTIVE_2016: FactCheck = {
  kind: 'secondary',
  where: `${SB570_ANALYSIS}; ${AB964_BILL}; https://natlawreview.com/article/california-amends-data-breach-notification-law-to-require-notification-breach`,
  says: 'S.B. 570 (headings and format), A.B. 964 ("encrypted") and S.B. 34 (licence-plate data), 2015 session, in force 2016-01-01 in both sections',
  checked: CHECKED,
  why: 'The chaptered bills were not read; the analyses and the amended A.B. 964 were.',
};
const EFFECTIVE_2017: FactCheck = {
  kind: 'secondary',
  where: `${AB2828_ANALYSIS}; https://natlawreview.com/article/california-amends-data-breach-notification-law-to-require-notification-breach; http://us.practicallaw.com/w-003-5400`,
  says: 'A.B. 2828 signed 2016-09-13, amending §§ 1798.29 and 1798.82, in force 2017-01-01',
  checked: CHECKED,
  why: 'The chaptered bill is stored only as a scanned PDF (2016 Cal AB 2828); the committee analysis was read.',
};
const EFFECTIVE_2020: FactCheck = {
  kind: 'secondary',
  where: 'https://www.huntonprivacyblog.com/2019/10/15/california-amends-breach-notification-law/',
  says: 'A.B. 1130 signed 2019-10-11, amending both sections, in force 2020-01-01',
  checked: CHECKED,
  why: 'The bill is stored only as a scanned PDF (2019 Cal AB 1130).',
};
const EFFECTIVE_2022: FactCheck = {
  kind: 'secondary',
  where: 'https://fastdemocracy.com/bill-summary/?billsummary_state=ca&billsummary_id=CAB00022250&billsummary_session=20212022',
  says: 'A.B. 825 chaptered 2021-10-05, amending both sections, in force 2022-01-01',
  checked: CHECKED,
  why: 'The bill is stored only as a scanned PDF (2021 Cal AB 825).',
};
const EFFECTIVE_2026: FactCheck = {
  kind: 'primary',
  where: SB446_CHAPTERED,
  says: 'S.B. 446 approved and chaptered 2025-10-03 (ch. 319, Stats. 2025), no urgency clause: in force 2026-01-01',
  checked: CHECKED,
};

const COVERAGE_82_CHECK: FactCheck = {
  kind: 'primary',
  where: `${TRELLIS_82}; ${LEXACE_82}; ${AB964_BILL}`,
  says: '(a) binds a person (from 2026 "an individual") or business that conducts business in California and owns or licenses computerized personal information; agencies are under § 1798.29 (A.B. 964\'s digest describes the same split for the law then in force)',
  checked: CHECKED,
};
const COVERAGE_29_STATE_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${OHI_29}; leginfo.ca.gov A.B. 1149 (2013) Assembly Judiciary analysis`,
  says: 'any agency that owns or licenses computerized personal information; local agencies were outside the Information Practices Act until A.B. 1149',
  checked: CHECKED,
  why: 'The text of § 1798.29 was not read.',
};
const COVERAGE_29_LOCAL_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${AB964_BILL}; https://app.legiplex.com/ca/legislature/2017/2017-r/bills/ab241/drafts-compare`,
  says: 'the digests of A.B. 964 (2015) and A.B. 241 (2017) describe the duty as binding "any state or local agency"',
  checked: CHECKED,
  why: 'The text of § 1798.29 was not read; the Legislative Counsel\'s digests describe it.',
};

const PI_2003_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'http://www.mondaq.com/article.asp?articleid=54690',
  says: 'name with SSN, licence or California ID, or account or card number with its code',
  checked: CHECKED,
  why: 'The 2003 definition was not read.',
};
const PI_2008_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${OHI_29}; https://www.wsgrdataadvisor.com/2013/11/california-extends-security-breach-notification-requirements-to-online-account-credentials/`,
  says: 'the 2003 elements plus medical information and health insurance information',
  checked: CHECKED,
  why: 'The definition as amended by A.B. 1298 was not read.',
};
const PI_2014_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://www.wsgrdataadvisor.com/2013/11/california-extends-security-breach-notification-requirements-to-online-account-credentials/',
  says: 'adds a username or email address with the password or security question and answer that gives access to an online account',
  checked: CHECKED,
  why: 'S.B. 46 was not read in its chaptered form.',
};
const PI_2016_CHECK: FactCheck = {
  kind: 'secondary',
  where: SWLAW,
  says: 'adds data from an automated licence-plate recognition system (S.B. 34)',
  checked: CHECKED,
  why: 'S.B. 34 was not read.',
};
const PI_2020_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://www.huntonprivacyblog.com/2019/10/15/california-amends-breach-notification-law/',
  says: 'adds taxpayer ID, passport, military ID and other government ID numbers, and unique biometric data',
  checked: CHECKED,
  why: 'A.B. 1130 is stored only as a scanned PDF.',
};
const PI_2022_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://fastdemocracy.com/bill-summary/?billsummary_state=ca&billsummary_id=CAB00022250&billsummary_session=20212022',
  says: 'adds genetic data',
  checked: CHECKED,
  why: 'A.B. 825 is stored only as a scanned PDF.',
};

const ENCRYPTION_UNDEFINED_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${AB964_BILL}; https://cybersecurity.jmbm.com/page/9`,
  says: 'the law then in force reached "unencrypted" personal information, with "encrypted" undefined and nothing on keys (A.B. 964\'s digest); encrypted data taken with its key was not reportable (commentary on A.B. 2828)',
  checked: CHECKED,
  why: 'The sections as they stood before 2016 were not read.',
};
const ENCRYPTION_2016_CHECK: FactCheck = {
  kind: 'secondary',
  where: AB964_BILL,
  says: 'A.B. 964 defines "encrypted" for both sections as unusable, unreadable or indecipherable to an unauthorized person through a generally accepted technology',
  checked: CHECKED,
  why: 'Read in the bill as amended 2015-09-01, not in its chaptered form.',
};
const ENCRYPTION_82_2017_CHECK: FactCheck = {
  kind: 'primary',
  where: TRELLIS_82,
  says: '(a)(2): encrypted data acquired with its key or security credential, which the owner reasonably believes could make it readable or usable, must be notified',
  checked: CHECKED,
};
const ENCRYPTION_82_2026_CHECK: FactCheck = {
  kind: 'primary',
  where: LEXACE_82,
  says: '(a)(1): the same key clause, now in paragraph (1)',
  checked: CHECKED,
};
const ENCRYPTION_29_2017_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${AB2828_ANALYSIS}; http://us.practicallaw.com/w-003-5400`,
  says: 'A.B. 2828 puts the same key clause in § 1798.29 for agencies',
  checked: CHECKED,
  why: 'The text of § 1798.29 was not read; the committee analysis describes the bill.',
};

const HARM_82_CHECK: FactCheck = {
  kind: 'primary',
  where: `${TRELLIS_82}; ${LEXACE_82}`,
  says: 'none: the duty arises on acquisition, or reasonable belief of acquisition, with no harm test (unchanged in wording since 2003 per A.B. 964\'s digest)',
  checked: CHECKED,
};
const HARM_29_CHECK: FactCheck = {
  kind: 'secondary',
  where: OHI_29,
  says: 'none: agencies disclose any breach in which unencrypted personal information was acquired',
  checked: CHECKED,
  why: 'The text of § 1798.29 was not read.',
};

const DEADLINE_82_2003: FactCheck = {
  kind: 'primary',
  where: `${TRELLIS_82}; ${AB964_BILL}`,
  says: 'residents: most expedient time possible and without unreasonable delay; vendor: immediately after discovery (the same words before 2016, per A.B. 964\'s digest)',
  checked: CHECKED,
};
const DEADLINE_82_2012: FactCheck = {
  kind: 'primary',
  where: `${TRELLIS_82}; ${OAG_REPORTING}`,
  says: 'residents: most expedient time possible; vendor: immediately; Attorney General: a sample copy with no time set (breachdesk: with the resident notice)',
  checked: CHECKED,
};
const DEADLINE_82_2026: FactCheck = {
  kind: 'secondary',
  where: `${LEXACE_82}; https://www.lcwlegal.com/news/sb-446-requires-disclosure-of-data-breaches-to-consumers-within-30-days; https://www.pillsburylaw.com/en/news-and-insights/california-data-breach-notification-requirements.html`,
  says: 'residents: within 30 calendar days of discovery or notification (read in (a)(2)(A)); Attorney General: within 15 calendar days of notifying residents; vendor: immediately',
  checked: CHECKED,
  why: 'The 30 days and the vendor rule were read in the statute; the 15 days of subdivision (f) rest on summaries, the text read stopping at (c).',
};
const DEADLINE_29_2003: FactCheck = {
  kind: 'secondary',
  where: `${OHI_29}; ${AB964_BILL}`,
  says: 'residents: most expedient time possible and without unreasonable delay; vendor agency: immediately',
  checked: CHECKED,
  why: 'The text of § 1798.29 was not read; the digest and a state office\'s summary state it.',
};
const DEADLINE_29_2012: FactCheck = {
  kind: 'secondary',
  where: `${OHI_29}; ${OAG_REPORTING}`,
  says: 'residents: most expedient time possible; Attorney General: a sample copy with no time set (breachdesk: with the resident notice); vendor agency: immediately',
  checked: CHECKED,
  why: 'The text of § 1798.29 was not read.',
};

const ANCHOR_82_CHECK: FactCheck = {
  kind: 'primary',
  where: TRELLIS_82,
  says: 'residents: after discovery or notification of the breach; vendor: after its own discovery; the Attorney General copy is tied to the resident notice',
  checked: CHECKED,
};
const ANCHOR_82_2026_CHECK: FactCheck = {
  kind: 'primary',
  where: LEXACE_82,
  says: '(a)(2)(A): 30 calendar days from discovery or notification of the breach; the Attorney General copy follows the resident notice',
  checked: CHECKED,
};
const ANCHOR_29_CHECK: FactCheck = {
  kind: 'secondary',
  where: OHI_29,
  says: 'after discovery or notification of the breach',
  checked: CHECKED,
  why: 'The text of § 1798.29 was not read.',
};

const THRESHOLD_NONE_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${HL_2012}; ${OAG_REPORTING}`,
  says: 'none: no Attorney General copy, and so no number, until S.B. 24 took effect in 2012',
  checked: CHECKED,
  why: 'The sections as they stood before 2012 were not read.',
};
const THRESHOLD_AG_CHECK: FactCheck = {
  kind: 'primary',
  where: OAG_REPORTING,
  says: '"more than 500 California residents as a result of a single breach" (§§ 1798.29(e), 1798.82(f), quoted)',
  checked: CHECKED,
};

const LE_82_CHECK: FactCheck = {
  kind: 'primary',
  where: `${TRELLIS_82}; ${LEXACE_82}`,
  says: '(c): notice may be delayed while a law enforcement agency determines it would impede a criminal investigation, and is made promptly once it will not compromise it (a pause)',
  checked: CHECKED,
};
const LE_29_CHECK: FactCheck = {
  kind: 'secondary',
  where: OHI_29,
  says: 'delayed while law enforcement determines notice would impede a criminal investigation, then made once it will not compromise it',
  checked: CHECKED,
  why: 'The text of § 1798.29 was not read.',
};

const SUBSTITUTE_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${SB570_ANALYSIS}; https://www.veeto.app/bill/1974556; ${PERKINS_CHART_2021}`,
  says: 'substitute notice when notice would cost over $250,000, reach over 500,000 persons, or contact details are lacking; from 2016 the website posting must be conspicuous and stay up 30 days',
  checked: CHECKED,
  why: 'The substitute-notice subdivision was not read in either section.',
};
const CONTENT_NONE_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${HL_2012}; ${BLOOMBERG_TABLE}`,
  says: 'none: the content rules came with S.B. 24 in 2012',
  checked: CHECKED,
  why: 'The sections as they stood before 2012 were not read.',
};
const CONTENT_LIST_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${SWLAW}; ${SB570_ANALYSIS}`,
  says: 'contact details, types of information, breach date, notice date, law-enforcement delay, description of the incident, credit-bureau numbers for SSN/licence/ID breaches',
  checked: CHECKED,
  why: 'S.B. 24 is stored only as a scanned PDF; the list rests on summaries and S.B. 570\'s analysis of "current law".',
};
const CONTENT_LIST_SERVICES_CHECK: FactCheck = {
  ...CONTENT_LIST_CHECK,
  says: 'the S.B. 24 list, and from 2015 (A.B. 1710) an offer of at least 12 months of free identity-theft services when the business was the source of an SSN, licence or ID breach',
  where: `${SWLAW}; ${AB1710_LEGISCAN}`,
};
const CONTENT_HEADED_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${SB570_ANALYSIS}; ${SWLAW}`,
  says: "titled 'Notice of Data Breach' with five set headings, plain language, at least 10-point type, and the S.B. 24 list under them",
  checked: CHECKED,
  why: 'S.B. 570 was read in its committee analysis, not its chaptered text.',
};
const CONTENT_BIOMETRIC_CHECK: FactCheck = {
  ...CONTENT_HEADED_CHECK,
  says: "the 'Notice of Data Breach' format and list, plus instructions for biometric data used as an authenticator (A.B. 1130)",
  where: `${SB570_ANALYSIS}; https://www.huntonprivacyblog.com/2019/10/15/california-amends-breach-notification-law/`,
};
const FORBIDDEN_NONE_CHECK: FactCheck = {
  kind: 'secondary',
  where: BLOOMBERG_TABLE,
  says: 'none: nothing is forbidden in a notice',
  checked: CHECKED,
  why: 'The notice subdivisions were not read.',
};
const FORBIDDEN_CREDENTIALS_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://www.wsgrdataadvisor.com/2013/11/california-extends-security-breach-notification-requirements-to-online-account-credentials/',
  says: 'nothing forbidden in the content; from 2014 a notice about a breached email account may not be sent to that address (a channel rule, kept in the condition)',
  checked: CHECKED,
  why: 'S.B. 46 was not read in its chaptered form.',
};

// ---- what stays open ----------------------------------------------------------------------------

const NO_PRE_2012_RECORD = 'The research records hold no version before 2012; this one is encoded from the statute history they cite (S.B. 1386, in force 2003-07-01).';
const PRE_2012_SUBSTITUTE = 'The substitute-notice figures ($250,000 / 500,000) were confirmed for the law from 2012; that the 2003 text used the same figures is assumed.';
const AGENCY_UNVERIFIED = 'The text of § 1798.29 was not read: that each amendment applied to it as to § 1798.82 rests on the bills\' digests and summaries describing the sections as parallel.';
const SECURITY_OFFICE_UNVERIFIED = 'When the Office of Information Security notice for substitute notice began was not checked.';
const SERVICES_IF_ANY = 'A.B. 1710\'s services clause says "if any"; breachdesk reads it as a duty to offer at least 12 months of services, the safer reading.';
const AGENCY_SERVICES = 'Bills to make agencies offer identity-theft services too (A.B. 259 of 2015, A.B. 241 of 2017) were seen but not traced to enactment; none is encoded.';
const SB446_SCOPE = 'S.B. 446 lets the 30 days be exceeded "as necessary to determine the scope of the breach and restore the reasonable integrity of the data system" ((a)(2)(B)); breachdesk counts 30 days without that allowance, the earliest reading.';

const FACTS_SOURCES: Source[] = [
  { where: PERKINS_CHART_2021, facts: 'timing, AG sample copy, vendor, content, headings, substitute' },
  { where: BLOOMBERG_TABLE, facts: 'content list, agency parallel section, insurance' },
];
const TEXT_SOURCES_2017: Source[] = [
  { where: TRELLIS_82, facts: '§ 1798.82(a)-(c) as in force 2017-2025: expedient notice, key clause, vendor immediately, law-enforcement delay' },
  { where: OAG_REPORTING, facts: 'AG copy above 500 residents, §§ 1798.29(e), 1798.82(f)' },
];
const SB446_SOURCES: Source[] = [
  { where: LEXACE_82, facts: '§ 1798.82(a)(2): 30 calendar days of discovery or notification; delay for law enforcement or scope' },
  { where: SB446_CHAPTERED, facts: 'S.B. 446 chaptered 2025-10-03, ch. 319' },
  { where: 'lcwlegal.com/news/sb-446-requires-disclosure-of-data-breaches-to-consumers-within-30-days', facts: '30 calendar days from discovery or notification; AG within 15 calendar days; effective 2026-01-01' },
  { where: 'dailyjournal.com/articles/388637-california-data-breach-law-tightens-with-30-day-deadline-raises-stakes-for-companies', facts: 'signing date, subsections (a)(2), (f)' },
  { where: 'dataprotectionreport.com/2025/11/california-tightens-data-breach-notification-timelines-imposes-30-day-notice-requirement/', facts: 'vendor-to-owner timing, summary' },
  { where: 'mvalaw.com/data-points/california-amends-data-breach-notification-requirements', facts: 'PI definition unchanged' },
];
const AB1149_SOURCES: Source[] = [
  { where: 'leginfo.ca.gov AB 1149 (2013) Assembly Judiciary analysis and amended bill text', facts: 'local agencies excluded from IPA; AB 1149 extends § 1798.29 to local agencies' },
  { where: 'leginfo.ca.gov AB 964 (2015) amended bill digest', facts: "existing law covers 'any state or local agency'" },
];

// ---- § 1798.82: persons and businesses ----------------------------------------------------------

const VERIFY_82_BASE: Pick<Verification, 'coverage' | 'risk_of_harm' | 'anchor' | 'law_enforcement' | 'substitute_notice'> = {
  coverage: COVERAGE_82_CHECK,
  risk_of_harm: HARM_82_CHECK,
  anchor: ANCHOR_82_CHECK,
  law_enforcement: LE_82_CHECK,
  substitute_notice: SUBSTITUTE_CHECK,
};

const businessVersions: RuleVersion[] = [
  {
    id: 'CA-2003',
    effectiveFrom: '2003-07-01',
    effectiveTo: '2007-12-31',
    citations: ['Cal. Civ. Code § 1798.82 (S.B. 1386 of 2002, eff. 2003-07-01)'],
    summary: 'California businesses had to notify affected residents in the most expedient time possible, with no fixed deadline, content rules or Attorney General copy.',
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: ENCRYPTION_82_UNDEFINED,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_82_2003,
    substituteNotice: SUBSTITUTE_82,
    obligations: [IND_82_NO_CONTENT, VENDOR_82],
    confidence: 'low',
    unverified: [NO_PRE_2012_RECORD, KEY_UNDEFINED_NOTE, PRE_2012_SUBSTITUTE],
    sources: [...FACTS_SOURCES, ...PI_SOURCES_2003],
    verification: {
      ...VERIFY_82_BASE,
      effective_dates: EFFECTIVE_2003,
      personal_information: PI_2003_CHECK,
      encryption: ENCRYPTION_UNDEFINED_CHECK,
      deadline: DEADLINE_82_2003,
      threshold: THRESHOLD_NONE_CHECK,
      required_content: CONTENT_NONE_CHECK,
      forbidden_content: FORBIDDEN_NONE_CHECK,
    },
  },
  {
    id: 'CA-2008',
    effectiveFrom: '2008-01-01',
    effectiveTo: '2011-12-31',
    citations: ['Cal. Civ. Code § 1798.82 as amended by A.B. 1298 (2007, eff. 2008-01-01)'],
    summary: 'California businesses had to notify affected residents in the most expedient time possible; medical and health insurance information now counted as personal information.',
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: ENCRYPTION_82_UNDEFINED,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_82_2008,
    substituteNotice: SUBSTITUTE_82,
    obligations: [IND_82_NO_CONTENT, VENDOR_82],
    confidence: 'low',
    unverified: [
      NO_PRE_2012_RECORD,
      'Split from the previous version only because A.B. 1298 changed the definition of personal information; deadlines and duties are as before.',
      KEY_UNDEFINED_NOTE,
      PRE_2012_SUBSTITUTE,
    ],
    sources: [...FACTS_SOURCES, ...PI_SOURCES_2008],
    verification: {
      ...VERIFY_82_BASE,
      effective_dates: EFFECTIVE_2008,
      personal_information: PI_2008_CHECK,
      encryption: ENCRYPTION_UNDEFINED_CHECK,
      deadline: DEADLINE_82_2003,
      threshold: THRESHOLD_NONE_CHECK,
      required_content: CONTENT_NONE_CHECK,
      forbidden_content: FORBIDDEN_NONE_CHECK,
    },
  },
  {
    id: 'CA-2012',
    effectiveFrom: '2012-01-01',
    effectiveTo: '2013-12-31',
    citations: ['Cal. Civ. Code § 1798.82 as amended by S.B. 24 (eff. 2012-01-01)'],
    summary: 'California businesses had to send residents a notice with prescribed content and, above 500 residents, a sample copy to the Attorney General.',
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: ENCRYPTION_82_UNDEFINED,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_82_2008,
    substituteNotice: SUBSTITUTE_82,
    obligations: [IND_82_2012, AG_82, VENDOR_82],
    confidence: 'medium',
    unverified: [KEY_UNDEFINED_NOTE],
    sources: [...FACTS_SOURCES, ...PI_SOURCES_2008, { where: OAG_REPORTING, facts: 'AG copy above 500 residents, § 1798.82(f)' }],
    verification: {
      ...VERIFY_82_BASE,
      effective_dates: EFFECTIVE_2012,
      personal_information: PI_2008_CHECK,
      encryption: ENCRYPTION_UNDEFINED_CHECK,
      deadline: DEADLINE_82_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_LIST_CHECK,
      forbidden_content: FORBIDDEN_NONE_CHECK,
    },
  },
  {
    id: 'CA-2014',
    effectiveFrom: '2014-01-01',
    effectiveTo: '2014-12-31',
    citations: ['Cal. Civ. Code § 1798.82 as amended by S.B. 24 (2012) and S.B. 46 (eff. 2014-01-01)'],
    summary: 'California businesses had to send residents a notice with prescribed content and, above 500 residents, a sample copy to the Attorney General; online login credentials now counted on their own.',
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: ENCRYPTION_82_UNDEFINED,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_82_2014,
    substituteNotice: SUBSTITUTE_82,
    obligations: [IND_82_2014, AG_82, VENDOR_82],
    confidence: 'medium',
    unverified: ['Split from the previous version only because S.B. 46 changed the definition of personal information; deadlines and duties are as before.', KEY_UNDEFINED_NOTE],
    sources: [...FACTS_SOURCES, ...PI_SOURCES_2014],
    verification: {
      ...VERIFY_82_BASE,
      effective_dates: EFFECTIVE_2014,
      personal_information: PI_2014_CHECK,
      encryption: ENCRYPTION_UNDEFINED_CHECK,
      deadline: DEADLINE_82_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_LIST_CHECK,
      forbidden_content: FORBIDDEN_CREDENTIALS_CHECK,
    },
  },
  {
    id: 'CA-2015',
    effectiveFrom: '2015-01-01',
    effectiveTo: '2015-12-31',
    citations: ['Cal. Civ. Code § 1798.82 as amended by A.B. 1710 (ch. 855, Stats. 2014, eff. 2015-01-01)'],
    summary:
      'California businesses had to send residents a notice with prescribed content and, above 500 residents, a sample copy to the Attorney General; a business that was the source of an SSN, licence or ID breach now had to offer a year of free identity-theft services.',
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: ENCRYPTION_82_UNDEFINED,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_82_2014,
    substituteNotice: SUBSTITUTE_82,
    obligations: [IND_82_2015, AG_82, VENDOR_82],
    confidence: 'medium',
    unverified: [
      'Split from the previous version because A.B. 1710 added the identity-theft-services offer (§ 1798.82 only); deadlines are as before.',
      SERVICES_IF_ANY,
      KEY_UNDEFINED_NOTE,
    ],
    sources: [...FACTS_SOURCES, ...PI_SOURCES_2014, { where: AB1710_LEGISCAN, facts: 'A.B. 1710: services offer for 12 months; ch. 855, Stats. 2014' }],
    verification: {
      ...VERIFY_82_BASE,
      effective_dates: EFFECTIVE_2015,
      personal_information: PI_2014_CHECK,
      encryption: ENCRYPTION_UNDEFINED_CHECK,
      deadline: DEADLINE_82_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_LIST_SERVICES_CHECK,
      forbidden_content: FORBIDDEN_CREDENTIALS_CHECK,
    },
  },
  {
    id: 'CA-2016',
    effectiveFrom: '2016-01-01',
    effectiveTo: '2016-12-31',
    citations: ['Cal. Civ. Code § 1798.82 as amended by A.B. 964, S.B. 570 and S.B. 34 (eff. 2016-01-01)'],
    summary: "California businesses had to send residents a 'Notice of Data Breach' under set headings, with no fixed deadline, and a sample to the Attorney General above 500 residents.",
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: ENCRYPTION_82_2016,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_82_2014,
    substituteNotice: SUBSTITUTE_82,
    obligations: [IND_82_2016, AG_82, VENDOR_82],
    confidence: 'medium',
    unverified: [
      ALPR_NOTE,
      SERVICES_IF_ANY,
      'Encryption key: from 2016 "encrypted" means unusable, unreadable or indecipherable, which a taken key defeats; the express key clause came with A.B. 2828 on 2017-01-01.',
    ],
    sources: [...FACTS_SOURCES, ...PI_SOURCES_2014, { where: AB964_BILL, facts: 'A.B. 964: definition of "encrypted" for both sections' }, { where: SB570_ANALYSIS, facts: "S.B. 570: 'Notice of Data Breach' headings and format" }],
    verification: {
      ...VERIFY_82_BASE,
      effective_dates: EFFECTIVE_2016,
      personal_information: PI_2016_CHECK,
      encryption: ENCRYPTION_2016_CHECK,
      deadline: DEADLINE_82_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_HEADED_CHECK,
      forbidden_content: FORBIDDEN_CREDENTIALS_CHECK,
    },
  },
  {
    id: 'CA-2017',
    effectiveFrom: '2017-01-01',
    effectiveTo: '2019-12-31',
    citations: ['Cal. Civ. Code § 1798.82 as amended by A.B. 2828 (2016, eff. 2017-01-01)'],
    summary:
      "California businesses had to send residents a 'Notice of Data Breach' under set headings, with no fixed deadline, and a sample to the Attorney General above 500 residents; encrypted data taken with its key now expressly counted.",
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: ENCRYPTION_82_2017,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_82_2014,
    substituteNotice: SUBSTITUTE_82,
    obligations: [IND_82_2016, AG_82, VENDOR_82],
    confidence: 'medium',
    unverified: ['Split from the previous version only because A.B. 2828 added the express key clause; deadlines and duties are as before.', ALPR_NOTE, SERVICES_IF_ANY],
    sources: [...FACTS_SOURCES, ...PI_SOURCES_2014, ...TEXT_SOURCES_2017, { where: AB2828_ANALYSIS, facts: 'A.B. 2828: encrypted data with its key, both sections' }],
    verification: {
      ...VERIFY_82_BASE,
      effective_dates: EFFECTIVE_2017,
      personal_information: PI_2016_CHECK,
      encryption: ENCRYPTION_82_2017_CHECK,
      deadline: DEADLINE_82_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_HEADED_CHECK,
      forbidden_content: FORBIDDEN_CREDENTIALS_CHECK,
    },
  },
  {
    id: 'CA-2020',
    effectiveFrom: '2020-01-01',
    effectiveTo: '2021-12-31',
    citations: ['Cal. Civ. Code § 1798.82 as amended by A.B. 1130 (2019, eff. 2020-01-01)'],
    summary: "California businesses had to send residents a 'Notice of Data Breach' with no fixed deadline; passport, military and taxpayer ID numbers and biometric data now counted as personal information.",
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: ENCRYPTION_82_2017,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_82_2020,
    substituteNotice: SUBSTITUTE_82,
    obligations: [IND_82_2020, AG_82, VENDOR_82],
    confidence: 'medium',
    unverified: ['Split from the previous version only because A.B. 1130 (2019) changed the definition of personal information; deadlines and duties are as before.', GOV_ID_NOTE, SERVICES_IF_ANY],
    sources: [...FACTS_SOURCES, ...PI_SOURCES_2020, ...TEXT_SOURCES_2017],
    verification: {
      ...VERIFY_82_BASE,
      effective_dates: EFFECTIVE_2020,
      personal_information: PI_2020_CHECK,
      encryption: ENCRYPTION_82_2017_CHECK,
      deadline: DEADLINE_82_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_BIOMETRIC_CHECK,
      forbidden_content: FORBIDDEN_CREDENTIALS_CHECK,
    },
  },
  {
    id: 'CA-2022',
    effectiveFrom: '2022-01-01',
    effectiveTo: '2025-12-31',
    citations: ['Cal. Civ. Code § 1798.82 as amended by A.B. 825 (2021, eff. 2022-01-01)'],
    summary: "California businesses had to send residents a 'Notice of Data Breach' with no fixed deadline, and a sample to the Attorney General above 500 residents; genetic data now counted as personal information.",
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: ENCRYPTION_82_2017,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_82_2022,
    substituteNotice: SUBSTITUTE_82,
    obligations: [IND_82_2020, AG_82, VENDOR_82],
    confidence: 'medium',
    unverified: ['Split from the previous version only because A.B. 825 changed the definition of personal information; deadlines and duties are as before.', GOV_ID_NOTE, SERVICES_IF_ANY],
    sources: [...FACTS_SOURCES, ...PI_SOURCES_2022, ...TEXT_SOURCES_2017],
    verification: {
      ...VERIFY_82_BASE,
      effective_dates: EFFECTIVE_2022,
      personal_information: PI_2022_CHECK,
      encryption: ENCRYPTION_82_2017_CHECK,
      deadline: DEADLINE_82_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_BIOMETRIC_CHECK,
      forbidden_content: FORBIDDEN_CREDENTIALS_CHECK,
    },
  },
  {
    id: 'CA-2026',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    citations: ['Cal. Civ. Code § 1798.82 as amended by S.B. 446 (ch. 319, Stats. 2025, signed 2025-10-03)'],
    summary: 'California businesses must notify affected residents within 30 days of discovery and, above 500 residents, send the Attorney General a sample within 15 days after that.',
    coverage: BUSINESS_COVERAGE,
    encryptionSafeHarbor: ENCRYPTION_82_2026,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_82_2022,
    substituteNotice: SUBSTITUTE_82,
    obligations: [IND_82_2026, AG_82_2026, VENDOR_82],
    confidence: 'low',
    unverified: [
      'The 15 days for the Attorney General sample (subdivision (f)) rest on consistent law-firm summaries; the statute text read stops at subdivision (c).',
      SB446_SCOPE,
      GOV_ID_NOTE,
      SERVICES_IF_ANY,
    ],
    sources: [...SB446_SOURCES, ...FACTS_SOURCES, ...PI_SOURCES_2022],
    verification: {
      ...VERIFY_82_BASE,
      anchor: ANCHOR_82_2026_CHECK,
      effective_dates: EFFECTIVE_2026,
      personal_information: PI_2022_CHECK,
      encryption: ENCRYPTION_82_2026_CHECK,
      deadline: DEADLINE_82_2026,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_BIOMETRIC_CHECK,
      forbidden_content: FORBIDDEN_CREDENTIALS_CHECK,
    },
  },
];

// ---- § 1798.29: state and local agencies ---------------------------------------------------------

const VERIFY_29_BASE: Pick<Verification, 'risk_of_harm' | 'anchor' | 'law_enforcement' | 'substitute_notice'> = {
  risk_of_harm: HARM_29_CHECK,
  anchor: ANCHOR_29_CHECK,
  law_enforcement: LE_29_CHECK,
  substitute_notice: SUBSTITUTE_CHECK,
};

const agencyVersions: RuleVersion[] = [
  {
    id: 'CA-AGENCY-2003',
    effectiveFrom: '2003-07-01',
    effectiveTo: '2007-12-31',
    citations: ['Cal. Civ. Code § 1798.29 (S.B. 1386 of 2002, eff. 2003-07-01)'],
    summary: 'California state agencies had to notify affected residents in the most expedient time possible, with no fixed deadline.',
    coverage: AGENCY_COVERAGE_STATE_ONLY,
    encryptionSafeHarbor: ENCRYPTION_29_UNDEFINED,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_29_2003,
    substituteNotice: SUBSTITUTE_29,
    obligations: [IND_29_NO_CONTENT, VENDOR_29],
    confidence: 'low',
    unverified: [NO_PRE_2012_RECORD, AGENCY_UNVERIFIED, KEY_UNDEFINED_NOTE, PRE_2012_SUBSTITUTE],
    sources: [...FACTS_SOURCES, ...PI_SOURCES_2003, { where: OHI_29, facts: '§ 1798.29(a)-(c) as enacted and as amended by A.B. 1298' }],
    verification: {
      ...VERIFY_29_BASE,
      effective_dates: EFFECTIVE_2003,
      coverage: COVERAGE_29_STATE_CHECK,
      personal_information: PI_2003_CHECK,
      encryption: ENCRYPTION_UNDEFINED_CHECK,
      deadline: DEADLINE_29_2003,
      threshold: THRESHOLD_NONE_CHECK,
      required_content: CONTENT_NONE_CHECK,
      forbidden_content: FORBIDDEN_NONE_CHECK,
    },
  },
  {
    id: 'CA-AGENCY-2008',
    effectiveFrom: '2008-01-01',
    effectiveTo: '2011-12-31',
    citations: ['Cal. Civ. Code § 1798.29 as amended by A.B. 1298 (2007, eff. 2008-01-01)'],
    summary: 'California state agencies had to notify affected residents in the most expedient time possible; medical and health insurance information now counted as personal information.',
    coverage: AGENCY_COVERAGE_STATE_ONLY,
    encryptionSafeHarbor: ENCRYPTION_29_UNDEFINED,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_29_2008,
    substituteNotice: SUBSTITUTE_29,
    obligations: [IND_29_NO_CONTENT, VENDOR_29],
    confidence: 'low',
    unverified: [
      NO_PRE_2012_RECORD,
      'Split from the previous version only because A.B. 1298 changed the definition of personal information; deadlines and duties are as before.',
      AGENCY_UNVERIFIED,
      KEY_UNDEFINED_NOTE,
      PRE_2012_SUBSTITUTE,
    ],
    sources: [...FACTS_SOURCES, ...PI_SOURCES_2008, { where: OHI_29, facts: '§ 1798.29(a)-(c) as amended by A.B. 1298' }],
    verification: {
      ...VERIFY_29_BASE,
      effective_dates: EFFECTIVE_2008,
      coverage: COVERAGE_29_STATE_CHECK,
      personal_information: PI_2008_CHECK,
      encryption: ENCRYPTION_UNDEFINED_CHECK,
      deadline: DEADLINE_29_2003,
      threshold: THRESHOLD_NONE_CHECK,
      required_content: CONTENT_NONE_CHECK,
      forbidden_content: FORBIDDEN_NONE_CHECK,
    },
  },
  {
    id: 'CA-AGENCY-2012',
    effectiveFrom: '2012-01-01',
    effectiveTo: '2013-12-31',
    citations: ['Cal. Civ. Code § 1798.29 as amended by S.B. 24 (eff. 2012-01-01)'],
    summary: 'California state agencies had to send residents a notice with prescribed content and, above 500 residents, a sample copy to the Attorney General.',
    coverage: AGENCY_COVERAGE_STATE_ONLY,
    encryptionSafeHarbor: ENCRYPTION_29_UNDEFINED,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_29_2008,
    substituteNotice: SUBSTITUTE_29,
    obligations: [IND_29_2012, AG_29, VENDOR_29],
    confidence: 'low',
    unverified: [AGENCY_UNVERIFIED, KEY_UNDEFINED_NOTE],
    sources: [...FACTS_SOURCES, ...PI_SOURCES_2008, { where: OAG_REPORTING, facts: 'AG copy above 500 residents, § 1798.29(e)' }],
    verification: {
      ...VERIFY_29_BASE,
      effective_dates: EFFECTIVE_2012,
      coverage: COVERAGE_29_STATE_CHECK,
      personal_information: PI_2008_CHECK,
      encryption: ENCRYPTION_UNDEFINED_CHECK,
      deadline: DEADLINE_29_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_LIST_CHECK,
      forbidden_content: FORBIDDEN_NONE_CHECK,
    },
  },
  {
    id: 'CA-AGENCY-2014',
    effectiveFrom: '2014-01-01',
    effectiveTo: '2015-12-31',
    citations: ['Cal. Civ. Code § 1798.29 as amended by A.B. 1149 and S.B. 46 (2013)'],
    summary: 'California state and local agencies had to notify affected residents in the most expedient time possible with prescribed content, and the Attorney General above 500 residents.',
    coverage: AGENCY_COVERAGE_WITH_LOCAL,
    encryptionSafeHarbor: ENCRYPTION_29_UNDEFINED,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_29_2014,
    substituteNotice: SUBSTITUTE_29,
    obligations: [IND_29_2014, AG_29, OFFICE_OF_INFORMATION_SECURITY, VENDOR_29],
    confidence: 'low',
    unverified: ['The A.B. 1149 start date (2014-01-01) is assumed; the chaptered text was not read.', AGENCY_UNVERIFIED, SECURITY_OFFICE_UNVERIFIED, AGENCY_SERVICES, KEY_UNDEFINED_NOTE],
    sources: [...FACTS_SOURCES, ...AB1149_SOURCES, ...PI_SOURCES_2014],
    verification: {
      ...VERIFY_29_BASE,
      effective_dates: EFFECTIVE_2014,
      coverage: COVERAGE_29_LOCAL_CHECK,
      personal_information: PI_2014_CHECK,
      encryption: ENCRYPTION_UNDEFINED_CHECK,
      deadline: DEADLINE_29_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_LIST_CHECK,
      forbidden_content: FORBIDDEN_CREDENTIALS_CHECK,
    },
  },
  {
    id: 'CA-AGENCY-2016',
    effectiveFrom: '2016-01-01',
    effectiveTo: '2016-12-31',
    citations: ['Cal. Civ. Code § 1798.29 as amended by A.B. 964 and S.B. 570 (eff. 2016-01-01)'],
    summary: "California state and local agencies had to send residents a 'Notice of Data Breach' in the most expedient time possible, with no fixed number of days.",
    coverage: AGENCY_COVERAGE_WITH_LOCAL,
    encryptionSafeHarbor: ENCRYPTION_29_2016,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_29_2014,
    substituteNotice: SUBSTITUTE_29,
    obligations: [IND_29_2016, AG_29, OFFICE_OF_INFORMATION_SECURITY, VENDOR_29],
    confidence: 'low',
    unverified: [
      AGENCY_UNVERIFIED,
      SECURITY_OFFICE_UNVERIFIED,
      AGENCY_SERVICES,
      ALPR_NOTE,
      'Encryption key: from 2016 "encrypted" means unusable, unreadable or indecipherable, which a taken key defeats; the express key clause came with A.B. 2828 on 2017-01-01.',
    ],
    sources: [...FACTS_SOURCES, ...AB1149_SOURCES, ...PI_SOURCES_2014, { where: AB964_BILL, facts: 'A.B. 964: definition of "encrypted" for both sections' }],
    verification: {
      ...VERIFY_29_BASE,
      effective_dates: EFFECTIVE_2016,
      coverage: COVERAGE_29_LOCAL_CHECK,
      personal_information: PI_2016_CHECK,
      encryption: ENCRYPTION_2016_CHECK,
      deadline: DEADLINE_29_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_HEADED_CHECK,
      forbidden_content: FORBIDDEN_CREDENTIALS_CHECK,
    },
  },
  {
    id: 'CA-AGENCY-2017',
    effectiveFrom: '2017-01-01',
    effectiveTo: '2019-12-31',
    citations: ['Cal. Civ. Code § 1798.29 as amended by A.B. 2828 (2016, eff. 2017-01-01)'],
    summary:
      "California state and local agencies had to send residents a 'Notice of Data Breach' in the most expedient time possible, with no fixed number of days; encrypted data taken with its key now expressly counted.",
    coverage: AGENCY_COVERAGE_WITH_LOCAL,
    encryptionSafeHarbor: ENCRYPTION_29_2017,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_29_2014,
    substituteNotice: SUBSTITUTE_29,
    obligations: [IND_29_2016, AG_29, OFFICE_OF_INFORMATION_SECURITY, VENDOR_29],
    confidence: 'low',
    unverified: [
      'Split from the previous version only because A.B. 2828 added the express key clause; deadlines and duties are as before.',
      AGENCY_UNVERIFIED,
      SECURITY_OFFICE_UNVERIFIED,
      AGENCY_SERVICES,
      ALPR_NOTE,
    ],
    sources: [...FACTS_SOURCES, ...AB1149_SOURCES, ...PI_SOURCES_2014, { where: AB2828_ANALYSIS, facts: 'A.B. 2828: encrypted data with its key, agencies included' }],
    verification: {
      ...VERIFY_29_BASE,
      effective_dates: EFFECTIVE_2017,
      coverage: COVERAGE_29_LOCAL_CHECK,
      personal_information: PI_2016_CHECK,
      encryption: ENCRYPTION_29_2017_CHECK,
      deadline: DEADLINE_29_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_HEADED_CHECK,
      forbidden_content: FORBIDDEN_CREDENTIALS_CHECK,
    },
  },
  {
    id: 'CA-AGENCY-2020',
    effectiveFrom: '2020-01-01',
    effectiveTo: '2021-12-31',
    citations: ['Cal. Civ. Code § 1798.29 as amended by A.B. 1130 (2019, eff. 2020-01-01)'],
    summary: "California state and local agencies had to send residents a 'Notice of Data Breach' in the most expedient time possible; passport, military and taxpayer ID numbers and biometric data now counted as personal information.",
    coverage: AGENCY_COVERAGE_WITH_LOCAL,
    encryptionSafeHarbor: ENCRYPTION_29_2017,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_29_2020,
    substituteNotice: SUBSTITUTE_29,
    obligations: [IND_29_2020, AG_29, OFFICE_OF_INFORMATION_SECURITY, VENDOR_29],
    confidence: 'low',
    unverified: [
      AGENCY_UNVERIFIED,
      SECURITY_OFFICE_UNVERIFIED,
      'Split from the previous version only because A.B. 1130 (2019) changed the definition of personal information; deadlines and duties are as before.',
      GOV_ID_NOTE,
    ],
    sources: [...FACTS_SOURCES, ...AB1149_SOURCES, ...PI_SOURCES_2020],
    verification: {
      ...VERIFY_29_BASE,
      effective_dates: EFFECTIVE_2020,
      coverage: COVERAGE_29_LOCAL_CHECK,
      personal_information: PI_2020_CHECK,
      encryption: ENCRYPTION_29_2017_CHECK,
      deadline: DEADLINE_29_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_BIOMETRIC_CHECK,
      forbidden_content: FORBIDDEN_CREDENTIALS_CHECK,
    },
  },
  {
    id: 'CA-AGENCY-2022',
    effectiveFrom: '2022-01-01',
    effectiveTo: null,
    citations: ['Cal. Civ. Code § 1798.29 as amended by A.B. 825 (2021, eff. 2022-01-01)'],
    summary: "California state and local agencies must send residents a 'Notice of Data Breach' in the most expedient time possible, with no fixed number of days; genetic data counts as personal information.",
    coverage: AGENCY_COVERAGE_WITH_LOCAL,
    encryptionSafeHarbor: ENCRYPTION_29_2017,
    riskOfHarmException: HARM_NONE,
    personalInformation: PI_29_2022,
    substituteNotice: SUBSTITUTE_29,
    obligations: [IND_29_2020, AG_29, OFFICE_OF_INFORMATION_SECURITY, VENDOR_29],
    confidence: 'low',
    unverified: [
      AGENCY_UNVERIFIED,
      'That S.B. 446 (2026) left § 1798.29 unchanged is inferred from summaries that describe only § 1798.82.',
      'A.B. 1712 (2023) proposed adding the credit bureaus\' websites and the FTC\'s identity-theft URL to agency notices; whether it was enacted was not checked, so no version starts with it.',
      SECURITY_OFFICE_UNVERIFIED,
      'Split from the previous version only because A.B. 825 changed the definition of personal information; deadlines and duties are as before.',
      GOV_ID_NOTE,
    ],
    sources: [...FACTS_SOURCES, ...AB1149_SOURCES, ...PI_SOURCES_2022, { where: 'lcwlegal.com SB 446 summary', facts: 'SB 446 amends § 1798.82' }],
    verification: {
      ...VERIFY_29_BASE,
      effective_dates: EFFECTIVE_2022,
      coverage: COVERAGE_29_LOCAL_CHECK,
      personal_information: PI_2022_CHECK,
      encryption: ENCRYPTION_29_2017_CHECK,
      deadline: DEADLINE_29_2012,
      threshold: THRESHOLD_AG_CHECK,
      required_content: CONTENT_BIOMETRIC_CHECK,
      forbidden_content: FORBIDDEN_CREDENTIALS_CHECK,
    },
  },
];

export const california: Jurisdiction = {
  code: 'CA',
  name: 'California',
  kind: 'state',
  holidays: { country: 'US', state: 'CA' },
  laws: [
    { id: 'CA-CIV-1798-82', title: 'Cal. Civ. Code § 1798.82: breach notice by persons and businesses', scope: 'residents', versions: businessVersions },
    { id: 'CA-CIV-1798-29', title: 'Cal. Civ. Code § 1798.29: breach notice by state and local agencies', scope: 'residents', versions: agencyVersions },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general'],
      name: 'California Attorney General, "Submit Data Security Breach" (online form)',
      ways: [{ kind: 'online_form', value: OAG_FORM, formName: 'Submit Data Security Breach' }],
      asksFor: [
        'A sample copy of the resident notice as a PDF, without personal information (it is published online)',
        'Date(s) of the breach, if known',
        'Date(s) the breach was discovered',
        'Date(s) the individual notice was given',
        'Type of personal information involved',
      ],
      source: `${OAG_FORM}; ${OAG_REPORTING}`,
      checked: CHECKED,
    },
    {
      recipient: 'state_agency',
      obligations: ['office-of-information-security'],
      name: 'Office of Information Security, California Department of Technology',
      ways: [{ kind: 'postal', value: 'California Department of Technology, Office of Information Security, P.O. Box 1810, Rancho Cordova, CA 95741-1810' }],
      asksFor: ['Notice of the substitute notice given by a state agency (§ 1798.29)'],
      source:
        "Cal. Civ. Code § 1798.29 (substitute notice) as described in the research record; https://cdt.ca.gov/blog/faq/information-security/ (the department's guidance to agencies on breach notices). The postal address is the department's published mailing address, not re-read in this check; the office's own incident-reporting channel for agencies was not verified.",
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'California Department of Justice, Office of the Attorney General, Public Inquiry Unit',
    phone: '1-800-952-5225',
    website: 'www.oag.ca.gov/privacy',
    address: 'P.O. Box 944255, Sacramento, CA 94244-2550',
    source:
      'https://oag.ca.gov/contact/faqs (Public Inquiry Unit, toll-free (800) 952-5225); residents are sent to the office\'s online complaint form from https://oag.ca.gov/ecrime/databreach/reporting. The P.O. box is the address letters already used, not re-read in this check. The former Office of Privacy Protection no longer exists.',
    checked: CHECKED,
  },
};
