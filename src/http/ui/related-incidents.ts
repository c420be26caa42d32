// Related incidents: the organisation's other incidents (same city), those on the same system or
// from the same vendor first, as with Odessa's two Click2Gov breaches a year apart. Pure.
import type { IncidentRow } from '../../db/schema.js';
import type { Incident } from '../../domain/types.js';

interface SystemDoc {
  system?: { name?: string; vendor?: string | null } | null;
}

const same = (a: string | null | undefined, b: string | null | undefined) => Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

export function relatedIncidents(incident: Incident, incidentId: string, others: readonly IncidentRow[]) {
  return others
    .filter((o) => o.id !== incidentId)
    .map((o) => {
      const sys = (o.document as SystemDoc).system ?? null;
      const sameSystem = same(sys?.name, incident.system?.name);
      const sameVendor = same(sys?.vendor, incident.system?.vendor);
      const why = sameSystem ? `Same system (${sys!.name})` : sameVendor ? `Same vendor (${sys!.vendor})` : 'Same organisation';
      return { id: o.id, title: o.title, status: o.status, createdAt: o.created_at, why, rank: sameSystem ? 0 : sameVendor ? 1 : 2 };
    })
    .sort((a, b) => a.rank - b.rank || b.createdAt.localeCompare(a.createdAt))
    .slice(0, 20);
}
