import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { LetterRow, LetterStatus, NewLetter } from '../db/schema.js';

/** Idempotent per key: a re-run render job inserts nothing new. */
export async function insertLetters(db: Executor, letters: NewLetter[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < letters.length; i += 500) {
    const res = await db
      .insertInto('letters')
      .values(letters.slice(i, i + 500))
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .executeTakeFirst();
    inserted += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** Older drafts give way to a newer render; approved or sent letters are history and stay. */
export async function supersedeDrafts(db: Executor, incidentId: string, keepKeySuffix: string): Promise<void> {
  await db
    .updateTable('letters')
    .set({ status: 'superseded', updated_at: sql<string>`now()` })
    .where('incident_id', '=', incidentId)
    .where('status', '=', 'draft')
    .where('idempotency_key', 'not like', `%${keepKeySuffix}`)
    .execute();
}

export async function residentsWithSettledLetters(db: Executor, incidentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('letters')
    .select('resident_id')
    .distinct()
    .where('incident_id', '=', incidentId)
    .where('status', 'not in', ['draft', 'superseded'])
    .where('resident_id', 'is not', null)
    .execute();
  return rows.map((r) => r.resident_id!);
}

export async function listLetters(
  db: Executor,
  incidentId: string,
  filter: { status?: LetterStatus; jurisdiction?: string } = {},
): Promise<LetterRow[]> {
  let q = db.selectFrom('letters').selectAll().where('incident_id', '=', incidentId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.jurisdiction) q = q.where('jurisdiction', '=', filter.jurisdiction);
  return q.orderBy('created_at').orderBy('id').execute();
}

export async function findLetter(db: Executor, organizationId: string, id: string): Promise<LetterRow | undefined> {
  return db
    .selectFrom('letters')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Only drafts that passed the content checker can be approved. */
export async function approveDrafts(
  db: Executor,
  incidentId: string,
  approvedBy: string,
  jurisdiction: string | null,
): Promise<LetterRow[]> {
  let q = db
    .updateTable('letters')
    .set({ status: 'approved', approved_by: approvedBy, approved_at: sql<string>`now()`, updated_at: sql<string>`now()` })
    .where('incident_id', '=', incidentId)
    .where('status', '=', 'draft')
    .where(sql<boolean>`(content_check->>'ok')::boolean`);
  if (jurisdiction) q = q.where('jurisdiction', '=', jurisdiction);
  return q.returningAll().execute();
}

export async function queueApprovedEmail(db: Executor, incidentId: string): Promise<{ id: string }[]> {
  return db
    .updateTable('letters')
    .set({ status: 'queued', updated_at: sql<string>`now()` })
    .where('incident_id', '=', incidentId)
    .where('status', '=', 'approved')
    .where('channel', '=', 'email')
    .returning('id')
    .execute();
}

/** The claim that makes delivery at-most-once per letter: only one caller moves queued → sending. */
export async function claimLetter(db: Executor, id: string): Promise<(LetterRow & { email: string | null }) | undefined> {
  const claimed = await db
    .updateTable('letters')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updated_at: sql<string>`now()` }))
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .returningAll()
    .executeTakeFirst();
  if (!claimed) return undefined;
  const resident = claimed.resident_id
    ? await db.selectFrom('residents').select('email').where('id', '=', claimed.resident_id).executeTakeFirst()
    : undefined;
  return { ...claimed, email: resident?.email ?? null };
}

export async function findLetterById(db: Executor, id: string): Promise<LetterRow | undefined> {
  return db.selectFrom('letters').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function finishLetter(
  db: Executor,
  id: string,
  outcome: { status: 'sent'; messageId: string } | { status: 'queued' | 'failed'; error: string },
): Promise<void> {
  await db
    .updateTable('letters')
    .set(
      outcome.status === 'sent'
        ? { status: 'sent', provider_message_id: outcome.messageId, sent_at: sql<string>`now()`, last_error: null, updated_at: sql<string>`now()` }
        : { status: outcome.status, last_error: outcome.error, updated_at: sql<string>`now()` },
    )
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

export async function countLetters(db: Executor, incidentId: string) {
  return db
    .selectFrom('letters')
    .select(['status', 'jurisdiction', 'language', (eb) => eb.fn.countAll<number>().as('n')])
    .where('incident_id', '=', incidentId)
    .groupBy(['status', 'jurisdiction', 'language'])
    .execute();
}
