// The one error funnel: every failure leaves as `{ error: { code, message, fields? } }`.
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../services/errors.js';

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) } });
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
