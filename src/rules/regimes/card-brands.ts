// Card-brand compromise reporting for merchants and service providers. These are contract terms
// (the merchant agreement with the acquirer, which binds the merchant to Visa, Mastercard, American
// Express and Discover rules), not statutes: PCI DSS itself sets no time. The brands' full manuals
// (Visa "What To Do If Compromised", Mastercard Security Rules and Procedures) could not be read;
// Visa's merchant page and Mastercard's Account Data Compromise User Guide could, so every version
// stays low confidence and says which terms rest on what.
import type { FactCheck, Jurisdiction, PersonalInformationDefinition, RuleVersion, Verification } from '../types.js';
import { coverage, hours, immediately, obligation, withoutDelay } from '../shared.js';

const CHECKED = '2026-12-08';

// ---- where the terms were read -------------------------------------------------------------------

const VISA_PAGE = 'https://usa.visa.com/support/small-business/data-security.html/pin-security-program.jsp (Visa\'s merchant page "Suspect you\'ve been compromised?")';
const VISA_CISP = 'http://usa.visa.com/merchants/protect-your-business/cisp/if-compromised.jsp (Visa CISP "If Compromised", older page)';
const MC_ADC_2016 =
  'https://studylib.net/doc/18515487/account-data-compromise-user-guide (Mastercard Account Data Compromise User Guide, 4 February 2016, summary of changes)';
const MC_ADC_2017 = 'https://vdocuments.site/account-data-compromise-user-guide-manage-my-fraud-and-risk-programs-adc-event-reporting.html (Mastercard ADC User Guide, 5 October 2017)';
const AMEX_DSOP = 'https://www.aexp-static.com/cdaas/merchant-interactive-content/infopros/weboutput-international-Regs-latest/Topics/IMR-DSOP.htm';
const EVERTEC = 'https://www.evertecinc.com/en/requirements-for-entities-that-suspect-or-have-confirmed-a-compromise-event/';
const FORTE = 'https://support.forte.net/support/solutions/articles/11000081202-visa-updates-what-to-do-if-compromised-';
const CONTRACT_WHY =
  'Card-brand duties are contract terms; the full brand manuals (Visa What To Do If Compromised, Mastercard Security Rules and Procedures, Discover\'s rules) could not be read here, nor the merchant agreements that pass them on.';

// ---- shared terms --------------------------------------------------------------------------------

const BRAND_CONTENT = ['Notice of the suspected or confirmed compromise, with the potentially compromised account numbers when asked'];
const BRAND_CONDITION = 'Only where card data you store, process or transmit is suspected or confirmed compromised; your merchant agreement governs the exact terms.';

const ACQUIRER = obligation({
  id: 'acquirer',
  recipient: 'card_brands',
  recipientName: 'Your acquirer (merchant bank) and payment processor',
  citation: 'Merchant agreement; PCI DSS Requirement 12.10.1 (incident plan must cover notifying acquirers and brands)',
  deadline: immediately('discovered', 'immediately on suspecting or confirming a compromise (merchant agreement and brand rules)'),
  requiredContent: BRAND_CONTENT,
  condition: BRAND_CONDITION,
  notes: 'The acquirer is the usual channel to the brands; tell it first. "Immediately" means the same day: breachdesk\'s generic 30-day planning target for undated duties does not fit it.',
});

const COVERAGE = coverage({
  business: ['yes', 'Binds any merchant or service provider that accepts, stores, processes or transmits payment-card data, through its merchant or service agreement.'],
  nonprofit: ['yes', 'A nonprofit that takes card donations or payments is a merchant under its merchant agreement.'],
  local_government: ['yes', 'A city or county that accepts cards (utility bills, permits, court fines, parking) is a merchant bound by its merchant agreement, whatever state law says.'],
  state_agency: ['yes', 'A state agency accepting card payments is a merchant under its merchant agreement.'],
});
const OUT_OF_STATE = { local_government: COVERAGE.local_government, state_agency: COVERAGE.state_agency };

const CARD_DATA: PersonalInformationDefinition = {
  citation: 'PCI DSS (account data: primary account number, with or without cardholder data and sensitive authentication data)',
  summary: 'the primary account number (card number), with or without name, expiry or security code',
  combinations: [{ all: ['card_number'], anyOf: [] }],
};

const common = {
  coverage: COVERAGE,
  coverageOutOfState: OUT_OF_STATE,
  // Brand rules apply to compromises of card data however it was stored; no safe harbour or harm test.
  encryptionSafeHarbor: null,
  riskOfHarmException: { exists: false, standard: null },
  personalInformation: CARD_DATA,
  confidence: 'low' as const,
};

// ---- verification --------------------------------------------------------------------------------

const CONTRACT_CHECK: FactCheck = { kind: 'secondary', where: `${EVERTEC}; ${VISA_PAGE}`, says: 'see below', checked: CHECKED, why: CONTRACT_WHY };
const VERIFY_COMMON: Verification = {
  effective_dates: { ...CONTRACT_CHECK, where: FORTE, says: 'PCI DSS 1.0 of 2004-12-15 as the start; Visa WTDIC v6.0 in force in the U.S. from 2020-04-18' },
  coverage: { ...CONTRACT_CHECK, where: VISA_PAGE, says: 'merchants and service providers ("you and your agents") that hold card data, bound through their acquirer' },
  personal_information: { ...CONTRACT_CHECK, where: VISA_PAGE, says: 'any Visa transaction information or account numbers suspected or confirmed lost or stolen' },
  encryption: { ...CONTRACT_CHECK, where: VISA_PAGE, says: 'none: the brands\' reporting duty has no encryption exception' },
  risk_of_harm: { kind: 'primary', where: VISA_PAGE, says: 'none: a suspected or confirmed loss or theft must be reported; no harm test', checked: CHECKED },
  deadline: {
    ...CONTRACT_CHECK,
    where: `${VISA_PAGE}; ${MC_ADC_2016}; ${AMEX_DSOP}`,
    says: 'Visa: immediately; Mastercard: within 24 hours of becoming aware; American Express: within 72 hours (current policy); Discover: not found',
    why: `Visa's page and Mastercard's ADC User Guide were read; the Amex page and the Discover terms were not. ${CONTRACT_WHY}`,
  },
  anchor: { ...CONTRACT_CHECK, where: `${VISA_PAGE}; ${MC_ADC_2016}`, says: 'on suspecting or confirming a compromise; Mastercard: on becoming aware of the event or potential event' },
  threshold: { ...CONTRACT_CHECK, says: 'none: any compromise, whatever the number of cards' },
  law_enforcement: { ...CONTRACT_CHECK, where: VISA_PAGE, says: 'none: the brands allow no delay; Visa asks you to notify the Secret Service too' },
  substitute_notice: { ...CONTRACT_CHECK, says: 'none: notice goes to the acquirer and the brands only' },
  required_content: { ...CONTRACT_CHECK, where: VISA_PAGE, says: 'notice of the suspected or confirmed loss; potentially compromised account numbers to Visa within 10 business days' },
  forbidden_content: { ...CONTRACT_CHECK, says: 'none reported' },
};
const VERIFY_2004: Verification = {
  ...VERIFY_COMMON,
  deadline: {
    ...CONTRACT_CHECK,
    where: `${VISA_CISP}; ${MC_ADC_2016}; https://support.paylinedata.com/support/solutions/articles/172280-what-to-do-in-the-case-of-a-security-breach-pci-compliance-strategy-`,
    says: 'Visa: immediately (with a written report within four business days, per a processor summary); Mastercard: 24 hours (a "must" from 2016); Amex and Discover: not found',
    why: `Visa's older page and Mastercard's 2016 guide were read; older editions of the brand manuals were not. ${CONTRACT_WHY}`,
  },
};

const versions: RuleVersion[] = [
  {
    ...common,
    id: 'PCI-CARD-BRANDS-2004',
    effectiveFrom: '2004-12-15',
    effectiveTo: '2020-04-17',
    citations: ['PCI DSS 1.0 (2004-12-15) and later versions; Visa "What To Do If Compromised" (editions before v6.0); Mastercard Security Rules and Procedures; American Express Data Security Operating Policy'],
    summary: 'Merchants had to tell their acquirer and the card brands immediately of a suspected card-data compromise; Visa expected an incident report within days and Mastercard notice within 24 hours.',
    obligations: [
      ACQUIRER,
      obligation({
        id: 'visa',
        recipient: 'card_brands',
        recipientName: 'Visa (through the acquirer, or Visa Fraud Control directly)',
        citation: 'Visa Core Rules; Visa "What To Do If Compromised" (pre-2020 editions)',
        deadline: immediately('discovered', 'immediately on suspecting or confirming a loss or theft of Visa account data'),
        requiredContent: BRAND_CONTENT,
        condition: BRAND_CONDITION,
        notes: 'Older editions also asked for a written incident report within four business days of reporting the compromise.',
      }),
      obligation({
        id: 'mastercard',
        recipient: 'card_brands',
        recipientName: 'Mastercard (through the acquirer)',
        citation: 'Mastercard Security Rules and Procedures; Account Data Compromise User Guide (account data compromise events; editions before 2020)',
        deadline: hours(24, 'discovered'),
        requiredContent: BRAND_CONTENT,
        condition: BRAND_CONDITION,
        notes: 'The Account Data Compromise User Guide of February 2016 made it a "must": report an ADC event within 24 hours of becoming aware of it, and keep Mastercard informed.',
      }),
      obligation({
        id: 'american-express',
        recipient: 'card_brands',
        recipientName: 'American Express (Enterprise Incident Response Program)',
        citation: 'American Express Data Security Operating Policy (edition not identified)',
        deadline: withoutDelay('discovered', 'promptly on discovering a data incident'),
        requiredContent: BRAND_CONTENT,
        condition: BRAND_CONDITION,
        notes: 'The timing of older Amex policies was not found; current policy gives 72 hours (see the 2020 version).',
      }),
    ],
    unverified: [
      'No full brand manual of this period was read; the 2004 start is PCI DSS 1.0, not the start of any brand rule.',
      'Visa four-business-day incident report comes from a merchant-processor summary of uncertain date; Mastercard\'s 24 hours is read in its 2016 ADC User Guide, which says earlier editions merely allowed reporting.',
      'Discover\'s reporting terms were not found.',
    ],
    sources: [
      { where: VISA_CISP, facts: 'Visa CISP page: report suspected or confirmed loss or theft immediately' },
      { where: MC_ADC_2016, facts: 'Mastercard ADC User Guide (2016): a responsible customer must report an ADC event within 24 hours of becoming aware' },
      { where: 'https://support.paylinedata.com/support/solutions/articles/172280-what-to-do-in-the-case-of-a-security-breach-pci-compliance-strategy-', facts: 'processor summary: detailed written incident report to Visa within four business days of the reported compromise' },
    ],
    verification: VERIFY_2004,
  },
  {
    ...common,
    id: 'PCI-CARD-BRANDS-2020',
    effectiveFrom: '2020-04-18',
    effectiveTo: null,
    citations: ['PCI DSS v4.0/v4.0.1 Requirement 12.10.1', 'Visa "What To Do If Compromised" v6.0 (effective 2020-04-18 in the U.S.)', 'Mastercard Security Rules and Procedures ch. 10 (account data compromise events)', 'American Express Data Security Operating Policy'],
    summary: 'Merchants must tell their acquirer and Visa immediately of a suspected card-data compromise, Mastercard within 24 hours, and American Express within 72 hours.',
    obligations: [
      ACQUIRER,
      // Visa's own merchant page says "immediately"; summaries of WTDIC v6.0 give three days as the
      // outer limit. "Immediately" is the brand's own word and the earlier date.
      obligation({
        id: 'visa',
        recipient: 'card_brands',
        recipientName: 'Visa (through the acquirer, or Visa Fraud Control at (650) 432-2978)',
        citation: 'Visa merchant data-security page; Visa "What To Do If Compromised" v6.0 (2020-04-18)',
        deadline: immediately('discovered', 'immediately on suspecting or confirming the loss or theft of Visa transaction information (Visa\'s merchant page)'),
        requiredContent: BRAND_CONTENT,
        condition: BRAND_CONDITION,
        notes: 'Visa\'s merchant page: failing to notify Visa Fraud Control immediately may cost the acquirer up to $100,000 per incident; potentially compromised account numbers go to Visa within 10 business days. Summaries of WTDIC v6.0 give three days (calendar or business) after discovery as the outer limit; many acquirer contracts say three business days.',
      }),
      obligation({
        id: 'mastercard',
        recipient: 'card_brands',
        recipientName: 'Mastercard (through the acquirer)',
        citation: 'Mastercard Security Rules and Procedures ch. 10; Account Data Compromise User Guide (2016, 2017)',
        deadline: hours(24, 'discovered'),
        requiredContent: BRAND_CONTENT,
        condition: BRAND_CONDITION,
        notes: 'Report an account data compromise event or potential event within 24 hours of becoming aware of it, and keep Mastercard informed. A PCI Forensic Investigator is to be engaged within 72 hours (per a processor summary).',
      }),
      obligation({
        id: 'american-express',
        recipient: 'card_brands',
        recipientName: 'American Express Enterprise Incident Response Program (Initial Notice Form)',
        citation: 'American Express Data Security Operating Policy (current online edition)',
        deadline: hours(72, 'discovered'),
        requiredContent: BRAND_CONTENT,
        condition: BRAND_CONDITION,
        notes: 'The current policy page gives 72 hours after discovery; some regional pages (Canada, India) say immediately and within 24 hours.',
      }),
      obligation({
        id: 'discover',
        recipient: 'card_brands',
        recipientName: 'Discover Global Network (through the acquirer, or directly if Discover is your acquirer)',
        citation: 'Discover Information Security and Compliance (DISC) program rules',
        deadline: withoutDelay('discovered', 'promptly on suspecting a data compromise (the Discover rule\'s timing was not found)'),
        requiredContent: BRAND_CONTENT,
        condition: BRAND_CONDITION,
        notes: 'Check your Discover or acquirer agreement for the exact time.',
      }),
    ],
    unverified: [
      'The full brand manuals were not read: Visa\'s "immediately" is from its merchant page (summaries of WTDIC v6.0 give three days), Mastercard\'s 24 hours from its ADC User Guide of 2016-2017, American Express\'s 72 hours from its policy page as recorded by the earlier research (regional pages say 24 hours).',
      'Whether your acquirer contract sets shorter times was not checked: it governs.',
      'Discover\'s reporting terms were not found.',
    ],
    sources: [
      { where: VISA_PAGE, facts: 'Visa merchant page: notify Visa Fraud Control immediately, (650) 432-2978; compromised account numbers within 10 business days' },
      { where: MC_ADC_2017, facts: 'Mastercard ADC User Guide (2017): reporting through Manage My Fraud and Risk Programs' },
      { where: MC_ADC_2016, facts: 'Mastercard ADC User Guide (2016): report within 24 hours of becoming aware' },
      { where: EVERTEC, facts: 'Visa within 3 calendar days; Mastercard immediately' },
      { where: 'https://docs.solidgate.com/compliance/data', facts: 'Mastercard: PCI Forensic Investigator within 72 hours' },
      { where: AMEX_DSOP, facts: 'Amex DSOP: Initial Notice within 72 hours after discovery' },
      { where: FORTE, facts: 'Visa WTDIC v6.0 effective 2020-04-18' },
    ],
    verification: VERIFY_COMMON,
  },
];

export const cardBrands: Jurisdiction = {
  code: 'PCI-CARD-BRANDS',
  name: 'Card-brand compromise reporting (PCI DSS and brand rules)',
  kind: 'regime',
  holidays: { country: 'US' },
  laws: [{ id: 'PCI-CARD-BRANDS', title: 'Card-brand rules on account data compromise, via the merchant agreement', scope: 'residents', basis: 'contract', versions }],
  // Every notice goes to the acquirer or a card brand (recipient `card_brands`), which needs no filing channel.
  channels: [],
  consumerContact: null,
};
