// Print-ready letter batches: one PDF per batch, tri-folded into #10 window envelopes by a mail house.
// Each letter is laid out completely (in points, top-left origin) before anything is drawn, so its
// "Page X of Y" footer is known while the document itself streams out letter after letter.
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';

export interface PrintLetter {
  sequence: number; // 1-based position in the batch
  letterId: string;
  recipient: { name: string; address: string[] }; // address: 1..5 postal lines, last usually "CITY, ST 12345"
  sender: { name: string; address: string[] }; // return address
  /** The letter's plain-text rendition: paragraphs separated by blank lines; lines starting with "- " are list items; a single short line without final punctuation that is a whole paragraph is a heading. */
  text: string;
}
export interface PrintedLetter {
  sequence: number;
  letterId: string;
  firstPage: number;
  pageCount: number;
}
export interface PrintBatchResult {
  letters: PrintedLetter[];
  pageCount: number;
}
export interface PrintOptions {
  /** Each letter starts on an odd page (a sheet front): pad with a blank page. */
  duplex?: boolean;
  /** Deflate page content; default true. */
  compress?: boolean;
}

/** A rectangle on the sheet in PDF points, measured from the sheet's top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const PT = 72; // points per inch

export const PAGE = { width: 8.5 * PT, height: 11 * PT } as const; // US Letter, 612 x 792

// #10 envelope (9.5 x 4.125 in) with a standard window: 4.5 x 1.125 in, 7/8 in from the left edge,
// 1/2 in from the bottom edge. A tri-folded sheet is an 11/3 in (264 pt) panel and settles onto the
// envelope's bottom fold, so the sheet top rides 4.125 - 3.667 = 0.458 in below the envelope top.
// On the sheet the window therefore spans 3.667 - 0.5 - 1.125 = 2.042 in (147 pt) to 3.167 in
// (228 pt) from the top, and 0.875 in (63 pt) to 5.375 in (387 pt) from the left.
const ENVELOPE_WINDOW = { left: 0.875 * PT, bottom: 0.5 * PT, width: 4.5 * PT, height: 1.125 * PT } as const;
const FOLD_PANEL = PAGE.height / 3;

/** The part of the sheet a standard #10 window shows when the folded letter rests on the envelope's bottom-left. */
export const WINDOW: Rect = {
  x: ENVELOPE_WINDOW.left,
  y: FOLD_PANEL - ENVELOPE_WINDOW.bottom - ENVELOPE_WINDOW.height,
  width: ENVELOPE_WINDOW.width,
  height: ENVELOPE_WINDOW.height,
};

// The insert can only rise inside the envelope (pushing the window down the sheet) and slide
// sideways (the sheet is 1 in narrower than the envelope), never the other way. So the block starts
// at the window's left edge but 6 pt (1/12 in) below its top, and stops 1/2 in short of its right edge:
// 2.125 in from the top, 0.875 in from the left, 4 x 1 in.
/** Where the recipient block is drawn; every line is truncated to fit its width, and 5 lines fit its height. */
export const ADDRESS_BLOCK: Rect = { x: WINDOW.x, y: 2.125 * PT, width: 4 * PT, height: 1 * PT };
export const ADDRESS_FONT_SIZE = 10;
export const ADDRESS_LEADING = 12;
export const MAX_ADDRESS_LINES = 5;

/** Return address, top-left; it ends well above the window so none of it shows through. */
export const RETURN_ADDRESS: Rect = { x: 0.875 * PT, y: 0.5 * PT, width: 3.5 * PT, height: 5 * 11 };
const RETURN_FONT_SIZE = 9;
const RETURN_LEADING = 11;
const MAX_RETURN_LINES = 5;

/** Body text area: 1 in side margins; the first page starts below the window, at 3.5 in. */
export const BODY = { x: 1 * PT, width: PAGE.width - 2 * PT, firstPageTop: 3.5 * PT, top: 1 * PT, bottom: 10 * PT } as const;
const BODY_FONT_SIZE = 10.5;
const HEADING_FONT_SIZE = 11;
const BODY_LEADING = 14;
const PARAGRAPH_GAP = 7;
const HEADING_GAP = 10;
const LIST_BULLET_INDENT = 6;
const LIST_TEXT_INDENT = 18;

const FOOTER_Y = PAGE.height - 48; // 1/3 in below the body, above the marker
const FOOTER_FONT_SIZE = 8;
/** "BD <sequence> <letterId>" on each letter's first page, inside the bottom margin but clear of the usual 1/4 in unprintable edge. */
export const MARKER = { x: 0.875 * PT, y: PAGE.height - 30, fontSize: 6 } as const;

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';

// The same input must give the same bytes (reprints, checksums in the mail house's job ticket).
// pdfkit derives the trailer /ID from the info dictionary, so fixing the dates fixes the ID too.
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

// ---------------------------------------------------------------------------------------------
// Text encoding

// Windows-1252 code points 0x80-0x9F that the standard fonts' WinAnsiEncoding draws; 0x20-0x7E and
// 0xA0-0xFF are the same as Unicode.
const WIN_ANSI_EXTRA = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);

function isWinAnsi(cp: number): boolean {
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(cp);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Text as Helvetica's WinAnsiEncoding can draw it. pdfkit would otherwise emit the UTF-16 code of an
 * unsupported character as garbage bytes, so each user-perceived character outside WinAnsi becomes a
 * single '?' (an emoji family is one '?', not five). Invisible format characters (soft hyphen,
 * zero-width space, BOM, direction marks) are dropped; line breaks are not kept.
 */
export function toWinAnsi(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  let out = '';
  for (const grapheme of segmenter.segment(text.normalize('NFC'))) {
    const segment = grapheme.segment.replace(/\p{Cf}/gu, '');
    const cps = [...segment].map((c) => c.codePointAt(0) ?? 0);
    if (segment === '' || /^\p{M}+$/u.test(segment)) {
      continue;
    } else if (cps.every(isWinAnsi)) {
      out += segment;
    } else if (cps[0] !== undefined && isWinAnsi(cps[0]) && /^\p{M}+$/u.test(segment.slice(1))) {
      // A base letter with a mark NFC could not fold in: the letter alone still reads right.
      out += segment[0];
    } else if (/^\s+$/u.test(segment)) {
      out += ' ';
    } else {
      out += '?';
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Layout

type Doc = InstanceType<typeof PDFDocument>;

interface Run {
  text: string;
  x: number;
  font: string;
  size: number;
}
interface Row {
  runs: Run[];
  spaceBefore: number;
  keepWithNext: boolean;
}
interface PlacedRow {
  row: Row;
  y: number;
}

function measure(doc: Doc, text: string, font: string, size: number): number {
  return doc.font(font).fontSize(size).widthOfString(text);
}

/** Longest prefix of `text` (plus an ellipsis) that fits; addresses must stay on one line in the window. */
function truncateToWidth(doc: Doc, text: string, width: number, font: string, size: number): string {
  if (measure(doc, text, font, size) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(doc, chars.slice(0, mid).join('').trimEnd() + '\u2026', font, size) <= width) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '\u2026';
}

function wrap(doc: Doc, text: string, width: number, font: string, size: number): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (measure(doc, candidate, font, size) <= width) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = word;
    // A URL or reference number wider than the line is cut by characters rather than overflowing.
    while (measure(doc, current, font, size) > width && [...current].length > 1) {
      const chars = [...current];
      let fit = 1;
      while (fit < chars.length && measure(doc, chars.slice(0, fit + 1).join(''), font, size) <= width) fit++;
      lines.push(chars.slice(0, fit).join(''));
      current = chars.slice(fit).join('');
    }
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}

function paragraphs(text: string): string[][] {
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\t/g, ' ').trim();
    if (line === '') {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else {
      block.push(line);
    }
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

function isHeading(block: string[], hasNext: boolean): boolean {
  const line = block[0];
  return (
    hasNext && block.length === 1 && line !== undefined && line.length < 80 && !line.startsWith('- ') && !/[.:;,]$/.test(line)
  );
}

function bodyRows(doc: Doc, text: string): Row[] {
  const rows: Row[] = [];
  const blocks = paragraphs(text);
  blocks.forEach((block, index) => {
    const gap = index === 0 ? 0 : PARAGRAPH_GAP;
    if (isHeading(block, index < blocks.length - 1)) {
      const lines = wrap(doc, toWinAnsi(block[0] ?? ''), BODY.width, BOLD, HEADING_FONT_SIZE);
      lines.forEach((line, i) =>
        rows.push({
          runs: [{ text: line, x: BODY.x, font: BOLD, size: HEADING_FONT_SIZE }],
          spaceBefore: i === 0 && index > 0 ? HEADING_GAP : 0,
          keepWithNext: true,
        }),
      );
      return;
    }
    block.forEach((raw, lineIndex) => {
      const spaceBefore = lineIndex === 0 ? gap : 0;
      if (raw.startsWith('- ')) {
        const width = BODY.width - LIST_TEXT_INDENT;
        const lines = wrap(doc, toWinAnsi(raw.slice(2).trim()), width, REGULAR, BODY_FONT_SIZE);
        lines.forEach((line, i) => {
          const runs: Run[] = [{ text: line, x: BODY.x + LIST_TEXT_INDENT, font: REGULAR, size: BODY_FONT_SIZE }];
          if (i === 0) runs.unshift({ text: '\u2022', x: BODY.x + LIST_BULLET_INDENT, font: REGULAR, size: BODY_FONT_SIZE });
          rows.push({ runs, spaceBefore: i === 0 ? spaceBefore : 0, keepWithNext: false });
        });
        return;
      }
      const lines = wrap(doc, toWinAnsi(raw), BODY.width, REGULAR, BODY_FONT_SIZE);
      lines.forEach((line, i) =>
        rows.push({
          runs: [{ text: line, x: BODY.x, font: REGULAR, size: BODY_FONT_SIZE }],
          spaceBefore: i === 0 ? spaceBefore : 0,
          keepWithNext: false,
        }),
      );
    });
  });
  return rows;
}

/** Splits the body into pages; a heading never ends a page without the first line that follows it. */
function paginate(rows: Row[]): PlacedRow[][] {
  const pages: PlacedRow[][] = [[]];
  let top = BODY.firstPageTop;
  let y = top;
  rows.forEach((row, i) => {
    let current = pages[pages.length - 1] ?? [];
    let gap = y === top ? 0 : row.spaceBefore;
    let need = gap + BODY_LEADING;
    const next = rows[i + 1];
    if (row.keepWithNext && next) need += next.spaceBefore + BODY_LEADING;
    // On a fresh page the row goes in regardless, or a long heading run would leave pages empty.
    if (y + need > BODY.bottom && y !== top) {
      current = [];
      pages.push(current);
      top = BODY.top;
      y = top;
      gap = 0;
    }
    current.push({ row, y: y + gap });
    y += gap + BODY_LEADING;
  });
  return pages;
}

/** Name plus address lines, at most MAX_ADDRESS_LINES: the name and the last lines (city/ZIP) win. */
export function addressLines(name: string, address: string[], max = MAX_ADDRESS_LINES): string[] {
  const lines = address.map((l) => l.trim()).filter((l) => l !== '');
  return [name.trim(), ...lines.slice(Math.max(0, lines.length - (max - 1)))];
}

// ---------------------------------------------------------------------------------------------
// Drawing

function draw(doc: Doc, text: string, x: number, y: number, font: string, size: number): void {
  if (text === '') return;
  doc.font(font).fontSize(size).text(text, x, y, { lineBreak: false });
}

function drawReturnAddress(doc: Doc, sender: PrintLetter['sender']): void {
  const lines = addressLines(sender.name, sender.address, MAX_RETURN_LINES);
  lines.forEach((line, i) => {
    const font = i === 0 ? BOLD : REGULAR;
    const text = truncateToWidth(doc, toWinAnsi(line), RETURN_ADDRESS.width, font, RETURN_FONT_SIZE);
    draw(doc, text, RETURN_ADDRESS.x, RETURN_ADDRESS.y + i * RETURN_LEADING, font, RETURN_FONT_SIZE);
  });
}

function drawRecipient(doc: Doc, recipient: PrintLetter['recipient']): void {
  addressLines(recipient.name, recipient.address).forEach((line, i) => {
    const text = truncateToWidth(doc, toWinAnsi(line), ADDRESS_BLOCK.width, REGULAR, ADDRESS_FONT_SIZE);
    draw(doc, text, ADDRESS_BLOCK.x, ADDRESS_BLOCK.y + i * ADDRESS_LEADING, REGULAR, ADDRESS_FONT_SIZE);
  });
}

function drawFooter(doc: Doc, page: number, of: number): void {
  const text = `Page ${page} of ${of}`;
  const width = measure(doc, text, REGULAR, FOOTER_FONT_SIZE);
  draw(doc, text, BODY.x + BODY.width - width, FOOTER_Y, REGULAR, FOOTER_FONT_SIZE);
}

/** The sequence mark read by inserters (and tests): "BD <sequence> <letterId>". */
export function markerText(sequence: number, letterId: string): string {
  return `BD ${sequence} ${toWinAnsi(letterId).replace(/\s+/g, '_')}`;
}

/** Draws one letter from the current page on; returns how many pages it took. */
function drawLetter(doc: Doc, letter: PrintLetter): number {
  const pages = paginate(bodyRows(doc, letter.text));
  pages.forEach((rows, index) => {
    doc.addPage();
    if (index === 0) {
      drawReturnAddress(doc, letter.sender);
      drawRecipient(doc, letter.recipient);
      draw(doc, markerText(letter.sequence, letter.letterId), MARKER.x, MARKER.y, REGULAR, MARKER.fontSize);
    }
    for (const { row, y } of rows) {
      for (const run of row.runs) draw(doc, run.text, run.x, y, run.font, run.size);
    }
    drawFooter(doc, index + 1, pages.length);
  });
  return pages.length;
}

// ---------------------------------------------------------------------------------------------
// Streaming

type DestroyableWritable = NodeJS.WritableStream & { destroy?: (error?: Error) => unknown };

/**
 * Streams one PDF to `out`, letter after letter, and resolves once `out` has finished.
 * Only the letter being drawn is held in memory (plus a few numbers per page for the PDF's
 * cross-reference table): between letters the writer waits for `out` to drain.
 * On failure `out` is destroyed with the error, as stream.pipeline would, and the promise rejects.
 * Letters must arrive in batch order: `sequence` is the letter's 1-based position.
 */
export async function writePrintBatch(
  letters: Iterable<PrintLetter> | AsyncIterable<PrintLetter>,
  out: NodeJS.WritableStream,
  opts: PrintOptions = {},
): Promise<PrintBatchResult> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [PAGE.width, PAGE.height],
    margin: 0,
    compress: opts.compress ?? true,
    info: { Producer: 'breachdesk', Creator: 'breachdesk', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });

  let failure: unknown = null;
  const outDone = finished(out, { readable: false });
  outDone.catch((error: unknown) => {
    failure ??= error;
  });
  doc.on('error', (error: unknown) => {
    failure ??= error;
  });

  let drain: Promise<void> | null = null;
  doc.on('data', (chunk: Buffer) => {
    if (!out.write(chunk) && drain === null) {
      drain = new Promise((resolve) =>
        out.once('drain', () => {
          drain = null;
          resolve();
        }),
      );
    }
  });
  doc.on('end', () => out.end());

  const settle = async (): Promise<void> => {
    // pdfkit pushes without regard to backpressure; a turn of the event loop lets what it buffered
    // reach `out`, and waiting for drain keeps at most about one letter in flight.
    await new Promise((resolve) => setImmediate(resolve));
    while (drain !== null && failure === null) await Promise.race([drain, outDone]);
    if (failure !== null) throw failure;
  };

  const printed: PrintedLetter[] = [];
  let pageCount = 0;
  try {
    for await (const letter of letters) {
      const position = printed.length + 1;
      if (letter.sequence !== position) {
        throw new Error(`letter ${letter.letterId} has sequence ${letter.sequence} but is number ${position} in the batch`);
      }
      if (opts.duplex && pageCount % 2 === 1) {
        doc.addPage(); // the back of the previous letter's last sheet stays blank
        pageCount += 1;
      }
      const pages = drawLetter(doc, letter);
      printed.push({ sequence: letter.sequence, letterId: letter.letterId, firstPage: pageCount + 1, pageCount: pages });
      pageCount += pages;
      await settle();
    }
    doc.end();
    await outDone;
    if (failure !== null) throw failure;
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    doc.removeAllListeners('data');
    doc.destroy();
    (out as DestroyableWritable).destroy?.(err);
    throw err;
  }
  return { letters: printed, pageCount };
}
