// Oregon: the Consumer Information Protection Act (ORS 646A.600-646A.628; notice in ORS 646A.604),
// in force since 2007-10-01. One statute for businesses and public bodies alike, amended by S.B. 601
// (Attorney General notice, 2016), S.B. 1551 (45-day limit, 2018) and S.B. 684 (vendors, 2020).
import type { DataElement, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { AKESARI_BILL, BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll, withIndividuals, withoutDelay } from './shared.js';

type Era = '2007' | '2016' | '2018' | '2020';

const LE = toll('ORS 646A.604(3)');
const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];

// ORS 646A.602: the listed elements count with the name, and also without it when they would be
// enough to commit identity theft. The engine cannot judge that, so the bare elements are encoded.
function personalInformation(era: Era): PersonalInformationDefinition {
  const ids: DataElement[] = ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id'];
  const health: DataElement[] = era === '2007' ? [] : ['biometric', 'health_insurance', 'medical'];
  return {
    citation: 'ORS 646A.602',
    summary: [
      "a consumer's name with, or (when enough to commit identity theft) even without it: an SSN; a driver's licence, state ID, passport or other US-issued ID number; a financial account or card number with the code or password needed to reach the account",
      era === '2007' ? '' : '; biometric data used for authentication; a health insurance policy or subscriber number with another insurer identifier; medical information',
      era === '2020' ? '; or a user name or other account identifier with the password or other means to authenticate it' : '',
    ].join(''),
    combinations: [
      { all: [], anyOf: [...ids, ...health] },
      { all: ['account_number'], anyOf: CODES },
      { all: ['card_number'], anyOf: CODES },
      ...(era === '2020'
        ? [
            { all: ['username'] as DataElement[], anyOf: ['password', 'security_question'] as DataElement[] },
            { all: ['email'] as DataElement[], anyOf: ['password', 'security_question'] as DataElement[] },
          ]
        : []),
    ],
  };
}

const CONTENT = [
  'A general description of the breach',
  'The approximate date of the breach',
  'The type of personal information subject to the breach',
  'Contact information for the notifying organisation',
  'Contact information for the national consumer reporting agencies',
  'Advice to report suspected identity theft to law enforcement, including the Attorney General and the Federal Trade Commission',
];

function individuals(era: Era): ObligationRule {
  const fixed = era === '2018' || era === '2020';
  return obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Oregon consumers',
    citation: 'ORS 646A.604(1), (3), (5)',
    deadline: fixed
      ? calendarDays(45, 'discovered')
      : withoutDelay('discovered', 'In the most expedient manner possible and without unreasonable delay after discovering or being told of the breach, allowing for law enforcement and for measures to determine the contact information, the scope of the breach and restore the system.'),
    lawEnforcement: LE,
    requiredContent: CONTENT,
    letterElements: ['what_happened', 'breach_dates', 'information_involved', 'contact', 'credit_bureaus', 'attorney_general', 'ftc'],
    condition:
      era === '2020'
        ? 'An organisation that notifies under GLBA, HIPAA or rules of its primary federal regulator is deemed to comply, but must still send the Attorney General a copy of its notice when more than 250 Oregon consumers are affected.'
        : null,
    notes: fixed
      ? 'In the most expeditious manner possible, without unreasonable delay, and no later than 45 days after discovering or being told of the breach (S.B. 1551). A delay is allowed only while a law-enforcement agency asks for it in writing.'
      : 'No fixed number of days before S.B. 1551 (2018-06-02).',
  });
}

function obligationsFor(era: Era): ObligationRule[] {
  const out: ObligationRule[] = [individuals(era)];
  if (era !== '2007') {
    out.push(
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: era === '2020' ? 'Oregon Attorney General (online form or written notice)' : 'Oregon Attorney General',
        citation: 'ORS 646A.604(1)(b)',
        deadline: era === '2016' ? withIndividuals : calendarDays(45, 'discovered'),
        threshold: residents(250, 'more_than'),
        lawEnforcement: LE,
        requiredContent: ['The notice given to consumers, in writing or electronically, in the same manner'],
        notes:
          era === '2016'
            ? 'Due under the same expedient standard as the consumer notice; this catalogue expects it no later than that notice.'
            : 'The 45-day limit of ORS 646A.604(3) applies to every notice under subsection (1), the Attorney General\'s included.',
      }),
    );
  }
  out.push(
    obligation({
      id: 'consumer-reporting-agencies',
      recipient: 'consumer_reporting_agencies',
      recipientName: 'Nationwide consumer reporting agencies',
      citation: 'ORS 646A.604(6)',
      deadline: withoutDelay('discovered', 'Without unreasonable delay when the breach affects more than 1,000 consumers.'),
      threshold: residents(1000, 'more_than'),
      lawEnforcement: LE,
      requiredContent: [
        'Timing, distribution and content of the notice to consumers',
        ...(era === '2018' || era === '2020' ? ['Any police report number assigned to the breach'] : []),
      ],
    }),
    obligation({
      id: 'vendor-notice',
      recipient: 'data_owner',
      recipientName: 'The data owner (notice from the vendor that maintains the data)',
      citation: era === '2020' ? 'ORS 646A.604(2)' : 'ORS 646A.604(2) (pre-2020 text)',
      deadline: era === '2020' ? calendarDays(10, 'discovered') : withoutDelay('discovered', 'As soon as practicable after discovering the breach.'),
      lawEnforcement: LE,
      condition: 'This duty binds a vendor (or a person maintaining the data for its owner), not the owner itself.',
      notes: era === '2020' ? 'As soon as practicable and no later than 10 days after discovering the breach or having reason to believe it occurred; a subcontractor notifies the vendor it works for.' : null,
    }),
  );
  if (era === '2020') {
    out.push(
      obligation({
        id: 'vendor-attorney-general',
        recipient: 'attorney_general',
        recipientName: 'Oregon Attorney General (notice from the vendor)',
        citation: 'ORS 646A.604(2)(b)',
        deadline: calendarDays(10, 'discovered'),
        threshold: residents(250, 'more_than'),
        lawEnforcement: LE,
        condition: 'Binds the vendor, when more than 250 consumers (or an unknown number) are affected, unless the covered entity has already notified the Attorney General.',
        notes: 'The statute gives this notice no separate time; this catalogue keeps it with the vendor\'s 10-day notice to the covered entity.',
      }),
    );
  }
  return out;
}

const RANGES: Record<Era, [string, string | null]> = {
  '2007': ['2007-10-01', '2015-12-31'],
  '2016': ['2016-01-01', '2018-06-01'],
  '2018': ['2018-06-02', '2019-12-31'],
  '2020': ['2020-01-01', null],
};
const BILLS: Record<Era, string> = {
  '2007': 'ORS 646A.600-646A.628 (S.B. 583, Or. Laws 2007 ch. 759)',
  '2016': 'ORS 646A.602, 646A.604 as amended by S.B. 601 (Or. Laws 2015 ch. 357)',
  '2018': 'ORS 646A.604 as amended by S.B. 1551 (Or. Laws 2018 ch. 10)',
  '2020': 'ORS 646A.600-646A.628 as amended by S.B. 684 (Or. Laws 2019 ch. 180)',
};
const SUMMARIES: Record<Era, string> = {
  '2007': 'Oregon organisations, public bodies included, had to notify affected consumers without unreasonable delay, and the credit bureaus when more than 1,000 were affected.',
  '2016': 'Oregon added notice to the Attorney General when more than 250 consumers are notified, still with no fixed number of days.',
  '2018': 'Oregon requires notice to consumers, and to the Attorney General when more than 250 are affected, within 45 days of discovering the breach.',
  '2020': 'Oregon requires notice to consumers and (above 250) the Attorney General within 45 days of discovery, and gives vendors 10 days to tell the covered entity.',
};

const UNVERIFIED: Record<Era, string[]> = {
  '2007': [
    'The 2007 text was not read; that public bodies (ORS 174.109) were "persons" from the start, the five-year record of a no-harm finding and the substitute-notice thresholds are taken from the current text.',
  ],
  '2016': [
    'S.B. 601 was not read; the Attorney General threshold and date come from the Perkins Coie chart and the Bloomberg table.',
  ],
  '2018': ['S.B. 1551 was not read; the 45-day limit and its 2018-06-02 start come from the Perkins Coie chart and the Akesari day-count table.'],
  '2020': ['Tax return preparers must also report breaches of return information to the Department of Revenue (H.B. 2128, 2021); that duty is not encoded.'],
};

function version(era: Era): RuleVersion {
  const [from, to] = RANGES[era];
  return {
    id: `OR-${era}`,
    effectiveFrom: from,
    effectiveTo: to,
    citations: [BILLS[era]],
    summary: SUMMARIES[era],
    coverage: coverage({
      business: ['yes', 'ORS 646A.604(1) binds a covered entity: a person that owns, licenses or otherwise possesses personal information in the course of its business, vocation, occupation or volunteer activities (ORS 646A.602).'],
      nonprofit: ['yes', 'ORS 646A.602 defines "person" to include any organization or entity, whether or not organized to operate at a profit.'],
      local_government: ['yes', 'ORS 646A.602 defines "person" to include a public body as defined in ORS 174.109, which includes local government bodies (cities, counties, districts).'],
      state_agency: ['yes', 'ORS 646A.602 defines "person" to include a public body as defined in ORS 174.109, which includes state government bodies.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'ORS 646A.602' },
    riskOfHarmException: {
      exists: true,
      standard: 'No notice if, after an appropriate investigation or consulting law enforcement, the organisation reasonably determines the consumers are unlikely to suffer harm.',
      recordToKeep: 'A written determination that harm is unlikely, kept for five years.',
    },
    personalInformation: personalInformation(era),
    substituteNotice: { costOver: 250_000, recipientsOver: 350_000, citation: 'ORS 646A.604(4)(d)' },
    obligations: obligationsFor(era),
    confidence: era === '2020' ? 'high' : 'medium',
    unverified: UNVERIFIED[era],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'amendment history: S.B. 601 eff. 2016-01-01, S.B. 1551 eff. 2018-06-02, S.B. 684; content, harm rule, substitute notice' },
      { where: BLOOMBERG_TABLE, facts: 'amendment dates, AG portal' },
      ...(era === '2020' || era === '2018'
        ? [{ where: AKESARI_BILL('2019 Ore. SB 684.PDF'), facts: '45 days for every notice under (1), the AG included; vendor 10 days; vendor AG notice; pre-2020 "as soon as practicable" vendor wording (struck text)' }]
        : []),
      { where: 'https://oregon.public.law/statutes/ors_646A.602', facts: 'current definitions: breach of security, covered entity, encryption' },
      { where: 'Multistate AG filing list (agi-lab/data-breaches-reporting), as summarised in the project reference real-cases README', facts: 'Oregon AG notices: 45 days after discovery, AG over 250 residents (from 2020-01-01 in the data)' },
    ],
  };
}

export const oregon: Jurisdiction = {
  code: 'OR',
  name: 'Oregon',
  kind: 'state',
  holidays: { country: 'US', state: 'OR' },
  laws: [
    {
      id: 'OR-646A-604',
      title: 'Oregon Consumer Information Protection Act, ORS 646A.600-646A.628 (notice of breach, ORS 646A.604)',
      scope: 'residents',
      versions: (['2007', '2016', '2018', '2020'] as const).map(version),
    },
  ],
};
