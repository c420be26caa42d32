import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { LetterRenderRow, LetterRow, LetterStatus } from '../db/schema.js';

/** The render whose drafts are the ones to review and approve. */
export async function latestRender(db: Executor, incidentId: string): Promise<LetterRenderRow | undefined> {
  return db
    .selectFrom('letter_renders')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('status', '=', 'completed')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The newest render still drafting letters, if any. */
export async function renderInProgress(db: Executor, incidentId: string): Promise<LetterRenderRow | undefined> {
  return db
    .selectFrom('letter_renders')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('status', 'in', ['planning', 'rendering'])
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function listRenders(db: Executor, incidentId: string, limit = 10): Promise<LetterRenderRow[]> {
  return db.selectFrom('letter_renders').selectAll().where('incident_id', '=', incidentId).orderBy('created_at', 'desc').limit(limit).execute();
}

/** One page, in id order; `after` is the last id of the previous page. */
export async function listLetters(
  db: Executor,
  incidentId: string,
  filter: { status?: LetterStatus; jurisdiction?: string; kind?: 'resident' | 'regulator'; after?: string; limit?: number; current?: boolean } = {},
): Promise<LetterRow[]> {
  let q = db.selectFrom('letters').selectAll().where('incident_id', '=', incidentId);
  if (filter.status) q = q.where('status', '=', filter.status);
  // Without a status asked for: leave out drafts a newer render replaced.
  else if (filter.current) q = q.where('status', '<>', 'superseded');
  if (filter.jurisdiction) q = q.where('jurisdiction', '=', filter.jurisdiction);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.after) q = q.where('id', '>', filter.after);
  return q.orderBy('id').limit(filter.limit ?? 100).execute();
}

export async function findLetter(db: Executor, organizationId: string, id: string): Promise<LetterRow | undefined> {
  return db
    .selectFrom('letters')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The claim that makes delivery at-most-once per letter: only one caller moves queued → sending. */
export async function claimLetter(db: Executor, id: string): Promise<(LetterRow & { email: string | null }) | undefined> {
  // The address comes back with the claim: one round trip per letter, not two.
  return db
    .updateTable('letters')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updated_at: sql<string>`now()` }))
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .returningAll()
    .returning((eb) => eb.selectFrom('residents').select('email').whereRef('residents.id', '=', 'letters.resident_id').as('email'))
    .executeTakeFirst();
}

export async function findLetterById(db: Executor, id: string): Promise<LetterRow | undefined> {
  return db.selectFrom('letters').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A send that did not go through: handed back (`queued`) or given up on. */
export async function finishLetter(db: Executor, id: string, outcome: { status: 'queued' | 'failed' | 'bounced'; error: string }): Promise<void> {
  await db
    .updateTable('letters')
    .set({ status: outcome.status, last_error: outcome.error, updated_at: sql<string>`now()` })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** Several sends accepted by the SMTP server, recorded in one statement (each with its own time). */
export async function markLettersSent(db: Executor, sent: readonly { id: string; messageId: string; at: string }[]): Promise<void> {
  if (sent.length === 0) return;
  await sql`
    update letters l set status = 'sent', provider_message_id = s.message_id, sent_at = s.at, last_error = null, updated_at = now()
    from unnest(${sent.map((x) => x.id)}::uuid[], ${sent.map((x) => x.messageId)}::text[], ${sent.map((x) => x.at)}::timestamptz[]) as s(id, message_id, at)
    where l.id = s.id and l.status = 'sending'
  `.execute(db);
}

export async function countLetters(db: Executor, incidentId: string) {
  return db
    .selectFrom('letters')
    .select(['status', 'jurisdiction', 'language', (eb) => eb.fn.countAll<number>().as('n')])
    .where('incident_id', '=', incidentId)
    .groupBy(['status', 'jurisdiction', 'language'])
    .execute();
}

/** Letter counts of an incident by kind, status, state, language and channel (the web app's summaries). */
export async function countLettersByKind(db: Executor, incidentId: string) {
  const rows = await db
    .selectFrom('letters')
    .select(['kind', 'status', 'jurisdiction', 'language', 'channel', (eb) => eb.fn.countAll<string>().as('n')])
    .where('incident_id', '=', incidentId)
    .groupBy(['kind', 'status', 'jurisdiction', 'language', 'channel'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/**
 * A render's drafts per jurisdiction: how many passed the content check (what approveLetters
 * would approve) and how many failed it.
 */
export async function draftsByJurisdiction(db: Executor, renderId: string) {
  const rows = await sql<{ jurisdiction: string | null; kind: 'resident' | 'regulator'; passed: number; failed: number }>`
    select jurisdiction, kind,
      count(*) filter (where (content_check->>'ok')::boolean)::int as passed,
      count(*) filter (where not (content_check->>'ok')::boolean)::int as failed
    from letters where render_id = ${renderId} and status = 'draft'
    group by jurisdiction, kind order by jurisdiction, kind
  `.execute(db);
  return rows.rows;
}

/** A render's letters that failed the content check, grouped by what they lack. */
export async function failedContentChecks(db: Executor, renderId: string) {
  const rows = await sql<{ jurisdiction: string | null; language: string; kind: 'resident' | 'regulator'; missing: string[]; empty: string[]; n: number }>`
    select jurisdiction, language, kind, content_check->'missing' as missing, content_check->'empty' as empty, count(*)::int as n
    from letters where render_id = ${renderId} and not (content_check->>'ok')::boolean
    group by jurisdiction, language, kind, content_check->'missing', content_check->'empty'
    order by jurisdiction, language, n desc
    limit 200
  `.execute(db);
  return rows.rows;
}
