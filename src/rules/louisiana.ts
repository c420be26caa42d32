// Louisiana: the Database Security Breach Notification Law (La. R.S. 51:3071-3077, Act 499 of
// 2005), with the Attorney General's rule LAC 16:III.701 (notice to the AG within 10 days of the
// resident notice). Act 382 of 2018 added the 60-day limit. The same text binds state and local
// agencies ("agency", § 51:3073(1)), so there is no separate government statute.
import type { Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, afterIndividuals, calendarDays, coverage, obligation, toll, withoutDelay } from './shared.js';

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
const SAFE_HARBOR = { exists: true, keyException: false, citation: 'La. R.S. 51:3073(4)(a) (data not encrypted or redacted)' };

const attorneyGeneral: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Consumer Protection Section, Louisiana Attorney General',
  citation: 'La. Admin. Code tit. 16, pt. III, § 701',
  deadline: afterIndividuals(10, 'calendar'),
  requiredContent: ['Written notice detailing the breach', 'The names of all Louisiana citizens affected'],
  notes: 'Required whenever residents are notified; timely only if the Attorney General RECEIVES it within 10 days of distributing the resident notice. Each day late is a separate violation (up to $5,000 each).',
});

const vendorNotice = (deadline: ObligationRule['deadline'], le: ObligationRule['lawEnforcement'], citation: string): ObligationRule =>
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation,
    deadline,
    lawEnforcement: le,
    condition: 'Binds the agency or person that maintains data it does not own (the vendor), not the owner.',
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
      vendorNotice(withoutDelay('discovered', 'following discovery, in the most expedient time possible'), LE_2006, 'La. R.S. 51:3074(B), (C) (2005 text)'),
    ],
    confidence: 'medium',
    unverified: [
      'The 2005 text was read only in the Bloomberg summary (subsection letters before the 2018 renumbering).',
      'The start date of the Attorney General rule LAC 16:III.701: taken as 2006-01-01 from the Akesari dataset; § 51:3077 made the Chapter wait for the AG\'s rules, whose promulgation date was not read.',
      'Whether the 2005 timing rule (§ 51:3074(C)) also bound vendors.',
    ],
    sources: [
      { where: BLOOMBERG_TABLE, facts: 'pre-2018 timing, no-harm exception (G), substitute thresholds $250,000/500,000, PI definition, LAC 16:III.701' },
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4) data/all_laws.txt', facts: 'AG notice effective 2006-01-01' },
    ],
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
      vendorNotice(calendarDays(60, 'discovered'), LE_2018, 'La. R.S. 51:3074(D), (E)'),
    ],
    confidence: 'high',
    unverified: [],
    sources: [
      { where: 'github Ansvar-Systems/US-law-mcp data/seed/states/la.json (text of La. R.S. 51:3073-3077 from legis.la.gov)', facts: '§ 51:3073 definitions; § 51:3074(C)-(I): 60 days from discovery for C and D, AG reasons and extension, LE delay, substitute $100,000/100,000, 5-year record' },
      { where: 'ag.state.la.us/Page/DataBreach', facts: 'LAC 16:III.701 text: AG must receive notice within 10 days of resident notice, names of affected citizens' },
      { where: 'klinedinstlaw.com/practice/privacy-data-security/louisiana (2024-02-28)', facts: '60 days, AG extension, 10-day AG timing' },
      { where: PERKINS_CHART_2021, facts: 'exceptions, Act 382 effective 2018-08-01' },
    ],
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
};
