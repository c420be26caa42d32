// Colorado: the breach law in the Consumer Protection Act (C.R.S. § 6-1-716, from 2006) and, since
// H.B. 18-1128 (2018-09-01), a parallel section for governmental entities (C.R.S. § 24-73-103) with
// the same 30-day limit.
import type { Coverage, EncryptionSafeHarbor, FactCheck, Jurisdiction, OrgCategory, PersonalInformationDefinition, RuleVersion, Source, Verification } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, obligation, residents, restart, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

// Texts read for this module: the definitions of both sections and the content subsections of
// § 24-73-103; the timing, Attorney General, credit-bureau and law-enforcement subsections of
// either section could not be found in a stored copy.
const COUNSELSTACK_716 = 'https://law.counselstack.com/statute/co/06/6-1-716 (C.R.S. § 6-1-716(1), verbatim)';
const PUBLICLAW_24 = 'https://colorado.public.law/statutes/crs_24-73-103 (C.R.S. § 24-73-103(1), verbatim)';
const READABLE_24 = 'https://readable-crs.com/privacy/24-73-103-print.html (C.R.S. § 24-73-103(2)(b)-(c), verbatim)';
const COAG = 'https://coag.gov/resources/data-protection-laws/';
const NO_SUBSECTION_2 = 'Subsection (2) of § 6-1-716 (timing, AG, credit bureaus, law enforcement) was not found in a stored copy of the statute; the Attorney General\'s page and law-firm summaries were read.';

const WITH_CODE = ['card_security_code', 'access_code', 'password'] as const;

const PI_2006: PersonalInformationDefinition = {
  citation: 'C.R.S. § 6-1-716(1)(d) (2006)',
  summary:
    "a Colorado resident's name (first name or initial and last name) with an SSN, a driver's licence or ID card number, or an account or card number with any required security code, access code or password",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'card_number'], anyOf: [...WITH_CODE] },
    { all: ['name', 'account_number'], anyOf: [...WITH_CODE] },
  ],
};

// From 2018 online credentials and account numbers with their codes count without a name.
const PI_2018_COMBINATIONS: PersonalInformationDefinition['combinations'] = [
  { all: ['name'], anyOf: ['ssn', 'passport', 'military_id', 'drivers_license', 'state_id', 'medical', 'health_insurance', 'biometric'] },
  { all: ['username'], anyOf: ['password', 'security_question'] },
  { all: ['email'], anyOf: ['password', 'security_question'] },
  { all: ['card_number'], anyOf: [...WITH_CODE] },
  { all: ['account_number'], anyOf: [...WITH_CODE] },
];
const PI_2018_SUMMARY =
  "a Colorado resident's name with an SSN; a student, military or passport ID number; a driver's licence or ID card number; medical information; a health insurance ID number; or biometric data used to access an online account — or, without a name, a username or e-mail address with its password or security questions and answers, or an account or card number with any code or password needed to use it";
const PI_2018: PersonalInformationDefinition = { citation: 'C.R.S. § 6-1-716(1)(g)', summary: PI_2018_SUMMARY, combinations: PI_2018_COMBINATIONS };
const PI_GOV_2018: PersonalInformationDefinition = { citation: 'C.R.S. § 24-73-103(1)(g)', summary: PI_2018_SUMMARY, combinations: PI_2018_COMBINATIONS };

const MISUSE = {
  exists: true,
  standard: 'No notice if a prompt, good-faith investigation finds that misuse of the information has not occurred and is not reasonably likely to occur.',
  recordToKeep: null,
};

const NOTICE_CONTENT = [
  'Date, estimated date or estimated date range of the breach',
  'Description of the personal information acquired or reasonably believed to have been acquired',
  'Information the resident can use to contact the entity about the breach',
  'Toll-free numbers, addresses and websites of consumer reporting agencies',
  'Toll-free number, address and website of the Federal Trade Commission',
  'Statement that the resident can obtain information about fraud alerts and security freezes from the FTC and the credit reporting agencies',
  'If online credentials were breached: direct the resident to change the password and security questions for that and any account using the same credentials (not by e-mail to a breached e-mail account)',
];

// The 2018 duties, the same in § 6-1-716 and § 24-73-103 apart from the section and the entity,
// written out once for each section. Notice held back at law enforcement's request is due within
// 30 days after it is cleared.
const LE_716 = restart(30, 'calendar', 'C.R.S. § 6-1-716(2)(c)');
const LE_24 = restart(30, 'calendar', 'C.R.S. § 24-73-103(2)');
const INDIVIDUALS_LETTER = ['breach_dates', 'information_involved', 'contact', 'credit_bureaus', 'ftc'] as const;
const CRA_CONTENT = ['Anticipated date of the notices to residents', 'Approximate number of residents to be notified'];

const OBLIGATIONS_716 = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Colorado residents',
    citation: 'C.R.S. § 6-1-716(2)(a)-(b)',
    deadline: calendarDays(30, 'determined'),
    lawEnforcement: LE_716,
    requiredContent: NOTICE_CONTENT,
    letterElements: [...INDIVIDUALS_LETTER],
    notes:
      'In the most expedient time possible and not later than 30 days after the date of determination that a breach occurred (the point at which there is sufficient evidence to conclude one took place). The covered entity may not charge residents for the notice.',
  }),
  obligation({
    id: 'attorney-general',
    recipient: 'attorney_general',
    recipientName: 'Colorado Attorney General (online Data Breach Reporting Form)',
    citation: 'C.R.S. § 6-1-716(2)(f)',
    deadline: calendarDays(30, 'determined'),
    threshold: residents(500, 'at_least'),
    lawEnforcement: LE_716,
    condition: 'Not required if the investigation finds that misuse has not occurred and is not likely to occur.',
    notes: 'Breaches reasonably believed to affect 500 or more Colorado residents; the Attorney General has taken notices through its online form since 2022-01-05.',
  }),
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Nationwide consumer reporting agencies',
    citation: 'C.R.S. § 6-1-716(2)(d)',
    deadline: withoutDelay('determined', 'In the most expedient time possible and without unreasonable delay when more than 1,000 Colorado residents are to be notified.'),
    threshold: residents(1000, 'more_than'),
    lawEnforcement: LE_716,
    requiredContent: CRA_CONTENT,
    condition: 'Does not apply to an entity subject to Title V of the Gramm-Leach-Bliley Act.',
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'C.R.S. § 6-1-716(2)(a.5)',
    deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay after discovering the breach, if misuse occurred or is likely.'),
    condition:
      'This duty binds a third-party service provider that maintains, stores or processes the data for the covered entity, not the owner. The provider may not be required to disclose confidential business information or trade secrets.',
  }),
];

const OBLIGATIONS_24 = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Colorado residents',
    citation: 'C.R.S. § 24-73-103(2)(a)-(b)',
    deadline: calendarDays(30, 'determined'),
    lawEnforcement: LE_24,
    requiredContent: NOTICE_CONTENT,
    letterElements: [...INDIVIDUALS_LETTER],
    notes:
      'In the most expedient time possible and not later than 30 days after the date of determination that a breach occurred (the point at which there is sufficient evidence to conclude one took place). The governmental entity may not charge residents for the notice.',
  }),
  obligation({
    id: 'attorney-general',
    recipient: 'attorney_general',
    recipientName: 'Colorado Attorney General (online Data Breach Reporting Form)',
    citation: 'C.R.S. § 24-73-103(2)(f)',
    deadline: calendarDays(30, 'determined'),
    threshold: residents(500, 'at_least'),
    lawEnforcement: LE_24,
    condition: 'Not required if the investigation finds that misuse has not occurred and is not likely to occur.',
    notes: 'Breaches reasonably believed to affect 500 or more Colorado residents; the Attorney General has taken notices through its online form since 2022-01-05.',
  }),
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Nationwide consumer reporting agencies',
    citation: 'C.R.S. § 24-73-103(2)(d)',
    deadline: withoutDelay('determined', 'In the most expedient time possible and without unreasonable delay when more than 1,000 Colorado residents are to be notified.'),
    threshold: residents(1000, 'more_than'),
    lawEnforcement: LE_24,
    requiredContent: CRA_CONTENT,
    condition: 'Does not apply to an entity subject to Title V of the Gramm-Leach-Bliley Act.',
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'C.R.S. § 24-73-103(2)(a.5)',
    deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay after discovering the breach, if misuse occurred or is likely.'),
    condition:
      'This duty binds a third-party service provider that maintains, stores or processes the data for the governmental entity, not the owner. The provider may not be required to disclose confidential business information or trade secrets.',
  }),
];

const UNVERIFIED_2018 = [
  'The subsection letters cited for the Attorney General, credit-bureau, law-enforcement and vendor clauses were not read in the statute; they follow the section\'s usual layout.',
  'The 30-days-after-clearance rule for law-enforcement delays was taken from recollection of the statute text, which could not be retrieved; summaries only say notice may be delayed.',
  NO_SUBSECTION_2,
  'Encryption key: "encrypted" means unusable, unreadable or indecipherable to an unauthorized person (§ 6-1-716(1)(d), § 24-73-103(1)(c)), which a taken key defeats; summaries also report an express clause for a key reasonably believed acquired, not found in the text read.',
];

const ENCRYPTION_2006: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 6-1-716(1) (2006): personal information is data "not encrypted, redacted, or secured by any other method rendering the name or the element unreadable or unusable"',
  citation: 'C.R.S. § 6-1-716(1)(d) (2006)',
};
const ENCRYPTION_716: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 6-1-716(1)(d): "encrypted" means rendered unusable, unreadable or indecipherable to an unauthorized person by a generally accepted technology',
  citation: 'C.R.S. § 6-1-716(1)(d), (1)(g)',
};
const ENCRYPTION_24: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 24-73-103(1)(c): "encrypted" means rendered unusable, unreadable or indecipherable to an unauthorized person by a generally accepted technology',
  citation: 'C.R.S. § 24-73-103(1)(c), (1)(g)',
};

// ---- verification facts -------------------------------------------------------------------------

const EFFECTIVE_2018: FactCheck = {
  kind: 'secondary',
  where: `https://www.scasecurity.com/data-breach-in-colorado/; ${PERKINS_CHART_2021}`,
  says: 'H.B. 18-1128 signed 2018-05-29, in force 2018-09-01',
  checked: CHECKED,
  why: 'The session law is stored only as a scanned PDF (2018 Colo. HB 1128).',
};
const SHARED_2018_SECONDARY: Pick<Verification, 'personal_information' | 'risk_of_harm' | 'deadline' | 'threshold' | 'law_enforcement' | 'substitute_notice'> = {
  personal_information: {
    kind: 'secondary',
    where: 'https://www.dwt.com/gcp/states/colorado; https://www.mintz.com/mintz-matrix/colorado',
    says: 'name with SSN, student, military or passport ID, licence or ID card, medical or health insurance data, or biometric data; or, without a name, credentials or an account or card number with its code',
    checked: CHECKED,
    why: 'The definition of personal information, (1)(g), was past the part of either section that could be read.',
  },
  risk_of_harm: {
    kind: 'secondary',
    where: 'https://www.complianceiq.site/breach-notification/colorado; https://www.mintz.com/mintz-matrix/colorado',
    says: 'no notice if a prompt, good-faith investigation finds misuse has not occurred and is not reasonably likely',
    checked: CHECKED,
    why: NO_SUBSECTION_2,
  },
  deadline: {
    kind: 'secondary',
    where: `https://www.mintz.com/mintz-matrix/colorado; ${READABLE_24}`,
    says: 'residents and Attorney General: most expedient time, not later than 30 days after the determination; credit bureaus: without unreasonable delay (the same 30-day wording is read in § 24-73-103(2)(c) for credential breaches)',
    checked: CHECKED,
    why: NO_SUBSECTION_2,
  },
  threshold: {
    kind: 'secondary',
    where: `${COAG}; https://www.dwt.com/colorado/`,
    says: 'Attorney General when 500 or more Colorado residents are affected (at least 500); credit bureaus when more than 1,000 are notified',
    checked: CHECKED,
    why: NO_SUBSECTION_2,
  },
  law_enforcement: {
    kind: 'secondary',
    where: 'https://www.mintz.com/mintz-matrix/colorado',
    says: 'notice may be delayed at law enforcement\'s request; breachdesk gives 30 days after clearance (see unverified)',
    checked: CHECKED,
    why: NO_SUBSECTION_2,
  },
  substitute_notice: {
    kind: 'secondary',
    where: `${COUNSELSTACK_716}; ${PUBLICLAW_24}; ${PERKINS_CHART_2021}`,
    says: 'substitute notice when the cost would exceed $250,000 (read), the class exceeds 250,000 residents, or contact details are lacking (not read)',
    checked: CHECKED,
    why: 'The text read was cut off after the $250,000 figure.',
  },
};
const ANCHOR_2018: FactCheck = {
  kind: 'primary',
  where: `${COUNSELSTACK_716}; ${PUBLICLAW_24}; ${READABLE_24}`,
  says: '"determination that a security breach occurred" is the point at which there is sufficient evidence to conclude one took place; the 30 days run from that date',
  checked: CHECKED,
};
const FORBIDDEN_2018: FactCheck = {
  kind: 'secondary',
  where: READABLE_24,
  says: 'none: nothing is forbidden in a notice in (2)(b)-(c) as read; for a breached e-mail account the warning may not go to that address (a channel rule, kept in the content note)',
  checked: CHECKED,
  why: 'Only (2)(b)-(c) of § 24-73-103 were read, and none of § 6-1-716(2).',
};
const SOURCES_2018: Source[] = [
  { where: 'https://www.dwt.com/gcp/states/colorado', facts: '2018 personal information, encryption key exception, 30 days after determination, AG 500+' },
  { where: 'https://www.mintz.com/mintz-matrix/colorado', facts: 'covered entity; third-party service provider notice' },
  { where: 'https://coag.gov/resources/data-protection-laws/', facts: 'AG notice for 500 or more Coloradans; online form since 2022-01-05; governmental entities covered' },
  { where: 'https://readable-crs.com/privacy/24-73-103-print.html', facts: 'notice content (I)-(VI); credential breaches' },
  { where: BLOOMBERG_TABLE, facts: 'CRA content and GLBA exemption; no charge for notice' },
  { where: PERKINS_CHART_2021, facts: 'H.B. 18-1128 effective 2018-09-01' },
];

const GOVERNMENT_BY_24_73 = 'From 2018-09-01 governmental entities follow the parallel C.R.S. § 24-73-103 instead.';
const PRIVATE: Pick<Record<OrgCategory, readonly ['yes', string]>, 'business' | 'nonprofit'> = {
  business: ['yes', '§ 6-1-716 binds an individual or commercial entity (from 2018: a covered entity) that owns, licenses or maintains computerized personal information in the course of its business.'],
  nonprofit: ['yes', 'The Consumer Protection Act\'s "person" includes any legal entity, and the 2006 "commercial entity" was not limited to for-profit entities.'],
};
const COVERAGE_2006: Record<OrgCategory, Coverage> = coverage({
  ...PRIVATE,
  local_government: ['uncertain', 'Whether a city, county or district was a "commercial entity" under § 6-1-716 before the 2018 government section was not verified.'],
  state_agency: ['uncertain', 'Whether a state agency was a "commercial entity" under § 6-1-716 before the 2018 government section was not verified.'],
});

const general: RuleVersion[] = [
  {
    id: 'CO-2006',
    effectiveFrom: '2006-09-01',
    effectiveTo: '2018-08-31',
    citations: ['C.R.S. § 6-1-716 (H.B. 06-1119)'],
    summary: 'Colorado required notice to affected residents in the most expedient time possible after becoming aware of a breach likely to lead to misuse, and to the credit bureaus when more than 1,000 residents were notified.',
    coverage: COVERAGE_2006,
    encryptionSafeHarbor: ENCRYPTION_2006,
    riskOfHarmException: MISUSE,
    personalInformation: PI_2006,
    substituteNotice: { costOver: 250_000, recipientsOver: 250_000, citation: 'C.R.S. § 6-1-716(1)(c) (2006)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Colorado residents',
        citation: 'C.R.S. § 6-1-716(2)(a) (2006)',
        deadline: withoutDelay('discovered', 'as soon as possible, in the most expedient time possible and without unreasonable delay after becoming aware of the breach and investigating it'),
        lawEnforcement: toll('C.R.S. § 6-1-716(2)(c) (2006)'),
      }),
      obligation({
        id: 'consumer-reporting-agencies',
        recipient: 'consumer_reporting_agencies',
        recipientName: 'Nationwide consumer reporting agencies',
        citation: 'C.R.S. § 6-1-716(2)(d) (2006)',
        deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 Colorado residents are to be notified.'),
        threshold: residents(1000, 'more_than'),
        requiredContent: ['Anticipated date of the notices to residents', 'Approximate number of residents to be notified'],
      }),
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: 'C.R.S. § 6-1-716(2)(b) (2006)',
        deadline: withoutDelay('discovered', 'Immediately following discovery, if misuse occurred or is likely.'),
        condition: 'This duty binds an entity that maintains the data without owning or licensing it, not the owner.',
      }),
    ],
    confidence: 'low',
    unverified: [
      'Only the timing and the credit-bureau duty were verified for this period, and only in summaries and the research data; the subsection letters, content of the credit-bureau notice and vendor timing ("immediately", per Perkins Coie) were not.',
      'Government coverage before 2018 was not established.',
    ],
    sources: [
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) paths data/notification_days.csv, data/ag_notice_effective_date.csv, data/cra_notice_effective_date.csv', facts: 'CRA notice since 2006-09-01; AG and 30 days only from 2018-09-01' },
      { where: BLOOMBERG_TABLE, facts: 'pre-2018 timing wording' },
      { where: PERKINS_CHART_2021, facts: 'vendor "immediately"; substitute notice' },
      { where: 'https://wordsbywit.com/colorado', facts: 'pre-2018 text quoted: breach of unencrypted data; notice after an investigation finds misuse likely' },
    ],
    verification: {
      effective_dates: {
        kind: 'secondary',
        where: `https://www.scasecurity.com/data-breach-in-colorado/; ${PERKINS_CHART_2021}`,
        says: 'H.B. 06-1119 signed 2006-04-24, in force 2006-09-01; replaced by H.B. 18-1128 from 2018-09-01',
        checked: CHECKED,
        why: 'The 2006 session law was not found in a stored copy.',
      },
      coverage: {
        kind: 'secondary',
        where: 'https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/colorado',
        says: 'an individual or commercial entity conducting business in Colorado that owns or licenses the data; government coverage not settled',
        checked: CHECKED,
        why: 'The 2006 text was not read.',
      },
      personal_information: {
        kind: 'secondary',
        where: BLOOMBERG_TABLE,
        says: 'name with SSN, licence or ID card number, or account or card number with its code',
        checked: CHECKED,
        why: 'The 2006 text was not read.',
      },
      encryption: {
        kind: 'secondary',
        where: 'https://wordsbywit.com/colorado',
        says: 'only "unencrypted computerized data" can be breached; data rendered unreadable or unusable is not personal information',
        checked: CHECKED,
        why: 'Read only as quoted in a summary.',
      },
      risk_of_harm: {
        kind: 'secondary',
        where: 'https://wordsbywit.com/colorado',
        says: 'notice when an investigation finds misuse has occurred or is reasonably likely',
        checked: CHECKED,
        why: 'Read only as described in a summary.',
      },
      deadline: {
        kind: 'secondary',
        where: BLOOMBERG_TABLE,
        says: 'most expedient time possible and without unreasonable delay; no fixed days',
        checked: CHECKED,
        why: 'The 2006 text was not read.',
      },
      anchor: {
        kind: 'secondary',
        where: 'https://wordsbywit.com/colorado',
        says: 'after becoming aware of the breach and investigating it',
        checked: CHECKED,
        why: 'Read only as described in a summary.',
      },
      threshold: {
        kind: 'secondary',
        where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4) data/cra_notice_effective_date.csv',
        says: 'credit bureaus when more than 1,000 residents are notified; no Attorney General notice before 2018',
        checked: CHECKED,
        why: 'The 2006 text was not read.',
      },
      law_enforcement: {
        kind: 'secondary',
        where: 'https://wordsbywit.com/colorado',
        says: 'notice may be delayed for a pending law-enforcement investigation',
        checked: CHECKED,
        why: 'Read only as described in a summary.',
      },
      substitute_notice: {
        kind: 'secondary',
        where: PERKINS_CHART_2021,
        says: 'substitute notice above $250,000 or 250,000 residents, or without contact details',
        checked: CHECKED,
        why: 'The 2006 text was not read.',
      },
      required_content: {
        kind: 'secondary',
        where: 'https://wordsbywit.com/colorado',
        says: 'none: the 2006 section prescribed no letter content',
        checked: CHECKED,
        why: 'Read only as described in a summary.',
      },
      forbidden_content: {
        kind: 'secondary',
        where: 'https://wordsbywit.com/colorado',
        says: 'none described',
        checked: CHECKED,
        why: 'The 2006 text was not read.',
      },
    },
  },
  {
    id: 'CO-2018',
    effectiveFrom: '2018-09-01',
    effectiveTo: null,
    citations: ['C.R.S. § 6-1-716 as amended by H.B. 18-1128 (eff. 2018-09-01)'],
    summary: 'Colorado requires notice to affected residents, and to the Attorney General when 500 or more residents are affected, within 30 days of determining a breach; the credit bureaus are told when more than 1,000 are notified.',
    coverage: coverage({
      ...PRIVATE,
      local_government: ['no', GOVERNMENT_BY_24_73],
      state_agency: ['no', GOVERNMENT_BY_24_73],
    }),
    encryptionSafeHarbor: ENCRYPTION_716,
    riskOfHarmException: MISUSE,
    personalInformation: PI_2018,
    substituteNotice: { costOver: 250_000, recipientsOver: 250_000, citation: 'C.R.S. § 6-1-716(1)(f)' },
    obligations: OBLIGATIONS_716,
    confidence: 'low',
    unverified: UNVERIFIED_2018,
    sources: [...SOURCES_2018, { where: COUNSELSTACK_716, facts: '§ 6-1-716(1): covered entity, determination, encrypted, notice and substitute notice over $250,000' }],
    verification: {
      effective_dates: EFFECTIVE_2018,
      coverage: {
        kind: 'primary',
        where: COUNSELSTACK_716,
        says: 'covered entity: a person (§ 6-1-102(6)) that maintains, owns or licenses personal information in the course of its business, vocation or occupation, third-party service providers excepted',
        checked: CHECKED,
      },
      encryption: {
        kind: 'primary',
        where: COUNSELSTACK_716,
        says: '"encrypted" means rendered unusable, unreadable or indecipherable to an unauthorized person by a generally accepted technology',
        checked: CHECKED,
      },
      anchor: ANCHOR_2018,
      required_content: {
        kind: 'secondary',
        where: `${READABLE_24}; https://www.dwt.com/gcp/states/colorado`,
        says: 'breach dates, data acquired, contact information, credit-bureau and FTC numbers, addresses and websites, and a statement on fraud alerts and freezes; credential breaches add a password-change warning',
        checked: CHECKED,
        why: 'Read in the parallel § 24-73-103(2)(b)-(c); the matching part of § 6-1-716 was not found.',
      },
      forbidden_content: FORBIDDEN_2018,
      ...SHARED_2018_SECONDARY,
    },
  },
];

const government: RuleVersion[] = [
  {
    id: 'CO-GOV-2018',
    effectiveFrom: '2018-09-01',
    effectiveTo: null,
    citations: ['C.R.S. § 24-73-103 (H.B. 18-1128, eff. 2018-09-01)'],
    summary: 'Colorado governmental entities must notify affected residents, and the Attorney General when 500 or more residents are affected, within 30 days of determining a breach.',
    coverage: governmentOnlyCoverage('C.R.S. § 6-1-716', {
      local_government: ['yes', '"Governmental entity" (§ 24-73-103(1)(d)) includes counties, cities and counties, cities and towns, school districts, special districts, authorities and other political subdivisions, home-rule entities included.'],
      state_agency: ['yes', '"Governmental entity" (§ 24-73-103(1)(d)) includes the state and every state agency and institution, the judicial department included.'],
    }),
    encryptionSafeHarbor: ENCRYPTION_24,
    riskOfHarmException: MISUSE,
    personalInformation: PI_GOV_2018,
    substituteNotice: { costOver: 250_000, recipientsOver: 250_000, citation: 'C.R.S. § 24-73-103(1)(f)(IV)' },
    obligations: OBLIGATIONS_24,
    confidence: 'low',
    unverified: [
      ...UNVERIFIED_2018,
      'The Attorney General and credit-bureau duties of governmental entities were not seen in the text retrieved; they follow the Attorney General\'s guidance that governmental entities report 500 or more.',
      'The 250,000-resident substitute-notice threshold was cut off in the text read; only the $250,000 cost limit was seen.',
    ],
    sources: [
      { where: 'https://colorado.public.law/statutes/crs_24-73-103', facts: 'definitions: governmental entity, determination that a breach occurred, encrypted, notice' },
      { where: 'https://law.counselstack.com/statute/co/24/24-73-103', facts: 'substitute notice cost over $250,000' },
      ...SOURCES_2018,
    ],
    verification: {
      effective_dates: EFFECTIVE_2018,
      coverage: {
        kind: 'primary',
        where: PUBLICLAW_24,
        says: 'governmental entity: the state and every state agency or institution (the judicial department included), counties, cities, towns, school and special districts, authorities and other political subdivisions, home-rule ones included',
        checked: CHECKED,
      },
      encryption: {
        kind: 'primary',
        where: PUBLICLAW_24,
        says: '"encrypted" means rendered unusable, unreadable or indecipherable to an unauthorized person by a generally accepted technology',
        checked: CHECKED,
      },
      anchor: ANCHOR_2018,
      required_content: {
        kind: 'primary',
        where: READABLE_24,
        says: '(2)(b): breach dates, data acquired, contact information, credit-bureau and FTC numbers, addresses and websites, fraud-alert and freeze statement; (2)(c): for credential breaches, direct a change of password and security answers',
        checked: CHECKED,
      },
      forbidden_content: FORBIDDEN_2018,
      ...SHARED_2018_SECONDARY,
    },
  },
];

export const colorado: Jurisdiction = {
  code: 'CO',
  name: 'Colorado',
  kind: 'state',
  holidays: { country: 'US', state: 'CO' },
  laws: [
    { id: 'CO-6-1-716', title: 'C.R.S. § 6-1-716: notification of security breach (Colorado Consumer Protection Act)', scope: 'residents', versions: general },
    { id: 'CO-24-73-103', title: 'C.R.S. § 24-73-103: governmental entity notification of security breach', scope: 'residents', versions: government },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general'],
      name: 'Colorado Attorney General, Consumer Protection Section (Data Breach Reporting Form)',
      ways: [
        { kind: 'online_form', value: COAG, formName: 'Data Breach Reporting Form' },
        { kind: 'email', value: 'databreach@coag.gov' },
      ],
      asksFor: [
        'Every field of the online Data Breach Reporting Form, completed in one sitting (it cannot be saved)',
        'Examples of the consumer notices (uploads)',
        'One form may report a series of related breaches',
        'The e-mail address is for questions, or for entities unable to use the form',
      ],
      source: `${COAG} ("Report a Data Breach"; the form has been the way to notify since 2022-01-05)`,
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'Colorado Attorney General, Consumer Protection Section',
    phone: '1-800-222-4444',
    website: 'www.coag.gov',
    address: 'Ralph L. Carr Colorado Judicial Center, 1300 Broadway, 10th Floor, Denver, CO 80203',
    source:
      "The Consumer Protection Section is named on coag.gov/office-sections/consumer-protection/; the toll-free line (Stop Fraud Colorado) and street address are the office's published ones, not re-read in this check. Colorado's statute does not require the contact in letters.",
    checked: CHECKED,
  },
};
