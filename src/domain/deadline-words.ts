// A rule's clock, and the ways a notice is filed, in words: for the explanation of a "whichever is
// sooner" deadline, the incident page and regulator drafts.
import type { DeadlineRule, SubmissionWay } from '../rules/types.js';
import { ANCHOR_WORDS } from './anchors.js';

export function deadlineInWords(d: DeadlineRule): string {
  switch (d.kind) {
    case 'calendar_days':
      return `${d.days} calendar days after ${ANCHOR_WORDS[d.anchor]}`;
    case 'business_days':
      return `${d.days} business days after ${ANCHOR_WORDS[d.anchor]}`;
    case 'hours':
      return `${d.hours} hours after ${ANCHOR_WORDS[d.anchor]}`;
    case 'without_unreasonable_delay':
      return `without unreasonable delay after ${ANCHOR_WORDS[d.anchor]}`;
    case 'relative':
      return d.relation === 'with' ? 'the notice to individuals' : `${d.days} ${d.dayType} days after the notice to individuals`;
    case 'after_year_end':
      return `${d.days} days after the end of the calendar year of discovery`;
    case 'no_deadline':
      return 'no time set';
    case 'earlier_of':
      return `whichever is sooner of ${d.limbs.map(deadlineInWords).join(' or ')}`;
    case 'before':
      return 'before the notice to individuals';
  }
}

const WAY_WORDS: Record<SubmissionWay['kind'], string> = { online_form: 'Online form', email: 'E-mail', postal: 'Mail', fax: 'Fax', phone: 'Telephone' };

/** "Online form (Security Breach Reporting Form): https://…" */
export function submissionWayInWords(w: SubmissionWay): string {
  return `${WAY_WORDS[w.kind]}${w.formName ? ` (${w.formName})` : ''}: ${w.value}`;
}
