// Indiana: Ind. Code art. 24-4.9 (data base owners, in force 2006-07-01; Attorney General notice
// from 2009; 45 days from 2022; adult-website data in the definition from 2024), Ind. Code ch.
// 4-1-11 for state agencies, and the cybersecurity incident report to the Office of Technology by
// state agencies and political subdivisions (2021).
import type { EncryptionSafeHarbor, FactCheck, Jurisdiction, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, businessDays, calendarDays, coverage, governmentOnlyCoverage, obligation, residents, toll, withoutDelay,
} from './shared.js';

const CHECKED = '2026-12-08';

// The texts read on 2026-12-08 (verbatim copies of the Indiana Code with their history lines).
const IC_3_1 = 'https://statutes.laws.com/indiana/title-24/ar-4.9/ch-3 (IC 24-4.9-3-1 to 3-3, "As added by P.L.125-2006 ... Amended by P.L.137-2009"); https://instalawyer.io/laws/indiana-code/24-49-3-1-disclosure-of-breach';
const IC_3_3 = 'https://lawserver.com/law/state/indiana/in-code/indiana_code_24-4-9-3-3 (IC 24-4.9-3-3, "Amended by P.L.171-2022, SEC.1")';
const IC_3_3_OLD = 'https://statutes.laws.com/indiana/title-24/ar-4.9/ch-3 (IC 24-4.9-3-3 before P.L.171-2022)';
const IC_2_10 = 'https://courtgpt.ai/laws/indiana/title-24/article-4-9/chapter-2/section-24-4-9-2-10 (IC 24-4.9-2-10, "Amended by P.L.98-2024, SEC.2")';
const IC_4_1_11_3 = 'https://courtgpt.ai/laws/indiana/title-4/article-1/chapter-11/section-4-1-11-3 (IC 4-1-11-3, "As added by P.L.91-2005")';
const WPR_2022 = 'https://www.workplaceprivacyreport.com/2022/05/articles/data-breach-notification/indiana-tightens-the-states-deadline-for-providing-notification-of-a-data-breach/';
const AG_FAQ = 'https://www.in.gov/attorneygeneral/3037.htm';
const KLINEDINST = 'https://klinedinstlaw.com/practice/privacy-data-security/indiana';

const LE = toll('Ind. Code § 24-4.9-3-3');
const REASONABLE = 'Without unreasonable delay; delay is reasonable only to restore the system, to discover the scope of the breach, or at the request of the Attorney General or law enforcement.';

const COMBINATIONS: PersonalInformationDefinition['combinations'] = [
  { all: [], anyOf: ['ssn'] },
  // A debit card number needs its code, a credit card number does not; the data do not say which.
  { all: ['name'], anyOf: ['drivers_license', 'state_id', 'card_number'] },
  { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
];
const PI_2006: PersonalInformationDefinition = {
  citation: 'Ind. Code § 24-4.9-2-10',
  summary: 'an unencrypted, unredacted SSN alone; or name with driver licence or state ID number, credit card number, or a financial account or debit card number with its security code, password or access code',
  combinations: COMBINATIONS,
};
const PI_2024: PersonalInformationDefinition = {
  citation: 'Ind. Code § 24-4.9-2-10 as amended by P.L.98-2024',
  summary: 'an unencrypted, unredacted SSN alone; or name with driver licence or state ID number, credit card number, or a financial account or debit card number with its security code, password or access code; or information an adult-oriented website operator collects under IC 24-4-23 (age verification)',
  combinations: COMBINATIONS,
};
const AGE_DATA = 'Information collected by an adult-oriented website operator under IC 24-4-23 (age verification) is personal information from P.L.98-2024; breachdesk has no data element for it, so staff must check it themselves.';

const INDIVIDUALS_2006 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Indiana residents', citation: 'Ind. Code §§ 24-4.9-3-1(a), 24-4.9-3-3',
  deadline: withoutDelay('discovered', REASONABLE), lawEnforcement: LE,
  notes: 'No fixed number of days. Notice by mail, telephone, fax or email; the statute sets no content.',
});
const INDIVIDUALS_2022 = obligation({
  id: 'individuals', recipient: 'individuals', recipientName: 'Affected Indiana residents', citation: 'Ind. Code §§ 24-4.9-3-1(a), 24-4.9-3-3',
  deadline: calendarDays(45, 'discovered'), lawEnforcement: LE,
  notes: 'Without unreasonable delay and not more than 45 days after discovery. Notice by mail, telephone, fax or email; the statute sets no content.',
});
const CREDIT_BUREAUS = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Each nationwide consumer reporting agency',
  citation: 'Ind. Code § 24-4.9-3-1(b)',
  deadline: withoutDelay('discovered', REASONABLE),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Information needed to help the agency prevent fraud, including personal information of affected Indiana residents'],
  notes: 'The statute counts consumers to whom the disclosure is made ("more than one thousand").',
});
const CREDIT_BUREAUS_2022 = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Each nationwide consumer reporting agency',
  citation: 'Ind. Code §§ 24-4.9-3-1(b), 24-4.9-3-3',
  deadline: calendarDays(45, 'discovered'),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Information needed to help the agency prevent fraud, including personal information of affected Indiana residents'],
  notes: 'The statute counts consumers to whom the disclosure is made ("more than one thousand"). The 45-day limit of § 24-4.9-3-3 covers every disclosure under the chapter.',
});
const VENDOR_2006 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Ind. Code §§ 24-4.9-3-2, 24-4.9-3-3',
  deadline: withoutDelay('discovered', REASONABLE),
  lawEnforcement: LE,
  condition: 'Binds a person that maintains computerized data but is not the data base owner, not the owner itself.',
});
const VENDOR_2022 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Ind. Code §§ 24-4.9-3-2, 24-4.9-3-3',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE,
  condition: 'Binds a person that maintains computerized data but is not the data base owner, not the owner itself.',
  notes: '§ 24-4.9-3-3 sets the 45 days for every "disclosure or notification under this chapter", the vendor\'s notice under § 24-4.9-3-2 included.',
});
// § 24-4.9-3-1(c) (P.L.137-2009) has no time of its own; § 24-4.9-3-3 times every disclosure
// under the chapter: "without unreasonable delay" until 2022, then also within 45 days.
const AG_2009 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Indiana Attorney General (Consumer Protection Division)',
  citation: 'Ind. Code §§ 24-4.9-3-1(c), 24-4.9-3-3',
  deadline: withoutDelay('discovered', REASONABLE),
  lawEnforcement: LE,
  requiredContent: ["The Attorney General's breach notification form", 'A copy or sample of the notice to residents'],
  notes: 'Owed whenever residents are told (§ 24-4.9-3-1(c)); § 24-4.9-3-3 gives it the same "without unreasonable delay" standard from discovery.',
});
const AG_2022 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Indiana Attorney General (Consumer Protection Division)',
  citation: 'Ind. Code §§ 24-4.9-3-1(c), 24-4.9-3-3',
  deadline: calendarDays(45, 'discovered'),
  lawEnforcement: LE,
  requiredContent: ["The Attorney General's breach notification form", 'A copy or sample of the notice to residents'],
  notes: 'The 45-day limit of § 24-4.9-3-3 applies to every disclosure or notification under the chapter, the Attorney General notice included.',
});

const COVERAGE = coverage({
  business: ['yes', 'Ind. Code § 24-4.9-3-1 binds every data base owner, and a "person" includes any corporation, partnership, association, cooperative or other legal entity.'],
  nonprofit: ['yes', 'A nonprofit corporation or organisation is a "person" that can be a data base owner under art. 24-4.9.'],
  local_government: ['uncertain', 'Art. 24-4.9 does not name political subdivisions, and state agencies have their own Ind. Code ch. 4-1-11; whether a city or county is a "person" bound by § 24-4.9-3-1 was not settled by the sources read.'],
  state_agency: ['no', 'State agencies follow Ind. Code ch. 4-1-11 (law IN-4-1-11 in this catalogue), not art. 24-4.9.'],
});
const HARM = { exists: true, standard: 'Notice is owed only if the owner knows, should know or should have known that the breach has resulted or could result in identity deception, identity theft or fraud affecting the resident.', recordToKeep: null };
const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: '§ 24-4.9-3-1(a)(2): notice is owed for encrypted personal information acquired by an unauthorized person "with access to the encryption key"',
  citation: 'Ind. Code § 24-4.9-3-1(a)(2)',
};
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Ind. Code § 24-4.9-3-4' };
const SHARED = { coverage: COVERAGE, encryptionSafeHarbor: SAFE_HARBOR, riskOfHarmException: HARM, substituteNotice: SUBSTITUTE };
const EXCEPTIONS = 'The exceptions § 24-4.9-3-1(a) refers to (section 4(c) to (e)) and the federal-compliance rule of § 24-4.9-3-3.5 were not read.';

const F_COVERAGE: FactCheck = { kind: 'secondary', where: `${IC_3_1}; ${PERKINS_CHART_2021}`, says: '§ 24-4.9-3-1 binds the "data base owner"; "person" includes corporations, associations and other legal entities', checked: CHECKED, why: 'The definitions of "person" and "data base owner" (ch. 24-4.9-2) were not read; § 24-4.9-3-1 was.' };
const F_PI: FactCheck = { kind: 'primary', where: IC_2_10, says: 'SSN alone; name with licence, state ID, credit card, or financial account or debit card number with its code; not encrypted or redacted', checked: CHECKED };
const F_PI_2024: FactCheck = { kind: 'primary', where: IC_2_10, says: 'adds (3): information collected by an adult-oriented website operator under IC 24-4-23', checked: CHECKED };
const F_KEY: FactCheck = { kind: 'primary', where: IC_3_1, says: '§ 3-1(a)(2): encrypted information acquired by someone with access to the encryption key must be disclosed', checked: CHECKED };
const F_HARM: FactCheck = { kind: 'primary', where: IC_3_1, says: '§ 3-1(a): only if the owner knows, should know or should have known it has resulted or could result in identity deception, identity theft or fraud', checked: CHECKED };
const F_DEADLINE_OLD: FactCheck = { kind: 'primary', where: IC_3_3_OLD, says: '§ 3-3(a): every disclosure or notification under the chapter without unreasonable delay, no number of days', checked: CHECKED };
const F_DEADLINE_45: FactCheck = { kind: 'primary', where: IC_3_3, says: '§ 3-3(a): without unreasonable delay but not more than 45 days after discovery, for every disclosure or notification under the chapter', checked: CHECKED };
const F_ANCHOR: FactCheck = { kind: 'primary', where: `${IC_3_1}; ${IC_3_3}`, says: 'after discovering or being notified of the breach (§ 3-1(a)); 45 days after discovery (§ 3-3(a), from 2022)', checked: CHECKED };
const F_THRESHOLD: FactCheck = { kind: 'primary', where: IC_3_1, says: '§ 3-1(b): credit bureaus when disclosure is made to more than 1,000 consumers; § 3-1(c): the AG whenever residents are told (from 2009)', checked: CHECKED };
const F_THRESHOLD_2006: FactCheck = { kind: 'primary', where: IC_3_1, says: '§ 3-1(b): credit bureaus when disclosure is made to more than 1,000 consumers; no AG notice before P.L.137-2009', checked: CHECKED };
const F_LE: FactCheck = { kind: 'primary', where: IC_3_3, says: '§ 3-3: delay at the request of the AG or law enforcement; disclose as soon as possible once told delay is no longer needed (a pause)', checked: CHECKED };
const F_SUBST: FactCheck = { kind: 'secondary', where: `${PERKINS_CHART_2021}; ${BLOOMBERG_TABLE}`, says: 'substitute notice if cost over $250,000 or more than 500,000 to notify', checked: CHECKED, why: 'Ind. Code § 24-4.9-3-4 (methods of disclosure) was not read.' };
const F_CONTENT: FactCheck = { kind: 'secondary', where: `${AG_FAQ}; ${KLINEDINST}`, says: 'no content for residents; the AG asks for its form and a sample notice; credit bureaus get fraud-prevention information (§ 3-1(b), read)', checked: CHECKED, why: '§ 24-4.9-3-4 (methods) was not read; the AG form is the office\'s practice, not the statute.' };
const F_CONTENT_2006: FactCheck = { kind: 'primary', where: IC_3_1, says: 'no content for residents in §§ 3-1 to 3-3; credit bureaus get information needed to prevent fraud', checked: CHECKED };
const F_FORBIDDEN: FactCheck = { kind: 'secondary', where: IC_3_1, says: 'none in §§ 24-4.9-3-1 to 3-3', checked: CHECKED, why: '§ 24-4.9-3-4 (methods of disclosure) was not read.' };

const general: RuleVersion[] = [
  {
    id: 'IN-2006',
    effectiveFrom: '2006-07-01',
    effectiveTo: '2009-06-30',
    citations: ['Ind. Code art. 24-4.9 (P.L. 125-2006, in force 2006-07-01)'],
    summary: 'Indiana data base owners had to notify affected residents without unreasonable delay, and the credit bureaus above 1,000, with no notice to the Attorney General.',
    ...SHARED,
    personalInformation: PI_2006,
    obligations: [INDIVIDUALS_2006, CREDIT_BUREAUS, VENDOR_2006],
    confidence: 'low',
    unverified: ['The 2006 text was not read; its duties are taken as the 2009 text less the Attorney General notice that P.L. 137-2009 added.', EXCEPTIONS],
    sources: [
      { where: AG_FAQ, facts: 'statute effective 2006-07-01' },
      { where: IC_3_1, facts: '§ 24-4.9-3-1 as added by P.L. 125-2006 and amended by P.L. 137-2009' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${AG_FAQ}; ${IC_3_1}`, says: 'in force 2006-07-01 (AG FAQ); P.L.137-2009 amends § 3-1', checked: CHECKED, why: 'The session law P.L.125-2006 was not read; the start is from the Attorney General\'s FAQ.' },
      coverage: F_COVERAGE,
      personal_information: F_PI,
      encryption: F_KEY,
      risk_of_harm: F_HARM,
      deadline: F_DEADLINE_OLD,
      anchor: F_ANCHOR,
      threshold: F_THRESHOLD_2006,
      law_enforcement: F_LE,
      substitute_notice: F_SUBST,
      required_content: F_CONTENT_2006,
      forbidden_content: F_FORBIDDEN,
    },
  },
  {
    id: 'IN-2009',
    effectiveFrom: '2009-07-01',
    effectiveTo: '2022-06-30',
    citations: ['Ind. Code §§ 24-4.9-3-1 to 24-4.9-3-4 as amended by H.E.A. 1121 (P.L. 137-2009, eff. 2009-07-01)'],
    summary: 'Indiana data base owners had to notify affected residents and the Attorney General without unreasonable delay, and the credit bureaus above 1,000.',
    ...SHARED,
    personalInformation: PI_2006,
    obligations: [INDIVIDUALS_2006, AG_2009, CREDIT_BUREAUS, VENDOR_2006],
    confidence: 'low',
    unverified: [EXCEPTIONS],
    sources: [
      { where: IC_3_1, facts: '§ 24-4.9-3-1(a)-(c), § 24-4.9-3-2, § 24-4.9-3-3(a)' },
      { where: BLOOMBERG_TABLE, facts: 'timing, AG from 2009-07-01, CRA' },
      { where: PERKINS_CHART_2021, facts: 'exceptions, methods' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; ${WPR_2022}`, says: 'AG notice from 2009-07-01; 45 days from 2022-07-01', checked: CHECKED, why: 'The session laws\' effective-date clauses were not read.' },
      coverage: F_COVERAGE,
      personal_information: F_PI,
      encryption: F_KEY,
      risk_of_harm: F_HARM,
      deadline: F_DEADLINE_OLD,
      anchor: F_ANCHOR,
      threshold: F_THRESHOLD,
      law_enforcement: F_LE,
      substitute_notice: F_SUBST,
      required_content: F_CONTENT,
      forbidden_content: F_FORBIDDEN,
    },
  },
  {
    id: 'IN-2022',
    effectiveFrom: '2022-07-01',
    effectiveTo: '2024-06-30',
    citations: ['Ind. Code § 24-4.9-3-3 as amended by H.E.A. 1351 (P.L. 171-2022, eff. 2022-07-01)'],
    summary: 'Indiana requires notice to affected residents, the Attorney General and (above 1,000) the credit bureaus without unreasonable delay and no later than 45 days after discovery.',
    ...SHARED,
    personalInformation: PI_2006,
    obligations: [INDIVIDUALS_2022, AG_2022, CREDIT_BUREAUS_2022, VENDOR_2022],
    confidence: 'low',
    unverified: [EXCEPTIONS],
    sources: [
      { where: IC_3_3, facts: '§ 24-4.9-3-3 as amended by P.L.171-2022: 45 days after discovery, delay grounds' },
      { where: WPR_2022, facts: 'H.B. 1351 signed 2022-03-18, effective 2022-07-01' },
      { where: KLINEDINST, facts: 'AG form and sample notice; email DataBreach@atg.in.gov' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${WPR_2022}; ${IC_2_10}`, says: 'P.L.171-2022 from 2022-07-01; P.L.98-2024 changes the definition from 2024-07-01', checked: CHECKED, why: 'The effective-date clauses of P.L.171-2022 and P.L.98-2024 were not read.' },
      coverage: F_COVERAGE,
      personal_information: F_PI,
      encryption: F_KEY,
      risk_of_harm: F_HARM,
      deadline: F_DEADLINE_45,
      anchor: F_ANCHOR,
      threshold: F_THRESHOLD,
      law_enforcement: F_LE,
      substitute_notice: F_SUBST,
      required_content: F_CONTENT,
      forbidden_content: F_FORBIDDEN,
    },
  },
  {
    id: 'IN-2024',
    effectiveFrom: '2024-07-01',
    effectiveTo: null,
    citations: ['Ind. Code § 24-4.9-2-10 as amended by S.E.A. 17 (P.L. 98-2024)', 'Ind. Code § 24-4.9-3-3 as amended by P.L. 171-2022'],
    summary: 'Indiana requires notice within 45 days of discovery, as since 2022; personal information now also covers what adult-oriented websites collect for age verification.',
    ...SHARED,
    personalInformation: PI_2024,
    obligations: [INDIVIDUALS_2022, AG_2022, CREDIT_BUREAUS_2022, VENDOR_2022],
    confidence: 'low',
    unverified: [AGE_DATA, 'The start 2024-07-01 is the usual Indiana effective date and the one Perkins Coie gives for S.B. 17; the session law was not read.', EXCEPTIONS],
    sources: [
      { where: IC_2_10, facts: 'definition as amended by P.L.98-2024, adult-website information added' },
      { where: IC_3_3, facts: '45 days after discovery' },
      { where: PERKINS_CHART_2021, facts: 'S.B. 17 (2024) listed against art. 24-4.9' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${IC_2_10}; ${PERKINS_CHART_2021}`, says: 'P.L.98-2024 amends § 2-10; in force 2024-07-01', checked: CHECKED, why: 'The effective-date clause of P.L.98-2024 was not read.' },
      coverage: F_COVERAGE,
      personal_information: F_PI_2024,
      encryption: F_KEY,
      risk_of_harm: F_HARM,
      deadline: F_DEADLINE_45,
      anchor: F_ANCHOR,
      threshold: F_THRESHOLD,
      law_enforcement: F_LE,
      substitute_notice: F_SUBST,
      required_content: F_CONTENT,
      forbidden_content: F_FORBIDDEN,
    },
  },
];

const AGENCY_PRIOR = 'The earlier research read §§ 4-1-11-1 to -6 at statutes.laws.com; only § 4-1-11-3 was re-read on 2026-12-08.';
const agency: RuleVersion[] = [
  {
    id: 'IN-AGENCY-2006',
    effectiveFrom: '2006-07-01',
    effectiveTo: null,
    citations: ['Ind. Code ch. 4-1-11 (P.L. 91-2005; applies after 2006-06-30 under § 4-1-11-1)'],
    summary: 'Indiana state agencies must notify affected residents of a breach without unreasonable delay.',
    coverage: governmentOnlyCoverage('Ind. Code art. 24-4.9', {
      local_government: ['no', 'Ind. Code § 4-1-11-5 binds state agencies (as defined in IC 4-1-10-2); political subdivisions are not named.'],
      state_agency: ['yes', 'Ind. Code § 4-1-11-5 binds any state agency that owns or licenses computerized personal information.'],
    }),
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'protective',
      keyWording: '§ 4-1-11-5(a): notice for "unencrypted personal information"; nothing on keys',
      citation: 'Ind. Code § 4-1-11-5(a) ("unencrypted personal information")',
    },
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: {
      citation: 'Ind. Code § 4-1-11-3',
      summary: 'name with SSN (not just its last four digits), driver licence or ID card number, or an account number, card number, security code, access code or password of a financial account',
      combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'account_number', 'card_number', 'card_security_code', 'access_code', 'password'] }],
    },
    substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'Ind. Code ch. 4-1-11 (substitute notice)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected state residents',
        citation: 'Ind. Code § 4-1-11-5',
        deadline: withoutDelay('discovered', 'Without unreasonable delay after discovery or notification, consistent with law enforcement and with measures to determine the scope and restore the system.'),
        lawEnforcement: toll('Ind. Code § 4-1-11-7'),
        notes: 'A stolen portable device protected by an undisclosed password is not a breach (§ 4-1-11-2(b)).',
      }),
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: 'Ind. Code § 4-1-11-6',
        deadline: withoutDelay('discovered', 'Immediately following discovery.'),
        condition: 'Binds a state agency that maintains data it does not own, not the owner itself.',
      }),
    ],
    confidence: 'low',
    unverified: [
      'Whether ch. 4-1-11 has a consumer-reporting-agency or Attorney General notice was not checked (sections 8 onward were not read).',
      'The section number of the substitute-notice provision was not read.',
      'Ch. 4-1-11 exempts "unencrypted" data only by implication and says nothing of keys: encrypted data taken with its key is literally outside the duty, but notice is the safer reading.',
      AGENCY_PRIOR,
    ],
    sources: [
      { where: 'https://statutes.laws.com/indiana/title-4/ar-1/ch-11', facts: '§§ 4-1-11-1 to -6: applies after 2006-06-30; definitions; state agency duty; vendor duty' },
      { where: IC_4_1_11_3, facts: '§ 4-1-11-3 definition of personal information' },
      { where: BLOOMBERG_TABLE, facts: 'substitute notice for state agencies' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://statutes.laws.com/indiana/title-4/ar-1/ch-11', says: '§ 4-1-11-1: the chapter applies after 2006-06-30', checked: CHECKED, why: AGENCY_PRIOR },
      coverage: { kind: 'secondary', where: 'https://statutes.laws.com/indiana/title-4/ar-1/ch-11', says: '§ 4-1-11-5 binds state agencies that own or license computerized personal information', checked: CHECKED, why: AGENCY_PRIOR },
      personal_information: { kind: 'primary', where: IC_4_1_11_3, says: 'first name or initial and last name with SSN, licence or ID card number, or a financial account, card, security or access code or password; not the last four SSN digits', checked: CHECKED },
      encryption: { kind: 'secondary', where: 'https://statutes.laws.com/indiana/title-4/ar-1/ch-11', says: '§ 4-1-11-5: "unencrypted personal information"; nothing on keys', checked: CHECKED, why: AGENCY_PRIOR },
      risk_of_harm: { kind: 'secondary', where: 'https://statutes.laws.com/indiana/title-4/ar-1/ch-11', says: 'none: § 4-1-11-5 has no harm test', checked: CHECKED, why: AGENCY_PRIOR },
      deadline: { kind: 'secondary', where: 'https://statutes.laws.com/indiana/title-4/ar-1/ch-11', says: 'without unreasonable delay; vendor immediately', checked: CHECKED, why: AGENCY_PRIOR },
      anchor: { kind: 'secondary', where: 'https://statutes.laws.com/indiana/title-4/ar-1/ch-11', says: 'after discovery or notification of the breach', checked: CHECKED, why: AGENCY_PRIOR },
      threshold: { kind: 'secondary', where: 'https://statutes.laws.com/indiana/title-4/ar-1/ch-11', says: 'none in §§ 4-1-11-1 to -6', checked: CHECKED, why: AGENCY_PRIOR },
      law_enforcement: { kind: 'secondary', where: 'https://statutes.laws.com/indiana/title-4/ar-1/ch-11', says: '§ 4-1-11-7: delay for law enforcement (cited, not read)', checked: CHECKED, why: AGENCY_PRIOR },
      substitute_notice: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'cost over $250,000 or more than 500,000 to notify', checked: CHECKED, why: 'The substitute-notice section of ch. 4-1-11 was not read.' },
      required_content: { kind: 'secondary', where: 'https://statutes.laws.com/indiana/title-4/ar-1/ch-11', says: 'none in §§ 4-1-11-1 to -6', checked: CHECKED, why: AGENCY_PRIOR },
      forbidden_content: { kind: 'secondary', where: 'https://statutes.laws.com/indiana/title-4/ar-1/ch-11', says: 'none in §§ 4-1-11-1 to -6', checked: CHECKED, why: AGENCY_PRIOR },
    },
  },
];

const IOT_TEXT = 'https://d1tvxue8o4w0fl.cloudfront.net/statute/indiana-code/title-4-state-offices-and-administration/article-131-office-of-technology/chapter-2-office-of-technology/section-4-131-2-9-state-agency-reporting-requirements (Ind. Code § 4-13.1-2-9, "Amended by P.L. 137-2021, SEC. 18, eff. 7/1/2021"); https://instalawyer.io/laws/indiana-code/4-131-2-9-state-agency-reporting-requirements ("As added by P.L.134-2021, SEC.5")';
const IOT_PAGE = 'https://www.in.gov/cybersecurity/report-a-cyber-crime/';
const F_IOT_NONE = { kind: 'primary', where: IOT_TEXT } as const;
const iot: RuleVersion[] = [
  {
    id: 'IN-IOT-2021',
    effectiveFrom: '2021-07-01',
    effectiveTo: null,
    citations: ['Ind. Code § 4-13.1-2-9 (P.L. 134-2021 and P.L. 137-2021, in force 2021-07-01)'],
    summary: 'Indiana state agencies and political subdivisions must report any cybersecurity incident to the Office of Technology within 2 business days of discovering it.',
    coverage: governmentOnlyCoverage('Ind. Code art. 24-4.9', {
      local_government: ['yes', 'Ind. Code § 4-13.1-2-9 binds every political subdivision (as defined in IC 36-1-2-13).'],
      state_agency: ['yes', 'Ind. Code § 4-13.1-2-9 binds state agencies (as defined in IC 4-1-10-2), except state educational institutions.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'iot-2bd',
        recipient: 'state_agency',
        recipientName: 'Indiana Office of Technology',
        citation: 'Ind. Code § 4-13.1-2-9(1)',
        deadline: businessDays(2, 'discovered'),
        condition: 'Any cybersecurity incident, by the reporter\'s best professional judgment (the Office lists ransomware, business email compromise, denial of service, malware and others); a state educational institution is exempt. Reporting that conflicts with federal privacy law or is barred by an ongoing law-enforcement investigation is not required.',
        notes: 'Without unreasonable delay and not later than 2 business days after discovery, in the format the chief information officer prescribes. Each entity must also give the Office its primary reporter\'s contact before September 1 every year (§ 4-13.1-2-9(2)).',
      }),
    ],
    confidence: 'high',
    unverified: ["The Office of Technology's list of reportable incident types is its practice, not the statute."],
    sources: [
      { where: IOT_TEXT, facts: 'two business days after discovery; state agencies and political subdivisions; format by the CIO; annual contact; federal-privacy and law-enforcement carve-out' },
      { where: IOT_PAGE, facts: 'incident reporting form; point-of-contact sign-up' },
    ],
    verification: {
      effective_dates: { ...F_IOT_NONE, says: 'added by P.L.134-2021, amended by P.L.137-2021, effective 2021-07-01', checked: CHECKED },
      coverage: { ...F_IOT_NONE, says: 'state agencies (IC 4-1-10-2) other than state educational institutions, and political subdivisions (IC 36-1-2-13)', checked: CHECKED },
      personal_information: { ...F_IOT_NONE, says: 'none: any cybersecurity incident, whatever the data', checked: CHECKED },
      encryption: { ...F_IOT_NONE, says: 'none: no encryption exception for an incident report', checked: CHECKED },
      risk_of_harm: { ...F_IOT_NONE, says: 'none: any incident, by best professional judgment', checked: CHECKED },
      deadline: { ...F_IOT_NONE, says: 'without unreasonable delay and not later than two business days', checked: CHECKED },
      anchor: { ...F_IOT_NONE, says: 'after discovery of the cybersecurity incident', checked: CHECKED },
      threshold: { ...F_IOT_NONE, says: 'none: every incident is reported', checked: CHECKED },
      law_enforcement: { ...F_IOT_NONE, says: 'no report required where an ongoing law-enforcement investigation prohibits it; no delay rule otherwise', checked: CHECKED },
      substitute_notice: { ...F_IOT_NONE, says: 'none: a report to the Office', checked: CHECKED },
      required_content: { ...F_IOT_NONE, says: 'in a format prescribed by the chief information officer', checked: CHECKED },
      forbidden_content: { ...F_IOT_NONE, says: 'none: the section forbids nothing in the report', checked: CHECKED },
    },
  },
];

export const indiana: Jurisdiction = {
  code: 'IN',
  name: 'Indiana',
  kind: 'state',
  holidays: { country: 'US', state: 'IN' },
  laws: [
    { id: 'IN-24-4-9', title: 'Disclosure of Security Breach, Ind. Code art. 24-4.9', scope: 'residents', versions: general },
    { id: 'IN-4-1-11', title: 'Notice of Security Breach by state agencies, Ind. Code ch. 4-1-11', scope: 'residents', versions: agency },
    { id: 'IN-4-13-1-2-9', title: 'Cybersecurity incident reports to the Office of Technology, Ind. Code § 4-13.1-2-9', scope: 'home', versions: iot },
  ],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'Office of the Indiana Attorney General, Consumer Protection Division (Identity Theft Unit)',
      ways: [
        { kind: 'email', value: 'DataBreach@atg.in.gov' },
        { kind: 'online_form', value: 'https://www.in.gov/attorneygeneral/consumer-protection-division/id-theft-prevention/files/Indiana-Data-Breach-Notification-Form-fillable1.pdf', formName: 'Indiana Data Breach Notification Form (fillable PDF, sent by email)' },
        { kind: 'postal', value: 'Office of the Indiana Attorney General, Consumer Protection Division, 302 W. Washington Street, 5th Floor, Indianapolis, IN 46204' },
      ],
      asksFor: [
        'Entity and submitter, contact telephone and email',
        'Number of persons affected; dates of the breach, its discovery and the consumer notice; reasons for any delay',
        'Type of breach and information acquired',
        'A sample of the notice sent to residents',
      ],
      source: 'Klinedinst chart (2024-02-28) and the form as described by US Legal Forms; the Attorney General\'s security-breach FAQ page',
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
    {
      recipient: 'state_agency',
      obligations: ['iot-2bd'],
      name: 'Indiana Office of Technology',
      ways: [{ kind: 'online_form', value: 'https://soi.formstack.com/forms/incident_reporting_form', formName: 'Indiana Office of Technology cybersecurity incident reporting form' }],
      asksFor: ['The incident in the format the chief information officer prescribes', 'Before September 1 each year: the primary reporter\'s name and contact (sign-up at https://public.govdelivery.com/accounts/INIOT/signup/26666)'],
      source: IOT_PAGE,
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Office of the Indiana Attorney General, Consumer Protection Division',
    phone: '1-800-382-5516',
    website: 'www.in.gov/attorneygeneral',
    address: '302 W. Washington Street, 5th Floor, Indianapolis, IN 46204',
    source: "Indiana Attorney General's consumer protection pages (address as in the notice template at ezel.ai); the hotline number was not re-read on 2026-12-08",
    checked: CHECKED,
  },
};
