// Florida: former § 817.5681 (2005-2014), replaced by the Florida Information Protection Act,
// § 501.171 (2014), which also binds governmental entities; S.B. 262 (ch. 2023-201) added biometric
// data and geolocation to its definition from 2024-07-01. The State Cybersecurity Act's incident
// reports by state agencies and local governments (§§ 282.318, 282.3185) run from 2022.
import type { Coverage, DataElement, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, OrgCategory, PiCombination, RuleVersion, Verification } from './types.js';
import {
  BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, governmentOnlyCoverage, hours, obligation, residents, restart, toll, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const FINANCIAL: PiCombination[] = [
  { all: ['name', 'account_number'], anyOf: CODES },
  { all: ['name', 'card_number'], anyOf: CODES },
];
const ONLINE_ACCOUNT: PiCombination[] = [
  { all: ['username'], anyOf: ['password', 'security_question'] },
  { all: ['email'], anyOf: ['password', 'security_question'] },
];

const SUBSTITUTE_2005 = { costOver: 250_000, recipientsOver: 500_000, citation: 'Fla. Stat. § 817.5681(6)' };
const SUBSTITUTE_FIPA = { costOver: 250_000, recipientsOver: 500_000, citation: 'Fla. Stat. § 501.171(4)(f)' };

// ---- § 817.5681 (2005-2014) ----

const INDIVIDUALS_2005: ObligationRule = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Florida residents',
  citation: 'Fla. Stat. § 817.5681(1)(a)-(b)',
  deadline: calendarDays(45, 'determined'),
  lawEnforcement: restart(45, 'calendar', 'Fla. Stat. § 817.5681(1)(b), (3)'),
  notes: 'Without unreasonable delay and no later than 45 days after determining the breach. Fines ran from day 46: $1,000 a day for 30 days, then $50,000 per 30 days, up to $500,000.',
});

const CRAS_2005: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: 'Fla. Stat. § 817.5681(12)',
  deadline: withoutDelay('determined', 'Without unreasonable delay once more than 1,000 individuals are to be notified at a single time.'),
  threshold: residents(1000, 'more_than'),
  requiredContent: ['Timing, distribution and content of the notices'],
  notes: 'The statute counts individuals notified at a single time.',
});

const VENDOR_2005: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Fla. Stat. § 817.5681(2)',
  deadline: calendarDays(10, 'discovered'),
  condition: 'Binds a third party that maintains the data for the owner, not the owner itself.',
  notes: 'No later than 10 days after the vendor determined the breach; breachdesk counts from the discovery date, the earliest reading.',
});

// ---- § 501.171 (from 2014) ----

const FIPA_BUSINESS = '§ 501.171(1)(b): a "covered entity" is a sole proprietorship, partnership, corporation, trust, estate, cooperative, association or other commercial entity that acquires, maintains, stores or uses personal information.';
const FIPA_STATE = '§ 501.171(1)(b): for the notice duties of subsections (3)-(6) a "covered entity" includes a "governmental entity", which § 501.171(1)(f) defines as any department, division, bureau, commission, regional planning agency, board, district, authority, agency or other instrumentality of this state that holds personal information in electronic form.';
const FIPA_LOCAL =
  '§ 501.171(1)(f) defines "governmental entity" as an instrumentality "of this state" and names districts, authorities, boards and regional planning agencies, but not counties or municipalities; whether a county or city is such an instrumentality is not settled by the text.';

const FIPA_COVERAGE: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', FIPA_BUSINESS],
  nonprofit: ['uncertain', 'A nonprofit corporation or association fits the list in § 501.171(1)(b), but the words "other commercial entity" leave room to argue that non-commercial bodies are outside it.'],
  local_government: ['uncertain', FIPA_LOCAL],
  state_agency: ['yes', FIPA_STATE],
});

const FIPA_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 501.171(1)(g)2.: personal information excludes information that is encrypted, secured or modified so as to remove identifying elements or otherwise render it unusable; nothing on keys, but data readable with a taken key is not "unusable"',
  citation: 'Fla. Stat. § 501.171(1)(g)2.',
};

const FIPA_HARM = {
  exists: true,
  standard: 'No notice to individuals if, after an appropriate investigation and consultation with law enforcement, the breach has not and will not likely result in identity theft or other financial harm.',
  recordToKeep: 'Written determination, kept for 5 years and sent to the Department of Legal Affairs within 30 days after it is made.',
};

const FIPA_INDIVIDUALS: ObligationRule = obligation({
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
});

const FIPA_AG: ObligationRule = obligation({
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
});

const FIPA_CRAS: ObligationRule = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: 'Fla. Stat. § 501.171(5)',
  deadline: withoutDelay('determined', 'Without unreasonable delay once more than 1,000 individuals are to be notified at a single time.'),
  threshold: residents(1000, 'more_than'),
  requiredContent: ['Timing, distribution and content of the notices'],
  notes: 'The statute counts individuals notified at a single time.',
});

const FIPA_VENDOR: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Fla. Stat. § 501.171(6)',
  deadline: calendarDays(10, 'discovered'),
  condition: 'Binds a third party that maintains the data for the owner, not the owner itself.',
  notes: "No later than 10 days after the third-party agent's determination of, or reason to believe in, the breach; breachdesk counts from the discovery date, the earliest reading.",
});

const FIPA_NAME_ELEMENTS_2014: DataElement[] = ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'medical', 'health_insurance'];
// S.B. 262 (ch. 2023-201, § 25) added (VI) biometric data as defined in s. 501.702 and (VII) any
// information regarding an individual's geolocation.
const FIPA_NAME_ELEMENTS_2024: DataElement[] = ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'medical', 'health_insurance', 'biometric', 'geolocation'];

// ---- texts read ----
const FL_2009 = 'https://flsenate.gov/Laws/Statutes/2009/817.5681 (2009 Florida Statutes, § 817.5681(1))';
const FL_ELAWS = 'http://fl.elaws.us/law/501.171 (verbatim copy of Fla. Stat. § 501.171(1)(a)-(f))';
const FL_2023_ACT =
  'Ch. 2023-201, Laws of Fla. (CS/CS/SB 262, https://flsenate.gov/Session/Bill/2023/262), § 25 amending § 501.171(1)(g), read in the verbatim reproduction at https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page250.html';
const WHY_817 = 'The stored copy of the 2009 statute breaks off after subsection (1); ch. 2005-229 itself was not read.';
const WHY_FIPA = 'Subsections (3)-(6) of § 501.171 could not be read: the stored statute copies (fl.elaws.us, flsenate.gov) break off in subsection (1), and the enacted ch. 2014-189 (S.B. 1524) is stored only as a PDF without text.';

const FL_2005_VERIFICATION: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: 'AICPA Florida State Security Breach Laws page (H.B. 481, § 817.5681, effective 2005-07-01); https://flsenate.gov/Committees/BillSummaries/2014/html/736 (S.B. 1524 replaced the law in 2014)',
    says: 'in force 2005-07-01; replaced by § 501.171 from 2014-07-01',
    checked: '2026-12-08',
    why: 'Neither ch. 2005-229 nor ch. 2014-189 could be read as text.',
  },
  coverage: {
    kind: 'primary',
    where: FL_2009,
    says: '§ 817.5681(1)(a): any person who conducts business in Florida and maintains computerized personal information; governments not named',
    checked: '2026-12-08',
  },
  personal_information: {
    kind: 'secondary',
    where: 'AICPA Florida State Security Breach Laws page',
    says: 'name with SSN, licence or Florida ID number, or an account or card number with its code or password, when not encrypted',
    checked: '2026-12-08',
    why: WHY_817,
  },
  encryption: {
    kind: 'primary',
    where: FL_2009,
    says: '§ 817.5681(1)(a): notice to residents whose "unencrypted" personal information was acquired; nothing on keys',
    checked: '2026-12-08',
  },
  risk_of_harm: {
    kind: 'secondary',
    where: 'https://www.omegasecure.com/insights/florida-statute-mandates-quick-notification-to-individuals-affected-by-a-breach/',
    says: 'no notice if, after investigation or consultation with law enforcement, no harm is likely; the written determination kept 5 years',
    checked: '2026-12-08',
    why: WHY_817,
  },
  deadline: {
    kind: 'primary',
    where: FL_2009,
    says: '§ 817.5681(1)(a): without unreasonable delay and no later than 45 days; fines from day 46 under (1)(b)',
    checked: '2026-12-08',
  },
  anchor: {
    kind: 'primary',
    where: FL_2009,
    says: '§ 817.5681(1)(a): 45 days following the determination of the breach',
    checked: '2026-12-08',
  },
  threshold: {
    kind: 'secondary',
    where: BLOOMBERG_TABLE,
    says: 'credit bureaus when more than 1,000 individuals are notified at a single time; no regulator notice',
    checked: '2026-12-08',
    why: WHY_817,
  },
  law_enforcement: {
    kind: 'primary',
    where: FL_2009,
    says: '§ 817.5681(1)(b): the 45 days run again from receipt of notice from law enforcement under subsection (3)',
    checked: '2026-12-08',
  },
  substitute_notice: {
    kind: 'secondary',
    where: BLOOMBERG_TABLE,
    says: 'substitute notice when the cost exceeds $250,000 or more than 500,000 persons are to be notified',
    checked: '2026-12-08',
    why: WHY_817,
  },
  required_content: {
    kind: 'secondary',
    where: 'AICPA Florida State Security Breach Laws page',
    says: 'none: no content was prescribed for the resident notice',
    checked: '2026-12-08',
    why: WHY_817,
  },
  forbidden_content: {
    kind: 'secondary',
    where: 'AICPA Florida State Security Breach Laws page',
    says: 'none: nothing was forbidden in a notice',
    checked: '2026-12-08',
    why: WHY_817,
  },
};

const FIPA_FACTS = {
  coverage: {
    kind: 'primary',
    where: FL_ELAWS,
    says: '(1)(b): commercial entities; governmental entities for subsections (3)-(6); (1)(f): instrumentalities of the state, counties and cities not named',
    checked: '2026-12-08',
  },
  encryption: {
    kind: 'primary',
    where: FL_2023_ACT,
    says: '(1)(g)2. (unchanged by the 2023 act): encrypted, secured or modified information that is unusable is not personal information; no key clause',
    checked: '2026-12-08',
  },
  risk_of_harm: {
    kind: 'secondary',
    where: 'https://dwt.com/gcp/states/florida',
    says: '(4)(c): no notice if, after investigation and consultation with law enforcement, identity theft or financial harm is unlikely; written record kept 5 years and sent to the Department within 30 days',
    checked: '2026-12-08',
    why: WHY_FIPA,
  },
  deadline: {
    kind: 'secondary',
    where: 'https://www.swlaw.com/data-breach-map/view/state/fl',
    says: '(4)(a): as expeditiously as practicable and no later than 30 days; Department also within 30 days (3)(a); vendor within 10 days (6)(a)',
    checked: '2026-12-08',
    why: WHY_FIPA,
  },
  anchor: {
    kind: 'secondary',
    where: 'https://www.insideprivacy.com/data-security/florida-enacts-stringent-breach-notice-law/',
    says: 'after the determination of a breach or reason to believe one occurred',
    checked: '2026-12-08',
    why: WHY_FIPA,
  },
  threshold: {
    kind: 'secondary',
    where: 'https://www.lexology.com/library/detail.aspx?g=6d9b0051-63c8-4343-96fc-f24edd1a666a',
    says: 'Department of Legal Affairs for a breach affecting 500 or more individuals in Florida; bureaus for more than 1,000 at a single time',
    checked: '2026-12-08',
    why: WHY_FIPA,
  },
  law_enforcement: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/florida',
    says: '(4)(b): a written law-enforcement request delays the individual notice for the period it specifies',
    checked: '2026-12-08',
    why: WHY_FIPA,
  },
  substitute_notice: {
    kind: 'secondary',
    where: 'https://www.swlaw.com/data-breach-map/view/state/fl',
    says: 'substitute notice (website and media) when the cost exceeds $250,000, more than 500,000 persons, or no contact details',
    checked: '2026-12-08',
    why: WHY_FIPA,
  },
  required_content: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/florida',
    says: 'individuals: date of breach, information involved, contact; Department: synopsis, number, services, copy of notice, contact person',
    checked: '2026-12-08',
    why: WHY_FIPA,
  },
  forbidden_content: {
    kind: 'secondary',
    where: 'https://www.wordsbywit.com/florida',
    says: 'none: nothing is forbidden in a notice',
    checked: '2026-12-08',
    why: WHY_FIPA,
  },
} satisfies Partial<Record<keyof Verification, FactCheck>>;

const FL_2014_VERIFICATION: Verification = {
  ...FIPA_FACTS,
  effective_dates: {
    kind: 'secondary',
    where: 'https://flsenate.gov/Committees/BillSummaries/2014/html/736; https://flsenate.gov/Session/Bill/2023/262 (ch. 2023-201)',
    says: 'FIPA in force 2014-07-01; this text ran until the 2023 act amended (1)(g) with effect from 2024-07-01',
    checked: '2026-12-08',
    why: 'The effective-date sections of ch. 2014-189 and ch. 2023-201 were not read; the dates come from the Senate bill summary and from summaries of S.B. 262 (Bilzin Sumberg, CLIClaw).',
  },
  personal_information: {
    kind: 'primary',
    where: FL_2023_ACT,
    says: '(1)(g)1.a.(I)-(V) and b., which the 2023 act shows as existing text: name with SSN, government ID, financial account with code, medical or health-insurance information; or online credentials',
    checked: '2026-12-08',
  },
};

const FL_2024_VERIFICATION: Verification = {
  ...FIPA_FACTS,
  effective_dates: {
    kind: 'secondary',
    where: 'https://flsenate.gov/Session/Bill/2023/262 (ch. 2023-201, "effective date: except as otherwise provided"); https://bilzin.com/we-think-big/insights/publications/2023/06/florida-digital-bill-of-rights',
    says: 'S.B. 262 signed 2023-06-06 (ch. 2023-201); the § 501.171 amendment in force 2024-07-01',
    checked: '2026-12-08',
    why: "The act's effective-date section was not in the part of ch. 2023-201 read; 2024-07-01 comes from summaries of the act.",
  },
  personal_information: {
    kind: 'primary',
    where: FL_2023_ACT,
    says: '(1)(g)1.a. adds (VI) biometric data as defined in s. 501.702 and (VII) any information regarding geolocation to the name-linked elements',
    checked: '2026-12-08',
  },
};

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
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'protective',
      keyWording: '§ 817.5681(1)(a): notice to residents whose "unencrypted" personal information was acquired; the statute says nothing of a taken key',
      citation: 'Fla. Stat. § 817.5681(1)(a), (5)',
    },
    riskOfHarmException: {
      exists: true,
      standard: 'No notice if, after an appropriate investigation or consultation with law enforcement, the breach has not and will not likely result in harm to the individuals.',
      recordToKeep: 'Written determination, kept for 5 years.',
    },
    personalInformation: {
      citation: 'Fla. Stat. § 817.5681(5)',
      summary: 'name with SSN, driver licence or Florida ID number, or an account, credit or debit card number with the code or password needed to access the account',
      combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] }, ...FINANCIAL],
    },
    substituteNotice: SUBSTITUTE_2005,
    obligations: [INDIVIDUALS_2005, CRAS_2005, VENDOR_2005],
    confidence: 'low',
    unverified: [
      'Subsection numbers for the substitute-notice thresholds, the consumer-reporting-agency notice and the harm exception were taken from summaries of the 2009 text, not read in the enacted 2005 act.',
      'Whether § 817.5681 reached counties, cities or state agencies was not settled by any source read.',
      '§ 817.5681 required notice only for "unencrypted" information and said nothing of a taken key: literally encrypted data stayed exempt, but breachdesk treats data whose key was also taken as notifiable, the safer reading.',
    ],
    sources: [
      { where: FL_2009, facts: '§ 817.5681(1)(a)-(b) text: 45 days after determination, "unencrypted", restart after law-enforcement notice, fine schedule' },
      { where: 'AICPA Florida State Security Breach Laws page (H.B. 481, effective 2005-07-01)', facts: 'effective date and personal-information definition' },
      { where: 'http://www.healthinfolaw.org/state-law/florida-statutes-%C2%A7-8175681', facts: 'persons conducting business in Florida; 45 days; fines' },
    ],
    verification: FL_2005_VERIFICATION,
  },
  {
    id: 'FL-2014',
    effectiveFrom: '2014-07-01',
    effectiveTo: '2024-06-30',
    citations: ['Fla. Stat. § 501.171 (Florida Information Protection Act of 2014, S.B. 1524, ch. 2014-189)'],
    summary: 'Florida required notice to affected individuals within 30 days of determining a breach, and to the Department of Legal Affairs within 30 days when 500 or more Floridians were affected; governmental entities are covered.',
    coverage: FIPA_COVERAGE,
    encryptionSafeHarbor: FIPA_HARBOR,
    riskOfHarmException: FIPA_HARM,
    personalInformation: {
      citation: 'Fla. Stat. § 501.171(1)(g) (2014)',
      summary: 'name with SSN, a government identity-document number (licence, ID card, passport, military ID), medical or health-insurance information, or an account or card number with its access code or password; or a username or email address with its password or security question and answer',
      combinations: [{ all: ['name'], anyOf: FIPA_NAME_ELEMENTS_2014 }, ...FINANCIAL, ...ONLINE_ACCOUNT],
    },
    substituteNotice: SUBSTITUTE_FIPA,
    obligations: [FIPA_INDIVIDUALS, FIPA_AG, FIPA_CRAS, FIPA_VENDOR],
    confidence: 'low',
    unverified: [
      'Subsections (3)-(6) of § 501.171 (deadlines, the 500 threshold, law-enforcement delay, bureaus, vendor, content) were read only in summaries: no readable copy of those subsections or of ch. 2014-189 was found.',
      'Whether counties and municipalities are "governmental entities" (§ 501.171(1)(f): instrumentalities "of this state") is not settled by the text; breachdesk assumes they are covered.',
      'No amendment of § 501.171 between 2014 and ch. 2023-201 was found, but the session laws of those years were not searched one by one.',
    ],
    sources: [
      { where: FL_ELAWS, facts: '§ 501.171(1)(a)-(f): breach, covered entity incl. governmental entity, governmental entity definition' },
      { where: FL_2023_ACT, facts: '§ 501.171(1)(g) as it stood before 2024 (the unchanged items) and the encryption exclusion' },
      { where: PERKINS_CHART_2021, facts: 'all elements' },
      { where: BLOOMBERG_TABLE, facts: 'government coverage, timings, content' },
      { where: 'https://dwt.com/gcp/states/florida', facts: 'harm exception with 5-year written record sent to the Department within 30 days; definition of covered information' },
    ],
    verification: FL_2014_VERIFICATION,
  },
  {
    id: 'FL-2024',
    effectiveFrom: '2024-07-01',
    effectiveTo: null,
    citations: ['Fla. Stat. § 501.171 as amended by CS/CS/SB 262, § 25 (ch. 2023-201, Laws of Fla.; the amendment of (1)(g) in force 2024-07-01)'],
    summary: 'Florida requires notice to affected individuals within 30 days of determining a breach, and to the Department of Legal Affairs within 30 days when 500 or more Floridians are affected; since 2024-07-01 biometric data and geolocation linked to a name are personal information.',
    coverage: FIPA_COVERAGE,
    encryptionSafeHarbor: FIPA_HARBOR,
    riskOfHarmException: FIPA_HARM,
    personalInformation: {
      citation: 'Fla. Stat. § 501.171(1)(g) (as amended by ch. 2023-201, § 25)',
      summary: 'name with SSN, a government identity-document number (licence, ID card, passport, military ID), medical or health-insurance information, an account or card number with its access code or password, biometric data (as defined in § 501.702) or any information about the person\'s geolocation; or a username or email address with its password or security question and answer',
      combinations: [{ all: ['name'], anyOf: FIPA_NAME_ELEMENTS_2024 }, ...FINANCIAL, ...ONLINE_ACCOUNT],
    },
    substituteNotice: SUBSTITUTE_FIPA,
    obligations: [FIPA_INDIVIDUALS, FIPA_AG, FIPA_CRAS, FIPA_VENDOR],
    confidence: 'low',
    unverified: [
      'Subsections (3)-(6) of § 501.171 (deadlines, the 500 threshold, law-enforcement delay, bureaus, vendor, content) were read only in summaries: no readable copy of those subsections was found.',
      'Whether counties and municipalities are "governmental entities" (§ 501.171(1)(f): instrumentalities "of this state") is not settled by the text; breachdesk assumes they are covered.',
      '"Biometric data" has the meaning in § 501.702 (Florida Digital Bill of Rights); whether particular data (a photograph, a voice recording) meets it must be judged case by case. "Any information regarding an individual\'s geolocation" is not limited to precise geolocation.',
      '2024-07-01 as the start of the amended definition comes from summaries of ch. 2023-201; its effective-date section was not read.',
    ],
    sources: [
      { where: FL_2023_ACT, facts: '§ 25 of the act: (1)(g)1.a.(VI) biometric data and (VII) geolocation added; (1)(g)2. encryption exclusion' },
      { where: 'https://flsenate.gov/Session/Bill/2023/262/ByVersion', facts: 'CS/CS/SB 262 became ch. 2023-201 on 2023-06-07' },
      { where: 'https://bilzin.com/we-think-big/insights/publications/2023/06/florida-digital-bill-of-rights', facts: 'signed 2023-06-06; in force 2024-07-01; biometric data and geolocation added to § 501.171' },
      { where: FL_ELAWS, facts: '§ 501.171(1)(a)-(f): breach, covered entity incl. governmental entity, governmental entity definition' },
      { where: 'https://dwt.com/gcp/states/florida', facts: 'harm exception with 5-year written record sent to the Department within 30 days' },
    ],
    verification: FL_2024_VERIFICATION,
  },
];

// ---- State and Local Government Cybersecurity Acts ----

const CSOC = 'Florida Cybersecurity Operations Center and the Cybercrime Office of the Department of Law Enforcement (local governments also: the county sheriff)';
const WHY_CYBER = 'The enrolled text of CS/HB 7055 (ch. 2022-220) and the reporting subsections of §§ 282.318 and 282.3185 were not read; the stored statute copy (lawserver.com) breaks off at § 282.3185(3).';

const FL_CYBER_VERIFICATION: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: 'https://www.huntonprivacyblog.com/2022/07/26/florida-enacts-law-prohibiting-state-agencies-from-paying-cyber-ransoms/',
    says: 'HB 7055 amendments in force 2022-07-01',
    checked: '2026-12-08',
    why: WHY_CYBER,
  },
  coverage: {
    kind: 'primary',
    where: 'https://lawserver.com/law/state/florida/statutes/florida_statutes_282-3185 (verbatim copy of § 282.3185(1)-(3))',
    says: '§ 282.3185(2): "local government" means any county or municipality; § 282.318 binds state agencies',
    checked: '2026-12-08',
  },
  personal_information: {
    kind: 'primary',
    where: 'https://lawserver.com/law/state/florida/statutes/florida_statutes_282-3185',
    says: 'none: the duty turns on a ransomware or cybersecurity incident, not on personal information',
    checked: '2026-12-08',
  },
  encryption: {
    kind: 'secondary',
    where: 'http://ir.digital.fl.gov/',
    says: 'none: no encryption exemption; ransomware that encrypts the government\'s own data is itself the reportable event',
    checked: '2026-12-08',
    why: WHY_CYBER,
  },
  risk_of_harm: {
    kind: 'secondary',
    where: 'https://www.pearlcohen.com/florida-reforms-cybersecurity-incident-reporting-obligations/',
    says: 'no harm test; levels 1-2 need no report, levels 3-5 and all ransomware do',
    checked: '2026-12-08',
    why: WHY_CYBER,
  },
  deadline: {
    kind: 'secondary',
    where: 'https://www.huntonprivacyblog.com/2022/07/26/florida-enacts-law-prohibiting-state-agencies-from-paying-cyber-ransoms/',
    says: 'ransomware within 12 hours, level 3-5 incidents within 48 hours, after-action report within a week of remediation; the Florida Digital Service page now says 12 hours for both',
    checked: '2026-12-08',
    why: WHY_CYBER,
  },
  anchor: {
    kind: 'secondary',
    where: 'https://pgit.org/cybersecurity-and-florida-local-government/',
    says: 'hours counted from discovery of the incident; the after-action report from remediation',
    checked: '2026-12-08',
    why: WHY_CYBER,
  },
  threshold: {
    kind: 'secondary',
    where: 'https://pgit.org/cybersecurity-and-florida-local-government/',
    says: 'none: no number of persons; only the incident severity level',
    checked: '2026-12-08',
    why: WHY_CYBER,
  },
  law_enforcement: {
    kind: 'secondary',
    where: 'https://pgit.org/cybersecurity-and-florida-local-government/',
    says: 'none: no law-enforcement delay; the report goes to law enforcement itself',
    checked: '2026-12-08',
    why: WHY_CYBER,
  },
  substitute_notice: {
    kind: 'secondary',
    where: 'http://ir.digital.fl.gov/',
    says: 'none: no substitute notice for an agency report',
    checked: '2026-12-08',
    why: WHY_CYBER,
  },
  required_content: {
    kind: 'secondary',
    where: 'https://www.huntonprivacyblog.com/2022/07/26/florida-enacts-law-prohibiting-state-agencies-from-paying-cyber-ransoms/',
    says: 'facts of the incident, last backup and its location, data types, fiscal impact, ransom details; after-action: summary, resolution, insights',
    checked: '2026-12-08',
    why: WHY_CYBER,
  },
  forbidden_content: {
    kind: 'secondary',
    where: 'https://pgit.org/cybersecurity-and-florida-local-government/',
    says: 'none: nothing forbidden in a report (paying a ransom is forbidden, § 282.3186)',
    checked: '2026-12-08',
    why: WHY_CYBER,
  },
};

const cyber: RuleVersion[] = [
  {
    id: 'FL-CYBER-2022',
    effectiveFrom: '2022-07-01',
    effectiveTo: null,
    citations: ['Fla. Stat. §§ 282.318(3)(c), 282.3185(5)-(6) as amended and created by CS/HB 7055 (ch. 2022-220, eff. 2022-07-01)'],
    summary: 'Florida state agencies and local governments must report ransomware within 12 hours and severity level 3-5 cybersecurity incidents within 48 hours, and file an after-action report within a week of remediation.',
    coverage: governmentOnlyCoverage('Fla. Stat. § 501.171', {
      local_government: ['yes', '§ 282.3185(5) (Local Government Cybersecurity Act) requires counties and municipalities to report ransomware and high-severity incidents; § 282.3185(2) defines "local government" as any county or municipality.'],
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
    confidence: 'low',
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
    verification: FL_CYBER_VERIFICATION,
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
  channels: [
    {
      recipient: 'attorney_general',
      name: 'Florida Department of Legal Affairs (Office of the Attorney General)',
      ways: [{ kind: 'postal', value: 'Office of the Attorney General, State of Florida, PL-01, The Capitol, Tallahassee, FL 32399-1050' }],
      asksFor: [
        'Synopsis of the events surrounding the breach',
        'Number of individuals in Florida affected or potentially affected',
        'Services offered free of charge and how to use them',
        'A copy of the notice to individuals or an explanation of other actions taken',
        'Name, address, telephone number and email address of the contact person',
        'On request: police, incident or forensic report and the breach policies in place',
      ],
      source: 'What is asked: Fla. Stat. § 501.171(3)(b)-(c) as summarised (wordsbywit.com, swlaw.com); address: the Office of the Attorney General\'s published mailing address (attorneygeneral.net/states/florida/attorney-general). No breach-notice form or e-mail address of the Department was found.',
      checked: '2026-12-08',
    },
    NATIONWIDE_CRAS,
    {
      recipient: 'state_agency',
      name: 'Florida Digital Service Cybersecurity Operations Center (CSOC), FDLE Cybercrime Office and (local governments) the county sheriff',
      ways: [
        { kind: 'online_form', value: 'http://ir.digital.fl.gov/', formName: 'Cybersecurity Incident Reporting: State and Local Governments' },
        { kind: 'email', value: 'CSOC@digital.fl.gov' },
      ],
      asksFor: [
        'Summary of the facts of the incident',
        'Date and location of the most recent backup, whether it was affected and whether it is in the cloud',
        'Types of data compromised',
        'Estimated fiscal impact',
        'Details of any ransom demanded',
        'After-action report (form on the same page) within a week of remediation, to CSOC@digital.fl.gov',
      ],
      source: 'http://ir.digital.fl.gov/ (Florida Digital Service incident-reporting page); content per Hunton and Pearl Cohen summaries of CS/HB 7055',
      checked: '2026-12-08',
    },
  ],
  consumerContact: {
    name: 'Office of the Attorney General of Florida',
    phone: '1-866-966-7226',
    website: 'www.myfloridalegal.com',
    address: 'PL-01, The Capitol, Tallahassee, FL 32399-1050',
    source: 'https://myfloridalegal.com/pages.nsf/0/1A74824CE500FC3485256E3200614335 (Fraud Hotline 1-866-966-7226); address from https://attorneygeneral.net/states/florida/attorney-general',
    checked: '2026-12-08',
  },
};
