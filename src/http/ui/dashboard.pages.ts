// The dashboard: every obligation still open across the organisation's incidents, soonest due
// first, overdue ones in red with how late they are.
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../services/deps.js';
import type { AssessedObligation } from '../../domain/types.js';
import { findOrganization } from '../../repositories/organizations.repository.js';
import { listDashboardObligations, listOpenIncidentSummaries, type DashboardRow } from '../../repositories/dashboard.repository.js';
import { todayIn } from '../../domain/reminder-plan.js';
import { parseInput } from '../params.js';
import { countdown } from './countdown.js';
import { page, principalOf } from './page.js';
import { recipientLabel } from './labels.js';

const blankToNull = (v: unknown) => (v === '' ? undefined : v);
const filterQuery = z.object({
  incident: z.preprocess(blankToNull, z.string().uuid('must be one of the incidents in the list').optional()),
  jurisdiction: z.preprocess(blankToNull, z.string().regex(/^[A-Z]{2}$|^US-[A-Z0-9-]+$/, 'must be a jurisdiction from the list').optional()),
  recipient: z.preprocess(blankToNull, z.string().regex(/^[a-z_]+$/, 'must be a recipient from the list').optional()),
  done: z.preprocess(blankToNull, z.literal('1').optional()),
});

export function dashboardRow(o: DashboardRow, today: string) {
  const d = o.detail as AssessedObligation;
  const c = countdown({ status: o.status, due: o.due_date, daysLate: o.days_late, target: d.deadline?.target ?? null }, today);
  return {
    incidentId: o.incident_id,
    incidentTitle: o.incident_title,
    jurisdiction: o.jurisdiction,
    jurisdictionName: d.jurisdictionName ?? o.jurisdiction,
    recipient: o.recipient_name,
    citation: o.citation,
    due: o.due_date,
    tone: c.tone,
    countdown: c.text,
  };
}

export async function dashboardPages(app: FastifyInstance, deps: Deps): Promise<void> {
  app.get('/', { schema: { hide: true } }, async (req, reply) => {
    const principal = principalOf(req);
    const q = parseInput(filterQuery, req.query, 'query');
    const org = (await findOrganization(deps.db, principal.organizationId))!;
    const today = todayIn(org.timezone);
    const filter = { incidentId: q.incident ?? null, jurisdiction: q.jurisdiction ?? null, recipient: q.recipient ?? null, includeDone: q.done === '1' };
    const [rows, all, incidents] = await Promise.all([
      listDashboardObligations(deps.db, principal.organizationId, filter),
      listDashboardObligations(deps.db, principal.organizationId, { incidentId: null, jurisdiction: null, recipient: null, includeDone: true }),
      listOpenIncidentSummaries(deps.db, principal.organizationId),
    ]);
    const shown = rows.map((o) => dashboardRow(o, today));
    const open = all.filter((o) => o.status === 'open');
    const overdue = open.filter((o) => o.due_date !== null && o.due_date < today).length;
    const jurisdictions = [...new Map(all.map((o) => [o.jurisdiction, (o.detail as AssessedObligation).jurisdictionName ?? o.jurisdiction])).entries()]
      .sort((a, b) => a[1].localeCompare(b[1]))
      .map(([code, name]) => ({ code, name, selected: code === filter.jurisdiction }));
    const recipients = [...new Set(all.map((o) => o.recipient))].sort().map((r) => ({ code: r, name: recipientLabel(r), selected: r === filter.recipient }));
    return page(req, reply, 'dashboard', 'Dashboard', 'dashboard', {
      today,
      rows: shown,
      summary: { open: open.length, overdue, done: all.length - open.length, allClear: open.length === 0 && all.length > 0, nothingYet: all.length === 0 },
      filters: {
        incidents: incidents.map((i) => ({ id: i.id, title: i.title, selected: i.id === filter.incidentId })),
        jurisdictions,
        recipients,
        includeDone: filter.includeDone,
        active: Boolean(filter.incidentId || filter.jurisdiction || filter.recipient || filter.includeDone),
      },
    });
  });
}
