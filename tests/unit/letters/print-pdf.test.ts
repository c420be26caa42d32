import { PassThrough, Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import {
  ADDRESS_BLOCK,
  ADDRESS_FONT_SIZE,
  ADDRESS_LEADING,
  BODY,
  MAX_ADDRESS_LINES,
  PAGE,
  RETURN_ADDRESS,
  WINDOW,
  addressLines,
  toWinAnsi,
  writePrintBatch,
  type PrintLetter,
  type PrintOptions,
} from '../../../src/letters/print-pdf.js';
import { pdfPageRuns, pdfPageTexts } from '../../helpers/pdf-pages.js';

const SENDER = { name: 'City of Odessa', address: ['411 W 8th St', 'Odessa, TX 79761'] };

const LONG_TEXT = [
  'Dear John Smith,',
  'What Happened',
  ...Array.from(
    { length: 24 },
    (_, i) =>
      `Paragraph ${i + 1}. We are writing to tell you about a data security incident that may involve some of your personal information, what we are doing about it, and the steps you can take.`,
  ),
  'What You Can Do',
  '- Order your free credit reports at www.annualcreditreport.com.\n- Place a fraud alert on your credit file.',
  'Sincerely,',
  'City of Odessa',
].join('\n\n');

const SPANISH_TEXT = [
  'Estimado(a) María Núñez:',
  '¿Qué sucedió?',
  'Una persona sin autorización logró entrar en uno de nuestros sistemas. ¡Le pedimos que lea esta carta con atención! Güero, pingüino, año, acción.',
  'Atentamente,',
].join('\n\n');

function batch(): PrintLetter[] {
  return [
    {
      sequence: 1,
      letterId: '0f5e2c1a-long-0000-0000-000000000001',
      recipient: { name: 'John Smith', address: ['1200 N Grant Ave', 'Odessa, TX 79761'] },
      sender: SENDER,
      text: LONG_TEXT,
    },
    {
      sequence: 2,
      letterId: '7b1d9e44-span-0000-0000-000000000002',
      recipient: { name: 'María Núñez', address: ['Calle Ñandú 5', 'Apt 2B', 'El Paso, TX 79901'] },
      sender: SENDER,
      text: SPANISH_TEXT,
    },
    {
      sequence: 3,
      letterId: 'c3a0b7f2-pole-0000-0000-000000000003',
      recipient: { name: 'Łukasz Nowak 🎉', address: ['77 Oak St', 'Midland, TX 79701'] },
      sender: SENDER,
      text: 'Dear Łukasz Nowak 👨‍👩‍👧,\n\nThis text has a zero\u200bwidth space and a decomposed e\u0301.',
    },
  ];
}

async function printToBuffer(letters: PrintLetter[], opts?: PrintOptions) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const result = await writePrintBatch(letters, out, opts);
  return { result, pdf: Buffer.concat(chunks) };
}

const MARKER_LINE = /^BD (\d+) (\S+)$/gm;

function markersByPage(pages: string[]): Map<number, string[]> {
  const found = new Map<number, string[]>();
  pages.forEach((text, i) => {
    const marks = [...text.matchAll(MARKER_LINE)].map((m) => m[0]);
    if (marks.length > 0) found.set(i + 1, marks);
  });
  return found;
}

describe('writePrintBatch', () => {
  it('lays out a batch: page counts, first pages, one marker per letter on its first page', async () => {
    const { result, pdf } = await printToBuffer(batch());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPageTexts(pdf);

    const [long, spanish, polish] = result.letters;
    expect(long).toMatchObject({ sequence: 1, firstPage: 1 });
    expect(long!.pageCount).toBeGreaterThanOrEqual(2);
    expect(spanish).toEqual({ sequence: 2, letterId: batch()[1]!.letterId, firstPage: 1 + long!.pageCount, pageCount: 1 });
    expect(polish).toEqual({ sequence: 3, letterId: batch()[2]!.letterId, firstPage: spanish!.firstPage + 1, pageCount: 1 });
    expect(result.pageCount).toBe(long!.pageCount + 2);
    expect(pages).toHaveLength(result.pageCount);

    expect(markersByPage(pages)).toEqual(
      new Map(batch().map((l, i) => [result.letters[i]!.firstPage, [`BD ${l.sequence} ${l.letterId}`]])),
    );
  });

  it('numbers each letter’s pages "Page X of Y" with the letter’s own page count', async () => {
    const { result, pdf } = await printToBuffer(batch());
    const pages = pdfPageTexts(pdf);
    for (const letter of result.letters) {
      for (let p = 1; p <= letter.pageCount; p++) {
        expect(pages[letter.firstPage + p - 2]).toContain(`Page ${p} of ${letter.pageCount}`);
      }
    }
    // The body really flowed: the last paragraph and sign-off are on the long letter's last page.
    const lastOfLong = pages[result.letters[0]!.pageCount - 1]!;
    expect(lastOfLong).toContain('• Place a fraud alert on your credit file.');
    expect(lastOfLong).toContain('Sincerely,');
    expect(pages[0]).not.toContain('Paragraph 24.');
  });

  it('puts the recipient name and city line on the letter’s first page only', async () => {
    const { result, pdf } = await printToBuffer(batch());
    const pages = pdfPageTexts(pdf);
    const lines = (page: number) => pages[page - 1]!.split('\n');
    const [long, spanish] = result.letters;

    expect(lines(long!.firstPage)).toEqual(expect.arrayContaining(['John Smith', '1200 N Grant Ave', 'Odessa, TX 79761']));
    expect(lines(long!.firstPage + 1)).not.toContain('John Smith');
    expect(lines(spanish!.firstPage)).toEqual(expect.arrayContaining(['María Núñez', 'Calle Ñandú 5', 'Apt 2B', 'El Paso, TX 79901']));
    // Return address sits above the recipient on every first page.
    expect(lines(spanish!.firstPage).slice(0, 3)).toEqual(['City of Odessa', '411 W 8th St', 'Odessa, TX 79761']);
  });

  it('prints Spanish accents and punctuation exactly', async () => {
    const { result, pdf } = await printToBuffer(batch());
    // Wrapped lines are joined back so the assertion does not depend on where lines break.
    const page = pdfPageTexts(pdf)[result.letters[1]!.firstPage - 1]!.replace(/\n/g, ' ');
    expect(page).toContain('Estimado(a) María Núñez:');
    expect(page).toContain('¿Qué sucedió?');
    expect(page).toContain('¡Le pedimos que lea esta carta con atención! Güero, pingüino, año, acción.');
  });

  it('replaces characters WinAnsi cannot draw with "?" instead of failing', async () => {
    const { result, pdf } = await printToBuffer(batch());
    const page = pdfPageTexts(pdf)[result.letters[2]!.firstPage - 1]!;
    expect(page.split('\n')).toContain('?ukasz Nowak ?');
    expect(page).toContain('Dear ?ukasz Nowak ?,');
    expect(page).toContain('zerowidth space and a decomposed é.');
  });

  it('pads duplex batches so every letter starts on the front of a sheet', async () => {
    const { result, pdf } = await printToBuffer(batch(), { duplex: true });
    const pages = pdfPageTexts(pdf);
    for (const letter of result.letters) expect(letter.firstPage % 2).toBe(1);
    expect(pages).toHaveLength(result.pageCount);
    // Pads are blank pages between letters, not counted in any letter.
    const used = new Set(result.letters.flatMap((l) => Array.from({ length: l.pageCount }, (_, i) => l.firstPage + i)));
    const pads = pages.map((_, i) => i + 1).filter((p) => !used.has(p));
    for (const p of pads) expect(pages[p - 1]).toBe('');
    expect(result.pageCount).toBe(used.size + pads.length);
    // The one-page Spanish letter is followed by a pad before the third letter.
    expect(result.letters[2]!.firstPage).toBe(result.letters[1]!.firstPage + 2);
    expect(markersByPage(pages).size).toBe(3);
  });

  it('gives identical bytes for identical input', async () => {
    for (const compress of [true, false]) {
      const a = await printToBuffer(batch(), { compress });
      const b = await printToBuffer(batch(), { compress });
      expect(a.pdf.equals(b.pdf)).toBe(true);
    }
    const raw = (await printToBuffer(batch(), { compress: false })).pdf.toString('latin1');
    expect(raw).toContain('(D:20000101000000Z)');
    expect(raw).not.toContain('/Filter /FlateDecode');
    expect(pdfPageTexts(Buffer.from(raw, 'latin1'))).toEqual(pdfPageTexts((await printToBuffer(batch())).pdf));
  });

  it('rejects letters out of batch order, and destroys the output', async () => {
    const out = new PassThrough();
    out.resume();
    const letters = batch();
    letters[1] = { ...letters[1]!, sequence: 5 };
    await expect(writePrintBatch(letters, out)).rejects.toThrow(/sequence 5 but is number 2/);
    expect(out.destroyed).toBe(true);
  });

  it('propagates a failing letter source', async () => {
    async function* failing(): AsyncGenerator<PrintLetter> {
      yield batch()[0]!;
      throw new Error('database went away');
    }
    const out = new PassThrough();
    out.resume();
    await expect(writePrintBatch(failing(), out)).rejects.toThrow('database went away');
    expect(out.destroyed).toBe(true);
  });

  it('streams 300 letters through a slow writer without piling output up', async () => {
    let bytes = 0;
    let maxBuffered = 0;
    const out = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        setImmediate(done);
      },
    });
    const originalWrite = out.write.bind(out);
    out.write = ((chunk: Buffer, ...rest: never[]) => {
      const ok = originalWrite(chunk, ...rest);
      maxBuffered = Math.max(maxBuffered, out.writableLength);
      return ok;
    }) as typeof out.write;

    async function* letters(): AsyncGenerator<PrintLetter> {
      for (let i = 1; i <= 300; i++) {
        yield {
          sequence: i,
          letterId: `letter-${String(i).padStart(4, '0')}`,
          recipient: { name: `Resident ${i}`, address: [`${i} Main St`, 'Odessa, TX 79761'] },
          sender: SENDER,
          text: `Dear Resident ${i},\n\nWe are writing to tell you about a data security incident.\n\nSincerely,`,
        };
      }
    }
    const result = await writePrintBatch(letters(), out);
    expect(result.pageCount).toBe(300);
    expect(result.letters).toHaveLength(300);
    expect(result.letters.at(-1)).toEqual({ sequence: 300, letterId: 'letter-0300', firstPage: 300, pageCount: 1 });
    expect(out.writableFinished).toBe(true);
    // The writer waited for drain between letters: the sink never held more than a letter past its mark.
    expect(bytes).toBeGreaterThan(8 * 16 * 1024);
    expect(maxBuffered).toBeLessThan(64 * 1024);
  });
});

describe('envelope window layout', () => {
  const inch = 72;
  // pdfkit rounds coordinates to 1e-6 pt; a hundredth of a point is far below any printer's precision.
  const EPS = 0.01;
  const inside = (inner: { x: number; y: number; width: number; height: number }, outer: typeof inner) =>
    inner.x >= outer.x - EPS &&
    inner.y >= outer.y - EPS &&
    inner.x + inner.width <= outer.x + outer.width + EPS &&
    inner.y + inner.height <= outer.y + outer.height + EPS;

  it('places the window where a tri-folded sheet meets a #10 window, and the address block inside it', () => {
    expect(PAGE).toEqual({ width: 612, height: 792 });
    expect(WINDOW.width).toBe(4.5 * inch);
    expect(WINDOW.height).toBe(1.125 * inch);
    expect(WINDOW.x).toBe(0.875 * inch);
    expect(WINDOW.y / inch).toBeCloseTo(2.042, 3);
    expect(inside(ADDRESS_BLOCK, WINDOW)).toBe(true);
    expect(ADDRESS_BLOCK.x).toBe(0.875 * inch);
    expect(ADDRESS_BLOCK.y).toBeGreaterThanOrEqual(2 * inch);
    expect(ADDRESS_BLOCK.y).toBeLessThanOrEqual(2.125 * inch);
    expect(MAX_ADDRESS_LINES * ADDRESS_LEADING).toBeLessThanOrEqual(ADDRESS_BLOCK.height);
    // Nothing else may show through the window: the return address ends above it, the body starts below it.
    expect(RETURN_ADDRESS.y + RETURN_ADDRESS.height).toBeLessThan(WINDOW.y);
    expect(BODY.firstPageTop).toBeGreaterThanOrEqual(WINDOW.y + WINDOW.height);
  });

  it('draws every recipient line inside the address block, truncating long lines and keeping the last lines', async () => {
    const letter: PrintLetter = {
      sequence: 1,
      letterId: 'window-test',
      recipient: {
        name: 'Maximiliano Bartholomew Fitzgerald-Montgomery de la Vega y Santisteban',
        address: ['c/o Property Manager', 'Building 4', '12345 Extraordinarily Long Boulevard Name That Keeps Going', 'Suite 900', 'Odessa, TX 79761-1234'],
      },
      sender: SENDER,
      text: 'Hello.',
    };
    const { pdf } = await printToBuffer([letter], { compress: false });
    const runs = pdfPageRuns(pdf)[0]!;
    const expected = addressLines(letter.recipient.name, letter.recipient.address);
    expect(expected).toHaveLength(MAX_ADDRESS_LINES);
    expect(expected[0]).toBe(letter.recipient.name);
    expect(expected.at(-1)).toBe('Odessa, TX 79761-1234');
    expect(expected).not.toContain('c/o Property Manager');

    const metrics = new PDFDocument({ autoFirstPage: false }).font('Helvetica').fontSize(ADDRESS_FONT_SIZE);
    const recipientRuns = runs.filter((r) => r.x === ADDRESS_BLOCK.x && r.y < PAGE.height - WINDOW.y && r.y > PAGE.height - (WINDOW.y + WINDOW.height));
    expect(recipientRuns).toHaveLength(MAX_ADDRESS_LINES);
    recipientRuns.forEach((run, i) => {
      const source = expected[i]!;
      if (run.text.endsWith('…')) expect(source.startsWith(run.text.slice(0, -1).trimEnd())).toBe(true);
      else expect(run.text).toBe(source);
      // Helvetica: ascender 718, descender -207 per 1000 em; Tm y is the baseline from the sheet's bottom.
      const baselineFromTop = PAGE.height - run.y;
      const top = baselineFromTop - 0.718 * ADDRESS_FONT_SIZE;
      const bottom = baselineFromTop + 0.207 * ADDRESS_FONT_SIZE;
      const width = metrics.widthOfString(run.text);
      expect(inside({ x: run.x, y: top, width, height: bottom - top }, ADDRESS_BLOCK)).toBe(true);
    });
    expect(recipientRuns[0]!.text.endsWith('…')).toBe(true);
    expect(recipientRuns.map((r) => r.text)).toContain('Odessa, TX 79761-1234');
  });
});

describe('toWinAnsi', () => {
  it('keeps WinAnsi, composes accents, and turns each other character into one "?"', () => {
    expect(toWinAnsi('¿Qué? ¡Sí! Ñandú pingüino — “ok” € …')).toBe('¿Qué? ¡Sí! Ñandú pingüino — “ok” € …');
    expect(toWinAnsi('Jose\u0301')).toBe('José');
    expect(toWinAnsi('Łukasz')).toBe('?ukasz');
    expect(toWinAnsi('family 👨‍👩‍👧 flag 🇲🇽 heart ❤️')).toBe('family ? flag ? heart ?');
    expect(toWinAnsi('a\u200bb\u00adc\ufeffd')).toBe('abcd');
    expect(toWinAnsi('tab\there\u0000')).toBe('tab here?');
    expect(toWinAnsi('北京')).toBe('??');
  });
});
