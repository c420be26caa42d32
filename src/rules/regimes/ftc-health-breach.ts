// FTC Health Breach Notification Rule (16 CFR Part 318, under ARRA § 13407): vendors of personal
// health records (including many health apps), PHR related entities and their service providers
// that HIPAA does not cover. The 2024 amendments changed when the FTC must be told.
import type { EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, Verification } from '../types.js';
import { businessDays, calendarDays, coverage, earlierOf, obligation, toll } from '../shared.js';

const CHECKED = '2026-12-08';

// ---- where the text was read ---------------------------------------------------------------------

const CFR_318_1_2 = 'https://checkoutapi.com/regulations/expand/title16_chapterI_part318_section318.9 (16 CFR §§ 318.1-318.2 as amended, eCFR text of Nov. 2024)';
const CFR_318_5_2024 = 'http://federal.elaws.us/cfr/16-cfr-318.5 (16 CFR § 318.5(a), text as of Oct. 2024)';
const CFR_318_5_2009 = 'https://ecfr.io/Title-16/Section-318.5 (16 CFR § 318.5(a), 2009 text)';
const CFR_318_6_2024 = 'https://self-law.org/code/us/cfr/t16/s%C2%A7%20318.6 (16 CFR § 318.6 as amended in 2024)';
const FTC_FORM_2024 = 'http://https.omb.report/icr/202403-3084-001/doc/142988101 (the FTC\'s "Notice of Breach of Health Information" form, 2024 edition)';
const FTC_FORM_2009 = 'http://https.omb.report/icr/202205-3084-001/doc/121088500 (the FTC\'s "Notice of Breach of Health Information" form, earlier edition)';
const HOGAN_2009 = 'https://www.hoganlovells.com/en/publications/ftc-breach-notification-rule-is-now-in-effect';
const FR_2024 = 'https://regulations.justia.com/regulations/fedreg/2024/05/30/2024-10855.html (89 FR 47028)';

// The rule delays notices for law enforcement the way HIPAA does (it borrows 45 CFR § 164.412's terms).
const LE = toll('16 CFR § 318.4(c) (law-enforcement delay, applied as under 45 CFR § 164.412)');
const FTC = 'Federal Trade Commission (online breach-notification form)';

const CONTENT_2009 = [
  'A brief description of what happened, with the date of the breach and the date of discovery, if known',
  'The types of unsecured PHR identifiable health information involved',
  'Steps individuals should take to protect themselves from potential harm',
  'What the entity is doing to investigate, mitigate harm and protect against further breaches',
  'Contact procedures, including a toll-free number, an email address, a website or a postal address',
];
// 16 CFR § 318.6 as amended in 2024, paragraphs (a)-(e).
const CONTENT_2024 = [
  'A brief description of what happened, with the date of the breach and the date of discovery, if known, and the full name or identity (or, where that would pose a risk, a description) of any third parties that acquired the information',
  'A description of the types of unsecured PHR identifiable health information involved',
  'Steps individuals should take to protect themselves from potential harm resulting from the breach',
  'What the entity is doing to investigate the breach, mitigate harm, protect against further breaches and protect affected individuals (such as credit monitoring)',
  'Contact procedures, with two or more of: a toll-free number, an email address, a website, an in-application channel or a postal address',
];

const INDIVIDUALS_NOTES = 'Without unreasonable delay; 60 calendar days after discovery is the outer limit. The entity bears the burden of showing the notices were timely.';
const INDIVIDUALS_2009 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected individuals',
  citation: '16 CFR §§ 318.3, 318.4, 318.6',
  deadline: calendarDays(60, 'discovered'),
  lawEnforcement: LE,
  requiredContent: CONTENT_2009,
  letterElements: ['what_happened', 'breach_dates', 'information_involved', 'what_you_can_do', 'what_we_are_doing', 'contact'],
  notes: INDIVIDUALS_NOTES,
});
const INDIVIDUALS_2024 = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected individuals',
  citation: '16 CFR §§ 318.3, 318.4, 318.6',
  deadline: calendarDays(60, 'discovered'),
  lawEnforcement: LE,
  requiredContent: CONTENT_2024,
  letterElements: ['what_happened', 'breach_dates', 'information_involved', 'what_you_can_do', 'what_we_are_doing', 'contact'],
  notes: INDIVIDUALS_NOTES,
});

const FTC_500_2009 = obligation({
  id: 'ftc-500',
  recipient: 'regulator',
  recipientName: FTC,
  citation: '16 CFR § 318.5(c)',
  deadline: businessDays(10, 'discovered'),
  threshold: { count: 500, comparison: 'at_least', of: 'total' },
  lawEnforcement: LE,
  requiredContent: ['The information asked for on the FTC breach-notification form'],
  notes: 'As soon as possible and no later than 10 business days after discovery, separately from (and usually before) the individual notice.',
});
// 2024: "contemporaneously with" the individual notice and no later than 60 calendar days after
// discovery; both hold, so the earlier decides.
const FTC_500_2024 = obligation({
  id: 'ftc-500',
  recipient: 'regulator',
  recipientName: FTC,
  citation: '16 CFR § 318.5(c) (as amended 2024)',
  deadline: earlierOf({ kind: 'calendar_days', days: 60, anchor: 'discovered' }, { kind: 'relative', to: 'individuals', relation: 'with' }),
  threshold: { count: 500, comparison: 'at_least', of: 'total' },
  lawEnforcement: LE,
  requiredContent: ['The information asked for on the FTC breach-notification form'],
  notes: 'At the same time as the individual notice, and no later than 60 calendar days after discovery: the earlier of the two (2024 amendment).',
});

const shared: ObligationRule[] = [
  obligation({
    id: 'ftc-annual-log',
    recipient: 'regulator',
    recipientName: FTC,
    citation: '16 CFR § 318.5(c)',
    deadline: { kind: 'after_year_end', days: 60 },
    threshold: { count: 500, comparison: 'fewer_than', of: 'total' },
    requiredContent: ['A log of each breach of the calendar year involving fewer than 500 individuals'],
    notes: 'Logged breaches are reported within 60 calendar days after the end of the calendar year.',
  }),
  // Per-State test approximated by the total, as in the HIPAA module: 500 or fewer in all rules it out.
  obligation({
    id: 'media',
    recipient: 'media',
    recipientName: 'Prominent media outlets serving each State or jurisdiction with more than 500 affected residents',
    citation: '16 CFR § 318.5(b)',
    deadline: calendarDays(60, 'discovered'),
    threshold: { count: 500, comparison: 'more_than', of: 'total' },
    lawEnforcement: LE,
    requiredContent: ['The same content as the individual notice'],
    condition: 'More than 500 residents of a single State or jurisdiction must be affected; count per state, not in total.',
  }),
  obligation({
    id: 'service-provider',
    recipient: 'data_owner',
    recipientName: 'The vendor of personal health records or PHR related entity you serve',
    citation: '16 CFR § 318.3(b)',
    deadline: calendarDays(60, 'discovered'),
    lawEnforcement: LE,
    requiredContent: ['Identification of each customer of the vendor or entity whose information was or is reasonably believed to have been acquired'],
    condition: 'Only if your organisation is a third-party service provider to a PHR vendor or PHR related entity (it must notify a senior official there and obtain an acknowledgment of receipt).',
  }),
];

const COVERAGE = coverage({
  business: ['yes', 'Applies to vendors of personal health records (including health apps that draw data from several sources), PHR related entities and their third-party service providers, when HIPAA does not cover them (16 CFR §§ 318.1-318.2).'],
  nonprofit: ['yes', 'The rule applies "irrespective of any jurisdictional tests" in the FTC Act (16 CFR § 318.1(a)), so a nonprofit offering a personal health record is covered; not if it is a HIPAA covered entity or acting as a business associate.'],
  local_government: ['uncertain', 'The rule sets aside the FTC Act\'s jurisdictional tests but is aimed at PHR vendors; a government health app or portal outside HIPAA is not clearly excluded. A city clinic or health plan is under HIPAA instead (§ 318.1(a)).'],
  state_agency: ['uncertain', 'As for local governments: not clearly excluded, but a state agency that is a HIPAA covered entity follows HIPAA instead (§ 318.1(a)).'],
});
const OUT_OF_STATE = { local_government: COVERAGE.local_government, state_agency: COVERAGE.state_agency };

const PHR_DATA: PersonalInformationDefinition = {
  citation: '16 CFR § 318.2 (PHR identifiable health information)',
  summary: 'individually identifiable health information in a personal health record: medical, health-insurance or genetic data tied to a person',
  combinations: [{ all: [], anyOf: ['medical', 'health_insurance', 'genetic'] }],
};
const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording: '§ 318.2: only "unsecured" PHR identifiable health information, i.e. not protected by a technology HHS specifies to make it unusable, unreadable or indecipherable',
  citation: '16 CFR § 318.2 ("unsecured": not secured by a technology HHS specifies under HITECH § 13402(h)(2))',
};
const NO_HARM_TEST = { exists: false, standard: null };
const SUBSTITUTE = { costOver: null, recipientsOver: 9, citation: '16 CFR § 318.5(a)(2) (10 or more without current contact details: web posting for 90 days or major media, plus a toll-free number)' };

// ---- verification --------------------------------------------------------------------------------

const LE_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://www.lexology.com/library/detail.aspx?g=84743cf2-92c3-4545-ab47-ee95916a655d',
  says: 'law-enforcement delay as in 45 CFR § 164.412: for the period a written statement names, 30 days on an oral one',
  checked: CHECKED,
  why: '§ 318.4 (timeliness and delay) was not reached in a copy that could be read.',
};
const ENCRYPTION_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${CFR_318_1_2}; https://www.accountablehq.com/post/ftc-health-breach-notification-rule-explained-triggers-reporting-steps-penalties`,
  says: 'a breach is of "unsecured" PHR identifiable health information; unsecured means not made unusable, unreadable or indecipherable under HHS guidance, which a taken key undoes',
  checked: CHECKED,
  why: 'The breach definition in § 318.2 was read; the definition of "unsecured" lies past the part that could be read.',
};
const ANCHOR_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${HOGAN_2009}; ${FTC_FORM_2024}`,
  says: 'discovery of the breach: the first day it is known, or would have been known with reasonable diligence',
  checked: CHECKED,
  why: '§ 318.3(c) (when a breach is treated as discovered) was not read.',
};
const THRESHOLD_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${FTC_FORM_2024}; ${HOGAN_2009}`,
  says: 'FTC: 500 or more individuals at once, fewer than 500 in a year-end log; media: more than 500 residents of a State or jurisdiction',
  checked: CHECKED,
  why: '§ 318.5(b)-(c) lie past the part of § 318.5 that could be read; the numbers are on the FTC\'s own form.',
};
const SUBSTITUTE_CHECK: FactCheck = {
  kind: 'primary',
  where: `${CFR_318_5_2009}; ${CFR_318_5_2024}`,
  says: '(a)(2): contact details insufficient for ten or more: a 90-day posting on the home page or major print or broadcast media, with a toll-free number active 90 days',
  checked: CHECKED,
};
const FORBIDDEN_CHECK: FactCheck = { kind: 'secondary', where: CFR_318_6_2024, says: 'none: § 318.6 prescribes content and forbids none', checked: CHECKED, why: 'The 2009 text of § 318.6 was not read; the 2024 text was.' };

const VERIFY_2009: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: HOGAN_2009,
    says: 'the rule (74 FR 42962, 2009-08-25) in force 2009-09-24; enforcement from 2010-02-22; replaced 2024-07-29',
    checked: CHECKED,
    why: 'The 2009 Federal Register rule was not read.',
  },
  coverage: {
    kind: 'secondary',
    where: `${CFR_318_1_2}; ${HOGAN_2009}`,
    says: 'vendors of personal health records, PHR related entities and their service providers, irrespective of the FTC Act\'s jurisdictional tests; not HIPAA entities',
    checked: CHECKED,
    why: '§ 318.1 was read in its current (2024) text only; the 2009 scope is taken to be the same.',
  },
  personal_information: {
    kind: 'secondary',
    where: CFR_318_1_2,
    says: 'PHR identifiable health information: individually identifiable health information in a personal health record',
    checked: CHECKED,
    why: 'Read in the current definitions only; the 2009 wording was not read.',
  },
  encryption: ENCRYPTION_CHECK,
  risk_of_harm: {
    kind: 'secondary',
    where: CFR_318_1_2,
    says: 'none: a breach is unauthorized acquisition; unauthorized access is presumed to be acquisition without reliable evidence otherwise',
    checked: CHECKED,
    why: 'Read in the current § 318.2 only.',
  },
  deadline: {
    kind: 'secondary',
    where: `${HOGAN_2009}; https://www.lexology.com/library/detail.aspx?g=84743cf2-92c3-4545-ab47-ee95916a655d`,
    says: 'individuals and media within 60 calendar days of discovery; the FTC within 10 business days for 500 or more, else within 60 days after year end',
    checked: CHECKED,
    why: 'The 2009 text of §§ 318.4-318.5 was not read.',
  },
  anchor: ANCHOR_CHECK,
  threshold: THRESHOLD_CHECK,
  law_enforcement: LE_CHECK,
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: {
    kind: 'secondary',
    where: HOGAN_2009,
    says: 'what happened with dates, types of information, steps to take, what the entity is doing, contact procedures',
    checked: CHECKED,
    why: 'The 2009 text of § 318.6 was not read.',
  },
  forbidden_content: FORBIDDEN_CHECK,
};
const VERIFY_2024: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: FR_2024,
    says: '89 FR 47028 (2024-05-30): amendments effective 2024-07-29',
    checked: CHECKED,
    why: 'Read on a Federal Register index page, not in the rule\'s own DATES paragraph.',
  },
  coverage: {
    kind: 'primary',
    where: CFR_318_1_2,
    says: '§ 318.1(a): foreign and domestic PHR vendors, PHR related entities and third-party service providers, irrespective of the FTC Act\'s jurisdictional tests; not HIPAA covered entities or business associates',
    checked: CHECKED,
  },
  personal_information: {
    kind: 'primary',
    where: `${CFR_318_1_2}; ${CFR_318_6_2024}`,
    says: 'unsecured PHR identifiable health information in a personal health record; § 318.6(b) lists name, SSN, date of birth, diagnosis, lab results, medications and the like',
    checked: CHECKED,
  },
  encryption: ENCRYPTION_CHECK,
  risk_of_harm: {
    kind: 'primary',
    where: CFR_318_1_2,
    says: 'none: a breach is acquisition without authorization, including unauthorized disclosure; access is presumed acquisition without reliable evidence otherwise',
    checked: CHECKED,
  },
  deadline: {
    kind: 'secondary',
    where: `${FTC_FORM_2024}; https://www.cliclaw.com/node/13227`,
    says: 'individuals within 60 days; the FTC (500 or more) at the same time as individuals and no later than 60 days after discovery; smaller breaches by the 60th day of the next year',
    checked: CHECKED,
    why: '§§ 318.4 and 318.5(b)-(c) lie past what could be read; the timing is on the FTC\'s own form.',
  },
  anchor: ANCHOR_CHECK,
  threshold: THRESHOLD_CHECK,
  law_enforcement: LE_CHECK,
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: { kind: 'primary', where: CFR_318_6_2024, says: '§ 318.6(a)-(e): what happened and who acquired it, types of information, steps to take, what the entity is doing, two or more contact methods', checked: CHECKED },
  forbidden_content: { kind: 'primary', where: CFR_318_6_2024, says: 'none: § 318.6 prescribes content and forbids none', checked: CHECKED },
};

const versions: RuleVersion[] = [
  {
    id: 'US-FTC-HBNR-2009',
    effectiveFrom: '2009-09-24',
    effectiveTo: '2024-07-28',
    citations: ['16 CFR Part 318 (74 FR 42962, 2009-08-25, eff. 2009-09-24)', 'ARRA § 13407 (42 U.S.C. § 17937)'],
    summary: 'Personal-health-record vendors had to notify individuals within 60 days of discovering a breach, the FTC within 10 business days when 500 or more were affected (else in a year-end log), and the media where more than 500 residents of a State were affected.',
    coverage: COVERAGE,
    coverageOutOfState: OUT_OF_STATE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: PHR_DATA,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2009, FTC_500_2009, ...shared],
    confidence: 'low',
    verification: VERIFY_2009,
    unverified: [
      'The 2009 regulation text was not read; the 10-business-day FTC notice for 500 or more comes from two contemporaneous law-firm notes.',
      'The section numbers of the 2009 text (§ 318.4(c) law-enforcement delay, § 318.5 media/FTC/substitute notice) are recalled, not read.',
      'The FTC did not enforce the rule for breaches discovered before 2010-02-22; the duty applied from 2009-09-24.',
    ],
    sources: [
      { where: 'https://www.hoganlovells.com/en/publications/ftc-breach-notification-rule-is-now-in-effect', facts: 'in effect 2009-09-24; FTC within 10 business days of discovery for 500 or more; smaller breaches annually; enforcement from 2010-02-22' },
      { where: 'https://www.lexology.com/library/detail.aspx?g=84743cf2-92c3-4545-ab47-ee95916a655d', facts: 'individuals without unreasonable delay and within 60 calendar days of discovery' },
    ],
  },
  {
    id: 'US-FTC-HBNR-2024',
    effectiveFrom: '2024-07-29',
    effectiveTo: null,
    citations: ['16 CFR Part 318 as amended (89 FR 47028, 2024-05-30, eff. 2024-07-29)', 'ARRA § 13407 (42 U.S.C. § 17937)'],
    summary: 'Personal-health-record vendors and health apps must notify individuals within 60 days of discovering a breach (including unauthorised disclosures), the FTC at the same time when 500 or more are affected (else in a year-end log), and the media where more than 500 residents of a State are affected.',
    coverage: COVERAGE,
    coverageOutOfState: OUT_OF_STATE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: NO_HARM_TEST,
    personalInformation: PHR_DATA,
    substituteNotice: SUBSTITUTE,
    obligations: [INDIVIDUALS_2024, FTC_500_2024, ...shared],
    confidence: 'low',
    verification: VERIFY_2024,
    unverified: [
      'The timing of the FTC and media notices (§§ 318.4-318.5(b)-(c)) and the law-enforcement delay were read on the FTC\'s own form and in summaries, not in the regulation text.',
    ],
    sources: [
      { where: CFR_318_6_2024, facts: '§ 318.6(a)-(e) content as amended' },
      { where: CFR_318_5_2024, facts: '§ 318.5(a): individual notice by mail or email; substitute notice for ten or more' },
      { where: FTC_FORM_2024, facts: 'FTC form: 500 or more at the same time as individuals, no later than 60 days; fewer than 500 by the 60th day of the following year' },
      { where: 'https://regulations.justia.com/regulations/fedreg/2024/05/30/2024-10855.html', facts: '89 FR 47028: amendments effective 2024-07-29; timing of FTC notice altered; notice content expanded' },
      { where: 'https://www.cliclaw.com/node/13227', facts: '500 or more: individuals and FTC notified at the same time, within 60 days of discovery' },
      { where: 'https://checkoutapi.com/regulations/expand/title16_chapterI_part318_section318.9', facts: '§ 318.1(a) scope irrespective of FTC Act jurisdictional tests; § 318.2 breach of security includes unauthorized disclosure' },
    ],
  },
];

export const ftcHealthBreach: Jurisdiction = {
  code: 'US-FTC-HBNR',
  name: 'FTC Health Breach Notification Rule',
  kind: 'regime',
  holidays: { country: 'US' },
  laws: [{ id: 'US-FTC-HBNR-318', title: 'FTC Health Breach Notification Rule, 16 CFR Part 318', scope: 'residents', basis: 'regulation', versions }],
  channels: [
    {
      recipient: 'regulator',
      obligations: ['ftc-500', 'ftc-annual-log'],
      name: 'Federal Trade Commission, Division of Privacy and Identity Protection (Health Breach Notification)',
      ways: [
        { kind: 'online_form', value: 'https://www.ftc.gov/business-guidance/health-breach-form', formName: 'Notice of Breach of Health Information' },
        { kind: 'postal', value: 'Federal Trade Commission, Associate Director – HBN, Division of Privacy & Identity Protection, 600 Pennsylvania Avenue, N.W., Mail Stop CC-8232, Washington, DC 20580 (earlier edition of the form)' },
      ],
      asksFor: [
        'Every field of the online form completed, with the reporting entity\'s own contact information',
        'No personal information of the people affected',
        'For 500 or more: submitted at the same time as the individual notice; for fewer: by the 60th day of the following calendar year',
      ],
      source: `${FTC_FORM_2024} (online form, timelines); ${FTC_FORM_2009} (postal and secure-email submission before the online form)`,
      checked: CHECKED,
    },
  ],
  consumerContact: null,
};
