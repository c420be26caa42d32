// The import's side of csv-records.thread.mjs: batches of parsed CSV records from a worker thread,
// handed over one batch at a time with flow control, the thread stopped when the reader stops.
import { Worker } from 'node:worker_threads';

export interface RecordBatch {
  records: string[][];
  /** Bytes of the file read so far. */
  bytes: number;
}

/** The file could not be read or is not CSV (an unclosed quote, say): retrying cannot help. */
export class CsvReadError extends Error {}

type Message =
  | { type: 'batch'; text: string; counts: Uint32Array; bytes: number }
  | { type: 'records'; records: string[][]; bytes: number }
  | { type: 'end'; bytes: number }
  | { type: 'error'; message: string };

function unpack(text: string, counts: Uint32Array): string[][] {
  const fields = text.split('\u0000');
  const records: string[][] = new Array(counts.length);
  let at = 0;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i]!;
    records[i] = fields.slice(at, at + n);
    at += n;
  }
  return records;
}

export async function* csvRecordsInThread(path: string): AsyncGenerator<RecordBatch> {
  // The thread keeps a few batches alive at most; a small heap keeps the process's RSS down too.
  const worker = new Worker(new URL('./csv-records.thread.mjs', import.meta.url), {
    workerData: { path },
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
  });
  const inbox: Message[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const arrive = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  worker.on('message', (m: Message) => {
    inbox.push(m);
    arrive();
  });
  worker.on('error', (err) => {
    failure = err;
    arrive();
  });
  worker.on('exit', (code) => {
    if (code !== 0) failure ??= new Error(`the CSV reader thread stopped (exit code ${code})`);
    arrive();
  });
  try {
    for (;;) {
      while (inbox.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const m = inbox.shift()!;
      if (m.type === 'end') return;
      if (m.type === 'error') throw new CsvReadError(m.message);
      const batch = { records: m.type === 'batch' ? unpack(m.text, m.counts) : m.records, bytes: m.bytes };
      // The credit goes back before the batch is worked on, so the thread parses the next meanwhile.
      worker.postMessage('ack');
      yield batch;
    }
  } finally {
    await worker.terminate();
  }
}
