// The CSV manifest that travels with a print batch: one row per letter, in batch order, so the mail
// house can reconcile inserts against the PDF's sequence marks. Recipient data lands in spreadsheets
// there, so every text cell is defused against formula injection.
import type { Transform, TransformCallback } from 'node:stream';
import { Stringifier } from 'csv-stringify';

export const MANIFEST_COLUMNS: readonly string[] = Object.freeze([
  'sequence',
  'letter_id',
  'first_page',
  'page_count',
  'name',
  'address_1',
  'address_2',
  'address_3',
  'address_4',
  'address_5',
  'state',
  'zip',
  'language',
  'jurisdiction',
  'template_version',
  'content_hash',
]);

const ADDRESS_COLUMNS = 5;

export interface ManifestRow {
  sequence: number;
  letterId: string;
  firstPage: number;
  pageCount: number;
  name: string;
  address: string[];
  state: string | null;
  zip: string | null;
  language: string;
  jurisdiction: string | null;
  templateVersion: string;
  contentHash: string;
}

// Fullwidth forms too: some spreadsheet apps fold them to their ASCII twins before parsing.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Neutralises spreadsheet formula injection: a cell starting with = + - @ or a tab/CR gets a leading apostrophe. */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Address lines for address_1..address_5; overflow is folded into address_1 so the city/ZIP lines keep their place and nothing is dropped. */
function addressCells(address: string[]): string[] {
  const lines = address.map((l) => l.trim()).filter((l) => l !== '');
  const cells =
    lines.length > ADDRESS_COLUMNS
      ? [lines.slice(0, lines.length - (ADDRESS_COLUMNS - 1)).join(', '), ...lines.slice(lines.length - (ADDRESS_COLUMNS - 1))]
      : lines;
  return Array.from({ length: ADDRESS_COLUMNS }, (_, i) => cells[i] ?? '');
}

function toRecord(row: ManifestRow): (string | number | null)[] {
  return [
    row.sequence,
    row.letterId,
    row.firstPage,
    row.pageCount,
    row.name,
    ...addressCells(row.address),
    row.state,
    row.zip,
    row.language,
    row.jurisdiction,
    row.templateVersion,
    row.contentHash,
  ];
}

class ManifestStringifier extends Stringifier {
  override _transform(chunk: ManifestRow, encoding: BufferEncoding, callback: TransformCallback): void {
    super._transform(toRecord(chunk), encoding, callback);
  }
}

/** A csv-stringify stream with the header row; write ManifestRow objects to it. CRLF records, UTF-8 without BOM. */
export function createManifestStream(): Transform {
  return new ManifestStringifier({
    header: true,
    columns: [...MANIFEST_COLUMNS],
    record_delimiter: 'windows',
    // csv-stringify stops quoting bare \n and \r once record_delimiter is set; an address with an
    // embedded newline would then split the record in the mail house's import.
    quote_record_delimiter: true,
    bom: false,
    cast: { string: (value) => safeCell(value) },
  });
}
