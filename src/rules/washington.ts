// Washington: two parallel laws amended together in 2015 (H.B. 1078) and 2019 (H.B. 1071):
// RCW 19.255.010 for persons and businesses, RCW 42.56.590 for state and local agencies.
import type { Coverage, Jurisdiction, ObligationRule, OrgCategory, RuleVersion, Source } from './types.js';
import {
  AKESARI_BILL,
  PERKINS_CHART_2021,
  calendarDays,
  coverage,
  governmentOnlyCoverage,
  obligation,
  residents,
  toll,
  withoutDelay,
} from './shared.js';

type Era = '2005' | '2015' | '2020';
interface Statute {
  section: string;
  idPrefix: string;
  coverage: Record<OrgCategory, Coverage>;
}

const BUSINESSES: Statute = {
  section: 'RCW 19.255.010',
  idPrefix: 'WA',
  coverage: coverage({
    business: ['yes', 'RCW 19.255.010 binds any person or business that conducts business in Washington and owns or licenses personal information.'],
    nonprofit: ['yes', 'A nonprofit is a "person" under RCW 19.255.010; agencies, not nonprofits, fall under RCW 42.56.590.'],
    local_government: ['no', 'Local agencies follow the parallel RCW 42.56.590, not RCW 19.255.010.'],
    state_agency: ['no', 'State agencies follow the parallel RCW 42.56.590, not RCW 19.255.010.'],
  }),
};
const AGENCIES: Statute = {
  section: 'RCW 42.56.590',
  idPrefix: 'WA-AGENCY',
  coverage: governmentOnlyCoverage('RCW 19.255.010', {
    local_government: ['yes', 'RCW 42.56.590 binds every "agency" as defined in RCW 42.56.010, which includes counties, cities, towns, districts and other local agencies.'],
    state_agency: ['yes', 'RCW 42.56.590 binds every state agency ("agency" in RCW 42.56.010).'],
  }),
};

const SOURCES: Record<Era, Source[]> = {
  '2005': [
    { where: PERKINS_CHART_2021, facts: 'history' },
    { where: AKESARI_BILL('2015 Wa. HB 1078.PDF'), facts: '2015 amendments added AG notice and 45 days' },
  ],
  '2015': [
    { where: AKESARI_BILL('2015 Wa. HB 1078.PDF'), facts: '45 calendar days, AG >500 by the time consumers are notified' },
    { where: 'https://alstonprivacy.com/?p=1950', facts: 'H.B. 1078 in force 2015-07-24; AG notice over 500 residents; consumer notice content (contact, types of PI, credit bureau numbers)' },
    { where: 'https://privacylaw.proskauer.com/2015/04/articles/data-breaches/washington-state-amends-breach-notification-law-to-expand-notification-requirements/', facts: 'H.B. 1078 amends both RCW 19.255.010 and 42.56.590' },
  ],
  '2020': [
    { where: AKESARI_BILL('2019 Wa. HB 1071.PDF'), facts: '30 calendar days; AG within 30 days after discovery; effective 2020-03-01' },
    { where: PERKINS_CHART_2021, facts: 'content, exemptions, harm rule' },
    { where: 'https://atg.wa.gov/washington-s-data-breach-notification-laws', facts: 'AG page: 30 days for both; AG web form; state agencies may delay up to 14 days for translation' },
    { where: 'https://lawserver.com/law/state/washington/wa-code/washington_code_42-56-590', facts: '§ 42.56.590 text' },
  ],
};

const RANGES: Record<Era, [string, string | null]> = {
  '2005': ['2005-07-24', '2015-07-23'],
  '2015': ['2015-07-24', '2020-02-29'],
  '2020': ['2020-03-01', null],
};

const CITATIONS: Record<Era, (section: string) => string> = {
  '2005': (s) => (s === 'RCW 42.56.590' ? 'RCW 42.56.590 (enacted 2005 as RCW 42.17.31922, recodified 2006)' : 'RCW 19.255.010 (S.B. 6043, 2005)'),
  '2015': (s) => `${s} as amended by H.B. 1078 (2015)`,
  '2020': (s) => `${s} as amended by H.B. 1071 (2019, eff. 2020-03-01)`,
};

function obligationsFor(era: Era, section: string, agency: boolean): ObligationRule[] {
  const le = toll(section);
  const base = { recipient: 'individuals' as const, recipientName: 'Affected Washington residents', citation: section, lawEnforcement: le };
  if (era === '2005') {
    return [
      obligation({
        id: 'individuals',
        ...base,
        deadline: withoutDelay('discovered', 'Most expedient time possible and without unreasonable delay after discovery or notification of the breach.'),
      }),
    ];
  }
  const days = era === '2015' ? 45 : 30;
  const individuals = obligation({
    id: 'individuals',
    ...base,
    deadline: calendarDays(days, 'discovered'),
    requiredContent: [
      'Written in plain language',
      'Name and contact information of the reporting organisation',
      'Types of personal information believed to be involved',
      ...(era === '2020' ? ['Time frame of exposure, if known, including the date of the breach and the date it was discovered'] : []),
      'Toll-free telephone numbers and addresses of the major credit reporting agencies, if personal information was exposed',
    ],
    letterElements: era === '2020' ? ['contact', 'information_involved', 'breach_dates', 'credit_bureaus'] : ['contact', 'information_involved', 'credit_bureaus'],
    condition: era === '2020' ? 'If login credentials were breached, the notice must also tell residents to change passwords and security questions.' : null,
    notes: `Most expedient time possible and no more than ${days} calendar days after discovery, unless law enforcement asks for delay or time is needed to determine scope and restore the system.${
      agency && era === '2020' ? ' A state agency may take up to 14 more days to translate the notice into a resident\'s primary language.' : ''
    }`,
  });
  const attorneyGeneral = obligation({
    id: 'attorney-general',
    recipient: 'attorney_general',
    recipientName: era === '2020' ? 'Washington Attorney General (online form)' : 'Washington Attorney General',
    citation: section,
    deadline: calendarDays(days, 'discovered'),
    threshold: residents(500, 'more_than'),
    lawEnforcement: le,
    requiredContent:
      era === '2015'
        ? ['Sample copy of the resident notice, without personal information', 'Number of Washington residents affected, or an estimate']
        : [
            'Number of Washington residents affected, or an estimate',
            'Types of personal information involved',
            'Time frame of exposure, including the date of the breach and the date it was discovered',
            'Summary of the steps taken to contain the breach',
            'Sample copy of the resident notice, without personal information',
          ],
    notes:
      era === '2015'
        ? 'Due by the time residents are notified and within 45 calendar days of discovery; this catalogue dates it from discovery.'
        : 'Update the notice if information was not known when it was due.',
  });
  return [individuals, attorneyGeneral];
}

function version(era: Era, statute: Statute): RuleVersion {
  const agency = statute === AGENCIES;
  const [from, to] = RANGES[era];
  const unverified: string[] = [];
  if (agency && era !== '2020') {
    unverified.push('Earlier agency versions are not in the research records; they are taken to mirror the business law, which H.B. 1078 amended in the same way.');
  }
  if (era === '2015') {
    unverified.push('The 2015 resident-notice content list comes from law-firm summaries of H.B. 1078, not from the research record.');
  }
  if (era === '2005') {
    unverified.push('The encryption safe harbour of this period was not checked.');
  }
  return {
    id: `${statute.idPrefix}-${era}`,
    effectiveFrom: from,
    effectiveTo: to,
    citations: [CITATIONS[era](statute.section)],
    summary:
      era === '2005'
        ? `Washington ${agency ? 'agencies' : 'businesses'} had to notify affected residents in the most expedient time possible, with no fixed deadline and no notice to the Attorney General.`
        : `Washington ${agency ? 'agencies' : 'businesses'} must notify affected residents, and the Attorney General when more than 500 residents are affected, within ${era === '2015' ? 45 : 30} days of discovery.`,
    coverage: statute.coverage,
    encryptionSafeHarbor: era === '2005' ? null : { exists: true, keyException: true, citation: statute.section },
    riskOfHarmException:
      era === '2005'
        ? { exists: false, standard: null }
        : { exists: true, standard: 'No notice if the breach is not reasonably likely to subject consumers to a risk of harm.' },
    obligations: obligationsFor(era, statute.section, agency),
    confidence: era === '2020' || (era === '2015' && !agency) ? 'high' : 'medium',
    unverified,
    sources: SOURCES[era],
  };
}

const ERAS: Era[] = ['2005', '2015', '2020'];

export const washington: Jurisdiction = {
  code: 'WA',
  name: 'Washington',
  kind: 'state',
  holidays: { country: 'US', state: 'WA' },
  laws: [
    {
      id: 'WA-RCW-19-255',
      title: 'RCW 19.255.010: notice of security breaches by persons and businesses',
      scope: 'residents',
      versions: ERAS.map((era) => version(era, BUSINESSES)),
    },
    {
      id: 'WA-RCW-42-56-590',
      title: 'RCW 42.56.590: notice of security breaches by state and local agencies',
      scope: 'residents',
      versions: ERAS.map((era) => version(era, AGENCIES)),
    },
  ],
};
