import type { Executor } from '../db/database.js';
import type { OrganizationRow, SenderDetails } from '../db/schema.js';

export interface NewOrganization {
  name: string;
  kind: string;
  state: string;
  timezone: string;
  sender?: SenderDetails;
  regimes?: string[];
}

export async function insertOrganization(db: Executor, org: NewOrganization): Promise<OrganizationRow> {
  return db
    .insertInto('organizations')
    .values({ ...org, sender: JSON.stringify(org.sender ?? {}) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findOrganization(db: Executor, id: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}
