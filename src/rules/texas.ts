// Texas: the general breach law (Bus. & Com. Code ch. 521), and the government-body notice to the
// Department of Information Resources (Gov't Code § 2054.1125, now § 2054.603), which lives in
// texas-government.ts and is added to the jurisdiction here.
import { txGovernmentIncidentLaw } from './texas-government.js';
import type { FactCheck, Jurisdiction, PersonalInformationDefinition, PiCombination, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, calendarDays, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const LAWSERVER_521_053 = 'https://lawserver.com/law/state/texas/tx-codes/texas_business_and_commerce_code_521-053';
const CLICLAW_521 = 'https://cliclaw.com/node/7138';
const SB_768 = 'https://legiscan.com/TX/text/SB768/id/2808752/Texas-2023-SB768-Enrolled.html';
const SB_768_TEXT = 'https://billcam.com/bill-texts/w6dDLmcAOt';
const HB_4761 = 'https://legiscan.com/TX/text/HB4761/id/2736534/Texas-2023-HB4761-Introduced.html';
const SB_271_ENROLLED = 'https://capitol.texas.gov/tlodocs/88R/billtext/html/SB00271F.htm';

const LE = toll('Tex. Bus. & Com. Code § 521.053(d)');

// "Sensitive personal information": from 2005 (former § 48.002(2), recodified as § 521.002(a)(2) on
// 2009-04-01) a name with an SSN, a government ID number, or a card or account number with the
// code that unlocks it; H.B. 2004 added health information from 2009-09-01. Not changed since.
const NAME_COMBINATIONS: PiCombination[] = [
  { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id'] },
  { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
];
/** Anything that identifies the person a health record is about (§ 521.002(a)(2)(B)). */
const HEALTH_COMBINATIONS: PiCombination[] = [
  { all: ['medical'], anyOf: ['name', 'ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id', 'email', 'phone', 'username', 'employee_id'] },
  { all: ['health_insurance'], anyOf: ['name', 'ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id', 'email', 'phone', 'username', 'employee_id'] },
];
const NAME_SUMMARY =
  "a person's first name or initial and last name, unencrypted, together with a Social Security number, a driver's licence or other government-issued ID number, or a card or account number with the security code, access code or password needed to use it (a card number without its code is not enough)";

const SPI_2005: PersonalInformationDefinition = {
  citation: 'Tex. Bus. & Com. Code § 48.002(2) (from 2009-04-01 § 521.002(a)(2))',
  summary: NAME_SUMMARY,
  combinations: NAME_COMBINATIONS,
};
const SPI_2009: PersonalInformationDefinition = {
  citation: 'Tex. Bus. & Com. Code § 521.002(a)(2)',
  summary: `${NAME_SUMMARY}; or information that identifies a person and relates to their physical or mental health, their health care or payment for it`,
  combinations: [...NAME_COMBINATIONS, ...HEALTH_COMBINATIONS],
};

const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Tex. Bus. & Com. Code § 521.053(f)' };

const VENDOR_CONDITION =
  'This duty binds a vendor or other party that maintains the data without owning it, not the owner. It is shown so the owner can see when its vendor had to tell it; record the vendor\'s notice as a notified_by_vendor event.';
const VENDOR_NOTES =
  'The statute counts from the vendor\'s own discovery, which the incident file does not record; breachdesk counts from the owner\'s discovery instead, so weigh the vendor\'s lateness with that in mind.';
const VENDOR_STANDARD = 'immediately after the vendor discovers the breach, if sensitive personal information was or is reasonably believed to have been acquired by an unauthorized person';

// § 521.053(c) (former § 48.103(c)): "immediately after discovering the breach". Subsection (d) lets
// law enforcement delay the notices of both (b) and (c).
const VENDOR_2005 = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Tex. Bus. & Com. Code § 48.103(c) (from 2009-04-01 § 521.053(c))',
  deadline: withoutDelay('discovered', VENDOR_STANDARD),
  lawEnforcement: LE,
  condition: VENDOR_CONDITION,
  notes: VENDOR_NOTES,
});
const VENDOR = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Tex. Bus. & Com. Code § 521.053(c)',
  deadline: withoutDelay('discovered', VENDOR_STANDARD),
  lawEnforcement: LE,
  condition: VENDOR_CONDITION,
  notes: VENDOR_NOTES,
});

const AS_QUICKLY_AS_POSSIBLE = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected individuals',
  citation: 'Tex. Bus. & Com. Code § 521.053(b)',
  deadline: withoutDelay('discovered', 'As quickly as possible after discovering or being told of the breach.'),
  lawEnforcement: LE,
  notes: 'Delay is allowed only for law enforcement or to determine the scope and restore the system. The clock runs from discovery, not determination.',
});
const WITHIN_60_DAYS = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected individuals',
  citation: 'Tex. Bus. & Com. Code § 521.053(b)',
  deadline: calendarDays(60, 'determined'),
  lawEnforcement: LE,
  notes:
    'Without unreasonable delay and at the latest on the 60th day after the breach was determined to have occurred. Residents of other states may be notified under their own state law instead (§ 521.053(b-1), since 2013).',
});

// Before H.B. 300 (2012-09-01) only Texas residents were notified under the section; from then on
// everyone is, so the 10,000 is counted over all persons notified at one time, in every state.
const CRA_STANDARD = 'Without unreasonable delay once more than 10,000 persons are to be notified at one time.';
const CRA_RESIDENTS_ONLY = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Each nationwide consumer reporting agency',
  citation: 'Tex. Bus. & Com. Code § 521.053(h)',
  deadline: withoutDelay('discovered', CRA_STANDARD),
  threshold: residents(10_000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Timing, distribution and content of the notices sent to individuals'],
  notes: 'Before H.B. 300 (2012-09-01) the section required notice to Texas residents only, so only they are counted.',
});
const CRA_EVERYONE_NOTES =
  'The statute counts all persons notified at one time, residents of other states included: breachdesk compares the total affected in all states.';
const CRA_EVERYONE_DISCOVERED = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Each nationwide consumer reporting agency',
  citation: 'Tex. Bus. & Com. Code § 521.053(h)',
  deadline: withoutDelay('discovered', CRA_STANDARD),
  threshold: { count: 10_000, comparison: 'more_than', of: 'total' },
  lawEnforcement: LE,
  requiredContent: ['Timing, distribution and content of the notices sent to individuals'],
  notes: CRA_EVERYONE_NOTES,
});
const CRA_EVERYONE_DETERMINED = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Each nationwide consumer reporting agency',
  citation: 'Tex. Bus. & Com. Code § 521.053(h)',
  deadline: withoutDelay('determined', CRA_STANDARD),
  threshold: { count: 10_000, comparison: 'more_than', of: 'total' },
  lawEnforcement: LE,
  requiredContent: ['Timing, distribution and content of the notices sent to individuals'],
  notes: CRA_EVERYONE_NOTES,
});

const AG_CONTENT_2020 = [
  'Detailed description of the nature and circumstances of the breach, or of the use of the information acquired',
  'Number of Texas residents affected at the time of notification',
  'Measures taken regarding the breach',
  'Measures intended after the notification',
  'Whether law enforcement is investigating',
];
const AG_CONTENT_2021 = [
  'Detailed description of the nature and circumstances of the breach, or of the use of the information acquired',
  'Number of Texas residents affected at the time of notification',
  'Number of affected residents already sent a notice by mail or other direct method',
  'Measures taken regarding the breach',
  'Measures intended after the notification',
  'Whether law enforcement is investigating',
];

const AG_2020 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Texas Attorney General',
  citation: 'Tex. Bus. & Com. Code § 521.053(i)',
  deadline: calendarDays(60, 'determined'),
  threshold: residents(250, 'at_least'),
  lawEnforcement: LE,
  requiredContent: AG_CONTENT_2020,
  notes: 'Not later than the 60th day after the breach was determined (§ 521.053(i), added by H.B. 4390).',
});
const AG_2021 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Texas Attorney General',
  citation: 'Tex. Bus. & Com. Code § 521.053(i)',
  deadline: calendarDays(60, 'determined'),
  threshold: residents(250, 'at_least'),
  lawEnforcement: LE,
  requiredContent: AG_CONTENT_2021,
  notes: 'The Attorney General posts a public listing of notices within 30 days and removes it after a year without a further breach (§ 521.053(j)).',
});
const AG_2023 = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Texas Attorney General',
  citation: 'Tex. Bus. & Com. Code § 521.053(i)',
  deadline: calendarDays(30, 'determined'),
  threshold: residents(250, 'at_least'),
  lawEnforcement: LE,
  requiredContent: [...AG_CONTENT_2021, 'Submitted electronically on the form on the Attorney General\'s website'],
  notes: 'As soon as practicable and not later than the 30th day after determination (S.B. 768).',
});

const PRIVATE = {
  business: ['yes', '§ 521.053(b) binds any person who conducts business in Texas and owns or licenses computerized sensitive personal information.'],
  nonprofit: ['yes', 'A nonprofit corporation or association is a "person" (Gov\'t Code § 311.005(2)); one operating in Texas is treated as conducting business under § 521.053(b).'],
} as const;
const LOCAL_UNSETTLED = [
  'uncertain',
  '§ 521.053(b) binds "a person who conducts business in this state". A city is a "person" under Gov\'t Code § 311.005(2), but whether one providing public services conducts business was unsettled, and no statute applied § 521.053 to local governments until Gov\'t Code § 2054.603 (from 2023-09-01). Treat the duties as applying, as a precaution.',
] as const;
const AGENCY_VIA_2054_1125 = [
  'yes',
  'Gov\'t Code § 2054.1125(b) requires a state agency to comply with § 521.053 as if it were a person conducting business in Texas.',
] as const;
const AGENCY_BEFORE_2054_1125 = [
  'uncertain',
  'Only from Gov\'t Code § 2054.1125(b) (believed added by H.B. 2004, Acts 2009 ch. 419, from 2009-09-01) must a state agency comply with § 521.053; before it, whether an agency "conducts business" was unsettled.',
] as const;

const NO_HARM_TEST = { exists: false, standard: null, recordToKeep: null };
const KEY_WORDING = '§ 521.053(a): a breach includes "data that is encrypted if the person accessing the data has the key required to decrypt the data".';
const SAFE_HARBOR = { exists: true, keyException: true, keyReading: 'express', keyWording: KEY_WORDING, citation: 'Tex. Bus. & Com. Code § 521.053(a)' } as const;

const UNVERIFIED_DEFINITION = '"Government-issued identification number" is read to include passport, military and taxpayer ID numbers; health information is matched when a name or another identifier is exposed with it.';
const UNVERIFIED_SUBSECTIONS =
  'Subsections (c) (vendor), (d) (law-enforcement delay), (f) (substitute notice) and (h) (credit bureaus) of § 521.053 were beyond the stored part of the statute page here; they rest on the earlier reading of the same text. Subsection (d) is recorded as delaying the notices of (b) and (c): whether it also delays the Attorney General notice under (i) and the bureau notice under (h) is not settled by the text read; breachdesk tolls them as well.';
const UNVERIFIED_BEFORE_2012 = [
  'Whether the more-than-10,000 consumer-reporting-agency notice already applied before 2012 (the research record does not establish its start date).',
  'The substitute-notice figures ($250,000 / 500,000) were confirmed for 2012 on; that the original text used the same figures is assumed.',
  'When Gov\'t Code § 2054.1125(b) began to apply § 521.053 to state agencies (believed 2009).',
  UNVERIFIED_DEFINITION,
];
const SOURCES_BEFORE_2012 = [
  { where: BLOOMBERG_TABLE, facts: "effective date 9/1/2005; 'as quickly as possible'" },
  { where: PERKINS_CHART_2021, facts: '2007/2009 acts' },
  { where: 'https://capitol.texas.gov/tlodocs/80R/billtext/html/SB00223I.htm', facts: 'S.B. 223 (2007, a bill) quotes § 48.103 of 2005: notice to residents as quickly as possible; (c) a person maintaining data it does not own notifies the owner immediately after discovering the breach' },
];
const SPI_SOURCES = [
  { where: CLICLAW_521, facts: '§ 521.002(a)(2) text: name with SSN, licence or government ID, or account/card number with its code, unencrypted; (B) health information' },
  { where: LAWSERVER_521_053, facts: '§ 521.053(a)-(b) text: key clause; 60th day after determination' },
];

// Facts shared by several versions.
const PI_CURRENT: FactCheck = {
  kind: 'primary',
  where: CLICLAW_521,
  says: '§ 521.002(a)(2): name with SSN, licence or government ID, or account/card number with its code, if not encrypted; or information identifying a person that relates to health, health care or its payment; unchanged since H.B. 2004 per the section history',
  checked: CHECKED,
};
const NO_HARM_CURRENT: FactCheck = {
  kind: 'primary',
  where: LAWSERVER_521_053,
  says: 'none: § 521.053(b) requires notice to anyone whose information was, or is reasonably believed to have been, acquired; no harm test',
  checked: CHECKED,
};
const SUBSTITUTE_SECONDARY: FactCheck = {
  kind: 'secondary',
  where: PERKINS_CHART_2021,
  says: '§ 521.053(f): substitute notice if the cost would exceed $250,000, more than 500,000 persons are affected, or contact information is lacking',
  checked: CHECKED,
  why: 'Subsection (f) was beyond the stored part of the statute page here.',
};
const LE_SECONDARY: FactCheck = {
  kind: 'secondary',
  where: LAWSERVER_521_053,
  says: '§ 521.053(b) excepts delay under subsection (d); (d) allows delay at a law-enforcement request, notice following as soon as the agency says it will not compromise the investigation',
  checked: CHECKED,
  why: 'Only the reference to (d) in (b) was read here; (d) itself rests on the earlier reading of the same page.',
};
const INDIVIDUAL_CONTENT_NONE: FactCheck = {
  kind: 'secondary',
  where: 'https://www.wordsbywit.com/texas',
  says: 'none for the resident notice: § 521.053 prescribes no letter content',
  checked: CHECKED,
  why: 'The methods-of-notice subsections (e)-(g) were beyond the stored part of the statute page.',
};
const FORBIDDEN_NONE: FactCheck = {
  kind: 'secondary',
  where: PERKINS_CHART_2021,
  says: 'none: nothing a notice must not contain',
  checked: CHECKED,
  why: 'The whole of § 521.053 was not in the stored text; no summary lists forbidden content.',
};
const OLD_TEXT_WHY = 'The 2005 and 2009 enacted bills (S.B. 122, H.B. 2004) were read by the earlier research on capitol.texas.gov, not here.';

const TX_2005_VERIFICATION = {
  effective_dates: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'S.B. 122 effective 2005-09-01; health information added from 2009-09-01', checked: CHECKED, why: OLD_TEXT_WHY },
  coverage: { kind: 'secondary', where: 'https://www.capitol.state.tx.us/tlodocs/79R/billtext/html/SB00122F.htm', says: 'a person who conducts business in Texas and owns or licenses computerized sensitive personal information', checked: CHECKED, why: OLD_TEXT_WHY },
  personal_information: { kind: 'secondary', where: 'https://www.capitol.state.tx.us/tlodocs/79R/billtext/html/SB00122F.htm', says: '§ 48.002(2): name with SSN, government ID, or account/card number with the required code; not encrypted', checked: CHECKED, why: OLD_TEXT_WHY },
  encryption: { kind: 'secondary', where: 'https://www.capitol.state.tx.us/tlodocs/79R/billtext/html/SB00122F.htm', says: 'the name and items count "if ... not encrypted"; no key clause yet', checked: CHECKED, why: OLD_TEXT_WHY },
  risk_of_harm: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'none: no harm test', checked: CHECKED, why: OLD_TEXT_WHY },
  deadline: { kind: 'secondary', where: 'https://capitol.texas.gov/tlodocs/80R/billtext/html/SB00223I.htm', says: '§ 48.103: residents as quickly as possible; vendor immediately', checked: CHECKED, why: 'Read in a 2007 bill quoting the 2005 section (earlier research); the 2005 text itself was not read here.' },
  anchor: { kind: 'secondary', where: 'https://capitol.texas.gov/tlodocs/80R/billtext/html/SB00223I.htm', says: 'after discovering or receiving notification of the breach', checked: CHECKED, why: OLD_TEXT_WHY },
  threshold: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'credit bureaus above 10,000 persons notified at one time; no Attorney General notice', checked: CHECKED, why: OLD_TEXT_WHY },
  law_enforcement: { kind: 'secondary', where: 'https://capitol.texas.gov/tlodocs/80R/billtext/html/SB00223I.htm', says: 'delay at a law-enforcement request', checked: CHECKED, why: OLD_TEXT_WHY },
  substitute_notice: SUBSTITUTE_SECONDARY,
  required_content: INDIVIDUAL_CONTENT_NONE,
  forbidden_content: FORBIDDEN_NONE,
} satisfies RuleVersion['verification'];

const TX_2009_VERIFICATION = {
  ...TX_2005_VERIFICATION,
  effective_dates: { kind: 'secondary', where: 'https://texas.public.law/statutes/tex._bus._and_com._code_section_521.002', says: 'H.B. 2004 (Acts 2009 ch. 419) effective 2009-09-01; H.B. 300 from 2012-09-01', checked: CHECKED, why: OLD_TEXT_WHY },
  personal_information: PI_CURRENT,
  encryption: {
    kind: 'secondary',
    where: 'https://www.legis.state.tx.us/tlodocs/81R/billtext/html/HB02004F.HTM',
    says: 'H.B. 2004 amended § 521.053(a); the current key clause is taken to date from it',
    checked: CHECKED,
    why: 'The enrolled H.B. 2004 markup was read by the earlier research and did not show the key clause as added; the clause is confirmed in the text from 2012 on.',
  },
} satisfies RuleVersion['verification'];

const TX_2012_VERIFICATION = {
  effective_dates: { kind: 'secondary', where: 'https://privacyandsecuritymatters.com/2012/10/state-data-breach-notification-matrix-update-texas-and-connecticut', says: 'H.B. 300 effective 2012-09-01; H.B. 4390 from 2020-01-01', checked: CHECKED, why: 'H.B. 300 and H.B. 4390 were not read; the dates rest on law-firm notes and the Perkins chart.' },
  coverage: {
    kind: 'secondary',
    where: SB_271_ENROLLED,
    says: 'persons conducting business in Texas; state agencies comply under § 2054.1125(b) (text shown unchanged in the 2023 markup); local governments unsettled',
    checked: CHECKED,
    why: 'The 2012 text of § 521.053(b) was read only as quoted by a law-firm blog (shawnetuma.com).',
  },
  personal_information: PI_CURRENT,
  encryption: { kind: 'secondary', where: 'http://shawnetuma.com/2012/11/14/texas-amended-data-breach-notification-law/', says: KEY_WORDING, checked: CHECKED, why: 'The 2012 text was read as quoted by a law-firm blog; the current text (primary) keeps the same clause.' },
  risk_of_harm: NO_HARM_CURRENT,
  deadline: { kind: 'secondary', where: 'http://shawnetuma.com/2012/11/14/texas-amended-data-breach-notification-law/', says: '§ 521.053(b) as of 2012: "as quickly as possible", except for law enforcement or to determine scope and restore the system', checked: CHECKED, why: 'Read as quoted verbatim by a law-firm blog; H.B. 4390 replaced it in 2020.' },
  anchor: { kind: 'secondary', where: 'http://shawnetuma.com/2012/11/14/texas-amended-data-breach-notification-law/', says: 'after discovering or receiving notification of the breach', checked: CHECKED, why: 'As for the deadline.' },
  threshold: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'credit bureaus when more than 10,000 persons are notified at one time; no Attorney General notice before 2020', checked: CHECKED, why: 'Subsection (h) was beyond the stored part of the statute page.' },
  law_enforcement: LE_SECONDARY,
  substitute_notice: SUBSTITUTE_SECONDARY,
  required_content: INDIVIDUAL_CONTENT_NONE,
  forbidden_content: FORBIDDEN_NONE,
} satisfies RuleVersion['verification'];

const COVERAGE_CURRENT_TEXT: FactCheck = {
  kind: 'primary',
  where: LAWSERVER_521_053,
  says: '§ 521.053(b) binds a person who conducts business in Texas and owns or licenses computerized sensitive personal information; "person" includes corporations, organizations, governments and associations (Gov\'t Code § 311.005); § 2054.1125(b) applied it to state agencies (unchanged words in the S.B. 271 markup)',
  checked: CHECKED,
};
const TX_2020_VERIFICATION = {
  effective_dates: { kind: 'secondary', where: 'https://www.texasattorneygeneral.gov/consumer-protection/data-breach-reporting', says: 'the Attorney General: "Beginning January 1, 2020" businesses notify it of breaches affecting 250 or more Texans; H.B. 3746/3529 from 2021-09-01', checked: CHECKED, why: 'H.B. 4390 was not read; the date rests on the Attorney General\'s page and law-firm notes.' },
  coverage: COVERAGE_CURRENT_TEXT,
  personal_information: PI_CURRENT,
  encryption: { kind: 'primary', where: LAWSERVER_521_053, says: KEY_WORDING, checked: CHECKED },
  risk_of_harm: NO_HARM_CURRENT,
  deadline: {
    kind: 'secondary',
    where: HB_4761,
    says: 'individuals and Attorney General "not later than the 60th day" after determination (the law as quoted in 2023 bills); vendor immediately and bureaus without unreasonable delay',
    checked: CHECKED,
    why: 'The 60-day limits were read in 2023 bill texts quoting the law then in force; the vendor and bureau limits (subsections (c), (h)) rest on the earlier reading. H.B. 4390 itself was not read.',
  },
  anchor: { kind: 'primary', where: LAWSERVER_521_053, says: '"the date on which the person determines that the breach occurred"', checked: CHECKED },
  threshold: { kind: 'secondary', where: HB_4761, says: 'Attorney General if the breach involves "at least 250 residents"; bureaus above 10,000 persons at one time', checked: CHECKED, why: 'The 250 was read in the law quoted by a 2023 bill; the 10,000 (subsection (h)) rests on the earlier reading.' },
  law_enforcement: LE_SECONDARY,
  substitute_notice: SUBSTITUTE_SECONDARY,
  required_content: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'Attorney General: description, number of Texans, measures taken and intended, law-enforcement involvement (five items before 2021)', checked: CHECKED, why: 'H.B. 4390 was not read; the sixth item is shown as added in 2021 by the Perkins chart.' },
  forbidden_content: FORBIDDEN_NONE,
} satisfies RuleVersion['verification'];

const TX_2021_VERIFICATION = {
  ...TX_2020_VERIFICATION,
  effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'H.B. 3529 and H.B. 3746 effective 2021-09-01; S.B. 768 from 2023-09-01', checked: CHECKED, why: 'The 2021 bills were not read.' },
  required_content: { kind: 'primary', where: HB_4761, says: '§ 521.053(i) as quoted in 2023: six items, including the number of residents already sent a notice by mail or other direct method', checked: CHECKED },
} satisfies RuleVersion['verification'];

const TX_2023_VERIFICATION = {
  ...TX_2021_VERIFICATION,
  effective_dates: { kind: 'secondary', where: 'https://www.dataguidance.com/news/texas-amendments-breach-notification-law-signed', says: 'S.B. 768 signed 2023-05-27, effective 2023-09-01', checked: CHECKED, why: 'The effective-date section of S.B. 768 was beyond the stored part of the bill page.' },
  coverage: {
    kind: 'primary',
    where: 'https://codes.findlaw.com/tx/government-code/gov-t-sect-2054-603/',
    says: '§ 521.053(b) binds persons conducting business in Texas; Gov\'t Code § 2054.603(b)(1) makes state agencies and local governments comply with § 521.053 as such a person',
    checked: CHECKED,
  },
  deadline: {
    kind: 'secondary',
    where: SB_768_TEXT,
    says: 'individuals not later than the 60th day after determination (§ 521.053(b)); Attorney General as soon as practicable and not later than the 30th day (S.B. 768); vendor immediately and bureaus without unreasonable delay',
    checked: CHECKED,
    why: 'The individual and Attorney General limits were read in the statute and S.B. 768; the vendor and bureau limits (subsections (c), (h)) rest on the earlier reading of the same statute page.',
  },
  required_content: { kind: 'primary', where: SB_768_TEXT, says: 'six items, submitted electronically on the form on the Attorney General\'s website', checked: CHECKED },
} satisfies RuleVersion['verification'];

const bcc: RuleVersion[] = [
  {
    id: 'TX-2005',
    effectiveFrom: '2005-09-01',
    effectiveTo: '2009-08-31',
    citations: [
      'Tex. Bus. & Com. Code §§ 48.002, 48.103 (S.B. 122, 2005), recodified as §§ 521.002, 521.053 by H.B. 2278 (2007, eff. 2009-04-01)',
    ],
    summary: 'Texas businesses had to tell affected Texans of a breach as quickly as possible, with no fixed number of days and no notice to the Attorney General; health information was not yet covered.',
    coverage: coverage({ ...PRIVATE, local_government: LOCAL_UNSETTLED, state_agency: AGENCY_BEFORE_2054_1125 }),
    // The definition reached only a name and items that were "not encrypted"; no key clause yet.
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'protective',
      keyWording: '§ 48.002(2): the name and items count "if the name and the items are not encrypted"; nothing on keys.',
      citation: 'Tex. Bus. & Com. Code § 48.002(2) (from 2009-04-01 § 521.002(a)(2))',
    },
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: SPI_2005,
    substituteNotice: { ...SUBSTITUTE, citation: 'Tex. Bus. & Com. Code § 48.103 (from 2009-04-01 § 521.053(f))' },
    obligations: [AS_QUICKLY_AS_POSSIBLE, CRA_RESIDENTS_ONLY, VENDOR_2005],
    confidence: 'low',
    unverified: [
      ...UNVERIFIED_BEFORE_2012,
      'The 2005 text is silent on encrypted data taken with its key (the key clause of § 521.053(a) is taken to come from H.B. 2004 in 2009): literally the data stays exempt, but breachdesk treats a compromised key as owing notice, the safer reading.',
    ],
    sources: [...SOURCES_BEFORE_2012, { where: 'https://www.capitol.state.tx.us/tlodocs/79R/billtext/html/SB00122F.htm', facts: 'S.B. 122 (2005) enrolled: § 48.002(2) sensitive personal information (name + SSN, government ID, or account/card number with required code; not encrypted)' }],
    verification: TX_2005_VERIFICATION,
  },
  {
    id: 'TX-2009',
    effectiveFrom: '2009-09-01',
    effectiveTo: '2012-08-31',
    citations: ['Tex. Bus. & Com. Code §§ 521.002, 521.053 as amended by H.B. 2004 (Acts 2009, 81st Leg., ch. 419, eff. 2009-09-01)'],
    summary: 'Texas businesses had to tell affected Texans of a breach as quickly as possible; from 2009-09-01 health information counted as sensitive personal information and encrypted data taken with its key was a breach.',
    coverage: coverage({ ...PRIVATE, local_government: LOCAL_UNSETTLED, state_agency: AGENCY_BEFORE_2054_1125 }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: SPI_2009,
    substituteNotice: SUBSTITUTE,
    obligations: [AS_QUICKLY_AS_POSSIBLE, CRA_RESIDENTS_ONLY, VENDOR],
    confidence: 'low',
    unverified: [
      ...UNVERIFIED_BEFORE_2012,
      'That H.B. 2004 added the decryption-key clause of § 521.053(a) is inferred from the bill amending that subsection; its markup was not visible.',
    ],
    sources: [
      ...SOURCES_BEFORE_2012,
      { where: 'https://www.legis.state.tx.us/tlodocs/81R/billtext/html/HB02004F.HTM', facts: 'H.B. 2004 (2009) enrolled: § 521.002(a)(2) adds (B), information identifying a person that relates to health, health care or its payment; amends § 521.053(a)' },
      { where: 'https://texas.public.law/statutes/tex._bus._and_com._code_section_521.002', facts: '§ 521.002 history: added by H.B. 2278 eff. 2009-04-01, amended only by H.B. 2004 eff. 2009-09-01' },
    ],
    verification: TX_2009_VERIFICATION,
  },
  {
    id: 'TX-2012',
    effectiveFrom: '2012-09-01',
    effectiveTo: '2019-12-31',
    citations: ['Tex. Bus. & Com. Code §§ 521.002, 521.053, 521.151 as amended by H.B. 300 (2011, eff. 2012-09-01) and S.B. 1610 (2013, eff. 2013-06-14)'],
    summary: 'Texas businesses had to notify affected individuals, wherever they lived, as quickly as possible, and the credit bureaus when more than 10,000 people were notified.',
    coverage: coverage({ ...PRIVATE, local_government: LOCAL_UNSETTLED, state_agency: AGENCY_VIA_2054_1125 }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: SPI_2009,
    substituteNotice: SUBSTITUTE,
    obligations: [AS_QUICKLY_AS_POSSIBLE, CRA_EVERYONE_DISCOVERED, VENDOR],
    confidence: 'low',
    unverified: [
      UNVERIFIED_DEFINITION,
      UNVERIFIED_SUBSECTIONS,
      'The enactment date of Gov\'t Code § 2054.1125(b) (state agencies) was not read; its text is confirmed as of 2017 and in the 2023 markup.',
    ],
    sources: [
      ...SPI_SOURCES,
      { where: 'http://shawnetuma.com/2012/11/14/texas-amended-data-breach-notification-law/', facts: '2012 text of § 521.053(a)-(b) quoted: as quickly as possible; key clause' },
      { where: 'https://privacyandsecuritymatters.com/2012/10/state-data-breach-notification-matrix-update-texas-and-connecticut', facts: 'H.B. 300 nonresident coverage and penalties effective 2012-09-01' },
      { where: PERKINS_CHART_2021, facts: 'CRA >10,000, vendor, substitute notice' },
      { where: 'https://app.legiplex.com/tx/legislature/2017/85-0/bills/hb3671/drafts-compare', facts: 'H.B. 3671 (2017) markup shows § 2054.1125(b) already made state agencies comply with § 521.053' },
    ],
    verification: TX_2012_VERIFICATION,
  },
  {
    id: 'TX-2020',
    effectiveFrom: '2020-01-01',
    effectiveTo: '2021-08-31',
    citations: ['Tex. Bus. & Com. Code § 521.053 as amended by H.B. 4390 (signed 2019-06-14, eff. 2020-01-01)'],
    summary: 'Texas required notice to individuals and, for 250 or more Texans, to the Attorney General, both within 60 days after the breach was determined.',
    coverage: coverage({ ...PRIVATE, local_government: LOCAL_UNSETTLED, state_agency: AGENCY_VIA_2054_1125 }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: SPI_2009,
    substituteNotice: SUBSTITUTE,
    obligations: [WITHIN_60_DAYS, AG_2020, CRA_EVERYONE_DETERMINED, VENDOR],
    confidence: 'medium',
    unverified: [UNVERIFIED_DEFINITION, UNVERIFIED_SUBSECTIONS, 'H.B. 4390 itself was not read: the five Attorney General items and the 2020-01-01 start rest on the Attorney General\'s page and law-firm notes.'],
    sources: [
      ...SPI_SOURCES,
      { where: 'https://www.texaslawblog.law/2019/08/texas-updates-its-data-breach-notification-law/', facts: '60 days after determination; AG at least 250; AG content' },
      { where: 'https://byrdadatto.com/banter/alert-update-to-texas-privacy-breach-notification-law/', facts: "exact statutory wording 'not later than the 60th day after the date on which the person determines that the breach occurred'" },
      { where: SB_768, facts: "AG deadline was 60th day before S.B. 768 (struck text '[60th]')" },
      { where: 'https://www.texasattorneygeneral.gov/consumer-protection/data-breach-reporting', facts: 'AG notice for 250 or more Texans beginning 2020-01-01' },
      { where: PERKINS_CHART_2021, facts: 'H.B. 4390 dates, AG content' },
    ],
    verification: TX_2020_VERIFICATION,
  },
  {
    id: 'TX-2021',
    effectiveFrom: '2021-09-01',
    effectiveTo: '2023-08-31',
    citations: ['Tex. Bus. & Com. Code § 521.053 as amended by H.B. 3746 and H.B. 3529 (2021, eff. 2021-09-01)'],
    summary: 'Texas kept the 60-day limits for individuals and the Attorney General, added a sixth item to the Attorney General notice and began publishing those notices.',
    coverage: coverage({ ...PRIVATE, local_government: LOCAL_UNSETTLED, state_agency: AGENCY_VIA_2054_1125 }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: SPI_2009,
    substituteNotice: SUBSTITUTE,
    obligations: [WITHIN_60_DAYS, AG_2021, CRA_EVERYONE_DETERMINED, VENDOR],
    confidence: 'medium',
    unverified: [
      UNVERIFIED_DEFINITION,
      UNVERIFIED_SUBSECTIONS,
      'The research notes named 2021 as the year local governments were brought under § 521.053; the enacted text shows that happened only with S.B. 271 (2023), so this version keeps local governments uncertain.',
    ],
    sources: [
      ...SPI_SOURCES,
      { where: HB_4761, facts: '§ 521.053(b) and (i) as in force in 2023: 60th day; at least 250 residents; six items' },
      { where: PERKINS_CHART_2021, facts: '2021 amendments: new AG content item and AG website posting, effective 2021-09-01' },
      { where: BLOOMBERG_TABLE, facts: 'H.B. 3746 posting rule' },
      { where: 'https://capitol.texas.gov/tlodocs/88R/analysis/html/SB00271H.htm', facts: 'S.B. 271 (2023) analysis: local governments were not yet covered' },
    ],
    verification: TX_2021_VERIFICATION,
  },
  {
    id: 'TX-2023',
    effectiveFrom: '2023-09-01',
    effectiveTo: null,
    citations: [
      'Tex. Bus. & Com. Code § 521.053 as amended by S.B. 768 (signed 2023-05-27, Acts 2023 88th Leg. ch. 246, eff. 2023-09-01)',
      "Tex. Gov't Code § 2054.603(b)(1) as added by S.B. 271 (eff. 2023-09-01)",
    ],
    summary: 'Texas requires notice to individuals within 60 days and, for 250 or more Texans, to the Attorney General within 30 days of determining the breach, on the Attorney General\'s online form.',
    coverage: coverage({
      ...PRIVATE,
      local_government: ['yes', "Gov't Code § 2054.603(b)(1) (S.B. 271, eff. 2023-09-01) requires a local government to comply with § 521.053 as if it were a person conducting business in Texas."],
      state_agency: ['yes', "Gov't Code § 2054.603(b)(1) (formerly § 2054.1125(b)) requires a state agency to comply with § 521.053 as if it were a person conducting business in Texas."],
    }),
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: SPI_2009,
    substituteNotice: SUBSTITUTE,
    obligations: [WITHIN_60_DAYS, AG_2023, CRA_EVERYONE_DETERMINED, VENDOR],
    confidence: 'medium',
    unverified: [UNVERIFIED_DEFINITION, UNVERIFIED_SUBSECTIONS],
    sources: [
      ...SPI_SOURCES,
      { where: SB_768, facts: 'S.B. 768 enrolled text: 30th [60th] day, electronic form' },
      { where: SB_768_TEXT, facts: 'S.B. 768 text: as soon as practicable and not later than the 30th day; six items; electronic form' },
      { where: 'https://www.dataguidance.com/news/texas-amendments-breach-notification-law-signed', facts: 'signed 2023-05-27, effective 2023-09-01' },
      { where: 'https://dir.texas.gov/information-security/cybersecurity-incident-management-and-reporting/sb-271-security-incident', facts: '§ 2054.603 applies to state agencies and local governments from 2023-09-01' },
    ],
    verification: TX_2023_VERIFICATION,
  },
];

export const texas: Jurisdiction = {
  code: 'TX',
  name: 'Texas',
  kind: 'state',
  holidays: { country: 'US', state: 'TX' },
  laws: [
    { id: 'TX-BCC-521', title: 'Tex. Bus. & Com. Code ch. 521 (Identity Theft Enforcement and Protection Act), § 521.053', scope: 'residents', versions: bcc },
    txGovernmentIncidentLaw,
  ],
  channels: [
    {
      recipient: 'attorney_general',
      name: 'Office of the Texas Attorney General: Data Breach Report',
      ways: [{ kind: 'online_form', value: 'https://www.texasattorneygeneral.gov/consumer-protection/data-breach-reporting', formName: 'Data Breach Report' }],
      asksFor: [
        'The six items of § 521.053(i): description, number of Texans affected, number already notified by mail or other direct method, measures taken, measures intended, law-enforcement involvement',
        'Completed in one sitting by an authorised representative; the report is potentially an open record',
        'A separate report for each breach; supplements give the totals to date',
      ],
      source: 'https://texasattorneygeneral.gov/consumer-protection/data-breach-reporting (electronic submission required from 2023-09-01)',
      checked: CHECKED,
    },
    {
      recipient: 'state_agency',
      obligations: ['dir-48h', 'dir-cause-report'],
      name: 'Texas Department of Information Resources, Office of the Chief Information Security Officer',
      ways: [
        { kind: 'online_form', value: 'https://dir.texas.gov/information-security/cybersecurity-incident-management-and-reporting', formName: 'DIR security incident reporting' },
        { kind: 'phone', value: '1-877-347-2476 (1-877-DIR-CISO)' },
      ],
      asksFor: ['The security incident, reported under DIR rules (§ 2054.603(b)(3))', 'By the 10th business day after recovery: the details and an analysis of the cause'],
      source: 'DIR incident-reporting page (dir.texas.gov, read by the earlier research); the hotline number is DIR\'s published one, not re-read here',
      checked: CHECKED,
    },
    {
      recipient: 'state_agency',
      name: 'Texas Secretary of State, Elections Division (incidents involving election data)',
      ways: [{ kind: 'phone', value: '1-800-252-8683 (1-800-252-VOTE)' }],
      asksFor: ['The security incident, within 48 hours, where election data is involved (§ 2054.603(b)(2)(B))'],
      source: "Tex. Gov't Code § 2054.603(b)(2)(B); the Elections Division's published number, not re-read here",
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
  ],
  consumerContact: {
    name: 'Office of the Attorney General of Texas, Consumer Protection Division',
    phone: '1-800-621-0508',
    website: 'www.texasattorneygeneral.gov',
    address: 'P.O. Box 12548, Austin, TX 78711-2548',
    source: 'The Attorney General\'s published consumer-protection contact (texasattorneygeneral.gov); moved from the letter templates',
    checked: CHECKED,
  },
};
