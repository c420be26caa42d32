// Pennsylvania: the Breach of Personal Information Notification Act (Act 94 of 2005, 73 P.S.
// §§ 2301-2329), in force since 2006-06-20. Act 151 of 2022 (eff. 2023-05-02) moved the clock to
// "determination" and gave State agencies, counties, public schools and municipalities their own
// 7-business-day deadline (§ 3(a.1)-(a.2)), encoded here as a separate government law; Act 33 of
// 2024 (eff. 2024-09-26) added the Attorney General notice and lowered the credit-bureau threshold.
import type { DataElement, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, Source } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, businessDays, coverage, governmentOnlyCoverage, obligation, residents, toll, withIndividuals, withoutDelay,
} from './shared.js';

type Era = '2006' | '2023' | '2024';

const LE = toll('73 P.S. § 2304');
const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const CREDENTIALS: DataElement[] = ['password', 'security_question'];

function personalInformation(era: Era, governmentHolder: boolean): PersonalInformationDefinition {
  const health: DataElement[] = era === '2006' ? [] : era === '2023' || governmentHolder ? ['medical', 'health_insurance'] : ['health_insurance'];
  return {
    citation: '73 P.S. § 2302 ("personal information")',
    summary: [
      "a resident's name (first name or initial and last name) linked to an SSN, a driver's licence or state ID number, or a financial account or card number with any code or password needed to reach the account",
      era === '2006' ? '' : '; health insurance information; medical information; or a user name or e-mail address with the password or security question and answer for an online account',
      era === '2024' ? ' (since Act 33, medical information only when a State agency or State agency contractor holds it, so it is encoded only for government bodies)' : '',
    ].join(''),
    combinations: [
      { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', ...health] },
      { all: ['name', 'account_number'], anyOf: CODES },
      { all: ['name', 'card_number'], anyOf: CODES },
      ...(era === '2006'
        ? []
        : [
            { all: ['name', 'username'] as DataElement[], anyOf: CREDENTIALS },
            { all: ['name', 'email'] as DataElement[], anyOf: CREDENTIALS },
          ]),
    ],
  };
}

const SAFE_HARBOR = { exists: true, keyException: true, citation: '73 P.S. § 2303(a)' };
const HARM_TEST = {
  exists: true,
  standard: 'A breach is notifiable only where the access and acquisition causes, or the entity reasonably believes has caused or will cause, loss or injury to a Pennsylvania resident.',
  recordToKeep: null,
};
const SUBSTITUTE = { costOver: 100_000, recipientsOver: 175_000, citation: '73 P.S. § 2302 ("notice")' };

const anchorOf = (era: Era) => (era === '2006' ? 'discovered' : 'determined');

const creditBureaus = (era: Era): ObligationRule =>
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Nationwide consumer reporting agencies',
    citation: '73 P.S. § 2305',
    deadline: withoutDelay(anchorOf(era), `Without unreasonable delay when more than ${era === '2024' ? 500 : '1,000'} persons are notified at one time.`),
    threshold: residents(era === '2024' ? 500 : 1000, 'more_than'),
    lawEnforcement: LE,
    requiredContent: ['Timing, distribution and number of notices'],
  });

const attorneyGeneral500 = obligation({
  id: 'attorney-general-500',
  recipient: 'attorney_general',
  recipientName: 'Pennsylvania Office of Attorney General (online form)',
  citation: '73 P.S. § 2303(c.1)-(c.2)',
  deadline: withIndividuals,
  threshold: residents(500, 'more_than'),
  lawEnforcement: LE,
  requiredContent: [
    'Name and location of the organisation',
    'Date of the breach',
    'Summary of the incident',
    'Estimated total number of individuals affected',
    'Estimated number of Pennsylvania residents affected',
  ],
  condition: 'An entity subject to the insurance data security law (40 Pa.C.S. Ch. 45) is exempt from this notice.',
  notes: 'Made concurrently with the resident notice, with what is known at the time.',
});

const CREDIT_MONITORING =
  'If an SSN, bank account number, or driver\'s licence or state ID number was exposed, offer 12 months of free credit monitoring and access to one independent credit report (Act 33 of 2024, § 2303(d)).';

function generalObligations(era: Era): ObligationRule[] {
  const out: ObligationRule[] = [
    obligation({
      id: 'individuals',
      recipient: 'individuals',
      recipientName: 'Affected Pennsylvania residents',
      citation: '73 P.S. § 2303(a)',
      deadline: withoutDelay(
        anchorOf(era),
        `Without unreasonable delay after ${era === '2006' ? 'discovering' : 'determining'} the breach, except for measures needed to determine its scope and restore the system.`,
      ),
      lawEnforcement: LE,
      requiredContent: era === '2006' ? [] : ['For credentials breached and notified electronically: direct the person to change the password and security question and to protect other accounts using them'],
      notes: era === '2024' ? CREDIT_MONITORING : null,
    }),
  ];
  if (era === '2024') out.push(attorneyGeneral500);
  out.push(
    creditBureaus(era),
    obligation({
      id: 'vendor-notice',
      recipient: 'data_owner',
      recipientName: 'The data owner (notice from the vendor that maintains the data)',
      citation: '73 P.S. § 2303(b)',
      deadline: withoutDelay('discovered', `Following ${era === '2006' ? 'discovery' : 'determination'} of the breach; the statute sets no number of days.`),
      lawEnforcement: LE,
      condition: 'This duty binds a vendor that maintains, stores or manages the data for another entity, not that entity itself; the entity then makes the determinations and gives the notices.',
    }),
  );
  if (era !== '2006') {
    out.push(
      obligation({
        id: 'state-contractor-notice',
        recipient: 'data_owner',
        recipientName: 'Chief information security officer (or designee) of the State agency served (notice from a State agency contractor)',
        citation: '73 P.S. § 2303(a.1)',
        deadline: businessDays(7, 'determined'),
        lawEnforcement: LE,
        condition: 'Only for a State agency contractor whose breach involves the State agency\'s data; the State agency then notifies residents.',
      }),
    );
  }
  return out;
}

const PRIVATE = {
  business: ['yes', '73 P.S. § 2302: "entity" includes an individual or a business doing business in Pennsylvania; "business" covers any group whether or not organized for profit.'],
  nonprofit: ['yes', '73 P.S. § 2302: "business" includes associations and other groups whether or not organized to operate at a profit.'],
} as const;
const GOVERNMENT_SPLIT =
  'From 2023-05-02 § 3(a.1)-(a.2) gives State agencies, counties, public schools and municipalities their own deadlines; breachdesk encodes their duties (credit bureaus and Attorney General included) in PA-73-2303-GOV. Other political subdivisions remain under § 2303(a) and should follow that law as the stricter reading.';

const RANGES: Record<Era, [string, string | null]> = { '2006': ['2006-06-20', '2023-05-01'], '2023': ['2023-05-02', '2024-09-25'], '2024': ['2024-09-26', null] };
const ACT: Record<Era, string> = {
  '2006': '73 P.S. §§ 2301-2329 (Breach of Personal Information Notification Act, Act 94 of 2005, S.B. 712)',
  '2023': '73 P.S. §§ 2301 et seq. as amended by Act 151 of 2022 (S.B. 696, signed 2022-11-03, eff. 2023-05-02)',
  '2024': '73 P.S. §§ 2301 et seq. as amended by Act 33 of 2024 (S.B. 824, signed 2024-06-28, eff. 2024-09-26)',
};
const SOURCES: Record<Era, Source[]> = {
  '2006': [
    { where: PERKINS_CHART_2021, facts: 'application, CRA over 1,000, vendor, timing, substitute notice' },
    { where: BLOOMBERG_TABLE, facts: 'telephone notice content, CRA' },
  ],
  '2023': [
    { where: 'https://www.mcdonaldhopkins.com/insights/news/pennsylvania-amended-breach-notification-law-in-effect', facts: 'determination replaces discovery; PI expanded; effective 2023-05-02' },
    { where: 'https://www.legis.state.pa.us/WU01/LI/LI/US/HTM/2005/0/0094..HTM', facts: 'consolidated act: definitions of breach, business, determination' },
    { where: 'https://www.einpresswire.com/article/561086749/senate-bill-696-printer-s-number-1330', facts: 'S.B. 696 PN 1330: contractor to agency CISO within 7 business days of determination' },
  ],
  '2024': [
    { where: 'https://databreaches.net/2024/07/07/new-pennsylvania-law-will-offer-added-protections-for-victims-of-data-breaches-and-new-reporting-requirements', facts: 'Act 33 § 3(c.1)-(c.2) text: AG concurrently when more than 500 residents; content; insurance exemption' },
    { where: 'https://legacy.dataguidance.com/news/pennsylvania-governor-approves-bill-amending-breach', facts: 'signed 2024-06-28; medical information limited to State agencies and contractors' },
    { where: 'https://jdsupra.com/legalnews/pennsylvania-s-amendments-to-data-4940636', facts: 'effective 2024-09-26; CRA 500; credit monitoring' },
  ],
};

function general(era: Era): RuleVersion {
  const [from, to] = RANGES[era];
  const gov = era === '2006'
    ? ({
        local_government: ['yes', '73 P.S. § 2302: "entity" includes a political subdivision of the Commonwealth.'],
        state_agency: ['yes', '73 P.S. § 2302: "entity" includes a State agency.'],
      } as const)
    : ({ local_government: ['no', GOVERNMENT_SPLIT], state_agency: ['no', GOVERNMENT_SPLIT] } as const);
  return {
    id: `PA-${era}`,
    effectiveFrom: from,
    effectiveTo: to,
    citations: [ACT[era]],
    summary: {
      '2006': 'Pennsylvania entities, public and private, had to notify affected residents without unreasonable delay after discovering a breach, and the credit bureaus when more than 1,000 were notified.',
      '2023': 'Pennsylvania businesses must notify affected residents without unreasonable delay after determining a breach, and the credit bureaus when more than 1,000 are notified.',
      '2024': 'Pennsylvania businesses must notify residents without unreasonable delay after determining a breach and, when more than 500 are notified, the Attorney General at the same time and the credit bureaus.',
    }[era],
    coverage: coverage({ ...PRIVATE, ...gov }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM_TEST,
    personalInformation: personalInformation(era, false),
    substituteNotice: SUBSTITUTE,
    obligations: generalObligations(era),
    confidence: 'high',
    unverified: [
      ...(era === '2024' ? ['Whether the lowered credit-bureau threshold reads "more than 500" or "500 or more" persons (sources differ); "more than" is encoded.'] : []),
      ...(era !== '2006' ? ['The enacted text of the State agency contractor duty (7 business days to the agency\'s CISO) was read only in a bill draft (PN 1330).'] : []),
    ],
    sources: SOURCES[era],
  };
}

function government(era: '2023' | '2024'): RuleVersion {
  const residentsClock = obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Pennsylvania residents',
    citation: '73 P.S. § 2303(a.1)(1), (a.2)',
    deadline: businessDays(7, 'determined'),
    lawEnforcement: LE,
    notes: `Within 7 business days after determining the breach, whatever the body's own notification policy. ${era === '2024' ? CREDIT_MONITORING : ''}`.trim(),
  });
  return {
    id: `PA-GOV-${era}`,
    effectiveFrom: era === '2023' ? '2023-05-02' : '2024-09-26',
    effectiveTo: era === '2023' ? '2024-09-25' : null,
    citations: [`73 P.S. § 2303(a.1)-(a.2) as added by Act 151 of 2022${era === '2024' ? ', with § 2303(c.1) and § 2305 as amended by Act 33 of 2024' : ''}`],
    summary: 'Pennsylvania State agencies, counties, public schools and municipalities must notify affected residents within 7 business days of determining a breach, and tell the Attorney General, the Office of Administration or the district attorney as their kind requires.',
    coverage: governmentOnlyCoverage('73 P.S. § 2303(a)', {
      local_government: ['yes', '73 P.S. § 2303(a.2) binds counties, public schools (school districts, charter and cyber charter schools, intermediate units, area career and technical schools) and municipalities.'],
      state_agency: ['yes', '73 P.S. § 2303(a.1) binds State agencies.'],
    }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM_TEST,
    personalInformation: personalInformation(era, true),
    substituteNotice: SUBSTITUTE,
    obligations: [
      residentsClock,
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: 'Pennsylvania Office of Attorney General',
        citation: '73 P.S. § 2303(a.1)(1)',
        deadline: withIndividuals,
        lawEnforcement: LE,
        condition: 'State agencies only: notice to the Attorney General goes concurrently with the resident notice, whatever the number affected.',
      }),
      obligation({
        id: 'office-of-administration',
        recipient: 'state_agency',
        recipientName: "Governor's Office of Administration",
        citation: '73 P.S. § 2303(a.1)',
        deadline: businessDays(3, 'determined'),
        lawEnforcement: LE,
        condition: "Only for a State agency under the Governor's jurisdiction.",
      }),
      obligation({
        id: 'district-attorney',
        recipient: 'regulator',
        recipientName: 'District attorney of the county where the breach occurred',
        citation: '73 P.S. § 2303(a.2)',
        deadline: businessDays(3, 'determined'),
        lawEnforcement: LE,
        condition: 'Only for a county, public school or municipality.',
      }),
      ...(era === '2024' ? [attorneyGeneral500] : []),
      creditBureaus(era),
    ],
    confidence: 'medium',
    unverified: [
      'The enacted text of Act 151 was not read. The 7 business days and the 3-business-day Office of Administration and district-attorney notices rest on bill drafts (S.B. 696 PN 1330) and local-government summaries; one firm words the State agency deadline as "seven days".',
      'Bill drafts show the State agency notice to the Attorney General changed from "within three business days" to "concurrently"; "concurrently" (with the resident notice) is encoded.',
      'Whether a law-enforcement delay under § 2304 also extends the 3-business-day notices is assumed, not read.',
    ],
    sources: [
      { where: 'http://boroughs.org/fullnotice.php?id=771', facts: 'counties, municipalities, public schools: residents within 7 business days of determination, district attorney within 3 business days; effective 2023-05-02' },
      { where: 'https://babstcalland.com/perspectives/articles-alerts-perspectives/page/19', facts: 'public school definition; 7 business days; DA 3 business days' },
      { where: 'https://www.einpresswire.com/article/561086749/senate-bill-696-printer-s-number-1330', facts: 'PN 1330: AG "within three business days" struck; Office of Administration 3 business days after determination' },
      { where: 'https://wdac.com/pa-data-breach-bill-passes-house-panel/', facts: 'S.B. 696: State agencies notify the Attorney General concurrently' },
      ...(era === '2024' ? SOURCES['2024'] : []),
    ],
  };
}

export const pennsylvania: Jurisdiction = {
  code: 'PA',
  name: 'Pennsylvania',
  kind: 'state',
  holidays: { country: 'US', state: 'PA' },
  laws: [
    { id: 'PA-73-2301', title: 'Breach of Personal Information Notification Act, 73 P.S. §§ 2301-2329', scope: 'residents', versions: (['2006', '2023', '2024'] as const).map(general) },
    {
      id: 'PA-73-2303-GOV',
      title: 'Breach of Personal Information Notification Act § 3(a.1)-(a.2): State agencies, counties, public schools and municipalities',
      scope: 'residents',
      versions: [government('2023'), government('2024')],
    },
  ],
};
