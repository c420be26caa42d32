// Kansas: K.S.A. 50-7a01 to 50-7a04 (S.B. 196, in force 2007-01-01) bind businesses and governments
// alike. State agencies also alert the Chief Information Security Officer within 12 hours (Kansas
// Cybersecurity Act, 2018), and from 2023 every public entity reports significant incidents to the
// Kansas Information Security Office within 12 hours (H.B. 2019).
import type { FactCheck, Jurisdiction, ObligationRule, RuleVersion } from './types.js';
import { BLOOMBERG_TABLE, NATIONWIDE_CRAS, PERKINS_CHART_2021, coverage, governmentOnlyCoverage, hours, obligation, residents, toll, withoutDelay } from './shared.js';

const CHECKED = '2026-12-08';

// The texts read on 2026-12-08.
const KSA_7A02 = 'https://getpocketlaw.com/law/state_kansas/section-50-7a02-security-breach-requirements_a658ec5e22be; http://www.laws9.com/statutes/kansas/chapter50/article7a/statutes_21182 (K.S.A. 50-7a02(a)-(d))';
const PERKINS_KS = 'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-kansas.html';
const AICPA_KS = 'http://www.aicpa.org/InterestAreas/InformationTechnology/Resources/Privacy/FederalStateandOtherProfessionalRegulations/StatePrivacyRegulations/Pages/Kansas%20State%20Security%20Breach%20Laws.aspx';
const WORDSBYWIT_KS = 'https://www.wordsbywit.com/kansas (quotes K.S.A. 50-7a01 "security breach")';
const KSA_7240_NOW = 'https://self-law.org/code/ks/chapter-75/75-7240 (K.S.A. 75-7240 as amended in 2023, (a)(4))';
const KSA_7240_2021 = 'http://www.kslegislature.org/li_2022/b2021_22/statute/075_000_0000_chapter/075_072_0000_article/075_072_0040_section/075_072_0040_k/';
const HB_2019 = 'https://sos.ks.gov/publications/sessionlaws/2023/Chapter-75-HB-2019.html (2023 Session Laws ch. 75, new section 1)';
const KISO_FAQ = 'https://kslandingzoneks.prod.govaccess.org/root1/support-advanced-components/faq-list (Kansas Information Security Office reporting FAQ)';
const DEFS_NOT_READ = 'K.S.A. 50-7a01 (definitions) and the later subsections of K.S.A. 50-7a02 (credit bureaus, enforcement) were read only as quoted in summaries.';

const LE = toll('K.S.A. 50-7a02(c)');
const KEY_SILENT = 'K.S.A. 50-7a01 reaches only "unencrypted or unredacted" data and says nothing of keys: encrypted data taken with its key is literally outside the law, but notice is the safer reading.';

const F_COVERAGE: FactCheck = { kind: 'secondary', where: `${KSA_7A02}; ${PERKINS_KS}`, says: '§ 50-7a02(a): a person conducting business in Kansas, or a government, governmental subdivision or agency, owning or licensing the data; "person" includes nonprofits (summary)', checked: CHECKED, why: `Subsection (a) was read; the definition of "person" in K.S.A. 50-7a01 was not. ${DEFS_NOT_READ}` };
const F_PI: FactCheck = { kind: 'secondary', where: AICPA_KS, says: 'name with SSN, licence or state ID, or financial account or card number alone or with any code, when neither encrypted nor redacted', checked: CHECKED, why: DEFS_NOT_READ };
const F_KEY: FactCheck = { kind: 'secondary', where: `${WORDSBYWIT_KS}; ${AICPA_KS}`, says: '"security breach": access and acquisition of unencrypted or unredacted data; no key clause', checked: CHECKED, why: DEFS_NOT_READ };
const F_HARM: FactCheck = { kind: 'primary', where: KSA_7A02, says: '§ 50-7a02(a): good-faith prompt investigation; notice only if misuse has occurred or is reasonably likely', checked: CHECKED };
const F_DEADLINE: FactCheck = { kind: 'primary', where: KSA_7A02, says: '§ 50-7a02(a): as soon as possible, in the most expedient time possible and without unreasonable delay', checked: CHECKED };
const F_ANCHOR: FactCheck = { kind: 'primary', where: KSA_7A02, says: '§ 50-7a02(a): when it becomes aware of the breach (then investigates); (b) vendor: following discovery', checked: CHECKED };
const F_THRESHOLD: FactCheck = { kind: 'secondary', where: `${PERKINS_KS}; ${BLOOMBERG_TABLE}`, says: 'credit bureaus when more than 1,000 consumers are to be notified at one time', checked: CHECKED, why: DEFS_NOT_READ };
const F_LE: FactCheck = { kind: 'primary', where: KSA_7A02, says: '§ 50-7a02(c): delay while notice would impede a criminal investigation; then as soon as possible (a pause)', checked: CHECKED };
const F_SUBST: FactCheck = { kind: 'secondary', where: PERKINS_CHART_2021, says: 'substitute notice if cost over $100,000 or more than 5,000 to notify, or no contact data', checked: CHECKED, why: DEFS_NOT_READ };
const F_CONTENT: FactCheck = { kind: 'secondary', where: `${KSA_7A02}; ${WORDSBYWIT_KS}; ${PERKINS_KS}`, says: 'no content for residents (§ 50-7a02(a), read); credit bureaus get the timing, distribution and content of the notices (summary)', checked: CHECKED, why: DEFS_NOT_READ };
const F_FORBIDDEN: FactCheck = { kind: 'secondary', where: `${KSA_7A02}; ${WORDSBYWIT_KS}`, says: 'none in § 50-7a02(a)-(d)', checked: CHECKED, why: DEFS_NOT_READ };

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
    encryptionSafeHarbor: {
      exists: true,
      keyException: true,
      keyReading: 'protective',
      keyWording: 'K.S.A. 50-7a01 "security breach": unauthorized access and acquisition of "unencrypted or unredacted" data; nothing on keys',
      citation: 'K.S.A. 50-7a01 ("security breach": unencrypted or unredacted data)',
    },
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
    confidence: 'low',
    unverified: [
      'No amendment of K.S.A. 50-7a01 to 50-7a04 since 2007 was found in the sources read; the session laws after 2021 were not checked.',
      'The subsection of K.S.A. 50-7a02 holding the consumer-reporting-agency duty was not read.',
      DEFS_NOT_READ,
      KEY_SILENT,
    ],
    sources: [
      { where: KSA_7A02, facts: 'K.S.A. 50-7a02(a)-(d) text: investigation, timing, vendor, law-enforcement delay, own procedures' },
      { where: PERKINS_KS, facts: 'S.B. 196 signed 2006-04-19, effective 2007-01-01; CRA above 1,000' },
      { where: AICPA_KS, facts: 'personal-information definition (account or card number alone or with code)' },
      { where: PERKINS_CHART_2021, facts: 'substitute notice' },
      { where: BLOOMBERG_TABLE, facts: 'cross-check' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: `${PERKINS_KS}; ${AICPA_KS}`, says: 'S.B. 196 signed 2006-04-19, in force 2007-01-01', checked: CHECKED, why: 'S.B. 196 itself was not read.' },
      coverage: F_COVERAGE,
      personal_information: F_PI,
      encryption: F_KEY,
      risk_of_harm: F_HARM,
      deadline: F_DEADLINE,
      anchor: F_ANCHOR,
      threshold: F_THRESHOLD,
      law_enforcement: F_LE,
      substitute_notice: F_SUBST,
      required_content: F_CONTENT,
      forbidden_content: F_FORBIDDEN,
    },
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
const CISO_SOURCE = { where: KSA_7240_NOW, facts: 'K.S.A. 75-7240(a)(4): comply with K.S.A. 50-7a01 et seq.; CISO (and Secretary of State for election data) within 12 hours of discovery' };

const F_CISO_ANCHOR: FactCheck = { kind: 'primary', where: KSA_7240_NOW, says: 'after the discovery of the breach, suspected breach or unauthorized exposure', checked: CHECKED };
const F_CISO_HARM: FactCheck = { kind: 'primary', where: KSA_7240_NOW, says: 'none: a suspected breach is enough', checked: CHECKED };
const F_CISO_THRESHOLD: FactCheck = { kind: 'primary', where: KSA_7240_NOW, says: 'none: any breach or suspected breach', checked: CHECKED };
const F_CISO_LE: FactCheck = { kind: 'primary', where: KSA_7240_NOW, says: 'none: the 12 hours allow no delay', checked: CHECKED };
const F_CISO_SUBST: FactCheck = { kind: 'primary', where: KSA_7240_NOW, says: 'none: a report to an officer', checked: CHECKED };
const F_CISO_CONTENT: FactCheck = { kind: 'primary', where: KSA_7240_NOW, says: 'none set by the section', checked: CHECKED };
const F_CISO_FORBIDDEN: FactCheck = { kind: 'primary', where: KSA_7240_NOW, says: 'none: nothing in a notice is forbidden', checked: CHECKED };
const F_CISO_PI: FactCheck = { kind: 'primary', where: KSA_7240_NOW, says: 'personal information, confidential information or information whose disclosure is regulated by law', checked: CHECKED };
const F_CISO_KEY: FactCheck = { kind: 'primary', where: KSA_7240_NOW, says: 'none: no encryption exception for the CISO notice', checked: CHECKED };

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
    confidence: 'low',
    unverified: ['The 2018-07-01 start is Kansas\'s usual effective date for the Cybersecurity Act; the session law was not read. The 12-hour clause was read in the 2023 text; the 2021 text was read only in its first subsections.'],
    sources: [
      { where: KSA_7240_2021, facts: '2021 text of K.S.A. 75-7240 (agency head duties, "breach protocol")' },
      { where: 'https://klrd.org/publications/briefing-book-2021/cybersecurity/', facts: 'House Sub. for S.B. 56 (2018) created the Kansas Cybersecurity Act and the CISO' },
      CISO_SOURCE,
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: 'https://klrd.org/publications/briefing-book-2021/cybersecurity/', says: 'House Sub. for S.B. 56 (2018) created the Act; in force 2018-07-01', checked: CHECKED, why: 'The 2018 session law was not read.' },
      coverage: { kind: 'primary', where: KSA_7240_2021, says: 'binds the executive branch agency heads', checked: CHECKED },
      personal_information: F_CISO_PI,
      encryption: F_CISO_KEY,
      risk_of_harm: F_CISO_HARM,
      deadline: { kind: 'secondary', where: `${KSA_7240_NOW}; ${KSA_7240_2021}`, says: '12 hours after discovery to the CISO (read in the 2023 text; the 2021 text\'s breach clause was read by the earlier research)', checked: CHECKED, why: 'The 2018-2023 text was read only in its first subsections.' },
      anchor: F_CISO_ANCHOR,
      threshold: F_CISO_THRESHOLD,
      law_enforcement: F_CISO_LE,
      substitute_notice: F_CISO_SUBST,
      required_content: F_CISO_CONTENT,
      forbidden_content: F_CISO_FORBIDDEN,
    },
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
    confidence: 'low',
    unverified: [
      'The codified section number of H.B. 2019 § 1 and the definition of "public entity" were not read.',
      'S.B. 291 (2024) reorganised cybersecurity under each branch\'s chief information technology officer, partly with an expiry date; its effect on these reports was not checked.',
      'The 2023-07-01 start is Kansas\'s usual effective date; the enacting clause of H.B. 2019 was not read.',
    ],
    sources: [
      { where: HB_2019, facts: 'H.B. 2019 § 1: public entity notifies KISO within 12 hours of discovery; contractors 72 hours' },
      { where: 'd19qwa9mtcjeak.cloudfront.net Kansas governor signs cybersecurity bill (2023)', facts: 'election data to the Secretary of State; reporting instructions by 2023-10-01' },
      CISO_SOURCE,
      { where: KISO_FAQ, facts: 'report by the 24/7 line 785-296-6069 or the online form; what the report gives' },
    ],
    verification: {
      effective_dates: { kind: 'secondary', where: HB_2019, says: 'H.B. 2019 (2023 Session Laws ch. 75); taken as in force 2023-07-01', checked: CHECKED, why: 'The enacting clause of H.B. 2019 was not read.' },
      coverage: { kind: 'secondary', where: `${HB_2019}; ${KSA_7240_NOW}`, says: '§ 1(a)(1): any public entity; K.S.A. 75-7240: executive branch agencies', checked: CHECKED, why: 'The definition of "public entity" was not read.' },
      personal_information: { kind: 'primary', where: `${HB_2019}; ${KSA_7240_NOW}`, says: 'none for the KISO report: any significant cybersecurity incident; CISO notice: personal, confidential or regulated information', checked: CHECKED },
      encryption: F_CISO_KEY,
      risk_of_harm: F_CISO_HARM,
      deadline: { kind: 'primary', where: `${HB_2019}; ${KSA_7240_NOW}`, says: 'KISO within 12 hours after discovery (§ 1(a)(1)); CISO not later than 12 hours after discovery (75-7240(a)(4)(B))', checked: CHECKED },
      anchor: { kind: 'primary', where: HB_2019, says: 'after discovery of the incident', checked: CHECKED },
      threshold: { kind: 'primary', where: HB_2019, says: 'none: any significant cybersecurity incident', checked: CHECKED },
      law_enforcement: { kind: 'primary', where: HB_2019, says: 'none: no delay for law enforcement', checked: CHECKED },
      substitute_notice: F_CISO_SUBST,
      required_content: { kind: 'secondary', where: KISO_FAQ, says: 'the Office\'s instructions: status, contact, where and when discovered, detection, impact, actions, assistance needed', checked: CHECKED, why: 'H.B. 2019 leaves the content to the Office\'s website instructions.' },
      forbidden_content: { kind: 'primary', where: HB_2019, says: 'none: nothing in a notice is forbidden', checked: CHECKED },
    },
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
  channels: [
    NATIONWIDE_CRAS,
    {
      recipient: 'state_agency',
      name: 'Kansas Information Security Office (led by the Chief Information Security Officer)',
      ways: [
        { kind: 'phone', value: '785-296-6069 (monitored 24/7)' },
        { kind: 'online_form', value: KISO_FAQ, formName: 'Kansas Information Security Office incident report form' },
      ],
      asksFor: [
        'Status of the incident and a point of contact',
        'Where it occurred and when it was discovered',
        'How it was detected, whether resolved, who has been notified',
        'Impact, criticality and actions taken; whether assistance is needed',
        'Election data: tell the Secretary of State as well',
      ],
      source: KISO_FAQ,
      checked: CHECKED,
    },
  ],
  consumerContact: {
    name: 'Office of the Kansas Attorney General, Consumer Protection Division',
    phone: '1-800-432-2310',
    website: 'www.ag.ks.gov',
    address: '120 SW 10th Avenue, 2nd Floor, Topeka, KS 66612-1597',
    source: 'ag.ks.gov consumer protection pages (hotline 800-432-2310); address from the Division\'s published letterhead',
    checked: CHECKED,
  },
};
