// GET /ui/calendar/<secret>.ics: the per-user deadline calendar that Outlook or Google Calendar
// subscribes to. Calendar clients send no token or cookie, so the secret in the path is the
// credential. Every failure is the same 404, so a guesser cannot tell a revoked link from a
// made-up one.
import { DateTime } from 'luxon';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Deps } from '../../services/deps.js';
import type { Executor } from '../../db/database.js';
import { currentTenantScope, runInTenantScope } from '../../db/tenant-scope.js';
import { findCalendarOwner, listFeedObligations, listFeedReminders, type CalendarOwner } from '../../repositories/calendar-feeds.repository.js';
import { buildCalendarFeed } from './ics-feed.js';

const FEED_FILE = /^(cal_[A-Za-z0-9_-]{43})\.ics$/;

// Clients poll (Outlook every few hours, Google about daily); five minutes spares the database a
// burst of refreshes without hiding a changed date for long.
const FEED_CACHE = 'private, max-age=300';

function notFound(reply: FastifyReply) {
  return reply.status(404).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send('No calendar at this address.\n');
}

/** The owner's feed as ICS text; the caller has scoped the connection to the owner's organisation. */
export async function renderCalendarFeed(db: Executor, owner: CalendarOwner, appUrl: string, now: DateTime = DateTime.now()): Promise<string> {
  const obligations = await listFeedObligations(db, owner.organizationId);
  const reminders = await listFeedReminders(db, owner.organizationId, owner.email);
  return buildCalendarFeed({ userEmail: owner.email, appUrl, generatedAt: now.toUTC().toISO()!, obligations, reminders });
}

export async function calendarFeedRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  app.get(
    '/calendar/:file',
    // Public to the web app's session check: the secret link is the credential.
    { schema: { hide: true }, config: { publicPage: true } },
    async (req, reply) => {
      const match = FEED_FILE.exec((req.params as { file?: string }).file ?? '');
      if (!match) return notFound(reply);
      // A scope of its own (empty until the link is known), whatever scope a surrounding plugin opened.
      const ics = await runInTenantScope({ organizationId: null }, async () => {
        const owner = await findCalendarOwner(deps.db, match[1]!);
        if (!owner) return null;
        currentTenantScope()!.organizationId = owner.organizationId;
        return renderCalendarFeed(deps.db, owner, deps.config.appUrl);
      });
      if (ics === null) return notFound(reply);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', FEED_CACHE)
        .header('content-disposition', 'inline; filename="breachdesk.ics"')
        .send(ics);
    },
  );
}
