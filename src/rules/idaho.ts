// Idaho: Idaho Code §§ 28-51-104 to -107 (S.B. 1374, in force 2006-07-01) bind businesses and
// public agencies alike. H.B. 566 (2010) added a 24-hour notice to the Attorney General for public
// agencies only; it is kept as its own law so that private organisations never see it.
import type { EncryptionSafeHarbor, FactCheck, Jurisdiction, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, hours, obligation, toll, withoutDelay } from './shared.js';

const LE = toll('Idaho Code § 28-51-105(3)');
const PI: PersonalInformationDefinition = {
  citation: 'Idaho Code § 28-51-104(5)',
  summary: 'name with SSN, driver licence or Idaho ID number, or an account, credit or debit card number with the code or password needed to access the account',
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};
const AGENCY = '§ 28-51-104(1): an "agency" is any public agency as defined in Idaho Code § 74-101 (state agencies and local bodies such as counties, cities and districts); § 28-51-105(1) names city, county and state agencies.';

const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: '§ 28-51-104(2): a breach is the "illegal acquisition of unencrypted computerized data"; nothing on keys',
  citation: 'Idaho Code § 28-51-104(2)',
};
const KEY_ASSUMPTION =
  'Idaho\'s breach definition covers only "unencrypted" data and says nothing of a taken key: literally encrypted data stays outside it, but breachdesk treats encrypted data whose key was also taken as notifiable, the safer reading.';
const S1066 =
  'S.B. 1066 (2025) would rename and widen the definition, add credit monitoring and (per one summary) Attorney General notice; only its introduced text and bill summaries were found, and whether it was enacted was not established, so it is not encoded.';

// ---- texts read ----
const CODE_104 = 'https://legislature.idaho.gov/statutesrules/idstat/Title28/T28CH51/SECT28-51-104 (Idaho Code § 28-51-104(1)-(4))';
const WHY_105 = 'The text of § 28-51-105 was not read: no stored copy of the section was found, and H.B. 566 (2010) is stored only as a PDF without text.';
const WHY_1374 = 'S.B. 1374 (2006) was not read; the dates come from the Legislature\'s bill page as recorded by the earlier research and from summaries.';

const ID_COMMON = {
  coverage: {
    kind: 'primary',
    where: CODE_104,
    says: '§ 28-51-104(1): "agency" is any public agency under § 74-101; (3): "commercial entity" includes any legal entity, for profit or not',
    checked: '2026-12-08',
  },
  personal_information: {
    kind: 'secondary',
    where: 'https://www.amp.legal/data-breach-law-tool/idaho/',
    says: '§ 28-51-104(5): name with SSN, licence or Idaho ID, or an account or card number with its code or password',
    checked: '2026-12-08',
    why: 'The official page of § 28-51-104 was read only to paragraph (4).',
  },
  encryption: {
    kind: 'primary',
    where: CODE_104,
    says: '§ 28-51-104(2): only the illegal acquisition of "unencrypted" data that materially compromises it is a breach; nothing on keys',
    checked: '2026-12-08',
  },
} satisfies Partial<Record<keyof Verification, FactCheck>>;

const ID_2006_VERIFICATION: Verification = {
  ...ID_COMMON,
  effective_dates: {
    kind: 'secondary',
    where: 'https://www.cliclaw.com/node/7988; https://www.wordsbywit.com/idaho',
    says: 'S.B. 1374 signed 2006-03-30, in force 2006-07-01',
    checked: '2026-12-08',
    why: WHY_1374,
  },
  risk_of_harm: {
    kind: 'secondary',
    where: 'https://www.amp.legal/data-breach-law-tool/idaho/',
    says: '§ 28-51-105(1): a prompt good-faith investigation; notice only if misuse occurred or is reasonably likely',
    checked: '2026-12-08',
    why: WHY_105,
  },
  deadline: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/idaho',
    says: '§ 28-51-105(1) (quoted): most expedient time possible and without unreasonable delay; vendor immediately',
    checked: '2026-12-08',
    why: WHY_105,
  },
  anchor: {
    kind: 'secondary',
    where: 'https://www.recordinglaw.com/us-laws/data-privacy-laws/idaho-data-privacy-laws/data-breach-notification',
    says: 'on becoming aware of the breach, once the investigation finds misuse likely',
    checked: '2026-12-08',
    why: WHY_105,
  },
  threshold: {
    kind: 'secondary',
    where: 'https://dwt.com/gcp/states/idaho',
    says: 'none: no number; no regulator or bureau notice for businesses',
    checked: '2026-12-08',
    why: WHY_105,
  },
  law_enforcement: {
    kind: 'secondary',
    where: 'https://dwt.com/gcp/states/idaho',
    says: '§ 28-51-105(3): notice may be delayed while law enforcement says it would impede a criminal investigation',
    checked: '2026-12-08',
    why: WHY_105,
  },
  substitute_notice: {
    kind: 'primary',
    where: CODE_104,
    says: '§ 28-51-104(4)(d): substitute notice when the cost exceeds $25,000, more than 50,000 residents, or no contact details',
    checked: '2026-12-08',
  },
  required_content: {
    kind: 'secondary',
    where: 'https://dwt.com/gcp/states/idaho',
    says: 'none: the statute sets no content for the notice',
    checked: '2026-12-08',
    why: WHY_105,
  },
  forbidden_content: {
    kind: 'secondary',
    where: 'https://dwt.com/gcp/states/idaho',
    says: 'none: nothing forbidden',
    checked: '2026-12-08',
    why: WHY_105,
  },
};

const ID_AGENCY_VERIFICATION: Verification = {
  ...ID_COMMON,
  effective_dates: {
    kind: 'secondary',
    where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) path data/ag_notice_effective_date.csv',
    says: 'agency notice to the Attorney General from 2010-07-01 (H.B. 566)',
    checked: '2026-12-08',
    why: WHY_105,
  },
  risk_of_harm: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/idaho',
    says: 'the 24-hour notice runs from discovery, before the misuse investigation ends, per the summaries',
    checked: '2026-12-08',
    why: WHY_105,
  },
  deadline: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/idaho',
    says: 'agencies notify the Attorney General within 24 hours of discovery',
    checked: '2026-12-08',
    why: WHY_105,
  },
  anchor: {
    kind: 'secondary',
    where: 'https://www.recordinglaw.com/us-laws/data-privacy-laws/idaho-data-privacy-laws/data-breach-notification',
    says: 'discovery of the breach',
    checked: '2026-12-08',
    why: WHY_105,
  },
  threshold: {
    kind: 'secondary',
    where: 'https://www.recordinglaw.com/us-laws/data-privacy-laws/idaho-data-privacy-laws/data-breach-notification',
    says: 'none: every agency breach, whatever the number',
    checked: '2026-12-08',
    why: WHY_105,
  },
  law_enforcement: {
    kind: 'secondary',
    where: BLOOMBERG_TABLE,
    says: 'no law-enforcement delay recorded for the Attorney General notice',
    checked: '2026-12-08',
    why: WHY_105,
  },
  substitute_notice: {
    kind: 'primary',
    where: CODE_104,
    says: 'none for this notice: § 28-51-104(4) substitute notice concerns residents, not the Attorney General',
    checked: '2026-12-08',
  },
  required_content: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/idaho',
    says: 'none set by statute; state agencies also report to the chief information officer under ITA policies',
    checked: '2026-12-08',
    why: WHY_105,
  },
  forbidden_content: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/idaho',
    says: 'none: nothing forbidden',
    checked: '2026-12-08',
    why: WHY_105,
  },
};

const general: RuleVersion[] = [
  {
    id: 'ID-2006',
    effectiveFrom: '2006-07-01',
    effectiveTo: null,
    citations: [
      'Idaho Code §§ 28-51-104 to 28-51-107 (S.B. 1374, signed 2006-03-30, eff. 2006-07-01; amended by H.B. 566 of 2010 and later technical amendments)',
    ],
    summary: 'Idaho businesses and public agencies must investigate a breach promptly and notify affected residents without unreasonable delay when misuse has occurred or is reasonably likely.',
    coverage: coverage({
      business: ['yes', '§ 28-51-105(1) binds any individual or commercial entity that conducts business in Idaho and owns or licenses computerized personal information of Idaho residents.'],
      nonprofit: ['yes', '§ 28-51-104(3): a "commercial entity" includes any legal entity, whether for profit or not for profit.'],
      local_government: ['yes', AGENCY],
      state_agency: ['yes', AGENCY],
    }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: {
      exists: true,
      standard: 'After a prompt, good-faith and reasonable investigation, notice is owed only if misuse of the information has occurred or is reasonably likely to occur.',
      recordToKeep: null,
    },
    personalInformation: PI,
    substituteNotice: { costOver: 25_000, recipientsOver: 50_000, citation: 'Idaho Code § 28-51-104(4)(d)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Idaho residents',
        citation: 'Idaho Code § 28-51-105(1)',
        deadline: withoutDelay(
          'discovered',
          'In the most expedient time possible and without unreasonable delay once the investigation finds misuse has occurred or is reasonably likely, allowing for law enforcement and for measures to determine the scope, identify those affected and restore the system.',
        ),
        lawEnforcement: LE,
        notes: 'The statute sets no content for the notice. An intentional failure to notify is punishable by a fine of up to $25,000 per breach (§ 28-51-107).',
      }),
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: 'Idaho Code § 28-51-105(2)',
        deadline: withoutDelay('discovered', 'Immediately following discovery, where misuse has occurred or is reasonably likely; the vendor must also cooperate with the owner.'),
        lawEnforcement: LE,
        condition: 'Binds an agency, individual or commercial entity that maintains the data for its owner, not the owner itself.',
      }),
    ],
    confidence: 'low',
    unverified: [
      '§ 28-51-105 (timing, misuse test, law-enforcement delay) was read only in summaries; § 28-51-104 was read on the Legislature\'s site to paragraph (4).',
      'The 2010 and later amendments were not read in full; the sources show no change to the resident-notice timing, the definition or the substitute-notice limits since 2006.',
      KEY_ASSUMPTION,
      S1066,
    ],
    sources: [
      { where: CODE_104, facts: '§ 28-51-104 definitions: agency, breach of unencrypted data, commercial entity, substitute-notice limits' },
      { where: 'http://legislature.idaho.gov/sessioninfo/2006/legislation/S1374', facts: 'S.B. 1374 passed 2006, signed 2006-03-30' },
      { where: PERKINS_CHART_2021, facts: 'all elements' },
      { where: BLOOMBERG_TABLE, facts: 'city/county/state agency coverage, 24 hours' },
      { where: 'https://app.legiplex.com/id/legislature/2025/2025-r/bills/s1066/drafts-latest', facts: 'S.B. 1066 (2025), introduced version only' },
    ],
    verification: ID_2006_VERIFICATION,
  },
];

// Scope 'residents': the duty arises from a breach of Idaho residents' information, and only
// Idaho's own public agencies are bound (a government-only statute does not reach other states').
const agencyNotice: RuleVersion[] = [
  {
    id: 'ID-AGENCY-2010',
    effectiveFrom: '2010-07-01',
    effectiveTo: null,
    citations: ['Idaho Code § 28-51-105(1) as amended by H.B. 566 (2010, eff. 2010-07-01)'],
    summary: 'An Idaho public agency must notify the Attorney General within 24 hours of discovering a breach of Idaho residents\' personal information.',
    coverage: governmentOnlyCoverage('Idaho Code §§ 28-51-104 to -107', {
      local_government: ['yes', `The 24-hour notice in § 28-51-105(1) binds agencies only. ${AGENCY}`],
      state_agency: ['yes', `The 24-hour notice in § 28-51-105(1) binds agencies only. ${AGENCY}`],
    }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: null,
    personalInformation: PI,
    obligations: [
      obligation({
        id: 'attorney-general-24h',
        recipient: 'attorney_general',
        recipientName: 'Office of the Idaho Attorney General',
        citation: 'Idaho Code § 28-51-105(1)',
        deadline: hours(24, 'discovered'),
        condition: 'State agencies also report the breach to the state chief information officer under Idaho Technology Authority policies.',
        notes: 'Due whatever the number affected, and before the investigation of misuse is finished.',
      }),
    ],
    confidence: 'low',
    unverified: [
      'The enacted text of H.B. 566 (2010) was not read; the 24-hour duty and its 2010-07-01 start come from the Bloomberg table and the Akesari effective-date data.',
      KEY_ASSUMPTION,
      'Whether the 24-hour clock runs from discovery of a possible breach or only once misuse is found was not settled; breachdesk counts from discovery.',
    ],
    sources: [
      { where: BLOOMBERG_TABLE, facts: 'agencies notify the Attorney General within 24 hours' },
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) path data/ag_notice_effective_date.csv', facts: 'AG notice (agencies) effective 2010-07-01' },
      { where: 'https://www.wordsbywit.com/idaho', facts: 'agencies: Attorney General within 24 hours; chief information officer under ITA policies' },
    ],
    verification: ID_AGENCY_VERIFICATION,
  },
];

export const idaho: Jurisdiction = {
  code: 'ID',
  name: 'Idaho',
  kind: 'state',
  holidays: { country: 'US', state: 'ID' },
  laws: [
    { id: 'ID-28-51', title: 'Disclosure of breach of security of computerized personal information, Idaho Code §§ 28-51-104 to 28-51-107', scope: 'residents', versions: general },
    { id: 'ID-28-51-105-AGENCY', title: 'Public agency notice to the Attorney General, Idaho Code § 28-51-105(1)', scope: 'residents', versions: agencyNotice },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general-24h'],
      name: 'Office of the Idaho Attorney General',
      ways: [
        { kind: 'postal', value: 'Office of the Attorney General, 700 W. Jefferson Street, P.O. Box 83720, Boise, ID 83720-0010' },
        { kind: 'phone', value: '208-334-2424 (Consumer Protection Division, Boise) or 1-800-432-3545' },
      ],
      asksFor: ['Notice of the breach within 24 hours of discovery (the statute, as summarised, prescribes no content)'],
      source: "The Attorney General's Idaho Consumer Protection Manual (700 West Jefferson Street, Boise, ID 83720-0010; (800) 432-3545, Boise (208) 334-2424). No breach-notice form or e-mail address was found; phoning within the 24 hours and confirming in writing is the prudent course.",
      checked: '2026-12-08',
    },
  ],
  consumerContact: {
    name: 'Office of the Idaho Attorney General, Consumer Protection Division',
    phone: '1-800-432-3545',
    website: 'www.ag.idaho.gov',
    address: '700 W. Jefferson Street, P.O. Box 83720, Boise, ID 83720-0010',
    source: "The Attorney General's Idaho Consumer Protection Manual (abcdocz.com copy): statewide toll-free (800) 432-3545, www.ag.idaho.gov, 700 West Jefferson Street, Boise, ID 83720-0010",
    checked: '2026-12-08',
  },
};
