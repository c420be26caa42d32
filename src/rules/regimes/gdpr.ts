// EU General Data Protection Regulation, Articles 33-34: a controller tells the supervisory
// authority within 72 hours of becoming aware of a personal-data breach, and the people affected
// without undue delay when the risk to them is high. The 72 hours are clock hours from awareness,
// so the clock is anchored on the "discovered" instant and no holiday calendar matters.
import type { Jurisdiction, PersonalInformationDefinition, RuleVersion } from '../types.js';
import { DATA_ELEMENTS } from '../types.js';
import { coverage, hours, obligation, withoutDelay } from '../shared.js';

const CHECKED = '2026-12-08';
const ART_33 = 'https://gdprlearninghub.com/article-33-gdpr/ (Regulation (EU) 2016/679 Art. 33, full text)';
const ART_34 = 'https://overview.legal/laws/gdpr/art-34 and https://gdprhub.eu/index.php?oldid=33594&title=Article_34_GDPR (Art. 34, full text)';
const ART_3 = 'https://gdpr-info.eu/art-3-gdpr/ (Art. 3, full text)';
const ART_4_1 = 'https://yourdata-yourrights.eu/glossary/personal-data/ (Art. 4(1), quoted in full)';

const COVERAGE = coverage({
  business: ['yes', 'Applies to controllers and processors established in the EU, and to those outside it that offer goods or services to people in the EU or monitor their behaviour there (Art. 3).'],
  nonprofit: ['yes', 'Nonprofits are controllers like any other; the same territorial tests of Art. 3 apply.'],
  local_government: ['yes', 'Public authorities are controllers under Art. 4(7). A U.S. city is reached only through Art. 3(2) (e.g. services offered to, or monitoring of, people in the EU); the regime was opted in on that basis.'],
  state_agency: ['yes', 'As for local governments: a U.S. state agency is a controller reached only through Art. 3(2).'],
});

// "Personal data" is any information relating to an identified or identifiable person (Art. 4(1)):
// every element of the vocabulary qualifies on its own.
const PERSONAL_DATA: PersonalInformationDefinition = {
  citation: 'GDPR Art. 4(1), (12) (personal data; personal data breach)',
  summary: 'any information relating to an identified or identifiable natural person',
  combinations: [{ all: [], anyOf: [...DATA_ELEMENTS] }],
};

const versions: RuleVersion[] = [
  {
    id: 'EU-GDPR-2018',
    effectiveFrom: '2018-05-25',
    effectiveTo: null,
    citations: ['Regulation (EU) 2016/679 (GDPR) Arts. 4(12), 33, 34 (applicable from 2018-05-25)', 'EDPB Guidelines 9/2022 on personal data breach notification'],
    summary: 'Controllers must notify the supervisory authority within 72 hours of becoming aware of a personal-data breach unless it is unlikely to result in a risk, and the affected people without undue delay when it is likely to result in a high risk.',
    coverage: COVERAGE,
    coverageOutOfState: { local_government: COVERAGE.local_government, state_agency: COVERAGE.state_agency },
    // Art. 34(3)(a) spares only the communication to individuals when the data was unintelligible
    // (e.g. encrypted); the authority may still be owed notice, so no version-wide safe harbour.
    encryptionSafeHarbor: {
      exists: false,
      keyException: true,
      keyReading: 'implied',
      keyWording:
        'No exemption from the authority notice; Art. 34(3)(a) spares only the communication to individuals where measures such as encryption render the data unintelligible to anyone not authorised, which a taken key undoes',
      citation: 'GDPR Art. 34(3)(a) (individuals only; see the individuals obligation)',
    },
    riskOfHarmException: {
      exists: true,
      standard: 'authority notice unless the breach is unlikely to result in a risk to the rights and freedoms of natural persons; individual notice only where it is likely to result in a high risk',
      recordToKeep: 'Every breach, notified or not: its facts, effects and the remedial action taken (Art. 33(5)).',
    },
    personalInformation: PERSONAL_DATA,
    substituteNotice: { costOver: null, recipientsOver: null, citation: 'GDPR Art. 34(3)(c) (public communication where individual notice would involve disproportionate effort)' },
    obligations: [
      obligation({
        id: 'supervisory-authority',
        recipient: 'regulator',
        recipientName: 'Competent supervisory authority (the lead authority where there is a main establishment in the EU)',
        citation: 'GDPR Art. 33(1), (3)',
        deadline: hours(72, 'discovered'),
        requiredContent: [
          'The nature of the breach, including where possible the categories and approximate number of people and of records concerned',
          'The name and contact details of the data protection officer or other contact point',
          'The likely consequences of the breach',
          'The measures taken or proposed to address it, including to mitigate its possible adverse effects',
        ],
        condition: 'Not required if the breach is unlikely to result in a risk to people\'s rights and freedoms (document that conclusion under Art. 33(5)).',
        notes:
          'Without undue delay and, where feasible, within 72 hours of becoming aware; a later notice must give the reasons for the delay. Information may be given in phases. Record the "discovered" event as an instant: awareness is when the controller has a reasonable degree of certainty that personal data was compromised (EDPB Guidelines 9/2022).',
      }),
      obligation({
        id: 'individuals',
        recipient: 'individuals',
        recipientName: 'Affected data subjects',
        citation: 'GDPR Art. 34',
        deadline: withoutDelay('discovered', 'without undue delay (Art. 34(1))'),
        requiredContent: [
          'A description in clear and plain language of the nature of the breach',
          'The name and contact details of the data protection officer or other contact point',
          'The likely consequences of the breach',
          'The measures taken or proposed to address it, including to mitigate its possible adverse effects',
        ],
        letterElements: ['what_happened', 'contact', 'what_we_are_doing'],
        condition:
          'Only if the breach is likely to result in a high risk to people\'s rights and freedoms. Not required if the data was unintelligible to unauthorised persons (e.g. encrypted, Art. 34(3)(a)) or later measures make the high risk no longer likely (Art. 34(3)(b)); the supervisory authority may order it.',
      }),
      obligation({
        id: 'processor',
        recipient: 'data_owner',
        recipientName: 'The controller for whom you process the data',
        citation: 'GDPR Art. 33(2)',
        deadline: withoutDelay('discovered', 'without undue delay after becoming aware of the breach (Art. 33(2)); the processing contract may set hours'),
        condition: 'Only if your organisation processes the data on behalf of a controller.',
      }),
    ],
    confidence: 'medium',
    unverified: [
      'The Articles were read in full-text reproductions of the Regulation, not in the Official Journal itself; the application date (Art. 99(2)) was read only in a draft copy.',
      'Awareness (when the 72 hours start) follows EDPB Guidelines 9/2022, not the Regulation\'s text.',
    ],
    verification: {
      effective_dates: {
        kind: 'secondary',
        where: 'github CommonAccord/Cmacc-Org Doc/G/EU-GDPR-Law-CmA/Sec/Article/99.md (draft text of Art. 99)',
        says: 'in force twenty days after publication and applicable two years after entry into force: 2018-05-25',
        checked: CHECKED,
        why: 'The copy of Art. 99 read is the draft with the date left blank; 25 May 2018 is the date of the Official Journal text, not read here.',
      },
      coverage: { kind: 'primary', where: ART_3, says: 'Art. 3(2): controllers and processors outside the Union processing data of people in the Union when offering them goods or services or monitoring their behaviour there', checked: CHECKED },
      personal_information: { kind: 'primary', where: ART_4_1, says: 'Art. 4(1): any information relating to an identified or identifiable natural person', checked: CHECKED },
      encryption: { kind: 'primary', where: ART_34, says: 'Art. 34(3)(a): no communication to individuals where measures such as encryption render the data unintelligible; nothing spares the Art. 33 notice', checked: CHECKED },
      risk_of_harm: { kind: 'primary', where: `${ART_33}; ${ART_34}`, says: 'Art. 33(1): not required if unlikely to result in a risk to rights and freedoms; Art. 34(1): individuals only for a likely high risk', checked: CHECKED },
      deadline: { kind: 'primary', where: `${ART_33}; ${ART_34}`, says: 'authority without undue delay and, where feasible, within 72 hours, with reasons if later; individuals without undue delay; processor to controller without undue delay', checked: CHECKED },
      anchor: { kind: 'primary', where: ART_33, says: 'after having become aware of the breach', checked: CHECKED },
      threshold: { kind: 'primary', where: `${ART_33}; ${ART_34}`, says: 'none: risk, not a number of people', checked: CHECKED },
      law_enforcement: { kind: 'primary', where: `${ART_33}; ${ART_34}`, says: 'none: Arts. 33-34 allow no law-enforcement delay (only Member State restrictions under Art. 23)', checked: CHECKED },
      substitute_notice: { kind: 'primary', where: ART_34, says: 'Art. 34(3)(c): where individual communication would involve disproportionate effort, a public communication or similar equally effective measure', checked: CHECKED },
      required_content: { kind: 'primary', where: `${ART_33}; ${ART_34}`, says: 'Art. 33(3)(a)-(d): nature, categories and numbers; DPO contact; likely consequences; measures; Art. 34(2): the same (b)-(d) in clear and plain language', checked: CHECKED },
      forbidden_content: { kind: 'primary', where: `${ART_33}; ${ART_34}`, says: 'none: the text forbids nothing in a notice', checked: CHECKED },
    },
    sources: [
      { where: ART_33, facts: 'Article 33 full text' },
      { where: ART_34, facts: 'Article 34 full text' },
      { where: ART_3, facts: 'Article 3 territorial scope' },
      { where: 'http://source.commonaccord.org/index.php?action=s&file=G/EU-GDPR-Law-CmA/Sec/Article/33.md', facts: 'Article 33 text: 72 hours after becoming aware, reasons for delay, content, phased information, documentation' },
      { where: 'https://macwangrid.com/blog/gdpr-breach-notification-requirements.html', facts: 'awareness per EDPB Guidelines 9/2022; processor notifies controller without undue delay' },
    ],
  },
];

export const gdpr: Jurisdiction = {
  code: 'EU-GDPR',
  name: 'EU General Data Protection Regulation (Arts. 33-34)',
  kind: 'regime',
  holidays: { country: 'US' },
  laws: [{ id: 'EU-GDPR-33-34', title: 'Regulation (EU) 2016/679, Articles 33-34 (personal data breach notification)', scope: 'residents', basis: 'regulation', versions }],
  channels: [
    {
      recipient: 'regulator',
      obligations: ['supervisory-authority'],
      name: 'The competent supervisory authority (Art. 55; the lead authority under Art. 56 where there is a main establishment in the EU)',
      ways: [
        {
          kind: 'online_form',
          value: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
          formName: 'EDPB list of member authorities: each national authority runs its own breach-notification form',
        },
      ],
      asksFor: [
        'The nature of the breach, with the categories and approximate numbers of people and records',
        'The name and contact details of the DPO or other contact point',
        'The likely consequences',
        'The measures taken or proposed, including to mitigate adverse effects',
        'If later than 72 hours, the reasons for the delay',
      ],
      source: `${ART_33} (what the notification must contain); the EDPB members page lists the authorities, not re-read in this check`,
      checked: CHECKED,
    },
  ],
  consumerContact: null,
};
