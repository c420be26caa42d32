// FTC Health Breach Notification Rule (16 CFR Part 318, under ARRA § 13407): vendors of personal
// health records (including many health apps), PHR related entities and their service providers
// that HIPAA does not cover. The 2024 amendments changed when the FTC must be told.
import type { DeadlineRule, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from '../types.js';
import { businessDays, calendarDays, coverage, obligation, toll, withIndividuals } from '../shared.js';

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
const CONTENT_2024 = [
  'A brief description of what happened, with the date of the breach and the date of discovery, if known',
  'The full name or identity (or, where that would harm the entity, a description) of any third parties that acquired the information',
  'A description of the types of unsecured PHR identifiable health information involved',
  'Steps individuals can take to protect themselves, tailored to the breach',
  'What the entity is doing to protect affected individuals, such as investigating, mitigating harm and protecting against further breaches',
  'Two or more methods of contacting the entity (e.g. toll-free number, email, website, in-app channel or postal address)',
];

const individuals = (requiredContent: string[]): ObligationRule =>
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected individuals',
    citation: '16 CFR §§ 318.3, 318.4, 318.6',
    deadline: calendarDays(60, 'discovered'),
    lawEnforcement: LE,
    requiredContent,
    letterElements: ['what_happened', 'breach_dates', 'information_involved', 'what_you_can_do', 'what_we_are_doing', 'contact'],
    notes: 'Without unreasonable delay; 60 calendar days after discovery is the outer limit. The entity bears the burden of showing the notices were timely.',
  });

const ftcLarge = (deadline: DeadlineRule, notes: string): ObligationRule =>
  obligation({
    id: 'ftc-500',
    recipient: 'regulator',
    recipientName: FTC,
    citation: '16 CFR § 318.5(c)',
    deadline,
    threshold: { count: 500, comparison: 'at_least', of: 'total' },
    lawEnforcement: LE,
    requiredContent: ['The information asked for on the FTC breach-notification form'],
    notes,
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
const SAFE_HARBOR = { exists: true, keyException: true, citation: '16 CFR § 318.2 ("unsecured": not secured by a technology HHS specifies under HITECH § 13402(h)(2))' };
const NO_HARM_TEST = { exists: false, standard: null };
const SUBSTITUTE = { costOver: null, recipientsOver: 9, citation: '16 CFR § 318.5(a)(4) (10 or more without current contact details: web posting for 90 days or major media, plus a toll-free number)' };

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
    obligations: [
      individuals(CONTENT_2009),
      ftcLarge(businessDays(10, 'discovered'), 'As soon as possible and no later than 10 business days after discovery, separately from (and usually before) the individual notice.'),
      ...shared,
    ],
    confidence: 'medium',
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
    obligations: [
      individuals(CONTENT_2024),
      ftcLarge(withIndividuals, 'At the same time as the individual notice and no later than 60 calendar days after discovery (2024 amendment).'),
      ...shared,
    ],
    confidence: 'medium',
    unverified: [
      'The amended section numbering and the exact six-item content list were taken from summaries of the final rule, not the eCFR text.',
    ],
    sources: [
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
};
