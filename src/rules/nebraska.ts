// Nebraska: the Financial Data Protection and Consumer Notification of Data Security Breach Act of
// 2006 (Neb. Rev. Stat. §§ 87-801 to 87-808). Its "commercial entity" includes governments, so one
// law covers businesses, nonprofits, the state and its subdivisions alike.
import type { DataElement, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, obligation, toll, withIndividuals, withoutDelay } from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const LE = toll('Neb. Rev. Stat. § 87-803');

const PI_2006: PersonalInformationDefinition = {
  citation: 'Neb. Rev. Stat. § 87-802(5) (2006 text)',
  summary:
    "first name or initial and last name with an SSN, a driver's licence or state ID number, unique biometric data, or an account, card, electronic ID or routing number with any code needed to use it",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'biometric'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
  ],
};

// L.B. 835 (2016) added online credentials, which need no name (§ 87-802(5)(b)).
const PI_2016: PersonalInformationDefinition = {
  citation: 'Neb. Rev. Stat. § 87-802(5)',
  summary:
    "first name or initial and last name with an SSN, a driver's licence or state ID number, unique biometric data, or an account, card, electronic ID or routing number with any code needed to use it; or a user name or email address with the password or security answer to an online account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'biometric'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
    { all: ['username'], anyOf: ['password', 'security_question'] },
    { all: ['email'], anyOf: ['password', 'security_question'] },
  ],
};

const COMMERCIAL_ENTITY = '§ 87-802(2) defines a commercial entity to include any corporation, association, organization or other legal entity "whether for profit or not for profit" and any government, governmental subdivision, agency or instrumentality.';
const COVERAGE = coverage({
  business: ['yes', `§ 87-803(1) binds an individual or commercial entity that conducts business in Nebraska and owns or licenses computerized personal information of a Nebraska resident; ${COMMERCIAL_ENTITY}`],
  nonprofit: ['yes', COMMERCIAL_ENTITY],
  local_government: ['yes', `${COMMERCIAL_ENTITY} A county, city or other subdivision is therefore covered.`],
  state_agency: ['yes', `${COMMERCIAL_ENTITY} State agencies are therefore covered.`],
});

const NO_MISUSE = {
  exists: true,
  standard: "No notice if a good-faith, reasonable and prompt investigation finds that misuse of residents' information has not occurred and is not reasonably likely (§ 87-803(1)).",
  recordToKeep: null,
};

const INDIVIDUALS: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Nebraska residents',
  citation: 'Neb. Rev. Stat. § 87-803(1)',
  deadline: withoutDelay('determined', 'As soon as possible and without unreasonable delay once the investigation finds misuse has occurred or is reasonably likely, allowing for law enforcement and for measures to determine the scope and restore the system.'),
  lawEnforcement: LE,
  notes: 'No content is prescribed. After a law-enforcement delay, notice is due as soon as possible once the agency says it will no longer impede the investigation. An entity with 10 or fewer employees whose notice would cost over $10,000 may use a reduced substitute notice (email, a newspaper advertisement on three consecutive weeks, website, local media).',
});

const VENDOR: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Neb. Rev. Stat. § 87-803(3)',
  deadline: withoutDelay('discovered', "On becoming aware of the breach, when misuse of a Nebraskan's information has occurred or is reasonably likely."),
  requiredContent: ['Notice of the breach, with cooperation including relevant non-proprietary information'],
  condition: 'Binds an individual or entity that maintains the data for its owner or licensee, not the owner itself.',
});

const ATTORNEY_GENERAL: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Nebraska Attorney General',
  citation: 'Neb. Rev. Stat. § 87-803(2)',
  deadline: withIndividuals,
  lawEnforcement: LE,
  requiredContent: ['Notice of the breach (the Attorney General provides an online form)'],
  notes: "Required whenever residents are notified, with no minimum count, and even for entities following their own or their regulator's notice procedures (§ 87-804).",
});

const SUBSTITUTE = { costOver: 75_000, recipientsOver: 100_000, citation: 'Neb. Rev. Stat. § 87-802(4)(d)' };

// Texts read for the facts below (checked 2026-12-08).
const CHECKED = '2026-12-08';
const S802 =
  'https://nebraskalegislature.gov/laws/statutes.php?statute=87-802 (§ 87-802(1)-(4)(c), read in the verbatim copy at https://legalfix.com/statutes/state-codes/nebraska/chapter-87/statute-87-802)';
const S802_5 =
  'https://nebraskalegislature.gov/laws/statutes.php?statute=87-802 (§ 87-802(5)-(6), read in the verbatim copy at https://services.unk.edu/service/security-awareness-training/personally-identifiable-information-pii)';
const S803 =
  'https://nebraskalegislature.gov/laws/statutes.php?statute=87-803 (§ 87-803(1)-(2) and the start of (3), read in the verbatim copy at https://self-law.org/code/ne/chapter-87/87-803)';
const AICPA =
  'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Nebraska%20State%20Security%20Breach%20Laws.aspx';
const WHY_2006 =
  'L.B. 876 (2006) itself could not be read (the stored copy is a PDF with no text); the AICPA page quotes the 2006 wording and the current text shows the same words.';
const WHY_LATER =
  'The stored copies of §§ 87-802 and 87-803 break off before this subsection; only summaries of it were found.';

const NE_2006_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: AICPA, says: 'L.B. 876 in force 2006-07-14; L.B. 835 (2016) then added the AG notice, credentials and the key clause', checked: CHECKED, why: WHY_2006 },
  coverage: { kind: 'secondary', where: 'https://www.cliclaw.com/node/7997', says: 'any person, business or government agency doing business in Nebraska that owns or licenses the data', checked: CHECKED, why: WHY_2006 },
  personal_information: { kind: 'secondary', where: AICPA, says: 'name with SSN, licence or state ID, account or card number with code, electronic ID or routing code with code, or biometric data; no credentials', checked: CHECKED, why: WHY_2006 },
  encryption: { kind: 'secondary', where: 'https://www.kelleydrye.com/viewpoints/blogs/ad-law-access/nebraska-amends-data-breach-notification-law', says: 'the data must be encrypted, redacted or otherwise made unreadable; the stolen-key sentence came only with L.B. 835', checked: CHECKED, why: WHY_2006 },
  risk_of_harm: { kind: 'secondary', where: AICPA, says: 'prompt good-faith investigation; notice only if misuse occurred or is reasonably likely', checked: CHECKED, why: WHY_2006 },
  deadline: { kind: 'secondary', where: AICPA, says: 'as soon as possible and without unreasonable delay; no regulator notice', checked: CHECKED, why: WHY_2006 },
  anchor: { kind: 'secondary', where: AICPA, says: 'the clock follows the investigation finding misuse likely', checked: CHECKED, why: WHY_2006 },
  threshold: { kind: 'secondary', where: AICPA, says: 'none: no regulator or credit-bureau notice, so no count', checked: CHECKED, why: WHY_2006 },
  law_enforcement: { kind: 'secondary', where: AICPA, says: 'timing consistent with the legitimate needs of law enforcement', checked: CHECKED, why: WHY_2006 },
  substitute_notice: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'over $75,000 or over 100,000 persons or no contact data; small-entity variant at $10,000', checked: CHECKED, why: WHY_2006 },
  required_content: { kind: 'secondary', where: 'https://www.wordsbywit.com/nebraska', says: 'none: the Act prescribes no letter content', checked: CHECKED, why: WHY_2006 },
  forbidden_content: { kind: 'secondary', where: 'https://www.wordsbywit.com/nebraska', says: 'none: nothing is forbidden in a notice', checked: CHECKED, why: WHY_2006 },
};

const E_2016: FactCheck = {
  kind: 'secondary',
  where: 'https://www.shrm.org/resourcesandtools/legal-and-compliance/state-and-local-updates/pages/nebraska-data-breach-notification-law.aspx',
  says: 'L.B. 835 signed 2016-04-13, in force 2016-07-20',
  checked: CHECKED,
  why: 'L.B. 835 was not read. Neb. Const. art. III, § 27 delays an act three calendar months after adjournment; the 2016 session adjourned 2016-04-20 (Unicameral Update, Apr. 12-20, 2016), which points to 2016-07-21. The earlier date is kept, the safer reading.',
};

const NE_2016_VERIFICATION: Verification = {
  effective_dates: E_2016,
  coverage: { kind: 'primary', where: `${S802}; ${S803}`, says: 'commercial entity includes governments, subdivisions and not-for-profit entities; the duty binds those doing business in Nebraska that own or license the data', checked: CHECKED },
  personal_information: { kind: 'primary', where: S802_5, says: 'name with SSN, licence or state ID, account or card number with code, electronic ID or routing code with code, or biometric data; or a user name or email with password or security answer, no name needed', checked: CHECKED },
  encryption: { kind: 'primary', where: S802, says: 'encrypted means unreadable without a confidential process or key; not encrypted if the key was or is reasonably believed acquired', checked: CHECKED },
  risk_of_harm: { kind: 'primary', where: S803, says: 'prompt good-faith investigation; notice only if misuse has occurred or is reasonably likely', checked: CHECKED },
  deadline: { kind: 'secondary', where: `${S803}; ${PERKINS_CHART_2021}`, says: 'residents as soon as possible and without unreasonable delay and the AG no later than the residents (both read in § 87-803(1)-(2)); the vendor on becoming aware (summaries only)', checked: CHECKED, why: `The vendor duty of § 87-803(3): ${WHY_LATER}` },
  anchor: { kind: 'secondary', where: `${S803}; ${PERKINS_CHART_2021}`, says: 'the resident clock follows the investigation finding misuse likely and the AG notice is tied to it (read); the vendor clock runs from becoming aware (summaries only)', checked: CHECKED, why: `The vendor duty of § 87-803(3): ${WHY_LATER}` },
  threshold: { kind: 'primary', where: S803, says: 'none: the AG is told whenever residents are notified, whatever their number', checked: CHECKED },
  law_enforcement: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'notice may be delayed for law enforcement and follows as soon as possible once cleared', checked: CHECKED, why: `§ 87-803(1) reads "consistent with the legitimate needs of law enforcement"; ${WHY_LATER}` },
  substitute_notice: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'over $75,000 or over 100,000 persons or no contact data; small-entity variant at $10,000', checked: CHECKED, why: WHY_LATER },
  required_content: { kind: 'secondary', where: 'https://protectthegoodlife.nebraska.gov/data-breach-notification', says: 'the statute prescribes no content; the AG form asks for entity, numbers, dates, manner of notice and a sample letter', checked: CHECKED, why: 'Only § 87-803(1)-(2) were read; the rest of § 87-803 and § 87-804 break off in the stored copies.' },
  forbidden_content: { kind: 'secondary', where: 'https://www.wordsbywit.com/nebraska', says: 'none: nothing is forbidden in a notice', checked: CHECKED, why: 'Only § 87-803(1)-(2) were read; the rest of § 87-803 breaks off in the stored copy.' },
};

const versions: RuleVersion[] = [
  {
    id: 'NE-2006',
    effectiveFrom: '2006-07-14',
    effectiveTo: '2016-07-19',
    citations: ['Neb. Rev. Stat. §§ 87-801 to 87-807 (L.B. 876, 2006)'],
    summary: 'Nebraska entities, government included, had to investigate a breach and notify residents as soon as possible when misuse was likely; no regulator was told.',
    coverage: COVERAGE,
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'implied',
      keyWording: '§ 87-802(5) (2006): the name or elements must be encrypted, redacted or otherwise altered so as to be unreadable; no sentence on the key.',
      citation: 'Neb. Rev. Stat. § 87-802(5) (2006 text)',
    },
    riskOfHarmException: NO_MISUSE,
    personalInformation: PI_2006,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS, VENDOR],
    confidence: 'low',
    unverified: [
      'L.B. 876 (2006) was not read: every fact of this version rests on summaries that quote the 2006 wording.',
      'The substitute-notice thresholds and the small-entity alternative are taken from the current text, assumed unchanged since 2006.',
      'The 2006 text has no stolen-key sentence; data whose key was taken is no longer "unreadable", so breachdesk treats it as a breach.',
    ],
    sources: [
      { where: AICPA, facts: 'L.B. 876 effective 2006-07-14; 2006 personal-information definition; timing' },
      { where: 'https://www.kelleydrye.com/viewpoints/blogs/ad-law-access/nebraska-amends-data-breach-notification-law', facts: 'key clause and online credentials were added only by L.B. 835' },
      { where: PERKINS_CHART_2021, facts: 'effective dates; substitute notice' },
    ],
    verification: NE_2006_VERIFICATION,
  },
  {
    id: 'NE-2016',
    effectiveFrom: '2016-07-20',
    effectiveTo: null,
    citations: ['Neb. Rev. Stat. §§ 87-801 to 87-808 as amended by L.B. 835 (signed 2016-04-13, eff. 2016-07-20) and L.B. 757 (2018)'],
    summary: 'Nebraska entities, government included, must notify residents as soon as possible when misuse is likely and tell the Attorney General no later than the residents, however few they are.',
    coverage: COVERAGE,
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'express',
      keyWording: '§ 87-802(3): data is not encrypted if the confidential process or key was or is reasonably believed to have been acquired in the breach.',
      citation: 'Neb. Rev. Stat. § 87-802(3)',
    },
    riskOfHarmException: NO_MISUSE,
    personalInformation: PI_2016,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS, ATTORNEY_GENERAL, VENDOR],
    confidence: 'low',
    unverified: [
      'L.B. 835 took effect 2016-07-20 by the law-firm reports; three calendar months after the 2016 adjournment (2016-04-20) would be 2016-07-21. The earlier date is used.',
      'The law-enforcement delay, substitute notice, vendor duty and § 87-804 were read only in summaries; the stored statute copies break off before them.',
    ],
    sources: [
      { where: S803, facts: '§ 87-803(1)-(2): investigation, timing, AG not later than residents' },
      { where: S802, facts: '§ 87-802(1)-(4): commercial entity includes government; encrypted excludes acquired key' },
      { where: S802_5, facts: '§ 87-802(5): personal information incl. online credentials without a name' },
      { where: 'https://www.shrm.org/resourcesandtools/legal-and-compliance/state-and-local-updates/pages/nebraska-data-breach-notification-law.aspx', facts: 'L.B. 835 signed 2016-04-13, effective 2016-07-20' },
      { where: PERKINS_CHART_2021, facts: 'vendor duty, substitute notice $75,000 / 100,000, small-entity alternative' },
      { where: BLOOMBERG_TABLE, facts: 'AG portal, citations' },
    ],
    verification: NE_2016_VERIFICATION,
  },
];

export const nebraska: Jurisdiction = {
  code: 'NE',
  name: 'Nebraska',
  kind: 'state',
  holidays: { country: 'US', state: 'NE' },
  laws: [
    {
      id: 'NE-87-803',
      title: 'Financial Data Protection and Consumer Notification of Data Security Breach Act of 2006, Neb. Rev. Stat. §§ 87-801 to 87-808',
      scope: 'residents',
      versions,
    },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      name: "Nebraska Attorney General's Office, Consumer Affairs Response Team",
      ways: [
        { kind: 'online_form', value: 'https://protectthegoodlife.nebraska.gov/data-breach-notification', formName: 'Data Breach Notification' },
        { kind: 'postal', value: 'Office of the Attorney General, Consumer Affairs Response Team, 2115 State Capitol, Lincoln, NE 68509' },
      ],
      asksFor: [
        'Name and address of the entity or person that owns or licenses the data',
        'Type of organization',
        'Number of persons affected',
        'Dates of the breach, its discovery and the notice',
        'Manner of notification to affected persons',
        'A copy of a sample notification letter',
        'Type of breach and the information acquired',
      ],
      source: 'https://protectthegoodlife.nebraska.gov/data-breach-notification (electronic form; a printable PDF may be mailed to the address given there)',
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: "Nebraska Attorney General's Office, Consumer Protection Division",
    phone: '1-800-727-6432',
    website: 'protectthegoodlife.nebraska.gov',
    address: '2115 State Capitol, Lincoln, NE 68509',
    source: 'Address from https://protectthegoodlife.nebraska.gov/data-breach-notification; the toll-free consumer line is the one the office publishes on protectthegoodlife.nebraska.gov (not re-read on 2026-12-08)',
    checked: CHECKED,
  },
};
