// Sends one approved letter by e-mail. The PostgreSQL claim (queued → sending) comes before the
// SMTP call, so a duplicated or retried job can never deliver a second copy.
import { DateTime } from 'luxon';
import type { Transporter } from 'nodemailer';
import type { Db } from '../db/database.js';
import { claimLetter, findLetterById, finishLetter } from '../repositories/letters.repository.js';
import { unclaimedOutcome } from './claims.js';
import type { SendOutcome } from './reminders.service.js';

export async function deliverLetter(
  db: Db,
  mail: Transporter,
  opts: { mailFrom: string; lastAttempt: boolean },
  letterId: string,
  now = DateTime.now(),
): Promise<SendOutcome> {
  const letter = await claimLetter(db, letterId);
  if (!letter) {
    return unclaimedOutcome(await findLetterById(db, letterId), (error) => finishLetter(db, letterId, { status: 'failed', error }), now);
  }
  if (!letter.email) {
    await finishLetter(db, letterId, { status: 'failed', error: 'the resident has no e-mail address; send by mail' });
    return 'already-done';
  }
  let messageId: string;
  try {
    const info = await mail.sendMail({
      from: opts.mailFrom,
      to: letter.email,
      subject: letter.subject,
      text: letter.body_text,
      html: letter.body_html,
      messageId: `<letter-${letter.id}@breachdesk>`,
    });
    messageId = info.messageId ?? `<letter-${letter.id}@breachdesk>`;
  } catch (err) {
    // Only a refused send hands the letter back; a failure after the server accepted it must not.
    await finishLetter(db, letterId, { status: opts.lastAttempt ? 'failed' : 'queued', error: `SMTP: ${(err as Error).message}` });
    throw err;
  }
  await finishLetter(db, letterId, { status: 'sent', messageId });
  return 'sent';
}
