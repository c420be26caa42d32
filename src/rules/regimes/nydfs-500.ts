// New York DFS Cybersecurity Regulation, 23 NYCRR § 500.17: entities licensed under New York's
// Banking, Insurance or Financial Services Law tell the Superintendent within 72 hours of
// determining a reportable event. Residents and the Attorney General are notified under GBL
// § 899-aa, which is New York's state module, not this one.
import type { Jurisdiction, ObligationRule, RuleVersion } from '../types.js';
import { coverage, hours, obligation } from '../shared.js';

const SUPERINTENDENT = 'New York Superintendent of Financial Services (DFS portal)';

const superintendent = (citation: string, condition: string, notes: string): ObligationRule =>
  obligation({
    id: 'superintendent',
    recipient: 'regulator',
    recipientName: SUPERINTENDENT,
    citation,
    deadline: hours(72, 'determined'),
    requiredContent: ['The information asked for on the DFS portal form; then any information DFS requests, and updates on material changes or new information'],
    condition,
    notes,
  });

const COVERAGE = coverage({
  business: ['yes', 'Applies to "covered entities": anyone operating under, or required to operate under, a licence, registration, charter or similar authorisation under New York\'s Banking, Insurance or Financial Services Law (23 NYCRR § 500.1), subject to the § 500.19 exemptions.'],
  nonprofit: ['yes', 'A nonprofit holding such an authorisation (e.g. a not-for-profit insurer or health plan licensed under the Insurance Law) is a covered entity; some, such as charitable-annuity issuers, have limited exemptions (§ 500.19).'],
  local_government: ['no', 'A local government is not licensed or chartered by DFS and is not a covered entity (23 NYCRR § 500.1).'],
  state_agency: ['no', 'A state agency is not a DFS-licensed covered entity (23 NYCRR § 500.1).'],
});
const OUT_OF_STATE = { local_government: COVERAGE.local_government, state_agency: COVERAGE.state_agency };

const common = {
  coverage: COVERAGE,
  coverageOutOfState: OUT_OF_STATE,
  // Incident-based: no data definition, encryption safe harbour or harm test; the reportable
  // event is described in each obligation's condition.
  encryptionSafeHarbor: null,
  riskOfHarmException: null,
};

const versions: RuleVersion[] = [
  {
    ...common,
    id: 'US-NYDFS-500-2017',
    effectiveFrom: '2017-08-28',
    effectiveTo: '2023-11-30',
    citations: ['23 NYCRR § 500.17(a) (Part 500 effective 2017-03-01; § 500.17(a) binding after the 180-day transitional period of § 500.22, from 2017-08-28)'],
    summary: 'DFS-licensed banks, insurers and other financial services companies had to notify the Superintendent within 72 hours of determining that a reportable cybersecurity event had occurred.',
    obligations: [
      superintendent(
        '23 NYCRR § 500.17(a) (2017 text)',
        'Only a cybersecurity event that (1) impacts the entity and must be reported to any government body, self-regulatory agency or other supervisory body, or (2) has a reasonable likelihood of materially harming any material part of the entity\'s normal operations.',
        'As promptly as possible and no later than 72 hours from the determination that a reportable cybersecurity event occurred. DFS said an event that harms consumers must be reported.',
      ),
    ],
    confidence: 'high',
    unverified: ['The 2017 text was read in quotations (law-firm notes), not in the State Register.'],
    sources: [
      { where: 'https://radarfirst.com/blog/new-york-department-of-financial-services-cybersecurity-regulations', facts: '2017 § 500.17(a) text: 72 hours from determination; two kinds of reportable event; Part 500 effective 2017-03-01' },
      { where: 'https://www.corsolegal.com/allarticles/new-york-law/navigating-ny-dfs-part-500-17-notice-to-superintendent/', facts: '§ 500.17(a) compliance deadline 2017-08-28' },
      { where: 'https://www.whiteandwilliams.com/resources-alerts-New-York-State-Department-of-Financial-Services-Publishes-FAQs-and-Key-Dates-for-its-Cybersecurity-Regulation.html', facts: 'DFS FAQ: events harming consumers are reportable; consumers are notified under GBL § 899-aa' },
    ],
  },
  {
    ...common,
    id: 'US-NYDFS-500-2023',
    effectiveFrom: '2023-12-01',
    effectiveTo: null,
    citations: ['23 NYCRR §§ 500.1 ("cybersecurity incident"), 500.17(a), (c) as amended by the Second Amendment (adopted 2023-11-01; § 500.17 changes effective 2023-12-01)'],
    summary: 'DFS-licensed financial services companies must notify the Superintendent within 72 hours of determining that a cybersecurity incident occurred at the company, an affiliate or a third-party service provider, and within 24 hours of any extortion payment.',
    obligations: [
      superintendent(
        '23 NYCRR § 500.17(a)(1)',
        'Only a "cybersecurity incident" at the entity, an affiliate or a third-party service provider: one that must be reported to a government or supervisory body, has a reasonable likelihood of materially harming a material part of normal operations, or results in ransomware deployed within a material part of the entity\'s information systems.',
        'As promptly as possible and no later than 72 hours after determining that a cybersecurity incident occurred; electronically, on the DFS form. A continuing duty to update DFS with material changes or new information.',
      ),
      // The clock starts with the payment, an event breachdesk does not record. Counting the 24 hours
      // from discovery instead can only give an earlier date (a payment follows discovery), the same
      // conservative fallback the engine uses for missing anchors.
      obligation({
        id: 'extortion-payment',
        recipient: 'regulator',
        recipientName: SUPERINTENDENT,
        citation: '23 NYCRR § 500.17(c)',
        deadline: hours(24, 'discovered'),
        requiredContent: [
          'Notice that an extortion payment was made in connection with a cybersecurity event (within 24 hours)',
          'Within 30 days of the payment, a written description of why it was necessary, the alternatives considered, and the diligence done to find alternatives and to comply with sanctions rules',
        ],
        condition: 'Only if the entity made an extortion (ransom) payment in connection with a cybersecurity event.',
        notes: 'Due within 24 hours of the payment itself; breachdesk counts from discovery because it records no payment event, so the real deadline is 24 hours after the payment if that was later.',
      }),
    ],
    confidence: 'medium',
    unverified: [
      'The 24-hour extortion notice and 30-day description were read in law-firm summaries, not the regulation text.',
      'Whether the final definition of "cybersecurity incident" kept the proposed privileged-account prong was not confirmed; the three prongs listed are those summaries agree on.',
    ],
    sources: [
      { where: 'https://www.law.cornell.edu/regulations/new-york/23-NYCRR-500.17', facts: 'current § 500.17(a): 72 hours after determining a cybersecurity incident at the entity, affiliates or a third-party service provider; electronic form; continuing updates' },
      { where: 'https://www.ropesdataphiles.com/2023/11/nydfs-finalizes-significant-amendments-to-its-cybersecurity-regulations/', facts: 'amendments finalised 2023-11-01; 24-hour extortion-payment notice and 30-day written description; "cybersecurity incident" definition' },
      { where: 'https://myemail.constantcontact.com/Legislative-Update--DFS-Notice-on-Amended-Part-500-Cybersecurity-Regulation.html?aid=a92odcZLQgo&soid=1123121279289', facts: 'DFS notice: updated reporting requirements effective 2023-12-01' },
    ],
  },
];

export const nydfs500: Jurisdiction = {
  code: 'US-NYDFS-500',
  name: 'New York DFS Cybersecurity Regulation (23 NYCRR Part 500)',
  kind: 'regime',
  holidays: { country: 'US' },
  laws: [{ id: 'NY-DFS-500-17', title: 'New York DFS Cybersecurity Regulation, 23 NYCRR § 500.17 (notices to the Superintendent)', scope: 'residents', basis: 'regulation', versions }],
};
