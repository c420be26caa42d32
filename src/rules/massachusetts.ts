// Massachusetts: Mass. Gen. Laws ch. 93H (St. 2007, c. 82), amended by St. 2018, c. 444 (H. 4806)
// from 2019-04-11. One chapter binds persons and agencies of the Commonwealth and its political
// subdivisions; executive-department agencies also report to the state technology office.
import type { Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, obligation, toll, withoutDelay } from './shared.js';

const LE = toll('Mass. Gen. Laws ch. 93H, § 4');

// A bare account or card number counts: the code is "with or without".
const PI: PersonalInformationDefinition = {
  citation: 'Mass. Gen. Laws ch. 93H, § 1(a)',
  summary: "a resident's first name or initial and last name with an SSN, a driver's licence or state ID number, or a financial account or credit/debit card number (with or without its code or password)",
  combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'account_number', 'card_number'] }],
};

const COVERAGE = coverage({
  business: ['yes', 'Ch. 93H, § 3(b): a person (natural person, corporation, association, partnership or other legal entity, § 1(a)) that owns or licenses personal information of a resident.'],
  nonprofit: ['yes', 'A nonprofit corporation or association is a "person" under ch. 93H, § 1(a).'],
  local_government: ['yes', 'Ch. 93H, § 1(a): "agency" includes any agency, board, commission or authority of any political subdivision of the Commonwealth; § 3 binds agencies.'],
  state_agency: ['yes', 'Ch. 93H, § 1(a): "agency" includes any agency, executive office, department, board, commission, bureau, division or authority of the Commonwealth or any of its branches.'],
});
const SAFE_HARBOR = { exists: true, keyException: true, citation: 'Mass. Gen. Laws ch. 93H, § 1(a) ("breach of security": encrypted data taken with its key)' };
// The substantial-risk test narrows only one of the two triggers in § 3.
const HARM = {
  exists: false,
  standard:
    'A "breach of security" needs a substantial risk of identity theft or fraud, but § 3 also requires notice whenever personal information was acquired or used by an unauthorized person or for an unauthorized purpose, with no harm test.',
};
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Mass. Gen. Laws ch. 93H, § 1(a) ("notice")' };
const FEDERAL = 'A person following federal breach procedures is deemed compliant if it notifies residents under them and also notifies the AG and OCABR (§ 5).';

const vendorNotice = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Mass. Gen. Laws ch. 93H, § 3(a)',
  deadline: withoutDelay('discovered', 'as soon as practicable and without unreasonable delay'),
  lawEnforcement: LE,
  requiredContent: ['The breach or unauthorized acquisition or use', 'Its date or approximate date and nature', 'Steps taken or planned'],
  condition: 'Binds the person or agency that maintains or stores data it does not own or license (the vendor), not the owner; the vendor must also cooperate with the owner.',
});

function obligations(residentContent: string[], letter: ObligationRule['letterElements'], regulatorContent: string[], notes: string): ObligationRule[] {
  const regulator = (id: string, recipient: 'attorney_general' | 'regulator', recipientName: string): ObligationRule =>
    obligation({
      id,
      recipient,
      recipientName,
      citation: 'Mass. Gen. Laws ch. 93H, § 3(b)',
      deadline: withoutDelay('discovered', 'as soon as practicable and without unreasonable delay'),
      lawEnforcement: LE,
      requiredContent: regulatorContent,
      notes: 'Any number of residents: there is no threshold.',
    });
  return [
    obligation({
      id: 'individuals',
      recipient: 'individuals',
      recipientName: 'Affected Massachusetts residents',
      citation: 'Mass. Gen. Laws ch. 93H, § 3(b)',
      deadline: withoutDelay('discovered', 'as soon as practicable and without unreasonable delay after knowing or having reason to know of the breach'),
      lawEnforcement: LE,
      requiredContent: residentContent,
      letterElements: letter,
      condition: FEDERAL,
      notes,
    }),
    regulator('attorney-general', 'attorney_general', 'Massachusetts Attorney General'),
    regulator('consumer-affairs', 'regulator', 'Director of the Office of Consumer Affairs and Business Regulation (OCABR)'),
    obligation({
      id: 'consumer-reporting-agencies',
      recipient: 'consumer_reporting_agencies',
      recipientName: 'Consumer reporting agencies and state agencies named by OCABR',
      citation: 'Mass. Gen. Laws ch. 93H, § 3(b)',
      deadline: withoutDelay('discovered', 'as soon as practicable and without unreasonable delay after OCABR names them'),
      lawEnforcement: LE,
      requiredContent: regulatorContent,
      condition: 'Only the agencies the OCABR director identifies after receiving the notice.',
    }),
    vendorNotice,
  ];
}

const REGULATOR_2007 = ['Nature of the breach or unauthorized acquisition or use', 'Number of Massachusetts residents affected', 'Steps taken or planned relating to the incident'];
const REGULATOR_2019 = [
  'Nature of the breach or unauthorized acquisition or use',
  'Number of Massachusetts residents affected at the time of notice',
  'Name and address of the entity that had the breach',
  'Name and title of the person reporting and their relationship to that entity',
  'Type of entity reporting',
  'Person responsible for the breach, if known',
  'Types of personal information compromised',
  'Whether the entity maintains a written information security program',
  'Steps taken or planned, including updating the written program',
  'A sample copy of the notice sent to residents; and, where SSNs were involved, a report certifying that the credit monitoring complies with § 3A',
];
const NO_NATURE = 'The letter must NOT state the nature of the breach or the number of residents affected.';

const versions: RuleVersion[] = [
  {
    id: 'MA-2007',
    effectiveFrom: '2007-10-31',
    effectiveTo: '2019-04-10',
    citations: ['Mass. Gen. Laws ch. 93H (St. 2007, c. 82, H. 4144; notice provisions in force 2007-10-31)'],
    summary: 'Massachusetts required notice to affected residents, the Attorney General and OCABR as soon as practicable and without unreasonable delay, for any number of residents.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM,
    personalInformation: PI,
    substituteNotice: SUBSTITUTE,
    obligations: obligations(
      ["The resident's right to obtain a police report", 'How to request a security freeze and the information needed to do so', 'Any fees the consumer reporting agencies charge for a freeze'],
      ['what_you_can_do'],
      REGULATOR_2007,
      NO_NATURE,
    ),
    confidence: 'medium',
    unverified: ['The 2007 resident-letter and regulator-notice content was read in summaries (Bloomberg), not the 2007 text.'],
    sources: [
      { where: BLOOMBERG_TABLE, facts: 'effective 2007-10-31; pre-2019 content; PI definition; substitute $250,000/500,000' },
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4) data/all_laws.txt', facts: 'AG notice dated 2008-02-03 in the dataset; encryption-key rule 2007-10-31' },
    ],
  },
  {
    id: 'MA-2019',
    effectiveFrom: '2019-04-11',
    effectiveTo: null,
    citations: ['Mass. Gen. Laws ch. 93H, §§ 1-6 as amended by St. 2018, c. 444 (H. 4806, signed 2019-01-10, eff. 2019-04-11)', '201 C.M.R. 17.00'],
    summary: 'Massachusetts requires notice to affected residents, the Attorney General and OCABR as soon as practicable, with detailed regulator content and 18 months of free credit monitoring when SSNs are exposed.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM,
    personalInformation: PI,
    substituteNotice: SUBSTITUTE,
    obligations: obligations(
      [
        "The resident's right to obtain a police report",
        'How to request a security freeze and the information needed to do so',
        'That a security freeze is free of charge',
        'The mitigation services provided (credit monitoring, with enrolment and freeze information)',
        'The name of the parent or affiliated corporation, if the entity is owned by another (§ 3(d))',
      ],
      ['what_you_can_do', 'what_we_are_doing'],
      REGULATOR_2019,
      `${NO_NATURE} Notice may not wait until the number of affected residents is known; send updates as facts emerge. If SSNs were exposed, offer at least 18 months of free credit monitoring (42 months for a consumer reporting agency) (§ 3A).`,
    ),
    confidence: 'high',
    unverified: [],
    sources: [
      { where: 'github Ansvar-Systems/US-law-mcp data/seed/states/ma.json (text of ch. 93H from malegislature.gov)', facts: '§§ 1, 3, 3A, 4, 5: definitions, triggers, AG/OCABR content, resident content, LE delay, credit monitoring' },
      { where: PERKINS_CHART_2021, facts: 'H. 4806 signed 2019-01-10, effective 2019-04-11' },
      { where: BLOOMBERG_TABLE, facts: 'content cross-check' },
    ],
  },
];

export const massachusetts: Jurisdiction = {
  code: 'MA',
  name: 'Massachusetts',
  kind: 'state',
  holidays: { country: 'US', state: 'MA' },
  laws: [
    { id: 'MA-93H', title: 'Mass. Gen. Laws ch. 93H: security breaches', scope: 'residents', versions },
    {
      id: 'MA-93H-3E',
      title: 'Mass. Gen. Laws ch. 93H, § 3: notice by executive-department agencies to the state technology office and the Division of Public Records',
      scope: 'home',
      versions: [
        {
          id: 'MA-AGENCY-2007',
          effectiveFrom: '2007-10-31',
          effectiveTo: null,
          citations: ['Mass. Gen. Laws ch. 93H, § 3 (now § 3(e)) (St. 2007, c. 82; amended by St. 2018, c. 444)'],
          summary: 'Massachusetts executive-department agencies must report a breach to the state technology office and the Division of Public Records as soon as practicable after discovery.',
          coverage: governmentOnlyCoverage('Mass. Gen. Laws ch. 93H, § 3(b)', {
            local_government: ['no', 'Ch. 93H, § 3(e) names only agencies within the executive department; cities and towns notify residents, the AG and OCABR under § 3(b).'],
            state_agency: ['yes', 'Ch. 93H, § 3(e) binds agencies within the executive department (offices of the legislative and judicial branches and of independent constitutional officers are not named).'],
          }),
          encryptionSafeHarbor: SAFE_HARBOR,
          riskOfHarmException: null,
          personalInformation: PI,
          obligations: [
            obligation({
              id: 'technology-office',
              recipient: 'state_agency',
              recipientName: 'Executive Office of Technology Services and Security (formerly the Information Technology Division) and the Division of Public Records (Secretary of the Commonwealth)',
              citation: 'Mass. Gen. Laws ch. 93H, § 3(e)',
              deadline: withoutDelay('discovered', 'as soon as practicable and without unreasonable delay following discovery'),
              requiredContent: ['Written notice of the nature and circumstances of the breach or unauthorized acquisition or use'],
              notes: "Follow the technology office's incident reporting and investigation policies.",
            }),
          ],
          confidence: 'medium',
          unverified: ['When the statute began naming the Executive Office of Technology Services and Security instead of the Information Technology Division.'],
          sources: [{ where: 'github Ansvar-Systems/US-law-mcp data/seed/states/ma.json (ch. 93H, § 3(e))', facts: 'executive-department agencies notify EOTSS and the division of public records' }],
        },
      ],
    },
  ],
};
