import { Injectable, inject } from '@angular/core';
import type { ErrorKey, ValidationKey } from '@bridge/contracts';
import { I18nService, TranslationKey, TranslationParams } from '../i18n';
import { AppError, AppErrorCode, AppFieldError } from './app-error';

/** What to say when the server sent no key the portal knows. */
const MESSAGE_BY_CODE: Readonly<Record<AppErrorCode, TranslationKey>> = {
  BAD_USER_INPUT: 'errors.validation',
  UNAUTHENTICATED: 'errors.unauthenticated',
  FORBIDDEN: 'errors.forbidden',
  NOT_FOUND: 'errors.notFound',
  CONFLICT: 'errors.staleState',
  TOO_MANY_REQUESTS: 'errors.tooManyRequests',
  QUERY_TOO_COMPLEX: 'errors.queryTooCostly',
  INTERNAL_SERVER_ERROR: 'errors.internal',
  NETWORK: 'errors.network',
};

type Translator = Pick<I18nService, 't' | 'has'>;

// Fails to compile when the API can send an error key that the dictionaries have no message for.
type MissingMessages = Exclude<ErrorKey | ValidationKey, TranslationKey>;
const noMissingMessages: [MissingMessages] extends [never] ? true : MissingMessages = true;
void noMissingMessages;

/** The translated message of an error: its key when the portal knows it, else one per code. */
export function errorMessage(error: AppError, i18n: Translator): string {
  const key = error.key && i18n.has(error.key) ? error.key : MESSAGE_BY_CODE[error.code];
  const params: Record<string, string | number> = { ...error.params };
  if (error.retryAfterSeconds !== null || key === 'errors.tooManyRequests') {
    params['retryAfter'] = formatDuration(error.retryAfterSeconds ?? 60, i18n);
  }
  return i18n.t(key, params);
}

/** The translated message of a field the server rejected. */
export function fieldErrorMessage(error: Pick<AppFieldError, 'key' | 'params'>, i18n: Translator): string {
  return i18n.t(i18n.has(error.key) ? error.key : 'validation.invalid', error.params);
}

function formatDuration(seconds: number, i18n: Translator): string {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole < 60
    ? i18n.t('time.seconds', { count: whole })
    : i18n.t('time.minutes', { count: Math.ceil(whole / 60) });
}

/** The same as an injectable, for components. */
@Injectable({ providedIn: 'root' })
export class ErrorMessages {
  private readonly i18n = inject(I18nService);

  message(error: AppError): string {
    return errorMessage(error, this.i18n);
  }

  field(error: Pick<AppFieldError, 'key' | 'params'>, params?: TranslationParams): string {
    return fieldErrorMessage({ key: error.key, params: { ...error.params, ...params } }, this.i18n);
  }
}
