// Regulator notice drafts (attorneys general, state offices) from the same machinery as residents'
// letters: facts of the render, counts for the jurisdiction, the duty's citation and the contents
// the rule asks for; content-checked and stored as drafts to approve and print.
import { createHash, randomUUID } from 'node:crypto';
import type { Tx } from '../db/database.js';
import { checkLetterContent } from '../letters/content-checker.js';
import { submissionWayInWords } from '../domain/deadline-words.js';
import { compile, readTemplate } from '../letters/handlebars.js';
import { htmlToText } from '../letters/render-letter.js';
import type { LetterElement } from '../rules/types.js';
import type { LetterContext } from './letter-context.js';

const REGULATOR_RECIPIENTS = new Set(['attorney_general', 'state_agency', 'regulator']);
const REGULATOR_ELEMENTS = ['what_happened', 'breach_dates', 'affected_count', 'information_involved', 'contact'] as unknown as LetterElement[];
const TEMPLATE_ID = 'regulator/default/en';

let template: { render: (c: object) => string; version: string } | null = null;
function regulatorTemplate() {
  if (!template) {
    const source = readTemplate(`${TEMPLATE_ID}.hbs`);
    template = { render: compile(source), version: createHash('sha256').update(source).digest('hex').slice(0, 12) };
  }
  return template;
}

export interface RegulatorDraft {
  /** The obligation this notice answers (a state may owe its regulator more than one). */
  obligationKey: string;
  jurisdiction: string;
  recipient: string;
  subject: string;
  html: string;
  text: string;
  contentHash: string;
  check: ReturnType<typeof checkLetterContent>;
  merge: Record<string, unknown>;
}

export function regulatorDrafts(ctx: LetterContext): RegulatorDraft[] {
  const en = ctx.facts.en;
  const counts = ctx.domain.affected.byState;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const discovered = ctx.domain.events.find((e) => e.type === 'discovered');
  const t = regulatorTemplate();
  return ctx.obligations
    .filter((o) => REGULATOR_RECIPIENTS.has(o.recipient) && o.applicability === 'applies')
    .map((o) => {
      const merge = {
        jurisdiction: o.jurisdiction,
        jurisdictionName: o.jurisdictionName,
        recipient: o.recipient,
        regulator: { name: o.recipientName, address: o.submission?.ways.find((w) => w.kind === 'postal')?.value ?? null },
        // Where it is filed: the regulator's form, e-mail or address, and what it asks for.
        submission: o.submission ? { name: o.submission.name, ways: o.submission.ways.map(submissionWayInWords), asksFor: o.submission.asksFor } : null,
        citation: o.citation ?? o.law ?? 'the applicable statute',
        affectedHere: counts[o.jurisdiction] ?? 0,
        affectedTotal: total,
        discoveredOn: discovered && 'at' in discovered ? discovered.at.raw : null,
        requiredContent: o.requiredContent,
      };
      const subject = `Notice of a data breach affecting ${merge.jurisdictionName} residents — ${en.organization}`;
      const html = t.render({ ...en, ...merge, subject });
      return {
        obligationKey: o.key,
        jurisdiction: o.jurisdiction,
        recipient: o.recipient,
        subject,
        html,
        text: htmlToText(html),
        contentHash: createHash('sha256').update(`${subject}\n${html}`).digest('hex'),
        check: checkLetterContent(html, REGULATOR_ELEMENTS),
        merge,
      };
    });
}

/** Regulator drafts are few: stored with their bodies, by ordinary inserts. */
export async function renderRegulatorDrafts(tx: Tx, ctx: LetterContext, renderId: string): Promise<number> {
  const drafts = regulatorDrafts(ctx);
  const t = regulatorTemplate();
  for (const d of drafts) {
    await tx
      .insertInto('letters')
      .values({
        id: randomUUID(),
        organization_id: ctx.org.id,
        incident_id: ctx.incident.id,
        resident_id: null,
        render_id: renderId,
        idempotency_key: `${renderId}:${d.obligationKey}`,
        obligation_key: d.obligationKey,
        kind: 'regulator',
        recipient: d.recipient,
        jurisdiction: d.jurisdiction,
        template_id: TEMPLATE_ID,
        template_version: t.version,
        language: 'en',
        channel: 'mail',
        subject: d.subject,
        body_html: d.html,
        body_text: d.text,
        merge: JSON.stringify(d.merge),
        content_hash: d.contentHash,
        content_check: JSON.stringify(d.check),
        status: 'draft',
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return drafts.length;
}
