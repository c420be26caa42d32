// Oklahoma: the Security Breach Notification Act (24 O.S. §§ 161-166), which covers government
// entities too, and the separate state-agency duty in 74 O.S. § 3113.1.
import type { DataElement, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { afterIndividuals, coverage, governmentOnlyCoverage, obligation, residents, toll, withoutDelay } from './shared.js';

// "Personal information", 24 O.S. § 162(6): a name linked to an SSN, a driver's licence or state ID
// number, or a financial account or card number with the code that unlocks it. S.B. 626 (2026) adds
// other government ID numbers, an expiration date as an unlocking item, electronic identifiers or
// routing codes, and unique biometric data.
const UNLOCKING_2008: DataElement[] = ['card_security_code', 'access_code', 'password'];
const UNLOCKING_2026: DataElement[] = ['card_expiration', ...UNLOCKING_2008];

const PI_2008: PersonalInformationDefinition = {
  citation: '24 O.S. § 162(6)',
  summary:
    "a resident's first name or initial and last name, linked to an unencrypted, unredacted Social Security number, driver's licence or state ID number, or a financial account or card number together with the security code, access code or password needed to use it",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'card_number'], anyOf: UNLOCKING_2008 },
    { all: ['name', 'account_number'], anyOf: UNLOCKING_2008 },
  ],
};
const PI_2026: PersonalInformationDefinition = {
  citation: '24 O.S. § 162 as amended by S.B. 626 (2025)',
  summary:
    "a resident's first name or initial and last name, linked to a Social Security number, a driver's licence or other government-issued ID number, a financial account or card number with any required expiration date, security code, access code or password, an electronic identifier or routing code with its code, or unique biometric data",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id', 'biometric'] },
    { all: ['name', 'card_number'], anyOf: UNLOCKING_2026 },
    { all: ['name', 'account_number'], anyOf: UNLOCKING_2026 },
  ],
};
const PI_AGENCY: PersonalInformationDefinition = {
  citation: '74 O.S. § 3113.1(D)',
  summary:
    "a resident's first name or initial and last name with an unencrypted Social Security number, driver's licence or state ID number, or an account or card number together with the code or password needed to use it",
  combinations: PI_2008.combinations,
};

const SUBSTITUTE = { costOver: 50_000, recipientsOver: 100_000, citation: '24 O.S. § 162(7)' };

const vendorNotice = (citation: string, standard: string, lawEnforcementCitation: string, notes: string | null): ObligationRule =>
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation,
    deadline: withoutDelay('discovered', standard),
    lawEnforcement: toll(lawEnforcementCitation),
    condition:
      "This duty binds a vendor or other party that maintains the data without owning or licensing it, not the owner. It is shown so the owner can see when its vendor had to tell it; record the vendor's notice as a notified_by_vendor event.",
    notes,
  });
const VENDOR_NOTES = "The statute counts from the vendor's own discovery; when only the owner's discovery is recorded, breachdesk counts from that.";
const vendor2008 = vendorNotice(
  '24 O.S. § 163(B)',
  'as soon as practicable after the vendor discovers the breach, if personal information was or is reasonably believed to have been accessed and acquired by an unauthorized person',
  '24 O.S. § 163',
  VENDOR_NOTES,
);

const individuals: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Oklahoma residents',
  citation: '24 O.S. § 163',
  deadline: withoutDelay(
    'discovered',
    'Without unreasonable delay after discovering or being told of the breach, allowing for law enforcement and for measures to determine scope and restore the system.',
  ),
  lawEnforcement: toll('24 O.S. § 163'),
  notes: 'Only breaches that cause, or are reasonably believed to cause, identity theft or other fraud require notice (§ 162).',
});

// § 162(2) defines "entity" to include governments, their subdivisions, agencies and instrumentalities.
const COVERAGE = coverage({
  business: ['yes', '24 O.S. § 162(2): "entity" includes corporations and other legal entities, for profit or not.'],
  nonprofit: ['yes', '24 O.S. § 162(2): "entity" includes legal entities whether or not for profit.'],
  local_government: ['yes', '24 O.S. § 162(2): "entity" includes governments and governmental subdivisions, so cities and counties are covered.'],
  state_agency: ['yes', '24 O.S. § 162(2): "entity" includes government agencies and instrumentalities; 74 O.S. § 3113.1 applies as well.'],
});

const SAFE_HARBOR = { exists: true, keyException: true, citation: '24 O.S. §§ 162, 163' };
const HARM_TEST = {
  exists: true,
  standard: 'A breach is notifiable only if it causes, or is reasonably believed to have caused or to cause, identity theft or other fraud.',
  recordToKeep: null,
};

const general: RuleVersion[] = [
  {
    id: 'OK-2008',
    effectiveFrom: '2008-11-01',
    effectiveTo: '2025-12-31',
    citations: ['24 Okla. Stat. §§ 161-166 (H.B. 2245, 2008)'],
    summary: 'Oklahoma entities, public and private, had to notify affected residents without unreasonable delay, with no notice to the Attorney General.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_2008,
    substituteNotice: SUBSTITUTE,
    obligations: [individuals, vendor2008],
    confidence: 'high',
    unverified: [
      'The text of § 162(6)-(7) was read only in secondary copies (AICPA, Mintz, a research-tool page); the substitute-notice figures ($50,000 / 100,000) agree across them but the enacted text was not read.',
      'The vendor duty of § 163(B) is "as soon as practicable" in the Perkins Coie and Mintz summaries; one later summary quotes "immediately following discovery".',
    ],
    sources: [
      {
        where: 'lexace.ai statute page 24-162; perkinscoie.com security breach notification chart Oklahoma; aicpa.org Oklahoma summary',
        facts: 'entity includes governments; without unreasonable delay; effective 2008-11-01; personal information (name + SSN, licence/state ID, account or card number with required code)',
      },
      { where: 'https://mintz.com/mintz-matrix/oklahoma', facts: 'redaction definition; maintainer notifies owner as soon as practicable after discovery' },
      { where: 'http://www.techinsurance.com/resources/customer-education/data-breach-laws/oklahoma/', facts: 'substitute notice when cost over $50,000 or more than 100,000 residents' },
    ],
  },
  {
    id: 'OK-2026',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    citations: ['24 Okla. Stat. §§ 161-166 as amended by S.B. 626 (2025)'],
    summary: 'Oklahoma still requires resident notice without unreasonable delay and now also notice to the Attorney General within 60 days after notifying 500 or more residents.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_2026,
    substituteNotice: { ...SUBSTITUTE, citation: '24 O.S. § 162 as amended by S.B. 626 (2025)' },
    obligations: [
      { ...individuals, notes: `${individuals.notes} S.B. 626 adds unique biometric data to personal information.` },
      vendorNotice(
        '24 O.S. § 163 as amended by S.B. 626 (2025)',
        'as soon as practicable (one summary of the amended act says immediately) after the vendor discovers the breach, if personal information was or is reasonably believed to have been accessed and acquired by an unauthorized person',
        '24 O.S. § 163',
        VENDOR_NOTES,
      ),
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: 'Oklahoma Attorney General',
        citation: '24 O.S. § 163 as amended by S.B. 626 (2025)',
        deadline: afterIndividuals(60, 'calendar'),
        threshold: residents(500, 'at_least'),
        lawEnforcement: toll('24 O.S. § 163'),
        requiredContent: [
          'Date of the breach',
          'Date it was determined',
          'Nature of the breach',
          'Types of personal information exposed',
          'Number of Oklahoma residents affected',
          'Estimated monetary impact, if it can be determined',
          'Reasonable safeguards the entity used',
        ],
        condition: 'If the organisation is itself a credit bureau, the threshold is 1,000 residents instead of 500.',
        notes: 'Giving this notice and having reasonable safeguards can reduce or waive civil penalties under S.B. 626.',
      }),
    ],
    confidence: 'high',
    unverified: [
      'The enrolled text of S.B. 626 was not read; the Attorney General duty, its content and the 2026-01-01 start come from consistent secondary summaries.',
      'That a law-enforcement delay also pauses the 60-day Attorney General period is inferred from the delay provision of § 163.',
      'The amended definition of personal information comes from a law-firm summary (Davis Wright Tremaine) and a bill update (JD Supra), not from the enrolled text; "other unique identification number created or collected by a government entity" is read as passport, military and taxpayer ID numbers; electronic identifiers and routing codes have no data element and are matched only as account numbers.',
      'Whether S.B. 626 changed the vendor-notice wording or the substitute-notice figures was not checked; both are carried over from 2008.',
    ],
    sources: [
      {
        where: 'tenaco.com SB 626 summary; regulon.ai OK-SB-626; insightsassociation.org article; jdsupra update',
        facts: 'AG within 60 days after resident notice for >=500; effective 2026-01-01',
      },
      { where: 'https://www.dwt.com/oklahoma', facts: 'personal information as amended by S.B. 626: government-created ID numbers, expiration date with card numbers, electronic identifier or routing code, unique biometric data' },
      { where: 'https://production.jdsupra.com/legalnews/update-changes-to-oklahoma-s-security-2190137', facts: 'S.B. 626 adds unique biometric data to personal information' },
    ],
  },
];

const agency: RuleVersion[] = [
  {
    id: 'OK-AGENCY-2006',
    effectiveFrom: '2006-11-01',
    effectiveTo: null,
    citations: ['74 Okla. Stat. § 3113.1'],
    summary: 'Oklahoma state agencies, boards and commissions must notify affected residents in the most expedient time possible and without unreasonable delay.',
    coverage: governmentOnlyCoverage('24 O.S. §§ 161-166', {
      local_government: ['no', '74 O.S. § 3113.1 covers units of state government only; cities and counties follow 24 O.S. §§ 161-166.'],
      state_agency: ['yes', '74 O.S. § 3113.1(A) covers any state agency, board, commission or other unit or subdivision of state government.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: false, citation: '74 O.S. § 3113.1(A)' },
    riskOfHarmException: { exists: false, standard: null, recordToKeep: null },
    personalInformation: PI_AGENCY,
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Oklahoma residents',
        citation: '74 O.S. § 3113.1(A)',
        deadline: withoutDelay(
          'discovered',
          'Most expedient time possible and without unreasonable delay after discovery or notification, allowing for law enforcement and for measures to determine scope and restore the system.',
        ),
        lawEnforcement: toll('74 O.S. § 3113.1(C)'),
        notes: 'The agency statute has no identity-theft test: any acquisition of unencrypted personal information is notifiable. The general act (24 O.S. § 163) may apply to the same breach.',
      }),
      vendorNotice(
        '74 O.S. § 3113.1(B)',
        'immediately after the agency maintaining the data discovers the breach, if personal information was or is reasonably believed to have been acquired by an unauthorized person',
        '74 O.S. § 3113.1(C)',
        'Binds a state agency, board or commission that maintains data another body owns. ' + VENDOR_NOTES,
      ),
    ],
    confidence: 'medium',
    unverified: [
      'The enactment and effective date of 74 O.S. § 3113.1 are not in the research records; 2006-11-01 (believed H.B. 2357 of 2006, Oklahoma\'s default November effective date) is an assumption. The section was in force by 2008.',
      'Whether S.B. 626 (2025) also changed § 3113.1 was not checked.',
      'Only subsections (A)-(C) were read; whether encrypted data taken with its key is notifiable under § 3113.1 was not checked.',
      'The definition of personal information in § 3113.1(D) was not read; it is encoded like the general act of 2008 (name with SSN, licence or state ID number, or an account or card number with its code).',
      'Whether § 3113.1 allows substitute notice, and on what figures, was not read; no substitute notice is encoded.',
    ],
    sources: [
      { where: 'https://lexace.ai/us/statute/oklahoma/74-3113.1', facts: '§ 3113.1 text: state agencies; most expedient time possible and without unreasonable delay; law-enforcement delay; maintainer notifies owner immediately' },
      { where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-oklahoma.html', facts: '§ 74-3113.1 listed with the 2008 act' },
    ],
  },
];

export const oklahoma: Jurisdiction = {
  code: 'OK',
  name: 'Oklahoma',
  kind: 'state',
  holidays: { country: 'US', state: 'OK' },
  laws: [
    { id: 'OK-24-161', title: 'Security Breach Notification Act, 24 O.S. §§ 161-166', scope: 'residents', versions: general },
    { id: 'OK-74-3113', title: 'Disclosure of breach by state agencies, 74 O.S. § 3113.1', scope: 'residents', versions: agency },
  ],
};
