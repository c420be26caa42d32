// How `breachdesk rules` and `breachdesk changes` print: plain text a privacy officer can scan.
import { describeDeadline, describeThreshold, type CatalogueChange } from '../domain/catalogue-diff.js';
import type { Jurisdiction, RuleVersion } from '../rules/types.js';

function exceptionLines(v: RuleVersion): string[] {
  const out: string[] = [];
  const h = v.encryptionSafeHarbor;
  if (h) out.push(h.exists ? `Encryption safe harbour (${h.citation})${h.keyException ? ', not if the key was also compromised' : ''}.` : 'No encryption safe harbour.');
  const r = v.riskOfHarmException;
  if (r?.exists) out.push(`Notice required unless you document a risk assessment: ${r.standard ?? 'standard not recorded'}${r.recordToKeep ? ` Record to keep: ${r.recordToKeep}` : ''}`);
  const sub = v.substituteNotice;
  if (sub) out.push(`Substitute notice allowed above ${[sub.costOver ? `$${sub.costOver.toLocaleString('en-US')} in cost` : null, sub.recipientsOver ? `${sub.recipientsOver.toLocaleString('en-US')} people` : null].filter(Boolean).join(' or ') || 'conditions in the statute'} (${sub.citation}).`);
  return out;
}

export function rulesText(list: readonly Jurisdiction[], full: boolean): string {
  const lines: string[] = [];
  for (const j of list) {
    lines.push(`${j.code}  ${j.name}${j.kind === 'regime' ? '  (opt-in regime)' : ''}`);
    for (const law of j.laws) {
      lines.push(`  ${law.id}  ${law.title}${law.basis === 'contract' ? '  [contractual, not statute]' : ''}`);
      for (const v of law.versions) {
        lines.push(`    ${v.id.padEnd(18)} ${v.effectiveFrom} .. ${v.effectiveTo ?? 'in force'}  [${v.confidence}]  ${v.citations[0] ?? ''}`);
        if (!full) continue;
        lines.push(`      ${v.summary}`);
        if (v.personalInformation) lines.push(`      Personal information: ${v.personalInformation.summary} (${v.personalInformation.citation})`);
        for (const line of exceptionLines(v)) lines.push(`      ${line}`);
        for (const o of v.obligations) {
          lines.push(`      - ${o.recipientName}: ${describeDeadline(o.deadline)}; ${describeThreshold(o.threshold)}; ${o.citation}`);
        }
        for (const u of v.unverified) lines.push(`      unverified: ${u}`);
      }
    }
  }
  return lines.join('\n');
}

export function changesText(changes: readonly CatalogueChange[], from: string, to: string): string {
  if (!changes.length) return `No law version took effect after ${from} and on or before ${to}.`;
  const lines = [`Law versions in force from after ${from} to ${to}:`];
  for (const c of changes) {
    lines.push('', `${c.effectiveFrom}  ${c.jurisdiction} ${c.law}: ${c.from?.version ?? '(new law)'} -> ${c.to.version} [${c.to.confidence}]`, `  ${c.to.summary}`);
    for (const change of c.changes) lines.push(`  - ${change}`);
  }
  return lines.join('\n');
}
