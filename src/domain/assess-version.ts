// The obligations of one law version for one jurisdiction: coverage of this organisation,
// encryption safe harbour, thresholds, deadlines and recorded notices, each with its reasons.
import type { Coverage, Jurisdiction, Law, ObligationRule, OrgCategory, RuleVersion, SubmissionChannel } from '../rules/types.js';
import { computeDeadline, type IndividualsClock } from './deadline-engine.js';
import { compliance, noticeFor } from './obligation-status.js';
import { matchPersonalInformation } from './personal-information.js';
import { orgCategory } from './rule-selection.js';
import { checkThreshold } from './thresholds.js';
import type { AssessedObligation, Incident, IncidentEvent, IsoDate } from './types.js';

export interface AssessContext {
  incident: Incident;
  discovery: IsoDate;
  events: readonly IncidentEvent[];
  /** Everyone affected, all states together; null when nothing is counted. */
  totalAffected: number | null;
}

interface Gate {
  /** Why nothing is owed under this version, if so. */
  notApplicable: string | null;
  reasons: string[];
  assumptions: string[];
}

const GOVERNMENT: readonly OrgCategory[] = ['local_government', 'state_agency'];

/**
 * A statute's answers about government bodies are about its own state's. A city of another state
 * holding residents' data is covered only where the data says so; otherwise a government-only
 * statute does not reach it and a general one is an open question (shown, and assumed to apply).
 */
function coverageFor(j: Jurisdiction, version: RuleVersion, category: OrgCategory, orgState: string): Coverage {
  const own = version.coverage[category];
  if (orgState === j.code || !GOVERNMENT.includes(category)) return own;
  const explicit = version.coverageOutOfState?.[category];
  if (explicit) return explicit;
  if (version.coverage.business.answer === 'no') {
    return { answer: 'no', reason: `This statute governs ${j.name}'s own public bodies; a government body of another state is not one of them.` };
  }
  return {
    answer: 'uncertain',
    reason: `What it says of government bodies concerns ${j.name}'s own (${own.reason.replace(/\.$/, '')}); whether it binds a government body of another state that holds ${j.name} residents' data is not settled.`,
  };
}

/** `asCategory`: judge coverage for someone other than the organisation (its vendor, a business). */
function gate(j: Jurisdiction, law: Law, version: RuleVersion, ctx: AssessContext, asCategory?: OrgCategory): Gate {
  const { incident } = ctx;
  const reasons: string[] = [];
  const assumptions: string[] = [];
  let notApplicable: string | null = null;
  const { category, assumption } = asCategory ? { category: asCategory, assumption: null } : orgCategory(incident.organization.kind);
  if (assumption) assumptions.push(assumption);
  const coverage = coverageFor(j, version, category, incident.organization.state);
  if (coverage.answer === 'no') notApplicable = `This law does not cover a ${category.replace('_', ' ')}: ${coverage.reason}`;
  else if (coverage.answer === 'uncertain') assumptions.push(`Coverage is uncertain: ${coverage.reason} breachdesk assumes the duty applies, the safer reading.`);
  else reasons.push(coverage.reason);

  if (version.personalInformation) {
    const pi = matchPersonalInformation(version.personalInformation, incident.dataElements);
    if (pi.covered) reasons.push(pi.reason);
    else notApplicable ??= pi.reason;
  } else if (j.kind !== 'regime' && law.scope !== 'home') {
    // Regimes (SEC 8-K, the bank rule) and public bodies' incident reports turn on the incident,
    // not on a data definition.
    assumptions.push("This version's definition of personal information is not encoded yet; breachdesk assumes the exposed data is covered.");
  }

  const harbour = version.encryptionSafeHarbor;
  if (incident.encryption.encrypted) {
    if (!harbour?.exists) reasons.push('The data was encrypted, but this law has no encryption safe harbour on record.');
    else if (incident.encryption.keyCompromised && harbour.keyException) reasons.push(`The data was encrypted but its key was also compromised, so the safe harbour (${harbour.citation}) does not apply.`);
    else notApplicable ??= `The data was encrypted${incident.encryption.keyCompromised ? ' (the key was compromised, but this law makes no exception for that)' : ''}: safe harbour under ${harbour.citation}.`;
  }
  const risk = version.riskOfHarmException;
  if (risk?.exists) {
    const record = risk.recordToKeep ? ` The record to keep: ${risk.recordToKeep}` : '';
    assumptions.push(`Notice is required unless you document a risk-of-harm assessment${risk.standard ? ` (${risk.standard})` : ''}; breachdesk assumes none was made.${record}`);
  }
  return { notApplicable, reasons, assumptions };
}

/** The channel recorded for this recipient, preferring one that names this obligation. */
function channelFor(j: Jurisdiction, rule: ObligationRule): SubmissionChannel | null {
  const forRecipient = j.channels.filter((c) => c.recipient === rule.recipient);
  return forRecipient.find((c) => c.obligations?.includes(rule.id)) ?? forRecipient.find((c) => !c.obligations) ?? null;
}

/** A vendor's duty to its data owner only matters where a vendor is involved. */
function vendorGap(rule: ObligationRule, ctx: AssessContext): string | null {
  if (rule.recipient !== 'data_owner') return null;
  const vendorKnown =
    !!ctx.incident.system?.vendor ||
    ctx.events.some((e) => e.type === 'notified_by_vendor' || (e.type === 'discovered' && e.source === 'vendor_notice'));
  return vendorKnown ? null : 'No vendor is named for the system and no vendor notice is recorded: this duty binds a vendor that maintains data for its owner.';
}

function letterElements(rule: ObligationRule, events: readonly IncidentEvent[]): ObligationRule['letterElements'] {
  if (rule.recipient !== 'individuals') return [];
  const delayed = events.some((e) => e.type === 'law_enforcement_delay');
  return rule.letterElements.filter((e) => e !== 'law_enforcement_delay' || delayed);
}

export function assessVersion(
  j: Jurisdiction,
  law: Law,
  version: RuleVersion,
  residents: number | null,
  ctx: AssessContext,
  selectionReason: string,
): AssessedObligation[] {
  const ownGate = gate(j, law, version, ctx);
  // A vendor-to-owner duty binds the vendor: whether the statute covers it is a business question.
  const vendorGate = version.obligations.some((o) => o.recipient === 'data_owner') ? gate(j, law, version, ctx, 'business') : ownGate;
  const clockCtx = { zone: ctx.incident.organization.timezone, holidays: j.holidays, events: ctx.events };
  // Individual notices first: other notices of the same version may be tied to them.
  const ordered = [...version.obligations].sort((a, b) => Number(b.recipient === 'individuals') - Number(a.recipient === 'individuals'));
  let individuals: IndividualsClock | null = null;
  const out = new Map<string, AssessedObligation>();
  for (const rule of ordered) {
    const counted = rule.threshold?.of === 'total' ? ctx.totalAffected : residents;
    const threshold = rule.threshold ? checkThreshold(rule.threshold, counted, j.name) : null;
    const { deadline, assumptions } = computeDeadline(rule.deadline, rule.lawEnforcement, clockCtx, individuals);
    const notifiedOn = noticeFor(ctx.events, { recipient: rule.recipient, jurisdiction: j.code, obligationId: rule.id });
    if (rule.recipient === 'individuals' && !individuals) individuals = { due: deadline.due, notifiedOn, target: deadline.target };
    const g = rule.recipient === 'data_owner' ? vendorGate : ownGate;
    const notApplicable = g.notApplicable ?? (threshold?.met === false ? threshold.reason : null) ?? vendorGap(rule, ctx);
    const done = notApplicable ? null : compliance(deadline, notifiedOn);
    out.set(rule.id, {
      key: `${j.code}:${law.id}:${rule.id}`,
      jurisdiction: j.code,
      jurisdictionName: j.name,
      recipient: rule.recipient,
      recipientName: rule.recipientName,
      law: law.id,
      rule: version.id,
      citation: rule.citation,
      applicability: notApplicable ? 'not_applicable' : 'applies',
      deadline,
      threshold: rule.threshold ? { count: rule.threshold.count, comparison: rule.threshold.comparison, affected: counted, met: threshold!.met } : null,
      status: done?.status ?? 'not_applicable',
      notifiedOn,
      daysLate: done?.daysLate ?? null,
      confidence: version.confidence,
      reasons: [...(notApplicable ? [notApplicable] : []), selectionReason, ...g.reasons, ...(threshold && !notApplicable ? [threshold.reason] : []), deadline.explanation, ...(done?.reason ? [done.reason] : [])],
      assumptions: [...g.assumptions, ...assumptions, ...(rule.condition ? [`To check by hand (breachdesk cannot tell from the incident): ${rule.condition}`] : [])],
      unverified: version.unverified,
      requiredContent: rule.requiredContent,
      letterElements: letterElements(rule, ctx.events),
      forbiddenContent: rule.forbiddenContent,
      forbiddenLetterElements: rule.recipient === 'individuals' ? rule.forbiddenLetterElements : [],
      submission: channelFor(j, rule),
    });
  }
  // Back in the catalogue's order, which reads as the statute does.
  return version.obligations.map((r) => out.get(r.id)!);
}
