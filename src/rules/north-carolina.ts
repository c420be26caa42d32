// North Carolina: the Identity Theft Protection Act (N.C. Gen. Stat. §§ 75-61, 75-65), covering
// personal information in any form, paper included; and the state agencies' (and, later, local
// governments') 24-hour cybersecurity incident report to the Department of Information Technology.
import type { EncryptionSafeHarbor, Jurisdiction, ObligationRule, RuleVersion, Verification } from './types.js';
import {
  AKESARI_BILL, BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, hours, immediately, obligation, residents, toll, withoutDelay,
} from './shared.js';

const LE = toll('N.C. Gen. Stat. § 75-65(c)');

// § 75-61(1) leaves governments out of "business"; the Attorney General says state and local
// agencies must notify too (through § 132-1.10(c1), whose text was not read). The answer stays
// uncertain, so the engine assumes the duty applies.
const GOVERNMENT = [
  'uncertain',
  '§ 75-61(1) excludes any government, governmental subdivision or agency from "business", but the Attorney General\'s guidance says the Act requires state and local government agencies to notify too (through N.C. Gen. Stat. § 132-1.10(c1), which was not read).',
] as const;
const GOVERNMENT_OPEN =
  'Whether state and local agencies are bound: § 75-61(1) (read) excludes governments from "business", while the Attorney General says § 132-1.10(c1) applies § 75-65 to them; that subsection was not read, so coverage stays uncertain and breachdesk assumes the duty.';

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

const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: '§ 75-61(14): unauthorized access to and acquisition of encrypted records or data together with the confidential process or key is a security breach.',
  citation: 'N.C. Gen. Stat. § 75-61(14)',
};

const SHARED = {
  coverage: COVERAGE,
  encryptionSafeHarbor: SAFE_HARBOR,
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

// Texts read for the facts below (checked 2026-12-08).
const CHECKED = '2026-12-08';
const S61 = 'https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_75/GS_75-61.html (§ 75-61(1)-(6), read in the verbatim copy at https://cliclaw.com/node/7043)';
const S65 =
  'https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_75/GS_75-65.html (§ 75-65(a)-(c), read in the verbatim copies at https://law.onecle.com/north-carolina/75-monopolies-trusts-and-consumer-protection/75-65.html and https://statutes.laws.com/north-carolina/Chapter_75/GS_75-65)';
const NCDOJ = 'https://ncdoj.gov/protecting-consumers/protecting-your-identity/protect-your-business-from-id-theft/security-breach-information/';
const WHY_LATER =
  'The stored copies of § 75-65 break off in subsection (c), and those of § 75-61 before definition (10); the later subsections were read only in summaries and the Attorney General\'s guidance.';
const WHY_2005 =
  'S.B. 1048 (2005) could not be read (the stored copy is a PDF with no text); the text read is the one in force after S.B. 1017 (2009).';

const NC_2005_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'S.B. 1048 signed 2005-09-21, in force 2005-12-01; S.B. 1017 (2009) added the AG notice from 2009-10-01', checked: CHECKED, why: WHY_2005 },
  coverage: { kind: 'secondary', where: S61, says: 'business includes every group whether or not run for profit and excludes any government, subdivision or agency', checked: CHECKED, why: WHY_2005 },
  personal_information: { kind: 'secondary', where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/North%20Carolina%20State%20Security%20Breach%20Laws.aspx', says: 'name with SSN or employer TIN, licence, state ID or passport, account or card number, PIN, digital signature, biometric data or fingerprints; online identifiers only where they open financial accounts', checked: CHECKED, why: WHY_2005 },
  encryption: { kind: 'secondary', where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-north-carolina.html', says: 'encrypted data taken with its confidential process or key is a breach', checked: CHECKED, why: WHY_2005 },
  risk_of_harm: { kind: 'secondary', where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-north-carolina.html', says: 'a breach only where illegal use occurred or is reasonably likely, or a material risk of harm exists', checked: CHECKED, why: WHY_2005 },
  deadline: { kind: 'secondary', where: S65, says: 'affected persons without unreasonable delay; the vendor immediately; the bureaus without unreasonable delay', checked: CHECKED, why: WHY_2005 },
  anchor: { kind: 'secondary', where: S65, says: 'following discovery or notification of the breach', checked: CHECKED, why: WHY_2005 },
  threshold: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'credit bureaus when more than 1,000 persons are notified at one time; no AG notice before 2009', checked: CHECKED, why: WHY_2005 },
  law_enforcement: { kind: 'secondary', where: S65, says: 'notice delayed while law enforcement says it may impede a criminal investigation or jeopardize national or homeland security', checked: CHECKED, why: WHY_2005 },
  substitute_notice: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'cost over $250,000, over 500,000 persons, or no contact data', checked: CHECKED, why: WHY_2005 },
  required_content: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'the letter items of § 75-65(d)', checked: CHECKED, why: WHY_2005 },
  forbidden_content: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'none: nothing is forbidden in a notice', checked: CHECKED, why: WHY_2005 },
};

const NC_2009_VERIFICATION: Verification = {
  effective_dates: { kind: 'secondary', where: 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/North%20Carolina%20State%20Security%20Breach%20Laws.aspx', says: 'S.B. 1017 (signed 2009-07-27) in force 2009-10-01', checked: CHECKED, why: 'S.B. 1017 itself was not read.' },
  coverage: { kind: 'primary', where: `${S61}; ${S65}`, says: 'business includes every group whether or not run for profit and excludes any government, subdivision or agency; the duty binds businesses owning or licensing residents\' information in any form', checked: CHECKED },
  personal_information: { kind: 'secondary', where: NCDOJ, says: 'name with SSN or employer TIN, licence, state ID or passport, account or card number, PIN, digital signature, biometric data or fingerprints; § 75-65(a) (read) leaves out email names, internet IDs, passwords and the maiden name unless they open a financial account', checked: CHECKED, why: WHY_LATER },
  encryption: { kind: 'secondary', where: NCDOJ, says: 'encrypted data is breached only when the confidential process or key is also breached', checked: CHECKED, why: WHY_LATER },
  risk_of_harm: { kind: 'secondary', where: NCDOJ, says: 'a breach only where illegal use occurred or is reasonably likely, or a material risk of harm exists (§ 75-61(14))', checked: CHECKED, why: WHY_LATER },
  deadline: { kind: 'secondary', where: `${S65}; ${PERKINS_CHART_2021}`, says: 'affected persons without unreasonable delay and the vendor immediately (read); the AG and bureaus without unreasonable delay (summaries)', checked: CHECKED, why: WHY_LATER },
  anchor: { kind: 'secondary', where: `${S65}; ${PERKINS_CHART_2021}`, says: 'following discovery or notification (read); the AG notice when persons are notified (summaries)', checked: CHECKED, why: WHY_LATER },
  threshold: { kind: 'secondary', where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-north-carolina.html', says: 'the AG for any notice to affected persons; credit bureaus when more than 1,000 persons are notified at one time', checked: CHECKED, why: WHY_LATER },
  law_enforcement: { kind: 'primary', where: S65, says: 'notice is delayed while law enforcement says it may impede a criminal investigation or jeopardize national or homeland security', checked: CHECKED },
  substitute_notice: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'cost over $250,000, over 500,000 persons, or no contact data', checked: CHECKED, why: WHY_LATER },
  required_content: { kind: 'secondary', where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-north-carolina.html', says: 'letters: the items of § 75-65(d); the AG: nature, number affected, steps taken, timing, distribution and content', checked: CHECKED, why: WHY_LATER },
  forbidden_content: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'none: nothing is forbidden in a notice', checked: CHECKED, why: WHY_LATER },
};

const general: RuleVersion[] = [
  {
    id: 'NC-2005',
    effectiveFrom: '2005-12-01',
    effectiveTo: '2009-09-30',
    citations: ['N.C. Gen. Stat. §§ 75-61, 75-65 (Identity Theft Protection Act of 2005, S.B. 1048)'],
    summary: 'North Carolina businesses had to notify affected persons without unreasonable delay, and the credit bureaus above 1,000; the Attorney General was not yet notified.',
    ...SHARED,
    obligations: [individuals, ...OTHERS],
    confidence: 'low',
    unverified: [
      'S.B. 1048 (2005) was not read; the letter content, breach definition (risk of harm, key clause) and substitute notice are taken from the 2009 text.',
      GOVERNMENT_OPEN,
    ],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'S.B. 1048 signed 2005-09-21, effective 2005-12-01' },
      { where: AKESARI_BILL('2005 N.C. SB 1048.PDF'), facts: 'the enacted bill (not readable: no text stored)' },
      { where: BLOOMBERG_TABLE, facts: '2009 amendment added the AG notice' },
    ],
    verification: NC_2005_VERIFICATION,
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
    confidence: 'low',
    unverified: [
      'Only § 75-61(1)-(6) and § 75-65(a)-(c) were read in the statute; the personal-information and breach definitions, the AG and credit-bureau duties, letter content and substitute notice rest on summaries and the Attorney General\'s guidance.',
      'The subsection letter of the Attorney General duty ((e1)) is inferred.',
      GOVERNMENT_OPEN,
    ],
    sources: [
      { where: 'https://law.onecle.com/north-carolina/75-monopolies-trusts-and-consumer-protection/75-65.html', facts: '§ 75-65(a)-(c) text: any form, without unreasonable delay, vendor immediately, law-enforcement delay' },
      { where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-north-carolina.html', facts: 'S.B. 1017; application excludes government; CRA >1,000; AG notice content' },
      { where: 'https://ncdoj.gov/protecting-consumers/protecting-your-identity/protect-your-business-from-id-theft/security-breach-information/', facts: 'personal-information list; state and local government agencies must notify' },
      { where: 'https://cliclaw.com/node/7043', facts: '§ 75-61(1) business definition' },
    ],
    verification: NC_2009_VERIFICATION,
  },
];

const S1379 = 'https://www.lawserver.com/law/state/north-carolina/nc-laws/north_carolina_laws_143b-1379 (verbatim copy of § 143B-1379(a)(1)-(4))';
const S1320 = 'https://codes.findlaw.com/nc/chapter-143b-executive-organization-act-of-1973/nc-gen-st-sect-143b-1320/ (§ 143B-1320(a)(4a), current as of 2023-01-01)';
const H813 = 'https://lrs.sog.unc.edu/bill-summaries-lookup/H/813/2021/all';
const WHY_C = 'Subsection (c) of § 143B-1379 (county and city reports) comes after the point where the stored copy breaks off; only the UNC School of Government bill summary of H 813 (2021) describes it.';

const NC_GOV_VERIFICATION: Verification = {
  effective_dates: { kind: 'none', where: 'https://self-law.org/code/nc/chapter-143b/143b-1378', says: 'Article 15 of Chapter 143B was created by S.L. 2015-241 (history of § 143B-1378); the history of § 143B-1379 was not read', checked: CHECKED, why: 'No history note of § 143B-1379 could be read; the start date is assumed from S.L. 2015-241.' },
  coverage: { kind: 'secondary', where: `${S1379}; ${H813}`, says: 'each principal department and Council of State agency (read in (a)); counties and cities under (c) (summary only)', checked: CHECKED, why: WHY_C },
  personal_information: { kind: 'primary', where: S1320, says: 'none: a cybersecurity incident is any occurrence that jeopardizes information or systems, personal or not', checked: CHECKED },
  encryption: { kind: 'primary', where: S1379, says: 'none: no encryption exemption', checked: CHECKED },
  risk_of_harm: { kind: 'primary', where: S1379, says: 'state agencies report "significant" cybersecurity incidents; no harm test beyond that word', checked: CHECKED },
  deadline: { kind: 'secondary', where: `${S1379}; https://it.nc.gov/resources/cybersecurity-risk-management/cyber-incident-reporting`, says: 'state agencies within 24 hours of confirmation (read); counties and cities also within 24 hours by NCDIT guidance', checked: CHECKED, why: WHY_C },
  anchor: { kind: 'primary', where: S1379, says: 'confirmation of the incident', checked: CHECKED },
  threshold: { kind: 'primary', where: S1379, says: 'none: every significant incident, no number', checked: CHECKED },
  law_enforcement: { kind: 'primary', where: S1379, says: 'none: no delay is allowed', checked: CHECKED },
  substitute_notice: { kind: 'primary', where: S1379, says: 'none: a report to the Department, no substitute', checked: CHECKED },
  required_content: { kind: 'primary', where: S1379, says: 'the full details of the incident (NCDIT takes them on its statewide report form)', checked: CHECKED },
  forbidden_content: { kind: 'primary', where: S1379, says: 'none: nothing is forbidden in the report', checked: CHECKED },
};

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
      { where: S1320, facts: '§ 143B-1320(a)(4a): cybersecurity incident' },
    ],
    verification: NC_GOV_VERIFICATION,
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
  channels: [
    {
      recipient: 'attorney_general',
      name: "Consumer Protection Division, North Carolina Attorney General's Office (North Carolina Department of Justice)",
      ways: [
        { kind: 'online_form', value: NCDOJ, formName: 'Security Breach Reporting Form (linked from the Security Breach Information page)' },
        { kind: 'postal', value: 'Consumer Protection Division, North Carolina Department of Justice, 9001 Mail Service Center, Raleigh, NC 27699-9001' },
      ],
      asksFor: [
        'The nature of the breach',
        'The number of consumers affected',
        'Steps taken to investigate the breach',
        'Steps taken to prevent a similar breach',
        'The timing, distribution and content of the notice',
      ],
      source: `${NCDOJ} (the Department's breach page); contents as § 75-65(e1) lists them (read in summaries); postal address as breachdesk letters already printed it`,
      checked: CHECKED,
    },
    NATIONWIDE_CRAS,
    {
      recipient: 'state_agency',
      obligations: ['dit-24h'],
      name: 'North Carolina Department of Information Technology (Statewide cybersecurity incident reporting)',
      ways: [
        { kind: 'online_form', value: 'https://it.nc.gov/programs/cybersecurity-risk-management/statewide-cybersecurity-incident-report-form', formName: 'Statewide Cybersecurity Incident Report Form' },
        { kind: 'email', value: 'NCEOC@NCDPS.GOV' },
        { kind: 'phone', value: '919-733-3300' },
      ],
      asksFor: ['The date and time the suspicious activity was noticed', 'The North Carolina town or city where it occurred', 'The full details of the incident (§ 143B-1379(a)(1))', 'Whether operational support is requested (through the Emergency Management 24-Hour Watch, § 166A-19.78A)'],
      source: 'https://it.nc.gov/programs/cybersecurity-risk-management/statewide-cybersecurity-incident-report-form (the form under § 143B-1379; requests for operational support go to the N.C. Emergency Management 24-Hour Watch at the e-mail and telephone given there)',
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'North Carolina Department of Justice, Consumer Protection Division',
    phone: '1-877-566-7226',
    website: 'www.ncdoj.gov',
    address: '9001 Mail Service Center, Raleigh, NC 27699-9001',
    source: `${NCDOJ} (consumer complaints line (877)-5-NO-SCAM, i.e. 1-877-566-7226); address as breachdesk letters already printed it`,
    checked: CHECKED,
  },
};
