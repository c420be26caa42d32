// The one transaction that makes an import visible: people de-duplicated, residents upserted,
// exposure matched, the import marked completed, audited, and the re-assessment recorded.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { JobRow } from '../db/schema.js';
import { bumpRevision, lockIncident } from '../repositories/incidents.repository.js';
import { deleteImportTransactions, finishImport } from '../repositories/imports.repository.js';
import { exposureWindowsOf, matchExposure } from '../repositories/matching.repository.js';
import { countResidentsByState } from '../repositories/residents.repository.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { recordJobFor } from '../jobs/enqueue.js';
import type { Logger } from '../logger.js';

/** Returns the recorded jobs to enqueue, or null when the import was cancelled meanwhile. */
export async function finalizeImport(db: Db, importId: string, opts: { rejectPath: string; log: Logger }): Promise<JobRow[] | null> {
  const outcome = await db.transaction().execute(async (tx) => {
    const imp = await tx.selectFrom('imports').selectAll().where('id', '=', importId).forUpdate().executeTakeFirst();
    if (!imp || imp.status !== 'running') return { jobs: [] as JobRow[] };
    if (imp.cancel_requested) return null;
    await lockIncident(tx, imp.organization_id, imp.incident_id);
    // The sorts below cover every payment of the import; PostgreSQL's default 4 MB spills them to disk.
    await sql`set local work_mem = '64MB'`.execute(tx);
    // Someone who moved keeps one account and one name: their payments are one person. Both are
    // compared by their keyed fingerprint (account_key), never in plaintext.
    await sql`
      with m as (
        select account_key, min(person_key) as k from transactions
        where import_id = ${importId} and account_key is not null
        group by account_key having count(distinct person_key) > 1
      )
      update transactions t set person_key = m.k from m
      where t.import_id = ${importId} and t.account_key = m.account_key and t.person_key <> m.k
    `.execute(tx);
    // Contact details from the person's latest payment; an e-mail from any payment if the latest has
    // none. They move sealed: `email` is the sealed contact of the payment that had the address
    // (src/domain/resident-contact.ts), so nothing is decrypted here.
    const counts = await sql<{ added: number; total: number }>`
      with latest as (
        select distinct on (person_key) person_key, contact, language, state, pii_key_id
        from transactions where import_id = ${importId} order by person_key, paid_at desc
      ),
      extra as (
        select person_key,
          (array_agg(contact order by paid_at desc) filter (where has_email))[1] as email,
          (array_agg(account_key order by paid_at desc) filter (where account_key is not null))[1] as account_key
        from transactions where import_id = ${importId} group by person_key
      ),
      people as (
        select l.person_key, l.contact, e.email, l.language, l.state, e.account_key, l.pii_key_id
        from latest l join extra e using (person_key)
      ),
      ins as (
        insert into residents (organization_id, incident_id, source_ref, name, address, contact, email, language, state, account_key, pii_key_id, import_id, in_scope)
        select ${imp.organization_id}, ${imp.incident_id}, person_key, null, null, contact, email, language, state, account_key, pii_key_id, ${importId}, false
        from people
        on conflict (incident_id, source_ref) do update set
          name = null, address = null, contact = excluded.contact, email = coalesce(excluded.email, residents.email),
          language = excluded.language, state = excluded.state, account_key = coalesce(excluded.account_key, residents.account_key),
          -- A row keeps an older key id (or none: not sealed yet) while it keeps a value from before:
          -- rotation must still find it.
          pii_key_id = case
            when residents.pii_key_id is null then null
            when excluded.email is null and residents.email is not null then residents.pii_key_id
            else excluded.pii_key_id end
        returning (xmax = 0) as added
      )
      select count(*) filter (where added)::int as added, count(*)::int as total from ins
    `.execute(tx);
    await finishImport(tx, importId, {
      status: 'completed',
      residentsAdded: counts.rows[0]?.added ?? 0,
      residentsTotal: counts.rows[0]?.total ?? 0,
      rejectPath: opts.rejectPath,
    });
    const matched = await matchExposure(tx, imp.incident_id, await exposureWindowsOf(tx, imp.incident_id));
    const inScopeByState = await countResidentsByState(tx, imp.incident_id);
    const revision = await bumpRevision(tx, imp.incident_id);
    await appendAudit(tx, {
      organizationId: imp.organization_id,
      actorUserId: imp.created_by,
      actor: 'worker:import-residents',
      action: 'import.completed',
      entityType: 'import',
      entityId: importId,
      after: {
        incidentId: imp.incident_id,
        filename: imp.filename,
        rowsRead: imp.rows_read,
        rowsAccepted: imp.rows_accepted,
        rowsRejected: imp.rows_rejected,
        residentsAdded: counts.rows[0]?.added ?? 0,
        people: counts.rows[0]?.total ?? 0,
        scopeChanged: matched.changed,
        inScopeByState,
      },
    });
    const scope = { organizationId: imp.organization_id, incidentId: imp.incident_id };
    return {
      jobs: [
        await recordJobFor(tx, 'assess-incident', { incidentId: imp.incident_id, revision }, scope),
        await recordJobFor(tx, 'render-letters', { incidentId: imp.incident_id, revision, requestId: `import-${importId}` }, scope),
      ],
    };
  });
  if (outcome === null) {
    await deleteImportTransactions(db, importId);
    await finishImport(db, importId, { status: 'cancelled', error: 'cancelled by a user', rejectPath: opts.rejectPath });
    opts.log.info({ importId }, 'import cancelled before it completed');
    return null;
  }
  return outcome.jobs;
}
