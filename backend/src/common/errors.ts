import { GraphQLError } from 'graphql';

/** The one error model: every domain error carries an `extensions.code` the client can rely on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Invalid input; `fields` maps input field names to a Dutch message shown next to the field. */
export class BadInputError extends AppError {
  constructor(fields: Record<string, string>, message = 'Controleer de ingevulde gegevens.') {
    super('BAD_USER_INPUT', message, { fields });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Je moet aangemeld zijn.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Je hebt geen toegang tot deze actie.') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} niet gevonden.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, fields?: Record<string, string>) {
    super('CONFLICT', message, fields ? { fields } : {});
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Te veel pogingen. Probeer opnieuw over ${retryAfterSeconds} seconden.`, {
      retryAfterSeconds,
    });
  }
}

const KNOWN = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
]);

/** True for errors a client may see as they are; anything else becomes INTERNAL_SERVER_ERROR. */
export function isClientSafe(code: unknown): boolean {
  return typeof code === 'string' && KNOWN.has(code);
}
