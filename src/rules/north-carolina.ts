// North Carolina: the Identity Theft Protection Act (N.C. Gen. Stat. §§ 75-61, 75-65), covering
// personal information in any form, paper included; and the state agencies' (and, later, local
// governments') 24-hour cybersecurity incident report to the Department of Information Technology.
import type { Jurisdiction, ObligationRule, RuleVersion } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, hours, immediately, obligation, residents, toll, withoutDelay,
} from './shared.js';

const LE = toll('N.C. Gen. Stat. § 75-65(c)');

// § 132-1.10(c1) is believed to apply § 75-65 to public agencies; its text was not read, so the
// answer stays uncertain (the engine then assumes the duty applies).
const GOVERNMENT = [
  'uncertain',
  '§ 75-61(1) excludes any government, governmental subdivision or agency from "business", but the Attorney General\'s guidance says the Act requires state and local government agencies to notify too (through N.C. Gen. Stat. § 132-1.10(c1), which was not read).',
] as const;

const COVERAGE = coverage({
  business: ['yes', '§ 75-65(a) binds any business that owns or licenses personal information of North Carolina residents, or conducts business in North Carolina and owns or licenses personal information in any form.'],
  nonprofit: ['yes', '§ 75-61(1) defines a business as any group "however organized and whether or not organized to operate at a profit".'],
  local_government: GOVERNMENT,
  state_agency: GOVERNMENT,
});

const individuals = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected persons',
  citation: 'N.C. Gen. Stat. § 75-65(a), (d)',
  deadline: withoutDelay('discovered', 'Without unreasonable delay after discovery or notification, allowing for law enforcement and for measures to find contact information, determine the scope and restore the system.'),
  lawEnforcement: LE,
  requiredContent: [
    'A description of the incident in general terms',
    'The type of personal information subject to the unauthorized access and acquisition',
    'The general acts of the business to protect the information from further unauthorized access',
    'A telephone number for further information and assistance, if one exists',
    'Advice to remain vigilant by reviewing account statements and monitoring free credit reports',
    'Toll-free numbers and addresses of the major consumer reporting agencies',
    'Toll-free numbers, addresses and websites of the Federal Trade Commission and the North Carolina Attorney General, with a statement that identity-theft prevention information is available from them',
  ],
  letterElements: ['what_happened', 'information_involved', 'what_we_are_doing', 'contact', 'review_statements', 'credit_bureaus', 'ftc', 'attorney_general'],
  condition: 'A financial institution that complies with the federal Interagency Guidance on response programs is deemed to comply.',
});

const OTHERS: ObligationRule[] = [
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Each nationwide consumer reporting agency',
    citation: 'N.C. Gen. Stat. § 75-65(f)',
    deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 persons are notified at one time.'),
    threshold: residents(1000, 'more_than'),
    lawEnforcement: LE,
    requiredContent: ['The timing, distribution and content of the notice'],
    notes: 'The count is of persons notified at one time under § 75-65; breachdesk compares North Carolina residents.',
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'N.C. Gen. Stat. § 75-65(b)',
    deadline: immediately('discovered', 'Immediately following discovery of the breach.'),
    lawEnforcement: LE,
    condition: 'Binds a business that maintains or possesses the records for their owner or licensee, not the owner itself.',
  }),
];

const SHARED = {
  coverage: COVERAGE,
  encryptionSafeHarbor: { exists: true, keyException: true, citation: 'N.C. Gen. Stat. § 75-61(14)' },
  riskOfHarmException: {
    exists: true,
    standard: 'A security breach is only an incident where illegal use of the information has occurred or is reasonably likely, or that creates a material risk of harm to a consumer (§ 75-61(14)).',
    recordToKeep: null,
  },
  personalInformation: {
    citation: 'N.C. Gen. Stat. §§ 75-61(10), 14-113.20(b)',
    summary:
      'first name or initial and last name with an SSN or employer taxpayer ID, a driver\'s licence, state ID or passport number, a checking, savings, credit or debit card number, a PIN, a digital signature or biometric data (email names, internet IDs, passwords and mother\'s maiden name count only where they give access to financial accounts)',
    combinations: [
      {
        all: ['name'],
        anyOf: ['ssn', 'tax_id', 'drivers_license', 'state_id', 'passport', 'account_number', 'card_number', 'access_code', 'digital_signature', 'biometric'],
      },
    ],
  },
  substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'N.C. Gen. Stat. § 75-65(e)' },
} satisfies Partial<RuleVersion>;

const general: RuleVersion[] = [
  {
    id: 'NC-2005',
    effectiveFrom: '2005-12-01',
    effectiveTo: '2009-09-30',
    citations: ['N.C. Gen. Stat. §§ 75-61, 75-65 (Identity Theft Protection Act of 2005, S.B. 1048)'],
    summary: 'North Carolina businesses had to notify affected persons without unreasonable delay, and the credit bureaus above 1,000; the Attorney General was not yet notified.',
    ...SHARED,
    obligations: [individuals, ...OTHERS],
    confidence: 'medium',
    unverified: [
      'Only the timing, the absence of an Attorney General notice and the credit-bureau duty were checked for 2005; the letter content, breach definition (risk of harm, key clause) and substitute notice are taken from the 2009 text.',
    ],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'S.B. 1048 signed 2005-09-21, effective 2005-12-01' },
      { where: BLOOMBERG_TABLE, facts: '2009 amendment added the AG notice' },
    ],
  },
  {
    id: 'NC-2009',
    effectiveFrom: '2009-10-01',
    effectiveTo: null,
    citations: ['N.C. Gen. Stat. §§ 75-61, 75-65 as amended by S.B. 1017 (signed 2009-07-27, eff. 2009-10-01)'],
    summary: 'North Carolina requires notice to affected persons without unreasonable delay, to the Attorney General\'s Consumer Protection Division for every breach notified, and to the credit bureaus above 1,000.',
    ...SHARED,
    obligations: [
      individuals,
      obligation({
        id: 'attorney-general',
        recipient: 'attorney_general',
        recipientName: "Consumer Protection Division, North Carolina Attorney General's Office",
        citation: 'N.C. Gen. Stat. § 75-65(e1)',
        deadline: withoutDelay('discovered', 'Without unreasonable delay once the business notifies affected persons.'),
        lawEnforcement: LE,
        requiredContent: [
          'The nature of the breach',
          'The number of consumers affected',
          'Steps taken to investigate the breach',
          'Steps taken to prevent a similar breach in the future',
          'The timing, distribution and content of the notice',
        ],
        notes: 'Required whenever any affected person is notified; the Attorney General provides an online form.',
      }),
      ...OTHERS,
    ],
    confidence: 'high',
    unverified: ['The subsection letter of the Attorney General duty ((e1)) is inferred.'],
    sources: [
      { where: 'https://law.onecle.com/north-carolina/75-monopolies-trusts-and-consumer-protection/75-65.html', facts: '§ 75-65(a)-(c) text: any form, without unreasonable delay, vendor immediately, law-enforcement delay' },
      { where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-north-carolina.html', facts: 'S.B. 1017; application excludes government; CRA >1,000; AG notice content' },
      { where: 'https://ncdoj.gov/protecting-consumers/protecting-your-identity/protect-your-business-from-id-theft/security-breach-information/', facts: 'personal-information list; state and local government agencies must notify' },
      { where: 'https://cliclaw.com/node/7043', facts: '§ 75-61(1) business definition' },
    ],
  },
];

const dit: RuleVersion[] = [
  {
    id: 'NC-GOV-2015',
    effectiveFrom: '2015-09-18',
    effectiveTo: null,
    citations: ['N.C. Gen. Stat. § 143B-1379(a)(1), (c) (Article 15 of Chapter 143B, created by S.L. 2015-241; (c) amended 2021)', 'N.C. Gen. Stat. § 143-800 (ransom payments)'],
    summary: 'North Carolina state agencies must report significant cybersecurity incidents to the Department of Information Technology within 24 hours of confirmation; counties and cities must report incidents too.',
    coverage: governmentOnlyCoverage('N.C. Gen. Stat. § 75-65', {
      local_government: ['uncertain', '§ 143B-1379(c) requires counties and cities to report cybersecurity incidents to the Department; when it took effect and whether the statute itself sets 24 hours was not verified (NCDIT asks for 24 hours of confirmation).'],
      state_agency: ['yes', '§ 143B-1379(a)(1) requires each principal department and Council of State agency to give the Department full details of significant cybersecurity incidents within 24 hours of confirmation.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'dit-24h',
        recipient: 'state_agency',
        recipientName: 'North Carolina Department of Information Technology (State CIO)',
        citation: 'N.C. Gen. Stat. § 143B-1379(a)(1), (c)',
        deadline: hours(24, 'determined'),
        requiredContent: ['Full details of the incident, on NCDIT\'s statewide cybersecurity incident report form'],
        condition: 'State agencies: significant cybersecurity incidents. Counties and cities: cybersecurity incidents under § 143B-1379(c).',
        notes: 'Counted from confirmation of the incident. Requests for operational help go to the Emergency Management 24-Hour Watch (§ 166A-19.78A, since 2023-09-22). State agencies and local governments may not pay a ransom and must consult the Department on any demand (§ 143-800).',
      }),
    ],
    confidence: 'low',
    unverified: [
      'Start date assumed from S.L. 2015-241, which created Article 15 of Chapter 143B; whether its first text already had the 24-hour rule was not checked.',
      'When subsection (c) began to require county and city reports was not found.',
    ],
    sources: [
      { where: 'https://www.lawserver.com/law/state/north-carolina/nc-laws/north_carolina_laws_143b-1379', facts: '§ 143B-1379(a)(1): significant cybersecurity incidents within 24 hours of confirmation' },
      { where: 'https://it.nc.gov/resources/cybersecurity-risk-management/cyber-incident-reporting', facts: 'reporting within 24 hours of confirmation' },
      { where: 'https://lrs.sog.unc.edu/bill-summaries-lookup/H/813/2021/all', facts: 'H 813 (2021): § 143-800 ransom ban; § 143B-1379(c) county and municipal reporting' },
      { where: 'https://it.nc.gov/programs/cybersecurity-risk-management/statewide-cybersecurity-incident-report-form', facts: 'report form; § 166A-19.78A since 2023-09-22' },
    ],
  },
];

export const northCarolina: Jurisdiction = {
  code: 'NC',
  name: 'North Carolina',
  kind: 'state',
  holidays: { country: 'US', state: 'NC' },
  laws: [
    { id: 'NC-75-65', title: 'N.C. Gen. Stat. §§ 75-61, 75-65 (Identity Theft Protection Act: protection from security breaches)', scope: 'residents', versions: general },
    { id: 'NC-143B-1379', title: 'N.C. Gen. Stat. § 143B-1379: cybersecurity incident reports to the Department of Information Technology', scope: 'home', versions: dit },
  ],
};
