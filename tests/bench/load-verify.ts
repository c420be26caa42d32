// "Zero lost writes", checked in PostgreSQL itself rather than believed from the API's answers:
// every write the API acknowledged (201) is there, and nothing is there that it did not acknowledge.
// Read as the database owner, so row-level security cannot hide a row from the check.
import pg from 'pg';
import { createDb } from '../../src/db/database.js';
import { verifyAudit } from '../../src/services/audit.service.js';
import { FILED_EVENT_TYPES, FILED_EVENTS_PER_INCIDENT } from './load-bodies.js';

/** What the clients were told was stored. */
export interface Acks {
  /** incident id → its organisation and the ids of the events posted to it afterwards. */
  incidents: Map<string, { organizationId: string; events: string[] }>;
}

export interface TenantCheck {
  organizationId: string;
  incidents: { acknowledged: number; stored: number; lost: number; extra: number };
  events: { acknowledged: number; stored: number; lost: number; extra: number };
  /** Incidents missing an event of their own file, or holding one too many. */
  filedEventMismatches: number;
  /** Incidents whose revision is not 1 + their acknowledged events: a lost update. */
  revisionMismatches: number;
  /** One audit entry per stored write (incident.created, incident.event_recorded), and the chain. */
  audit: { expected: number; found: number; chain: 'ok' | 'broken' | 'not checked'; note: string | null };
  /** One outbox row (assessment job) per stored write; `notEnqueued` still waits for the sweeper. */
  jobs: { expected: number; found: number; notEnqueued: number };
}

export interface Verification {
  tenants: TenantCheck[];
  lost: number;
  extra: number;
  /** Anything else that does not add up: revisions, filed events, audit entries, outbox rows, chain. */
  inconsistencies: number;
}

export async function verifyWrites(url: string, organizationIds: string[], acks: Acks): Promise<Verification> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db = createDb(url, 1);
  const tenants: TenantCheck[] = [];
  try {
    for (const organizationId of organizationIds) {
      const acked = new Map([...acks.incidents].filter(([, a]) => a.organizationId === organizationId));
      const incidents = await client.query<{ id: string; revision: number }>('select id, revision from incidents where organization_id = $1', [organizationId]);
      const events = await client.query<{ id: string; incident_id: string; type: string }>(
        'select id, incident_id, type from incident_events where organization_id = $1',
        [organizationId],
      );
      const stored = new Map(incidents.rows.map((r) => [r.id, r.revision]));
      const filed = new Map<string, number>();
      const posted = new Map<string, string>();
      for (const e of events.rows) {
        if ((FILED_EVENT_TYPES as readonly string[]).includes(e.type)) filed.set(e.incident_id, (filed.get(e.incident_id) ?? 0) + 1);
        else posted.set(e.id, e.incident_id);
      }
      const ackedEvents = new Map<string, string>();
      for (const [incidentId, a] of acked) for (const id of a.events) ackedEvents.set(id, incidentId);

      const check: TenantCheck = {
        organizationId,
        incidents: {
          acknowledged: acked.size,
          stored: stored.size,
          lost: [...acked.keys()].filter((id) => !stored.has(id)).length,
          extra: [...stored.keys()].filter((id) => !acked.has(id)).length,
        },
        events: {
          acknowledged: ackedEvents.size,
          stored: posted.size,
          // An event stored under another incident than the one it was posted to counts as lost.
          lost: [...ackedEvents].filter(([id, incidentId]) => posted.get(id) !== incidentId).length,
          extra: [...posted.keys()].filter((id) => !ackedEvents.has(id)).length,
        },
        filedEventMismatches: [...stored.keys()].filter((id) => (filed.get(id) ?? 0) !== FILED_EVENTS_PER_INCIDENT).length,
        revisionMismatches: [...acked].filter(([id, a]) => stored.has(id) && stored.get(id) !== 1 + a.events.length).length,
        audit: { expected: stored.size + posted.size, found: 0, chain: 'not checked', note: null },
        jobs: { expected: stored.size + posted.size, found: 0, notEnqueued: 0 },
      };
      const audit = await client.query<{ n: string }>(
        `select count(*) as n from audit_events where organization_id = $1 and action in ('incident.created', 'incident.event_recorded')`,
        [organizationId],
      );
      check.audit.found = Number(audit.rows[0]!.n);
      const jobs = await client.query<{ n: string; waiting: string }>(
        `select count(*) as n, count(*) filter (where enqueued_at is null) as waiting from jobs where organization_id = $1 and name = 'assess-incident'`,
        [organizationId],
      );
      check.jobs.found = Number(jobs.rows[0]!.n);
      check.jobs.notEnqueued = Number(jobs.rows[0]!.waiting);
      try {
        const chain = await verifyAudit(db, { organizationId });
        check.audit.chain = chain.ok ? 'ok' : 'broken';
        if (!chain.ok) check.audit.note = chain.chains.flatMap((c) => c.problems.map((p) => `entry ${p.id}: ${p.message}`)).slice(0, 3).join('; ');
      } catch (err) {
        // The check of the check failed (a schema change under way, say): said, not counted.
        check.audit.note = `could not verify: ${(err as Error).message}`;
      }
      tenants.push(check);
    }
  } finally {
    await client.end();
    await db.destroy();
  }
  const sum = (f: (t: TenantCheck) => number) => tenants.reduce((n, t) => n + f(t), 0);
  return {
    tenants,
    lost: sum((t) => t.incidents.lost + t.events.lost),
    extra: sum((t) => t.incidents.extra + t.events.extra),
    inconsistencies: sum(
      (t) =>
        t.filedEventMismatches +
        t.revisionMismatches +
        Math.abs(t.audit.found - t.audit.expected) +
        Math.abs(t.jobs.found - t.jobs.expected) +
        (t.audit.chain === 'broken' ? 1 : 0),
    ),
  };
}
