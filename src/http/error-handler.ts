// The one error funnel: every failure leaves as `{ error: { code, message, fields? } }`.
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../services/errors.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';

// PostgreSQL down or restarting is an outage, not a bug: 503 with a hint when to retry. The
// request's transaction was not committed, unless the connection broke during the COMMIT itself,
// hence "check before sending again".
const DATABASE_RETRY_AFTER_SECONDS = 5;
const DATABASE_UNAVAILABLE_MESSAGE =
  'The database cannot be reached right now, so this request was not completed. Please try again in a minute; if you were saving something, check whether it is already there before sending it again.';

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) } });
    }
    if (isDatabaseUnavailable(err)) {
      req.log.warn({ err: err.message }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
        .send({ error: { code: 'database_unavailable', message: DATABASE_UNAVAILABLE_MESSAGE } });
    }
    const status = (err as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      const code = (err as FastifyError).code ?? 'bad_request';
      const message =
        code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError
          ? 'The body is not valid JSON.'
          : code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? 'The body is too large.'
            : code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
              ? 'Send application/json (or text/csv where a CSV upload is accepted).'
              : err.message;
      return reply.status(status).send({ error: { code: 'invalid_request', message, fields: [{ field: '(body)', message }] } });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on our side. It has been logged.' } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` } }),
  );
}
