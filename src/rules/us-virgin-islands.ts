// U.S. Virgin Islands: security breach notice in the Identity Theft Prevention Act (14 V.I.C.
// §§ 2208-2212, Act No. 6789 of 2005-10-17), on the California model: one section for government
// agencies and a parallel one for persons and businesses. No regulator or credit-bureau notice.
import type { FactCheck, Jurisdiction, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, coverage, governmentOnlyCoverage, obligation, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const CLICLAW_SUBCHAPTER = 'https://cliclaw.com/library/us-state-laws/us-territory-us-virgin-islands/virgin-islands-identity-theft-prevention-act-14';
const CLICLAW_BREACH = 'https://cliclaw.com/library/us-state-laws/data-breach/virgin-islands-notices-security-breach-14-vic-%C2%A7-2201-%C2%A7-2208-%C2%A7-2209';
const AICPA_VI =
  'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Virgin%20Islands%20Security%20Breach%20Laws.aspx';

const PI_SUMMARY =
  "an individual's name (first name or initial and last name) with an SSN, a driver's licence number, or an account or card number with the code or password needed to reach the financial account, when the name or the element is not encrypted";
const PI_COMBINATIONS: PersonalInformationDefinition['combinations'] = [
  { all: ['name'], anyOf: ['ssn', 'drivers_license'] },
  { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
];

const EXPEDIENT =
  'In the most expedient time possible and without unreasonable delay after discovery or notification of the breach, consistent with law-enforcement needs and the measures needed to determine its scope and restore the system.';
const NOTICE_NOTES = 'Notice may be written or electronic (E-SIGN); substitute notice is e-mail, a conspicuous website posting and notice to major territory-wide media.';
const VENDOR_STANDARD = 'Immediately following discovery, if the information was or is reasonably believed to have been acquired by an unauthorized person.';
const VENDOR_CONDITION = 'Binds a holder that maintains the data without owning or licensing it (a vendor), not the owner.';

const BUSINESS_OBLIGATIONS = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected residents of the Virgin Islands',
    citation: '14 V.I.C. § 2209',
    deadline: withoutDelay('discovered', EXPEDIENT),
    lawEnforcement: toll('14 V.I.C. § 2209'),
    condition: 'A person or business that keeps its own notification procedures within an information security policy, consistent with this timing, complies by notifying under them.',
    notes: NOTICE_NOTES,
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: '14 V.I.C. § 2209',
    deadline: withoutDelay('discovered', VENDOR_STANDARD),
    lawEnforcement: toll('14 V.I.C. § 2209'),
    condition: VENDOR_CONDITION,
  }),
];
const AGENCY_OBLIGATIONS = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected residents of the Virgin Islands',
    citation: '14 V.I.C. § 2208',
    deadline: withoutDelay('discovered', EXPEDIENT),
    lawEnforcement: toll('14 V.I.C. § 2208'),
    condition: 'An agency that keeps its own notification procedures within an information security policy, consistent with this timing, complies by notifying under them.',
    notes: NOTICE_NOTES,
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: '14 V.I.C. § 2208',
    deadline: withoutDelay('discovered', VENDOR_STANDARD),
    lawEnforcement: toll('14 V.I.C. § 2208'),
    condition: VENDOR_CONDITION,
  }),
];

const KEY_WORDING = '§§ 2208-2209: notice to residents whose "unencrypted personal information" was acquired; the name or elements count when "not encrypted". Nothing on keys.';
const SECTION_NOTE =
  'The research record assigns § 2208 to persons and businesses and § 2209 to agencies; the statute text quoted by CLIClaw and AICPA puts the agency duty ("maintained by the agency") in § 2208, which this catalogue follows.';
const KEY_NOTE =
  'The statute excludes only "unencrypted" information and says nothing of a compromised key: literally encrypted data stays exempt, but breachdesk treats a taken key as owing notice, the safer reading.';

const SECTIONS_WHY = 'The stored copy of the subchapter (CLIClaw) reaches only § 2201; §§ 2208-2209 were read in summaries that quote them (AICPA, Constangy, CLIClaw\'s own summary).';
const VI_VERIFICATION = {
  effective_dates: {
    kind: 'primary',
    where: CLICLAW_SUBCHAPTER,
    says: 'the subchapter (§§ 2200-2212) was added 2005-10-17 by Act No. 6789, § 2, Sess. L. 2005, p. 336; no later amendment of §§ 2208-2209 found',
    checked: CHECKED,
  },
  coverage: { kind: 'secondary', where: AICPA_VI, says: '§ 2208: any agency that owns or licenses computerized personal information; § 2209: any person or business conducting business in the Virgin Islands', checked: CHECKED, why: SECTIONS_WHY },
  personal_information: { kind: 'secondary', where: AICPA_VI, says: 'name with SSN, driver licence number, or account/card number with its code, when not encrypted', checked: CHECKED, why: SECTIONS_WHY },
  encryption: { kind: 'secondary', where: AICPA_VI, says: KEY_WORDING, checked: CHECKED, why: SECTIONS_WHY },
  risk_of_harm: { kind: 'secondary', where: 'https://www.constangy.com/data-privacy-us-vi', says: 'none: no harm test', checked: CHECKED, why: SECTIONS_WHY },
  deadline: { kind: 'secondary', where: AICPA_VI, says: 'most expedient time possible and without unreasonable delay; vendor immediately', checked: CHECKED, why: SECTIONS_WHY },
  anchor: { kind: 'secondary', where: AICPA_VI, says: 'following discovery or notification of the breach', checked: CHECKED, why: SECTIONS_WHY },
  threshold: { kind: 'secondary', where: 'https://www.constangy.com/data-privacy-us-vi', says: 'none: no regulator or bureau notice and no number', checked: CHECKED, why: SECTIONS_WHY },
  law_enforcement: { kind: 'secondary', where: 'https://www.constangy.com/data-privacy-us-vi', says: 'delay while law enforcement determines notice would impede a criminal investigation; notice after it no longer would', checked: CHECKED, why: SECTIONS_WHY },
  substitute_notice: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'cost over $100,000 or more than 50,000 persons, or insufficient contact information', checked: CHECKED, why: `${SECTIONS_WHY} The figures come from the Bloomberg table only.` },
  required_content: { kind: 'secondary', where: CLICLAW_BREACH, says: 'none: no letter content prescribed', checked: CHECKED, why: SECTIONS_WHY },
  forbidden_content: { kind: 'secondary', where: CLICLAW_BREACH, says: 'none: nothing forbidden', checked: CHECKED, why: SECTIONS_WHY },
} satisfies RuleVersion['verification'];
const AGENCY_DEFINITION: FactCheck = {
  kind: 'secondary',
  where: AICPA_VI,
  says: '§ 2208 binds "any agency" that owns or licenses computerized personal information; "agency" was not read',
  checked: CHECKED,
  why: SECTIONS_WHY,
};

const SUBSTITUTE = { costOver: 100_000, recipientsOver: 50_000, citation: '14 V.I.C. §§ 2208-2209' };
const SOURCES = [
  { where: BLOOMBERG_TABLE, facts: 'citations, effective date, substitute notice, government section' },
  { where: CLICLAW_BREACH, facts: 'text of §§ 2201, 2208-2212 (stored copy reaches § 2201); agency own-procedures clause' },
  { where: CLICLAW_SUBCHAPTER, facts: 'subchapter added Oct. 17, 2005, No. 6789, § 2' },
  { where: 'https://www.constangy.com/data-privacy-us-vi', facts: 'no regulator notice; law-enforcement delay; definition' },
];
const UNVERIFIED = [SECTION_NOTE, 'The substitute-notice limits ($100,000 / 50,000) come from the Bloomberg table only.', KEY_NOTE];

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
    encryptionSafeHarbor: { exists: true, keyException: true, keyReading: 'protective', keyWording: KEY_WORDING, citation: '14 V.I.C. § 2209' },
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: { citation: '14 V.I.C. § 2209', summary: PI_SUMMARY, combinations: PI_COMBINATIONS },
    substituteNotice: SUBSTITUTE,
    obligations: BUSINESS_OBLIGATIONS,
    confidence: 'low',
    unverified: UNVERIFIED,
    sources: SOURCES,
    verification: VI_VERIFICATION,
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
    encryptionSafeHarbor: { exists: true, keyException: true, keyReading: 'protective', keyWording: KEY_WORDING, citation: '14 V.I.C. § 2208' },
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: { citation: '14 V.I.C. § 2208', summary: PI_SUMMARY, combinations: PI_COMBINATIONS },
    substituteNotice: SUBSTITUTE,
    obligations: AGENCY_OBLIGATIONS,
    confidence: 'low',
    unverified: [...UNVERIFIED, 'The definition of "agency" was not read.'],
    sources: [...SOURCES, { where: AICPA_VI, facts: '§ 2208 binds any agency; effective 2005-10-17; definition' }],
    verification: { ...VI_VERIFICATION, coverage: AGENCY_DEFINITION },
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
  // No notice goes to any regulator, agency or credit bureau.
  channels: [],
  consumerContact: {
    name: 'Virgin Islands Department of Licensing and Consumer Affairs, Consumer Affairs Division',
    phone: '1-340-714-3522 (St. Thomas/St. John), 1-340-713-3522 (St. Croix)',
    website: 'www.dlca.vi.gov',
    address: 'Department of Licensing and Consumer Affairs, St. Thomas and St. Croix offices (no postal address was found in the pages read; see www.dlca.vi.gov)',
    source: 'dlca.vi.gov (the Department administers the Consumer Protection Law, 12A V.I.C.); numbers as the Department publishes them (viconsortium.com, stjohntradewinds.com)',
    checked: CHECKED,
  },
};
