// The line numbers staff see in a reject file must match what csv-parse itself reports.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { isEmptyLine, lineCounter } from '../../../src/domain/csv-lines.js';

const OPTIONS = { bom: true, relax_column_count: true } as const;

function ours(text: string): number[] {
  const next = lineCounter();
  const out: number[] = [];
  for (const record of parse(text, { ...OPTIONS, skip_empty_lines: false }) as string[][]) {
    const line = next(record);
    if (!isEmptyLine(record)) out.push(line);
  }
  return out;
}

// A line holding only "" is a record to csv-parse but blank to the importer, which skips it either way.
function theirs(text: string): number[] {
  return (parse(text, { ...OPTIONS, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[])
    .filter((r) => !isEmptyLine(r.record))
    .map((r) => r.info.lines);
}

describe('CSV line numbers', () => {
  const cases: Record<string, string> = {
    'plain LF': 'a,b\n1,2\n3,4\n',
    'CRLF, no final break': 'a,b\r\n1,2\r\n3,4',
    'empty lines between and after': 'a,b\n\n1,2\n\n\n3,4\n\n',
    'quoted breaks': 'a,b\n"x\ny",2\n"p\nq\rr",3\n"s\n\rt",4\n5,6\n',
    'quoted LF breaks in a CRLF file (as Excel writes them)': 'a,b\r\n"1 Main St\nApt 2",2\r\n\r\n3,4\r\n',
    'byte-order mark and a short row': '\ufeffa,b,c\n1\n2,3,4\n',
    'only whitespace on a line': 'a,b\n  \n1,2\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`matches csv-parse's own count: ${name}`, () => {
      expect(ours(text)).toEqual(theirs(text));
    });
  }

  // csv-parse counts a CRLF inside quotes as two lines; every editor shows one, and so do we.
  it('counts a CRLF inside quotes as one line, as an editor shows it', () => {
    expect(ours('a,b\r\n"1 Main St\r\nApt 2",2\r\n\r\n3,4\r\n')).toEqual([1, 3, 5]);
    expect(ours('a,b\n"p\r\nq\rr",3\n4,5')).toEqual([1, 4, 5]);
  });

  it('agrees on random files of quoted breaks and empty lines', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['x', 'y z', '"a\nb"', '"c\n\nd"', '"e\rf"', '""', '"g,h"'];
    for (let file = 0; file < 200; file++) {
      const eol = rnd() < 0.5 ? '\n' : '\r\n';
      const rows = ['h1,h2,h3'];
      for (let r = 0; r < 1 + Math.floor(rnd() * 12); r++) {
        if (rnd() < 0.15) rows.push('');
        else rows.push(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pieces[Math.floor(rnd() * pieces.length)]).join(','));
      }
      const text = rows.join(eol) + (rnd() < 0.5 ? eol : '');
      expect(ours(text), JSON.stringify(text)).toEqual(theirs(text));
    }
  });
});
