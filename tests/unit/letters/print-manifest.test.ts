import { text } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { MANIFEST_COLUMNS, createManifestStream, safeCell, type ManifestRow } from '../../../src/letters/print-manifest.js';

function row(overrides: Partial<ManifestRow> = {}): ManifestRow {
  return {
    sequence: 1,
    letterId: '0f5e2c1a-0000-0000-0000-000000000001',
    firstPage: 1,
    pageCount: 2,
    name: 'John Smith',
    address: ['1200 N Grant Ave', 'Odessa, TX 79761'],
    state: 'TX',
    zip: '79761',
    language: 'en',
    jurisdiction: 'TX',
    templateVersion: '2024-01',
    contentHash: 'ab'.repeat(32),
    ...overrides,
  };
}

async function manifest(rows: ManifestRow[]): Promise<string> {
  const stream = createManifestStream();
  const out = text(stream);
  for (const r of rows) stream.write(r);
  stream.end();
  return out;
}

describe('print manifest CSV', () => {
  it('has the documented columns', () => {
    expect(MANIFEST_COLUMNS).toEqual([
      'sequence', 'letter_id', 'first_page', 'page_count', 'name',
      'address_1', 'address_2', 'address_3', 'address_4', 'address_5',
      'state', 'zip', 'language', 'jurisdiction', 'template_version', 'content_hash',
    ]);
  });

  it('writes a header and CRLF records, UTF-8 without BOM', async () => {
    const csv = await manifest([row(), row({ sequence: 2, firstPage: 3, pageCount: 1, name: 'María Núñez', state: null, zip: null, jurisdiction: null, language: 'es' })]);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.startsWith(`${MANIFEST_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(`1,0f5e2c1a-0000-0000-0000-000000000001,1,2,John Smith,1200 N Grant Ave,"Odessa, TX 79761",,,,TX,79761,en,TX,2024-01,${'ab'.repeat(32)}`);
    expect(lines[2]).toBe(`2,0f5e2c1a-0000-0000-0000-000000000001,3,1,María Núñez,1200 N Grant Ave,"Odessa, TX 79761",,,,,,es,,2024-01,${'ab'.repeat(32)}`);
    expect(Buffer.from(csv, 'utf8').includes(Buffer.from('María Núñez', 'utf8'))).toBe(true);
  });

  it('writes just the header for an empty batch', async () => {
    expect(await manifest([])).toBe(`${MANIFEST_COLUMNS.join(',')}\r\n`);
  });

  it('quotes commas, quotes and newlines so the row round-trips', async () => {
    const tricky = row({ name: 'Smith, "Jr."', address: ['Line one\nLine two', 'Apt "B"', 'Odessa, TX 79761'] });
    const csv = await manifest([tricky]);
    expect(csv).toContain('"Smith, ""Jr."""');
    expect(csv).toContain('"Line one\nLine two"');
    const [header, record] = parse(csv, { record_delimiter: '\r\n' }) as string[][];
    expect(header).toEqual([...MANIFEST_COLUMNS]);
    expect(record!.slice(4, 10)).toEqual(['Smith, "Jr."', 'Line one\nLine two', 'Apt "B"', 'Odessa, TX 79761', '', '']);
  });

  it('keeps more than five address lines without dropping any, city line last', async () => {
    const csv = await manifest([row({ address: ['c/o Manager', 'Building 4', '12 Oak St', 'Suite 9', 'Floor 2', 'Odessa, TX 79761'] })]);
    const [, record] = parse(csv) as string[][];
    expect(record!.slice(5, 10)).toEqual(['c/o Manager, Building 4', '12 Oak St', 'Suite 9', 'Floor 2', 'Odessa, TX 79761']);
  });

  it('neutralises formula injection in every text cell', async () => {
    const csv = await manifest([
      row({ name: '=HYPERLINK("http://evil.example","click")', address: ['+1', '-2', '@x', 'Odessa, TX 79761'], templateVersion: '=1+1' }),
      row({ sequence: 2, name: '\tTab', jurisdiction: '\r=1', letterId: '@SUM(A1)' }),
    ]);
    const [, record, second] = parse(csv) as string[][];
    expect(record![4]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(record!.slice(5, 10)).toEqual(["'+1", "'-2", "'@x", 'Odessa, TX 79761', '']);
    expect(record![14]).toBe("'=1+1");
    expect(second![1]).toBe("'@SUM(A1)");
    expect(second![4]).toBe("'\tTab");
    expect(second![13]).toBe("'\r=1");
    // Numbers are numbers, not text: they are never prefixed.
    expect(record!.slice(0, 4)).toEqual(['1', '0f5e2c1a-0000-0000-0000-000000000001', '1', '2']);
  });

  it('safeCell prefixes only dangerous leading characters', () => {
    for (const v of ['=1', '+1', '-2', '@x', '\tx', '\rx', '\uFF1Dx']) expect(safeCell(v)).toBe(`'${v}`);
    for (const v of ['John', '1-2', 'a=b', '', ' =1', "O'Brien"]) expect(safeCell(v)).toBe(v);
  });
});
