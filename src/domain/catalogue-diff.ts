// "What changed in 2025?": every law version that took effect between two dates, set against the
// version it replaced, obligation by obligation (deadline, threshold, added or dropped duties).
import type { Catalogue, DeadlineRule, ObligationRule, RuleVersion, Threshold } from '../rules/types.js';
import { addDays } from './dates.js';
import { versionInForce } from './rule-selection.js';
import type { IsoDate } from './types.js';

export interface CatalogueChange {
  jurisdiction: string;
  jurisdictionName: string;
  law: string;
  effectiveFrom: IsoDate;
  from: { version: string; confidence: string } | null;
  to: { version: string; confidence: string; summary: string; citations: string[] };
  changes: string[];
}

export function describeDeadline(d: DeadlineRule): string {
  switch (d.kind) {
    case 'calendar_days':
      return `${d.days} calendar days after ${d.anchor}`;
    case 'business_days':
      return `${d.days} business days after ${d.anchor}`;
    case 'hours':
      return `${d.hours} hours after ${d.anchor}`;
    case 'without_unreasonable_delay':
      return `without unreasonable delay after ${d.anchor}`;
    case 'relative':
      return d.relation === 'with' ? 'with the individual notice' : `${d.days} ${d.dayType} days after the individual notice`;
    case 'after_year_end':
      return `${d.days} days after the end of the calendar year`;
    case 'no_deadline':
      return 'no deadline';
    case 'earlier_of':
      return `whichever is sooner of ${d.limbs.map(describeDeadline).join(' or ')}`;
    case 'before':
      return 'before the individual notice';
  }
}

export function describeThreshold(t: Threshold | null): string {
  return t ? `${t.comparison.replace('_', ' ')} ${t.count.toLocaleString('en-US')} ${t.of === 'total' ? 'people in all' : 'residents'}` : 'no threshold';
}

function obligationChanges(before: ObligationRule[], after: ObligationRule[]): string[] {
  const out: string[] = [];
  for (const b of after) {
    const a = before.find((o) => o.id === b.id);
    if (!a) {
      out.push(`New duty: ${b.recipientName} — ${describeDeadline(b.deadline)}, ${describeThreshold(b.threshold)} (${b.citation}).`);
      continue;
    }
    if (describeDeadline(a.deadline) !== describeDeadline(b.deadline)) out.push(`${b.recipientName}: deadline ${describeDeadline(a.deadline)} → ${describeDeadline(b.deadline)}.`);
    if (describeThreshold(a.threshold) !== describeThreshold(b.threshold)) out.push(`${b.recipientName}: threshold ${describeThreshold(a.threshold)} → ${describeThreshold(b.threshold)}.`);
    if (a.lawEnforcement.effect !== b.lawEnforcement.effect) out.push(`${b.recipientName}: law-enforcement delay ${a.lawEnforcement.effect} → ${b.lawEnforcement.effect}.`);
  }
  for (const a of before) if (!after.some((o) => o.id === a.id)) out.push(`Duty dropped: ${a.recipientName} (${a.citation}).`);
  return out;
}

function coverageChanges(a: RuleVersion, b: RuleVersion): string[] {
  return (Object.keys(b.coverage) as (keyof RuleVersion['coverage'])[]).flatMap((k) =>
    a.coverage[k].answer !== b.coverage[k].answer ? [`Coverage of ${k.replace('_', ' ')}: ${a.coverage[k].answer} → ${b.coverage[k].answer}.`] : [],
  );
}

/** Versions taking effect after `from` and on or before `to`, oldest first. */
export function catalogueChanges(catalogue: Catalogue, from: IsoDate, to: IsoDate): CatalogueChange[] {
  const out: CatalogueChange[] = [];
  for (const j of catalogue) {
    for (const law of j.laws) {
      for (const v of law.versions) {
        if (v.effectiveFrom <= from || v.effectiveFrom > to) continue;
        const previous = versionInForce(law, addDays(v.effectiveFrom, -1));
        out.push({
          jurisdiction: j.code,
          jurisdictionName: j.name,
          law: law.id,
          effectiveFrom: v.effectiveFrom,
          from: previous ? { version: previous.id, confidence: previous.confidence } : null,
          to: { version: v.id, confidence: v.confidence, summary: v.summary, citations: v.citations },
          changes: previous ? [...coverageChanges(previous, v), ...obligationChanges(previous.obligations, v.obligations)] : ['The law took effect.'],
        });
      }
    }
  }
  return out.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.jurisdiction.localeCompare(b.jurisdiction));
}
