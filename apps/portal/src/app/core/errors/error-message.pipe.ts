import { Pipe, PipeTransform, inject } from '@angular/core';
import { AppError } from './app-error';
import { ErrorMessages } from './error-message';

/** `{{ error | errorMessage }}`: the translated message of an {@link AppError}. */
@Pipe({ name: 'errorMessage', pure: false })
export class ErrorMessagePipe implements PipeTransform {
  private readonly messages = inject(ErrorMessages);

  transform(error: AppError | null | undefined): string {
    return error ? this.messages.message(error) : '';
  }
}
