// Minnesota: § 325E.61 for persons and businesses (Laws 2005, ch. 167, in force 2006-01-01);
// § 13.055 of the Government Data Practices Act for state agencies (from 2006) and all government
// entities (from 2014-08-01); and § 16E.36, cybersecurity incident reports by public agencies.
import type { FactCheck, Jurisdiction, PersonalInformationDefinition, RuleVersion } from './types.js';
import { DATA_ELEMENTS } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const LAWS_2005 = 'https://www.revisor.mn.gov/laws/?year=2005&type=0&doctype=Chapter&id=167 (Laws 2005, ch. 167, § 1: § 325E.61 as enacted)';
const MS_2007_13055 = 'https://www.revisor.mn.gov/statutes/2007/cite/13.055 (Minnesota Statutes 2007, § 13.055)';
const CURRENT_13055 = 'https://www.revisor.mn.gov/statutes/cite/13.055 (current text read in a verbatim LawServer copy, github Ansvar-Systems/US-law-mcp data/seed/states/mn.json, commit 5880474f)';
const SUBD_NOT_READ = 'Only subdivision 1(a)-(b) of § 325E.61 as enacted was read (Laws 2005, ch. 167); the later subdivisions come from summaries.';
const AMENDED_2006 =
  'Laws 2006 amended § 325E.61 (the Akesari dataset holds 2006 H.F. 3488 and S.F. 2002); what they changed (possibly the encryption-key clause and the subd. 4 exemption) and when was not established, so one version covers 2006 onward.';

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
  combinations: [
    {
      all: [],
      anyOf: [
        'ssn', 'drivers_license', 'state_id', 'passport', 'military_id', 'tax_id', 'card_number', 'card_expiration', 'card_security_code', 'account_number',
        'access_code', 'username', 'email', 'password', 'security_question', 'biometric', 'medical', 'health_insurance', 'genetic', 'date_of_birth',
        'mothers_maiden_name', 'digital_signature', 'employee_id', 'billing_address', 'phone', 'geolocation',
      ],
    },
  ],
};

const GOV_CRA = obligation({
  id: 'consumer-reporting-agencies',
  recipient: 'consumer_reporting_agencies',
  recipientName: 'Nationwide consumer reporting agencies',
  citation: 'Minn. Stat. § 13.055, subd. 5',
  deadline: withoutDelay('discovered', 'without unreasonable delay'),
  threshold: residents(1000, 'more_than'),
  requiredContent: ['Timing, distribution and content of the notices'],
  notes: 'When the entity discovers circumstances requiring notice to more than 1,000 individuals at one time.',
});
const GOV_LE = toll('Minn. Stat. § 13.055, subd. 3');
const GOV_SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Minn. Stat. § 13.055, subd. 4' };

// Facts of § 13.055 read in its current text.
const GOV_NO_ENCRYPTION: FactCheck = { kind: 'primary', where: CURRENT_13055, says: 'none: § 13.055 protects private or confidential data whatever its form and has no encryption exemption', checked: CHECKED };
const GOV_NO_HARM: FactCheck = { kind: 'primary', where: CURRENT_13055, says: 'none: any unauthorized acquisition of private or confidential data must be disclosed', checked: CHECKED };
const GOV_FORBIDDEN: FactCheck = { kind: 'primary', where: CURRENT_13055, says: 'none: § 13.055 forbids nothing in the notice', checked: CHECKED };

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
    encryptionSafeHarbor: null,
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: PI_GOV,
    substituteNotice: GOV_SUBSTITUTE,
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
    confidence: 'low',
    unverified: ['The day § 13.055 first took effect (2006-01-01 assumed; it appears in Minnesota Statutes 2005).', 'Subdivisions 3-5 (law enforcement, substitute notice, credit bureaus) of the 2005-2013 text were not read; the current text is assumed unchanged on them.'],
    sources: [
      { where: 'https://www.revisor.mn.gov/statutes/2005/cite/13.055', facts: '2005 text: state agencies, breach definition, notice standard' },
      { where: MS_2007_13055, facts: '2007 text subd. 1-2: state agencies, definitions, the most expedient time possible' },
      { where: BLOOMBERG_TABLE, facts: 'CRA more than 1,000; substitute notice' },
    ],
    verification: {
      effective_dates: { kind: 'none', where: 'https://www.revisor.mn.gov/statutes/2005/cite/13.055', says: 'the section is in Minnesota Statutes 2005; 2006-01-01 is assumed; Laws 2014, ch. 284 replaced it from 2014-08-01', checked: CHECKED, why: 'The 2005 session law that enacted § 13.055 was not found; the start date is an assumption.' },
      coverage: { kind: 'primary', where: MS_2007_13055, says: 'subd. 1-2: a "state agency" holding private or confidential data on individuals', checked: CHECKED },
      personal_information: { kind: 'primary', where: MS_2007_13055, says: 'subd. 2: private or confidential data on individuals acquired by an unauthorized person', checked: CHECKED },
      encryption: { kind: 'primary', where: MS_2007_13055, says: 'none: subd. 1-2 make no exception for encrypted data', checked: CHECKED },
      risk_of_harm: { kind: 'primary', where: MS_2007_13055, says: 'none: any unauthorized acquisition must be disclosed', checked: CHECKED },
      deadline: { kind: 'primary', where: MS_2007_13055, says: 'subd. 2: in the most expedient time possible and without unreasonable delay', checked: CHECKED },
      anchor: { kind: 'primary', where: MS_2007_13055, says: 'subd. 2: following discovery or notification of the breach', checked: CHECKED },
      threshold: { kind: 'secondary', where: `${CURRENT_13055}; ${BLOOMBERG_TABLE}`, says: 'individuals: any number; credit bureaus: more than 1,000 at one time', checked: CHECKED, why: 'Subd. 5 of the 2007 text was not read; the current text says more than 1,000.' },
      law_enforcement: { kind: 'secondary', where: CURRENT_13055, says: 'subd. 3: delay while law enforcement says notice would impede an active criminal investigation; then notice', checked: CHECKED, why: 'Subd. 3 of the 2007 text was not read; the current text was.' },
      substitute_notice: { kind: 'secondary', where: `${CURRENT_13055}; ${BLOOMBERG_TABLE}`, says: 'subd. 4: cost over $250,000, more than 500,000, or no contact information', checked: CHECKED, why: 'Subd. 4 of the 2007 text was not read; the current text was.' },
      required_content: { kind: 'primary', where: MS_2007_13055, says: 'subd. 2 (2007): notification of the breach, no content prescribed', checked: CHECKED },
      forbidden_content: { kind: 'primary', where: MS_2007_13055, says: 'none: subd. 1-2 forbid nothing', checked: CHECKED },
    },
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
    encryptionSafeHarbor: null,
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: PI_GOV,
    substituteNotice: GOV_SUBSTITUTE,
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
      { where: CURRENT_13055, facts: 'current § 13.055 subd. 1-6: definitions, written notice with report information, law-enforcement delay, methods, credit bureaus above 1,000' },
      { where: BLOOMBERG_TABLE, facts: 'government entities from 2014-08-01; CRA more than 1,000' },
      { where: 'mn.gov/admin/data-practices/data/warnings/breaches/', facts: 'notice content' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'Laws 2014, ch. 284 in force 2014-08-01', checked: CHECKED, why: 'The 2014 chapter law was not read.' },
      coverage: { kind: 'primary', where: CURRENT_13055, says: 'subd. 2: a "government entity" (state agencies and political subdivisions) holding private or confidential data on individuals', checked: CHECKED },
      personal_information: { kind: 'primary', where: CURRENT_13055, says: 'subd. 1-2: private or confidential data obtained, accessed or viewed without consent or authority', checked: CHECKED },
      encryption: GOV_NO_ENCRYPTION,
      risk_of_harm: GOV_NO_HARM,
      deadline: { kind: 'primary', where: CURRENT_13055, says: 'subd. 2(a): in the most expedient time possible and without unreasonable delay', checked: CHECKED },
      anchor: { kind: 'primary', where: CURRENT_13055, says: 'subd. 2(a): following discovery or notification of the breach', checked: CHECKED },
      threshold: { kind: 'primary', where: CURRENT_13055, says: 'individuals: any number; credit bureaus: more than 1,000 individuals at one time (subd. 5)', checked: CHECKED },
      law_enforcement: { kind: 'primary', where: CURRENT_13055, says: 'subd. 3: delay while law enforcement says notice would impede an active criminal investigation; notice once it will not', checked: CHECKED },
      substitute_notice: { kind: 'primary', where: CURRENT_13055, says: 'subd. 4(c): cost over $250,000, more than 500,000, or no contact information; e-mail, website and media', checked: CHECKED },
      required_content: { kind: 'primary', where: CURRENT_13055, says: 'subd. 2(a): written notice saying a report will be prepared, how to get it, and that it can be mailed or e-mailed', checked: CHECKED },
      forbidden_content: GOV_FORBIDDEN,
    },
  },
];

const CYBER_WHY = 'The enacted § 16E.36 text was not read; the rule comes from the League of Minnesota Cities and MNIT.';

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
            business: ['yes', '§ 325E.61, subd. 1(a): any person or business that conducts business in Minnesota and owns or licenses data that includes personal information.'],
            nonprofit: ['yes', 'A nonprofit is a "person" (Minn. Stat. § 645.44, subd. 7) and is covered when it conducts business in Minnesota.'],
            local_government: ['no', 'Government entities are governed by Minn. Stat. § 13.055, not § 325E.61.'],
            state_agency: ['no', 'State agencies are governed by Minn. Stat. § 13.055, not § 325E.61.'],
          }),
          encryptionSafeHarbor: {
            exists: true,
            keyException: true,
            keyReading: 'express',
            keyWording: 'subd. 1(a): notice to residents whose "unencrypted" information was acquired; subd. 1(e) (per summaries): elements count when not secured by encryption, or secured but the key, password or other means of reading them was also acquired.',
            citation: 'Minn. Stat. § 325E.61, subd. 1(a), (e)',
          },
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
          confidence: 'low',
          unverified: [
            SUBD_NOT_READ,
            AMENDED_2006,
            'Bloomberg gives 2008-08-01 as the effective date; that is believed to be the § 325E.64 card-data amendment, not the notice duty.',
          ],
          sources: [
            { where: LAWS_2005, facts: 'subd. 1(a)-(b): persons and businesses conducting business in Minnesota; unencrypted data; most expedient time possible; vendor immediately' },
            { where: PERKINS_CHART_2021, facts: 'all elements' },
            { where: BLOOMBERG_TABLE, facts: '48 hours, more than 500, substitute notice, financial-institution exemption' },
            { where: 'https://cliclaw.com/library/state-laws/state-security-breach-laws/minnesota-disclosure-data-security-breach', facts: 'effective 2006-01-01; key exception; 48 hours' },
          ],
          verification: {
            effective_dates: { kind: 'secondary', where: 'https://cliclaw.com/library/state-laws/state-security-breach-laws/minnesota-disclosure-data-security-breach', says: 'in force 2006-01-01', checked: CHECKED, why: 'The effective-date section of Laws 2005, ch. 167 was not in the part read.' },
            coverage: { kind: 'primary', where: LAWS_2005, says: 'subd. 1(a): any person or business that conducts business in Minnesota and owns or licenses data including personal information', checked: CHECKED },
            personal_information: { kind: 'secondary', where: `${PERKINS_CHART_2021}; ${BLOOMBERG_TABLE}`, says: 'name with SSN, licence or Minnesota ID, or account or card number with its code', checked: CHECKED, why: SUBD_NOT_READ },
            encryption: { kind: 'secondary', where: `${LAWS_2005}; https://cliclaw.com/library/state-laws/state-security-breach-laws/minnesota-disclosure-data-security-breach`, says: 'subd. 1(a) covers "unencrypted" information (read); the key clause of subd. 1(e) from summaries', checked: CHECKED, why: `${SUBD_NOT_READ} ${AMENDED_2006}` },
            risk_of_harm: { kind: 'primary', where: LAWS_2005, says: 'none: subd. 1(a) requires notice of any breach of unencrypted personal information, with no harm test', checked: CHECKED },
            deadline: { kind: 'primary', where: LAWS_2005, says: 'subd. 1(a): in the most expedient time possible and without unreasonable delay; credit bureaus within 48 hours (subd. 2, from summaries)', checked: CHECKED },
            anchor: { kind: 'primary', where: LAWS_2005, says: 'subd. 1(a): following discovery or notification of the breach; vendor immediately following discovery (subd. 1(b))', checked: CHECKED },
            threshold: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; https://www.wordsbywit.com/minnesota`, says: 'individuals: any number; credit bureaus: more than 500 persons at one time', checked: CHECKED, why: SUBD_NOT_READ },
            law_enforcement: { kind: 'secondary', where: `${LAWS_2005}; ${PERKINS_CHART_2021}`, says: 'subd. 1(a) defers to law enforcement "as provided in paragraph (c)": delay while notice would impede a criminal investigation', checked: CHECKED, why: 'Paragraph (c) itself was not in the part read.' },
            substitute_notice: { kind: 'secondary', where: BLOOMBERG_TABLE, says: 'cost over $250,000, more than 500,000, or no contact information', checked: CHECKED, why: SUBD_NOT_READ },
            required_content: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'none prescribed for the letter', checked: CHECKED, why: SUBD_NOT_READ },
            forbidden_content: { kind: 'secondary', where: PERKINS_CHART_2021, says: 'none: the text sets nothing of the kind', checked: CHECKED, why: SUBD_NOT_READ },
          },
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
          confidence: 'low',
          unverified: [CYBER_WHY],
          sources: [
            { where: 'https://lmc.org/?p=38844', facts: 'Laws 2024 ch. 123: report to BCA within 72 hours of identification, from 2024-12-01' },
            { where: 'https://mn.gov/mnit/about-mnit/security/cir/faq.jsp', facts: '§ 16E.36 amended 2024; public agencies report from 2024-12-01' },
          ],
          verification: {
            effective_dates: { kind: 'secondary', where: 'https://lmc.org/?p=38844; https://mn.gov/mnit/about-mnit/security/cir/faq.jsp', says: 'reporting duty from 2024-12-01 (Laws 2024, ch. 123)', checked: CHECKED, why: CYBER_WHY },
            coverage: { kind: 'secondary', where: 'https://lmc.org/?p=38844', says: 'state agencies, political subdivisions, school districts, public colleges', checked: CHECKED, why: CYBER_WHY },
            personal_information: { kind: 'secondary', where: 'https://mn.gov/mnit/about-mnit/security/cir/faq.jsp', says: 'any cybersecurity incident', checked: CHECKED, why: CYBER_WHY },
            encryption: { kind: 'secondary', where: 'https://mn.gov/mnit/about-mnit/security/cir/faq.jsp', says: 'none: an incident report, not a breach notice', checked: CHECKED, why: CYBER_WHY },
            risk_of_harm: { kind: 'secondary', where: 'https://mn.gov/mnit/about-mnit/security/cir/faq.jsp', says: 'none: the text sets nothing of the kind', checked: CHECKED, why: CYBER_WHY },
            deadline: { kind: 'secondary', where: 'https://lmc.org/?p=38844', says: 'within 72 hours', checked: CHECKED, why: CYBER_WHY },
            anchor: { kind: 'secondary', where: 'https://lmc.org/?p=38844', says: 'from identifying the incident (recorded as discovery)', checked: CHECKED, why: CYBER_WHY },
            threshold: { kind: 'secondary', where: 'https://lmc.org/?p=38844', says: 'none: the text sets nothing of the kind', checked: CHECKED, why: CYBER_WHY },
            law_enforcement: { kind: 'secondary', where: 'https://lmc.org/?p=38844', says: 'none: the report goes to the BCA itself', checked: CHECKED, why: CYBER_WHY },
            substitute_notice: { kind: 'secondary', where: 'https://lmc.org/?p=38844', says: 'none: not a notice to individuals', checked: CHECKED, why: CYBER_WHY },
            required_content: { kind: 'secondary', where: 'https://mn.gov/mnit/about-mnit/security/cir/faq.jsp', says: 'what the MNIT/BCA form asks', checked: CHECKED, why: CYBER_WHY },
            forbidden_content: { kind: 'secondary', where: 'https://lmc.org/?p=38844', says: 'none: the text sets nothing of the kind', checked: CHECKED, why: CYBER_WHY },
          },
        },
      ],
    },
  ],
  channels: [
    NATIONWIDE_CRAS,
    {
      recipient: 'state_agency',
      obligations: ['bca-72h'],
      name: 'Minnesota Bureau of Criminal Apprehension and MNIT (cyber incident reporting)',
      ways: [{ kind: 'online_form', value: 'https://mn.gov/mnit/about-mnit/security/cir/', formName: 'Cyber Incident Reporting (MNIT/BCA)' }],
      asksFor: ['The incident details the MNIT/BCA reporting form asks for'],
      source: 'https://mn.gov/mnit/about-mnit/security/cir/faq.jsp (cited by earlier research; not re-read)',
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: "Minnesota Attorney General's Office",
    phone: '1-800-657-3787',
    website: 'www.ag.state.mn.us',
    address: '445 Minnesota Street, Suite 1400, St. Paul, MN 55101',
    source: 'http://www.ag.state.mn.us/Consumer/Seniors/SLR/SLR_2.asp (1400 Bremer Tower, 445 Minnesota Street; (800) 657-3787; an older page of the office). The statutes do not require it in letters.',
    checked: CHECKED,
  },
};
