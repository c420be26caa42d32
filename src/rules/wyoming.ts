// Wyoming: computer security breach notice (Wyo. Stat. §§ 40-12-501, -502; S.F. 53 of 2007),
// widened by S.F. 35 and S.F. 36 (2015): more data elements, a content list and a written
// law-enforcement request. Binds an "individual or commercial entity" doing business in Wyoming.
import type { Coverage, Jurisdiction, ObligationRule, OrgCategory, PersonalInformationDefinition, RuleVersion } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, obligation, toll, withoutDelay } from './shared.js';

const LE = toll('Wyo. Stat. § 40-12-502(b)');

const COMMERCIAL =
  'Wyo. Stat. § 40-12-502(a) binds an individual or commercial entity that conducts business in Wyoming; "commercial entity" (§ 40-12-501) lists corporations, trusts, partnerships, LLCs, associations, organizations and joint ventures';
const GOVERNMENT_UNSETTLED =
  'is not named in the "commercial entity" definition, and whether a public body "conducts business" in Wyoming is unsettled; summaries disagree on whether government bodies are covered.';
const COVERAGE: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', `${COMMERCIAL}.`],
  nonprofit: ['yes', `${COMMERCIAL}; associations and organizations are named.`],
  local_government: ['uncertain', `A local government ${GOVERNMENT_UNSETTLED}`],
  state_agency: ['uncertain', `A state agency ${GOVERNMENT_UNSETTLED}`],
});

const CARD_CODES = ['card_security_code', 'access_code', 'password'] as const;
const CORE = ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id'] as const;
const PI_2007: PersonalInformationDefinition = {
  citation: 'Wyo. Stat. § 40-12-501 with § 6-3-901(b)(iii)-(vii) (as in force 2007-2015)',
  summary:
    "a person's name (first name or initial and last name) with an unredacted SSN, driver's licence number, tribal or government-issued ID card, or an account or card number with the code or password giving access to the financial account",
  combinations: [
    { all: ['name'], anyOf: [...CORE] },
    { all: ['name', 'account_number'], anyOf: [...CARD_CODES] },
    { all: ['name', 'card_number'], anyOf: [...CARD_CODES] },
  ],
};
// The definition always requires the name, login credentials included.
const PI_2015: PersonalInformationDefinition = {
  citation: 'Wyo. Stat. § 40-12-501 with § 6-3-901(b)(iii)-(xiv) as amended by S.F. 35 (2015)',
  summary:
    "a person's name with any of: an unredacted SSN, driver's licence, tribal or government ID card; an account or card number with its access code or password; shared secrets or security tokens used for authentication; a username or e-mail address with its password or security answer; a birth or marriage certificate; medical or health insurance information; unique biometric data; or an ITIN",
  combinations: [
    { all: ['name'], anyOf: [...CORE, 'access_code', 'medical', 'health_insurance', 'biometric', 'tax_id'] },
    { all: ['name', 'account_number'], anyOf: [...CARD_CODES] },
    { all: ['name', 'card_number'], anyOf: [...CARD_CODES] },
    { all: ['name', 'username'], anyOf: ['password', 'security_question'] },
    { all: ['name', 'email'], anyOf: ['password', 'security_question'] },
  ],
};

const MISUSE_TEST = {
  exists: true,
  standard:
    'On becoming aware of a breach the entity must promptly investigate in good faith; notice is owed only if misuse of the information has occurred or is reasonably likely to occur.',
  recordToKeep: null,
};
// Wyoming excludes redacted data (no more than five digits shown) but has no encryption clause.
const NO_ENCRYPTION_HARBOUR = { exists: false, keyException: false, citation: 'Wyo. Stat. § 40-12-501 ("redact")' };
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Wyo. Stat. § 40-12-502(d)' };

const STANDARD = 'As soon as possible, in the most expedient time possible and without unreasonable delay after the investigation finds misuse has occurred or is reasonably likely.';
const individuals = (requiredContent: string[], letterElements: ObligationRule['letterElements'], notes: string): ObligationRule =>
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Wyoming residents',
    citation: 'Wyo. Stat. § 40-12-502(a), (e)',
    deadline: withoutDelay('determined', STANDARD),
    lawEnforcement: LE,
    requiredContent,
    letterElements,
    condition: 'Financial institutions complying with federal GLBA rules, and HIPAA covered entities and business associates complying with HIPAA, are deemed compliant (§ 40-12-502).',
    notes,
  });

const vendorNotice = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Wyo. Stat. § 40-12-502(c)',
  deadline: withoutDelay('discovered', 'As soon as practicable following the determination that personal identifying information was, or is reasonably believed to have been, acquired.'),
  lawEnforcement: LE,
  condition:
    'Binds a person that maintains the data on behalf of another (a vendor), not the owner. The two may agree which gives the single required notice; failing agreement, the one with the direct relationship with the resident does.',
});

const SUBSTITUTE_NOTE =
  'Substitute notice (website posting and statewide media with a toll-free number) is allowed above $250,000 or 500,000 persons, or for a Wyoming-based entity above $10,000 or 10,000 persons, or without sufficient contact information.';

const versions: RuleVersion[] = [
  {
    id: 'WY-2007',
    effectiveFrom: '2007-07-01',
    effectiveTo: '2015-06-30',
    citations: ['Wyo. Stat. §§ 40-12-501 to 40-12-509 (S.F. 53, 2007)'],
    summary: 'Wyoming businesses had to investigate a breach and, if misuse was found likely, notify affected residents in the most expedient time possible.',
    coverage: COVERAGE,
    encryptionSafeHarbor: NO_ENCRYPTION_HARBOUR,
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PI_2007,
    substituteNotice: SUBSTITUTE,
    obligations: [
      individuals([], [], `Delay is allowed when a law-enforcement agency determines that notice would impede a criminal investigation. ${SUBSTITUTE_NOTE}`),
      vendorNotice,
    ],
    confidence: 'medium',
    unverified: [
      'The 2007 text was not read beyond the research notes; the definition is reconstructed from the cross-reference to § 6-3-901(b)(iii)-(vii) as then in force.',
      'The vendor duty and the substitute-notice limits of this period are assumed to match the 2015 text.',
      'Whether government bodies are "commercial entities" was not settled.',
    ],
    sources: [
      { where: AKESARI_BILL('2007 Wy. SF 53.PDF'), facts: '2007 act' },
      { where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-wyoming.html', facts: 'effective 2007-07-01; S.F. 35/36 signed 2015-03-02, effective 2015-07-01' },
    ],
  },
  {
    id: 'WY-2015',
    effectiveFrom: '2015-07-01',
    effectiveTo: null,
    citations: ['Wyo. Stat. §§ 40-12-501 to 40-12-509 as amended by S.F. 35 and S.F. 36 (2015, eff. 2015-07-01)'],
    summary:
      'Wyoming businesses must investigate a breach and, if misuse is likely, notify affected residents in the most expedient time possible with a prescribed content list; there is no regulator or credit-bureau notice.',
    coverage: COVERAGE,
    encryptionSafeHarbor: NO_ENCRYPTION_HARBOUR,
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PI_2015,
    substituteNotice: SUBSTITUTE,
    obligations: [
      individuals(
        [
          'A toll-free number to reach the entity, from which the resident can also learn the credit reporting agencies\' toll-free numbers and addresses',
          'The types of personal identifying information reasonably believed to have been breached',
          'A general description of the breach incident',
          'The approximate date of the breach, if reasonably possible to determine',
          'In general terms, the actions taken to protect the system from further breaches',
          'Advice to remain vigilant by reviewing account statements and monitoring credit reports',
          'Whether notice was delayed by a law-enforcement investigation, if that can be determined',
        ],
        ['contact', 'credit_bureaus', 'information_involved', 'what_happened', 'breach_dates', 'what_we_are_doing', 'review_statements', 'law_enforcement_delay'],
        `Delay is allowed only if a law-enforcement agency determines in writing that notice may seriously impede a criminal investigation. ${SUBSTITUTE_NOTE}`,
      ),
      vendorNotice,
    ],
    confidence: 'medium',
    unverified: [
      'The cross-reference to § 6-3-901(b)(iii)-(xiv) (leaving out address and telephone number) is from memory of the code; one summary lists address and telephone too.',
      'Whether government bodies are "commercial entities" was not settled; the engine assumes the duty applies.',
      'Wyoming has no express encryption safe harbour (only redaction); encrypted data is treated as notifiable.',
      'Subsection letters other than § 40-12-502(a)-(b) (content, vendor, substitute notice) were not checked against the official code.',
    ],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'timing, vendor, content, substitute notice, exemptions' },
      { where: BLOOMBERG_TABLE, facts: 'redaction rule, citations' },
      { where: 'http://www.mrgdocs.com/wyoming-legislative-update/', facts: 'S.F. 35 definition of personal identifying information and content list, effective 2015-07-01' },
      { where: 'https://law.counselstack.com/statute/wy/12/40-12-502', facts: '§ 40-12-502(a)-(b) text: investigation, as soon as possible, written law-enforcement determination' },
      { where: 'https://www.dwt.com/wyoming/', facts: 'safe harbour covers redacted data only' },
    ],
  },
];

export const wyoming: Jurisdiction = {
  code: 'WY',
  name: 'Wyoming',
  kind: 'state',
  holidays: { country: 'US', state: 'WY' },
  laws: [{ id: 'WY-40-12-502', title: 'Computer security breach notice, Wyo. Stat. §§ 40-12-501 to 40-12-509', scope: 'residents', versions }],
};
