// Worker thread: reads an uploaded CSV and parses it, so that parsing (about 40% of an import's
// CPU) runs on one core while the import's own thread validates and COPYs on the other. Plain
// JavaScript so it loads the same way under npm start, the CLI and the tests.
//
// Records go out in batches as one string (fields joined by NUL) plus each record's field count:
// one copy instead of a structured clone of every field. A batch with a NUL inside a field is sent
// as plain arrays instead. The import's thread grants credits; at most CREDITS batches are in flight.
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parse } from 'csv-parse';

const BATCH = 2000;
const CREDITS = 4;
let credits = CREDITS;
let waiting = null;
parentPort.on('message', () => {
  credits++;
  if (waiting) {
    const resume = waiting;
    waiting = null;
    resume();
  }
});

const { path } = workerData;
let bytes = 0;
const input = createReadStream(path);
input.on('data', (chunk) => (bytes += chunk.length));
const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false }));
input.on('error', (err) => parser.destroy(err));

let fields = [];
let counts = [];
let hasNul = false;
let records = [];

async function send() {
  if (credits === 0) await new Promise((resolve) => (waiting = resolve));
  credits--;
  if (hasNul) parentPort.postMessage({ type: 'records', records, bytes });
  else parentPort.postMessage({ type: 'batch', text: fields.join('\u0000'), counts: Uint32Array.from(counts), bytes });
  fields = [];
  counts = [];
  records = [];
  hasNul = false;
}

try {
  for await (const record of parser) {
    records.push(record);
    counts.push(record.length);
    for (const f of record) {
      if (f.indexOf('\u0000') !== -1) hasNul = true;
      fields.push(f);
    }
    if (counts.length === BATCH) await send();
  }
  if (counts.length > 0) await send();
  parentPort.postMessage({ type: 'end', bytes });
} catch (err) {
  parentPort.postMessage({ type: 'error', message: err.message, code: err.code ?? null, lines: err.lines ?? null });
}
parentPort.close();
