// New Jersey: the Identity Theft Prevention Act's breach sections (N.J. Stat. Ann. §§ 56:8-161 to
// 56:8-166), binding businesses and "public entities" alike. The State Police must hear of a breach
// before the customers do.
import type { DataElement, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import {
  BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, immediately, obligation, residents, toll, withIndividuals, withoutDelay,
} from './shared.js';

const CODES: DataElement[] = ['card_security_code', 'access_code', 'password'];
const LE = toll('N.J. Stat. Ann. § 56:8-163(c)(2)');

// P.L. 2019, c. 95 added online credentials (no name needed).
const definition = (era: '2006' | '2019'): PersonalInformationDefinition => ({
  citation: era === '2006' ? 'N.J. Stat. Ann. § 56:8-161 (2005 text)' : 'N.J. Stat. Ann. § 56:8-161',
  summary:
    'first name or initial and last name with an SSN, a driver\'s licence or state ID number, or an account, credit or debit card number with any code or password needed to use it' +
    (era === '2019' ? '; or a user name, email address or other identifier with the password or security answer to an online account' : '') +
    '; dissociated data counts when the means to link it was also accessed',
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'account_number'], anyOf: CODES },
    { all: ['name', 'card_number'], anyOf: CODES },
    ...(era === '2019'
      ? [
          { all: ['username'] as DataElement[], anyOf: ['password', 'security_question'] as DataElement[] },
          { all: ['email'] as DataElement[], anyOf: ['password', 'security_question'] as DataElement[] },
        ]
      : []),
  ],
});

const PUBLIC_ENTITY =
  '§ 56:8-161 defines a public entity to include the State and any county, municipality, district, public authority, public agency or other political subdivision or public body in the State, and § 56:8-163(a) binds public entities that compile or maintain computerized personal information.';
const COVERAGE = coverage({
  business: ['yes', '§ 56:8-163(a) binds any business that conducts business in New Jersey and compiles or maintains computerized records with personal information.'],
  nonprofit: ['yes', '§ 56:8-161 defines a business as any sole proprietorship, partnership, corporation, association or other business entity, whether or not organized for profit.'],
  local_government: ['yes', PUBLIC_ENTITY],
  state_agency: ['yes', PUBLIC_ENTITY],
});

const individuals = (notes: string | null): ObligationRule =>
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected New Jersey residents (customers)',
    citation: 'N.J. Stat. Ann. § 56:8-163(a)',
    deadline: withoutDelay('discovered', 'In the most expedient time possible and without unreasonable delay after discovery or notification, allowing for law enforcement and for measures to determine the scope and restore the system.'),
    lawEnforcement: LE,
    notes,
  });

const OTHERS: ObligationRule[] = [
  obligation({
    id: 'state-police',
    recipient: 'state_agency',
    recipientName: 'New Jersey Division of State Police, Department of Law and Public Safety (through the NJCCIC)',
    citation: 'N.J. Stat. Ann. § 56:8-163(c)(1)',
    deadline: withIndividuals,
    requiredContent: ['The breach of security and any information pertaining to it (the NJCCIC asks how it happened, how many New Jersey residents are affected, and for a sample letter)'],
    notes: 'Must be made in advance of the disclosure to customers, for investigation or handling. Any resident notified triggers it; there is no minimum count.',
  }),
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Each nationwide consumer reporting agency',
    citation: 'N.J. Stat. Ann. § 56:8-163(f)',
    deadline: withoutDelay('discovered', 'Without unreasonable delay once more than 1,000 persons are to be notified at one time.'),
    threshold: residents(1000, 'more_than'),
    lawEnforcement: LE,
    requiredContent: ['The timing, distribution and content of the notices'],
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'N.J. Stat. Ann. § 56:8-163(b)',
    deadline: immediately('discovered', 'Immediately following discovery, if the personal information was or is reasonably believed to have been accessed by an unauthorized person.'),
    lawEnforcement: LE,
    condition: 'Binds a business or public entity that compiles or maintains the records for another, not the owner itself.',
  }),
];

const SHARED = {
  coverage: COVERAGE,
  encryptionSafeHarbor: { exists: true, keyException: false, citation: 'N.J. Stat. Ann. § 56:8-161 (definition of breach of security)' },
  riskOfHarmException: {
    exists: true,
    standard: 'No notice if the business or public entity establishes that misuse of the information is not reasonably possible (§ 56:8-163(a)).',
    recordToKeep: 'The determination in writing, kept for five years (§ 56:8-163(a)).',
  },
  substituteNotice: { costOver: 250_000, recipientsOver: 500_000, citation: 'N.J. Stat. Ann. § 56:8-163(d)' },
};

const versions: RuleVersion[] = [
  {
    id: 'NJ-2006',
    effectiveFrom: '2006-01-01',
    effectiveTo: '2019-08-31',
    citations: ['N.J. Stat. Ann. §§ 56:8-161 to 56:8-166 (Identity Theft Prevention Act, P.L. 2005, c. 226 (A. 4001))'],
    summary: 'New Jersey businesses and public bodies had to report a breach to the State Police before telling affected residents in the most expedient time possible, and the credit bureaus above 1,000.',
    ...SHARED,
    personalInformation: definition('2006'),
    obligations: [individuals(null), ...OTHERS],
    confidence: 'medium',
    unverified: [
      'Start date: Perkins Coie gives 2005-09-22 for the police-report provision and 2006-01-01 for the rest; one 2006 blog says mid-December 2005. 2006-01-01 is used for the whole law.',
      'The statute says nothing about a stolen encryption key; the safe harbour is recorded without a key exception.',
    ],
    sources: [
      { where: 'https://adam.shostack.org/blog/2006/03/new-jerseys-breach-law/', facts: '2005 text of § 56:8-163(c)(1): State Police in advance of customer disclosure' },
      { where: PERKINS_CHART_2021, facts: 'effective dates; CRA >1,000; vendor; risk of harm; substitute notice' },
      { where: BLOOMBERG_TABLE, facts: 'public entity coverage' },
    ],
  },
  {
    id: 'NJ-2019',
    effectiveFrom: '2019-09-01',
    effectiveTo: null,
    citations: ['N.J. Stat. Ann. §§ 56:8-161, 56:8-163 as amended by P.L. 2019, c. 95 (S. 52, signed 2019-05-10, eff. 2019-09-01)'],
    summary: 'New Jersey businesses and public bodies must report a breach to the State Police before telling affected residents in the most expedient time possible, and the credit bureaus above 1,000; online credentials are covered.',
    ...SHARED,
    personalInformation: definition('2019'),
    obligations: [
      individuals('A breach of online credentials alone may be notified electronically, telling the person to change the password or security answer; an email provider may not send it to the compromised account.'),
      ...OTHERS,
    ],
    confidence: 'high',
    unverified: ['Subsection letters of § 56:8-163 come from charts, not the statute.'],
    sources: [
      { where: 'https://www.cyber.nj.gov/data-breach-notifications/', facts: 'State Police report in advance, through NJCCIC; what to report' },
      { where: 'https://klinedinstlaw.com/practice/privacy-data-security/new-jersey', facts: 'credential-only notice method; CRA >1,000 timing, distribution and content' },
      { where: 'https://www.mathe.com/section-568-163/', facts: 'P.L. 2019, c. 95 signed 2019-05-10; online credentials added' },
      { where: PERKINS_CHART_2021, facts: 'S. 52 effective 2019-09-01; written determination kept 5 years' },
    ],
  },
];

export const newJersey: Jurisdiction = {
  code: 'NJ',
  name: 'New Jersey',
  kind: 'state',
  holidays: { country: 'US', state: 'NJ' },
  laws: [{ id: 'NJ-56-8-163', title: 'N.J. Stat. Ann. §§ 56:8-161 to 56:8-166 (Identity Theft Prevention Act: disclosure of breach)', scope: 'residents', versions }],
};
