// Michigan: the Identity Theft Protection Act (2004 PA 452), whose breach-notice section
// (MCL 445.72) came with 2006 PA 566 (in force 2007-07-02) and was amended by 2010 PA 315
// (in force 2011-04-01). It binds persons and "agencies" (units of state government).
import type { FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const MCL_ACT = 'https://renderpdf.legislature.mi.gov/Laws/MCL?objectName=mcl-act-452-of-2004';
const SB_888 = 'https://legiscan.com/MI/text/SB0888/2023 (2024 bill reproducing MCL 445.63 and 445.72 "as amended by 2010 PA 318 / 315")';
const NOT_READ = 'The text of MCL 445.72 could not be read in full (the legislature\'s page and the 2024 bill that reproduces it were reachable only in their opening lines); this fact rests on summaries.';
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
const SAFE_HARBOR = {
  exists: true,
  keyException: true,
  keyReading: 'express',
  keyWording: '§ 445.72(1)(a)-(b): notice to residents whose unencrypted and unredacted information was accessed and acquired, or whose information was acquired in encrypted form by a person with unauthorized access to the encryption key.',
  citation: 'Mich. Comp. Laws § 445.72(1)(b)',
} as const;

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
    notes: 'Follows the resident notice. Sources disagree whether exactly 1,000 residents triggers it (see the version\'s open questions); breachdesk counts 1,000 as enough.',
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
const THRESHOLD_OPEN =
  'The credit-bureau threshold: Bloomberg says fewer than 1,000 are exempt (1,000 triggers it), TechInsurance says more than 1,000; § 445.72(8)(a) is believed to exempt notice "to 1,000 or fewer residents", which would make it more than 1,000. breachdesk keeps 1,000 or more, the safer reading, until the text is read.';
const SB_360 =
  'S.B. 360-364 (2025), which would add an Attorney General notice for 100 or more residents and a 45-day limit, was reported in committee in June 2025 and is listed as passed by the Senate; Fisher Phillips (2025-09-09) still called it pending, and no enactment by 2026-12-08 was found (not checked on the legislature\'s site). S.B. 888 of 2024 was only introduced.';

// Facts the two versions share.
const F: Record<'coverage' | 'pi' | 'encryption' | 'harm' | 'deadline' | 'anchor' | 'threshold' | 'le' | 'substitute' | 'content' | 'forbidden', FactCheck> = {
  coverage: { kind: 'secondary', where: `${SB_888}; https://www.consumerlawyers.com/michigan-identity-theft-protection-act`, says: '§ 445.63(a): "agency" is a unit of state government incl. higher education, not courts; "person" from summaries', checked: CHECKED, why: 'The "agency" definition was read in the 2024 bill and a verbatim copy; the "person" definition was not read.' },
  pi: { kind: 'secondary', where: 'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/michigan.aspx', says: 'name linked to SSN, licence or state ID, or account or card number with its code', checked: CHECKED, why: '§ 445.63 was read only in a vendor summary that quotes it.' },
  encryption: { kind: 'secondary', where: 'GitHub legal dataset row quoting § 445.72(1)-(1)(a) from legislature.mi.gov; mcafee.com (quoting (1)(b))', says: 'unencrypted and unredacted data, or encrypted data taken by someone with unauthorized access to the key', checked: CHECKED, why: '(1)(a) was read in a quoted row; (1)(b) only in a summary that quotes it.' },
  harm: { kind: 'secondary', where: 'GitHub legal dataset row quoting § 445.72(1) from legislature.mi.gov; https://dwt.com/gcp/states/michigan', says: 'no notice if the breach has not caused and is not likely to cause substantial loss, injury or identity theft', checked: CHECKED, why: 'Only the opening of § 445.72(1) was read in a quoted row.' },
  deadline: { kind: 'secondary', where: 'https://klinedinstlaw.com/practice/privacy-data-security/michigan; https://www.wordsbywit.com/michigan', says: '§ 445.72(4): without unreasonable delay; no number of days', checked: CHECKED, why: NOT_READ },
  anchor: { kind: 'secondary', where: 'https://www.wordsbywit.com/michigan', says: 'from discovery or notice of the breach', checked: CHECKED, why: NOT_READ },
  threshold: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; http://www.techinsurance.com/resources/customer-education/data-breach-laws/michigan/`, says: 'individuals: any number; credit bureaus: sources disagree on 1,000 exactly', checked: CHECKED, why: NOT_READ },
  le: { kind: 'secondary', where: 'https://kb.reliclawpllc.com/2021/01/14/michigan-data-breach-notification-law/', says: 'delay while law enforcement says notice would impede a criminal or civil investigation or homeland security', checked: CHECKED, why: NOT_READ },
  substitute: { kind: 'secondary', where: 'http://www.techinsurance.com/resources/customer-education/data-breach-laws/michigan/', says: 'cost over $250,000 or more than 500,000 residents', checked: CHECKED, why: NOT_READ },
  content: { kind: 'secondary', where: 'https://klinedinstlaw.com/practice/privacy-data-security/michigan', says: 'clear and conspicuous; breach in general terms; type of data; what was done; phone number; reminder to remain vigilant', checked: CHECKED, why: NOT_READ },
  forbidden: { kind: 'secondary', where: 'https://klinedinstlaw.com/practice/privacy-data-security/michigan', says: 'none known: summaries list no forbidden content', checked: CHECKED, why: NOT_READ },
};

const versions: RuleVersion[] = [
  {
    id: 'MI-2007',
    effectiveFrom: '2007-07-02',
    effectiveTo: '2011-03-31',
    citations: ['Mich. Comp. Laws §§ 445.63, 445.72 (2006 PA 566, S.B. 309, eff. 2007-07-02)'],
    summary: 'Michigan required notice to affected residents without unreasonable delay unless substantial loss, injury or identity theft was unlikely, and to the credit bureaus when 1,000 or more were notified.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM,
    personalInformation: PI,
    substituteNotice: SUBSTITUTE,
    obligations,
    confidence: 'low',
    unverified: [
      'The 2006 PA 566 text was not read: this version copies the current duties. What 2010 PA 315 changed was not established (the Akesari dataset dates the encryption-key rule to 2011-04-01, so the key exception may be new in 2011; it is kept here as the safer reading).',
      THRESHOLD_OPEN,
    ],
    sources: [
      { where: MCL_ACT, facts: 'act history: "Am. 2006, Act 566, Eff. July 2, 2007"' },
      { where: BLOOMBERG_TABLE, facts: 'effective 2007-07-02, amended by 2010 PA 315 effective 2011-04-01' },
      { where: 'github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4) data/all_laws.txt', facts: 'CRA notice 2007-07-02; encryption rule 2011-04-01' },
    ],
    verification: {
      effective_dates: { kind: 'primary', where: MCL_ACT, says: 'the act history on the legislature\'s site: amended by 2006 PA 566, effective 2007-07-02', checked: CHECKED },
      coverage: F.coverage,
      personal_information: F.pi,
      encryption: { ...F.encryption, why: 'The 2006 text was not read; the key rule may date only from 2011 (Akesari dataset).' },
      risk_of_harm: F.harm,
      deadline: F.deadline,
      anchor: F.anchor,
      threshold: F.threshold,
      law_enforcement: F.le,
      substitute_notice: F.substitute,
      required_content: F.content,
      forbidden_content: F.forbidden,
    },
  },
  {
    id: 'MI-2011',
    effectiveFrom: '2011-04-01',
    effectiveTo: null,
    citations: ['Mich. Comp. Laws §§ 445.63, 445.72 as amended by 2010 PA 315 (S.B. 223, eff. 2011-04-01)'],
    summary: 'Michigan requires notice to affected residents without unreasonable delay unless substantial loss, injury or identity theft is unlikely, and to the credit bureaus when 1,000 or more are notified; there is no Attorney General notice.',
    coverage: COVERAGE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: HARM,
    personalInformation: PI,
    substituteNotice: SUBSTITUTE,
    obligations,
    confidence: 'low',
    unverified: [NOT_READ, THRESHOLD_OPEN, SB_360],
    sources: [
      { where: PERKINS_CHART_2021, facts: 'application, agency definition, vendor rule, content' },
      { where: BLOOMBERG_TABLE, facts: 'content, CRA (fewer than 1,000 exempt), substitute $250,000/500,000, penalties' },
      { where: SB_888, facts: '2024 bill still shows §§ 445.63/445.72 as last amended by 2010 PA 318/315' },
      { where: 'https://www.michiganvotes.org/legislation/2025/senate/bill-363', facts: 'S.B. 360-364 (2025): AG notice above 100 residents; reported in the Senate June 2025' },
      { where: 'https://www.fisherphillips.com/en/news-insights/what-businesses-need-to-know-about-pending-consumer-privacy-and-identity-theft-legislation.html', facts: 'S.B. 360 still pending on 2025-09-09' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${BLOOMBERG_TABLE}; ${SB_888}`, says: '2010 PA 315 in force 2011-04-01 and still the last amendment in 2024', checked: CHECKED, why: 'The 2010 public act was not read; the 2024 bill names it as the last amendment, the date is Bloomberg\'s.' },
      coverage: F.coverage,
      personal_information: F.pi,
      encryption: F.encryption,
      risk_of_harm: F.harm,
      deadline: F.deadline,
      anchor: F.anchor,
      threshold: F.threshold,
      law_enforcement: F.le,
      substitute_notice: F.substitute,
      required_content: F.content,
      forbidden_content: F.forbidden,
    },
  },
];

export const michigan: Jurisdiction = {
  code: 'MI',
  name: 'Michigan',
  kind: 'state',
  holidays: { country: 'US', state: 'MI' },
  laws: [{ id: 'MI-MCL-445-72', title: 'Identity Theft Protection Act, Mich. Comp. Laws § 445.72 (notice of security breach)', scope: 'residents', versions }],
  channels: [NATIONWIDE_CRAS],
  consumerContact: {
    name: 'Michigan Department of Attorney General, Consumer Protection Division',
    phone: '1-877-765-8388',
    website: 'www.michigan.gov/ag',
    address: 'G. Mennen Williams Building, 525 W. Ottawa Street, P.O. Box 30212, Lansing, MI 48909',
    source: 'Address from https://www.michigan.gov/ag (Department of Attorney General contact page); the consumer-protection toll-free line is the one the Department publishes, not re-read in this check. The statute does not require it in letters.',
    checked: CHECKED,
  },
};
