import { ERROR_KEYS } from '@bridge/contracts';
import type { ErrorCode } from '@bridge/contracts';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppException, TooManyRequestsException } from './app.exception';

/** Apollo's own codes for a request that does not fit the schema or cannot be parsed. */
const INVALID_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function isMalformedId(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const driverError = (current as { driverError?: { code?: string; message?: string } }).driverError;
    if (driverError?.code === '22P02' && /uuid/i.test(driverError.message ?? '')) return true;
    current = (current as { originalError?: unknown }).originalError;
  }
  return false;
}

function findAppException(error: unknown): AppException | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof AppException) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Maps every error to `{ message, extensions: { code, key, params, fields? } }`. Unknown errors
 * become INTERNAL_SERVER_ERROR; in production their message, stack and SQL never reach the client.
 */
export function createGraphQLErrorFormatter(options: { production: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const app = findAppException(error);
    if (app) {
      return {
        message: app.key,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: app.code,
          key: app.key,
          params: app.params,
          ...(app.fields.length > 0 && { fields: app.fields }),
          ...(app instanceof TooManyRequestsException && { retryAfterSeconds: app.retryAfterSeconds }),
        },
      };
    }
    if (isMalformedId(error)) {
      // An id that is not a UUID names nothing; PostgreSQL refuses to compare it (22P02).
      return {
        message: ERROR_KEYS.validation,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: 'BAD_USER_INPUT',
          key: ERROR_KEYS.validation,
          params: {},
          fields: [{ field: 'id', key: 'validation.invalid' }],
        },
      };
    }
    const apolloCode = formatted.extensions?.['code'];
    if (typeof apolloCode === 'string' && INVALID_REQUEST_CODES.has(apolloCode)) {
      const code: ErrorCode = 'BAD_USER_INPUT';
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code, key: ERROR_KEYS.validation, params: {} },
      };
    }
    options.logger.error(
      { err: (error as GraphQLError)?.originalError ?? error, path: formatted.path },
      'unhandled error',
    );
    return {
      message: options.production ? 'Internal server error' : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode,
        key: ERROR_KEYS.internal,
        params: {},
      },
    };
  };
}
