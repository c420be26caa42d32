// California: Civ. Code § 1798.82 (persons and businesses) and the parallel § 1798.29 (agencies).
// Both began on 2003-07-01 and gained the Attorney General copy and content rules in 2012 and the
// "Notice of Data Breach" format in 2016; only § 1798.82 got fixed day counts in 2026 (S.B. 446).
// Versions also start where the definition of personal information widened (2008, 2014, 2020, 2022).
import type {
  Coverage, DataElement, Jurisdiction, LetterElement, ObligationRule, OrgCategory, PersonalInformationDefinition, PiCombination, RuleVersion, Source,
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

/** Which content rules apply: none (2003), S.B. 24 list (2012), plus headings (2016 on). */
type Format = 'none' | 'list' | 'headed';

/**
 * The definition of personal information (in both sections; its subsection letter moved over the
 * years), which the two sections have always shared: the 2003 core; medical and health insurance information (A.B. 1298,
 * 2008); online credentials on their own (S.B. 46, 2014); automated licence-plate data (S.B. 34, 2016,
 * no data element); other government ID numbers and biometric data (A.B. 1130, 2020); genetic data
 * (A.B. 825, 2022). S.B. 446 (2026) left it as it was.
 */
type PiEra = '2003' | '2008' | '2014' | '2020' | '2022';
const UNLOCKING: DataElement[] = ['card_security_code', 'access_code', 'password'];
const NAME_WITH: Record<PiEra, DataElement[]> = {
  '2003': ['ssn', 'drivers_license', 'state_id'],
  '2008': ['ssn', 'drivers_license', 'state_id', 'medical', 'health_insurance'],
  '2014': ['ssn', 'drivers_license', 'state_id', 'medical', 'health_insurance'],
  '2020': ['ssn', 'drivers_license', 'state_id', 'tax_id', 'passport', 'military_id', 'medical', 'health_insurance', 'biometric'],
  '2022': ['ssn', 'drivers_license', 'state_id', 'tax_id', 'passport', 'military_id', 'medical', 'health_insurance', 'biometric', 'genetic'],
};
const NAME_WITH_WORDS: Record<PiEra, string> = {
  '2003': "Social Security number, driver's licence or California ID card number",
  '2008': "Social Security number, driver's licence or California ID card number, medical information or health insurance information",
  '2014': "Social Security number, driver's licence or California ID card number, medical information or health insurance information",
  '2020': "Social Security, driver's licence, California ID, taxpayer ID, passport, military ID or other government ID number, medical or health insurance information, or unique biometric data",
  '2022': "Social Security, driver's licence, California ID, taxpayer ID, passport, military ID or other government ID number, medical or health insurance information, unique biometric data or genetic data",
};
function personalInformation(section: string, era: PiEra): PersonalInformationDefinition {
  const credentials = era === '2003' || era === '2008' ? [] : [
    { all: ['username'], anyOf: ['password', 'security_question'] },
    { all: ['email'], anyOf: ['password', 'security_question'] },
  ] satisfies PiCombination[];
  return {
    citation: `Cal. Civ. Code § ${section} (definition of "personal information")`,
    summary: `a person's first name or initial and last name with an unencrypted ${NAME_WITH_WORDS[era]}, or an account or card number together with the security code, access code or password needed to use it${
      credentials.length ? '; or a username or email address with the password or security answer that opens the online account' : ''
    }`,
    combinations: [
      { all: ['name'], anyOf: NAME_WITH[era] },
      { all: ['name', 'card_number'], anyOf: UNLOCKING },
      { all: ['name', 'account_number'], anyOf: UNLOCKING },
      ...credentials,
    ],
  };
}
const PI_UNVERIFIED: Partial<Record<PiEra, string>> = {
  '2014': 'From 2016 data collected by an automated licence-plate recognition system (S.B. 34) is personal information too; it has no data element and cannot be matched.',
  '2020': 'Automated licence-plate data (S.B. 34, 2016) has no data element and cannot be matched; "other unique identification number issued on a government document" is matched only as state ID, passport, military or taxpayer ID numbers.',
  '2022': 'Automated licence-plate data (S.B. 34, 2016) has no data element and cannot be matched; "other unique identification number issued on a government document" is matched only as state ID, passport, military or taxpayer ID numbers.',
};
const PI_SOURCES: Record<PiEra, Source[]> = {
  '2003': [{ where: 'http://www.mondaq.com/article.asp?articleid=54690', facts: 'personal information before A.B. 1298: name + SSN, licence or California ID, account or card number with required code' }],
  '2008': [
    { where: 'http://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=200720080AB1298', facts: 'A.B. 1298 (ch. 699, approved 2007-10-14) amends §§ 1798.29 and 1798.82' },
    { where: 'https://www.lexology.com/library/detail.aspx?g=f7bac8a0-5fd8-4378-9fbf-decf33577388', facts: 'medical and health insurance information added from 2008-01-01' },
  ],
  '2014': [
    { where: 'http://www.leginfo.ca.gov/pub/13-14/bill/sen/sb_0001-0050/sb_46_bill_20130830_amended_asm_v97.htm', facts: 'S.B. 46 amends §§ 1798.29 and 1798.82: username or email with password or security question and answer' },
    { where: 'http://www.dorsey.com/psm_ca_breach_online_account_info/', facts: 'S.B. 46 effective 2014-01-01; definition then: SSN, licence/ID, account with code, medical, health insurance' },
  ],
  '2020': [
    { where: 'https://www.huntonprivacyblog.com/2019/10/15/california-amends-breach-notification-law/', facts: 'A.B. 1130 (signed 2019-10-11, eff. 2020-01-01): tax ID, passport, military ID, other government ID numbers; biometric data; biometric notice instructions' },
    { where: 'https://mondaq.com/unitedstates/data-protection/849942/ab-1130-expands-the-definition-of-personal-information-for-data-breaches', facts: 'A.B. 1130 amends § 1798.29 as well' },
  ],
  '2022': [
    { where: 'https://fastdemocracy.com/bill-summary/?billsummary_state=ca&billsummary_id=CAB00022250&billsummary_session=20212022', facts: 'A.B. 825 chaptered 2021-10-05, amends §§ 1798.29, 1798.81.5, 1798.82: genetic data' },
    { where: 'https://digitalpolicyalert.org/event/1793-implemented-assembly-bill-no-825-expanding-the-definition-of-genetic-data', facts: 'A.B. 825 in force 2022-01-01' },
  ],
};
const BIOMETRIC_CONTENT = 'If biometric data was involved: instructions on how to tell other entities that use the same type of biometric data as an authenticator to stop relying on it';
const CREDENTIALS_CONDITION =
  'If only login credentials were breached, notice may be given electronically, directing the person to change the password and security question or take other steps; credentials of an email account may not be notified to that email address.';

const EXPEDIENT = 'Most expedient time possible and without unreasonable delay after discovery or notification, allowing for law enforcement and for measures to determine scope and restore the system.';

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
const LIST_ELEMENTS: LetterElement[] = ['contact', 'information_involved', 'breach_dates', 'notice_date', 'law_enforcement_delay', 'what_happened', 'credit_bureaus'];

function individuals(section: string, format: Format, fixedDays: boolean, business: boolean, era: PiEra, idTheftServices: boolean): ObligationRule {
  const base = format === 'none' ? [] : format === 'list' ? CONTENT_LIST : [HEADINGS, ...CONTENT_LIST];
  const conditions = [
    ...(business && idTheftServices
      ? ["From 2015-01-01, a business that was the source of a breach exposing Social Security, driver's license or California ID numbers must offer at least 12 months of free identity theft prevention services and say how to enrol."]
      : []),
    ...(era === '2003' || era === '2008' ? [] : [CREDENTIALS_CONDITION]),
  ];
  return obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected California residents',
    citation: `Cal. Civ. Code § ${section}(a), (d)`,
    deadline: fixedDays ? calendarDays(30, 'discovered') : withoutDelay('discovered', EXPEDIENT),
    lawEnforcement: toll(`Cal. Civ. Code § ${section}(c)`),
    requiredContent: era === '2020' || era === '2022' ? [...base, BIOMETRIC_CONTENT] : base,
    letterElements: format === 'none' ? [] : format === 'list' ? LIST_ELEMENTS : ['ca_headings', ...LIST_ELEMENTS],
    condition: conditions.length ? conditions.join(' ') : null,
    notes: fixedDays
      ? 'Within 30 calendar days of discovering or being told of the breach (for data a vendor holds, from the vendor\'s notice); delay is allowed for law enforcement or to determine scope and restore the system.'
      : null,
  });
}

function attorneyGeneral(section: string, fixedDays: boolean): ObligationRule {
  return obligation({
    id: 'attorney-general',
    recipient: 'attorney_general',
    recipientName: 'California Attorney General (electronic submission)',
    citation: `Cal. Civ. Code § ${section}(${section === '1798.82' ? 'f' : 'e'})`,
    deadline: fixedDays ? afterIndividuals(15, 'calendar') : withIndividuals,
    threshold: residents(500, 'more_than'),
    requiredContent: ['A single sample copy of the resident notice, without any personal information'],
    notes: fixedDays
      ? 'Within 15 calendar days after notifying residents (S.B. 446).'
      : 'The statute sets no time for the sample copy; this catalogue expects it no later than the resident notice.',
  });
}

const officeOfInformationSecurity = obligation({
  id: 'office-of-information-security',
  recipient: 'state_agency',
  recipientName: 'Office of Information Security, California Department of Technology',
  citation: 'Cal. Civ. Code § 1798.29 (substitute notice)',
  deadline: withIndividuals,
  condition: 'Only for a state agency that gives substitute notice (website posting and media) instead of individual notices.',
});

/** § 1798.82(b) / § 1798.29(b), unchanged since 2003: the maintainer tells the owner immediately. */
function vendorNotice(section: string, business: boolean): ObligationRule {
  return obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: `Cal. Civ. Code § ${section}(b)`,
    deadline: withoutDelay('discovered', 'immediately after the vendor discovers the breach, if personal information was or is reasonably believed to have been acquired by an unauthorized person'),
    lawEnforcement: toll(`Cal. Civ. Code § ${section}(c)`),
    condition: `This duty binds ${business ? 'a person or business' : 'an agency'} that maintains the data without owning or licensing it, not the owner. It is shown so the owner can see when its vendor had to tell it; record the vendor's notice as a notified_by_vendor event.`,
    notes: "The statute counts from the vendor's own discovery; when only the owner's discovery is recorded, breachdesk counts from that.",
  });
}

const BUSINESS_COVERAGE: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', 'Cal. Civ. Code § 1798.82(a) binds any person or business that conducts business in California and owns or licenses computerized personal information.'],
  nonprofit: ['yes', 'Cal. Civ. Code § 1798.80(a) counts organisations run not for profit as businesses.'],
  local_government: ['no', 'Agencies are governed by the parallel § 1798.29 (local agencies since A.B. 1149, 2014), not § 1798.82.'],
  state_agency: ['no', 'State agencies are governed by the parallel § 1798.29, not § 1798.82.'],
});
const agencyCoverage = (localCovered: boolean): Record<OrgCategory, Coverage> =>
  governmentOnlyCoverage('Cal. Civ. Code § 1798.82', {
    local_government: localCovered
      ? ['yes', 'A.B. 1149 (2013) extended § 1798.29 to local agencies.']
      : ['no', '§ 1798.29 sits in the Information Practices Act, which excluded local agencies until A.B. 1149 (in force 2014); they were outside § 1798.82 too.'],
    state_agency: ['yes', 'Cal. Civ. Code § 1798.29(a) binds every state agency that owns or licenses computerized personal information.'],
  });

const FACTS_SOURCES: Source[] = [
  { where: PERKINS_CHART_2021, facts: 'timing, AG sample copy, vendor, content, headings, substitute' },
  { where: BLOOMBERG_TABLE, facts: 'content list, agency parallel section, insurance' },
];
const SB446_SOURCES: Source[] = [
  { where: 'lcwlegal.com/news/sb-446-requires-disclosure-of-data-breaches-to-consumers-within-30-days', facts: '30 calendar days from discovery or notification; AG within 15 calendar days; effective 2026-01-01' },
  { where: 'dailyjournal.com/articles/388637-california-data-breach-law-tightens-with-30-day-deadline-raises-stakes-for-companies', facts: 'signing date, subsections (a)(2), (f)' },
  { where: 'dataprotectionreport.com/2025/11/california-tightens-data-breach-notification-timelines-imposes-30-day-notice-requirement/', facts: 'vendor-to-owner timing, summary' },
  { where: 'mvalaw.com/data-points/california-amends-data-breach-notification-requirements', facts: 'PI definition unchanged' },
];
const AB1149_SOURCES: Source[] = [
  { where: 'leginfo.ca.gov AB 1149 (2013) Assembly Judiciary analysis and amended bill text', facts: 'local agencies excluded from IPA; AB 1149 extends § 1798.29 to local agencies' },
  { where: 'leginfo.ca.gov AB 964 (2015) amended bill digest', facts: "existing law covers 'any state or local agency'" },
];

interface Spec {
  id: string;
  from: string;
  to: string | null;
  format: Format;
  /** Which definition of personal information was in force. */
  pi: PiEra;
  fixedDays?: boolean;
  localCovered?: boolean;
  /** State agencies giving substitute notice also tell the Office of Information Security. */
  securityOffice?: boolean;
  citation: string;
  summary: string;
  confidence: RuleVersion['confidence'];
  unverified: string[];
  sources: Source[];
}

function version(section: '1798.82' | '1798.29', spec: Spec): RuleVersion {
  const business = section === '1798.82';
  const idTheftServices = spec.format !== 'none' && (spec.to === null || spec.to >= '2015-01-01');
  const obligations = [individuals(section, spec.format, spec.fixedDays ?? false, business, spec.pi, idTheftServices)];
  if (spec.format !== 'none') obligations.push(attorneyGeneral(section, spec.fixedDays ?? false));
  if (spec.securityOffice) obligations.push(officeOfInformationSecurity);
  obligations.push(vendorNotice(section, business));
  const piNote = PI_UNVERIFIED[spec.pi];
  return {
    id: spec.id,
    effectiveFrom: spec.from,
    effectiveTo: spec.to,
    citations: [spec.citation],
    summary: spec.summary,
    coverage: business ? BUSINESS_COVERAGE : agencyCoverage(spec.localCovered ?? false),
    encryptionSafeHarbor: { exists: true, keyException: spec.format === 'headed', citation: `Cal. Civ. Code § ${section}(a)` },
    riskOfHarmException: { exists: false, standard: null, recordToKeep: null },
    personalInformation: personalInformation(section, spec.pi),
    substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: `Cal. Civ. Code § ${section} (substitute notice)` },
    obligations,
    confidence: spec.confidence,
    unverified: [
      ...spec.unverified,
      ...(piNote ? [piNote] : []),
      ...(spec.from < '2012-01-01' ? ['The substitute-notice figures ($250,000 / 500,000) were confirmed for the law from 2012; that the 2003 text used the same figures is assumed.'] : []),
    ],
    sources: [...spec.sources, ...PI_SOURCES[spec.pi]],
  };
}

const NO_PRE_2012_RECORD = 'The research records hold no version before 2012; this one is encoded from the statute history they cite (S.B. 1386, in force 2003-07-01).';

const AGENCY_UNVERIFIED = 'That S.B. 24 (2012) and the 2016 format rules amended § 1798.29 as well as § 1798.82 is taken from summaries describing the sections as parallel.';
const SECURITY_OFFICE_UNVERIFIED = 'When the Office of Information Security notice for substitute notice began was not checked.';

const SPLIT_NOTE = (change: string): string =>
  `Split from the previous version only because ${change} changed the definition of personal information; deadlines and duties are as before.`;

const businessSpecs: Spec[] = [
  {
    id: 'CA-2003', from: '2003-07-01', to: '2007-12-31', format: 'none', pi: '2003',
    citation: 'Cal. Civ. Code § 1798.82 (S.B. 1386 of 2002, eff. 2003-07-01)',
    summary: 'California businesses had to notify affected residents in the most expedient time possible, with no fixed deadline, content rules or Attorney General copy.',
    confidence: 'medium', unverified: [NO_PRE_2012_RECORD], sources: FACTS_SOURCES,
  },
  {
    id: 'CA-2008', from: '2008-01-01', to: '2011-12-31', format: 'none', pi: '2008',
    citation: 'Cal. Civ. Code § 1798.82 as amended by A.B. 1298 (2007, eff. 2008-01-01)',
    summary: 'California businesses had to notify affected residents in the most expedient time possible; medical and health insurance information now counted as personal information.',
    confidence: 'medium', unverified: [NO_PRE_2012_RECORD, SPLIT_NOTE('A.B. 1298')], sources: FACTS_SOURCES,
  },
  {
    id: 'CA-2012', from: '2012-01-01', to: '2013-12-31', format: 'list', pi: '2008',
    citation: 'Cal. Civ. Code § 1798.82 as amended by S.B. 24 (eff. 2012-01-01)',
    summary: 'California businesses had to send residents a notice with prescribed content and, above 500 residents, a sample copy to the Attorney General.',
    confidence: 'high', unverified: [], sources: FACTS_SOURCES,
  },
  {
    id: 'CA-2014', from: '2014-01-01', to: '2015-12-31', format: 'list', pi: '2014',
    citation: 'Cal. Civ. Code § 1798.82 as amended by S.B. 24 (2012), S.B. 46 (eff. 2014-01-01) and A.B. 1710 (2015)',
    summary: 'California businesses had to send residents a notice with prescribed content and, above 500 residents, a sample copy to the Attorney General; online login credentials now counted on their own.',
    confidence: 'high', unverified: [SPLIT_NOTE('S.B. 46')], sources: FACTS_SOURCES,
  },
  {
    id: 'CA-2016', from: '2016-01-01', to: '2019-12-31', format: 'headed', pi: '2014',
    citation: 'Cal. Civ. Code § 1798.82 as amended by A.B. 964, S.B. 570 and S.B. 34 (eff. 2016-01-01)',
    summary: "California businesses had to send residents a 'Notice of Data Breach' under set headings, with no fixed deadline, and a sample to the Attorney General above 500 residents.",
    confidence: 'high', unverified: [], sources: FACTS_SOURCES,
  },
  {
    id: 'CA-2020', from: '2020-01-01', to: '2021-12-31', format: 'headed', pi: '2020',
    citation: 'Cal. Civ. Code § 1798.82 as amended by A.B. 1130 (2019, eff. 2020-01-01)',
    summary: "California businesses had to send residents a 'Notice of Data Breach' with no fixed deadline; passport, military and taxpayer ID numbers and biometric data now counted as personal information.",
    confidence: 'high', unverified: [SPLIT_NOTE('A.B. 1130 (2019)')], sources: FACTS_SOURCES,
  },
  {
    id: 'CA-2022', from: '2022-01-01', to: '2025-12-31', format: 'headed', pi: '2022',
    citation: 'Cal. Civ. Code § 1798.82 as amended by A.B. 825 (2021, eff. 2022-01-01)',
    summary: "California businesses had to send residents a 'Notice of Data Breach' with no fixed deadline, and a sample to the Attorney General above 500 residents; genetic data now counted as personal information.",
    confidence: 'high', unverified: [SPLIT_NOTE('A.B. 825')], sources: FACTS_SOURCES,
  },
  {
    id: 'CA-2026', from: '2026-01-01', to: null, format: 'headed', pi: '2022', fixedDays: true,
    citation: 'Cal. Civ. Code § 1798.82 as amended by S.B. 446 (signed 2025-10-03)',
    summary: 'California businesses must notify affected residents within 30 days of discovery and, above 500 residents, send the Attorney General a sample within 15 days after that.',
    confidence: 'high', unverified: ['The bill text of S.B. 446 was not read; several consistent law-firm summaries were.'],
    sources: [...SB446_SOURCES, ...FACTS_SOURCES],
  },
];

const agencySpecs: Spec[] = [
  {
    id: 'CA-AGENCY-2003', from: '2003-07-01', to: '2007-12-31', format: 'none', pi: '2003',
    citation: 'Cal. Civ. Code § 1798.29 (S.B. 1386 of 2002, eff. 2003-07-01)',
    summary: 'California state agencies had to notify affected residents in the most expedient time possible, with no fixed deadline.',
    confidence: 'medium', unverified: [NO_PRE_2012_RECORD], sources: FACTS_SOURCES,
  },
  {
    id: 'CA-AGENCY-2008', from: '2008-01-01', to: '2011-12-31', format: 'none', pi: '2008',
    citation: 'Cal. Civ. Code § 1798.29 as amended by A.B. 1298 (2007, eff. 2008-01-01)',
    summary: 'California state agencies had to notify affected residents in the most expedient time possible; medical and health insurance information now counted as personal information.',
    confidence: 'medium', unverified: [NO_PRE_2012_RECORD, SPLIT_NOTE('A.B. 1298')], sources: FACTS_SOURCES,
  },
  {
    id: 'CA-AGENCY-2012', from: '2012-01-01', to: '2013-12-31', format: 'list', pi: '2008',
    citation: 'Cal. Civ. Code § 1798.29 as amended by S.B. 24 (eff. 2012-01-01)',
    summary: 'California state agencies had to send residents a notice with prescribed content and, above 500 residents, a sample copy to the Attorney General.',
    confidence: 'medium', unverified: [AGENCY_UNVERIFIED], sources: FACTS_SOURCES,
  },
  {
    id: 'CA-AGENCY-2014', from: '2014-01-01', to: '2015-12-31', format: 'list', pi: '2014', localCovered: true, securityOffice: true,
    citation: 'Cal. Civ. Code § 1798.29 as amended by A.B. 1149 and S.B. 46 (2013)',
    summary: 'California state and local agencies had to notify affected residents in the most expedient time possible with prescribed content, and the Attorney General above 500 residents.',
    confidence: 'medium',
    unverified: ['The A.B. 1149 start date (2014-01-01) is assumed; the chaptered text was not read.', AGENCY_UNVERIFIED, SECURITY_OFFICE_UNVERIFIED],
    sources: [...FACTS_SOURCES, ...AB1149_SOURCES],
  },
  {
    id: 'CA-AGENCY-2016', from: '2016-01-01', to: '2019-12-31', format: 'headed', pi: '2014', localCovered: true, securityOffice: true,
    citation: 'Cal. Civ. Code § 1798.29 as amended by A.B. 964 and S.B. 570 (eff. 2016-01-01)',
    summary: "California state and local agencies had to send residents a 'Notice of Data Breach' in the most expedient time possible, with no fixed number of days.",
    confidence: 'medium',
    unverified: [AGENCY_UNVERIFIED, SECURITY_OFFICE_UNVERIFIED],
    sources: [...FACTS_SOURCES, ...AB1149_SOURCES],
  },
  {
    id: 'CA-AGENCY-2020', from: '2020-01-01', to: '2021-12-31', format: 'headed', pi: '2020', localCovered: true, securityOffice: true,
    citation: 'Cal. Civ. Code § 1798.29 as amended by A.B. 1130 (2019, eff. 2020-01-01)',
    summary: "California state and local agencies had to send residents a 'Notice of Data Breach' in the most expedient time possible; passport, military and taxpayer ID numbers and biometric data now counted as personal information.",
    confidence: 'medium',
    unverified: [AGENCY_UNVERIFIED, SECURITY_OFFICE_UNVERIFIED, SPLIT_NOTE('A.B. 1130 (2019)')],
    sources: [...FACTS_SOURCES, ...AB1149_SOURCES],
  },
  {
    id: 'CA-AGENCY-2022', from: '2022-01-01', to: null, format: 'headed', pi: '2022', localCovered: true, securityOffice: true,
    citation: 'Cal. Civ. Code § 1798.29 as amended by A.B. 825 (2021, eff. 2022-01-01)',
    summary: "California state and local agencies must send residents a 'Notice of Data Breach' in the most expedient time possible, with no fixed number of days; genetic data counts as personal information.",
    confidence: 'medium',
    unverified: [
      AGENCY_UNVERIFIED,
      'That S.B. 446 (2026) left § 1798.29 unchanged is inferred from summaries that describe only § 1798.82.',
      SECURITY_OFFICE_UNVERIFIED,
      SPLIT_NOTE('A.B. 825'),
    ],
    sources: [...FACTS_SOURCES, ...AB1149_SOURCES, { where: 'lcwlegal.com SB 446 summary', facts: 'SB 446 amends § 1798.82' }],
  },
];

export const california: Jurisdiction = {
  code: 'CA',
  name: 'California',
  kind: 'state',
  holidays: { country: 'US', state: 'CA' },
  laws: [
    { id: 'CA-CIV-1798-82', title: 'Cal. Civ. Code § 1798.82: breach notice by persons and businesses', scope: 'residents', versions: businessSpecs.map((spec) => version('1798.82', spec)) },
    { id: 'CA-CIV-1798-29', title: 'Cal. Civ. Code § 1798.29: breach notice by state and local agencies', scope: 'residents', versions: agencySpecs.map((spec) => version('1798.29', spec)) },
  ],
};
