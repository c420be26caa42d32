// The CSV reader thread hands over exactly what csv-parse reads, in order, across batches, even
// with a NUL inside a field (the batch then travels as arrays), and names a broken file's line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvReadError, csvRecordsInThread } from '../../src/services/csv-records.js';

const dir = mkdtempSync(join(tmpdir(), 'bd-csv-records-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function readAll(path: string) {
  const out: string[][] = [];
  for await (const batch of csvRecordsInThread(path)) out.push(...batch.records);
  return out;
}

describe('CSV reader thread', () => {
  it('gives every record in order across many batches, empty lines included', async () => {
    const rows = Array.from({ length: 4500 }, (_, i) => (i % 1000 === 7 ? '' : `${i},"name ${i}, jr","line\none"`));
    const text = `a,b,c\n${rows.join('\n')}\n`;
    expect(await readAll(file('many.csv', text))).toEqual(parse(text, { relax_column_count: true, skip_empty_lines: false }));
  });

  it('keeps a NUL inside a field intact', async () => {
    const text = 'a,b\n"x\u0000y",2\n3,4\n';
    expect(await readAll(file('nul.csv', text))).toEqual([['a', 'b'], ['x\u0000y', '2'], ['3', '4']]);
  });

  it('names the line of a file that is not CSV', async () => {
    await expect(readAll(file('bad.csv', 'a,b\n1,2\n"open,3\n'))).rejects.toThrow(CsvReadError);
    await expect(readAll(file('bad2.csv', 'a,b\n1,2\n"open,3\n'))).rejects.toThrow(/line 3/);
  });

  it('stops the thread when the reader stops early', async () => {
    const text = `a\n${Array.from({ length: 10000 }, (_, i) => i).join('\n')}\n`;
    const path = file('early.csv', text);
    for await (const batch of csvRecordsInThread(path)) {
      expect(batch.records.length).toBeGreaterThan(0);
      break;
    }
    // Reading it again from the start still works: nothing was left holding the file.
    expect((await readAll(path)).length).toBe(10001);
  });
});
