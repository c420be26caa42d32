import { destination, pino, type Logger } from 'pino';

export type { Logger };

// Resident contact details must never reach a log line, whatever a caller passes in.
const REDACT = ['*.email', '*.address', '*.name', 'resident', 'residents', 'req.headers.authorization', '*.token'];

/** `toStderr` for commands whose stdout is their answer (a summary, JSON). */
export function createLogger(level: string, name: string, opts: { toStderr?: boolean } = {}): Logger {
  const options = { level, name, redact: { paths: REDACT, censor: '[redacted]' } };
  return opts.toStderr ? pino(options, destination({ fd: 2, sync: true })) : pino(options);
}
