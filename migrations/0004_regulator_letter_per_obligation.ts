// A state can owe its regulator two notices (Vermont: a preliminary one within 14 business days
// and the full one): one regulator draft per obligation, not per jurisdiction and recipient.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table letters add column obligation_key text`.execute(db);
  await sql`update letters set obligation_key = jurisdiction || ':' || recipient where kind = 'regulator'`.execute(db);
  await sql`drop index letters_render_regulator`.execute(db);
  await sql`create unique index letters_render_regulator on letters (render_id, obligation_key) where kind = 'regulator'`.execute(db);
}
