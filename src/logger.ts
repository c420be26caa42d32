import { destination, pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

// Resident contact details must never reach a log line, whatever a caller passes in: these keys
// are censored at the top level and one level down (`{ letter: { merge } }`, nodemailer's
// `err.envelope`). A top-level `name` is the logger's own name and stays; a resident's name is
// only ever nested. Free text (an error message) is masked where it is made (src/domain/pii-redact.ts).
const PII_KEYS = ['email', 'address', 'recipient', 'to', 'cc', 'bcc', 'envelope', 'rejected', 'accepted', 'response', 'merge', 'contact', 'body_html', 'body_text', 'html', 'text'];
const REDACT = [
  ...PII_KEYS,
  ...PII_KEYS.map((k) => `*.${k}`),
  '*.name',
  'resident',
  'residents',
  'req.headers.authorization',
  '*.token',
];

/** `toStderr` for commands whose stdout is their answer (a summary, JSON); `stream` for tests that read the log. */
export function createLogger(level: string, name: string, opts: { toStderr?: boolean; stream?: DestinationStream } = {}): Logger {
  const options = { level, name, redact: { paths: REDACT, censor: '[redacted]' } };
  if (opts.stream) return pino(options, opts.stream);
  return opts.toStderr ? pino(options, destination({ fd: 2, sync: true })) : pino(options);
}
