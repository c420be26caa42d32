// Puerto Rico: the Citizen Information on Data Banks Security Act (Act No. 111 of 2005, 10 L.P.R.A.
// §§ 4051-4055, amended by Act No. 97 of 2008) and DACO Regulation No. 7376. Notice to DACO within a
// non-extendable 10 days; breaches at government agencies also go to the Citizen's Advocate (2008).
// Every version is written out as data.
import type { ConsumerContact, FactCheck, Jurisdiction, RuleVersion, SubmissionChannel } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, obligation, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

const ENTITY =
  '10 L.P.R.A. § 4051 defines "entity" to take in every government agency, board, public corporation, authority and instrumentality, every corporation, partnership, association, private company or organization authorized to do business or operate in Puerto Rico, and public and private educational institutions';

const CASETEXT = 'https://casetext.com/statute/laws-of-puerto-rico/title-ten-commerce/subtitle-3-business-regulations-generally/chapter-310-citizen-information-on-data-banks-security-act';
const TEXT_4052 = 'https://casetext.com/statute/laws-of-puerto-rico/title-ten-commerce/subtitle-3-business-regulations-generally/chapter-310-citizen-information-on-data-banks-security-act/4052-notification (10 L.P.R.A. § 4052, verbatim English text)';
const AICPA_PR = 'http://www.aicpa.org/interestareas/informationtechnology/resources/privacy/federalstateandotherprofessionalregulations/stateprivacyregulations/pages/puerto%20rico%20security%20breach%20laws.aspx (quotes the § 4051 definition)';
const WHY_4051 = 'The text of § 4051 (definitions) was read only as quoted by AICPA, McAfee and Snell & Wilmer; its casetext page was not among the stored copies read.';
const WHY_4053 = 'The text of § 4053 (content and method) was read by earlier research at casetext, not re-read on the date checked.';

const F_ENCRYPTION: FactCheck = {
  kind: 'primary',
  where: TEXT_4052,
  says: 'Notice is owed when the breached files are not protected by an encrypted code but only by a password; nothing on keys.',
  checked: CHECKED,
};
const F_NO_HARM: FactCheck = {
  kind: 'primary',
  where: TEXT_4052,
  says: 'None: any breach of the system\'s security reaching unprotected personal information files is notified.',
  checked: CHECKED,
};

const general: RuleVersion[] = [
  {
    id: 'PR-2006',
    effectiveFrom: '2006-01-05',
    effectiveTo: null,
    citations: [
      'P.R. Laws Ann. tit. 10, §§ 4051-4055 (Act No. 111 of 2005-09-07, in force 2006-01-05; amended by Act No. 97 of 2008-06-19)',
      'DACO Regulation No. 7376 (2007)',
    ],
    summary:
      'Puerto Rico requires notice to affected citizens as expeditiously as possible and to the Department of Consumer Affairs (DACO) within a non-extendable 10 days of detecting the breach, whatever the number affected.',
    coverage: coverage({
      business: ['yes', `${ENTITY}.`],
      nonprofit: ['yes', `${ENTITY}; associations and organizations are named.`],
      local_government: ['uncertain', `${ENTITY}. Municipalities are not named separately; whether they are "instrumentalities of the government" for this Act was not settled.`],
      state_agency: ['yes', `${ENTITY}; agencies, public corporations and instrumentalities are named.`],
    }),
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'protective',
      keyWording:
        '§ 4052: notice when the files "are not protected by an encrypted code but only by a password"; § 4051: a personal information file is one legible without a special cryptographic code. Neither says what happens when the key is taken with the data.',
      citation: '10 L.P.R.A. §§ 4051, 4052',
    },
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: {
      citation: '10 L.P.R.A. § 4051 ("personal information file")',
      summary:
        "a file holding at least a person's name or first initial and paternal surname, legible without a cryptographic key, with an SSN; a driver's licence, voter ID or other official ID; a bank or financial account number of any kind, with or without its password; usernames with passwords or access codes to public or private information systems; HIPAA-protected medical information; tax information; or work-related evaluations",
      combinations: [
        { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'account_number', 'card_number', 'medical', 'health_insurance', 'tax_id'] },
        { all: ['name', 'username'], anyOf: ['password', 'access_code'] },
      ],
    },
    substituteNotice: { costOver: 100_000, recipientsOver: 100_000, citation: '10 L.P.R.A. § 4053(2)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected citizens resident in Puerto Rico',
        citation: '10 L.P.R.A. §§ 4052, 4053',
        deadline: withoutDelay(
          'discovered',
          'As expeditiously as possible, taking into account law enforcement\'s need to secure crime scenes and evidence and the measures needed to restore the system\'s security.',
        ),
        lawEnforcement: toll('10 L.P.R.A. § 4052'),
        requiredContent: [
          'A clear and conspicuous general description of the breach',
          'The type of sensitive information compromised',
          'A toll-free number and a website where people can get information or assistance',
        ],
        letterElements: ['what_happened', 'information_involved', 'contact'],
        notes:
          'Direct notice is by mail or authenticated electronic means. Substitute notice (an announcement at the premises, on the website and in fliers, plus a media release) is allowed above $100,000 or 100,000 persons, or when direct notice is excessively onerous.',
      }),
      obligation({
        id: 'regulator',
        recipient: 'regulator',
        recipientName: 'Puerto Rico Department of Consumer Affairs (DACO)',
        citation: '10 L.P.R.A. § 4052; DACO Reg. No. 7376',
        deadline: calendarDays(10, 'discovered'),
        notes: 'A non-extendable term of 10 days after the breach is detected. DACO publishes an announcement within 24 hours of receiving it. Required however few people are affected.',
      }),
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: '10 L.P.R.A. § 4052',
        deadline: { kind: 'no_deadline', standard: 'The Act requires the notice but sets no time for it.' },
        condition:
          'Binds an entity that, as part of its operations, resells or provides access to data banks holding personal information files, not the owner: it must tell the owner, custodian or holder of any breach that let unauthorized persons reach the files.',
      }),
    ],
    confidence: 'low',
    unverified: [
      'Whether the 10-day DACO notice was already in § 4052 before Act No. 97 of 2008 (this catalogue applies it from 2006-01-05, as Akesari codes it); the section history names both acts.',
      'Whether municipalities are covered entities.',
      'Encrypted files taken with their key: §§ 4051-4052 exempt files protected by an encrypted code and say nothing of a compromised key, so such files are literally still exempt; breachdesk reads them as owing notice, the safer course, because the thief can read them.',
      'The mapping of "official identification" and "tax information" to data elements (state ID, passport, military ID, taxpayer ID) is approximate.',
      'The in-force date 2006-01-05 (120 days after approval) rests on summaries; AICPA gives the approval date 2005-09-07 as the effective date.',
    ],
    sources: [
      { where: TEXT_4052, facts: '§ 4052 text: notice as expeditiously as possible, non-extendable 10 days to the Department, 24-hour announcement, vendor notice; not protected by an encrypted code; Act 111 of 2005 § 3, Act 97 of 2008 § 2' },
      { where: `${CASETEXT}/4053-notification-character-and-method`, facts: '§ 4053 content and substitute notice ($100,000 / 100,000)' },
      { where: AICPA_PR, facts: 'definition of personal information file (no special cryptographic code needed to read it)' },
      { where: 'https://www.swlaw.com/data-breach-map/view/state/pr', facts: 'definition of personal information; DACO within 10 days' },
      { where: 'https://iapp.org/news/a/leyes-de-privacidad-y-proteccion-de-datos-en-puerto-rico-2', facts: 'Act approved 2005-09-07; DACO Regulation No. 7376 of 2007-06-25' },
      { where: PERKINS_CHART_2021, facts: 'effective date, definition' },
      { where: BLOOMBERG_TABLE, facts: 'amendment effective 2008-06-19' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/us-0', says: 'Effective 2006-01-05 (Act 111 approved 2005-09-07; amended by Act 97 of 2008-06-19 per the § 4052 history).', checked: CHECKED, why: 'The effective-date clause of Act 111 was not read.' },
      coverage: { kind: 'secondary', where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/puerto-rico.aspx', says: 'Government agencies, public corporations, businesses, associations and educational institutions are entities.', checked: CHECKED, why: WHY_4051 },
      personal_information: { kind: 'secondary', where: AICPA_PR, says: 'Name or initial and surname with SSN, licence, voter or official ID, account numbers, user names and passwords, HIPAA medical, tax information or work evaluations.', checked: CHECKED, why: WHY_4051 },
      encryption: F_ENCRYPTION,
      risk_of_harm: F_NO_HARM,
      deadline: { kind: 'primary', where: TEXT_4052, says: 'Citizens as expeditiously as possible; the Department within a non-extendable 10 days; vendor notice with no time.', checked: CHECKED },
      anchor: { kind: 'primary', where: TEXT_4052, says: 'The 10 days run from detection of the breach of the system\'s security.', checked: CHECKED },
      threshold: { kind: 'primary', where: TEXT_4052, says: 'None: the Department is told of every breach, whatever the number.', checked: CHECKED },
      law_enforcement: { kind: 'primary', where: TEXT_4052, says: 'Timing takes into account law enforcement\'s need to secure crime scenes and evidence (no separate delay clause); read as a pause.', checked: CHECKED },
      substitute_notice: { kind: 'secondary', where: `${CASETEXT}/4053-notification-character-and-method`, says: 'Substitute notice above $100,000 or 100,000 persons, or when direct notice is excessively onerous.', checked: CHECKED, why: WHY_4053 },
      required_content: { kind: 'secondary', where: 'https://www.swlaw.com/data-breach-map/view/state/pr', says: 'General description, type of sensitive information, toll-free number and website.', checked: CHECKED, why: WHY_4053 },
      forbidden_content: { kind: 'secondary', where: 'https://www.swlaw.com/data-breach-map/view/state/pr', says: 'None: nothing is forbidden in a notice.', checked: CHECKED, why: WHY_4053 },
    },
  },
];

const WHY_4054A = 'The text of § 4054a was read by earlier research at casetext, not re-read on the date checked.';

const citizensAdvocate: RuleVersion[] = [
  {
    id: 'PR-GOV-2008',
    effectiveFrom: '2008-06-19',
    effectiveTo: null,
    citations: ['P.R. Laws Ann. tit. 10, § 4054a (added by Act No. 97 of 2008-06-19, § 4)'],
    summary: 'A breach at a Puerto Rico government agency or public corporation must also be reported to the Citizen\'s Advocate Office (Ombudsman), which takes jurisdiction; no time is set.',
    coverage: governmentOnlyCoverage('10 L.P.R.A. §§ 4051-4055', {
      local_government: ['uncertain', '§ 4054a names government agencies and public corporations; whether a municipality is one for this purpose was not settled.'],
      state_agency: ['yes', '§ 4054a applies to breaches at a government agency or public corporation.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    personalInformation: {
      citation: '10 L.P.R.A. § 4054a',
      summary: 'any breach or irregularity in the security of a government database: the section turns on the incident, not on the data elements',
      combinations: [{ all: [], anyOf: [] }],
    },
    obligations: [
      obligation({
        id: 'citizens-advocate',
        recipient: 'state_agency',
        recipientName: "Office of the Citizen's Advocate (Ombudsman) of Puerto Rico, through its specialized advocate for these cases",
        citation: '10 L.P.R.A. § 4054a',
        deadline: { kind: 'no_deadline', standard: 'The section requires the notice but sets no time; the DACO 10-day notice under § 4052 still applies.' },
      }),
    ],
    confidence: 'low',
    unverified: [
      WHY_4054A,
      'Whether the Citizen\'s Advocate Office has since been reorganised or renamed, and whether it has set a time or form for these reports.',
    ],
    sources: [
      { where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, facts: '§ 4054a text; added as § 7 by Act No. 97 of 2008-06-19' },
      { where: 'https://www.constangy.com/data-privacy-us-pr', facts: 'government agencies and public corporations may have additional reporting obligations' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, says: 'Added by Act No. 97 of 2008-06-19.', checked: CHECKED, why: WHY_4054A },
      coverage: { kind: 'secondary', where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, says: 'Breaches at government agencies and public corporations.', checked: CHECKED, why: WHY_4054A },
      personal_information: { kind: 'secondary', where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, says: 'Any breach or irregularity in a government database.', checked: CHECKED, why: WHY_4054A },
      encryption: { kind: 'secondary', where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, says: 'None: no encryption exception in § 4054a.', checked: CHECKED, why: WHY_4054A },
      risk_of_harm: { kind: 'secondary', where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, says: 'None: every breach or irregularity is reported.', checked: CHECKED, why: WHY_4054A },
      deadline: { kind: 'secondary', where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, says: 'No time set.', checked: CHECKED, why: WHY_4054A },
      anchor: { kind: 'secondary', where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, says: 'The breach or irregularity.', checked: CHECKED, why: WHY_4054A },
      threshold: { kind: 'secondary', where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, says: 'None: no number of people is required.', checked: CHECKED, why: WHY_4054A },
      law_enforcement: { kind: 'secondary', where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, says: 'None: no law-enforcement delay is provided.', checked: CHECKED, why: WHY_4054A },
      substitute_notice: { kind: 'secondary', where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, says: 'None: a report to an office.', checked: CHECKED, why: WHY_4054A },
      required_content: { kind: 'secondary', where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, says: 'None listed.', checked: CHECKED, why: WHY_4054A },
      forbidden_content: { kind: 'secondary', where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, says: 'None: nothing is forbidden in the report or notice.', checked: CHECKED, why: WHY_4054A },
    },
  },
];

const DACO_CHANNEL: SubmissionChannel = {
  recipient: 'regulator',
  name: 'Departamento de Asuntos del Consumidor (DACO)',
  ways: [{ kind: 'postal', value: 'Departamento de Asuntos del Consumidor, Apartado 41059, Estación Minillas, San Juan, PR 00940-1059' }],
  asksFor: ['Information on the breach of the system\'s security (DACO Regulation No. 7376 sets the form; not read)'],
  source: '10 L.P.R.A. § 4052 (notice to the Department within 10 days); the postal address is DACO\'s published mailing address, not re-read in a stored copy on the date checked',
  checked: CHECKED,
};
const OMBUDSMAN_CHANNEL: SubmissionChannel = {
  recipient: 'state_agency',
  obligations: ['citizens-advocate'],
  name: "Oficina del Procurador del Ciudadano (Ombudsman) de Puerto Rico",
  ways: [{ kind: 'postal', value: 'Oficina del Procurador del Ciudadano (Ombudsman), San Juan, Puerto Rico (no address for these reports was found)' }],
  asksFor: ['Report of the breach or irregularity in the security of the government database'],
  source: '10 L.P.R.A. § 4054a; no published address or form for these reports was found in the stored copies on the date checked',
  checked: CHECKED,
};

const CONTACT: ConsumerContact = {
  name: 'Departamento de Asuntos del Consumidor (DACO), Puerto Rico',
  phone: '1-787-722-7555',
  website: 'www.daco.pr.gov',
  address: 'Apartado 41059, Estación Minillas, San Juan, PR 00940-1059',
  source: 'DACO\'s published consumer contact details (Puerto Rico\'s consumer-protection office in place of an attorney general\'s unit); not re-read in a stored copy on the date checked',
  checked: CHECKED,
};

export const puertoRico: Jurisdiction = {
  code: 'PR',
  name: 'Puerto Rico',
  kind: 'territory',
  holidays: { country: 'PR' },
  laws: [
    { id: 'PR-10-4051', title: 'Citizen Information on Data Banks Security Act, 10 L.P.R.A. §§ 4051-4055', scope: 'residents', versions: general },
    { id: 'PR-10-4054a', title: "Breach at a government agency or public corporation: report to the Citizen's Advocate Office, 10 L.P.R.A. § 4054a", scope: 'home', versions: citizensAdvocate },
  ],
  channels: [DACO_CHANNEL, OMBUDSMAN_CHANNEL],
  consumerContact: CONTACT,
};
