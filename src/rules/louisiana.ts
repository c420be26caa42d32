// Louisiana: the Database Security Breach Notification Law (La. R.S. 51:3071-3077, Act 499 of
// 2005), with the Attorney General's rule LAC 16:III.701 (notice to the AG within 10 days of the
// resident notice). Act 382 of 2018 added the 60-day limit. The same text binds state and local
// agencies ("agency", § 51:3073(1)), so there is no separate government statute.
import type { EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, afterIndividuals, calendarDays, coverage, obligation, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

// The texts read on 2026-12-08.
const RS_3073_3077 = 'https://www.legis.la.gov/legis/Law.aspx?d=322028 and following (La. R.S. 51:3071-3077 with history notes), read in the verbatim copy at github Ansvar-Systems/US-law-mcp data/seed/states/la.json (commit 45d63a81)';
const LAC_701 = 'https://ag.state.la.us/Page/DataBreach (text of La. Admin. Code tit. 16, pt. III, § 701)';
const OLD_TEXT = 'The 2005 text (before Act 382 of 2018 renumbered § 51:3074) was read only in the Bloomberg summary.';

const LE_2006 = toll('La. R.S. 51:3074(D) (2005 text)');
const LE_2018 = toll('La. R.S. 51:3074(F)');

const CODE_COMBOS = [
  { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
] satisfies PersonalInformationDefinition['combinations'];

const PI_2006: PersonalInformationDefinition = {
  citation: 'La. R.S. 51:3073(4) (2005 text)',
  summary: "a resident's first name or first initial and last name with an SSN, a driver's licence number, or an account or card number with the code or password that gives access to the financial account, when not encrypted or redacted",
  combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license'] }, ...CODE_COMBOS],
};
const PI_2018: PersonalInformationDefinition = {
  citation: 'La. R.S. 51:3073(4)(a) as amended by Act 382 of 2018',
  summary: "a resident's first name or first initial and last name with an SSN, a driver's licence or state ID number, an account or card number with its access code or password, a passport number or biometric data, when not encrypted or redacted",
  combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'biometric'] }, ...CODE_COMBOS],
};

const COVERAGE = coverage({
  business: ['yes', 'La. R.S. 51:3074: any person (an individual, corporation, partnership or other legal entity, § 51:3073(3)) that owns, licenses or maintains computerized personal information.'],
  nonprofit: ['yes', 'A nonprofit is "any other legal entity" and so a "person" (La. R.S. 51:3073(3)).'],
  local_government: ['yes', 'La. R.S. 51:3073(1): "agency" includes political subdivisions of the state and their officers, boards, commissions and departments; § 51:3074 binds any agency.'],
  state_agency: ['yes', 'La. R.S. 51:3073(1): "agency" includes the state and any of its officers, agencies, boards, commissions or departments.'],
});
const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: '§ 51:3073(4)(a): personal information when "the name or the data element is not encrypted or redacted"; nothing on keys',
  citation: 'La. R.S. 51:3073(4)(a) (data not encrypted or redacted)',
};
const KEY_SILENT = 'La. R.S. 51:3073(4)(a) exempts encrypted or redacted data without a word on keys: encrypted data taken with its key is literally outside the law, but notice is the safer reading.';

const F_COVERAGE: FactCheck = { kind: 'primary', where: RS_3073_3077, says: '§ 51:3073(1) "agency": the state and political subdivisions and their bodies; (3) "person": any individual or legal entity; § 51:3074(C) binds both', checked: CHECKED };
const F_KEY: FactCheck = { kind: 'primary', where: RS_3073_3077, says: '§ 51:3073(4)(a): name or data element "not encrypted or redacted"; no key clause', checked: CHECKED };
const F_AG: FactCheck = { kind: 'primary', where: LAC_701, says: '§ 701(A)-(B): written notice with the names of all Louisiana citizens affected, timely if received within 10 days of distributing the resident notice', checked: CHECKED };

const attorneyGeneral: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Consumer Protection Section, Louisiana Attorney General',
  citation: 'La. Admin. Code tit. 16, pt. III, § 701',
  deadline: afterIndividuals(10, 'calendar'),
  requiredContent: ['Written notice detailing the breach', 'The names of all Louisiana citizens affected'],
  notes: 'Required whenever residents are notified; timely only if the Attorney General RECEIVES it within 10 days of distributing the resident notice. Each day late is a separate violation (up to $5,000 each).',
});

const VENDOR_2006 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'La. R.S. 51:3074(B), (C) (2005 text)',
  deadline: withoutDelay('discovered', 'following discovery, in the most expedient time possible'),
  lawEnforcement: LE_2006,
  condition: 'Binds the agency or person that maintains data it does not own (the vendor), not the owner.',
});
const VENDOR_2018 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'La. R.S. 51:3074(D), (E)',
  deadline: calendarDays(60, 'discovered'),
  lawEnforcement: LE_2018,
  condition: 'Binds the agency or person that maintains data it does not own (the vendor), not the owner.',
  notes: '§ 51:3074(E) sets the same 60 days from discovery for the notices of subsections C and D.',
});

const FINANCIAL = 'A financial institution that complies with the federal interagency guidance on response programs is deemed compliant (La. R.S. 51:3076).';

const versions: RuleVersion[] = [
  {
    id: 'LA-2006',
    effectiveFrom: '2006-01-01',
    effectiveTo: '2018-07-31',
    citations: ['La. R.S. 51:3071 to 51:3077 (S.B. 205, Act 499 of 2005, eff. 2006-01-01)', 'La. Admin. Code tit. 16, pt. III, § 701'],
    summary: 'Louisiana required notice to affected residents in the most expedient time possible and to the Attorney General within 10 days of that notice.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: {
      exists: true,
      standard: 'No notice if, after a reasonable investigation, the person or business determines there is no reasonable likelihood of harm to customers (§ 51:3074(G), 2005 text).',
      recordToKeep: null,
    },
    personalInformation: PI_2006,
    substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'La. R.S. 51:3074(E) (2005 text)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Louisiana residents',
        citation: 'La. R.S. 51:3074(A), (C) (2005 text)',
        deadline: withoutDelay('discovered', 'in the most expedient time possible and without unreasonable delay after discovery'),
        lawEnforcement: LE_2006,
        condition: FINANCIAL,
        notes: 'Delay allowed for law enforcement and to determine scope, prevent further disclosure and restore the system. The statute sets no letter content.',
      }),
      attorneyGeneral,
      VENDOR_2006,
    ],
    confidence: 'low',
    unverified: [
      'The 2005 text was read only in the Bloomberg summary (subsection letters before the 2018 renumbering).',
      'The start date of the Attorney General rule LAC 16:III.701: taken as 2006-01-01 from the Akesari dataset; § 51:3077 made the Chapter wait for the AG\'s rules, whose promulgation date was not read.',
      'Whether the 2005 timing rule (§ 51:3074(C)) also bound vendors.',
      KEY_SILENT,
    ],
    sources: [
      { where: BLOOMBERG_TABLE, facts: 'pre-2018 timing, no-harm exception (G), substitute thresholds $250,000/500,000, PI definition, LAC 16:III.701' },
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4) data/all_laws.txt', facts: 'AG notice effective 2006-01-01' },
      { where: RS_3073_3077, facts: 'history notes: Acts 2005, No. 499, eff. Jan. 1, 2006; § 51:3077 (Chapter waits for the AG\'s rules)' },
      { where: LAC_701, facts: 'LAC 16:III.701 text' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${RS_3073_3077}; ${PERKINS_CHART_2021}`, says: 'history notes: Act 499 of 2005 effective 2006-01-01; § 51:3077 defers the Chapter until the AG\'s rules; Act 382 of 2018 from 2018-08-01', checked: CHECKED, why: 'The promulgation date of LAC 16:III.701 (which § 51:3077 waits for) and the effective date of Act 382 were not read.' },
      coverage: F_COVERAGE,
      personal_information: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'name with SSN, licence number, or account or card number with its code or password', checked: CHECKED, why: OLD_TEXT },
      encryption: F_KEY,
      risk_of_harm: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'no notice if a reasonable investigation finds no reasonable likelihood of harm to customers (former § 51:3074(G))', checked: CHECKED, why: OLD_TEXT },
      deadline: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; ${LAC_701}`, says: 'residents: most expedient time possible and without unreasonable delay; AG: received within 10 days of the resident notice (LAC, read)', checked: CHECKED, why: OLD_TEXT },
      anchor: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; ${LAC_701}`, says: 'following discovery of the breach; AG: distribution of the resident notice (read)', checked: CHECKED, why: OLD_TEXT },
      threshold: { kind: 'primary', where: `${RS_3073_3077}; ${LAC_701}`, says: 'none: every notifiable breach, the AG whenever residents are told', checked: CHECKED },
      law_enforcement: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'former § 51:3074(D): delay until law enforcement says notice no longer compromises the investigation (a pause)', checked: CHECKED, why: OLD_TEXT },
      substitute_notice: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'former § 51:3074(E): cost over $250,000 or more than 500,000 to notify, or no contact data', checked: CHECKED, why: OLD_TEXT },
      required_content: F_AG,
      forbidden_content: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'none: nothing in a notice is forbidden', checked: CHECKED, why: OLD_TEXT },
    },
  },
  {
    id: 'LA-2018',
    effectiveFrom: '2018-08-01',
    effectiveTo: null,
    citations: ['La. R.S. 51:3071 to 51:3077 as amended by S.B. 361 (Act 382 of 2018, eff. 2018-08-01)', 'La. Admin. Code tit. 16, pt. III, § 701'],
    summary: 'Louisiana requires notice to affected residents within 60 days of discovery and to the Attorney General within 10 days of the resident notice, with written reasons to the AG for any delay.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: {
      exists: true,
      standard: 'No notice if, after a reasonable investigation, the person or business determines there is no reasonable likelihood of harm to Louisiana residents (§ 51:3074(I)); the text speaks of a "person or business", not an agency.',
      recordToKeep: 'The written determination and supporting documentation, kept 5 years from discovery; a copy goes to the Attorney General within 30 days of a written request.',
    },
    personalInformation: PI_2018,
    substituteNotice: { costOver: 100_000, recipientsOver: 100_000, citation: 'La. R.S. 51:3074(G)(3)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Louisiana residents',
        citation: 'La. R.S. 51:3074(C), (E)',
        deadline: calendarDays(60, 'discovered'),
        lawEnforcement: LE_2018,
        condition: FINANCIAL,
        notes:
          'Most expedient time possible and no later than 60 days from discovery. A delay for law enforcement or for scoping and restoring the system is allowed only with written reasons to the Attorney General inside the 60 days; the AG then grants a reasonable extension (§ 51:3074(E)-(F)).',
      }),
      attorneyGeneral,
      obligation({
        id: 'attorney-general-delay',
        recipient: 'attorney_general',
        recipientName: 'Louisiana Attorney General (written reasons for delay)',
        citation: 'La. R.S. 51:3074(E)',
        deadline: calendarDays(60, 'discovered'),
        requiredContent: ['The reasons for delaying the notice, in writing'],
        condition: 'Only if the resident notice is delayed for law enforcement or to determine scope, prevent further disclosure and restore the system.',
      }),
      VENDOR_2018,
    ],
    confidence: 'medium',
    unverified: [KEY_SILENT, 'The effective date of Act 382 (2018-08-01, Louisiana\'s usual date for regular-session acts) is from the Perkins chart; the history note gives none.'],
    sources: [
      { where: 'github Ansvar-Systems/US-law-mcp data/seed/states/la.json (text of La. R.S. 51:3073-3077 from legis.la.gov)', facts: '§ 51:3073 definitions; § 51:3074(C)-(I): 60 days from discovery for C and D, AG reasons and extension, LE delay, substitute $100,000/100,000, 5-year record' },
      { where: 'ag.state.la.us/Page/DataBreach', facts: 'LAC 16:III.701 text: AG must receive notice within 10 days of resident notice, names of affected citizens' },
      { where: 'klinedinstlaw.com/practice/privacy-data-security/louisiana (2024-02-28)', facts: '60 days, AG extension, 10-day AG timing' },
      { where: PERKINS_CHART_2021, facts: 'exceptions, Act 382 effective 2018-08-01' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${RS_3073_3077}; ${PERKINS_CHART_2021}`, says: 'history notes: "Acts 2018, No. 382, §1" with no date of its own; in force 2018-08-01', checked: CHECKED, why: 'Act 382 was not read; its date is the Perkins chart\'s (and Louisiana\'s default for regular-session acts).' },
      coverage: F_COVERAGE,
      personal_information: { kind: 'primary', where: RS_3073_3077, says: '§ 51:3073(4)(a): name with SSN, licence or state ID, account or card number with its code, passport number or biometric data', checked: CHECKED },
      encryption: F_KEY,
      risk_of_harm: { kind: 'primary', where: RS_3073_3077, says: '§ 51:3074(I): no notice if the person or business finds no reasonable likelihood of harm; written determination kept 5 years, copy to the AG within 30 days of a request', checked: CHECKED },
      deadline: { kind: 'primary', where: `${RS_3073_3077}; ${LAC_701}`, says: '§ 51:3074(E): most expedient time possible, not later than 60 days from discovery, for C and D; reasons for delay to the AG within the 60 days; AG notice received within 10 days of the resident notice', checked: CHECKED },
      anchor: { kind: 'primary', where: `${RS_3073_3077}; ${LAC_701}`, says: '60 days from the discovery of the breach; AG 10 days from distribution of the resident notice', checked: CHECKED },
      threshold: { kind: 'primary', where: `${RS_3073_3077}; ${LAC_701}`, says: 'none: every notifiable breach; the AG whenever residents are told', checked: CHECKED },
      law_enforcement: { kind: 'primary', where: RS_3073_3077, says: '§ 51:3074(F): delay until law enforcement says notice will no longer compromise the investigation (a pause); reasons to the AG in writing (E)', checked: CHECKED },
      substitute_notice: { kind: 'primary', where: RS_3073_3077, says: '§ 51:3074(G)(3): cost over $100,000 or more than 100,000 to notify, or no contact data; email, website and statewide media', checked: CHECKED },
      required_content: { kind: 'primary', where: `${RS_3073_3077}; ${LAC_701}`, says: 'no content for residents (§ 51:3074); AG: written notice detailing the breach with the names of all Louisiana citizens affected', checked: CHECKED },
      forbidden_content: { kind: 'primary', where: RS_3073_3077, says: 'none: § 51:3074 forbids nothing in a notice', checked: CHECKED },
    },
  },
];

export const louisiana: Jurisdiction = {
  code: 'LA',
  name: 'Louisiana',
  kind: 'state',
  holidays: { country: 'US', state: 'LA' },
  laws: [
    {
      id: 'LA-RS-51-3074',
      title: 'Database Security Breach Notification Law, La. R.S. 51:3071-3077, and LAC 16:III.701',
      scope: 'residents',
      versions,
    },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'Louisiana Department of Justice, Office of the Attorney General, Consumer Protection Section',
      ways: [
        { kind: 'online_form', value: 'https://ag.state.la.us/Page/DataBreach', formName: 'LA Database Security Breach Online Reporting Form ("Report Data Security Breach")' },
        { kind: 'postal', value: 'Louisiana Department of Justice, Office of the Attorney General, Consumer Protection Section, 1885 N. Third Street, Baton Rouge, LA 70802' },
      ],
      asksFor: ['Written notice detailing the breach', 'The names of all Louisiana citizens affected', 'If the resident notice is delayed: the reasons, in writing, within the 60 days (§ 51:3074(E))'],
      source: LAC_701,
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Louisiana Department of Justice, Office of the Attorney General, Consumer Protection Section',
    phone: '1-800-351-4889',
    website: 'www.ag.state.la.us',
    address: '1885 N. Third Street, Baton Rouge, LA 70802',
    source: 'ag.state.la.us/ConsumerProtection (consumer hotline 1-800-351-4889); address from LAC 16:III.701(C) as published at ag.state.la.us/Page/DataBreach',
    checked: CHECKED,
  },
};
