import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

export interface ApiError {
  code: ApiErrorCode;
  /** Server message (Dutch), useful for BAD_USER_INPUT / CONFLICT without fields. */
  message: string;
  /** Per-field messages from extensions.fields (BAD_USER_INPUT). */
  fields: Record<string, string>;
  retryAfterSeconds?: number;
}

const KNOWN: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

function fromGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>): ApiError {
  const first = errors.find((e) => typeof e.extensions?.code === 'string') ?? errors[0];
  const rawCode = String(first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const code = (KNOWN.has(rawCode) ? rawCode : 'INTERNAL_SERVER_ERROR') as ApiErrorCode;
  const fields: Record<string, string> = {};
  for (const e of errors) {
    const f = e.extensions?.fields;
    if (f && typeof f === 'object') {
      for (const [k, v] of Object.entries(f as Record<string, unknown>)) {
        if (typeof v === 'string' && !(k in fields)) fields[k] = v;
      }
    }
  }
  const retry = Number(first?.extensions?.retryAfterSeconds);
  return {
    code,
    message: first?.message ?? '',
    fields,
    retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? Math.ceil(retry) : undefined,
  };
}

/** Normalises anything Apollo (or fetch) throws into one shape the UI can handle. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      if (Array.isArray(body.errors) && body.errors.length > 0) {
        const parsed = fromGraphQLErrors(body.errors);
        if (parsed.code === 'RATE_LIMITED' && parsed.retryAfterSeconds === undefined) {
          parsed.retryAfterSeconds = retryAfterHeader(error.response);
        }
        return parsed;
      }
    } catch {
      // not JSON: fall through
    }
    if (error.statusCode === 429) {
      return { code: 'RATE_LIMITED', message: '', fields: {}, retryAfterSeconds: retryAfterHeader(error.response) };
    }
    return { code: 'INTERNAL_SERVER_ERROR', message: error.message, fields: {} };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error), fields: {} };
}

function retryAfterHeader(response: Response | undefined): number | undefined {
  const value = Number(response?.headers?.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? Math.ceil(value) : undefined;
}
