// Oklahoma: the Security Breach Notification Act (24 O.S. §§ 161-166), which covers government
// entities too, and the separate state-agency duty in 74 O.S. § 3113.1.
import type { Jurisdiction, ObligationRule, RuleVersion } from './types.js';
import { afterIndividuals, coverage, governmentOnlyCoverage, obligation, residents, toll, withoutDelay } from './shared.js';

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
const HARM_TEST = { exists: true, standard: 'A breach is notifiable only if it causes, or is reasonably believed to have caused or to cause, identity theft or other fraud.' };

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
    obligations: [individuals],
    confidence: 'high',
    unverified: [],
    sources: [
      {
        where: 'lexace.ai statute page 24-162; perkinscoie.com security breach notification chart Oklahoma; aicpa.org Oklahoma summary',
        facts: 'entity includes governments; without unreasonable delay; effective 2008-11-01',
      },
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
    obligations: [
      { ...individuals, notes: `${individuals.notes} S.B. 626 adds unique biometric data to personal information.` },
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
    ],
    sources: [
      {
        where: 'tenaco.com SB 626 summary; regulon.ai OK-SB-626; insightsassociation.org article; jdsupra update',
        facts: 'AG within 60 days after resident notice for >=500; effective 2026-01-01',
      },
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
    riskOfHarmException: { exists: false, standard: null },
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
    ],
    confidence: 'medium',
    unverified: [
      'The enactment and effective date of 74 O.S. § 3113.1 are not in the research records; 2006-11-01 (believed H.B. 2357 of 2006, Oklahoma\'s default November effective date) is an assumption. The section was in force by 2008.',
      'Whether S.B. 626 (2025) also changed § 3113.1 was not checked.',
      'Only subsections (A)-(C) were read; whether encrypted data taken with its key is notifiable under § 3113.1 was not checked.',
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
