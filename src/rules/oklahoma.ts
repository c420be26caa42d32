// Oklahoma: the Security Breach Notification Act (24 O.S. §§ 161-166), which covers government
// entities too, and the separate state-agency duty in 74 O.S. § 3113.1. Every version is written
// out as data; constants are shared only where the text did not change.
import type {
  ConsumerContact, DataElement, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, SubmissionChannel,
} from './types.js';
import { afterIndividuals, coverage, governmentOnlyCoverage, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

// Texts read on 2026-12-08.
const TEXT_162 = 'https://lexace.ai/us/statute/oklahoma/24-162 (24 O.S. § 162 as in force before S.B. 626, verbatim copy)';
const TEXT_3113 = 'https://lexace.ai/us/statute/oklahoma/74-3113.1 (74 O.S. § 3113.1, verbatim copy)';
const PERKINS_OK = 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-oklahoma.html';
const SB626_HFLR = 'https://app.legiplex.com/ok/legislature/2025/2025-r/bills/sb626/drafts-latest (S.B. 626, House floor version of 2025-04-21: title and opening of § 162 only)';
const SB626_SUMMARIES = 'lawivy.com/?p=56091; hipaajournal.com/?p=48654; hipaatimes.com (S.B. 626); tenaco.com/?p=13869; insideprivacy.com (S.B. 626)';
const SB626_WHY =
  'The enrolled S.B. 626 (oklegislature.gov) was not among the stored copies; only the title and opening of the House floor version (legiplex) could be read, so its §§ 163-166 rest on consistent summaries.';

// "Personal information", 24 O.S. § 162(6): a name linked to an SSN, a driver's licence or state ID
// number, or a financial account or card number with the code that unlocks it. S.B. 626 (2026) adds
// other government ID numbers, an expiration date as an unlocking item, electronic identifiers or
// routing codes, and unique biometric data.
const UNLOCKING_2008: DataElement[] = ['card_security_code', 'access_code', 'password'];
const UNLOCKING_2026: DataElement[] = ['card_expiration', 'card_security_code', 'access_code', 'password'];

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

const SUBSTITUTE_2008 = { costOver: 50_000, recipientsOver: 100_000, citation: '24 O.S. § 162(7)' };
const SUBSTITUTE_2026 = { costOver: 50_000, recipientsOver: 100_000, citation: '24 O.S. § 162 as amended by S.B. 626 (2025)' };

const VENDOR_CONDITION =
  "This duty binds a vendor or other party that maintains the data without owning or licensing it, not the owner. It is shown so the owner can see when its vendor had to tell it; record the vendor's notice as a notified_by_vendor event.";
const VENDOR_NOTES = "The statute counts from the vendor's own discovery; when only the owner's discovery is recorded, breachdesk counts from that.";

const VENDOR_2008: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: '24 O.S. § 163(B)',
  deadline: withoutDelay('discovered', 'as soon as practicable after the vendor discovers the breach, if personal information was or is reasonably believed to have been accessed and acquired by an unauthorized person'),
  lawEnforcement: toll('24 O.S. § 163(D)'),
  condition: VENDOR_CONDITION,
  notes: VENDOR_NOTES,
});
const VENDOR_2026: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: '24 O.S. § 163 as amended by S.B. 626 (2025)',
  deadline: withoutDelay('discovered', 'as soon as practicable (one summary of the amended act says immediately) after the vendor discovers the breach, if personal information was or is reasonably believed to have been accessed and acquired by an unauthorized person'),
  lawEnforcement: toll('24 O.S. § 163'),
  condition: VENDOR_CONDITION,
  notes: VENDOR_NOTES,
});

// Deemed compliance in the 2008 act (24 O.S. § 164): own notification procedures consistent with the
// act's timing, the federal Interagency Guidance for financial institutions, and the rules of an
// entity's primary or functional federal regulator.
const DEEMED_2008 =
  'Deemed compliance (24 O.S. § 164): an entity that notifies under its own information-security procedures consistent with the act\'s timing, a financial institution that follows the federal Interagency Guidance, or an entity that follows its primary or functional federal regulator\'s notification rules is treated as complying. Check whether one of these applies.';

// S.B. 626 (2026): entities that comply with the notification duties of the Oklahoma Hospital
// Cybersecurity Protection Act of 2023 (18 O.S. § 2068 ff., hospitals whose business is subject to
// HIPAA) or of HIPAA itself are deemed to comply, provided they give the Attorney General notice.
const DEEMED_2026 =
  'HIPAA and hospital exemption (24 O.S. § 163 as amended by S.B. 626): an entity that complies with the notification requirements of the Oklahoma Hospital Cybersecurity Protection Act of 2023 (18 O.S. § 2068 ff.: hospitals owned or managed by hospitals whose business is subject to HIPAA) or of HIPAA (45 C.F.R. 164 subpart D) is deemed to comply with this notice, but only if it also notifies the Attorney General as § 163 requires. Summaries say GLBA-compliant financial institutions are treated the same way, and the 2008 deemed-compliance rules (own procedures, primary federal regulator) continue. Staff must check whether the organisation is such an entity; the incident records no HIPAA status.';

const INDIVIDUALS_2008: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Oklahoma residents',
  citation: '24 O.S. § 163(A)',
  deadline: withoutDelay(
    'discovered',
    'Without unreasonable delay after discovering or being told of the breach, allowing for law enforcement and for measures to determine scope and restore the system.',
  ),
  lawEnforcement: toll('24 O.S. § 163(D)'),
  condition: DEEMED_2008,
  notes: 'Only breaches that cause, or are reasonably believed to cause, identity theft or other fraud require notice (§ 162(1)). No content is prescribed.',
});
const INDIVIDUALS_2026: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Oklahoma residents',
  citation: '24 O.S. § 163 as amended by S.B. 626 (2025)',
  deadline: withoutDelay(
    'discovered',
    'Without unreasonable delay after discovering or being told of the breach, allowing for law enforcement and for measures to determine scope and restore the system.',
  ),
  lawEnforcement: toll('24 O.S. § 163'),
  condition: DEEMED_2026,
  notes: 'Only breaches that cause, or are reasonably believed to cause, identity theft or other fraud require notice (§ 162). S.B. 626 adds unique biometric data to personal information. No content is prescribed for residents.',
});
const ATTORNEY_GENERAL_2026: ObligationRule = obligation({
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
  condition:
    'If the breach is of a credit bureau\'s system, the threshold is 1,000 residents or more instead of 500. An entity deemed compliant under the HIPAA or hospital exemption must still give this notice.',
  notes: 'Without unreasonable delay and no more than 60 days after notifying residents. Information submitted is confidential. Giving this notice and having reasonable safeguards can reduce or waive civil penalties under S.B. 626.',
});

// § 162(2) defines "entity" to include governments, their subdivisions, agencies and instrumentalities.
const COVERAGE = coverage({
  business: ['yes', '24 O.S. § 162(2): "entity" includes corporations and other legal entities, for profit or not.'],
  nonprofit: ['yes', '24 O.S. § 162(2): "entity" includes legal entities whether or not for profit.'],
  local_government: ['yes', '24 O.S. § 162(2): "entity" includes governments and governmental subdivisions, so cities and counties are covered.'],
  state_agency: ['yes', '24 O.S. § 162(2): "entity" includes government agencies and instrumentalities; 74 O.S. § 3113.1 applies as well.'],
});

const SAFE_HARBOR_2008: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording:
    '§ 163(C): notice is owed if encrypted information is accessed and acquired in unencrypted form, or the breach involves a person with access to the encryption key, and identity theft or fraud is reasonably believed to follow.',
  citation: '24 O.S. §§ 162(3), 163(C)',
};
const SAFE_HARBOR_2026: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording:
    '§ 163 as amended: notice for encrypted information acquired in unencrypted form or where the breach involves a person with access to the encryption key (summaries: data counts when "the encryption keys were compromised").',
  citation: '24 O.S. §§ 162, 163 as amended by S.B. 626 (2025)',
};
const HARM_TEST = {
  exists: true,
  standard: 'A breach is notifiable only if it causes, or is reasonably believed to have caused or to cause, identity theft or other fraud.',
  recordToKeep: null,
};

const F_HARM: FactCheck = { kind: 'primary', where: TEXT_162, says: 'A breach must cause, or be reasonably believed to cause, identity theft or other fraud to a resident (§ 162(1)).', checked: CHECKED };
const F_COVERAGE: FactCheck = { kind: 'primary', where: TEXT_162, says: '"Entity" includes corporations, associations, governments, governmental subdivisions, agencies and instrumentalities, for profit or not (§ 162(2)).', checked: CHECKED };

const general: RuleVersion[] = [
  {
    id: 'OK-2008',
    effectiveFrom: '2008-11-01',
    effectiveTo: '2025-12-31',
    citations: ['24 Okla. Stat. §§ 161-166 (H.B. 2245, 2008)'],
    summary: 'Oklahoma entities, public and private, had to notify affected residents without unreasonable delay, with no notice to the Attorney General.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR_2008,
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_2008,
    substituteNotice: SUBSTITUTE_2008,
    obligations: [INDIVIDUALS_2008, VENDOR_2008],
    confidence: 'low',
    unverified: [
      'Only § 162 (in part) was read verbatim; § 163 (timing, vendor, encryption key, law enforcement) and § 164 (deemed compliance) rest on the Perkins Coie and Mintz charts.',
      'The vendor duty of § 163(B) is "as soon as practicable" in the Perkins Coie and Mintz summaries; one later summary quotes "immediately following discovery".',
      'The substitute-notice figures ($50,000 / 100,000) agree across secondary copies; the text of § 162(7) was cut off in the copy read.',
    ],
    sources: [
      { where: TEXT_162, facts: '§ 162(1)-(6) text: breach definition with identity-theft test, entity includes governments, encrypted, individual' },
      { where: PERKINS_OK, facts: 'H.B. 2245 signed 2008-04-28, effective 2008-11-01; encryption-key rule; vendor as soon as practicable' },
      { where: 'https://mintz.com/mintz-matrix/oklahoma', facts: 'redaction definition; maintainer notifies owner as soon as practicable after discovery' },
      { where: 'http://www.techinsurance.com/resources/customer-education/data-breach-laws/oklahoma/', facts: 'substitute notice when cost over $50,000 or more than 100,000 residents' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: PERKINS_OK, says: 'H.B. 2245 signed 2008-04-28, effective 2008-11-01; S.B. 626 replaces it for breaches from 2026-01-01.', checked: CHECKED, why: 'The session law (Akesari PDF) could not be read as text here.' },
      coverage: F_COVERAGE,
      personal_information: { kind: 'secondary', where: 'http://www.aicpa.org/interestareas/informationtechnology/resources/privacy/federalstateandotherprofessionalregulations/stateprivacyregulations/pages/oklahoma%20state%20security%20breach%20laws.aspx', says: 'Name with SSN, licence or state ID, or account or card number with its code.', checked: CHECKED, why: 'The copy of § 162 read breaks off at the start of item (6); AICPA and Perkins Coie list the elements.' },
      encryption: { kind: 'secondary', where: PERKINS_OK, says: 'Notice if encrypted data is acquired unencrypted or a person with access to the key is involved; "encrypted" defined in § 162(3) (read).', checked: CHECKED, why: '§ 163(C) was not read verbatim.' },
      risk_of_harm: F_HARM,
      deadline: { kind: 'secondary', where: PERKINS_OK, says: 'Without unreasonable delay, allowing for scope and restoration; vendor as soon as practicable.', checked: CHECKED, why: '§ 163 was not read verbatim.' },
      anchor: { kind: 'secondary', where: PERKINS_OK, says: 'Following discovery or notification of the breach.', checked: CHECKED, why: '§ 163 was not read verbatim.' },
      threshold: { kind: 'secondary', where: PERKINS_OK, says: 'None: no regulator or credit-bureau notice before S.B. 626.', checked: CHECKED, why: '§ 163 was not read verbatim.' },
      law_enforcement: { kind: 'secondary', where: 'https://www.dwt.com/oklahoma/', says: 'Delay while law enforcement says notice would impede a criminal or civil investigation or homeland security; read as a pause.', checked: CHECKED, why: '§ 163(D) was not read verbatim.' },
      substitute_notice: { kind: 'secondary', where: 'http://www.techinsurance.com/resources/customer-education/data-breach-laws/oklahoma/', says: 'Substitute notice above $50,000 in cost or 100,000 residents, or without contact details.', checked: CHECKED, why: 'The copy of § 162 read breaks off before item (7).' },
      required_content: { kind: 'secondary', where: 'https://www.wordsbywit.com/oklahoma', says: 'None: the act prescribes no notice content.', checked: CHECKED, why: '§§ 163-164 were not read verbatim.' },
      forbidden_content: { kind: 'secondary', where: 'https://www.wordsbywit.com/oklahoma', says: 'None: nothing is forbidden in the report or notice.', checked: CHECKED, why: '§§ 163-164 were not read verbatim.' },
    },
  },
  {
    id: 'OK-2026',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    citations: ['24 Okla. Stat. §§ 161-166 as amended by S.B. 626 (2025)'],
    summary: 'Oklahoma still requires resident notice without unreasonable delay and now also notice to the Attorney General within 60 days after notifying 500 or more residents; HIPAA and hospital entities that comply with their own rules are deemed to comply if they notify the Attorney General.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR_2026,
    riskOfHarmException: HARM_TEST,
    personalInformation: PI_2026,
    substituteNotice: SUBSTITUTE_2026,
    obligations: [INDIVIDUALS_2026, VENDOR_2026, ATTORNEY_GENERAL_2026],
    confidence: 'low',
    unverified: [
      SB626_WHY,
      'The HIPAA and hospital exemption is encoded as a condition from summaries (Lawivy, HIPAA Journal, HIPAA Times); its exact wording and subsection, and whether GLBA entities are named in it, were not read.',
      'That a law-enforcement delay also pauses the 60-day Attorney General period is inferred from the delay provision of § 163.',
      '"Other unique identification number created or collected by a government entity" is read as passport, military and taxpayer ID numbers; electronic identifiers and routing codes have no data element and are matched only as account numbers.',
      'Whether S.B. 626 changed the vendor-notice wording or the substitute-notice figures was not checked; both are carried over from 2008.',
    ],
    sources: [
      { where: SB626_HFLR, facts: 'S.B. 626 amends 24 O.S. §§ 162-166: AG notice, contents, exemptions, confidentiality, penalties; rulemaking later struck on the floor' },
      { where: 'https://www.tenaco.com/?p=13869', facts: 'AG without unreasonable delay, no more than 60 days after resident notice, 500 or more; contents; applies from 2026-01-01' },
      { where: 'https://lawivy.com/?p=56091', facts: 'exception from individual notification for entities complying with the Hospital Cybersecurity Protection Act of 2023 or HIPAA if they notify the AG' },
      { where: 'https://www.hipaajournal.com/?p=48654', facts: 'HIPAA / hospital act compliance; AG at 500, credit bureau at 1,000' },
      { where: 'https://www.dwt.com/oklahoma', facts: 'personal information as amended: government-created ID numbers, expiration date, electronic identifier or routing code, unique biometric data' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://www.tenaco.com/?p=13869', says: 'Applies to breaches discovered, determined or notified on or after 2026-01-01.', checked: CHECKED, why: SB626_WHY },
      coverage: { kind: 'secondary', where: SB626_HFLR, says: 'The amended § 162 keeps the "entity" definition (governments included); the floor version\'s title lists no change to it.', checked: CHECKED, why: SB626_WHY },
      personal_information: { kind: 'secondary', where: 'https://www.insideprivacy.com/cybersecurity-2/oklahoma-substantially-amends-its-data-breach-notification-statute', says: 'Adds other government-created ID numbers, expiration date with card numbers, electronic identifier or routing code with its code, unique biometric data.', checked: CHECKED, why: SB626_WHY },
      encryption: { kind: 'secondary', where: 'https://www.accountablehq.com/post/oklahoma-healthcare-breach-notification-law-requirements-deadlines-and-hipaa-compliance', says: 'Data counts when unencrypted or unredacted, or when the encryption keys were compromised.', checked: CHECKED, why: SB626_WHY },
      risk_of_harm: { kind: 'secondary', where: 'https://www.regulon.ai/bills/OK-SB-626/', says: 'The amended breach definition keeps the identity-theft-or-fraud test.', checked: CHECKED, why: SB626_WHY },
      deadline: { kind: 'secondary', where: 'https://www.tenaco.com/?p=13869', says: 'Residents without unreasonable delay; Attorney General without unreasonable delay and no more than 60 days after the resident notice.', checked: CHECKED, why: SB626_WHY },
      anchor: { kind: 'secondary', where: 'https://hipaatimes.com/oklahoma-tightens-data-breach-rules-with-new-law-taking-effect-in-2026', says: 'The 60 days run from the notices to residents (one summary says from discovery; the bill summaries say after resident notice).', checked: CHECKED, why: SB626_WHY },
      threshold: { kind: 'secondary', where: 'https://www.insideprivacy.com/cybersecurity-2/oklahoma-substantially-amends-its-data-breach-notification-statute', says: 'Attorney General for 500 or more residents; 1,000 or more for a breach of a credit bureau\'s system.', checked: CHECKED, why: SB626_WHY },
      law_enforcement: { kind: 'secondary', where: SB626_SUMMARIES, says: 'The 2008 law-enforcement delay is kept; read as a pause for both notices.', checked: CHECKED, why: SB626_WHY },
      substitute_notice: { kind: 'secondary', where: 'https://www.accountablehq.com/post/oklahoma-healthcare-breach-notification-law-requirements-deadlines-and-hipaa-compliance', says: 'Written, telephone, electronic or substitute notice remain; figures assumed unchanged.', checked: CHECKED, why: SB626_WHY },
      required_content: { kind: 'secondary', where: 'https://www.tenaco.com/?p=13869', says: 'Attorney General: breach date, determination date, nature, information types, residents affected, estimated monetary impact, safeguards.', checked: CHECKED, why: SB626_WHY },
      forbidden_content: { kind: 'secondary', where: SB626_SUMMARIES, says: 'None reported.', checked: CHECKED, why: SB626_WHY },
    },
  },
];

const AGENCY_WHY = 'The stored copy of § 3113.1 breaks off inside subsection (D)(1); the personal-information definition was not read.';

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
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'protective',
      keyWording: '§ 3113.1(A): notice to residents "whose unencrypted personal information" was acquired; nothing on keys in (A)-(C).',
      citation: '74 O.S. § 3113.1(A)',
    },
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
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: '74 O.S. § 3113.1(B)',
        deadline: withoutDelay('discovered', 'immediately after the agency maintaining the data discovers the breach, if personal information was or is reasonably believed to have been acquired by an unauthorized person'),
        lawEnforcement: toll('74 O.S. § 3113.1(C)'),
        condition: VENDOR_CONDITION,
        notes: 'Binds a state agency, board or commission that maintains data another body owns. The statute counts from the vendor\'s own discovery; when only the owner\'s discovery is recorded, breachdesk counts from that.',
      }),
    ],
    confidence: 'medium',
    unverified: [
      'The enactment and effective date of 74 O.S. § 3113.1 are not in the texts read; 2006-11-01 (believed H.B. 2357 of 2006, Oklahoma\'s default November effective date) is an assumption. The section was in force by 2008.',
      'Whether S.B. 626 (2025) also changed § 3113.1 was not checked (its title names only 24 O.S. §§ 162-166).',
      'Encrypted data taken with its key: § 3113.1 speaks only of "unencrypted" information and says nothing of keys, so it is literally still exempt; breachdesk reads it as owing notice, the safer course.',
      'The definition of personal information in § 3113.1(D) was not read; it is encoded like the general act of 2008 (name with SSN, licence or state ID number, or an account or card number with its code).',
      'Whether § 3113.1 allows substitute notice, and on what figures, was not read; no substitute notice is encoded.',
    ],
    sources: [
      { where: TEXT_3113, facts: '§ 3113.1(A)-(C) text: state agencies; most expedient time possible and without unreasonable delay; maintainer notifies owner immediately; law-enforcement delay until it will not compromise the investigation; (D)(1) breach definition' },
      { where: PERKINS_OK, facts: '§ 74-3113.1 listed with the 2008 act' },
    ],
    verification: {
      effective_dates: { kind: 'none', where: 'breachdesk assumption', says: '2006-11-01 assumed; the section was in force by 2008.', checked: CHECKED, why: 'No session law or history note for § 3113.1 was found.' },
      coverage: { kind: 'primary', where: TEXT_3113, says: 'Any state agency, board, commission or other unit or subdivision of state government that owns or licenses the data.', checked: CHECKED },
      personal_information: { kind: 'none', where: 'breachdesk assumption', says: 'Encoded like 24 O.S. § 162(6) of 2008.', checked: CHECKED, why: AGENCY_WHY },
      encryption: { kind: 'primary', where: TEXT_3113, says: 'Notice to residents whose unencrypted personal information was acquired; no word on keys.', checked: CHECKED },
      risk_of_harm: { kind: 'primary', where: TEXT_3113, says: 'None: any acquisition that compromises security, confidentiality or integrity is a breach ((D)(1)).', checked: CHECKED },
      deadline: { kind: 'primary', where: TEXT_3113, says: 'Most expedient time possible and without unreasonable delay; maintainer notifies the owner immediately following discovery.', checked: CHECKED },
      anchor: { kind: 'primary', where: TEXT_3113, says: 'Following discovery or notification of the breach.', checked: CHECKED },
      threshold: { kind: 'primary', where: TEXT_3113, says: 'None: subsections (A)-(C) set no number and no regulator notice.', checked: CHECKED },
      law_enforcement: { kind: 'primary', where: TEXT_3113, says: 'Delay while law enforcement says notice would impede a criminal investigation; notice once it will not compromise it ((C)).', checked: CHECKED },
      substitute_notice: { kind: 'none', where: 'breachdesk assumption', says: 'None encoded.', checked: CHECKED, why: AGENCY_WHY },
      required_content: { kind: 'primary', where: TEXT_3113, says: 'None: subsections (A)-(C) prescribe no content.', checked: CHECKED },
      forbidden_content: { kind: 'primary', where: TEXT_3113, says: 'None: subsections (A)-(C) forbid nothing.', checked: CHECKED },
    },
  },
];

const AG_CHANNEL: SubmissionChannel = {
  recipient: 'attorney_general',
  name: 'Oklahoma Office of the Attorney General, Consumer Protection Unit',
  ways: [{ kind: 'postal', value: 'Oklahoma Office of the Attorney General, Consumer Protection Unit, 313 NE 21st Street, Oklahoma City, OK 73105' }],
  asksFor: [
    'Date of the breach and date it was determined',
    'Nature of the breach',
    'Types of personal information exposed',
    'Number of Oklahoma residents affected',
    'Estimated monetary impact, if it can be determined',
    'Reasonable safeguards the entity employs',
  ],
  source: '24 O.S. § 163 as amended by S.B. 626 (contents, from summaries); postal address as printed in breachdesk letters. No Attorney General breach-report form was found in the stored copies on the date checked.',
  checked: CHECKED,
};

const CONTACT: ConsumerContact = {
  name: 'Oklahoma Office of the Attorney General, Consumer Protection Unit',
  phone: '1-405-521-2029',
  website: 'www.oag.ok.gov',
  address: '313 NE 21st Street, Oklahoma City, OK 73105',
  source: 'The values breachdesk letters printed before issue 17 (Attorney General consumer-protection contact); not re-read in a stored copy on the date checked',
  checked: CHECKED,
};

export const oklahoma: Jurisdiction = {
  code: 'OK',
  name: 'Oklahoma',
  kind: 'state',
  holidays: { country: 'US', state: 'OK' },
  laws: [
    { id: 'OK-24-161', title: 'Security Breach Notification Act, 24 O.S. §§ 161-166', scope: 'residents', versions: general },
    { id: 'OK-74-3113', title: 'Disclosure of breach by state agencies, 74 O.S. § 3113.1', scope: 'residents', versions: agency },
  ],
  channels: [AG_CHANNEL],
  consumerContact: CONTACT,
};
