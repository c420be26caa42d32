// Florida: former § 817.5681 (2005-2014), replaced by the Florida Information Protection Act,
// § 501.171 (2014), which also binds governmental entities; and the State Cybersecurity Act's
// incident reports by state agencies and local governments (§§ 282.318, 282.3185, from 2022).
import type { DataElement, Jurisdiction, ObligationRule, PiCombination, RuleVersion } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, hours, obligation, residents, restart, toll, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const financial: PiCombination[] = [
  { all: ['name', 'account_number'], anyOf: CODES },
  { all: ['name', 'card_number'], anyOf: CODES },
];

const vendor = (citation: string, anchorWords: string): ObligationRule =>
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation,
    deadline: calendarDays(10, 'discovered'),
    condition: 'Binds a third party that maintains the data for the owner, not the owner itself.',
    notes: `No later than 10 days after ${anchorWords}; breachdesk counts from the discovery date, the earliest reading.`,
  });

const creditBureaus = (citation: string, anchor: 'determined'): ObligationRule =>
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Nationwide consumer reporting agencies',
    citation,
    deadline: withoutDelay(anchor, 'Without unreasonable delay once more than 1,000 individuals are to be notified at a single time.'),
    threshold: residents(1000, 'more_than'),
    requiredContent: ['Timing, distribution and content of the notices'],
    notes: 'The statute counts individuals notified at a single time.',
  });

const SUBSTITUTE = (citation: string) => ({ costOver: 250_000, recipientsOver: 500_000, citation });

const fipa: RuleVersion[] = [
  {
    id: 'FL-2005',
    effectiveFrom: '2005-07-01',
    effectiveTo: '2014-06-30',
    citations: ['Fla. Stat. § 817.5681 (H.B. 481, ch. 2005-229; repealed by ch. 2014-189 and replaced by § 501.171)'],
    summary: 'Florida required businesses to notify affected residents without unreasonable delay and no later than 45 days after determining a breach, on pain of administrative fines.',
    coverage: coverage({
      business: ['yes', '§ 817.5681(1)(a) bound any person who conducts business in Florida and maintains computerized personal information.'],
      nonprofit: ['uncertain', 'A nonprofit corporation is a "person" (Fla. Stat. § 1.01(3)), but whether it "conducts business in this state" under § 817.5681(1)(a) was not settled.'],
      local_government: ['uncertain', '§ 817.5681 spoke of persons conducting business; governmental entities were first named expressly by § 501.171(1)(b) in 2014.'],
      state_agency: ['uncertain', '§ 817.5681 spoke of persons conducting business; governmental entities were first named expressly by § 501.171(1)(b) in 2014.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Fla. Stat. § 817.5681(1)(a), (5)' },
    riskOfHarmException: {
      exists: true,
      standard: 'No notice if, after an appropriate investigation or consultation with law enforcement, the breach has not and will not likely result in harm to the individuals.',
      recordToKeep: 'Written determination, kept for 5 years.',
    },
    personalInformation: {
      citation: 'Fla. Stat. § 817.5681(5)',
      summary: 'name with SSN, driver licence or Florida ID number, or an account, credit or debit card number with the code or password needed to access the account',
      combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] }, ...financial],
    },
    substituteNotice: SUBSTITUTE('Fla. Stat. § 817.5681(6)'),
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Florida residents',
        citation: 'Fla. Stat. § 817.5681(1)(a)-(b)',
        deadline: calendarDays(45, 'determined'),
        lawEnforcement: restart(45, 'calendar', 'Fla. Stat. § 817.5681(1)(b), (3)'),
        notes: 'Without unreasonable delay and no later than 45 days after determining the breach. Fines ran from day 46: $1,000 a day for 30 days, then $50,000 per 30 days, up to $500,000.',
      }),
      creditBureaus('Fla. Stat. § 817.5681(12)', 'determined'),
      vendor('Fla. Stat. § 817.5681(2)', 'the vendor determined the breach'),
    ],
    confidence: 'medium',
    unverified: [
      'Subsection numbers for the substitute-notice thresholds, the consumer-reporting-agency notice and the harm exception were taken from summaries of the 2009 text, not read in the enacted 2005 act.',
      'Whether § 817.5681 reached counties, cities or state agencies was not settled by any source read.',
      'Whether encrypted data taken together with its key was notifiable under § 817.5681 was not checked.',
    ],
    sources: [
      { where: 'https://flsenate.gov/Laws/Statutes/2009/817.5681', facts: '§ 817.5681(1)(a)-(b) text: 45 days after determination, restart after law-enforcement notice, fine schedule' },
      { where: 'AICPA Florida State Security Breach Laws page (H.B. 481, effective 2005-07-01)', facts: 'effective date and personal-information definition' },
      { where: 'http://www.healthinfolaw.org/state-law/florida-statutes-%C2%A7-8175681', facts: 'persons conducting business in Florida; 45 days; fines' },
    ],
  },
  {
    id: 'FL-2014',
    effectiveFrom: '2014-07-01',
    effectiveTo: null,
    citations: ['Fla. Stat. § 501.171 (Florida Information Protection Act of 2014, S.B. 1524, ch. 2014-189)'],
    summary: 'Florida requires notice to affected individuals within 30 days of determining a breach, and to the Department of Legal Affairs within 30 days when 500 or more Floridians are affected; governmental entities are covered.',
    coverage: coverage({
      business: ['yes', '§ 501.171(1)(b): a "covered entity" is a sole proprietorship, partnership, corporation, trust, estate, cooperative, association or other commercial entity that acquires, maintains, stores or uses personal information.'],
      nonprofit: ['uncertain', 'A nonprofit corporation or association fits the list in § 501.171(1)(b), but the words "other commercial entity" leave room to argue that non-commercial bodies are outside it.'],
      local_government: ['yes', '§ 501.171(1)(b): for the notice duties of subsections (3)-(6), "covered entity" includes a governmental entity.'],
      state_agency: ['yes', '§ 501.171(1)(b): for the notice duties of subsections (3)-(6), "covered entity" includes a governmental entity.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Fla. Stat. § 501.171(1)(g)2.' },
    riskOfHarmException: {
      exists: true,
      standard: 'No notice to individuals if, after an appropriate investigation and consultation with law enforcement, the breach has not and will not likely result in identity theft or other financial harm.',
      recordToKeep: 'Written determination, kept for 5 years and sent to the Department of Legal Affairs within 30 days after it is made.',
    },
    personalInformation: {
      citation: 'Fla. Stat. § 501.171(1)(g)',
      summary: 'name with SSN, a government identity-document number (licence, ID card, passport, military ID), medical or health-insurance information, or an account or card number with its access code or password; or a username or email address with its password or security question and answer',
      combinations: [
        { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'medical', 'health_insurance'] },
        ...financial,
        { all: ['username'], anyOf: ['password', 'security_question'] },
        { all: ['email'], anyOf: ['password', 'security_question'] },
      ],
    },
    substituteNotice: SUBSTITUTE('Fla. Stat. § 501.171(4)(f)'),
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected individuals in Florida',
        citation: 'Fla. Stat. § 501.171(4)(a)',
        deadline: calendarDays(30, 'determined'),
        lawEnforcement: toll('Fla. Stat. § 501.171(4)(b)'),
        requiredContent: [
          'Date, estimated date or estimated date range of the breach',
          'Description of the personal information accessed or reasonably believed to have been accessed',
          'Contact information the individual can use to ask about the breach and the personal information held about them',
        ],
        letterElements: ['breach_dates', 'information_involved', 'contact'],
        notes: 'As expeditiously as practicable and no later than 30 days after determining a breach or having reason to believe one occurred. 15 more days are allowed if good cause is given in writing to the Department of Legal Affairs within the 30 days. Notice by mail or email only (or substitute notice).',
      }),
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: 'Florida Department of Legal Affairs (Attorney General)',
        citation: 'Fla. Stat. § 501.171(3)',
        deadline: calendarDays(30, 'determined'),
        threshold: residents(500, 'at_least'),
        requiredContent: [
          'Synopsis of the events surrounding the breach',
          'Number of individuals in Florida affected or potentially affected',
          'Services offered free of charge to individuals and how to use them',
          'A copy of the notice to individuals, or an explanation of the other actions taken under subsection (4)',
          'Name, address, telephone number and email address of the employee or agent to contact for more information',
        ],
        notes: 'The Department may also ask for a police report, incident report or forensic report, and the breach policies in place.',
      }),
      creditBureaus('Fla. Stat. § 501.171(5)', 'determined'),
      vendor('Fla. Stat. § 501.171(6)', "the third-party agent's determination of, or reason to believe in, the breach"),
    ],
    confidence: 'high',
    unverified: [
      'The text of the "governmental entity" definition in § 501.171(1) was not read; that it reaches counties and municipalities rests on secondary summaries.',
      'No later amendment of § 501.171 was found (checked against summaries to 2025), but session laws after 2021 were not read.',
    ],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'all elements' },
      { where: BLOOMBERG_TABLE, facts: 'government coverage, timings, content' },
      { where: 'https://dwt.com/gcp/states/florida', facts: 'harm exception with 5-year written record sent to the Department within 30 days; definition of covered information' },
    ],
  },
];

const CSOC = 'Florida Cybersecurity Operations Center and the Cybercrime Office of the Department of Law Enforcement (local governments also: the county sheriff)';

const cyber: RuleVersion[] = [
  {
    id: 'FL-CYBER-2022',
    effectiveFrom: '2022-07-01',
    effectiveTo: null,
    citations: ['Fla. Stat. §§ 282.318(3)(c), 282.3185(5)-(6) as amended and created by CS/HB 7055 (ch. 2022-220, eff. 2022-07-01)'],
    summary: 'Florida state agencies and local governments must report ransomware within 12 hours and severity level 3-5 cybersecurity incidents within 48 hours, and file an after-action report within a week of remediation.',
    coverage: governmentOnlyCoverage('Fla. Stat. § 501.171', {
      local_government: ['yes', '§ 282.3185(5) (Local Government Cybersecurity Act) requires counties and municipalities to report ransomware and high-severity incidents.'],
      state_agency: ['yes', '§ 282.318(3)(c) (State Cybersecurity Act) requires state agencies to report ransomware and high-severity incidents.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'csoc-ransomware-12h',
        recipient: 'state_agency',
        recipientName: CSOC,
        citation: 'Fla. Stat. §§ 282.318(3)(c)9., 282.3185(5)(b)',
        deadline: hours(12, 'discovered'),
        requiredContent: [
          'Summary of the facts of the incident',
          'Date of the most recent backup, where it is kept, whether it was affected and whether it is in the cloud',
          'Types of data compromised',
          'Estimated fiscal impact',
          'Details of any ransom demanded',
        ],
        condition: 'Only for a ransomware incident. Paying or complying with a ransom demand is prohibited.',
      }),
      obligation({
        id: 'csoc-incident-48h',
        recipient: 'state_agency',
        recipientName: CSOC,
        citation: 'Fla. Stat. §§ 282.318(3)(c)9., 282.3185(5)(b)',
        deadline: hours(48, 'discovered'),
        condition: 'Only for a cybersecurity incident of severity level 3, 4 or 5 (National Cyber Incident Response Plan scale). Lower levels may be reported voluntarily.',
        notes: "The Florida Digital Service's reporting page now asks for level 3-5 incidents within 12 hours as well; reporting within 12 hours satisfies both.",
      }),
      obligation({
        id: 'after-action-report',
        recipient: 'state_agency',
        recipientName: 'Florida Digital Service',
        citation: 'Fla. Stat. §§ 282.318(4), 282.3185(6)',
        deadline: calendarDays(7, 'recovered'),
        requiredContent: ['Summary of the incident', 'Resolution of the incident', 'Insights gained'],
        condition: 'Only after a ransomware incident or a level 3-5 cybersecurity incident.',
        notes: 'Due within one week after remediation; breachdesk uses the recorded recovery date.',
      }),
    ],
    confidence: 'medium',
    unverified: [
      'The enrolled text of CS/HB 7055 was not read; the 12- and 48-hour periods come from law-firm summaries (Hunton, Pearl Cohen) and the Florida Digital Service page.',
      "The Florida Digital Service page states 12 hours for level 3-5 incidents too; whether a 2024-2025 act changed § 282.318 or § 282.3185 (bills SB 1662/2024, SB 770 and HB 1293/2025) was not established.",
      'Subsection numbers of the after-action report duty were not checked.',
    ],
    sources: [
      { where: 'https://www.huntonprivacyblog.com/2022/07/26/florida-enacts-law-prohibiting-state-agencies-from-paying-cyber-ransoms/', facts: 'HB 7055 effective 2022-07-01; ransomware 12 hours; level 3+ incidents 48 hours; report contents' },
      { where: 'https://www.pearlcohen.com/florida-reforms-cybersecurity-incident-reporting-obligations/', facts: 'state and local agencies: ransomware 12 hours, level 3-5 incidents 48 hours' },
      { where: 'http://ir.digital.fl.gov/', facts: 'reporting channels (CSOC, FDLE, sheriff); after-action report within one week of remediation' },
    ],
  },
];

export const florida: Jurisdiction = {
  code: 'FL',
  name: 'Florida',
  kind: 'state',
  holidays: { country: 'US', state: 'FL' },
  laws: [
    { id: 'FL-501-171', title: 'Florida Information Protection Act, Fla. Stat. § 501.171 (formerly § 817.5681)', scope: 'residents', versions: fipa },
    { id: 'FL-282-318', title: 'State and Local Government Cybersecurity Acts, Fla. Stat. §§ 282.318 and 282.3185: incident reports', scope: 'home', versions: cyber },
  ],
};
