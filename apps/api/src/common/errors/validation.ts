import { VALIDATION_KEYS } from '@bridge/contracts';
import type { FieldError, ValidationKey } from '@bridge/contracts';
import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppException } from './app.exception';

/** class-validator constraint names → translation keys of the portal. */
const CONSTRAINT_KEYS: Record<string, ValidationKey> = {
  isNotEmpty: VALIDATION_KEYS.required,
  isDefined: VALIDATION_KEYS.required,
  isEmail: VALIDATION_KEYS.email,
  minLength: VALIDATION_KEYS.minLength,
  maxLength: VALIDATION_KEYS.maxLength,
  isLength: VALIDATION_KEYS.maxLength,
  isEnum: VALIDATION_KEYS.oneOf,
  isIn: VALIDATION_KEYS.oneOf,
  isUrl: VALIDATION_KEYS.url,
  whitelistValidation: VALIDATION_KEYS.unknownField,
  anyLanguage: VALIDATION_KEYS.anyLanguage,
  min: VALIDATION_KEYS.range,
  max: VALIDATION_KEYS.range,
};

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own: FieldError[] = Object.entries(error.constraints ?? {}).map(([constraint]) => {
      const key = CONSTRAINT_KEYS[constraint] ?? VALIDATION_KEYS.invalid;
      const params = (error.contexts?.[constraint] as Record<string, string | number> | undefined) ?? {};
      return { field, key, params };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Global pipe: whitelist, forbid unknown fields, transform; errors become BAD_USER_INPUT with field keys. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => AppException.invalid(flatten(errors)),
  });
}
