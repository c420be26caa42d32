// Georgia: O.C.G.A. §§ 10-1-910 to -912 bind only information brokers (2005) and, from 2007, state
// and local "data collectors"; ordinary private businesses are outside the statute. Public bodies
// also report cyber attacks to the Director of Emergency Management and Homeland Security (2021).
import type { Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withoutDelay } from './shared.js';

const LE = toll('O.C.G.A. § 10-1-912(c)');
const EXPEDIENT = 'In the most expedient time possible and without unreasonable delay after discovery or notification of the breach, allowing for law enforcement and for measures to determine its scope and restore the system.';

const individuals: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Georgia residents',
  citation: 'O.C.G.A. § 10-1-912(a)',
  deadline: withoutDelay('discovered', EXPEDIENT),
  lawEnforcement: LE,
  notes: 'The statute sets no content for the notice. Notice may be written, by telephone, electronic (E-SIGN) or substitute.',
});

const creditBureaus: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: 'O.C.G.A. § 10-1-912(d)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 10,000 Georgia residents are to be notified at one time.'),
  threshold: residents(10_000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Timing, distribution and content of the notices'],
});

const vendor = (owners: string): ObligationRule =>
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'O.C.G.A. § 10-1-912(b)',
    deadline: hours(24, 'discovered'),
    condition: `Binds a person or business that maintains computerized data for ${owners}, not the owner itself; only where the information was, or is reasonably believed to have been, acquired by an unauthorized person.`,
  });

const PI: PersonalInformationDefinition = {
  citation: 'O.C.G.A. § 10-1-911 ("personal information")',
  summary:
    'name with SSN, driver licence or state ID number, an account or card number usable without further codes, or an account password, PIN or access code; any of these without the name when enough for identity theft',
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'account_number', 'card_number', 'password', 'access_code'] },
    // The without-a-name limb applies only if the data suffice for identity theft; the government
    // identifiers are taken to suffice, the safer reading.
    { all: [], anyOf: ['ssn', 'drivers_license', 'state_id'] },
  ],
};
const SAFE_HARBOR = { exists: true, keyException: false, citation: 'O.C.G.A. §§ 10-1-911, 10-1-912(a)' };
const NO_HARM_TEST = { exists: false, standard: null };
const SUBSTITUTE = { costOver: 50_000, recipientsOver: 100_000, citation: 'O.C.G.A. § 10-1-911(4)(D)' };
const BROKER = 'an information broker: a person or entity that, for fees or dues, collects and communicates information about individuals mainly to furnish personal information to nonaffiliated third parties (O.C.G.A. § 10-1-911(3))';

const general: RuleVersion[] = [
  {
    id: 'GA-2005',
    effectiveFrom: '2005-05-05',
    effectiveTo: '2007-05-23',
    citations: ['O.C.G.A. §§ 10-1-910 to 10-1-912 (S.B. 230, Act 163 of 2005, eff. on signature 2005-05-05)'],
    summary: "Georgia's first breach law bound only information brokers, which had to notify affected residents as expediently as possible.",
    coverage: coverage({
      business: ['uncertain', `Only ${BROKER} was bound; other businesses were outside § 10-1-912.`],
      nonprofit: ['uncertain', `Only ${BROKER} was bound.`],
      local_government: ['no', 'Government "data collectors" were added only by S.B. 236, effective 2007-05-24.'],
      state_agency: ['no', 'Government "data collectors" were added only by S.B. 236, effective 2007-05-24.'],
    }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: PI,
    substituteNotice: SUBSTITUTE,
    obligations: [individuals, creditBureaus, vendor('an information broker')],
    confidence: 'medium',
    unverified: [
      'The enacted S.B. 230 text was not read in full: that the 24-hour vendor notice, the 10,000 threshold and the substitute-notice limits already stood in 2005 is inferred from the 2010 code and the Georgia State law review note.',
    ],
    sources: [
      { where: 'http://www.legis.state.ga.us/legis/2005_06/versions/sb230_AP_12.htm', facts: 'S.B. 230 as passed: information brokers only' },
      { where: 'https://readingroom.law.gsu.edu/gsulr/vol22/iss1/17/', facts: 'information brokers; consumer reporting agencies for more than 10,000 residents' },
      { where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-georgia.html', facts: 'S.B. 230 signed and effective 2005-05-05; S.B. 236 effective 2007-05-24' },
    ],
  },
  {
    id: 'GA-2007',
    effectiveFrom: '2007-05-24',
    effectiveTo: null,
    citations: ['O.C.G.A. §§ 10-1-910 to 10-1-912 as amended by S.B. 236 (2007, eff. 2007-05-24)'],
    summary: 'Georgia information brokers and state and local government bodies must notify affected residents as expediently as possible, and the credit bureaus when more than 10,000 are notified.',
    coverage: coverage({
      business: ['uncertain', `Only ${BROKER} is bound; other businesses are outside § 10-1-912.`],
      nonprofit: ['uncertain', `Only ${BROKER} is bound.`],
      local_government: ['yes', '§ 10-1-911(2): a "data collector" is any state or local agency or subdivision (departments, authorities, public colleges, commissions), except bodies whose records are kept mainly for traffic safety, law enforcement, licensing, court records or property records.'],
      state_agency: ['yes', '§ 10-1-911(2): a "data collector" includes any state agency, bureau, authority, public university or college, except the record-keeping bodies it excludes.'],
    }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: PI,
    substituteNotice: SUBSTITUTE,
    obligations: [individuals, creditBureaus, vendor('an information broker or data collector')],
    confidence: 'high',
    unverified: ['Whether the government exclusion (traffic safety, law enforcement, licensing, court or property records) covers a particular body must be judged case by case.'],
    sources: [
      { where: 'https://law.justia.com/codes/georgia/2016/title-10/chapter-1/article-34/section-10-1-912', facts: '§ 10-1-912 text: expedient notice, 24-hour vendor notice, law-enforcement delay, more than 10,000 to CRAs' },
      { where: 'http://ga.elaws.us/law/section10-1-911', facts: '§ 10-1-911 definitions of data collector and information broker' },
      { where: PERKINS_CHART_2021, facts: 'substitute notice thresholds' },
      { where: BLOOMBERG_TABLE, facts: 'covered entities, CRA, 24 hours' },
    ],
  },
];

const gema: RuleVersion[] = [
  {
    id: 'GA-GEMA-2021',
    effectiveFrom: '2021-03-25',
    effectiveTo: null,
    citations: ['O.C.G.A. § 38-3-22.2 (H.B. 156, Act 8 of 2021, eff. on signature 2021-03-25)'],
    summary: 'Georgia state and local agencies must report cyber attacks, data breaches and malware that meet the Director\'s criteria to the Director of Emergency Management and Homeland Security.',
    coverage: governmentOnlyCoverage('O.C.G.A. § 10-1-912', {
      local_government: ['yes', '§ 38-3-22.2 covers agencies, defined to include political subdivisions and school districts (municipal gas and electric providers are treated separately).'],
      state_agency: ['yes', '§ 38-3-22.2 covers every agency of the state.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'gema-report',
        recipient: 'state_agency',
        recipientName: 'Director of the Georgia Emergency Management and Homeland Security Agency (state entities report through the Georgia Technology Authority service desk)',
        citation: 'O.C.G.A. § 38-3-22.2',
        deadline: hours(1, 'discovered'),
        condition: 'Only incidents the Director classes as able to create a life-safety event, substantially affect the security of data and information systems, or affect critical systems, equipment or service delivery. A report already required to the federal government may satisfy the duty.',
        notes: 'The statute leaves the time to the Director\'s rules; the one hour used here is the Georgia Technology Authority\'s instruction for severity 1 and 2 incidents, not a number in the statute.',
      }),
    ],
    confidence: 'low',
    unverified: [
      'The rules adopted by the Director under § 38-3-22.2 were not read; the one-hour period comes from the Georgia Technology Authority reporting page.',
      'One summary says a body reporting to the federal government must send the same information to the Director within two hours; another says the federal report satisfies the duty. Not resolved.',
    ],
    sources: [
      { where: 'https://gta.georgia.gov/cyber-incident-reporting', facts: 'H.B. 156 signed 2021-03-25; severity 1-2 incidents reported within one hour' },
      { where: 'http://www.ciclt.net/sn/leg/l_detail2.aspx?ClientCode=gsba&L_State=ga&L_Session=2021-2022&L_ID=2166664', facts: 'agencies incl. school districts; Director sets mechanism and time frame; effective on signature' },
      { where: 'https://gacities.com/Legislative-Session/Bill/HB156', facts: 'local governments covered; two-hour note for federal reporters' },
    ],
  },
];

export const georgia: Jurisdiction = {
  code: 'GA',
  name: 'Georgia',
  kind: 'state',
  holidays: { country: 'US', state: 'GA' },
  laws: [
    { id: 'GA-10-1-912', title: 'Georgia Personal Identity Protection, O.C.G.A. §§ 10-1-910 to 10-1-912', scope: 'residents', versions: general },
    { id: 'GA-38-3-22-2', title: 'Reporting of cyber attacks by public agencies, O.C.G.A. § 38-3-22.2', scope: 'home', versions: gema },
  ],
};
