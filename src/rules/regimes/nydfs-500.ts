// New York DFS Cybersecurity Regulation, 23 NYCRR § 500.17: entities licensed under New York's
// Banking, Insurance or Financial Services Law tell the Superintendent within 72 hours of
// determining a reportable event. Residents and the Attorney General are notified under GBL
// § 899-aa, which is New York's state module, not this one.
import type { FactCheck, Jurisdiction, RuleVersion, Verification } from '../types.js';
import { coverage, hours, obligation } from '../shared.js';

const SUPERINTENDENT = 'New York Superintendent of Financial Services (DFS portal)';
const CHECKED = '2026-12-08';
const CORNELL_17 = 'https://www.law.cornell.edu/regulations/new-york/23-NYCRR-500.17 (current § 500.17(a)-(b))';
const JUSTIA_1 = 'https://regulations.justia.com/states/new-york/title-23/chapter-i/part-500/section-500-1/ (current § 500.1(a)-(e))';
const WESTLAW_1_2017 = 'https://govt.westlaw.com/nycrr/Document/I60c61d280d5f11e79781d30ba488e782 (official compilation, § 500.1 as adopted in 2017)';
const RADAR_2017 = 'https://radarfirst.com/blog/new-york-department-of-financial-services-cybersecurity-regulations (quotes the 2017 § 500.17(a))';
const ROPES_2023 = 'https://www.ropesdataphiles.com/2023/11/nydfs-finalizes-significant-amendments-to-its-cybersecurity-regulations/';

const NONE_HERE: FactCheck = { kind: 'primary', where: CORNELL_17, says: 'none: § 500.17 is a report to the Superintendent only', checked: CHECKED };
const VERIFY_2017: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: `${RADAR_2017}; https://www.corsolegal.com/allarticles/new-york-law/navigating-ny-dfs-part-500-17-notice-to-superintendent/`,
    says: 'Part 500 effective 2017-03-01; § 500.17(a) binding after the 180-day transitional period, from 2017-08-28',
    checked: CHECKED,
    why: 'The 2017 State Register notice and § 500.22 were not read.',
  },
  coverage: { kind: 'primary', where: WESTLAW_1_2017, says: '§ 500.1(c): any person operating under a licence, registration, charter or similar authorization under the Banking, Insurance or Financial Services Law', checked: CHECKED },
  personal_information: { kind: 'primary', where: WESTLAW_1_2017, says: 'none: a cybersecurity event is any act or attempt to gain unauthorized access to, disrupt or misuse an information system or its information', checked: CHECKED },
  encryption: { kind: 'secondary', where: RADAR_2017, says: 'none: the 2017 § 500.17(a) has no encryption exception', checked: CHECKED, why: 'The 2017 § 500.17 was read only as quoted in a vendor\'s note.' },
  risk_of_harm: { kind: 'secondary', where: RADAR_2017, says: 'only events that must be reported to another body or are reasonably likely to harm a material part of normal operations', checked: CHECKED, why: 'The 2017 § 500.17 was read only as quoted in a vendor\'s note.' },
  deadline: { kind: 'secondary', where: RADAR_2017, says: 'as promptly as possible and no later than 72 hours', checked: CHECKED, why: 'The 2017 § 500.17 was read only as quoted in a vendor\'s note.' },
  anchor: { kind: 'secondary', where: RADAR_2017, says: 'from a determination that a reportable cybersecurity event has occurred', checked: CHECKED, why: 'The 2017 § 500.17 was read only as quoted in a vendor\'s note.' },
  threshold: { kind: 'secondary', where: RADAR_2017, says: 'none: no count of people', checked: CHECKED, why: 'The 2017 § 500.17 was read only as quoted in a vendor\'s note.' },
  law_enforcement: { kind: 'secondary', where: RADAR_2017, says: 'none: no delay provision', checked: CHECKED, why: 'The 2017 § 500.17 was read only as quoted in a vendor\'s note.' },
  substitute_notice: { kind: 'secondary', where: RADAR_2017, says: 'none: a report to the Superintendent only', checked: CHECKED, why: 'The 2017 § 500.17 was read only as quoted in a vendor\'s note.' },
  required_content: { kind: 'secondary', where: RADAR_2017, says: 'none prescribed in the section; the DFS portal form asks its own questions', checked: CHECKED, why: 'The 2017 § 500.17 was read only as quoted in a vendor\'s note.' },
  forbidden_content: { kind: 'secondary', where: RADAR_2017, says: 'none: the text forbids nothing in a notice', checked: CHECKED, why: 'The 2017 § 500.17 was read only as quoted in a vendor\'s note.' },
};
const VERIFY_2023: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: `${ROPES_2023}; https://myemail.constantcontact.com/Legislative-Update--DFS-Notice-on-Amended-Part-500-Cybersecurity-Regulation.html?aid=a92odcZLQgo&soid=1123121279289`,
    says: 'Second Amendment adopted 2023-11-01; the new § 500.17 reporting in force from 2023-12-01',
    checked: CHECKED,
    why: 'The amendment\'s own transitional provisions (§ 500.22) were not read.',
  },
  coverage: {
    kind: 'primary',
    where: JUSTIA_1,
    says: '§ 500.1(e): any person operating under a licence, registration, charter or similar authorization under the Banking, Insurance or Financial Services Law, even if regulated elsewhere too',
    checked: CHECKED,
  },
  personal_information: { kind: 'primary', where: JUSTIA_1, says: 'none: the duty turns on a cybersecurity incident, not on a kind of data', checked: CHECKED },
  encryption: NONE_HERE,
  risk_of_harm: {
    kind: 'secondary',
    where: ROPES_2023,
    says: 'a cybersecurity incident: reportable to another body, reasonably likely to harm a material part of normal operations, or ransomware in a material part of the systems',
    checked: CHECKED,
    why: 'The definition of "cybersecurity incident" lies past the part of § 500.1 that could be read.',
  },
  deadline: {
    kind: 'primary',
    where: CORNELL_17,
    says: '(a)(1): as promptly as possible and no later than 72 hours; extortion payments (c): 24 hours and a 30-day explanation, read in summaries',
    checked: CHECKED,
  },
  anchor: { kind: 'primary', where: CORNELL_17, says: '(a)(1): after determining that a cybersecurity incident occurred at the entity, its affiliates or a third-party service provider', checked: CHECKED },
  threshold: { kind: 'primary', where: CORNELL_17, says: 'none: no count of people', checked: CHECKED },
  law_enforcement: { kind: 'primary', where: CORNELL_17, says: 'none: (a) allows no delay', checked: CHECKED },
  substitute_notice: NONE_HERE,
  required_content: { kind: 'primary', where: CORNELL_17, says: '(a): electronically on the form on the department\'s website; then any information requested and updates on material changes', checked: CHECKED },
  forbidden_content: { kind: 'primary', where: CORNELL_17, says: 'none: the text forbids nothing in a notice', checked: CHECKED },
};

const SUPERINTENDENT_CONTENT = ['The information asked for on the DFS portal form; then any information DFS requests, and updates on material changes or new information'];
const SUPERINTENDENT_2017 = obligation({
  id: 'superintendent',
  recipient: 'regulator',
  recipientName: SUPERINTENDENT,
  citation: '23 NYCRR § 500.17(a) (2017 text)',
  deadline: hours(72, 'determined'),
  requiredContent: SUPERINTENDENT_CONTENT,
  condition:
    'Only a cybersecurity event that (1) impacts the entity and must be reported to any government body, self-regulatory agency or other supervisory body, or (2) has a reasonable likelihood of materially harming any material part of the entity\'s normal operations.',
  notes: 'As promptly as possible and no later than 72 hours from the determination that a reportable cybersecurity event occurred. DFS said an event that harms consumers must be reported.',
});
const SUPERINTENDENT_2023 = obligation({
  id: 'superintendent',
  recipient: 'regulator',
  recipientName: SUPERINTENDENT,
  citation: '23 NYCRR § 500.17(a)(1)',
  deadline: hours(72, 'determined'),
  requiredContent: SUPERINTENDENT_CONTENT,
  condition:
    'Only a "cybersecurity incident" at the entity, an affiliate or a third-party service provider: one that must be reported to a government or supervisory body, has a reasonable likelihood of materially harming a material part of normal operations, or results in ransomware deployed within a material part of the entity\'s information systems.',
  notes: 'As promptly as possible and no later than 72 hours after determining that a cybersecurity incident occurred; electronically, on the DFS form. A continuing duty to update DFS with material changes or new information.',
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
    obligations: [SUPERINTENDENT_2017],
    confidence: 'low',
    unverified: ['The 2017 § 500.17 was read in quotations (a vendor\'s and law firms\' notes), not in the State Register or the official compilation; the 2017 definitions were read in the official compilation.'],
    verification: VERIFY_2017,
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
      SUPERINTENDENT_2023,
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
    verification: VERIFY_2023,
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
  channels: [
    {
      recipient: 'regulator',
      name: 'New York State Department of Financial Services (DFS Portal, cybersecurity reporting)',
      ways: [{ kind: 'online_form', value: 'https://myportal.dfs.ny.gov', formName: 'DFS Portal: Cybersecurity Incident Reporting (and extortion-payment notice)' }],
      asksFor: [
        'The form on the department\'s website (§ 500.17(a)(1)); then any information DFS requests and updates on material changes',
        'For an extortion payment: notice within 24 hours, and within 30 days why it was necessary, the alternatives considered and the sanctions diligence done',
      ],
      source: `${CORNELL_17} (electronically in the form set forth on the department's website); ${ROPES_2023} (extortion payment); the portal address is DFS's published one, not re-read in this check`,
      checked: CHECKED,
    },
  ],
  consumerContact: null,
};
