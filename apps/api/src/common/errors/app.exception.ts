import { ERROR_KEYS } from '@bridge/contracts';
import type { ErrorCode, ErrorKey, FieldError } from '@bridge/contracts';
import { IntrinsicException } from '@nestjs/common';

export type ErrorParams = Record<string, string | number | boolean>;

/**
 * The one error type the API answers with. It extends Nest's IntrinsicException: an expected answer
 * (a wrong password, a forbidden read) is not logged as a server error. Features throw their own subclasses (with their own
 * code enums); `formatGraphQLError` turns them into GraphQL errors with `code`, `key` and `params`.
 */
export class AppException extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    readonly key: ErrorKey,
    readonly params: ErrorParams = {},
    readonly fields: FieldError[] = [],
  ) {
    super(key);
    this.name = new.target.name;
  }

  static unauthenticated(): AppException {
    return new AppException('UNAUTHENTICATED', ERROR_KEYS.unauthenticated);
  }
  static forbidden(key: ErrorKey = ERROR_KEYS.forbidden, params?: ErrorParams): AppException {
    return new AppException('FORBIDDEN', key, params);
  }
  static notFound(entity: string): AppException {
    return new AppException('NOT_FOUND', ERROR_KEYS.notFound, { entity });
  }
  static conflict(key: ErrorKey = ERROR_KEYS.staleState, params?: ErrorParams): AppException {
    return new AppException('CONFLICT', key, params);
  }
  static invalid(fields: FieldError[]): AppException {
    return new AppException('BAD_USER_INPUT', ERROR_KEYS.validation, {}, fields);
  }
  static badInput(key: ErrorKey, params?: ErrorParams): AppException {
    return new AppException('BAD_USER_INPUT', key, params);
  }
}

export class TooManyRequestsException extends AppException {
  constructor(readonly retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', ERROR_KEYS.tooManyRequests, { retryAfterSeconds });
  }
}
