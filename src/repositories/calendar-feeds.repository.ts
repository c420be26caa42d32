// Secret calendar-feed links (one live link per user) and the deadlines a feed lists. The link is
// fetched by calendar clients that carry no token, so the owner is found through a
// security-definer function before the tenant is known (migration 0011), as for API tokens.
import { randomBytes } from 'node:crypto';
import { ADVISORY_DEADLINE_KINDS } from '../domain/types.js';
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { ObligationsTable, Role } from '../db/schema.js';
import { hashToken } from './users.repository.js';

export interface CalendarOwner {
  feedId: string;
  userId: string;
  organizationId: string;
  email: string;
  role: Role;
}

/** A feed secret is a bearer credential in a URL: 256 random bits, stored only as its hash. */
export function newFeedSecret(): string {
  return `cal_${randomBytes(32).toString('base64url')}`;
}

/**
 * Stores a new live link for the user and retires the one before it. Call inside a transaction:
 * the advisory lock keeps two simultaneous requests from both finding "no live link" and one of
 * them then failing on the one-live-link index.
 */
export async function issueFeedSecret(
  tx: Executor,
  o: { organizationId: string; userId: string },
): Promise<{ id: string; secret: string; replaced: string[] }> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${'calendar-feed:' + o.userId}, 0))`.execute(tx);
  const replaced = await revokeFeedRows(tx, o);
  const secret = newFeedSecret();
  const row = await tx
    .insertInto('calendar_feeds')
    .values({ organization_id: o.organizationId, user_id: o.userId, secret_hash: hashToken(secret) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, secret, replaced };
}

/** Retires the user's live link, if any; returns the ids retired. */
export async function revokeFeedRows(db: Executor, o: { organizationId: string; userId: string }): Promise<string[]> {
  const rows = await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: sql<string>`now()` })
    .where('organization_id', '=', o.organizationId)
    .where('user_id', '=', o.userId)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function findCalendarOwner(db: Executor, secret: string): Promise<CalendarOwner | undefined> {
  const res = await sql<CalendarOwner>`
    select feed_id as "feedId", user_id as "userId", organization_id as "organizationId", email, role
    from breachdesk_calendar_owner(${hashToken(secret)})
  `.execute(db);
  return res.rows[0];
}

export interface FeedObligationRow {
  id: string;
  incidentId: string;
  incidentTitle: string;
  jurisdiction: string;
  /** From the assessment's detail; null on rows written before it carried the name. */
  jurisdictionName: string | null;
  recipientName: string;
  citation: string | null;
  status: ObligationsTable['status'];
  deadlineKind: string;
  dueDate: string | null;
  /** Advisory planning date of a deadline without a statutory date. */
  target: string | null;
  daysLate: number | null;
  notifiedOn: string | null;
  /** For "whichever is sooner" and "before" deadlines: what set the date. */
  decidedBy?: string | null;
}

export interface FeedReminderRow {
  id: string;
  incidentId: string;
  incidentTitle: string;
  obligationId: string;
  jurisdiction: string;
  jurisdictionName: string | null;
  recipientName: string;
  dueDate: string;
  sendOn: string;
}

const target = sql<string | null>`o.detail->'deadline'->>'target'`;

/**
 * Every dated deadline of the organisation's open incidents, whatever its status (history stays
 * visible). A vendor's duty to tell the organisation (`data_owner`) is not the staff's to meet,
 * so, as for reminders, it is left out.
 */
export async function listFeedObligations(db: Executor, organizationId: string): Promise<FeedObligationRow[]> {
  return db
    .selectFrom('obligations as o')
    .innerJoin('incidents as i', 'i.id', 'o.incident_id')
    .select([
      'o.id',
      'o.incident_id as incidentId',
      'i.title as incidentTitle',
      'o.jurisdiction',
      sql<string | null>`o.detail->>'jurisdictionName'`.as('jurisdictionName'),
      'o.recipient_name as recipientName',
      'o.citation',
      'o.status',
      'o.deadline_kind as deadlineKind',
      'o.due_date as dueDate',
      target.as('target'),
      'o.days_late as daysLate',
      sql<string | null>`o.detail->>'notifiedOn'`.as('notifiedOn'),
      sql<string | null>`o.detail->'deadline'->>'decidedBy'`.as('decidedBy'),
    ])
    .where('o.organization_id', '=', organizationId)
    .where('o.applicability', '=', 'applies')
    .where('o.recipient', '!=', 'data_owner')
    .where('i.status', '!=', 'closed')
    .where((eb) =>
      eb.or([
        eb('o.due_date', 'is not', null),
        eb.and([eb('o.deadline_kind', 'in', [...ADVISORY_DEADLINE_KINDS]), eb(target, 'is not', null)]),
      ]),
    )
    .orderBy(sql`coalesce(o.due_date::text, ${target})`)
    .orderBy('o.id')
    .execute();
}

/** The user's own planned reminders (they are a recipient), with what they remind of. */
export async function listFeedReminders(db: Executor, organizationId: string, email: string): Promise<FeedReminderRow[]> {
  return db
    .selectFrom('reminders as r')
    .innerJoin('obligations as o', 'o.id', 'r.obligation_id')
    .innerJoin('incidents as i', 'i.id', 'r.incident_id')
    .select([
      'r.id',
      'r.incident_id as incidentId',
      'i.title as incidentTitle',
      'r.obligation_id as obligationId',
      'o.jurisdiction',
      sql<string | null>`o.detail->>'jurisdictionName'`.as('jurisdictionName'),
      'o.recipient_name as recipientName',
      'r.due_date as dueDate',
      'r.send_on as sendOn',
    ])
    .where('r.organization_id', '=', organizationId)
    .where('r.status', '=', 'planned')
    .where('i.status', '!=', 'closed')
    .where(sql<boolean>`exists (select 1 from unnest(r.recipients) as x(addr) where lower(x.addr) = lower(${email}))`)
    .orderBy('r.send_on')
    .orderBy('r.id')
    .execute();
}

/** When the user's live link was made, or null if they have none. */
export async function liveFeedCreatedAt(db: Executor, o: { organizationId: string; userId: string }): Promise<string | null> {
  const row = await db
    .selectFrom('calendar_feeds')
    .select('created_at')
    .where('organization_id', '=', o.organizationId)
    .where('user_id', '=', o.userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row?.created_at ?? null;
}
