// Massachusetts: Mass. Gen. Laws ch. 93H (St. 2007, c. 82), amended by St. 2018, c. 444 (H. 4806)
// from 2019-04-11. One chapter binds persons and agencies of the Commonwealth and its political
// subdivisions; executive-department agencies also report to the state technology office.
// § 3(b) forbids telling residents the nature of the breach or how many residents it affected.
import type { FactCheck, Jurisdiction, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, obligation, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const MALEG = 'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleXV/Chapter93H';
const MALEG_S1 = 'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleXV/Chapter93H/Section1';
const COPY = 'current text of ch. 93H §§ 1-6 read in a verbatim copy (github Ansvar-Systems/US-law-mcp data/seed/states/ma.json, commit 45d63a81)';
const ST_2018 = 'https://malegislature.gov/Laws/SessionLaws/Acts/2018/Chapter444';
const NO_2007_TEXT = 'The 2007 text of ch. 93H (St. 2007, c. 82) was not read; the current text shows what St. 2018, c. 444 left in place, and the pre-2019 wording comes from summaries.';

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
const SAFE_HARBOR = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: '§ 1(a) "breach of security": acquisition or use of unencrypted data, or of "encrypted electronic data and the confidential process or key".',
  citation: 'Mass. Gen. Laws ch. 93H, § 1(a) ("breach of security": encrypted data taken with its key)',
} as const;
// The substantial-risk test narrows only one of the two triggers in § 3.
const HARM = {
  exists: false,
  standard:
    'A "breach of security" needs a substantial risk of identity theft or fraud, but § 3 also requires notice whenever personal information was acquired or used by an unauthorized person or for an unauthorized purpose, with no harm test.',
};
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Mass. Gen. Laws ch. 93H, § 1(a) ("notice")' };
const FEDERAL = 'A person following federal breach procedures is deemed compliant if it notifies residents under them and also notifies the AG and OCABR (§ 5).';
const FORBIDDEN = [
  'The nature of the breach of security or unauthorized acquisition or use',
  'The number of Massachusetts residents affected by the breach',
];
const NO_NATURE = 'The letter must NOT state the nature of the breach or the number of residents affected (§ 3(b)).';
const STANDARD = 'as soon as practicable and without unreasonable delay after knowing or having reason to know of the breach or of an unauthorized acquisition or use';

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

const IND_2007 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Massachusetts residents',
  citation: 'Mass. Gen. Laws ch. 93H, § 3(b) (2007 text)',
  deadline: withoutDelay('discovered', STANDARD),
  lawEnforcement: LE,
  requiredContent: ["The resident's right to obtain a police report", 'How to request a security freeze and the information needed to do so', 'Any fees the consumer reporting agencies charge for a freeze'],
  letterElements: ['police_report', 'security_freeze', 'what_you_can_do', 'contact'],
  forbiddenContent: FORBIDDEN,
  forbiddenLetterElements: ['what_happened'],
  condition: FEDERAL,
  notes: NO_NATURE,
});
const IND_2019 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Massachusetts residents',
  citation: 'Mass. Gen. Laws ch. 93H, §§ 3(b), 3(d), 3A',
  deadline: withoutDelay('discovered', STANDARD),
  lawEnforcement: LE,
  requiredContent: [
    "The resident's right to obtain a police report",
    'How to request a security freeze and the information needed to do so',
    'That a security freeze is free of charge',
    'The mitigation services provided (credit monitoring, with enrolment and freeze information)',
    'The name of the parent or affiliated corporation, if the entity is owned by another (§ 3(d))',
  ],
  letterElements: ['police_report', 'security_freeze', 'what_you_can_do', 'what_we_are_doing', 'contact'],
  forbiddenContent: FORBIDDEN,
  forbiddenLetterElements: ['what_happened'],
  condition: FEDERAL,
  notes: `${NO_NATURE} Notice may not wait until the number of affected residents is known; send updates as facts emerge. If SSNs were exposed, offer at least 18 months of free credit monitoring (42 months for a consumer reporting agency) (§ 3A).`,
});

const AG_2007 = obligation({
  id: 'attorney-general', recipient: 'attorney_general', recipientName: 'Massachusetts Attorney General', citation: 'Mass. Gen. Laws ch. 93H, § 3(b) (2007 text)',
  deadline: withoutDelay('discovered', STANDARD), lawEnforcement: LE, requiredContent: REGULATOR_2007, notes: 'Any number of residents: there is no threshold.',
});
const OCABR_2007 = obligation({
  id: 'consumer-affairs', recipient: 'regulator', recipientName: 'Director of the Office of Consumer Affairs and Business Regulation (OCABR)', citation: 'Mass. Gen. Laws ch. 93H, § 3(b) (2007 text)',
  deadline: withoutDelay('discovered', STANDARD), lawEnforcement: LE, requiredContent: REGULATOR_2007, notes: 'Any number of residents: there is no threshold.',
});
const CRA_2007 = obligation({
  id: 'consumer-reporting-agencies', recipient: 'consumer_reporting_agencies', recipientName: 'Consumer reporting agencies and state agencies named by OCABR', citation: 'Mass. Gen. Laws ch. 93H, § 3(b) (2007 text)',
  deadline: withoutDelay('discovered', 'as soon as practicable and without unreasonable delay after OCABR names them'), lawEnforcement: LE, requiredContent: REGULATOR_2007,
  condition: 'Only the agencies the OCABR director identifies after receiving the notice.',
});
const AG_2019 = obligation({
  id: 'attorney-general', recipient: 'attorney_general', recipientName: 'Massachusetts Attorney General', citation: 'Mass. Gen. Laws ch. 93H, § 3(b)',
  deadline: withoutDelay('discovered', STANDARD), lawEnforcement: LE, requiredContent: REGULATOR_2019, notes: 'Any number of residents: there is no threshold.',
});
const OCABR_2019 = obligation({
  id: 'consumer-affairs', recipient: 'regulator', recipientName: 'Director of the Office of Consumer Affairs and Business Regulation (OCABR)', citation: 'Mass. Gen. Laws ch. 93H, § 3(b)',
  deadline: withoutDelay('discovered', STANDARD), lawEnforcement: LE, requiredContent: REGULATOR_2019, notes: 'Any number of residents: there is no threshold.',
});
const CRA_2019 = obligation({
  id: 'consumer-reporting-agencies', recipient: 'consumer_reporting_agencies', recipientName: 'Consumer reporting agencies and state agencies named by OCABR', citation: 'Mass. Gen. Laws ch. 93H, § 3(b)',
  deadline: withoutDelay('discovered', 'as soon as practicable and without unreasonable delay after OCABR names them'), lawEnforcement: LE, requiredContent: REGULATOR_2019,
  condition: 'Only the agencies the OCABR director identifies after receiving the notice.',
});

// Facts read in the current text that St. 2018, c. 444 did not touch.
const COVERAGE_FACT: FactCheck = { kind: 'primary', where: `${MALEG_S1}; ${MALEG} (${COPY})`, says: '§ 1(a): "person" (natural person, corporation, association, partnership, other legal entity) and "agency" (Commonwealth bodies of any branch and of political subdivisions); § 3 binds both', checked: CHECKED };
const PI_FACT: FactCheck = { kind: 'primary', where: MALEG_S1, says: '§ 1(a): name with SSN, licence or state ID, or financial account or card number with or without its code', checked: CHECKED };
const ENCRYPTION_FACT: FactCheck = { kind: 'primary', where: MALEG_S1, says: '§ 1(a): a breach covers encrypted data taken with its confidential process or key; "encrypted" means 128-bit or stronger', checked: CHECKED };
const HARM_FACT: FactCheck = { kind: 'primary', where: `${MALEG} (${COPY})`, says: '§ 1(a) breach needs a substantial risk of identity theft or fraud, but § 3(b)(2) also triggers notice on any unauthorized acquisition or use', checked: CHECKED };
const THRESHOLD_FACT: FactCheck = { kind: 'primary', where: `${MALEG} (${COPY})`, says: 'none: § 3 requires notice for any number of residents', checked: CHECKED };
const LE_FACT: FactCheck = { kind: 'primary', where: `${MALEG} (${COPY})`, says: '§ 4: delay while law enforcement says notice may impede a criminal investigation and has told the AG in writing; then as soon as practicable', checked: CHECKED };
const SUBSTITUTE_FACT: FactCheck = { kind: 'primary', where: MALEG_S1, says: '§ 1(a) "notice": substitute notice if cost over $250,000, more than 500,000 residents, or no contact information', checked: CHECKED };

const versions: RuleVersion[] = [
  {
    id: 'MA-2007',
    effectiveFrom: '2007-10-31',
    effectiveTo: '2019-04-10',
    citations: ['Mass. Gen. Laws ch. 93H (St. 2007, c. 82, H. 4144; notice provisions in force 2007-10-31)'],
    summary: 'Massachusetts required notice to affected residents, the Attorney General and OCABR as soon as practicable and without unreasonable delay, for any number of residents; the resident letter could not state the nature of the breach or the number affected.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM,
    personalInformation: PI,
    substituteNotice: SUBSTITUTE,
    obligations: [IND_2007, AG_2007, OCABR_2007, CRA_2007, vendorNotice],
    confidence: 'low',
    unverified: [NO_2007_TEXT],
    sources: [
      { where: BLOOMBERG_TABLE, facts: 'effective 2007-10-31; pre-2019 content; PI definition; substitute $250,000/500,000' },
      { where: 'http://www.mass.gov/ocabr/data-privacy-and-security/data/data-breach-notification-statistics.html', facts: 'OCABR: ch. 93H in effect since 2007-10-31' },
      { where: 'https://www.wordsbywit.com/massachusetts', facts: 'residents are not told the nature of the breach; only the AG and the director receive it' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'http://www.mass.gov/ocabr/data-privacy-and-security/data/data-breach-notification-statistics.html', says: 'OCABR: the law has been in effect since 2007-10-31; St. 2018, c. 444 replaced the notice content from 2019-04-11', checked: CHECKED, why: 'St. 2007, c. 82 was not read; the date is OCABR\'s statement.' },
      coverage: COVERAGE_FACT,
      personal_information: { ...PI_FACT, kind: 'secondary', why: NO_2007_TEXT },
      encryption: { ...ENCRYPTION_FACT, kind: 'secondary', why: NO_2007_TEXT },
      risk_of_harm: { ...HARM_FACT, kind: 'secondary', why: NO_2007_TEXT },
      deadline: { kind: 'secondary', where: `${MALEG} (${COPY}); ${BLOOMBERG_TABLE}`, says: 'as soon as practicable and without unreasonable delay; no number of days', checked: CHECKED, why: NO_2007_TEXT },
      anchor: { kind: 'secondary', where: `${MALEG} (${COPY})`, says: 'from when the person knows or has reason to know of the breach or of an unauthorized acquisition or use', checked: CHECKED, why: NO_2007_TEXT },
      threshold: { ...THRESHOLD_FACT, kind: 'secondary', why: NO_2007_TEXT },
      law_enforcement: { ...LE_FACT, kind: 'secondary', why: NO_2007_TEXT },
      substitute_notice: { ...SUBSTITUTE_FACT, kind: 'secondary', why: NO_2007_TEXT },
      required_content: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'letter: right to a police report, how to request a security freeze, any freeze fees; AG/OCABR: nature, number, steps', checked: CHECKED, why: NO_2007_TEXT },
      forbidden_content: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; https://www.wordsbywit.com/massachusetts`, says: 'the letter may not state the nature of the breach or the number of residents affected', checked: CHECKED, why: NO_2007_TEXT },
    },
  },
  {
    id: 'MA-2019',
    effectiveFrom: '2019-04-11',
    effectiveTo: null,
    citations: ['Mass. Gen. Laws ch. 93H, §§ 1-6 as amended by St. 2018, c. 444 (H. 4806, signed 2019-01-10, eff. 2019-04-11)', '201 C.M.R. 17.00'],
    summary: 'Massachusetts requires notice to affected residents, the Attorney General and OCABR as soon as practicable, with detailed regulator content and 18 months of free credit monitoring when SSNs are exposed; the resident letter may not state the nature of the breach or the number affected.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM,
    personalInformation: PI,
    substituteNotice: SUBSTITUTE,
    obligations: [IND_2019, AG_2019, OCABR_2019, CRA_2019, vendorNotice],
    confidence: 'medium',
    unverified: ['St. 2018, c. 444 was read only in its opening sections; its approval (2019-01-10) and 90-day effective date (2019-04-11) come from the Perkins Coie chart.'],
    sources: [
      { where: `${MALEG} (${COPY})`, facts: '§§ 1, 3, 3A, 4, 5: definitions, triggers, AG/OCABR content, resident content and forbidden content, LE delay, credit monitoring' },
      { where: MALEG_S1, facts: '§ 1 definitions on the official site' },
      { where: ST_2018, facts: 'St. 2018, c. 444, An Act relative to consumer protection from security breaches' },
      { where: PERKINS_CHART_2021, facts: 'H. 4806 signed 2019-01-10, effective 2019-04-11' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${PERKINS_CHART_2021}; ${ST_2018}`, says: 'St. 2018, c. 444 signed 2019-01-10, in force 2019-04-11', checked: CHECKED, why: 'Only the opening sections of the session law were read; its approval and effective dates come from the Perkins Coie chart.' },
      coverage: COVERAGE_FACT,
      personal_information: PI_FACT,
      encryption: ENCRYPTION_FACT,
      risk_of_harm: HARM_FACT,
      deadline: { kind: 'primary', where: `${MALEG} (${COPY})`, says: '§ 3(a)-(b): as soon as practicable and without unreasonable delay, to residents, the AG and OCABR; no number of days; no waiting for the final count', checked: CHECKED },
      anchor: { kind: 'primary', where: `${MALEG} (${COPY})`, says: '§ 3(b): from when the person knows or has reason to know of the breach or of an unauthorized acquisition or use', checked: CHECKED },
      threshold: THRESHOLD_FACT,
      law_enforcement: LE_FACT,
      substitute_notice: SUBSTITUTE_FACT,
      required_content: { kind: 'primary', where: `${MALEG} (${COPY})`, says: '§ 3(b): letter: police report, security freeze and that it is free, mitigation services; § 3(d): parent company; AG/OCABR: nine items and a sample letter; § 3A: 18 months of credit monitoring', checked: CHECKED },
      forbidden_content: { kind: 'primary', where: `${MALEG} (${COPY})`, says: '§ 3(b): the resident notice shall not include the nature of the breach or the number of residents affected', checked: CHECKED },
    },
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
          unverified: [
            'When the statute began naming the Executive Office of Technology Services and Security instead of the Information Technology Division.',
            NO_2007_TEXT,
          ],
          sources: [
            { where: `${MALEG} (${COPY})`, facts: 'executive-department agencies notify EOTSS and the division of public records (§ 3(e))' },
            { where: 'https://www.mass.gov/info-details/report-a-data-breach', facts: 'EOTSS: agencies report immediately to its Security Operations Center, with the § 3(b) content' },
          ],
          verification: {
            effective_dates: { kind: 'secondary', where: 'http://www.mass.gov/ocabr/data-privacy-and-security/data/data-breach-notification-statistics.html', says: 'ch. 93H in effect since 2007-10-31', checked: CHECKED, why: 'St. 2007, c. 82 was not read.' },
            coverage: { kind: 'primary', where: `${MALEG} (${COPY})`, says: '§ 3(e): an agency within the executive department', checked: CHECKED },
            personal_information: PI_FACT,
            encryption: ENCRYPTION_FACT,
            risk_of_harm: { kind: 'primary', where: `${MALEG} (${COPY})`, says: 'none: § 3(e) applies to any breach of security or unauthorized acquisition or use', checked: CHECKED },
            deadline: { kind: 'primary', where: `${MALEG} (${COPY})`, says: '§ 3(e): as soon as practicable and without unreasonable delay', checked: CHECKED },
            anchor: { kind: 'primary', where: `${MALEG} (${COPY})`, says: '§ 3(e): following the discovery of the breach or unauthorized acquisition or use', checked: CHECKED },
            threshold: { kind: 'primary', where: `${MALEG} (${COPY})`, says: 'none: § 3(e) sets no number', checked: CHECKED },
            law_enforcement: { kind: 'primary', where: `${MALEG} (${COPY})`, says: 'none for this report: § 4 delays the notice under § 3 to residents and regulators; breachdesk gives the agency report no allowance', checked: CHECKED },
            substitute_notice: { kind: 'primary', where: `${MALEG} (${COPY})`, says: 'none: a report to two State offices, not to residents', checked: CHECKED },
            required_content: { kind: 'primary', where: `${MALEG} (${COPY})`, says: '§ 3(e): written notice of the nature and circumstances of the breach; follow the office\'s policies', checked: CHECKED },
            forbidden_content: { kind: 'primary', where: `${MALEG} (${COPY})`, says: 'none: § 3(e) forbids nothing in this report', checked: CHECKED },
          },
        },
      ],
    },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'Massachusetts Attorney General\'s Office (Data Breach Notification)',
      ways: [
        { kind: 'online_form', value: 'https://www.mass.gov/info-details/notifications-in-the-event-of-a-data-breach', formName: 'Data Breach Reporting Online Portal (Attorney General; voluntary, mail also accepted)' },
        { kind: 'postal', value: 'Office of the Attorney General, One Ashburton Place, Boston, MA 02108' },
      ],
      asksFor: REGULATOR_2019,
      source: 'Mass. Gen. Laws ch. 93H, § 3(b) (content); https://www.mass.gov/info-details/notifications-in-the-event-of-a-data-breach; SC Magazine 2018-02-06 on the AG\'s online portal (voluntary; mail still accepted)',
      checked: CHECKED,
    },
    {
      recipient: 'regulator',
      obligations: ['consumer-affairs'],
      name: 'Office of Consumer Affairs and Business Regulation (OCABR)',
      ways: [
        { kind: 'online_form', value: 'https://www.mass.gov/info-details/notifications-in-the-event-of-a-data-breach', formName: 'OCABR electronic data breach notification form (satisfies the OCABR notice only)' },
        { kind: 'postal', value: 'Office of Consumer Affairs and Business Regulation, 501 Boylston Street, Suite 5100, Boston, MA 02116' },
      ],
      asksFor: REGULATOR_2019,
      source: 'OCABR press release 2016-05-25 (electronic submission portal; mail not prohibited); National Law Review on the separate OCABR form; postal address from a notice template (ezel.ai), not from OCABR itself',
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
    {
      recipient: 'state_agency',
      obligations: ['technology-office'],
      name: 'Executive Office of Technology Services and Security (Security Operations Center) and the Division of Public Records',
      ways: [{ kind: 'online_form', value: 'https://www.mass.gov/info-details/report-a-data-breach', formName: 'How executive branch agencies report a data breach (EOTSS)' }],
      asksFor: REGULATOR_2019,
      source: 'https://www.mass.gov/info-details/report-a-data-breach (report immediately to the EOTSS Security Operations Center, with the § 3(b) items)',
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Office of the Massachusetts Attorney General',
    phone: '617-727-8400',
    website: 'www.mass.gov/ago',
    address: 'One Ashburton Place, Boston, MA 02108',
    source: 'https://www.mass.gov/info-details/report-a-data-breach (residents call 617-727-8400); address from the Attorney General\'s notice address',
    checked: CHECKED,
  },
};
