// Arizona: the security-breach notification law, enacted in 2006 as A.R.S. § 44-7501 (renumbered
// § 18-545 in 2016), rewritten in 2018 as §§ 18-551 and 18-552 with a 45-day limit, and extended in
// 2022 to the Department of Homeland Security.
import type { Coverage, Jurisdiction, ObligationRule, OrgCategory, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

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

const overOneThousand = (id: string, recipient: ObligationRule['recipient'], recipientName: string, extra: Partial<ObligationRule> = {}): ObligationRule =>
  obligation({
    id,
    recipient,
    recipientName,
    citation: 'A.R.S. § 18-552(B)(2)',
    deadline: calendarDays(45, 'determined'),
    threshold: residents(1000, 'more_than'),
    lawEnforcement: LE,
    ...extra,
  });

const attorneyGeneral = overOneThousand('attorney-general', 'attorney_general', 'Arizona Attorney General', {
  requiredContent: ["Written notice on the Attorney General's form, or a copy of the notice sent to residents"],
  notes: 'Due within the same 45 days as the resident notice when more than 1,000 individuals must be notified.',
});
const creditBureaus = overOneThousand('consumer-reporting-agencies', 'consumer_reporting_agencies', 'The three largest nationwide consumer reporting agencies');
const homelandSecurity = overOneThousand('azdohs', 'state_agency', 'Director of the Arizona Department of Homeland Security', {
  requiredContent: ['Written notice of the breach'],
  notes: 'Added by H.B. 2146 (2022) alongside the Attorney General notice; the form of the notice was not checked.',
});

const vendor = (citation: string, standard: string): ObligationRule =>
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation,
    deadline: withoutDelay('discovered', standard),
    condition: 'This duty binds a person that maintains the data without owning or licensing it, not the owner; the owner gives the other notices.',
    notes: 'The vendor must also cooperate with the owner, including by sharing information relevant to the breach.',
  });

const SOURCES_2018 = [
  { where: 'https://cliclaw.com/node/384', facts: '§ 18-551 definitions (breach, person, individual) as amended' },
  { where: 'https://www.azag.gov/consumer/data-breach/faq', facts: 'personal information and specified data elements; government included, police, prosecutors and courts excluded; HIPAA/GLBA exempt' },
  { where: 'https://www.mintz.com/mintz-matrix/arizona', facts: 'vendor notice "as soon as practicable"; redact and encrypt definitions' },
  { where: 'https://buckleysandler.com/blog/2018-04-13/arizona-governor-amends-data-breach-law-updates-security-freeze-legislation', facts: 'H.B. 2154 signed 2018-04-11: 45 days, AG and CRAs over 1,000, substitute notice rewritten' },
  { where: PERKINS_CHART_2021, facts: 'effective 2018-08-03; exceptions; substitute notice' },
  { where: BLOOMBERG_TABLE, facts: 'resident notice content' },
];

const v2018Common = {
  coverage: COVERAGE_2018,
  encryptionSafeHarbor: { exists: true, keyException: true, citation: 'A.R.S. §§ 18-551(1), (3)' },
  riskOfHarmException: HARM_2018,
  personalInformation: PI_2018,
  substituteNotice: SUBSTITUTE_2018,
};
const UNVERIFIED_2018 = [
  'The statute text of § 18-552 was not read: timing, thresholds and exceptions come from the AG FAQ and law-firm summaries. Some summaries say the notices are due within 45 days after law enforcement clears them; this catalogue pauses the clock instead, which never gives a later date.',
  'The encryption safe harbour has no express key clause in the summaries read; data whose key was also taken is treated as readable, hence not protected.',
];

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
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'A.R.S. § 44-7501(L) (2006)' },
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
      vendor('A.R.S. § 44-7501(B) (2006)', 'Without unreasonable delay after discovering the breach.'),
    ],
    confidence: 'medium',
    unverified: [
      'Only timing, the breach definition and the absence of regulator notice were verified for this period; the vendor timing, subsection letters and substitute-notice thresholds were not.',
      'Whether the safe harbour excluded data whose encryption key was also taken.',
    ],
    sources: [
      { where: 'https://www.wordsbywit.com/arizona', facts: '§ 18-545 (2006 text): breach requires substantial economic loss; most expedient manner after investigation' },
      { where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/arizona.aspx', facts: '2006 personal information definition' },
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) paths data/ag_notice_effective_date.csv, data/cra_notice_effective_date.csv', facts: 'no AG or CRA notice before 2018-08-03' },
    ],
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
      vendor('A.R.S. § 18-552(C)', 'As soon as practicable after discovering the breach.'),
    ],
    confidence: 'high',
    unverified: UNVERIFIED_2018,
    sources: SOURCES_2018,
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
      vendor('A.R.S. § 18-552(C)', 'As soon as practicable after discovering the breach.'),
    ],
    confidence: 'medium',
    unverified: [
      ...UNVERIFIED_2018,
      "H.B. 2146's start date: it has no emergency clause, so it took effect on the 2022 general effective date (2022-09-24, after the session ran to late June); law-firm notes written before adjournment predicted 2022-07-22 or -23.",
    ],
    sources: [
      ...SOURCES_2018,
      { where: 'https://azleg.gov/legtext/55leg/2R/summary/H.HB2146_011822_CAUCUSCOW.DOCX.htm', facts: 'H.B. 2146 adds the AZDOHS Director to the notices over 1,000' },
      { where: 'https://mcdonaldhopkins.com/Insights/April-2022/Arizona-amends-data-privacy-statute', facts: 'signed 2022-03-29; effective 91 days after adjournment' },
      { where: 'kjzz.org/content/1812214/these-new-arizona-laws-just-went-effect', facts: '2022 session laws without emergency clause took effect 2022-09-24' },
    ],
  },
];

export const arizona: Jurisdiction = {
  code: 'AZ',
  name: 'Arizona',
  kind: 'state',
  holidays: { country: 'US', state: 'AZ' },
  laws: [{ id: 'AZ-18-552', title: 'Arizona security breach notification, A.R.S. §§ 18-551 and 18-552 (formerly §§ 44-7501, 18-545)', scope: 'residents', versions }],
};
