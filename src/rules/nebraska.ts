// Nebraska: the Financial Data Protection and Consumer Notification of Data Security Breach Act of
// 2006 (Neb. Rev. Stat. §§ 87-801 to 87-808). Its "commercial entity" includes governments, so one
// law covers businesses, nonprofits, the state and its subdivisions alike.
import type { DataElement, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, obligation, toll, withIndividuals, withoutDelay } from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const LE = toll('Neb. Rev. Stat. § 87-803');

// L.B. 835 (2016) added online credentials, which need no name.
const definition = (era: '2006' | '2016'): PersonalInformationDefinition => ({
  citation: era === '2006' ? 'Neb. Rev. Stat. § 87-802(5) (2006 text)' : 'Neb. Rev. Stat. § 87-802(5)',
  summary:
    'first name or initial and last name with an SSN, a driver\'s licence or state ID number, unique biometric data, or an account, card, electronic ID or routing number with any code needed to use it' +
    (era === '2016' ? '; or a user name or email address with the password or security answer to an online account' : ''),
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'biometric'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
    ...(era === '2016'
      ? [
          { all: ['username'] as DataElement[], anyOf: ['password', 'security_question'] as DataElement[] },
          { all: ['email'] as DataElement[], anyOf: ['password', 'security_question'] as DataElement[] },
        ]
      : []),
  ],
});

const COMMERCIAL_ENTITY = '§ 87-802(2) defines a commercial entity to include any corporation, association, organization or other legal entity "whether for profit or not for profit" and any government, governmental subdivision, agency or instrumentality.';
const COVERAGE = coverage({
  business: ['yes', `§ 87-803(1) binds an individual or commercial entity that conducts business in Nebraska and owns or licenses computerized personal information of a Nebraska resident; ${COMMERCIAL_ENTITY}`],
  nonprofit: ['yes', COMMERCIAL_ENTITY],
  local_government: ['yes', `${COMMERCIAL_ENTITY} A county, city or other subdivision is therefore covered.`],
  state_agency: ['yes', `${COMMERCIAL_ENTITY} State agencies are therefore covered.`],
});

const NO_MISUSE = {
  exists: true,
  standard: 'No notice if a good-faith, reasonable and prompt investigation finds that misuse of residents\' information has not occurred and is not reasonably likely (§ 87-803(1)).',
  recordToKeep: null,
};

const individuals = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Nebraska residents',
  citation: 'Neb. Rev. Stat. § 87-803(1)',
  deadline: withoutDelay('determined', 'As soon as possible and without unreasonable delay once the investigation finds misuse has occurred or is reasonably likely, allowing for law enforcement and for measures to determine the scope and restore the system.'),
  lawEnforcement: LE,
  notes: 'No content is prescribed. After a law-enforcement delay, notice is due as soon as possible once the agency says it will no longer impede the investigation. An entity with 10 or fewer employees whose notice would cost over $10,000 may use a reduced substitute notice (email, a newspaper advertisement on three consecutive weeks, website, local media).',
});

const vendor: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Neb. Rev. Stat. § 87-803',
  deadline: withoutDelay('discovered', 'On becoming aware of the breach, when misuse of a Nebraskan\'s information has occurred or is reasonably likely.'),
  requiredContent: ['Notice of the breach, with cooperation including relevant non-proprietary information'],
  condition: 'Binds an individual or entity that maintains the data for its owner or licensee, not the owner itself.',
});

const SUBSTITUTE = { costOver: 75_000, recipientsOver: 100_000, citation: 'Neb. Rev. Stat. § 87-802(4)' };

const versions: RuleVersion[] = [
  {
    id: 'NE-2006',
    effectiveFrom: '2006-07-14',
    effectiveTo: '2016-07-19',
    citations: ['Neb. Rev. Stat. §§ 87-801 to 87-807 (L.B. 876, 2006)'],
    summary: 'Nebraska entities, government included, had to investigate a breach and notify residents as soon as possible when misuse was likely; no regulator was told.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Neb. Rev. Stat. § 87-802(1)' },
    riskOfHarmException: NO_MISUSE,
    personalInformation: definition('2006'),
    substituteNotice: SUBSTITUTE,
    obligations: [individuals, vendor],
    confidence: 'medium',
    unverified: [
      'The substitute-notice thresholds and the small-entity alternative are taken from the current text, assumed unchanged since 2006.',
      'The vendor wording of 2006 was not read.',
    ],
    sources: [
      { where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Nebraska%20State%20Security%20Breach%20Laws.aspx', facts: 'L.B. 876 effective 2006-07-14; 2006 personal-information definition; timing' },
      { where: 'https://www.kelleydrye.com/viewpoints/blogs/ad-law-access/nebraska-amends-data-breach-notification-law', facts: 'key clause and online credentials were added only by L.B. 835' },
      { where: PERKINS_CHART_2021, facts: 'effective dates; substitute notice' },
    ],
  },
  {
    id: 'NE-2016',
    effectiveFrom: '2016-07-20',
    effectiveTo: null,
    citations: ['Neb. Rev. Stat. §§ 87-801 to 87-808 as amended by L.B. 835 (signed 2016-04-13, eff. 2016-07-20) and L.B. 757 (2018)'],
    summary: 'Nebraska entities, government included, must notify residents as soon as possible when misuse is likely and tell the Attorney General no later than the residents, however few they are.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Neb. Rev. Stat. § 87-802(3)' },
    riskOfHarmException: NO_MISUSE,
    personalInformation: definition('2016'),
    substituteNotice: SUBSTITUTE,
    obligations: [
      individuals,
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: 'Nebraska Attorney General',
        citation: 'Neb. Rev. Stat. § 87-803(2)',
        deadline: withIndividuals,
        lawEnforcement: LE,
        requiredContent: ['Notice of the breach (the Attorney General provides an online form)'],
        notes: 'Required whenever residents are notified, with no minimum count, and even for entities following their own or their regulator\'s notice procedures (§ 87-804).',
      }),
      vendor,
    ],
    confidence: 'high',
    unverified: ['The statute text was read from a research copy (self-law.org) of § 87-803, not the Legislature\'s site.'],
    sources: [
      { where: 'https://self-law.org/code/ne/chapter-87/87-803', facts: '§ 87-803(1)-(2): investigation, timing, AG not later than residents' },
      { where: 'https://legalfix.com/statutes/state-codes/nebraska/chapter-87/statute-87-802', facts: '§ 87-802 definitions: commercial entity includes government; encrypted excludes acquired key' },
      { where: 'https://www.shrm.org/resourcesandtools/legal-and-compliance/state-and-local-updates/pages/nebraska-data-breach-notification-law.aspx', facts: 'L.B. 835 signed 2016-04-13, effective 2016-07-20' },
      { where: PERKINS_CHART_2021, facts: 'vendor duty, substitute notice $75,000 / 100,000, small-entity alternative' },
      { where: BLOOMBERG_TABLE, facts: 'AG portal, citations' },
    ],
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
};
