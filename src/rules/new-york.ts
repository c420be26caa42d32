// New York: Gen. Bus. Law § 899-aa for persons and businesses (since 2005-12-07; SHIELD Act 2019;
// 30-day limit from 2024-12-21; medical data from 2025-03-21), plus the public-body statutes in
// new-york-government.ts. NYDFS Part 500 is a separate regime and is not encoded here.
import type { DeadlineRule, Jurisdiction, ObligationRule, RuleVersion } from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, immediately, obligation, residents, toll, withoutDelay,
} from './shared.js';
import { noDeadline, nyMunicipalCyberLaw, nyPrivateInformation, nyStateEntityLaw } from './new-york-government.js';

type Era = '2005' | '2019' | '2024' | '2025';
const LE = toll('N.Y. Gen. Bus. Law § 899-aa(4)');
const modern = (era: Era): boolean => era !== '2005';

const individuals = (era: Era): ObligationRule => {
  const deadline: DeadlineRule =
    era === '2024' || era === '2025'
      ? calendarDays(30, 'discovered')
      : withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay, allowing for law enforcement and for measures to determine the scope and restore the system.');
  return obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected New York residents',
    citation: 'N.Y. Gen. Bus. Law § 899-aa(2), (7)',
    deadline,
    lawEnforcement: LE,
    requiredContent: [
      'Contact information for the person or business making the notice',
      ...(modern(era) ? ['Telephone numbers and websites of the relevant state and federal agencies with breach-response and identity-theft information'] : []),
      'A description of the categories of information accessed or acquired, including which elements',
    ],
    letterElements: modern(era) ? ['contact', 'ftc', 'attorney_general', 'information_involved'] : ['contact', 'information_involved'],
    condition: modern(era)
      ? 'Notice given under GLBA, HIPAA/HITECH, 23 NYCRR Part 500 or another federal or New York breach rule replaces this resident notice; the state offices must still be notified.'
      : null,
    notes:
      era === '2024' || era === '2025'
        ? 'Most expedient time possible and within 30 days after discovery. Only the needs of law enforcement may extend it; the scope and restore-integrity allowance was removed.'
        : null,
  });
};

const stateOffices = (era: Era): ObligationRule =>
  obligation({
    id: 'attorney-general',
    recipient: 'attorney_general',
    recipientName: 'New York Attorney General, Department of State (Division of Consumer Protection) and Division of State Police',
    citation: 'N.Y. Gen. Bus. Law § 899-aa(8)(a)',
    deadline: noDeadline('No time is set; the notice reports the timing, content and distribution of the resident notices and must not delay them. Send it with them.'),
    requiredContent: [
      'The timing, content and distribution of the notices',
      'The approximate number of affected persons',
      ...(modern(era) ? ['A copy of the template of the notice sent to affected persons'] : []),
    ],
    notes:
      'Required whenever any New York resident is notified; each office takes an online form.' +
      (era === '2024' || era === '2025'
        ? ' A covered entity under 23 NYCRR Part 500 must also notify the Department of Financial Services under § 500.17 (S. 2659-B, narrowed by S. 804 of 2025); that duty belongs to the NYDFS regime.'
        : ''),
  });

const hipaaEntities = obligation({
  id: 'attorney-general-hipaa',
  recipient: 'attorney_general',
  recipientName: 'New York Attorney General (HIPAA covered entities)',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(9)',
  deadline: noDeadline('Within 5 business days after notifying the Secretary of Health and Human Services of the breach.'),
  condition: 'Only for a HIPAA covered entity that must notify the HHS Secretary of a breach, even of information that is not "private information".',
});

const creditBureaus = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Each nationwide consumer reporting agency',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(8)(b)',
  deadline: noDeadline('No time is set; it accompanies the notice to more than 5,000 New York residents at one time.'),
  threshold: residents(5000, 'more_than'),
  requiredContent: ['The timing, content and distribution of the notices', 'The approximate number of affected persons'],
});

const vendor = (era: Era): ObligationRule =>
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'N.Y. Gen. Bus. Law § 899-aa(3)',
    deadline: immediately('discovered', 'Immediately following discovery of the breach.'),
    lawEnforcement: LE,
    condition: 'Binds a person or business that maintains the data for its owner or licensee, not the owner itself.',
    notes: era === '2024' || era === '2025' ? 'S. 2659-B also rewrote subdivision 3; some firms read an outer limit of 30 days into it. "Immediately" is kept as the stricter reading.' : null,
  });

const coverageFor = (era: Era) =>
  coverage({
    business: [
      'yes',
      era === '2005'
        ? '§ 899-aa(2) binds any person or business that conducts business in New York and owns or licenses computerized private information.'
        : '§ 899-aa(2) binds any person or business that owns or licenses computerized private information of a New York resident (the SHIELD Act dropped "conducts business in New York").',
    ],
    nonprofit: ['yes', 'A nonprofit is a "person" under § 899-aa(2); nothing limits the duty to businesses run for profit.'],
    local_government: [
      'uncertain',
      '§ 899-aa speaks of "any person or business" and does not mention local governments, while State Technology Law § 208 expressly leaves them out of "state entity"; whether § 899-aa reaches a city, county, town or village is unsettled.',
    ],
    state_agency: ['no', 'A state entity follows State Technology Law § 208, the parallel statute written for it.'],
  });

const SHARED = {
  encryptionSafeHarbor: { exists: true, keyException: true, citation: 'N.Y. Gen. Bus. Law § 899-aa(1)(b)' },
  substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'N.Y. Gen. Bus. Law § 899-aa(5)(d)' },
};
const SHIELD_EXCEPTION = {
  exists: true,
  standard: 'No notice for an inadvertent disclosure by persons authorized to access the data when the business reasonably determines it will not likely result in misuse, financial harm or emotional harm (§ 899-aa(2)(a)).',
  recordToKeep: 'The determination in writing, kept for at least five years; if it covers more than 500 New York residents, send it to the Attorney General within 10 days (§ 899-aa(2)(a)).',
};

const version = (era: Exclude<Era, '2005'>): Pick<RuleVersion, 'coverage' | 'encryptionSafeHarbor' | 'riskOfHarmException' | 'personalInformation' | 'substituteNotice' | 'obligations'> => ({
  coverage: coverageFor(era),
  ...SHARED,
  riskOfHarmException: SHIELD_EXCEPTION,
  personalInformation: nyPrivateInformation(`N.Y. Gen. Bus. Law § 899-aa(1)(b)${era === '2025' ? '' : ` (${era} text)`}`, era === '2025' ? '2025' : '2019'),
  obligations: [individuals(era), stateOffices(era), hipaaEntities, creditBureaus, vendor(era)],
});

const SHIELD_SOURCE = AKESARI_BILL('Stop Hacks and Improve Electronic Data Security Act _SHIELD Act__ 2019 N.Y. SB 5575.PDF');

const gbl: RuleVersion[] = [
  {
    id: 'NY-2005',
    effectiveFrom: '2005-12-07',
    effectiveTo: '2019-10-22',
    citations: ['N.Y. Gen. Bus. Law § 899-aa (Information Security Breach and Notification Act, A. 4254, L. 2005, ch. 442, amended by ch. 491)'],
    summary: 'New York businesses had to notify affected residents without unreasonable delay and tell the Attorney General, the Department of State and the State Police.',
    coverage: coverageFor('2005'),
    ...SHARED,
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: nyPrivateInformation('N.Y. Gen. Bus. Law § 899-aa(1)(b) (2005 text)', '2005'),
    obligations: [individuals('2005'), stateOffices('2005'), creditBureaus, vendor('2005')],
    confidence: 'medium',
    unverified: ['Substitute-notice thresholds are taken from the later text and assumed unchanged.'],
    sources: [
      { where: 'https://law.justia.com/codes/new-york/2013/gbs/article-39-f/899-aa/', facts: '2012 text: private information, key clause, breach definition' },
      { where: AKESARI_BILL('information security breach and notification act_ 2005 N.Y. A.N. 4254.PDF'), facts: 'original 2005 text' },
      { where: PERKINS_CHART_2021, facts: 'effective date 2005-12-07' },
    ],
  },
  {
    id: 'NY-2019',
    effectiveFrom: '2019-10-23',
    effectiveTo: '2024-12-20',
    citations: ['N.Y. Gen. Bus. Law § 899-aa as amended by the SHIELD Act (S. 5575-B, L. 2019, ch. 117, signed 2019-07-25)'],
    summary: 'New York required notice to affected residents without unreasonable delay, with the Attorney General, Department of State and State Police told of every notice; access alone became a breach.',
    ...version('2019'),
    confidence: 'high',
    unverified: ['The subdivision number of the HIPAA five-business-day rule is inferred.'],
    sources: [
      { where: SHIELD_SOURCE, facts: 'AG 5 business days after HHS notice; 10-day AG delivery of no-harm determination; CRA >5,000' },
      { where: 'https://nysenate.gov/legislation/bills/2017/A8756', facts: 'SHIELD drafting: bare account numbers, biometrics, credentials' },
      { where: PERKINS_CHART_2021, facts: 'recipients, content, substitute notice, effective date 2019-10-23' },
      { where: BLOOMBERG_TABLE, facts: 'citations' },
    ],
  },
  {
    id: 'NY-2024',
    effectiveFrom: '2024-12-21',
    effectiveTo: '2025-03-20',
    citations: ['N.Y. Gen. Bus. Law § 899-aa as amended by S. 2659-B / A. 8872-A (2024, effective on signing)', 'S. 804 (chapter amendment signed 2025-02-14: DFS notice only for Part 500 covered entities)'],
    summary: 'New York requires notice to affected residents within 30 days of discovery, extended only for law enforcement, and a report to the Attorney General, Department of State and State Police.',
    ...version('2024'),
    confidence: 'high',
    unverified: ['The signing date is reported as 2024-12-21 (Jackson Lewis, SHRM) and 2024-12-24 (Covington); the earlier date is used.'],
    sources: [
      { where: 'https://www.workplaceprivacyreport.com/2025/01/articles/data-breach-notification/new-york-enacts-immediate-updates-to-breach-notification-law/', facts: '30 days after discovery; effective on signing 2024-12-21; scope exception removed' },
      { where: 'https://legiscan.com/NY/text/S02659/2023', facts: 'S. 2659-B amends opening paragraph of subd. 2 and subd. 3' },
      { where: 'https://infobytes.orrick.com/2025-02-21/new-york-state-amends-law-on-data-breach-notifications', facts: 'S. 804: DFS only for Part 500 covered entities; template copy to the state offices' },
      { where: 'https://www.covingtonblogs.com/2025/01/07/new-york-adopts-amendment-to-the-state-data-breach-notification-law/', facts: 'signing date reported as 2024-12-24' },
    ],
  },
  {
    id: 'NY-2025',
    effectiveFrom: '2025-03-21',
    effectiveTo: null,
    citations: ['N.Y. Gen. Bus. Law § 899-aa as amended by S. 2659-B (2024) and S. 2376-B (2024, eff. 2025-03-21: medical and health-insurance information)'],
    summary: 'New York requires notice to affected residents within 30 days of discovery and a report to the Attorney General, Department of State and State Police; medical and health-insurance information are covered.',
    ...version('2025'),
    confidence: 'high',
    unverified: ['The exact statutory wording of the medical and health-insurance definitions was read only through law-firm summaries.'],
    sources: [
      { where: 'https://mintz.com/insights-center/viewpoints/2826/2025-02-28-latest-installment-our-mintz-matrix', facts: 'S. 2376-B effective 2025-03-21' },
      { where: 'https://mcdonaldhopkins.com/insights/news/changes-to-new-yorks-data-breach-notification-law', facts: 'S. 2376-B adds medical and health-insurance information' },
      { where: 'https://www.shrm.org/topics-tools/employment-law-compliance/new-york-state-enacts-immediate-update-to-breach-notification', facts: '30-day wording' },
    ],
  },
];

export const newYork: Jurisdiction = {
  code: 'NY',
  name: 'New York',
  kind: 'state',
  holidays: { country: 'US', state: 'NY' },
  laws: [
    { id: 'NY-GBL-899-AA', title: 'N.Y. Gen. Bus. Law § 899-aa (notification of unauthorized acquisition of private information)', scope: 'residents', versions: gbl },
    nyStateEntityLaw,
    nyMunicipalCyberLaw,
  ],
};
