// FTC Safeguards Rule (16 CFR Part 314, under GLBA): since 2024-05-13 a non-bank financial
// institution under FTC jurisdiction must report a "notification event" of 500 or more consumers
// to the FTC. The rule itself sets no customer notice: that comes from state law.
import type { FactCheck, Jurisdiction, PersonalInformationDefinition, RuleVersion } from '../types.js';
import { DATA_ELEMENTS } from '../types.js';
import { calendarDays, coverage, obligation } from '../shared.js';

const CHECKED = '2026-12-08';

const FR_2023 = 'https://www.govinfo.gov/content/pkg/FR-2023-11-13/html/2023-24412.htm (88 FR 77499, final rule, 2023-11-13)';
const FTC_RELEASE = 'https://www.severson.com/consumer-finance/ftc-amends-safeguards-rule-to-require-non-banking-institutions-to-report-data-breaches-and-other-security-events-to-the-ftc/ (quoting the FTC\'s press release of 2023-10-27)';
const CONSTANGY = 'https://constangy.com/constangy-cyber-advisor/ftc-cyber-breach-notification-rules-if-youre-a-non-banking-financial-institution-heres-what-you-need-to-know';
const CORNERSTONE = 'https://cornerstonelicensing.com/?p=8592';
const NOT_REACHED = 'The rule text (16 CFR §§ 314.2(m), 314.4(j)) lies past the opening of the Federal Register document that could be read; the fact rests on the FTC\'s press release and law-firm summaries.';
const SECONDARY_CHECK: FactCheck = { kind: 'secondary', where: `${FTC_RELEASE}; ${CONSTANGY}`, says: 'see the rule summary', checked: CHECKED, why: NOT_REACHED };

const COVERAGE = coverage({
  business: ['yes', 'Applies to financial institutions under FTC jurisdiction that are not banks: mortgage lenders and brokers, auto dealers that finance, payday lenders, tax preparers, collection agencies, and similar (16 CFR §§ 314.1-314.2).'],
  nonprofit: ['uncertain', 'The FTC Act generally reaches only organisations operating for profit, but the Safeguards Rule rests on GLBA § 505(b), whose reach to nonprofit lenders or credit counsellors was not confirmed.'],
  local_government: ['uncertain', 'A government body is not ordinarily a financial institution under FTC jurisdiction; one that lends or services loans (e.g. a housing-loan program) should have counsel confirm. Assumed to apply because the regime was opted in.'],
  state_agency: ['uncertain', 'As for local governments: a state lending or loan-servicing program is not clearly inside or outside the FTC\'s GLBA jurisdiction.'],
});

// "Customer information" is any record of nonpublic personal information about a customer: even a
// name tied to the fact of a customer relationship. Every element of the vocabulary can be part of it.
const CUSTOMER_INFORMATION: PersonalInformationDefinition = {
  citation: '16 CFR § 314.2 (customer information; nonpublic personal information)',
  summary: 'any record of nonpublic personal information about a customer, such as a name tied to an account, loan or application',
  combinations: [{ all: [], anyOf: [...DATA_ELEMENTS] }],
};

const versions: RuleVersion[] = [
  {
    id: 'US-FTC-SAFEGUARDS-2024',
    effectiveFrom: '2024-05-13',
    effectiveTo: null,
    citations: ['16 CFR §§ 314.2 ("notification event"), 314.4(j) (88 FR 77499, 2023-11-13, eff. 2024-05-13)', 'Gramm-Leach-Bliley Act §§ 501(b), 505(b) (15 U.S.C. §§ 6801(b), 6805(b))'],
    summary: 'Non-bank financial institutions must report to the FTC, within 30 days of discovery, any unauthorised acquisition of unencrypted customer information of 500 or more consumers.',
    coverage: COVERAGE,
    coverageOutOfState: { local_government: COVERAGE.local_government, state_agency: COVERAGE.state_agency },
    // Encrypted data is "unencrypted" again if the key was acquired too (§ 314.2 notification event).
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'express',
      keyWording: '§ 314.2(m): a notification event is acquisition of unencrypted customer information; information is unencrypted for this purpose if the encryption key was accessed by an unauthorized person',
      citation: '16 CFR § 314.2 (notification event: unencrypted customer information, or encrypted with the key acquired)',
    },
    riskOfHarmException: { exists: false, standard: null },
    personalInformation: CUSTOMER_INFORMATION,
    obligations: [
      obligation({
        id: 'ftc',
        recipient: 'regulator',
        recipientName: 'Federal Trade Commission (online notification-event form)',
        citation: '16 CFR § 314.4(j)(1)',
        deadline: calendarDays(30, 'discovered'),
        threshold: { count: 500, comparison: 'at_least', of: 'total' },
        requiredContent: [
          'Name and contact information of the reporting financial institution',
          'A description of the types of information involved',
          'The date or date range of the event, if it can be determined',
          'The number of consumers affected or potentially affected',
          'A general description of the event',
          'Whether a law-enforcement official gave a written determination that notifying the public would impede a criminal investigation or damage national security, with the official\'s contact details',
        ],
        notes:
          'As soon as possible and no later than 30 days after discovery. Discovery is the first day the event is known to the institution; what any employee, officer or agent knows counts. Unauthorised access is presumed to be acquisition unless reliable evidence shows otherwise. The FTC posts reports publicly; a law-enforcement request can delay the posting (up to 30 days, extendable by up to 60 more on a written request), not the report.',
      }),
    ],
    confidence: 'low',
    unverified: [
      'Whether nonprofits and government lending programs fall under the FTC\'s GLBA jurisdiction was not researched.',
      'The rule text (§§ 314.2(m), 314.4(j)) could not be read here: the 30 days, the content list and the posting delay for law enforcement (30 days, extendable by 60) rest on the FTC\'s press release and summaries; the 500-consumer threshold and the effective date were read in the Federal Register.',
    ],
    verification: {
      effective_dates: { kind: 'primary', where: FR_2023, says: 'DATES: the amendments are effective May 13, 2024', checked: CHECKED },
      coverage: {
        ...SECONDARY_CHECK,
        where: `${FR_2023}; https://mondaq.co.uk/unitedstates/security/1406834/ftcs-new-data-breach-notification-requirement-implications-for-nonbanking-financial-institutions`,
        says: 'financial institutions under FTC jurisdiction that are not banks (mortgage brokers, auto dealers that finance, payday lenders, tax preparers, collectors and the like)',
        why: 'The rule\'s scope and definition of "financial institution" (§§ 314.1-314.2) were not read; the Federal Register summary names only "financial institutions".',
      },
      personal_information: {
        ...SECONDARY_CHECK,
        where: `https://www.jdsupra.com/legalnews/data-security-deja-vu-ftc-finalizes-5442874/; ${CORNERSTONE}`,
        says: 'customer information: any record of nonpublic personal information about a customer',
      },
      encryption: { ...SECONDARY_CHECK, where: `${FR_2023}; ${CONSTANGY}; https://www.mydatapath.com/industry-news/ftc-safeguards-rule-breach-notification-financial-institutions`, says: 'only unencrypted customer information; information is unencrypted if the key was accessed by an unauthorized person' },
      risk_of_harm: { ...SECONDARY_CHECK, says: 'none: any unauthorized acquisition counts; unauthorized access is presumed acquisition without reliable evidence otherwise' },
      deadline: { ...SECONDARY_CHECK, says: 'as soon as possible and no later than 30 days after discovery' },
      anchor: { ...SECONDARY_CHECK, where: CONSTANGY, says: 'discovery: the first day the event is known to the institution, including to any employee, officer or agent' },
      threshold: { kind: 'primary', where: FR_2023, says: 'SUMMARY: any notification event where unencrypted customer information involving 500 or more consumers is acquired without authorization', checked: CHECKED },
      law_enforcement: { ...SECONDARY_CHECK, where: 'https://pakmediablog.net/finance-orgs-have-30-days-to-confess-cyber-sins-under-incoming-ftc-rules-2308.html; https://www.mydatapath.com/industry-news/ftc-safeguards-rule-breach-notification-financial-institutions', says: 'no delay of the report itself; law enforcement may ask the FTC to hold back public posting for 30 days, extendable' },
      substitute_notice: { ...SECONDARY_CHECK, says: 'none: the rule requires only the report to the FTC, no notice to consumers' },
      required_content: { ...SECONDARY_CHECK, where: CORNERSTONE, says: 'name and contact, types of information, date or range, number affected, general description, any law-enforcement determination with a contact' },
      forbidden_content: { ...SECONDARY_CHECK, says: 'none reported' },
    },
    sources: [
      { where: 'https://www.govinfo.gov/content/pkg/FR-2023-11-13/html/2023-24412.htm', facts: '88 FR 77499: report notification events involving 500 or more consumers; amendments effective 2024-05-13' },
      { where: 'https://www.mydatapath.com/industry-news/ftc-safeguards-rule-breach-notification-financial-institutions', facts: 'as soon as possible and no later than 30 days after discovery; 500 consumers; encrypted data with key accessed counts as unencrypted' },
      { where: 'https://www.jdsupra.com/legalnews/data-security-deja-vu-ftc-finalizes-5442874/', facts: 'notification event definition; customer information means any record of nonpublic personal information about a customer' },
      { where: 'https://cornerstonelicensing.com/?p=8592', facts: 'content of the FTC notice' },
    ],
  },
];

export const ftcSafeguards: Jurisdiction = {
  code: 'US-FTC-SAFEGUARDS',
  name: 'FTC Safeguards Rule (notification events)',
  kind: 'regime',
  holidays: { country: 'US' },
  laws: [{ id: 'US-FTC-314', title: 'FTC Standards for Safeguarding Customer Information, 16 CFR Part 314', scope: 'residents', basis: 'regulation', versions }],
  channels: [
    {
      recipient: 'regulator',
      obligations: ['ftc'],
      name: 'Federal Trade Commission (Safeguards Rule notification event report)',
      ways: [{ kind: 'online_form', value: 'https://www.ftc.gov', formName: 'Safeguards Rule notification event form (the electronic form the rule places on ftc.gov)' }],
      asksFor: [
        'Name and contact information of the reporting financial institution',
        'The types of information involved',
        'The date or date range of the event, if it can be determined',
        'The number of consumers affected or potentially affected',
        'A general description of the event',
        'Any written law-enforcement determination that public notice would impede an investigation or harm national security, with the official\'s contact',
      ],
      source: `${CORNERSTONE} ("via an electronic form located at its website www.ftc.gov"); the form's own address was not found, so the FTC's home page is given`,
      checked: CHECKED,
    },
  ],
  consumerContact: null,
};
