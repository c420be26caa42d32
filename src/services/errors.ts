// The errors a service may raise on purpose. The HTTP layer turns each into one response shape
// `{ error: { code, message, fields? } }`; anything else is a 500 that says nothing internal.
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
