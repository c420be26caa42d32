// The errors a service may raise on purpose. The HTTP layer turns each into one response shape
// `{ error: { code, message, fields? } }`; anything else is a 500 that says nothing internal.
import { once } from 'node:events';
import type { ReadStream } from 'node:fs';
export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
  }
}

export class ValidationError extends AppError {
  constructor(fields: FieldError[], message = 'The request has invalid fields; see `fields`.') {
    super(400, 'invalid_request', message, fields);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(404, 'not_found', `${what} not found`);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(403, 'forbidden', message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(409, 'conflict', message);
  }
}

/** Something that existed and was deliberately removed (e.g. under the retention policy). */
export class GoneError extends AppError {
  constructor(message: string) {
    super(410, 'gone', message);
  }
}

/** Waits for a file stream to open; a file no longer on disk is a 410, not a 500. */
export async function openedOrGone(stream: ReadStream, what: string): Promise<void> {
  try {
    await once(stream, 'open');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    throw new GoneError(`${what} is no longer kept: it held residents' personal data and was deleted under the organisation's retention policy.`);
  }
}
