// Tennessee: Tenn. Code Ann. § 47-18-2107, in force since 2005-07-01. One section binds businesses,
// state agencies and political subdivisions. S.B. 2005 (2016) set 45 days and briefly dropped the
// encryption safe harbour; S.B. 547 (2017) rewrote the section and restored it.
import type { Jurisdiction, ObligationRule, RuleVersion } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, restart, toll, withoutDelay } from './shared.js';

type Era = '2005' | '2016' | '2017';

const CITE = 'Tenn. Code Ann. § 47-18-2107';
const LE_2005 = toll(`${CITE}(d)`);
// From 2016 the delay ends in a fresh 45 days from law enforcement's go-ahead.
const LE_45 = restart(45, 'calendar', `${CITE}(d)`);

const FEDERAL_EXCLUSION = 'An information holder subject to Title V of the Gramm-Leach-Bliley Act or to HIPAA is outside the section (since 2016).';

function obligationsFor(era: Era): ObligationRule[] {
  const le = era === '2005' ? LE_2005 : LE_45;
  return [
    obligation({
      id: 'individuals',
      recipient: 'individuals',
      recipientName: 'Affected Tennessee residents',
      citation: `${CITE}(b)`,
      deadline:
        era === '2005'
          ? withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay after discovering or being told of the breach, allowing for law enforcement and for measures to determine the scope and restore the system.')
          : calendarDays(45, 'discovered'),
      lawEnforcement: le,
      condition: era === '2005' ? null : FEDERAL_EXCLUSION,
      notes:
        era === '2005'
          ? null
          : `${era === '2016' ? 'Immediately, but' : 'No'} later than 45 days after discovering or being told of the breach, unless law enforcement needs longer; then within 45 days after it says notice will not compromise the investigation. The statute prescribes no letter content.`,
    }),
    obligation({
      id: 'consumer-reporting-agencies',
      recipient: 'consumer_reporting_agencies',
      recipientName: 'Nationwide consumer reporting agencies and credit bureaus',
      citation: `${CITE}(f)`,
      deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 persons are notified at one time.'),
      threshold: residents(1000, 'more_than'),
      lawEnforcement: le,
      requiredContent: ['Timing, distribution and content of the notices'],
      notes: 'The statute counts persons notified at one time.',
    }),
    obligation({
      id: 'vendor-notice',
      recipient: 'data_owner',
      recipientName: 'The data owner (notice from the vendor that maintains the data)',
      citation: `${CITE}(c)`,
      deadline: era === '2005' ? withoutDelay('discovered', 'Immediately following discovery.') : calendarDays(45, 'discovered'),
      lawEnforcement: le,
      condition: 'This duty binds an information holder that maintains the data for its owner or licensee, not the owner itself.',
      notes: era === '2005' ? null : 'Immediately, and no later than 45 days after discovering or being told of the breach.',
    }),
  ];
}

const RANGES: Record<Era, [string, string | null]> = { '2005': ['2005-07-01', '2016-06-30'], '2016': ['2016-07-01', '2017-04-03'], '2017': ['2017-04-04', null] };

const HARBOUR: Record<Era, RuleVersion['encryptionSafeHarbor']> = {
  '2005': { exists: true, keyException: false, citation: `${CITE}(a)` },
  // S.B. 2005 deleted "unencrypted" from the breach definition, so encrypted data was notifiable.
  '2016': { exists: false, keyException: false, citation: `${CITE}(a)(1) as amended by 2016 Pub. Ch. 692` },
  '2017': { exists: true, keyException: true, citation: `${CITE}(a)` },
};

function version(era: Era): RuleVersion {
  const [from, to] = RANGES[era];
  return {
    id: `TN-${era}`,
    effectiveFrom: from,
    effectiveTo: to,
    citations: [
      {
        '2005': `${CITE} (H.B. 2170 / S.B. 2220, 2005)`,
        '2016': `${CITE} as amended by S.B. 2005 (2016 Pub. Ch. 692)`,
        '2017': `${CITE} as rewritten by S.B. 547 (2017 Pub. Ch. 91, eff. 2017-04-04)`,
      }[era],
    ],
    summary: {
      '2005': 'Tennessee businesses, state agencies and political subdivisions had to notify affected residents in the most expedient time possible, and the credit bureaus when more than 1,000 were notified.',
      '2016': 'Tennessee set a 45-day limit for notice to residents and, for a year, required notice even when the data was encrypted.',
      '2017': 'Tennessee requires notice to affected residents within 45 days of discovery, and to the credit bureaus when more than 1,000 persons are notified; encrypted data is safe unless its key was also taken.',
    }[era],
    coverage: coverage({
      business: ['yes', `${CITE}(a) defines "information holder" to include any person or business that conducts business in Tennessee and owns or licenses computerized personal information.`],
      nonprofit: ['yes', `A nonprofit that conducts business in Tennessee is a "person or business" under ${CITE}(a).`],
      local_government: ['yes', `${CITE}(a): "information holder" includes any agency of any political subdivision of Tennessee.`],
      state_agency: ['yes', `${CITE}(a): "information holder" includes any agency of the State of Tennessee.`],
    }),
    encryptionSafeHarbor: HARBOUR[era],
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: {
      citation: `${CITE}(a)`,
      summary:
        "a resident's name (first name or initial and last name) with an SSN, a driver's licence number, or an account or card number with any code or password that reaches the financial account",
      combinations: [
        { all: ['name'], anyOf: ['ssn', 'drivers_license'] },
        { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
        { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
      ],
    },
    substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: `${CITE}(e)` },
    obligations: obligationsFor(era),
    confidence: era === '2005' ? 'medium' : 'high',
    unverified: {
      '2005': [
        'The 2005 substitute-notice thresholds are assumed to be those of the current text.',
        'Whether the 2005 duties also covered records held on paper was not checked (the definition speaks of computerized data).',
      ],
      '2016': [
        'S.B. 2005 applied to breaches occurring on or after 2016-07-01; breachdesk selects the version by discovery date.',
        'That the 2016 text already gave 45 days after law-enforcement clearance is inferred from the 2017 rewrite.',
      ],
      '2017': ['Subsection letters are cited from the 2017 layout as summarised, not read.'],
    }[era],
    sources: [
      ...(era === '2005'
        ? [{ where: 'http://law.justia.com/codes/tennessee/2010/title-47/chapter-18/part-21/47-18-2107/', facts: '2010 text: information holder includes state agencies and political subdivisions; PI definition; unencrypted data only' }]
        : []),
      ...(era === '2016' ? [{ where: AKESARI_BILL('2015 Tenn. SB 2005.PDF'), facts: '45-day rules, deletion of "unencrypted", effective 2016-07-01, GLBA/HIPAA exclusion' }] : []),
      ...(era === '2017' ? [{ where: AKESARI_BILL('2017 Tenn. SB 547.PDF'), facts: 'rewritten section: 45 days, FIPS 140-2 encryption, key exception, information holder includes agencies' }] : []),
      { where: PERKINS_CHART_2021, facts: 'history, substitute notice, effective dates' },
      { where: BLOOMBERG_TABLE, facts: 'cross-check; insurance licensees notify the Commissioner (not encoded)' },
    ],
  };
}

export const tennessee: Jurisdiction = {
  code: 'TN',
  name: 'Tennessee',
  kind: 'state',
  holidays: { country: 'US', state: 'TN' },
  laws: [
    {
      id: 'TN-47-18-2107',
      title: 'Tenn. Code Ann. § 47-18-2107: release of personal consumer information (breach notification)',
      scope: 'residents',
      versions: (['2005', '2016', '2017'] as const).map(version),
    },
  ],
};
