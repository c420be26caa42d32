// How an obligation's clock reads to staff: days left, days late, or done. Pure.
import { daysLeft } from '../../domain/obligation-status.js';

export type Tone = 'overdue' | 'soon' | 'upcoming' | 'met' | 'late' | 'waived' | 'na' | 'undated';

export interface Countdown {
  tone: Tone;
  /** Short text for the table cell, e.g. "12 days left", "3 days late". */
  text: string;
}

const SOON_DAYS = 7;

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export function countdown(o: { status: string; due: string | null; daysLate: number | null; target?: string | null }, today: string): Countdown {
  if (o.status === 'met') return { tone: 'met', text: 'Done on time' };
  if (o.status === 'late') return { tone: 'late', text: o.daysLate ? `Done ${days(o.daysLate)} late` : 'Done late' };
  if (o.status === 'waived') return { tone: 'waived', text: 'Waived' };
  if (o.status === 'not_applicable') return { tone: 'na', text: 'Not required' };
  if (!o.due) {
    if (o.target) {
      const left = daysLeft(o.target, today);
      return { tone: 'undated', text: left >= 0 ? `No legal date; target in ${days(left)}` : `No legal date; target passed ${days(-left)} ago` };
    }
    return { tone: 'undated', text: 'No legal date: without unreasonable delay' };
  }
  const left = daysLeft(o.due, today);
  if (left < 0) return { tone: 'overdue', text: `Overdue: ${days(-left)} late` };
  if (left === 0) return { tone: 'soon', text: 'Due today' };
  return { tone: left <= SOON_DAYS ? 'soon' : 'upcoming', text: `${days(left)} left` };
}
