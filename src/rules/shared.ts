// Small builders shared by the jurisdiction modules. They only fill defaults and shorten the
// data; every legal fact (dates, days, thresholds, citations) stays written out in each module.
import type {
  AnchorEvent,
  Comparison,
  Coverage,
  CoverageAnswer,
  DeadlineLimb,
  DeadlineRule,
  SubmissionChannel,
  LawEnforcementEffect,
  ObligationRule,
  OrgCategory,
  Threshold,
} from './types.js';

type CoverageInput = Record<OrgCategory, readonly [CoverageAnswer, string]>;

/** `{ business: ['yes', 'why'], ... }` → the `coverage` record, so all four keys are always present. */
export function coverage(input: CoverageInput): Record<OrgCategory, Coverage> {
  return {
    business: { answer: input.business[0], reason: input.business[1] },
    nonprofit: { answer: input.nonprofit[0], reason: input.nonprofit[1] },
    local_government: { answer: input.local_government[0], reason: input.local_government[1] },
    state_agency: { answer: input.state_agency[0], reason: input.state_agency[1] },
  };
}

/**
 * Coverage of a statute written only for government bodies: private organisations answer `no`
 * because their duties come from the general law of the same state.
 */
export function governmentOnlyCoverage(
  generalLaw: string,
  government: Pick<CoverageInput, 'local_government' | 'state_agency'>,
): Record<OrgCategory, Coverage> {
  const notHere = `This statute binds government bodies only; private organisations follow ${generalLaw}.`;
  return coverage({ business: ['no', notHere], nonprofit: ['no', notHere], ...government });
}

export const residents = (count: number, comparison: Comparison): Threshold => ({ count, comparison, of: 'residents' });

export const calendarDays = (days: number, anchor: AnchorEvent): DeadlineLimb => ({ kind: 'calendar_days', days, anchor });
export const businessDays = (days: number, anchor: AnchorEvent): DeadlineLimb => ({ kind: 'business_days', days, anchor });
export const hours = (count: number, anchor: AnchorEvent): DeadlineLimb => ({ kind: 'hours', hours: count, anchor });
export const withoutDelay = (anchor: AnchorEvent, standard: string, targetDays?: number): DeadlineLimb => ({
  kind: 'without_unreasonable_delay',
  anchor,
  standard,
  ...(targetDays === undefined ? {} : { targetDays }),
});
/** "Immediately": no number of days, planned for the next day rather than breachdesk's 30-day target. */
export const immediately = (anchor: AnchorEvent, standard: string): DeadlineLimb => withoutDelay(anchor, standard, 1);
/** "No later than the notice to individuals". */
export const withIndividuals: DeadlineLimb = { kind: 'relative', to: 'individuals', relation: 'with' };
export const afterIndividuals = (days: number, dayType: 'calendar' | 'business'): DeadlineLimb => ({
  kind: 'relative',
  to: 'individuals',
  relation: 'after',
  days,
  dayType,
});

/** "Within <limb> or <limb>, whichever is sooner": the limbs are ordinary clocks. */
export const earlierOf = (...limbs: DeadlineLimb[]): DeadlineRule => ({ kind: 'earlier_of', limbs });
/** "Prior to giving the notification" to individuals. */
export const beforeIndividuals: DeadlineRule = { kind: 'before', to: 'individuals' };

export const toll = (citation: string): LawEnforcementEffect => ({ effect: 'toll', citation });
export const restart = (days: number, dayType: 'calendar' | 'business', citation: string): LawEnforcementEffect => ({
  effect: 'restart',
  days,
  dayType,
  citation,
});
export const noLawEnforcementAllowance: LawEnforcementEffect = { effect: 'none' };

type ObligationInput = Pick<ObligationRule, 'id' | 'recipient' | 'recipientName' | 'citation' | 'deadline'> &
  Partial<Omit<ObligationRule, 'id' | 'recipient' | 'recipientName' | 'citation' | 'deadline'>>;

/** An obligation with the optional parts defaulted (no threshold, no content, no condition). */
export function obligation(input: ObligationInput): ObligationRule {
  return {
    threshold: null,
    lawEnforcement: noLawEnforcementAllowance,
    requiredContent: [],
    letterElements: [],
    forbiddenContent: [],
    forbiddenLetterElements: [],
    condition: null,
    notes: null,
    ...input,
  };
}

/** Sources many research records cite; spelled once so `sources` entries stay identical. */
export const PERKINS_CHART_2021 =
  "Perkins Coie 'Security Breach Notification Chart' revised Sept 2021; copy at github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) path data/Security-Breach-Notification-Law-Chart-Sept-2021.pdf";
export const BLOOMBERG_TABLE =
  'Bloomberg Law state breach-law summary table at github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) path data/bloomberg_law_summary.csv';
export const AKESARI_BILL = (file: string): string =>
  `github Akesari12/Do-Data-Breach-Notification-Laws-Work-NYU-JLPP-Replication-Code (commit 7fcff8e4, 2023-11-17) path 'breach notification laws/${file}' (LexisNexis bill text, read with pdftotext)`;

/**
 * The three nationwide consumer reporting agencies, for every statute that asks for notice to
 * them. None runs a breach-notice form; each takes written notice at its consumer-relations office.
 */
export const NATIONWIDE_CRAS: SubmissionChannel = {
  recipient: 'consumer_reporting_agencies',
  name: 'Equifax, Experian and TransUnion (nationwide consumer reporting agencies)',
  ways: [
    { kind: 'postal', value: 'Equifax Information Services LLC, P.O. Box 105069, Atlanta, GA 30348' },
    { kind: 'postal', value: 'Experian, P.O. Box 9554, Allen, TX 75013' },
    { kind: 'postal', value: 'TransUnion, P.O. Box 2000, Chester, PA 19016' },
  ],
  asksFor: ['The timing, distribution and content of the notices sent to residents', 'The approximate number of residents notified'],
  source: "The agencies' published consumer mailing addresses (equifax.com, experian.com, transunion.com); what is asked is what the state statutes list",
  checked: '2026-12-08',
};
