// The Calendar page: a personal, secret ICS link of every due date and of the reminders addressed
// to the user, for Outlook or Google Calendar. The link is shown once, when it is made; making a
// new one or stopping it ends the old one.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../services/deps.js';
import { issueCalendarFeed, revokeCalendarFeed } from '../../services/calendar-feed.service.js';
import { liveFeedCreatedAt } from '../../repositories/calendar-feeds.repository.js';
import { calendarFeedRoutes } from './calendar-feed.routes.js';
import { page, principalOf, redirectDone } from './page.js';

export async function calendarPages(app: FastifyInstance, deps: Deps): Promise<void> {
  await calendarFeedRoutes(app, deps);

  app.get('/calendar', { schema: { hide: true } }, async (req, reply) => {
    const p = principalOf(req);
    const since = await liveFeedCreatedAt(deps.db, p);
    return page(req, reply, 'calendar', 'Calendar', 'calendar', { since, url: null });
  });

  app.post('/calendar/link', { schema: { hide: true } }, async (req, reply) => {
    const p = principalOf(req);
    const issued = await issueCalendarFeed(deps.db, p, deps.config.appUrl);
    // Shown in this response only: PostgreSQL keeps just a hash of the secret.
    return page(req, reply, 'calendar', 'Calendar', 'calendar', { since: null, url: issued.url });
  });

  app.post('/calendar/stop', { schema: { hide: true } }, async (req, reply) => {
    const stopped = await revokeCalendarFeed(deps.db, principalOf(req));
    return redirectDone(reply, '/ui/calendar', stopped ? 'Your calendar link no longer works.' : 'You had no calendar link.');
  });
}
