// What to do with a record left `sending` by a worker that stopped mid-send. The mail may or may
// not have left, so it is never sent again automatically (no second copy); staff see why.
import { DateTime } from 'luxon';
import type { Db } from '../db/database.js';
import { failAbandonedSends } from '../repositories/abandoned-sends.repository.js';
import { appendAudit } from '../repositories/audit.repository.js';

export const OUTCOME_UNKNOWN =
  'outcome unknown: a worker stopped while sending; not resent automatically to avoid a second copy. Check the mail server log, then resend by hand if it did not leave.';

/** A claim younger than the lease (SENDING_LEASE_SECONDS) may still belong to a live worker. */
export function claimExpired(updatedAt: string, leaseSeconds: number, now: DateTime = DateTime.now()): boolean {
  return DateTime.fromISO(updatedAt) < now.minus({ seconds: leaseSeconds });
}

/**
 * Nothing could be claimed: say why. Done already, still held by a live worker, or abandoned
 * mid-send — then it is marked failed with OUTCOME_UNKNOWN through `markUnknown`.
 */
export async function unclaimedOutcome(
  current: { status: string; updated_at: string } | null | undefined,
  markUnknown: (error: string) => Promise<unknown>,
  leaseSeconds: number,
  now: DateTime,
): Promise<'already-done' | 'in-progress' | 'outcome-unknown'> {
  if (!current || current.status !== 'sending') return 'already-done';
  if (!claimExpired(current.updated_at, leaseSeconds, now)) return 'in-progress';
  await markUnknown(OUTCOME_UNKNOWN);
  return 'outcome-unknown';
}

/**
 * The sweeper's half: a worker killed mid-send never comes back for its claims, and a retried
 * batch leaves claims it cannot judge yet. Once the lease is over they end failed with the reason,
 * so nothing stays `sending` for ever; letters are audited per incident.
 */
export async function expireAbandonedSends(db: Db, leaseSeconds: number): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const letters = await failAbandonedSends(tx, 'letters', leaseSeconds, OUTCOME_UNKNOWN);
    const reminders = await failAbandonedSends(tx, 'reminders', leaseSeconds, OUTCOME_UNKNOWN);
    const byIncident = new Map<string, typeof letters>();
    for (const l of letters) {
      const same = byIncident.get(l.incident_id) ?? [];
      same.push(l);
      byIncident.set(l.incident_id, same);
    }
    for (const [incidentId, rows] of byIncident) {
      await appendAudit(tx, {
        organizationId: rows[0]!.organization_id,
        actorUserId: null,
        actor: 'worker:sweeper',
        action: 'letters.outcome_unknown',
        entityType: 'incident',
        entityId: incidentId,
        after: { letters: rows.map((r) => r.id), reason: OUTCOME_UNKNOWN },
      });
    }
    return letters.length + reminders.length;
  });
}
