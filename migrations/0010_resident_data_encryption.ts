// Resident contact details encrypted at rest (src/domain/pii-cipher.ts, resident-contact.ts).
// A migration has no keys, so it encrypts nothing itself: it makes room for the sealed values and
// leaves every existing row marked "from before encryption" (pii_key_id null). Run
// `breachdesk pii rotate-key` once after upgrading: it seals those rows, re-keys the old person
// references, and empties the plaintext columns (README, Encryption).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- residents: contact (name, postal lines, e-mail) and the contact that carries the e-mail, both
    -- sealed; name/address stay only for rows from before encryption and are emptied by rotation.
    alter table residents alter column name drop not null;
    alter table residents alter column address drop not null;
    alter table residents alter column address drop default;
    alter table residents
      add column contact text,
      add column account_key text,
      add column pii_key_id text;
    comment on column residents.contact is 'sealed [name, address lines, e-mail] (v1.<key id>.<data>); see src/domain/resident-contact.ts';
    comment on column residents.email is 'sealed contact that carries the e-mail address; plaintext only while pii_key_id is null (before encryption)';
    comment on column residents.account_key is 'keyed fingerprint (PII_INDEX_KEY) of account and name; the account number itself is not kept';
    comment on column residents.pii_key_id is 'the key every sealed value of the row is under; null: not yet sealed (rotation finds it)';
    create index residents_pii_key on residents (pii_key_id);

    -- transactions: the plaintext was only read when the import finished and is not needed again
    -- (matching reads person_key, dates and channels), so it goes rather than waiting for keys.
    alter table transactions
      drop column name,
      drop column norm_name,
      drop column address,
      drop column email,
      drop column account,
      add column contact text,
      add column has_email boolean not null default false,
      add column account_key text,
      add column pii_key_id text;
    comment on column transactions.person_key is 'keyed fingerprint (PII_INDEX_KEY) of the normalised name and address; unkeyed md5 while pii_key_id is null';

    -- letters: a resident letter's merge data holds the name and postal address.
    alter table letters alter column merge type text using merge::text;
    alter table letters add column pii_key_id text;
    comment on column letters.merge is 'JSON; sealed for resident letters (pii_key_id not null), plain JSON for regulator notices';
    create index letters_pii_key on letters (pii_key_id) where kind = 'resident';
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
