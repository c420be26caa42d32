// HIPAA Breach Notification Rule (45 CFR §§ 164.400-414, under HITECH Act § 13402): covered
// entities notify individuals, HHS and sometimes the media; business associates notify the
// covered entity. Opt-in regime: the engine counts everyone affected, all states together.
import type { EncryptionSafeHarbor, FactCheck, Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion, Verification } from '../types.js';
import { calendarDays, coverage, earlierOf, obligation, toll } from '../shared.js';

const CHECKED = '2026-12-08';

// ---- where the text was read ---------------------------------------------------------------------

const CFR_404B = 'https://hipaatemplates.com/faq-items/timeliness-of-notification/ (45 CFR § 164.404(b), quoted verbatim)';
const CFR_406 = 'https://www.brickergraydon.com/insights/resources/key/hipaa-regulations-notification-in-the-case-of-breach-notification-to-the-media-164-406 (45 CFR § 164.406(a)-(c) as amended January 2013, reproduced verbatim)';
const CFR_408 = 'https://getpocketlaw.com/law/cfr_45/section-164-408-notification-to-the-secretary_69b7f2ade63f (45 CFR § 164.408, text with its history: 74 FR 42767 (2009), as amended 78 FR 5695 (2013))';
const HITECH_13402 = 'https://en.m.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_123.djvu/281 (Pub. L. 111-5 § 13402(d), 123 Stat. 261)';
const GUIDANCE_2009 = 'http://federal.elaws.us/fr/4/27/2009/e9-9512 (74 FR 19006, HHS guidance on technologies that render PHI unusable, unreadable or indecipherable)';
const IFR_2009 = 'http://edocket.access.gpo.gov/2009/E9-20169.htm (interim final rule, 74 FR 42740, 2009-08-24)';
const LAWSTACK_412 = 'https://law.lawstack.com/laws/45-cfr_s_164-412_law-enforcement-delay-349bde36-11c8-4eec-849e-7bbcc0fb8746';
const HHS_INSTRUCTIONS = 'http://www.hhs.gov/ocr/privacy/hipaa/administrative/breachnotificationrule/brinstruction.html';

// § 164.412 pauses every notice of the subpart (individuals, media, HHS, business associate) for
// the period a written law-enforcement statement names, or up to 30 days on an oral one.
const LE = toll('45 CFR § 164.412');
const HHS = 'U.S. Department of Health and Human Services (Office for Civil Rights breach portal)';

const INDIVIDUAL_CONTENT = [
  'A brief description of what happened, with the date of the breach and the date of discovery, if known',
  'The types of unsecured protected health information involved (e.g. name, SSN, date of birth, diagnosis, account numbers)',
  'Steps individuals should take to protect themselves from potential harm',
  'What the covered entity is doing to investigate, mitigate harm and protect against further breaches',
  'Contact procedures, including a toll-free number, an email address, a website or a postal address',
];

const obligations: ObligationRule[] = [
  obligation({
    id: 'individuals',
    recipient: 'individuals',
    recipientName: 'Affected individuals',
    citation: '45 CFR § 164.404',
    deadline: calendarDays(60, 'discovered'),
    lawEnforcement: LE,
    requiredContent: INDIVIDUAL_CONTENT,
    letterElements: ['what_happened', 'breach_dates', 'information_involved', 'what_you_can_do', 'what_we_are_doing', 'contact'],
    notes:
      'Without unreasonable delay; 60 calendar days is the outer limit, not a safe harbour (§ 164.404(b)). Discovery is the first day any workforce member or agent (other than the wrongdoer) knew or, with reasonable diligence, would have known. A business associate does not notify individuals itself unless its agreement says so: the covered entity does.',
  }),
  // "More than 500 residents of a State or jurisdiction": the engine has no per-state count for a
  // regime, so the total is checked (500 or fewer in all means no state can exceed 500) and the
  // per-state test is left to staff as a condition.
  obligation({
    id: 'media',
    recipient: 'media',
    recipientName: 'Prominent media outlets serving each State or jurisdiction with more than 500 affected residents',
    citation: '45 CFR § 164.406',
    deadline: calendarDays(60, 'discovered'),
    threshold: { count: 500, comparison: 'more_than', of: 'total' },
    lawEnforcement: LE,
    requiredContent: ['The same content as the individual notice (§ 164.404(c))'],
    condition: 'More than 500 residents of a single State or jurisdiction must be affected; count per state, not in total.',
    notes: 'Usually a press release to outlets serving that State; without unreasonable delay and within 60 calendar days of discovery.',
  }),
  // § 164.408(b): "contemporaneously with" the individual notice; HITECH § 13402(d)(1) puts every
  // notification of the section within 60 calendar days of discovery. Both hold: the earlier decides.
  obligation({
    id: 'hhs-500',
    recipient: 'regulator',
    recipientName: HHS,
    citation: '45 CFR § 164.408(b); HITECH Act § 13402(d)(1)',
    deadline: earlierOf({ kind: 'calendar_days', days: 60, anchor: 'discovered' }, { kind: 'relative', to: 'individuals', relation: 'with' }),
    threshold: { count: 500, comparison: 'at_least', of: 'total' },
    lawEnforcement: LE,
    requiredContent: ['The information asked for on the HHS breach-report form'],
    notes: 'Contemporaneously with the individual notice, and in no case later than 60 calendar days after discovery, on the HHS web form: the earlier of the two.',
  }),
  obligation({
    id: 'hhs-annual-log',
    recipient: 'regulator',
    recipientName: HHS,
    citation: '45 CFR § 164.408(c)',
    deadline: { kind: 'after_year_end', days: 60 },
    threshold: { count: 500, comparison: 'fewer_than', of: 'total' },
    requiredContent: ['Each breach of the calendar year affecting fewer than 500 individuals, on the HHS web form (one submission per breach)'],
    notes: 'Keep a log of smaller breaches and report them no later than 60 days after the end of the calendar year in which they were discovered. Individuals are still due their notice within 60 days.',
  }),
  obligation({
    id: 'business-associate',
    recipient: 'data_owner',
    recipientName: 'The covered entity whose protected health information was breached',
    citation: '45 CFR § 164.410',
    deadline: calendarDays(60, 'discovered'),
    lawEnforcement: LE,
    requiredContent: [
      'Identification of each individual whose unsecured protected health information was or is reasonably believed to have been breached',
      'Any other information the covered entity needs for its own notice to individuals, as it becomes available',
    ],
    condition: 'Only if your organisation holds the data as a business associate of a covered entity (for example a billing or IT vendor, or a city department serving a separate covered health plan).',
    notes: 'Without unreasonable delay and within 60 calendar days of the business associate\'s discovery; a business associate agreement may set a shorter time. If the business associate acts as the covered entity\'s agent, its discovery starts the covered entity\'s clock too.',
  }),
];

const COVERAGE = coverage({
  business: ['yes', 'Applies to covered entities (health plans, health care clearinghouses, and health care providers that bill electronically) and their business associates (45 CFR §§ 160.103, 164.400).'],
  nonprofit: ['yes', 'A nonprofit hospital, clinic or health plan is a covered entity like any other; a nonprofit handling PHI for one is a business associate (45 CFR § 160.103).'],
  local_government: ['yes', 'A city or county clinic, hospital, EMS service billing electronically, or employee group health plan is a covered entity; a government that is one only in part can designate itself a hybrid entity, and the rule then binds its health care components (45 CFR §§ 160.103, 164.105).'],
  state_agency: ['yes', 'A state Medicaid agency or state employee health plan is a health plan, and state hospitals and clinics are providers: covered entities under 45 CFR § 160.103 (hybrid-entity rules of § 164.105 apply).'],
});
const OUT_OF_STATE = { local_government: COVERAGE.local_government, state_agency: COVERAGE.state_agency };

// PHI is any individually identifiable health information a covered entity holds; the element
// test can only see health elements, so name + SSN in a patient file is PHI the test cannot tell.
const PHI: PersonalInformationDefinition = {
  citation: '45 CFR § 160.103 (protected health information)',
  summary: 'individually identifiable health information: medical, health-insurance or genetic information tied to a person. Any identifier held in a patient or plan-member record is PHI too; check by hand when only identifiers were exposed.',
  combinations: [{ all: [], anyOf: ['medical', 'health_insurance', 'genetic'] }],
};

// Only "unsecured" PHI triggers notice; PHI encrypted per HHS guidance is secured unless the key
// was also compromised (the guidance requires keys kept apart from the data).
const SAFE_HARBOR: EncryptionSafeHarbor = {
  exists: true,
  keyException: true,
  keyReading: 'implied',
  keyWording:
    '§ 164.402: only "unsecured" PHI, i.e. not rendered unusable, unreadable or indecipherable to unauthorized persons by a technology in HHS guidance; the guidance requires keys kept apart from the data',
  citation: '45 CFR § 164.402 ("unsecured protected health information"); HHS guidance, 74 FR 19006 (2009-04-27), updated 74 FR 42740',
};

// ---- verification --------------------------------------------------------------------------------

const COVERAGE_CHECK: FactCheck = {
  kind: 'secondary',
  where: 'https://www.hipaa.com/2013/01/31/hipaa-final-rule-more-on-breach-notification-rule-changes/; 45 CFR §§ 160.103, 164.105 (not read)',
  says: 'covered entities (health plans, clearinghouses, providers billing electronically) and their business associates; hybrid entities for governments',
  checked: CHECKED,
  why: 'The definitions in 45 CFR § 160.103 are a long section whose stored copies do not reach "covered entity"; the coverage answers rest on summaries.',
};
const PI_CHECK: FactCheck = {
  kind: 'secondary',
  where: '45 CFR § 160.103 ("protected health information", not read); https://www.hipaa.com/2013/01/31/hipaa-final-rule-more-on-breach-notification-rule-changes/',
  says: 'individually identifiable health information held by a covered entity or business associate',
  checked: CHECKED,
  why: 'The definition in § 160.103 was not reached in the copies that could be read.',
};
const ENCRYPTION_CHECK: FactCheck = {
  kind: 'primary',
  where: GUIDANCE_2009,
  says: 'notice is owed only for unsecured PHI; PHI is secured when rendered unusable, unreadable or indecipherable by the encryption or destruction the guidance specifies',
  checked: CHECKED,
};
const DEADLINE_CHECK: FactCheck = {
  kind: 'primary',
  where: `${CFR_404B}; ${CFR_406}; ${CFR_408}; ${HITECH_13402}`,
  says: 'individuals and media without unreasonable delay and no later than 60 calendar days after discovery; HHS (500 or more) contemporaneously with the individual notice; smaller breaches within 60 days after the calendar year; the Act caps every notice at 60 days',
  checked: CHECKED,
};
const ANCHOR_CHECK: FactCheck = {
  kind: 'primary',
  where: `${CFR_406}; ${CFR_408}; ${HITECH_13402}`,
  says: 'discovery of the breach as provided in § 164.404(a)(2): the first day it is known, or would be known with reasonable diligence, to anyone other than the wrongdoer',
  checked: CHECKED,
};
const THRESHOLD_CHECK: FactCheck = {
  kind: 'primary',
  where: `${CFR_406}; ${CFR_408}`,
  says: 'media: more than 500 residents of a State or jurisdiction; HHS: 500 or more individuals at once, less than 500 in the year-end log',
  checked: CHECKED,
};
const LE_CHECK: FactCheck = {
  kind: 'secondary',
  where: LAWSTACK_412,
  says: 'a written law-enforcement statement delays every notice for the period it names; an oral one for at most 30 days unless a written one follows',
  checked: CHECKED,
  why: 'Read in a copy of § 164.412 by the earlier research, not re-read in this check.',
};
const SUBSTITUTE_CHECK: FactCheck = {
  kind: 'secondary',
  where: `https://www.hipaa.com/2013/01/31/hipaa-final-rule-more-on-breach-notification-rule-changes/; ${HHS_INSTRUCTIONS}`,
  says: 'fewer than 10 without contact details: another written or phone notice; 10 or more: 90-day web posting or major media, with a toll-free number',
  checked: CHECKED,
  why: 'Section 164.404(d) lies past the part of § 164.404 that could be read.',
};
const CONTENT_CHECK: FactCheck = {
  kind: 'secondary',
  where: `${CFR_406}; https://www.hipaa.com/2013/01/31/hipaa-final-rule-more-on-breach-notification-rule-changes/`,
  says: 'what happened with dates, types of PHI, steps to protect oneself, what the entity is doing, contact procedures; the media notice has the same content (§ 164.406(c))',
  checked: CHECKED,
  why: 'Only § 164.406(c)\'s cross-reference to § 164.404(c) was read; § 164.404(c) itself was not.',
};
const FORBIDDEN_CHECK: FactCheck = {
  kind: 'secondary',
  where: CFR_406,
  says: 'none: the subpart prescribes content but forbids none',
  checked: CHECKED,
  why: '§ 164.404 was read only in part.',
};

const VERIFY_2009: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: `${IFR_2009}; https://www.globalprivacyblog.com/2010/10/hhs-withdrawal-of-breach-notification-regulations-under-the-hitech-act-creates-uncertainty/`,
    says: 'interim final rule published 2009-08-24, effective 2009-09-23; replaced in practice at the Omnibus Rule\'s compliance date 2013-09-23',
    checked: CHECKED,
    why: 'The Federal Register\'s DATES paragraph lies past the part of the rule that could be read.',
  },
  coverage: COVERAGE_CHECK,
  personal_information: PI_CHECK,
  encryption: ENCRYPTION_CHECK,
  risk_of_harm: {
    kind: 'secondary',
    where: 'https://www.globalprivacyblog.com/2010/10/hhs-withdrawal-of-breach-notification-regulations-under-the-hitech-act-creates-uncertainty/',
    says: 'interim rule: a breach only if it poses a significant risk of financial, reputational or other harm',
    checked: CHECKED,
    why: 'The interim rule\'s § 164.402 text was not reached in the copy that could be read.',
  },
  deadline: DEADLINE_CHECK,
  anchor: ANCHOR_CHECK,
  threshold: THRESHOLD_CHECK,
  law_enforcement: LE_CHECK,
  substitute_notice: SUBSTITUTE_CHECK,
  required_content: CONTENT_CHECK,
  forbidden_content: FORBIDDEN_CHECK,
};
const VERIFY_2013: Verification = {
  ...VERIFY_2009,
  effective_dates: {
    kind: 'secondary',
    where: `https://www.hipaa.com/2013/01/31/hipaa-final-rule-more-on-breach-notification-rule-changes/; ${CFR_408}`,
    says: 'Omnibus Rule 78 FR 5566 (2013-01-25), effective 2013-03-26, compliance 2013-09-23; § 164.408 as amended at 78 FR 5695',
    checked: CHECKED,
    why: 'The Omnibus Rule\'s DATES paragraph was not read; the dates are from summaries.',
  },
  risk_of_harm: {
    kind: 'secondary',
    where: 'https://healthcarelawinsights.lexblogplatform.com/author/stevejames/',
    says: 'presumed a breach unless a four-factor risk assessment shows a low probability that the PHI was compromised',
    checked: CHECKED,
    why: 'The § 164.402 definition of breach was not reached in the copies that could be read.',
  },
};
const SUBSTITUTE = { costOver: null, recipientsOver: 9, citation: '45 CFR § 164.404(d)(2) (web posting for 90 days or major media, plus a toll-free number, when 10 or more lack contact details)' };

const versions: RuleVersion[] = [
  {
    id: 'US-HIPAA-2009',
    effectiveFrom: '2009-09-23',
    effectiveTo: '2013-09-22',
    citations: ['45 CFR §§ 164.400-414 (interim final rule, 74 FR 42740, 2009-08-24, eff. 2009-09-23)', 'HITECH Act § 13402 (42 U.S.C. § 17932)'],
    summary: 'Covered entities had to notify individuals within 60 days of discovering a breach of unsecured health information, HHS at once for 500 or more (else in a year-end log), and the media where more than 500 residents of a State were affected; breaches counted only if they posed a significant risk of harm.',
    coverage: COVERAGE,
    coverageOutOfState: OUT_OF_STATE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: {
      exists: true,
      standard: 'interim rule: a breach only if it poses a significant risk of financial, reputational or other harm to the individual',
      recordToKeep: 'The written risk assessment, kept six years (45 CFR §§ 164.414(b), 164.530(j)).',
    },
    personalInformation: PHI,
    substituteNotice: SUBSTITUTE,
    obligations,
    confidence: 'low',
    unverified: [
      'Coverage (45 CFR § 160.103), the interim rule\'s harm standard, the law-enforcement delay (§ 164.412) and the content and substitute-notice paragraphs of § 164.404 were read only in summaries; the deadlines, thresholds and media and HHS notices were read in the regulation text.',
      'The version ends at the Omnibus Rule\'s compliance date (2013-09-23), not its effective date (2013-03-26): entities were held to the new standard from the compliance date.',
      'HHS said it would not impose sanctions for missed notices before 2010-02-22; the duty itself applied from 2009-09-23.',
    ],
    verification: VERIFY_2009,
    sources: [
      { where: IFR_2009, facts: 'interim final rule, 74 FR 42740 (2009-08-24)' },
      { where: CFR_408, facts: '§ 164.408 as first published (74 FR 42767): 500 or more contemporaneously; fewer than 500 logged and reported 60 days after year end' },
      { where: HITECH_13402, facts: 'HITECH § 13402(d): every notification without unreasonable delay and no later than 60 calendar days after discovery' },
      { where: 'https://www.globalprivacyblog.com/2010/10/hhs-withdrawal-of-breach-notification-regulations-under-the-hitech-act-creates-uncertainty/', facts: 'interim rule effective 2009-09-23 and still in force in 2010; significant-risk-of-harm standard' },
      { where: 'https://law.lawstack.com/laws/45-cfr_s_164-412_law-enforcement-delay-349bde36-11c8-4eec-849e-7bbcc0fb8746', facts: '§ 164.412 text: written statement delays for its period; oral statement at most 30 days' },
    ],
  },
  {
    id: 'US-HIPAA-2013',
    effectiveFrom: '2013-09-23',
    effectiveTo: null,
    citations: ['45 CFR §§ 164.400-414 as modified by the Omnibus Rule (78 FR 5566, 2013-01-25; eff. 2013-03-26, compliance 2013-09-23)', 'HITECH Act § 13402 (42 U.S.C. § 17932)'],
    summary: 'Covered entities must notify individuals within 60 days of discovering a breach of unsecured health information, HHS at the same time for 500 or more (else within 60 days after year end), and the media where more than 500 residents of a State are affected; every impermissible disclosure is presumed a breach.',
    coverage: COVERAGE,
    coverageOutOfState: OUT_OF_STATE,
    encryptionSafeHarbor: SAFE_HARBOR,
    riskOfHarmException: {
      exists: true,
      standard: 'presumed a breach unless a risk assessment of at least four factors (the PHI involved, who received it, whether it was actually acquired or viewed, how far the risk was mitigated) shows a low probability that the PHI was compromised',
      recordToKeep: 'The four-factor risk assessment; the covered entity or business associate bears the burden of proof and keeps it six years (45 CFR §§ 164.414(b), 164.530(j)).',
    },
    personalInformation: PHI,
    substituteNotice: SUBSTITUTE,
    obligations,
    confidence: 'low',
    unverified: [
      'Coverage (45 CFR § 160.103), the four-factor risk assessment (§ 164.402), the law-enforcement delay (§ 164.412) and the content and substitute-notice paragraphs of § 164.404 were read only in summaries; the deadlines, thresholds and media and HHS notices were read in the regulation text.',
    ],
    verification: VERIFY_2013,
    sources: [
      { where: CFR_404B, facts: '§ 164.404(b): without unreasonable delay and no later than 60 calendar days after discovery' },
      { where: CFR_406, facts: '§ 164.406: more than 500 residents of a State; 60 calendar days; content as § 164.404(c)' },
      { where: HITECH_13402, facts: 'HITECH § 13402(d): 60 calendar days for all notifications' },
      { where: 'https://www.hipaa.com/2013/01/31/hipaa-final-rule-more-on-breach-notification-rule-changes/', facts: 'Omnibus Rule effective 2013-03-26, compliance required 2013-09-23; probability standard replaces harm standard' },
      { where: 'https://healthcarelawinsights.lexblogplatform.com/author/stevejames/', facts: 'presumption of breach unless low probability of compromise; compliance by 2013-09-23' },
      { where: 'https://getpocketlaw.com/law/cfr_45/section-164-408-notification-to-the-secretary_69b7f2ade63f', facts: '§ 164.408: 500 or more contemporaneously with individual notice; fewer than 500 logged and reported within 60 days after year end' },
      { where: 'https://law.lawstack.com/laws/45-cfr_s_164-412_law-enforcement-delay-349bde36-11c8-4eec-849e-7bbcc0fb8746', facts: '§ 164.412 law-enforcement delay' },
    ],
  },
];

export const hipaa: Jurisdiction = {
  code: 'US-HIPAA',
  name: 'HIPAA Breach Notification Rule',
  kind: 'regime',
  holidays: { country: 'US' },
  laws: [{ id: 'US-HIPAA-BNR', title: 'HIPAA Breach Notification Rule, 45 CFR Part 164 Subpart D', scope: 'residents', basis: 'regulation', versions }],
  channels: [
    {
      recipient: 'regulator',
      obligations: ['hhs-500', 'hhs-annual-log'],
      name: 'U.S. Department of Health and Human Services, Office for Civil Rights (Breach Portal)',
      ways: [
        { kind: 'online_form', value: 'https://ocrportal.hhs.gov/ocr/breach/', formName: 'Notice to the Secretary of HHS of Breach of Unsecured Protected Health Information ("File a HIPAA Breach")' },
        { kind: 'email', value: 'OCRPrivacy@hhs.gov' },
      ],
      asksFor: [
        'Whether the breach affected 500 or more individuals, and whether the report is initial or an addendum',
        'The covered entity, and the business associate if the breach occurred there',
        'The breach: dates, type, location of the information, the kinds of PHI, the safeguards in place',
        'The notices given and the actions taken in response',
        'An attestation',
      ],
      source: `https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf; http://ocrnotifications.hhs.gov/ (the form's sections); ${HHS_INSTRUCTIONS} (one submission per breach; questions to OCRPrivacy@hhs.gov)`,
      checked: CHECKED,
    },
  ],
  consumerContact: null,
};
