// Wyoming: computer security breach notice (Wyo. Stat. §§ 40-12-501, -502; S.F. 53 of 2007),
// widened by S.F. 35 and S.F. 36 (2015): more data elements, a content list and a written
// law-enforcement request. Binds an "individual or commercial entity" doing business in Wyoming.
import type { Coverage, EncryptionSafeHarbor, FactCheck, Jurisdiction, OrgCategory, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, obligation, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

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

// ---- where the text was read ---------------------------------------------------------------------

const COUNSELSTACK = 'https://law.counselstack.com/statute/wy/12/40-12-502 (Wyo. Stat. § 40-12-502(a) and the start of (b), current text)';
const WORDSBYWIT = 'https://www.wordsbywit.com/wyoming (quotes § 40-12-501 breach definition and § 40-12-502 content list)';
const MINTZ = 'https://www.mintz.com/mintz-matrix/wyoming';
const PERKINS_WY = 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-wyoming.html';
const BILL_2007 = AKESARI_BILL('2007 Wy. SF 53.PDF');
const BILL_2015 = AKESARI_BILL('2015 Wy. SF 36.PDF');
const PAST_B = 'Only § 40-12-502(a) and the start of (b) could be read in the statute text; § 40-12-501 and the rest of § 40-12-502 rest on summaries that quote them.';
const TEXT_2007 = 'The 2007 text (S.F. 53) is stored only as a scanned PDF and was not read; the fact is taken from the current text and summaries of the 2015 changes.';

// ---- personal identifying information ------------------------------------------------------------

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
// Wyoming excludes redacted data (no more than five digits shown) but has no encryption clause: encrypted
// data is notifiable like any other, and breachdesk says so as an assumption.
const NO_ENCRYPTION_HARBOUR: EncryptionSafeHarbor = {
  exists: false,
  keyException: true,
  keyReading: 'protective',
  keyWording: 'No encryption clause: § 40-12-501 excludes only redacted data (no more than five digits of a number shown); the statute says nothing of encryption or keys',
  citation: 'Wyo. Stat. § 40-12-501 ("redact")',
};
const NO_ENCRYPTION_UNVERIFIED =
  'Wyoming has no encryption safe harbour (only redaction): encrypted data is treated as notifiable whether or not its key was taken; some summaries claim an encryption exemption, but none was found in the text read.';
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Wyo. Stat. § 40-12-502(d)' };

// ---- obligations ---------------------------------------------------------------------------------

const STANDARD = 'As soon as possible, in the most expedient time possible and without unreasonable delay after the investigation finds misuse has occurred or is reasonably likely.';
const SAFE_HARBOUR_CONDITION =
  'Financial institutions complying with federal GLBA rules, and HIPAA covered entities and business associates complying with HIPAA, are deemed compliant (§ 40-12-502).';
const SUBSTITUTE_NOTE =
  'Substitute notice (website posting and statewide media with a toll-free number) is allowed above $250,000 or 500,000 persons, or for a Wyoming-based entity above $10,000 or 10,000 persons, or without sufficient contact information.';

const INDIVIDUALS_2007 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Wyoming residents',
  citation: 'Wyo. Stat. § 40-12-502(a), (e)',
  deadline: withoutDelay('determined', STANDARD),
  lawEnforcement: LE,
  condition: SAFE_HARBOUR_CONDITION,
  notes: `Delay is allowed when a law-enforcement agency determines that notice would impede a criminal investigation. ${SUBSTITUTE_NOTE}`,
});
const INDIVIDUALS_2015 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Wyoming residents',
  citation: 'Wyo. Stat. § 40-12-502(a), (e)',
  deadline: withoutDelay('determined', STANDARD),
  lawEnforcement: LE,
  requiredContent: [
    'A toll-free number to reach the entity, from which the resident can also learn the credit reporting agencies\' toll-free numbers and addresses',
    'The types of personal identifying information reasonably believed to have been breached',
    'A general description of the breach incident',
    'The approximate date of the breach, if reasonably possible to determine',
    'In general terms, the actions taken to protect the system from further breaches',
    'Advice to remain vigilant by reviewing account statements and monitoring credit reports',
    'Whether notice was delayed by a law-enforcement investigation, if that can be determined',
  ],
  letterElements: ['contact', 'credit_bureaus', 'information_involved', 'what_happened', 'breach_dates', 'what_we_are_doing', 'review_statements', 'law_enforcement_delay'],
  condition: SAFE_HARBOUR_CONDITION,
  notes: `Delay is allowed only if a law-enforcement agency determines in writing that notice may seriously impede a criminal investigation. ${SUBSTITUTE_NOTE}`,
});

const VENDOR_NOTICE = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Wyo. Stat. § 40-12-502(c)',
  deadline: withoutDelay('discovered', 'As soon as practicable following the determination that personal identifying information was, or is reasonably believed to have been, acquired.'),
  lawEnforcement: LE,
  condition:
    'Binds a person that maintains the data on behalf of another (a vendor), not the owner. The two may agree which gives the single required notice; failing agreement, the one with the direct relationship with the resident does.',
});

// ---- verification --------------------------------------------------------------------------------

const VERIFY_2015: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: `${PERKINS_WY}; ${BILL_2015}`,
    says: 'S.F. 35 and S.F. 36 signed 2015-03-02, in force 2015-07-01',
    checked: CHECKED,
    why: 'The 2015 session laws are stored only as scanned PDFs and were not read.',
  },
  coverage: {
    kind: 'primary',
    where: COUNSELSTACK,
    says: '(a): an individual or commercial entity that conducts business in Wyoming and owns or licenses computerized personal identifying information of a resident; government bodies are not named',
    checked: CHECKED,
  },
  personal_information: {
    kind: 'secondary',
    where: `${MINTZ}; http://www.mrgdocs.com/wyoming-legislative-update/`,
    says: 'name with the § 6-3-901(b)(iii)-(xiv) elements: tribal or government ID, shared secrets or tokens, username or e-mail with password or security answer, birth or marriage certificate, medical and health insurance information, biometric data, ITIN',
    checked: CHECKED,
    why: PAST_B,
  },
  encryption: {
    kind: 'secondary',
    where: `${COUNSELSTACK}; ${BLOOMBERG_TABLE}; https://www.dwt.com/wyoming/`,
    says: 'no encryption clause in (a); the definitions exclude only redacted data',
    checked: CHECKED,
    why: `(a) was read and has no encryption clause; § 40-12-501 was not. ${PAST_B}`,
  },
  risk_of_harm: {
    kind: 'primary',
    where: COUNSELSTACK,
    says: '(a): a good-faith, prompt investigation of the likelihood of misuse; notice only if misuse has occurred or is reasonably likely',
    checked: CHECKED,
  },
  deadline: {
    kind: 'primary',
    where: COUNSELSTACK,
    says: '(a): notice as soon as possible, in the most expedient time possible and without unreasonable delay',
    checked: CHECKED,
  },
  anchor: {
    kind: 'primary',
    where: COUNSELSTACK,
    says: '(a): the duty follows the investigation\'s finding that misuse has occurred or is reasonably likely (the "determined" event)',
    checked: CHECKED,
  },
  threshold: { kind: 'primary', where: COUNSELSTACK, says: 'none: no regulator or bureau notice and no count in (a)-(b)', checked: CHECKED },
  law_enforcement: {
    kind: 'primary',
    where: COUNSELSTACK,
    says: '(b): notice may be delayed if a law enforcement agency determines in writing that it may seriously impede a criminal investigation (a pause)',
    checked: CHECKED,
  },
  substitute_notice: {
    kind: 'secondary',
    where: `${PERKINS_CHART_2021}; ${PERKINS_WY}`,
    says: 'above $250,000 or 500,000 persons (Wyoming-based entities: $10,000 or 10,000), or without contact details',
    checked: CHECKED,
    why: PAST_B,
  },
  required_content: {
    kind: 'secondary',
    where: WORDSBYWIT,
    says: 'toll-free number (and the bureaus\' numbers through it), types of information, description, approximate date, actions taken, advice to stay vigilant, whether delayed by law enforcement',
    checked: CHECKED,
    why: PAST_B,
  },
  forbidden_content: { kind: 'secondary', where: `${WORDSBYWIT}; ${MINTZ}`, says: 'none reported', checked: CHECKED, why: PAST_B },
};
const SECONDARY_2007: FactCheck = {
  kind: 'secondary',
  where: `${PERKINS_WY}; ${COUNSELSTACK}`,
  says: 'as in the current (a): investigate in good faith; notice as soon as possible if misuse has occurred or is reasonably likely',
  checked: CHECKED,
  why: TEXT_2007,
};
const VERIFY_2007: Verification = {
  effective_dates: { kind: 'secondary', where: `${PERKINS_WY}; ${BILL_2007}`, says: 'S.F. 53 (2007) in force 2007-07-01', checked: CHECKED, why: TEXT_2007 },
  coverage: { ...SECONDARY_2007, says: 'an individual or commercial entity conducting business in Wyoming; government bodies not named' },
  personal_information: { ...SECONDARY_2007, says: 'name with the § 6-3-901(b)(iii)-(vii) elements then in force: SSN, licence, tribal or government ID, account or card number with its code' },
  encryption: { ...SECONDARY_2007, says: 'no encryption clause; only redacted data excluded' },
  risk_of_harm: SECONDARY_2007,
  deadline: SECONDARY_2007,
  anchor: { ...SECONDARY_2007, says: 'after the investigation finds misuse has occurred or is reasonably likely' },
  threshold: { ...SECONDARY_2007, says: 'none: no regulator or bureau notice' },
  law_enforcement: { ...SECONDARY_2007, says: 'delay while law enforcement determines notice would impede a criminal investigation; the written-determination requirement came in 2015' },
  substitute_notice: { ...SECONDARY_2007, where: PERKINS_CHART_2021, says: 'the 2015 substitute-notice limits are assumed to have applied already' },
  required_content: { ...SECONDARY_2007, where: `${PERKINS_WY}; http://www.mrgdocs.com/wyoming-legislative-update/`, says: 'none: the content list came with S.F. 36 (2015)' },
  forbidden_content: { ...SECONDARY_2007, says: 'none reported' },
};

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
    obligations: [INDIVIDUALS_2007, VENDOR_NOTICE],
    confidence: 'low',
    unverified: [
      'The 2007 text was not read; the definition is reconstructed from the cross-reference to § 6-3-901(b)(iii)-(vii) as then in force.',
      'The vendor duty and the substitute-notice limits of this period are assumed to match the 2015 text.',
      'Whether government bodies are "commercial entities" was not settled.',
      NO_ENCRYPTION_UNVERIFIED,
    ],
    sources: [
      { where: BILL_2007, facts: '2007 act' },
      { where: PERKINS_WY, facts: 'effective 2007-07-01; S.F. 35/36 signed 2015-03-02, effective 2015-07-01' },
    ],
    verification: VERIFY_2007,
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
    obligations: [INDIVIDUALS_2015, VENDOR_NOTICE],
    confidence: 'medium',
    unverified: [
      'The cross-reference to § 6-3-901(b)(iii)-(xiv) (leaving out address and telephone number) follows the Mintz summary; § 40-12-501 itself was not read.',
      'Whether government bodies are "commercial entities" was not settled; the engine assumes the duty applies.',
      NO_ENCRYPTION_UNVERIFIED,
      'Subsections (c)-(e) of § 40-12-502 (vendor, substitute notice, content) were not read in the statute text.',
    ],
    sources: [
      { where: COUNSELSTACK, facts: '§ 40-12-502(a)-(b) text: investigation, as soon as possible, written law-enforcement determination' },
      { where: WORDSBYWIT, facts: 'breach definition (loss or injury) and the § 40-12-502(e) content list' },
      { where: MINTZ, facts: 'S.F. 35 definition of personal identifying information' },
      { where: PERKINS_CHART_2021, facts: 'timing, vendor, content, substitute notice, exemptions' },
      { where: BLOOMBERG_TABLE, facts: 'redaction rule, citations' },
      { where: 'http://www.mrgdocs.com/wyoming-legislative-update/', facts: 'S.F. 35 definition of personal identifying information and content list, effective 2015-07-01' },
      { where: 'https://www.dwt.com/wyoming/', facts: 'safe harbour covers redacted data only' },
    ],
    verification: VERIFY_2015,
  },
];

export const wyoming: Jurisdiction = {
  code: 'WY',
  name: 'Wyoming',
  kind: 'state',
  holidays: { country: 'US', state: 'WY' },
  laws: [{ id: 'WY-40-12-502', title: 'Computer security breach notice, Wyo. Stat. §§ 40-12-501 to 40-12-509', scope: 'residents', versions }],
  channels: [],
  consumerContact: {
    name: 'Wyoming Attorney General, Consumer Protection and Antitrust Unit',
    phone: '1-800-438-5799',
    website: 'ag.wyo.gov',
    address: '109 State Capitol, Cheyenne, WY 82002',
    source:
      'https://ag.wyo.gov/law-office-division/consumer-protection-and-antitrust-unit (the Unit and its written-complaint service); the toll-free number and postal address are the Unit\'s published ones, not re-read in this check',
    checked: CHECKED,
  },
};
