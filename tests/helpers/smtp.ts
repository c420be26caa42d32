// A real SMTP server on loopback for tests; every accepted message is parsed and kept.
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { waitFor } from './wait.js';

export interface TestSmtp {
  port: number;
  messages: ParsedMail[];
  /** Make the server refuse the next `n` messages with a temporary error. */
  refuseNext(n: number): void;
  /**
   * Accept `n` more messages, then hold every later one unanswered: the sender sits in DATA as
   * it would on a server that stalls, and a sender killed there never learns the outcome.
   */
  holdAfter(n: number): void;
  /** Messages received in full but held unanswered (not in `messages`). */
  held: ParsedMail[];
  /** Stop holding: held messages are refused (their senders are gone), later ones accepted. */
  release(): void;
  waitForMessages(n: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  let refuse = 0;
  let acceptBeforeHold: number | null = null;
  const held: ParsedMail[] = [];
  const heldReplies: ((err?: Error) => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refuse > 0) {
          refuse--;
          const err = Object.assign(new Error('try again later'), { responseCode: 451 });
          return callback(err);
        }
        // Past what holdAfter() let through: no reply, so the sender waits in DATA.
        if (acceptBeforeHold !== null && acceptBeforeHold-- <= 0) {
          heldReplies.push(callback);
          simpleParser(Buffer.concat(chunks)).then((mail) => held.push(mail), () => undefined);
          return;
        }
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            messages.push(mail);
            callback();
          })
          .catch(callback);
      });
    },
  });
  // Fault tests SIGKILL workers that may hold a pooled connection: the reset socket is theirs to
  // lose, not a failure of the test that happens to be running.
  const connectionErrors: Error[] = [];
  server.on('error', (err: Error) => connectionErrors.push(err));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    messages,
    refuseNext(n) {
      refuse = n;
    },
    held,
    holdAfter(n) {
      acceptBeforeHold = n;
    },
    release() {
      acceptBeforeHold = null;
      for (const reply of heldReplies.splice(0)) reply(Object.assign(new Error('try again later'), { responseCode: 451 }));
    },
    async waitForMessages(n, timeoutMs = 20_000) {
      await waitFor(() => messages.length >= n, { timeoutMs, what: `${n} e-mail(s) at the SMTP server (got ${messages.length})` });
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
