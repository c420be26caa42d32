// "More than 500" and "at least 500" differ at exactly 500: each rule keeps its statute's comparison.
import type { Threshold } from '../rules/types.js';

export interface ThresholdCheck {
  met: boolean | null;
  reason: string;
}

const WORDS = { more_than: 'more than', at_least: 'at least', fewer_than: 'fewer than' } as const;

export function checkThreshold(t: Threshold, affected: number | null, jurisdictionName: string): ThresholdCheck {
  const who = t.of === 'total' ? 'people in all' : `${jurisdictionName} residents`;
  const rule = `${WORDS[t.comparison]} ${t.count.toLocaleString('en-US')} ${who}`;
  if (affected === null) {
    return { met: null, reason: `Applies only when ${rule} are affected; the count is not known, so breachdesk assumes it is met.` };
  }
  const met = t.comparison === 'more_than' ? affected > t.count : t.comparison === 'at_least' ? affected >= t.count : affected < t.count;
  return {
    met,
    reason: met
      ? `${affected} affected: the threshold (${rule}) is met.`
      : `${affected} affected: ${t.comparison === 'fewer_than' ? 'not' : 'below'} the threshold (${rule}), so this notice is not required.`,
  };
}
