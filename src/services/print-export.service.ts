// Print batches for a mail house: approved letters for the post become PDF files (address placed
// for a window envelope) with a CSV manifest each. A batch's letters are marked `exported` in the
// same transaction that records the batch, so a retried job neither loses nor repeats a letter.
import { createReadStream, createWriteStream, mkdirSync, type ReadStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { LetterRow, PrintFile } from '../db/schema.js';
import { writePrintBatch, type PrintLetter } from '../letters/print-pdf.js';
import { createManifestStream } from '../letters/print-manifest.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { printRecipient } from '../letters/print-recipient.js';
import { letterReproducer, openLetter } from './letter-reproduce.js';
import type { PiiCipher } from '../domain/pii-cipher.js';
import { htmlToText } from '../letters/render-letter.js';
import { findPrintExport } from '../repositories/print-exports.repository.js';
import { NotFoundError, openedOrGone } from './errors.js';

const ZIP = /\b(\d{5})(?:-\d{4})?\s*$/;

/** The printed page places sender and recipient itself (the window envelope): the body starts after them. */
export function printBodyText(html: string): string {
  return htmlToText(html.replace(/<header class="letterhead">[\s\S]*?<\/header>/, '').replace(/<address class="recipient">[\s\S]*?<\/address>/, ''));
}

export async function runPrintExport(db: Db, exportId: string, opts: { dataDir: string; pii: PiiCipher }): Promise<{ letters: number; pages: number } | 'skipped'> {
  const exp = await db.selectFrom('print_exports').selectAll().where('id', '=', exportId).executeTakeFirst();
  if (!exp || exp.status === 'completed' || exp.status === 'failed') return 'skipped';
  await db.updateTable('print_exports').set({ status: 'running', updated_at: sql<string>`now()` }).where('id', '=', exportId).execute();
  const org = await db.selectFrom('organizations').selectAll().where('id', '=', exp.organization_id).executeTakeFirstOrThrow();
  const sender = { name: org.sender.name ?? org.name, address: org.sender.address ?? [] };
  const dir = join('exports', exportId);
  mkdirSync(join(opts.dataDir, dir), { recursive: true });
  let files: PrintFile[] = (exp.files as PrintFile[]) ?? [];
  for (;;) {
    // Regulator notices first, then residents grouped by state: each batch is one stable slice.
    const letters = await db
      .selectFrom('letters')
      .selectAll()
      .where('incident_id', '=', exp.incident_id)
      .where('status', '=', 'approved')
      .where('channel', '=', 'mail')
      .orderBy('kind', 'desc')
      .orderBy('jurisdiction')
      .orderBy('id')
      .limit(exp.batch_size)
      .execute();
    if (letters.length === 0) break;
    const batch = files.length + 1;
    const file = await writeBatch(db, letters, { dataDir: opts.dataDir, dir, batch, sender, pii: opts.pii });
    files = [...files, file];
    await db.transaction().execute(async (tx) => {
      await tx
        .updateTable('letters')
        .set({ status: 'exported', send_batch: `print-${exportId}-${batch}`, sent_at: sql<string>`now()`, updated_at: sql<string>`now()` })
        .where('id', 'in', letters.map((l) => l.id))
        .where('status', '=', 'approved')
        .execute();
      await tx
        .updateTable('print_exports')
        .set((eb) => ({ files: JSON.stringify(files), letters: eb('letters', '+', file.letters), pages: eb('pages', '+', file.pages), updated_at: sql<string>`now()` }))
        .where('id', '=', exportId)
        .execute();
    });
  }
  const done = await db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('print_exports')
      .set({ status: 'completed', finished_at: sql<string>`now()`, updated_at: sql<string>`now()` })
      .where('id', '=', exportId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(tx, {
      organizationId: exp.organization_id,
      actorUserId: exp.created_by,
      actor: 'worker:export-print',
      action: 'letters.exported',
      entityType: 'incident',
      entityId: exp.incident_id,
      after: { exportId, letters: row.letters, pages: row.pages, files: files.map((f) => ({ batch: f.batch, letters: f.letters, pages: f.pages })) },
    });
    return row;
  });
  return { letters: done.letters, pages: done.pages };
}

async function writeBatch(
  db: Db,
  letters: LetterRow[],
  o: { dataDir: string; dir: string; batch: number; sender: { name: string; address: string[] }; pii: PiiCipher },
): Promise<PrintFile> {
  const pdf = join(o.dir, `batch-${String(o.batch).padStart(3, '0')}.pdf`);
  const manifest = join(o.dir, `batch-${String(o.batch).padStart(3, '0')}.csv`);
  const bodies = new Map<string, { text: string; recipient: { name: string; address: string[] } }>();
  const reproduce = letterReproducer(db, o.pii);
  for (const l of letters) {
    const body = await reproduce(l);
    if (!body.verified) throw new Error(`letter ${l.id} no longer renders to its approved text; render and approve again before printing`);
    const recipient = printRecipient(openLetter(o.pii, l).merge as Record<string, unknown> | null, l.recipient);
    bodies.set(l.id, { text: printBodyText(body.html), recipient });
  }
  const items: PrintLetter[] = letters.map((l, i) => ({ sequence: i + 1, letterId: l.id, sender: o.sender, ...bodies.get(l.id)! }));
  const out = createWriteStream(join(o.dataDir, pdf));
  const result = await writePrintBatch(items, out);
  const csv = createManifestStream();
  const csvOut = createWriteStream(join(o.dataDir, manifest));
  csv.pipe(csvOut);
  result.letters.forEach((p, i) => {
    const l = letters[i]!;
    const recipient = bodies.get(l.id)!.recipient;
    csv.write({
      sequence: p.sequence,
      letterId: l.id,
      firstPage: p.firstPage,
      pageCount: p.pageCount,
      name: recipient.name,
      address: recipient.address,
      state: l.jurisdiction,
      zip: recipient.address.at(-1)?.match(ZIP)?.[1] ?? null,
      language: l.language,
      jurisdiction: l.jurisdiction,
      templateVersion: l.template_version,
      contentHash: l.content_hash,
    });
  });
  csv.end();
  await once(csvOut, 'close');
  return { batch: o.batch, pdf, manifest, letters: letters.length, pages: result.pageCount };
}

export interface PrintBatchDownload {
  stream: ReadStream;
  contentType: string;
  filename: string;
}

/**
 * One batch of an organisation's print export, opened for download: `<n>.pdf` or `<n>.csv` (its
 * manifest). The caller checks the role: these files hold residents' names and addresses.
 */
export async function openPrintBatch(db: Db, dataDir: string, organizationId: string, exportId: string, file: string): Promise<PrintBatchDownload> {
  const row = await findPrintExport(db, organizationId, exportId);
  const [n, ext] = file.split('.') as [string, 'pdf' | 'csv'];
  const batch = (row?.files as PrintFile[] | undefined)?.find((f) => f.batch === Number(n));
  if (!row || !batch) throw new NotFoundError('Print batch');
  const stream = createReadStream(join(dataDir, ext === 'pdf' ? batch.pdf : batch.manifest));
  await openedOrGone(stream, 'This print batch');
  return {
    stream,
    contentType: ext === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8',
    filename: `letters-${exportId.slice(0, 8)}-${n}.${ext}`,
  };
}
