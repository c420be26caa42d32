// One incident against the catalogue: which jurisdictions are in play, which version of each law,
// whether it covers this organisation and this data, every obligation's deadline and whether the
// recorded notices met it. Pure: the same input always gives the same assessment.
import type { Catalogue, Jurisdiction, Law, RuleVersion } from '../rules/types.js';
import { JURISDICTION_NAMES } from '../rules/jurisdiction-names.js';
import { mergeExposure } from './exposure.js';
import { minDate } from './dates.js';
import { buildTimeline } from './timeline.js';
import { describeVersion, versionInForce } from './rule-selection.js';
import { assessVersion, type AssessContext } from './assess-version.js';
import { noticeFor } from './obligation-status.js';
import type { AssessedObligation, Assessment, Incident, IsoDate } from './types.js';

interface InScope {
  code: string;
  /** Affected residents of this jurisdiction; null when not counted. */
  residents: number | null;
  viaResidents: boolean;
}

function jurisdictionsInScope(incident: Incident, assumptions: string[]): InScope[] {
  const home = incident.organization.state;
  const counted = Object.entries(incident.affected.byState).filter(([, n]) => n > 0);
  const scope = new Map<string, InScope>(counted.map(([code, n]) => [code, { code, residents: n, viaResidents: true }]));
  if (scope.size === 0) {
    assumptions.push(`No affected residents are counted by state yet; breachdesk assumes residents of ${home} (the organisation's home state) and cannot apply thresholds until counts are given.`);
    scope.set(home, { code: home, residents: null, viaResidents: true });
  }
  if (!scope.has(home)) scope.set(home, { code: home, residents: 0, viaResidents: false });
  return [...scope.values()].sort((a, b) => (a.code === home ? -1 : b.code === home ? 1 : a.code.localeCompare(b.code)));
}

function nameOf(code: string, j: Jurisdiction | undefined): string {
  return j?.name ?? JURISDICTION_NAMES[code] ?? code;
}

/** A jurisdiction the catalogue does not have yet is a visible gap, never a silent omission. */
function noRule(code: string, name: string, residents: number | null, ctx: AssessContext, recipient: 'individuals' | 'regulator'): AssessedObligation {
  const notifiedOn = noticeFor(ctx.events, { recipient, jurisdiction: code, obligationId: null });
  return {
    key: `${code}:none:${recipient}`,
    jurisdiction: code,
    jurisdictionName: name,
    recipient,
    recipientName: recipient === 'individuals' ? `Affected residents of ${name}` : name,
    law: null,
    rule: null,
    citation: null,
    applicability: 'no_rule',
    deadline: { kind: 'without_unreasonable_delay', due: null, dueAt: null, anchor: 'discovered', anchorDate: ctx.discovery, amount: null, unit: null, target: null, tolledDays: 0, explanation: 'No rule in the catalogue: the deadline must be worked out by hand.' },
    threshold: null,
    status: notifiedOn ? 'met' : 'open',
    notifiedOn,
    daysLate: null,
    confidence: null,
    reasons: [`No rule for ${name} is in breachdesk's catalogue yet${residents ? ` (${residents} residents affected)` : ''}: check its notification law by hand.`],
    assumptions: [],
    unverified: [],
    requiredContent: [],
    letterElements: [],
    forbiddenContent: [],
    forbiddenLetterElements: [],
    submission: null,
  };
}

/** A residents-scope law not yet in force on the discovery date: shown, so nobody wonders. */
function notYetInForce(code: string, j: Jurisdiction, law: Law, ctx: AssessContext): AssessedObligation {
  const first = law.versions[0];
  const o = noRule(code, j.name, null, ctx, 'individuals');
  const gap = first && first.effectiveFrom <= ctx.discovery ? 'no version of it was in force' : `it was not yet in force${first ? ` (it took effect ${first.effectiveFrom})` : ''}`;
  return {
    ...o,
    key: `${code}:${law.id}:individuals`,
    law: law.id,
    applicability: 'not_applicable',
    status: 'not_applicable',
    reasons: [`${law.title}: on the discovery date ${ctx.discovery} ${gap}.`],
  };
}

function lawsFor(j: Jurisdiction, s: InScope, home: string): Law[] {
  return j.laws.filter((law) => (law.scope === 'residents' ? s.viaResidents : s.code === home));
}

export function assessIncident(incident: Incident, catalogue: Catalogue): Assessment {
  const exposure = mergeExposure(incident.exposure);
  const assumptions = [...exposure.assumptions];
  const discovery: IsoDate | null = minDate(incident.events.flatMap((e) => (e.type === 'discovered' ? [e.at.earliest] : [])));
  // parseIncidentFile refuses a file without one; reaching this is a programming error.
  if (!discovery) throw new Error('assessIncident needs a "discovered" event');
  const counts = Object.values(incident.affected.byState);
  const ctx: AssessContext = { incident, discovery, events: incident.events, totalAffected: counts.length ? counts.reduce((a, b) => a + b, 0) : null };
  const byCode = new Map(catalogue.map((j) => [j.code, j]));
  const obligations: AssessedObligation[] = [];

  for (const s of jurisdictionsInScope(incident, assumptions)) {
    const j = byCode.get(s.code);
    if (!j) {
      if (s.viaResidents) obligations.push(noRule(s.code, nameOf(s.code, j), s.residents, ctx, 'individuals'));
      continue;
    }
    for (const law of lawsFor(j, s, incident.organization.state)) {
      const version: RuleVersion | null = versionInForce(law, discovery);
      if (!version) {
        if (law.scope === 'residents') obligations.push(notYetInForce(s.code, j, law, ctx));
        continue;
      }
      obligations.push(...assessVersion(j, law, version, s.residents, ctx, `${describeVersion(version)} was in force on the discovery date ${discovery}.`));
    }
  }
  for (const regime of incident.regimes) {
    const j = byCode.get(regime);
    if (!j) {
      obligations.push(noRule(regime, regime, null, ctx, 'regulator'));
      continue;
    }
    for (const law of j.laws) {
      const version = versionInForce(law, discovery);
      if (version) obligations.push(...assessVersion(j, law, version, null, ctx, `${describeVersion(version)} was in force on the discovery date ${discovery}; the regime was opted in for this incident.`));
      else obligations.push({ ...notYetInForce(regime, j, law, ctx), recipient: 'regulator', recipientName: j.name, key: `${regime}:${law.id}:regulator` });
    }
  }
  return { exposure, obligations, timeline: buildTimeline(exposure, incident.events), assumptions };
}
