// Kansas: K.S.A. 50-7a01 to 50-7a04 (S.B. 196, in force 2007-01-01) bind businesses and governments
// alike. State agencies also alert the Chief Information Security Officer within 12 hours (Kansas
// Cybersecurity Act, 2018), and from 2023 every public entity reports significant incidents to the
// Kansas Information Security Office within 12 hours (H.B. 2019).
import type { Jurisdiction, ObligationRule, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withoutDelay } from './shared.js';

const LE = toll('K.S.A. 50-7a02(c)');

const general: RuleVersion[] = [
  {
    id: 'KS-2007',
    effectiveFrom: '2007-01-01',
    effectiveTo: null,
    citations: ['K.S.A. 50-7a01 to 50-7a04 (S.B. 196, signed 2006-04-19, eff. 2007-01-01)'],
    summary: 'Kansas businesses and government bodies must investigate a breach and, where misuse has occurred or is reasonably likely, notify affected residents as soon as possible, and the credit bureaus above 1,000.',
    coverage: coverage({
      business: ['yes', 'K.S.A. 50-7a02(a) binds a person that conducts business in Kansas and owns or licenses computerized personal information.'],
      nonprofit: ['yes', 'K.S.A. 50-7a01: a "person" includes any association, trust, cooperative or other entity, whether or not for profit.'],
      local_government: ['yes', 'K.S.A. 50-7a02(a) names a government, governmental subdivision or agency that owns or licenses computerized personal information.'],
      state_agency: ['yes', 'K.S.A. 50-7a02(a) names a government or governmental agency; K.S.A. 75-7240 also requires executive branch agencies to comply with K.S.A. 50-7a01 et seq.'],
    }),
    encryptionSafeHarbor: { exists: true, keyException: false, citation: 'K.S.A. 50-7a01 ("security breach": unencrypted or unredacted data)' },
    riskOfHarmException: {
      exists: true,
      standard: 'After a good-faith, reasonable and prompt investigation, notice is owed only if misuse has occurred or is reasonably likely; a breach must cause, or be reasonably believed to cause, identity theft.',
      recordToKeep: null,
    },
    personalInformation: {
      citation: 'K.S.A. 50-7a01 ("personal information")',
      summary: 'name with SSN, driver licence or state ID number, or a financial account, credit or debit card number alone or with any code or password',
      combinations: [{ all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id', 'account_number', 'card_number'] }],
    },
    substituteNotice: { costOver: 100_000, recipientsOver: 5_000, citation: 'K.S.A. 50-7a01 ("notice": substitute notice)' },
    obligations: [
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected Kansas residents',
        citation: 'K.S.A. 50-7a02(a)',
        deadline: withoutDelay(
          'discovered',
          'As soon as possible: in the most expedient time possible and without unreasonable delay once the investigation finds misuse has occurred or is reasonably likely, allowing for law enforcement and for measures to determine the scope and restore the system.',
        ),
        lawEnforcement: LE,
        notes: 'The statute sets no content for the notice. Counts residents whose information was accessed and acquired.',
      }),
      obligation({
        id: 'consumer-reporting-agencies',
        recipient: 'consumer_reporting_agencies',
        recipientName: 'Nationwide consumer reporting agencies',
        citation: 'K.S.A. 50-7a02',
        deadline: withoutDelay('discovered', 'Without unreasonable delay when more than 1,000 consumers are to be notified at one time.'),
        threshold: residents(1000, 'more_than'),
        lawEnforcement: LE,
        requiredContent: ['Timing, distribution and content of the notices'],
      }),
      obligation({
        id: 'vendor-notice',
        recipient: 'data_owner',
        recipientName: 'The data owner (notice from the vendor that maintains the data)',
        citation: 'K.S.A. 50-7a02(b)',
        deadline: withoutDelay('discovered', 'Following discovery of the breach; the statute sets no period.'),
        lawEnforcement: LE,
        condition: 'Binds an individual or commercial entity that maintains the data for its owner, not the owner itself; only where the information was, or is reasonably believed to have been, accessed and acquired.',
      }),
    ],
    confidence: 'high',
    unverified: [
      'No amendment of K.S.A. 50-7a01 to 50-7a04 since 2007 was found in the sources read; the session laws after 2021 were not checked.',
      'The subsection of K.S.A. 50-7a02 holding the consumer-reporting-agency duty was not read.',
    ],
    sources: [
      { where: 'https://getpocketlaw.com/law/state_kansas/section-50-7a02-security-breach-requirements_a658ec5e22be', facts: 'K.S.A. 50-7a02(a)-(d) text: investigation, timing, vendor, law-enforcement delay' },
      { where: 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-kansas.html', facts: 'S.B. 196 signed 2006-04-19, effective 2007-01-01; CRA above 1,000' },
      { where: 'AICPA Kansas State Security Breach Laws page', facts: 'personal-information definition (account or card number alone or with code)' },
      { where: PERKINS_CHART_2021, facts: 'substitute notice' },
      { where: BLOOMBERG_TABLE, facts: 'cross-check' },
    ],
  },
];

const ciso12h: ObligationRule = obligation({
  id: 'ciso-12h',
  recipient: 'state_agency',
  recipientName: 'Kansas Chief Information Security Officer (and the Secretary of State if election data is involved)',
  citation: 'K.S.A. 75-7240',
  deadline: hours(12, 'discovered'),
  condition: 'Executive branch agencies only, for a breach, suspected breach or unauthorized exposure of personal, confidential or legally protected information.',
});
const CISO_SOURCE = { where: 'https://self-law.org/code/ks/chapter-75/75-7240', facts: 'K.S.A. 75-7240: comply with K.S.A. 50-7a01 et seq.; CISO (and Secretary of State for election data) within 12 hours of discovery' };

const cyber: RuleVersion[] = [
  {
    id: 'KS-CISO-2018',
    effectiveFrom: '2018-07-01',
    effectiveTo: '2023-06-30',
    citations: ['K.S.A. 75-7240 (Kansas Cybersecurity Act, House Sub. for S.B. 56, 2018)'],
    summary: 'Kansas executive branch agencies had to notify the Chief Information Security Officer within 12 hours of discovering a breach or suspected breach.',
    coverage: governmentOnlyCoverage('K.S.A. 50-7a01 to 50-7a04', {
      local_government: ['no', 'K.S.A. 75-7240 binds executive branch agency heads only.'],
      state_agency: ['yes', 'K.S.A. 75-7240 binds the heads of executive branch agencies (not the legislative or judicial branch).'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [ciso12h],
    confidence: 'medium',
    unverified: ['The 2018-07-01 start is Kansas\'s usual effective date for the Cybersecurity Act; the session law was not read. The 2021 statute text was read.'],
    sources: [
      { where: 'http://www.kslegislature.org/li_2022/b2021_22/statute/075_000_0000_chapter/075_072_0000_article/075_072_0040_section/075_072_0040_k/', facts: '2021 text of K.S.A. 75-7240' },
      { where: 'https://klrd.org/publications/briefing-book-2021/cybersecurity/', facts: 'House Sub. for S.B. 56 (2018) created the Kansas Cybersecurity Act and the CISO' },
      CISO_SOURCE,
    ],
  },
  {
    id: 'KS-KISO-2023',
    effectiveFrom: '2023-07-01',
    effectiveTo: null,
    citations: ['H.B. 2019 (2023 Session Laws ch. 75), new section 1 (significant cybersecurity incidents); K.S.A. 75-7240 as amended by it'],
    summary: 'Every Kansas public entity must report a significant cybersecurity incident to the Kansas Information Security Office within 12 hours of discovering it; executive branch agencies also keep the 12-hour CISO notice for breaches.',
    coverage: governmentOnlyCoverage('K.S.A. 50-7a01 to 50-7a04', {
      local_government: ['uncertain', 'H.B. 2019 binds "any public entity"; the definition was not read, and whether it reaches cities, counties and school districts is taken as likely (the bill was presented as covering them).'],
      state_agency: ['yes', 'H.B. 2019 binds any public entity, state agencies included; K.S.A. 75-7240 still binds executive branch agencies.'],
    }),
    encryptionSafeHarbor: null,
    riskOfHarmException: null,
    obligations: [
      obligation({
        id: 'kiso-12h',
        recipient: 'state_agency',
        recipientName: 'Kansas Information Security Office (and the Secretary of State if election data is involved)',
        citation: 'H.B. 2019 (2023), § 1(a)(1)',
        deadline: hours(12, 'discovered'),
        condition: 'A "significant cybersecurity incident" as the Office defines on its reporting page. Entities connected to the Kansas criminal justice information system report under that system\'s rules instead (§ 1(b)).',
        notes: 'Government contractors holding Kansas data have their own 72-hour duty.',
      }),
      ciso12h,
    ],
    confidence: 'medium',
    unverified: [
      'The codified section number of H.B. 2019 § 1 and the definition of "public entity" were not read.',
      'S.B. 291 (2024) reorganised cybersecurity under each branch\'s chief information technology officer, partly with an expiry date; its effect on these reports was not checked.',
    ],
    sources: [
      { where: 'https://sos.ks.gov/publications/sessionlaws/2023/Chapter-75-HB-2019.html', facts: 'H.B. 2019 § 1: public entity notifies KISO within 12 hours of discovery; contractors 72 hours' },
      { where: 'd19qwa9mtcjeak.cloudfront.net Kansas governor signs cybersecurity bill (2023)', facts: 'election data to the Secretary of State; reporting instructions by 2023-10-01' },
      CISO_SOURCE,
    ],
  },
];

export const kansas: Jurisdiction = {
  code: 'KS',
  name: 'Kansas',
  kind: 'state',
  holidays: { country: 'US', state: 'KS' },
  laws: [
    { id: 'KS-50-7A', title: 'Security breach notice, K.S.A. 50-7a01 to 50-7a04', scope: 'residents', versions: general },
    { id: 'KS-75-72', title: 'Kansas Cybersecurity Act and public-entity incident reports (K.S.A. 75-7240; H.B. 2019 of 2023)', scope: 'home', versions: cyber },
  ],
};
