// SEC Regulation S-P, 17 CFR § 248.30 as amended in 2024 (Release 34-100155): broker-dealers,
// funding portals, investment companies, registered investment advisers and transfer agents must
// notify affected individuals within 30 days. Before the amendments Regulation S-P required no
// breach notice at all, so the law starts at the first compliance date.
import type { FactCheck, Jurisdiction, PersonalInformationDefinition, RuleVersion, Verification } from '../types.js';
import { calendarDays, coverage, hours, obligation } from '../shared.js';

const CHECKED = '2026-12-08';
const FR_2024 = 'https://federalstatelaw.com/federal-register/2024-11116 (Federal Register 89 FR 47688, 2024-06-03, reproduced from the Federal Register)';
const ABA = 'https://bankingjournal.aba.com/2024/05/sec-updates-data-breach-standards-for-investment-companies-advisers/';
const NOT_READ = 'The amended text of 17 CFR § 248.30 lies past the opening of the Federal Register document that could be read; the fact rests on the SEC\'s announcement as reported and on law-firm summaries.';
const REGSP_CHECK: FactCheck = { kind: 'secondary', where: `${ABA}; https://www.vumetric.com/cybersecurity-news/sec-requires-financial-institutions-to-notify-customers-of-breaches-within-30-days/`, says: 'see below', checked: CHECKED, why: NOT_READ };
const VERIFY_2026: Verification = {
  effective_dates: {
    ...REGSP_CHECK,
    where: `${FR_2024}; ${ABA}`,
    says: 'published 2024-06-03, effective 2024-08-02 (read in the Federal Register header); larger entities comply 18 months and smaller ones 24 months after publication: 2025-12-03 and 2026-06-03',
    why: 'The publication and effective dates were read in the Federal Register; the compliance dates come from the SEC\'s announcement as reported, the DATES paragraph not being reached.',
  },
  coverage: {
    kind: 'primary',
    where: FR_2024,
    says: 'broker-dealers, funding portals, investment companies, registered investment advisers and registered transfer agents',
    checked: CHECKED,
  },
  personal_information: { ...REGSP_CHECK, where: 'https://natlawreview.com/article/broadening-data-security-mandate-sec-incident-response-plan-and-data-breach', says: 'sensitive customer information: identifiers that alone, or with authenticating information, could cause substantial harm or inconvenience' },
  encryption: { ...REGSP_CHECK, says: 'no encryption exception was found in the summaries; none is encoded' },
  risk_of_harm: { ...REGSP_CHECK, where: 'https://orical.org/publications/regulation-s-p-deadline-looms', says: 'no notice if a reasonable investigation finds the information has not been and is not reasonably likely to be used to cause substantial harm or inconvenience' },
  deadline: { ...REGSP_CHECK, says: 'as soon as practicable but not later than 30 days; service providers within 72 hours' },
  anchor: { ...REGSP_CHECK, says: 'after becoming aware that unauthorized access to or use of customer information has occurred or is reasonably likely to have occurred' },
  threshold: { ...REGSP_CHECK, says: 'none: every affected individual' },
  law_enforcement: { ...REGSP_CHECK, where: ABA, says: 'delay only where the U.S. Attorney General finds a substantial risk to national security or public safety and tells the SEC in writing' },
  substitute_notice: { ...REGSP_CHECK, says: 'none reported: notice goes to each affected individual' },
  required_content: { ...REGSP_CHECK, says: 'details of the incident and of the data breached, and how individuals can respond to protect themselves (fraud alerts, credit reports, FTC guidance)' },
  forbidden_content: { ...REGSP_CHECK, says: 'none reported' },
};
const VERIFY_2025: Verification = VERIFY_2026;

const CITATIONS = ['17 CFR § 248.30(a)(3)-(5), (d) as amended (Release No. 34-100155, 89 FR 47688, 2024-06-03; eff. 2024-08-02)'];

// Notice may wait only while the U.S. Attorney General finds it a substantial risk to national
// security or public safety and so informs the SEC in writing; an ordinary law-enforcement request
// does not qualify, so recorded law_enforcement_delay events do not move this clock.

const INDIVIDUALS_CONTENT = [
  'A general description of the incident and the type of sensitive customer information involved',
  'The date of the incident, its estimated date or date range, if known',
  'Contact information for the covered institution',
  'A recommendation to review account statements and report suspicious activity',
  'What a fraud alert is and how to place one, how to obtain a free credit report, and the FTC\'s identity-theft guidance',
];
const INDIVIDUALS_NOTES =
  'As soon as practicable and no later than 30 days after becoming aware that unauthorised access to or use of customer information has occurred or is reasonably likely to have occurred. If the institution cannot tell whose sensitive information was reached, everyone whose sensitive information sits in the affected system is to be notified. A written Attorney General determination sent to the SEC (national security or public safety) can delay notice; work that date out by hand.';
const INDIVIDUALS_BASE = {
  id: 'individuals',
  recipient: 'individuals' as const,
  recipientName: 'Affected individuals (customers of the institution and of other financial institutions whose data it holds)',
  citation: '17 CFR § 248.30(a)(4)',
  requiredContent: INDIVIDUALS_CONTENT,
  notes: INDIVIDUALS_NOTES,
};
const INDIVIDUALS_LARGER_ONLY = obligation({
  ...INDIVIDUALS_BASE,
  deadline: calendarDays(30, 'discovered'),
  letterElements: ['what_happened', 'information_involved', 'breach_dates', 'contact', 'what_you_can_do', 'review_statements', 'ftc', 'credit_bureaus'],
  condition:
    'Only "larger entities" must comply before 2026-06-03: advisers with $1.5 billion or more under management, investment companies (with their group) with $1 billion or more in net assets, and broker-dealers and transfer agents that are not small entities.',
});
const INDIVIDUALS_ALL = obligation({
  ...INDIVIDUALS_BASE,
  deadline: calendarDays(30, 'discovered'),
  letterElements: ['what_happened', 'information_involved', 'breach_dates', 'contact', 'what_you_can_do', 'review_statements', 'ftc', 'credit_bureaus'],
});

// The institution must require this of its service providers by contract; a service provider that
// opted in is told its duty here.
const serviceProvider = obligation({
  id: 'service-provider',
  recipient: 'data_owner',
  recipientName: 'The covered institution you provide services to',
  citation: '17 CFR § 248.30(a)(5)(i)',
  deadline: hours(72, 'discovered'),
  condition: 'Only if your organisation is a service provider with access to a covered institution\'s customer information (the duty reaches you through its contract).',
  notes: 'As soon as possible and no later than 72 hours after becoming aware of a breach in security resulting in unauthorised access to a customer information system you maintain.',
});

const COVERAGE = coverage({
  business: ['yes', 'Applies to "covered institutions": broker-dealers (including funding portals), investment companies, SEC-registered investment advisers and registered transfer agents (17 CFR § 248.30(d)).'],
  nonprofit: ['uncertain', 'A nonprofit is covered only if it is itself registered as one of those institutions, which is unusual; assumed to apply because the regime was opted in.'],
  local_government: ['no', 'A city or county is not a broker-dealer, investment company, registered adviser or registered transfer agent; municipal advisors are regulated under a different rule.'],
  state_agency: ['no', 'A state agency is not a covered institution under 17 CFR § 248.30(d).'],
});
const OUT_OF_STATE = { local_government: COVERAGE.local_government, state_agency: COVERAGE.state_agency };

// "Sensitive customer information": an identifier that alone can cause substantial harm, or an
// identifier together with what authenticates it.
const SENSITIVE: PersonalInformationDefinition = {
  citation: '17 CFR § 248.30(d) (sensitive customer information)',
  summary: 'SSN, licence, passport, taxpayer or account number or biometric record alone; or a name, username or email with an access code, password, card code or expiry, security answer, date of birth or mother\'s maiden name',
  combinations: [
    { all: [], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id', 'biometric', 'account_number', 'card_number'] },
    { all: ['name'], anyOf: ['access_code', 'password', 'card_security_code', 'card_expiration', 'security_question', 'date_of_birth', 'mothers_maiden_name'] },
    { all: ['username'], anyOf: ['access_code', 'password', 'security_question'] },
    { all: ['email'], anyOf: ['access_code', 'password', 'security_question'] },
  ],
};

const common = {
  citations: CITATIONS,
  coverage: COVERAGE,
  coverageOutOfState: OUT_OF_STATE,
  encryptionSafeHarbor: null,
  riskOfHarmException: {
    exists: true,
    standard: 'no notice if, after a reasonable investigation, the institution determines the sensitive customer information has not been and is not reasonably likely to be used in a manner that would result in substantial harm or inconvenience',
    recordToKeep: 'The investigation and the written determination, kept under the recordkeeping rules the amendments added.',
  },
  personalInformation: SENSITIVE,
  confidence: 'low' as const,
  unverified: [
    'The amended § 248.30 could not be read here: the deadlines, the definition of sensitive customer information and the notice content rest on the SEC\'s announcement as reported and on law-firm summaries.',
    'Paragraph numbers inside § 248.30 and the exact notice-content list are from summaries of the release, not the rule text.',
    'The length and extensions of the Attorney General delay, and whether a fixed period to notify follows it, were not checked (left to staff).',
    'One summary gives the compliance dates as 2025-12-02 and 2026-06-02; most (18 and 24 months after 2024-06-03 publication) give 2025-12-03 and 2026-06-03, used here.',
    'The element combinations for "sensitive customer information" approximate the definition\'s examples (account and card numbers alone are counted, the broader reading).',
    'The encryption treatment of "sensitive customer information" was not researched; no safe harbour is encoded.',
  ],
  sources: [
    { where: FR_2024, facts: 'Federal Register header: published 2024-06-03, effective 2024-08-02; the institutions covered' },
    { where: ABA, facts: 'notice as soon as practicable, not later than 30 days; larger entities 18 months, smaller 24 months; 72-hour service-provider alignment' },
    { where: 'https://www.paulhastings.com/insights/ph-privacy/deadline-to-comply-with-regulation-s-p-amendments-is-here-for-larger-entities', facts: 'larger entities comply by 2025-12-03, others by 2026-06-03; notice as soon as practicable but not later than 30 days after becoming aware' },
    { where: 'https://www.bakerdonelson.com/regulation-s-p-june-3-2026-compliance-deadline-for-smaller-investment-advisers', facts: 'amendments effective 2024-08-02; larger-entity thresholds ($1.5bn AUM advisers, $1bn net-asset funds)' },
    { where: 'https://orical.org/publications/regulation-s-p-deadline-looms', facts: 'no notice if a reasonable investigation finds no reasonable likelihood of substantial harm or inconvenience' },
    { where: 'https://smart-ria.com/blog/reg-s-p-cybersecurity-best-practices-for-rias-under-1-5b-aum-june-2026-deadline/', facts: 'service providers held to a 72-hour notice' },
  ],
};

const versions: RuleVersion[] = [
  {
    ...common,
    id: 'US-SEC-REGSP-2025',
    effectiveFrom: '2025-12-03',
    effectiveTo: '2026-06-02',
    summary: 'Larger SEC-registered broker-dealers, funds, advisers and transfer agents must notify affected individuals within 30 days of becoming aware of unauthorised access to their sensitive information; smaller ones are not yet bound.',
    obligations: [INDIVIDUALS_LARGER_ONLY, serviceProvider],
    verification: VERIFY_2025,
  },
  {
    ...common,
    id: 'US-SEC-REGSP-2026',
    effectiveFrom: '2026-06-03',
    effectiveTo: null,
    summary: 'SEC-registered broker-dealers, funding portals, funds, advisers and transfer agents must notify affected individuals within 30 days of becoming aware of unauthorised access to their sensitive information.',
    obligations: [INDIVIDUALS_ALL, serviceProvider],
    verification: VERIFY_2026,
  },
];

export const secRegSp: Jurisdiction = {
  code: 'US-SEC-REGSP',
  name: 'SEC Regulation S-P (customer notice)',
  kind: 'regime',
  holidays: { country: 'US' },
  laws: [{ id: 'US-SEC-248-30', title: 'SEC Regulation S-P, 17 CFR § 248.30 (incident response and customer notice)', scope: 'residents', basis: 'regulation', versions }],
  // Notices go to individuals and, from service providers, to the institution: no regulator filing.
  channels: [],
  consumerContact: null,
};
