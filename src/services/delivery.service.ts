// E-mail delivery in batches. Each letter is claimed in PostgreSQL (queued → sending) just before
// its SMTP call, so a duplicated or retried batch never sends a second copy, and the body is
// re-rendered from the stored template version and checked against the approved content hash.
import { DateTime } from 'luxon';
import type { Transporter } from 'nodemailer';
import { smtpFailureReason } from '../mail/transport.js';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { JobRow, LetterRow } from '../db/schema.js';
import { claimLetter, findLetterById, finishLetter, markLettersSent } from '../repositories/letters.repository.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { recordJobFor } from '../jobs/enqueue.js';
import { letterReproducer, type ReproducedLetter } from './letter-reproduce.js';
import type { PiiCipher } from '../domain/pii-cipher.js';
import { residentEmail } from '../domain/resident-contact.js';
import { maskAddresses } from '../domain/pii-redact.js';

export interface DeliveryOptions {
  mailFrom: string;
  lastAttempt: boolean;
  /** Letters in flight at once: enough to keep every pooled SMTP connection busy. */
  concurrency: number;
  /** Waits for a slot under the global message rate limit. */
  acquire?: () => Promise<unknown>;
  pii: PiiCipher;
}

export type LetterOutcome = 'sent' | 'retry' | 'failed' | 'bounced' | 'already-done' | 'in-progress';

/** Splits approved e-mail letters into batches and records one delivery job per batch. */
export async function planDelivery(db: Db, p: { incidentId: string; requestId: string; batchSize: number }): Promise<JobRow[]> {
  return db.transaction().execute(async (tx) => {
    const prefix = `${p.requestId}-`;
    await sql`
      with picked as (
        select id, row_number() over (order by id) - 1 as rn from letters
        where incident_id = ${p.incidentId} and status = 'approved' and channel = 'email'
      )
      update letters l set status = 'queued', send_batch = ${prefix} || (picked.rn / ${p.batchSize}::int)::text, updated_at = now()
      from picked where l.id = picked.id
    `.execute(tx);
    const batches = await tx
      .selectFrom('letters')
      .select('send_batch')
      .distinct()
      .where('incident_id', '=', p.incidentId)
      .where('send_batch', 'like', `${prefix}%`)
      .where('status', '=', 'queued')
      .execute();
    const head = await tx.selectFrom('incidents').select('organization_id').where('id', '=', p.incidentId).executeTakeFirstOrThrow();
    const scope = { organizationId: head.organization_id, incidentId: p.incidentId };
    const jobs: JobRow[] = [];
    for (const b of batches) jobs.push(await recordJobFor(tx, 'deliver-batch', { batch: b.send_batch! }, scope));
    await appendAudit(tx, {
      organizationId: head.organization_id,
      actorUserId: null,
      actor: 'worker:send-letters',
      action: 'letters.queued',
      entityType: 'incident',
      entityId: p.incidentId,
      after: { requestId: p.requestId, batches: batches.length },
    });
    return jobs;
  });
}

function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * Accepted sends are recorded a few at a time: one UPDATE for up to SENT_FLUSH_AT letters, and
 * never later than SENT_FLUSH_MS after the first of them, so a stalled server does not leave sent
 * letters looking unsent. A worker that dies before a flush leaves those letters `sending`, as if
 * it had died just after the SMTP reply; the sweeper marks them "outcome unknown", never resent.
 */
const SENT_FLUSH_AT = 16;
const SENT_FLUSH_MS = 50;

class SentRecorder {
  private pending: { id: string; messageId: string; at: string }[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  constructor(private readonly db: Db) {}

  add(id: string, messageId: string): Promise<void> | undefined {
    this.pending.push({ id, messageId, at: DateTime.utc().toISO()! });
    if (this.pending.length >= SENT_FLUSH_AT) return this.flush();
    // A failed timed flush is not lost: the batch's final flush() chains on it and throws.
    this.timer ??= setTimeout(() => this.flush().catch(() => undefined), SENT_FLUSH_MS);
    return undefined;
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending.splice(0);
    this.flushing = this.flushing.then(() => markLettersSent(this.db, batch));
    return this.flushing;
  }
}

async function deliverLetter(
  db: Db,
  mail: Transporter,
  opts: DeliveryOptions,
  reproduce: (letter: LetterRow) => Promise<ReproducedLetter>,
  sent: SentRecorder,
  letterId: string,
): Promise<LetterOutcome> {
  const letter = await claimLetter(db, letterId);
  if (!letter) {
    // Held by another worker, or left mid-send by a killed one: either way the sweeper judges it
    // once its lease is over (expireAbandonedSends), and records the outcome in the audit trail.
    return (await findLetterById(db, letterId))?.status === 'sending' ? 'in-progress' : 'already-done';
  }
  const to = residentEmail(opts.pii, letter);
  if (!to) {
    await finishLetter(db, letterId, { status: 'failed', error: 'the resident has no e-mail address; send by mail' });
    return 'failed';
  }
  const body = await reproduce(letter);
  if (!body.verified) {
    await finishLetter(db, letterId, { status: 'failed', error: 'the letter no longer renders to the approved text (content hash differs); render and approve again' });
    return 'failed';
  }
  const messageId = `<letter-${letter.id}@breachdesk>`;
  try {
    await opts.acquire?.();
    await mail.sendMail({ from: opts.mailFrom, to, subject: body.subject, text: body.text, html: body.html, messageId });
  } catch (err) {
    // The server's reply may echo the address ("550 <x@y> unknown"): it is stored and logged masked.
    const reason = maskAddresses(smtpFailureReason(err), [to]);
    if (isPermanent(err)) {
      await finishLetter(db, letterId, { status: 'bounced', error: reason });
      return 'bounced';
    }
    // Only a refused send hands the letter back; a failure after the server accepted it must not.
    await finishLetter(db, letterId, { status: opts.lastAttempt ? 'failed' : 'queued', error: reason });
    return opts.lastAttempt ? 'failed' : 'retry';
  }
  await sent.add(letterId, messageId);
  return 'sent';
}

export class BatchIncomplete extends Error {}

/** Sends a batch's queued letters with bounded concurrency; throws to have bullmq retry the rest. */
export async function deliverBatch(db: Db, mail: Transporter, opts: DeliveryOptions, batch: string): Promise<Record<LetterOutcome, number>> {
  const ids = (await db.selectFrom('letters').select('id').where('send_batch', '=', batch).where('status', 'in', ['queued', 'sending']).orderBy('id').execute()).map((r) => r.id);
  const counts: Record<LetterOutcome, number> = { sent: 0, retry: 0, failed: 0, bounced: 0, 'already-done': 0, 'in-progress': 0 };
  const reproduce = letterReproducer(db, opts.pii);
  const sent = new SentRecorder(db);
  let next = 0;
  const lane = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      counts[await deliverLetter(db, mail, opts, reproduce, sent, id)]++;
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, lane));
  } finally {
    await sent.flush();
  }
  if (counts.retry > 0) throw new BatchIncomplete(`${counts.retry} of ${ids.length} letters were refused by the mail server and will be retried`);
  return counts;
}
