// Reads back the text of PDFs written by src/letters/print-pdf.ts. It only understands what pdfkit
// emits there: a classic xref table, direct /Length values, FlateDecode or raw content streams, and
// text shown with Tj/TJ in the standard fonts' WinAnsiEncoding. Not a general PDF parser.
import { inflateSync } from 'node:zlib';

// Windows-1252 0x80-0x9F; everything else in WinAnsiEncoding matches Latin-1.
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '\u20ac', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
  0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8e: '\u017d', 0x91: '\u2018',
  0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc',
  0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9e: '\u017e', 0x9f: '\u0178',
};

function winAnsi(bytes: number[]): string {
  return bytes.map((b) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b)).join('');
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function xrefOffsets(pdf: Buffer): Map<number, number> {
  const tail = pdf.subarray(Math.max(0, pdf.length - 64)).toString('latin1');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!start?.[1]) throw new Error('not a PDF: no startxref');
  const table = pdf.subarray(Number(start[1])).toString('latin1');
  const end = table.indexOf('trailer');
  const lines = table.slice(0, end).split(/\r?\n/);
  if (lines[0]?.trim() !== 'xref') throw new Error('expected a classic xref table');
  const offsets = new Map<number, number>();
  let id = 0;
  for (const line of lines.slice(1)) {
    const section = /^(\d+) (\d+)$/.exec(line.trim());
    if (section) {
      id = Number(section[1]);
      continue;
    }
    const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
    if (entry) {
      if (entry[3] === 'n') offsets.set(id, Number(entry[1]));
      id += 1;
    }
  }
  return offsets;
}

function trailer(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  return text.slice(text.lastIndexOf('trailer'));
}

function readObject(pdf: Buffer, offsets: Map<number, number>, id: number): PdfObject {
  const offset = offsets.get(id);
  if (offset === undefined) throw new Error(`object ${id} is not in the xref table`);
  // Dictionaries are short; a window avoids decoding the whole file as text per object.
  const head = pdf.subarray(offset, offset + 4096).toString('latin1');
  const streamAt = head.indexOf('\nstream\n');
  const endAt = head.indexOf('endobj');
  if (streamAt === -1 || (endAt !== -1 && endAt < streamAt)) {
    return { dict: head.slice(0, endAt === -1 ? undefined : endAt), stream: null };
  }
  const dict = head.slice(0, streamAt);
  const length = /\/Length (\d+)/.exec(dict);
  if (!length?.[1]) throw new Error(`stream object ${id} has no direct /Length`);
  const dataStart = offset + streamAt + '\nstream\n'.length;
  let data = pdf.subarray(dataStart, dataStart + Number(length[1]));
  if (/\/Filter \/FlateDecode/.test(dict)) data = inflateSync(data);
  return { dict, stream: data };
}

function refs(list: string): number[] {
  return [...list.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
}

function pageIds(pdf: Buffer, offsets: Map<number, number>, id: number): number[] {
  const { dict } = readObject(pdf, offsets, id);
  if (/\/Type \/Pages\b/.test(dict)) {
    const kids = /\/Kids \[([^\]]*)\]/.exec(dict);
    return refs(kids?.[1] ?? '').flatMap((kid) => pageIds(pdf, offsets, kid));
  }
  return [id];
}

type Operand = { kind: 'string'; bytes: number[] } | { kind: 'number'; value: number } | { kind: 'array'; items: Operand[] } | { kind: 'other' };

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
}
const DELIMITERS = '()<>[]{}/%';

/** A text-drawing block (BT..ET): print-pdf draws one per text() call. x/y are the Tm origin in PDF space (points from the bottom-left). */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
}

function contentRuns(content: string): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  let current: string | null = null;
  let x = 0;
  let y = 0;
  const stack: Operand[][] = [[]];
  const push = (op: Operand) => stack[stack.length - 1]?.push(op);
  const show = (bytes: number[]) => {
    current = (current ?? '') + winAnsi(bytes);
  };
  let i = 0;
  while (i < content.length) {
    const c = content[i] as string;
    if (isSpace(c)) {
      i++;
    } else if (c === '%') {
      while (i < content.length && content[i] !== '\n' && content[i] !== '\r') i++;
    } else if (c === '<' && content[i + 1] === '<') {
      push({ kind: 'other' });
      i += 2;
    } else if (c === '>' && content[i + 1] === '>') {
      i += 2;
    } else if (c === '<') {
      const end = content.indexOf('>', i);
      let hex = content.slice(i + 1, end).replace(/\s+/g, '');
      if (hex.length % 2 === 1) hex += '0';
      const bytes: number[] = [];
      for (let j = 0; j < hex.length; j += 2) bytes.push(parseInt(hex.slice(j, j + 2), 16));
      push({ kind: 'string', bytes });
      i = end + 1;
    } else if (c === '(') {
      const bytes: number[] = [];
      let depth = 1;
      i++;
      while (i < content.length && depth > 0) {
        const ch = content[i] as string;
        if (ch === '\\') {
          const next = content[i + 1] ?? '';
          const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
          if (/[0-7]/.test(next)) {
            const octal = /^[0-7]{1,3}/.exec(content.slice(i + 1))?.[0] ?? '0';
            bytes.push(parseInt(octal, 8) & 0xff);
            i += 1 + octal.length;
          } else if (next === '\n' || next === '\r') {
            i += next === '\r' && content[i + 2] === '\n' ? 3 : 2;
          } else {
            bytes.push(escapes[next] ?? next.charCodeAt(0));
            i += 2;
          }
          continue;
        }
        if (ch === '(') depth++;
        if (ch === ')') depth--;
        if (depth > 0) bytes.push(ch.charCodeAt(0));
        i++;
      }
      push({ kind: 'string', bytes });
    } else if (c === '[') {
      stack.push([]);
      i++;
    } else if (c === ']') {
      const items = stack.length > 1 ? (stack.pop() ?? []) : [];
      push({ kind: 'array', items });
      i++;
    } else if (c === '/') {
      let j = i + 1;
      while (j < content.length && !isSpace(content[j] as string) && !DELIMITERS.includes(content[j] as string)) j++;
      push({ kind: 'other' });
      i = j;
    } else {
      let j = i;
      while (j < content.length && !isSpace(content[j] as string) && !DELIMITERS.includes(content[j] as string)) j++;
      const token = content.slice(i, j);
      i = Math.max(j, i + 1);
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token)) {
        push({ kind: 'number', value: Number(token) });
        continue;
      }
      const operands = stack[0] ?? [];
      switch (token) {
        case 'BT':
          current = '';
          x = 0;
          y = 0;
          break;
        case 'Tm': {
          const [e, f] = operands.slice(-2);
          if (e?.kind === 'number') x = e.value;
          if (f?.kind === 'number') y = f.value;
          break;
        }
        case 'ET':
          if (current !== null && current !== '') runs.push({ text: current, x, y });
          current = null;
          break;
        case 'Tj':
        case "'":
        case '"': {
          const last = operands[operands.length - 1];
          if (last?.kind === 'string') show(last.bytes);
          break;
        }
        case 'TJ': {
          const last = operands[operands.length - 1];
          if (last?.kind === 'array') {
            for (const item of last.items) {
              if (item.kind === 'string') show(item.bytes);
              // pdfkit's kerning adjustments are small; a large negative gap would be a word space.
              else if (item.kind === 'number' && item.value < -250) show([0x20]);
            }
          }
          break;
        }
      }
      stack.length = 1;
      stack[0] = [];
    }
  }
  return runs;
}

/** Every text block on each page, in page order and drawing order. */
export function pdfPageRuns(pdf: Buffer): PdfTextRun[][] {
  const offsets = xrefOffsets(pdf);
  const root = /\/Root (\d+) 0 R/.exec(trailer(pdf));
  if (!root?.[1]) throw new Error('no /Root in trailer');
  const catalog = readObject(pdf, offsets, Number(root[1]));
  const pages = /\/Pages (\d+) 0 R/.exec(catalog.dict);
  if (!pages?.[1]) throw new Error('no /Pages in catalog');
  return pageIds(pdf, offsets, Number(pages[1])).map((pageId) => {
    const page = readObject(pdf, offsets, pageId);
    const contents = /\/Contents (?:(\d+ 0 R)|\[([^\]]*)\])/.exec(page.dict);
    const ids = refs(contents?.[1] ?? contents?.[2] ?? '');
    return ids.flatMap((id) => contentRuns(readObject(pdf, offsets, id).stream?.toString('latin1') ?? ''));
  });
}

/** The text drawn on each page, in page order: one line per baseline (a bullet and its item share one), joined with '\n'. */
export function pdfPageTexts(pdf: Buffer): string[] {
  return pdfPageRuns(pdf).map((runs) => {
    const lines: string[] = [];
    let lastY: number | null = null;
    for (const run of runs) {
      if (run.y === lastY && lines.length > 0) lines[lines.length - 1] += ` ${run.text}`;
      else lines.push(run.text);
      lastY = run.y;
    }
    return lines.join('\n');
  });
}
