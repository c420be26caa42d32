// Georgia: O.C.G.A. §§ 10-1-910 to -912 bind only information brokers (2005) and, from 2007, state
// and local "data collectors"; ordinary private businesses are outside the statute. Public bodies
// also report cyber attacks to the Director of Emergency Management and Homeland Security (2021).
import type { EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, Verification } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withoutDelay } from './shared.js';

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

const VENDOR_2005: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'O.C.G.A. § 10-1-912(b)',
  deadline: hours(24, 'discovered'),
  condition: 'Binds a person or business that maintains computerized data for an information broker, not the owner itself; only where the information was, or is reasonably believed to have been, acquired by an unauthorized person.',
});

const VENDOR_2007: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'O.C.G.A. § 10-1-912(b)',
  deadline: hours(24, 'discovered'),
  condition: 'Binds a person or business that maintains computerized data for an information broker or data collector, not the owner itself; only where the information was, or is reasonably believed to have been, acquired by an unauthorized person.',
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
const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: '§ 10-1-912(a): notice to residents whose "unencrypted" personal information was acquired; § 10-1-911(6): name or elements "not encrypted or redacted"; nothing on keys',
  citation: 'O.C.G.A. §§ 10-1-911(6), 10-1-912(a)',
};
const KEY_ASSUMPTION =
  'Georgia exempts data that is encrypted or redacted and says nothing of a taken key: literally such data stays exempt, but breachdesk treats encrypted data whose key was also taken as notifiable, the safer reading.';
const NO_HARM_TEST = { exists: false, standard: null };
const SUBSTITUTE = { costOver: 50_000, recipientsOver: 100_000, citation: 'O.C.G.A. § 10-1-911(4)(D)' };
const BROKER = 'an information broker: a person or entity that, for fees or dues, collects and communicates information about individuals mainly to furnish personal information to nonaffiliated third parties (O.C.G.A. § 10-1-911(3))';


// ---- texts read ----
const CODE_911 = 'O.C.G.A. § 10-1-911 (2010 code), verbatim copy at http://www.laws9.com/statutes/georgia/title-10/chapter-1/article-34/10-1-911 (also http://ga.elaws.us/law/section10-1-911)';
const CODE_912 = 'O.C.G.A. § 10-1-912 (2010 code), verbatim copy at http://www.laws9.com/statutes/georgia/title-10/chapter-1/article-34/10-1-912';
const WHY_911_LATER = 'The stored copies of § 10-1-911 break off at paragraph (4); the rest of the definitions was read only in summaries.';
const WHY_2005 = 'S.B. 230 (2005) as passed was not read (its legislature page is not in the stored copies); the 2005 facts are inferred from the 2007-2010 code text and summaries.';

const GA_2007_FACTS = {
  personal_information: {
    kind: 'secondary',
    where: 'https://twfg342.com/blog/cyber-breach-notification-law-for-georgia/',
    says: '§ 10-1-911(6): name with SSN, licence or state ID, an account or card number usable without codes, or passwords/PINs; any of these without the name if enough for identity theft',
    checked: '2026-12-08',
    why: WHY_911_LATER,
  },
  encryption: {
    kind: 'primary',
    where: CODE_912,
    says: '§ 10-1-912(a): notice to residents whose "unencrypted" personal information was acquired; nothing on keys',
    checked: '2026-12-08',
  },
  risk_of_harm: {
    kind: 'primary',
    where: CODE_912,
    says: 'none: § 10-1-912(a) has no harm test; acquisition of unencrypted personal information is enough',
    checked: '2026-12-08',
  },
  deadline: {
    kind: 'primary',
    where: CODE_912,
    says: '§ 10-1-912(a): most expedient time possible and without unreasonable delay; (b) vendor within 24 hours of discovery',
    checked: '2026-12-08',
  },
  anchor: {
    kind: 'primary',
    where: CODE_912,
    says: '§ 10-1-912(a): following discovery or notification of the breach',
    checked: '2026-12-08',
  },
  threshold: {
    kind: 'primary',
    where: CODE_912,
    says: '§ 10-1-912(d): bureaus when notice is required for more than 10,000 Georgia residents (at one time, per Perkins Coie: the copy breaks off there)',
    checked: '2026-12-08',
  },
  law_enforcement: {
    kind: 'primary',
    where: CODE_912,
    says: '§ 10-1-912(c): notice may be delayed while law enforcement says it would compromise an investigation, then made once it says it will not; no new number of days',
    checked: '2026-12-08',
  },
  substitute_notice: {
    kind: 'secondary',
    where: PERKINS_CHART_2021,
    says: '§ 10-1-911(4)(D): substitute notice when the cost exceeds $50,000, more than 100,000 persons, or no contact details',
    checked: '2026-12-08',
    why: WHY_911_LATER,
  },
  required_content: {
    kind: 'primary',
    where: CODE_912,
    says: 'none for residents: § 10-1-912(a)-(c) set no content; the bureaus receive the timing, distribution and content of the notices (d)',
    checked: '2026-12-08',
  },
  forbidden_content: {
    kind: 'primary',
    where: CODE_912,
    says: 'none: § 10-1-912 forbids nothing in a notice',
    checked: '2026-12-08',
  },
} satisfies Partial<Record<keyof Verification, FactCheck>>;

const GA_2005_VERIFICATION: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-georgia.html',
    says: 'S.B. 230 signed and in force 2005-05-05; S.B. 236 in force 2007-05-24',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  coverage: {
    kind: 'secondary',
    where: 'https://readingroom.law.gsu.edu/gsulr/vol22/iss1/17/',
    says: 'the 2005 act bound information brokers only; government data collectors came in 2007',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  personal_information: { ...GA_2007_FACTS.personal_information, why: WHY_2005 },
  encryption: { ...GA_2007_FACTS.encryption, kind: 'secondary', why: WHY_2005 },
  risk_of_harm: { ...GA_2007_FACTS.risk_of_harm, kind: 'secondary', why: WHY_2005 },
  deadline: { ...GA_2007_FACTS.deadline, kind: 'secondary', why: WHY_2005 },
  anchor: { ...GA_2007_FACTS.anchor, kind: 'secondary', why: WHY_2005 },
  threshold: {
    kind: 'secondary',
    where: 'https://readingroom.law.gsu.edu/gsulr/vol22/iss1/17/',
    says: 'bureaus when more than 10,000 residents are notified',
    checked: '2026-12-08',
    why: WHY_2005,
  },
  law_enforcement: { ...GA_2007_FACTS.law_enforcement, kind: 'secondary', why: WHY_2005 },
  substitute_notice: { ...GA_2007_FACTS.substitute_notice, why: WHY_2005 },
  required_content: { ...GA_2007_FACTS.required_content, kind: 'secondary', why: WHY_2005 },
  forbidden_content: { ...GA_2007_FACTS.forbidden_content, kind: 'secondary', why: WHY_2005 },
};

const GA_2007_VERIFICATION: Verification = {
  ...GA_2007_FACTS,
  effective_dates: {
    kind: 'secondary',
    where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-georgia.html',
    says: 'S.B. 236 signed and in force 2007-05-24; no later change to §§ 10-1-911 and -912 is recorded',
    checked: '2026-12-08',
    why: 'S.B. 236 (2007) was not read (the stored Akesari12 copy is a PDF without text); the 2010 code text read carries no dates.',
  },
  coverage: {
    kind: 'primary',
    where: CODE_911,
    says: '§ 10-1-911(2): data collectors are state and local agencies, except bodies keeping records mainly for traffic safety, law enforcement, licensing, court or property records; (3) information brokers; § 10-1-912(a) binds both',
    checked: '2026-12-08',
  },
};

const GEMA_WHY = 'The text of O.C.G.A. § 38-3-22.2 (H.B. 156, 2021) and the Director\'s rules under it were not read; only the GSBA staff analysis, the bill title and the Georgia Technology Authority page were found.';
const GEMA_VERIFICATION: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: 'http://www.ciclt.net/sn/leg/l_detail2.aspx?ClientCode=gsba&L_State=ga&L_Session=2021-2022&L_ID=2166664',
    says: 'H.B. 156 effective on signature, 2021-03-25',
    checked: '2026-12-08',
    why: GEMA_WHY,
  },
  coverage: {
    kind: 'secondary',
    where: 'http://www.ciclt.net/sn/leg/l_detail2.aspx?ClientCode=gsba&L_State=ga&L_Session=2021-2022&L_ID=2166664',
    says: 'every agency, a term that includes school districts and political subdivisions; utilities separately',
    checked: '2026-12-08',
    why: GEMA_WHY,
  },
  personal_information: {
    kind: 'secondary',
    where: 'https://fastdemocracy.com/bill-summary/?billsummary_state=ga&billsummary_id=GAB00019264',
    says: 'none: the duty turns on a cyber attack, data breach or malware, not on personal information',
    checked: '2026-12-08',
    why: GEMA_WHY,
  },
  encryption: {
    kind: 'secondary',
    where: 'https://gta.georgia.gov/cyber-incident-reporting',
    says: 'none: no encryption exemption',
    checked: '2026-12-08',
    why: GEMA_WHY,
  },
  risk_of_harm: {
    kind: 'secondary',
    where: 'http://www.ciclt.net/sn/leg/l_detail2.aspx?ClientCode=gsba&L_State=ga&L_Session=2021-2022&L_ID=2166664',
    says: 'only incidents the Director classes as able to create a life-safety event, affect data security or critical systems',
    checked: '2026-12-08',
    why: GEMA_WHY,
  },
  deadline: {
    kind: 'secondary',
    where: 'https://gta.georgia.gov/cyber-incident-reporting',
    says: 'the statute leaves the time to the Director\'s rules; GTA asks for severity 1-2 incidents within one hour',
    checked: '2026-12-08',
    why: GEMA_WHY,
  },
  anchor: {
    kind: 'secondary',
    where: 'https://gta.georgia.gov/cyber-incident-reporting',
    says: 'within an hour of recognising the issue',
    checked: '2026-12-08',
    why: GEMA_WHY,
  },
  threshold: {
    kind: 'secondary',
    where: 'https://gta.georgia.gov/cyber-incident-reporting',
    says: 'none: no number of persons; severity classes only',
    checked: '2026-12-08',
    why: GEMA_WHY,
  },
  law_enforcement: {
    kind: 'secondary',
    where: 'http://www.ciclt.net/sn/leg/l_detail2.aspx?ClientCode=gsba&L_State=ga&L_Session=2021-2022&L_ID=2166664',
    says: 'none: no law-enforcement delay',
    checked: '2026-12-08',
    why: GEMA_WHY,
  },
  substitute_notice: {
    kind: 'secondary',
    where: 'https://gta.georgia.gov/cyber-incident-reporting',
    says: 'none: a report to the Director, no substitute form',
    checked: '2026-12-08',
    why: GEMA_WHY,
  },
  required_content: {
    kind: 'secondary',
    where: 'http://www.ciclt.net/sn/leg/l_detail2.aspx?ClientCode=gsba&L_State=ga&L_Session=2021-2022&L_ID=2166664',
    says: 'the Director\'s rules set the mechanism; a report already due to the federal government may satisfy the duty',
    checked: '2026-12-08',
    why: GEMA_WHY,
  },
  forbidden_content: {
    kind: 'secondary',
    where: 'http://www.ciclt.net/sn/leg/l_detail2.aspx?ClientCode=gsba&L_State=ga&L_Session=2021-2022&L_ID=2166664',
    says: 'none: nothing forbidden (reports are exempt from the Open Records Act)',
    checked: '2026-12-08',
    why: GEMA_WHY,
  },
};

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
    obligations: [individuals, creditBureaus, VENDOR_2005],
    confidence: 'low',
    unverified: [
      'The enacted S.B. 230 text was not read: that the 24-hour vendor notice, the 10,000 threshold and the substitute-notice limits already stood in 2005 is inferred from the 2010 code and the Georgia State law review note.',
      KEY_ASSUMPTION,
    ],
    sources: [
      { where: 'http://www.legis.state.ga.us/legis/2005_06/versions/sb230_AP_12.htm', facts: 'S.B. 230 as passed: information brokers only' },
      { where: 'https://readingroom.law.gsu.edu/gsulr/vol22/iss1/17/', facts: 'information brokers; consumer reporting agencies for more than 10,000 residents' },
      { where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-georgia.html', facts: 'S.B. 230 signed and effective 2005-05-05; S.B. 236 effective 2007-05-24' },
    ],
    verification: GA_2005_VERIFICATION,
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
    obligations: [individuals, creditBureaus, VENDOR_2007],
    confidence: 'medium',
    unverified: [
      'Whether the government exclusion (traffic safety, law enforcement, licensing, court or property records) covers a particular body must be judged case by case.',
      KEY_ASSUMPTION,
      'The personal-information definition (§ 10-1-911(6)) and the substitute-notice limits were read only in summaries; the code copies break off before them. The 10,000 count "at one time" follows Perkins Coie.',
      'A name with an account or card number counts only if the number could be used without further codes; breachdesk counts it whenever the name and number are both exposed, the safer reading.',
    ],
    sources: [
      { where: CODE_912, facts: '§ 10-1-912(a)-(d) text: expedient notice, "unencrypted", 24-hour vendor notice, law-enforcement delay, more than 10,000 to CRAs' },
      { where: CODE_911, facts: '§ 10-1-911(1)-(4): breach, data collector and information broker, notice' },
      { where: 'https://law.justia.com/codes/georgia/2016/title-10/chapter-1/article-34/section-10-1-912', facts: '§ 10-1-912 (2016 code), the earlier research' },
      { where: PERKINS_CHART_2021, facts: 'substitute notice thresholds' },
      { where: BLOOMBERG_TABLE, facts: 'covered entities, CRA, 24 hours' },
    ],
    verification: GA_2007_VERIFICATION,
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
    verification: GEMA_VERIFICATION,
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
  channels: [
    NATIONWIDE_CRAS,
    {
      recipient: 'state_agency',
      obligations: ['gema-report'],
      name: 'Georgia Technology Authority service desk, for the Director of Emergency Management and Homeland Security',
      ways: [{ kind: 'phone', value: '1-877-482-3233 (option 2, 24/7; say "Declaring a Cyber-Security Event")' }],
      asksFor: [
        'An agency point person',
        'The incident and its severity (severity 1: no availability of critical business; severity 2: some critical systems unavailable)',
      ],
      source: 'https://gta.georgia.gov/cyber-incident-reporting (state entities call the service desk; the page sends counties, cities and school districts to their own contact, which the stored copy cuts off)',
      checked: '2026-12-08',
    },
  ],
  consumerContact: {
    name: 'Georgia Department of Law, Consumer Protection Division',
    phone: '1-800-869-1123',
    website: 'consumer.georgia.gov',
    address: '2 Martin Luther King Jr. Drive SE, Suite 356, Atlanta, GA 30334-9077',
    source: 'https://georgia.gov/agencies/department-law-consumer-protection-division and https://law.georgia.gov/key-issues/consumer-protection (404-651-8600 or 1-800-869-1123, toll-free in Georgia)',
    checked: '2026-12-08',
  },
};
