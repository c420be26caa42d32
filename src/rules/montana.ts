// Montana: the general law (Mont. Code Ann. § 30-14-1704, since 2006-03-01), the parallel duty of
// state agencies (§ 2-6-1503, formerly § 2-6-504, since 2009-10-01) and, from 2023, an agency's
// immediate report of any security incident to the state Chief Information Security Officer.
import type { DataElement, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, immediately, obligation, toll, withIndividuals, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];

// H.B. 74 (2015) added medical-record information and IRS-issued numbers (taxpayer ID, identity
// protection PIN) to both the business and the agency definitions.
const definition = (citation: string, era: '2006' | '2015'): PersonalInformationDefinition => ({
  citation,
  summary:
    era === '2006'
      ? 'first name or initial and last name with an SSN, a driver\'s licence, state or tribal ID number, or an account, credit or debit card number with any code or password needed to use it'
      : 'first name or initial and last name with an SSN, a driver\'s licence, state or tribal ID number, medical-record information, a taxpayer ID or IRS identity-protection PIN, or an account, credit or debit card number with any code or password needed to use it',
  combinations: [
    { all: ['name'], anyOf: era === '2006' ? ['ssn', 'drivers_license', 'state_id'] : ['ssn', 'drivers_license', 'state_id', 'medical', 'tax_id'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
  ],
});

const LE = toll('Mont. Code Ann. § 30-14-1704(3)');
const LOSS_OR_INJURY = {
  exists: true,
  standard: 'Only an acquisition that materially compromises the data and causes, or is reasonably believed to cause, loss or injury to a Montana resident is a breach (§ 30-14-1704).',
  recordToKeep: null,
};

const individuals = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Montana residents',
  citation: 'Mont. Code Ann. § 30-14-1704(1)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay after discovery or notification, allowing for law enforcement and for measures to determine the scope and restore the system.'),
  lawEnforcement: LE,
  notes: 'No content is prescribed. If the notice suggests obtaining a credit report, the timing, content and distribution must first be coordinated with the consumer reporting agency, without unreasonably delaying the notice.',
});

const vendor = (citation: string, condition: string): ObligationRule =>
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation,
    deadline: immediately('discovered', 'Immediately following discovery of the breach.'),
    condition,
  });

const BUSINESS_VENDOR = vendor('Mont. Code Ann. § 30-14-1704(2)', 'Binds a person or business that maintains the data for its owner, not the owner itself.');

const attorneyGeneral = (citation: string, recipientName: string, condition: string | null): ObligationRule =>
  obligation({
    id: 'attorney-general',
    recipient: 'attorney_general',
    recipientName,
    citation,
    deadline: withIndividuals,
    lawEnforcement: LE,
    requiredContent: [
      'An electronic copy of the notice sent to residents, without anything that identifies a resident',
      'A statement of the date and the method of distribution of the notice',
      'The number of Montana residents notified (one copy may stand for identical notices)',
    ],
    condition,
    notes: 'Submitted simultaneously with the resident notice; the Office of Consumer Protection takes it by email.',
  });

const PRIVATE = {
  business: ['yes', '§ 30-14-1704(1) binds any person or business that conducts business in Montana and owns or licenses computerized personal information; § 30-14-1702 counts any group "whether or not organized to operate at a profit" as a business. Insurers (Title 33) follow § 33-19-321 instead.'],
  nonprofit: ['yes', '§ 30-14-1702 defines a business as any association or group "whether or not organized to operate at a profit", so a nonprofit doing business in Montana is covered.'],
  local_government: ['uncertain', '§ 30-14-1704 speaks of a "person or business"; no Montana statute says whether a city or county is one, and the agency statute (§ 2-6-1503) covers state agencies only.'],
  state_agency: ['no', 'State agencies have their own duty in § 2-6-1503 (formerly § 2-6-504, from 2009-10-01); § 30-14-1704 binds persons and businesses.'],
} as const;

const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Mont. Code Ann. § 30-14-1704' };
const SAFE_HARBOR = { exists: true, keyException: false, citation: 'Mont. Code Ann. § 30-14-1704(1), (4)' };

const general: RuleVersion[] = [
  {
    id: 'MT-2006',
    effectiveFrom: '2006-03-01',
    effectiveTo: '2015-09-30',
    citations: ['Mont. Code Ann. §§ 30-14-1702, 30-14-1704 (H.B. 732, 2005)'],
    summary: 'Montana businesses had to tell affected residents of a breach without unreasonable delay; no regulator was notified.',
    coverage: coverage(PRIVATE),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: LOSS_OR_INJURY,
    personalInformation: definition('Mont. Code Ann. § 30-14-1704(4)(b) (2005 text)', '2006'),
    substituteNotice: SUBSTITUTE,
    obligations: [individuals, BUSINESS_VENDOR],
    confidence: 'medium',
    unverified: [
      'The 2005 text was read only through summaries (AICPA, CLIC); the substitute-notice thresholds and the vendor duty are assumed unchanged by H.B. 74.',
      'The statute says nothing about a stolen encryption key; the safe harbour is recorded without a key exception.',
    ],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'effective date 2006-03-01, H.B. 74 amendment date' },
      { where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Montana%20State%20Security%20Breach%20Laws.aspx', facts: 'H.B. 732; 2005 personal-information definition; timing standard' },
      { where: 'https://teaselaw.com/intellections/montana-adopts-security-breach-notification-law', facts: '"business" includes nonprofits' },
    ],
  },
  {
    id: 'MT-2015',
    effectiveFrom: '2015-10-01',
    effectiveTo: null,
    citations: ['Mont. Code Ann. § 30-14-1704 as amended by H.B. 74 (signed 2015-02-27, eff. 2015-10-01)', 'Mont. Code Ann. § 33-19-321 (insurance licensees)'],
    summary: 'Montana businesses must tell affected residents without unreasonable delay and send a copy of the notice to the Attorney General\'s Office of Consumer Protection at the same time.',
    coverage: coverage(PRIVATE),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: LOSS_OR_INJURY,
    personalInformation: definition('Mont. Code Ann. § 30-14-1704(4)(b)', '2015'),
    substituteNotice: SUBSTITUTE,
    obligations: [
      individuals,
      attorneyGeneral('Mont. Code Ann. § 30-14-1704(8)', "Montana Department of Justice, Office of Consumer Protection", 'Insurance licensees and insurance-support organizations send the copy to the Commissioner of Securities and Insurance under § 33-19-321.'),
      BUSINESS_VENDOR,
    ],
    confidence: 'high',
    unverified: [
      'Perkins Coie describes substitute notice as email plus website or media; Bloomberg lists all three together (unresolved).',
      'The subsection numbers of § 30-14-1704 were taken from summaries, not the code itself.',
    ],
    sources: [
      { where: 'https://dojmt.gov/office-of-consumer-protection/reporting-requirements-for-data-breaches', facts: 'simultaneous electronic copy to OCP, without identifiers, with date, method and number of residents' },
      { where: 'https://alstonprivacy.com/montana-broadens-data-breach-notification-law', facts: 'H.B. 74 effective 2015-10-01; medical, taxpayer ID and IRS PIN added; AG notice simultaneous' },
      { where: 'https://datamatters.sidley.com/2015/03/20/montana-and-wyoming-amend-breach-notification-laws/', facts: 'insurance commissioner notice; content of the regulator copy' },
      { where: PERKINS_CHART_2021, facts: 'vendor immediately; substitute notice $250,000 / 500,000' },
      { where: BLOOMBERG_TABLE, facts: 'insurance commissioner, citations' },
    ],
  },
];

const AGENCY_COVERAGE = governmentOnlyCoverage('Mont. Code Ann. § 30-14-1704', {
  local_government: ['no', 'Title 2, chapter 6, part 15 binds state agencies and third parties holding their data; it does not reach cities, counties or school districts.'],
  state_agency: ['yes', '§ 2-6-1503(1) requires a state agency that maintains computerized personal information to notify anyone whose unencrypted information was acquired.'],
});
const AGENCY_LE = toll('Mont. Code Ann. § 2-6-1503(3)');
const agencyIndividuals = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected persons (residents or not)',
  citation: 'Mont. Code Ann. § 2-6-1503(1) (formerly § 2-6-504)',
  deadline: withoutDelay('discovered', 'Reasonable efforts to notify without unreasonable delay, allowing for law enforcement and for measures to determine the scope and restore the system.'),
  lawEnforcement: AGENCY_LE,
  notes: 'The duty runs to any person whose data was acquired, not only Montanans. An agency told of the breach by a third party that has notified the persons itself has no separate duty.',
});
const AGENCY_VENDOR = vendor('Mont. Code Ann. § 2-6-1503(2)', 'Binds a third party holding agency data to perform an agency function; it must also make reasonable efforts to notify the affected persons itself.');

const agency: RuleVersion[] = [
  {
    id: 'MT-AGENCY-2009',
    effectiveFrom: '2009-10-01',
    effectiveTo: '2015-09-30',
    citations: ['Mont. Code Ann. §§ 2-6-501, 2-6-504 (H.B. 155, 2009; renumbered §§ 2-6-1501, 2-6-1503 in 2015)'],
    summary: 'Montana state agencies had to notify anyone whose unencrypted personal information was acquired, without unreasonable delay.',
    coverage: AGENCY_COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Mont. Code Ann. § 2-6-504(1)' },
    riskOfHarmException: { exists: true, standard: 'Only an acquisition that materially compromises the data and causes or is reasonably believed to cause loss or injury is a breach (§ 2-6-501).', recordToKeep: null },
    personalInformation: definition('Mont. Code Ann. § 2-6-501(4) (2009 text)', '2006'),
    substituteNotice: null,
    obligations: [agencyIndividuals, AGENCY_VENDOR],
    confidence: 'medium',
    unverified: [
      'The 2009 text was read only through a summary (RSA Conference blog); substitute notice for agencies was not checked.',
      'Whether a "loss or injury" element was already in the 2009 breach definition.',
    ],
    sources: [
      { where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', facts: 'H.B. 155 effective 2009-10-01; notice to any person; law-enforcement delay; third-party notice' },
    ],
  },
  {
    id: 'MT-AGENCY-2015',
    effectiveFrom: '2015-10-01',
    effectiveTo: null,
    citations: ['Mont. Code Ann. §§ 2-6-1501, 2-6-1503 (H.B. 74 and H.B. 123, 2015; amended by S.B. 50, 2023)'],
    summary: 'Montana state agencies must notify anyone whose unencrypted personal information was acquired without unreasonable delay, and copy the notice to the Attorney General\'s consumer protection office.',
    coverage: AGENCY_COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Mont. Code Ann. § 2-6-1503(1)' },
    riskOfHarmException: { exists: true, standard: 'Only an acquisition that materially compromises the data and causes or is reasonably believed to cause loss or injury to a person is a breach (§ 2-6-1501(1)).', recordToKeep: null },
    personalInformation: definition('Mont. Code Ann. § 2-6-1501(5)', '2015'),
    substituteNotice: null,
    obligations: [
      agencyIndividuals,
      attorneyGeneral('Mont. Code Ann. § 2-6-1503 (as amended by H.B. 74)', "Montana Department of Justice, Office of Consumer Protection", null),
      AGENCY_VENDOR,
    ],
    confidence: 'medium',
    unverified: [
      'That H.B. 74 gave agencies the same simultaneous Attorney General copy as businesses rests on Practical Law\'s summary; the subsection of § 2-6-1503 was not read.',
      'Substitute notice for agencies was not checked.',
    ],
    sources: [
      { where: 'https://content.next.westlaw.com/practical-law/document/I9b13c48cc8ca11e498db8b09b4f043e0/Montana-Amends-Data-Breach-Statute', facts: 'H.B. 74 amended §§ 2-6-501 and 2-6-504 to add regulator notice' },
      { where: 'https://self-law.org/code/mt/title-2/chapter-6/part-15/2-6-1503', facts: '§ 2-6-1503(1)-(2) text: reasonable efforts, without unreasonable delay, third parties' },
      { where: 'https://leg.mt.gov/bills/mca/title_0020/chapter_0060/part_0150/section_0010/0020-0060-0150-0010.html', facts: '§ 2-6-1501 definitions (MCA 2023)' },
    ],
  },
];

const ciso: RuleVersion[] = [
  {
    id: 'MT-CISO-2023',
    effectiveFrom: '2023-10-01',
    effectiveTo: null,
    citations: ['Mont. Code Ann. § 2-6-1504 (S.B. 50, Ch. 227, L. 2023)'],
    summary: 'A Montana state agency must report any security incident to the state Chief Information Security Officer immediately on discovering it.',
    coverage: governmentOnlyCoverage('Mont. Code Ann. § 30-14-1704', {
      local_government: ['no', '§ 2-6-1504 names state agencies only; the CISO merely advises local governments (§ 2-6-1501(2)(c)).'],
      state_agency: ['yes', '§ 2-6-1504 requires every state agency to notify the Chief Information Security Officer of a security incident.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'ciso-immediate',
        recipient: 'state_agency',
        recipientName: 'Montana State Chief Information Security Officer (Department of Administration)',
        citation: 'Mont. Code Ann. § 2-6-1504',
        deadline: immediately('discovered', 'Immediate notification without unreasonable delay on discovery or notification of a security incident.'),
        condition: 'Any security incident as defined in § 2-6-1501, whether or not personal information was acquired.',
      }),
    ],
    confidence: 'medium',
    unverified: ['S.B. 50 has no effective-date clause in the text seen; Montana\'s default date of October 1 is assumed.'],
    sources: [
      { where: 'https://archive.legmt.gov/bills/MCA/title_0020/chapter_0060/part_0150/section_0040/0020-0060-0150-0040.html', facts: '§ 2-6-1504 text; En. Sec. 1, Ch. 227, L. 2023' },
      { where: 'https://leg.mt.gov/bills/2023/BillHtml/SB0050.htm', facts: 'S.B. 50: agencies and third parties report security incidents' },
    ],
  },
];

export const montana: Jurisdiction = {
  code: 'MT',
  name: 'Montana',
  kind: 'state',
  holidays: { country: 'US', state: 'MT' },
  laws: [
    { id: 'MT-30-14-1704', title: 'Mont. Code Ann. § 30-14-1704 (computer security breach)', scope: 'residents', versions: general },
    { id: 'MT-2-6-1503', title: 'Mont. Code Ann. § 2-6-1503 (formerly § 2-6-504): breach notice by state agencies', scope: 'residents', versions: agency },
    { id: 'MT-2-6-1504', title: 'Mont. Code Ann. § 2-6-1504: state agency report of security incidents to the Chief Information Security Officer', scope: 'home', versions: ciso },
  ],
};
