// SEC Form 8-K Item 1.05 (Release 33-11216): a registrant files a current report within four
// business days after determining that a cybersecurity incident is material. The clock turns on the
// materiality determination, not on discovery, and on SEC business days (federal holidays).
import type { FactCheck, Jurisdiction, RuleVersion, Verification } from '../types.js';
import { businessDays, coverage, obligation } from '../shared.js';

const CHECKED = '2026-12-08';
const BREACHDOCKET = 'https://breachdocket.com/articles/sec-8k-item-1-05-meaning-explainer-2026-06-22 (quoting Release No. 33-11216)';
const CORPCOUNSEL = 'https://www.thecorporatecounsel.net/blog/2023/07/more-on-cybersecurity-current-disclosure-of-material-cybersecurity-incidents.html';
const COOLEY = 'https://cooleypubco.com/2023/12/14/corp-fin-cdis-8-ks-cybersecurity';
const NOT_READ = 'Form 8-K and Release No. 33-11216 (88 FR 51896) were not found in a copy that could be read here; the fact rests on the release as quoted and on law-firm notes.';
const SEC_CHECK: FactCheck = { kind: 'secondary', where: `${BREACHDOCKET}; ${CORPCOUNSEL}`, says: 'see below', checked: CHECKED, why: NOT_READ };
const VERIFY_2024: Verification = {
  effective_dates: {
    ...SEC_CHECK,
    where: `${COOLEY}; https://publiccompanywatch.paulhastings.com/stay-current/cybersecurity-real-time-disclosure-reminder-and-recent-c-and-dis/`,
    says: 'adopted 2023-07-26, effective 2023-09-05; Item 1.05 required from 2023-12-18, of smaller reporting companies from 2024-06-15',
  },
  coverage: { ...SEC_CHECK, says: 'registrants reporting under Exchange Act § 13(a) or 15(d); foreign private issuers use Form 6-K' },
  personal_information: { ...SEC_CHECK, says: 'none: the item turns on a material cybersecurity incident, not on a kind of data' },
  encryption: { ...SEC_CHECK, says: 'none: no encryption exception' },
  risk_of_harm: { ...SEC_CHECK, says: 'materiality, not harm: only incidents the registrant determines to be material' },
  deadline: { ...SEC_CHECK, says: 'within four business days of determining that the incident is material' },
  anchor: { ...SEC_CHECK, says: 'the materiality determination, to be made without unreasonable delay after discovery' },
  threshold: { ...SEC_CHECK, says: 'none: no count of people' },
  law_enforcement: {
    ...SEC_CHECK,
    says: 'only a U.S. Attorney General determination of substantial risk to national security or public safety, told to the SEC in writing, delays filing; an FCC CPNI notice allows seven business days',
  },
  substitute_notice: { ...SEC_CHECK, says: 'none: a public filing, no notice to individuals' },
  required_content: { ...SEC_CHECK, says: 'the material aspects of the nature, scope and timing, and the material or reasonably likely material impact; amendments for what was not yet known' },
  forbidden_content: { ...SEC_CHECK, says: 'none: the release says the registrant need not disclose technical details that would impede its response, but forbids nothing' },
};
const VERIFY_2023: Verification = VERIFY_2024;

const CITATIONS = [
  'Form 8-K Item 1.05 (Release No. 33-11216, adopted 2023-07-26; rule effective 2023-09-05)',
  'Form 6-K (foreign private issuers); Regulation S-K Item 106 (annual disclosure)',
];

// Item 1.05(c) lets filing wait only when the U.S. Attorney General finds a substantial risk to
// national security or public safety and tells the SEC in writing; an ordinary law-enforcement
// request (the incident's law_enforcement_delay events) does not qualify, so none moves this date.

const FILING_CONDITION =
  'Only for an incident the registrant determines to be material, a determination it must make without unreasonable delay after discovery (Instruction 1 to Item 1.05).';
const FILING_CONTENT = [
  'The material aspects of the nature, scope and timing of the incident',
  'Its material impact, or reasonably likely material impact, on the registrant, including its financial condition and results of operations',
  'A statement of any required information not yet determined or unavailable (then an amendment within four business days after it is determined)',
];
const FILING_NOTES =
  'Record the materiality determination as a "materiality_determined" event; without one, breachdesk counts from the nearest earlier milestone, which can only be earlier. Only a written Attorney General determination sent to the SEC delays filing (30 days, extendable by 30 and, for national security, up to 60 more); the 8-K is then due within four business days after the delay ends. A carrier that notifies the Secret Service and FBI of a CPNI breach under the FCC rule (47 CFR § 64.2011) may delay up to seven business days, telling the SEC in writing. Work those dates out by hand: recorded law-enforcement delays do not move this one. A pending request to the Attorney General does not stop the clock (SEC C&DI 104B.01). Missing information goes in a Form 8-K/A within four business days after it is determined or becomes available.';

const FILING_2023 = obligation({
  id: 'form-8k',
  recipient: 'regulator',
  recipientName: 'U.S. Securities and Exchange Commission (public Form 8-K filing on EDGAR)',
  citation: 'Form 8-K Item 1.05(a)',
  deadline: businessDays(4, 'materiality_determined'),
  requiredContent: FILING_CONTENT,
  condition: `${FILING_CONDITION} Smaller reporting companies were not yet required to file until 2024-06-15.`,
  notes: FILING_NOTES,
});
const FILING_2024 = obligation({
  id: 'form-8k',
  recipient: 'regulator',
  recipientName: 'U.S. Securities and Exchange Commission (public Form 8-K filing on EDGAR)',
  citation: 'Form 8-K Item 1.05(a)',
  deadline: businessDays(4, 'materiality_determined'),
  requiredContent: FILING_CONTENT,
  condition: FILING_CONDITION,
  notes: FILING_NOTES,
});

const COVERAGE = coverage({
  business: ['yes', 'Applies to registrants that file reports under Exchange Act § 13(a) or 15(d): public companies (foreign private issuers report on Form 6-K).'],
  nonprofit: ['no', 'Nonprofits do not file Exchange Act reports; their securities are exempt (Securities Act § 3(a)(4)). A nonprofit-owned company that is itself a registrant should be filed as a business.'],
  local_government: ['no', 'Municipal securities are exempt from Exchange Act registration and reporting; a city\'s disclosure duties come from its Rule 15c2-12 continuing-disclosure undertakings, not Form 8-K.'],
  state_agency: ['no', 'States and their agencies are not Exchange Act registrants; their bond disclosure follows Rule 15c2-12 undertakings, not Form 8-K.'],
});
const OUT_OF_STATE = { local_government: COVERAGE.local_government, state_agency: COVERAGE.state_agency };

const common = {
  citations: CITATIONS,
  coverage: COVERAGE,
  coverageOutOfState: OUT_OF_STATE,
  // Item 1.05 turns on materiality, not on a kind of data or on encryption, so neither is encoded.
  encryptionSafeHarbor: null,
  riskOfHarmException: null,
  confidence: 'low' as const,
  sources: [
    { where: BREACHDOCKET, facts: 'Release No. 33-11216 quoted: file within four business days of determining materiality; Attorney General delay' },
    { where: CORPCOUNSEL, facts: 'Item 1.05(a) content; FCC CPNI seven-business-day delay; Attorney General delay and SEC exemptive orders' },
    { where: 'https://cooleypubco.com/2023/12/14/corp-fin-cdis-8-ks-cybersecurity', facts: 'four business days after materiality determination; determination without unreasonable delay; amendments; Attorney General delay; compliance 2023-12-18, smaller reporting companies 180 days later' },
    { where: 'https://publiccompanywatch.paulhastings.com/stay-current/cybersecurity-real-time-disclosure-reminder-and-recent-c-and-dis/', facts: 'non-SRC compliance from 2023-12-18; SRCs until 2024-06-15; filing due four business days after a delay expires' },
    { where: 'https://haynesboone.com/news/alerts/preparing-for-the-2024-annual-report-and-proxy-statement-season', facts: 'current reports required from 2023-12-18; SRCs from 2024-06-15' },
  ],
};

const versions: RuleVersion[] = [
  {
    ...common,
    id: 'US-SEC-8K-2023',
    effectiveFrom: '2023-12-18',
    effectiveTo: '2024-06-14',
    summary: 'Public companies other than smaller reporting companies had to file a Form 8-K within four business days after determining that a cybersecurity incident was material.',
    obligations: [FILING_2023],
    unverified: [
      'Form 8-K Item 1.05 and the adopting release could not be read here: every fact rests on the release as quoted and on law-firm notes.',
      'The 30 + 30 + 60-day structure of the Attorney General delay is from the rule as summarised; only the initial 30 days was confirmed in sources read.',
    ],
    verification: VERIFY_2023,
  },
  {
    ...common,
    id: 'US-SEC-8K-2024',
    effectiveFrom: '2024-06-15',
    effectiveTo: null,
    summary: 'Public companies, smaller reporting companies included, must file a Form 8-K within four business days after determining that a cybersecurity incident is material.',
    obligations: [FILING_2024],
    unverified: [
      'Form 8-K Item 1.05 and the adopting release could not be read here: every fact rests on the release as quoted and on law-firm notes.',
      'The 30 + 30 + 60-day structure of the Attorney General delay is from the rule as summarised; only the initial 30 days was confirmed in sources read.',
    ],
    verification: VERIFY_2024,
  },
];

export const sec8k: Jurisdiction = {
  code: 'US-SEC-8K',
  name: 'SEC Form 8-K Item 1.05 (material cybersecurity incidents)',
  kind: 'regime',
  holidays: { country: 'US' },
  laws: [{ id: 'US-SEC-8K-105', title: 'SEC Form 8-K Item 1.05, Material Cybersecurity Incidents', scope: 'residents', basis: 'regulation', versions }],
  channels: [
    {
      recipient: 'regulator',
      obligations: ['form-8k'],
      name: 'U.S. Securities and Exchange Commission (EDGAR)',
      ways: [{ kind: 'online_form', value: 'https://www.edgarfilings.sec.gov', formName: 'EDGAR Filing (Form 8-K, Item 1.05; Form 6-K for foreign private issuers)' }],
      asksFor: ['A Form 8-K under Item 1.05, tagged in Inline XBRL, filed with the registrant\'s EDGAR access codes'],
      source: `${CORPCOUNSEL} (Inline XBRL tagging); the EDGAR filing address is the SEC\'s published filer site, not re-read in this check`,
      checked: CHECKED,
    },
  ],
  consumerContact: null,
};
