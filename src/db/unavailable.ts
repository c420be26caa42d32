// Is this error PostgreSQL being out of reach (down, restarting, failing over, the network between)
// rather than something wrong with the request or the code? Then the API answers 503 "try again",
// not a 500: nothing is broken that a retry a little later would not fix.

/** Socket-level failures: the server refused, dropped or never answered the connection. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * SQLSTATEs the server sends while it cannot serve: 57P01 admin shutdown, 57P02 crash shutdown,
 * 57P03 starting up or in recovery, 53300 at its connection limit. Class 08 is checked apart.
 */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/** What node-postgres and its pool say when the connection went, or never came, with no code. */
const MESSAGES = [
  /^Connection terminated/, // …unexpectedly / …due to connection timeout
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error and is not queryable/,
];

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const { code, message, errors, cause } = err as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return true;
  // Node reports a connect to a name with several addresses as one AggregateError of them all.
  if (Array.isArray(errors) && errors.length > 0 && errors.every((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return cause !== undefined && isDatabaseUnavailable(cause, depth + 1);
}
