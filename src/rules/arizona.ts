// Arizona: the security-breach notification law, enacted in 2006 as A.R.S. § 44-7501 (renumbered
// § 18-545 in 2016), rewritten in 2018 as §§ 18-551 and 18-552 with a 45-day limit, and extended in
// 2022 to the Department of Homeland Security.
import type { Coverage, EncryptionSafeHarbor, FactCheck, Jurisdiction, OrgCategory, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

// Texts read for this module. § 18-552 itself could not be found in any stored copy; § 18-551 was.
const CLICLAW_551 = 'https://cliclaw.com/node/384 (A.R.S. § 18-551 definitions, verbatim)';
const AZAG_FAQ = 'https://www.azag.gov/consumer/data-breach/faq';
const AZAG_FORM = 'https://www.azag.gov/consumer/data-breach/notification-form';
const NO_552 = 'No stored copy of the text of A.R.S. § 18-552 could be found; the Attorney General\'s own pages (which cite its subsections) and law-firm summaries were read instead.';

const LE_2006 = toll('A.R.S. § 44-7501(C) (2006)');
// § 18-552 delays the notices while law enforcement says they would impede an investigation.
const LE = toll('A.R.S. § 18-552(D)');
const WITH_CODE = ['card_security_code', 'access_code', 'password'] as const;

const PI_2006: PersonalInformationDefinition = {
  citation: 'A.R.S. § 44-7501(L) (2006; § 18-545 from 2016)',
  summary:
    "an individual's name (first name or initial and last name) with an SSN, a driver licence or nonoperating ID licence number, or a financial account or card number with any code or password required to use it",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'card_number'], anyOf: [...WITH_CODE] },
    { all: ['name', 'account_number'], anyOf: [...WITH_CODE] },
  ],
};

const PI_2018: PersonalInformationDefinition = {
  citation: 'A.R.S. § 18-551(7), (11)',
  summary:
    "an individual's name with a specified data element (SSN; driver licence or nonoperating ID number; a private key used to sign electronic records; a financial account or card number with its required code or password; health insurance ID; medical or mental-health treatment or diagnosis; passport number; taxpayer ID or IRS identity-protection PIN; biometric data used to access an online account), or a username or e-mail address with a password or security question and answer that gives access to an online account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'digital_signature', 'health_insurance', 'medical', 'passport', 'tax_id', 'biometric'] },
    { all: ['name', 'card_number'], anyOf: [...WITH_CODE] },
    { all: ['name', 'account_number'], anyOf: [...WITH_CODE] },
    { all: ['username'], anyOf: ['password', 'security_question'] },
    { all: ['email'], anyOf: ['password', 'security_question'] },
  ],
};

const PERSON_2018 =
  'A.R.S. § 18-551(8) makes "person" include a government and governmental subdivisions and agencies, but not the Department of Public Safety, a county sheriff\'s department, a municipal police department, a prosecution agency or a court';
const COVERAGE_2018: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', '§ 18-552 binds a person that conducts business in Arizona and owns, maintains or licenses unencrypted and unredacted computerized personal information.'],
  nonprofit: ['yes', 'A nonprofit is a "person" (any legal entity) under A.R.S. § 18-551(8).'],
  local_government: ['yes', `${PERSON_2018}; police departments and prosecution agencies are excluded.`],
  state_agency: ['yes', `${PERSON_2018}; the Department of Public Safety and the courts are excluded.`],
});

const HARM_2018 = {
  exists: true,
  standard:
    'No notice if the entity, an independent third-party forensic auditor or a law-enforcement agency determines after a reasonable investigation that the breach has not resulted and is not reasonably likely to result in substantial economic loss to affected individuals.',
  recordToKeep: null,
};
const SUBSTITUTE_2018 = { costOver: 50_000, recipientsOver: 100_000, citation: 'A.R.S. § 18-552(F)' };

const individuals2018 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Arizona residents',
  citation: 'A.R.S. § 18-552(B)-(E)',
  deadline: calendarDays(45, 'determined'),
  lawEnforcement: LE,
  requiredContent: [
    'Approximate date of the breach',
    'Brief description of the personal information included in the breach',
    'Toll-free numbers, addresses and websites of the three largest nationwide consumer reporting agencies',
    'Toll-free number, address and website of the Federal Trade Commission or another federal agency that helps consumers with identity theft',
  ],
  letterElements: ['breach_dates', 'information_involved', 'credit_bureaus', 'ftc'],
  condition:
    'HIPAA covered entities and business associates, and entities subject to and complying with Gramm-Leach-Bliley Title V, are exempt (§ 18-552). Where only online credentials were breached, an electronic notice telling residents to change them is enough (§ 18-552(G)).',
  notes: 'Within 45 days after determining, in an investigation prompted by a security incident, that a breach occurred.',
});

// The three notices due when more than 1,000 individuals must be notified (§ 18-552(B)(2)), each
// written out: H.B. 2146 (2022) added the Department of Homeland Security to the same clause.
const attorneyGeneral = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Arizona Attorney General',
  citation: 'A.R.S. § 18-552(B)(2)(b)',
  deadline: calendarDays(45, 'determined'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ["Written notice on the Attorney General's form, or a copy of the notice sent to residents"],
  notes: 'Due within the same 45 days as the resident notice when more than 1,000 individuals must be notified.',
});
const creditBureaus = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'The three largest nationwide consumer reporting agencies',
  citation: 'A.R.S. § 18-552(B)(2)(a)',
  deadline: calendarDays(45, 'determined'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
});
const homelandSecurity = obligation({
  id: 'azdohs',
  recipient: 'state_agency',
  recipientName: 'Director of the Arizona Department of Homeland Security',
  citation: 'A.R.S. § 18-552(B)(2)(b) as amended by H.B. 2146 (2022)',
  deadline: calendarDays(45, 'determined'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Written notice of the breach'],
  notes: 'Added by H.B. 2146 (2022) alongside the Attorney General notice; the form of the notice was not checked.',
});

const VENDOR_CONDITION = 'This duty binds a person that maintains the data without owning or licensing it, not the owner; the owner gives the other notices.';
const VENDOR_NOTES = 'The vendor must also cooperate with the owner, including by sharing information relevant to the breach.';
const vendor2006 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'A.R.S. § 44-7501(B) (2006)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay after discovering the breach.'),
  condition: VENDOR_CONDITION,
  notes: VENDOR_NOTES,
});
const vendor2018 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'A.R.S. § 18-552(C)',
  deadline: withoutDelay('discovered', 'As soon as practicable after discovering the breach.'),
  condition: VENDOR_CONDITION,
  notes: VENDOR_NOTES,
});

const SOURCES_2018 = [
  { where: 'https://cliclaw.com/node/384', facts: '§ 18-551 definitions (breach, person, individual) as amended' },
  { where: 'https://www.azag.gov/consumer/data-breach/faq', facts: 'personal information and specified data elements; government included, police, prosecutors and courts excluded; HIPAA/GLBA exempt' },
  { where: 'https://www.mintz.com/mintz-matrix/arizona', facts: 'vendor notice "as soon as practicable"; redact and encrypt definitions' },
  { where: 'https://buckleysandler.com/blog/2018-04-13/arizona-governor-amends-data-breach-law-updates-security-freeze-legislation', facts: 'H.B. 2154 signed 2018-04-11: 45 days, AG and CRAs over 1,000, substitute notice rewritten' },
  { where: PERKINS_CHART_2021, facts: 'effective 2018-08-03; exceptions; substitute notice' },
  { where: BLOOMBERG_TABLE, facts: 'resident notice content' },
];

const ENCRYPTION_2006: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 44-7501 (2006): personal information is data not "encrypted, redacted or secured by any other method rendering the element unreadable or unusable"; no key clause',
  citation: 'A.R.S. § 44-7501(L) (2006)',
};
const ENCRYPTION_2018: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 18-551(3): "encrypt" means to make data unreadable or unusable without using a confidential process or key; a breach reaches unencrypted and unredacted data (§ 18-551(1))',
  citation: 'A.R.S. § 18-551(1), (3)',
};

const v2018Common = {
  coverage: COVERAGE_2018,
  encryptionSafeHarbor: ENCRYPTION_2018,
  riskOfHarmException: HARM_2018,
  personalInformation: PI_2018,
  substituteNotice: SUBSTITUTE_2018,
};
const UNVERIFIED_2018 = [
  'The statute text of § 18-552 was not read: timing, thresholds and exceptions come from the AG FAQ and law-firm summaries. Some summaries say the notices are due within 45 days after law enforcement clears them; this catalogue pauses the clock instead, which never gives a later date.',
  'The encryption safe harbour has no express key clause: "encrypt" means unreadable or unusable without the confidential process or key (§ 18-551(3)), so data whose key was also taken is treated as readable, hence not protected.',
  NO_552,
];

// ---- verification facts -------------------------------------------------------------------------

const V2018_COMMON: Omit<Verification, 'effective_dates'> = {
  coverage: {
    kind: 'secondary',
    where: `${CLICLAW_551}; ${AZAG_FAQ}`,
    says: '"person" includes natural persons, corporations and other entities and governments and their subdivisions and agencies, but not the Department of Public Safety, sheriffs, police departments, prosecution agencies or courts',
    checked: CHECKED,
    why: 'The § 18-551 copy was cut off inside the definition of "person"; the full list (governments included, police and courts excluded) is from the Attorney General\'s FAQ.',
  },
  personal_information: {
    kind: 'secondary',
    where: `${AZAG_FAQ}; https://www.cliclaw.com/node/7683; https://www.dwt.com/arizona/`,
    says: 'name with SSN, licence or nonoperating ID, private signing key, account or card number with its code, health insurance ID, medical or mental-health information, passport, taxpayer ID or IRS PIN, or biometric data; or a username or e-mail with password or security answer',
    checked: CHECKED,
    why: 'The definitions of personal information and specified data element (§ 18-551(7), (11)) were past the part of § 18-551 that could be read.',
  },
  encryption: {
    kind: 'primary',
    where: CLICLAW_551,
    says: 'a breach is unauthorized acquisition of and access to unencrypted and unredacted personal information; encrypt means unreadable or unusable without the confidential process or key',
    checked: CHECKED,
  },
  risk_of_harm: {
    kind: 'secondary',
    where: `${AZAG_FAQ}; https://ballardspahr.com/insights/alerts-and-articles/2018/03/what-arizona-companies-need-to-know-about-cybersecurity-law`,
    says: 'no notice if the entity, an independent forensic auditor or law enforcement finds no substantial economic loss is reasonably likely',
    checked: CHECKED,
    why: NO_552,
  },
  deadline: {
    kind: 'secondary',
    where: `${AZAG_FAQ}; https://klinedinstlaw.com/practice/privacy-data-security/arizona`,
    says: 'residents and, above 1,000, the Attorney General and credit bureaus: within 45 days after the determination; vendor: as soon as practicable',
    checked: CHECKED,
    why: NO_552,
  },
  anchor: {
    kind: 'secondary',
    where: `${AZAG_FAQ}; https://klinedinstlaw.com/practice/privacy-data-security/arizona`,
    says: 'the determination, in the investigation a security incident requires, that a breach occurred',
    checked: CHECKED,
    why: NO_552,
  },
  threshold: {
    kind: 'secondary',
    where: `${AZAG_FORM}; https://www.eyeonprivacy.com/2022/04/arizona-expands-regulator-data-breach-notification-obligations/`,
    says: 'the regulator and credit-bureau notices apply when more than 1,000 individuals (Arizona residents with an Arizona mailing address, § 18-551(4)) must be notified',
    checked: CHECKED,
    why: NO_552,
  },
  law_enforcement: {
    kind: 'secondary',
    where: `${AZAG_FAQ}; ${PERKINS_CHART_2021}`,
    says: 'notices are delayed while law enforcement says they would impede an investigation; some summaries give 45 days after clearance',
    checked: CHECKED,
    why: NO_552,
  },
  substitute_notice: {
    kind: 'secondary',
    where: `${PERKINS_CHART_2021}; ${AZAG_FORM}`,
    says: 'substitute notice (which must also go to the Attorney General) when notice would cost over $50,000, reach over 100,000 individuals, or contact details are lacking',
    checked: CHECKED,
    why: NO_552,
  },
  required_content: {
    kind: 'secondary',
    where: 'https://klinedinstlaw.com/practice/privacy-data-security/arizona',
    says: 'approximate date, data involved, the three largest credit bureaus\' toll-free numbers and addresses, and the FTC\'s',
    checked: CHECKED,
    why: NO_552,
  },
  forbidden_content: {
    kind: 'secondary',
    where: 'https://klinedinstlaw.com/practice/privacy-data-security/arizona',
    says: 'none reported',
    checked: CHECKED,
    why: NO_552,
  },
};
const EFFECTIVE_2018: FactCheck = {
  kind: 'secondary',
  where: `https://buckleysandler.com/blog/2018-04-13/arizona-governor-amends-data-breach-law-updates-security-freeze-legislation; ${PERKINS_CHART_2021}`,
  says: 'H.B. 2154 signed 2018-04-11 (Laws 2018, ch. 177), in force 2018-08-03',
  checked: CHECKED,
  why: 'The session law was not found in a stored copy.',
};
const EFFECTIVE_2022: FactCheck = {
  kind: 'secondary',
  where: 'https://mcdonaldhopkins.com/Insights/April-2022/Arizona-amends-data-privacy-statute; kjzz.org/content/1812214/these-new-arizona-laws-just-went-effect',
  says: 'H.B. 2146 signed 2022-03-29 without an emergency clause; 2022 acts of that kind took effect 2022-09-24',
  checked: CHECKED,
  why: 'The chaptered bill and the legislature\'s general-effective-date notice were not found in a stored copy.',
};

const versions: RuleVersion[] = [
  {
    id: 'AZ-2006',
    effectiveFrom: '2006-12-31',
    effectiveTo: '2018-08-02',
    citations: ['A.R.S. § 44-7501 (S.B. 1338, Laws 2006 ch. 232); renumbered A.R.S. § 18-545 in 2016'],
    summary: 'Arizona businesses had to notify affected residents in the most expedient manner possible after determining a breach, with no fixed days and no regulator notice.',
    coverage: coverage({
      business: ['yes', '§ 44-7501 bound a person that conducts business in Arizona and owns or licenses unencrypted computerized personal information.'],
      nonprofit: ['yes', 'A nonprofit is a "person" (any legal or commercial entity) under § 44-7501.'],
      local_government: ['uncertain', 'Whether the 2006 definition of "person" already named governments, as § 18-551 does from 2018, was not verified.'],
      state_agency: ['uncertain', 'Whether the 2006 definition of "person" already named government agencies, as § 18-551 does from 2018, was not verified.'],
    }),
    encryptionSafeHarbor: ENCRYPTION_2006,
    riskOfHarmException: {
      exists: true,
      standard: 'A breach counted only if it caused or was reasonably likely to cause substantial economic loss to an individual.',
      recordToKeep: null,
    },
    personalInformation: PI_2006,
    substituteNotice: null,
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Arizona residents',
        citation: 'A.R.S. § 44-7501(A) (2006)',
        deadline: withoutDelay('determined', 'in the most expedient manner possible and without unreasonable delay after a reasonable investigation determines there was a breach'),
        lawEnforcement: LE_2006,
      }),
      vendor2006,
    ],
    confidence: 'low',
    unverified: [
      'Only timing, the breach definition and the absence of regulator notice were verified for this period, in summaries quoting the 2006 text; the vendor timing, subsection letters and substitute-notice thresholds were not.',
      'The 2006 safe harbour covered data "unreadable or unusable"; data whose key was also taken is treated as readable, hence not protected.',
    ],
    sources: [
      { where: 'https://www.wordsbywit.com/arizona', facts: '§ 18-545 (2006 text): breach requires substantial economic loss; most expedient manner after investigation' },
      { where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/arizona.aspx', facts: '2006 personal information definition' },
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) paths data/ag_notice_effective_date.csv, data/cra_notice_effective_date.csv', facts: 'no AG or CRA notice before 2018-08-03' },
    ],
    verification: {
      effective_dates: {
        kind: 'secondary',
        where: `https://www.cliclaw.com/node/7683; https://www.wordsbywit.com/arizona; ${PERKINS_CHART_2021}`,
        says: 'S.B. 1338 (2006) in force 2006-12-31; replaced by H.B. 2154 from 2018-08-03',
        checked: CHECKED,
        why: 'The 2006 session law is stored only as a scanned PDF.',
      },
      coverage: {
        kind: 'none',
        where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/arizona.aspx',
        says: 'a person that conducts business in Arizona; whether governments were persons in 2006 is not settled here',
        checked: CHECKED,
        why: 'The 2006 definition of "person" was not read.',
      },
      personal_information: {
        kind: 'secondary',
        where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/arizona.aspx',
        says: 'name with SSN, licence or nonoperating ID, or account or card number with its code',
        checked: CHECKED,
        why: 'The 2006 text is stored only as a scanned PDF.',
      },
      encryption: {
        kind: 'secondary',
        where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/arizona.aspx',
        says: 'data encrypted, redacted or otherwise made unreadable or unusable is not personal information',
        checked: CHECKED,
        why: 'The 2006 text is stored only as a scanned PDF.',
      },
      risk_of_harm: {
        kind: 'secondary',
        where: 'https://www.wordsbywit.com/arizona',
        says: 'a breach is one that causes or is reasonably likely to cause substantial economic loss to an individual (quoted § 18-545(L)(1))',
        checked: CHECKED,
        why: 'Read only as quoted in a summary.',
      },
      deadline: {
        kind: 'secondary',
        where: 'https://www.wordsbywit.com/arizona',
        says: 'most expedient manner possible and without unreasonable delay (quoted § 18-545(A))',
        checked: CHECKED,
        why: 'Read only as quoted in a summary.',
      },
      anchor: {
        kind: 'secondary',
        where: 'https://www.wordsbywit.com/arizona',
        says: 'after an investigation determines that a breach occurred',
        checked: CHECKED,
        why: 'Read only as described in a summary.',
      },
      threshold: {
        kind: 'secondary',
        where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4) data/ag_notice_effective_date.csv',
        says: 'none: no regulator or credit-bureau notice, so no number, before 2018',
        checked: CHECKED,
        why: 'The 2006 text was not read.',
      },
      law_enforcement: {
        kind: 'secondary',
        where: 'https://www.wordsbywit.com/arizona',
        says: 'notice subject to the needs of law enforcement under subsection C',
        checked: CHECKED,
        why: 'Read only as quoted in a summary.',
      },
      substitute_notice: {
        kind: 'secondary',
        where: 'https://www.wordsbywit.com/arizona',
        says: 'written, electronic, telephonic or substitute notice depending on circumstances; the figures were not read',
        checked: CHECKED,
        why: 'Read only as described in a summary.',
      },
      required_content: {
        kind: 'secondary',
        where: 'https://www.wordsbywit.com/arizona',
        says: 'none described',
        checked: CHECKED,
        why: 'The 2006 text was not read.',
      },
      forbidden_content: {
        kind: 'secondary',
        where: 'https://www.wordsbywit.com/arizona',
        says: 'none described',
        checked: CHECKED,
        why: 'The 2006 text was not read.',
      },
    },
  },
  {
    id: 'AZ-2018',
    effectiveFrom: '2018-08-03',
    effectiveTo: '2022-09-23',
    citations: ['A.R.S. §§ 18-551, 18-552 (H.B. 2154, Laws 2018 ch. 177, signed 2018-04-11, eff. 2018-08-03)'],
    summary: 'Arizona requires notice to affected residents within 45 days of determining a breach, and to the Attorney General and the three largest credit bureaus in the same period when more than 1,000 residents are notified.',
    ...v2018Common,
    obligations: [
      individuals2018,
      attorneyGeneral,
      creditBureaus,
      vendor2018,
    ],
    confidence: 'low',
    unverified: UNVERIFIED_2018,
    sources: SOURCES_2018,
    verification: { effective_dates: EFFECTIVE_2018, ...V2018_COMMON },
  },
  {
    id: 'AZ-2022',
    effectiveFrom: '2022-09-24',
    effectiveTo: null,
    citations: ['A.R.S. §§ 18-551, 18-552 as amended by H.B. 2146 (55th Leg., 2nd Reg. Sess., signed 2022-03-29)'],
    summary: 'Arizona requires notice to affected residents within 45 days of determining a breach, and to the Attorney General, the Department of Homeland Security and the three largest credit bureaus in the same period when more than 1,000 residents are notified.',
    ...v2018Common,
    obligations: [
      individuals2018,
      attorneyGeneral,
      homelandSecurity,
      creditBureaus,
      vendor2018,
    ],
    confidence: 'low',
    unverified: [
      ...UNVERIFIED_2018,
      "H.B. 2146's start date: it has no emergency clause, so it took effect on the 2022 general effective date (2022-09-24, after the session ran to late June); law-firm notes written before adjournment predicted 2022-07-22 or -23.",
    ],
    sources: [
      ...SOURCES_2018,
      { where: 'https://azleg.gov/legtext/55leg/2R/summary/H.HB2146_011822_CAUCUSCOW.DOCX.htm', facts: 'H.B. 2146 adds the AZDOHS Director to the notices over 1,000' },
      { where: 'https://mcdonaldhopkins.com/Insights/April-2022/Arizona-amends-data-privacy-statute', facts: 'signed 2022-03-29; effective 91 days after adjournment' },
      { where: 'kjzz.org/content/1812214/these-new-arizona-laws-just-went-effect', facts: '2022 session laws without emergency clause took effect 2022-09-24' },
      { where: AZAG_FORM, facts: 'AG notification form under § 18-552(B)(2)(b); PDF by e-mail or post to 2005 North Central Avenue' },
    ],
    verification: { effective_dates: EFFECTIVE_2022, ...V2018_COMMON },
  },
];

export const arizona: Jurisdiction = {
  code: 'AZ',
  name: 'Arizona',
  kind: 'state',
  holidays: { country: 'US', state: 'AZ' },
  laws: [{ id: 'AZ-18-552', title: 'Arizona security breach notification, A.R.S. §§ 18-551 and 18-552 (formerly §§ 44-7501, 18-545)', scope: 'residents', versions }],
  channels: [
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general'],
      name: 'Arizona Attorney General, Consumer Protection & Advocacy Section',
      ways: [
        { kind: 'online_form', value: AZAG_FORM, formName: 'Notification of Data Breach' },
        { kind: 'postal', value: "Arizona Attorney General's Office, Consumer Protection & Advocacy Section, 2005 North Central Avenue, Phoenix, AZ 85004" },
      ],
      asksFor: [
        "The Attorney General's Data Breach Notification Form (online, or the fillable PDF by e-mail or post)",
        'Or a copy of the notice sent to residents',
      ],
      source: `${AZAG_FORM} (the form page cites § 18-552(B)(2)(b); its e-mail address is not shown in the stored copy)`,
      checked: CHECKED,
    },
    {
      recipient: 'state_agency',
      obligations: ['azdohs'],
      name: 'Director of the Arizona Department of Homeland Security',
      ways: [{ kind: 'postal', value: 'Arizona Department of Homeland Security, Office of the Director, 1700 West Washington Street, Suite 210, Phoenix, AZ 85007' }],
      asksFor: ['Written notice of the breach (H.B. 2146 sets no form)'],
      source: "H.B. 2146 (2022) as summarised by law firms; the department's address is its published one, not re-read in this check, and no breach form of the department was found",
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'Arizona Attorney General, Consumer Protection & Advocacy Section',
    phone: '1-602-542-5763 (toll-free outside metro Phoenix 1-800-352-8431)',
    website: 'www.azag.gov',
    address: '2005 North Central Avenue, Phoenix, AZ 85004',
    source: `Phone: https://www.azag.gov/consumer/home; address: ${AZAG_FORM}`,
    checked: CHECKED,
  },
};
