// Idaho: Idaho Code §§ 28-51-104 to -107 (S.B. 1374, in force 2006-07-01) bind businesses and
// public agencies alike. H.B. 566 (2010) added a 24-hour notice to the Attorney General for public
// agencies only; it is kept as its own law so that private organisations never see it.
import type { Jurisdiction, PersonalInformationDefinition, RuleVersion } from './types.js';
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
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Idaho Code § 28-51-104(2) ("illegal acquisition of unencrypted computerized data")' },
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
    confidence: 'high',
    unverified: [
      'The 2010 and later amendments were not read in full; the sources show no change to the resident-notice timing, the definition or the substitute-notice limits since 2006.',
      'S.B. 1066 (2025) would rename and widen the definition and add credit monitoring; only its introduced text was found, and it is not treated as enacted.',
    ],
    sources: [
      { where: 'https://legislature.idaho.gov/statutesrules/idstat/Title28/T28CH51/SECT28-51-104', facts: '§ 28-51-104 definitions: agency, breach, commercial entity, substitute-notice limits' },
      { where: 'http://legislature.idaho.gov/sessioninfo/2006/legislation/S1374', facts: 'S.B. 1374 passed 2006, signed 2006-03-30' },
      { where: PERKINS_CHART_2021, facts: 'all elements' },
      { where: BLOOMBERG_TABLE, facts: 'city/county/state agency coverage, 24 hours' },
      { where: 'https://app.legiplex.com/id/legislature/2025/2025-r/bills/s1066/drafts-latest', facts: 'S.B. 1066 (2025), introduced version only' },
    ],
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
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Idaho Code § 28-51-104(2)' },
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
    confidence: 'medium',
    unverified: [
      'The enacted text of H.B. 566 (2010) was not read; the 24-hour duty and its 2010-07-01 start come from the Bloomberg table and the Akesari effective-date data.',
      'Whether the 24-hour clock runs from discovery of a possible breach or only once misuse is found was not settled; breachdesk counts from discovery.',
    ],
    sources: [
      { where: BLOOMBERG_TABLE, facts: 'agencies notify the Attorney General within 24 hours' },
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) path data/ag_notice_effective_date.csv', facts: 'AG notice (agencies) effective 2010-07-01' },
      { where: 'https://www.wordsbywit.com/idaho', facts: 'agencies: Attorney General within 24 hours; chief information officer under ITA policies' },
    ],
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
};
