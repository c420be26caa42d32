// How `breachdesk rules` and `breachdesk changes` print: plain text a privacy officer can scan.
import { describeDeadline, describeThreshold, type CatalogueChange } from '../domain/catalogue-diff.js';
import type { VerificationCounts, VerificationReport } from '../domain/verification-report.js';
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
        const onPrimary = Object.values(v.verification).filter((c) => c.kind === 'primary').length;
        lines.push(`      facts on primary text: ${onPrimary} of ${Object.keys(v.verification).length}`);
      }
    }
    if (full) lines.push(...channelLines(j));
  }
  return lines.join('\n');
}

/** Where each notice goes: form, e-mail or postal address, and what it asks for. */
export function channelLines(j: Jurisdiction): string[] {
  if (!j.channels.length) return [];
  const out = ['  Where notices go:'];
  for (const c of j.channels) {
    out.push(`    ${c.name} (${c.recipient.replace(/_/g, ' ')}${c.obligations ? `: ${c.obligations.join(', ')}` : ''})`);
    for (const w of c.ways) out.push(`      ${w.kind.replace('_', ' ')}: ${w.value}${w.formName ? ` ("${w.formName}")` : ''}`);
    if (c.asksFor.length) out.push(`      asks for: ${c.asksFor.join('; ')}`);
    out.push(`      source: ${c.source} (checked ${c.checked})`);
  }
  return out;
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

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '-');

/** `breachdesk rules --verification`: per jurisdiction, how many facts rest on which kind of source. */
export function verificationText(report: VerificationReport, detail: boolean): string {
  const head = `${'code'.padEnd(16)} ${'versions'.padStart(8)} ${'facts'.padStart(6)} ${'primary'.padStart(8)} ${'secondary'.padStart(9)} ${'none'.padStart(5)}  on primary text`;
  const row = (code: string, r: VerificationCounts & { versions: number }) =>
    `${code.padEnd(16)} ${String(r.versions).padStart(8)} ${String(r.total).padStart(6)} ${String(r.primary).padStart(8)} ${String(r.secondary).padStart(9)} ${String(r.none).padStart(5)}  ${pct(r.primary, r.total)}`;
  const lines = [head, ...report.jurisdictions.map((j) => row(j.code, j)), row('total', report.total)];
  if (detail) {
    for (const j of report.jurisdictions) {
      for (const s of j.shortOfPrimary) lines.push(`  ${j.code} ${s.version} ${s.fact}: ${s.kind} — ${s.why}`);
    }
  }
  return lines.join('\n');
}
