// Michigan: the Identity Theft Protection Act (2004 PA 452), whose breach-notice section
// (MCL 445.72) came with 2006 PA 566 (in force 2007-07-02) and was amended by 2010 PA 315
// (in force 2011-04-01). It binds persons and "agencies" (units of state government).
import type { Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const LE = toll('Mich. Comp. Laws § 445.72(4)');

const PI: PersonalInformationDefinition = {
  citation: 'Mich. Comp. Laws § 445.63 ("personal information")',
  summary: "a first name or initial and last name linked to an SSN, a driver's licence or state personal ID card number, or a demand deposit or other financial account number or credit/debit card number with the code or password that opens the account",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};

const COVERAGE = coverage({
  business: ['yes', 'Mich. Comp. Laws § 445.72(1): a person (individual, partnership, corporation, LLC, association or other legal entity, § 445.63) that owns or licenses data in a database.'],
  nonprofit: ['yes', 'A nonprofit corporation or association is a "person" under § 445.63.'],
  local_government: [
    'uncertain',
    '§ 445.63 defines "agency" as a unit of state government only; whether a county, city or township is a "person" ("other legal entity") is not settled. breachdesk treats the duties as applying.',
  ],
  state_agency: ['yes', '§ 445.63: "agency" is a department, board, commission, office, agency, authority or other unit of state government, including state institutions of higher education (not courts).'],
});

const HARM = {
  exists: true,
  standard: 'No notice if the person or agency determines the breach has not caused and is not likely to cause substantial loss or injury to, or identity theft for, one or more Michigan residents (§ 445.72(1)).',
  recordToKeep: null,
};

const obligations: ObligationRule[] = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected Michigan residents',
    citation: 'Mich. Comp. Laws § 445.72(1), (4), (6)',
    deadline: withoutDelay('discovered', 'without unreasonable delay after discovering or being notified of the breach'),
    lawEnforcement: LE,
    requiredContent: [
      'Written or delivered in a clear and conspicuous manner',
      'The security breach described in general terms',
      'The type of personal information that was the subject of unauthorized access or use',
      'If applicable, what the person or agency has done to protect data from further breaches',
      'A telephone number for assistance or more information',
      'A reminder to remain vigilant for incidents of fraud and identity theft',
    ],
    letterElements: ['what_happened', 'information_involved', 'what_we_are_doing', 'contact', 'what_you_can_do'],
    condition: 'GLBA-regulated financial institutions and HIPAA covered entities following their own rules are deemed compliant (§ 445.72(9)-(10)); insurance-code entities are exempt from the act (§ 445.64) and follow MCL 500.559 et seq.',
    notes: 'Delay is allowed to determine the scope and restore the database, and while law enforcement says notice would impede an investigation or jeopardise homeland or national security. Telephone notice needs consent or written follow-up within 3 business days.',
  }),
  obligation({
    id: 'consumer-reporting-agencies',
    recipient: 'consumer_reporting_agencies',
    recipientName: 'Nationwide consumer reporting agencies',
    citation: 'Mich. Comp. Laws § 445.72(8)',
    deadline: withoutDelay('discovered', 'without unreasonable delay after the resident notices'),
    threshold: residents(1000, 'at_least'),
    lawEnforcement: LE,
    requiredContent: ['The number of notices given to Michigan residents', 'The timing of those notices'],
    condition: 'Not required of a person subject to GLBA Title V (§ 445.72(8)(b)).',
    notes: 'Follows the resident notice; not required when fewer than 1,000 residents are notified.',
  }),
  obligation({
    id: 'vendor-notice',
    recipient: 'data_owner',
    recipientName: 'The data owner (notice from the vendor that maintains the data)',
    citation: 'Mich. Comp. Laws § 445.72(2), (4)',
    deadline: withoutDelay('discovered', 'without unreasonable delay after discovery'),
    lawEnforcement: LE,
    condition: 'Binds the person or agency that maintains a database it does not own or license (the vendor), not the owner; none is owed if the vendor finds no likely substantial loss, injury or identity theft.',
  }),
];

const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Mich. Comp. Laws § 445.72(5)' };

const versions: RuleVersion[] = [
  {
    id: 'MI-2007',
    effectiveFrom: '2007-07-02',
    effectiveTo: '2011-03-31',
    citations: ['Mich. Comp. Laws §§ 445.63, 445.72 (2006 PA 566, S.B. 309, eff. 2007-07-02)'],
    summary: 'Michigan required notice to affected residents without unreasonable delay unless substantial loss, injury or identity theft was unlikely, and to the credit bureaus when 1,000 or more were notified.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Mich. Comp. Laws § 445.72(1) (2006 PA 566)' },
    riskOfHarmException: HARM,
    personalInformation: PI,
    substituteNotice: SUBSTITUTE,
    obligations,
    confidence: 'medium',
    unverified: [
      'The 2006 PA 566 text was not read: this version copies the current duties. What 2010 PA 315 changed was not established (the Akesari dataset dates the encryption-key rule to 2011-04-01, so the key exception may be new in 2011; it is kept here as the safer reading).',
    ],
    sources: [
      { where: BLOOMBERG_TABLE, facts: 'effective 2007-07-02, amended by 2010 PA 315 effective 2011-04-01' },
      { where: 'https://renderpdf.legislature.mi.gov/Laws/MCL?objectName=mcl-act-452-of-2004', facts: 'act history: 2006 PA 566 effective 2007-07-02' },
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4) data/all_laws.txt', facts: 'CRA notice 2007-07-02; encryption rule 2011-04-01' },
    ],
  },
  {
    id: 'MI-2011',
    effectiveFrom: '2011-04-01',
    effectiveTo: null,
    citations: ['Mich. Comp. Laws §§ 445.63, 445.72 as amended by 2010 PA 315 (S.B. 223, eff. 2011-04-01)'],
    summary: 'Michigan requires notice to affected residents without unreasonable delay unless substantial loss, injury or identity theft is unlikely, and to the credit bureaus when 1,000 or more are notified; there is no Attorney General notice.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Mich. Comp. Laws § 445.72(1)(b)' },
    riskOfHarmException: HARM,
    personalInformation: PI,
    substituteNotice: SUBSTITUTE,
    obligations,
    confidence: 'high',
    unverified: ['S.B. 888 (2024), which would add an Attorney General notice for more than 100 residents, was introduced only; no later enactment was checked.'],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'application, agency definition, vendor rule, content' },
      { where: BLOOMBERG_TABLE, facts: 'content, CRA (fewer than 1,000 exempt), substitute $250,000/500,000, penalties' },
      { where: 'https://legiscan.com/MI/text/SB0888/2023', facts: '2024 bill still shows §§ 445.63/445.72 as last amended by 2010 PA 318/315' },
    ],
  },
];

export const michigan: Jurisdiction = {
  code: 'MI',
  name: 'Michigan',
  kind: 'state',
  holidays: { country: 'US', state: 'MI' },
  laws: [{ id: 'MI-MCL-445-72', title: 'Identity Theft Protection Act, Mich. Comp. Laws § 445.72 (notice of security breach)', scope: 'residents', versions }],
};
