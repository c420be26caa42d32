import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { ReminderRow } from '../db/schema.js';

export interface PlannedReminder {
  organizationId: string;
  incidentId: string;
  obligationId: string;
  dueDate: string;
  sendOn: string;
  daysBefore: number;
  recipients: string[];
}

/** Idempotent: the (obligation, due date, day) key makes a second plan of the same reminder a no-op. */
export async function planReminders(db: Executor, plans: PlannedReminder[]): Promise<void> {
  if (plans.length === 0) return;
  await db
    .insertInto('reminders')
    .values(
      plans.map((p) => ({
        organization_id: p.organizationId,
        incident_id: p.incidentId,
        obligation_id: p.obligationId,
        due_date: p.dueDate,
        send_on: p.sendOn,
        days_before: p.daysBefore,
        status: 'planned' as const,
        recipients: p.recipients,
      })),
    )
    .onConflict((oc) => oc.columns(['obligation_id', 'due_date', 'send_on']).doNothing())
    .execute();
}

/**
 * A changed due date or a closed obligation makes its still-planned reminders wrong: cancel them
 * (kept, not deleted, so the log shows what was planned and why it did not go out).
 */
export async function cancelStaleReminders(db: Executor, incidentId: string): Promise<number> {
  const res = await db
    .updateTable('reminders as r')
    .set({ status: 'cancelled', last_error: 'the obligation was met, waived or its due date changed', updated_at: sql<string>`now()` })
    .where('r.incident_id', '=', incidentId)
    .where('r.status', '=', 'planned')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('obligations as o')
            .select('o.id')
            .whereRef('o.id', '=', 'r.obligation_id')
            .whereRef('o.due_date', '=', 'r.due_date')
            .where('o.status', '=', 'open'),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Reminders of earlier days that never went out are superseded by today's. */
export async function cancelMissedReminders(db: Executor, organizationId: string, today: string): Promise<void> {
  await db
    .updateTable('reminders')
    .set({ status: 'cancelled', last_error: `not sent on its day; superseded on ${today}`, updated_at: sql<string>`now()` })
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'planned')
    .where('send_on', '<', today)
    .execute();
}

export async function listDueReminders(db: Executor, organizationId: string, today: string): Promise<ReminderRow[]> {
  return db
    .selectFrom('reminders')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'planned')
    .where('send_on', '=', today)
    .execute();
}

/** The claim that makes sending exactly-once: only one caller moves planned → sending. */
export async function claimReminder(db: Executor, id: string): Promise<ReminderRow | undefined> {
  return db
    .updateTable('reminders')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updated_at: sql<string>`now()` }))
    .where('id', '=', id)
    .where('status', '=', 'planned')
    .returningAll()
    .executeTakeFirst();
}

export async function findReminder(db: Executor, id: string): Promise<ReminderRow | undefined> {
  return db.selectFrom('reminders').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function finishReminder(
  db: Executor,
  id: string,
  outcome: { status: 'sent' | 'planned' | 'failed'; error?: string },
): Promise<void> {
  await db
    .updateTable('reminders')
    .set({
      status: outcome.status,
      last_error: outcome.error ?? null,
      updated_at: sql<string>`now()`,
      ...(outcome.status === 'sent' ? { sent_at: sql<string>`now()` } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

export async function listReminders(db: Executor, incidentId: string): Promise<ReminderRow[]> {
  return db
    .selectFrom('reminders')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('send_on')
    .execute();
}
