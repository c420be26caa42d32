// Computer-Security Incident Notification Rule of the OCC, Federal Reserve and FDIC (86 FR 66424):
// a banking organisation tells its primary federal regulator within 36 hours of determining that a
// "notification incident" occurred; a bank service provider tells its bank customers as soon as
// possible. It is about disruption to banking, not about personal data.
import type { FactCheck, Jurisdiction, RuleVersion } from '../types.js';
import { coverage, hours, obligation, withoutDelay } from '../shared.js';

const CHECKED = '2026-12-08';
const NOTICE_SECTIONS =
  'https://lexbuild.dev/ecfr/title-12/chapter-I/part-53/section-53.3 (12 CFR § 53.3, eCFR text, source 86 FR 66442); https://lexbuild.dev/ecfr/title-12/chapter-III/part-304/section-304.23 (§ 304.23); Federal Reserve § 225.302 as reproduced on an eCFR mirror';
const DEFINITIONS =
  'https://lexbuild.dev/ecfr/title-12/chapter-III/part-304/section-304.22 (12 CFR § 304.22(b)(1)-(5)); https://lexbuild.dev/ecfr/title-12/chapter-II/part-225/section-225.301 (§ 225.301(b)(1)-(4))';
const FR_2021 = 'https://www.govinfo.gov/content/pkg/FR-2021-11-23/html/2021-25510.htm (86 FR 66424)';
const PARTLY: FactCheck = {
  kind: 'secondary',
  where: `${FR_2021}; https://risktemplate.com/blog/2026-05-15-ffiec-36-hour-computer-security-incident-notification-rule`,
  says: 'see below',
  checked: CHECKED,
  why: 'The definition of "notification incident" and the service-provider sections (§§ 53.4, 225.303, 304.24) lie past what could be read; the fact rests on summaries of the final rule.',
};

const COVERAGE = coverage({
  business: ['yes', 'Applies to banking organisations (national banks, federal savings associations, state member and nonmember banks, bank holding companies and their subsidiaries, and other FDIC-supervised institutions) and to bank service providers under the Bank Service Company Act.'],
  nonprofit: ['uncertain', 'A nonprofit is not a banking organisation, but one that provides covered services to a bank may be a bank service provider. Credit unions are outside this rule (NCUA has its own, not encoded).'],
  local_government: ['no', 'A city or county is not a banking organisation under 12 CFR 53.2, 225.301 or 304.22, nor ordinarily a bank service provider.'],
  state_agency: ['no', 'A state agency is not a banking organisation regulated by the OCC, the Federal Reserve or the FDIC.'],
});

const versions: RuleVersion[] = [
  {
    id: 'US-BANK-CSIN-2022',
    effectiveFrom: '2022-05-01',
    effectiveTo: null,
    citations: [
      '12 CFR part 53 (OCC), 12 CFR part 225 subpart N (Federal Reserve), 12 CFR part 304 subpart C (FDIC)',
      'Final rule, 86 FR 66424 (2021-11-23; effective 2022-04-01, compliance 2022-05-01)',
    ],
    summary: 'Banks must notify their primary federal regulator within 36 hours of determining that a computer-security incident has materially disrupted, or is reasonably likely to disrupt, their operations; bank service providers must tell their bank customers as soon as possible.',
    coverage: COVERAGE,
    coverageOutOfState: { local_government: COVERAGE.local_government, state_agency: COVERAGE.state_agency },
    // Incident-based: no data definition, encryption safe harbour or harm test to encode; the
    // "notification incident" standard is left to staff as a condition.
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'primary-regulator',
        recipient: 'regulator',
        recipientName: 'Primary federal regulator (OCC, Federal Reserve or FDIC case manager or designated contact)',
        citation: '12 CFR § 53.3; 12 CFR § 225.302; 12 CFR § 304.23',
        deadline: hours(36, 'determined'),
        requiredContent: ['Notice that a notification incident occurred, by email, telephone or other means the regulator prescribes; no form or content is required'],
        condition:
          'Only for a "notification incident": a computer-security incident that has materially disrupted or degraded, or is reasonably likely to, the bank\'s ability to carry out operations or deliver products to a material part of its customers, a business line whose failure would cause material loss, or operations whose failure would threaten U.S. financial stability.',
        notes: 'As soon as possible and no later than 36 hours after the bank determines a notification incident occurred. Record that determination as the "determined" event; the clock counts from its instant.',
      }),
      obligation({
        id: 'bank-service-provider',
        recipient: 'data_owner',
        recipientName: 'Each affected banking-organisation customer (its designated contact)',
        citation: '12 CFR § 53.4; 12 CFR § 225.303; 12 CFR § 304.24',
        deadline: withoutDelay('determined', 'as soon as possible after the service provider determines it has had a computer-security incident that has materially disrupted or degraded, or is reasonably likely to, covered services to the bank for four or more hours'),
        condition: 'Only if your organisation is a bank service provider; scheduled maintenance, testing or software updates previously communicated to the bank are excluded.',
      }),
    ],
    confidence: 'medium',
    unverified: [
      'The banking-organisation notice (§§ 53.3, 225.302, 304.23) and the definitions were read in the regulation; the "notification incident" definition and the service-provider sections (53.4, 225.303, 304.24) were read only in summaries.',
      'The version starts on the compliance date (2022-05-01); the rule was effective 2022-04-01.',
    ],
    verification: {
      effective_dates: {
        ...PARTLY,
        says: 'final rule 86 FR 66424 (2021-11-23), effective 2022-04-01, compliance 2022-05-01',
        why: 'The eCFR text read shows its source (86 FR 66442, Nov. 23, 2021) but not the effective and compliance dates, which come from summaries.',
      },
      coverage: {
        kind: 'primary',
        where: DEFINITIONS,
        says: 'banking organization: FDIC-supervised insured institutions, bank and savings and loan holding companies, state member banks, U.S. operations of foreign banks (OCC: national banks and federal savings associations); bank service provider: a bank service company or other person performing covered services',
        checked: CHECKED,
      },
      personal_information: { kind: 'primary', where: DEFINITIONS, says: 'none: a computer-security incident is actual harm to the confidentiality, integrity or availability of a system or its information, whatever the data', checked: CHECKED },
      encryption: { kind: 'primary', where: `${NOTICE_SECTIONS}; ${DEFINITIONS}`, says: 'none: no encryption exception', checked: CHECKED },
      risk_of_harm: { ...PARTLY, says: 'only a notification incident: material disruption or degradation, or its reasonable likelihood, of operations, products to a material part of customers, or critical business lines' },
      deadline: { kind: 'primary', where: NOTICE_SECTIONS, says: 'the agency must receive the notice as soon as possible and no later than 36 hours after the determination', checked: CHECKED },
      anchor: { kind: 'primary', where: NOTICE_SECTIONS, says: 'after the banking organization determines that a notification incident has occurred', checked: CHECKED },
      threshold: { kind: 'primary', where: NOTICE_SECTIONS, says: 'none: no count of customers', checked: CHECKED },
      law_enforcement: { kind: 'primary', where: NOTICE_SECTIONS, says: 'none: the sections allow no delay', checked: CHECKED },
      substitute_notice: { kind: 'primary', where: NOTICE_SECTIONS, says: 'none: notice goes to the regulator only', checked: CHECKED },
      required_content: { kind: 'primary', where: NOTICE_SECTIONS, says: 'no content prescribed: notice of the incident by email, telephone or similar methods the agency prescribes', checked: CHECKED },
      forbidden_content: { kind: 'primary', where: NOTICE_SECTIONS, says: 'none: the text forbids nothing in a notice', checked: CHECKED },
    },
    sources: [
      { where: NOTICE_SECTIONS, facts: '§§ 53.3, 225.302, 304.23: notice received as soon as possible and no later than 36 hours after the determination, by email, telephone or similar' },
      { where: DEFINITIONS, facts: 'banking organization, bank service provider, computer-security incident' },
      { where: 'https://www.govinfo.gov/content/pkg/FR-2021-11-23/html/2021-25510.htm', facts: '86 FR 66424: 36 hours after determining a notification incident; bank service providers notify as soon as possible for disruption of four or more hours; effective 2022-04-01, compliance 2022-05-01' },
      { where: 'https://bankingjournal.aba.com/2021/11/agencies-finalize-rule-regarding-notification-of-cyber-attacks', facts: 'definitions of computer-security incident and notification incident; compliance by 2022-05-01' },
    ],
  },
];

export const bank36Hour: Jurisdiction = {
  code: 'US-BANK-CSIN',
  name: 'Bank Computer-Security Incident Notification Rule (36 hours)',
  kind: 'regime',
  holidays: { country: 'US' },
  laws: [{ id: 'US-BANK-CSIN', title: 'Computer-Security Incident Notification Requirements for Banking Organizations and Their Bank Service Providers (OCC, Federal Reserve, FDIC)', scope: 'residents', basis: 'regulation', versions }],
  channels: [
    {
      recipient: 'regulator',
      obligations: ['primary-regulator'],
      name: 'Federal Reserve Board (state member banks and holding companies)',
      ways: [
        { kind: 'email', value: 'incident@frb.gov' },
        { kind: 'phone', value: '(866) 364-0096' },
      ],
      asksFor: ['Notice that a notification incident has occurred; no form or content is prescribed'],
      source: 'https://mycomplianceresource.com/computer-security-incidents-who-to-contact/ (summarising Federal Reserve SR 22-4 / CA 22-3)',
      checked: CHECKED,
    },
    {
      recipient: 'regulator',
      obligations: ['primary-regulator'],
      name: 'Office of the Comptroller of the Currency (national banks and federal savings associations)',
      ways: [{ kind: 'online_form', value: 'https://banknet.occ.gov', formName: 'BankNet incident submission (or e-mail to the bank\'s OCC supervisory office)' }],
      asksFor: ['Notice that a notification incident has occurred; no form or content is prescribed'],
      source: 'https://mycomplianceresource.com/computer-security-incidents-who-to-contact/ (summarising OCC Bulletin 2022-8); the BankNet address is the OCC\'s published one, not re-read',
      checked: CHECKED,
    },
    {
      recipient: 'regulator',
      obligations: ['primary-regulator'],
      name: 'Federal Deposit Insurance Corporation (state nonmember banks and savings associations)',
      ways: [{ kind: 'email', value: 'incident@fdic.gov (or the bank\'s FDIC case manager)' }],
      asksFor: ['Notice that a notification incident has occurred; no form or content is prescribed'],
      source: 'https://mycomplianceresource.com/computer-security-incidents-who-to-contact/ (summarising FDIC FIL-12-2022: case manager, any examination-team member, or an FDIC e-mail address); the e-mail address was cut off in the copy read and is the FDIC\'s published one, not re-read',
      checked: CHECKED,
    },
  ],
  consumerContact: null,
};
