// A user's secret calendar link: issued (shown once, the old link dies in the same commit),
// and revoked. Both are in the audit trail with the feed's id, never its secret.
import type { Db } from '../db/database.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { issueFeedSecret, revokeFeedRows } from '../repositories/calendar-feeds.repository.js';
import type { Principal } from '../repositories/users.repository.js';

export type FeedPrincipal = Pick<Principal, 'userId' | 'organizationId' | 'email'>;

export function calendarFeedUrl(appUrl: string, secret: string): string {
  return `${appUrl.replace(/\/+$/, '')}/ui/calendar/${secret}.ics`;
}

/** A new link for the principal's own calendar; any earlier link of theirs stops working. */
export async function issueCalendarFeed(db: Db, principal: FeedPrincipal, appUrl: string): Promise<{ url: string; secret: string }> {
  return db.transaction().execute(async (tx) => {
    const issued = await issueFeedSecret(tx, { organizationId: principal.organizationId, userId: principal.userId });
    await appendAudit(tx, {
      organizationId: principal.organizationId,
      actorUserId: principal.userId,
      actor: principal.email,
      action: 'calendar_feed.issued',
      entityType: 'calendar_feed',
      entityId: issued.id,
      after: { user: principal.email, replaced: issued.replaced },
    });
    return { url: calendarFeedUrl(appUrl, issued.secret), secret: issued.secret };
  });
}

/** Stops the principal's link; false when there was none. */
export async function revokeCalendarFeed(db: Db, principal: FeedPrincipal): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const revoked = await revokeFeedRows(tx, { organizationId: principal.organizationId, userId: principal.userId });
    for (const id of revoked) {
      await appendAudit(tx, {
        organizationId: principal.organizationId,
        actorUserId: principal.userId,
        actor: principal.email,
        action: 'calendar_feed.revoked',
        entityType: 'calendar_feed',
        entityId: id,
        after: { user: principal.email },
      });
    }
    return revoked.length > 0;
  });
}
