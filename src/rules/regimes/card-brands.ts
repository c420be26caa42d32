// Card-brand compromise reporting for merchants and service providers. These are contract terms
// (the merchant agreement with the acquirer, which binds the merchant to Visa, Mastercard, American
// Express and Discover rules), not statutes: PCI DSS itself sets no time. The brands' own manuals
// were not read, so every version is low confidence and says so.
import type { Jurisdiction, ObligationRule, PersonalInformationDefinition, RuleVersion } from '../types.js';
import { calendarDays, coverage, hours, immediately, obligation, withoutDelay } from '../shared.js';

const brand = (input: Pick<ObligationRule, 'id' | 'recipientName' | 'citation' | 'deadline'> & { notes: string }): ObligationRule =>
  obligation({
    ...input,
    recipient: 'card_brands',
    requiredContent: ['Notice of the suspected or confirmed compromise, with the potentially compromised account numbers when asked'],
    condition: 'Only where card data you store, process or transmit is suspected or confirmed compromised; your merchant agreement governs the exact terms.',
  });

const acquirer = brand({
  id: 'acquirer',
  recipientName: 'Your acquirer (merchant bank) and payment processor',
  citation: 'Merchant agreement; PCI DSS Requirement 12.10.1 (incident plan must cover notifying acquirers and brands)',
  deadline: immediately('discovered', 'immediately on suspecting or confirming a compromise (merchant agreement and brand rules)'),
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

const versions: RuleVersion[] = [
  {
    ...common,
    id: 'PCI-CARD-BRANDS-2004',
    effectiveFrom: '2004-12-15',
    effectiveTo: '2020-04-17',
    citations: ['PCI DSS 1.0 (2004-12-15) and later versions; Visa "What To Do If Compromised" (editions before v6.0); Mastercard Security Rules and Procedures; American Express Data Security Operating Policy'],
    summary: 'Merchants had to tell their acquirer and the card brands immediately of a suspected card-data compromise; Visa expected an incident report within days and Mastercard notice within 24 hours.',
    obligations: [
      acquirer,
      brand({
        id: 'visa',
        recipientName: 'Visa (through the acquirer, or Visa Fraud Control directly)',
        citation: 'Visa Core Rules; Visa "What To Do If Compromised" (pre-2020 editions)',
        deadline: immediately('discovered', 'immediately on suspecting or confirming a loss or theft of Visa account data'),
        notes: 'Older editions also asked for a written incident report within four business days of reporting the compromise.',
      }),
      brand({
        id: 'mastercard',
        recipientName: 'Mastercard (through the acquirer)',
        citation: 'Mastercard Security Rules and Procedures (account data compromise events; editions before 2020)',
        deadline: hours(24, 'discovered'),
        notes: 'Older Mastercard rules and issuer guidance gave 24 hours from knowledge of a suspected account data compromise.',
      }),
      brand({
        id: 'american-express',
        recipientName: 'American Express (Enterprise Incident Response Program)',
        citation: 'American Express Data Security Operating Policy (edition not identified)',
        deadline: withoutDelay('discovered', 'promptly on discovering a data incident'),
        notes: 'The timing of older Amex policies was not found; current policy gives 72 hours (see the 2020 version).',
      }),
    ],
    unverified: [
      'No brand manual of this period was read; the 2004 start is PCI DSS 1.0, not the start of any brand rule.',
      'Visa four-business-day incident report and Mastercard 24 hours come from merchant-processor summaries and issuer guidance of uncertain date.',
      'Discover\'s reporting terms were not found.',
    ],
    sources: [
      { where: 'http://usa.visa.com/merchants/protect-your-business/cisp/if-compromised.jsp', facts: 'Visa CISP page: report suspected or confirmed loss or theft immediately' },
      { where: 'https://support.paylinedata.com/support/solutions/articles/172280-what-to-do-in-the-case-of-a-security-breach-pci-compliance-strategy-', facts: 'processor summary: detailed written incident report to Visa within four business days of the reported compromise' },
    ],
  },
  {
    ...common,
    id: 'PCI-CARD-BRANDS-2020',
    effectiveFrom: '2020-04-18',
    effectiveTo: null,
    citations: ['PCI DSS v4.0/v4.0.1 Requirement 12.10.1', 'Visa "What To Do If Compromised" v6.0 (effective 2020-04-18 in the U.S.)', 'Mastercard Security Rules and Procedures ch. 10 (account data compromise events)', 'American Express Data Security Operating Policy'],
    summary: 'Merchants must tell their acquirer immediately of a suspected card-data compromise; Visa expects notice within three days, Mastercard immediately, and American Express within 72 hours.',
    obligations: [
      acquirer,
      // Summaries of WTDIC v6.0 disagree on calendar or business days; the earlier date is used.
      brand({
        id: 'visa',
        recipientName: 'Visa (through the acquirer)',
        citation: 'Visa "What To Do If Compromised" v6.0 (2020-04-18)',
        deadline: calendarDays(3, 'discovered'),
        notes: 'Within three days of discovering evidence enough to suspect or confirm a compromise; one summary says calendar days, another business days (many acquirer contracts say three business days). breachdesk uses calendar days, the earlier date. Visa\'s merchant page still says "immediately", and asks for potentially compromised account numbers within 10 business days.',
      }),
      brand({
        id: 'mastercard',
        recipientName: 'Mastercard (through the acquirer)',
        citation: 'Mastercard Security Rules and Procedures § 10.2-10.3 (account data compromise events)',
        deadline: immediately('discovered', 'immediately on suspecting or confirming an account data compromise event'),
        notes: 'A PCI Forensic Investigator is to be engaged within 72 hours (per a processor summary). Older rules said 24 hours; breachdesk plans "immediately" for the next day.',
      }),
      brand({
        id: 'american-express',
        recipientName: 'American Express Enterprise Incident Response Program (Initial Notice Form)',
        citation: 'American Express Data Security Operating Policy (current online edition)',
        deadline: hours(72, 'discovered'),
        notes: 'The current policy page gives 72 hours after discovery; some regional pages (Canada, India) say immediately and within 24 hours.',
      }),
      brand({
        id: 'discover',
        recipientName: 'Discover Global Network (through the acquirer, or directly if Discover is your acquirer)',
        citation: 'Discover Information Security and Compliance (DISC) program rules',
        deadline: withoutDelay('discovered', 'promptly on suspecting a data compromise (the Discover rule\'s timing was not found)'),
        notes: 'Check your Discover or acquirer agreement for the exact time.',
      }),
    ],
    unverified: [
      'Brand documents were not read; every deadline comes from secondary summaries that conflict (Visa calendar vs business days; Amex 72 vs 24 hours).',
      'Whether your acquirer contract sets shorter times was not checked: it governs.',
      'Discover\'s reporting terms were not found.',
    ],
    sources: [
      { where: 'https://www.evertecinc.com/en/requirements-for-entities-that-suspect-or-have-confirmed-a-compromise-event/', facts: 'Visa within 3 calendar days; Mastercard immediately' },
      { where: 'https://usa.visa.com/support/small-business/data-security.html/pin-security-program.jsp', facts: 'Visa merchant page: notify immediately; compromised account numbers within 10 business days' },
      { where: 'https://docs.solidgate.com/compliance/data', facts: 'Mastercard: PCI Forensic Investigator within 72 hours' },
      { where: 'https://www.aexp-static.com/cdaas/merchant-interactive-content/infopros/weboutput-international-Regs-latest/Topics/IMR-DSOP.htm', facts: 'Amex DSOP: Initial Notice within 72 hours after discovery' },
      { where: 'https://support.forte.net/support/solutions/articles/11000081202-visa-updates-what-to-do-if-compromised-', facts: 'Visa WTDIC v6.0 effective 2020-04-18' },
    ],
  },
];

export const cardBrands: Jurisdiction = {
  code: 'PCI-CARD-BRANDS',
  name: 'Card-brand compromise reporting (PCI DSS and brand rules)',
  kind: 'regime',
  holidays: { country: 'US' },
  laws: [{ id: 'PCI-CARD-BRANDS', title: 'Card-brand rules on account data compromise, via the merchant agreement', scope: 'residents', basis: 'contract', versions }],
};
