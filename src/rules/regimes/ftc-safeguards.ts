// FTC Safeguards Rule (16 CFR Part 314, under GLBA): since 2024-05-13 a non-bank financial
// institution under FTC jurisdiction must report a "notification event" of 500 or more consumers
// to the FTC. The rule itself sets no customer notice: that comes from state law.
import type { Jurisdiction, PersonalInformationDefinition, RuleVersion } from '../types.js';
import { DATA_ELEMENTS } from '../types.js';
import { calendarDays, coverage, obligation } from '../shared.js';

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
    encryptionSafeHarbor: { exists: true, keyException: true, citation: '16 CFR § 314.2 (notification event: unencrypted customer information, or encrypted with the key acquired)' },
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
          'As soon as possible and no later than 30 days after discovery. Discovery is the first day the event is known to the institution; what any employee, officer or agent knows counts. Unauthorised access is presumed to be acquisition unless reliable evidence shows otherwise. The FTC posts reports publicly; a law-enforcement request can delay the posting (up to 30 days, extendable), not the report.',
      }),
    ],
    confidence: 'high',
    unverified: [
      'Whether nonprofits and government lending programs fall under the FTC\'s GLBA jurisdiction was not researched.',
      'The public-posting delay for law enforcement (30 days, extendable) was read in summaries, not the rule text.',
    ],
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
};
