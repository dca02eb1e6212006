import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_CODES, ErrorCode } from '@bridge/contracts';

/** A field the server rejected, with the translation key and parameters of the reason. */
export interface AppFieldError {
  field: string;
  key: string;
  params: Readonly<Record<string, string | number>>;
}

/** 'NETWORK' = no answer from the server at all. */
export type AppErrorCode = ErrorCode | 'NETWORK';

/** The portal's one error shape: what the API said (code, key, params, fields), whatever carried it. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly key: string | null,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly fields: readonly AppFieldError[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(key ?? code);
    this.name = 'AppError';
  }
}

interface GraphqlErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

/** Turns anything an operation may throw (Apollo errors, HTTP errors, AppError) into an {@link AppError}. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (CombinedGraphQLErrors.is(error)) return fromGraphqlErrors(error.errors);
  if (ServerError.is(error)) {
    const body = parseJson(error.bodyText);
    const errors = body && typeof body === 'object' ? (body as { errors?: unknown }).errors : undefined;
    if (Array.isArray(errors) && errors.length > 0) return fromGraphqlErrors(errors as GraphqlErrorLike[]);
    if (error.statusCode === 429) return new AppError('TOO_MANY_REQUESTS', null);
    if (error.statusCode === 0 || error.statusCode >= 502) return new AppError('NETWORK', null);
    return new AppError('INTERNAL_SERVER_ERROR', null);
  }
  if (isGraphqlErrorArray(error)) return fromGraphqlErrors(error);
  return new AppError('NETWORK', null);
}

function fromGraphqlErrors(errors: readonly GraphqlErrorLike[]): AppError {
  const first = errors[0] ?? {};
  const extensions = first.extensions ?? {};
  const code = asErrorCode(extensions['code']);
  const key = typeof extensions['key'] === 'string' ? extensions['key'] : null;
  const params = asParams(extensions['params']);
  const retryAfter = extensions['retryAfterSeconds'] ?? params['retryAfterSeconds'];
  return new AppError(
    code,
    key,
    params,
    asFieldErrors(extensions['fields']),
    typeof retryAfter === 'number' ? retryAfter : null,
  );
}

function asErrorCode(value: unknown): ErrorCode {
  if (typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value))
    return value as ErrorCode;
  // Apollo Server's own codes for requests it refused before resolving them.
  if (value === 'GRAPHQL_VALIDATION_FAILED' || value === 'GRAPHQL_PARSE_FAILED') return 'BAD_USER_INPUT';
  return 'INTERNAL_SERVER_ERROR';
}

function asParams(value: unknown): Record<string, string | number> {
  if (!value || typeof value !== 'object') return {};
  const params: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(value)) {
    if (typeof param === 'string' || typeof param === 'number') params[name] = param;
    else if (Array.isArray(param)) params[name] = param.join(', ');
  }
  return params;
}

function asFieldErrors(value: unknown): AppFieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is { field: string; key: string; params?: unknown } => {
      return !!item && typeof item.field === 'string' && typeof item.key === 'string';
    })
    .map((item) => ({
      field: item.field.replace(/^input\./, ''),
      key: item.key,
      params: asParams(item.params),
    }));
}

function isGraphqlErrorArray(value: unknown): value is GraphqlErrorLike[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => item && typeof item === 'object');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
