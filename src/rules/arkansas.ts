// Arkansas: the Personal Information Protection Act (Ark. Code §§ 4-110-101 to 4-110-108), in force
// since 2005; Act 1030 of 2019 added the Attorney General notice, biometric data and a record-keeping
// duty for the no-harm exception.
import type { Coverage, Jurisdiction, OrgCategory, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, calendarDays, coverage, obligation, toll, withoutDelay } from './shared.js';

const LE = toll('Ark. Code § 4-110-105(c)');
const WITH_CODE = ['card_security_code', 'access_code', 'password'] as const;

const personalInformation = (biometric: boolean): PersonalInformationDefinition => ({
  citation: 'Ark. Code § 4-110-103(7)',
  summary: `an individual's name (first name or initial and last name) with an SSN; a driver's licence or Arkansas ID card number; an account, credit or debit card number with any required security code, access code or password; medical information${biometric ? '; or biometric data' : ''}`,
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'medical', ...(biometric ? (['biometric'] as const) : [])] },
    { all: ['name', 'card_number'], anyOf: [...WITH_CODE] },
    { all: ['name', 'account_number'], anyOf: [...WITH_CODE] },
  ],
});

const COVERAGE: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', '§ 4-110-105(a) binds any person or business that acquires, owns or licenses computerized data that includes personal information.'],
  nonprofit: ['yes', '"Business" (§ 4-110-103(2)(A)) includes any association or group, whether or not organized to operate at a profit.'],
  local_government: [
    'uncertain',
    '"Business" (§ 4-110-103(2)(B)) names a state agency but not cities, counties or school districts; whether a local body is a "group, however organized" or a "person" under § 4-110-105 is unsettled.',
  ],
  state_agency: ['yes', '"Business" includes a state agency (§ 4-110-103(2)(B)(ii)); the Act\'s purpose clause (§ 4-110-102) names state agencies.'],
});

const individuals = obligation({
  id: 'individuals',
  recipient: 'individuals',
  recipientName: 'Affected Arkansas residents',
  citation: 'Ark. Code § 4-110-105(a)',
  deadline: withoutDelay(
    'discovered',
    'in the most expedient time and manner possible and without unreasonable delay after discovery or notification of the breach, allowing for law enforcement and for determining the scope and restoring the system',
  ),
  lawEnforcement: LE,
  notes: 'The statute prescribes no letter content. Notice may be written or electronic (E-SIGN).',
});

const vendor = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Ark. Code § 4-110-105(b)(1)',
  deadline: withoutDelay('discovered', 'Immediately following discovery, if the personal information was or is reasonably believed to have been acquired by an unauthorized person.'),
  condition: 'This duty binds a person or business that maintains the data without owning it, not the owner.',
});

// The 1,000 in § 4-110-105(b)(2) is of "individuals" (natural persons, § 4-110-103(4)), not of
// Arkansas residents, so the total affected is compared.
const attorneyGeneral = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Arkansas Attorney General',
  citation: 'Ark. Code § 4-110-105(b)(2)',
  deadline: calendarDays(45, 'determined'),
  threshold: { count: 1000, comparison: 'more_than', of: 'total' },
  lawEnforcement: LE,
  requiredContent: ["Notice of the breach (the Attorney General provides an online reporting form)"],
  notes:
    'Due at the same time the individuals are notified or within 45 days after determining there is a reasonable likelihood of harm, whichever comes first: if residents are notified earlier, notify the Attorney General with them. The threshold counts individuals affected, not only Arkansans.',
});

const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Ark. Code § 4-110-105(e)' };
const HARM_STANDARD = 'No notice if, after a reasonable investigation, the entity determines there is no reasonable likelihood of harm to customers.';

const versions: RuleVersion[] = [
  {
    id: 'AR-2005',
    effectiveFrom: '2005-08-12',
    effectiveTo: '2019-07-22',
    citations: ['Ark. Code §§ 4-110-101 to 4-110-108 (S.B. 1167, Act 1526 of 2005, signed 2005-03-31)'],
    summary: 'Arkansas required notice to affected residents in the most expedient time possible, with no fixed days and no regulator notice.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Ark. Code § 4-110-105(a)(1)' },
    riskOfHarmException: { exists: true, standard: HARM_STANDARD, recordToKeep: null },
    personalInformation: personalInformation(false),
    substituteNotice: SUBSTITUTE,
    obligations: [individuals, vendor],
    confidence: 'medium',
    unverified: [
      'That the 2005 text already counted a state agency as a "business" and already covered medical information was inferred from the current text and the purpose clause.',
      'The safe harbour speaks only of "unencrypted" information; data whose key was also taken is treated as unencrypted here.',
    ],
    sources: [
      { where: 'https://www.wordsbywit.com/arkansas', facts: 'enacted 2005-03-31; most expedient time; law-enforcement delay § 4-110-105(c)' },
      { where: 'http://www.perkinscoie.com/sc_arkansas', facts: 'Act 1526 effective 2005-08-12; Act 1030 effective 2019-07-23; vendor immediately; no-harm exception' },
      { where: BLOOMBERG_TABLE, facts: 'no AG notice before 2019' },
    ],
  },
  {
    id: 'AR-2019',
    effectiveFrom: '2019-07-23',
    effectiveTo: null,
    citations: ['Ark. Code §§ 4-110-101 to 4-110-108 as amended by H.B. 1943 (Act 1030 of 2019, signed 2019-04-15)'],
    summary:
      'Arkansas requires notice to affected residents in the most expedient time possible and, when more than 1,000 individuals are affected, to the Attorney General with that notice or within 45 days of determining a likelihood of harm, whichever is first.',
    coverage: COVERAGE,
    encryptionSafeHarbor: { exists: true, keyException: true, citation: 'Ark. Code § 4-110-105(a)(1)' },
    riskOfHarmException: {
      exists: true,
      standard: HARM_STANDARD,
      recordToKeep: 'The written determination and its supporting records, kept for five years and given to the Attorney General within 30 days of a written request.',
    },
    personalInformation: personalInformation(true),
    substituteNotice: SUBSTITUTE,
    obligations: [individuals, attorneyGeneral, vendor],
    confidence: 'high',
    unverified: [
      'Effective date: Perkins Coie gives 2019-07-23; the general effective date of 2019 acts without an emergency clause is sometimes given as 2019-07-24.',
      'The five-year record and 30-day production rule come from the Bloomberg and Perkins summaries; the subsection was not read.',
      'Whether the Attorney General threshold counts all individuals or only Arkansas residents: the text says "individuals", so the total is compared.',
    ],
    sources: [
      { where: 'https://getpocketlaw.com/law/state_arkansas/section-4-110-105-disclosure-of-security-breaches_d8c966436fc7', facts: '§ 4-110-105(a)-(c) text: expedient notice, vendor immediately, AG over 1,000 at the same time or within 45 days' },
      { where: 'https://instalawyer.io/laws/arkansas-code/4-110-103-definitions', facts: '§ 4-110-103: "business" includes a state agency; medical information; individual = natural person' },
      { where: 'https://arkansasag.gov/resources/contact-us/data-breach-reporting/', facts: 'AG reporting form for businesses, state agencies and health care providers' },
      { where: 'https://www.mintz.com/mintz-matrix/arkansas', facts: 'biometric data; substitute notice $250,000 / 500,000' },
      { where: PERKINS_CHART_2021, facts: 'Act 1030 dates; AG rule; vendor; exception' },
      { where: BLOOMBERG_TABLE, facts: 'record retention five years; AG may request within 30 days' },
    ],
  },
];

export const arkansas: Jurisdiction = {
  code: 'AR',
  name: 'Arkansas',
  kind: 'state',
  holidays: { country: 'US', state: 'AR' },
  laws: [{ id: 'AR-4-110', title: 'Arkansas Personal Information Protection Act, Ark. Code §§ 4-110-101 to 4-110-108', scope: 'residents', versions }],
};
