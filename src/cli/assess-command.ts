// `breachdesk assess`: one incident file, several, or JSON Lines (stdin or *.jsonl) for analysts
// reviewing thousands of filings. With --json every incident gives one line, in input order; a
// bad incident gives a line with its errors and the run goes on (exit status 2 at the end).
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { assessIncident } from '../domain/assess.js';
import { parseIncidentFile } from '../domain/incident-file.js';
import { onTimeAnchors } from '../domain/on-time-anchor.js';
import { todayIn } from '../domain/reminder-plan.js';
import { whatIf } from '../domain/what-if.js';
import type { Catalogue } from '../rules/types.js';
import { analysisLines, assessmentTable } from './assess-output.js';
import { clip, processIo, type CliIo } from './io.js';

export interface AssessOptions {
  json?: boolean;
  today?: string;
  asIfDiscovered?: string;
  onTime?: boolean;
}

interface Item {
  label: string;
  text: string;
}

async function* lines(stream: NodeJS.ReadableStream, name: string): AsyncGenerator<Item> {
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (line.trim()) yield { label: `${name} line ${n}`, text: line };
  }
}

/** Node leaves the path out of some messages ("EISDIR: illegal operation on a directory, read"). */
function unreadable(file: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new Error(`no such file: ${file}`);
  if (code === 'EISDIR') return new Error(`${file} is a directory, not an incident file`);
  return new Error(`${file}: ${(err as Error).message}`);
}

async function* inputs(files: string[], stdin: NodeJS.ReadableStream): AsyncGenerator<Item> {
  if (files.length === 0) files = ['-'];
  for (const file of files) {
    if (file === '-') {
      yield* lines(stdin, 'stdin');
      continue;
    }
    try {
      if (file.endsWith('.jsonl') || file.endsWith('.ndjson')) yield* lines(createReadStream(file), file);
      else yield { label: file, text: readFileSync(file, 'utf8') };
    } catch (err) {
      throw unreadable(file, err);
    }
  }
}

/** Writes in large chunks and respects back-pressure, so a pipe of 50,000 results stays fast. */
function writer(stdout: NodeJS.WritableStream) {
  let buffer: string[] = [];
  const flush = async () => {
    if (!buffer.length) return;
    const chunk = buffer.join('');
    buffer = [];
    if (!stdout.write(chunk)) await new Promise((resolve) => stdout.once('drain', resolve));
  };
  return {
    async line(text: string) {
      buffer.push(`${text}\n`);
      if (buffer.length >= 500) await flush();
    },
    flush,
  };
}

function evaluate(text: string, catalogue: Catalogue, opts: AssessOptions) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false as const, errors: [{ field: '(file)', message: `is not JSON: ${(err as Error).message}` }] };
  }
  const parsed = parseIncidentFile(json);
  if (!parsed.ok) return parsed;
  const incident = parsed.incident;
  const assessment = assessIncident(incident, catalogue);
  const extra = {
    ...(opts.asIfDiscovered ? { whatIf: (({ assessment: _a, ...w }) => w)(whatIf(incident, catalogue, opts.asIfDiscovered)) } : {}),
    ...(opts.onTime ? { onTime: onTimeAnchors(incident, catalogue) } : {}),
  };
  return { ok: true as const, assessment, extra, zone: incident.organization.timezone };
}

export async function runAssess(files: string[], catalogue: Catalogue, opts: AssessOptions, io: CliIo = processIo()): Promise<number> {
  const out = writer(io.stdout);
  let failed = 0;
  for await (const item of inputs(files, io.stdin)) {
    const r = evaluate(item.text, catalogue, opts);
    if (!r.ok) {
      failed++;
      if (opts.json) await out.line(JSON.stringify({ input: item.label, errors: r.errors }));
      else io.stderr.write(`${item.label} is not a valid incident file:\n${r.errors.map((e) => `  ${e.field}: ${clip(e.message)}`).join('\n')}\n`);
      continue;
    }
    if (opts.json) {
      await out.line(JSON.stringify({ ...r.assessment, ...r.extra }));
    } else {
      // Several inputs, or any JSON Lines input: each table says which incident it is.
      if (files.length > 1 || item.label.includes(' line ')) await out.line(`== ${item.label} ==`);
      await out.line(assessmentTable(r.assessment, opts.today ?? todayIn(r.zone)));
      for (const l of analysisLines(r.extra)) await out.line(l);
    }
  }
  await out.flush();
  return failed ? 2 : 0;
}
