// Vermont: the Security Breach Notice Act (9 V.S.A. §§ 2430, 2435). One law for businesses and
// public bodies alike; Act 109 (2012) added the 45-day limit and the 14-business-day preliminary
// notice to the Attorney General, and Act 89 (S. 110, 2020) widened the definition.
import type { Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, businessDays, calendarDays, coverage, obligation, residents, toll, withIndividuals, withoutDelay,
} from './shared.js';

const LE_2007 = toll('9 V.S.A. § 2435(b)(3)');
const LE_2012 = toll('9 V.S.A. § 2435(b)(3)-(4)');

const DATA_COLLECTOR =
  '9 V.S.A. § 2430 makes a "data collector" of any person or body that handles nonpublic personal information, naming the State, State agencies, political subdivisions, public and private universities, corporations and financial institutions';
const COVERAGE = coverage({
  business: ['yes', `${DATA_COLLECTOR}.`],
  nonprofit: ['yes', `${DATA_COLLECTOR}; "any other entity" takes in nonprofits.`],
  local_government: ['yes', `${DATA_COLLECTOR}; political subdivisions are named.`],
  state_agency: ['yes', `${DATA_COLLECTOR}; the State and its agencies are named.`],
});

// Before 2020 a bare account or card number counted when it could be used without a code, and a
// financial-account password or PIN counted on its own with the name.
const PI_2007: PersonalInformationDefinition = {
  citation: '9 V.S.A. § 2430 (as in force 2007-2020)',
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

const individuals = (deadline: ObligationRule['deadline'], requiredContent: string[], letterElements: ObligationRule['letterElements'], notes: string, condition: string | null = null): ObligationRule =>
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Vermont consumers',
    citation: '9 V.S.A. § 2435(b)(1), (b)(5)',
    deadline,
    lawEnforcement: deadline.kind === 'calendar_days' ? LE_2012 : LE_2007,
    requiredContent,
    letterElements,
    condition,
    notes,
  });

const AG_NAME = 'Vermont Attorney General, or the Department of Financial Regulation for entities it regulates under Title 8 or Title 9';

// The statute gives the earlier of 14 business days from discovery or the consumer notice; the
// engine counts the 14 business days and the notes flag the earlier limit.
const agPreliminary = obligation({
  id: 'attorney-general-preliminary',
  recipient: 'attorney_general',
  recipientName: AG_NAME,
  citation: '9 V.S.A. § 2435(b)(3)(A)-(B)',
  deadline: businessDays(14, 'discovered'),
  lawEnforcement: LE_2012,
  requiredContent: ['Date of the breach (as soon as it is known)', 'Date of discovery', 'Preliminary description of the breach'],
  notes:
    'Within 14 business days of discovery or by the time consumers are notified, whichever is sooner. A data collector that certified its security policies to the Attorney General before the breach must send this before notifying consumers. Required however few Vermonters are affected; submitted on the Attorney General\'s preliminary-reporting form.',
});

const agFollowUp = (condition: string | null): ObligationRule =>
  obligation({
    id: 'attorney-general',
    recipient: 'attorney_general',
    recipientName: AG_NAME,
    citation: '9 V.S.A. § 2435(b)(3)(B)(ii)',
    deadline: withIndividuals,
    requiredContent: ['Number of Vermont consumers affected, if known', 'A copy of the notice sent to consumers'],
    condition,
    notes: 'Sent when consumers are notified.',
  });

const creditBureaus = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: '9 V.S.A. § 2435(c)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 consumers are notified at one time.'),
  threshold: residents(1000, 'more_than'),
  requiredContent: ['Timing, distribution and content of the notice sent to consumers'],
  condition: 'Not required of a person licensed or registered by the Department of Financial Regulation under Title 8.',
});

const vendorNotice = (lawEnforcement: ObligationRule['lawEnforcement']): ObligationRule =>
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: '9 V.S.A. § 2435(b)(2)',
    deadline: withoutDelay('discovered', 'Immediately following discovery of the breach.'),
    lawEnforcement,
    condition: 'Binds a data collector that maintains or possesses the data without owning or licensing it (a vendor), not the owner.',
  });

const MISUSE_TEST = {
  exists: true,
  standard: 'No consumer notice if the data collector establishes that misuse of the information is not reasonably possible; notice is owed if facts later show misuse is reasonably possible.',
  recordToKeep:
    'A notice of the determination, with a detailed explanation of why misuse is not reasonably possible, sent to the Attorney General (or the Department of Financial Regulation).',
};
const KEY_NOTE = 'The statute has no express key clause; notice is treated as required when the key was taken, since the data is then no longer "unreadable or unusable by unauthorized persons".';

const versions: RuleVersion[] = [
  {
    id: 'VT-2007',
    effectiveFrom: '2007-01-01',
    effectiveTo: '2012-05-07',
    citations: ['9 V.S.A. §§ 2430, 2435 (S. 284, Act 162 of 2006)'],
    summary: 'Vermont data collectors had to notify affected consumers in the most expedient time possible, with no fixed number of days and no routine notice to the Attorney General.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: '9 V.S.A. § 2430' },
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PI_2007,
    substituteNotice: { costOver: 5000, recipientsOver: 5000, citation: '9 V.S.A. § 2435(b)(6)' },
    obligations: [
      individuals(
        withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay after discovery or notification of the breach.'),
        CONTENT_2007,
        LETTER_2007,
        'Delay is allowed at a law-enforcement request (documented in writing if made orally) or to determine the scope of the breach and restore the system.',
      ),
      creditBureaus,
      vendorNotice(LE_2007),
    ],
    confidence: 'medium',
    unverified: [
      'The 2006 enacted text was not read; the definition, content list and misuse exception come from 2011 summaries (AICPA, McAfee) and the pre-2012 statute text.',
      'That the more-than-1,000 consumer-reporting-agency notice and the $5,000 / 5,000 substitute-notice limits already applied before 2012 was not checked.',
      KEY_NOTE,
    ],
    sources: [
      { where: BLOOMBERG_TABLE, facts: 'effective 1/1/2007' },
      { where: 'http://laws9.com/statutes/vermont/title-09/chapter-62/2435', facts: 'pre-2012 § 2435(b)(1)-(3): expedient time, vendor immediately, law-enforcement delay' },
      { where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Vermont%20State%20Security%20Breach%20Laws.aspx', facts: 'effective date 2007-01-01 and the original definition of personal information' },
      { where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/vermont.aspx', facts: 'misuse-not-reasonably-possible exception with notice of the determination' },
    ],
  },
  {
    id: 'VT-2012',
    effectiveFrom: '2012-05-08',
    effectiveTo: '2020-06-30',
    citations: ['9 V.S.A. §§ 2430, 2435 as amended by H. 254 (Act 109 of 2012, eff. on passage 2012-05-08)'],
    summary:
      'Vermont required notice to consumers within 45 days and a preliminary notice to the Attorney General (or DFR) within 14 business days of discovery, whatever the number affected.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: '9 V.S.A. § 2430(5)' },
    riskOfHarmException: MISUSE_TEST,
    personalInformation: { ...PI_2007, citation: '9 V.S.A. § 2430(5) (as in force 2012-2020)' },
    substituteNotice: { costOver: 5000, recipientsOver: 5000, citation: '9 V.S.A. § 2435(b)(6)' },
    obligations: [
      individuals(
        calendarDays(45, 'discovered'),
        CONTENT_2012,
        [...LETTER_2007, 'breach_dates'],
        'In the most expedient time possible and without unreasonable delay, and no later than 45 days after discovery or notification.',
      ),
      agPreliminary,
      agFollowUp(null),
      creditBureaus,
      vendorNotice(LE_2012),
    ],
    confidence: 'medium',
    unverified: [
      'The enacted text of Act 109 was not read; the 45-day limit, the 14-business-day notice and its content come from 2012 law-firm notes and the current statute.',
      'Whether the 14-business-day notice is itself delayed by a law-enforcement request; this catalogue assumes it is, as the current text ties it to subdivisions (3) and (4).',
      KEY_NOTE,
    ],
    sources: [
      { where: 'https://www.dataprivacymonitor.com/breach-notification/significant-changes-to-vermonts-data-protection-and-notification-law/', facts: 'Act 109 in effect on passage 2012-05-08; 45 days; AG notice within 14 business days and follow-up with number and copy' },
      { where: 'https://www.lexology.com/library/detail.aspx?g=ec7df044-4873-4efb-a87b-ee28cb6e5e54', facts: 'AG notice at 14 business days or consumer notice, whichever is earlier; no AG duty before' },
      { where: AKESARI_BILL('2019 Vt. S. 110.PDF'), facts: 'pre-2020 substitute-notice limits ($5,000 / 5,000) shown as struck text' },
      { where: 'https://law.justia.com/codes/vermont/2018/title-9/chapter-62/section-2430/', facts: '2018 § 2430 definitions: data collector, personally identifiable information' },
    ],
  },
  {
    id: 'VT-2020',
    effectiveFrom: '2020-07-01',
    effectiveTo: null,
    citations: ['9 V.S.A. §§ 2430, 2435 as amended by S. 110 (Act 89 of 2020, eff. 2020-07-01)'],
    summary:
      'Vermont requires notice to consumers within 45 days and a preliminary notice to the Attorney General (or DFR) within 14 business days of discovery, and now covers login credentials, biometric, genetic and health data.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: '9 V.S.A. § 2430(10)' },
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PI_2020,
    substituteNotice: { costOver: 10_000, recipientsOver: null, citation: '9 V.S.A. § 2435(b)(6)' },
    obligations: [
      individuals(
        calendarDays(45, 'discovered'),
        CONTENT_2012,
        [...LETTER_2007, 'breach_dates'],
        'In the most expedient time possible and without unreasonable delay, and no later than 45 days after discovery or notification.',
        'If only login credentials were taken, notice may be electronic (not to a compromised e-mail account) and must tell consumers to change their credentials (§ 2435(b)(6)(B)). HIPAA entities are deemed compliant for health-record breaches; financial institutions under the federal interagency guidance are exempt (§ 2435(h)).',
      ),
      agPreliminary,
      agFollowUp('For a breach limited to login credentials, the Attorney General or DFR is notified only if the credentials were acquired directly from the data collector or its agent.'),
      creditBureaus,
      vendorNotice(LE_2012),
    ],
    confidence: 'high',
    unverified: [KEY_NOTE],
    sources: [
      { where: AKESARI_BILL('2019 Vt. S. 110.PDF'), facts: 'S. 110: substitute-notice limit $10,000; 14 business days; effective 2020-07-01' },
      { where: 'https://legislature.vermont.gov/statutes/section/09/062/02435', facts: 'current § 2435(b)(1)-(3): 45 days, vendor immediately, AG or DFR notice' },
      { where: PERKINS_CHART_2021, facts: 'content, AG rules, login-credential rules, exemptions' },
      { where: 'https://klinedinstlaw.com/practice/privacy-data-security/vermont', facts: 'AG timing (earlier of 14 business days or consumer notice), online form, login-credential rule' },
      { where: 'https://dwt.com/vermont', facts: 'current definition of personally identifiable information and the documented misuse determination' },
    ],
  },
];

export const vermont: Jurisdiction = {
  code: 'VT',
  name: 'Vermont',
  kind: 'state',
  holidays: { country: 'US', state: 'VT' },
  laws: [{ id: 'VT-9-2435', title: 'Security Breach Notice Act, 9 V.S.A. §§ 2430, 2435', scope: 'residents', versions }],
};
