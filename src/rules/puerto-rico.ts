// Puerto Rico: the Citizen Information on Data Banks Security Act (Act No. 111 of 2005, 10 L.P.R.A.
// §§ 4051-4055, amended by Act No. 97 of 2008) and DACO Regulation No. 7376. Notice to DACO within a
// non-extendable 10 days; breaches at government agencies also go to the Citizen's Advocate (2008).
import type { DeadlineRule, Jurisdiction, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, obligation, toll, withoutDelay } from './shared.js';

const noDeadline = (standard: string): DeadlineRule => ({ kind: 'no_deadline', standard });

const ENTITY =
  '10 L.P.R.A. § 4051 defines "entity" to take in every government agency, board, public corporation, authority and instrumentality, every corporation, partnership, association, private company or organization authorized to do business or operate in Puerto Rico, and public and private educational institutions';

const CASETEXT = 'https://casetext.com/statute/laws-of-puerto-rico/title-ten-commerce/subtitle-3-business-regulations-generally/chapter-310-citizen-information-on-data-banks-security-act';

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
    encryptionSafeHarbor: { exists: true, keyException: false, citation: '10 L.P.R.A. §§ 4051, 4052' },
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
        deadline: noDeadline('The Act requires the notice but sets no time for it.'),
        condition:
          'Binds an entity that, as part of its operations, resells or provides access to data banks holding personal information files, not the owner: it must tell the owner, custodian or holder of any breach that let unauthorized persons reach the files.',
      }),
    ],
    confidence: 'high',
    unverified: [
      'Whether the 10-day DACO notice was already in § 4052 before Act No. 97 of 2008 (this catalogue applies it from 2006-01-05, as Akesari codes it).',
      'Whether municipalities are covered entities.',
      'The statute does not say whether encrypted files whose key was also taken must be notified; this catalogue does not treat a compromised key as defeating the exclusion.',
      'The mapping of "official identification" and "tax information" to data elements (state ID, passport, military ID, taxpayer ID) is approximate.',
    ],
    sources: [
      { where: `${CASETEXT}/4052-notification`, facts: '§ 4052 text: notice as expeditiously as possible, non-extendable 10 days to DACO, 24-hour announcement, vendor notice; Act 111 of 2005 § 3, Act 97 of 2008 § 2' },
      { where: `${CASETEXT}/4053-notification-character-and-method`, facts: '§ 4053 content and substitute notice ($100,000 / 100,000)' },
      { where: 'https://www.swlaw.com/data-breach-map/view/state/pr', facts: 'definition of personal information; DACO within 10 days' },
      { where: 'https://iapp.org/news/a/leyes-de-privacidad-y-proteccion-de-datos-en-puerto-rico-2', facts: 'Act approved 2005-09-07; DACO Regulation No. 7376 of 2007-06-25' },
      { where: PERKINS_CHART_2021, facts: 'effective date, definition' },
      { where: BLOOMBERG_TABLE, facts: 'amendment effective 2008-06-19' },
    ],
  },
];

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
        deadline: noDeadline('The section requires the notice but sets no time; the DACO 10-day notice under § 4052 still applies.'),
      }),
    ],
    confidence: 'medium',
    unverified: [
      'Whether the Citizen\'s Advocate Office has since been reorganised or renamed, and whether it has set a time or form for these reports.',
    ],
    sources: [
      { where: `${CASETEXT}/4054a-notification-regarding-breach-or-irregularity-in-security-systems`, facts: '§ 4054a text; added as § 7 by Act No. 97 of 2008-06-19' },
      { where: 'https://www.constangy.com/data-privacy-us-pr', facts: 'government agencies and public corporations may have additional reporting obligations' },
    ],
  },
];

export const puertoRico: Jurisdiction = {
  code: 'PR',
  name: 'Puerto Rico',
  kind: 'territory',
  holidays: { country: 'PR' },
  laws: [
    { id: 'PR-10-4051', title: 'Citizen Information on Data Banks Security Act, 10 L.P.R.A. §§ 4051-4055', scope: 'residents', versions: general },
    { id: 'PR-10-4054a', title: "Breach at a government agency or public corporation: report to the Citizen's Advocate Office, 10 L.P.R.A. § 4054a", scope: 'home', versions: citizensAdvocate },
  ],
};
