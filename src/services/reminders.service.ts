// Staff reminders: the sweeper decides which reminder belongs to today; the send job delivers it
// exactly once (claimed in PostgreSQL before the SMTP call).
import { DateTime } from 'luxon';
import { sql } from 'kysely';
import type { Transporter } from 'nodemailer';
import { smtpFailureReason } from '../mail/transport.js';
import type { Db } from '../db/database.js';
import type { JobRow } from '../db/schema.js';
import { reminderForDay, todayIn } from '../domain/reminder-plan.js';
import { recordJobFor } from '../jobs/enqueue.js';
import { listOpenDatedObligations } from '../repositories/obligations.repository.js';
import {
  cancelMissedReminders,
  claimReminder,
  findReminder,
  finishReminder,
  listDueReminders,
  planReminders,
} from '../repositories/reminders.repository.js';
import { renderReminder } from '../letters/render-reminder.js';
import { unclaimedOutcome } from './claims.js';

/** Plans today's reminders for every open dated obligation and records their send jobs. */
export async function scheduleTodaysReminders(db: Db, daysBefore: readonly number[], now = DateTime.now()): Promise<JobRow[]> {
  const obligations = await listOpenDatedObligations(db);
  const byOrg = new Map<string, { timezone: string }>();
  const plans = obligations.flatMap((o) => {
    byOrg.set(o.organization_id, { timezone: o.timezone });
    const slot = reminderForDay(o.due_date!, todayIn(o.timezone, now), daysBefore);
    return slot
      ? [{
          organizationId: o.organization_id,
          incidentId: o.incident_id,
          obligationId: o.id,
          dueDate: o.due_date!,
          sendOn: slot.sendOn,
          daysBefore: slot.daysBefore,
          recipients: o.contacts,
        }]
      : [];
  });
  return db.transaction().execute(async (tx) => {
    await planReminders(tx, plans);
    const jobs: JobRow[] = [];
    for (const [orgId, { timezone }] of byOrg) {
      const today = todayIn(timezone, now);
      await cancelMissedReminders(tx, orgId, today);
      for (const r of await listDueReminders(tx, orgId, today)) {
        jobs.push(await recordJobFor(tx, 'send-reminder', { reminderId: r.id }, { organizationId: orgId, incidentId: r.incident_id }));
      }
    }
    return jobs;
  });
}

export type SendOutcome = 'sent' | 'already-done' | 'in-progress' | 'outcome-unknown';

export async function sendReminder(
  db: Db,
  mail: Transporter,
  opts: { mailFrom: string; appUrl: string; lastAttempt: boolean; leaseSeconds: number },
  reminderId: string,
  now = DateTime.now(),
): Promise<SendOutcome> {
  const claimed = await claimReminder(db, reminderId);
  if (!claimed) {
    return unclaimedOutcome(await findReminder(db, reminderId), (error) => finishReminder(db, reminderId, { status: 'failed', error }), opts.leaseSeconds, now);
  }
  const context = await db
    .selectFrom('obligations as o')
    .innerJoin('incidents as i', 'i.id', 'o.incident_id')
    .select(['o.jurisdiction', 'o.recipient_name', 'o.citation', 'o.due_date', 'i.title', 'i.id as incident_id', sql<string | null>`o.detail->'deadline'->>'decidedBy'`.as('decided_by')])
    .where('o.id', '=', claimed.obligation_id)
    .executeTakeFirst();
  if (!context || claimed.recipients.length === 0) {
    await finishReminder(db, reminderId, { status: 'failed', error: context ? 'no staff contacts on the incident' : 'obligation removed' });
    return 'already-done';
  }
  const message = renderReminder({
    incidentTitle: context.title,
    incidentId: context.incident_id,
    jurisdiction: context.jurisdiction,
    recipientName: context.recipient_name,
    citation: context.citation ?? 'no citation',
    due: claimed.due_date,
    daysLeft: claimed.days_before,
    appUrl: opts.appUrl,
    decidedBy: context.decided_by,
  });
  try {
    await mail.sendMail({
      from: opts.mailFrom,
      to: claimed.recipients,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: `<reminder-${claimed.id}@breachdesk>`,
    });
  } catch (err) {
    const error = smtpFailureReason(err);
    // Not sent: hand the reminder back so the retry can claim it; give up on the last attempt.
    await finishReminder(db, reminderId, { status: opts.lastAttempt ? 'failed' : 'planned', error });
    throw err;
  }
  await finishReminder(db, reminderId, { status: 'sent' });
  return 'sent';
}
