// Guam: Notification of Breaches of Personal Information (9 GCA ch. 48, §§ 48.10-48.80, added by
// P.L. 30-004 of 2009-03-13). Modelled on the Virginia/West Virginia text; binds public and private
// entities; no regulator or credit-bureau notice.
import type { Jurisdiction, Verification } from './types.js';
import { BLOOMBERG_TABLE, coverage, obligation, toll, withoutDelay } from './shared.js';

const ENTITY =
  '9 GCA § 48.20 applies the duty to an "individual or entity"; the entity definition (as in the Virginia model it follows) takes in corporations, associations and other legal entities whether for profit or not, and governments, governmental subdivisions, agencies and instrumentalities';
const CARD_CODES = ['card_security_code', 'access_code', 'password'] as const;

// ---- texts read ----
const GCA_48 =
  '9 GCA ch. 48 (Compiler of Laws edition COL 052809), verbatim copy at https://proteuscyber.com/privacy-database/news/4558-guam-code-title-9-chapter-48-notificationof-breaches-of-personal-information-2019-9-gca-4810 (source note, table of sections, § 48.10 and the start of § 48.20)';
const WHY_GU = 'The stored copy of 9 GCA ch. 48 breaks off at the start of § 48.20(a); §§ 48.20-48.70 were read only in summaries, and P.L. 30-004 itself was not found.';

const GU_2009_VERIFICATION: Verification = {
  effective_dates: {
    kind: 'secondary',
    where: BLOOMBERG_TABLE,
    says: 'added by P.L. 30-004:1 of 2009-03-13 (source note, read); in force 2009-06-11 under § 48.70 per Bloomberg, 2009-08-10 per CLIClaw',
    checked: '2026-12-08',
    why: WHY_GU,
  },
  coverage: {
    kind: 'secondary',
    where: 'https://lewisbrisbois.com/privacy/US/Guam/data-breach',
    says: 'individuals, businesses, governmental entities and other entities including nonprofits; § 48.10 (read) finds that public and private entities alike must safeguard the data',
    checked: '2026-12-08',
    why: WHY_GU,
  },
  personal_information: {
    kind: 'secondary',
    where: 'https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/us-1',
    says: 'name linked to SSN, licence or Guam ID, or a financial account or card number with its code or password, neither encrypted nor redacted',
    checked: '2026-12-08',
    why: WHY_GU,
  },
  encryption: {
    kind: 'secondary',
    where: 'https://lewisbrisbois.com/privacy/US/Guam/data-breach',
    says: '§ 48.20(a) (start read): breach is acquisition of "unencrypted and unredacted" data; the summaries report that notice is owed where the key was also compromised',
    checked: '2026-12-08',
    why: WHY_GU,
  },
  risk_of_harm: {
    kind: 'secondary',
    where: 'https://caseguard.com/articles/new-data-breach-law-in-the-u-s-territory-of-guam',
    says: 'a breach is one that causes, or is reasonably believed to have caused or to cause, identity theft or other fraud',
    checked: '2026-12-08',
    why: WHY_GU,
  },
  deadline: {
    kind: 'secondary',
    where: 'https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/us-1',
    says: 'without unreasonable delay; vendor as soon as practicable',
    checked: '2026-12-08',
    why: WHY_GU,
  },
  anchor: {
    kind: 'secondary',
    where: 'https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/us-1',
    says: 'following discovery or notification of the breach',
    checked: '2026-12-08',
    why: WHY_GU,
  },
  threshold: {
    kind: 'secondary',
    where: 'https://www.constangy.com/data-privacy-us-gu',
    says: 'none: no regulator or bureau notice, so no number',
    checked: '2026-12-08',
    why: WHY_GU,
  },
  law_enforcement: {
    kind: 'secondary',
    where: BLOOMBERG_TABLE,
    says: 'notice delayed while law enforcement says it would impede an investigation, then made without unreasonable delay',
    checked: '2026-12-08',
    why: WHY_GU,
  },
  substitute_notice: {
    kind: 'secondary',
    where: BLOOMBERG_TABLE,
    says: 'substitute notice when the cost exceeds $10,000, more than 5,000 persons, or no contact details',
    checked: '2026-12-08',
    why: WHY_GU,
  },
  required_content: {
    kind: 'secondary',
    where: 'https://www.constangy.com/data-privacy-us-gu',
    says: 'none: no content list for the resident notice was found',
    checked: '2026-12-08',
    why: WHY_GU,
  },
  forbidden_content: {
    kind: 'secondary',
    where: 'https://www.constangy.com/data-privacy-us-gu',
    says: 'none: nothing forbidden',
    checked: '2026-12-08',
    why: WHY_GU,
  },
};

export const guam: Jurisdiction = {
  code: 'GU',
  name: 'Guam',
  kind: 'territory',
  holidays: { country: 'GU' },
  laws: [
    {
      id: 'GU-9-48',
      title: 'Notification of Breaches of Personal Information, 9 GCA §§ 48.10-48.80',
      scope: 'residents',
      versions: [
        {
          id: 'GU-2009',
          effectiveFrom: '2009-06-11',
          effectiveTo: null,
          citations: ['9 GCA §§ 48.10-48.80 (P.L. 30-004:1, 2009-03-13; effective date set by § 48.70)'],
          summary: 'Guam requires notice to affected residents without unreasonable delay after discovering a breach likely to cause identity theft or fraud; no regulator is notified.',
          coverage: coverage({
            business: ['yes', `${ENTITY}.`],
            nonprofit: ['yes', `${ENTITY}.`],
            local_government: ['yes', `${ENTITY}; governmental subdivisions, agencies and instrumentalities are named.`],
            state_agency: ['yes', `${ENTITY}; § 48.10 records the legislature's finding that public and private entities alike must safeguard personal information.`],
          }),
          encryptionSafeHarbor: {
            exists: true,
            keyException: true,
            keyReading: 'express',
            keyWording: '§ 48.20(a): a breach is acquisition of "unencrypted and unredacted" data; § 48.30 (as summarised, following the Virginia/West Virginia model) requires notice where encrypted data is taken with, or by a person with access to, its key',
            citation: '9 GCA §§ 48.20, 48.30',
          },
          riskOfHarmException: {
            exists: true,
            standard: 'Notice is owed only for a breach that causes, or that the individual or entity reasonably believes has caused or will cause, identity theft or other fraud to a Guam resident.',
            recordToKeep: null,
          },
          personalInformation: {
            citation: '9 GCA § 48.20',
            summary:
              "a resident's name (first name or initial and last name) linked to an SSN, a driver's licence or Guam ID card number, or a financial account or card number with the code or password needed to reach the account",
            combinations: [
              { all: ['name'], anyOf: ['ssn', 'drivers_license', 'state_id'] },
              { all: ['name', 'account_number'], anyOf: [...CARD_CODES] },
              { all: ['name', 'card_number'], anyOf: [...CARD_CODES] },
            ],
          },
          substituteNotice: { costOver: 10_000, recipientsOver: 5000, citation: '9 GCA § 48.20 ("notice")' },
          obligations: [
            obligation({
              id: 'individuals',
              recipient: 'individuals',
              recipientName: 'Affected residents of Guam',
              citation: '9 GCA § 48.30',
              deadline: withoutDelay(
                'discovered',
                'Without unreasonable delay following discovery or notification of the breach, consistent with law-enforcement needs and the measures needed to determine its scope and restore the system.',
              ),
              lawEnforcement: toll('9 GCA § 48.30'),
              condition:
                'Entities that follow their own notice procedures consistent with the chapter\'s timing, or that comply with the federal interagency guidance or their federal regulator\'s rules, are deemed compliant (§ 48.40).',
              notes: 'Notice may be written, by telephone or electronic; substitute notice is any two of e-mail, a conspicuous website posting and notice to major Guam media.',
            }),
            obligation({
              id: 'vendor-notice',
              recipient: 'data_owner',
              recipientName: 'The data owner (notice from the vendor that maintains the data)',
              citation: '9 GCA § 48.30',
              deadline: withoutDelay('discovered', 'As soon as practicable following discovery of the breach.'),
              condition: 'Binds an individual or entity that maintains the data without owning or licensing it (a vendor), not the owner.',
            }),
          ],
          confidence: 'low',
          unverified: [
            'Only the opening of 9 GCA ch. 48 (source note, § 48.10, the start of § 48.20) could be read; every other fact rests on summaries (Bloomberg, Lewis Brisbois, CLIClaw, Constangy).',
            'The effective date: Bloomberg gives 2009-06-11 (90 days after enactment), CLIClaw 2009-08-10; § 48.70 was not read. The earlier date is used.',
            'The key clause of § 48.30 was read only in summaries; data whose key was taken is treated as notifiable.',
            'The entity definition and the content of § 48.30 were not read; government coverage rests on law-firm summaries (Lewis Brisbois, CLIClaw) and the Virginia model.',
            'No content list for the resident notice was found; none is encoded.',
            'The subsection holding the substitute-notice limits ($10,000 / 5,000) was not checked.',
          ],
          sources: [
            { where: GCA_48, facts: 'source note (P.L. 30-004:1, 2009-03-13); § 48.10 findings; § 48.20(a) breach of unencrypted and unredacted data' },
            { where: BLOOMBERG_TABLE, facts: 'effective 6/11/2009 (§ 48.70), substitute notice, vendor, exemptions' },
            { where: 'https://proteuscyber.com/privacy-database/news/4558-guam-code-title-9-chapter-48-notificationof-breaches-of-personal-information-2019-9-gca-4810', facts: 'chapter text header: P.L. 30-004 of 2009-03-13; § 48.10 findings; § 48.20 breach definition' },
            { where: 'https://lewisbrisbois.com/privacy/US/Guam/data-breach', facts: 'definition, key exception, coverage including government and nonprofits' },
            { where: 'https://www.cliclaw.com/legal-compliance/data-breach-data-security-compliance-solutions/resources-data-breach-laws/us-1', facts: 'coverage including government; effective 2009-08-10 (conflict)' },
            { where: 'https://www.constangy.com/data-privacy-us-gu', facts: 'no regulator notice; timing' },
          ],
          verification: GU_2009_VERIFICATION,
        },
      ],
    },
  ],
  // Guam's statute has no regulator or bureau notice, so there is nowhere else to file.
  channels: [],
  consumerContact: {
    name: 'Office of the Attorney General of Guam, Consumer Protection Division',
    phone: '1-671-475-3324 (ext. 3300)',
    website: 'oagguam.org',
    address: 'By e-mail: consumerprotection@oagguam.org',
    source: 'The OAG\'s published consumer-complaint line and e-mail (press notices reported at https://www.pncguam.com/attorney-general-beware-of-price-gouging/ and https://www.postguam.com/news/local/governor-signs-price-gouging-bill-into-law/article_a52af28a-67eb-11ea-9981-137dbd68a7c7.html); no postal address of the Division was found, so the e-mail address stands in for it',
    checked: '2026-12-08',
  },
};
