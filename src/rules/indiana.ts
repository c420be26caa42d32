// Indiana: Ind. Code art. 24-4.9 (data base owners, in force 2006-07-01; Attorney General notice
// from 2009; 45 days from 2022), Ind. Code ch. 4-1-11 for state agencies, and the cybersecurity
// incident report to the Office of Technology by state agencies and political subdivisions (2021).
import type { DeadlineRule, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, businessDays, calendarDays, coverage, governmentOnlyCoverage, obligation, residents, toll, withIndividuals, withoutDelay,
} from './shared.js';

const LE = toll('Ind. Code § 24-4.9-3-3');
const REASONABLE = 'Without unreasonable delay; delay is reasonable only to restore the system, to discover the scope of the breach, or at the request of the Attorney General or law enforcement.';

const PI: PersonalInformationDefinition = {
  citation: 'Ind. Code § 24-4.9-2-10',
  summary: 'an unencrypted, unredacted SSN alone; or name with driver licence or state ID number, credit card number, or a financial account or debit card number with its security code, password or access code',
  combinations: [
    { all: [], anyOf: ['ssn'] },
    // A debit card number needs its code, a credit card number does not; the data do not say which.
    { all: ['name'], anyOf: ['drivers_license', 'state_id', 'card_number'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};

const individuals = (deadline: DeadlineRule, notes: string): ObligationRule =>
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Indiana residents',
    citation: 'Ind. Code §§ 24-4.9-3-1(a), 24-4.9-3-3',
    deadline,
    lawEnforcement: LE,
    notes: `${notes} Notice by mail, telephone, fax or email; the statute sets no content.`,
  });
const creditBureaus = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Each nationwide consumer reporting agency',
  citation: 'Ind. Code § 24-4.9-3-1(b)',
  deadline: withoutDelay('discovered', REASONABLE),
  threshold: residents(1000, 'more_than'),
  lawEnforcement: LE,
  requiredContent: ['Information needed to help the agency prevent fraud, including personal information of affected Indiana residents'],
  notes: 'The statute counts consumers to whom the disclosure is made.',
});
const vendor = (deadline: DeadlineRule, notes: string | null): ObligationRule =>
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'Ind. Code §§ 24-4.9-3-2, 24-4.9-3-3',
    deadline,
    lawEnforcement: LE,
    condition: 'Binds a person that maintains computerized data but is not the data base owner, not the owner itself.',
    notes,
  });
const attorneyGeneral = (deadline: DeadlineRule, notes: string): ObligationRule =>
  obligation({
    id: 'attorney-general',
    recipient: 'attorney_general',
    recipientName: 'Indiana Attorney General (Consumer Protection Division)',
    citation: 'Ind. Code §§ 24-4.9-3-1(c), 24-4.9-3-3',
    deadline,
    lawEnforcement: LE,
    requiredContent: ["The Attorney General's breach notification form", 'A copy or sample of the notice to residents'],
    notes,
  });

const COVERAGE = coverage({
  business: ['yes', 'Ind. Code § 24-4.9-3-1 binds every data base owner, and a "person" includes any corporation, partnership, association, cooperative or other legal entity.'],
  nonprofit: ['yes', 'A nonprofit corporation or organisation is a "person" that can be a data base owner under art. 24-4.9.'],
  local_government: ['uncertain', 'Art. 24-4.9 does not name political subdivisions, and state agencies have their own Ind. Code ch. 4-1-11; whether a city or county is a "person" bound by § 24-4.9-3-1 was not settled by the sources read.'],
  state_agency: ['no', 'State agencies follow Ind. Code ch. 4-1-11 (law IN-4-1-11 in this catalogue), not art. 24-4.9.'],
});
const HARM = { exists: true, standard: 'Notice is owed only if the owner knows, should know or should have known that the breach has resulted or could result in identity deception, identity theft or fraud affecting the resident.', recordToKeep: null };
const SAFE_HARBOR = { exists: true, keyException: true, citation: 'Ind. Code § 24-4.9-3-1(a)(2)' };
const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Ind. Code § 24-4.9-3-4' };
const WITHOUT_DELAY = withoutDelay('discovered', REASONABLE);
const SHARED = { coverage: COVERAGE, encryptionSafeHarbor: SAFE_HARBOR, riskOfHarmException: HARM, personalInformation: PI, substituteNotice: SUBSTITUTE };
const LATER_ACTS = 'What H.E.A. 1197 (2008) and S.B. 17 (2024, eff. 2024-07-01), both listed by Perkins Coie against art. 24-4.9, changed was not read; the summaries show no change to deadlines or thresholds.';

const general: RuleVersion[] = [
  {
    id: 'IN-2006',
    effectiveFrom: '2006-07-01',
    effectiveTo: '2009-06-30',
    citations: ['Ind. Code art. 24-4.9 (P.L. 125-2006, in force 2006-07-01)'],
    summary: 'Indiana data base owners had to notify affected residents without unreasonable delay, and the credit bureaus above 1,000, with no notice to the Attorney General.',
    ...SHARED,
    obligations: [individuals(WITHOUT_DELAY, 'No fixed number of days.'), creditBureaus, vendor(WITHOUT_DELAY, null)],
    confidence: 'medium',
    unverified: ['The 2006 text was not read; its duties are taken as the 2009 text less the Attorney General notice that P.L. 137-2009 added.', LATER_ACTS],
    sources: [
      { where: 'https://www.in.gov/attorneygeneral/3037.htm', facts: 'statute effective 2006-07-01' },
      { where: 'https://statutes.laws.com/indiana/title-24/ar-4.9/ch-3', facts: '§ 24-4.9-3-1 as added by P.L. 125-2006 and amended by P.L. 137-2009' },
    ],
  },
  {
    id: 'IN-2009',
    effectiveFrom: '2009-07-01',
    effectiveTo: '2022-06-30',
    citations: ['Ind. Code §§ 24-4.9-3-1 to 24-4.9-3-4 as amended by H.E.A. 1121 (P.L. 137-2009, eff. 2009-07-01)'],
    summary: 'Indiana data base owners had to notify affected residents and the Attorney General without unreasonable delay, and the credit bureaus above 1,000.',
    ...SHARED,
    obligations: [
      individuals(WITHOUT_DELAY, 'No fixed number of days.'),
      attorneyGeneral(withIndividuals, 'Required whenever residents are notified; the statute sets no separate time, so breachdesk expects it no later than the resident notice.'),
      creditBureaus,
      vendor(WITHOUT_DELAY, null),
    ],
    confidence: 'medium',
    unverified: [LATER_ACTS],
    sources: [
      { where: 'https://statutes.laws.com/indiana/title-24/ar-4.9/ch-3', facts: '§ 24-4.9-3-1(a)-(c), § 24-4.9-3-2, § 24-4.9-3-3(a)' },
      { where: BLOOMBERG_TABLE, facts: 'timing, AG from 2009-07-01, CRA' },
      { where: PERKINS_CHART_2021, facts: 'exceptions, methods' },
    ],
  },
  {
    id: 'IN-2022',
    effectiveFrom: '2022-07-01',
    effectiveTo: null,
    citations: ['Ind. Code § 24-4.9-3-3 as amended by H.E.A. 1351 (2022, eff. 2022-07-01)'],
    summary: 'Indiana requires notice to affected residents and the Attorney General without unreasonable delay and no later than 45 days after discovery.',
    ...SHARED,
    obligations: [
      individuals(calendarDays(45, 'discovered'), 'Without unreasonable delay and not more than 45 days after discovery.'),
      attorneyGeneral(calendarDays(45, 'discovered'), 'The 45-day limit of § 24-4.9-3-3 applies to every disclosure or notification under the chapter, the Attorney General notice included.'),
      creditBureaus,
      vendor(calendarDays(45, 'discovered'), 'That the 45-day limit binds the vendor too is an inference from § 24-4.9-3-3 covering every notification under the chapter.'),
    ],
    confidence: 'high',
    unverified: ['Vendor timing (45 days) is an inference.', LATER_ACTS],
    sources: [
      { where: 'workplaceprivacyreport.com/2022/05/articles/data-breach-notification/indiana-tightens-the-states-deadline-for-providing-notification-of-a-data-breach/', facts: '45 days after discovery, effective 2022-07-01, delay grounds' },
      { where: 'privacyworld.blog/2022/05/indiana-amends-data-breach-notification-law/', facts: 'notifications incl. AG within 45 days' },
      { where: 'https://klinedinstlaw.com/practice/privacy-data-security/indiana', facts: 'AG form and sample notice; 45 days' },
    ],
  },
];

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
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'Ind. Code § 4-1-11-5(a) ("unencrypted personal information")' },
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
    confidence: 'medium',
    unverified: [
      'Whether ch. 4-1-11 has a consumer-reporting-agency or Attorney General notice was not checked (sections 8 onward were not read).',
      'The section number of the substitute-notice provision was not read.',
    ],
    sources: [
      { where: 'https://statutes.laws.com/indiana/title-4/ar-1/ch-11', facts: '§§ 4-1-11-1 to -6: applies after 2006-06-30; definitions; state agency duty; vendor duty' },
      { where: BLOOMBERG_TABLE, facts: 'substitute notice for state agencies' },
    ],
  },
];

const iot: RuleVersion[] = [
  {
    id: 'IN-IOT-2021',
    effectiveFrom: '2021-07-01',
    effectiveTo: null,
    citations: ['Ind. Code § 4-13.1-2-9 (in force 2021-07-01)'],
    summary: 'Indiana state agencies and political subdivisions must report any cybersecurity incident to the Office of Technology within 2 business days of discovering it.',
    coverage: governmentOnlyCoverage('Ind. Code art. 24-4.9', {
      local_government: ['yes', 'Ind. Code § 4-13.1-2-9 binds every political subdivision.'],
      state_agency: ['yes', 'Ind. Code § 4-13.1-2-9 binds state agencies, except state educational institutions.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'iot-2bd',
        recipient: 'state_agency',
        recipientName: 'Indiana Office of Technology',
        citation: 'Ind. Code § 4-13.1-2-9',
        deadline: businessDays(2, 'discovered'),
        condition: 'Any cybersecurity incident of the kinds the Office lists (for example ransomware, business email compromise, denial of service, malware); a state educational institution is exempt.',
        notes: 'Without unreasonable delay and not later than 2 business days after discovery, in the format the Office prescribes.',
      }),
    ],
    confidence: 'medium',
    unverified: ["The enacting act of § 4-13.1-2-9 and the Office of Technology's list of reportable incident types were not read; the 2021-07-01 start comes from the research record."],
    sources: [{ where: 'd1tvxue8o4w0fl.cloudfront.net Ind. Code § 4-13.1-2-9 (current through P.L. 171-2024)', facts: 'two business days after discovery; state agencies and political subdivisions' }],
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
};
