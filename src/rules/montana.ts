// Montana: the general law (Mont. Code Ann. § 30-14-1704, since 2006-03-01), the parallel duty of
// state agencies (§ 2-6-1503, formerly § 2-6-504, since 2009-10-01) and, from 2023, an agency's
// immediate report of any security incident to the state Chief Information Security Officer.
// The copy to the Attorney General goes "simultaneously" with the resident notice.
import type { DataElement, FactCheck, Jurisdiction, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, immediately, obligation, toll, withIndividuals, withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';
const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const DOJ_OCP = 'https://dojmt.gov/office-of-consumer-protection/reporting-requirements-for-data-breaches (Montana DOJ, Office of Consumer Protection)';
const MCA_1702 = 'https://leg.mt.gov/bills/mca/title_0300/chapter_0140/part_0170/section_0020/0300-0140-0170-0020.html (§ 30-14-1702, read in a verbatim copy: github Ansvar-Systems/US-law-mcp data/seed/states/mt.json)';
const MCA_1503 = 'https://self-law.org/code/mt/title-2/chapter-6/part-15/2-6-1503; https://lawserver.com/law/state/montana/mt-code/montana_code_2-6-1503 (§ 2-6-1503(1)-(2) and the § 2-6-1501 definitions, verbatim)';
const MCA_1504 = 'https://archive.legmt.gov/bills/MCA/title_0020/chapter_0060/part_0150/section_0040/0020-0060-0150-0040.html (MCA 2023, § 2-6-1504)';
const NOT_READ_1704 = 'The text of § 30-14-1704 itself could not be read (the official page and every verbatim copy were out of reach); this fact rests on the Office of Consumer Protection\'s page and summaries.';
const NOT_READ_2005 = 'The 2005 text (H.B. 732) was read only through summaries (AICPA, CLIC).';
const NOT_READ_2009 = 'The 2009 agency text (H.B. 155, §§ 2-6-501, 2-6-504) was read only through a summary (RSA Conference blog).';
const KEY_SILENT =
  'The Montana definitions exempt data that is "encrypted" and say nothing about a stolen key: read literally, encrypted data stays exempt even with its key; breachdesk reads it as owing notice when the key was also taken (a protective reading).';

// H.B. 74 (2015) added medical-record information and IRS-issued numbers (taxpayer ID, identity
// protection PIN) to both the business and the agency definitions.
const SUMMARY_2006 = 'first name or initial and last name with an SSN, a driver\'s licence, state or tribal ID number, or an account, credit or debit card number with any code or password needed to use it';
const SUMMARY_2015 = 'first name or initial and last name with an SSN, a driver\'s licence, state or tribal ID number, medical-record information, a taxpayer ID or IRS identity-protection PIN, or an account, credit or debit card number with any code or password needed to use it';
const COMBINATIONS_2006: PersonalInformationDefinition['combinations'] = [
  { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
  { all: ['name', 'account_number'], anyOf: CODES },
  { all: ['name', 'card_number'], anyOf: CODES },
];
const COMBINATIONS_2015: PersonalInformationDefinition['combinations'] = [
  { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'medical', 'tax_id'] },
  { all: ['name', 'account_number'], anyOf: CODES },
  { all: ['name', 'card_number'], anyOf: CODES },
];

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

const BUSINESS_VENDOR = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Mont. Code Ann. § 30-14-1704(2)',
  deadline: immediately('discovered', 'Immediately following discovery of the breach.'),
  condition: 'Binds a person or business that maintains the data for its owner, not the owner itself.',
});
const AG_CONTENT = [
  'An electronic copy of the notice sent to residents, without anything that identifies a resident',
  'A statement of the date and the method of distribution of the notice',
  'The number of Montana residents notified (one copy may stand for identical notices)',
];
const AG_NOTE = 'Submitted simultaneously with the resident notice; the Office of Consumer Protection takes it by email.';
const BUSINESS_AG = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Montana Department of Justice, Office of Consumer Protection',
  citation: 'Mont. Code Ann. § 30-14-1704(8)',
  deadline: withIndividuals,
  lawEnforcement: LE,
  requiredContent: AG_CONTENT,
  condition: 'Insurance licensees and insurance-support organizations send the copy to the Commissioner of Securities and Insurance under § 33-19-321.',
  notes: AG_NOTE,
});

const PRIVATE = {
  business: ['yes', '§ 30-14-1704(1) binds any person or business that conducts business in Montana and owns or licenses computerized personal information; § 30-14-1702 counts any group "whether or not organized to operate at a profit" as a business. Insurers (Title 33) follow § 33-19-321 instead.'],
  nonprofit: ['yes', '§ 30-14-1702 defines a business as any association or group "whether or not organized to operate at a profit", so a nonprofit doing business in Montana is covered.'],
  local_government: ['uncertain', '§ 30-14-1704 speaks of a "person or business"; no Montana statute says whether a city or county is one, and the agency statute (§ 2-6-1503) covers state agencies only.'],
  state_agency: ['no', 'State agencies have their own duty in § 2-6-1503 (formerly § 2-6-504, from 2009-10-01); § 30-14-1704 binds persons and businesses.'],
} as const;

const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Mont. Code Ann. § 30-14-1704' };
const SAFE_HARBOR = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: '§ 30-14-1704(1), (4)(b): notice to residents whose "unencrypted" information was acquired; elements count "when either the name or the data elements are not encrypted"; nothing on keys.',
  citation: 'Mont. Code Ann. § 30-14-1704(1), (4)',
} as const;

// Facts of the general law that neither version could take from its text.
const BUSINESS_FACTS: Record<'coverage' | 'harm' | 'deadline' | 'le' | 'substitute' | 'forbidden', FactCheck> = {
  coverage: { kind: 'primary', where: MCA_1702, says: '§ 30-14-1702(1): "business" includes groups not organised for profit and financial institutions, and excludes industries regulated under Title 33 (insurance)', checked: CHECKED },
  harm: { kind: 'secondary', where: `${DOJ_OCP}; https://www.wordsbywit.com/montana`, says: 'a breach must materially compromise the data and cause, or be reasonably believed to cause, loss or injury to a resident', checked: CHECKED, why: NOT_READ_1704 },
  deadline: { kind: 'secondary', where: `${DOJ_OCP}; http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Montana%20State%20Security%20Breach%20Laws.aspx`, says: 'without unreasonable delay; vendor immediately; no number of days', checked: CHECKED, why: NOT_READ_1704 },
  le: { kind: 'secondary', where: 'https://www.dwt.com/montana/', says: 'delay while law enforcement says notice would impede a criminal investigation; then notice', checked: CHECKED, why: NOT_READ_1704 },
  substitute: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'cost over $250,000, more than 500,000, or no contact information', checked: CHECKED, why: NOT_READ_1704 },
  forbidden: { kind: 'secondary', where: `${DOJ_OCP}; https://www.wordsbywit.com/montana`, says: 'none: the content of resident notices is not stipulated', checked: CHECKED, why: NOT_READ_1704 },
};

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
    personalInformation: { citation: 'Mont. Code Ann. § 30-14-1704(4)(b) (2005 text)', summary: SUMMARY_2006, combinations: COMBINATIONS_2006 },
    substituteNotice: SUBSTITUTE,
    obligations: [individuals, BUSINESS_VENDOR],
    confidence: 'low',
    unverified: [
      NOT_READ_2005,
      'The substitute-notice thresholds and the vendor duty are assumed unchanged by H.B. 74.',
      KEY_SILENT,
    ],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'effective date 2006-03-01, H.B. 74 amendment date' },
      { where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Montana%20State%20Security%20Breach%20Laws.aspx', facts: 'H.B. 732; 2005 personal-information definition; timing standard' },
      { where: MCA_1702, facts: '"business" includes nonprofits and excludes Title 33 industries' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${PERKINS_CHART_2021}; AICPA state page`, says: 'H.B. 732 (2005) in force 2006-03-01; H.B. 74 amended it from 2015-10-01', checked: CHECKED, why: NOT_READ_2005 },
      coverage: BUSINESS_FACTS.coverage,
      personal_information: { kind: 'secondary', where: 'AICPA state page (quoting § 30-14-1704(4)(b) of 2005)', says: 'name with SSN, licence, Montana or tribal ID, or account or card number with its code', checked: CHECKED, why: NOT_READ_2005 },
      encryption: { kind: 'secondary', where: 'AICPA state page', says: '"unencrypted" information; elements count when not encrypted; nothing on keys', checked: CHECKED, why: NOT_READ_2005 },
      risk_of_harm: BUSINESS_FACTS.harm,
      deadline: BUSINESS_FACTS.deadline,
      anchor: { kind: 'secondary', where: 'AICPA state page', says: 'following discovery or notification of the breach', checked: CHECKED, why: NOT_READ_2005 },
      threshold: { kind: 'secondary', where: 'AICPA state page', says: 'none: any affected resident; no regulator notice before 2015', checked: CHECKED, why: NOT_READ_2005 },
      law_enforcement: BUSINESS_FACTS.le,
      substitute_notice: BUSINESS_FACTS.substitute,
      required_content: { kind: 'secondary', where: 'https://www.wordsbywit.com/montana', says: 'none prescribed; coordinate with a credit bureau first if the notice suggests a credit report', checked: CHECKED, why: NOT_READ_2005 },
      forbidden_content: BUSINESS_FACTS.forbidden,
    },
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
    personalInformation: { citation: 'Mont. Code Ann. § 30-14-1704(4)(b)', summary: SUMMARY_2015, combinations: COMBINATIONS_2015 },
    substituteNotice: SUBSTITUTE,
    obligations: [individuals, BUSINESS_AG, BUSINESS_VENDOR],
    confidence: 'low',
    unverified: [
      NOT_READ_1704,
      'Perkins Coie describes substitute notice as email plus website or media; Bloomberg lists all three together (unresolved).',
      KEY_SILENT,
    ],
    sources: [
      { where: DOJ_OCP, facts: 'simultaneous electronic copy to OCP, without identifiers, with date, method and number of residents' },
      { where: 'https://alstonprivacy.com/montana-broadens-data-breach-notification-law', facts: 'H.B. 74 effective 2015-10-01; medical, taxpayer ID and IRS PIN added; AG notice simultaneous' },
      { where: 'https://revisionlegal.com/corporate/revision-legal/montana-data-breach-notification-law', facts: 'the six data elements after H.B. 74' },
      { where: 'https://datamatters.sidley.com/2015/03/20/montana-and-wyoming-amend-breach-notification-laws/', facts: 'insurance commissioner notice; content of the regulator copy' },
      { where: PERKINS_CHART_2021, facts: 'vendor immediately; substitute notice $250,000 / 500,000' },
      { where: BLOOMBERG_TABLE, facts: 'insurance commissioner, citations' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://alstonprivacy.com/montana-broadens-data-breach-notification-law', says: 'H.B. 74 signed 2015-02-27, in force 2015-10-01', checked: CHECKED, why: 'The 2015 session law was not read.' },
      coverage: BUSINESS_FACTS.coverage,
      personal_information: { kind: 'secondary', where: 'https://revisionlegal.com/corporate/revision-legal/montana-data-breach-notification-law', says: 'name with SSN, licence, state or tribal ID, account or card number with code, medical-record information, taxpayer ID or IRS identity-protection PIN', checked: CHECKED, why: NOT_READ_1704 },
      encryption: { kind: 'secondary', where: DOJ_OCP, says: 'elements count "when either the name or the data elements are not encrypted"; nothing on keys', checked: CHECKED, why: NOT_READ_1704 },
      risk_of_harm: BUSINESS_FACTS.harm,
      deadline: BUSINESS_FACTS.deadline,
      anchor: { kind: 'secondary', where: DOJ_OCP, says: 'residents following discovery or notification; the OCP copy at the same time as the resident notice ("simultaneously")', checked: CHECKED, why: NOT_READ_1704 },
      threshold: { kind: 'secondary', where: DOJ_OCP, says: 'none: any business that must notify any resident also sends the copy', checked: CHECKED, why: NOT_READ_1704 },
      law_enforcement: BUSINESS_FACTS.le,
      substitute_notice: BUSINESS_FACTS.substitute,
      required_content: { kind: 'secondary', where: DOJ_OCP, says: 'OCP copy: the notice without identifiers, date and method of distribution, number of residents; no resident-letter content', checked: CHECKED, why: NOT_READ_1704 },
      forbidden_content: BUSINESS_FACTS.forbidden,
    },
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
const AGENCY_VENDOR = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Mont. Code Ann. § 2-6-1503(2)',
  deadline: immediately('discovered', 'Immediately following discovery of the breach.'),
  condition: 'Binds a third party holding agency data to perform an agency function; it must also make reasonable efforts to notify the affected persons itself.',
});
const AGENCY_AG = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Montana Department of Justice, Office of Consumer Protection',
  citation: 'Mont. Code Ann. § 2-6-1503 (as amended by H.B. 74)',
  deadline: withIndividuals,
  lawEnforcement: AGENCY_LE,
  requiredContent: AG_CONTENT,
  notes: AG_NOTE,
});
const AGENCY_SAFE_HARBOR_2009 = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: '§ 2-6-504(1) (2009): notice to any person whose "unencrypted" personal information was acquired; nothing on keys.',
  citation: 'Mont. Code Ann. § 2-6-504(1)',
} as const;
const AGENCY_SAFE_HARBOR = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: '§ 2-6-1503(1)(a): notice to any person whose "unencrypted" personal information was or is reasonably believed to have been acquired; nothing on keys.',
  citation: 'Mont. Code Ann. § 2-6-1503(1)',
} as const;

const agency: RuleVersion[] = [
  {
    id: 'MT-AGENCY-2009',
    effectiveFrom: '2009-10-01',
    effectiveTo: '2015-09-30',
    citations: ['Mont. Code Ann. §§ 2-6-501, 2-6-504 (H.B. 155, 2009; renumbered §§ 2-6-1501, 2-6-1503 in 2015)'],
    summary: 'Montana state agencies had to notify anyone whose unencrypted personal information was acquired, without unreasonable delay.',
    coverage: AGENCY_COVERAGE,
    encryptionSafeHarbor: AGENCY_SAFE_HARBOR_2009,
    riskOfHarmException: { exists: true, standard: 'Only an acquisition that materially compromises the data and causes or is reasonably believed to cause loss or injury is a breach (§ 2-6-501).', recordToKeep: null },
    personalInformation: { citation: 'Mont. Code Ann. § 2-6-501(4) (2009 text)', summary: SUMMARY_2006, combinations: COMBINATIONS_2006 },
    substituteNotice: null,
    obligations: [agencyIndividuals, AGENCY_VENDOR],
    confidence: 'low',
    unverified: [
      NOT_READ_2009,
      'Substitute notice for agencies was not checked.',
      'Whether a "loss or injury" element was already in the 2009 breach definition.',
      KEY_SILENT,
    ],
    sources: [
      { where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', facts: 'H.B. 155 effective 2009-10-01; notice to any person; law-enforcement delay; third-party notice' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', says: 'H.B. 155 in force 2009-10-01', checked: CHECKED, why: NOT_READ_2009 },
      coverage: { kind: 'secondary', where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', says: 'state agencies and third parties holding their data', checked: CHECKED, why: NOT_READ_2009 },
      personal_information: { kind: 'secondary', where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', says: 'the 2005 business definition (name with SSN, licence or ID, account with code)', checked: CHECKED, why: NOT_READ_2009 },
      encryption: { kind: 'secondary', where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', says: '"unencrypted" information; nothing on keys', checked: CHECKED, why: NOT_READ_2009 },
      risk_of_harm: { kind: 'none', where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', says: 'assumed the same loss-or-injury element as the business law', checked: CHECKED, why: NOT_READ_2009 },
      deadline: { kind: 'secondary', where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', says: 'without unreasonable delay; third party immediately', checked: CHECKED, why: NOT_READ_2009 },
      anchor: { kind: 'secondary', where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', says: 'on discovery or notification of the breach', checked: CHECKED, why: NOT_READ_2009 },
      threshold: { kind: 'secondary', where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', says: 'none: the text sets nothing of the kind', checked: CHECKED, why: NOT_READ_2009 },
      law_enforcement: { kind: 'secondary', where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', says: 'delay for law enforcement', checked: CHECKED, why: NOT_READ_2009 },
      substitute_notice: { kind: 'none', where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', says: 'not checked; none encoded', checked: CHECKED, why: NOT_READ_2009 },
      required_content: { kind: 'secondary', where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', says: 'none prescribed', checked: CHECKED, why: NOT_READ_2009 },
      forbidden_content: { kind: 'secondary', where: 'https://www.rsaconference.com/library/blog/montanas-amendments-to-its-breach-notification-law', says: 'none: the text sets nothing of the kind', checked: CHECKED, why: NOT_READ_2009 },
    },
  },
  {
    id: 'MT-AGENCY-2015',
    effectiveFrom: '2015-10-01',
    effectiveTo: null,
    citations: ['Mont. Code Ann. §§ 2-6-1501, 2-6-1503 (H.B. 74 and H.B. 123, 2015; amended by S.B. 50, 2023)'],
    summary: 'Montana state agencies must notify anyone whose unencrypted personal information was acquired without unreasonable delay, and copy the notice to the Attorney General\'s consumer protection office.',
    coverage: AGENCY_COVERAGE,
    encryptionSafeHarbor: AGENCY_SAFE_HARBOR,
    riskOfHarmException: { exists: true, standard: 'Only an acquisition that materially compromises the data and causes or is reasonably believed to cause loss or injury to a person is a breach (§ 2-6-1501(1)).', recordToKeep: null },
    personalInformation: { citation: 'Mont. Code Ann. § 2-6-1501(5)', summary: SUMMARY_2015, combinations: COMBINATIONS_2015 },
    substituteNotice: null,
    obligations: [agencyIndividuals, AGENCY_AG, AGENCY_VENDOR],
    confidence: 'medium',
    unverified: [
      'That H.B. 74 gave agencies the same simultaneous Attorney General copy as businesses rests on Practical Law\'s summary; the subsection of § 2-6-1503 that says so was not read.',
      'Substitute notice for agencies was not checked.',
      KEY_SILENT,
    ],
    sources: [
      { where: MCA_1503, facts: '§ 2-6-1503(1)-(2) text: reasonable efforts, without unreasonable delay, third parties; § 2-6-1501 breach definition' },
      { where: 'https://content.next.westlaw.com/practical-law/document/I9b13c48cc8ca11e498db8b09b4f043e0/Montana-Amends-Data-Breach-Statute', facts: 'H.B. 74 amended §§ 2-6-501 and 2-6-504 to add regulator notice' },
      { where: 'https://leg.mt.gov/bills/mca/title_0020/chapter_0060/part_0150/section_0010/0020-0060-0150-0010.html', facts: '§ 2-6-1501 definitions (MCA 2023)' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://alstonprivacy.com/montana-broadens-data-breach-notification-law', says: 'H.B. 74 in force 2015-10-01', checked: CHECKED, why: 'The 2015 session laws were not read.' },
      coverage: { kind: 'primary', where: MCA_1503, says: '§ 2-6-1503(1)(a): a state agency maintaining computerized personal information; (2): third parties performing an agency function', checked: CHECKED },
      personal_information: { kind: 'secondary', where: 'https://revisionlegal.com/corporate/revision-legal/montana-data-breach-notification-law', says: 'the six elements added by H.B. 74, as for businesses', checked: CHECKED, why: '§ 2-6-1501(5) was not read in the part of the copy seen.' },
      encryption: { kind: 'primary', where: MCA_1503, says: '§ 2-6-1503(1)(a): "unencrypted" personal information; nothing on keys', checked: CHECKED },
      risk_of_harm: { kind: 'primary', where: MCA_1503, says: '§ 2-6-1501: a breach materially compromises the data and causes or is reasonably believed to cause loss or injury to a person', checked: CHECKED },
      deadline: { kind: 'primary', where: MCA_1503, says: '§ 2-6-1503(1)(b): without unreasonable delay; (2)(a)(i): third party immediately; AG copy timing from summaries', checked: CHECKED },
      anchor: { kind: 'primary', where: MCA_1503, says: '§ 2-6-1503(1)(a): upon discovery or notification of the breach', checked: CHECKED },
      threshold: { kind: 'primary', where: MCA_1503, says: 'none: any person whose unencrypted information was acquired', checked: CHECKED },
      law_enforcement: { kind: 'secondary', where: MCA_1503, says: '§ 2-6-1503(1)(b) defers to law enforcement "as provided in subsection (3)", which was not read', checked: CHECKED, why: 'Subsection (3) was not in the part of the text read.' },
      substitute_notice: { kind: 'none', where: MCA_1503, says: 'not checked; none encoded', checked: CHECKED, why: 'The later subsections of § 2-6-1503 were not read.' },
      required_content: { kind: 'secondary', where: DOJ_OCP, says: 'no letter content; the AG copy as for businesses', checked: CHECKED, why: 'The subsection on the AG copy was not read.' },
      forbidden_content: { kind: 'secondary', where: MCA_1503, says: 'none in § 2-6-1503(1)-(2)', checked: CHECKED, why: 'The later subsections of § 2-6-1503 were not read.' },
    },
  },
];

const CISO_WHY = 'S.B. 50 (2023) has no effective-date clause in the text seen; Montana\'s default date of October 1 (Mont. Code Ann. § 1-2-201) is assumed, not read.';
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
    unverified: [CISO_WHY],
    sources: [
      { where: MCA_1504, facts: '§ 2-6-1504 text; En. Sec. 1, Ch. 227, L. 2023' },
      { where: 'https://leg.mt.gov/bills/2023/BillHtml/SB0050.htm', facts: 'S.B. 50: agencies and third parties report security incidents' },
    ],
    verification: {
      effective_dates: { kind: 'none', where: MCA_1504, says: 'enacted as Ch. 227, L. 2023; in force 2023-10-01 by Montana\'s default date (assumed)', checked: CHECKED, why: CISO_WHY },
      coverage: { kind: 'primary', where: MCA_1504, says: '§ 2-6-1504: "a state agency"', checked: CHECKED },
      personal_information: { kind: 'primary', where: MCA_1504, says: 'none needed: any "security incident", not only personal information', checked: CHECKED },
      encryption: { kind: 'primary', where: MCA_1504, says: 'none: an incident report, no encryption exemption', checked: CHECKED },
      risk_of_harm: { kind: 'primary', where: MCA_1504, says: 'none: every security incident is reported', checked: CHECKED },
      deadline: { kind: 'primary', where: MCA_1504, says: '"immediate notification without unreasonable delay"', checked: CHECKED },
      anchor: { kind: 'primary', where: MCA_1504, says: 'on discovery or notification of a security incident', checked: CHECKED },
      threshold: { kind: 'primary', where: MCA_1504, says: 'none: the text sets nothing of the kind', checked: CHECKED },
      law_enforcement: { kind: 'primary', where: MCA_1504, says: 'none: the section makes no allowance', checked: CHECKED },
      substitute_notice: { kind: 'primary', where: MCA_1504, says: 'none: not a notice to individuals', checked: CHECKED },
      required_content: { kind: 'primary', where: MCA_1504, says: 'none prescribed', checked: CHECKED },
      forbidden_content: { kind: 'primary', where: MCA_1504, says: 'none: the text sets nothing of the kind', checked: CHECKED },
    },
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
  channels: [
    {
      recipient: 'attorney_general',
      name: 'Montana Department of Justice, Office of Consumer Protection (OCP)',
      ways: [
        { kind: 'email', value: 'contactocp@mt.gov' },
        { kind: 'postal', value: 'Office of Consumer Protection, 555 Fuller Avenue, Helena, MT 59601' },
      ],
      asksFor: AG_CONTENT,
      source: `${DOJ_OCP} (an electronic copy by e-mail; the address is masked on the stored page and was read as contactocp@mt.gov in a public list of state contacts); postal address not re-read`,
      checked: CHECKED,
    },
    {
      recipient: 'state_agency',
      obligations: ['ciso-immediate'],
      name: 'Montana State Chief Information Security Officer (Department of Administration, State Information Technology Services Division)',
      ways: [{ kind: 'postal', value: 'State Information Technology Services Division, Department of Administration, 125 N. Roberts Street, Helena, MT 59601' }],
      asksFor: ['Notice of the security incident (§ 2-6-1504 prescribes no content)'],
      source: 'Mont. Code Ann. § 2-6-1504 (recipient); the Division\'s address is its published one, not re-read; agencies normally report through the State\'s internal incident process',
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Montana Department of Justice, Office of Consumer Protection',
    phone: '1-800-481-6896',
    website: 'dojmt.gov/consumer',
    address: '555 Fuller Avenue, Helena, MT 59601',
    source: "The Office's published consumer line and address, not re-read in this check; https://dojmt.gov/office-of-consumer-protection/ is its page. The statute does not require it in letters.",
    checked: CHECKED,
  },
};
