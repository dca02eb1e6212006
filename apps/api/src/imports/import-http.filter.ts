import { ERROR_KEYS } from '@bridge/contracts';
import type { ErrorCode } from '@bridge/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppException } from '../common/errors/app.exception';
import { HTTP_STATUS_OF, ImportException } from './import.exception';

/** What express.raw reports: an http-errors error with a status and a type such as `entity.too.large`. */
interface BodyParserError {
  status: number;
  type: string;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof (error as BodyParserError)?.status === 'number' &&
  typeof (error as BodyParserError)?.type === 'string';

/**
 * Answers errors of the upload route as JSON `{ code, key, params, fields? }` with a fitting HTTP
 * status — the same shape GraphQL errors carry in `extensions`. Without it Nest would answer an
 * AppException (from the AccessGuard too) with a bare 500.
 */
@Catch()
export class ImportHttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Imports');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.describe(exception);
    if (res.headersSent) return;
    res.status(status).json(body);
  }

  private describe(exception: unknown): { status: number; body: Record<string, unknown> } {
    let error: unknown = exception;
    if (isBodyParserError(error)) {
      if (error.status === 413) error = ImportException.fileTooLarge();
      else if (error.status === 415) error = ImportException.unsupportedType();
      else if (error.status < 500) error = ImportException.invalidFile();
    }
    if (error instanceof AppException) {
      const status = error instanceof ImportException ? error.httpStatus : HTTP_STATUS_OF[error.code];
      return {
        status,
        body: {
          code: error.code,
          key: error.key,
          params: error.params,
          ...(error.fields.length > 0 && { fields: error.fields }),
        },
      };
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      const code: ErrorCode = error.getStatus() === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT';
      return {
        status: error.getStatus(),
        body: { code, key: code === 'NOT_FOUND' ? ERROR_KEYS.notFound : ERROR_KEYS.validation, params: {} },
      };
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const code: ErrorCode = 'INTERNAL_SERVER_ERROR';
    return { status: 500, body: { code, key: ERROR_KEYS.internal, params: {} } };
  }
}
