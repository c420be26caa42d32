import { pino, type Logger } from 'pino';

export type { Logger };

// Resident contact details must never reach a log line, whatever a caller passes in.
const REDACT = ['*.email', '*.address', '*.name', 'resident', 'residents', 'req.headers.authorization', '*.token'];

export function createLogger(level: string, name: string): Logger {
  return pino({ level, name, redact: { paths: REDACT, censor: '[redacted]' } });
}
