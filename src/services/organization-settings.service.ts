// An organisation's own settings, read by anyone in it and changed by an admin: today the retention
// policy (days after an incident closes until its residents' personal data is purged; null keeps
// it for ever). Every change is in the audit trail with the value before and after.
import { sql } from 'kysely';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Principal } from '../repositories/users.repository.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { MAX_RETENTION_DAYS, isPurgeDue } from '../domain/retention.js';
import { ForbiddenError, NotFoundError } from './errors.js';
import type { Deps } from './deps.js';

export const settingsBody = z
  .object({
    retentionDays: z
      .number({ error: `is required: a whole number of days from 1 to ${MAX_RETENTION_DAYS}, or null to keep personal data for ever` })
      .int('must be a whole number of days')
      .min(1, 'must be at least 1 day')
      .max(MAX_RETENTION_DAYS, `must be at most ${MAX_RETENTION_DAYS} days (ten years); null keeps personal data for ever`)
      .nullable(),
  })
  .strict();

export interface OrganizationSettings {
  organizationId: string;
  name: string;
  timezone: string;
  retentionDays: number | null;
}

export async function getSettings(deps: Deps, principal: Principal): Promise<OrganizationSettings> {
  const org = await deps.db
    .selectFrom('organizations')
    .select(['id', 'name', 'timezone', 'retention_days'])
    .where('id', '=', principal.organizationId)
    .executeTakeFirst();
  if (!org) throw new NotFoundError('Organisation');
  return { organizationId: org.id, name: org.name, timezone: org.timezone, retentionDays: org.retention_days };
}

export async function updateSettings(
  deps: Deps,
  principal: Principal,
  body: z.infer<typeof settingsBody>,
): Promise<OrganizationSettings & { closedIncidentsDueNow: number }> {
  if (principal.role !== 'admin') throw new ForbiddenError("Only an admin may change the organisation's settings.");
  return deps.db.transaction().execute(async (tx) => {
    // NO KEY UPDATE: the audit insert below (and any other tenant's write) references this row, and
    // its foreign-key check must not wait on us while we wait on the audit chain's lock.
    const before = await tx.selectFrom('organizations').selectAll().where('id', '=', principal.organizationId).forNoKeyUpdate().executeTakeFirst();
    if (!before) throw new NotFoundError('Organisation');
    if (before.retention_days !== body.retentionDays) {
      await tx
        .updateTable('organizations')
        .set({ retention_days: body.retentionDays, updated_at: sql<string>`now()` })
        .where('id', '=', principal.organizationId)
        .execute();
      await appendAudit(tx, {
        organizationId: principal.organizationId,
        actorUserId: principal.userId,
        actor: principal.email,
        action: 'organization.settings_changed',
        entityType: 'organization',
        entityId: principal.organizationId,
        before: { retentionDays: before.retention_days },
        after: { retentionDays: body.retentionDays },
      });
    }
    // A shorter policy can make old closed incidents due at once: say how many the workers will purge.
    const closed = await tx
      .selectFrom('incidents')
      .select('closed_at')
      .where('organization_id', '=', principal.organizationId)
      .where(sql<boolean>`status = 'closed' and (pii_purged_at is null or pii_purged_at < closed_at)`)
      .execute();
    const now = DateTime.utc();
    const due = closed.filter((i) => isPurgeDue({ closedAt: i.closed_at, zone: before.timezone, retentionDays: body.retentionDays, now })).length;
    return { organizationId: before.id, name: before.name, timezone: before.timezone, retentionDays: body.retentionDays, closedIncidentsDueNow: due };
  });
}
