// North Dakota: notice of security breach for personal information (N.D. Cent. Code ch. 51-30,
// since 2005-06-01) with one of the broadest definitions (birth date, mother's maiden name, employee
// ID); and, from 2021, government bodies' immediate incident reports to the state IT department.
import type { DataElement, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, immediately, obligation, toll, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const LE = toll('N.D. Cent. Code § 51-30-04');

// H.B. 1435 (eff. 2013-08-01) added medical and health-insurance information.
const definition = (era: '2005' | '2013'): PersonalInformationDefinition => ({
  citation: era === '2005' ? 'N.D. Cent. Code § 51-30-01 (2005 text)' : 'N.D. Cent. Code § 51-30-01',
  summary:
    'first name or initial and last name with an SSN, a driver\'s licence or nondriver ID number, a date of birth, the mother\'s maiden name, an employer-assigned ID number, a digital or electronic signature' +
    (era === '2013' ? ', medical information, health-insurance information' : '') +
    ', or a financial account, credit or debit card number with any code or password needed to use it',
  combinations: [
    {
      all: ['name'],
      anyOf: [
        'ssn', 'drivers_license', 'state_id', 'date_of_birth', 'mothers_maiden_name', 'employee_id', 'digital_signature',
        ...(era === '2013' ? (['medical', 'health_insurance'] as DataElement[]) : []),
      ],
    },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
  ],
});

const GOVERNMENT = [
  'uncertain',
  'Ch. 51-30 binds "any person" without defining it; the Century Code\'s general definition of person (§ 1-01-49) includes governments and political subdivisions, but no source confirms the chapter is applied to them. Government bodies also report incidents to the IT department under ch. 54-59.1 (from 2021-08-01).',
] as const;

const coverageFor = (era: '2005' | '2015') =>
  coverage({
    business: [
      'yes',
      era === '2005'
        ? '§ 51-30-02 binds any person that conducts business in North Dakota and owns or licenses computerized personal information.'
        : '§ 51-30-02 binds any person that owns or licenses computerized personal information (S.B. 2214 dropped the "conducts business" condition).',
    ],
    nonprofit: ['yes', 'A nonprofit corporation or association is a "person" that can own or license personal information (§ 51-30-02).'],
    local_government: GOVERNMENT,
    state_agency: GOVERNMENT,
  });

const individuals = (condition: string | null): ObligationRule =>
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected North Dakota residents',
    citation: 'N.D. Cent. Code § 51-30-02',
    deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay, allowing for law enforcement and for measures to determine the scope and restore the system.'),
    lawEnforcement: LE,
    condition,
    notes: 'No content is prescribed.',
  });

const vendor = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'N.D. Cent. Code § 51-30-03',
  deadline: immediately('discovered', 'Immediately following discovery, if the information was or is reasonably believed to have been acquired by an unauthorized person.'),
  lawEnforcement: LE,
  condition: 'Binds a person that maintains the data for its owner or licensee, not the owner itself.',
});

const HIPAA_DEEMED = 'A HIPAA covered entity, business associate or subcontractor subject to 45 C.F.R. 164 subpart D, and a financial institution following the federal Interagency Guidance, is deemed to comply (ch. 51-30).';

const SHARED = {
  encryptionSafeHarbor: { exists: true, keyException: false, citation: 'N.D. Cent. Code § 51-30-01 (definition of breach of the security system)' },
  riskOfHarmException: { exists: false, standard: null },
  substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'N.D. Cent. Code § 51-30-05' },
};

const general: RuleVersion[] = [
  {
    id: 'ND-2005',
    effectiveFrom: '2005-06-01',
    effectiveTo: '2013-07-31',
    citations: ['N.D. Cent. Code §§ 51-30-01 to 51-30-07 (S.B. 2251, signed 2005-04-22)'],
    summary: 'North Dakota businesses had to notify affected residents in the most expedient time possible; no regulator was told.',
    coverage: coverageFor('2005'),
    ...SHARED,
    personalInformation: definition('2005'),
    obligations: [individuals(null), vendor],
    confidence: 'medium',
    unverified: ['Substitute-notice thresholds and the vendor duty are taken from later charts and assumed unchanged since 2005.'],
    sources: [
      { where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/North%20Dakota%20State%20Security%20Breach%20Laws.aspx', facts: 'S.B. 2251 effective 2005-06-01; 2005 personal-information definition; timing' },
      { where: 'http://www.perkinscoie.com/sc_nd/', facts: 'breach definition; vendor immediately' },
    ],
  },
  {
    id: 'ND-2013',
    effectiveFrom: '2013-08-01',
    effectiveTo: '2015-07-31',
    citations: ['N.D. Cent. Code §§ 51-30-01 to 51-30-07 as amended by H.B. 1435 (signed 2013-04-18, eff. 2013-08-01)'],
    summary: 'North Dakota added medical and health-insurance information to its definition; notice still went only to residents.',
    coverage: coverageFor('2005'),
    ...SHARED,
    personalInformation: definition('2013'),
    obligations: [individuals(HIPAA_DEEMED), vendor],
    confidence: 'medium',
    unverified: ['Whether the financial-institution safe harbour dates from 2005 or 2013.'],
    sources: [
      { where: 'https://www.huntonprivacyblog.com/2013/08/01/north-dakota-amends-breach-notification-law-to-cover-health-information/', facts: 'H.B. 1435: medical and health-insurance information; HIPAA exemption; effective 2013-08-01' },
      { where: 'https://mcdonaldhopkins.com/insights/blog/data-privacy-solutions/2013/10/01/north-dakota-amends-data-breach-notification-statute-to-include-protected-health-information', facts: 'definitions of the new elements' },
    ],
  },
  {
    id: 'ND-2015',
    effectiveFrom: '2015-08-01',
    effectiveTo: null,
    citations: ['N.D. Cent. Code §§ 51-30-01 to 51-30-07 as amended by S.B. 2214 (signed 2015-04-13, eff. 2015-08-01)'],
    summary: 'North Dakota requires notice to affected residents in the most expedient time possible and to the Attorney General when a breach exceeds 250 individuals.',
    coverage: coverageFor('2015'),
    ...SHARED,
    personalInformation: definition('2013'),
    obligations: [
      individuals(HIPAA_DEEMED),
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: 'North Dakota Attorney General (by mail or email)',
        citation: 'N.D. Cent. Code § 51-30-02',
        deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay, as for residents.'),
        threshold: { count: 250, comparison: 'more_than', of: 'total' },
        lawEnforcement: LE,
        requiredContent: ['Disclosure of the breach, by mail or email'],
        notes: 'The statute says a breach "which exceeds two hundred fifty individuals" without limiting the count to residents, so breachdesk counts everyone affected.',
      }),
      vendor,
    ],
    confidence: 'high',
    unverified: [
      'Charts now describe the employer-assigned ID number as covered only with an access code or password; the 2005 wording (bare number) is kept, the broader reading.',
      'Whether the Attorney General threshold counts only North Dakota residents.',
    ],
    sources: [
      { where: 'https://lexace.ai/us/statute/north-dakota/51-30-02', facts: '§ 51-30-02 text: any person that owns or licenses; AG by mail or email when exceeding 250 individuals' },
      { where: AKESARI_BILL('2015 N.D. SB 2214.PDF'), facts: 'AG notice when breach exceeds 250 individuals, effective 2015-08-01' },
      { where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-north-dakota.html', facts: 'S.B. 2214 signed 2015-04-13; timing; vendor' },
      { where: PERKINS_CHART_2021, facts: 'substitute notice, exemptions' },
      { where: BLOOMBERG_TABLE, facts: 'insurance rule (ch. 26.1-02.2, not encoded)' },
    ],
  },
];

const itd: RuleVersion[] = [
  {
    id: 'ND-GOV-2021',
    effectiveFrom: '2021-08-01',
    effectiveTo: null,
    citations: ['N.D. Cent. Code §§ 54-59.1-01 to 54-59.1-07 (H.B. 1314, 2021)'],
    summary: 'North Dakota executive-branch agencies and political subdivisions must disclose an identified or suspected cybersecurity incident to the Information Technology Department immediately and keep it updated until resolved.',
    coverage: governmentOnlyCoverage('N.D. Cent. Code ch. 51-30', {
      local_government: ['yes', '§ 54-59.1-02 requires political subdivisions to disclose cybersecurity incidents to the department immediately.'],
      state_agency: ['yes', '§ 54-59.1-02 binds executive-branch state agencies; the legislative and judicial branches disclose under § 54-59.1-04.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'ndit-immediate',
        recipient: 'state_agency',
        recipientName: 'North Dakota Information Technology Department (NDIT)',
        citation: 'N.D. Cent. Code §§ 54-59.1-02, 54-59.1-03',
        deadline: immediately('discovered', 'Immediately on an identified or suspected cybersecurity incident, then ongoing until it is resolved.'),
        requiredContent: [
          'The number of potentially exposed records',
          'The types of records potentially exposed (health insurance, medical, criminal justice, regulated, financial, personal information)',
          'Efforts to mitigate and remediate the damage',
          'The expected impact: service disruption, effect on customers and employees, effect on entities using the state network, other risks',
        ],
        condition: 'Any identified or suspected cybersecurity incident, whether or not personal information is involved; disclosed by the method in § 54-59.1-05.',
      }),
    ],
    confidence: 'medium',
    unverified: ['Only § 54-59.1-03 was read in full; the trigger and "immediately" come from section titles and Bloomberg.'],
    sources: [
      { where: 'https://ndlegis.gov/cencode/t54c59-1.html', facts: 'chapter section list: immediate disclosure to the department' },
      { where: 'https://casetext.com/statute/north-dakota-century-code/title-54-state-government/chapter-54-591-cybersecurity-incident-reporting-requirements/section-54-591-03-ongoing-disclosure-to-the-department-during-a-cybersecurity-incident', facts: '§ 54-59.1-03 text; H.B. 1314 effective 2021-08-01' },
      { where: BLOOMBERG_TABLE, facts: 'trigger: identified or suspected incident' },
    ],
  },
];

export const northDakota: Jurisdiction = {
  code: 'ND',
  name: 'North Dakota',
  kind: 'state',
  holidays: { country: 'US', state: 'ND' },
  laws: [
    { id: 'ND-51-30', title: 'N.D. Cent. Code ch. 51-30 (notice of security breach for personal information)', scope: 'residents', versions: general },
    { id: 'ND-54-59-1', title: 'N.D. Cent. Code ch. 54-59.1: cybersecurity incident reports to the Information Technology Department', scope: 'home', versions: itd },
  ],
};
