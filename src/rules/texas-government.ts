// Texas government bodies: the notice to the Department of Information Resources under Gov't Code
// § 2054.1125 (state agencies, 48 hours, from H.B. 8 of 2017), transferred to § 2054.603 by S.B. 271
// (2023), which added local governments, ransomware and the cause report. The individual and
// Attorney General notices these bodies owe come from Bus. & Com. Code § 521.053 (texas.ts).
import { DATA_ELEMENTS } from './types.js';
import type { Law, PersonalInformationDefinition, RuleVersion } from './types.js';
import { businessDays, governmentOnlyCoverage, hours, obligation } from './shared.js';

const CHECKED = '2026-12-08';
const SECTION_2054_603 = 'https://codes.findlaw.com/tx/government-code/gov-t-sect-2054-603/';
const SB_271_ENROLLED = 'https://capitol.texas.gov/tlodocs/88R/billtext/html/SB00271F.htm';
const DIR = 'Texas Department of Information Resources (including its Chief Information Security Officer)';

/**
 * The DIR notice covers sensitive personal, confidential or legally protected information (and from
 * 2023 ransomware), which no list of elements captures: sensitive personal information first, so the
 * reason names it when it matches, then any exposed element at all.
 */
const DIR_SCOPE_2017: PersonalInformationDefinition = {
  citation: "Tex. Gov't Code § 2054.1125(b), with Tex. Bus. & Com. Code § 521.002(a)(2)",
  summary:
    'sensitive personal information under Bus. & Com. Code § 521.002(a)(2), and also any confidential information or information whose disclosure is regulated by law, so breachdesk treats any exposed data as in scope',
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: [], anyOf: [...DATA_ELEMENTS] },
  ],
};
const DIR_SCOPE_2023: PersonalInformationDefinition = {
  citation: "Tex. Gov't Code § 2054.603(a)-(b), with Tex. Bus. & Com. Code § 521.002(a)(2)",
  summary:
    'a breach or suspected breach of sensitive personal information under Bus. & Com. Code § 521.002(a)(2), of confidential or legally protected information, or a ransomware incident whatever data it touched, so breachdesk treats any exposed data as in scope',
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: [], anyOf: [...DATA_ELEMENTS] },
  ],
};

const DIR_48H_2017 = obligation({
  id: 'dir-48h',
  recipient: 'state_agency',
  recipientName: DIR,
  citation: "Tex. Gov't Code § 2054.1125(b)(2)",
  deadline: hours(48, 'discovered'),
  condition:
    'Any breach, suspected breach or unauthorized exposure of sensitive personal, confidential or legally protected information. If election data is involved, the Secretary of State is notified instead of DIR (§ 2054.1125(b)(2)(B) as it stood before 2023).',
  notes: 'Report through the channel DIR prescribes and follow its incident-reporting rules.',
});
const DIR_48H_2023 = obligation({
  id: 'dir-48h',
  recipient: 'state_agency',
  recipientName: DIR,
  citation: "Tex. Gov't Code § 2054.603(b)(2)",
  deadline: hours(48, 'discovered'),
  condition:
    "Any security incident: a breach or suspected breach under § 521.053, or the introduction of ransomware. If election data is involved, notify the Secretary of State instead (§ 2054.603(b)(2)(B)). Not for incidents a local government must report to the grid's independent organization under the Utilities Code (§ 2054.603(d)).",
  notes: 'Not later than 48 hours after discovery; follow all DIR rules on reporting security incidents (§ 2054.603(b)(3)).',
});
const DIR_CAUSE_REPORT_2023 = obligation({
  id: 'dir-cause-report',
  recipient: 'state_agency',
  recipientName: DIR,
  citation: "Tex. Gov't Code § 2054.603(c)",
  deadline: businessDays(10, 'recovered'),
  requiredContent: ['Details of the security incident', 'An analysis of its cause'],
  notes: 'Not later than the 10th business day after the eradication, closure and recovery from the incident; record that date as a "recovered" event.',
});


const GOV_2017_VERIFICATION = {
  effective_dates: {
    kind: 'secondary',
    where: 'https://capitol.texas.gov/billlookup/BillSummary.aspx?Bill=HB8&LegSess=85R',
    says: 'H.B. 8 (85th Leg., Texas Cybersecurity Act) effective 2017-09-01; replaced by § 2054.603 on 2023-09-01 (S.B. 271)',
    checked: CHECKED,
    why: 'The enrolled H.B. 8 was not read; the start date rests on the Legislature\'s bill summary and a law-firm note. The end date is S.B. 271\'s effective date (primary, see TX-GOV-2023).',
  },
  coverage: {
    kind: 'secondary',
    where: 'https://statescoop.com/texas-cybersecurity-incident-reporting-portal/',
    says: 'state agencies only; local governments were first required to report by S.B. 271 (2023)',
    checked: CHECKED,
    why: 'The S.B. 271 markup read (plain text) shows struck words but not underlined additions, so it does not show whether "or local government" was new; the S.B. 271 analysis and press reports say it was.',
  },
  personal_information: {
    kind: 'primary',
    where: SB_271_ENROLLED,
    says: 'the text before S.B. 271 covered computerized data with sensitive personal, confidential or legally regulated information, on a breach, suspected breach or unauthorized exposure (struck words in the markup)',
    checked: CHECKED,
  },
  encryption: { kind: 'primary', where: SB_271_ENROLLED, says: 'none: the section has no encryption rule of its own', checked: CHECKED },
  risk_of_harm: { kind: 'primary', where: SB_271_ENROLLED, says: 'none: the 48-hour notice has no harm test', checked: CHECKED },
  deadline: {
    kind: 'primary',
    where: SB_271_ENROLLED,
    says: 'the text S.B. 271 amended already required notice to DIR (with its CISO), or to the Secretary of State for election data, not later than 48 hours after discovery',
    checked: CHECKED,
  },
  anchor: { kind: 'primary', where: SB_271_ENROLLED, says: '48 hours "after the discovery of the breach, suspected breach, or unauthorized exposure"', checked: CHECKED },
  threshold: { kind: 'primary', where: SB_271_ENROLLED, says: 'none: the section sets no number of persons', checked: CHECKED },
  law_enforcement: { kind: 'primary', where: SB_271_ENROLLED, says: 'none: the section makes no law-enforcement allowance for the DIR notice', checked: CHECKED },
  substitute_notice: { kind: 'primary', where: SB_271_ENROLLED, says: 'none: not a notice to individuals', checked: CHECKED },
  required_content: { kind: 'primary', where: SB_271_ENROLLED, says: 'none: the section lists no content; DIR rules govern the report', checked: CHECKED },
  forbidden_content: { kind: 'primary', where: SB_271_ENROLLED, says: 'none: nothing is forbidden', checked: CHECKED },
} satisfies RuleVersion['verification'];

const GOV_2023_VERIFICATION = {
  effective_dates: {
    kind: 'secondary',
    where: 'https://legiscan.com/TX/text/SB271/id/2750410',
    says: 'S.B. 271 passed 2023-05-19, effective 2023-09-01; no later version encoded',
    checked: CHECKED,
    why: 'The effective-date section at the end of the enrolled bill was beyond the stored part of the page; the date comes from the bill record on LegiScan and DIR\'s S.B. 271 page.',
  },
  coverage: {
    kind: 'primary',
    where: SECTION_2054_603,
    says: '§ 2054.603(b): a state agency or local government that owns, licenses or maintains computerized sensitive, confidential or regulated data; (d) excludes incidents a local government reports to the grid\'s independent organization',
    checked: CHECKED,
  },
  personal_information: {
    kind: 'primary',
    where: SECTION_2054_603,
    says: '§ 2054.603(a): a security incident is a breach or suspected breach under § 521.053, or the introduction of ransomware; data with sensitive personal, confidential or legally regulated information',
    checked: CHECKED,
  },
  encryption: { kind: 'primary', where: SECTION_2054_603, says: 'none: the section sets no encryption rule of its own', checked: CHECKED },
  risk_of_harm: { kind: 'primary', where: SECTION_2054_603, says: 'none: the section sets no harm test', checked: CHECKED },
  deadline: {
    kind: 'primary',
    where: SECTION_2054_603,
    says: '§ 2054.603(b)(2): not later than 48 hours after discovery, to DIR incl. the CISO, or the Secretary of State for election data; (c) cause report not later than the 10th business day after eradication, closure and recovery',
    checked: CHECKED,
  },
  anchor: { kind: 'primary', where: SECTION_2054_603, says: 'discovery of the security incident (48 hours); eradication, closure and recovery (10th business day)', checked: CHECKED },
  threshold: { kind: 'primary', where: SECTION_2054_603, says: 'none: the section sets no number of persons', checked: CHECKED },
  law_enforcement: { kind: 'primary', where: SECTION_2054_603, says: 'none: the section sets no law-enforcement allowance for the DIR notices', checked: CHECKED },
  substitute_notice: { kind: 'primary', where: SECTION_2054_603, says: 'none: not a notice to individuals', checked: CHECKED },
  required_content: { kind: 'primary', where: SECTION_2054_603, says: '§ 2054.603(c): the details of the incident and an analysis of its cause; the 48-hour notice follows DIR rules', checked: CHECKED },
  forbidden_content: { kind: 'primary', where: SECTION_2054_603, says: 'none: the section sets no forbidden content', checked: CHECKED },
} satisfies RuleVersion['verification'];

const UNVERIFIED_SCOPE =
  'What counts as confidential or legally protected information (and, from 2023, whether a ransomware incident touched any data) cannot be read from the exposed data elements, so any exposed element is treated as in scope.';

const versions: RuleVersion[] = [
  {
    id: 'TX-GOV-2017',
    effectiveFrom: '2017-09-01',
    effectiveTo: '2023-08-31',
    citations: ["Tex. Gov't Code § 2054.1125(b) as amended by H.B. 8 (85th Leg., Texas Cybersecurity Act, eff. 2017-09-01)"],
    summary: 'Texas state agencies had to report a breach, suspected breach or unauthorized exposure to the Department of Information Resources within 48 hours of discovering it.',
    coverage: governmentOnlyCoverage('Tex. Bus. & Com. Code § 521.053', {
      local_government: ['no', "§ 2054.1125 named state agencies only; local governments were added by S.B. 271 (Gov't Code § 2054.603) from 2023-09-01."],
      state_agency: ['yes', '§ 2054.1125(b) requires a state agency to notify DIR within 48 hours of a breach, suspected breach or unauthorized exposure.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    personalInformation: DIR_SCOPE_2017,
    obligations: [DIR_48H_2017],
    confidence: 'low',
    unverified: [
      UNVERIFIED_SCOPE,
      'The enacted text of H.B. 8 (2017) was not read; the 48-hour duty and its 2017-09-01 start come from the Legislature\'s bill summary and a law-firm note (the text S.B. 271 amended in 2023 shows the 48 hours).',
      'Whether local governments were already covered before S.B. 271 rests on the bill analysis and press reports, not on the section\'s earlier text.',
      'Whether the 10th-business-day cause report already applied to state agencies before 2023 (it may come from S.B. 475 of 2021); it is encoded only from 2023-09-01.',
    ],
    sources: [
      { where: SB_271_ENROLLED, facts: 'S.B. 271 markup: § 2054.1125 text before 2023 (48 hours after discovery; DIR incl. CISO or, for election data, the Secretary of State; breach, suspected breach or unauthorized exposure)' },
      { where: 'https://capitol.texas.gov/billlookup/BillSummary.aspx?Bill=HB8&LegSess=85R', facts: 'H.B. 8 (Texas Cybersecurity Act), effective 2017-09-01, sets notice duties for state agencies after a breach, suspected breach or unauthorized exposure' },
      { where: 'https://violetsullivan.com/2017/08/24/cybersecurity-act-passes-texas-legislature/', facts: 'state agencies notify DIR (incl. CISO), the state cybersecurity coordinator and, for election data, the Secretary of State within 48 hours' },
      { where: 'https://statescoop.com/texas-cybersecurity-incident-reporting-portal/', facts: 'S.B. 271: local governments newly required to report' },
    ],
    verification: GOV_2017_VERIFICATION,
  },
  {
    id: 'TX-GOV-2023',
    effectiveFrom: '2023-09-01',
    effectiveTo: null,
    citations: ["Tex. Gov't Code § 2054.603 (transferred from § 2054.1125 and amended by S.B. 271, 88th Leg., eff. 2023-09-01)"],
    summary: 'Texas state agencies and local governments must report a security incident to the Department of Information Resources within 48 hours and send a cause analysis by the 10th business day after recovery.',
    coverage: governmentOnlyCoverage('Tex. Bus. & Com. Code § 521.053', {
      local_government: ['yes', "§ 2054.603(b)-(c) (S.B. 271) covers local governments, except incidents they must report to the grid's independent organization under the Utilities Code (§ 2054.603(d))."],
      state_agency: ['yes', '§ 2054.603(b)-(c) covers state agencies.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    personalInformation: DIR_SCOPE_2023,
    obligations: [DIR_48H_2023, DIR_CAUSE_REPORT_2023],
    confidence: 'medium',
    unverified: [
      UNVERIFIED_SCOPE,
      'Whether H.B. 150 (2025, Texas Cyber Command, Gov\'t Code ch. 2063) now routes these reports to the Command instead of DIR: ch. 2063 defines a "cybersecurity incident" with the same two limbs, but no amended § 2054.603 was found.',
      'H.B. 1118 (2023), named in the issue, was not found to amend § 2054.603; the 2023 changes are encoded from S.B. 271 alone.',
    ],
    sources: [
      { where: SECTION_2054_603, facts: '§ 2054.603 text (FindLaw, current as of 2024-01-01): 48 hours to DIR/CISO or SoS; 10th business day cause report; grid exception' },
      { where: SB_271_ENROLLED, facts: 'S.B. 271 enrolled: § 2054.1125 transferred to § 2054.603, security incident and ransomware defined' },
      { where: 'https://legiscan.com/TX/text/SB271/id/2750410', facts: 'passed 2023-05-19, effective 2023-09-01' },
      { where: 'https://statutes.capitol.texas.gov/GetStatute.aspx?Code=GV&Value=2063', facts: 'Texas Cyber Command chapter 2063 exists (H.B. 150); its "cybersecurity incident" covers breaches under § 521.053 and ransomware' },
    ],
    verification: GOV_2023_VERIFICATION,
  },
];

export const txGovernmentIncidentLaw: Law = {
  id: 'TX-GOV-2054',
  title: "Tex. Gov't Code § 2054.603 (formerly § 2054.1125): security incident notice by state agencies and local governments",
  scope: 'home',
  versions,
};
