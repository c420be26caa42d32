import type { Executor } from '../db/database.js';
import type { ResidentRow } from '../db/schema.js';
import type { PiiCipher } from '../domain/pii-cipher.js';
import { sealContact } from '../domain/resident-contact.js';

export interface NewResident {
  sourceRef: string;
  name: string;
  address: string[];
  email: string | null;
  language: string;
  state: string | null;
}

/** Re-uploading the same rows (same source reference) adds nothing twice. */
export async function insertResidents(
  db: Executor,
  organizationId: string,
  incidentId: string,
  residents: NewResident[],
  pii: PiiCipher,
): Promise<number> {
  let inserted = 0;
  // Chunked so a few thousand rows stay well under PostgreSQL's bind-parameter limit.
  for (let i = 0; i < residents.length; i += 1000) {
    const chunk = residents.slice(i, i + 1000);
    const res = await db
      .insertInto('residents')
      .values(
        chunk.map((r) => {
          // Sealed once: the same value is the contact and, when there is an address, its carrier.
          const contact = sealContact(pii, r);
          return {
            organization_id: organizationId,
            incident_id: incidentId,
            source_ref: r.sourceRef,
            name: null,
            address: null,
            contact,
            email: r.email === null ? null : contact,
            pii_key_id: pii.currentKeyId,
            language: r.language,
            state: r.state,
          };
        }),
      )
      .onConflict((oc) => oc.columns(['incident_id', 'source_ref']).doNothing())
      .executeTakeFirst();
    inserted += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

export async function listResidents(db: Executor, incidentId: string): Promise<ResidentRow[]> {
  return db.selectFrom('residents').selectAll().where('incident_id', '=', incidentId).orderBy('source_ref').execute();
}

export async function countResidentsByState(db: Executor, incidentId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('residents')
    .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
    .where('incident_id', '=', incidentId)
    .where('in_scope', '=', true)
    .groupBy('state')
    .execute();
  return Object.fromEntries(rows.filter((r) => r.state).map((r) => [r.state!, Number(r.n)]));
}
