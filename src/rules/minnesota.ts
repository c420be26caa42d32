// Minnesota: § 325E.61 for persons and businesses (Laws 2005, ch. 167, in force 2006-01-01);
// § 13.055 of the Government Data Practices Act for state agencies (from 2006) and all government
// entities (from 2014-08-01); and § 16E.36, cybersecurity incident reports by public agencies.
import type { Jurisdiction, PersonalInformationDefinition, RuleVersion } from './types.js';
import { DATA_ELEMENTS } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withoutDelay } from './shared.js';

const PI_325E: PersonalInformationDefinition = {
  citation: 'Minn. Stat. § 325E.61, subd. 1(e)',
  summary: "a first name or initial and last name with an SSN, a driver's licence or Minnesota ID card number, or an account or card number with the code or password that opens the financial account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};

// § 13.055 protects "private or confidential data on individuals": the classification, not a list
// of elements, decides. Any element beyond a bare name is treated as possibly not public.
const PI_GOV: PersonalInformationDefinition = {
  citation: 'Minn. Stat. §§ 13.02, 13.055, subd. 2 ("private or confidential data on individuals")',
  summary: 'any private or confidential (not public) data on individuals, whatever the element',
  combinations: [{ all: [], anyOf: DATA_ELEMENTS.filter((e) => e !== 'name') }],
};

const GOV_CRA = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: 'Minn. Stat. § 13.055, subd. 5',
  deadline: withoutDelay('discovered', 'without unreasonable delay'),
  threshold: residents(1000, 'more_than'),
  requiredContent: ['Timing, distribution and content of the notices'],
  notes: 'Counts individuals notified at one time.',
});
const GOV_LE = toll('Minn. Stat. § 13.055, subd. 3');
const GOV_BASE = {
  encryptionSafeHarbor: { exists: false, keyException: false, citation: 'Minn. Stat. § 13.055, subd. 1' },
  riskOfHarmException: { exists: false, standard: null },
  personalInformation: PI_GOV,
  substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'Minn. Stat. § 13.055, subd. 4' },
};

const gov: RuleVersion[] = [
  {
    id: 'MN-GOV-2006',
    effectiveFrom: '2006-01-01',
    effectiveTo: '2014-07-31',
    citations: ['Minn. Stat. § 13.055 (state agencies; Laws 2005, as in Minnesota Statutes 2005 and 2007)'],
    summary: 'Minnesota state agencies had to notify individuals whose private or confidential data was acquired without authorisation in the most expedient time possible, and the credit bureaus when more than 1,000 were notified.',
    coverage: governmentOnlyCoverage('Minn. Stat. § 325E.61', {
      local_government: ['no', 'Until 2014-08-01 § 13.055 bound only state agencies; local bodies were added by Laws 2014, ch. 284.'],
      state_agency: ['yes', '§ 13.055, subd. 2: a state agency that collects, creates, receives, maintains or disseminates private or confidential data on individuals.'],
    }),
    ...GOV_BASE,
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Individuals whose private or confidential data was acquired',
        citation: 'Minn. Stat. § 13.055, subd. 2',
        deadline: withoutDelay('discovered', 'in the most expedient time possible and without unreasonable delay'),
        lawEnforcement: GOV_LE,
        notes: 'Consistent with law-enforcement needs and with measures to determine the scope and restore security. Data in any form, not only computerised.',
      }),
      GOV_CRA,
    ],
    confidence: 'medium',
    unverified: ['The day § 13.055 first took effect (2006-01-01 assumed; it appears in Minnesota Statutes 2005).', 'The substitute-notice subdivision of the 2005 text.'],
    sources: [
      { where: 'https://www.revisor.mn.gov/statutes/2005/cite/13.055', facts: '2005 text: state agencies, breach definition, notice standard' },
      { where: 'https://www.revisor.mn.gov/statutes/2007/cite/13.055', facts: '2007 text unchanged' },
      { where: BLOOMBERG_TABLE, facts: 'CRA more than 1,000; substitute notice' },
    ],
  },
  {
    id: 'MN-GOV-2014',
    effectiveFrom: '2014-08-01',
    effectiveTo: null,
    citations: ['Minn. Stat. § 13.055 as amended by Laws 2014, ch. 284 (H.F. 183 / S.F. 211, eff. 2014-08-01)'],
    summary: 'Minnesota government entities must give written notice in the most expedient time possible to individuals whose private or confidential data was acquired, accessed or viewed without authorisation, and prepare an investigation report.',
    coverage: governmentOnlyCoverage('Minn. Stat. § 325E.61', {
      local_government: ['yes', '§ 13.055, subd. 2: every government entity (state agencies, political subdivisions and statewide systems, § 13.02) holding private or confidential data on individuals.'],
      state_agency: ['yes', '§ 13.055, subd. 2: every government entity, including state agencies.'],
    }),
    ...GOV_BASE,
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Individuals whose private or confidential data was acquired',
        citation: 'Minn. Stat. § 13.055, subd. 2',
        deadline: withoutDelay('discovered', 'in the most expedient time possible and without unreasonable delay'),
        lawEnforcement: GOV_LE,
        requiredContent: [
          'That a report on the investigation will be prepared',
          'How the individual may obtain access to the report',
          'That the individual may ask for the report to be sent by mail or e-mail',
        ],
        notes: 'Unauthorized access or viewing by an employee or contractor for a non-work purpose is a breach. After the investigation (and any discipline) the responsible authority prepares a public report of facts and results.',
      }),
      GOV_CRA,
    ],
    confidence: 'medium',
    unverified: ['The 2014 effective date comes from the Bloomberg summary; the chapter law was not read.'],
    sources: [
      { where: 'https://instalawyer.io/laws/minnesota-statutes/section-13055-disclosure-of', facts: 'current § 13.055 subd. 1-2 text: definitions, written notice, report' },
      { where: BLOOMBERG_TABLE, facts: 'government entities from 2014-08-01; CRA more than 1,000' },
      { where: 'mn.gov/admin/data-practices/data/warnings/breaches/', facts: 'notice content' },
    ],
  },
];

export const minnesota: Jurisdiction = {
  code: 'MN',
  name: 'Minnesota',
  kind: 'state',
  holidays: { country: 'US', state: 'MN' },
  laws: [
    {
      id: 'MN-325E-61',
      title: 'Minn. Stat. § 325E.61: data warehouses; notice required for certain disclosures',
      scope: 'residents',
      versions: [
        {
          id: 'MN-2006',
          effectiveFrom: '2006-01-01',
          effectiveTo: null,
          citations: ['Minn. Stat. § 325E.61 (Laws 2005, ch. 167, H.F. 2121, eff. 2006-01-01)'],
          summary: 'Minnesota requires businesses to notify affected residents in the most expedient time possible, and the credit bureaus within 48 hours when more than 500 people are notified at once.',
          coverage: coverage({
            business: ['yes', '§ 325E.61, subd. 1(a): any person or business that conducts business in Minnesota and owns or licenses computerized personal information.'],
            nonprofit: ['yes', 'A nonprofit is a "person" (Minn. Stat. § 645.44, subd. 7) and is covered when it conducts business in Minnesota.'],
            local_government: ['no', 'Government entities are governed by Minn. Stat. § 13.055, not § 325E.61.'],
            state_agency: ['no', 'State agencies are governed by Minn. Stat. § 13.055, not § 325E.61.'],
          }),
          encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Minn. Stat. § 325E.61, subd. 1(e)' },
          riskOfHarmException: { exists: false, standard: null },
          personalInformation: PI_325E,
          substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'Minn. Stat. § 325E.61, subd. 1(g)' },
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Affected Minnesota residents',
              citation: 'Minn. Stat. § 325E.61, subd. 1(a), (c)',
              deadline: withoutDelay('discovered', 'in the most expedient time possible and without unreasonable delay after discovery or notification'),
              lawEnforcement: toll('Minn. Stat. § 325E.61, subd. 1(c)'),
              condition: 'Financial institutions as defined in 15 U.S.C. § 6809(3) are exempt (subd. 4).',
              notes: 'Delay to a date certain is allowed if law enforcement affirmatively determines notice would impede a criminal investigation. The statute sets no letter content.',
            }),
            obligation({
              id: 'consumer-reporting-agencies',
              recipient: 'consumer_reporting_agencies',
              recipientName: 'Nationwide consumer reporting agencies',
              citation: 'Minn. Stat. § 325E.61, subd. 2',
              deadline: hours(48, 'discovered'),
              threshold: residents(500, 'more_than'),
              requiredContent: ['Timing, distribution and content of the notices'],
              notes: 'Within 48 hours of discovering circumstances that require notifying more than 500 persons at one time; counted from discovery, the earliest reading.',
            }),
            obligation({
              id: 'vendor-notice',
              recipient: 'data_owner',
              recipientName: 'The data owner (notice from the vendor that maintains the data)',
              citation: 'Minn. Stat. § 325E.61, subd. 1(b)',
              deadline: withoutDelay('discovered', 'immediately following discovery'),
              condition: 'Binds the person or business that maintains data it does not own (the vendor), not the owner.',
            }),
          ],
          confidence: 'high',
          unverified: ['Bloomberg gives 2008-08-01 as the effective date; that is believed to be the § 325E.64 card-data amendment, not the notice duty.'],
          sources: [
            { where: PERKINS_CHART_2021, facts: 'all elements' },
            { where: BLOOMBERG_TABLE, facts: '48 hours, more than 500, substitute notice, financial-institution exemption' },
            { where: 'https://cliclaw.com/library/state-laws/state-security-breach-laws/minnesota-disclosure-data-security-breach', facts: 'effective 2006-01-01; key exception; 48 hours' },
          ],
        },
      ],
    },
    { id: 'MN-13-055', title: 'Minn. Stat. § 13.055: government entities; disclosure of breach in security', scope: 'residents', versions: gov },
    {
      id: 'MN-16E-36',
      title: 'Minn. Stat. § 16E.36: cybersecurity incident reports by public agencies',
      scope: 'home',
      versions: [
        {
          id: 'MN-CYBER-2024',
          effectiveFrom: '2024-12-01',
          effectiveTo: null,
          citations: ['Minn. Stat. § 16E.36 as amended by Laws 2024, ch. 123 (reporting from 2024-12-01)'],
          summary: 'Minnesota state agencies, political subdivisions, school districts and public colleges must report a cybersecurity incident to the Bureau of Criminal Apprehension within 72 hours of identifying it.',
          coverage: governmentOnlyCoverage('Minn. Stat. § 325E.61', {
            local_government: ['yes', '§ 16E.36 names political subdivisions and school districts among the public agencies that must report.'],
            state_agency: ['yes', '§ 16E.36 names state agencies and public postsecondary institutions.'],
          }),
          encryptionSafeHarbor: null,
          riskOfHarmException: null,
          personalInformation: { citation: 'Minn. Stat. § 16E.36 ("cybersecurity incident")', summary: 'any cybersecurity incident, whatever data it touches', combinations: [{ all: [], anyOf: [...DATA_ELEMENTS] }] },
          obligations: [
            obligation({
              id: 'bca-72h',
              recipient: 'state_agency',
              recipientName: 'Bureau of Criminal Apprehension (through the MNIT/BCA cyber incident reporting system)',
              citation: 'Minn. Stat. § 16E.36',
              deadline: hours(72, 'discovered'),
              requiredContent: ['The incident report on the MNIT/BCA form'],
              notes: 'Government contractors must also report incidents affecting the public agency they serve.',
            }),
          ],
          confidence: 'medium',
          unverified: ['The enacted § 16E.36 text was not read; the 72-hour rule, the recipients and the start date come from the League of Minnesota Cities, MNIT and bill summaries.'],
          sources: [
            { where: 'https://lmc.org/?p=38844', facts: 'Laws 2024 ch. 123: report to BCA within 72 hours of identification, from 2024-12-01' },
            { where: 'https://mn.gov/mnit/about-mnit/security/cir/faq.jsp', facts: '§ 16E.36 amended 2024; public agencies report from 2024-12-01' },
          ],
        },
      ],
    },
  ],
};
