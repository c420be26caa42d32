// One SMTP transport for letters and reminders. Pooled in the workers so a batch of letters reuses
// a few connections instead of opening one per message, and rate-limited for relays that throttle.
import { connect } from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';

function plainSocketWithNoDelay(host: string, port: number) {
  return (_options: unknown, callback: (err: Error | null, socketOptions?: { connection: import('node:net').Socket }) => void) => {
    const socket = connect({ host, port, noDelay: true });
    const onError = (err: Error) => callback(err);
    socket.once('error', onError);
    socket.once('connect', () => {
      socket.off('error', onError);
      callback(null, { connection: socket });
    });
  };
}

export interface MailTransportOptions {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  pool: boolean;
  maxConnections?: number;
  /** Messages per second across all pooled connections; null/undefined = unlimited. */
  rateLimitPerSecond?: number | null;
  /** Longest wait for any one answer of the server (SMTP_TIMEOUT_MS); default 30 s. */
  timeoutMs?: number;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

/**
 * Why a send failed, as staff read it on the letter or reminder. nodemailer says only "Timeout"
 * (or "Greeting never received") when the server stops answering; say so plainly.
 */
export function smtpFailureReason(err: unknown): string {
  const { code, message } = err as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(err);
  if (code === 'ETIMEDOUT') return `SMTP: timed out, the mail server did not answer in time (${text})`;
  return `SMTP: ${text}`;
}

export function createMailTransport(o: MailTransportOptions): Transporter {
  const loopback = LOOPBACK.test(o.host);
  const timeoutMs = o.timeoutMs ?? 30_000;
  const common = {
    host: o.host,
    port: o.port,
    secure: o.secure,
    auth: o.user ? { user: o.user, pass: o.password ?? '' } : undefined,
    // A local relay or test server speaks plain SMTP; its STARTTLS (if any) would have no
    // certificate worth checking. Elsewhere STARTTLS is used whenever offered, and required
    // once there are credentials so a password never crosses the network in clear text.
    ignoreTLS: !o.secure && loopback,
    requireTLS: !o.secure && !loopback && Boolean(o.user),
    // Without these a dead relay holds a worker for minutes (nodemailer's defaults are long).
    connectionTimeout: Math.min(10_000, timeoutMs),
    greetingTimeout: Math.min(10_000, timeoutMs),
    socketTimeout: timeoutMs,
    // Without TCP_NODELAY each message waits ~40 ms for the server's delayed ACK (Nagle): about
    // 20 messages/s per connection instead of hundreds. TLS sockets are left to nodemailer.
    ...(o.secure ? {} : { getSocket: plainSocketWithNoDelay(o.host, o.port) }),
  };
  if (!o.pool) return nodemailer.createTransport(common);
  return nodemailer.createTransport({
    ...common,
    pool: true,
    maxConnections: o.maxConnections ?? 5,
    maxMessages: 100,
    rateDelta: 1000,
    rateLimit: o.rateLimitPerSecond ?? undefined,
  });
}
