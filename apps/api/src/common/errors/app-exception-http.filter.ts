import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppException, TooManyRequestsException } from './app.exception';
import { HTTP_STATUS_OF } from './http-status';

/**
 * For HTTP (non-GraphQL) handlers: answers an AppException — thrown by the handler or by the global
 * AccessGuard — with its HTTP status and the same `{ code, key, params, fields }` the GraphQL errors
 * carry, so the portal translates it the same way. An exception may name its own status (`httpStatus`).
 */
@Catch(AppException)
export class AppExceptionHttpFilter implements ExceptionFilter {
  catch(exception: AppException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof TooManyRequestsException)
      res.setHeader('Retry-After', String(exception.retryAfterSeconds));
    const own = (exception as AppException & { httpStatus?: number }).httpStatus;
    res.status(own ?? HTTP_STATUS_OF[exception.code] ?? 500).json({
      code: exception.code,
      key: exception.key,
      params: exception.params,
      ...(exception.fields.length > 0 && { fields: exception.fields }),
    });
  }
}
