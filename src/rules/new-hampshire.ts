// New Hampshire: N.H. Rev. Stat. §§ 359-C:19 to 359-C:21 (H.B. 1660, 2006), in force since
// 2007-01-01. "Person" includes state bodies and political subdivisions, so one law covers all.
import type { DataElement, Jurisdiction, RuleVersion, Verification } from './types.js';
import {
  BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, immediately, obligation, residents, toll, withIndividuals, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const LE = toll('N.H. Rev. Stat. § 359-C:20(II)');
const PERSON =
  '§ 359-C:19(III) defines a person as any individual, corporation, association or other entity, and any agency, authority, board, court, department or other state governmental entity, or any political subdivision of the state.';

// Texts read for the facts below (checked 2026-12-08).
const CHECKED = '2026-12-08';
const S19 =
  'https://www.gencourt.state.nh.us/rsa/html/XXXI/359-C/359-C-19.htm (§ 359-C:19(I)-(IV)(b), read in the verbatim copy at https://cliclaw.com/library/state-laws/state-security-breach-laws/new-hampshire-notice-security-breach)';
const S20 =
  'https://www.gencourt.state.nh.us/rsa/html/XXXI/359-C/359-C-20.htm (§ 359-C:20(I)(a)-(c), read in the verbatim copy current as of 2023 at https://lawserver.com/law/state/new-hampshire/nh-statutes/new_hampshire_revised_statutes_359-c_20)';
const WHY_LATER =
  'The stored copies of § 359-C:20 break off after subsection I(c); subsections II to VI were read only in summaries.';

const NH_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: 'https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/new', says: 'in force 2007-01-01; no amendment to §§ 359-C:19-21 found since', checked: CHECKED, why: 'H.B. 1660 (2006) could not be read (the stored copy is a PDF with no text) and the RSA pages read carry no source note.' },
  coverage: { kind: 'primary', where: `${S19}; ${S20}`, says: 'person includes entities of every form, state bodies and political subdivisions; the duty binds a person doing business in the state that owns or licenses the data', checked: CHECKED },
  personal_information: { kind: 'primary', where: S19, says: "name with SSN, driver's licence or other government ID number, or account or card number with code", checked: CHECKED },
  encryption: { kind: 'primary', where: S19, says: 'encrypted data taken with its key, code or password is not encrypted', checked: CHECKED },
  risk_of_harm: { kind: 'primary', where: S20, says: 'prompt determination of likely misuse; notice if misuse occurred, is likely, or cannot be determined', checked: CHECKED },
  deadline: { kind: 'primary', where: S20, says: 'individuals as soon as possible after the determination; the AG or regulator notice sets no time but states the anticipated date of the individual notice; the vendor immediately', checked: CHECKED },
  anchor: { kind: 'primary', where: S20, says: 'the determination of likely misuse for individuals; discovery for the vendor', checked: CHECKED },
  threshold: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'AG or regulator for any number (I(b), read); credit bureaus above 1,000 at one time (VI, not read)', checked: CHECKED, why: WHY_LATER },
  law_enforcement: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'delay for law enforcement or national security; notice as soon as possible once cleared', checked: CHECKED, why: WHY_LATER },
  substitute_notice: { kind: 'secondary', where: 'https://www.mintz.com/mintz-matrix/new-hampshire', says: 'cost over $5,000, class over 1,000, or no contact data', checked: CHECKED, why: WHY_LATER },
  required_content: { kind: 'secondary', where: 'https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/new', says: 'letters: incident, approximate date, type of information, telephone contact (IV); AG: anticipated date and approximate number, no names (I(b), read)', checked: CHECKED, why: WHY_LATER },
  forbidden_content: { kind: 'secondary', where: 'https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/new', says: 'none: nothing is forbidden; I(b) only spares names and personal information from the AG notice', checked: CHECKED, why: WHY_LATER },
};

const versions: RuleVersion[] = [
  {
    id: 'NH-2007',
    effectiveFrom: '2007-01-01',
    effectiveTo: null,
    citations: ['N.H. Rev. Stat. §§ 359-C:19 to 359-C:21 (H.B. 1660, 2006)', 'N.H. Rev. Stat. ch. 420-P (insurance licensees, from 2020-01-01)'],
    summary: 'New Hampshire requires notice to affected individuals as soon as possible once misuse is likely or cannot be ruled out, and to the Attorney General (or the primary regulator) with the anticipated date and number.',
    coverage: coverage({
      business: ['yes', `§ 359-C:20(I)(a) binds any person doing business in New Hampshire that owns or licenses computerized personal information; ${PERSON}`],
      nonprofit: ['yes', PERSON],
      local_government: ['yes', PERSON],
      state_agency: ['yes', PERSON],
    }),
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'express',
      keyWording: '§ 359-C:19(II): data is not encrypted if acquired with any required key, security code, access code or password that would permit access to it.',
      citation: 'N.H. Rev. Stat. § 359-C:19(II), (IV)',
    },
    riskOfHarmException: {
      exists: true,
      standard: 'No notice if the prompt determination finds misuse has not occurred and is not reasonably likely; when no determination can be made, notice is required (§ 359-C:20(I)(a)).',
      recordToKeep: null,
    },
    personalInformation: {
      citation: 'N.H. Rev. Stat. § 359-C:19(IV)',
      summary: "first name or initial and last name with an SSN, a driver's licence or other government ID number, or an account, credit or debit card number with any code or password needed to use it",
      combinations: [
        { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id'] },
        { all: ['name', 'account_number'], anyOf: CODES },
        { all: ['name', 'card_number'], anyOf: CODES },
      ],
    },
    substituteNotice: { costOver: 5_000, recipientsOver: 1_000, citation: 'N.H. Rev. Stat. § 359-C:20(III)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected individuals',
        citation: 'N.H. Rev. Stat. § 359-C:20(I)(a)-(b), (IV)',
        deadline: withoutDelay('determined', 'As soon as possible (as quickly as possible after the determination that misuse occurred or is reasonably likely, or that it cannot be determined).'),
        lawEnforcement: LE,
        requiredContent: [
          'A general description of the incident',
          'The approximate date of the breach',
          'The type of personal information obtained',
          'Telephone contact information of the notifying person',
        ],
        letterElements: ['what_happened', 'breach_dates', 'information_involved', 'contact'],
        notes: 'Law-enforcement or national-security delay is allowed; notice follows as soon as possible after the agency clears it.',
      }),
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: "New Hampshire Attorney General's Office (or, for trade or commerce subject to RSA 358-A:3, I, its primary regulator)",
        citation: 'N.H. Rev. Stat. § 359-C:20(I)(b)',
        deadline: withIndividuals,
        lawEnforcement: LE,
        requiredContent: ['The anticipated date of the notice to individuals', 'The approximate number of New Hampshire individuals to be notified'],
        notes: 'The statute sets no time and does not say "before", but the notice must state the anticipated date of the individual notice, so it has to go no later than that notice. Names and personal information of the individuals are not required. Banks, insurers and other regulated trades notify their regulator instead.',
      }),
      obligation({
        id: 'consumer-reporting-agencies',
        recipient: 'consumer_reporting_agencies',
        recipientName: 'Each nationwide consumer reporting agency',
        citation: 'N.H. Rev. Stat. § 359-C:20(VI)',
        deadline: withoutDelay('determined', 'Without unreasonable delay once more than 1,000 consumers are to be notified at one time.'),
        threshold: residents(1000, 'more_than'),
        lawEnforcement: LE,
        requiredContent: ['The anticipated date of the notice to consumers', 'The approximate number of consumers notified', 'The content of the notice'],
        condition: 'Not required of a person subject to Title V of the Gramm-Leach-Bliley Act.',
      }),
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: 'N.H. Rev. Stat. § 359-C:20(I)(c)',
        deadline: immediately('discovered', 'Immediately following discovery, if the personal information was acquired by an unauthorized person.'),
        requiredContent: ['Notice of the breach and cooperation, including sharing information relevant to the breach'],
        condition: 'Binds a person that maintains the data for its owner or licensee, not the owner itself.',
      }),
    ],
    confidence: 'low',
    unverified: [
      'Subsections II to VI of § 359-C:20 (law-enforcement delay, substitute notice, letter content, credit bureaus above 1,000) were read only in summaries; their subsection numbers come from charts.',
      'Insurance licensees also notify the Insurance Commissioner within 3 business days under RSA 420-P:6 (from 2020-01-01); not encoded here.',
    ],
    sources: [
      { where: S20, facts: '§ 359-C:20(I)(a)-(c) text: determination, regulator/AG notice content, vendor immediately' },
      { where: S19, facts: '§ 359-C:19 definitions: encrypted (key clause), person, personal information' },
      { where: 'https://www.doj.nh.gov/citizens/consumer-protection-antitrust-bureau/security-breach-notifications', facts: 'AG summary: regulator or AG notice; CRAs over 1,000' },
      { where: PERKINS_CHART_2021, facts: 'CRA, law-enforcement delay' },
      { where: BLOOMBERG_TABLE, facts: 'citations, insurance rule' },
    ],
    verification: NH_VERIFICATION,
  },
];

export const newHampshire: Jurisdiction = {
  code: 'NH',
  name: 'New Hampshire',
  kind: 'state',
  holidays: { country: 'US', state: 'NH' },
  laws: [{ id: 'NH-359-C', title: 'N.H. Rev. Stat. §§ 359-C:19 to 359-C:21 (notice of security breach)', scope: 'residents', versions }],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'New Hampshire Department of Justice, Consumer Protection and Antitrust Bureau (or the primary regulator for trades under RSA 358-A:3, I)',
      ways: [
        { kind: 'email', value: 'DOJ-CPB@doj.nh.gov' },
        { kind: 'postal', value: 'Office of the Attorney General, Consumer Protection and Antitrust Bureau, 1 Granite Place South, Concord, NH 03301' },
      ],
      asksFor: ['The anticipated date of the notice to individuals', 'The approximate number of New Hampshire individuals to be notified', 'A copy of the notice (the Bureau posts every notice it receives)'],
      source: 'RSA 359-C:20(I)(b) (contents); https://www.doj.nh.gov/citizens/consumer-protection-antitrust-bureau/security-breach-notifications (the Bureau publishes the notices). The e-mail and postal address are those the Bureau publishes; they were not re-read on 2026-12-08.',
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'New Hampshire Department of Justice, Consumer Protection and Antitrust Bureau',
    phone: '1-888-468-4454',
    website: 'www.doj.nh.gov',
    address: '1 Granite Place South, Concord, NH 03301',
    source: "The Bureau's published consumer hotline and address (doj.nh.gov); not re-read on 2026-12-08",
    checked: CHECKED,
  },
};
