import { ERROR_KEYS } from '@bridge/contracts';
import type { ErrorCode, ErrorKey } from '@bridge/contracts';
import { AppException, ErrorParams } from '../common/errors/app.exception';
import { HTTP_STATUS_OF } from '../common/errors/http-status';
import { IMPORT_LIMITS } from './import.types';

export { HTTP_STATUS_OF };

/** An import error with the HTTP status the upload route answers it with. */
export class ImportException extends AppException {
  constructor(
    readonly httpStatus: number,
    code: ErrorCode,
    key: ErrorKey,
    params: ErrorParams = {},
  ) {
    super(code, key, params);
  }

  static unsupportedType(): ImportException {
    return new ImportException(415, 'BAD_USER_INPUT', ERROR_KEYS.importUnsupportedType, {
      accepted: 'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }

  static fileTooLarge(): ImportException {
    return new ImportException(413, 'BAD_USER_INPUT', ERROR_KEYS.importFileTooLarge, {
      maxMb: IMPORT_LIMITS.maxFileBytes / 1024 / 1024,
    });
  }

  static emptyFile(): ImportException {
    return new ImportException(400, 'BAD_USER_INPUT', ERROR_KEYS.importEmptyFile);
  }

  /** The bytes are not what the content type says (an XLSX that is no ZIP archive, a CSV that is one). */
  static invalidFile(): ImportException {
    return new ImportException(400, 'BAD_USER_INPUT', ERROR_KEYS.importInvalidFile);
  }
}
