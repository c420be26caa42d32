// Washington: two parallel laws amended together in 2015 (H.B. 1078) and 2019 (H.B. 1071):
// RCW 19.255.010 for persons and businesses, RCW 42.56.590 for state and local agencies.
import type { Coverage, DataElement, Jurisdiction, ObligationRule, OrgCategory, PersonalInformationDefinition, RuleVersion, Source } from './types.js';
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
  /** Where "personal information" is defined, before and after H.B. 1071 moved it. */
  definition: Record<'before2020' | 'from2020', string>;
}

// "Personal information". Until 2020: a name with an SSN, a driver's licence or Washington ID card
// number, or an account or card number with the code that unlocks it (H.B. 1078 of 2015 left it as
// it was). H.B. 1071 (2020-03-01) added full date of birth, a private signing key, student, military
// and passport numbers, health insurance numbers, medical information and biometric data; online
// credentials on their own; and any listed element without a name if it would enable identity theft.
const UNLOCKING: DataElement[] = ['card_security_code', 'access_code', 'password'];
const NAME_WITH_2020: DataElement[] = [
  'ssn', 'drivers_license', 'state_id', 'date_of_birth', 'digital_signature', 'military_id', 'passport', 'health_insurance', 'medical', 'biometric',
];
function personalInformation(era: Era, statute: Statute): PersonalInformationDefinition {
  if (era !== '2020') {
    return {
      citation: statute.definition.before2020,
      summary:
        "a person's first name or initial and last name with an unencrypted Social Security number, driver's licence or Washington ID card number, or an account or card number together with the security code, access code or password needed to use it",
      combinations: [
        { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
        { all: ['name', 'card_number'], anyOf: UNLOCKING },
        { all: ['name', 'account_number'], anyOf: UNLOCKING },
      ],
    };
  }
  // "Any other numbers or information that can be used to access" the account: an expiration date counts.
  const access: DataElement[] = ['card_expiration', ...UNLOCKING];
  return {
    citation: statute.definition.from2020,
    summary:
      "a person's first name or initial and last name with a Social Security, driver's licence, Washington ID, student, military or passport number, full date of birth, private signing key, health insurance number, medical information, biometric data, or an account or card number with any code or information that unlocks it; a username or email address with its password or security answers; or, without a name, any of those elements that would enable identity theft",
    combinations: [
      { all: ['name'], anyOf: NAME_WITH_2020 },
      { all: ['name', 'card_number'], anyOf: access },
      { all: ['name', 'account_number'], anyOf: access },
      { all: ['username'], anyOf: ['password', 'security_question'] },
      { all: ['email'], anyOf: ['password', 'security_question'] },
      // Without a name: only elements that on their own would let someone commit identity theft.
      { all: [], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'digital_signature'] },
      { all: ['card_number'], anyOf: UNLOCKING },
      { all: ['account_number'], anyOf: UNLOCKING },
    ],
  };
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
  definition: { before2020: 'RCW 19.255.010 (definition of "personal information")', from2020: 'RCW 19.255.005(2)' },
};
const AGENCIES: Statute = {
  section: 'RCW 42.56.590',
  idPrefix: 'WA-AGENCY',
  coverage: governmentOnlyCoverage('RCW 19.255.010', {
    local_government: ['yes', 'RCW 42.56.590 binds every "agency" as defined in RCW 42.56.010, which includes counties, cities, towns, districts and other local agencies.'],
    state_agency: ['yes', 'RCW 42.56.590 binds every state agency ("agency" in RCW 42.56.010).'],
  }),
  definition: { before2020: 'RCW 42.56.590 (definition of "personal information")', from2020: 'RCW 42.56.590 as amended by H.B. 1071 (definition of "personal information")' },
};

const SOURCES: Record<Era, Source[]> = {
  '2005': [
    { where: PERKINS_CHART_2021, facts: 'history' },
    { where: 'http://www.perkinscoie.com/sc_washington/', facts: 'pre-2015 chart: no disclosure of a technical breach not reasonably likely to subject customers to a risk of criminal activity; maintainer notifies owner immediately following discovery' },
    { where: 'http://www.aicpa.org/interestareas/informationtechnology/resources/privacy/federalstateandotherprofessionalregulations/stateprivacyregulations/pages/washington%20state%20security%20breach%20laws.aspx', facts: 'S.B. 6043 (2005) personal information: name + SSN, licence or Washington ID, account or card number with required code, when not encrypted' },
    { where: 'http://www.mrsc.org/mc/rcw/RCW%20%2042%20%20TITLE/RCW%20%2042%20.%2056%20%20CHAPTER/RCW%20%2042%20.%2056%20.590.htm', facts: 'pre-2015 RCW 42.56.590 text: unencrypted personal information; agency maintaining data it does not own notifies the owner immediately following discovery' },
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
    { where: 'https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.005', facts: 'RCW 19.255.005(2) definition of personal information as amended by H.B. 1071' },
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

/** Both laws, in every era: whoever maintains data it does not own tells the owner immediately. */
function vendorNotice(section: string, agency: boolean): ObligationRule {
  return obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: `${section}(2)`,
    deadline: withoutDelay('discovered', 'immediately after the vendor discovers the breach, if personal information was or is reasonably believed to have been acquired by an unauthorized person'),
    lawEnforcement: toll(section),
    condition: `This duty binds ${agency ? 'an agency' : 'a person or business'} that maintains the data without owning or licensing it, not the owner. It is shown so the owner can see when its vendor had to tell it; record the vendor's notice as a notified_by_vendor event.`,
    notes: "The statute counts from the vendor's own discovery; when only the owner's discovery is recorded, breachdesk counts from that.",
  });
}

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
      vendorNotice(section, agency),
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
  return [individuals, attorneyGeneral, vendorNotice(section, agency)];
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
    unverified.push(
      agency
        ? 'Whether the agency law of 2005 had the business law\'s exception for technical breaches unlikely to lead to criminal activity was not established; the text read shows none, so none is encoded.'
        : 'The exception for technical breaches unlikely to lead to criminal activity is taken from the Perkins Coie chart of the pre-2015 law, not from the enacted text.',
      'The substitute-notice figures ($250,000 / 500,000) were confirmed for the law as amended; that the 2005 text used the same figures is assumed.',
    );
  }
  if (era === '2020') {
    unverified.push(
      'A student ID number has no data element and cannot be matched; a private signing key is matched as digital_signature.',
      'Without a name, the statute covers an element only if it would enable identity theft: breachdesk counts government ID numbers, signing keys and card or account numbers with their codes, not date of birth, health data or biometrics alone.',
    );
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
    // 2005: only "unencrypted" personal information was notifiable, with no exception for a stolen key.
    encryptionSafeHarbor: { exists: true, keyException: era !== '2005', citation: statute.section },
    riskOfHarmException:
      era !== '2005'
        ? { exists: true, standard: 'No notice if the breach is not reasonably likely to subject consumers to a risk of harm.', recordToKeep: null }
        : agency
          ? { exists: false, standard: null, recordToKeep: null }
          : {
              exists: true,
              standard: 'No notice of a technical breach that does not seem reasonably likely to subject customers to a risk of criminal activity.',
              recordToKeep: null,
            },
    personalInformation: personalInformation(era, statute),
    substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: statute.section },
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
