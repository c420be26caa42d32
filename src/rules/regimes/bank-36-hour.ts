// Computer-Security Incident Notification Rule of the OCC, Federal Reserve and FDIC (86 FR 66424):
// a banking organisation tells its primary federal regulator within 36 hours of determining that a
// "notification incident" occurred; a bank service provider tells its bank customers as soon as
// possible. It is about disruption to banking, not about personal data.
import type { Jurisdiction, RuleVersion } from '../types.js';
import { coverage, hours, obligation, withoutDelay } from '../shared.js';

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
    confidence: 'high',
    unverified: [
      'The section numbers within each agency\'s part (53.3/53.4, 225.302/225.303, 304.23/304.24) are recalled, not read.',
      'The version starts on the compliance date (2022-05-01); the rule was effective 2022-04-01.',
    ],
    sources: [
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
};
