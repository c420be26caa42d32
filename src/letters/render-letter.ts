// One resident's letter: the incident's pre-worded facts plus the recipient, through the template
// for their jurisdiction and language. Recipient data only ever enters as escaped values.
import { createHash } from 'node:crypto';
import { decodeEntities } from './content-checker.js';
import type { LetterFacts } from './letter-facts.js';
import { resolveTemplate, type LetterTemplate } from './template-registry.js';

export interface LetterRecipient {
  name: string;
  address: string[];
  language: string;
  state: string | null;
}

export interface RenderedLetter {
  templateId: string;
  templateVersion: string;
  language: string;
  subject: string;
  html: string;
  text: string;
  /** sha256 of subject + '\n' + html: what the officer approved is what gets sent. */
  contentHash: string;
}

const BLOCK = /<\/?(?:p|div|section|main|header|footer|address|ul|ol|table|tr|blockquote|h[1-6])\b[^>]*>/gi;

/** Plain-text alternative for e-mail: paragraphs and headings separated by blank lines, lists dashed. */
export function htmlToText(html: string): string {
  const stripped = html
    .replace(/<head\b[\s\S]*?<\/head>/gi, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    // Source newlines are formatting, not content; the markup decides where lines break.
    .replace(/\s+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(stripped)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';
}

export function renderLetter(facts: LetterFacts, recipient: LetterRecipient, jurisdiction: string): RenderedLetter {
  return renderWithTemplate(resolveTemplate(jurisdiction, recipient.language), facts, recipient, jurisdiction);
}

/** The template is chosen by the caller: the current one, or the stored version a letter names. */
export function renderWithTemplate(
  template: Pick<LetterTemplate, 'id' | 'version' | 'language' | 'render'>,
  facts: LetterFacts,
  recipient: LetterRecipient,
  jurisdiction: string,
): RenderedLetter {
  const words = facts[template.language];
  const state = (recipient.state ?? jurisdiction).toUpperCase();
  const html = template.render({
    ...words,
    recipient: { name: recipient.name, address: recipient.address },
    attorneyGeneral: words.attorneysGeneral[state] ?? null,
  });
  const subject = words.subject;
  return {
    templateId: template.id,
    templateVersion: template.version,
    language: template.language,
    subject,
    html,
    // Only sending needs the plain text; storing a draft does not, and it is ~40% of render time.
    get text() {
      return htmlToText(html);
    },
    contentHash: createHash('sha256').update(`${subject}\n${html}`).digest('hex'),
  };
}
