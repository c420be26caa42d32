// Virginia: the general breach law (Va. Code § 18.2-186.6), its payroll-data notice to the Attorney
// General (subsection M, 2017), the medical-information law for publicly funded bodies
// (§ 32.1-127.1:05, 2011) and the 24-hour incident report by public bodies (§ 2.2-5514(C), 2022).
import type { EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

// ---- where the text was read ---------------------------------------------------------------------

/** § 18.2-186.6 reproduced with its section; the stored copies stop inside the definition of "notice". */
const CODE_18_2 =
  'https://instalawyer.io/laws/code-of-virginia/182-1866-breach-of-personal and https://statutes.laws.com/virginia/title-18-2/chapter-6/18-2-186-6 (Va. Code § 18.2-186.6(A), reproduced with its section)';
const CODE_32_1 = 'http://laws9.com/statutes/virginia/title-32-1/chapter-5/32-1-127-1-05 (Va. Code § 32.1-127.1:05(A), "(Effective January 1, 2011)")';
const REPORTCYBER =
  'https://www.reportcyber.virginia.gov/ and https://www.reportcyber.virginia.gov/faqs/ (the Commonwealth\'s reporting site, quoting § 2.2-5514(C) verbatim)';
const OAG_REQUIREMENTS =
  'Office of the Attorney General, "Database Breach Notification Requirements" (updated July 1, 2019), copy at https://online.documentine.com/virginia-tax-account-number-format/3/database-breach-notification-requirements-attorney.html';
const MARTINDALE = 'http://www.martindale.com/security/article_Vandeventer-Black-LLP_2160130.htm (Vandeventer Black primer, 2014)';
const KLINEDINST = 'https://klinedinstlaw.com/practice/privacy-data-security/virginia?all=1';
const TAX_PAGE = 'https://www.tax.virginia.gov/report-data-breach';
const OAG_2017_RELEASE = 'http://ag.virginia.gov/media-center/news-releases/977-june-29-2017-new-protection-for-virginia-employees-goes-into-effect-july-1';
const BEYOND_READ = 'The stored copies of § 18.2-186.6 end inside subsection (A); subsections (B)-(M) could not be read in the statute text itself.';
const BEYOND_READ_32 = 'The stored copy of § 32.1-127.1:05 ends inside subsection (A); subsections (B)-(E) could not be read in the statute text itself.';

// ---- § 18.2-186.6: shared facts --------------------------------------------------------------------

const LE = toll('Va. Code § 18.2-186.6(B)');
const WITHOUT_DELAY = 'Without unreasonable delay following discovery or notification of the breach; delay is allowed to determine its scope and restore the system.';

const ENTITY =
  'Va. Code § 18.2-186.6(A) defines "entity" to include corporations, associations, organizations and other legal entities whether for profit or not, and governments, governmental subdivisions, agencies and instrumentalities';
const GENERAL_COVERAGE = coverage({
  business: ['yes', `${ENTITY}.`],
  nonprofit: ['yes', `${ENTITY}.`],
  local_government: ['yes', `${ENTITY}; governmental subdivisions are named.`],
  state_agency: ['yes', `${ENTITY}; governments, agencies and instrumentalities are named.`],
});

const CARD_CODES = ['card_security_code', 'access_code', 'password'] as const;
const PI_2008: PersonalInformationDefinition = {
  citation: 'Va. Code § 18.2-186.6(A) (as enacted 2008)',
  summary:
    "a resident's name (first name or initial and last name) linked to an SSN, a driver's licence or state ID number, or a financial account or card number with the code or password needed to reach the account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: [...CARD_CODES] },
    { all: ['name', 'card_number'], anyOf: [...CARD_CODES] },
  ],
};
const PI_2019: PersonalInformationDefinition = {
  citation: 'Va. Code § 18.2-186.6(A) as amended by H.B. 2396 (2019)',
  summary:
    "a resident's name linked to an SSN, a driver's licence or state ID number, a passport or military ID number, or a financial account or card number with the code or password needed to reach the account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id'] },
    { all: ['name', 'account_number'], anyOf: [...CARD_CODES] },
    { all: ['name', 'card_number'], anyOf: [...CARD_CODES] },
  ],
};

const FRAUD_TEST = {
  exists: true,
  standard: 'Notice is owed only for a breach that causes, or that the entity reasonably believes has caused or will cause, identity theft or other fraud to a Virginia resident.',
  recordToKeep: null,
};
const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording:
    '(A): a breach is of "unencrypted and unredacted" data, "encrypted" meaning a low probability of assigning meaning without the confidential process or key; (C): notice is owed if encrypted data is taken in unencrypted form or the breach involves a person with access to the encryption key',
  citation: 'Va. Code § 18.2-186.6(A), (C)',
};

const CONTENT = [
  'The incident in general terms',
  'The type of personal information subject to the unauthorized access and acquisition',
  'The general acts of the entity to protect the information from further unauthorized access',
  'A telephone number the person may call for information and assistance, if one exists',
  'Advice to remain vigilant by reviewing account statements and monitoring free credit reports',
];

const general: ObligationRule[] = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Virginia residents',
    citation: 'Va. Code § 18.2-186.6(A) ("notice"), (B)',
    deadline: withoutDelay('discovered', WITHOUT_DELAY),
    lawEnforcement: LE,
    requiredContent: CONTENT,
    letterElements: ['what_happened', 'information_involved', 'what_we_are_doing', 'contact', 'review_statements'],
    condition: 'Entities following their federal regulator\'s breach procedures, or GLBA / HIPAA-compliant entities, are deemed compliant (§ 18.2-186.6(G)-(H)); medical information held by publicly funded bodies falls under § 32.1-127.1:05.',
  }),
  obligation({
    id: 'attorney-general',
    recipient: 'attorney_general',
    recipientName: 'Office of the Attorney General of Virginia (Computer Crime Section)',
    citation: 'Va. Code § 18.2-186.6(B), (E)',
    deadline: withoutDelay('discovered', WITHOUT_DELAY),
    lawEnforcement: LE,
    requiredContent: ['When more than 1,000 persons are notified at one time: the timing, distribution and content of the notice (§ 18.2-186.6(E))'],
    notes:
      "Required whenever any Virginia resident must be notified; the statute sets no separate threshold. The Attorney General's office asks for a cover letter, dates, cause, number of Virginians affected, steps taken and a sample notice.",
  }),
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Nationwide consumer reporting agencies',
    citation: 'Va. Code § 18.2-186.6(E)',
    deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 persons are notified at one time.'),
    threshold: residents(1000, 'more_than'),
    requiredContent: ['Timing, distribution and content of the notice'],
    notes: 'The statute counts persons notified at one time, residents or not.',
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'Va. Code § 18.2-186.6(D)',
    deadline: withoutDelay('discovered', 'Without unreasonable delay following discovery of the breach.'),
    condition: 'Binds an individual or entity that maintains the data without owning or licensing it (a vendor), not the owner.',
  }),
];

const SUBSTITUTE = { costOver: 50_000, recipientsOver: 100_000, citation: 'Va. Code § 18.2-186.6(A) ("notice" 4)' };
const GENERAL_SOURCES = [
  { where: CODE_18_2, facts: '§ 18.2-186.6(A): breach (identity theft or fraud test), encrypted, entity (governments included), notice methods' },
  { where: OAG_REQUIREMENTS, facts: 'the Attorney General\'s requested content; resident notice content; passport and military ID from 2019-07-01' },
  { where: MARTINDALE, facts: 'owner notifies AG and residents without unreasonable delay; vendor notifies owner; more than 1,000 persons: AG and bureaus' },
  { where: PERKINS_CHART_2021, facts: 'application, AG notice, CRA, vendor, content, substitute notice' },
  { where: 'https://www.foley.com/insights/publications/2008/03/virginia-enacts-security-breach-law/', facts: 'effective 2008-07-01; AG notice even below 1,000; original definition' },
];

// ---- § 18.2-186.6: verification ------------------------------------------------------------------

const GENERAL_COVERAGE_CHECK: FactCheck = {
  kind: 'primary',
  where: CODE_18_2,
  says: '"entity" takes in businesses, nonprofits and "governments, governmental subdivisions, agencies, or instrumentalities", for profit or not',
  checked: CHECKED,
};
const GENERAL_ENCRYPTION_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${CODE_18_2}; https://securityarchitecture.com/?p=148 (on the key clause shared with § 32.1-127.1:05)`,
  says: 'breach means access and acquisition of unencrypted and unredacted data; encrypted data must still be disclosed if taken in unencrypted form or if a person with access to the key is involved',
  checked: CHECKED,
  why: `Subsection (A)'s definitions were read in the code text; the key clause (C) was not. ${BEYOND_READ}`,
};
const GENERAL_HARM_CHECK: FactCheck = {
  kind: 'primary',
  where: CODE_18_2,
  says: 'the breach definition itself requires that it causes, or is reasonably believed to have caused or to cause, identity theft or other fraud to a resident',
  checked: CHECKED,
};
const GENERAL_DEADLINE_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${MARTINDALE}; ${KLINEDINST}; ${OAG_REQUIREMENTS}`,
  says: 'residents and the Attorney General without unreasonable delay; delay allowed to find the scope and restore the system; bureaus without unreasonable delay; vendor to owner without unreasonable delay',
  checked: CHECKED,
  why: BEYOND_READ,
};
const GENERAL_ANCHOR_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${MARTINDALE}; ${KLINEDINST}`,
  says: 'the owner\'s clock runs from discovery or notification of the breach; the vendor\'s from its discovery',
  checked: CHECKED,
  why: BEYOND_READ,
};
const GENERAL_THRESHOLD_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${MARTINDALE}; https://www.foley.com/insights/publications/2008/03/virginia-enacts-security-breach-law/`,
  says: 'bureaus (and the Attorney General, of the notice\'s timing and content) when notice goes to "more than 1,000 persons at one time"; no number for the Attorney General\'s own notice',
  checked: CHECKED,
  why: BEYOND_READ,
};
const GENERAL_LE_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${PERKINS_CHART_2021}; ${MARTINDALE}`,
  says: 'notice may be delayed while law enforcement advises it would impede a criminal or civil investigation or homeland or national security, then given without unreasonable delay (a pause, not a fixed new clock)',
  checked: CHECKED,
  why: BEYOND_READ,
};
const GENERAL_SUBSTITUTE_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${CODE_18_2}; ${PERKINS_CHART_2021}`,
  says: 'substitute notice is the fourth kind of "notice" in (A); the $50,000 / 100,000-person figures and the insufficient-contact condition come from the chart',
  checked: CHECKED,
  why: 'The stored code text stops at "Substitute notice, if the individual or the entity required to provide notice demonstrates"; the figures that follow were not read.',
};
const GENERAL_CONTENT_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${OAG_REQUIREMENTS}; ${KLINEDINST}`,
  says: 'five items: incident in general terms, type of information, acts taken to protect it, a telephone number if one exists, advice to stay vigilant; the AG asks for cover letter, dates, cause, count, steps and a sample',
  checked: CHECKED,
  why: BEYOND_READ,
};
const GENERAL_FORBIDDEN_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${OAG_REQUIREMENTS}; ${KLINEDINST}`,
  says: 'none: no summary read reports anything a Virginia notice must leave out',
  checked: CHECKED,
  why: BEYOND_READ,
};

const VERIFY_2008: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: 'https://www.foley.com/insights/publications/2008/03/virginia-enacts-security-breach-law/; https://www.richmondsunlight.com/bill/2008/hb1469/',
    says: 'H.B. 1469 passed in the 2008 session; in force 2008-07-01',
    checked: CHECKED,
    why: 'The 2008 Acts of Assembly chapter was not read; the start date is from Foley\'s 2008 note.',
  },
  coverage: GENERAL_COVERAGE_CHECK,
  personal_information: {
    kind: 'secondary',
    where: `https://www.foley.com/insights/publications/2008/03/virginia-enacts-security-breach-law/; ${OAG_REQUIREMENTS}`,
    says: 'name with SSN, driver\'s licence or state ID number, or a financial account or card number with its code or password; passport and military ID only from 2019-07-01',
    checked: CHECKED,
    why: 'The definition of "personal information" comes after the part of (A) that could be read; the 2008 text itself is not online here.',
  },
  encryption: GENERAL_ENCRYPTION_CHECK,
  risk_of_harm: GENERAL_HARM_CHECK,
  deadline: GENERAL_DEADLINE_CHECK,
  anchor: GENERAL_ANCHOR_CHECK,
  threshold: GENERAL_THRESHOLD_CHECK,
  law_enforcement: GENERAL_LE_CHECK,
  substitute_notice: GENERAL_SUBSTITUTE_CHECK,
  required_content: GENERAL_CONTENT_CHECK,
  forbidden_content: GENERAL_FORBIDDEN_CHECK,
};

const VERIFY_2019: Verification = {
  ...VERIFY_2008,
  effective_dates: {
    kind: 'secondary',
    where: `${OAG_REQUIREMENTS}; https://buckleyfirm.com/blog/2019-03-22/virginia-requires-breach-personal-information-notification`,
    says: 'H.B. 2396 signed 2019-03-18; the Attorney General\'s page dates the passport and military ID amendment from 2019-07-01',
    checked: CHECKED,
    why: 'The 2019 Acts of Assembly chapter was not read.',
  },
  personal_information: {
    kind: 'secondary',
    where: `${OAG_REQUIREMENTS}; https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/virginia`,
    says: 'the 2008 elements plus passport number and military identification number',
    checked: CHECKED,
    why: 'The definition of "personal information" comes after the part of (A) that could be read.',
  },
};

const general2008: RuleVersion[] = [
  {
    id: 'VA-2008',
    effectiveFrom: '2008-07-01',
    effectiveTo: '2019-06-30',
    citations: ['Va. Code § 18.2-186.6 (H.B. 1469, 2008, eff. 2008-07-01)'],
    summary: 'Virginia required notice without unreasonable delay to affected residents and the Attorney General, and to the credit bureaus above 1,000 persons.',
    coverage: GENERAL_COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: FRAUD_TEST,
    personalInformation: PI_2008,
    substituteNotice: SUBSTITUTE,
    obligations: general,
    confidence: 'low',
    unverified: [
      'Subsections (B)-(M) of § 18.2-186.6 (deadlines, the more-than-1,000 notice, the key clause, law-enforcement delay, vendor duty, content) could not be read in the statute text; they rest on the Attorney General\'s requirements page and law-firm summaries.',
      'The 2008 Acts chapter number was not read; the enacted bill is H.B. 1469 (Richmond Sunlight).',
    ],
    sources: [...GENERAL_SOURCES, { where: 'https://www.richmondsunlight.com/bill/2008/hb1469/', facts: 'H.B. 1469 (2008) passed: database breach notification' }],
    verification: VERIFY_2008,
  },
  {
    id: 'VA-2019',
    effectiveFrom: '2019-07-01',
    effectiveTo: null,
    citations: ['Va. Code § 18.2-186.6 as amended by H.B. 2396 (2019, eff. 2019-07-01)'],
    summary: 'Virginia requires notice without unreasonable delay to affected residents and the Attorney General, and to the credit bureaus above 1,000 persons; passport and military ID numbers are covered.',
    coverage: GENERAL_COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: FRAUD_TEST,
    personalInformation: PI_2019,
    substituteNotice: SUBSTITUTE,
    obligations: general,
    confidence: 'low',
    unverified: [
      'Subsections (B)-(M) of § 18.2-186.6 (deadlines, the more-than-1,000 notice, the key clause, law-enforcement delay, vendor duty, content) could not be read in the statute text; they rest on the Attorney General\'s requirements page and law-firm summaries.',
    ],
    sources: [...GENERAL_SOURCES, { where: 'https://buckleyfirm.com/blog/2019-03-22/virginia-requires-breach-personal-information-notification', facts: 'H.B. 2396 signed 2019-03-18 adds passport and military ID; effective July 1' }],
    verification: VERIFY_2019,
  },
];

// ---- § 18.2-186.6(M): payroll data ---------------------------------------------------------------

// (M) reaches only "unencrypted and unredacted" data, and "encrypted" (A) means a low probability of
// assigning meaning without the key or data made unreadable or unusable: a taken key defeats that.
const PAYROLL_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording:
    '(M) reaches "unencrypted and unredacted" data; (A) defines "encrypted" as a low probability of assigning meaning without the confidential process or key, or data made unreadable or unusable, which a taken key undoes',
  citation: 'Va. Code § 18.2-186.6(A), (M)',
};

const PAYROLL_SECONDARY = 'Subsection (M) lies past the part of § 18.2-186.6 that could be read; it is known from the Attorney General\'s and the Department of Taxation\'s own pages and summaries.';
const payroll: RuleVersion[] = [
  {
    id: 'VA-PAYROLL-2017',
    effectiveFrom: '2017-07-01',
    effectiveTo: null,
    citations: ['Va. Code § 18.2-186.6(M) (H.B. 2113 / S.B. 1033, 2017, eff. 2017-07-01)'],
    summary: 'Virginia employers and payroll service providers must tell the Attorney General without unreasonable delay of a breach of employees\' taxpayer ID numbers with their income tax withheld.',
    coverage: coverage({
      business: ['yes', '§ 18.2-186.6(M) binds any employer or payroll service provider that owns or licenses computerized withholding data.'],
      nonprofit: ['yes', '§ 18.2-186.6(M) binds any employer, nonprofit employers included.'],
      local_government: ['yes', '§ 18.2-186.6(M) binds any employer; "entity" in § 18.2-186.6(A) includes governmental subdivisions.'],
      state_agency: ['yes', '§ 18.2-186.6(M) binds any employer; "entity" in § 18.2-186.6(A) includes governments and agencies.'],
    }),
    encryptionSafeHarbor: PAYROLL_HARBOR,
    riskOfHarmException: FRAUD_TEST,
    personalInformation: {
      citation: 'Va. Code § 18.2-186.6(M)',
      summary: 'a taxpayer identification number (an SSN or ITIN) together with the income tax withheld for that taxpayer, no name needed',
      combinations: [{ all: [], anyOf: ['ssn', 'tax_id'] }],
    },
    obligations: [
      obligation({
        id: 'attorney-general-payroll',
        recipient: 'attorney_general',
        recipientName: 'Office of the Attorney General of Virginia (which informs the Department of Taxation)',
        citation: 'Va. Code § 18.2-186.6(M)',
        deadline: withoutDelay('discovered', 'Without unreasonable delay after discovery or notification of the unauthorized access and acquisition.'),
        requiredContent: ['Name of the employer', 'Federal employer identification number of the employer'],
        condition:
          'Only if the data included the income tax withheld alongside the taxpayer ID (e.g. W-2 data), and, for an employer, only for its own employees. Owed even when no resident notice is required.',
        notes: 'The Department of Taxation also asks to be called at once on 804-404-4232 when payroll records may be compromised (not a statutory duty).',
      }),
    ],
    confidence: 'low',
    unverified: [
      'Subsection (M) could not be read in the statute text; its terms come from the Attorney General\'s and the Department of Taxation\'s pages and law-firm summaries.',
    ],
    sources: [
      { where: OAG_2017_RELEASE, facts: 'the Attorney General and the Department of Taxation: the payroll measure takes effect 2017-07-01' },
      { where: TAX_PAGE, facts: 'payroll breach notices go to the Computer Crime Section; the department asks for a call and FEIN' },
      { where: 'https://www.dataguidance.com/news/virginia-general-assembly-approves-breach-notification', facts: 'payroll amendment approved 2017-03-13, effective 2017-07-01, name and FEIN to the AG' },
      { where: 'https://www.winston.com/en/blogs-and-podcasts/privacy-law-corner/virginia-adds-requirements-for-payroll-incidents-to-breach-law', facts: 'no other notice needed when only TIN and withholding are affected' },
    ],
    verification: {
      effective_dates: {
        kind: 'secondary',
        where: OAG_2017_RELEASE,
        says: 'the Attorney General announced the payroll notice in force from 2017-07-01',
        checked: CHECKED,
        why: 'The 2017 Acts of Assembly chapters were not read; the date is the Attorney General\'s own announcement.',
      },
      coverage: {
        kind: 'secondary',
        where: `${OAG_2017_RELEASE}; ${CODE_18_2}`,
        says: 'every employer and payroll service provider; (A)\'s "entity" includes governments and nonprofits',
        checked: CHECKED,
        why: PAYROLL_SECONDARY,
      },
      personal_information: {
        kind: 'secondary',
        where: `${OAG_2017_RELEASE}; https://www.winston.com/en/blogs-and-podcasts/privacy-law-corner/virginia-adds-requirements-for-payroll-incidents-to-breach-law`,
        says: 'a taxpayer identification number together with the income tax withheld for that taxpayer',
        checked: CHECKED,
        why: PAYROLL_SECONDARY,
      },
      encryption: {
        kind: 'secondary',
        where: `${CODE_18_2}; https://www.winston.com/en/blogs-and-podcasts/privacy-law-corner/virginia-adds-requirements-for-payroll-incidents-to-breach-law`,
        says: '(M) applies to unencrypted and unredacted data; (A) ties "encrypted" to the key and to data rendered unreadable or unusable',
        checked: CHECKED,
        why: `(A) was read; ${PAYROLL_SECONDARY}`,
      },
      risk_of_harm: {
        kind: 'secondary',
        where: 'https://www.winston.com/en/blogs-and-podcasts/privacy-law-corner/virginia-adds-requirements-for-payroll-incidents-to-breach-law',
        says: 'only where the employer reasonably believes the access causes or will cause identity theft or other fraud',
        checked: CHECKED,
        why: PAYROLL_SECONDARY,
      },
      deadline: {
        kind: 'secondary',
        where: `${TAX_PAGE}; https://www.dataguidance.com/news/virginia-general-assembly-approves-breach-notification`,
        says: 'without unreasonable delay; the department asks for notice "as soon as possible"',
        checked: CHECKED,
        why: PAYROLL_SECONDARY,
      },
      anchor: {
        kind: 'secondary',
        where: 'https://www.dataguidance.com/news/virginia-general-assembly-approves-breach-notification',
        says: 'after discovery or notification of the unauthorized access and acquisition',
        checked: CHECKED,
        why: PAYROLL_SECONDARY,
      },
      threshold: {
        kind: 'secondary',
        where: OAG_2017_RELEASE,
        says: 'none: any affected employee',
        checked: CHECKED,
        why: PAYROLL_SECONDARY,
      },
      law_enforcement: {
        kind: 'secondary',
        where: PERKINS_CHART_2021,
        says: 'none: no delay provision is reported for the payroll notice',
        checked: CHECKED,
        why: PAYROLL_SECONDARY,
      },
      substitute_notice: {
        kind: 'secondary',
        where: TAX_PAGE,
        says: 'none: the notice goes to the Attorney General only, by mail to the Computer Crime Section',
        checked: CHECKED,
        why: PAYROLL_SECONDARY,
      },
      required_content: {
        kind: 'secondary',
        where: `${OAG_REQUIREMENTS}; ${TAX_PAGE}`,
        says: 'the employer\'s name and federal employer identification number',
        checked: CHECKED,
        why: PAYROLL_SECONDARY,
      },
      forbidden_content: {
        kind: 'secondary',
        where: TAX_PAGE,
        says: 'none reported',
        checked: CHECKED,
        why: PAYROLL_SECONDARY,
      },
    },
  },
];

// ---- § 32.1-127.1:05: medical information held by public bodies ---------------------------------

const MED_LE = toll('Va. Code § 32.1-127.1:05(B)');
const MED_SECONDARY = `${BEYOND_READ_32} The rest is from summaries of the 2010 act.`;
const MED_SOURCES_SUMMARY = 'https://www.insurereinsure.com/2010/04/14/virginia-new-medical-information-data-breach-law/; https://securityarchitecture.com/?p=148';

const medical: RuleVersion[] = [
  {
    id: 'VA-MED-2011',
    effectiveFrom: '2011-01-01',
    effectiveTo: null,
    citations: ['Va. Code § 32.1-127.1:05 (2010 Acts, eff. 2011-01-01)'],
    summary: 'Virginia public bodies and publicly funded organisations must notify affected residents and the Attorney General without unreasonable delay of a breach of medical information.',
    coverage: coverage({
      business: ['no', '§ 32.1-127.1:05(A) limits "entity" to public bodies and organisations supported wholly or principally by public funds; businesses follow § 18.2-186.6 (and HIPAA entities are excluded by a later subsection).'],
      nonprofit: ['uncertain', '§ 32.1-127.1:05(A) covers organisations and corporations supported wholly or principally by public funds; a nonprofit is covered only if so funded.'],
      local_government: ['yes', '§ 32.1-127.1:05(A) names cities, towns, counties, school boards and other bodies of political subdivisions.'],
      state_agency: ['yes', '§ 32.1-127.1:05(A) names authorities, boards, commissions and agencies of the Commonwealth and boards of visitors of public colleges.'],
    }),
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'express',
      keyWording:
        '(A): only "unencrypted and unredacted" data, "encrypted" tied to the key; (C) (as summarised): notice is owed if encrypted data is taken unencrypted or the breach involves a person with access to the key',
      citation: 'Va. Code § 32.1-127.1:05(A), (C)',
    },
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: {
      citation: 'Va. Code § 32.1-127.1:05(A) ("medical information")',
      summary: "a resident's name linked to medical or mental-health history, condition, treatment or diagnosis, or to a health insurance policy or subscriber number, insurer identifier, or application and claims history",
      combinations: [{ all: ['name'], anyOf: ['medical', 'health_insurance'] }],
    },
    substituteNotice: { costOver: 50_000, recipientsOver: 100_000, citation: 'Va. Code § 32.1-127.1:05(A) ("notice")' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Virginia residents',
        citation: 'Va. Code § 32.1-127.1:05(B)',
        deadline: withoutDelay('discovered', WITHOUT_DELAY),
        lawEnforcement: MED_LE,
        requiredContent: [
          'The incident in general terms',
          'The type of medical information subject to the unauthorized access and acquisition',
          'The general acts of the entity to protect the information from further unauthorized access',
          'A telephone number the person may call for information and assistance, if one exists',
          'Advice to remain vigilant by reviewing account statements and monitoring free credit reports',
        ],
        letterElements: ['what_happened', 'information_involved', 'what_we_are_doing', 'contact', 'review_statements'],
        condition: 'Entities subject to HIPAA are excluded from this section.',
      }),
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: 'Office of the Attorney General of Virginia',
        citation: 'Va. Code § 32.1-127.1:05(B)',
        deadline: withoutDelay('discovered', WITHOUT_DELAY),
        lawEnforcement: MED_LE,
      }),
      obligation({
        id: 'commissioner-of-health',
        recipient: 'state_agency',
        recipientName: 'Virginia State Health Commissioner (and the Attorney General)',
        citation: 'Va. Code § 32.1-127.1:05(E)',
        deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 persons are notified at one time.'),
        threshold: residents(1000, 'more_than'),
        requiredContent: ['Timing, distribution and content of the notice'],
      }),
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: 'Va. Code § 32.1-127.1:05(D)',
        deadline: withoutDelay('discovered', 'Without unreasonable delay following discovery of the breach.'),
        condition: 'Binds an entity that maintains medical information it does not own or license (a vendor), not the owner.',
      }),
    ],
    confidence: 'low',
    unverified: [
      'Subsections (B)-(E) of § 32.1-127.1:05 (deadline, key clause, vendor duty, the more-than-1,000 notice to the Commissioner of Health, content) could not be read in the statute text; they follow summaries of the 2010 act and the pattern of § 18.2-186.6.',
      'The exclusion of HIPAA covered entities and business associates is from summaries; (A)\'s definition of "entity" does not itself mention HIPAA.',
    ],
    sources: [
      { where: CODE_32_1, facts: '§ 32.1-127.1:05(A) text effective 2011-01-01: breach (no harm test), encrypted, entity (public bodies only), medical information' },
      { where: 'https://infolawgroup.com/insights/2010/04/articles/breach-notice/virginia-adds-medical-information-breach-notice-law', facts: 'applies only to governmental and publicly funded bodies' },
      { where: 'https://www.insurereinsure.com/2010/04/14/virginia-new-medical-information-data-breach-law/', facts: 'notice to residents and the Attorney General without unreasonable delay; content list' },
      { where: 'https://csrps.com/privacy-regulations/virginia', facts: 'notice to the Attorney General, Commissioner of Health and residents without unreasonable delay' },
      { where: PERKINS_CHART_2021, facts: 'medical-information law applies to government entities; Commissioner of Health' },
    ],
    verification: {
      effective_dates: { kind: 'primary', where: CODE_32_1, says: 'the section is headed "(Effective January 1, 2011)"', checked: CHECKED },
      coverage: {
        kind: 'primary',
        where: CODE_32_1,
        says: '"entity" lists Commonwealth and local authorities, boards, agencies, cities, towns, counties, school boards, boards of visitors and bodies supported wholly or principally by public funds',
        checked: CHECKED,
      },
      personal_information: {
        kind: 'primary',
        where: CODE_32_1,
        says: 'name linked to medical or mental health history, condition, treatment or diagnosis, or to a health insurance policy or subscriber number, insurer identifier or application and claims history',
        checked: CHECKED,
      },
      encryption: {
        kind: 'secondary',
        where: `${CODE_32_1}; ${MED_SOURCES_SUMMARY}`,
        says: 'breach is of "unencrypted and unredacted" data; "encrypted" depends on the confidential process or key; summaries add a key clause like § 18.2-186.6(C)',
        checked: CHECKED,
        why: `(A) was read; the key clause was not. ${BEYOND_READ_32}`,
      },
      risk_of_harm: {
        kind: 'primary',
        where: CODE_32_1,
        says: 'none: unlike § 18.2-186.6, the breach definition has no identity-theft or fraud test, only compromise of security, confidentiality or integrity',
        checked: CHECKED,
      },
      deadline: { kind: 'secondary', where: MED_SOURCES_SUMMARY, says: 'without unreasonable delay; reasonable delay to determine scope and restore the system', checked: CHECKED, why: MED_SECONDARY },
      anchor: { kind: 'secondary', where: MED_SOURCES_SUMMARY, says: 'following discovery or notification of the breach', checked: CHECKED, why: MED_SECONDARY },
      threshold: {
        kind: 'secondary',
        where: `https://csrps.com/privacy-regulations/virginia; ${PERKINS_CHART_2021}`,
        says: 'Commissioner of Health (with the Attorney General) when more than 1,000 persons are notified at one time',
        checked: CHECKED,
        why: MED_SECONDARY,
      },
      law_enforcement: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'delay while law enforcement advises notice would impede an investigation, as in § 18.2-186.6', checked: CHECKED, why: MED_SECONDARY },
      substitute_notice: {
        kind: 'secondary',
        where: `${CODE_32_1}; ${PERKINS_CHART_2021}`,
        says: 'substitute notice is one kind of "notice"; the $50,000 / 100,000 figures follow § 18.2-186.6',
        checked: CHECKED,
        why: 'The definition of "notice" lies past the part of (A) that could be read.',
      },
      required_content: {
        kind: 'secondary',
        where: 'https://www.insurereinsure.com/2010/04/14/virginia-new-medical-information-data-breach-law/',
        says: 'incident in general terms, type of medical information, acts taken to protect it, a telephone number, advice to stay vigilant',
        checked: CHECKED,
        why: MED_SECONDARY,
      },
      forbidden_content: { kind: 'secondary', where: MED_SOURCES_SUMMARY, says: 'none reported', checked: CHECKED, why: MED_SECONDARY },
    },
  },
];

// ---- § 2.2-5514(C): public bodies' 24-hour incident report -------------------------------------

const fusionCenter: RuleVersion[] = [
  {
    id: 'VA-GOV-2022',
    effectiveFrom: '2022-07-01',
    effectiveTo: null,
    citations: ['Va. Code § 2.2-5514(C) (2022 Acts chs. 626 and 627, H.B. 1290 / S.B. 764, eff. 2022-07-01)'],
    summary: 'Every Virginia public body must report a qualifying cyber incident to the Virginia Fusion Intelligence Center within 24 hours of discovering it.',
    coverage: governmentOnlyCoverage('Va. Code § 18.2-186.6', {
      local_government: ['yes', '§ 2.2-5514(C) binds every public body, including counties, cities, towns, school boards and bodies supported mainly by public funds.'],
      state_agency: ['yes', '§ 2.2-5514(C) binds every public body, including state agencies, the legislature and the courts.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    personalInformation: {
      citation: 'Va. Code § 2.2-5514(C)',
      summary: 'any qualifying incident, whatever the data: the duty turns on the incident, not on personal information',
      combinations: [{ all: [], anyOf: [] }],
    },
    obligations: [
      obligation({
        id: 'fusion-center-24h',
        recipient: 'state_agency',
        recipientName: 'Virginia Fusion Intelligence Center (Virginia State Police), which shares reports with the Chief Information Officer (VITA)',
        citation: 'Va. Code § 2.2-5514(C)',
        deadline: hours(24, 'discovered'),
        condition:
          'Incidents that threaten the security of the Commonwealth\'s data or communications or expose data protected by law, and other incidents with potential for major disruption; reported through reportcyber.virginia.gov.',
      }),
    ],
    confidence: 'medium',
    unverified: ['The start date (2022-07-01) and the list of bodies that are "public bodies" were read on the reporting site and in a law-firm note, not in the 2022 Acts.'],
    sources: [
      { where: REPORTCYBER, facts: 'statutory text of § 2.2-5514(C), 24 hours from discovery, effective 2022-07-01, phone reporting' },
      { where: 'https://www.williamsmullen.com/insights/news/legal-news/new-cyber-incident-reporting-requirements-go-effect-virginia', facts: 'chapters 626 and 627; public body definition' },
      { where: BLOOMBERG_TABLE, facts: 'citations' },
    ],
    verification: {
      effective_dates: {
        kind: 'secondary',
        where: `${REPORTCYBER}; https://www.vaco.org/county-connections/cybersecurity-incident-reporting-website-goes-online-2/`,
        says: 'the reporting site: "Effective July 1, 2022"; enacted in the 2022 session',
        checked: CHECKED,
        why: 'The 2022 Acts of Assembly chapters 626 and 627 were not read.',
      },
      coverage: {
        kind: 'primary',
        where: REPORTCYBER,
        says: '"Every public body shall report"; the site: all state and local public bodies; private organisations are not addressed',
        checked: CHECKED,
      },
      personal_information: {
        kind: 'primary',
        where: REPORTCYBER,
        says: 'none: the duty turns on incidents threatening Commonwealth data or communications, exposing legally protected data, or risking major disruption',
        checked: CHECKED,
      },
      encryption: { kind: 'primary', where: REPORTCYBER, says: 'none: (C) has no encryption exception', checked: CHECKED },
      risk_of_harm: { kind: 'primary', where: REPORTCYBER, says: 'none: no harm test beyond the incident description in (C)', checked: CHECKED },
      deadline: { kind: 'primary', where: REPORTCYBER, says: 'reports are made to the Fusion Intelligence Center within 24 hours', checked: CHECKED },
      anchor: { kind: 'primary', where: REPORTCYBER, says: 'from when the incident was discovered', checked: CHECKED },
      threshold: { kind: 'primary', where: REPORTCYBER, says: 'none: every qualifying incident, whatever the number of people', checked: CHECKED },
      law_enforcement: { kind: 'primary', where: REPORTCYBER, says: 'none: (C) allows no delay', checked: CHECKED },
      substitute_notice: { kind: 'primary', where: REPORTCYBER, says: 'none: the report goes to the Center only', checked: CHECKED },
      required_content: { kind: 'primary', where: REPORTCYBER, says: 'none in (C); the Center\'s form asks its own questions', checked: CHECKED },
      forbidden_content: { kind: 'primary', where: REPORTCYBER, says: 'none: the text forbids nothing in a notice', checked: CHECKED },
    },
  },
];

export const virginia: Jurisdiction = {
  code: 'VA',
  name: 'Virginia',
  kind: 'state',
  holidays: { country: 'US', state: 'VA' },
  laws: [
    { id: 'VA-18.2-186.6', title: 'Breach of personal information notification, Va. Code § 18.2-186.6', scope: 'residents', versions: general2008 },
    { id: 'VA-18.2-186.6-M', title: 'Payroll-data breach notice to the Attorney General, Va. Code § 18.2-186.6(M)', scope: 'residents', versions: payroll },
    { id: 'VA-32.1-127.1-05', title: 'Breach of medical information notification by public bodies, Va. Code § 32.1-127.1:05', scope: 'residents', versions: medical },
    { id: 'VA-2.2-5514', title: 'Cyber incident report by public bodies to the Virginia Fusion Intelligence Center, Va. Code § 2.2-5514(C)', scope: 'home', versions: fusionCenter },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general', 'attorney-general-payroll'],
      name: 'Office of the Attorney General of Virginia, Computer Crime Section',
      ways: [
        { kind: 'postal', value: 'Computer Crime Section, Virginia Attorney General\'s Office, 202 North 9th Street, Richmond, VA 23219' },
        { kind: 'phone', value: '804-786-2071' },
      ],
      asksFor: [
        'A cover letter on official letterhead',
        'The approximate date of the incident and how it was discovered',
        'The cause of the breach',
        'The number of Virginia residents affected',
        'The steps taken to remedy the breach',
        'For payroll data: the employer\'s federal employer identification number',
        'A sample of the notice sent, with any offer of free credit monitoring',
      ],
      source: `${OAG_REQUIREMENTS}; ${TAX_PAGE} (postal address and the Computer Crime Section's number)`,
      checked: CHECKED,
    },
    {
      recipient: 'state_agency',
      obligations: ['fusion-center-24h'],
      name: 'Virginia Fusion Intelligence Center (Virginia State Police)',
      ways: [
        { kind: 'online_form', value: 'https://www.reportcyber.virginia.gov/', formName: 'Cyber Incident Form' },
        { kind: 'phone', value: '804-674-2196' },
        { kind: 'phone', value: '877-4VA-TIPS' },
      ],
      asksFor: ['The answers to the Cyber Incident Form\'s questions about the incident (eight questions when launched)'],
      source: `${REPORTCYBER}; https://www.vaco.org/county-connections/cybersecurity-incident-reporting-website-goes-online-2/`,
      checked: CHECKED,
    },
    {
      recipient: 'state_agency',
      obligations: ['commissioner-of-health'],
      name: 'Virginia State Health Commissioner (Virginia Department of Health)',
      ways: [{ kind: 'postal', value: 'Office of the Commissioner, Virginia Department of Health, 109 Governor Street, Richmond, VA 23219' }],
      asksFor: ['The timing, distribution and content of the notice sent to residents (§ 32.1-127.1:05(E), as summarised)'],
      source: 'The Department of Health\'s published head-office address; no breach-notice page of the Department was found, and the address was not re-read in this check',
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'Office of the Attorney General of Virginia, Consumer Protection Section',
    phone: '1-800-552-9963',
    website: 'www.oag.state.va.us',
    address: '202 North Ninth Street, Richmond, VA 23219',
    source:
      'https://www.oag.state.va.us/consumer-protection/index.php/news/452-march-1-2021-herring-highlights-consumer-protection-resources-as-national-consumer-protection-week-begins (office address) and the Section\'s published hotline (800) 552-9963 as quoted at https://augustafreepress.com/news/national-consumer-protection-week-herring-scc-highlight-consumer-resources/',
    checked: CHECKED,
  },
};
