// Arkansas: the Personal Information Protection Act (Ark. Code §§ 4-110-101 to 4-110-108), in force
// since 2005; Act 1030 of 2019 added the Attorney General notice, biometric data and a record-keeping
// duty for the no-harm exception. Every version is written out as data.
import type { Coverage, EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, OrgCategory, PersonalInformationDefinition, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, earlierOf, obligation, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';
const LE = toll('Ark. Code § 4-110-105(c)');

// Sources read for this module.
const POCKETLAW_105 = 'https://getpocketlaw.com/law/state_arkansas/section-4-110-105-disclosure-of-security-breaches_d8c966436fc7 (Ark. Code § 4-110-105 as amended by Act 1030, verbatim with subsections)';
const INSTALAWYER_103 = 'https://instalawyer.io/laws/arkansas-code/4-110-103-definitions (Ark. Code § 4-110-103, verbatim)';
const AG_FORM = 'https://arkansasag.gov/resources/contact-us/data-breach-reporting/';

const PI_2005: PersonalInformationDefinition = {
  citation: 'Ark. Code § 4-110-103(7)',
  summary:
    "an individual's name (first name or initial and last name) with an SSN; a driver's licence or Arkansas ID card number; an account, credit or debit card number with any required security code, access code or password; or medical information",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'medical'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};

const PI_2019: PersonalInformationDefinition = {
  citation: 'Ark. Code § 4-110-103(7) as amended by Act 1030 of 2019',
  summary:
    "an individual's name (first name or initial and last name) with an SSN; a driver's licence or Arkansas ID card number; an account, credit or debit card number with any required security code, access code or password; medical information; or biometric data",
  combinations: [
    { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'medical', 'biometric'] },
    { all: ['name', 'card_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
    { all: ['name', 'account_number'], anyOf: ['card_security_code', 'access_code', 'password'] },
  ],
};

const COVERAGE: Record<OrgCategory, Coverage> = coverage({
  business: ['yes', '§ 4-110-105(a)(1) binds any person or business that acquires, owns or licenses computerized data that includes personal information.'],
  nonprofit: ['yes', '"Business" (§ 4-110-103(2)(A)) includes any association or other group, however organized and whether or not organized to operate at a profit.'],
  local_government: [
    'uncertain',
    '"Business" (§ 4-110-103(2)(B)) names a state agency but not cities, counties or school districts; whether a local body is a "group, however organized" or a "person" under § 4-110-105 is unsettled.',
  ],
  state_agency: ['yes', '"Business" includes a state agency (§ 4-110-103(2)(B)(ii)); the purpose clause (§ 4-110-102) names state agencies.'],
});

const individuals: ObligationRule = obligation({
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

const vendor: ObligationRule = obligation({
  id: 'vendor-notice',
  recipient: 'data_owner',
  recipientName: 'The data owner (notice from the vendor that maintains the data)',
  citation: 'Ark. Code § 4-110-105(b)(1)',
  deadline: withoutDelay('discovered', 'Immediately following discovery, if the personal information was or is reasonably believed to have been acquired by an unauthorized person.'),
  condition: 'This duty binds a person or business that maintains the data without owning it, not the owner.',
});

// § 4-110-105(b)(2) (Act 1030): "at the same time the security breach is disclosed to an affected
// individual or within forty-five (45) days after the person or business determines that there is a
// reasonable likelihood of harm to customers, whichever occurs first", when the breach affects the
// personal information of "more than one thousand (1,000) individuals" (natural persons,
// § 4-110-103(4), not only Arkansans), so the total affected is compared.
const attorneyGeneral: ObligationRule = obligation({
  id: 'attorney-general',
  recipient: 'attorney_general',
  recipientName: 'Arkansas Attorney General',
  citation: 'Ark. Code § 4-110-105(b)(2)',
  deadline: earlierOf({ kind: 'relative', to: 'individuals', relation: 'with' }, { kind: 'calendar_days', days: 45, anchor: 'determined' }),
  threshold: { count: 1000, comparison: 'more_than', of: 'total' },
  lawEnforcement: LE,
  requiredContent: ['Disclosure of the security breach (the statute lists no content; the Attorney General provides an online reporting form)'],
  notes:
    'Due at the same time as the notice to affected individuals or within 45 days after determining there is a reasonable likelihood of harm to customers, whichever comes first. The threshold counts individuals affected, not only Arkansans. Record the harm determination as the "determined" event.',
});

const SUBSTITUTE = { costOver: 250_000, recipientsOver: 500_000, citation: 'Ark. Code § 4-110-105(e)' };
const HARM_STANDARD = 'No notice if, after a reasonable investigation, the entity determines there is no reasonable likelihood of harm to customers.';
const ENCRYPTION: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'protective',
  keyWording: '§ 4-110-105(a)(1) reaches "unencrypted personal information"; § 4-110-103(7) excludes data whose name or element is "encrypted or redacted"; no key clause and no definition of "encrypted"',
  citation: 'Ark. Code §§ 4-110-103(7), 4-110-105(a)(1)',
};
const KEY_UNVERIFIED =
  'Encryption key: the statute exempts encrypted data and says nothing of a taken key, so literally encrypted data stays exempt even with its key; breachdesk treats data whose key was also taken as unencrypted and owing notice (the safer reading).';

// ---- verification facts -------------------------------------------------------------------------

const COVERAGE_CHECK: FactCheck = {
  kind: 'primary',
  where: `${INSTALAWYER_103}; ${POCKETLAW_105}`,
  says: '"business" is any association or group, profit or not, and includes a state agency; the duty binds a person or business that acquires, owns or licenses the data',
  checked: CHECKED,
};
const DEADLINE_2005: FactCheck = {
  kind: 'secondary',
  where: `${POCKETLAW_105}; ${PERKINS_CHART_2021}`,
  says: 'residents: most expedient time and manner, without unreasonable delay; vendor: immediately after discovery',
  checked: CHECKED,
  why: 'The 2005 text (S.B. 1167, Act 1526) is stored only as a scanned bill here; the current (a) and (b)(1) were read, and Act 1030 is described as adding (b)(2) without changing them, but Act 1030 itself was not read.',
};
const DEADLINE_2019: FactCheck = {
  kind: 'primary',
  where: POCKETLAW_105,
  says: 'residents: most expedient time and manner; vendor: immediately; Attorney General: with the resident notice or within 45 days of the harm determination, whichever occurs first',
  checked: CHECKED,
};
const ANCHOR_2005: FactCheck = {
  kind: 'secondary',
  where: POCKETLAW_105,
  says: 'the resident clock follows discovery or notification of the breach; the vendor clock follows its discovery',
  checked: CHECKED,
  why: 'Read in the current text only; the 2005 wording is taken to be the same (not read).',
};
const ANCHOR_2019: FactCheck = {
  kind: 'primary',
  where: POCKETLAW_105,
  says: 'discovery or notification for residents; for the Attorney General the earlier of the resident notice and 45 days after the determination of a reasonable likelihood of harm',
  checked: CHECKED,
};
const THRESHOLD_2005: FactCheck = {
  kind: 'secondary',
  where: `${BLOOMBERG_TABLE}; ${PERKINS_CHART_2021}`,
  says: 'none: no regulator or credit-bureau notice and so no number before Act 1030',
  checked: CHECKED,
  why: 'The 2005 text was not read; the Attorney General notice and its number came with Act 1030 (2019).',
};
const THRESHOLD_2019: FactCheck = {
  kind: 'primary',
  where: POCKETLAW_105,
  says: '"more than one thousand (1,000) individuals" affected; individuals are natural persons (§ 4-110-103(4)), not only residents',
  checked: CHECKED,
};
const LE_CHECK: FactCheck = {
  kind: 'primary',
  where: POCKETLAW_105,
  says: '(c): notification may be delayed while a law enforcement agency determines it would impede a criminal investigation, then given once it no longer does (a pause)',
  checked: CHECKED,
};
const PI_2005_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://www.dwt.com/arkansas/; https://hyperproof.io/arkansas-personal-information-protection-act/',
  says: 'name with SSN, licence or state ID, account or card number with its code, or medical information',
  checked: CHECKED,
  why: 'The definition (§ 4-110-103(7)) was cut off in the statute text read; the elements come from summaries quoting it.',
};
const PI_2019_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://hyperproof.io/arkansas-personal-information-protection-act/; https://hallboothsmith.com/arkansass-new-breach-reporting-requirements-go-into-effect-this-month/',
  says: 'the 2005 elements plus biometric data used to authenticate the individual',
  checked: CHECKED,
  why: 'The definition (§ 4-110-103(7)) was cut off in the statute text read; the elements come from summaries quoting it.',
};
const ENCRYPTION_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${POCKETLAW_105}; https://hyperproof.io/arkansas-personal-information-protection-act/`,
  says: '(a)(1) covers "unencrypted" personal information; the definition excludes data "encrypted or redacted"; nothing on keys',
  checked: CHECKED,
  why: '(a)(1) was read; the "encrypted or redacted" wording of § 4-110-103(7) is from a summary quoting it.',
};
const HARM_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://www.dwt.com/arkansas/; https://reggi.ai/posts/banking/arco-4-110-105_144d',
  says: 'no notice if a reasonable investigation finds no reasonable likelihood of harm to customers',
  checked: CHECKED,
  why: 'The subsection with the exception comes after the part of § 4-110-105 that could be read.',
};
const HARM_2019_CHECK: FactCheck = {
  ...HARM_CHECK,
  says: 'no notice if a reasonable investigation finds no reasonable likelihood of harm; from 2019 the determination and its documents are kept five years and given to the Attorney General on request',
};
const SUBSTITUTE_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://www.mintz.com/mintz-matrix/arkansas',
  says: 'substitute notice when notice would cost over $250,000, reach over 500,000 persons, or contact details are lacking',
  checked: CHECKED,
  why: '§ 4-110-105(e) was not in the part of the section that could be read.',
};
const CONTENT_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${POCKETLAW_105}; https://www.wordsbywit.com/arkansas`,
  says: 'none: neither the resident notice nor the Attorney General notice has prescribed content in the subsections read',
  checked: CHECKED,
  why: 'Subsections (a)-(c) were read; (d)-(g) were not, so a content rule there cannot be excluded from the text itself.',
};
const FORBIDDEN_CHECK: FactCheck = {
  kind: 'secondary',
  where: POCKETLAW_105,
  says: 'none: nothing is forbidden in a notice in the subsections read',
  checked: CHECKED,
  why: 'Subsections (d)-(g) of § 4-110-105 were not read.',
};

const versions: RuleVersion[] = [
  {
    id: 'AR-2005',
    effectiveFrom: '2005-08-12',
    effectiveTo: '2019-07-22',
    citations: ['Ark. Code §§ 4-110-101 to 4-110-108 (S.B. 1167, Act 1526 of 2005, signed 2005-03-31)'],
    summary: 'Arkansas required notice to affected residents in the most expedient time possible, with no fixed days and no regulator notice.',
    coverage: COVERAGE,
    encryptionSafeHarbor: ENCRYPTION,
    riskOfHarmException: { exists: true, standard: HARM_STANDARD, recordToKeep: null },
    personalInformation: PI_2005,
    substituteNotice: SUBSTITUTE,
    obligations: [individuals, vendor],
    confidence: 'low',
    unverified: [
      'The 2005 text was not read: the current text was, and Act 1030 (2019) is described as leaving (a) and (b)(1) as they were; that the 2005 text already counted a state agency as a "business" and already covered medical information is inferred from the current text.',
      KEY_UNVERIFIED,
    ],
    sources: [
      { where: 'https://www.wordsbywit.com/arkansas', facts: 'enacted 2005-03-31; most expedient time; law-enforcement delay § 4-110-105(c)' },
      { where: 'http://www.perkinscoie.com/sc_arkansas', facts: 'Act 1526 effective 2005-08-12; Act 1030 effective 2019-07-23; vendor immediately; no-harm exception' },
      { where: BLOOMBERG_TABLE, facts: 'no AG notice before 2019' },
      { where: POCKETLAW_105, facts: 'current § 4-110-105(a)-(c)' },
      { where: INSTALAWYER_103, facts: 'current § 4-110-103(1)-(6)' },
    ],
    verification: {
      effective_dates: {
        kind: 'secondary',
        where: 'http://www.perkinscoie.com/sc_arkansas',
        says: 'S.B. 1167 signed 2005-03-31 as Act 1526, effective 2005-08-12; Act 1030 effective 2019-07-23',
        checked: CHECKED,
        why: 'The acts themselves (scanned PDFs) could not be read as text here.',
      },
      coverage: COVERAGE_CHECK,
      personal_information: PI_2005_CHECK,
      encryption: ENCRYPTION_CHECK,
      risk_of_harm: HARM_CHECK,
      deadline: DEADLINE_2005,
      anchor: ANCHOR_2005,
      threshold: THRESHOLD_2005,
      law_enforcement: { ...LE_CHECK, kind: 'secondary', why: 'Read in the current text; the 2005 wording is taken to be the same (not read).' },
      substitute_notice: SUBSTITUTE_CHECK,
      required_content: CONTENT_CHECK,
      forbidden_content: FORBIDDEN_CHECK,
    },
  },
  {
    id: 'AR-2019',
    effectiveFrom: '2019-07-23',
    effectiveTo: null,
    citations: ['Ark. Code §§ 4-110-101 to 4-110-108 as amended by H.B. 1943 (Act 1030 of 2019, signed 2019-04-15)'],
    summary:
      'Arkansas requires notice to affected residents in the most expedient time possible and, when more than 1,000 individuals are affected, to the Attorney General with that notice or within 45 days of determining a likelihood of harm, whichever is first.',
    coverage: COVERAGE,
    encryptionSafeHarbor: ENCRYPTION,
    riskOfHarmException: {
      exists: true,
      standard: HARM_STANDARD,
      recordToKeep: 'The written determination and its supporting records, kept for five years and given to the Attorney General within 30 days of a written request.',
    },
    personalInformation: PI_2019,
    substituteNotice: SUBSTITUTE,
    obligations: [individuals, attorneyGeneral, vendor],
    confidence: 'medium',
    unverified: [
      'Effective date: Perkins Coie gives 2019-07-23; the general effective date of 2019 acts without an emergency clause is sometimes given as 2019-07-24. The earlier day is used.',
      'The five-year record and 30-day production rule come from summaries; the subsection was not read.',
      'The Attorney General clause names the entity "required to make a disclosure of the security breach under subdivision (b)(1)" (the maintainer\'s notice to the owner); breachdesk applies it to the owner that notifies residents, as the Attorney General\'s reporting page does. A maintainer should expect the same duty.',
      'Whether the Attorney General threshold counts all individuals or only Arkansas residents: the text says "individuals" (natural persons), so the total is compared.',
      KEY_UNVERIFIED,
    ],
    sources: [
      { where: POCKETLAW_105, facts: '§ 4-110-105(a)-(c) text: expedient notice, vendor immediately, AG over 1,000 individuals at the same time or within 45 days, whichever occurs first' },
      { where: INSTALAWYER_103, facts: '§ 4-110-103: "business" includes a state agency; medical information; individual = natural person' },
      { where: AG_FORM, facts: 'AG reporting form for businesses, state agencies and health care providers' },
      { where: 'https://www.mintz.com/mintz-matrix/arkansas', facts: 'biometric data; substitute notice $250,000 / 500,000' },
      { where: PERKINS_CHART_2021, facts: 'Act 1030 dates; AG rule; vendor; exception' },
      { where: BLOOMBERG_TABLE, facts: 'record retention five years; AG may request within 30 days' },
    ],
    verification: {
      effective_dates: {
        kind: 'secondary',
        where: 'http://www.perkinscoie.com/sc_arkansas; https://hallboothsmith.com/arkansass-new-breach-reporting-requirements-go-into-effect-this-month/',
        says: 'H.B. 1943 signed 2019-04-15 as Act 1030, effective 2019-07-23',
        checked: CHECKED,
        why: 'Act 1030 is stored only as a scanned bill here; its effective date rests on the general effective date of the 2019 session, which was not read.',
      },
      coverage: COVERAGE_CHECK,
      personal_information: PI_2019_CHECK,
      encryption: ENCRYPTION_CHECK,
      risk_of_harm: HARM_2019_CHECK,
      deadline: DEADLINE_2019,
      anchor: ANCHOR_2019,
      threshold: THRESHOLD_2019,
      law_enforcement: LE_CHECK,
      substitute_notice: SUBSTITUTE_CHECK,
      required_content: CONTENT_CHECK,
      forbidden_content: FORBIDDEN_CHECK,
    },
  },
];

export const arkansas: Jurisdiction = {
  code: 'AR',
  name: 'Arkansas',
  kind: 'state',
  holidays: { country: 'US', state: 'AR' },
  laws: [{ id: 'AR-4-110', title: 'Arkansas Personal Information Protection Act, Ark. Code §§ 4-110-101 to 4-110-108', scope: 'residents', versions }],
  channels: [
    {
      recipient: 'attorney_general',
      obligations: ['attorney-general'],
      name: 'Arkansas Attorney General (data breach reporting form)',
      ways: [{ kind: 'online_form', value: AG_FORM, formName: 'Data Breach Reporting' }],
      asksFor: ['Notice of the breach on the Attorney General\'s reporting form (the statute itself lists no content)'],
      source: `${AG_FORM} (the office's page citing § 4-110-105 for businesses, state agencies and health care providers)`,
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Arkansas Attorney General, Consumer Protection Division',
    phone: '1-800-482-8982',
    website: 'www.arkansasag.gov',
    address: '323 Center Street, Suite 200, Little Rock, AR 72201',
    source: 'Phone: https://arkansasag.gov/arkansass-lawyer/public-protection-department/consumer-protection/ ("call 800-482-8982"); the street address is the office\'s published address, not re-read in this check',
    checked: CHECKED,
  },
};
