// What to do with a record left `sending` by a worker that stopped mid-send. The mail may or may
// not have left, so it is never sent again automatically (no second copy); staff see why.
import { DateTime } from 'luxon';

/** A claim younger than this may still belong to a live worker: leave it alone. */
export const SENDING_LEASE_MINUTES = 5;

export function claimExpired(updatedAt: string, now: DateTime = DateTime.now()): boolean {
  return DateTime.fromISO(updatedAt) < now.minus({ minutes: SENDING_LEASE_MINUTES });
}

export const OUTCOME_UNKNOWN =
  'outcome unknown: a worker stopped while sending; not resent automatically to avoid a second copy. Check the mail server log, then resend by hand if it did not leave.';

/**
 * Nothing could be claimed: say why. Done already, still held by a live worker, or abandoned
 * mid-send — then it is marked failed with OUTCOME_UNKNOWN through `markUnknown`.
 */
export async function unclaimedOutcome(
  current: { status: string; updated_at: string } | null | undefined,
  markUnknown: (error: string) => Promise<unknown>,
  now: DateTime,
): Promise<'already-done' | 'in-progress' | 'outcome-unknown'> {
  if (!current || current.status !== 'sending') return 'already-done';
  if (!claimExpired(current.updated_at, now)) return 'in-progress';
  await markUnknown(OUTCOME_UNKNOWN);
  return 'outcome-unknown';
}
