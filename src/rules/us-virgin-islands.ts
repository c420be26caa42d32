// U.S. Virgin Islands: security breach notice in the Identity Theft Prevention Act (14 V.I.C.
// §§ 2208-2212, Act No. 6789 of 2005-10-17), on the California model: one section for government
// agencies and a parallel one for persons and businesses. No regulator or credit-bureau notice.
import type { Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, coverage, governmentOnlyCoverage, obligation, toll, withoutDelay } from './shared.js';

const CARD_CODES = ['card_security_code', 'access_code', 'password'] as const;

const PERSONAL_INFORMATION = (citation: string): PersonalInformationDefinition => ({
  citation,
  summary:
    "an individual's name (first name or initial and last name) with an SSN, a driver's licence number, or an account or card number with the code or password needed to reach the financial account, when the name or the element is not encrypted",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license'] },
    { all: ['name', 'account_number'], anyOf: [...CARD_CODES] },
    { all: ['name', 'card_number'], anyOf: [...CARD_CODES] },
  ],
});

const EXPEDIENT =
  'In the most expedient time possible and without unreasonable delay after discovery or notification of the breach, consistent with law-enforcement needs and the measures needed to determine its scope and restore the system.';

const obligations = (section: string, holder: string): ObligationRule[] => [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected residents of the Virgin Islands',
    citation: `14 V.I.C. § ${section}`,
    deadline: withoutDelay('discovered', EXPEDIENT),
    lawEnforcement: toll(`14 V.I.C. § ${section}`),
    condition: `${holder} that keeps its own notification procedures within an information security policy, consistent with this timing, complies by notifying under them.`,
    notes: 'Notice may be written or electronic (E-SIGN); substitute notice is e-mail, a conspicuous website posting and notice to major territory-wide media.',
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: `14 V.I.C. § ${section}`,
    deadline: withoutDelay('discovered', 'Immediately following discovery, if the information was or is reasonably believed to have been acquired by an unauthorized person.'),
    lawEnforcement: toll(`14 V.I.C. § ${section}`),
    condition: 'Binds a holder that maintains the data without owning or licensing it (a vendor), not the owner.',
  }),
];

const SECTION_NOTE =
  'The research record assigns § 2208 to persons and businesses and § 2209 to agencies; the statute text quoted by CLIClaw and AICPA puts the agency duty ("maintained by the agency") in § 2208, which this catalogue follows.';
const COMMON = {
  encryptionSafeHarbor: { exists: true, keyException: false, citation: '14 V.I.C. §§ 2208-2209' },
  riskOfHarmException: { exists: false, standard: null },
  substituteNotice: { costOver: 100_000, recipientsOver: 50_000, citation: '14 V.I.C. §§ 2208-2209' },
  confidence: 'medium' as const,
};
const SOURCES = [
  { where: BLOOMBERG_TABLE, facts: 'citations, effective date, substitute notice, government section' },
  { where: 'https://cliclaw.com/library/us-state-laws/data-breach/virgin-islands-notices-security-breach-14-vic-%C2%A7-2201-%C2%A7-2208-%C2%A7-2209', facts: 'text of §§ 2201, 2208-2212; agency own-procedures clause' },
  { where: 'https://cliclaw.com/library/us-state-laws/us-territory-us-virgin-islands/virgin-islands-identity-theft-prevention-act-14', facts: 'subchapter added Oct. 17, 2005, No. 6789' },
  { where: 'https://www.constangy.com/data-privacy-us-vi', facts: 'no regulator notice; law-enforcement delay; definition' },
];
const UNVERIFIED = [
  SECTION_NOTE,
  'The substitute-notice limits ($100,000 / 50,000) come from the Bloomberg table only.',
  'The statute excludes encrypted data and says nothing of a compromised key; a compromised key is not treated as defeating the exclusion.',
];

const business: RuleVersion[] = [
  {
    id: 'VI-2005',
    effectiveFrom: '2005-10-17',
    effectiveTo: null,
    citations: ['14 V.I.C. § 2209 (Act No. 6789, § 2, Sess. L. 2005, p. 336, eff. 2005-10-17)'],
    summary: 'Persons and businesses holding Virgin Islands residents\' data must notify them in the most expedient time possible after a breach of unencrypted personal information; no regulator is notified.',
    coverage: coverage({
      business: ['yes', '14 V.I.C. § 2209 binds any person or business that conducts business in the Virgin Islands and owns or licenses computerized personal information.'],
      nonprofit: ['uncertain', '14 V.I.C. § 2209 binds a "person or business"; whether a nonprofit is one was not checked (California\'s model includes nonprofits).'],
      local_government: ['no', 'Government bodies are covered by the parallel agency section, 14 V.I.C. § 2208, not by § 2209.'],
      state_agency: ['no', 'Territorial agencies are covered by the parallel agency section, 14 V.I.C. § 2208, not by § 2209.'],
    }),
    personalInformation: PERSONAL_INFORMATION('14 V.I.C. § 2209'),
    obligations: obligations('2209', 'A person or business'),
    ...COMMON,
    unverified: UNVERIFIED,
    sources: SOURCES,
  },
];

const agencies: RuleVersion[] = [
  {
    id: 'VI-GOV-2005',
    effectiveFrom: '2005-10-17',
    effectiveTo: null,
    citations: ['14 V.I.C. § 2208 (Act No. 6789, § 2, Sess. L. 2005, p. 336, eff. 2005-10-17)'],
    summary: 'Virgin Islands government agencies must notify affected residents in the most expedient time possible after a breach of unencrypted personal information.',
    coverage: governmentOnlyCoverage('14 V.I.C. § 2209', {
      local_government: [
        'uncertain',
        'The Virgin Islands has no municipal governments; semi-autonomous authorities and instrumentalities are likely "agencies" under 14 V.I.C. § 2208, but the definition was not read.',
      ],
      state_agency: ['yes', '14 V.I.C. § 2208 binds any agency that owns or licenses computerized personal information.'],
    }),
    personalInformation: PERSONAL_INFORMATION('14 V.I.C. § 2208'),
    obligations: obligations('2208', 'An agency'),
    ...COMMON,
    unverified: [...UNVERIFIED, 'The definition of "agency" was not read.'],
    sources: [
      ...SOURCES,
      { where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Virgin%20Islands%20Security%20Breach%20Laws.aspx', facts: '§ 2208 binds any agency; effective 2005-10-17; definition' },
    ],
  },
];

export const usVirginIslands: Jurisdiction = {
  code: 'VI',
  name: 'U.S. Virgin Islands',
  kind: 'territory',
  holidays: { country: 'VI' },
  laws: [
    { id: 'VI-14-2209', title: 'Disclosure of breach of security by persons and businesses, 14 V.I.C. § 2209', scope: 'residents', versions: business },
    { id: 'VI-14-2208', title: 'Notice of security breach by government agencies, 14 V.I.C. § 2208', scope: 'residents', versions: agencies },
  ],
};
