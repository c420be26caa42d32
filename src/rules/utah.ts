// Utah: the Protection of Personal Information Act (Utah Code ch. 13-44), in force since 2007-01-01,
// which added Attorney General, Cyber Center and credit-bureau notices in 2023 (S.B. 127) and their
// content in 2024 (S.B. 98). Governmental entities have their own rules: reports to the Utah Cyber
// Center (S.B. 127, then § 63A-19-405) and resident notice under the Government Data Privacy Act.
import { DATA_ELEMENTS } from './types.js';
import type { Coverage, FactCheck, Jurisdiction, OrgCategory, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, obligation, residents, toll, withIndividuals, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const OLD_13_44_202 = 'https://statutes.laws.com/utah/title-13/chapter-44/13-44-202';
const LAWSERVER_13_44_202 = 'https://lawserver.com/law/state/utah/ut-code/utah_code_13-44-202';
const PERKINS_UT = 'https://perkinscoie.com./insights/publication/security-breach-notification-chart-utah';
const CYBER_CENTER_FORM = 'https://cybercenter.utah.gov/Report-a-Breach/';
const FINDLAW_63A_19_405 = 'https://codes.findlaw.com/ut/title-63a-utah-government-operations-code/ut-code-sect-63a-19-405/';
const LEXACE_63A_19_405 = 'https://lexace.ai/us/statute/utah/63A-19-405';
const LEXACE_63A_16_1101 = 'https://lexace.ai/us/statute/utah/63A-16-1101';

const LE = toll('Utah Code § 13-44-202(4)');

const GOVERNMENT_UNSETTLED =
  'Ch. 13-44 binds a "person" and does not define it; the general definition (Utah Code § 68-3-12.5) includes political subdivisions and government bodies, but governmental entities also have their own rules (ch. 63A-19 from 2024-05-01). Whether ch. 13-44 binds them is not settled; treat it as applying, as a precaution.';
const COVERAGE: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', 'Utah Code § 13-44-202(1) binds a person who owns or licenses computerized data that includes personal information concerning a Utah resident.'],
  nonprofit: ['yes', 'Associations and other organizations are "persons" (Utah Code § 68-3-12.5); ch. 13-44 makes no exception for nonprofits.'],
  local_government: ['uncertain', GOVERNMENT_UNSETTLED],
  state_agency: ['uncertain', GOVERNMENT_UNSETTLED],
});

const AG_CONTENT_2024 = [
  'Date the breach occurred',
  'Date the breach was discovered',
  'Total number of people affected, including the number of Utah residents',
  'Type of personal information involved',
  'Short description of the breach',
];

const INDIVIDUALS = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Utah residents',
  citation: 'Utah Code § 13-44-202(1)-(2)',
  deadline: withoutDelay(
    'determined',
    'In the most expedient time possible without unreasonable delay once a prompt, good-faith investigation shows misuse for identity theft or fraud has occurred or is reasonably likely, after determining the scope and restoring the system.',
  ),
  lawEnforcement: LE,
  condition: 'Financial institutions and their affiliates (15 U.S.C. 6809) are outside ch. 13-44.',
  notes: 'The statute prescribes no letter content. Notice may be by mail, e-mail, telephone or, if those are not feasible, a newspaper notice.',
});
const VENDOR = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Utah Code § 13-44-202(3)',
  deadline: withoutDelay('discovered', 'Immediately following discovery, if misuse occurs or is reasonably likely; the vendor must also cooperate with the owner.'),
  lawEnforcement: LE,
  condition: 'This duty binds whoever maintains the data without owning or licensing it, not the owner itself.',
});
const REGULATOR_NOTES =
  'Required when the investigation shows misuse is occurring or reasonably likely for 500 or more Utah residents, in addition to the resident notice. The statute names no separate time; this catalogue expects it no later than the resident notice. One form on the Cyber Center\'s site notifies both offices.';
const AG_2023 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Utah Office of the Attorney General',
  citation: 'Utah Code § 13-44-202(1)(b)',
  deadline: withIndividuals,
  threshold: residents(500, 'at_least'),
  lawEnforcement: LE,
  notes: REGULATOR_NOTES,
});
const CYBER_CENTER_2023 = obligation({
  id: 'cyber-center',
  recipient: 'state_agency',
  recipientName: 'Utah Cyber Center',
  citation: 'Utah Code § 13-44-202(1)(b)',
  deadline: withIndividuals,
  threshold: residents(500, 'at_least'),
  lawEnforcement: LE,
  notes: REGULATOR_NOTES,
});
const AG_2024 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Utah Office of the Attorney General',
  citation: 'Utah Code § 13-44-202(1)(b)',
  deadline: withIndividuals,
  threshold: residents(500, 'at_least'),
  lawEnforcement: LE,
  requiredContent: AG_CONTENT_2024,
  notes: REGULATOR_NOTES,
});
const CYBER_CENTER_2024 = obligation({
  id: 'cyber-center',
  recipient: 'state_agency',
  recipientName: 'Utah Cyber Center',
  citation: 'Utah Code § 13-44-202(1)(b)',
  deadline: withIndividuals,
  threshold: residents(500, 'at_least'),
  lawEnforcement: LE,
  requiredContent: AG_CONTENT_2024,
  notes: REGULATOR_NOTES,
});
const CRA = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Each nationwide consumer reporting agency',
  citation: 'Utah Code § 13-44-202(1)(c)',
  deadline: withIndividuals,
  threshold: residents(1000, 'at_least'),
  lawEnforcement: LE,
  notes: 'When misuse concerns 1,000 or more Utah residents. No separate time is named; expected no later than the resident notice.',
});

const PERSONAL_INFORMATION: PersonalInformationDefinition = {
  citation: 'Utah Code § 13-44-102(4)',
  summary: "a person's name (first name or initial and last name) with an SSN, a financial account or card number with any code or password that reaches the account, or a driver licence or state ID card number, where the name or element is unencrypted or otherwise unprotected",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};
const KEY_WORDING = '§ 13-44-102(4): the name or element counts when "unencrypted or not protected by another method that renders the data unreadable or unusable"; nothing on keys, but a taken key makes the data readable.';
const SAFE_HARBOR = { exists: true, keyException: true, keyReading: 'implied', keyWording: KEY_WORDING, citation: 'Utah Code § 13-44-102(4)' } as const;
const MISUSE_TEST = {
  exists: true,
  standard: 'Notice is owed only if a reasonable and prompt investigation shows misuse of the information for identity theft or fraud has occurred or is reasonably likely.',
  recordToKeep: null,
};

// Facts shared by the ch. 13-44 versions.
const UT_COVERAGE: FactCheck = {
  kind: 'primary',
  where: LAWSERVER_13_44_202,
  says: '§ 13-44-202(1) binds a person owning or licensing computerized personal information of a Utah resident; "person" (§ 68-3-12.5) includes associations, political subdivisions and government bodies',
  checked: CHECKED,
};
const UT_PI: FactCheck = { kind: 'primary', where: LAWSERVER_13_44_202, says: '§ 13-44-102(4): name with SSN, account/card number with its code, or licence/state ID number, unencrypted or unprotected', checked: CHECKED };
const UT_ENCRYPTION: FactCheck = { kind: 'primary', where: LAWSERVER_13_44_202, says: KEY_WORDING, checked: CHECKED };
const UT_HARM: FactCheck = { kind: 'primary', where: OLD_13_44_202, says: '§ 13-44-202(1): a good-faith, prompt investigation; notice only if misuse for identity theft or fraud has occurred or is reasonably likely', checked: CHECKED };
const UT_LE: FactCheck = { kind: 'primary', where: OLD_13_44_202, says: '§ 13-44-202(4): delay at a law-enforcement request; then notice without unreasonable delay once the agency says it will no longer impede the investigation', checked: CHECKED };
const UT_SUBSTITUTE: FactCheck = {
  kind: 'secondary',
  where: 'https://dwt.com/gcp/states/utah',
  says: 'no cost or count triggers: a newspaper notice only where mail, e-mail or telephone is not feasible',
  checked: CHECKED,
  why: 'The methods subsection (§ 13-44-202(5)) was beyond the stored part of the statute page.',
};
const UT_FORBIDDEN: FactCheck = {
  kind: 'secondary',
  where: PERKINS_UT,
  says: 'none: no summary lists content a Utah notice must not contain',
  checked: CHECKED,
  why: 'Only subsections (1) to (4) of § 13-44-202 were read.',
};
const AMENDMENT_WHY = 'S.B. 127 (2023) and S.B. 98 (2024) were not read, and the stored copy of the current § 13-44-202 shows only its defined terms; the new notices rest on the Perkins chart, law-firm notes and the Cyber Center\'s form page.';

const UT_2007_VERIFICATION = {
  effective_dates: { kind: 'secondary', where: PERKINS_UT, says: 'S.B. 69 (2006) effective 2007-01-01; amended 2009, 2019; S.B. 127 from 2023-05-03', checked: CHECKED, why: 'The 2006 session law and the later amending acts were not read.' },
  coverage: UT_COVERAGE,
  personal_information: UT_PI,
  encryption: UT_ENCRYPTION,
  risk_of_harm: UT_HARM,
  deadline: { kind: 'primary', where: OLD_13_44_202, says: '§ 13-44-202(2)-(3): residents in the most expedient time possible without unreasonable delay, after determining scope and restoring the system; vendor immediately following discovery', checked: CHECKED },
  anchor: { kind: 'primary', where: OLD_13_44_202, says: 'the investigation begins when the person becomes aware of the breach; notice follows the finding of likely misuse (the determination)', checked: CHECKED },
  threshold: { kind: 'primary', where: OLD_13_44_202, says: 'none: the text before 2023 has no regulator or bureau notice and no number', checked: CHECKED },
  law_enforcement: UT_LE,
  substitute_notice: UT_SUBSTITUTE,
  required_content: { kind: 'secondary', where: 'https://dwt.com/gcp/states/utah', says: 'none: no letter content prescribed', checked: CHECKED, why: 'Only subsections (1) to (4) of the older text were read.' },
  forbidden_content: UT_FORBIDDEN,
} satisfies RuleVersion['verification'];

const UT_2023_VERIFICATION = {
  ...UT_2007_VERIFICATION,
  effective_dates: { kind: 'secondary', where: 'https://www.eyeonprivacy.com/2023/04/utah-amends-data-breach-law-creates-cyber-center/', says: 'S.B. 127 effective 2023-05-03; S.B. 98 from 2024-05-01', checked: CHECKED, why: AMENDMENT_WHY },
  deadline: { kind: 'secondary', where: PERKINS_UT, says: 'residents in the most expedient time possible; the Attorney General, Cyber Center and bureau notices have no separate time', checked: CHECKED, why: AMENDMENT_WHY },
  anchor: { kind: 'secondary', where: PERKINS_UT, says: 'the notices follow the finding of likely misuse', checked: CHECKED, why: AMENDMENT_WHY },
  threshold: { kind: 'secondary', where: CYBER_CENTER_FORM, says: 'Attorney General and Cyber Center when misuse relates to 500 or more Utah residents; bureaus at 1,000 or more', checked: CHECKED, why: AMENDMENT_WHY },
  required_content: { kind: 'secondary', where: PERKINS_UT, says: 'none prescribed for the 2023 regulator notices; none for letters', checked: CHECKED, why: AMENDMENT_WHY },
} satisfies RuleVersion['verification'];

const UT_2024_VERIFICATION = {
  ...UT_2023_VERIFICATION,
  effective_dates: { kind: 'secondary', where: 'https://www.huntonprivacyblog.com/2024/03/26/utah-enacts-amendments-to-state-breach-notification-law/', says: 'S.B. 98 effective 2024-05-01; no later change found', checked: CHECKED, why: AMENDMENT_WHY },
  required_content: { kind: 'secondary', where: PERKINS_UT, says: 'Attorney General and Cyber Center: dates of breach and discovery, total and Utah numbers, type of information, short description', checked: CHECKED, why: AMENDMENT_WHY },
} satisfies RuleVersion['verification'];

const GOVERNMENTAL_ENTITIES = governmentOnlyCoverage('Utah Code ch. 13-44', {
  local_government: ['yes', 'A "governmental entity" (Utah Code § 63G-2-103) includes political subdivisions: counties, cities, towns, school districts and special districts.'],
  state_agency: ['yes', 'A "governmental entity" (Utah Code § 63G-2-103) includes executive branch agencies and other state bodies.'],
});
const LOW_PROBABILITY = {
  exists: true,
  standard: 'No "data breach" if the entity concludes, under standards set by the Cyber Center, that there is a low probability personal data was compromised.',
  recordToKeep: 'The conclusion, reached under the Cyber Center\'s standards, that personal data was unlikely to have been compromised.',
};
const PERSONAL_DATA: PersonalInformationDefinition = {
  citation: 'Utah Code § 63A-19-101',
  summary: 'any information linked or reasonably linkable to an identified or identifiable individual',
  combinations: [{ all: [], anyOf: [...DATA_ELEMENTS] }],
};
const GDPA_SOURCES = [
  { where: FINDLAW_63A_19_405, facts: '§ 63A-19-405 text current 2025-01-01: 500 or more individuals to Cyber Center and AG; any compromise to Cyber Center; 5 days from discovery; content' },
  { where: 'https://lexace.ai/us/statute/utah/63A-19-406', facts: '§ 63A-19-406: resident notice after scope and restoration, without unreasonable delay; law-enforcement delay; content; public-record exception' },
  { where: LEXACE_63A_19_405, facts: 'later § 63A-19-405 adds (1)(c): individuals and AG for data used or likely used for theft or fraud' },
  { where: 'https://le.utah.gov/~2024/bills/xmlEnrolled/HB0491.xml', facts: 'H.B. 491 (Government Data Privacy Act) effective 2024-05-01' },
];

const GOV_INDIVIDUALS = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected individuals (or their legal guardians)',
  citation: 'Utah Code § 63A-19-406',
  deadline: withoutDelay('scope_identified', 'Without unreasonable delay after determining the scope of the data breach and, if necessary, restoring the affected system.'),
  lawEnforcement: toll('Utah Code § 63A-19-406(2)'),
  requiredContent: ['A description of the data breach', "The individual's personal data that was or may have been accessed", 'Steps the entity is taking or has taken to mitigate the impact', 'Recommendations on protecting against identity theft and other financial loss'],
  letterElements: ['what_happened', 'information_involved', 'what_we_are_doing', 'what_you_can_do'],
  condition: 'No individual notice is needed if the data would be a public record (§ 63G-2-301) and the entity posts the notice prominently on its website homepage.',
});
const THEFT = 'Only where the personal data is used, or reasonably likely to be used, to commit theft, fraud or another crime (§ 63A-19-405(1)(c)).';

const LEXACE_63A_19_406 = 'https://lexace.ai/us/statute/utah/63A-19-406';
const GOV_406_WHY = 'H.B. 491 (2024) was not read; § 63A-19-406 was read in a later code-site copy (lexace.ai), taken to keep the 2024 wording.';
const UT_GOV_2024_VERIFICATION = {
  effective_dates: { kind: 'secondary', where: 'https://le.utah.gov/~2024/bills/xmlEnrolled/HB0491.xml', says: 'H.B. 491 effective 2024-05-01', checked: CHECKED, why: GOV_406_WHY },
  coverage: { kind: 'secondary', where: LEXACE_63A_16_1101, says: '"governmental entity" has the meaning of § 63G-2-103 (state bodies and political subdivisions)', checked: CHECKED, why: '§ 63G-2-103 itself was not read; the reference to it was.' },
  personal_information: { kind: 'primary', where: LEXACE_63A_16_1101, says: 'personal data: information linked or reasonably linkable to an identified or identifiable individual', checked: CHECKED },
  encryption: { kind: 'primary', where: LEXACE_63A_19_406, says: 'none: § 63A-19-406 has no encryption rule', checked: CHECKED },
  risk_of_harm: { kind: 'secondary', where: FINDLAW_63A_19_405, says: 'no data breach where a low probability of compromise is concluded under Cyber Center standards', checked: CHECKED, why: 'The low-probability rule (§ 63A-19-101) was read only as summarised by the earlier research.' },
  deadline: { kind: 'primary', where: LEXACE_63A_19_406, says: '§ 63A-19-406(1)(a): after determining the scope, after restoring the system if necessary, and without unreasonable delay', checked: CHECKED },
  anchor: { kind: 'primary', where: LEXACE_63A_19_406, says: 'the determination of the breach\'s scope (and restoration, if needed)', checked: CHECKED },
  threshold: { kind: 'primary', where: LEXACE_63A_19_406, says: 'none: every affected individual or guardian', checked: CHECKED },
  law_enforcement: { kind: 'primary', where: LEXACE_63A_19_406, says: '§ 63A-19-406(2): delay at a law-enforcement request until the agency says notice will no longer impede the investigation', checked: CHECKED },
  substitute_notice: { kind: 'primary', where: LEXACE_63A_19_406, says: '§ 63A-19-406(1)(b): no letters where the data would be a public record and notice is posted prominently on the entity\'s homepage; no cost or count trigger', checked: CHECKED },
  required_content: { kind: 'primary', where: LEXACE_63A_19_406, says: '§ 63A-19-406(3): a description, the personal data involved, mitigation steps, and recommendations against identity theft and financial loss', checked: CHECKED },
  forbidden_content: { kind: 'primary', where: LEXACE_63A_19_406, says: 'none: nothing a notice must not contain', checked: CHECKED },
} satisfies RuleVersion['verification'];
const UT_GOV_2026_VERIFICATION = {
  ...UT_GOV_2024_VERIFICATION,
  effective_dates: { kind: 'secondary', where: LEXACE_63A_19_405, says: 'the later § 63A-19-405 with subsection (1)(c); its start, 2026-05-06, is taken from the code-site copy', checked: CHECKED, why: 'The amending bill was not identified or read.' },
  deadline: { kind: 'primary', where: LEXACE_63A_19_405, says: '§ 63A-19-405(1)(c), (2): individuals and the Attorney General without unreasonable delay and no later than five days from discovery, where the data is used or likely used for theft or fraud; otherwise § 63A-19-406', checked: CHECKED },
  anchor: { kind: 'primary', where: LEXACE_63A_19_405, says: '"five days from the discovery of the data breach"', checked: CHECKED },
} satisfies RuleVersion['verification'];

const UT_CYBER_2023_VERIFICATION = {
  effective_dates: { kind: 'secondary', where: 'https://www.dwt.com/blogs/privacy--security-law-blog/2023/03/data-breach-laws-utah-pennsylvania', says: 'S.B. 127 effective 2023-05-03; replaced by § 63A-19-405 on 2024-05-01', checked: CHECKED, why: 'S.B. 127 was not read.' },
  coverage: { kind: 'secondary', where: LEXACE_63A_16_1101, says: 'governmental entities as defined in § 63G-2-103', checked: CHECKED, why: 'The 2023 text of part 11 was not read; the current § 63A-16-1101 was.' },
  personal_information: { kind: 'secondary', where: LEXACE_63A_16_1101, says: 'any compromise of data or systems; personal data as any linkable information', checked: CHECKED, why: 'Read in the current text; the 2023 text was not read.' },
  encryption: { kind: 'secondary', where: LEXACE_63A_16_1101, says: 'none: no encryption rule', checked: CHECKED, why: 'The 2023 text was not read.' },
  risk_of_harm: { kind: 'secondary', where: LEXACE_63A_16_1101, says: 'none: no harm test', checked: CHECKED, why: 'The 2023 text was not read.' },
  deadline: { kind: 'secondary', where: 'https://www.dwt.com/blogs/privacy--security-law-blog/2023/03/data-breach-laws-utah-pennsylvania', says: 'as soon as practicable', checked: CHECKED, why: 'S.B. 127 was not read.' },
  anchor: { kind: 'secondary', where: 'https://www.dwt.com/blogs/privacy--security-law-blog/2023/03/data-breach-laws-utah-pennsylvania', says: 'discovery of the breach', checked: CHECKED, why: 'S.B. 127 was not read.' },
  threshold: { kind: 'secondary', where: 'https://www.dwt.com/blogs/privacy--security-law-blog/2023/03/data-breach-laws-utah-pennsylvania', says: 'none: any system security breach', checked: CHECKED, why: 'S.B. 127 was not read.' },
  law_enforcement: { kind: 'secondary', where: 'https://www.dwt.com/blogs/privacy--security-law-blog/2023/03/data-breach-laws-utah-pennsylvania', says: 'none: no allowance', checked: CHECKED, why: 'S.B. 127 was not read.' },
  substitute_notice: { kind: 'secondary', where: 'https://www.dwt.com/blogs/privacy--security-law-blog/2023/03/data-breach-laws-utah-pennsylvania', says: 'none: not a notice to individuals', checked: CHECKED, why: 'S.B. 127 was not read.' },
  required_content: { kind: 'secondary', where: 'https://www.dwt.com/blogs/privacy--security-law-blog/2023/03/data-breach-laws-utah-pennsylvania', says: 'none prescribed', checked: CHECKED, why: 'S.B. 127 was not read.' },
  forbidden_content: { kind: 'secondary', where: 'https://www.dwt.com/blogs/privacy--security-law-blog/2023/03/data-breach-laws-utah-pennsylvania', says: 'none: nothing forbidden', checked: CHECKED, why: 'S.B. 127 was not read.' },
} satisfies RuleVersion['verification'];

const UT_CYBER_2024_VERIFICATION = {
  effective_dates: { kind: 'secondary', where: 'https://le.utah.gov/~2024/bills/xmlEnrolled/HB0491.xml', says: 'H.B. 491 effective 2024-05-01', checked: CHECKED, why: 'H.B. 491 itself was not read here.' },
  coverage: { kind: 'secondary', where: LEXACE_63A_16_1101, says: 'governmental entities as defined in § 63G-2-103', checked: CHECKED, why: '§ 63G-2-103 itself was not read; the reference to it was.' },
  personal_information: { kind: 'primary', where: FINDLAW_63A_19_405, says: '§ 63A-19-405(1): a data breach of 500 or more individuals, or any compromise of the entity\'s systems or information', checked: CHECKED },
  encryption: { kind: 'primary', where: FINDLAW_63A_19_405, says: 'none: the section has no encryption rule', checked: CHECKED },
  risk_of_harm: { kind: 'secondary', where: FINDLAW_63A_19_405, says: 'no data breach where a low probability of compromise is concluded under Cyber Center standards (§ 63A-19-101)', checked: CHECKED, why: 'The low-probability rule sits in § 63A-19-101, read only as summarised by the earlier research.' },
  deadline: { kind: 'primary', where: FINDLAW_63A_19_405, says: '§ 63A-19-405(2): without unreasonable delay and no later than five days from discovery; missing information sent when available', checked: CHECKED },
  anchor: { kind: 'primary', where: FINDLAW_63A_19_405, says: '"five days from the discovery of the data breach"', checked: CHECKED },
  threshold: { kind: 'primary', where: FINDLAW_63A_19_405, says: '§ 63A-19-405(1)(a): Attorney General too when the breach affects "500 or more individuals" (all, not only Utahns); Cyber Center for any compromise', checked: CHECKED },
  law_enforcement: { kind: 'primary', where: FINDLAW_63A_19_405, says: 'none: the section makes no law-enforcement allowance', checked: CHECKED },
  substitute_notice: { kind: 'primary', where: FINDLAW_63A_19_405, says: 'none: not a notice to individuals', checked: CHECKED },
  required_content: { kind: 'primary', where: FINDLAW_63A_19_405, says: '§ 63A-19-405(2)(b), (3): dates, description, means of access, perpetrator, mitigation, other details; for 500 or more, total and Utah numbers and the type of data', checked: CHECKED },
  forbidden_content: { kind: 'primary', where: FINDLAW_63A_19_405, says: 'none: nothing forbidden', checked: CHECKED },
} satisfies RuleVersion['verification'];

const ANY_INCIDENT = 'Unauthorized access, acquisition, disclosure, loss of access or destruction of data that compromises the security, confidentiality, availability or integrity of the entity\'s systems or information.';

const consumerLaw: RuleVersion[] = [
  {
    id: 'UT-2007',
    effectiveFrom: '2007-01-01',
    effectiveTo: '2023-05-02',
    citations: ['Utah Code §§ 13-44-101 to 13-44-301 (S.B. 69, 2006; amended 2008, S.B. 208 of 2009, 2013 ch. 187, S.B. 193 of 2019)'],
    summary: 'Utah required notice to affected residents without unreasonable delay once misuse was found likely, with no notice to any state office or credit bureau.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PERSONAL_INFORMATION,
    // Newspaper notice is allowed only when the usual methods are not feasible; no cost or count triggers.
    substituteNotice: null,
    obligations: [INDIVIDUALS, VENDOR],
    confidence: 'medium',
    unverified: [
      'The amendments of 2008, 2009, 2013 and 2019 were not read one by one; sources show none changed the timing or added a regulator notice, so one version covers 2007-2023.',
      'The definition of personal information was read in its current wording; the 2006 wording (quoted by the AICPA in 2011) is the same.',
    ],
    sources: [
      { where: OLD_13_44_202, facts: '§ 13-44-202(1)-(4) before 2023: investigation, notice to residents, vendor, law-enforcement delay' },
      { where: LAWSERVER_13_44_202, facts: '§ 13-44-102 definitions: personal information, encryption wording; § 68-3-12.5 person' },
      { where: PERKINS_CHART_2021, facts: 'timing, vendor, newspaper substitute notice, amendments through 2019-05-14' },
      { where: BLOOMBERG_TABLE, facts: 'no CRA or regulator notice before 2023' },
    ],
    verification: UT_2007_VERIFICATION,
  },
  {
    id: 'UT-2023',
    effectiveFrom: '2023-05-03',
    effectiveTo: '2024-04-30',
    citations: ['Utah Code § 13-44-202 as amended by S.B. 127 (2023, eff. 2023-05-03)'],
    summary: 'Utah added notice to the Attorney General and the Utah Cyber Center for 500 or more residents, and to the credit bureaus for 1,000 or more, still with no fixed number of days.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: null,
    obligations: [INDIVIDUALS, AG_2023, CYBER_CENTER_2023, CRA, VENDOR],
    confidence: 'low',
    unverified: [
      'S.B. 127 was not read: the Attorney General, Cyber Center and bureau notices and their "500 or more" / "1,000 or more" wording rest on the Perkins chart, law-firm notes and the Cyber Center\'s form page.',
      'Subsection letters of § 13-44-202 for the new notices are cited as summarised, not read.',
    ],
    sources: [
      { where: 'https://www.eyeonprivacy.com/2023/04/utah-amends-data-breach-law-creates-cyber-center/', facts: 'effective 2023-05-03: AG and Cyber Center for 500 or more residents; CRAs for 1,000 or more' },
      { where: 'https://www.dwt.com/blogs/privacy--security-law-blog/2023/03/data-breach-laws-utah-pennsylvania', facts: 'S.B. 127 notices; before 2023 no government or CRA notice' },
      { where: CYBER_CENTER_FORM, facts: 'one form notifies the Attorney General and the Cyber Center (500 or more Utah residents)' },
    ],
    verification: UT_2023_VERIFICATION,
  },
  {
    id: 'UT-2024',
    effectiveFrom: '2024-05-01',
    effectiveTo: null,
    citations: ['Utah Code § 13-44-202 as amended by S.B. 98 (2024, eff. 2024-05-01)'],
    summary: 'Utah requires resident notice without unreasonable delay, and notice to the Attorney General and Cyber Center (500 or more residents, with prescribed content) and the credit bureaus (1,000 or more).',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: MISUSE_TEST,
    personalInformation: PERSONAL_INFORMATION,
    substituteNotice: null,
    obligations: [INDIVIDUALS, AG_2024, CYBER_CENTER_2024, CRA, VENDOR],
    confidence: 'low',
    unverified: [
      'S.B. 98 and the current § 13-44-202 were not read: the regulator content and thresholds rest on the Perkins chart, law-firm notes and the Cyber Center\'s form page.',
      'Subsection letters of § 13-44-202 for the new notices are cited as summarised, not read.',
    ],
    sources: [
      { where: PERKINS_UT, facts: 'S.B. 98 content for AG and Cyber Center; thresholds 500 / 1,000' },
      { where: 'https://www.huntonprivacyblog.com/2024/03/26/utah-enacts-amendments-to-state-breach-notification-law/', facts: 'S.B. 98: AG/Cyber Center content; effective 2024-05-01' },
      { where: CYBER_CENTER_FORM, facts: 'one form notifies the Attorney General and the Cyber Center' },
    ],
    verification: UT_2024_VERIFICATION,
  },
];

const governmentResidents: RuleVersion[] = [
  {
    id: 'UT-GOV-2024',
    effectiveFrom: '2024-05-01',
    effectiveTo: '2026-05-05',
    citations: ['Utah Code §§ 63A-19-101, 63A-19-406 (Government Data Privacy Act, H.B. 491, 2024, eff. 2024-05-01)'],
    summary: 'Utah governmental entities must notify individuals affected by a data breach without unreasonable delay after determining its scope.',
    coverage: GOVERNMENTAL_ENTITIES,
    encryptionSafeHarbor: null,
    riskOfHarmException: LOW_PROBABILITY,
    personalInformation: PERSONAL_DATA,
    substituteNotice: null,
    obligations: [GOV_INDIVIDUALS],
    confidence: 'low',
    unverified: ['§ 63A-19-406 was read in a later code-site copy (lexace.ai); its 2024 wording is assumed to be the same.', 'Which bodies are "governmental entities" rests on § 63G-2-103, which was not read.', 'Encryption is not addressed by the Government Data Privacy Act as read.'],
    sources: GDPA_SOURCES,
    verification: UT_GOV_2024_VERIFICATION,
  },
  {
    id: 'UT-GOV-2026',
    effectiveFrom: '2026-05-06',
    effectiveTo: null,
    citations: ['Utah Code §§ 63A-19-405(1)(c), 63A-19-406 as amended (eff. 2026-05-06)'],
    summary: 'Utah governmental entities must notify affected individuals without unreasonable delay, and within 5 days (with the Attorney General) where the data is likely to be used for theft or fraud.',
    coverage: GOVERNMENTAL_ENTITIES,
    encryptionSafeHarbor: null,
    riskOfHarmException: LOW_PROBABILITY,
    personalInformation: PERSONAL_DATA,
    substituteNotice: null,
    obligations: [
      GOV_INDIVIDUALS,
      obligation({ id: 'individuals-theft-5-days', recipient: 'individuals', recipientName: 'Affected individuals (data likely used for theft or fraud)', citation: 'Utah Code § 63A-19-405(1)(c), (2)', deadline: calendarDays(5, 'discovered'), condition: THEFT }),
      obligation({ id: 'attorney-general-theft', recipient: 'attorney_general', recipientName: 'Utah Office of the Attorney General', citation: 'Utah Code § 63A-19-405(1)(c), (2)', deadline: calendarDays(5, 'discovered'), condition: THEFT }),
    ],
    confidence: 'low',
    unverified: ['The 2026 amendment (subsection (1)(c) and its 2026-05-06 start) was read only on code-site copies; the bill was not identified.'],
    sources: GDPA_SOURCES,
    verification: UT_GOV_2026_VERIFICATION,
  },
];

const cyberCenter: RuleVersion[] = [
  {
    id: 'UT-CYBER-2023',
    effectiveFrom: '2023-05-03',
    effectiveTo: '2024-04-30',
    citations: ['Utah Code §§ 63A-16-1101 to 63A-16-1103 (S.B. 127, 2023)'],
    summary: 'Utah governmental entities had to report a system security breach to the Utah Cyber Center as soon as practicable.',
    coverage: GOVERNMENTAL_ENTITIES,
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [obligation({ id: 'cyber-center', recipient: 'state_agency', recipientName: 'Utah Cyber Center', citation: 'Utah Code § 63A-16-1103 (S.B. 127, 2023)', deadline: withoutDelay('discovered', 'As soon as practicable.'), condition: ANY_INCIDENT })],
    confidence: 'low',
    unverified: ['The text of S.B. 127\'s governmental-entity reporting duty was not read; "as soon as practicable" comes from the research record.'],
    sources: [{ where: 'https://www.dwt.com/blogs/privacy--security-law-blog/2023/03/data-breach-laws-utah-pennsylvania', facts: 'S.B. 127: governmental entities notify the Cyber Center as soon as practicable' }],
    verification: UT_CYBER_2023_VERIFICATION,
  },
  {
    id: 'UT-CYBER-2024',
    effectiveFrom: '2024-05-01',
    effectiveTo: null,
    citations: ['Utah Code § 63A-19-405 (H.B. 491, 2024) and § 63A-16-1103'],
    summary: 'Utah governmental entities must report any compromise of their systems or data to the Utah Cyber Center within 5 days of discovery, and a data breach affecting 500 or more individuals to the Attorney General as well.',
    coverage: GOVERNMENTAL_ENTITIES,
    encryptionSafeHarbor: null,
    riskOfHarmException: LOW_PROBABILITY,
    obligations: [
      obligation({
        id: 'cyber-center',
        recipient: 'state_agency',
        recipientName: 'Utah Cyber Center',
        citation: 'Utah Code § 63A-19-405(1)(b), (2)',
        deadline: calendarDays(5, 'discovered'),
        requiredContent: ['Date and time of the breach', 'Date it was discovered', 'Short description', 'How access was gained', 'Who perpetrated it', 'Mitigation steps taken', 'Other details the Cyber Center requests'],
        condition: ANY_INCIDENT,
        notes: 'Without unreasonable delay and no later than 5 days after discovery; information not yet known is sent when available.',
      }),
      obligation({
        id: 'attorney-general-500',
        recipient: 'attorney_general',
        recipientName: 'Utah Office of the Attorney General (and the Cyber Center)',
        citation: 'Utah Code § 63A-19-405(1)(a), (2)-(3)',
        deadline: calendarDays(5, 'discovered'),
        threshold: { count: 500, comparison: 'at_least', of: 'total' },
        requiredContent: ['The items of the Cyber Center report', 'Total number of people affected, including Utah residents', 'Type of personal data involved'],
        notes: 'Counts every individual affected, not only Utah residents.',
      }),
    ],
    confidence: 'medium',
    unverified: [
      '§ 63A-19-405 was read in a code-site copy current to 2025-01-01, not on le.utah.gov; a later copy routes the Cyber Center notice of subsection (1)(b) through § 63A-16-1103, whose timing was not read.',
      'Which bodies are "governmental entities" rests on § 63G-2-103, which was not read.',
    ],
    sources: GDPA_SOURCES,
    verification: UT_CYBER_2024_VERIFICATION,
  },
];

export const utah: Jurisdiction = {
  code: 'UT',
  name: 'Utah',
  kind: 'state',
  holidays: { country: 'US', state: 'UT' },
  laws: [
    { id: 'UT-13-44', title: 'Protection of Personal Information Act, Utah Code ch. 13-44', scope: 'residents', versions: consumerLaw },
    { id: 'UT-63A-19-406', title: 'Government Data Privacy Act, Utah Code § 63A-19-406: data breach notice by governmental entities to individuals', scope: 'residents', versions: governmentResidents },
    { id: 'UT-63A-CYBER', title: 'Utah Code § 63A-16-1103 and § 63A-19-405: governmental entity reports to the Utah Cyber Center and Attorney General', scope: 'home', versions: cyberCenter },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'Utah Cyber Center: Report a Breach (one form notifies the Attorney General and the Cyber Center)',
      ways: [{ kind: 'online_form', value: CYBER_CENTER_FORM, formName: 'Report a Breach' }],
      asksFor: [
        'For businesses (§ 13-44-202): the breach and the Utah residents affected; the form is presumptively public, so confidential details are offered separately',
        'For governmental entities (§ 63A-19-405): dates, description, means of access, perpetrator, mitigation, numbers affected and type of data',
      ],
      source: CYBER_CENTER_FORM,
      checked: CHECKED,
    },
    {
      recipient: 'state_agency',
      name: 'Utah Cyber Center: Report a Breach',
      ways: [{ kind: 'online_form', value: CYBER_CENTER_FORM, formName: 'Report a Breach' }],
      asksFor: ['The same form as for the Attorney General; governmental entities report any compromise of their systems or data'],
      source: CYBER_CENTER_FORM,
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'Utah Office of the Attorney General',
    phone: '1-801-366-0260',
    website: 'attorneygeneral.utah.gov',
    address: 'Utah State Capitol, 350 North State Street, Suite 230, Salt Lake City, UT 84114',
    source: 'The Attorney General\'s published office contact (attorneygeneral.utah.gov); not re-read on a stored page here',
    checked: CHECKED,
  },
};
