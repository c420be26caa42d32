// Ohio: H.B. 104 (eff. 2006-02-17) enacted twin duties, R.C. 1349.19 for persons and businesses and
// R.C. 1347.12 for state agencies and agencies of political subdivisions; S.B. 126 (eff. 2007-03-30)
// took HIPAA covered entities out of both. R.C. 9.64 (H.B. 96, eff. 2025-09-30) adds incident reports
// by political subdivisions to state offices. Every version is written out as data.
import type { ConsumerContact, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, SubmissionChannel, Verification } from './types.js';
import {
  BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, obligation, residents, toll, withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';

const TEXT_1349_19 = 'https://instalawyer.io/laws/ohio-revised-code/section-134919-private-disclosure (R.C. 1349.19 as effective 2007-03-30, verbatim copy)';
const TEXT_1349_19_CLICLAW = 'https://cliclaw.com/library/state-laws/state-security-breach-laws/ohio-disclosure-or-notification-breach-security (R.C. 1349.19, verbatim copy)';
const TEXT_1347_12 = 'http://archives.legislature.state.oh.us/BillText129/129_HB_565_I_Y.html (H.B. 565 of 2011 as introduced, reproducing the R.C. 1347.12 then in force)';
const HB104_RS = 'http://archives.legislature.state.oh.us/BillText126/126_HB_104_RS_Y.html (Sub. H.B. 104 as reported by the Senate committee)';
const WORDSBYWIT = 'https://www.wordsbywit.com/ohio (quotes R.C. 1349.19(B))';

const PI_1349: PersonalInformationDefinition = {
  citation: 'Ohio Rev. Code § 1349.19(A)',
  summary:
    "an Ohio resident's name (first name or initial and last name) linked to an SSN, a driver's licence or state ID card number, or a financial account or credit/debit card number with any code or password needed to reach the account, where those elements are not encrypted, redacted or otherwise made unreadable",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};
const PI_1347: PersonalInformationDefinition = {
  citation: 'Ohio Rev. Code § 1347.12(A)',
  summary:
    "an Ohio resident's name (first name or initial and last name) linked to an SSN, a driver's licence or state ID card number, or a financial account or credit/debit card number with any code or password needed to reach the account, where those elements are not encrypted, redacted or otherwise made unreadable",
  combinations: PI_1349.combinations,
};

const HARM_TEST = {
  exists: true,
  standard:
    'A breach is notifiable only if the unauthorized access and acquisition causes, or is reasonably believed to have caused or to be going to cause, a material risk of identity theft or other fraud to an Ohio resident.',
  recordToKeep: null,
};

const SAFE_HARBOR_1349: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording:
    '§ 1349.19(A): personal information is the listed elements "not encrypted, redacted, or altered by any method or technology in such a manner that the data elements are unreadable"; data whose key is taken is no longer unreadable.',
  citation: 'Ohio Rev. Code § 1349.19(A)',
};
const SAFE_HARBOR_1347: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording:
    '§ 1347.12(A): the same "not encrypted, redacted, or altered ... unreadable" wording as § 1349.19; data whose key is taken is no longer unreadable.',
  citation: 'Ohio Rev. Code § 1347.12(A)',
};

const SUBSTITUTE_1349 = { costOver: 250_000, recipientsOver: 500_000, citation: 'Ohio Rev. Code § 1349.19(E)' };
const SUBSTITUTE_1347 = { costOver: 250_000, recipientsOver: 500_000, citation: 'Ohio Rev. Code § 1347.12(E)' };

const PRIVATE_COVERAGE = coverage({
  business: ['yes', 'Ohio Rev. Code § 1349.19(B) binds any person that owns or licenses computerized personal information of Ohio residents and conducts business in Ohio; "business entity" includes for-profit and nonprofit groups (§ 1349.19(A)(2)).'],
  nonprofit: ['yes', '§ 1349.19(A)(2) defines "business entity" as any group, however organized and whether operating for profit or not; associations are "persons" (R.C. 1.59).'],
  local_government: ['no', 'Agencies of political subdivisions follow the parallel R.C. 1347.12, not § 1349.19.'],
  state_agency: ['no', 'State agencies follow the parallel R.C. 1347.12, not § 1349.19.'],
});
const AGENCY_COVERAGE = governmentOnlyCoverage('Ohio Rev. Code § 1349.19', {
  local_government: ['yes', 'Ohio Rev. Code § 1347.12(A)(1) binds every "agency of a political subdivision": each body, office or agency a political subdivision establishes (since S.B. 126, not one that is a HIPAA covered entity).'],
  state_agency: ['yes', 'Ohio Rev. Code § 1347.12 binds every state agency (R.C. 1347.01: offices of elected state officers and state agencies, boards, commissions, departments and institutions).'],
});

const INDIVIDUALS_NOTES =
  'In the most expedient time possible and no later than 45 days after discovering or being told of the breach, allowing for law enforcement and for measures to determine which residents were affected and restore the system. The statute prescribes no letter content. The clock pauses while law enforcement says notice would impede a criminal investigation or national security.';
const HIPAA_1349 = 'A HIPAA covered entity (45 C.F.R. 160.103) is outside the section since S.B. 126 (eff. 2007-03-30).';
const HIPAA_1347 = 'An agency that is a HIPAA covered entity (45 C.F.R. 160.103) is outside the section since S.B. 126 (eff. 2007-03-30).';

const LE_1349 = toll('Ohio Rev. Code § 1349.19(D)');
const LE_1347 = toll('Ohio Rev. Code § 1347.12(D)');

const CRA_1349: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: 'Ohio Rev. Code § 1349.19(G)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 Ohio residents are to be notified for a single occurrence.'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE_1349,
  requiredContent: ['Timing, distribution and content of the notice to residents'],
});
const CRA_1347: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: 'Ohio Rev. Code § 1347.12(G)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 Ohio residents are to be notified for a single occurrence.'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE_1347,
  requiredContent: ['Timing, distribution and content of the notice to residents'],
});
const VENDOR_1349: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Ohio Rev. Code § 1349.19(C)',
  deadline: withoutDelay('discovered', 'In an expeditious manner after discovering or being told of the breach.'),
  lawEnforcement: LE_1349,
  condition: 'This duty binds whoever maintains the data for its owner or licensee (among persons and businesses), not the owner itself, and only where the breach is reasonably believed to cause a material risk of identity theft or fraud.',
});
const VENDOR_1347: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Ohio Rev. Code § 1347.12(C)',
  deadline: withoutDelay('discovered', 'In an expeditious manner after discovering or being told of the breach.'),
  lawEnforcement: LE_1347,
  condition: 'This duty binds whoever maintains the data for its owner or licensee (among state agencies and agencies of political subdivisions), not the owner itself, and only where the breach is reasonably believed to cause a material risk of identity theft or fraud.',
});

const INDIVIDUALS_1349_2006: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Ohio residents',
  citation: 'Ohio Rev. Code § 1349.19(B)',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE_1349,
  notes: INDIVIDUALS_NOTES,
});
const INDIVIDUALS_1349_2007: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Ohio residents',
  citation: 'Ohio Rev. Code § 1349.19(B)',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE_1349,
  condition: HIPAA_1349,
  notes: INDIVIDUALS_NOTES,
});
const INDIVIDUALS_1347_2006: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Ohio residents',
  citation: 'Ohio Rev. Code § 1347.12(B)',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE_1347,
  notes: INDIVIDUALS_NOTES,
});
const INDIVIDUALS_1347_2007: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Ohio residents',
  citation: 'Ohio Rev. Code § 1347.12(B)',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE_1347,
  condition: HIPAA_1347,
  notes: INDIVIDUALS_NOTES,
});

const SOURCES_COMMON = [
  { where: 'https://www.frostbrowntodd.com/resources-851.html', facts: 'H.B. 104 approved 2005-11-17, effective 2006-02-17; persons, businesses, state agencies and agencies of political subdivisions' },
  { where: PERKINS_CHART_2021, facts: '45 days from discovery or notification, CRA over 1,000, vendor, substitute notice' },
  { where: 'https://www.swlaw.com/data-breach-map/view/state/oh', facts: 'no content requirement; substitute notice $250,000 / 500,000 and the small-business newspaper option' },
];

// Facts shared by the versions of §§ 1349.19 and 1347.12.
const F_DEADLINE: FactCheck = {
  kind: 'secondary',
  where: WORDSBYWIT,
  says: 'Most expedient time possible but not later than 45 days after discovery or notification; credit bureaus and vendor notice without unreasonable delay / expeditiously.',
  checked: CHECKED,
  why: 'The stored verbatim copies of the section break off inside division (A); division (B) was read only as quoted by wordsbywit and summarised by DWT and Snell & Wilmer.',
};
const F_ANCHOR: FactCheck = {
  kind: 'secondary',
  where: WORDSBYWIT,
  says: 'The 45 days run from discovery of the breach or notification of it.',
  checked: CHECKED,
  why: 'Division (B) read only as quoted by wordsbywit.',
};
const F_THRESHOLD: FactCheck = {
  kind: 'secondary',
  where: PERKINS_CHART_2021,
  says: 'Credit bureaus when more than 1,000 residents are to be notified of one occurrence; no regulator notice.',
  checked: CHECKED,
  why: 'Division (G) was not in the stored copies read.',
};
const F_LAW_ENFORCEMENT: FactCheck = {
  kind: 'secondary',
  where: WORDSBYWIT,
  says: 'Timing is subject to the legitimate needs of law enforcement (division (D)): read as a pause.',
  checked: CHECKED,
  why: 'Division (D) was not in the stored copies read.',
};
const F_SUBSTITUTE: FactCheck = {
  kind: 'secondary',
  where: 'https://www.swlaw.com/data-breach-map/view/state/oh',
  says: 'Substitute notice above $250,000 or 500,000 residents, or without contact details; a newspaper option for businesses of 10 or fewer employees above $10,000.',
  checked: CHECKED,
  why: 'Division (E) was not in the stored copies read.',
};
const F_CONTENT: FactCheck = {
  kind: 'secondary',
  where: 'https://www.swlaw.com/data-breach-map/view/state/oh',
  says: 'None for residents; credit bureaus are told of the timing, distribution and content of the notices.',
  checked: CHECKED,
  why: 'Divisions (E) and (G) were not in the stored copies read.',
};
const F_FORBIDDEN: FactCheck = {
  kind: 'secondary',
  where: 'https://www.swlaw.com/data-breach-map/view/state/oh',
  says: 'None: nothing is forbidden in a notice.',
  checked: CHECKED,
  why: 'Only division (A) was read verbatim.',
};
const F_HARM: FactCheck = {
  kind: 'primary',
  where: TEXT_1349_19,
  says: 'A breach must cause, or be reasonably believed to cause, a material risk of identity theft or other fraud to a resident (division (A)(1)(a)).',
  checked: CHECKED,
};
const F_ENCRYPTION: FactCheck = {
  kind: 'secondary',
  where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/ohio.aspx (quotes the definition)',
  says: 'Elements count when not encrypted, redacted, or altered so as to be unreadable; no express word on keys.',
  checked: CHECKED,
  why: 'The "personal information" division (A)(7) is cut off in the stored verbatim copies; its words are quoted by McAfee and Snell & Wilmer.',
};
const F_PI: FactCheck = {
  kind: 'secondary',
  where: 'https://www.swlaw.com/data-breach-map/view/state/oh',
  says: 'Name with SSN, driver\'s licence or state ID number, or account or card number with its code.',
  checked: CHECKED,
  why: 'The definition (division (A)(7)) is cut off in the stored verbatim copies.',
};

const VERIFY_1349_2007: Verification = {
  effective_dates: { kind: 'primary', where: TEXT_1349_19, says: 'Current text effective 2007-03-30, last amended by S.B. 126 (126th G.A.).', checked: CHECKED },
  coverage: { kind: 'primary', where: TEXT_1349_19, says: '"Business entity" is any group however organized, for profit or not; duty on persons that own or license the data.', checked: CHECKED },
  personal_information: F_PI,
  encryption: F_ENCRYPTION,
  risk_of_harm: F_HARM,
  deadline: F_DEADLINE,
  anchor: F_ANCHOR,
  threshold: F_THRESHOLD,
  law_enforcement: F_LAW_ENFORCEMENT,
  substitute_notice: F_SUBSTITUTE,
  required_content: F_CONTENT,
  forbidden_content: F_FORBIDDEN,
};

const private2006: RuleVersion = {
  id: 'OH-2006',
  effectiveFrom: '2006-02-17',
  effectiveTo: '2007-03-29',
  citations: ['Ohio Rev. Code § 1349.19 (Sub. H.B. 104, 126th G.A., eff. 2006-02-17)'],
  summary: 'Ohio persons and businesses had to notify affected residents within 45 days of discovering a breach that risks identity theft or fraud, and the credit bureaus when more than 1,000 residents were notified; there was no Attorney General notice.',
  coverage: PRIVATE_COVERAGE,
  encryptionSafeHarbor: SAFE_HARBOR_1349,
  riskOfHarmException: HARM_TEST,
  personalInformation: PI_1349,
  substituteNotice: SUBSTITUTE_1349,
  obligations: [INDIVIDUALS_1349_2006, CRA_1349, VENDOR_1349],
  confidence: 'low',
  unverified: [
    'That the enacted 2006 text already had the 45-day limit rests on the Perkins Coie chart; the as-introduced bill (Legislative Service Commission analysis) said only "most expedient time possible and without unreasonable delay". S.B. 126 is known only from summaries (HIPAA exemption).',
    'Subsection letters are cited from the current section layout and were not checked against the 2006 text.',
  ],
  sources: [...SOURCES_COMMON, { where: HB104_RS, facts: 'Sub. H.B. 104 enacts §§ 1347.12 and 1349.19; material risk of identity fraud' }, { where: 'http://lsc.state.oh.us/analyses/analysis126.nsf/c68a7e88e02f43a985256dad004e48aa/4a4e2bbd4d52a1ae85256fe90041485a?OpenDocument', facts: 'H.B. 104 as introduced: most expedient time possible and without unreasonable delay (no day count)' }],
  verification: {
    effective_dates: { kind: 'secondary', where: 'https://www.frostbrowntodd.com/resources-851.html', says: 'H.B. 104 approved 2005-11-17, effective 2006-02-17.', checked: CHECKED, why: 'The enrolled act was not in the stored copies; the committee versions read carry no date.' },
    coverage: { kind: 'secondary', where: HB104_RS, says: 'The bill binds a person, including a business entity doing business in Ohio, that owns or licenses the data.', checked: CHECKED, why: 'Read in the bill as reported by the Senate committee, not in the enrolled act; the 2007 text (read) keeps the same rule.' },
    personal_information: F_PI,
    encryption: F_ENCRYPTION,
    risk_of_harm: { kind: 'secondary', where: HB104_RS, says: 'Notice where access and acquisition causes or is reasonably believed will create a material risk of identity fraud or other fraud.', checked: CHECKED, why: 'Read in the bill as reported by the Senate committee, not in the enrolled act; the 2007 text (read) keeps the same rule.' },
    deadline: { ...F_DEADLINE, why: 'The 2006 enacted text was not read; the 45 days stand in the 2007 text (quoted by wordsbywit) and Perkins Coie dates them from 2006.' },
    anchor: F_ANCHOR,
    threshold: F_THRESHOLD,
    law_enforcement: F_LAW_ENFORCEMENT,
    substitute_notice: F_SUBSTITUTE,
    required_content: F_CONTENT,
    forbidden_content: F_FORBIDDEN,
  },
};

const private2007: RuleVersion = {
  id: 'OH-2007',
  effectiveFrom: '2007-03-30',
  effectiveTo: null,
  citations: ['Ohio Rev. Code § 1349.19 as amended by S.B. 126 (126th G.A., eff. 2007-03-30)'],
  summary: 'Ohio persons and businesses must notify affected residents within 45 days of discovering a breach that risks identity theft or fraud, and the credit bureaus when more than 1,000 residents are notified; there is no Attorney General notice.',
  coverage: PRIVATE_COVERAGE,
  encryptionSafeHarbor: SAFE_HARBOR_1349,
  riskOfHarmException: HARM_TEST,
  personalInformation: PI_1349,
  substituteNotice: SUBSTITUTE_1349,
  obligations: [INDIVIDUALS_1349_2007, CRA_1349, VENDOR_1349],
  confidence: 'low',
  unverified: [
    'Divisions (B) to (G) (deadline, vendor, law enforcement, substitute notice, credit bureaus) were read only as quoted or summarised by secondary sources; the stored verbatim copies stop in division (A).',
  ],
  sources: [
    ...SOURCES_COMMON,
    { where: TEXT_1349_19, facts: '§ 1349.19 text: effective 2007-03-30, latest legislation S.B. 126; material-risk breach definition; business entity' },
    { where: TEXT_1349_19_CLICLAW, facts: '§ 1349.19(A) text' },
    { where: WORDSBYWIT, facts: 'quotation of the 45-day sentence of § 1349.19(B)' },
    { where: 'https://cybersecurity.osu.edu/cybersecurity-osu/internal-policies-compliance/Ohio_Policies', facts: 'S.B. 126 effective 2007-03-30 exempts HIPAA covered entities, including agencies' },
    { where: BLOOMBERG_TABLE, facts: 'cross-check' },
  ],
  verification: VERIFY_1349_2007,
};

const agency2006: RuleVersion = {
  id: 'OH-AGENCY-2006',
  effectiveFrom: '2006-02-17',
  effectiveTo: '2007-03-29',
  citations: ['Ohio Rev. Code § 1347.12 (Sub. H.B. 104, 126th G.A., eff. 2006-02-17)'],
  summary: 'Ohio state agencies and agencies of political subdivisions had to notify affected residents within 45 days of discovering a breach that risks identity theft or fraud, and the credit bureaus when more than 1,000 residents were notified.',
  coverage: AGENCY_COVERAGE,
  encryptionSafeHarbor: SAFE_HARBOR_1347,
  riskOfHarmException: HARM_TEST,
  personalInformation: PI_1347,
  substituteNotice: SUBSTITUTE_1347,
  obligations: [INDIVIDUALS_1347_2006, CRA_1347, VENDOR_1347],
  confidence: 'low',
  unverified: [
    'The 45-day limit, credit-bureau duty and substitute-notice thresholds of § 1347.12 are taken to mirror § 1349.19 (enacted by the same bill); only division (A) of § 1347.12 was read.',
    'That the enacted 2006 text already had the 45-day limit rests on the Perkins Coie chart; the as-introduced bill said only "without unreasonable delay".',
  ],
  sources: [...SOURCES_COMMON, { where: HB104_RS, facts: 'Sub. H.B. 104 enacts §§ 1347.12 and 1349.19' }],
  verification: {
    effective_dates: { kind: 'secondary', where: 'https://www.frostbrowntodd.com/resources-851.html', says: 'H.B. 104 effective 2006-02-17.', checked: CHECKED, why: 'The enrolled act was not in the stored copies.' },
    coverage: { kind: 'secondary', where: HB104_RS, says: 'The bill binds a state agency and an agency of a political subdivision that owns or licenses the data.', checked: CHECKED, why: 'Read in the bill as reported by the Senate committee, not in the enrolled act; the 2007 text (read) keeps the same rule.' },
    personal_information: F_PI,
    encryption: F_ENCRYPTION,
    risk_of_harm: { kind: 'secondary', where: HB104_RS, says: 'Notice where access and acquisition causes or is reasonably believed will create a material risk of identity fraud or other fraud.', checked: CHECKED, why: 'Read in the bill as reported by the Senate committee, not in the enrolled act; the 2007 text (read) keeps the same rule.' },
    deadline: { ...F_DEADLINE, why: '§ 1347.12(B) was not read; the 45 days are taken from § 1349.19 and the Perkins Coie chart.' },
    anchor: F_ANCHOR,
    threshold: F_THRESHOLD,
    law_enforcement: F_LAW_ENFORCEMENT,
    substitute_notice: F_SUBSTITUTE,
    required_content: F_CONTENT,
    forbidden_content: F_FORBIDDEN,
  },
};

const agency2007: RuleVersion = {
  id: 'OH-AGENCY-2007',
  effectiveFrom: '2007-03-30',
  effectiveTo: null,
  citations: ['Ohio Rev. Code § 1347.12 as amended by S.B. 126 (126th G.A., eff. 2007-03-30)'],
  summary: 'Ohio state agencies and agencies of political subdivisions must notify affected residents within 45 days of discovering a breach that risks identity theft or fraud, and the credit bureaus when more than 1,000 residents are notified; there is no Attorney General notice.',
  coverage: AGENCY_COVERAGE,
  encryptionSafeHarbor: SAFE_HARBOR_1347,
  riskOfHarmException: HARM_TEST,
  personalInformation: PI_1347,
  substituteNotice: SUBSTITUTE_1347,
  obligations: [INDIVIDUALS_1347_2007, CRA_1347, VENDOR_1347],
  confidence: 'low',
  unverified: [
    'The 45-day limit, credit-bureau duty and substitute-notice thresholds of § 1347.12 are taken to mirror § 1349.19 (enacted by the same bill); only division (A) of § 1347.12 was read.',
  ],
  sources: [
    ...SOURCES_COMMON,
    { where: TEXT_1347_12, facts: '§ 1347.12(A) as in force in 2011: agency of a political subdivision excludes HIPAA covered entities; material-risk breach definition' },
    { where: 'https://cybersecurity.osu.edu/cybersecurity-osu/internal-policies-compliance/Ohio_Policies', facts: 'S.B. 126 effective 2007-03-30 exempts HIPAA covered entities, including agencies' },
  ],
  verification: {
    effective_dates: { kind: 'secondary', where: 'https://cybersecurity.osu.edu/cybersecurity-osu/internal-policies-compliance/Ohio_Policies', says: 'S.B. 126 effective 2007-03-30.', checked: CHECKED, why: 'S.B. 126 itself was not read; the 2011 bill shows its HIPAA exclusion in force.' },
    coverage: { kind: 'primary', where: TEXT_1347_12, says: 'Agency of a political subdivision: any body, office or agency it establishes, except a HIPAA covered entity; state agencies under R.C. 1347.01.', checked: CHECKED },
    personal_information: F_PI,
    encryption: F_ENCRYPTION,
    risk_of_harm: { kind: 'primary', where: TEXT_1347_12, says: 'Breach requires a material risk of identity theft or other fraud to a resident (division (A)(2)(a)).', checked: CHECKED },
    deadline: { ...F_DEADLINE, why: '§ 1347.12(B) was not in the stored copy read; the 45 days are taken from § 1349.19 (quoted) and the Perkins Coie chart.' },
    anchor: F_ANCHOR,
    threshold: F_THRESHOLD,
    law_enforcement: F_LAW_ENFORCEMENT,
    substitute_notice: F_SUBSTITUTE,
    required_content: F_CONTENT,
    forbidden_content: F_FORBIDDEN,
  },
};

const DISCOVERY_OF_INCIDENT = 'Any cybersecurity or ransomware incident the political subdivision discovers (R.C. 9.64(A): substantial loss of confidentiality, integrity or availability, serious operational impact, disruption of services, or access through a cloud, managed-service or supply-chain compromise).';
const TEXT_9_64 = 'https://codes.ohio.gov/ohio-revised-code/section-9.64';
const AOS_PAGE = 'https://ohioauditor.gov/fraud/cybersecurity-policy.html';
const WHY_9_64 = 'The division of § 9.64 that sets the reporting periods was not in the stored copy of codes.ohio.gov (it stops in division (B)); the Auditor of State, OPLIN and law firms agree on the periods.';

const cyber: RuleVersion = {
  id: 'OH-POLSUB-2025',
  effectiveFrom: '2025-09-30',
  effectiveTo: null,
  citations: ['Ohio Rev. Code § 9.64 (Am. Sub. H.B. 96, 136th G.A., signed 2025-06-30, incident reporting eff. 2025-09-30)'],
  summary: 'Ohio political subdivisions must report a cybersecurity or ransomware incident to the Ohio Cyber Integration Center within 7 days of discovery and to the Auditor of State within 30 days.',
  coverage: governmentOnlyCoverage('Ohio Rev. Code §§ 1347.12 and 1349.19', {
    local_government: ['yes', 'R.C. 9.64(A)(2): a county, township, municipal corporation or other body corporate and politic responsible for governmental activities in an area smaller than the state.'],
    state_agency: ['no', 'R.C. 9.64 reaches political subdivisions only; state agencies are not political subdivisions.'],
  }),
  encryptionSafeHarbor: null,
  riskOfHarmException: null,
  obligations: [
    obligation({
      id: 'ocic-7-days',
      recipient: 'state_agency',
      recipientName: 'Executive Director of the Ohio Division of Homeland Security, through the Ohio Cyber Integration Center (OCIC)',
      citation: 'Ohio Rev. Code § 9.64',
      deadline: calendarDays(7, 'discovered'),
      condition: DISCOVERY_OF_INCIDENT,
      notes: 'As soon as possible and no later than 7 days after discovery. The report is not a public record.',
    }),
    obligation({
      id: 'auditor-30-days',
      recipient: 'state_agency',
      recipientName: 'Ohio Auditor of State',
      citation: 'Ohio Rev. Code § 9.64',
      deadline: calendarDays(30, 'discovered'),
      condition: DISCOVERY_OF_INCIDENT,
      notes: 'As soon as possible and no later than 30 days after discovery. A ransom may be paid only if the legislative authority approves it by resolution or ordinance stating why.',
    }),
  ],
  confidence: 'low',
  unverified: [
    'The division of § 9.64 that sets the two reporting periods was not read; the 7 and 30 days come from the Auditor of State\'s page, the state library network notice and law-firm summaries.',
    'Whether school districts count as political subdivisions under § 9.64(A)(2) (commentators say yes).',
  ],
  sources: [
    { where: TEXT_9_64, facts: 'definitions of cybersecurity incident, political subdivision, ransomware incident; ransom approval' },
    { where: AOS_PAGE, facts: 'OCIC within seven days; Auditor of State notice' },
    { where: 'https://lists.oplin.org/pipermail/oplinlist/2025-September/026347.html', facts: 'from 2025-09-30: OCIC within 7 days, Auditor of State within 30 days; OCIC guide and AOS reporting form' },
    { where: 'https://employmentlawquarterly.blogspot.com/2025/09/patch-now-new-cybersecurity-compliance.html', facts: 'H.B. 96 signed 2025-06-30; reporting effective 2025-09-30; OCIC no later than 7 days' },
  ],
  verification: {
    effective_dates: { kind: 'secondary', where: 'https://employmentlawquarterly.blogspot.com/2025/09/patch-now-new-cybersecurity-compliance.html', says: 'H.B. 96 signed 2025-06-30; § 9.64 reporting in effect 2025-09-30 (OPLIN links the 9-30-2025 authenticated text).', checked: CHECKED, why: 'H.B. 96 itself was not read.' },
    coverage: { kind: 'primary', where: TEXT_9_64, says: 'Political subdivision: county, township, municipal corporation or other body corporate and politic for an area smaller than the state.', checked: CHECKED },
    personal_information: { kind: 'primary', where: TEXT_9_64, says: 'None: the duty turns on a cybersecurity or ransomware incident, not on data elements.', checked: CHECKED },
    encryption: { kind: 'primary', where: TEXT_9_64, says: 'None: no encryption exception; ransomware that encrypts systems is itself an incident.', checked: CHECKED },
    risk_of_harm: { kind: 'primary', where: TEXT_9_64, says: 'None beyond the incident definition (substantial loss, serious impact, disruption or third-party compromise).', checked: CHECKED },
    deadline: { kind: 'secondary', where: AOS_PAGE, says: 'OCIC within 7 days and Auditor of State within 30 days of discovery.', checked: CHECKED, why: WHY_9_64 },
    anchor: { kind: 'secondary', where: AOS_PAGE, says: 'Discovery of the incident.', checked: CHECKED, why: WHY_9_64 },
    threshold: { kind: 'secondary', where: AOS_PAGE, says: 'None: every incident.', checked: CHECKED, why: WHY_9_64 },
    law_enforcement: { kind: 'secondary', where: AOS_PAGE, says: 'None: no delay for law enforcement.', checked: CHECKED, why: WHY_9_64 },
    substitute_notice: { kind: 'primary', where: TEXT_9_64, says: 'None: reports to state offices, not notices to people.', checked: CHECKED },
    required_content: { kind: 'secondary', where: 'https://lists.oplin.org/pipermail/oplinlist/2025-September/026347.html', says: 'By the OCIC reporting guide and the Auditor of State\'s form; the statute sets no list.', checked: CHECKED, why: WHY_9_64 },
    forbidden_content: { kind: 'secondary', where: AOS_PAGE, says: 'None: nothing is forbidden in the report or notice.', checked: CHECKED, why: WHY_9_64 },
  },
};

const OCIC_CHANNEL: SubmissionChannel = {
  recipient: 'state_agency',
  obligations: ['ocic-7-days'],
  name: 'Ohio Cyber Integration Center (Ohio Homeland Security)',
  ways: [{ kind: 'online_form', value: 'https://homelandsecurity.ohio.gov/ohio-cyber-integration-center/reporting-guidance', formName: 'OCIC cyber incident reporting guidance' }],
  asksFor: ['What the OCIC Cyber Incident Reporting Guide asks for (the statute sets no list)'],
  source: 'State library network notice of 2025-09-18 (lists.oplin.org) linking the OCIC reporting guidance and guide',
  checked: CHECKED,
};
const AOS_CHANNEL: SubmissionChannel = {
  recipient: 'state_agency',
  obligations: ['auditor-30-days'],
  name: 'Ohio Auditor of State',
  ways: [{ kind: 'online_form', value: 'https://ohioauditor.gov/fraud/docs/CybersecurityReportingForm.pdf', formName: 'Cybersecurity Reporting Form' }],
  asksFor: ['What the Auditor of State\'s Cybersecurity Reporting Form asks for'],
  source: 'Auditor of State cybersecurity page (ohioauditor.gov/fraud/cybersecurity-policy.html) and the OPLIN notice of 2025-09-18',
  checked: CHECKED,
};

const CONTACT: ConsumerContact = {
  name: 'Ohio Attorney General, Consumer Protection Section',
  phone: '1-800-282-0515',
  website: 'www.ohioattorneygeneral.gov',
  address: '30 E. Broad St., 14th Floor, Columbus, OH 43215',
  source: 'The Attorney General\'s published consumer-protection contact details; not re-read in a stored copy on the date checked',
  checked: CHECKED,
};

export const ohio: Jurisdiction = {
  code: 'OH',
  name: 'Ohio',
  kind: 'state',
  holidays: { country: 'US', state: 'OH' },
  laws: [
    { id: 'OH-1349-19', title: 'Ohio Rev. Code § 1349.19: private disclosure of a security breach of computerized personal information', scope: 'residents', versions: [private2006, private2007] },
    { id: 'OH-1347-12', title: 'Ohio Rev. Code § 1347.12: disclosure of a security breach by state agencies and agencies of political subdivisions', scope: 'residents', versions: [agency2006, agency2007] },
    { id: 'OH-9-64', title: 'Ohio Rev. Code § 9.64: cybersecurity incident reports by political subdivisions', scope: 'home', versions: [cyber] },
  ],
  channels: [NATIONWIDE_CRAS, OCIC_CHANNEL, AOS_CHANNEL],
  consumerContact: CONTACT,
};
