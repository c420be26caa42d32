// `breachdesk pii rotate-key`: every sealed value not under the current key (the first of
// PII_KEYS) is opened with its own key and sealed again under the current one; rows from before
// encryption (pii_key_id null) are sealed for the first time, their plaintext columns emptied and
// their person references keyed (PII_INDEX_KEY). Batches commit one by one, so a stopped run
// loses nothing and the next run goes on from what is left; a run with nothing left changes
// nothing. Afterwards no row names an older key, and that key can leave PII_KEYS.
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.js';
import type { PiiCipher } from '../domain/pii-cipher.js';
import { isSealed } from '../domain/pii-cipher.js';
import { openContact, residentContact, sealContact } from '../domain/resident-contact.js';
import { normaliseName } from '../domain/import-row.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { accountKeyOf, personKeyOf } from './import-runner.js';

export interface RotationCounts {
  residents: number;
  letters: number;
  payments: number;
  /** Of those, rows from before encryption, sealed for the first time. */
  firstSealed: number;
}

export interface RotationResult {
  keyId: string;
  total: RotationCounts;
  byOrganization: Record<string, RotationCounts>;
  /** Rows still not under the current key (written by an older process during the run): run again. */
  remaining: { residents: number; letters: number; payments: number };
}

const zero = (): RotationCounts => ({ residents: 0, letters: 0, payments: 0, firstSealed: 0 });

// A block of the transactions table holds ~50 payments; a batch of N rows scans about N/50 blocks.
const ROWS_PER_BLOCK = 50;

export async function rotatePiiKeys(
  db: Db,
  pii: PiiCipher,
  opts: { batchSize: number; actor: string; onBatch?: (total: RotationCounts) => void },
): Promise<RotationResult> {
  const cur = pii.currentKeyId;
  const byOrg = new Map<string, RotationCounts>();
  const total = zero();
  const count = (org: string, what: 'residents' | 'letters' | 'payments', legacy: boolean) => {
    let c = byOrg.get(org);
    if (!c) byOrg.set(org, (c = zero()));
    for (const x of [c, total]) {
      x[what]++;
      if (legacy) x.firstSealed++;
    }
  };

  // Residents, in id order.
  await inIdBatches(
    db,
    () => opts.onBatch?.(total),
    (tx, after) =>
      tx
        .selectFrom('residents')
        .select(['id', 'organization_id', 'import_id', 'source_ref', 'name', 'address', 'contact', 'email', 'account', 'account_key', 'pii_key_id'])
        .where('id', '>', after)
        .where((eb) => eb.or([eb('pii_key_id', 'is', null), eb('pii_key_id', '!=', cur)]))
        .orderBy('id')
        .limit(opts.batchSize)
        .forUpdate()
        .execute(),
    async (tx, rows) => {
      const next = rows.map((r) => {
        // Purged under the retention policy (which also clears the key id): nothing to seal or re-key.
        const purged = r.contact === null && r.name === null && r.address === null && r.email === null;
        if (purged) return { id: r.id, contact: null, email: null, account: null, accountKey: r.account_key, sourceRef: null };
        const legacy = r.pii_key_id === null;
        const plain = residentContact(pii, r);
        // The contact as it was stored (its e-mail is the latest payment's, possibly none).
        const stored = r.contact !== null ? openContact(pii, r.contact) : { name: plain.name, address: plain.address, email: plain.email };
        const contact = sealContact(pii, stored);
        let email: string | null = null;
        if (r.email !== null) {
          if (r.email === r.contact || !isSealed(r.email)) email = stored.email === plain.email ? contact : sealContact(pii, { ...stored, email: plain.email });
          else email = pii.seal(pii.open(r.email));
        }
        const account = legacy ? null : r.account;
        const accountKey = legacy && r.account ? accountKeyOf(pii, normaliseName(plain.name), r.account) : r.account_key;
        // An imported resident's reference was md5(name | address) before encryption: keyed now, the
        // same way a new import keys it, so importing the same people again still finds them.
        const sourceRef = legacy && r.import_id !== null ? personKeyOf(pii, r.source_ref) : null;
        count(r.organization_id, 'residents', legacy);
        return { id: r.id, contact, email, account, accountKey, sourceRef };
      });
      await sql`
        update residents r set
          name = null, address = null, contact = v.contact, email = v.email, account = v.account, account_key = v.account_key,
          source_ref = case when v.source_ref is null or exists (select 1 from residents o where o.incident_id = r.incident_id and o.source_ref = v.source_ref)
            then r.source_ref else v.source_ref end,
          pii_key_id = ${cur}
        from unnest(${next.map((n) => n.id)}::uuid[], ${next.map((n) => n.contact)}::text[], ${next.map((n) => n.email)}::text[],
          ${next.map((n) => n.account)}::text[], ${next.map((n) => n.accountKey)}::text[], ${next.map((n) => n.sourceRef)}::text[])
          as v(id, contact, email, account, account_key, source_ref)
        where r.id = v.id
      `.execute(tx);
    },
  );

  // Resident letters (regulator notices hold no resident data and are not sealed).
  await inIdBatches(
    db,
    () => opts.onBatch?.(total),
    (tx, after) =>
      tx
        .selectFrom('letters')
        .select(['id', 'organization_id', 'merge', 'body_html', 'body_text', 'pii_key_id'])
        .where('kind', '=', 'resident')
        .where('id', '>', after)
        .where((eb) => eb.or([eb('pii_key_id', 'is', null), eb('pii_key_id', '!=', cur)]))
        .orderBy('id')
        .limit(opts.batchSize)
        .forUpdate()
        .execute(),
    async (tx, rows) => {
      const next = rows.map((l) => {
        const legacy = l.pii_key_id === null;
        const reseal = (v: string | null) => (v === null ? null : pii.seal(legacy ? v : pii.open(v)));
        count(l.organization_id, 'letters', legacy);
        return { id: l.id, merge: reseal(l.merge), html: reseal(l.body_html), text: reseal(l.body_text) };
      });
      await sql`
        update letters l set merge = v.merge, body_html = v.html, body_text = v.text, pii_key_id = ${cur}
        from unnest(${next.map((n) => n.id)}::uuid[], ${next.map((n) => n.merge)}::text[], ${next.map((n) => n.html)}::text[], ${next.map((n) => n.text)}::text[])
          as v(id, merge, html, text)
        where l.id = v.id
      `.execute(tx);
    },
  );

  // Payments: no key to page by (the table is built for COPY, without indexes), so by heap block
  // ranges. A row re-sealed here moves to a later block and is met again, already current.
  const blocksPerBatch = Math.max(1, Math.floor(opts.batchSize / ROWS_PER_BLOCK));
  for (let block = 0; ; block += blocksPerBatch) {
    const blocks = Number((await sql<{ n: string }>`select pg_relation_size('transactions') / current_setting('block_size')::int as n`.execute(db)).rows[0]!.n);
    if (block >= blocks) break;
    await db.transaction().execute(async (tx) => {
      const lo = `(${block},0)`;
      const hi = `(${block + blocksPerBatch},0)`;
      const rows = (
        await sql<{ tid: string; organization_id: string; person_key: string; contact: string | null; pii_key_id: string | null }>`
          select ctid::text as tid, organization_id, person_key, contact, pii_key_id from transactions
          where ctid >= ${lo}::tid and ctid < ${hi}::tid and (pii_key_id is null or pii_key_id <> ${cur})
          for update
        `.execute(tx)
      ).rows;
      if (rows.length === 0) return;
      const next = rows.map((t) => {
        const legacy = t.pii_key_id === null;
        count(t.organization_id, 'payments', legacy);
        return {
          tid: t.tid,
          // From before encryption: the plaintext went with migration 0010, the reference is keyed now.
          personKey: legacy ? personKeyOf(pii, t.person_key) : t.person_key,
          contact: t.contact === null ? null : pii.seal(pii.open(t.contact)),
        };
      });
      await sql`
        update transactions t set person_key = v.person_key, contact = v.contact, pii_key_id = ${cur}
        from unnest(${next.map((n) => n.tid)}::tid[], ${next.map((n) => n.personKey)}::text[], ${next.map((n) => n.contact)}::text[]) as v(tid, person_key, contact)
        where t.ctid >= ${lo}::tid and t.ctid < ${hi}::tid and t.ctid = v.tid
      `.execute(tx);
    });
    opts.onBatch?.(total);
  }

  // One audit entry per organisation whose rows changed, in its own hash chain; counts only.
  for (const [organizationId, counts] of byOrg) {
    await db.transaction().execute((tx) =>
      appendAudit(tx, { organizationId, actorUserId: null, actor: opts.actor, action: 'pii.key_rotated', entityType: 'pii_key', entityId: cur, after: { keyId: cur, ...counts } }),
    );
  }

  const remaining = (
    await sql<{ residents: number; letters: number; payments: number }>`
      select
        (select count(*)::int from residents where pii_key_id is distinct from ${cur}) as residents,
        (select count(*)::int from letters where kind = 'resident' and pii_key_id is distinct from ${cur}) as letters,
        (select count(*)::int from transactions where pii_key_id is distinct from ${cur}) as payments
    `.execute(db)
  ).rows[0]!;
  return { keyId: cur, total, byOrganization: Object.fromEntries(byOrg), remaining };
}

/** Pages of rows in id order, each read (locked), changed and written in a transaction of its own. */
async function inIdBatches<R extends { id: string }>(
  db: Db,
  afterBatch: () => void,
  page: (tx: Tx, after: string) => Promise<R[]>,
  write: (tx: Tx, rows: R[]) => Promise<void>,
): Promise<void> {
  for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
    const rows = await db.transaction().execute(async (tx) => {
      const batch = await page(tx, after);
      if (batch.length > 0) await write(tx, batch);
      return batch;
    });
    afterBatch();
    if (rows.length === 0) return;
    after = rows.at(-1)!.id;
  }
}
