// Where the command reads and writes: the process's own streams and environment when run as
// `breachdesk`, captured ones when tests run it in-process (starting tsx costs a second a run).

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** A refusal the user can act on: its message is printed as is and the command exits with `code`. */
export class CliExit extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** Messages may quote what was given (a header, a zone), which in a broken file can be megabytes long. */
export function clip(text: string, max = 400): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}
